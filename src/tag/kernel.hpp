#pragma once
// The inner loop of tagging: greedy decoding of one sentence from the
// precomputed int8 rows (tagger.cpp builds them), with int16 accumulators.
// Written with GCC/Clang vector types so that the same source compiles to
// SSE2 (any x86-64), or to AVX2 where the Tagger finds it at run time
// (tagger.cpp compiles a second copy with target("avx2")); both give the
// same integers.
#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#include <immintrin.h>  // declares the AVX2 builtin of widen()
#define NEWSKG_TAG_PMOVSX 1
#endif

#include "newskg/tag/features.hpp"
#include "newskg/tag/tagset.hpp"

namespace newskg::tag::detail {

typedef int8_t V8 __attribute__((vector_size(16)));
typedef int16_t V16 __attribute__((vector_size(32)));  // 16 lanes

#define NEWSKG_INLINE [[gnu::always_inline]] inline

// 16 int8 lanes widened to int16. In the copy compiled for AVX2, GCC makes
// __builtin_convertvector two 8-lane widenings, a shift and an insert: with
// the load and the add six instructions per row where vpmovsxbw from memory
// and vpaddw are two, and rows are most of decoding. That copy uses the
// instruction's builtin instead (not its intrinsic, which cannot be inlined
// into this template of the default target; the builtin is checked where it
// is expanded, in the AVX2 function). Both give the same integers.
#ifdef NEWSKG_TAG_PMOVSX
// (GCC warns that the builtin returns a 32-byte vector in a function not
// compiled for AVX; it is only ever expanded inlined into an AVX2 one.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
#endif
template <bool Avx2>
NEWSKG_INLINE void widen(V8 b, V16* out) {
#ifdef NEWSKG_TAG_PMOVSX
  if constexpr (Avx2) {
    *out = reinterpret_cast<V16>(__builtin_ia32_pmovsxbw256(reinterpret_cast<__v16qi>(b)));
    return;
  }
#endif
  *out = __builtin_convertvector(b, V16);
}
#ifdef NEWSKG_TAG_PMOVSX
#pragma GCC diagnostic pop
#endif

// acc[k] += row lanes 16k..16k+15, over L = W/16 vectors. (Vectors go by
// pointer: returning a 32-byte vector by value is an ABI question without AVX.)
template <size_t L, bool Avx2>
NEWSKG_INLINE void add(V16* acc, const int8_t* row) {
  for (size_t k = 0; k < L; ++k) {
    V8 b;
    std::memcpy(&b, row + 16 * k, sizeof b);
    V16 w;
    widen<Avx2>(b, &w);
    acc[k] += w;
  }
}
template <size_t L, bool Avx2>
NEWSKG_INLINE void sub(V16* acc, const int8_t* row) {
  for (size_t k = 0; k < L; ++k) {
    V8 b;
    std::memcpy(&b, row + 16 * k, sizeof b);
    V16 w;
    widen<Avx2>(b, &w);
    acc[k] -= w;
  }
}

// The first lane holding the largest score among lanes where mask is set
// (INT16_MAX; INT16_MIN on padding lanes): a vector max, its horizontal max,
// then the first lane equal to it (one pass keeping the index would make
// every step wait on the last).
template <size_t L>
NEWSKG_INLINE int argmax(const V16* acc, const V16* mask) {
  V16 v[L];
  for (size_t k = 0; k < L; ++k) v[k] = acc[k] < mask[k] ? acc[k] : mask[k];
  V16 m = v[0];
  for (size_t k = 1; k < L; ++k) m = m > v[k] ? m : v[k];
#if defined(__SSE2__)
  __m128i h[2];
  std::memcpy(h, &m, sizeof m);
  __m128i x = _mm_max_epi16(h[0], h[1]);
  x = _mm_max_epi16(x, _mm_shuffle_epi32(x, _MM_SHUFFLE(1, 0, 3, 2)));
  x = _mm_max_epi16(x, _mm_shuffle_epi32(x, _MM_SHUFFLE(2, 3, 0, 1)));
  x = _mm_max_epi16(x, _mm_shufflelo_epi16(_mm_shufflehi_epi16(x, _MM_SHUFFLE(2, 3, 0, 1)),
                                           _MM_SHUFFLE(2, 3, 0, 1)));
  for (size_t k = 0; k < L; ++k) {
    __m128i q[2];
    std::memcpy(q, &v[k], sizeof q);
    const unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi16(q[0], x))) |
                          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi16(q[1], x))) << 16;
    if (bits) return static_cast<int>(16 * k) + std::countr_zero(bits) / 2;
  }
  return 0;
#else
  int16_t best = m[0];
  for (int c = 1; c < 16; ++c) best = std::max<int16_t>(best, m[c]);
  for (size_t k = 0; k < L; ++k)
    for (int c = 0; c < 16; ++c)
      if (v[k][c] == best) return static_cast<int>(16 * k) + c;
  return 0;
#endif
}

struct DecodeInput {
  // Word blocks of the sentence with two pads on each side: block[j] for
  // j = -2 .. n+1 (the pointer is at word 0).
  const int8_t* const* block = nullptr;
  const WordBrief* words = nullptr;
  size_t n = 0;
  const int8_t* casing_rows = nullptr;  // n rows of the entity width, or null
  // Dense tables (tagger.hpp).
  const int8_t* pos_first = nullptr;
  const int8_t* pos_history = nullptr;
  const int8_t* ner_first = nullptr;
  const int8_t* ner_pos_left = nullptr;
  const int8_t* ner_pos_right = nullptr;
  const int8_t* ner_history = nullptr;
  const int8_t* ner_history_pos = nullptr;
  const int16_t* pos_mask = nullptr;     // 32-byte aligned, kPosWidth lanes
  const int16_t* ner_mask = nullptr;     // 32-byte aligned, NW lanes
  const uint8_t* ner_allowed = nullptr;  // null for IO labels
  size_t ner_classes = 0;
};

