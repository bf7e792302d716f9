#include "newskg/core/unicode.hpp"

#include <gtest/gtest.h>

namespace newskg::core {
namespace {

TEST(NameKeyTest, FoldsCaseAccentsAndPunctuation) {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"U.S.", "us"},
      {"Zelenskyy’s", "zelenskyys"},
      {"Pérez-Reverte", "perez reverte"},
      {"  NATO ", "nato"},
      {"O’Brien", "obrien"},
      {"Insights & Analysis", "insights & analysis"},
      {"ＮＡＴＯ", "nato"},  // full-width compatibility forms
  };
  for (const auto& c : cases) EXPECT_EQ(name_key(c.in), c.out) << c.in;
}

TEST(NameKeyTest, AnAsciiKeyIsItsOwnKey) {
  for (const char* s : {"", "us", "perez reverte", "insights & analysis", "g8 summit"}) {
    EXPECT_TRUE(is_name_key(s)) << s;
    EXPECT_EQ(name_key(s), s) << s;
  }
  // Everything name_key() would change, and keys past ASCII, are not.
  for (const char* s : {"US", " us", "us ", "perez  reverte", "perez-reverte", "u.s.",
                        "caf\xc3\xa9", "a\tb", "o'brien", "\x01"})
    EXPECT_FALSE(is_name_key(s)) << s;
  // Bytes name_key() drops, NUL among them.
  EXPECT_FALSE(is_name_key(std::string_view("a\0b", 3)));
  EXPECT_FALSE(is_name_key(std::string_view("\0", 1)));
  // name_key() of ASCII text is always one.
  for (const char* s : {"U.S.", "  NATO ", "Insights & Analysis", "a -- b / c_d", "x\ty\nz", "--"})
    EXPECT_TRUE(is_name_key(name_key(s))) << s;
}

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8("plain"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("caf\xc3\xa9"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("ab\xff" "cd"), 2u);
  EXPECT_EQ(find_invalid_utf8("ab\xc3"), 2u);  // truncated sequence
}

TEST(Utf8Test, MakeValidReplacesEachBadByteWithTheReplacementCharacter) {
  struct Case {
    std::string in, out;
    size_t replaced;
  };
  const Case cases[] = {
      {"plain", "plain", 0},
      {"caf\xc3\xa9", "caf\xc3\xa9", 0},
      {"\xef\xbf\xbd kept", "\xef\xbf\xbd kept", 0},  // a real U+FFFD is no repair
      {"\xff\n", "\xef\xbf\xbd\n", 1},
      {"a\x85" "b", "a\xef\xbf\xbd" "b", 1},  // YAML's "\N" as yaml-cpp decodes it
      {"ab\xc3", "ab\xef\xbf\xbd", 1},          // truncated sequence at the end
      {"\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3},  // a surrogate, byte by byte
      {"\xc3\xa9\xfe\xc3\xa9", "\xc3\xa9\xef\xbf\xbd\xc3\xa9", 1},
  };
  for (const auto& c : cases) {
    std::string s = c.in;
    EXPECT_EQ(make_valid_utf8(s), c.replaced) << c.in;
    EXPECT_EQ(s, c.out) << c.in;
    EXPECT_EQ(find_invalid_utf8(s), std::string_view::npos) << c.in;
  }
}

TEST(CharIndexTest, CountsCodePointsNotBytes) {
  // "“Hi”" is 3 + 2 + 3 bytes but 4 characters.
  std::string text = "\xe2\x80\x9cHi\xe2\x80\x9d!";
  CharIndex idx(text);
  EXPECT_EQ(idx.to_char(0), 0u);
  EXPECT_EQ(idx.to_char(3), 1u);
  EXPECT_EQ(idx.to_char(5), 3u);
  EXPECT_EQ(idx.to_char(8), 4u);
  EXPECT_EQ(idx.to_char(static_cast<uint32_t>(text.size())), 5u);
}

// Every offset of texts that mix ASCII runs longer and shorter than the
// eight bytes the index skips at once with characters of 2, 3 and 4 bytes,
// against a count made byte by byte.
TEST(CharIndexTest, EveryOffsetAgreesWithCountingByByte) {
  const std::vector<std::string> pieces = {"a", "abcdefgh", "abcdefghijklmnopq", "\xc3\xa9",
                                           "\xe2\x80\x9c", "\xf0\x9f\x98\x80", " "};
  for (size_t seed = 0; seed < 200; ++seed) {
    std::string text;
    for (size_t k = 0, x = seed; k < 12; ++k, x = x * 6364136223846793005ull + 1442695040888963407ull)
      text += pieces[(x >> 33) % pieces.size()];
    const CharIndex idx(text);
    uint32_t starts = 0;
    for (size_t i = 0; i <= text.size() + 2; ++i) {
      ASSERT_EQ(idx.to_char(static_cast<uint32_t>(i)), starts) << "offset " << i << " of " << text;
      if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++starts;
    }
  }
}

TEST(CaseFoldTest, KeepsAccents) { EXPECT_EQ(case_fold("ÉLAN"), "élan"); }

}  // namespace
}  // namespace newskg::core
