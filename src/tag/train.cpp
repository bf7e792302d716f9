#include "newskg/tag/train.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <ostream>
#include <unordered_map>

#include "decode.hpp"
#include "newskg/core/check.hpp"
#include "newskg/text/segment.hpp"

namespace newskg::tag {
namespace {

// ---------------------------------------------------------------- reading

std::string unescape_misc(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '\\' || i + 1 == v.size()) {
      out += v[i];
      continue;
    }
    switch (v[++i]) {
      case 'p':
        out += '|';
        break;
      case 's':
        out += ' ';
        break;
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      default:
        out += v[i];
        break;
    }
  }
  return out;
}

bool parse_u32(std::string_view s, uint32_t& v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size();
}

// ---------------------------------------------------------------- training

// splitmix64: the same sequence on every platform (std::shuffle is not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t next() {
    s_ += 0x9e3779b97f4a7c15ULL;
    return mix64(s_);
  }

 private:
  uint64_t s_;
};

void shuffle(std::vector<uint32_t>& v, Rng& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.next() % i]);
}

// uint64 key -> int32 value, open addressing; keys are feature keys (never 0).
class KeyMap {
 public:
  KeyMap() { rehash(1 << 16); }
  int32_t find(uint64_t key) const {
    for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == key) return vals_[i];
      if (keys_[i] == 0) return -1;
    }
  }
  // The value of `key`, inserted as `init` when absent.
  int32_t& get(uint64_t key, int32_t init) {
    if ((count_ + 1) * 2 > keys_.size()) rehash(keys_.size() * 2);
    uint64_t i = key & mask_;
    for (; keys_[i] != 0; i = (i + 1) & mask_)
      if (keys_[i] == key) return vals_[i];
    keys_[i] = key;
    vals_[i] = init;
    ++count_;
    return vals_[i];
  }
  template <class F>
  void for_each(F f) const {
    for (size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i] != 0) f(keys_[i], vals_[i]);
  }

 private:
  void rehash(size_t size) {
    std::vector<uint64_t> keys(size, 0);
    std::vector<int32_t> vals(size, 0);
    const uint64_t mask = size - 1;
    for (size_t j = 0; j < keys_.size(); ++j) {
      if (keys_[j] == 0) continue;
      uint64_t i = keys_[j] & mask;
      while (keys[i] != 0) i = (i + 1) & mask;
      keys[i] = keys_[j];
      vals[i] = vals_[j];
    }
    keys_.swap(keys);
    vals_.swap(vals);
    mask_ = size - 1;
  }
  std::vector<uint64_t> keys_;
  std::vector<int32_t> vals_;
  size_t count_ = 0;
  uint64_t mask_ = 0;
};

// Averaged perceptron with integer weights. Averaging uses the running sum
// trick: an update of d at step s adds d to w and s*d to u; after T steps the
// average weight is w - u/T, i.e. (w*T - u) / T, computed exactly in integers.
class Perceptron {
 public:
  explicit Perceptron(size_t classes) : classes_(classes) {}

  int32_t find(uint64_t key) const { return map_.find(key); }
  int32_t add_row(uint64_t key) {
    int32_t& r = map_.get(key, -1);
    if (r >= 0) return r;
    r = static_cast<int32_t>(keys_.size());
    keys_.push_back(key);
    w_.resize(w_.size() + classes_, 0);
    u_.resize(u_.size() + classes_, 0);
    return r;
  }
  size_t rows() const { return keys_.size(); }

  void add_scores(const int32_t* rows, size_t n, int32_t* scores) const {
    for (size_t f = 0; f < n; ++f) {
      if (rows[f] < 0) continue;
      const int32_t* w = &w_[static_cast<size_t>(rows[f]) * classes_];
      for (size_t c = 0; c < classes_; ++c) scores[c] += w[c];
    }
  }
  void update(const int32_t* rows, size_t n, int truth, int guess) {
    for (size_t f = 0; f < n; ++f) {
      if (rows[f] < 0) continue;
      const size_t base = static_cast<size_t>(rows[f]) * classes_;
      w_[base + truth] += 1;
      u_[base + truth] += step_;
      w_[base + guess] -= 1;
      u_[base + guess] -= step_;
    }
  }
  void tick() { ++step_; }

