// Graphviz DOT: shape and colour by entity type, style by relation, labels
// with counts and last date; every label escaped.
#include <ostream>

#include "graph_text.h"
#include "jumpa/writers.h"

namespace jumpa {

using detail::clean_text;
using detail::kinds_text;
using detail::last_date;

namespace {

std::string dot_quoted(std::string_view s) { return "\"" + dot_escape(s) + "\""; }

const char* const kTimes = " \xC3\x97";  // " ×"

std::string edge_label(const edge_info& e) {
  std::string label = to_string(e.relation) + std::string(kTimes) + std::to_string(e.count);
  std::string detail;
  if (e.relation == edge_relation::met) detail = last_date(e);
  else if (e.relation == edge_relation::country_relation) detail = kinds_text(e, kTimes, ", ");
  else detail = e.role;
  if (!detail.empty()) label += "\n" + detail;
  return label;
}

struct node_style {
  const char* shape;
  const char* fill;  // nullptr: not filled
};

node_style style_of(entity_type type) {
  switch (type) {
    case entity_type::person: return {"ellipse", "lightblue"};
    case entity_type::country: return {"box", "lightgoldenrod"};
    case entity_type::party: return {"hexagon", "pink"};
    case entity_type::organization: return {"component", "lightgrey"};
    case entity_type::location: break;
  }
  return {"ellipse", nullptr};
}

std::string edge_attributes(const edge_info& e) {
  std::string a = "label=" + dot_quoted(edge_label(e));
  switch (e.relation) {
    case edge_relation::met: return a + ", style=bold";
    case edge_relation::country_relation: return a + ", style=dashed";
    case edge_relation::affiliation: return a + ", style=dotted, dir=forward";
    case edge_relation::represents: return a + ", style=dotted, color=grey, dir=forward";
  }
  return a;
}

void write_node(std::ostream& out, const vertex_info& v, const char* indent) {
  node_style st = style_of(v.type);
  out << indent << dot_quoted(v.id) << " [label=" << dot_quoted(v.name.empty() ? v.id : v.name) << ", shape=" << st.shape;
  if (st.fill) out << ", style=filled, fillcolor=" << st.fill;
  out << "];\n";
}

}  // namespace

std::string dot_escape(std::string_view s) {
  std::string out;
  for (char c : clean_text(s)) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      default: out += c;
    }
  }
  return out;
}

// Vertices and edges in graph()'s order, read in place (no Boost graph: it
// would copy every vertex and edge).
status write_dot(std::ostream& out, const relation_graph& g, const dot_options& o) {
  out << "graph " << dot_quoted(o.graph_name) << " {\n";
  out << "  graph [overlap=false, splines=true];\n";
  if (g.vertex_count() > o.large_graph)
    out << "  graph [layout=sfdp, overlap=prism, overlap_scaling=3, K=1.4, outputorder=edgesfirst];\n";
  out << "  node [fontname=\"Helvetica\"];\n";
  out << "  edge [fontname=\"Helvetica\", fontsize=10];\n";

  std::map<std::string, std::vector<const vertex_info*>> clusters;  // by country code
  for (const auto& [id, info] : g.vertices()) {
    if (o.cluster_by_country && !info.country.empty() && (info.type == entity_type::person || info.type == entity_type::party))
      clusters[info.country].push_back(&info);
    else
      write_node(out, info, "  ");
  }
  for (const auto& [code, members] : clusters) {
    std::string label = code;
    std::string lower = code;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (auto c = g.vertices().find("country:" + lower); c != g.vertices().end() && !c->second.name.empty())
      label = c->second.name;
    out << "  subgraph " << dot_quoted("cluster_" + code) << " {\n";
    out << "    label=" << dot_quoted(label) << ";\n";
    out << "    style=rounded;\n";
    for (const vertex_info* info : members) write_node(out, *info, "    ");
    out << "  }\n";
  }
  for (const edge_info* info : g.ordered_edges()) {
    out << "  " << dot_quoted(info->source_id) << " -- " << dot_quoted(info->target_id) << " [" << edge_attributes(*info)
        << "];\n";
  }
  out << "}\n";
  if (!out) return status(errc::io_error, "write failed");
  return {};
}

}  // namespace jumpa
