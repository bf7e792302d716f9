#pragma once
// Part-of-speech and named-entity tagging of newskg's own tokens.
//
//   auto tagger = tag::Tagger::load(tag::default_model_dir());   // Result<Tagger>
//   auto seg = text::segment(doc.text, opt);
//   std::vector<tag::TokenTags> tags;
//   tagger->tag(seg, doc.text, tags);          // tags[i] belongs to seg.tokens[i]
//   for (auto e : tag::entities(tags)) ...     // [first, last) token ranges with a type
//
//   "Pete Hegseth’s trip to Kyiv"  ->  Pete/NNP PERSON  Hegseth/NNP PERSON  ’s/POS
//                                      trip/NN  to/TO  Kyiv/NNP LOCATION
//
// Both models are greedy left-to-right averaged perceptrons (model.hpp,
// features.hpp). When it loads, the Tagger sums the weights of each feature
// group of every vocabulary word and of every small-domain feature value, so
// tagging a known word is a few row additions.
//
// A Tagger is immutable after loading: tag() is const, keeps no state between
// calls and may run on any number of threads at once (each with its own
// TagWorkspace, if it passes one).
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newskg/core/result.hpp"
#include "newskg/tag/clusters.hpp"
#include "newskg/tag/features.hpp"
#include "newskg/tag/model.hpp"
#include "newskg/tag/normalize.hpp"
#include "newskg/tag/tagset.hpp"
#include "newskg/text/segment.hpp"

namespace newskg::tag {

namespace detail {
struct DecodeInput;
}

struct TokenTags {
  Pos pos = Pos::NN;
  EntityType entity = EntityType::None;
  bool entity_start = false;  // first token of an entity
};

// An entity as a half-open token range.
struct Entity {
  uint32_t first = 0;
  uint32_t last = 0;
  EntityType type = EntityType::None;
  friend bool operator==(const Entity&, const Entity&) = default;
};
std::vector<Entity> entities(const std::vector<TokenTags>& tags);

// Scratch space of tagging calls, reusable across articles so that a worker
// tags without allocating once its vectors have grown. It also remembers the
// feature sums of recent words outside the vocabulary (names repeat), for the
// Tagger it was last used with; results never depend on what it remembers.
struct TagWorkspace {
  std::vector<WordBrief> words;       // one per PTB piece of a sentence
  std::vector<const int8_t*> blocks;  // piece -> its group sums (both models)
  std::vector<const int8_t*> padded;  // the same with the sentence pads around
  std::vector<uint32_t> token_of;     // piece -> token index
  struct Piece {
    std::string_view form;  // its PTB form, in the text or in form_bytes
    uint64_t hash = 0;      // hash_bytes(form)
    uint32_t token = 0;
  };
  std::vector<Piece> pieces;          // of a sentence, before they are looked up
  std::string form_bytes;             // forms ptb_pieces() rewrote ("isn’t" -> "is" "n't")
  std::vector<uint8_t> pos;           // piece -> POS class
  std::vector<uint8_t> ner;           // piece -> entity class
  std::vector<int8_t> unknown;        // group sums of this sentence's unknown words
  std::vector<uint32_t> unknown_of;   // piece -> its index in `unknown`, or ~0u
  std::vector<int8_t> casing;         // headline/capitals feature rows of the sentence
  std::vector<std::pair<uint32_t, uint32_t>> joined;  // tokens tagged as one word ("6:00")
  // Recent unknown words: key -> block, direct mapped; blocks are read only
  // where their key is set, so they are left uninitialized.
  uint64_t cache_owner = 0;
  std::vector<uint64_t> cache_keys;
  std::unique_ptr<int8_t[]> cache_blocks;
};

// Where the shipped models live: $NEWSKG_MODELS, else the source tree's
// schema/models, else ./schema/models.
std::string default_model_dir();

class Tagger {
 public:
  // File names inside a model folder.
  inline static const std::string kPosFile = "pos.model";
  inline static const std::string kNerFile = "ner.model";
  inline static const std::string kClustersFile = "clusters.tsv";

