#pragma once
// Word clusters learned from unlabelled text: each word gets a bit path in a
// binary merge tree (Brown et al. 1992), so that words used alike share
// prefixes, and a tagger can back off from a word it has not seen to its
// cluster:  "Hegseth" 0111010...  ~ "Rutte" 0111010...
//
// File: a header (see model.hpp: data, command, counts), then one line per
// word, "path<TAB>word<TAB>count", words in the tagger's lower-case form
// (WordInfo::lower: ASCII lower case, digits folded to 0).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/core/result.hpp"
#include "newskg/tag/model.hpp"

namespace newskg::tag {

class WordClusters {
 public:
  inline static const std::string kMagic = "newskg-word-clusters";

  struct Entry {
    std::string word;
    std::string path;  // "0110..." (at most 31 bits)
    uint64_t count = 0;
  };

  WordClusters() = default;
  explicit WordClusters(std::vector<Entry> entries);

  // Path bits of the word whose `WordInfo::lower` hash is `lower`, with a
  // leading 1 bit ("0110" -> 0b10110); 0 when the word has no cluster.
  uint32_t find(uint64_t lower) const {
    if (slots_.empty()) return 0;
    for (uint64_t i = lower & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == lower) return slots_[i].path;
      if (slots_[i].key == 0) return 0;
    }
  }
  size_t size() const { return size_; }
  // Hash of the entries (hex): models record it, so a clusters file they were
  // not trained with is refused.
  const std::string& fingerprint() const { return fingerprint_; }

  core::Status save(const std::string& path, ModelHeader header) const;
  static core::Result<WordClusters> load(const std::string& path, ModelHeader* header = nullptr);
  static core::Result<WordClusters> parse(std::string_view file, const std::string& path,
                                          ModelHeader* header = nullptr);

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t path = 0;
  };
  // Sizes the table for n entries; add() each, then finish().
  void reserve(size_t n);
  void add(std::string_view word, std::string_view path);
  void add(std::string_view word, std::string_view path, uint32_t bits);  // bits: path_bits(path)
  void finish();

  // The entries as the file holds them ("path<TAB>word<TAB>count\n" each):
  // what save() writes. A loaded file's lines are kept as they are, not
  // split into strings per word (half of a newskg start went there).
  std::string lines_;
  size_t size_ = 0;
  uint64_t hash_ = 0;
  std::string fingerprint_;
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
};

// Brown clustering of a word sequence (sentences separated by the empty
// word ""). Words seen fewer than `min_count` times are left out; `clusters`
// is the size of the active window (the number of leaves of the tree whose
// paths are then refined by merging). Deterministic: ties break by word.
struct BrownOptions {
  size_t clusters = 256;
  uint64_t min_count = 3;
};
std::vector<WordClusters::Entry> brown_clusters(const std::vector<std::string_view>& words,
                                                const BrownOptions& options);

}  // namespace newskg::tag
