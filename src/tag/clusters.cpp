#include "newskg/tag/clusters.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdio>

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

WordClusters::WordClusters(std::vector<Entry> entries) : entries_(std::move(entries)) {
  uint64_t h = 0;
  for (const auto& e : entries_) {
    NEWSKG_CHECK(e.path.size() <= 31, "cluster path longer than 31 bits: " + e.word);
    h = mix64(h ^ hash_bytes(e.word)) ^ hash_bytes(e.path);
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(mix64(h)));
  fingerprint_ = buf;
  if (entries_.empty()) return;
  const size_t size = std::bit_ceil(entries_.size() * 2);
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (const auto& e : entries_) {
    const uint64_t lower = lower_form_hash(e.word);
    uint64_t i = lower & mask_;
    while (slots_[i].key != 0 && slots_[i].key != lower) i = (i + 1) & mask_;
    if (slots_[i].key == 0) slots_[i] = Slot{lower, path_bits(e.path)};  // first entry wins
  }
}

core::Status WordClusters::save(const std::string& path, ModelHeader header) const {
  header.magic = kMagic;
  header.set("words", std::to_string(entries_.size()));
  header.set("fingerprint", fingerprint_);
  std::string out = header.to_string();
  for (const auto& e : entries_) {
    out += e.path;
    out += '\t';
    out += e.word;
    out += '\t';
    out += std::to_string(e.count);
    out += '\n';
  }
  return write_file(path, out);
}

core::Result<WordClusters> WordClusters::parse(std::string_view file, const std::string& path,
                                               ModelHeader* header) {
  size_t pos = 0;
  auto h = ModelHeader::parse(file, path, pos);
  if (!h) return h.error();
  if (h->magic != kMagic)
    return core::Error{path, 1, "not a newskg word-clusters file (first line '" + h->magic + "')"};
  int line_no = static_cast<int>(h->fields.size()) + 2;
  std::vector<Entry> entries;
  const std::string_view lines = file.substr(pos);
  entries.reserve(static_cast<size_t>(std::count(lines.begin(), lines.end(), '\n')));
  while (pos < file.size()) {
    ++line_no;
    size_t eol = file.find('\n', pos);
    if (eol == std::string_view::npos) return core::Error{path, line_no, "truncated line"};
    std::string_view line = file.substr(pos, eol - pos);
    pos = eol + 1;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos)
      return core::Error{path, line_no, "expected 'path<TAB>word<TAB>count'"};
    Entry e;
    e.path = std::string(line.substr(0, t1));
    e.word = std::string(line.substr(t1 + 1, t2 - t1 - 1));
    std::string_view count = line.substr(t2 + 1);
    auto [p, ec] = std::from_chars(count.data(), count.data() + count.size(), e.count);
    if (ec != std::errc() || p != count.data() + count.size() || e.path.size() > 31 ||
        e.path.find_first_not_of("01") != std::string::npos)
      return core::Error{path, line_no, "bad cluster line"};
    entries.push_back(std::move(e));
  }
  const std::string* words = h->find("words");
  if (words == nullptr || *words != std::to_string(entries.size()))
    return core::Error{path, 0,
                       "clusters file has " + std::to_string(entries.size()) +
                           " words, header says " + (words ? *words : "nothing") +
                           " (truncated file?)"};
  WordClusters c(std::move(entries));
  const std::string* fp = h->find("fingerprint");
  if (fp == nullptr || *fp != c.fingerprint())
    return core::Error{path, 0, "clusters file fingerprint does not match its contents"};
  if (header) *header = std::move(*h);
  return c;
}

core::Result<WordClusters> WordClusters::load(const std::string& path, ModelHeader* header) {
  auto data = read_file(path);
  if (!data) return data.error();
  return parse(*data, path, header);
}

}  // namespace newskg::tag
