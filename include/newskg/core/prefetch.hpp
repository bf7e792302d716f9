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
  size_t off = 0;
  // Four lines a step (a tagger word block is six): fewer loop compares
  // than prefetches.
  for (; off + 256 <= bytes; off += 256) {
    __builtin_prefetch(c + off);
    __builtin_prefetch(c + off + 64);
    __builtin_prefetch(c + off + 128);
    __builtin_prefetch(c + off + 192);
  }
  for (; off < bytes; off += 64) __builtin_prefetch(c + off);
#else
  (void)p, (void)bytes;
#endif
}

}  // namespace newskg::core