  inline static const std::string kTablesFile = "tagger.tables";

  // Loads dir/pos.model, dir/ner.model and (when they name clusters) dir/clusters.tsv,
  // with the precomputed tables of default_tables(dir) when one was made for them.
  static core::Result<Tagger> load(const std::string& dir);
  // The same, taking the tables from the first of `tables` made for these
  // models (see save_tables), and computing them when none is.
  static core::Result<Tagger> load(const std::string& dir, const std::vector<std::string>& tables);
  // Where load(dir) looks for tables: dir/tagger.tables, then the file the
  // build made for the shipped models.
  static std::vector<std::string> default_tables(const std::string& dir);
  // Writes the precomputed tables (the vocabulary's sums, the dense tables,
  // the models' feature indexes) for later loads of the same models: a 25 MB
  // cache that saves the 0.26 s their computation costs every run.
  core::Status save_tables(const std::string& path) const;
  // The checksum that ends a tables file's body (of the body before it).
  static uint64_t tables_checksum(std::string_view body);
  // The tables file this tagger's tables came from; empty when computed.
  const std::string& tables_file() const { return m_->tables_file; }
  // From models in memory (training, tests); checks their class labels.
  static core::Result<Tagger> create(LinearModel pos, LinearModel ner,
                                     std::shared_ptr<const WordClusters> clusters);

  // Tags every token of `seg` (a segmentation of `text`): out[i] for seg.tokens[i].
  void tag(const text::Segmented& seg, std::string_view text, std::vector<TokenTags>& out) const;
  void tag(const text::Segmented& seg, std::string_view text, std::vector<TokenTags>& out,
           TagWorkspace& ws) const;

  // One sentence of described words: POS classes (== Pos values) into pos[0..n),
  // entity classes (see ner_label) into ner[0..n).
  void tag_words(const WordInfo* words, size_t n, uint8_t* pos, uint8_t* ner) const;
  void tag_words(const WordInfo* words, size_t n, uint8_t* pos, uint8_t* ner,
                 TagWorkspace& ws) const;

  EntityLabel ner_label(uint8_t ner_class) const { return m_->ner_labels[ner_class]; }
  LabelScheme label_scheme() const { return m_->scheme; }
  const LinearModel& pos_model() const { return m_->pos; }
  const LinearModel& ner_model() const { return m_->ner; }
  const WordClusters* clusters() const { return m_->clusters.get(); }
  const ModelHeader& pos_header() const { return m_->pos_header; }
  const ModelHeader& ner_header() const { return m_->ner_header; }
  size_t vocabulary_size() const { return m_->table.size; }
  // Bytes of the precomputed tables (the word blocks and the dense tables).
  size_t table_bytes() const;

