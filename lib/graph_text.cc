#include "graph_text.h"

#include <algorithm>

namespace jumpa::detail {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size() || byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

}  // namespace

std::string clean_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const char c = s[i];
    if (n == 1 && static_cast<unsigned char>(c) < 0x20) {
      if (c == '\n' || c == '\t') out += c;
      else if (c != '\r') out += ' ';
    } else {
      out.append(s.data() + i, n);
    }
    i += n;
  }
  return out;
}

std::vector<std::pair<std::string, std::size_t>> ranked_kinds(const edge_info& e) {
  std::vector<std::pair<std::string, std::size_t>> kinds(e.kinds.begin(), e.kinds.end());
  std::stable_sort(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return kinds;
}

std::string kinds_text(const edge_info& e, const char* between, const char* separator) {
  std::string out;
  for (const auto& [kind, n] : ranked_kinds(e)) {
    if (!out.empty()) out += separator;
    out += kind + between + std::to_string(n);
  }
  return out;
}

}  // namespace jumpa::detail
