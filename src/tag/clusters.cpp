#include "newskg/tag/clusters.hpp"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "newskg/core/check.hpp"
#include "newskg/tag/features.hpp"

namespace newskg::tag {
namespace {

uint32_t path_bits(std::string_view path) {
  uint32_t bits = 1;
  for (char c : path) bits = bits << 1 | (c == '1' ? 1u : 0u);
  return bits;
}

}  // namespace

WordClusters::WordClusters(std::vector<Entry> entries) {
  reserve(entries.size());
  for (const auto& e : entries) {
    NEWSKG_CHECK(e.path.size() <= 31, "cluster path longer than 31 bits: " + e.word);
    add(e.word, e.path);
    lines_ += e.path;
    lines_ += '\t';
    lines_ += e.word;
    lines_ += '\t';
    lines_ += std::to_string(e.count);
    lines_ += '\n';
  }
  finish();
}

WordClusters::WordClusters(const WordClusters& o)
    : lines_(o.lines_),
      size_(o.size_),
      hash_(o.hash_),
      fingerprint_(o.fingerprint_),
      slots_(o.slots_),
      mask_(o.mask_),
      index_(o.index_),
      index_hold_(o.index_hold_),
      pending_file_(o.pending_file_),
      pending_(o.pending_),
      pending_hold_(o.pending_hold_),
      path_(o.path_) {
  if (!index_hold_) index_.slots = slots_.data();
}

WordClusters& WordClusters::operator=(const WordClusters& o) {
  if (this != &o) *this = WordClusters(o);
  return *this;
}

void WordClusters::reserve(size_t n) {
  if (n == 0) return;
  const size_t size = std::bit_ceil(n * 2);
  slots_.assign(size, Slot{});
  mask_ = size - 1;
}

bool WordClusters::index_fits(const Index& index) const {
  // The size reserve() gives a file of size() lines.
  return index.slot_count == (size_ == 0 ? 0 : std::bit_ceil(size_ * 2)) &&
         (index.slot_count == 0 || index.slots != nullptr);
}

void WordClusters::use_index(const Index& index, std::shared_ptr<const void> hold) {
  NEWSKG_CHECK(index_fits(index), "WordClusters::use_index: a table of another size");
  index_ = index;
  index_hold_ = std::move(hold);
}

void WordClusters::add(std::string_view word, std::string_view path) {
  add(word, path, path_bits(path));
}

void WordClusters::add(std::string_view word, std::string_view path, uint32_t bits) {
  ++size_;
  hash_ = mix64(hash_ ^ hash_bytes(word)) ^ hash_bytes(path);
  const uint64_t lower = lower_form_hash(word);
  uint64_t i = lower & mask_;
  while (slots_[i].key != 0 && slots_[i].key != lower) i = (i + 1) & mask_;
  if (slots_[i].key == 0) slots_[i] = Slot{lower, bits};  // first entry wins
}

void WordClusters::finish() {
  index_ = Index{slots_.data(), slots_.size()};
  index_hold_.reset();
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(mix64(hash_)));
  fingerprint_ = buf;
}

core::Status WordClusters::save(const std::string& path, ModelHeader header) const {
  header.magic = kMagic;
  header.set("words", std::to_string(size_));
  header.set("fingerprint", fingerprint_);
  return write_file(path, header.to_string() + std::string(lines()));
}

core::Result<WordClusters> WordClusters::parse(std::string_view file, const std::string& path,
                                               ModelHeader* header) {
  size_t pos = 0;
  auto h = ModelHeader::parse(file, path, pos);
  if (!h) return h.error();
  if (h->magic != kMagic)
    return core::Error{path, 1, "not a newskg word-clusters file (first line '" + h->magic + "')"};
  int line_no = static_cast<int>(h->fields.size()) + 2;
  const std::string_view lines = file.substr(pos);
  WordClusters c;
  // One entry a line: the lines counted with memchr, which reads a vector
  // register at a time.
  size_t line_count = 0;
  for (const char *at = lines.data(), *const stop = at + lines.size();
       (at = static_cast<const char*>(std::memchr(at, '\n', static_cast<size_t>(stop - at)))); ++at)
    ++line_count;
  c.reserve(line_count);
  const char* p = lines.data();
  const char* const end = p + lines.size();
  while (p < end) {
    ++line_no;
    // path<TAB>word<TAB>count<LF>, read byte by byte: the lines are short.
    const char* q = p;
    uint32_t path_value = 1;  // path_bits(bits), read as the digits are
    for (; q < end; ++q) {
      const unsigned digit = static_cast<unsigned char>(*q) - unsigned{'0'};
      if (digit > 1) break;
      path_value = path_value << 1 | digit;
    }
    const std::string_view bits(p, static_cast<size_t>(q - p));
    if (q == end || *q != '\t' || bits.size() > 31) {
      for (; q < end && *q != '\n'; ++q) {
      }
      return core::Error{path, line_no,
                         q == end ? "truncated line" : "expected 'path<TAB>word<TAB>count'"};
    }
    const char* w = ++q;
    while (q < end && *q != '\t' && *q != '\n') ++q;
    if (q == end) return core::Error{path, line_no, "truncated line"};
    if (*q != '\t') return core::Error{path, line_no, "expected 'path<TAB>word<TAB>count'"};
    const std::string_view word(w, static_cast<size_t>(q - w));
    const char* n = ++q;
    while (q < end && *q >= '0' && *q <= '9') ++q;
    if (q == end) return core::Error{path, line_no, "truncated line"};
    if (*q != '\n' || q == n) return core::Error{path, line_no, "bad cluster line"};
    c.add(word, bits, path_value);
    p = q + 1;
  }
  c.finish();
  c.lines_.assign(lines);
  const std::string* words = h->find("words");
  if (words == nullptr || *words != std::to_string(c.size_))
    return core::Error{path, 0,
                       "clusters file has " + std::to_string(c.size_) + " words, header says " +
                           (words ? *words : "nothing") + " (truncated file?)"};
  const std::string* fp = h->find("fingerprint");
  if (fp == nullptr || *fp != c.fingerprint())
    return core::Error{path, 0, "clusters file fingerprint does not match its contents"};
  if (header) *header = std::move(*h);
  return c;
}

core::Result<WordClusters> WordClusters::load(const std::string& path, ModelHeader* header,
                                              Entries entries) {
  auto file = map_file(path);
  if (!file) return file.error();
  if (entries == Entries::Now) return parse(file->bytes, path, header);
  size_t pos = 0;
  auto h = ModelHeader::parse(file->bytes, path, pos);
  if (!h) return h.error();
  if (h->magic != kMagic)
    return core::Error{path, 1, "not a newskg word-clusters file (first line '" + h->magic + "')"};
  const std::string* words = h->find("words");
  const std::string* fp = h->find("fingerprint");
  if (words == nullptr || fp == nullptr)
    return core::Error{path, 0, "clusters file header has no word count or fingerprint"};
  WordClusters c;
  c.size_ = static_cast<size_t>(std::strtoull(words->c_str(), nullptr, 10));
  c.fingerprint_ = *fp;
  c.pending_file_ = file->bytes;
  c.pending_ = file->bytes.substr(pos);
  c.pending_hold_ = std::move(file->hold);
  c.path_ = path;
  if (header) *header = std::move(*h);
  return c;
}

core::Status WordClusters::read_entries() {
  if (entries_read()) return core::Status::success();
  // The whole file: parse() checks the header's claims against the lines.
  auto whole = parse(pending_file_, path_);
  if (!whole) return whole.error();
  *this = std::move(*whole);
  return core::Status::success();
}

}  // namespace newskg::tag
