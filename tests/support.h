// Shared helpers for the extraction tests (entities, relations, extractor).
#ifndef JUMPA_TESTS_SUPPORT_H_
#define JUMPA_TESTS_SUPPORT_H_

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <optional>
#include <set>
#include <vector>
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
    os << (e.ref.empty() ? std::string(" (") + jumpa::to_string(e.source) + ")" : " " + e.ref);
    if (!e.roles.empty()) {
      os << " roles=";
      for (const auto& r : e.roles) os << r.id << (r.country.empty() ? "" : "/" + r.country) << (r.org.empty() ? "" : "@" + r.org) << " ";
    }
    os << " mentions=";
    for (const auto& m : e.mentions) os << "'" << m.text << "'@" << m.begin << "-" << m.end << ":" << jumpa::to_string(m.kind) << " ";
    os << "\n";
  }
  for (const auto& r : d.relations) {
    os << "  " << jumpa::to_string(r.type) << " " << jumpa::to_string(r.kind);
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

// Builders for hand-made documents (graph and writer tests).
inline jumpa::entity make_entity(jumpa::entity_type type, std::string ref, std::string name, std::string country = "") {
  jumpa::entity e;
  e.type = type;
  e.ref = std::move(ref);
  e.name = std::move(name);
  e.country = std::move(country);
  e.source = e.ref.empty() ? jumpa::entity_source::pattern : jumpa::entity_source::gazetteer;
  return e;
}

inline jumpa::relation met(std::vector<std::size_t> args, std::string kind, jumpa::date when = {},
             std::optional<std::size_t> place = std::nullopt, jumpa::meeting_status st = jumpa::meeting_status::happened) {
  jumpa::relation r;
  r.type = jumpa::relation_type::met;
  r.args = std::move(args);
  r.kind = jumpa::parse_relation_kind(kind).value_or(jumpa::relation_kind::none);
  r.when = when;
  r.place = place;
  r.status = st;
  return r;
}

inline jumpa::relation country_rel(std::size_t a, std::size_t b, std::string kind) {
  jumpa::relation r;
  r.type = jumpa::relation_type::country_relation;
  r.args = {a, b};
  r.kind = jumpa::parse_relation_kind(kind).value_or(jumpa::relation_kind::none);
  return r;
}

inline jumpa::role make_role(std::string id, std::string country, std::string org = "") {
  jumpa::role r;
  r.id = id;
  r.label = id;
  r.country = std::move(country);
  r.org = std::move(org);
  return r;
}

// "A + B" with the two names in order.
inline std::string pair_of(std::string a, std::string b) {
  if (b < a) std::swap(a, b);
  return a + " + " + b;
}

// Sorted "A + B" pairs of persons who met (every pair of a relation's args),
// only those with `status` (any status when it is empty).
inline std::vector<std::string> met_pairs(const jumpa::document& d, std::optional<jumpa::meeting_status> status =
                                                                         jumpa::meeting_status::happened) {
  std::set<std::string> out;
  for (const auto& r : d.relations) {
    if (r.type != jumpa::relation_type::met) continue;
    if (status && r.status != *status) continue;
    for (std::size_t i = 0; i < r.args.size(); ++i)
      for (std::size_t j = i + 1; j < r.args.size(); ++j)
        out.insert(pair_of(d.entities[r.args[i]].name, d.entities[r.args[j]].name));
  }
  return {out.begin(), out.end()};
}

// The names of the document's persons, sorted.
inline std::vector<std::string> person_names(const jumpa::document& d) {
  std::vector<std::string> out;
  for (const auto& e : d.entities)
    if (e.type == jumpa::entity_type::person) out.push_back(e.name);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace jumpa_test

#endif  // JUMPA_TESTS_SUPPORT_H_
