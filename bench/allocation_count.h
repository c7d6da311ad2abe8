// bench/allocation_count.h — counts operator new calls per thread. Linking
// allocation_count.cc replaces the global operator new / delete of the program
// (malloc and free underneath, one thread-local increment per allocation).
#ifndef JUMPA_BENCH_ALLOCATION_COUNT_H_
#define JUMPA_BENCH_ALLOCATION_COUNT_H_

#include <cstdint>

namespace jumpa_bench {

// operator new calls made by this thread so far.
std::uint64_t allocations() noexcept;

}  // namespace jumpa_bench

#endif  // JUMPA_BENCH_ALLOCATION_COUNT_H_