  // Averaged weights scaled so that the largest is 32767, rounded half away
  // from zero; rows that round to all zeros are left out.
  LinearModel average(std::vector<std::string> classes) const {
    const int64_t t = step_;
    int64_t max_abs = 1;
    for (size_t i = 0; i < w_.size(); ++i) max_abs = std::max(max_abs, std::abs(w_[i] * t - u_[i]));
    int shift = 0;  // keeps v * 32767 inside int64
    while ((max_abs >> shift) > std::numeric_limits<int64_t>::max() / 32768) ++shift;
    const int64_t m = std::max<int64_t>(1, max_abs >> shift);
    std::vector<uint32_t> order(keys_.size());
    for (uint32_t r = 0; r < order.size(); ++r) order[r] = r;
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
    std::vector<uint64_t> keys;
    std::vector<int16_t> weights;
    std::vector<int16_t> row(classes_);
    for (uint32_t r : order) {
      bool any = false;
      for (size_t c = 0; c < classes_; ++c) {
        const size_t i = static_cast<size_t>(r) * classes_ + c;
        const int64_t a = ((w_[i] * t - u_[i]) >> shift) * 32767;
        const int64_t q = (a >= 0 ? a + m / 2 : a - m / 2) / m;
        row[c] = static_cast<int16_t>(std::clamp<int64_t>(q, -32767, 32767));
        any = any || row[c] != 0;
      }
      if (!any) continue;
      keys.push_back(keys_[r]);
      weights.insert(weights.end(), row.begin(), row.end());
    }
    return LinearModel(std::move(classes), std::move(keys), std::move(weights));
  }

 private:
  size_t classes_;
  KeyMap map_;
  std::vector<uint64_t> keys_;
  std::vector<int32_t> w_;
  std::vector<int64_t> u_;
  int64_t step_ = 1;
};

// The feature functions of one model, over one corpus sentence.
struct FeatureSource {
  virtual ~FeatureSource() = default;
  virtual size_t static_keys(const SilverSentence& s, size_t i, uint64_t* out) const = 0;
  virtual size_t dynamic_keys(const SilverSentence& s, size_t i, int prev, int prev2,
                              uint64_t* out) const = 0;
};

struct PosFeatures : FeatureSource {
  const WordInfo* words;
  size_t static_keys(const SilverSentence& s, size_t i, uint64_t* out) const override {
    return pos_static_features(words + s.first, s.last - s.first, i, out);
  }
  size_t dynamic_keys(const SilverSentence& /*s*/, size_t i, int prev, int prev2,
                      uint64_t* out) const override {
    return pos_dynamic_features(i, prev, prev2, out);
  }
};

struct NerFeatures : FeatureSource {
  const WordInfo* words;
  const uint8_t* pos;
  std::vector<uint8_t> casing;  // per sentence of the corpus, by first token
  NerSentence at(const SilverSentence& s) const {
    return NerSentence{words + s.first, pos + s.first, s.last - s.first, casing[s.first]};
  }
  size_t static_keys(const SilverSentence& s, size_t i, uint64_t* out) const override {
    return ner_static_features(at(s), i, out);
  }
  size_t dynamic_keys(const SilverSentence& s, size_t i, int prev, int prev2,
                      uint64_t* out) const override {
    return ner_dynamic_features(at(s), i, prev, prev2, out);
  }
};

