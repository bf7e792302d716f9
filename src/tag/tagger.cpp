#include "newskg/tag/tagger.hpp"

#include <algorithm>
#include <bit>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <future>
#include <thread>

#include "decode.hpp"
#include "kernel.hpp"
#include "newskg/core/check.hpp"
#include "newskg/core/crc32c.hpp"
#include "newskg/core/prefetch.hpp"

namespace newskg::tag {
namespace {

using detail::kMaxClasses;

// Precomputed rows are int8: every sum of a model is divided by the power of
// two that brings its largest into [-127, 127]. A position adds at most 19
// rows (the entity model's bags hold 4 words each), so int16 accumulators
// never overflow. Scores this coarse cost nothing measurable: on PolNeAR dev
// the POS accuracy is the same to 1e-4 and the entity F1 0.0007 lower than
// with exact sums.
constexpr int32_t kRowBound = 127;
constexpr size_t kRowAlign = 16;  // one SSE2 register of int8
constexpr size_t kMaxNerWidth = 128;
using detail::kPosWidth;
constexpr size_t kCacheSlots = 1024;  // TagWorkspace's unknown-word cache

constexpr size_t padded(size_t n, size_t to) { return (n + to - 1) / to * to; }

int32_t scale_down(int32_t x, int shift) {
  if (shift == 0) return x;
  return static_cast<int32_t>((static_cast<int64_t>(x) + (int64_t{1} << (shift - 1))) >> shift);
}
int8_t to_row(int32_t x, int shift) {
  return static_cast<int8_t>(std::clamp(scale_down(x, shift), -kRowBound, kRowBound));
}
int shift_for(int64_t max_abs) {
  int shift = 0;
  while (scale_down(static_cast<int32_t>(std::min<int64_t>(max_abs, INT32_MAX)), shift) > kRowBound)
    ++shift;
  return shift;
}

// to_row over n sums; int32 arithmetic (sums are far inside it). Every
// unknown word's 352 sums come this way: SSE2 does 16 at a time (SSE2 has no
// int32 min/max, so the clamp is a saturating pack to int16, where it has
// them; a sum beyond int16 saturates and then clamps as it would have).
void rows_from_sums(const int32_t* sums, size_t n, int shift, int8_t* out) {
  const int32_t half = shift == 0 ? 0 : int32_t{1} << (shift - 1);
  size_t c = 0;
#if defined(__SSE2__)
  const __m128i h = _mm_set1_epi32(half), count = _mm_cvtsi32_si128(shift);
  const __m128i lo = _mm_set1_epi16(-kRowBound), hi = _mm_set1_epi16(kRowBound);
  auto scaled = [&](size_t at) {
    __m128i v;
    std::memcpy(&v, sums + at, sizeof v);
    return _mm_sra_epi32(_mm_add_epi32(v, h), count);
  };
  for (; c + 16 <= n; c += 16) {
    const __m128i a =
        _mm_min_epi16(_mm_max_epi16(_mm_packs_epi32(scaled(c), scaled(c + 4)), lo), hi);
    const __m128i b =
        _mm_min_epi16(_mm_max_epi16(_mm_packs_epi32(scaled(c + 8), scaled(c + 12)), lo), hi);
    const __m128i bytes = _mm_packs_epi16(a, b);
    std::memcpy(out + c, &bytes, sizeof bytes);
  }
#endif
  for (; c < n; ++c)
    out[c] = static_cast<int8_t>(std::clamp((sums[c] + half) >> shift, -kRowBound, kRowBound));
}

// Summed weights of word w's feature groups, rows[g * width + c], unscaled.
template <class WordFeatures>
void group_sums(const LinearModel& model, WordFeatures features, const WordInfo& w, int groups,
                size_t width, int32_t* rows) {
  uint64_t keys[kMaxFeatures];
  for (int g = 0; g < groups; ++g)
    model.score(keys, features(w, static_cast<WordGroup>(g), keys), rows + g * width);
}

// The keys of all feature groups of one word, and their weight rows
// (LinearModel::find_rows): the lookups of a word outside the vocabulary,
// issued together for both models before either's rows are summed.
template <int Groups>
struct GroupRows {
  uint64_t keys[Groups * kMaxFeatures];
  const int16_t* rows[Groups * kMaxFeatures];
  size_t end[Groups];  // group g's keys are [end[g - 1], end[g])

  template <class WordFeatures>
  void find(const LinearModel& model, WordFeatures features, const WordInfo& w) {
    size_t k = 0;
    for (int g = 0; g < Groups; ++g) {
      k += features(w, static_cast<WordGroup>(g), keys + k);
      end[g] = k;
    }
    model.find_rows(keys, k, rows);
  }
  // What group_sums gives: sums[g * width + c] += weights of group g's keys.
  void sum(size_t classes, size_t width, int32_t* sums) const {
    size_t f = 0;
    for (int g = 0; g < Groups; ++g) {
      int32_t* out = sums + g * width;
      for (; f < end[g]; ++f)
        if (const int16_t* row = rows[f]) add_row(row, classes, out);
    }
  }
  // out[c] += row[c] for c < classes: eight at a time with SSE2, the int16
  // weights widened to int32 (an unknown word adds some thirty rows).
  static void add_row(const int16_t* row, size_t classes, int32_t* out) {
    size_t c = 0;
#if defined(__SSE2__)
    // Eight 16-bit weights widened and added to out[at, at + 8).
    auto add8 = [&](size_t at, __m128i w) {
      __m128i lo, hi;
      std::memcpy(&lo, out + at, sizeof lo);
      std::memcpy(&hi, out + at + 4, sizeof hi);
      lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
      hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16));
      std::memcpy(out + at, &lo, sizeof lo);
      std::memcpy(out + at + 4, &hi, sizeof hi);
    };
    for (; c + 8 <= classes; c += 8) {
      __m128i w;
      std::memcpy(&w, row + c, sizeof w);
      add8(c, w);
    }
    // The last classes % 8 in one step too: the eight weights that end the
    // row, those already added zeroed.
    if (c < classes && classes >= 8) {
      static constexpr int16_t kKeep[16] = {0, 0, 0, 0, 0, 0, 0, 0, -1, -1, -1, -1, -1, -1, -1, -1};
      const size_t at = classes - 8;
      __m128i w, keep;
      std::memcpy(&w, row + at, sizeof w);
      std::memcpy(&keep, kKeep + (classes - c), sizeof keep);  // lanes from c - at
      add8(at, _mm_and_si128(w, keep));
      return;
    }
#endif
    for (; c < classes; ++c) out[c] += row[c];
  }
};

