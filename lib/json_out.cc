#include "json_out.h"

#include <cstring>

namespace jumpa::detail {
namespace {

// Length of the valid UTF-8 prefix of the sequence starting at s[i]: the full
// sequence length when valid, else the number of bytes before the first one
// that breaks it (0 for a byte that cannot start a sequence).
std::size_t valid_prefix(std::string_view s, std::size_t i, std::size_t& need) {
  const auto c = static_cast<unsigned char>(s[i]);
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    need = 1;
    return 0;
  }
  std::size_t k = 1;
  for (; k < need && i + k < s.size(); ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) break;
  }
  return k;
}

const char kHex[] = "0123456789abcdef";

// Whether any of the 8 bytes of `w` needs a look: a control character, '"',
// '\\' or a byte >= 0x80 (exact: the tests for "less than" and "equal" give no
// false positives for the word as a whole).
inline bool word_needs_care(std::uint64_t w) noexcept {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const std::uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;
  return ((w & kHigh) | control | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) != 0;
}

}  // namespace

char* put_json_string(char* p, std::string_view s) {
  *p++ = '"';
  const char* in = s.data();
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    if (i + 8 <= n) {  // eight plain bytes at a time
      std::uint64_t w;
      std::memcpy(&w, in + i, 8);
      if (!word_needs_care(w)) {
        std::memcpy(p, &w, 8);
        p += 8;
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(in[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      *p++ = static_cast<char>(c);
      ++i;
      continue;
    }
    if (c >= 0x80) {
      std::size_t need = 0, ok = valid_prefix(s, i, need);
      if (ok == need) {
        std::memcpy(p, in + i, need);
        p += need;
        i += need;
        continue;
      }
      std::memcpy(p, "\xEF\xBF\xBD", 3);  // one replacement for the broken sequence; the breaking byte is read again
      p += 3;
      i += ok == 0 ? 1 : ok;
      continue;
    }
    *p++ = '\\';
    switch (c) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\b': *p++ = 'b'; break;
      case '\f': *p++ = 'f'; break;
      case '\n': *p++ = 'n'; break;
      case '\r': *p++ = 'r'; break;
      case '\t': *p++ = 't'; break;
      default:
        std::memcpy(p, "u00", 3);
        p += 3;
        *p++ = kHex[c >> 4];
        *p++ = kHex[c & 15];
    }
    ++i;
  }
  *p++ = '"';
  return p;
}

char* put_decimal(char* p, std::uint64_t n) {
  char buf[20];
  char* q = buf + sizeof buf;
  do {
    *--q = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  const auto len = static_cast<std::size_t>(buf + sizeof buf - q);
  std::memcpy(p, q, len);
  return p + len;
}

}  // namespace jumpa::detail
