#pragma once
// Training and measuring the taggers on CoreNLP's silver annotations of PolNeAR.
//
// Training is one deterministic function of its data and options: sentences
// are visited in an order shuffled by a fixed-seed generator, weights and
// their running sums are integers, and the averaged weights are quantized with
// integer arithmetic, so the same data and options give the same model bytes
// on any machine and at any optimization level.
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newskg/core/result.hpp"
#include "newskg/tag/clusters.hpp"
#include "newskg/tag/model.hpp"
#include "newskg/tag/tagger.hpp"
#include "newskg/tag/tagset.hpp"

namespace newskg::tag {

// One token of the silver data (CoNLL-U, see ../shared/corpus/polnear/silver/README.md).
struct SilverToken {
  uint32_t form_offset = 0;  // CoreNLP's PTB word ("``", "n't", "-LRB-") in SilverCorpus::forms
  uint32_t form_size = 0;
  uint32_t begin = 0;  // character (code point) offsets into the article text
  uint32_t end = 0;
  Pos pos = Pos::NN;
  EntityType entity = EntityType::None;
};

struct SilverSentence {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
};

struct SilverArticle {
  std::string name;  // file name without .conllu
  uint32_t first_sentence = 0;
  uint32_t last_sentence = 0;
};

class SilverCorpus {
 public:
  // Reads DIR/*.conllu in name order; max_articles > 0 reads only the first ones.
  static core::Result<SilverCorpus> read_dir(const std::string& dir, size_t max_articles = 0);
  // Adds one article from the text of a .conllu file.
  core::Status add_article(std::string_view conllu, const std::string& name,
                           const std::string& path);

  std::string_view form(const SilverToken& t) const {
    return std::string_view(forms).substr(t.form_offset, t.form_size);
  }

  std::string forms;
  std::vector<SilverToken> tokens;
  std::vector<SilverSentence> sentences;
  std::vector<SilverArticle> articles;
};

struct TrainOptions {
  int pos_epochs = 10;
  int ner_epochs = 12;
  uint64_t seed = 0x6e65777367ULL;       // "newsg"
  uint32_t min_count = 2;                // static features seen fewer times are dropped
  LabelScheme scheme = LabelScheme::IO;  // entity labels: IO, as the silver (runs of one type)
  // The words whose feature sums a Tagger precomputes (pos.model's
  // vocabulary): training words seen twice or more, then words of the
  // unlabelled text seen `unlabelled_min_count` times or more, up to the size.
  size_t vocabulary_size = 40000;
  const std::vector<std::string_view>* unlabelled = nullptr;
  uint64_t unlabelled_min_count = 3;
  std::ostream* log = nullptr;  // progress lines, when set
};

// Averaged-perceptron training of both models over `train`.
struct TrainedModels {
  LinearModel pos;
  LinearModel ner;
};
TrainedModels train_models(const SilverCorpus& train, std::shared_ptr<const WordClusters> clusters,
                           const TrainOptions& options);

// Describes the words of a corpus sentence by sentence (shared by training and evaluation).
std::vector<WordInfo> describe_corpus(const SilverCorpus& corpus, const WordClusters* clusters);

// Precision / recall / F1 counts of exact (span, type) matches.
struct SpanCounts {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0; }
  double recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct Evaluation {
  size_t tokens = 0;  // tokens compared for POS
  size_t pos_correct = 0;
  size_t silver_tokens = 0;  // all silver tokens (aligned evaluation: some have no 1:1 token)
  SpanCounts all;            // every entity type
  SpanCounts names;          // PERSON, ORGANIZATION, LOCATION, MISC
  SpanCounts by_type[kNumEntityTypes];
  double pos_accuracy() const { return tokens ? static_cast<double>(pos_correct) / tokens : 0.0; }
  // Multi-line report: POS accuracy, entity P/R/F1 overall, names, per type.
  std::string report() const;
  // One line for model headers.
  std::string summary() const;
};

// On the silver tokenization: every silver token is tagged, entities are the
// maximal runs of one type (the silver has no B/I distinction).
Evaluation evaluate_silver(const Tagger& tagger, const SilverCorpus& dev);

// On newskg's tokenization: each article's raw text (TEXT_DIR/NAME.txt) is
// segmented by text::segment and tagged; POS is compared on tokens whose span
// equals a silver token's, entities by their character spans.
core::Result<Evaluation> evaluate_aligned(
    const Tagger& tagger, const SilverCorpus& dev, const std::string& text_dir,
    const std::unordered_set<std::string_view>* abbreviations);

}  // namespace newskg::tag

namespace newskg::tag {

// Everything the training command does, as a library call (newskg-train's
// main only parses arguments): read the silver train split, compute word
// clusters from unlabelled text, train both models, measure them on the dev
// split (silver and newskg tokenization) and write the model folder.
struct TrainConfig {
  std::string shared_dir;    // ../shared
  std::string shared_label;  // how model headers name shared_dir ("../shared"); empty: as is
  std::string out_dir;       // schema/models
  std::string lexicon_dir;   // schema/lexicon (abbreviations for newskg's segmenter)
  std::string command;       // the command line, recorded in the model headers
  size_t max_articles = 0;   // 0: all of train
  enum class Clusters { Compute, File, None } clusters = Clusters::Compute;
  std::string clusters_file;  // with Clusters::File
  BrownOptions brown;
  bool evaluate = true;  // measure on PolNeAR dev (never trained on)
  TrainOptions train;
};

core::Status run_training(const TrainConfig& config, std::ostream& log);

// Unlabelled text (clusters, vocabulary): every .txt under `dirs`, segmented
// by text::segment and PTB-normalized (ptb_pieces), sentences separated by ""
// (the words live in `storage`).
std::vector<std::string_view> unlabelled_words(
    const std::vector<std::string>& dirs, const std::unordered_set<std::string_view>* abbreviations,
    std::string& storage, size_t& files);

// The tagger's lower-case form of a word: ASCII letters lowered, digits as 0
// ("McCain" -> "mccain", "2016" -> "0000").
void lower_form(std::string_view form, std::string& out);

}  // namespace newskg::tag
