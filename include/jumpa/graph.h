// jumpa/graph.h — stage 6: one relations graph over many documents.
//
// `relation_graph` merges extracted documents into a Boost.Graph
// adjacency_list: one vertex per canonical entity (gazetteer id, or
// type+name for pattern entities), one edge per (relation, unordered entity
// pair): `met` edges count meetings and collect kinds, dates, places and
// source documents; `country_relation` edges count per kind; `affiliation`
// edges carry the role; `represents` links a person to the country of their
// roles. Only meetings that happened become `met` edges. The same meeting
// reported by several documents is one edge listing every source.
//
// Vertex and edge order is deterministic: it does not depend on the order in
// which documents are added (vertices sorted by id, edges by endpoints and
// relation). The graph is a value: copyable and movable. It is not
// synchronised: even const member functions may rebuild the cached Boost graph,
// so share one graph between threads only behind a lock.
#ifndef JUMPA_GRAPH_H_
#define JUMPA_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "jumpa/date.h"
#include "jumpa/document.h"
#include "jumpa/entities.h"

namespace jumpa {

// The relation an edge stands for.
enum class edge_relation : std::uint8_t {
  met,               // persons who met (meetings that happened)
  country_relation,  // countries related (with kinds)
  affiliation,       // person → party or organisation (directed)
  represents,        // person → the country of their roles (directed)
};
const char* to_string(edge_relation r) noexcept;
std::optional<edge_relation> parse_edge_relation(std::string_view s) noexcept;

struct vertex_info {
  std::string id;       // gazetteer id, or "pattern:<type>:<folded name>"
  std::string name;
  entity_type type = entity_type::person;
  std::string country;  // ISO alpha-2
  std::size_t documents = 0;  // documents mentioning the entity
};

struct edge_info {
  edge_relation relation = edge_relation::met;
  std::string source_id, target_id;  // direction for affiliation/represents; sorted for symmetric ones
  std::size_t count = 0;             // meetings / statements / documents
  std::map<std::string, std::size_t> kinds;  // kind → count
  std::set<std::string> dates;       // YYYY-MM-DD or --MM-DD
  std::set<std::string> places;      // place names
  std::set<std::string> documents;   // source document ids
  std::string role;                  // affiliation / represents: role id
};

using graph_type =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, vertex_info, edge_info>;
using vertex_t = boost::graph_traits<graph_type>::vertex_descriptor;
using edge_t = boost::graph_traits<graph_type>::edge_descriptor;

// Filters for queries and for subgraphs; empty fields match everything.
struct graph_filter {
  std::set<entity_type> entity_types;
  std::set<edge_relation> relations;
  std::set<std::string> kinds;         // meeting or relation kinds
  date from, to;                       // met edges: at least one date in range
};

class relation_graph {
 public:
  relation_graph() = default;

  // Adds a document's entities and relations.
  void add(const document& doc);
  // Adds every vertex and edge of another graph (used to merge shards).
  void merge(const relation_graph& other);

  // The Boost graph, rebuilt in deterministic order when changed.
  const graph_type& graph() const;
  std::size_t vertex_count() const;
  std::size_t edge_count() const;

  // Queries. Names are matched case- and diacritic-insensitively against
  // vertex names and ids.
  std::vector<std::string> find(const std::string& name_or_id) const;  // vertex ids
  std::vector<std::string> neighbours(const std::string& id, const graph_filter& f = {}) const;
  // met edges of a person within [from, to] (inclusive; empty bounds are open).
  std::vector<edge_info> meetings_of(const std::string& id, const date& from = {},
                                     const date& to = {}) const;
  // Country pairs ranked by their country_relation count (meetings between
  // their people included, as kind "meeting").
  std::vector<edge_info> strongest_country_pairs(std::size_t n) const;
  // Entities within `depth` edges of `id`, and the edges among them.
  relation_graph ego(const std::string& id, std::size_t depth, const graph_filter& f = {}) const;
  // Only the vertices and edges that pass the filter.
  relation_graph filtered(const graph_filter& f) const;

  const std::map<std::string, vertex_info>& vertices() const noexcept { return vertices_; }
  const std::map<std::string, edge_info>& edges() const noexcept { return edges_; }

 private:
  std::map<std::string, vertex_info> vertices_;  // by id
  std::map<std::string, edge_info> edges_;       // by relation|a|b
  std::map<std::string, std::set<std::string>> vertex_docs_;
  mutable graph_type graph_;
  mutable bool dirty_ = true;
};

}  // namespace jumpa

#endif  // JUMPA_GRAPH_H_