// Greedy training over the sentences of `corpus`; gold[t] is token t's class,
// allowed (may be null) the transition table of greedy_ner.
LinearModel train_greedy(const SilverCorpus& corpus, const FeatureSource& features,
                         const std::vector<uint8_t>& gold, std::vector<std::string> classes,
                         const uint8_t* allowed, int epochs, const TrainOptions& options,
                         const char* what) {
  const size_t num_classes = classes.size();
  Perceptron model(num_classes);
  uint64_t keys[kMaxFeatures];

  // Static features seen at least min_count times get rows, in key order.
  {
    KeyMap counts;
    for (const auto& s : corpus.sentences)
      for (size_t i = 0; i < s.last - s.first; ++i) {
        size_t n = features.static_keys(s, i, keys);
        for (size_t k = 0; k < n; ++k) ++counts.get(keys[k], 0);
      }
    std::vector<uint64_t> kept;
    counts.for_each([&](uint64_t key, int32_t count) {
      if (static_cast<uint32_t>(count) >= options.min_count) kept.push_back(key);
    });
    std::sort(kept.begin(), kept.end());
    for (uint64_t key : kept) model.add_row(key);
  }
  std::vector<uint32_t> offset(corpus.tokens.size() + 1, 0);
  std::vector<int32_t> static_rows;
  for (const auto& s : corpus.sentences)
    for (size_t i = 0; i < s.last - s.first; ++i) {
      size_t n = features.static_keys(s, i, keys);
      for (size_t k = 0; k < n; ++k)
        if (int32_t r = model.find(keys[k]); r >= 0) static_rows.push_back(r);
      offset[s.first + i + 1] = static_cast<uint32_t>(static_rows.size());
    }
  if (options.log)
    *options.log << what << ": " << model.rows()
                 << " static features (seen >= " << options.min_count << " times)\n";

  std::vector<uint32_t> order(corpus.sentences.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  Rng rng(options.seed);
  int32_t scores[detail::kMaxClasses];
  int32_t dyn_rows[kMaxFeatures];
  for (int epoch = 0; epoch < epochs; ++epoch) {
    shuffle(order, rng);
    size_t correct = 0, total = 0;
    for (uint32_t si : order) {
      const SilverSentence& s = corpus.sentences[si];
      int prev = -1, prev2 = -1;
      for (size_t i = 0; i < s.last - s.first; ++i) {
        const size_t t = s.first + i;
        const int32_t* srows = static_rows.data() + offset[t];
        const size_t ns = offset[t + 1] - offset[t];
        const size_t nd = features.dynamic_keys(s, i, prev, prev2, keys);
        for (size_t k = 0; k < nd; ++k) dyn_rows[k] = model.find(keys[k]);
        std::fill(scores, scores + num_classes, 0);
        model.add_scores(srows, ns, scores);
        model.add_scores(dyn_rows, nd, scores);
        const uint8_t* ok =
            allowed ? allowed + static_cast<size_t>(prev + 1) * num_classes : nullptr;
        int guess = -1;
        for (size_t c = 0; c < num_classes; ++c)
          if ((!ok || ok[c]) && (guess < 0 || scores[c] > scores[guess]))
            guess = static_cast<int>(c);
        const int truth = gold[t];
        if (guess != truth) {
          for (size_t k = 0; k < nd; ++k)
            if (dyn_rows[k] < 0) dyn_rows[k] = model.add_row(keys[k]);
          model.update(srows, ns, truth, guess);
          model.update(dyn_rows, nd, truth, guess);
        } else {
          ++correct;
        }
        ++total;
        model.tick();
        prev2 = prev;
        prev = guess;
      }
    }
    if (options.log) {
      char line[160];
      std::snprintf(line, sizeof line, "%s: epoch %d/%d, training accuracy %.4f, %zu rows\n", what,
                    epoch + 1, epochs, total ? static_cast<double>(correct) / total : 0.0,
                    model.rows());
      *options.log << line << std::flush;
    }
  }
  LinearModel out = model.average(std::move(classes));
  if (options.log)
    *options.log << what << ": " << out.num_features() << " feature rows kept after averaging\n";
  return out;
}

std::vector<std::string> ner_classes(LabelScheme scheme) {
  std::vector<std::string> out = {"O"};
  for (int t = 1; t < kNumEntityTypes; ++t) {
    const std::string name(kEntityTypeNames[t]);
    if (scheme != LabelScheme::IO) out.push_back("B-" + name);
    out.push_back("I-" + name);
    if (scheme == LabelScheme::BILOU) {
      out.push_back("L-" + name);
      out.push_back("U-" + name);
    }
  }
  return out;
}

std::vector<uint8_t> transition_table(const std::vector<std::string>& classes, LabelScheme scheme) {
  std::vector<EntityLabel> labels;
  for (const auto& c : classes) labels.push_back(*parse_entity_label(c));
  const size_t n = labels.size();
  std::vector<uint8_t> allowed((n + 1) * n);
  for (size_t p = 0; p <= n; ++p)
    for (size_t c = 0; c < n; ++c)
      allowed[p * n + c] =
          label_may_follow(p == 0 ? EntityLabel{} : labels[p - 1], labels[c], scheme);
  return allowed;
}

// Class of each token: its entity type's maximal run in the sentence, as BILOU or BIO.
std::vector<uint8_t> ner_gold(const SilverCorpus& corpus, LabelScheme scheme) {
  std::vector<uint8_t> gold(corpus.tokens.size(), 0);
  const bool bilou = scheme == LabelScheme::BILOU;
  const int per_type = scheme == LabelScheme::IO ? 1 : bilou ? 4 : 2;
  for (const auto& s : corpus.sentences) {
    for (uint32_t i = s.first; i < s.last;) {
      const EntityType type = corpus.tokens[i].entity;
      uint32_t j = i + 1;
      while (j < s.last && corpus.tokens[j].entity == type) ++j;
      if (type != EntityType::None) {
        const int base = 1 + (static_cast<int>(type) - 1) * per_type;  // B, I, L, U
        for (uint32_t k = i; k < j; ++k) {
          int off = scheme == LabelScheme::IO ? 0 : k == i ? 0 : 1;
          if (bilou && j - i == 1)
            off = 3;
          else if (bilou && k + 1 == j)
            off = 2;
          gold[k] = static_cast<uint8_t>(base + off);
        }
      }
      i = j;
    }
  }
  return gold;
}

// The words a Tagger precomputes: training forms seen at least twice, then
// unlabelled forms seen at least `min_unlabelled` times, each by decreasing count.
std::vector<std::string> training_vocabulary(const SilverCorpus& corpus,
                                             const std::vector<std::string_view>* unlabelled,
                                             uint64_t min_unlabelled, size_t limit) {
  auto by_count = [](std::unordered_map<std::string_view, uint64_t>& counts, uint64_t min) {
    std::vector<std::pair<std::string_view, uint64_t>> words;
    for (const auto& [w, c] : counts)
      if (c >= min && !w.empty()) words.emplace_back(w.substr(0, kMaxWordBytes), c);
    std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return words;
  };
  std::unordered_map<std::string_view, uint64_t> counts;
  for (const auto& t : corpus.tokens) ++counts[corpus.form(t)];
  std::vector<std::string> out;
  std::unordered_set<std::string_view> seen;
  for (const auto& w : by_count(counts, 2))
    if (out.size() < limit && seen.insert(w.first).second) out.emplace_back(w.first);
  if (unlabelled) {
    counts.clear();
    for (std::string_view w : *unlabelled) ++counts[w];
    for (const auto& w : by_count(counts, min_unlabelled))
      if (out.size() < limit && seen.insert(w.first).second) out.emplace_back(w.first);
  }
  return out;
}

// ---------------------------------------------------------------- evaluation

struct Span3 {
  uint32_t begin, end;
  EntityType type;
  friend auto operator<=>(const Span3&, const Span3&) = default;
};

void count_spans(std::vector<Span3> gold, std::vector<Span3> pred, Evaluation& ev) {
  std::sort(gold.begin(), gold.end());
  std::sort(pred.begin(), pred.end());
  auto g = gold.begin();
  auto p = pred.begin();
  auto bump = [&](EntityType t, size_t SpanCounts::*field) {
    ++(ev.all.*field);
    ++(ev.by_type[static_cast<int>(t)].*field);
    if (is_name_type(t)) ++(ev.names.*field);
  };
  while (g != gold.end() || p != pred.end()) {
    if (p == pred.end() || (g != gold.end() && *g < *p)) {
      bump(g->type, &SpanCounts::fn);
      ++g;
    } else if (g == gold.end() || *p < *g) {
      bump(p->type, &SpanCounts::fp);
      ++p;
    } else {
      bump(g->type, &SpanCounts::tp);
      ++g, ++p;
    }
  }
}

// Entity spans of a decoded sentence: a span starts at B/U or where the type changes.
template <class F>
void decoded_spans(const Tagger& tagger, const uint8_t* ner, size_t n, F emit) {
  size_t start = 0;
  EntityType type = EntityType::None;
  for (size_t i = 0; i <= n; ++i) {
    EntityLabel l = i < n ? tagger.ner_label(ner[i]) : EntityLabel{};
    if (type != EntityType::None && (l.type != type || l.starts())) emit(start, i, type);
    if (l.type != EntityType::None && (l.type != type || l.starts())) start = i;
    type = l.type;
  }
}

std::string fmt(double v) {
  char b[16];
  std::snprintf(b, sizeof b, "%.4f", v);
  return b;
}

}  // namespace

