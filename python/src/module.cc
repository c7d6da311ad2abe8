// jumpa._jumpa: the compiled part of the jumpa Python package.
#include "bindings.h"

PYBIND11_MODULE(_jumpa, m) {
  m.doc() = "jumpa's C++ pipeline (use the `jumpa` package, which re-exports everything here)";
  m.attr("__version__") = jumpa::version();
  jumpa_py::bind_errors(m);
  jumpa_py::bind_document(m);
  jumpa_py::bind_gazetteer(m);
  jumpa_py::bind_extractor(m);
  jumpa_py::bind_graph(m);
}
