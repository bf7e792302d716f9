#include "newskg/core/crc32c.hpp"

#include <array>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <nmmintrin.h>
#define NEWSKG_CRC32C_SSE42 1
#endif

namespace newskg::core {
namespace {

constexpr uint32_t kPoly = 0x82f63b78;  // the Castagnoli polynomial, bits reversed

// table[b] = the CRC of byte b alone: one step per byte.
constexpr std::array<uint32_t, 256> byte_table() {
  std::array<uint32_t, 256> t{};
  for (uint32_t b = 0; b < 256; ++b) {
    uint32_t c = b;
    for (int k = 0; k < 8; ++k) c = c & 1 ? c >> 1 ^ kPoly : c >> 1;
    t[b] = c;
  }
  return t;
}
constexpr std::array<uint32_t, 256> kTable = byte_table();

uint32_t crc_portable(uint32_t c, const unsigned char* p, size_t n) {
  for (size_t i = 0; i < n; ++i) c = kTable[(c ^ p[i]) & 0xff] ^ c >> 8;
  return c;
}

#ifdef NEWSKG_CRC32C_SSE42
// The register after n more bytes: one crc32 instruction a word, in one
// dependency chain (about 3 cycles a word), the bytes after the last whole
// word one at a time.
__attribute__((target("sse4.2"))) uint32_t crc_chain(uint32_t c, const unsigned char* p,
                                                     size_t n) {
  uint64_t c64 = c;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, sizeof w);
    c64 = _mm_crc32_u64(c64, w);
  }
  uint32_t c32 = static_cast<uint32_t>(c64);
  for (; i < n; ++i) c32 = _mm_crc32_u8(c32, p[i]);
  return c32;
}

// a * b modulo the polynomial, both bit-reflected (zlib's multmodp).
constexpr uint32_t multmodp(uint32_t a, uint32_t b) {
  uint32_t m = 1u << 31, product = 0;
  for (;;) {
    if (a & m) {
      product ^= b;
      if ((a & (m - 1)) == 0) break;
    }
    m >>= 1;
    b = b & 1 ? (b >> 1) ^ kPoly : b >> 1;
  }
  return product;
}

// x^(8n) modulo the polynomial: what a register is multiplied by when n
// zero bytes follow (x^1 is 1 << 30 bit-reflected, x^0 is 1 << 31).
constexpr uint32_t shift_bytes(size_t n) {
  uint32_t x = 1u << 31, square = 1u << 30;  // x^0; x^(2^k) for bit k of 8n
  for (size_t bits = 8 * n; bits != 0; bits >>= 1) {
    if (bits & 1) x = multmodp(square, x);
    square = multmodp(square, square);
  }
  return x;
}

// Three lanes of kLane bytes at once: the crc32 instruction takes 3 cycles
// but starts one a cycle, so three independent chains run in the time of
// one (the 25 MB of the tagger's tables are checked at every start: ~3.3 ms
// in one chain). A block's registers join as
//   crc(A B C) = crc(A) * x^(16 kLane) + crc(B) * x^(8 kLane) + crc(C),
// B and C started from 0 (the register is linear in the bytes).
constexpr size_t kLane = 4096;

// Multiplication by a constant, a table of its products with each byte
// value in each byte position (the product is linear in the register).
struct ShiftTable {
  uint32_t t[4][256] = {};
  explicit constexpr ShiftTable(uint32_t k) {
    for (uint32_t j = 0; j < 4; ++j)
      for (uint32_t b = 0; b < 256; ++b) t[j][b] = multmodp(k, b << (8 * j));
  }
  uint32_t operator()(uint32_t v) const {
    return t[0][v & 0xff] ^ t[1][(v >> 8) & 0xff] ^ t[2][(v >> 16) & 0xff] ^ t[3][v >> 24];
  }
};
constexpr ShiftTable kShiftLane(shift_bytes(kLane)), kShiftTwoLanes(shift_bytes(2 * kLane));

__attribute__((target("sse4.2"))) uint32_t crc_sse42(uint32_t c, const unsigned char* p, size_t n) {
  auto word = [](const unsigned char* at) {
    uint64_t w;
    std::memcpy(&w, at, sizeof w);
    return w;
  };
  for (; n >= 3 * kLane; p += 3 * kLane, n -= 3 * kLane) {
    uint64_t a = c, b = 0, d = 0;
    for (size_t i = 0; i < kLane; i += 8) {
      a = _mm_crc32_u64(a, word(p + i));
      b = _mm_crc32_u64(b, word(p + kLane + i));
      d = _mm_crc32_u64(d, word(p + 2 * kLane + i));
    }
    c = kShiftTwoLanes(static_cast<uint32_t>(a)) ^ kShiftLane(static_cast<uint32_t>(b)) ^
        static_cast<uint32_t>(d);
  }
  return crc_chain(c, p, n);
}

bool has_sse42() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("sse4.2");
}
#endif

}  // namespace

uint32_t crc32c(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
#ifdef NEWSKG_CRC32C_SSE42
  static const bool sse42 = has_sse42();
  if (sse42) return ~crc_sse42(~uint32_t{0}, p, bytes.size());
#endif
  return ~crc_portable(~uint32_t{0}, p, bytes.size());
}

}  // namespace newskg::core