// ---------------------------------------------------------------- SilverCorpus

core::Status SilverCorpus::add_article(std::string_view conllu, const std::string& name,
                                       const std::string& path) {
  SilverArticle article;
  article.name = name;
  article.first_sentence = static_cast<uint32_t>(sentences.size());
  size_t pos = 0;
  int line_no = 0;
  bool open = false;
  auto close_sentence = [&] {
    if (open && sentences.back().last == sentences.back().first) sentences.pop_back();
    open = false;
  };
  while (pos < conllu.size()) {
    size_t eol = conllu.find('\n', pos);
    if (eol == std::string_view::npos) eol = conllu.size();
    std::string_view line = conllu.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (line.empty()) {
      close_sentence();
      continue;
    }
    if (line[0] == '#') continue;
    std::string_view col[10];
    size_t c = 0, start = 0;
    for (size_t i = 0; i <= line.size() && c < 10; ++i)
      if (i == line.size() || line[i] == '\t') {
        col[c++] = line.substr(start, i - start);
        start = i + 1;
      }
    if (c != 10) return core::Error{path, line_no, "expected 10 tab-separated columns"};
    if (!open) {
      sentences.push_back(
          {static_cast<uint32_t>(tokens.size()), static_cast<uint32_t>(tokens.size())});
      open = true;
    }
    SilverToken t;
    auto pos_tag = parse_pos(col[4]);
    if (!pos_tag)
      return core::Error{path, line_no, "unknown POS tag '" + std::string(col[4]) + "'"};
    t.pos = *pos_tag;
    std::string form(col[1]);
    bool have_begin = false, have_end = false, have_ner = false;
    std::string_view misc = col[9];
    for (size_t i = 0; i <= misc.size();) {
      size_t bar = misc.find('|', i);
      if (bar == std::string_view::npos) bar = misc.size();
      std::string_view kv = misc.substr(i, bar - i);
      i = bar + 1;
      size_t eq = kv.find('=');
      if (eq == std::string_view::npos) continue;
      std::string_view k = kv.substr(0, eq), v = kv.substr(eq + 1);
      if (k == "Begin") {
        have_begin = parse_u32(v, t.begin);
      } else if (k == "End") {
        have_end = parse_u32(v, t.end);
      } else if (k == "NER") {
        auto type = parse_entity_type(v);
        if (!type) return core::Error{path, line_no, "unknown NER tag '" + std::string(v) + "'"};
        t.entity = *type;
        have_ner = true;
      } else if (k == "CoreNLPForm") {
        form = unescape_misc(v);
      }
    }
    if (!have_begin || !have_end || !have_ner)
      return core::Error{path, line_no, "MISC lacks Begin, End or NER"};
    t.form_offset = static_cast<uint32_t>(forms.size());
    t.form_size = static_cast<uint32_t>(form.size());
    forms += form;
    tokens.push_back(t);
    sentences.back().last = static_cast<uint32_t>(tokens.size());
  }
  close_sentence();
  article.last_sentence = static_cast<uint32_t>(sentences.size());
  articles.push_back(std::move(article));
  return core::Status::success();
}