 private:
  // The vocabulary's words with the summed weights of each feature group
  // (features.hpp) of both models, one block per word: kPosGroups rows of
  // pos_width int8, kNerGroups rows of ner_width int8 (widths padded to 16 for
  // vector adds), then the word's WordBrief; blocks are whole cache lines. The
  // sums of each model are divided by 2^shift (rounded) so that the largest
  // fits int8; the dense tables and unknown words' sums are divided alike.
  // Two pad words follow the vocabulary.
  struct WordTable {
    struct Slot {
      uint64_t key = 0;  // form hash, 0 empty
      uint32_t id = 0;
    };
    std::vector<Slot> slots;
    uint64_t mask = 0;
    size_t size = 0;
    // The blocks, 64-byte aligned: computed into `storage`, or read from a
    // tables file that `mapped` keeps mapped.
    std::vector<int8_t> storage;
    std::shared_ptr<const void> mapped;
    const int8_t* blocks = nullptr;
    size_t pos_width = 0, ner_width = 0, rows = 0, block = 0;  // bytes
    int pos_shift = 0, ner_shift = 0;
    uint32_t start_id = 0, end_id = 0;
    int64_t find(uint64_t form) const {
      for (uint64_t i = form & mask;; i = (i + 1) & mask) {
        if (slots[i].key == form) return slots[i].id;
        if (slots[i].key == 0) return -1;
      }
    }
    const int8_t* block_of(size_t id) const { return blocks + id * block; }
  };
  struct Models {
    LinearModel pos, ner;
    ModelHeader pos_header, ner_header;
    std::shared_ptr<const WordClusters> clusters;
    std::vector<EntityLabel> ner_labels;
    std::vector<uint8_t> ner_allowed;  // [prev + 1][cur]: may cur follow prev (prev -1: start)
    LabelScheme scheme = LabelScheme::IO;
    WordTable table;
    // Summed weights of the small-domain features, dense, scaled like the
    // blocks, rows of the table's widths:
    std::vector<int8_t> pos_first;        // [flags][POS class]
    std::vector<int8_t> pos_history;      // [prev + 1][prev2 + 1][POS class]
    std::vector<int8_t> ner_first;        // [flags][entity class]
    std::vector<int8_t> ner_pos_left;     // [POS value of w-1][POS value of w0][entity class]
    std::vector<int8_t> ner_pos_right;    // [POS value of w0][POS value of w+1][entity class]
    std::vector<int8_t> ner_history;      // [prev + 1][prev2 + 1][entity class]
    std::vector<int8_t> ner_history_pos;  // [prev + 1][POS value of w0][entity class]
    alignas(32) int16_t pos_mask[48];     // INT16_MAX on classes, INT16_MIN on padding lanes
    alignas(32) int16_t ner_mask[128];
    void (*decoder)(const detail::DecodeInput&, uint8_t*, uint8_t*) = nullptr;
    uint64_t identity = 0;    // hash of the models: TagWorkspace's cache owner
    std::string tables_file;  // where the tables were read from, or empty
  };
  explicit Tagger(std::shared_ptr<const Models> m) : m_(std::move(m)) {}
  static core::Result<Tagger> build(Models m, const std::string& where,
                                    const std::vector<std::string>& tables = {});
  // The word blocks, their slots and the dense tables, from the models.
  static void compute_tables(Models& m);
  // The same from a file save_tables() wrote for these models; false (and m
  // untouched) for a file that is absent, damaged or made for other models.
  static bool read_tables(const std::string& path, Models& m);
  // Models' dense tables by index (0..6), nullptr past them.
  static std::vector<int8_t>* dense_table(Models& m, int i);
  // Appends a piece to ws (its form hash looked up, unknown words described
  // and summed, or taken from ws's cache).
  // (Inline: most pieces are vocabulary words, a lookup and a push; the
  // rest go to add_unknown(), whose sums need a large stack frame.)
  inline void add_piece(std::string_view form, uint64_t form_hash, const WordInfo* info,
                        TagWorkspace& ws) const;
  void add_unknown(std::string_view form, const WordInfo* info, TagWorkspace& ws) const;
  // Appends the summed block of a word outside the vocabulary to ws.unknown.
  [[gnu::noinline]] void sum_unknown(std::string_view form, const WordInfo* info,
                                     TagWorkspace& ws) const;
  // Points ws.blocks at the unknown words' sums (ws.unknown has grown).
  void attach_unknown(TagWorkspace& ws) const;
  // Greedy decoding of ws.words (with ws.blocks) into ws.pos and ws.ner.
  void decode(TagWorkspace& ws) const;
  // The same with ws.padded already holding the blocks (padded[j + 2] for
  // word j) and ws.words their briefs: the pads are set here.
  void decode_padded(TagWorkspace& ws) const;

  std::shared_ptr<const Models> m_;
};

}  // namespace newskg::tag
