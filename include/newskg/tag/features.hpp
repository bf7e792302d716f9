#pragma once
// The features of the part-of-speech and entity taggers, named in one place.
//
// A word is described once (WordInfo: hashes of its forms, affixes and shape);
// a feature is a template mixed with one such hash, giving a 64-bit key that
// the model looks up. No strings are built: every hash is computed over the
// word's bytes as they are read.
//
//   "Hegseth" -> form "Hegseth", lower "hegseth", shape "Xxxxx", suffix3 "eth"
//   "2016"    -> lower "0000", shape "dddd"       (digits fold to 0 in `lower`)
//   "U.S."    -> shape "X.X."
//
// Speed comes from where the features look. Nearly all of them see one word
// only (w0's suffix, w-1's lower case, w+3 somewhere in the window); they are
// grouped by where that word stands relative to the position being tagged, so
// a Tagger sums each group's weights once per vocabulary word when it loads.
// The rest see small domains only (POS tags, previous labels, the sentence's
// casing) and become dense tables. Tagging position i is then a handful of
// row additions:
//
//   score(i) = W[w_i].self + W[w_i-1].prev + W[w_i-2].prev2 + W[w_i+1].next
//            + W[w_i+2].next2 (+ W[w_i-d].left_bag + W[w_i+d].right_bag, d = 1..4)
//            + T[POS tags around i] + T[previous labels] (+ sentence start, casing)
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newskg/core/bytes.hpp"

