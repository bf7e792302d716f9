#pragma once
// Reading a string's bytes as 64-bit words, for the word hashes of the
// tagger (tag::hash_bytes) and of the lexicons' tables.
#include <cstddef>
#include <cstdint>
#include <cstring>

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

}  // namespace newskg::core