core::Result<SilverCorpus> SilverCorpus::read_dir(const std::string& dir, size_t max_articles) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return core::Error{dir, 0, "silver folder not found"};
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".conllu") files.push_back(e.path());
  if (ec) return core::Error{dir, 0, "cannot list folder: " + ec.message()};
  std::sort(files.begin(), files.end());
  if (max_articles > 0 && files.size() > max_articles) files.resize(max_articles);
  if (files.empty()) return core::Error{dir, 0, "no .conllu files"};
  SilverCorpus corpus;
  for (const auto& f : files) {
    auto data = read_file(f.string());
    if (!data) return data.error();
    if (auto st = corpus.add_article(*data, f.stem().string(), f.string()); !st) return st.error();
  }
  return corpus;
}

// ---------------------------------------------------------------- training

std::vector<WordInfo> describe_corpus(const SilverCorpus& corpus, const WordClusters* clusters) {
  std::vector<WordInfo> words(corpus.tokens.size());
  for (size_t t = 0; t < corpus.tokens.size(); ++t)
    describe_word(corpus.form(corpus.tokens[t]), clusters, words[t]);
  return words;
}

TrainedModels train_models(const SilverCorpus& train, std::shared_ptr<const WordClusters> clusters,
                           const TrainOptions& options) {
  const std::vector<WordInfo> words = describe_corpus(train, clusters.get());
  TrainedModels out;

  std::vector<uint8_t> pos_gold(train.tokens.size());
  for (size_t t = 0; t < train.tokens.size(); ++t)
    pos_gold[t] = static_cast<uint8_t>(train.tokens[t].pos);
  std::vector<std::string> pos_classes(std::begin(kPosNames), std::end(kPosNames));
  PosFeatures pf;
  pf.words = words.data();
  out.pos = train_greedy(train, pf, pos_gold, std::move(pos_classes), nullptr, options.pos_epochs,
                         options, "pos");
  out.pos = LinearModel(out.pos.classes(), out.pos.keys(), out.pos.dense_weights(),
                        training_vocabulary(train, options.unlabelled, options.unlabelled_min_count,
                                            options.vocabulary_size));

  // The entity model sees the POS tags the finished POS model gives its own
  // training data, as it will see predicted tags at run time.
  std::vector<uint8_t> pos(train.tokens.size());
  for (const auto& s : train.sentences)
    detail::greedy_pos(out.pos, words.data() + s.first, s.last - s.first, pos.data() + s.first);
  std::vector<std::string> classes = ner_classes(options.scheme);
  const std::vector<uint8_t> allowed = transition_table(classes, options.scheme);
  NerFeatures nf;
  nf.words = words.data();
  nf.pos = pos.data();
  nf.casing.assign(train.tokens.size(), 0);
  for (const auto& s : train.sentences)
    nf.casing[s.first] = sentence_case(words.data() + s.first, s.last - s.first);
  out.ner = train_greedy(train, nf, ner_gold(train, options.scheme), std::move(classes),
                         allowed.data(), options.ner_epochs, options, "ner");
  return out;
}

