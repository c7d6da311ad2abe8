// Private: FNV-1a, 64 bits, for the library's small open-addressing tables.
#ifndef JUMPA_LIB_FNV_H_
#define JUMPA_LIB_FNV_H_

#include <cstdint>
#include <string_view>

namespace jumpa::detail {

inline std::uint64_t fnv1a(std::string_view s) noexcept {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_FNV_H_
