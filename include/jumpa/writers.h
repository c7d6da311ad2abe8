// jumpa/writers.h — stage 7: getting results out.
//
//  - write_jsonl / to_jsonl: one JSON object per document, the contract read
//    by shared/eval/score.py (entities with mentions, relations with evidence);
//  - read_jsonl_document: the inverse, for merging result shards;
//  - write_dot: Graphviz DOT (shape and colour by entity type, style by
//    relation, labels with counts and last date; every label escaped; a
//    force-directed layout hint for large graphs);
//  - write_graphml: GraphML with typed keys;
//  - write_summary: a JSON summary of a merged graph.
// Writers borrow what they write and fail only on stream errors; the reader
// returns a status naming the line and what is wrong.
#ifndef JUMPA_WRITERS_H_
#define JUMPA_WRITERS_H_

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

#include "jumpa/document.h"
#include "jumpa/graph.h"
#include "jumpa/status.h"

namespace jumpa {

struct jsonl_options {
  bool explain = false;  // include evidence.rule and evidence.cues
};

// One line (terminated by '\n') for `doc`.
status write_jsonl(std::ostream& out, const document& doc, const jsonl_options& o = {});
std::string to_jsonl(const document& doc, const jsonl_options& o = {});
// Appends the line to `out` (no allocation beyond its growth).
void append_jsonl(std::string& out, const document& doc, const jsonl_options& o = {});

// Parses one line written by write_jsonl (unknown fields are ignored).
// `line_number` only labels errors.
result<document> read_jsonl_document(std::string_view line, std::size_t line_number = 0);

struct dot_options {
  bool cluster_by_country = false;  // subgraph cluster per country
  std::string graph_name = "jumpa";
  // Graphs with more vertices than this get a force-directed layout hint
  // (layout=sfdp, overlaps removed): Graphviz's default hierarchical layout
  // strings hundreds of sparse vertices along a few very wide ranks.
  std::size_t large_graph = 100;
};
status write_dot(std::ostream& out, const relation_graph& g, const dot_options& o = {});
status write_graphml(std::ostream& out, const relation_graph& g);
status write_summary(std::ostream& out, const relation_graph& g);

// Escapes a string for a double-quoted DOT id or label.
std::string dot_escape(std::string_view s);

}  // namespace jumpa

#endif  // JUMPA_WRITERS_H_
