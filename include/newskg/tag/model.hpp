#pragma once
// A linear classifier over hashed features, and the file it lives in.
//
// Every model file starts with a text header naming what made it, then a
// binary body:
//
//   newskg-tag-model
//   kind: pos
//   data: PolNeAR train silver (837 articles, 710883 tokens)
//   command: newskg-train --shared ../shared --out schema/models
//   heldout: PolNeAR dev silver, 74125 tokens: accuracy 0.9712
//   ...
//   body-bytes: 2831104
//   end
//   <body: classes, vocabulary, sorted feature keys, sparse int16 weight rows, checksum>
//
// Loading is one read of the whole file; a missing, truncated or corrupted
// file, or one trained with other feature templates, is an Error naming the
// file, never a crash.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newskg/core/result.hpp"

namespace newskg::tag {

struct ModelHeader {
  std::string magic;  // first line: "newskg-tag-model" or "newskg-word-clusters"
  std::vector<std::pair<std::string, std::string>> fields;  // in file order

  const std::string* find(std::string_view key) const;
  void set(const std::string& key, std::string value);  // replaces or appends
  // "magic\nkey: value\n...end\n"; values must not contain line breaks.
  std::string to_string() const;
  // Parses the header at the start of `file`; `body` receives the offset after "end\n".
  static core::Result<ModelHeader> parse(std::string_view file, const std::string& path,
                                         size_t& body);
};

// Reads a whole file in one read; an Error when it cannot.
core::Result<std::string> read_file(const std::string& path);
// A whole file mapped read-only: its bytes stay valid while `hold` lives
// (empty for an empty file). No copy and no zeroed buffer: the model,
// cluster and tables files are read so at every start.
struct MappedFile {
  std::shared_ptr<const void> hold;
  std::string_view bytes;
};
core::Result<MappedFile> map_file(const std::string& path);
// Writes `bytes` to `path` through a temporary file and a rename.
core::Status write_file(const std::string& path, std::string_view bytes);

class LinearModel {
 public:
  inline static const std::string kMagic = "newskg-tag-model";

  // One hash slot of the feature index. (An explicit pad: no indeterminate
  // bytes, since a Tagger's tables file holds slots as they are.)
  struct Slot {
    uint64_t key = 0;  // 0: empty (feature_key never returns 0)
    uint32_t row = 0;
    uint32_t pad = 0;
  };
  // What find(), score() and find_rows() read: the weights, dense (row r at
  // weights + r * num_classes()), the rows' hash slots (open addressing,
  // power-of-two size, load <= 1/2) and a filter with bit (key >>
  // filter_shift) set for each known key. A model builds its own from its
  // body, or takes the one a Tagger's tables file keeps for that very body.
  struct Index {
    const int16_t* weights = nullptr;
    size_t rows = 0;
    const Slot* slots = nullptr;
    size_t slot_count = 0;  // 0: no index (no rows)
    const uint64_t* filter = nullptr;
    size_t filter_words = 0;
    int filter_shift = 64;
  };

  LinearModel() = default;
  // (A copy points its index at its own arrays; a move keeps them where they are.)
  LinearModel(const LinearModel& o);
  LinearModel& operator=(const LinearModel& o);
  LinearModel(LinearModel&&) noexcept = default;
  LinearModel& operator=(LinearModel&&) noexcept = default;
  // `keys` sorted and unique; `weights` holds one row of classes.size() per key.
  // `vocabulary`: frequent training words (PTB forms) whose feature sums a
  // Tagger precomputes; at most 255 bytes each.
  LinearModel(std::vector<std::string> classes, std::vector<uint64_t> keys,
              std::vector<int16_t> weights, std::vector<std::string> vocabulary = {});

  size_t num_classes() const { return classes_.size(); }
  const std::vector<std::string>& classes() const { return classes_; }
  size_t num_features() const { return rows_; }
  size_t vocabulary_size() const { return vocabulary_size_; }
  // The checksum of the model's body (serialize()'s last 8 bytes): equal
  // models have equal checksums, and a loaded model has the file's.
  uint64_t checksum() const { return checksum_; }

  // Whether the body's rows and vocabulary were read (load(..., Rows::Later)
  // leaves them to read_rows()). The whole model's accessors below need them.
  bool rows_read() const { return pending_.empty(); }
  const std::vector<uint64_t>& keys() const;
  // All weights, one row of num_classes() per key (as the constructor takes them).
  const std::vector<int16_t>& dense_weights() const;
  const std::vector<std::string>& vocabulary() const;

