#include "newskg/tag/features.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace newskg::tag {
namespace {

WordInfo describe(std::string_view form) {
  WordInfo w;
  describe_word(form, nullptr, w);
  return w;
}

std::vector<uint64_t> keys_of(size_t (*f)(const WordInfo&, WordGroup, uint64_t*), const WordInfo& w,
                              WordGroup g) {
  uint64_t keys[kMaxFeatures];
  return std::vector<uint64_t>(keys, keys + f(w, g, keys));
}

bool contains(const std::vector<uint64_t>& keys, uint64_t key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// The clusters table is keyed by lower_form_hash at start-up and looked up
// by describe_word's `lower` while tagging: the two must agree on every
// form, cased, folded, non-ASCII, cut or broken.
TEST(LowerFormHashTest, IsDescribeWordsLowerHash) {
  const std::string long_word(kMaxWordBytes + 7, 'Q');
  for (std::string_view form : std::vector<std::string_view>{"hegseth", "Hegseth", "HEGSETH", "McCain's", "2016", "$3.5bn", "Zürich", "ÉLYSÉE", "naïve",
        "-LRB-", "``", "n't", "a\xC3", "\xE2\x80", "", std::string_view(long_word)}) {
    EXPECT_EQ(lower_form_hash(form), describe(form).lower) << form;
  }
  EXPECT_EQ(lower_form_hash("Hegseth"), lower_form_hash("hegseth"));
  EXPECT_EQ(lower_form_hash("2016"), lower_form_hash("1999"));
  EXPECT_NE(lower_form_hash("Zürich"), lower_form_hash("zurich"));
}

// The hashes are part of the model format: pinned, so that a change shows.
TEST(HashTest, IsPinned) {
  EXPECT_EQ(hash_bytes(""), 5272463233947570727ULL);
  EXPECT_EQ(hash_bytes("Hegseth"), 4451415268627977590ULL);
  EXPECT_EQ(hash_bytes("a twelve byte"), 9394418128654056824ULL);
  EXPECT_EQ(feature_key(Feature::Word, 42), 15664533255536094640ULL);
  EXPECT_NE(feature_key(Feature::Word, 42), feature_key(Feature::Form, 42));
  EXPECT_EQ(feature_name(Feature::PrevTagPos), "PrevTagPos");
}

TEST(DescribeWordTest, FoldsCaseAndDigits) {
  // "Hegseth" and "HEGSETH" share their lower-case form, not their form or shape.
  const WordInfo a = describe("Hegseth"), b = describe("HEGSETH"), c = describe("hegseth");
  EXPECT_EQ(a.lower, b.lower);
  EXPECT_EQ(a.lower, c.lower);
  EXPECT_NE(a.form, b.form);
  EXPECT_NE(a.shape, b.shape);
  // Digits fold to 0: "2016" ~ "1998", but not "16".
  EXPECT_EQ(describe("2016").lower, describe("1998").lower);
  EXPECT_NE(describe("2016").lower, describe("16").lower);
  EXPECT_NE(describe("2016").form, describe("1998").form);
}

TEST(DescribeWordTest, ShapesCutRunsAtFour) {
  // "Washington" -> "Xxxxx", like any capitalized word with four or more
  // lower-case letters after the capital; "Kyiv" is "Xxxx".
  EXPECT_EQ(describe("Washington").shape, describe("Hegseth").shape);
  EXPECT_NE(describe("Washington").shape, describe("Kyiv").shape);
  EXPECT_NE(describe("Washington").shape, describe("Ted").shape);  // "Xxx"
  EXPECT_EQ(describe("U.S.").shape, describe("U.K.").shape);       // "X.X."
  EXPECT_EQ(describe("3:40").shape, describe("9:15").shape);       // "d:dd"
  EXPECT_NE(describe("McCain").shape, describe("Mccain").shape);   // "XxXxxx" vs "Xxxxx"
  // Non-ASCII letters are letters with a case.
  EXPECT_EQ(describe("\xC3\x89lys\xC3\xA9"
                     "e")
                .shape,
            describe("Elysee").shape);  // Élysée
}

TEST(DescribeWordTest, Flags) {
  EXPECT_EQ(describe("Hegseth").flags, kCapitalized | kHasLetter);
  EXPECT_EQ(describe("NATO").flags, kCapitalized | kAllCaps | kHasLetter);
  EXPECT_EQ(describe("U.S.").flags, kCapitalized | kAllCaps | kHasLetter | kHasPeriod);
  EXPECT_EQ(describe("pre-2014").flags, kHasLetter | kHasDigit | kHasHyphen);
  EXPECT_EQ(describe("A").flags, kCapitalized | kHasLetter);  // one letter is not "all caps"
  EXPECT_EQ(describe("\xC3\x89lys\xC3\xA9"
                     "e")
                .flags,
            kCapitalized | kHasLetter);
  EXPECT_EQ(describe(",").flags, 0);
}

TEST(DescribeWordTest, AffixesOfTheLowerCaseForm) {
  const WordInfo a = describe("Hegseth"), b = describe("Seth"), c = describe("heat");
  EXPECT_EQ(a.suffix[2], b.suffix[2]);  // "eth"
  EXPECT_EQ(a.suffix[3], b.suffix[3]);  // "seth"
  EXPECT_NE(a.suffix[4], b.suffix[4]);  // "gseth" vs the whole "seth"
  EXPECT_EQ(a.prefix[1], c.prefix[1]);  // "he"
  EXPECT_NE(a.prefix[2], c.prefix[2]);  // "heg" vs "hea"
  // Affixes of different lengths never coincide, even when the word is short.
  EXPECT_NE(describe("a").suffix[0], describe("a").suffix[1]);
}

TEST(DescribeWordTest, LongWordsAreTheirFirstBytes) {
  const std::string url(60, 'x');
  const WordInfo a = describe(url), b = describe(url.substr(0, kMaxWordBytes));
  EXPECT_EQ(a.form, b.form);
  EXPECT_EQ(a.lower, b.lower);
  EXPECT_EQ(a.suffix[2], b.suffix[2]);
}

TEST(WordFeaturesTest, GroupsSeeTheirWordFromTheirPosition) {
  const WordInfo the = describe("the");
  // The same word as w0 and as w-1 gives different keys.
  const auto self = keys_of(pos_word_features, the, kSelf);
  const auto prev = keys_of(pos_word_features, the, kPrev);
  EXPECT_TRUE(contains(self, feature_key(Feature::Word, the.lower)));
  EXPECT_TRUE(contains(prev, feature_key(Feature::PrevWord, the.lower)));
  for (uint64_t k : prev) EXPECT_FALSE(contains(self, k));
  // No clusters, no cluster features; bags only for the entity model.
  EXPECT_TRUE(keys_of(pos_word_features, the, kLeftBag).empty());
  EXPECT_EQ(keys_of(ner_word_features, the, kLeftBag),
            std::vector<uint64_t>{feature_key(Feature::LeftBag, the.lower)});
}

TEST(StaticFeaturesTest, ArePositionsWordGroupsPlusContext) {
  // "the cat sat": position 1 sees "the" as w-1, "sat" as w+1, the start pad as
  // w-2 and the end pad as w+2, and is not the first word.
  const std::vector<WordInfo> words = {describe("the"), describe("cat"), describe("sat")};
  uint64_t keys[kMaxFeatures];
  const std::vector<uint64_t> got(keys, keys + pos_static_features(words.data(), 3, 1, keys));
  std::vector<uint64_t> want = keys_of(pos_word_features, words[1], kSelf);
  for (auto [w, g] : {std::pair{&words[0], kPrev},
                      {&sentence_start_word(), kPrev2},
                      {&words[2], kNext},
                      {&sentence_end_word(), kNext2}}) {
    auto k = keys_of(pos_word_features, *w, g);
    want.insert(want.end(), k.begin(), k.end());
  }
  EXPECT_EQ(got, want);
  // The first word also carries its flags as the sentence's first.
  const size_t n0 = pos_static_features(words.data(), 3, 0, keys);
  EXPECT_TRUE(contains(std::vector<uint64_t>(keys, keys + n0),
                       feature_key(Feature::FirstFlags, words[0].flags | kSentenceStart)));
}

TEST(StaticFeaturesTest, EntityBagsHoldFourWordsEachSide) {
  std::vector<WordInfo> words;
  for (const char* w : {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"})
    words.push_back(describe(w));
  std::vector<uint8_t> pos(words.size(), 0);
  const NerSentence s{words.data(), pos.data(), words.size(), kMixedCase};
  uint64_t keys[kMaxFeatures];
  const std::vector<uint64_t> got(keys, keys + ner_static_features(s, 5, keys));
  for (size_t j = 0; j < words.size(); ++j) {
    const bool left = j >= 1 && j<5, right = j> 5 && j <= 9;
    EXPECT_EQ(contains(got, feature_key(Feature::LeftBag, words[j].lower)), left) << j;
    EXPECT_EQ(contains(got, feature_key(Feature::RightBag, words[j].lower)), right) << j;
  }
}

TEST(SentenceCaseTest, TellsHeadlinesAndCapitals) {
  auto casing = [](std::vector<std::string> ws) {
    std::vector<WordInfo> words;
    for (const auto& w : ws) words.push_back(describe(w));
    return sentence_case(words.data(), words.size());
  };
  EXPECT_EQ(casing({"Black", "Lawmakers", "Rip", "Donald", "Trump", "As", "A", "Fraud"}),
            kTitleCase);
  EXPECT_EQ(casing({"BREAKING", "NEWS", ":", "STORM", "HITS", "COAST"}), kCapitals);
  EXPECT_EQ(casing({"Donald", "Trump", "said", "on", "Monday", "that", "he", "won"}), kMixedCase);
  EXPECT_EQ(casing({"Hi", "there"}), kMixedCase);  // too short to tell
}

}  // namespace
}  // namespace newskg::tag
