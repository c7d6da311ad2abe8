// jumpa.Error: a jumpa status as a Python exception.
#include "bindings.h"

namespace jumpa_py {
namespace {

PyObject* error_type = nullptr;  // set once by bind_errors; owned by the module

py::object optional_size(std::size_t v, std::size_t unknown) {
  return v == unknown ? py::object(py::none()) : py::object(py::int_(v));
}

}  // namespace

void raise(const jumpa::status& s) {
  py::object type = py::reinterpret_borrow<py::object>(error_type);
  py::object e = type(s.to_string());
  e.attr("code") = jumpa::to_string(s.code());
  e.attr("message") = s.message();
  e.attr("file") = s.where().file.empty() ? py::object(py::none()) : py::object(py::str(s.where().file));
  e.attr("line") = optional_size(s.where().line, 0);
  e.attr("column") = optional_size(s.where().column, 0);
  e.attr("byte") = optional_size(s.where().byte, jumpa::source_position::npos);
  PyErr_SetObject(error_type, e.ptr());
  throw py::error_already_set();
}

void bind_errors(py::module_& m) {
  static py::exception<jumpa::bad_result_access> type(m, "Error");
  error_type = type.ptr();
  type.doc() =
      "A jumpa error: str(e) is jumpa's text (\"file:line:column: message\"); the attributes code, message, "
      "file, line, column and byte give its parts (None when unknown).";
}

}  // namespace jumpa_py
