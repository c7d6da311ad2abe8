#include "allocation_count.h"

#include <cstdlib>
#include <new>

namespace {
thread_local std::uint64_t g_allocations = 0;
}

std::uint64_t jumpa_bench::allocations() noexcept { return g_allocations; }

void* operator new(std::size_t n) {
  ++g_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
