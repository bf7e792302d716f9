#pragma once
// Reading a string's bytes as 64-bit words, and the word hash built on it
// that the tagger (tag::hash_bytes) and the lexicons' tables share.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newskg::core {

// The r (1 to 7) bytes at q, the last of a string, as a little-endian
// number, read in at most three loads instead of byte by byte (most words
// are shorter than 8 bytes); overlapping reads OR the same bytes into the
// same places. `whole`: the string holds 8 bytes or more, so the 8 bytes
// ending at q + r may be read at once and shifted down.
inline uint64_t tail_le(const char* q, size_t r, bool whole) {
  uint64_t v;
  if (whole) {
    std::memcpy(&v, q + r - 8, 8);
    return v >> (8 * (8 - r));
  }
  if (r >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, q, 4);
    std::memcpy(&hi, q + r - 4, 4);
    return lo | static_cast<uint64_t>(hi) << (8 * (r - 4));
  }
  auto byte = [&](size_t k) {
    return static_cast<uint64_t>(static_cast<unsigned char>(q[k])) << (8 * k);
  };
  return byte(0) | byte(r / 2) | byte(r - 1);
}

// A string's bytes eight at a time, each word multiply-xorshift mixed into
// the hash: its high bits brought down to the low ones a table indexes by.
// Unfinished: tag::hash_bytes spreads it further (mix64), the lexicons'
// tables mark it non-zero. Always inline: the lexicons hash every token.
// `kLong`: four words a step where there are (the checksums of the model and
// tables files hash megabytes), the same value with less loop overhead; the
// lexicons' short words skip that loop's test.
template <bool kLong = false>
[[gnu::always_inline]] inline uint64_t hash_words(std::string_view s) {
  constexpr uint64_t kMul = 0x9fb21c651e98df25ULL;
  uint64_t h = 0x6a09e667f3bcc908ULL ^ (s.size() * kMul);
  auto step = [&](uint64_t v) {
    h = (h ^ v) * kMul;
    h ^= h >> 29;
  };
  auto word = [&](size_t at) {
    uint64_t v;
    std::memcpy(&v, s.data() + at, 8);
    return v;
  };
  size_t i = 0;
  if constexpr (kLong)
    for (; i + 32 <= s.size(); i += 32) {
      step(word(i));
      step(word(i + 8));
      step(word(i + 16));
      step(word(i + 24));
    }
  for (; i + 8 <= s.size(); i += 8) step(word(i));
  if (const size_t r = s.size() - i; r > 0) step(tail_le(s.data() + i, r, s.size() >= 8));
  return h;
}

}  // namespace newskg::core
