// The allocator jumpa-extract runs with (see tools/jumpa-extract/CMakeLists.txt).
#include "cli.h"

#ifdef JUMPA_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace cli {

#ifdef JUMPA_WITH_MIMALLOC
std::string allocator_name() { return "mimalloc " + std::to_string(mi_version()); }

void tune_allocator() {
  // Freed pages go back to the system at once: mimalloc's default delay keeps
  // a 10 MB document's peak memory about a third higher, for no speed.
#if MI_MALLOC_VERSION >= 212
  mi_option_set(mi_option_purge_delay, 0);
#else
  mi_option_set(mi_option_decommit_delay, 0);  // MIMALLOC_RESET_DELAY
#endif
}
#else
std::string allocator_name() { return "malloc"; }

void tune_allocator() {}
#endif

}  // namespace cli
