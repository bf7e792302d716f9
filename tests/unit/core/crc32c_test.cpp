#include "newskg/core/crc32c.hpp"

#include <gtest/gtest.h>

#include <string>

namespace newskg::core {
namespace {

TEST(Crc32cTest, KnownValues) {
  EXPECT_EQ(crc32c(""), 0u);
  EXPECT_EQ(crc32c("a"), 0xc1d04330u);
  EXPECT_EQ(crc32c("123456789"), 0xe3069283u);            // the standard check value
  EXPECT_EQ(crc32c(std::string(32, '\0')), 0x8a9136aau);  // RFC 3720 B.4
  EXPECT_EQ(crc32c(std::string(32, '\xff')), 0x62a8ab43u);
}

// Every length around the word and four-word steps, and every single bit
// flipped, changes the value (the word and byte paths agree on the rest).
TEST(Crc32cTest, EveryByteCounts) {
  std::string s;
  for (int i = 0; i < 100; ++i) s += static_cast<char>(i * 37 + 11);
  for (size_t n = 0; n < s.size(); ++n) {
    const std::string_view v(s.data(), n);
    EXPECT_NE(crc32c(v), crc32c(std::string_view(s.data(), n + 1))) << n;
    for (size_t at = 0; at < n; at += 7) {
      std::string flipped(v);
      flipped[at] ^= 0x04;
      EXPECT_NE(crc32c(flipped), crc32c(v)) << n << " " << at;
    }
  }
}

// The CRC a bit at a time, as RFC 3720 defines it.
uint32_t crc32c_bitwise(std::string_view bytes) {
  uint32_t c = ~0u;
  for (char ch : bytes) {
    c ^= static_cast<unsigned char>(ch);
    for (int k = 0; k < 8; ++k) c = c & 1 ? (c >> 1) ^ 0x82f63b78u : c >> 1;
  }
  return ~c;
}

// Long inputs go three 4 KB lanes at a time, their values joined: every
// length around one, two and five blocks of three lanes (12 KB) gives the
// bit-by-bit value, and so does a byte flipped in each lane.
TEST(Crc32cTest, BlocksOfLanesGiveTheBitByBitValue) {
  std::string s(5 * 12288 + 64, '\0');
  uint32_t x = 12345;
  for (char& c : s) {
    x = x * 1103515245u + 12345u;
    c = static_cast<char>(x >> 24);
  }
  for (size_t block : {12288, 2 * 12288, 5 * 12288})
    for (size_t n = block - 9; n <= block + 9; ++n) {
      const std::string_view v(s.data(), n);
      EXPECT_EQ(crc32c(v), crc32c_bitwise(v)) << n;
    }
  for (size_t at : {0, 4095, 4096, 8191, 8192, 12287, 12288, 20000}) {
    std::string flipped = s.substr(0, 2 * 12288 + 5);
    flipped[at] ^= 0x40;
    EXPECT_EQ(crc32c(flipped), crc32c_bitwise(flipped)) << at;
    EXPECT_NE(crc32c(flipped), crc32c(std::string_view(s.data(), flipped.size()))) << at;
  }
}

}  // namespace
}  // namespace newskg::core
