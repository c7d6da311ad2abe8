// Private: a text's first eight bytes as a number, so that sorting and
// searching folded tokens compares integers first and bytes only on a tie.
#ifndef JUMPA_LIB_PREFIX_KEY_H_
#define JUMPA_LIB_PREFIX_KEY_H_

#include <cstdint>
#include <string_view>

namespace jumpa::detail {

// The first eight bytes of `t` as a big-endian number: ordering by it orders
// by the text's first bytes (shorter texts padded with zero bytes).
inline std::uint64_t prefix_key(std::string_view t) noexcept {
  const std::size_t n = t.size();
  if (n == 0) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(t.data());
  std::uint64_t k = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    // Every load is in bounds and the byte is then kept or zeroed: no branch on the length.
    const std::uint64_t byte = p[i < n ? i : n - 1];
    k = (k << 8) | (i < n ? byte : 0u);
  }
  return k;
}

// (key, text) pairs in text order: the key decides unless two keys are equal.
inline bool keyed_less(std::uint64_t ka, std::string_view a, std::uint64_t kb, std::string_view b) noexcept {
  return ka != kb ? ka < kb : a < b;
}

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_PREFIX_KEY_H_