// One copy of the decoding loop per entity row width, and on x86-64 a second
// one compiled for AVX2, chosen when the Tagger loads.
template <size_t NW>
void decode_portable(const detail::DecodeInput& in, uint8_t* pos, uint8_t* ner) {
  detail::decode_sentence<NW, false>(in, pos, ner);
}
#if defined(__x86_64__) && defined(__GNUC__)
#define NEWSKG_TAG_AVX2 1
template <size_t NW>
__attribute__((target("avx2"))) void decode_avx2(const detail::DecodeInput& in, uint8_t* pos,
                                                 uint8_t* ner) {
  detail::decode_sentence<NW, true>(in, pos, ner);
}
#endif

using DecodeFn = void (*)(const detail::DecodeInput&, uint8_t*, uint8_t*);
template <size_t NW>
DecodeFn decoder_for(bool avx2) {
#ifdef NEWSKG_TAG_AVX2
  if (avx2) return &decode_avx2<NW>;
#else
  (void)avx2;
#endif
  return &decode_portable<NW>;
}

// A word's block is asked for before it is needed, so that the fetches of a
// sentence's rarer words overlap instead of each stalling its turn.
using core::prefetch;

// The last token of a clock time "6:00" / "12:30:15" (Number ':' Number, no
// spaces) that starts at token i, or i itself.
uint32_t clock_time_end(const text::Segmented& seg, const text::Sentence& s, uint32_t i,
                        std::string_view text) {
  uint32_t last = i;
  while (last + 2 < s.last && seg.tokens[last].kind == text::TokenKind::Number) {
    const text::Token& colon = seg.tokens[last + 1];
    const text::Token& next = seg.tokens[last + 2];
    if (colon.span.begin != seg.tokens[last].span.end || colon.span.of(text) != ":" ||
        next.span.begin != colon.span.end || next.kind != text::TokenKind::Number)
      break;
    last += 2;
  }
  return last;
}

WordBrief brief_in(const int8_t* block, size_t rows) {
  WordBrief b;
  std::memcpy(static_cast<void*>(&b), block + rows, sizeof b);
  return b;
}

}  // namespace

std::string default_model_dir() {
  if (const char* env = std::getenv("NEWSKG_MODELS"); env != nullptr && *env) return env;
#ifdef NEWSKG_MODEL_DIR
  if (std::filesystem::is_directory(NEWSKG_MODEL_DIR)) return NEWSKG_MODEL_DIR;
#endif
  return "schema/models";
}

std::vector<Entity> entities(const std::vector<TokenTags>& tags) {
  std::vector<Entity> out;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    if (tags[i].entity == EntityType::None) continue;
    const bool continues = !out.empty() && out.back().last == i &&
                           out.back().type == tags[i].entity && !tags[i].entity_start;
    if (continues) {
      out.back().last = i + 1;
    } else {
      out.push_back(Entity{i, i + 1, tags[i].entity});
    }
  }
  return out;
}

// ---------------------------------------------------------------- loading

core::Result<Tagger> Tagger::build(Models m, const std::string& where,
                                   const std::vector<std::string>& tables) {
  const auto& pc = m.pos.classes();
  if (pc.size() != static_cast<size_t>(kNumPos))
    return core::Error{where, 0,
                       "POS model has " + std::to_string(pc.size()) + " classes, expected " +
                           std::to_string(kNumPos)};
  for (int i = 0; i < kNumPos; ++i)
    if (pc[i] != kPosNames[i])
      return core::Error{where, 0,
                         "POS model class " + std::to_string(i) + " is '" + pc[i] +
                             "', expected '" + std::string(kPosNames[i]) + "'"};
  const auto& nc = m.ner.classes();
  if (nc.empty() || nc.size() > kMaxNerWidth)
    return core::Error{where, 0,
                       "NER model has no classes or more than " + std::to_string(kMaxNerWidth)};
  for (const auto& c : nc) {
    auto label = parse_entity_label(c);
    if (!label) return core::Error{where, 0, "NER model has an unknown class '" + c + "'"};
    m.ner_labels.push_back(*label);
    if (label->boundary == Boundary::Begin && m.scheme == LabelScheme::IO)
      m.scheme = LabelScheme::BIO;
    if (label->boundary == Boundary::Last || label->boundary == Boundary::Unit)
      m.scheme = LabelScheme::BILOU;
  }
  const size_t n = nc.size();
  m.ner_allowed.assign((n + 1) * n, 0);
  for (size_t prev = 0; prev <= n; ++prev)
    for (size_t cur = 0; cur < n; ++cur) {
      EntityLabel p = prev == 0 ? EntityLabel{} : m.ner_labels[prev - 1];
      m.ner_allowed[prev * n + cur] = label_may_follow(p, m.ner_labels[cur], m.scheme);
    }

  // An identity for the workspace cache and the tables file: the feature
  // templates and both models (their bodies' checksums: a loaded model has
  // its file's, checked when it was read).
  uint64_t id = feature_signature();
  for (const LinearModel* model : {&m.pos, &m.ner}) id = mix64(id ^ model->checksum());
  m.identity = mix64(id ^ (m.clusters ? hash_bytes(m.clusters->fingerprint()) : 0)) | 1;

  // The layout of the word blocks: the vocabulary's words, then two pads.
  WordTable& t = m.table;
  t.size = m.pos.vocabulary_size();
  t.start_id = static_cast<uint32_t>(t.size);
  t.end_id = static_cast<uint32_t>(t.size + 1);
  t.pos_width = kPosWidth;
  t.ner_width = padded(m.ner.num_classes(), kRowAlign);
  if (t.ner_width > 64) t.ner_width = kMaxNerWidth;  // decode's widths: 16, 32, 48, 64, 128
  const size_t pos_part = kPosGroups * t.pos_width;
  t.rows = pos_part + kNerGroups * t.ner_width;
  t.block = padded(t.rows + sizeof(WordBrief), 64);

  // The rest of the tables comes from the first file made for these very
  // models, with the models' own indexes, or is computed (nine tenths of
  // the load time when it is) from the models' rows, read now.
  for (const std::string& path : tables)
    if (read_tables(path, m)) {
      m.tables_file = path;
      break;
    }
  if (m.tables_file.empty()) {
    for (LinearModel* model : {&m.pos, &m.ner})
      if (auto s = model->read_rows(); !s) return s.error();
    if (m.clusters && !m.clusters->entries_read()) {
      auto c = std::make_shared<WordClusters>(*m.clusters);
      if (auto s = c->read_entries(); !s) return s.error();
      m.clusters = std::move(c);
    }
    compute_tables(m);
  }

  // The lanes argmax may choose: the classes, not the padding.
  for (size_t c = 0; c < kPosWidth; ++c)
    m.pos_mask[c] = c < static_cast<size_t>(kNumPos) ? INT16_MAX : INT16_MIN;
  for (size_t c = 0; c < kMaxNerWidth; ++c) m.ner_mask[c] = c < n ? INT16_MAX : INT16_MIN;

    // The decoding loop for the entity width, AVX2 where the CPU has it.
#ifdef NEWSKG_TAG_AVX2
  __builtin_cpu_init();
  const bool avx2 = __builtin_cpu_supports("avx2");
#else
  const bool avx2 = false;
#endif
  switch (t.ner_width) {
    case 16:
      m.decoder = decoder_for<16>(avx2);
      break;
    case 32:
      m.decoder = decoder_for<32>(avx2);
      break;
    case 48:
      m.decoder = decoder_for<48>(avx2);
      break;
    case 64:
      m.decoder = decoder_for<64>(avx2);
      break;
    default:
      m.decoder = decoder_for<kMaxNerWidth>(avx2);
      break;
  }

  return Tagger(std::make_shared<const Models>(std::move(m)));
}