namespace newskg::tag {

class WordClusters;

// splitmix64's finalizer: a bijection that spreads every input bit.
constexpr uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
// The string hash of the layer (word forms, file checksums): core::hash_words
// finished by mix64. Affix hashes, which grow
// a byte at a time, use FNV-1a (features.cpp). Inline: the tagger hashes
// every piece of every sentence.
inline uint64_t hash_bytes(std::string_view s) { return mix64(core::hash_words<true>(s)); }

// Feature templates. Keys mix the template's index with a value hash, so
// renaming is free but reordering or changing what a template means needs
// kFeatureVersion bumped (models record the signature and refuse to load).
// clang-format off
#define NEWSKG_TAG_FEATURES(X)                                                        \
  /* the word itself (group kSelf) */                                                 \
  X(Bias) X(Word) X(Form) X(Prefix1) X(Prefix2) X(Prefix3) X(Prefix4)                 \
  X(Suffix1) X(Suffix2) X(Suffix3) X(Suffix4) X(Suffix5) X(Suffix6)                   \
  X(Shape)  /* classes, runs cut at four: "Xxxxx", "X.X.", "dddd", "d:dd" */          \
  X(Flags) X(Cluster4) X(Cluster8) X(Cluster12) X(Cluster)                            \
  /* its neighbours (groups kPrev, kPrev2, kNext, kNext2) */                          \
  X(PrevWord) X(PrevForm) X(PrevSuffix3) X(PrevShape) X(PrevCluster) X(PrevCluster8)  \
  X(Prev2Word)                                                                        \
  X(NextWord) X(NextForm) X(NextSuffix3) X(NextShape) X(NextCluster) X(NextCluster8)  \
  X(Next2Word)                                                                        \
  /* any word among w-4..w-1 / w+1..w+4 (groups kLeftBag, kRightBag) */              \
  X(LeftBag) X(RightBag)                                                              \
  /* small domains */                                                                 \
  X(FirstFlags)                     /* flags of the sentence's first word */          \
  X(SentenceShape) X(SentenceWord)  /* headline or capitals sentence x w0 */          \
  X(Pos) X(PrevPos) X(NextPos) X(PrevPosPos) X(PosNextPos)  /* predicted POS */       \
  X(PrevTag) X(Prev2Tags) X(PrevTagPos)                     /* earlier decisions */
// clang-format on

enum class Feature : uint16_t {
#define NEWSKG_X(name) name,
  NEWSKG_TAG_FEATURES(NEWSKG_X)
#undef NEWSKG_X
      Count
};
std::string_view feature_name(Feature f);

inline constexpr uint32_t kFeatureVersion = 1;
// A fingerprint of the template names and kFeatureVersion, written into models.
uint64_t feature_signature();

constexpr uint64_t feature_key(Feature f, uint64_t value) {
  uint64_t k = mix64(value ^ (0x9e3779b97f4a7c15ULL * (static_cast<uint64_t>(f) + 1)));
  return k == 0 ? 1 : k;  // 0 marks an empty slot in the model's table
}

enum WordFlag : uint8_t {
  kCapitalized = 1,  // first letter upper case
  kAllCaps = 2,      // every letter upper case, at least two letters
  kHasDigit = 4,
  kHasHyphen = 8,
  kHasPeriod = 16,
  kHasLetter = 32,
  kSentenceStart = 64,  // only in FirstFlags
};
inline constexpr int kFlagValues = 128;

inline constexpr int kNumPrefixes = 4;  // 1..4 bytes
inline constexpr int kNumSuffixes = 6;  // 1..6 bytes

// Everything the features need to know about one word, computed once.
struct WordInfo {
  uint64_t form = 0;
  uint64_t lower = 0;
  uint64_t shape = 0;
  uint64_t prefix[kNumPrefixes] = {};
  uint64_t suffix[kNumSuffixes] = {};
  uint32_t cluster = 0;  // bit path of the word's cluster, 1-prefixed (0: no cluster)
  uint8_t flags = 0;
};

// What the context features need of a word (its other features are in the
// Tagger's precomputed group sums).
struct WordBrief {
  uint64_t lower = 0;
  uint64_t shape = 0;
  uint8_t flags = 0;
  static WordBrief of(const WordInfo& w) { return WordBrief{w.lower, w.shape, w.flags}; }
};

// Describes a word given in its normalized form ("``", "n't", "-LRB-", "Hegseth").
// Words longer than kMaxWordBytes are described by their first kMaxWordBytes bytes.
inline constexpr size_t kMaxWordBytes = 48;
void describe_word(std::string_view form, const WordClusters* clusters, WordInfo& info);
// describe_word's `lower` alone (ASCII letters lower-cased, digits folded to
// 0, other bytes kept), for tables keyed by it that are built at start-up.
uint64_t lower_form_hash(std::string_view form);

// Stand-ins for the positions before and after a sentence.
const WordInfo& sentence_start_word();
const WordInfo& sentence_end_word();

// ---------------------------------------------------------------- word groups

enum WordGroup : uint8_t { kSelf, kPrev, kPrev2, kNext, kNext2, kLeftBag, kRightBag };
inline constexpr int kPosGroups = 5;  // kSelf..kNext2
inline constexpr int kNerGroups = 7;  // kSelf..kRightBag
inline constexpr int kBagWidth = 4;
inline constexpr size_t kMaxFeatures = 96;  // keys of any one call, with room to spare

// Keys of word w's features in group g.
size_t pos_word_features(const WordInfo& w, WordGroup g, uint64_t* out);
size_t ner_word_features(const WordInfo& w, WordGroup g, uint64_t* out);

// ---------------------------------------------------------------- small domains
// POS tags as feature values: the tag's class, or these for the pads.
inline constexpr int kPosBefore = 45, kPosAfter = 46, kPosValues = 47;
// Earlier decisions as feature values: class + 1, 0 before the sentence.

// Both models: the first word's flags (| kSentenceStart).
size_t first_word_features(uint8_t flags, uint64_t* out);
// POS model: the two previous tags.
size_t pos_history_features(int prev_plus1, int prev2_plus1, uint64_t* out);

// How a sentence is cased: headlines ("Black Lawmakers Rip Donald Trump") and
// capitals ("BREAKING NEWS") read otherwise.
enum SentenceCase : uint8_t { kMixedCase = 0, kTitleCase = 1, kCapitals = 2 };
uint8_t sentence_case(const WordInfo* words, size_t n);
uint8_t sentence_case(const WordBrief* words, size_t n);

// Entity model.
size_t ner_casing_features(uint8_t casing, uint64_t lower, uint64_t shape,
                           uint64_t* out);                            // none if mixed
size_t ner_pos_left_features(int prev_pos, int pos, uint64_t* out);   // tags of w-1, w0
size_t ner_pos_right_features(int pos, int next_pos, uint64_t* out);  // tags of w0, w+1
size_t ner_history_features(int prev_plus1, int prev2_plus1, uint64_t* out);
size_t ner_history_pos_features(int prev_plus1, int pos, uint64_t* out);

// ---------------------------------------------------------------- all together
// The keys of position i of a sentence of n words, as training sees them:
// static ones (word groups, sentence start, POS, casing) and dynamic ones
// (earlier decisions `prev`/`prev2`, class indices, -1 before the sentence).
// The Tagger's precomputed sums give exactly the scores of these keys.
size_t pos_static_features(const WordInfo* words, size_t n, size_t i, uint64_t* out);
size_t pos_dynamic_features(size_t i, int prev, int prev2, uint64_t* out);

// Words, their predicted POS classes and the sentence's casing.
struct NerSentence {
  const WordInfo* words = nullptr;
  const uint8_t* pos = nullptr;
  size_t n = 0;
  uint8_t casing = kMixedCase;
};
// A POS class, or kPosBefore / kPosAfter outside the sentence.
inline int pos_value(const NerSentence& s, ptrdiff_t i) {
  if (i < 0) return kPosBefore;
  if (static_cast<size_t>(i) >= s.n) return kPosAfter;
  return s.pos[i];
}
size_t ner_static_features(const NerSentence& s, size_t i, uint64_t* out);
size_t ner_dynamic_features(const NerSentence& s, size_t i, int prev, int prev2, uint64_t* out);

}  // namespace newskg::tag
