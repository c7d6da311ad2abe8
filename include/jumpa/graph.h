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
// Memory (issue 16): the graph grows with its distinct entities, edges and
// edge values, not with the documents that repeat them.
// - Document ids are interned: each id is stored once, in the graph's
//   document table (document_count(), document_id()), and a vertex or edge
//   refers to its source documents by 4-byte numbers (`document_set`), so a
//   document costs its id once plus 4 bytes per vertex or edge it touches
//   (a std::set<std::string> per edge and per vertex cost ~80 bytes per entry
//   before). Nothing is capped or sampled: every count is exact (re-added
//   documents and overlapping shards are counted once) and every source
//   document stays listed: document_ids() gives an edge's ids sorted, as
//   GraphML's edge `documents` property and Python's Edge.documents print them.
// - kinds, dates, places and role keep one copy of each distinct value per
//   edge (kinds are a fixed list; dates are bounded by the calendar span of
//   the corpus, places by the places named), never one per document.
// - The writers walk vertices() and ordered_edges() in place; graph() builds
//   a Boost copy of every vertex and edge and is only for callers who want
//   Boost algorithms.
// Measured (BENCHMARKS.md, "Graph memory"): 100,000 one-sentence meeting
// documents add 6 MB to jumpa-extract's peak RSS (123 MB before); a 200 MB
// generated corpus (94,696 articles; 3,962 vertices, 181,008 edges) adds
// 158 MB (1,265 MB before): ~15 MB of document numbers (2.4 million
// references) and ids, the rest ~800 bytes per distinct edge.
//
// Vertex and edge order is deterministic: it does not depend on the order in
// which documents are added (vertices sorted by id, edges by endpoints and
// relation), and neither does anything the writers print (document numbers
// depend on the order documents arrive in; the ids they stand for, sorted, do
// not). The graph is a value: copyable and movable. It is not
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

// The source documents of a vertex or edge: distinct document numbers, ascending,
// into the document table of the relation_graph that holds it (ids through
// relation_graph::document_ids / document_id). Numbers mean nothing in another
// graph; they follow the order documents were first added, so compare sets
// through their ids.
class document_set {
 public:
  std::size_t size() const noexcept { return numbers_.size(); }
  bool empty() const noexcept { return numbers_.empty(); }
  const std::vector<std::uint32_t>& numbers() const noexcept { return numbers_; }
  // Adds a number; false when it was there. O(1) for a number above all others
  // (documents added in turn), else O(size).
  bool insert(std::uint32_t n);
  // Adds every number of `other` (same table).
  void insert(const document_set& other);

 private:
  friend class relation_graph;
  std::vector<std::uint32_t> numbers_;  // sorted, distinct
};

struct vertex_info {
  std::string id;       // gazetteer id, or "pattern:<type>:<folded name>"
  std::string name;
  entity_type type = entity_type::person;
  std::string country;  // ISO alpha-2
  std::size_t documents = 0;  // documents mentioning the entity (exact; ids: relation_graph::vertex_documents)
};

struct edge_info {
  edge_relation relation = edge_relation::met;
  std::string source_id, target_id;  // direction for affiliation/represents; sorted for symmetric ones
  std::size_t count = 0;             // meetings / statements / documents (represents)
  std::map<std::string, std::size_t> kinds;  // kind → count
  std::set<std::string> dates;       // YYYY-MM-DD or --MM-DD
  std::set<std::string> places;      // place names
  document_set documents;            // source documents (all of them, as numbers); ids: relation_graph::document_ids
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

  // The Boost graph, rebuilt in deterministic order when changed. It holds a
  // copy of every vertex and edge (kept until the graph changes); the writers
  // walk vertices() and ordered_edges() instead.
  const graph_type& graph() const;
  // The edges in graph()'s order (by source id, target id, then relation
  // name), those whose two endpoints are vertices; pointers into edges(),
  // valid until the graph changes.
  std::vector<const edge_info*> ordered_edges() const;
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

  // The document table: each distinct id of a document that left a vertex or
  // an edge, stored once. Numbers run 0..document_count()-1. The views below
  // point into the table: valid until the graph next changes.
  std::size_t document_count() const noexcept { return doc_ends_.size(); }
  std::string_view document_id(std::uint32_t number) const;  // "" when out of range
  // The ids of a set of this graph's documents, sorted (byte order).
  std::vector<std::string_view> document_ids(const document_set& s) const;
  // The documents mentioning a vertex (vertex_info::documents is their count).
  const document_set* vertex_documents(const std::string& id) const;

 private:
  std::uint32_t intern_document(std::string_view id);
  // For ego and filtered graphs, whose vertices and edges are copies of
  // `source`'s: a table of only the documents they refer to, renumbered in the
  // same order.
  void take_documents_from(const relation_graph& source);

  std::map<std::string, vertex_info> vertices_;  // by id
  std::map<std::string, edge_info> edges_;       // by relation|a|b
  std::map<std::string, document_set> vertex_docs_;
  // Document table: id n is doc_chars_[n ? doc_ends_[n-1] : 0, doc_ends_[n]);
  // doc_index_ is an open-addressing hash table of numbers (kNoDocument empty).
  std::string doc_chars_;
  std::vector<std::size_t> doc_ends_;
  std::vector<std::uint32_t> doc_index_;
  mutable graph_type graph_;
  mutable bool dirty_ = true;
};

}  // namespace jumpa

#endif  // JUMPA_GRAPH_H_
