#include "jumpa/status.h"

#include <string>

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
  std::string out;
  if (!where_.file.empty()) out += where_.file;
  if (where_.line != 0) {
    out += (out.empty() ? "line " : ":") + std::to_string(where_.line);
    if (where_.column != 0) out += ":" + std::to_string(where_.column);
  }
  if (where_.byte != source_position::npos) {
    out += (out.empty() ? "byte " : ": byte ") + std::to_string(where_.byte);
  }
  if (!out.empty()) out += ": ";
  return out + message_;
}

}  // namespace jumpa
