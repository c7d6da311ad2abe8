#include "jumpa/status.h"

#include <iterator>
#include <string>

#include <fmt/format.h>

namespace jumpa {

const char* to_string(errc code) noexcept {
  switch (code) {
    case errc::ok: return "ok";
    case errc::invalid_argument: return "invalid_argument";
    case errc::not_found: return "not_found";
    case errc::io_error: return "io_error";
    case errc::parse_error: return "parse_error";
    case errc::invalid_data: return "invalid_data";
    case errc::invalid_utf8: return "invalid_utf8";
    case errc::pattern_error: return "pattern_error";
    case errc::limit_exceeded: return "limit_exceeded";
  }
  return "unknown";
}

std::string status::to_string() const {
  if (ok()) return "ok";
  fmt::memory_buffer out;
  auto it = std::back_inserter(out);
  if (!where_.file.empty()) fmt::format_to(it, "{}", where_.file);
  if (where_.line != 0) {
    fmt::format_to(it, "{}{}", out.size() == 0 ? "line " : ":", where_.line);
    if (where_.column != 0) fmt::format_to(it, ":{}", where_.column);
  }
  if (where_.byte != source_position::npos) fmt::format_to(it, "{}{}", out.size() == 0 ? "byte " : ": byte ", where_.byte);
  if (out.size() != 0) fmt::format_to(it, ": ");
  fmt::format_to(it, "{}", message_);
  return fmt::to_string(out);
}

}  // namespace jumpa