// ---------------------------------------------------------------- evaluation

std::string Evaluation::summary() const {
  std::string out = "pos accuracy " + fmt(pos_accuracy()) + " (" + std::to_string(tokens) +
                    " tokens); entity F1 " + fmt(all.f1()) + " (P " + fmt(all.precision()) + " R " +
                    fmt(all.recall()) + "), names F1 " + fmt(names.f1());
  for (int t = 1; t < kNumEntityTypes; ++t) {
    const SpanCounts& c = by_type[t];
    if (c.tp + c.fn == 0) continue;
    out += ", " + std::string(kEntityTypeNames[t]) + " " + fmt(c.f1());
  }
  return out;
}

std::string Evaluation::report() const {
  std::string out;
  char line[200];
  std::snprintf(line, sizeof line, "  POS accuracy  %.4f  (%zu of %zu tokens", pos_accuracy(),
                pos_correct, tokens);
  out += line;
  if (silver_tokens > 0) {
    std::snprintf(line, sizeof line, "; %zu silver tokens, %.1f%% aligned 1:1", silver_tokens,
                  100.0 * tokens / silver_tokens);
    out += line;
  }
  out += ")\n";
  auto row = [&](const std::string& name, const SpanCounts& c) {
    std::snprintf(line, sizeof line, "  %-13s P %.4f  R %.4f  F1 %.4f  (gold %zu, predicted %zu)\n",
                  name.c_str(), c.precision(), c.recall(), c.f1(), c.tp + c.fn, c.tp + c.fp);
    out += line;
  };
  row("entities", all);
  row("names", names);
  for (int t = 1; t < kNumEntityTypes; ++t) row(std::string(kEntityTypeNames[t]), by_type[t]);
  return out;
}

