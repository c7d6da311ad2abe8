// jumpa.Graph: documents merged into one relations graph (jumpa/graph.h) and
// its writers (jumpa/writers.h). A Graph pickles as the documents it was built
// from, so partial graphs travel between processes (Dask) and merge exactly as
// `jumpa-extract --merge` merges result shards.
#include <sstream>

#include <pybind11/stl.h>

#include "bindings.h"

namespace jumpa_py {
namespace {

struct py_graph {
  jumpa::relation_graph g;
  std::vector<doc_ptr> docs;  // what `g` was built from (for pickling)
  bool derived = false;       // a filtered or ego graph: not rebuildable from documents

  void add(doc_ptr d) {
    g.add(d->doc);
    docs.push_back(std::move(d));
  }
};

template <class Enum, class Parse>
std::set<Enum> enum_set(const py::object& values, Parse parse, const char* what) {
  std::set<Enum> out;
  if (values.is_none()) return out;
  for (const py::handle& v : values) {
    auto text = v.cast<std::string>();
    auto e = parse(text);
    if (!e) throw py::value_error(std::string(what) + ": unknown value \"" + text + "\"");
    out.insert(*e);
  }
  return out;
}

jumpa::graph_filter filter_of(const py::object& entity_types, const py::object& relations, const py::object& kinds,
                              const py::object& date_from, const py::object& date_to) {
  jumpa::graph_filter f;
  f.entity_types = enum_set<jumpa::entity_type>(entity_types, jumpa::parse_entity_type, "entity_types");
  f.relations = enum_set<jumpa::edge_relation>(relations, jumpa::parse_edge_relation, "relations");
  if (!kinds.is_none())
    for (const py::handle& k : kinds) f.kinds.insert(k.cast<std::string>());
  f.from = to_date(date_from, "date_from");
  f.to = to_date(date_to, "date_to");
  return f;
}

// An edge as Python sees it: its source documents as ids (an edge_info refers
// to them by number into its graph's document table).
struct py_edge {
  jumpa::edge_info e;
  std::vector<std::string> documents;  // sorted
};

py_edge edge_of(const jumpa::relation_graph& g, const jumpa::edge_info& e) {
  py_edge out{e, {}};
  out.e.documents = {};
  for (std::string_view id : g.document_ids(e.documents)) out.documents.emplace_back(id);
  return out;
}

std::vector<py_edge> edges_of(const jumpa::relation_graph& g, const std::vector<jumpa::edge_info>& edges) {
  std::vector<py_edge> out;
  out.reserve(edges.size());
  for (const jumpa::edge_info& e : edges) out.push_back(edge_of(g, e));
  return out;
}

py_graph derived(jumpa::relation_graph&& g) { return py_graph{std::move(g), {}, true}; }

template <class Write>
std::string written(Write write) {
  std::ostringstream out;
  jumpa::status s = write(out);
  if (!s.ok()) raise(s);
  return out.str();
}

py::tuple state_of(const py_graph& self) {
  if (self.derived)
    throw py::type_error("a filtered or ego Graph cannot be pickled; pickle the full Graph and filter after loading");
  py::list lines;
  for (const auto& d : self.docs) lines.append(jumpa::to_jsonl(d->doc, jumpa::jsonl_options{true}));
  return py::make_tuple(1, lines);
}

py_graph from_state(const py::tuple& state) {
  if (state.size() != 2 || state[0].cast<int>() != 1) throw py::value_error("not a pickled jumpa.Graph");
  py_graph out;
  std::size_t n = 0;
  for (const py::handle& line : state[1].cast<py::list>())
    out.add(hold(take(jumpa::read_jsonl_document(line.cast<std::string>(), ++n))));
  return out;
}

void bind_values(py::module_& m) {
  py::class_<jumpa::vertex_info>(m, "Vertex", "One canonical entity of the graph.")
      .def_readonly("id", &jumpa::vertex_info::id, "Gazetteer id, or \"pattern:<type>:<folded name>\"")
      .def_readonly("name", &jumpa::vertex_info::name)
      .def_property_readonly("type", [](const jumpa::vertex_info& v) { return enum_value("EntityType", jumpa::to_string(v.type)); })
      .def_readonly("country", &jumpa::vertex_info::country, "ISO alpha-2 or \"\"")
      .def_readonly("documents", &jumpa::vertex_info::documents, "Documents mentioning the entity")
      .def("__repr__", [](const jumpa::vertex_info& v) { return "<jumpa.Vertex " + v.id + ">"; });
  py::class_<py_edge>(m, "Edge", "One (relation, entity pair) edge of the graph.")
      .def_property_readonly("relation", [](const py_edge& x) { return enum_value("EdgeRelation", jumpa::to_string(x.e.relation)); })
      .def_property_readonly("source", [](const py_edge& x) { return x.e.source_id; }, "Vertex id (the person for affiliation/represents)")
      .def_property_readonly("target", [](const py_edge& x) { return x.e.target_id; }, "Vertex id")
      .def_property_readonly("count", [](const py_edge& x) { return x.e.count; }, "Meetings, statements or documents")
      .def_property_readonly("kinds", [](const py_edge& x) { return x.e.kinds; }, "kind → count")
      .def_property_readonly("dates", [](const py_edge& x) { return std::vector<std::string>(x.e.dates.begin(), x.e.dates.end()); })
      .def_property_readonly("places", [](const py_edge& x) { return std::vector<std::string>(x.e.places.begin(), x.e.places.end()); })
      .def_readonly("documents", &py_edge::documents, "Ids of the source documents, sorted")
      .def_property_readonly("role", [](const py_edge& x) { return x.e.role; }, "affiliation / represents: role id")
      .def("__repr__", [](const py_edge& x) {
        return std::string("<jumpa.Edge ") + jumpa::to_string(x.e.relation) + " " + x.e.source_id + " -- " + x.e.target_id + ">";
      });
}

#define JUMPA_FILTER_ARGS                                                                                  \
  py::kw_only(), py::arg("entity_types") = py::none(), py::arg("relations") = py::none(),                 \
      py::arg("kinds") = py::none(), py::arg("date_from") = py::none(), py::arg("date_to") = py::none()

}  // namespace

void bind_graph(py::module_& m) {
  bind_values(m);
  py::class_<py_graph>(m, "Graph",
                       "Documents merged into one graph: a vertex per canonical entity, an edge per relation and "
                       "entity pair. Order-independent: the same documents give the same graph in any order. A Graph keeps "
                       "(shares) the Documents it was built from, so that it pickles; filtered() and ego() graphs do not.")
      .def(py::init<>())
      .def("add", [](py_graph& self, const py::object& doc) {
        self.add(holder_of(doc));
      }, py::arg("document"), "Adds an extracted Document")
      .def("add_jsonl", [](py_graph& self, std::string_view line, std::size_t line_number) {
        self.add(hold(take(jumpa::read_jsonl_document(line, line_number))));
      }, py::arg("line"), py::arg("line_number") = 0,
         "Adds one JSON Lines result line (a shard line of jumpa-extract); raises jumpa.Error naming the line")
      .def("merge", [](py_graph& self, const py_graph& other) {
        if (self.derived || other.derived) throw py::type_error("merge full graphs, then filter");
        self.g.merge(other.g);
        if (&other != &self) self.docs.insert(self.docs.end(), other.docs.begin(), other.docs.end());
      }, py::arg("other"), "Adds every vertex and edge of another Graph (the shard merge)")
      .def_property_readonly("vertex_count", [](const py_graph& self) { return self.g.vertex_count(); })
      .def_property_readonly("edge_count", [](const py_graph& self) { return self.g.edge_count(); })
      .def_property_readonly("vertices", [](const py_graph& self) {
        std::vector<jumpa::vertex_info> out;
        for (const auto& [id, v] : self.g.vertices()) out.push_back(v);
        return out;
      }, "Sorted by id")
      .def_property_readonly("edges", [](const py_graph& self) {
        std::vector<py_edge> out;
        for (const auto& [key, e] : self.g.edges()) out.push_back(edge_of(self.g, e));
        return out;
      }, "In the writers' order")
      .def("find", [](const py_graph& self, const std::string& name) { return self.g.find(name); }, py::arg("name_or_id"),
           "Vertex ids whose name or id matches (case- and diacritic-insensitive)")
      .def("neighbours", [](const py_graph& self, const std::string& id, const py::object& t, const py::object& r,
                            const py::object& k, const py::object& from, const py::object& to) {
        return self.g.neighbours(id, filter_of(t, r, k, from, to));
      }, py::arg("id"), JUMPA_FILTER_ARGS)
      .def("meetings_of", [](const py_graph& self, const std::string& id, const py::object& from, const py::object& to) {
        return edges_of(self.g, self.g.meetings_of(id, to_date(from, "date_from"), to_date(to, "date_to")));
      }, py::arg("id"), py::arg("date_from") = py::none(), py::arg("date_to") = py::none(),
         "met edges of a person within [date_from, date_to]")
      .def("strongest_country_pairs", [](const py_graph& self, std::size_t n) { return edges_of(self.g, self.g.strongest_country_pairs(n)); },
           py::arg("n") = 10)
      .def("filtered", [](const py_graph& self, const py::object& t, const py::object& r, const py::object& k,
                          const py::object& from, const py::object& to) {
        return derived(self.g.filtered(filter_of(t, r, k, from, to)));
      }, JUMPA_FILTER_ARGS, "Only the vertices and edges that pass the filter (a new Graph)")
      .def("ego", [](const py_graph& self, const std::string& id, std::size_t depth, const py::object& t,
                     const py::object& r, const py::object& k, const py::object& from, const py::object& to) {
        return derived(self.g.ego(id, depth, filter_of(t, r, k, from, to)));
      }, py::arg("id"), py::arg("depth") = 1, JUMPA_FILTER_ARGS, "Entities within `depth` edges of `id` (a new Graph)")
      .def("to_dot", [](const py_graph& self, bool cluster_by_country, const std::string& name) {
        jumpa::dot_options o;
        o.cluster_by_country = cluster_by_country;
        o.graph_name = name;
        return written([&](std::ostream& out) { return jumpa::write_dot(out, self.g, o); });
      }, py::arg("cluster_by_country") = false, py::arg("name") = "jumpa", "Graphviz DOT text")
      .def("to_graphml", [](const py_graph& self) {
        return written([&](std::ostream& out) { return jumpa::write_graphml(out, self.g); });
      }, "GraphML text (typed keys; NetworkX, Gephi and yEd read it)")
      .def("to_summary", [](const py_graph& self) {
        return written([&](std::ostream& out) { return jumpa::write_summary(out, self.g); });
      }, "The JSON summary text")
      .def("__len__", [](const py_graph& self) { return self.g.vertex_count(); })
      .def("__repr__", [](const py_graph& self) {
        return "<jumpa.Graph " + std::to_string(self.g.vertex_count()) + " vertices, " +
               std::to_string(self.g.edge_count()) + " edges>";
      })
      .def(py::pickle(&state_of, &from_state));
}

}  // namespace jumpa_py
