// jumpa.Gazetteer: loading and checking gazetteer folders (jumpa/gazetteer.h).
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.h"

namespace jumpa_py {
namespace {

struct py_gazetteer {
  std::shared_ptr<const jumpa::gazetteer> g;  // immutable, shared with nobody else
};

py::list texts(const std::vector<jumpa::status>& problems) {
  py::list out;
  for (const auto& p : problems) out.append(p.to_string());
  return out;
}

py::dict report_dict(const jumpa::gazetteer_report& r) {
  py::dict d;
  d["ok"] = r.ok();
  d["entities_by_type"] = r.entities_by_type;
  d["offices"] = r.offices;
  d["roles"] = r.roles;
  d["lexicon_entries"] = r.lexicon_entries;
  d["problems"] = texts(r.problems);
  d["warnings"] = texts(r.warnings);
  py::list amb;
  for (const auto& a : r.ambiguities) {
    py::dict x;
    x["form"] = a.form;
    x["ids"] = a.ids;
    x["reason"] = a.reason;
    amb.append(x);
  }
  d["ambiguities"] = amb;
  return d;
}

py::object entity_dict(const jumpa::gazetteer_entity& e) {
  py::dict d;
  d["id"] = e.id;
  d["type"] = enum_value("EntityType", jumpa::to_string(e.type));
  d["name"] = e.name;
  d["aliases"] = e.aliases;
  d["country"] = e.country;
  d["kind"] = e.kind;
  return d;
}

}  // namespace

const jumpa::gazetteer& gazetteer_of(const py::handle& gazetteer) { return *gazetteer.cast<const py_gazetteer&>().g; }

std::vector<std::filesystem::path> to_paths(const py::handle& paths) {
  py::object fspath = py::module_::import("os").attr("fspath");
  std::vector<std::filesystem::path> out;
  if (py::isinstance<py::str>(paths) || py::hasattr(paths, "__fspath__")) {
    out.emplace_back(fspath(paths).cast<std::string>());
    return out;
  }
  for (const py::handle& p : paths) out.emplace_back(fspath(p).cast<std::string>());
  return out;
}

void bind_gazetteer(py::module_& m) {
  py::class_<py_gazetteer>(m, "Gazetteer", "What jumpa knows: entities, dated offices, roles and lexicons (immutable).")
      .def_static("load", [](const py::object& dirs, bool builtin) {
        return py_gazetteer{std::make_shared<const jumpa::gazetteer>(take(jumpa::gazetteer::load(to_paths(dirs), builtin)))};
      }, py::arg("dirs"), py::arg("builtin") = true,
         "Loads folders (one path or a list) on top of the builtin copy (builtin=False: alone). Raises jumpa.Error "
         "with file:line:column of the first problem.")
      .def_static("builtin", [] {
        return py_gazetteer{std::shared_ptr<const jumpa::gazetteer>(&jumpa::gazetteer::builtin(), [](const void*) {})};
      }, "The gazetteer embedded in the library")
      .def_static("check", [](const py::object& dirs, bool builtin) {
        return report_dict(jumpa::gazetteer::check(dirs.is_none() ? std::vector<std::filesystem::path>{} : to_paths(dirs), builtin));
      }, py::arg("dirs") = py::none(), py::arg("builtin") = true,
         "Validates folders (and the builtin copy) and returns every problem instead of raising: a dict with ok, "
         "problems and warnings (\"file:line:column: message\" texts), counts and ambiguities, as "
         "`jumpa-extract --check-gazetteer` prints.")
      .def("report", [](const py_gazetteer& self) { return report_dict(self.g->report()); },
           "The check() report of this loaded gazetteer")
      .def("find", [](const py_gazetteer& self, std::string_view id) -> py::object {
        const jumpa::gazetteer_entity* e = self.g->find(id);
        return e ? entity_dict(*e) : py::none();
      }, py::arg("id"), "The entity with this id (\"person:hun-sen\") as a dict, or None")
      .def_property_readonly("languages", [](const py_gazetteer& self) { return self.g->languages(); })
      .def("__len__", [](const py_gazetteer& self) { return self.g->entities().size(); }, "Number of entities")
      .def("__repr__", [](const py_gazetteer& self) {
        return "<jumpa.Gazetteer " + std::to_string(self.g->entities().size()) + " entities, " +
               std::to_string(self.g->offices().size()) + " offices>";
      });
}

}  // namespace jumpa_py
