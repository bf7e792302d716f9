#include "newskg/tag/features.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "newskg/core/unicode.hpp"
#include "newskg/tag/clusters.hpp"

namespace newskg::tag {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

constexpr std::string_view kFeatureNames[] = {
#define NEWSKG_X(name) #name,
    NEWSKG_TAG_FEATURES(NEWSKG_X)
#undef NEWSKG_X
};
static_assert(std::size(kFeatureNames) == static_cast<size_t>(Feature::Count));

// Streaming FNV-1a, finished by mix64 so that similar strings land far apart.
struct Hasher {
  uint64_t h = kFnvOffset;
  void add(unsigned char c) { h = (h ^ c) * kFnvPrime; }
  uint64_t done() const { return mix64(h); }
};

uint64_t hash_range(const unsigned char* b, size_t n) {
  Hasher h;
  for (size_t i = 0; i < n; ++i) h.add(b[i]);
  return h.done();
}

char shape_class(int32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return 'X';
  if (cp >= 'a' && cp <= 'z') return 'x';
  if (cp >= '0' && cp <= '9') return 'd';
  if (cp < 0x80) return static_cast<char>(cp);
  if (core::is_letter(cp)) return core::is_upper(cp) ? 'X' : 'x';
  if (core::is_digit(cp)) return 'd';
  return 'o';
}

WordInfo make_pad(std::string_view name) {
  WordInfo w;
  uint64_t h = hash_bytes(name);
  w.form = w.lower = w.shape = h;
  for (auto& p : w.prefix) p = h;
  for (auto& s : w.suffix) s = h;
  return w;
}

// Cluster prefix of `bits` path bits; a shorter path stands for itself.
uint64_t cluster_prefix(uint32_t path, int bits) {
  if (path == 0) return 0;
  int len = std::bit_width(path) - 1;
  return len <= bits ? path : path >> (len - bits);
}

const WordInfo& at(const WordInfo* words, size_t n, ptrdiff_t i) {
  if (i < 0) return sentence_start_word();
  if (static_cast<size_t>(i) >= n) return sentence_end_word();
  return words[i];
}

uint64_t pair(int a, int b) { return static_cast<uint64_t>(a) << 16 | static_cast<uint64_t>(b); }

}  // namespace

std::string_view feature_name(Feature f) { return kFeatureNames[static_cast<size_t>(f)]; }

uint64_t feature_signature() {
  Hasher h;
  for (auto name : kFeatureNames) {
    for (char c : name) h.add(static_cast<unsigned char>(c));
    h.add(0);
  }
  for (int i = 0; i < 4; ++i) h.add(static_cast<unsigned char>(kFeatureVersion >> (8 * i)));
  return h.done();
}

const WordInfo& sentence_start_word() {
  static const WordInfo w = make_pad("-START-");
  return w;
}
const WordInfo& sentence_end_word() {
  static const WordInfo w = make_pad("-END-");
  return w;
}

