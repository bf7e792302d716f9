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

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8("plain"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("caf\xc3\xa9"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("ab\xff" "cd"), 2u);
  EXPECT_EQ(find_invalid_utf8("ab\xc3"), 2u);  // truncated sequence
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

TEST(CaseFoldTest, KeepsAccents) { EXPECT_EQ(case_fold("ÉLAN"), "élan"); }

}  // namespace
}  // namespace newskg::core