void Tagger::compute_tables(Models& m) {
  WordTable& t = m.table;
  const auto& vocab = m.pos.vocabulary();
  const size_t words = vocab.size() + 2;
  const size_t pos_part = kPosGroups * t.pos_width;
  const size_t n = m.ner.num_classes();
  // Exact sums first: the words of the vocabulary, then the two pads...
  const size_t slots = std::bit_ceil(std::max<size_t>(4, vocab.size() * 2));
  t.slots.assign(slots, WordTable::Slot{});
  t.mask = slots - 1;
  std::vector<int32_t> sums(words * t.rows, 0);
  std::vector<WordBrief> briefs(words);
  std::vector<uint64_t> forms(vocab.size());
  // Each word's sums depend on that word alone, so the vocabulary is split
  // among up to four threads (this was nine tenths of the load time, paid by
  // every run); the hash table is then filled in word order, so the tables
  // are the same bytes for any number of threads.
  // Largest |sum| of each model, per thread (the shifts into int8 need them).
  struct Range {
    size_t from = 0, to = 0;
    int64_t pos_max = 0, ner_max = 0;
  };
  auto describe_range = [&](Range& r) {
    const size_t from = r.from, to = r.to;
    WordInfo info;
    for (size_t id = from; id < to; ++id) {
      if (id < vocab.size()) {
        describe_word(vocab[id], m.clusters.get(), info);
        forms[id] = info.form;
      } else {
        info = id == vocab.size() ? sentence_start_word() : sentence_end_word();
      }
      briefs[id] = WordBrief::of(info);
      int32_t* row = &sums[id * t.rows];
      group_sums(m.pos, pos_word_features, info, kPosGroups, t.pos_width, row);
      group_sums(m.ner, ner_word_features, info, kNerGroups, t.ner_width, row + pos_part);
      for (size_t c = 0; c < pos_part; ++c)
        r.pos_max = std::max<int64_t>(r.pos_max, std::abs(static_cast<int64_t>(row[c])));
      for (size_t c = pos_part; c < t.rows; ++c)
        r.ner_max = std::max<int64_t>(r.ner_max, std::abs(static_cast<int64_t>(row[c])));
    }
  };
  const size_t threads =
      std::clamp<size_t>(std::thread::hardware_concurrency(), 1, std::min<size_t>(4, words));
  std::vector<Range> ranges(threads);
  for (size_t k = 0; k < threads; ++k) ranges[k] = {words * k / threads, words * (k + 1) / threads};
  // Runs f(range) for every range, the first on this thread.
  auto in_parallel = [&](auto f) {
    std::vector<std::thread> pool;
    for (size_t k = 1; k < threads; ++k) pool.emplace_back([&f, &ranges, k] { f(ranges[k]); });
    f(ranges[0]);
    for (auto& th : pool) th.join();
  };
  in_parallel(describe_range);
  for (size_t id = 0; id < vocab.size(); ++id) {
    uint64_t i = forms[id] & t.mask;
    while (t.slots[i].key != 0 && t.slots[i].key != forms[id]) i = (i + 1) & t.mask;
    if (t.slots[i].key == 0) t.slots[i] = WordTable::Slot{forms[id], static_cast<uint32_t>(id)};
  }

  // ... and of the small-domain features, dense.
  struct Dense {
    const LinearModel* model;
    std::vector<int8_t>* table;
    size_t rows;
    std::function<size_t(size_t, uint64_t*)> features;
    std::vector<int32_t> sums;
  };
  const int hist = static_cast<int>(n) + 1;
  const int pos_values = kNumPos + 1;
  std::vector<Dense> dense = {
      {&m.pos,
       &m.pos_first,
       kFlagValues,
       [](size_t r, uint64_t* k) { return first_word_features(static_cast<uint8_t>(r), k); },
       {}},
      {&m.pos,
       &m.pos_history,
       static_cast<size_t>(pos_values * pos_values),
       [&](size_t r, uint64_t* k) {
         return pos_history_features(static_cast<int>(r) / pos_values,
                                     static_cast<int>(r) % pos_values, k);
       },
       {}},
      {&m.ner,
       &m.ner_first,
       kFlagValues,
       [](size_t r, uint64_t* k) { return first_word_features(static_cast<uint8_t>(r), k); },
       {}},
      {&m.ner,
       &m.ner_pos_left,
       kPosValues * kPosValues,
       [](size_t r, uint64_t* k) {
         return ner_pos_left_features(static_cast<int>(r) / kPosValues,
                                      static_cast<int>(r) % kPosValues, k);
       },
       {}},
      {&m.ner,
       &m.ner_pos_right,
       kPosValues * kPosValues,
       [](size_t r, uint64_t* k) {
         return ner_pos_right_features(static_cast<int>(r) / kPosValues,
                                       static_cast<int>(r) % kPosValues, k);
       },
       {}},
      {&m.ner,
       &m.ner_history,
       static_cast<size_t>(hist * hist),
       [&](size_t r, uint64_t* k) {
         return ner_history_features(static_cast<int>(r) / hist, static_cast<int>(r) % hist, k);
       },
       {}},
      {&m.ner,
       &m.ner_history_pos,
       static_cast<size_t>(hist) * kPosValues,
       [](size_t r, uint64_t* k) {
         return ner_history_pos_features(static_cast<int>(r) / kPosValues,
                                         static_cast<int>(r) % kPosValues, k);
       },
       {}},
  };
  uint64_t keys[kMaxFeatures];
  for (Dense& d : dense) {
    const size_t width = d.model == &m.pos ? t.pos_width : t.ner_width;
    d.sums.assign(d.rows * width, 0);
    for (size_t r = 0; r < d.rows; ++r)
      d.model->score(keys, d.features(r, keys), &d.sums[r * width]);
  }

  // The shifts that bring every sum of a model into int8, then the rows.
  int64_t pos_max = 0, ner_max = 0;
  for (const Range& r : ranges) {
    pos_max = std::max(pos_max, r.pos_max);
    ner_max = std::max(ner_max, r.ner_max);
  }
  for (const Dense& d : dense)
    for (int32_t x : d.sums)
      (d.model == &m.pos ? pos_max : ner_max) =
          std::max(d.model == &m.pos ? pos_max : ner_max, std::abs(static_cast<int64_t>(x)));
  t.pos_shift = shift_for(pos_max);
  t.ner_shift = shift_for(ner_max);
  t.storage.assign(words * t.block + 64, 0);
  t.blocks = t.storage.data() +
             (64 - reinterpret_cast<uintptr_t>(t.storage.data()) % 64) % 64;  // cache lines
  in_parallel([&](const Range& r) {
    for (size_t id = r.from; id < r.to; ++id) {
      int8_t* block = const_cast<int8_t*>(t.block_of(id));
      const int32_t* row = &sums[id * t.rows];
      rows_from_sums(row, pos_part, t.pos_shift, block);
      rows_from_sums(row + pos_part, t.rows - pos_part, t.ner_shift, block + pos_part);
      // Field by field: the struct's padding bytes are indeterminate, and
      // the blocks are saved byte for byte (save_tables).
      const WordBrief& b = briefs[id];
      std::memcpy(block + t.rows + offsetof(WordBrief, lower), &b.lower, sizeof b.lower);
      std::memcpy(block + t.rows + offsetof(WordBrief, shape), &b.shape, sizeof b.shape);
      std::memcpy(block + t.rows + offsetof(WordBrief, flags), &b.flags, sizeof b.flags);
    }
  });
  for (Dense& d : dense) {
    const int shift = d.model == &m.pos ? t.pos_shift : t.ner_shift;
    d.table->resize(d.sums.size());
    for (size_t i = 0; i < d.sums.size(); ++i) (*d.table)[i] = to_row(d.sums[i], shift);
  }
}

