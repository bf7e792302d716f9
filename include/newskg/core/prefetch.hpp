#pragma once
// Asks for memory before it is read, so that the cache misses of several
// lookups overlap instead of each stalling its turn (the tagger's vocabulary
// and weight rows, the lexicons' word table). A hint: no effect on results.
#include <cstddef>

namespace newskg::core {

// The cache lines of [p, p + bytes); one line when bytes is 1.
inline void prefetch(const void* p, size_t bytes = 1) {
#if defined(__GNUC__)
  const char* c = static_cast<const char*>(p);
  for (size_t off = 0; off < bytes; off += 64) __builtin_prefetch(c + off);
#else
  (void)p, (void)bytes;
#endif
}

}  // namespace newskg::core
