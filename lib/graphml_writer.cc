// GraphML through Boost.Graph's write_graphml. Keys are typed (string, long,
// double) and named as Gephi and yEd look for them: `label` on nodes and edges
// (Gephi's labels; yEd's Properties Mapper), `weight` (double) on edges.
#include <map>
#include <ostream>
#include <string_view>

#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/transform_value_property_map.hpp>

#include "graph_text.h"
#include "jumpa/writers.h"

namespace jumpa {

using detail::clean_text;
using detail::joined;
using detail::kinds_text;

namespace {

// graph()'s shape, with pointers to the vertices and edges instead of copies.
using pointer_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, const vertex_info*,
                                            const edge_info*>;

pointer_graph pointers_of(const relation_graph& g) {
  pointer_graph out;
  std::map<std::string_view, std::size_t> index;
  for (const auto& [id, v] : g.vertices()) index.emplace(id, boost::add_vertex(&v, out));
  for (const edge_info* e : g.ordered_edges()) boost::add_edge(index.at(e->source_id), index.at(e->target_id), e, out);
  return out;
}

}  // namespace

status write_graphml(std::ostream& out, const relation_graph& g) {
  const pointer_graph gr = pointers_of(g);
  auto vb = boost::get(boost::vertex_bundle, gr);
  auto eb = boost::get(boost::edge_bundle, gr);
  auto vtext = [&](auto f) {
    return boost::make_transform_value_property_map<std::string>(
        [f](const vertex_info* v) { return clean_text(f(*v)); }, vb);
  };
  auto etext = [&](auto f) {
    return boost::make_transform_value_property_map<std::string>(
        [f](const edge_info* e) { return clean_text(f(*e)); }, eb);
  };
  boost::dynamic_properties dp;
  dp.property("id", vtext([](const vertex_info& v) { return v.id; }));
  dp.property("name", vtext([](const vertex_info& v) { return v.name; }));
  dp.property("label", vtext([](const vertex_info& v) { return v.name.empty() ? v.id : v.name; }));
  dp.property("type", vtext([](const vertex_info& v) { return std::string(to_string(v.type)); }));
  dp.property("country", vtext([](const vertex_info& v) { return v.country; }));
  dp.property("documents", boost::make_transform_value_property_map<long>(
                               [](const vertex_info* v) { return static_cast<long>(v->documents); }, vb));
  dp.property("relation", etext([](const edge_info& e) { return std::string(to_string(e.relation)); }));
  dp.property("label", etext([](const edge_info& e) { return std::string(to_string(e.relation)); }));
  dp.property("count", boost::make_transform_value_property_map<long>(
                           [](const edge_info* e) { return static_cast<long>(e->count); }, eb));
  dp.property("weight", boost::make_transform_value_property_map<double>(
                            [](const edge_info* e) { return static_cast<double>(e->count); }, eb));
  dp.property("kinds", etext([](const edge_info& e) { return kinds_text(e, ":", ";"); }));
  dp.property("dates", etext([](const edge_info& e) { return joined(e.dates, ";"); }));
  dp.property("places", etext([](const edge_info& e) { return joined(e.places, ";"); }));
  dp.property("documents", etext([&g](const edge_info& e) { return joined(g.document_ids(e.documents), ";"); }));
  dp.property("role", etext([](const edge_info& e) { return e.role; }));
  try {
    boost::write_graphml(out, gr, boost::get(boost::vertex_index, gr), dp, true);
  } catch (const std::exception& e) {
    return status(errc::io_error, std::string("GraphML: ") + e.what());
  }
  if (!out) return status(errc::io_error, "write failed");
  return {};
}

}  // namespace jumpa
