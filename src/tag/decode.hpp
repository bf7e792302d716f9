#pragma once
// Greedy left-to-right decoding with exact sums, straight from the feature
// keys: the reference the Tagger's precomputed int8 sums are tested against,
// and what training uses to tag its own data with the finished POS model (the
// entity model learns from the POS tags it will see at run time).
#include <cstddef>
#include <cstdint>

#include "newskg/tag/features.hpp"
#include "newskg/tag/model.hpp"

namespace newskg::tag::detail {

inline constexpr size_t kMaxClasses = 256;

// pos[i] = best POS class of words[i], given the classes chosen before it.
inline void greedy_pos(const LinearModel& model, const WordInfo* words, size_t n, uint8_t* pos) {
  const size_t classes = model.num_classes();
  uint64_t keys[kMaxFeatures];
  int32_t scores[kMaxClasses];
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < n; ++i) {
    size_t k = pos_static_features(words, n, i, keys);
    k += pos_dynamic_features(i, prev, prev2, keys + k);
    model.score(keys, k, scores);
    int best = 0;
    for (size_t c = 1; c < classes; ++c)
      if (scores[c] > scores[best]) best = static_cast<int>(c);
    pos[i] = static_cast<uint8_t>(best);
    prev2 = prev;
    prev = best;
  }
}

// ner[i] = best entity class of words[i] among those allowed after the
// previous one: allowed[(prev + 1) * classes + cur] (prev -1 at the start).
inline void greedy_ner(const LinearModel& model, const uint8_t* allowed, const WordInfo* words,
                       const uint8_t* pos, size_t n, uint8_t* ner) {
  const size_t classes = model.num_classes();
  uint64_t keys[kMaxFeatures];
  int32_t scores[kMaxClasses];
  const NerSentence sentence{words, pos, n, sentence_case(words, n)};
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < n; ++i) {
    size_t k = ner_static_features(sentence, i, keys);
    k += ner_dynamic_features(sentence, i, prev, prev2, keys + k);
    model.score(keys, k, scores);
    const uint8_t* ok = allowed + static_cast<size_t>(prev + 1) * classes;
    int best = -1;
    for (size_t c = 0; c < classes; ++c)
      if (ok[c] && (best < 0 || scores[c] > scores[best])) best = static_cast<int>(c);
    ner[i] = static_cast<uint8_t>(best);
    prev2 = prev;
    prev = best;
  }
}

}  // namespace newskg::tag::detail
