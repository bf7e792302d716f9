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
#include <memory>
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

  // One slot of the table find() reads. (An explicit pad: no indeterminate
  // bytes, since a Tagger's tables file holds slots as they are.)
  struct Slot {
    uint64_t key = 0;  // lower_form_hash of the word; 0: empty
    uint32_t path = 0;
    uint32_t pad = 0;
  };
  // That table (open addressing, power-of-two size): the file's own, built
  // by parsing it, or one a Tagger's tables file keeps for the same lines.
  struct Index {
    const Slot* slots = nullptr;
    size_t slot_count = 0;  // 0: no words
  };

  WordClusters() = default;
  explicit WordClusters(std::vector<Entry> entries);
  // (A copy points its index at its own slots; a move keeps them where they are.)
  WordClusters(const WordClusters& o);
  WordClusters& operator=(const WordClusters& o);
  WordClusters(WordClusters&&) noexcept = default;
  WordClusters& operator=(WordClusters&&) noexcept = default;

  // Path bits of the word whose `WordInfo::lower` hash is `lower`, with a
  // leading 1 bit ("0110" -> 0b10110); 0 when the word has no cluster.
  uint32_t find(uint64_t lower) const {
    const Index& x = index_;
    if (x.slot_count == 0) return 0;
    const uint64_t mask = x.slot_count - 1;
    for (uint64_t i = lower & mask;; i = (i + 1) & mask) {
      if (x.slots[i].key == lower) return x.slots[i].path;
      if (x.slots[i].key == 0) return 0;
    }
  }
  size_t size() const { return size_; }
  // Hash of the entries (hex): models record it, so a clusters file they were
  // not trained with is refused.
  const std::string& fingerprint() const { return fingerprint_; }

  core::Status save(const std::string& path, ModelHeader header) const;
  // Entries::Later reads the header only (its word count and fingerprint
  // taken as they say), for a Tagger that may find the table in its tables
  // file, made for these very lines (their CRC-32C): parsing the 20,000
  // lines was 15.7M instructions of every start. Then read_entries() (the
  // whole parse, with its checks) or use_index() makes it usable.
  enum class Entries { Now, Later };
  static core::Result<WordClusters> load(const std::string& path, ModelHeader* header = nullptr,
                                         Entries entries = Entries::Now);
  static core::Result<WordClusters> parse(std::string_view file, const std::string& path,
                                          ModelHeader* header = nullptr);
  bool entries_read() const { return !pending_hold_; }
  core::Status read_entries();
  // The entry lines as the file holds them ("path<TAB>word<TAB>count\n" each).
  std::string_view lines() const { return entries_read() ? std::string_view(lines_) : pending_; }
  const Index& index() const { return index_; }
  bool index_fits(const Index& index) const;
  void use_index(const Index& index, std::shared_ptr<const void> hold);  // index_fits(index)

 private:
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
  Index index_;  // slots_, or what index_hold_ keeps
  std::shared_ptr<const void> index_hold_;
  // Entries::Later: the file not yet parsed and its lines, kept mapped by
  // pending_hold_; null once parsed.
  std::string_view pending_file_, pending_;
  std::shared_ptr<const void> pending_hold_;
  std::string path_;
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
