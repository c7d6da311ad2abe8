// Private: FNV-1a, 64 bits, for the library's small open-addressing tables.
#ifndef JUMPA_LIB_FNV_H_
#define JUMPA_LIB_FNV_H_

#include <cstdint>
#include <string_view>

namespace jumpa::detail {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
// One byte more of a running hash (start from kFnvOffset).
constexpr std::uint64_t fnv1a_step(std::uint64_t h, unsigned char c) noexcept { return (h ^ c) * 1099511628211ull; }

inline std::uint64_t fnv1a(std::string_view s) noexcept {
  std::uint64_t h = kFnvOffset;
  for (char c : s) h = fnv1a_step(h, static_cast<unsigned char>(c));
  return h;
}

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_FNV_H_