// ---------------------------------------------------------------- table files
//
// A tables file holds what compute_tables() makes from the models (the word
// blocks, their hash slots, the dense tables and the models' feature
// indexes), so that a run maps 25 MB instead of summing 25,000 words'
// features (0.26 s of every run's start).
// It is a cache: made for one set of models (their identity), by this
// version of the layout, and anything else in it (another identity, a
// damaged or cut file) makes the tagger compute the tables as if it were
// absent. Text header, then:
//
//   "NKTT" u32 version u64 identity u64 size pos_width ner_width rows block
//   i32 pos_shift ner_shift   u64 slots, then (u64 key, u32 id) each
//   the blocks (block bytes per word, pads included)
//   u64 length + bytes, for each dense table in Models' order
//   for each model (pos, ner), its index (LinearModel::Index) as scoring
//   reads it: u64 rows slot_count filter_words, i32 filter_shift, i32 0;
//   then the dense weights (rows x classes int16), the slots and the filter
//   words, each from a 64-byte offset
//   the word clusters' table: u64 1 (0: no clusters, and nothing more),
//   u64 CRC-32C of the clusters file's lines, u64 words, u64 slot_count;
//   then the slots from a 64-byte offset
//   u64 tables_checksum() of everything above (from "NKTT" on)
//
// The models' indexes are there so that a run neither densifies the models'
// sparse rows nor hashes their keys (LinearModel::load(..., Rows::Later)):
// 31M instructions and 17 MB of zeroed pages at every start; the clusters'
// table, so that it does not parse the clusters file (15.7M), whose lines
// it only checks against the CRC (WordClusters::load(..., Entries::Later)).