void describe_word(std::string_view form, const WordClusters* clusters, WordInfo& info) {
  if (form.size() > kMaxWordBytes) form = form.substr(0, kMaxWordBytes);
  const auto* b = reinterpret_cast<const unsigned char*>(form.data());
  const size_t n = form.size();

  // One pass: lower case with digits folded to 0 ("McCain's" -> "mccain's",
  // "2016" -> "0000"), flags, and the shape: character classes with runs cut
  // at four ("Washington" -> "Xxxxx", "McCain" -> "XxXxxx", "2016" -> "dddd").
  unsigned char lower[kMaxWordBytes];
  uint8_t flags = 0;
  int letters = 0, uppers = 0;
  Hasher shape;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    bool letter = false, upper = false;
    if (b[i] < 0x80) {
      unsigned char c = b[i];
      cp = c;
      if (c >= 'A' && c <= 'Z') {
        letter = upper = true;
        c = static_cast<unsigned char>(c - 'A' + 'a');
      } else if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (c >= '0' && c <= '9') {
        flags |= kHasDigit;
        c = '0';
      } else if (c == '-') {
        flags |= kHasHyphen;
      } else if (c == '.') {
        flags |= kHasPeriod;
      }
      lower[i++] = c;
    } else {
      const size_t start = i;
      cp = core::decode_utf8(form, i);
      if (i > n) i = n;
      for (size_t j = start; j < i; ++j) lower[j] = b[j];
      letter = core::is_letter(cp);
      upper = letter && core::is_upper(cp);
    }
    if (letter) {
      if (letters == 0 && upper) flags |= kCapitalized;
      ++letters;
      uppers += upper;
    }
    char k = shape_class(cp);
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 4) shape.add(static_cast<unsigned char>(k));
  }
  if (letters > 0) flags |= kHasLetter;
  if (letters >= 2 && uppers == letters) flags |= kAllCaps;

  info.form = hash_bytes(form);
  info.lower = hash_range(lower, n);
  info.shape = shape.done();
  // Affixes of the lower-case form, each hash extending the last: "hegseth"
  // -> prefixes "h" "he" "heg" "hegs", suffixes "h" "th" "eth" ... (read
  // backwards). A word shorter than an affix gives the whole word.
  Hasher pre, suf;
  for (int k = 0; k < kNumPrefixes; ++k) {
    if (static_cast<size_t>(k) < n) pre.add(lower[k]);
    info.prefix[k] = pre.done() + k;
  }
  for (int k = 0; k < kNumSuffixes; ++k) {
    if (static_cast<size_t>(k) < n) suf.add(lower[n - 1 - k]);
    info.suffix[k] = suf.done() + 16 + k;
  }
  info.flags = flags;
  info.cluster = clusters ? clusters->find(info.lower) : 0;
}

uint64_t lower_form_hash(std::string_view form) {
  if (form.size() > kMaxWordBytes) form = form.substr(0, kMaxWordBytes);
  unsigned char lower[kMaxWordBytes];
  for (size_t i = 0; i < form.size(); ++i) {
    const auto c = static_cast<unsigned char>(form[i]);
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a')
               : c >= '0' && c <= '9' ? static_cast<unsigned char>('0')
                                      : c;
  }
  return hash_range(lower, form.size());
}

// ---------------------------------------------------------------- word groups

size_t pos_word_features(const WordInfo& w, WordGroup g, uint64_t* out) {
  size_t k = 0;
  switch (g) {
    case kSelf:
      out[k++] = feature_key(Feature::Bias, 0);
      out[k++] = feature_key(Feature::Word, w.lower);
      out[k++] = feature_key(Feature::Form, w.form);
      out[k++] = feature_key(Feature::Prefix1, w.prefix[0]);
      out[k++] = feature_key(Feature::Prefix2, w.prefix[1]);
      out[k++] = feature_key(Feature::Prefix3, w.prefix[2]);
      out[k++] = feature_key(Feature::Suffix1, w.suffix[0]);
      out[k++] = feature_key(Feature::Suffix2, w.suffix[1]);
      out[k++] = feature_key(Feature::Suffix3, w.suffix[2]);
      out[k++] = feature_key(Feature::Suffix4, w.suffix[3]);
      out[k++] = feature_key(Feature::Shape, w.shape);
      out[k++] = feature_key(Feature::Flags, w.flags);
      if (w.cluster) {
        out[k++] = feature_key(Feature::Cluster4, cluster_prefix(w.cluster, 4));
        out[k++] = feature_key(Feature::Cluster8, cluster_prefix(w.cluster, 8));
        out[k++] = feature_key(Feature::Cluster12, cluster_prefix(w.cluster, 12));
        out[k++] = feature_key(Feature::Cluster, w.cluster);
      }
      break;
    case kPrev:
      out[k++] = feature_key(Feature::PrevWord, w.lower);
      out[k++] = feature_key(Feature::PrevSuffix3, w.suffix[2]);
      out[k++] = feature_key(Feature::PrevShape, w.shape);
      if (w.cluster) out[k++] = feature_key(Feature::PrevCluster, w.cluster);
      break;
    case kPrev2:
      out[k++] = feature_key(Feature::Prev2Word, w.lower);
      break;
    case kNext:
      out[k++] = feature_key(Feature::NextWord, w.lower);
      out[k++] = feature_key(Feature::NextSuffix3, w.suffix[2]);
      out[k++] = feature_key(Feature::NextShape, w.shape);
      if (w.cluster) out[k++] = feature_key(Feature::NextCluster, w.cluster);
      break;
    case kNext2:
      out[k++] = feature_key(Feature::Next2Word, w.lower);
      break;
    default:
      break;
  }
  return k;
}