Evaluation evaluate_silver(const Tagger& tagger, const SilverCorpus& dev) {
  Evaluation ev;
  const std::vector<WordInfo> words = describe_corpus(dev, tagger.clusters());
  std::vector<uint8_t> pos, ner;
  std::vector<Span3> gold, pred;
  TagWorkspace ws;
  for (const auto& s : dev.sentences) {
    const size_t n = s.last - s.first;
    pos.resize(n);
    ner.resize(n);
    tagger.tag_words(words.data() + s.first, n, pos.data(), ner.data(), ws);
    for (size_t i = 0; i < n; ++i) {
      ++ev.tokens;
      ev.pos_correct += pos[i] == static_cast<uint8_t>(dev.tokens[s.first + i].pos);
    }
    for (uint32_t i = s.first; i < s.last;) {
      uint32_t j = i + 1;
      while (j < s.last && dev.tokens[j].entity == dev.tokens[i].entity) ++j;
      if (dev.tokens[i].entity != EntityType::None) gold.push_back({i, j, dev.tokens[i].entity});
      i = j;
    }
    decoded_spans(tagger, ner.data(), n, [&](size_t b, size_t e, EntityType t) {
      pred.push_back({static_cast<uint32_t>(s.first + b), static_cast<uint32_t>(s.first + e), t});
    });
  }
  count_spans(std::move(gold), std::move(pred), ev);
  return ev;
}

core::Result<Evaluation> evaluate_aligned(
    const Tagger& tagger, const SilverCorpus& dev, const std::string& text_dir,
    const std::unordered_set<std::string_view>* abbreviations) {
  Evaluation ev;
  text::SegmentOptions opt;
  opt.abbreviations = abbreviations;
  std::vector<TokenTags> tags;
  TagWorkspace ws;
  std::vector<Span3> gold, pred;
  std::vector<uint32_t> byte_of;  // code point index -> byte offset
  for (const SilverArticle& a : dev.articles) {
    const std::string path = (std::filesystem::path(text_dir) / (a.name + ".txt")).string();
    auto data = read_file(path);
    if (!data) return data.error();
    const std::string& text = *data;
    byte_of.clear();
    for (uint32_t b = 0; b < text.size(); ++b)
      if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) byte_of.push_back(b);
    byte_of.push_back(static_cast<uint32_t>(text.size()));
    auto to_byte = [&](uint32_t ch) { return ch < byte_of.size() ? byte_of[ch] : UINT32_MAX; };

    const text::Segmented seg = text::segment(text, opt);
    tagger.tag(seg, text, tags, ws);
    std::unordered_map<uint64_t, uint32_t> token_at;  // (begin, end) -> token
    for (uint32_t i = 0; i < seg.tokens.size(); ++i)
      token_at[uint64_t{seg.tokens[i].span.begin} << 32 | seg.tokens[i].span.end] = i;
    gold.clear();
    pred.clear();
    for (uint32_t si = a.first_sentence; si < a.last_sentence; ++si) {
      const SilverSentence& s = dev.sentences[si];
      for (uint32_t i = s.first; i < s.last; ++i) {
        const SilverToken& st = dev.tokens[i];
        ++ev.silver_tokens;
        auto it = token_at.find(uint64_t{to_byte(st.begin)} << 32 | to_byte(st.end));
        if (it == token_at.end()) continue;
        ++ev.tokens;
        ev.pos_correct += tags[it->second].pos == st.pos;
      }
      for (uint32_t i = s.first; i < s.last;) {
        uint32_t j = i + 1;
        while (j < s.last && dev.tokens[j].entity == dev.tokens[i].entity) ++j;
        if (dev.tokens[i].entity != EntityType::None)
          gold.push_back(
              {to_byte(dev.tokens[i].begin), to_byte(dev.tokens[j - 1].end), dev.tokens[i].entity});
        i = j;
      }
    }
    for (const Entity& e : entities(tags))
      pred.push_back({seg.tokens[e.first].span.begin, seg.tokens[e.last - 1].span.end, e.type});
    // CoreNLP splits the period off an abbreviation that ends a sentence
    // ("5 p.m." -> "p.m" "."), newskg does not: spans match up to that period.
    for (auto* spans : {&gold, &pred})
      for (Span3& sp : *spans)
        if (sp.end - sp.begin > 1 && sp.end <= text.size() && text[sp.end - 1] == '.') --sp.end;
    count_spans(gold, pred, ev);
  }
  return ev;
}

}  // namespace newskg::tag
