// A JSON summary of a merged graph: counts, the best-connected persons, the
// strongest country pairs, the date range.
#include <algorithm>
#include <ostream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "graph_text.h"
#include "jumpa/writers.h"

namespace jumpa {
namespace {

using ojson = nlohmann::ordered_json;

bool complete_date(const std::string& text) {
  auto d = date::parse(text);
  return d && d->complete();
}

}  // namespace

status write_summary(std::ostream& out, const relation_graph& g) {
  std::map<std::string, std::size_t> by_type, by_relation;
  for (const auto& [id, v] : g.vertices()) ++by_type[to_string(v.type)];
  for (const auto& [key, e] : g.edges()) ++by_relation[to_string(e.relation)];

  // A person's partners are the other ends of their met edges: one edge per
  // pair, so counting edges counts distinct partners (no set of ids per person).
  struct person_stats {
    std::size_t partners = 0;
    std::size_t meetings = 0;
  };
  std::map<std::string, person_stats> persons;
  std::string min_date, max_date;
  for (const auto& [key, e] : g.edges()) {
    for (const std::string& d : e.dates) {
      if (!complete_date(d)) continue;
      if (min_date.empty() || d < min_date) min_date = d;
      if (max_date.empty() || d > max_date) max_date = d;
    }
    if (e.relation != edge_relation::met) continue;
    for (const std::string* self : {&e.source_id, &e.target_id}) {
      auto v = g.vertices().find(*self);
      if (v == g.vertices().end() || v->second.type != entity_type::person) continue;
      person_stats& p = persons[*self];
      ++p.partners;
      p.meetings += e.count;
    }
  }
  std::vector<std::pair<const std::string*, const person_stats*>> ranked;
  for (const auto& [id, p] : persons) ranked.emplace_back(&id, &p);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return std::make_tuple(a.second->partners, a.second->meetings) >
           std::make_tuple(b.second->partners, b.second->meetings);
  });
  if (ranked.size() > 10) ranked.resize(10);

  auto name_of = [&](const std::string& id) {
    auto v = g.vertices().find(id);
    return v == g.vertices().end() ? id : v->second.name;
  };

  ojson j;
  j["vertices"] = g.vertex_count();
  j["edges"] = g.edge_count();
  j["vertices_by_type"] = by_type;
  j["edges_by_relation"] = by_relation;
  ojson top = ojson::array();
  for (const auto& [id, p] : ranked)
    top.push_back({{"id", *id}, {"name", name_of(*id)}, {"partners", p->partners}, {"meetings", p->meetings}});
  j["top_persons"] = std::move(top);
  ojson pairs = ojson::array();
  for (const edge_info& e : g.strongest_country_pairs(10)) {
    ojson kinds = ojson::object();
    for (const auto& [kind, n] : detail::ranked_kinds(e)) kinds[kind] = n;
    pairs.push_back({{"a", e.source_id}, {"a_name", name_of(e.source_id)}, {"b", e.target_id},
                     {"b_name", name_of(e.target_id)}, {"count", e.count}, {"kinds", std::move(kinds)}});
  }
  j["top_country_pairs"] = std::move(pairs);
  j["dates"] = min_date.empty() ? ojson(nullptr) : ojson({{"min", min_date}, {"max", max_date}});
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  if (!out) return status(errc::io_error, "write failed");
  return {};
}

}  // namespace jumpa
