#include "newskg/text/segment.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newskg::text {
namespace {

const std::unordered_set<std::string_view> kAbbrev = {"Mr.", "U.S.", "Gen.", "Dr."};

std::vector<std::string> words(const std::string& text) {
  SegmentOptions opt;
  opt.abbreviations = &kAbbrev;
  auto seg = segment(text, opt);
  std::vector<std::string> out;
  for (const auto& t : seg.tokens) out.emplace_back(t.span.of(text));
  return out;
}

TEST(TokenizeTest, KeepsAbbreviationsInitialsAndInnerJoiners) {
  EXPECT_EQ(words("U.S. Defense Secretary Pete Hegseth’s trip"),
            (std::vector<std::string>{"U.S.", "Defense", "Secretary", "Pete", "Hegseth", "’s",
                                      "trip"}));
  EXPECT_EQ(words("Donald J. Trump, pre-2014 borders isn’t $1.2 billion, 5%."),
            (std::vector<std::string>{"Donald", "J.", "Trump", ",", "pre-2014", "borders",
                                      "isn’t", "$", "1.2", "billion", ",", "5%", "."}));
  EXPECT_EQ(words("Mr. Abbas met O'Brien."),
            (std::vector<std::string>{"Mr.", "Abbas", "met", "O'Brien", "."}));
}

// A web address's domain is one word ("GunBroker.com", "bbc.co.uk"), not
// a name, a full stop and a word; a full stop without its space before a
// word that is no domain still ends the word ("end.Then").
TEST(TokenizeTest, ADomainNameIsOneWord) {
  EXPECT_EQ(words("the website GunBroker.com said it, news.bbc.co.uk reported."),
            (std::vector<std::string>{"the", "website", "GunBroker.com", "said", "it", ",",
                                      "news.bbc.co.uk", "reported", "."}));
  EXPECT_EQ(words("at the end.Then comes"),
            (std::vector<std::string>{"at", "the", "end", ".", "Then", "comes"}));
}

// A left single mark typed for the apostrophe of a possessive ("Swift‘s new
// album") is the possessive; a left mark that opens a quotation is not.
TEST(TokenizeTest, ALeftSingleMarkBeforeAFinalSIsAPossessive) {
  SegmentOptions opt;
  const std::string text = "Taylor Swift‘s new album. He said ‘so long’ twice.";
  auto seg = segment(text, opt);
  std::vector<std::string> toks;
  std::vector<TokenKind> kinds;
  for (const auto& t : seg.tokens) {
    toks.emplace_back(t.span.of(text));
    kinds.push_back(t.kind);
  }
  ASSERT_GE(toks.size(), 4u);
  EXPECT_EQ(toks[1], "Swift");
  EXPECT_EQ(toks[2], "‘s");
  EXPECT_EQ(kinds[2], TokenKind::Possessive);
  EXPECT_EQ(seg.quotes.size(), 1u);
}

TEST(TokenizeTest, FlagsCapitalsAndAllCaps) {
  std::string text = "NATO and Nato said on X. É";
  auto seg = segment(text);
  ASSERT_EQ(seg.tokens.size(), 8u);
  EXPECT_TRUE(seg.tokens[0].all_upper);
  EXPECT_TRUE(seg.tokens[0].upper);
  EXPECT_FALSE(seg.tokens[1].upper);
  EXPECT_TRUE(seg.tokens[2].upper);
  EXPECT_FALSE(seg.tokens[2].all_upper);
  EXPECT_EQ(seg.tokens[5].span.of(text), "X");  // a sentence end, not an initial
  EXPECT_TRUE(seg.tokens[7].all_upper);         // non-ASCII capital
}

TEST(SentenceTest, SplitsOnTerminalsButNotAbbreviationsOrInsideWords) {
  std::string text = "Mr. Abbas spoke in the U.S. capital. He left.\nNew paragraph here";
  SegmentOptions opt;
  opt.abbreviations = &kAbbrev;
  auto seg = segment(text, opt);
  ASSERT_EQ(seg.sentences.size(), 3u);
  EXPECT_EQ(seg.sentences[0].span.of(text), "Mr. Abbas spoke in the U.S. capital.");
  EXPECT_EQ(seg.sentences[1].span.of(text), "He left.");
  EXPECT_EQ(seg.sentences[2].paragraph, 1u);
  EXPECT_EQ(seg.paragraphs.size(), 2u);
}

TEST(SentenceTest, ClosingQuoteStaysWithItsSentence) {
  std::string text = "He called it an “illusionary goal.” Then he left.";
  auto seg = segment(text);
  ASSERT_EQ(seg.sentences.size(), 2u);
  EXPECT_EQ(seg.sentences[0].span.of(text), "He called it an “illusionary goal.”");
}

TEST(QuoteTest, PairsCurlyAndStraightMarks) {
  std::string text = "“We are here,” he said. \"Straight one,\" she added.";
  auto seg = segment(text);
  ASSERT_EQ(seg.quotes.size(), 2u);
  EXPECT_EQ(seg.quotes[0].inner.of(text), "We are here,");
  EXPECT_EQ(seg.quotes[1].inner.of(text), "Straight one,");
  EXPECT_FALSE(seg.quotes[0].unterminated);
}

TEST(QuoteTest, DoubledSingleMarksAreDoubleQuotes) {
  std::string text = "''It has the virtue,'' he said. ``Another one,'' she added.";
  auto seg = segment(text);
  ASSERT_EQ(seg.quotes.size(), 2u);
  EXPECT_EQ(seg.quotes[0].inner.of(text), "It has the virtue,");
  EXPECT_EQ(seg.quotes[1].inner.of(text), "Another one,");
  EXPECT_FALSE(seg.quotes[0].single);
}

TEST(QuoteTest, NestedSinglesBelongToTheOuterQuote) {
  std::string text = "“He told me ‘no way’ today,” she said.";
  auto seg = segment(text);
  ASSERT_EQ(seg.quotes.size(), 1u);
  EXPECT_EQ(seg.quotes[0].inner.of(text), "He told me ‘no way’ today,");
}

TEST(QuoteTest, TopLevelSingleQuotesAndApostrophes) {
  std::string text = "Abbas 'will not tolerate' attacks on the allies' bases";
  auto seg = segment(text);
  ASSERT_EQ(seg.quotes.size(), 1u);
  EXPECT_TRUE(seg.quotes[0].single);
  EXPECT_EQ(seg.quotes[0].inner.of(text), "will not tolerate");
}

TEST(QuoteTest, UnterminatedQuoteEndsAtItsParagraph) {
  std::string text = "“First part of it.\n“Second part,” he said.\nNext paragraph is plain.";
  auto seg = segment(text);
  ASSERT_EQ(seg.quotes.size(), 2u);
  EXPECT_TRUE(seg.quotes[0].unterminated);
  EXPECT_EQ(seg.quotes[0].inner.of(text), "First part of it.");
  EXPECT_EQ(seg.quotes[1].inner.of(text), "Second part,");
  EXPECT_EQ(seg.quotes[1].paragraph, 1u);
}

TEST(QuoteTest, ANewOpeningInTheSameParagraphContinuesTheVoice) {
  std::string text = "\"First part. \"Second part,\" he said.";
  auto seg = segment(text);
  ASSERT_EQ(seg.quotes.size(), 2u);
  EXPECT_TRUE(seg.quotes[0].unterminated);
  EXPECT_TRUE(seg.quotes[0].continued);
  EXPECT_EQ(seg.quotes[0].inner.of(text), "First part.");
  EXPECT_FALSE(seg.quotes[1].unterminated);
}

TEST(QuoteTest, StrayMarksNeverSwallowTheArticle) {
  std::string text = "He said ” oddly.\nAnd “ never closed\nThird paragraph.";
  auto seg = segment(text);
  for (const auto& q : seg.quotes) EXPECT_LT(q.inner.end, text.find("Third"));
}

// A "sentence" with no full stop for thousands of words (issue 14: a 200 KB
// one made extraction quadratic) is cut at a token boundary, preferably after
// a comma in the second half of the window.
TEST(SentenceTest, ARunOnTextIsCutAfterACommaWithinTheTokenLimit) {
  std::string text = "A , b c , d e f g h i j";
  SegmentOptions opt;
  opt.max_sentence_tokens = 6;
  auto seg = segment(text, opt);
  std::vector<std::string> got;
  for (const auto& s : seg.sentences) got.emplace_back(s.span.of(text));
  // "A , b c , d" would be 6 tokens: cut after the comma in its second half.
  EXPECT_EQ(got, (std::vector<std::string>{"A , b c ,", "d e f g h i", "j"}));
  for (uint32_t t = 0; t < seg.tokens.size(); ++t)
    EXPECT_LT(seg.sentence_of[t], seg.sentences.size());
}

TEST(SentenceTest, ARunOnTextIsCutWithinTheByteLimit) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word" + std::to_string(i) + " ";
  SegmentOptions opt;
  opt.max_sentence_bytes = 100;
  auto seg = segment(text, opt);
  ASSERT_GT(seg.sentences.size(), 60u);
  uint32_t covered = 0;
  for (const auto& s : seg.sentences) {
    EXPECT_LE(s.span.size(), 100u);
    EXPECT_EQ(s.first, covered);  // no token lost or repeated
    covered = s.last;
  }
  EXPECT_EQ(covered, seg.tokens.size());
}

