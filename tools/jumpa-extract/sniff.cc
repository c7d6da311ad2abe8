// Recognising binary input: NUL density and the share of bytes that are not
// text (invalid UTF-8 or control characters) in the first bytes of an input.
#include "cli.h"

#include <cstdint>
#include <cstring>

namespace cli {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return n == 1 ? 1 : 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  const auto c1 = static_cast<unsigned char>(s[i + 1 < s.size() ? i + 1 : i]);
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
    return 0;  // overlong, surrogate, above U+10FFFF
  return n;
}

bool control(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'; }

// Whether the eight bytes at p are all printable ASCII (0x20..0x7F): nothing
// to count there.
bool printable_ascii8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  return (w & kHigh) == 0 && ((w - kOnes * 0x20) & ~w & kHigh) == 0;
}

}  // namespace

std::string binary_reason(std::string_view text) {
  const std::string_view s = text.substr(0, kSniffBytes);
  // A multi-byte character cut by the sample's end is not counted.
  std::size_t nul = 0, bad = 0, i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size() && printable_ascii8(s.data() + i)) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) ++nul;
    if (control(c)) ++bad;
    std::size_t n = utf8_length(s, i);
    if (n == 0) {
      if (s.size() - i >= 4 || text.size() == s.size()) ++bad;
      n = 1;
    }
    i += n;
  }
  if (s.empty()) return {};
  // The message is built only for binary data (text inputs allocate nothing here).
  auto percent = [&](std::size_t k) { return std::to_string((k * 100 + s.size() / 2) / s.size()) + "%"; };
  auto of = [&] { return " of the first " + std::to_string(s.size()) + " bytes"; };
  if (nul * 100 >= s.size()) return "binary data (" + percent(nul) + of() + " are NUL)";
  if (bad * 10 >= s.size()) return "binary data (" + percent(bad) + of() + " are invalid UTF-8 or control bytes)";
  return {};
}

}  // namespace cli
