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

}  // namespace
}  // namespace newskg::core
