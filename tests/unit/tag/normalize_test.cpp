#include "newskg/tag/normalize.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newskg::tag {
namespace {

using text::TokenKind;

std::vector<std::string> pieces(std::string_view raw, TokenKind kind, bool single = false) {
  PtbPieces p;
  ptb_pieces(raw, kind, single, p);
  std::vector<std::string> out;
  for (int i = 0; i < p.count; ++i) out.emplace_back(p.piece[i]);
  return out;
}

using V = std::vector<std::string>;

TEST(PtbPiecesTest, MapsMarksToTheTreebankForms) {
  EXPECT_EQ(pieces("\xE2\x80\x9C", TokenKind::OpenQuote), V{"``"});  // “
  EXPECT_EQ(pieces("\"", TokenKind::OpenQuote), V{"``"});
  EXPECT_EQ(pieces("\xE2\x80\x9D", TokenKind::CloseQuote), V{"''"});       // ”
  EXPECT_EQ(pieces("\xE2\x80\x98", TokenKind::OpenQuote, true), V{"`"});   // ‘
  EXPECT_EQ(pieces("\xE2\x80\x99", TokenKind::CloseQuote, true), V{"'"});  // ’
  EXPECT_EQ(pieces("\xE2\x80\x99s", TokenKind::Possessive), V{"'s"});      // ’s
  EXPECT_EQ(pieces("(", TokenKind::Punct), V{"-LRB-"});
  EXPECT_EQ(pieces("]", TokenKind::Punct), V{"-RSB-"});
  EXPECT_EQ(pieces("\xE2\x80\x94", TokenKind::Punct), V{"--"});   // —
  EXPECT_EQ(pieces("\xE2\x80\x93", TokenKind::Punct), V{"--"});   // –
  EXPECT_EQ(pieces("\xE2\x80\xA6", TokenKind::Punct), V{"..."});  // …
  EXPECT_EQ(pieces(",", TokenKind::Punct), V{","});
}

TEST(PtbPiecesTest, SplitsWhatTheTreebankSplits) {
  EXPECT_EQ(pieces("isn\xE2\x80\x99t", TokenKind::Word), (V{"is", "n't"}));  // isn’t
  EXPECT_EQ(pieces("can't", TokenKind::Word), (V{"ca", "n't"}));
  EXPECT_EQ(pieces("Won't", TokenKind::Word), (V{"Wo", "n't"}));
  EXPECT_EQ(pieces("we\xE2\x80\x99re", TokenKind::Word), (V{"we", "'re"}));
  EXPECT_EQ(pieces("I'd", TokenKind::Word), (V{"I", "'d"}));
  EXPECT_EQ(pieces("they'll", TokenKind::Word), (V{"they", "'ll"}));
  EXPECT_EQ(pieces("cannot", TokenKind::Word), (V{"can", "not"}));
  EXPECT_EQ(pieces("gonna", TokenKind::Word), (V{"gon", "na"}));
  EXPECT_EQ(pieces("5%", TokenKind::Number), (V{"5", "%"}));
  EXPECT_EQ(pieces("12.5%", TokenKind::Number), (V{"12.5", "%"}));
}

TEST(PtbPiecesTest, KeepsOtherWordsWhole) {
  EXPECT_EQ(pieces("O\xE2\x80\x99Malley", TokenKind::Word), V{"O'Malley"});  // O’Malley
  EXPECT_EQ(pieces("rock'n'roll", TokenKind::Word), V{"rock'n'roll"});
  EXPECT_EQ(pieces("U.S.", TokenKind::Word), V{"U.S."});
  EXPECT_EQ(pieces("pre-2014", TokenKind::Word), V{"pre-2014"});
  EXPECT_EQ(pieces("Hegseth", TokenKind::Word), V{"Hegseth"});
  EXPECT_EQ(pieces("Canon", TokenKind::Word), V{"Canon"});
  EXPECT_EQ(pieces("3,000", TokenKind::Number), V{"3,000"});
  EXPECT_EQ(pieces("\xE2\x82\xAC"
                   "5",
                   TokenKind::Word),
            V{"$5"});  // €5
}

}  // namespace
}  // namespace newskg::tag