size_t ner_word_features(const WordInfo& w, WordGroup g, uint64_t* out) {
  size_t k = 0;
  switch (g) {
    case kSelf:
      out[k++] = feature_key(Feature::Bias, 0);
      out[k++] = feature_key(Feature::Word, w.lower);
      out[k++] = feature_key(Feature::Form, w.form);
      out[k++] = feature_key(Feature::Prefix2, w.prefix[1]);
      out[k++] = feature_key(Feature::Prefix3, w.prefix[2]);
      out[k++] = feature_key(Feature::Prefix4, w.prefix[3]);
      out[k++] = feature_key(Feature::Suffix2, w.suffix[1]);
      out[k++] = feature_key(Feature::Suffix3, w.suffix[2]);
      out[k++] = feature_key(Feature::Suffix4, w.suffix[3]);
      out[k++] = feature_key(Feature::Suffix5, w.suffix[4]);
      out[k++] = feature_key(Feature::Suffix6, w.suffix[5]);
      out[k++] = feature_key(Feature::Shape, w.shape);
      out[k++] = feature_key(Feature::Flags, w.flags);
      if (w.cluster) {
        out[k++] = feature_key(Feature::Cluster4, cluster_prefix(w.cluster, 4));
        out[k++] = feature_key(Feature::Cluster8, cluster_prefix(w.cluster, 8));
        out[k++] = feature_key(Feature::Cluster12, cluster_prefix(w.cluster, 12));
        out[k++] = feature_key(Feature::Cluster, w.cluster);
      }
      break;
    case kPrev:
      out[k++] = feature_key(Feature::PrevWord, w.lower);
      out[k++] = feature_key(Feature::PrevForm, w.form);
      out[k++] = feature_key(Feature::PrevShape, w.shape);
      if (w.cluster) {
        out[k++] = feature_key(Feature::PrevCluster, w.cluster);
        out[k++] = feature_key(Feature::PrevCluster8, cluster_prefix(w.cluster, 8));
      }
      break;
    case kPrev2:
      out[k++] = feature_key(Feature::Prev2Word, w.lower);
      break;
    case kNext:
      out[k++] = feature_key(Feature::NextWord, w.lower);
      out[k++] = feature_key(Feature::NextForm, w.form);
      out[k++] = feature_key(Feature::NextShape, w.shape);
      if (w.cluster) {
        out[k++] = feature_key(Feature::NextCluster, w.cluster);
        out[k++] = feature_key(Feature::NextCluster8, cluster_prefix(w.cluster, 8));
      }
      break;
    case kNext2:
      out[k++] = feature_key(Feature::Next2Word, w.lower);
      break;
    case kLeftBag:
      out[k++] = feature_key(Feature::LeftBag, w.lower);
      break;
    case kRightBag:
      out[k++] = feature_key(Feature::RightBag, w.lower);
      break;
  }
  return k;
}

// ---------------------------------------------------------------- small domains

size_t first_word_features(uint8_t flags, uint64_t* out) {
  out[0] = feature_key(Feature::FirstFlags, flags | kSentenceStart);
  return 1;
}

size_t pos_history_features(int prev_plus1, int prev2_plus1, uint64_t* out) {
  out[0] = feature_key(Feature::PrevTag, static_cast<uint64_t>(prev_plus1));
  out[1] = feature_key(Feature::Prev2Tags, pair(prev2_plus1, prev_plus1));
  return 2;
}

namespace {
template <class Word>
uint8_t casing_of(const Word* words, size_t n) {
  size_t lettered = 0, capitalized = 0, capitals = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!(words[i].flags & kHasLetter)) continue;
    ++lettered;
    capitalized += (words[i].flags & kCapitalized) != 0;
    capitals += (words[i].flags & kAllCaps) != 0;
  }
  if (lettered < 3) return kMixedCase;
  if (capitals * 4 >= lettered * 3) return kCapitals;
  if (capitalized * 4 >= lettered * 3) return kTitleCase;
  return kMixedCase;
}
}  // namespace