TEST(SentenceTest, TheDefaultLimitsLeaveLongRealSentencesWhole) {
  // 120 words and commas, far beyond a normal sentence, stays one sentence.
  std::string text = "He said";
  for (int i = 0; i < 60; ++i) text += " that the fee, ";
  text += "would rise.";
  auto seg = segment(text);
  EXPECT_EQ(seg.sentences.size(), 1u);
}

// Every field of a token as the segmenter writes it (it packs them into the
// Token's two 8-byte halves): case flags, paragraph starts, single marks.
TEST(TokenizeTest, SetsEveryFieldOfEachToken) {
  const std::string text = "NATO and eBay\n\u2018Yes\u2019 Zo\u00eb 42";
  auto seg = segment(text);
  struct Want {
    std::string form;
    TokenKind kind;
    bool upper, all_upper, para_start, single_mark;
  };
  const std::vector<Want> want = {
      {"NATO", TokenKind::Word, true, true, true, false},
      {"and", TokenKind::Word, false, false, false, false},
      {"eBay", TokenKind::Word, false, false, false, false},
      {"\u2018", TokenKind::OpenQuote, false, false, true, true},
      {"Yes", TokenKind::Word, true, false, false, false},
      {"\u2019", TokenKind::CloseQuote, false, false, false, true},
      {"Zo\u00eb", TokenKind::Word, true, false, false, false},
      {"42", TokenKind::Number, false, false, false, false},
  };
  ASSERT_EQ(seg.tokens.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const Token& t = seg.tokens[i];
    EXPECT_EQ(t.span.of(text), want[i].form) << i;
    EXPECT_EQ(t.kind, want[i].kind) << i;
    EXPECT_EQ(t.upper, want[i].upper) << i;
    EXPECT_EQ(t.all_upper, want[i].all_upper) << i;
    EXPECT_EQ(t.para_start, want[i].para_start) << i;
    EXPECT_EQ(t.single_mark, want[i].single_mark) << i;
  }
  ASSERT_EQ(seg.paragraphs.size(), 2u);
  EXPECT_EQ(seg.paragraphs[0].of(text), "NATO and eBay");
}