  // The index scoring reads, and its replacement by one kept elsewhere: `hold`
  // keeps the arrays alive. The caller vouches that `index` is this very
  // body's (a Tagger's tables file is made for the models' checksums); its
  // sizes are checked.
  const Index& index() const { return index_; }
  bool index_fits(const Index& index) const;  // the sizes build_index() gives this body's
  void use_index(const Index& index, std::shared_ptr<const void> hold);  // index_fits(index)

  // Row of `key` (its place in keys()), or -1 for a feature the model does not know.
  int64_t find(uint64_t key) const {
    const Index& x = index_;
    if (x.slot_count == 0) return -1;
    // Most keys asked about are unknown; a bit per key in a small filter
    // answers those without touching the larger table.
    const uint64_t bit = key >> x.filter_shift;
    if (!(x.filter[bit >> 6] >> (bit & 63) & 1)) return -1;
    const uint64_t mask = x.slot_count - 1;
    for (uint64_t i = key & mask;; i = (i + 1) & mask) {
      const Slot& s = x.slots[i];
      if (s.key == key) return s.row;
      if (s.key == 0) return -1;
    }
  }
  // The weight of `key` for class `c` (0 for an unknown key).
  int16_t weight(uint64_t key, size_t c) const;
  // scores[c] = sum over known keys of their weight for class c.
  void score(const uint64_t* keys, size_t n, int32_t* scores) const;
  // rows[f] = the num_classes() weights of keys[f], or nullptr for a key the
  // model does not know: find() for many keys at once. The filter words, the
  // slots and the rows of all keys are asked for before any is read, so that
  // their cache misses overlap instead of each stalling its turn (an unknown
  // word's ~70 keys hit random places of several MB).
  void find_rows(const uint64_t* keys, size_t n, const int16_t** rows) const;

  // The binary body (see above) and its inverse.
  std::string serialize() const;
  static core::Result<LinearModel> deserialize(std::string_view body, const std::string& path);

  // A whole model file: header (body-bytes and feature-signature are added) + body.
  core::Status save(const std::string& path, ModelHeader header) const;
  // Rows::Later reads only the body's classes and vocabulary size (and checks
  // its checksum), for a Tagger that may find the rest's index in its tables
  // file: the densifying of the sparse rows and the building of the hash
  // index were most of a start's 31M instructions. Then read_rows() (with the
  // checks of a whole load) or use_index() makes the model usable.
  enum class Rows { Now, Later };
  static core::Result<LinearModel> load(const std::string& path, ModelHeader* header = nullptr,
                                        Rows rows = Rows::Now);
  core::Status read_rows();

  friend bool operator==(const LinearModel& a, const LinearModel& b) {
    return a.classes_ == b.classes_ && a.keys() == b.keys() &&
           a.dense_weights() == b.dense_weights() && a.vocabulary() == b.vocabulary();
  }

 private:
  // The index of keys_ and weights_, this model's own.
  void build_index();
  bool index_sizes_fit(const Index& index) const;
  // index_ at slots_, filter_ and weights_ (after a copy of them).
  void point_at_own_index();
  // The body from its vocabulary on (deserialize() reads the rest).
  core::Status read_rest(std::string_view body, size_t vocabulary_at, const std::string& path);
  // A model of the body's head only (classes, checksum, sizes), rows not
  // read; where the vocabulary starts goes to *vocabulary_at.
  static core::Result<LinearModel> from_head(std::string_view body, const std::string& path,
                                             size_t* vocabulary_at);

  std::vector<std::string> classes_;
  std::vector<uint64_t> keys_;
  // The weights, dense: row r is weights_[r * num_classes() ..]. The file
  // keeps them sparse (about one in ten is not 0), but scoring reads a row
  // per known feature of every unknown word, and a fixed-length row is
  // summed in a few vector instructions where a sparse one costs a
  // mispredicted loop and a cache miss more (measured: sparse rows made
  // extraction 7-10% slower, for 20 ms less at a start).
  std::vector<int16_t> weights_;
  uint64_t checksum_ = 0;
  std::vector<std::string> vocabulary_;
  size_t vocabulary_size_ = 0;
  size_t rows_ = 0;
  // The index: into weights_, slots_ and filter_, or into what index_hold_ keeps.
  Index index_;
  std::vector<Slot> slots_;
  std::vector<uint64_t> filter_;
  std::shared_ptr<const void> index_hold_;
  // Rows::Later: the body not yet read (from its vocabulary on) and its
  // file's mapping; empty once read.
  std::string_view pending_;
  size_t pending_vocabulary_at_ = 0;
  std::shared_ptr<const void> pending_hold_;
  std::string path_;
};

}  // namespace newskg::tag
