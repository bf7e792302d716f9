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

  LinearModel() = default;
  // `keys` sorted and unique; `weights` holds one row of classes.size() per key.
  // `vocabulary`: frequent training words (PTB forms) whose feature sums a
  // Tagger precomputes; at most 255 bytes each.
  LinearModel(std::vector<std::string> classes, std::vector<uint64_t> keys,
              std::vector<int16_t> weights, std::vector<std::string> vocabulary = {});

  size_t num_classes() const { return classes_.size(); }
  const std::vector<std::string>& classes() const { return classes_; }
  size_t num_features() const { return keys_.size(); }
  const std::vector<uint64_t>& keys() const { return keys_; }
  // All weights, one row of num_classes() per key (as the constructor takes them).
  const std::vector<int16_t>& dense_weights() const { return weights_; }
  const std::vector<std::string>& vocabulary() const { return vocabulary_; }
  // The checksum of the model's body (serialize()'s last 8 bytes): equal
  // models have equal checksums, and a loaded model has the file's.
  uint64_t checksum() const { return checksum_; }

  // Row of `key` (its place in keys()), or -1 for a feature the model does not know.
  int64_t find(uint64_t key) const {
    if (slots_.empty()) return -1;
    // Most keys asked about are unknown; a bit per key in a small filter
    // answers those without touching the larger table.
    const uint64_t bit = key >> filter_shift_;
    if (!(filter_[bit >> 6] >> (bit & 63) & 1)) return -1;
    for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
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
  static core::Result<LinearModel> load(const std::string& path, ModelHeader* header = nullptr);

  friend bool operator==(const LinearModel& a, const LinearModel& b) {
    return a.classes_ == b.classes_ && a.keys_ == b.keys_ && a.weights_ == b.weights_ &&
           a.vocabulary_ == b.vocabulary_;
  }

 private:
  void build_index();

  struct Slot {
    uint64_t key = 0;  // 0: empty (feature_key never returns 0)
    uint32_t row = 0;
  };
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
  std::vector<Slot> slots_;  // open addressing, power-of-two size, load <= 1/2
  uint64_t mask_ = 0;
  std::vector<uint64_t> filter_;  // bit (key >> filter_shift_) set for each known key
  int filter_shift_ = 64;
};

}  // namespace newskg::tag