namespace {

constexpr char kTablesBodyMagic[4] = {'N', 'K', 'T', 'T'};
// Bumped whenever compute_tables(), the block layout or the checksum
// changes meaning (2: CRC-32C, was hash_bytes; 3: the models' indexes;
// 4: the clusters' table).
constexpr uint32_t kTablesVersion = 4;
const std::string kTablesMagic = "newskg-tag-tables";

// Bytes from `offset` to the next multiple of 64.
size_t pad_to_line(size_t offset) { return (64 - offset % 64) % 64; }

template <class T>
void put_raw(std::string& out, T v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

// Reads a body front to back; any read past the end fails every later one.
class BodyReader {
 public:
  explicit BodyReader(std::string_view b) : b_(b) {}
  template <class T>
  bool get(T& v) {
    if (!take(sizeof v)) return false;
    std::memcpy(&v, b_.data() + pos_ - sizeof v, sizeof v);
    return true;
  }
  bool bytes(void* dst, size_t n) {
    if (!take(n)) return false;
    if (n > 0) std::memcpy(dst, b_.data() + pos_ - n, n);
    return true;
  }
  bool skip(size_t n) { return take(n); }
  size_t pos() const { return pos_; }

 private:
  bool take(size_t n) {
    if (!ok_ || n > b_.size() - pos_) return ok_ = false;
    pos_ += n;
    return true;
  }
  std::string_view b_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

// CRC-32C, not hash_bytes(): every run checks the 25 MB, and the crc32
// instruction takes eight bytes where the hash's multiply-xorshift step
// takes five instructions (`extract` of bbc/tech: 8.1M instructions -> 1.7M).
// A checksum against damage, not against forgery: what it guards is a cache.
uint64_t Tagger::tables_checksum(std::string_view body) { return core::crc32c(body); }

std::vector<int8_t>* Tagger::dense_table(Models& m, int i) {
  std::vector<int8_t>* all[] = {&m.pos_first,      &m.pos_history,   &m.ner_first,
                                &m.ner_pos_left,   &m.ner_pos_right, &m.ner_history,
                                &m.ner_history_pos};
  return i < 7 ? all[i] : nullptr;
}

core::Status Tagger::save_tables(const std::string& path) const {
  Models& m = const_cast<Models&>(*m_);  // read only; dense_table() serves both ways
  const WordTable& t = m.table;
  ModelHeader header;
  header.magic = kTablesMagic;
  header.set("note",
             "the tagger's precomputed tables for the models named below; a cache, "
             "remade by the build, safe to delete");
  char id[17];
  std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(m.identity));
  header.set("models", id);
  const std::string head = header.to_string();
  std::string body;
  body.reserve((t.size + 2) * t.block + t.slots.size() * 12 + (1 << 16));
  body.append(kTablesBodyMagic, 4);
  put_raw<uint32_t>(body, kTablesVersion);
  put_raw<uint64_t>(body, m.identity);
  for (size_t v : {t.size, t.pos_width, t.ner_width, t.rows, t.block}) put_raw<uint64_t>(body, v);
  put_raw<int32_t>(body, t.pos_shift);
  put_raw<int32_t>(body, t.ner_shift);
  put_raw<uint64_t>(body, t.slots.size());
  for (const WordTable::Slot& slot : t.slots) {
    put_raw<uint64_t>(body, slot.key);
    put_raw<uint32_t>(body, slot.id);
  }
  // Zeros up to a 64-byte offset in the file: the blocks are used where they
  // lie in the mapped file, and must start a cache line there.
  body.append(pad_to_line(head.size() + body.size()), '\0');
  body.append(reinterpret_cast<const char*>(t.block_of(0)), (t.size + 2) * t.block);
  for (int i = 0; std::vector<int8_t>* d = dense_table(m, i); ++i) {
    put_raw<uint64_t>(body, d->size());
    body.append(reinterpret_cast<const char*>(d->data()), d->size());
  }
  for (const LinearModel* model : {&m.pos, &m.ner}) {
    const LinearModel::Index& x = model->index();
    for (size_t v : {x.rows, x.slot_count, x.filter_words}) put_raw<uint64_t>(body, v);
    put_raw<int32_t>(body, x.filter_shift);
    put_raw<int32_t>(body, 0);
    auto array = [&](const void* data, size_t bytes) {
      body.append(pad_to_line(head.size() + body.size()), '\0');
      if (bytes > 0) body.append(static_cast<const char*>(data), bytes);
    };
    array(x.weights, x.rows * model->num_classes() * sizeof(int16_t));
    array(x.slots, x.slot_count * sizeof(LinearModel::Slot));
    array(x.filter, x.filter_words * sizeof(uint64_t));
  }
  put_raw<uint64_t>(body, m.clusters ? 1 : 0);
  if (m.clusters) {
    const WordClusters::Index& x = m.clusters->index();
    put_raw<uint64_t>(body, core::crc32c(m.clusters->lines()));
    put_raw<uint64_t>(body, m.clusters->size());
    put_raw<uint64_t>(body, x.slot_count);
    body.append(pad_to_line(head.size() + body.size()), '\0');
    if (x.slot_count > 0)
      body.append(reinterpret_cast<const char*>(x.slots),
                  x.slot_count * sizeof(WordClusters::Slot));
  }
  put_raw<uint64_t>(body, tables_checksum(body));
  return write_file(path, head + body);
}

bool Tagger::read_tables(const std::string& path, Models& m) {
  // Mapped, not read: the 25 MB of blocks and indexes are used where they lie, so a run
  // neither zeroes nor copies them (page faults cost ~10 us each on a VM).
  if (path.empty()) return false;
  auto mapped_file = map_file(path);
  if (!mapped_file || mapped_file->bytes.empty()) return false;
  std::shared_ptr<const void> mapped = std::move(mapped_file->hold);
  const std::string_view file = mapped_file->bytes;
  size_t at = 0;
  auto header = ModelHeader::parse(file, path, at);
  if (!header || header->magic != kTablesMagic) return false;
  const std::string_view body = file.substr(at);
  if (body.size() < 4 + 8) return false;
  uint64_t sum = 0;
  std::memcpy(&sum, body.data() + body.size() - 8, 8);
  if (tables_checksum(body.substr(0, body.size() - 8)) != sum) return false;

  BodyReader r(body.substr(0, body.size() - 8));
  char magic[4];
  uint32_t version = 0;
  uint64_t identity = 0;
  if (!r.bytes(magic, 4) || std::memcmp(magic, kTablesBodyMagic, 4) != 0 || !r.get(version) ||
      version != kTablesVersion || !r.get(identity) || identity != m.identity)
    return false;
  WordTable& t = m.table;
  for (size_t want : {t.size, t.pos_width, t.ner_width, t.rows, t.block}) {
    uint64_t v = 0;
    if (!r.get(v) || v != want) return false;
  }
  int32_t pos_shift = 0, ner_shift = 0;
  uint64_t slots = 0;
  if (!r.get(pos_shift) || !r.get(ner_shift) || !r.get(slots) || slots == 0 ||
      !std::has_single_bit(slots) || slots > body.size() / 12 || slots <= t.size)
    return false;
  // The slots (12 bytes each in the file, key then id) in one bounds check
  // and a loop without a branch: two reader calls a slot, each checking
  // its bounds, were a sixth of the tagger's load at every start.
  std::vector<WordTable::Slot> slot_table(slots);
  const char* slot_bytes = body.data() + r.pos();
  if (!r.skip(slots * 12)) return false;
  bool ids_fit = true;
  for (WordTable::Slot& slot : slot_table) {
    std::memcpy(&slot.key, slot_bytes, 8);
    std::memcpy(&slot.id, slot_bytes + 8, 4);
    slot_bytes += 12;
    ids_fit &= slot.key == 0 || slot.id < t.size;
  }
  if (!ids_fit) return false;
  if (!r.skip(pad_to_line(at + r.pos()))) return false;
  const size_t words = t.size + 2;
  if (words > body.size() / t.block) return false;
  const int8_t* blocks = reinterpret_cast<const int8_t*>(body.data() + r.pos());
  if (!r.skip(words * t.block)) return false;
  std::vector<int8_t> dense[7];
  for (auto& d : dense) {
    uint64_t size = 0;
    if (!r.get(size) || size > body.size()) return false;
    d.resize(size);
    if (!r.bytes(d.data(), size)) return false;
  }
  // The models' indexes, used where they lie.
  LinearModel::Index index[2];
  for (int k = 0; k < 2; ++k) {
    const size_t classes = (k == 0 ? m.pos : m.ner).num_classes();
    LinearModel::Index& x = index[k];
    uint64_t rows = 0, slot_count = 0, filter_words = 0;
    int32_t shift = 0, zero = 0;
    if (!r.get(rows) || !r.get(slot_count) || !r.get(filter_words) || !r.get(shift) ||
        !r.get(zero) || zero != 0 || rows > body.size() / 2 || slot_count > body.size() / 16 ||
        filter_words > body.size() / 8)
      return false;
    x.rows = rows;
    x.slot_count = slot_count;
    x.filter_words = filter_words;
    x.filter_shift = shift;
    auto array = [&](size_t bytes) -> const char* {
      if (!r.skip(pad_to_line(at + r.pos()))) return nullptr;
      const char* p = body.data() + r.pos();
      return r.skip(bytes) ? p : nullptr;
    };
    x.weights = reinterpret_cast<const int16_t*>(array(rows * classes * sizeof(int16_t)));
    x.slots =
        reinterpret_cast<const LinearModel::Slot*>(array(slot_count * sizeof(LinearModel::Slot)));
    x.filter = reinterpret_cast<const uint64_t*>(array(filter_words * sizeof(uint64_t)));
    if (!x.weights || !x.slots || !x.filter) return false;
  }
  // The clusters' table, for the very lines of the clusters file loaded.
  uint64_t has_clusters = 0;
  WordClusters::Index clusters;
  if (!r.get(has_clusters) || has_clusters != (m.clusters ? 1 : 0)) return false;
  if (m.clusters) {
    uint64_t crc = 0, words = 0, slot_count = 0;
    if (!r.get(crc) || !r.get(words) || !r.get(slot_count) || words != m.clusters->size() ||
        slot_count > body.size() / sizeof(WordClusters::Slot) || !r.skip(pad_to_line(at + r.pos())))
      return false;
    clusters.slots = reinterpret_cast<const WordClusters::Slot*>(body.data() + r.pos());
    clusters.slot_count = slot_count;
    if (!r.skip(slot_count * sizeof(WordClusters::Slot)) || !m.clusters->index_fits(clusters) ||
        crc != core::crc32c(m.clusters->lines()))
      return false;
  }
  if (r.pos() != body.size() - 8) return false;
  if (!m.pos.index_fits(index[0]) || !m.ner.index_fits(index[1])) return false;
  // The sizes compute_tables() gives them: decode() indexes them unchecked.
  const size_t hist = m.ner.num_classes() + 1, pos_values = kNumPos + 1;
  const size_t want[7] = {kFlagValues * t.pos_width,
                          pos_values * pos_values * t.pos_width,
                          kFlagValues * t.ner_width,
                          kPosValues * kPosValues * t.ner_width,
                          kPosValues * kPosValues * t.ner_width,
                          hist * hist * t.ner_width,
                          hist * kPosValues * t.ner_width};
  for (int i = 0; i < 7; ++i)
    if (dense[i].size() != want[i]) return false;
  // All read and checked: only now does any of it reach the models.
  t.slots = std::move(slot_table);
  t.mask = slots - 1;
  t.storage.clear();
  t.blocks = blocks;
  t.mapped = std::move(mapped);
  t.pos_shift = pos_shift;
  t.ner_shift = ner_shift;
  for (int i = 0; i < 7; ++i) *dense_table(m, i) = std::move(dense[i]);
  m.pos.use_index(index[0], t.mapped);
  m.ner.use_index(index[1], t.mapped);
  if (m.clusters && !m.clusters->entries_read()) {
    auto c = std::make_shared<WordClusters>(*m.clusters);
    c->use_index(clusters, t.mapped);
    m.clusters = std::move(c);
  }
  return true;
}

size_t Tagger::table_bytes() const {
  const Models& m = *m_;
  return (m.table.size + 2) * m.table.block + m.table.slots.size() * sizeof(WordTable::Slot) +
         m.pos_first.size() + m.pos_history.size() + m.ner_first.size() + m.ner_pos_left.size() +
         m.ner_pos_right.size() + m.ner_history.size() + m.ner_history_pos.size();
}

core::Result<Tagger> Tagger::create(LinearModel pos, LinearModel ner,
                                    std::shared_ptr<const WordClusters> clusters) {
  Models m;
  m.pos = std::move(pos);
  m.ner = std::move(ner);
  m.clusters = std::move(clusters);
  return build(std::move(m), "<models in memory>");
}

std::vector<std::string> Tagger::default_tables(const std::string& dir) {
  std::vector<std::string> out = {(std::filesystem::path(dir) / kTablesFile).string()};
#ifdef NEWSKG_TABLES_FILE
  out.push_back(NEWSKG_TABLES_FILE);
#endif
  return out;
}

core::Result<Tagger> Tagger::load(const std::string& dir) { return load(dir, default_tables(dir)); }

core::Result<Tagger> Tagger::load(const std::string& dir, const std::vector<std::string>& tables) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return core::Error{dir, 0, "model folder not found"};
  Models m;
  // The clusters (a third of the load) are read on a thread of their own
  // while the two models are, if the file is there; they are kept only if
  // the models name them, below.
  const std::string clusters_path = (fs::path(dir) / kClustersFile).string();
  std::future<core::Result<WordClusters>> clusters_read;
  if (fs::is_regular_file(clusters_path, ec))
    clusters_read = std::async(std::launch::async, [&clusters_path] {
      // Its lines are parsed only if no tables file has their table.
      return WordClusters::load(clusters_path, nullptr, WordClusters::Entries::Later);
    });
  // Their rows are read only if no tables file has their indexes (build()).
  auto pos = LinearModel::load((fs::path(dir) / kPosFile).string(), &m.pos_header,
                               LinearModel::Rows::Later);
  if (!pos) return pos.error();
  auto ner = LinearModel::load((fs::path(dir) / kNerFile).string(), &m.ner_header,
                               LinearModel::Rows::Later);
  if (!ner) return ner.error();
  m.pos = std::move(*pos);
  m.ner = std::move(*ner);
  // A model trained with clusters names their fingerprint; the file must match it.
  std::string want;
  for (const ModelHeader* h : {&m.pos_header, &m.ner_header}) {
    const std::string* c = h->find("clusters");
    if (c && *c != "none") {
      if (!want.empty() && want != *c)
        return core::Error{dir, 0, "pos.model and ner.model were trained with different clusters"};
      want = *c;
    }
  }
  if (!want.empty()) {
    const std::string& path = clusters_path;
    auto clusters = clusters_read.valid() ? clusters_read.get() : WordClusters::load(path);
    if (!clusters) return clusters.error();
    if (clusters->fingerprint() != want)
      return core::Error{path, 0,
                         "clusters " + clusters->fingerprint() +
                             " are not the ones the models were trained with (" + want +
                             "): retrain with newskg-train"};
    m.clusters = std::make_shared<const WordClusters>(std::move(*clusters));
  }
  return build(std::move(m), dir, tables);
}

// ---------------------------------------------------------------- tagging

void Tagger::add_piece(std::string_view form, uint64_t form_hash, const WordInfo* info,
                       TagWorkspace& ws) const {
  const WordTable& t = m_->table;
  if (const int64_t id = t.find(form_hash); id >= 0) {
    ws.blocks.push_back(t.block_of(static_cast<size_t>(id)));
    prefetch(ws.blocks.back(), t.block);
    ws.unknown_of.push_back(UINT32_MAX);
    return;
  }
  add_unknown(form, info, ws);
}

void Tagger::add_unknown(std::string_view form, const WordInfo* info, TagWorkspace& ws) const {
  const size_t u = ws.unknown.size() / m_->table.block;
  sum_unknown(form, info, ws);
  ws.blocks.push_back(nullptr);
  ws.unknown_of.push_back(static_cast<uint32_t>(u));
}

void Tagger::sum_unknown(std::string_view form, const WordInfo* info, TagWorkspace& ws) const {
  const Models& m = *m_;
  const WordTable& t = m.table;
  // Outside the vocabulary. The models know no feature of such a word's
  // exact form (the vocabulary holds every training word seen twice, and a
  // feature needs two sightings), so its sums depend on its lower-case form,
  // shape and flags only: "522,000" and "348,000" share them. They are taken
  // from the workspace's cache under that key, or summed now without the
  // exact-form features, so that the result never depends on the cache.
  WordInfo described;
  if (info == nullptr) {
    describe_word(form, m.clusters.get(), described);
    info = &described;
  }
  WordInfo word = *info;
  word.form = 0;  // no exact-form features
  const uint64_t key = mix64(word.lower ^ mix64(word.shape + word.flags)) | 1;
  if (ws.cache_owner != m.identity) {
    ws.cache_owner = m.identity;
    ws.cache_keys.assign(kCacheSlots, 0);
    ws.cache_blocks.reset(new int8_t[kCacheSlots * t.block]);
  }
  const size_t u = ws.unknown.size() / t.block;
  ws.unknown.resize(ws.unknown.size() + t.block);
  int8_t* block = &ws.unknown[u * t.block];
  const size_t slot = key & (kCacheSlots - 1);
  int8_t* cached = ws.cache_blocks.get() + slot * t.block;
  if (ws.cache_keys[slot] == key) {
    std::memcpy(block, cached, t.block);
  } else {
    const size_t pos_part = kPosGroups * t.pos_width;
    int32_t sums[(kPosGroups + kNerGroups) * kMaxClasses];
    std::fill(sums, sums + t.rows, 0);
    // group_sums() of both models, with every lookup of the word in flight
    // at once: one model key after another, each a cache miss or three, made
    // this the tagger's slowest part.
    GroupRows<kPosGroups> pos;
    GroupRows<kNerGroups> ner;
    pos.find(m.pos, pos_word_features, word);
    ner.find(m.ner, ner_word_features, word);
    pos.sum(m.pos.num_classes(), t.pos_width, sums);
    ner.sum(m.ner.num_classes(), t.ner_width, sums + pos_part);
    rows_from_sums(sums, pos_part, t.pos_shift, block);
    rows_from_sums(sums + pos_part, t.rows - pos_part, t.ner_shift, block + pos_part);
    const WordBrief brief = WordBrief::of(word);
    std::memcpy(block + t.rows, &brief, sizeof brief);
    std::memcpy(cached, block, t.block);
    ws.cache_keys[slot] = key;
  }
}

void Tagger::attach_unknown(TagWorkspace& ws) const {
  const WordTable& t = m_->table;
  ws.words.resize(ws.blocks.size());
  for (size_t i = 0; i < ws.blocks.size(); ++i) {
    if (ws.unknown_of[i] != UINT32_MAX) ws.blocks[i] = &ws.unknown[ws.unknown_of[i] * t.block];
    ws.words[i] = brief_in(ws.blocks[i], t.rows);
  }
}

void Tagger::decode(TagWorkspace& ws) const {
  // Blocks with the sentence pads around them: padded[j + 2] for word j.
  ws.padded.resize(ws.blocks.size() + 4);
  std::copy(ws.blocks.begin(), ws.blocks.end(), ws.padded.begin() + 2);
  decode_padded(ws);
}

void Tagger::decode_padded(TagWorkspace& ws) const {
  const Models& m = *m_;
  const WordTable& t = m.table;
  const size_t n = ws.words.size();
  ws.pos.resize(n);
  ws.ner.resize(n);
  if (n == 0) return;
  ws.padded[0] = ws.padded[1] = t.block_of(t.start_id);
  ws.padded[n + 2] = ws.padded[n + 3] = t.block_of(t.end_id);

  detail::DecodeInput in;
  in.block = ws.padded.data() + 2;
  in.words = ws.words.data();
  in.n = n;
  // Headlines and capitals: two looked-up features per word.
  if (const uint8_t casing = sentence_case(ws.words.data(), n); casing != kMixedCase) {
    ws.casing.assign(n * t.ner_width, 0);
    uint64_t keys[kMaxFeatures];
    int32_t sums[kMaxClasses];
    for (size_t i = 0; i < n; ++i) {
      m.ner.score(keys, ner_casing_features(casing, ws.words[i].lower, ws.words[i].shape, keys),
                  sums);
      rows_from_sums(sums, m.ner.num_classes(), t.ner_shift, &ws.casing[i * t.ner_width]);
    }
    in.casing_rows = ws.casing.data();
  }
  in.pos_first = m.pos_first.data();
  in.pos_history = m.pos_history.data();
  in.ner_first = m.ner_first.data();
  in.ner_pos_left = m.ner_pos_left.data();
  in.ner_pos_right = m.ner_pos_right.data();
  in.ner_history = m.ner_history.data();
  in.ner_history_pos = m.ner_history_pos.data();
  in.pos_mask = m.pos_mask;
  in.ner_mask = m.ner_mask;
  in.ner_allowed = m.scheme == LabelScheme::IO ? nullptr : m.ner_allowed.data();
  in.ner_classes = m.ner.num_classes();
  m.decoder(in, ws.pos.data(), ws.ner.data());
}

void Tagger::tag_words(const WordInfo* words, size_t n, uint8_t* pos, uint8_t* ner) const {
  TagWorkspace ws;
  tag_words(words, n, pos, ner, ws);
}

void Tagger::tag_words(const WordInfo* words, size_t n, uint8_t* pos, uint8_t* ner,
                       TagWorkspace& ws) const {
  ws.blocks.clear();
  ws.unknown.clear();
  ws.unknown_of.clear();
  for (size_t i = 0; i < n; ++i) add_piece({}, words[i].form, &words[i], ws);
  attach_unknown(ws);
  decode(ws);
  std::copy(ws.pos.begin(), ws.pos.end(), pos);
  std::copy(ws.ner.begin(), ws.ner.end(), ner);
}

void Tagger::tag(const text::Segmented& seg, std::string_view text,
                 std::vector<TokenTags>& out) const {
  TagWorkspace ws;
  tag(seg, text, out, ws);
}

void Tagger::tag(const text::Segmented& seg, std::string_view text, std::vector<TokenTags>& out,
                 TagWorkspace& ws) const {
  const WordTable& t = m_->table;
  out.assign(seg.tokens.size(), TokenTags{});
  PtbPieces pieces;
  for (const text::Sentence& s : seg.sentences) {
    ws.unknown.clear();
    ws.unknown_of.clear();
    ws.joined.clear();
    // The sentence's pieces first: their forms, then their hashes.
    ws.pieces.clear();
    ws.form_bytes.clear();
    // Pieces that ptb_pieces() rewrote (at most as long as their tokens) are
    // kept in form_bytes, reserved so that it never moves under the views.
    if (s.last > s.first)
      ws.form_bytes.reserve(seg.tokens[s.last - 1].span.end - seg.tokens[s.first].span.begin);
    for (uint32_t tok_index = s.first; tok_index < s.last; ++tok_index) {
      const text::Token& tok = seg.tokens[tok_index];
      // PTB keeps a clock time whole where newskg splits it at the colon:
      // "6:00" -> one word, whose tags its three tokens share.
      if (const uint32_t last = clock_time_end(seg, s, tok_index, text); last > tok_index) {
        ws.pieces.push_back({text.substr(tok.span.begin, seg.tokens[last].span.end - tok.span.begin)
                                 .substr(0, kMaxWordBytes),
                             0, tok_index});
        ws.joined.emplace_back(tok_index, last);
        tok_index = last;
        continue;
      }
      const std::string_view raw = tok.span.of(text);
      if (ptb_whole(raw, tok.kind)) {  // most words: one piece, the token itself
        ws.pieces.push_back({raw.substr(0, kMaxWordBytes), 0, tok_index});
        continue;
      }
      ptb_pieces(raw, tok.kind, tok.single_mark, pieces);
      for (int p = 0; p < pieces.count; ++p) {
        std::string_view form = pieces.piece[p].substr(0, kMaxWordBytes);
        if (form.data() >= pieces.buf && form.data() < pieces.buf + sizeof pieces.buf) {
          const size_t at = ws.form_bytes.size();
          ws.form_bytes.append(form);
          form = std::string_view(ws.form_bytes).substr(at);
        }
        ws.pieces.push_back({form, 0, tok_index});
      }
    }
    // Every piece's slot in the vocabulary table (1 MB, mostly out of cache)
    // is asked for before the first is read, so that their cache misses
    // overlap instead of each waiting its turn.
    const size_t n = ws.pieces.size();
    for (TagWorkspace::Piece& p : ws.pieces) {
      p.hash = hash_bytes(p.form);
      prefetch(&t.slots[p.hash & t.mask], sizeof(WordTable::Slot));
    }
    // Each piece's block straight into its place among the sentence pads
    // (padded[i + 2]); the sums of words outside the vocabulary go to
    // ws.unknown, which may move as it grows, so they are pointed at after.
    ws.padded.resize(n + 4);
    ws.token_of.resize(n);
    ws.words.resize(n);
    const int8_t** const padded = ws.padded.data() + 2;
    for (size_t i = 0; i < n; ++i) {
      const TagWorkspace::Piece& p = ws.pieces[i];
      ws.token_of[i] = p.token;
      if (const int64_t id = t.find(p.hash); id >= 0) {
        padded[i] = t.block_of(static_cast<size_t>(id));
        prefetch(padded[i], t.block);
      } else {
        sum_unknown(p.form, nullptr, ws);
        ws.unknown_of.push_back(static_cast<uint32_t>(i));
      }
    }
    for (size_t u = 0; u < ws.unknown_of.size(); ++u)
      padded[ws.unknown_of[u]] = &ws.unknown[u * t.block];
    for (size_t i = 0; i < n; ++i) ws.words[i] = brief_in(padded[i], t.rows);
    decode_padded(ws);
    // A token takes the tags of its first piece ("isn't" -> "is" VBZ); an
    // entity starts where its label says so or where the type changes (IO).
    EntityType prev_type = EntityType::None;
    for (size_t i = 0; i < ws.words.size(); ++i) {
      if (i > 0 && ws.token_of[i] == ws.token_of[i - 1]) continue;
      TokenTags& tt = out[ws.token_of[i]];
      tt.pos = static_cast<Pos>(ws.pos[i]);
      const EntityLabel label = m_->ner_labels[ws.ner[i]];
      tt.entity = label.type;
      tt.entity_start =
          label.type != EntityType::None && (label.starts() || prev_type != label.type);
      prev_type = label.type;
    }
    for (auto [first, last] : ws.joined)
      for (uint32_t k = first + 1; k <= last; ++k) {
        out[k] = out[first];
        out[k].entity_start = false;
      }
  }
}

}  // namespace newskg::tag