// A sentence is cut where a token would end more than max_sentence_bytes
// after the sentence's first token begins, and not at exactly that many.
TEST(SentenceTest, TheByteLimitCountsFromTheSentenceStart) {
  const std::string text = "aaaa bbbb cccc dddd";  // tokens end at 4, 9, 14, 19
  SegmentOptions opt;
  opt.max_sentence_bytes = 14;
  auto seg = segment(text, opt);
  std::vector<std::string> got;
  for (const auto& s : seg.sentences) got.emplace_back(s.span.of(text));
  EXPECT_EQ(got, (std::vector<std::string>{"aaaa bbbb cccc", "dddd"}));
}

}  // namespace
// "Bernie Sanders’ campaign says": a mark after a name ending in s, before a
// lower-case word, that closes no quotation is a plural possessive; one
// that closes a single-quoted title is still a quotation mark.
TEST(TokenizeTest, AMarkAfterANameInSIsAPossessiveWhenItClosesNothing) {
  const std::string text = "Bernie Sanders’ campaign says it raised more. He called it ‘the Jones’ and left.";
  auto seg = segment(text, SegmentOptions{});
  std::vector<TokenKind> kinds;
  std::vector<std::string> toks;
  for (const auto& t : seg.tokens) {
    toks.emplace_back(t.span.of(text));
    kinds.push_back(t.kind);
  }
  ASSERT_GE(toks.size(), 4u);
  EXPECT_EQ(toks[1], "Sanders");
  EXPECT_EQ(toks[2], "’");
  EXPECT_EQ(kinds[2], TokenKind::Possessive);
  ASSERT_EQ(seg.quotes.size(), 1u);
  EXPECT_EQ(seg.quotes[0].inner.of(text), "the Jones");
}

}  // namespace newskg::text