inline constexpr size_t kPosWidth = 48;  // 45 tags, padded to 16 lanes
static_assert(kPosWidth >= kNumPos && kPosWidth % 16 == 0);

// Greedy left to right: POS for every word, then entities. Avx2: compiled
// into a function of target("avx2") (widen()).
template <size_t NW, bool Avx2>
NEWSKG_INLINE void decode_sentence(const DecodeInput& in, uint8_t* pos, uint8_t* ner) {
  constexpr size_t PL = kPosWidth / 16, NL = NW / 16;
  constexpr size_t pos_part = kPosGroups * kPosWidth;
  const size_t n = in.n;
  auto pos_row = [&](ptrdiff_t j, WordGroup g) { return in.block[j] + g * kPosWidth; };
  auto ner_row = [&](ptrdiff_t j, WordGroup g) { return in.block[j] + pos_part + g * NW; };
  V16 pos_mask[PL], ner_mask[NL];
  std::memcpy(pos_mask, in.pos_mask, sizeof pos_mask);
  std::memcpy(ner_mask, in.ner_mask, sizeof ner_mask);

  constexpr size_t pos_values = kNumPos + 1;
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < n; ++i) {
    const ptrdiff_t p = static_cast<ptrdiff_t>(i);
    V16 acc[PL] = {};
    add<PL, Avx2>(acc, in.pos_history + (static_cast<size_t>(prev + 1) * pos_values +
                                         static_cast<size_t>(prev2 + 1)) *
                                            kPosWidth);
    add<PL, Avx2>(acc, pos_row(p, kSelf));
    add<PL, Avx2>(acc, pos_row(p - 1, kPrev));
    add<PL, Avx2>(acc, pos_row(p - 2, kPrev2));
    add<PL, Avx2>(acc, pos_row(p + 1, kNext));
    add<PL, Avx2>(acc, pos_row(p + 2, kNext2));
    if (i == 0) add<PL, Avx2>(acc, in.pos_first + in.words[0].flags * kPosWidth);
    const int best = argmax<PL>(acc, pos_mask);
    pos[i] = static_cast<uint8_t>(best);
    prev2 = prev;
    prev = best;
  }

  // Entities; the bags of words w-4..w-1 and w+1..w+4 are running sums.
  NerSentence sentence;
  sentence.pos = pos;
  sentence.n = n;
  const size_t nc = in.ner_classes, hist = nc + 1;
  V16 left[NL] = {}, right[NL] = {};
  for (size_t d = 1; d <= kBagWidth && d < n; ++d)
    add<NL, Avx2>(right, ner_row(static_cast<ptrdiff_t>(d), kRightBag));
  prev = prev2 = -1;
  for (size_t i = 0; i < n; ++i) {
    const ptrdiff_t p = static_cast<ptrdiff_t>(i);
    if (i > 0) {
      add<NL, Avx2>(left, ner_row(p - 1, kLeftBag));
      if (i > kBagWidth) sub<NL, Avx2>(left, ner_row(p - kBagWidth - 1, kLeftBag));
      sub<NL, Avx2>(right, ner_row(p, kRightBag));
      if (i + kBagWidth < n) add<NL, Avx2>(right, ner_row(p + kBagWidth, kRightBag));
    }
    const size_t t0 = static_cast<size_t>(pos_value(sentence, p));
    const size_t tp = static_cast<size_t>(pos_value(sentence, p - 1));
    const size_t tn = static_cast<size_t>(pos_value(sentence, p + 1));
    const size_t h1 = static_cast<size_t>(prev + 1), h2 = static_cast<size_t>(prev2 + 1);
    V16 acc[NL];
    for (size_t k = 0; k < NL; ++k) acc[k] = left[k] + right[k];
    add<NL, Avx2>(acc, in.ner_pos_left + (tp * kPosValues + t0) * NW);
    add<NL, Avx2>(acc, in.ner_pos_right + (t0 * kPosValues + tn) * NW);
    add<NL, Avx2>(acc, in.ner_history + (h1 * hist + h2) * NW);
    add<NL, Avx2>(acc, in.ner_history_pos + (h1 * kPosValues + t0) * NW);
    add<NL, Avx2>(acc, ner_row(p, kSelf));
    add<NL, Avx2>(acc, ner_row(p - 1, kPrev));
    add<NL, Avx2>(acc, ner_row(p - 2, kPrev2));
    add<NL, Avx2>(acc, ner_row(p + 1, kNext));
    add<NL, Avx2>(acc, ner_row(p + 2, kNext2));
    if (i == 0) add<NL, Avx2>(acc, in.ner_first + in.words[0].flags * NW);
    if (in.casing_rows) add<NL, Avx2>(acc, in.casing_rows + i * NW);
    int best;
    if (in.ner_allowed == nullptr) {
      best = argmax<NL>(acc, ner_mask);
    } else {
      // Labels that may not follow the previous one cannot win ("O" always may).
      V16 mask[NL];
      std::memcpy(mask, ner_mask, sizeof mask);
      const uint8_t* ok = in.ner_allowed + h1 * nc;
      for (size_t c = 0; c < nc; ++c)
        if (!ok[c]) mask[c / 16][c % 16] = INT16_MIN;
      best = argmax<NL>(acc, mask);
    }
    ner[i] = static_cast<uint8_t>(best);
    prev2 = prev;
    prev = best;
  }
}

#undef NEWSKG_INLINE

}  // namespace newskg::tag::detail
