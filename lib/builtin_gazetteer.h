// Private: the gazetteer files embedded at build time by cmake/jumpa_embed.cc.
#ifndef JUMPA_LIB_BUILTIN_GAZETTEER_H_
#define JUMPA_LIB_BUILTIN_GAZETTEER_H_

#include <cstddef>

namespace jumpa::detail {

struct builtin_file {
  const char* path;  // relative to gazetteers/
  const char* data;
  std::size_t size;
};

extern const builtin_file kBuiltinFiles[];
extern const std::size_t kBuiltinFileCount;

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_BUILTIN_GAZETTEER_H_
