// Conversions between jumpa's values and Python's: enums, dates, str indices.
#include <algorithm>

#include "bindings.h"

namespace jumpa_py {

py::object enum_value(const char* enum_name, std::string_view value) {
  // Imported once; leaked on purpose so that nothing runs after the interpreter ends.
  static auto* enums = new py::object(py::module_::import("jumpa._enums"));
  return enums->attr(enum_name)(py::str(value.data(), value.size()));
}

jumpa::date to_date(const py::handle& value, const char* what) {
  if (value.is_none()) return {};
  std::string text;
  if (py::isinstance<py::str>(value)) {
    text = value.cast<std::string>();
  } else if (py::hasattr(value, "isoformat") && py::hasattr(value, "year")) {  // datetime.date / datetime
    text = py::str(value.attr("isoformat")()).cast<std::string>().substr(0, 10);
  } else {
    throw py::type_error(std::string(what) + ": expected None, a str or a datetime.date");
  }
  if (text.empty()) return {};
  auto d = jumpa::date::parse(text.size() > 10 ? text.substr(0, 10) : text);
  if (!d) throw py::value_error(std::string(what) + ": not a date (YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD): " + text);
  return *d;
}

py::object date_or_none(const jumpa::date& d) {
  if (d.empty()) return py::none();
  return py::str(d.to_string());
}

char_offsets::char_offsets(std::string_view utf8, std::vector<std::uint32_t> bytes) : known_(true) {
  std::sort(bytes.begin(), bytes.end());
  bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
  map_.reserve(bytes.size());
  std::uint32_t index = 0;  // code points before `pos`
  std::size_t pos = 0;
  for (std::uint32_t b : bytes) {
    std::size_t stop = std::min<std::size_t>(b, utf8.size());
    for (; pos < stop; ++pos)
      if ((static_cast<unsigned char>(utf8[pos]) & 0xC0) != 0x80) ++index;  // not a continuation byte
    map_.emplace_back(b, index);
  }
}

py::object char_offsets::at(std::uint32_t byte) const {
  if (!known_) return py::none();
  auto it = std::lower_bound(map_.begin(), map_.end(), std::make_pair(byte, std::uint32_t{0}));
  if (it == map_.end() || it->first != byte) return py::none();
  return py::int_(it->second);
}

}  // namespace jumpa_py
