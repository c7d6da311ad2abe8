// The Python module's shared declarations. Each bind_* function adds one part
// of jumpa's public API (include/jumpa/*.h) to the module; nothing here
// reaches into lib/.
#ifndef JUMPA_PYTHON_BINDINGS_H_
#define JUMPA_PYTHON_BINDINGS_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pybind11/pybind11.h>

#include "jumpa/jumpa.h"

namespace jumpa_py {

namespace py = pybind11;

// --- errors (errors.cc) ---------------------------------------------------
// Raises jumpa.Error carrying the status text ("file:line:column: message")
// and its parts as attributes (code, file, line, column, byte).
[[noreturn]] void raise(const jumpa::status& s);
template <class T>
T take(jumpa::result<T>&& r) {
  if (!r) raise(r.error());
  return std::move(*r);
}
void bind_errors(py::module_& m);

// --- conversions (convert.cc) ---------------------------------------------
// A member of one of the str-valued enums of jumpa/_enums.py.
py::object enum_value(const char* enum_name, std::string_view value);
// None, "YYYY-MM-DD"-style text or a datetime.date → jumpa::date; raises
// ValueError naming `what` otherwise.
jumpa::date to_date(const py::handle& value, const char* what);
// "" → None, else the date's text.
py::object date_or_none(const jumpa::date& d);

// Byte offsets → Python str (code point) indices for one text: built from
// the offsets a document uses, answered by binary search.
class char_offsets {
 public:
  char_offsets() = default;  // unknown: the text is not available
  char_offsets(std::string_view utf8, std::vector<std::uint32_t> bytes);
  bool known() const noexcept { return known_; }
  // None when unknown.
  py::object at(std::uint32_t byte) const;

 private:
  bool known_ = false;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> map_;  // byte → index, sorted
};

// --- documents (document.cc) ----------------------------------------------
// A document shared by the Python objects that view its parts.
struct doc_holder {
  jumpa::document doc;
  char_offsets chars;
};
using doc_ptr = std::shared_ptr<const doc_holder>;
// Wraps an extracted document; `text` is what it was extracted from.
doc_ptr hold(jumpa::document&& doc, std::string_view text);
// Wraps a document read back from JSON Lines (no text: str indices unknown).
doc_ptr hold(jumpa::document&& doc);
// The Python Document for a held document, and back.
py::object to_python(doc_ptr d);
doc_ptr holder_of(const py::handle& document);  // raises TypeError for non-Documents
void bind_document(py::module_& m);

// --- the gazetteer (gazetteer.cc) -------------------------------------------
// A Python Gazetteer object's gazetteer.
const jumpa::gazetteer& gazetteer_of(const py::handle& gazetteer);
// Paths given as one str/PathLike or an iterable of them.
std::vector<std::filesystem::path> to_paths(const py::handle& paths);

void bind_gazetteer(py::module_& m);
void bind_extractor(py::module_& m);
void bind_graph(py::module_& m);

}  // namespace jumpa_py

#endif  // JUMPA_PYTHON_BINDINGS_H_
