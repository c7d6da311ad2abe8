// Shared helpers for the extraction tests (entities, relations, extractor).
#ifndef JUMPA_TESTS_SUPPORT_H_
#define JUMPA_TESTS_SUPPORT_H_

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "jumpa/jumpa.h"

namespace jumpa_test {

// One extractor over the builtin gazetteer, built once.
inline const jumpa::extractor& ex() {
  static const jumpa::extractor x = [] {
    auto r = jumpa::extractor::create(jumpa::gazetteer::builtin());
    if (!r) throw std::runtime_error("extractor::create failed: " + r.error().to_string());
    return *r;
  }();
  return x;
}

inline jumpa::document run(const std::string& text, const std::string& published = "") {
  jumpa::extract_options o;
  o.id = "test";
  if (!published.empty()) o.published = *jumpa::date::parse(published);
  return ex().extract(text, o);
}

inline std::string fixture(const std::string& name) {
  std::ifstream in(std::string(JUMPA_FIXTURES) + "/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture " + name);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// One line per entity and relation, shown by INFO() when a check fails.
inline std::string describe(const jumpa::document& d) {
  std::ostringstream os;
  os << "\npublished=" << d.published.to_string() << "\n";
  for (const auto& e : d.entities) {
    os << "  " << e.id << " " << jumpa::to_string(e.type) << " '" << e.name << "'";
    if (!e.country.empty()) os << " [" << e.country << "]";
    os << (e.ref.empty() ? " (" + e.source + ")" : " " + e.ref);
    if (!e.roles.empty()) {
      os << " roles=";
      for (const auto& r : e.roles) os << r.id << (r.country.empty() ? "" : "/" + r.country) << (r.org.empty() ? "" : "@" + r.org) << " ";
    }
    os << " mentions=";
    for (const auto& m : e.mentions) os << "'" << m.text << "'@" << m.begin << "-" << m.end << ":" << jumpa::to_string(m.kind) << " ";
    os << "\n";
  }
  for (const auto& r : d.relations) {
    os << "  " << jumpa::to_string(r.type) << " " << r.kind;
    if (r.type == jumpa::relation_type::met)
      os << " " << jumpa::to_string(r.status) << " date=" << r.when.to_string()
         << " place=" << (r.place ? d.entities[*r.place].name : "-");
    if (r.type == jumpa::relation_type::affiliation) os << " role=" << r.role;
    os << " args=(";
    for (auto a : r.args) os << d.entities[a].name << "; ";
    os << ") trigger='" << r.ev.trigger << "'\n";
  }
  for (const auto& p : d.problems) os << "  problem: " << p.to_string() << "\n";
  return os.str();
}

inline const jumpa::entity* by_name(const jumpa::document& d, std::string_view name) {
  for (const auto& e : d.entities)
    if (e.name == name) return &e;
  return nullptr;
}

}  // namespace jumpa_test

#endif  // JUMPA_TESTS_SUPPORT_H_