uint8_t sentence_case(const WordInfo* words, size_t n) { return casing_of(words, n); }
uint8_t sentence_case(const WordBrief* words, size_t n) { return casing_of(words, n); }

size_t ner_casing_features(uint8_t casing, uint64_t lower, uint64_t shape, uint64_t* out) {
  if (casing == kMixedCase) return 0;
  out[0] = feature_key(Feature::SentenceShape, pair(casing, 0) ^ shape);
  out[1] = feature_key(Feature::SentenceWord, pair(casing, 0) ^ lower);
  return 2;
}

size_t ner_pos_left_features(int prev_pos, int pos, uint64_t* out) {
  out[0] = feature_key(Feature::Pos, static_cast<uint64_t>(pos));
  out[1] = feature_key(Feature::PrevPos, static_cast<uint64_t>(prev_pos));
  out[2] = feature_key(Feature::PrevPosPos, pair(prev_pos, pos));
  return 3;
}

size_t ner_pos_right_features(int pos, int next_pos, uint64_t* out) {
  out[0] = feature_key(Feature::NextPos, static_cast<uint64_t>(next_pos));
  out[1] = feature_key(Feature::PosNextPos, pair(pos, next_pos));
  return 2;
}

size_t ner_history_features(int prev_plus1, int prev2_plus1, uint64_t* out) {
  out[0] = feature_key(Feature::PrevTag, static_cast<uint64_t>(prev_plus1));
  out[1] = feature_key(Feature::Prev2Tags, pair(prev2_plus1, prev_plus1));
  return 2;
}

size_t ner_history_pos_features(int prev_plus1, int pos, uint64_t* out) {
  out[0] = feature_key(Feature::PrevTagPos, pair(prev_plus1, pos));
  return 1;
}

// ---------------------------------------------------------------- all together

size_t pos_static_features(const WordInfo* words, size_t n, size_t i, uint64_t* out) {
  const ptrdiff_t p = static_cast<ptrdiff_t>(i);
  size_t k = pos_word_features(words[i], kSelf, out);
  k += pos_word_features(at(words, n, p - 1), kPrev, out + k);
  k += pos_word_features(at(words, n, p - 2), kPrev2, out + k);
  k += pos_word_features(at(words, n, p + 1), kNext, out + k);
  k += pos_word_features(at(words, n, p + 2), kNext2, out + k);
  if (i == 0) k += first_word_features(words[0].flags, out + k);
  return k;
}

size_t pos_dynamic_features(size_t /*i*/, int prev, int prev2, uint64_t* out) {
  return pos_history_features(prev + 1, prev2 + 1, out);
}

size_t ner_static_features(const NerSentence& s, size_t i, uint64_t* out) {
  const ptrdiff_t p = static_cast<ptrdiff_t>(i);
  const ptrdiff_t n = static_cast<ptrdiff_t>(s.n);
  size_t k = ner_word_features(s.words[i], kSelf, out);
  k += ner_word_features(at(s.words, s.n, p - 1), kPrev, out + k);
  k += ner_word_features(at(s.words, s.n, p - 2), kPrev2, out + k);
  k += ner_word_features(at(s.words, s.n, p + 1), kNext, out + k);
  k += ner_word_features(at(s.words, s.n, p + 2), kNext2, out + k);
  for (ptrdiff_t d = 1; d <= kBagWidth; ++d) {
    if (p - d >= 0) k += ner_word_features(s.words[p - d], kLeftBag, out + k);
    if (p + d < n) k += ner_word_features(s.words[p + d], kRightBag, out + k);
  }
  if (i == 0) k += first_word_features(s.words[0].flags, out + k);
  k += ner_casing_features(s.casing, s.words[i].lower, s.words[i].shape, out + k);
  k += ner_pos_left_features(pos_value(s, p - 1), pos_value(s, p), out + k);
  k += ner_pos_right_features(pos_value(s, p), pos_value(s, p + 1), out + k);
  return k;
}

size_t ner_dynamic_features(const NerSentence& s, size_t i, int prev, int prev2, uint64_t* out) {
  size_t k = ner_history_features(prev + 1, prev2 + 1, out);
  k += ner_history_pos_features(prev + 1, pos_value(s, static_cast<ptrdiff_t>(i)), out + k);
  return k;
}

}  // namespace newskg::tag
