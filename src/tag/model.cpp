#include "newskg/tag/model.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "newskg/core/check.hpp"
#include "newskg/core/prefetch.hpp"
#include "newskg/tag/features.hpp"

namespace newskg::tag {
namespace {

static_assert(std::endian::native == std::endian::little,
              "model bodies are little-endian; add byte swapping for this platform");

constexpr char kBodyMagic[4] = {'N', 'K', 'G', 'W'};
constexpr uint32_t kBodyVersion = 3;
constexpr size_t kMaxHeaderBytes = 1 << 16;

using core::prefetch;

template <class T>
void put(std::string& out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out.append(b, sizeof(T));
}

// Bounds-checked reader over a body; every read failure becomes one Error.
class BodyReader {
 public:
  BodyReader(std::string_view body, const std::string& path) : body_(body), path_(path) {}
  template <class T>
  bool get(T& v) {
    if (body_.size() - pos_ < sizeof(T)) return fail("truncated model body");
    std::memcpy(&v, body_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool bytes(size_t n, std::string_view& out) {
    if (body_.size() - pos_ < n) return fail("truncated model body");
    out = body_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool fail(std::string msg) {
    if (error_.message.empty()) error_ = core::Error{path_, 0, std::move(msg)};
    return false;
  }
  size_t pos() const { return pos_; }
  const core::Error& error() const { return error_; }

 private:
  std::string_view body_;
  const std::string& path_;
  size_t pos_ = 0;
  core::Error error_;
};

std::string hex64(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

const std::string* ModelHeader::find(std::string_view key) const {
  for (const auto& [k, v] : fields)
    if (k == key) return &v;
  return nullptr;
}

void ModelHeader::set(const std::string& key, std::string value) {
  for (auto& [k, v] : fields)
    if (k == key) {
      v = std::move(value);
      return;
    }
  fields.emplace_back(key, std::move(value));
}

std::string ModelHeader::to_string() const {
  std::string out = magic + "\n";
  for (const auto& [k, v] : fields) {
    NEWSKG_CHECK(v.find('\n') == std::string::npos && k.find(':') == std::string::npos,
                 "model header field '" + k + "' must be one line");
    out += k + ": " + v + "\n";
  }
  out += "end\n";
  return out;
}

core::Result<ModelHeader> ModelHeader::parse(std::string_view file, const std::string& path,
                                             size_t& body) {
  ModelHeader h;
  size_t pos = 0;
  int line_no = 0;
  while (pos < file.size() && pos < kMaxHeaderBytes) {
    size_t eol = file.find('\n', pos);
    if (eol == std::string_view::npos) break;
    std::string_view line = file.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (line_no == 1) {
      if (!line.starts_with("newskg-"))
        return core::Error{
            path, 1,
            "not a newskg model file (first line '" + std::string(line.substr(0, 40)) + "')"};
      h.magic = std::string(line);
      continue;
    }
    if (line == "end") {
      body = pos;
      return h;
    }
    size_t colon = line.find(": ");
    if (colon == std::string_view::npos)
      return core::Error{path, line_no, "bad model header line (expected 'key: value' or 'end')"};
    h.fields.emplace_back(std::string(line.substr(0, colon)), std::string(line.substr(colon + 2)));
  }
  return core::Error{path, 0, "not a newskg model file (no header ending in 'end')"};
}

core::Result<std::string> read_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return core::Error{path, 0, "model file not found"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Error{path, 0, "cannot open model file"};
  std::string data;
  data.resize(static_cast<size_t>(std::filesystem::file_size(path, ec)));
  if (ec) return core::Error{path, 0, "cannot read model file size: " + ec.message()};
  in.read(data.data(), static_cast<std::streamsize>(data.size()));
  if (static_cast<size_t>(in.gcount()) != data.size())
    return core::Error{path, 0, "cannot read model file"};
  return data;
}

core::Result<MappedFile> map_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return core::Error{path, 0, "model file not found"};
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return core::Error{path, 0, "cannot open model file"};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return core::Error{path, 0, "cannot read model file size"};
  }
  MappedFile out;
  const size_t size = static_cast<size_t>(st.st_size);
  if (size == 0) {
    ::close(fd);
    return out;
  }
  void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return core::Error{path, 0, "cannot read model file"};
  out.hold = std::shared_ptr<const void>(
      p, [size](const void* q) { ::munmap(const_cast<void*>(q), size); });
  out.bytes = std::string_view(static_cast<const char*>(p), size);
  return out;
}

core::Status write_file(const std::string& path, std::string_view bytes) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return core::Error{tmp, 0, "cannot create file"};
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return core::Error{tmp, 0, "cannot write file"};
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return core::Error{path, 0, "cannot rename " + tmp + ": " + ec.message()};
  return core::Status::success();
}

LinearModel::LinearModel(std::vector<std::string> classes, std::vector<uint64_t> keys,
                         std::vector<int16_t> weights, std::vector<std::string> vocabulary)
    : classes_(std::move(classes)), keys_(std::move(keys)), vocabulary_(std::move(vocabulary)) {
  for (const auto& w : vocabulary_) NEWSKG_CHECK(w.size() <= 255, "vocabulary word too long");
  for (const auto& c : classes_)
    NEWSKG_CHECK(c.size() <= 255 && classes_.size() <= 255, "bad classes");
  NEWSKG_CHECK(weights.size() == keys_.size() * classes_.size(), "weights are not rows x classes");
  for (size_t i = 1; i < keys_.size(); ++i)
    NEWSKG_CHECK(keys_[i - 1] < keys_[i], "feature keys must be sorted and unique");
  weights_ = std::move(weights);
  vocabulary_size_ = vocabulary_.size();
  rows_ = keys_.size();
  build_index();
  const std::string body = serialize();
  std::memcpy(&checksum_, body.data() + body.size() - 8, 8);
}

LinearModel::LinearModel(const LinearModel& o)
    : classes_(o.classes_),
      keys_(o.keys_),
      weights_(o.weights_),
      checksum_(o.checksum_),
      vocabulary_(o.vocabulary_),
      vocabulary_size_(o.vocabulary_size_),
      rows_(o.rows_),
      index_(o.index_),
      slots_(o.slots_),
      filter_(o.filter_),
      index_hold_(o.index_hold_),
      pending_(o.pending_),
      pending_vocabulary_at_(o.pending_vocabulary_at_),
      pending_hold_(o.pending_hold_),
      path_(o.path_) {
  if (!index_hold_) point_at_own_index();
}

LinearModel& LinearModel::operator=(const LinearModel& o) {
  if (this != &o) *this = LinearModel(o);
  return *this;
}

void LinearModel::point_at_own_index() {
  index_.weights = weights_.data();
  index_.slots = slots_.data();
  index_.filter = filter_.data();
}

const std::vector<uint64_t>& LinearModel::keys() const {
  NEWSKG_CHECK(rows_read(), "LinearModel::keys(): the rows were not read (read_rows())");
  return keys_;
}
const std::vector<int16_t>& LinearModel::dense_weights() const {
  NEWSKG_CHECK(rows_read(), "LinearModel::dense_weights(): the rows were not read (read_rows())");
  return weights_;
}
const std::vector<std::string>& LinearModel::vocabulary() const {
  NEWSKG_CHECK(rows_read(), "LinearModel::vocabulary(): the rows were not read (read_rows())");
  return vocabulary_;
}

int16_t LinearModel::weight(uint64_t key, size_t c) const {
  const int64_t r = find(key);
  if (r < 0 || c >= classes_.size()) return 0;
  return index_.weights[static_cast<size_t>(r) * classes_.size() + c];
}

void LinearModel::build_index() {
  slots_.clear();
  filter_.clear();
  index_hold_.reset();
  index_ = Index{};
  index_.rows = keys_.size();
  if (!keys_.empty()) {
    size_t size = std::bit_ceil(keys_.size() * 2);
    slots_.assign(size, Slot{});
    const uint64_t mask = size - 1;
    for (size_t r = 0; r < keys_.size(); ++r) {
      uint64_t i = keys_[r] & mask;
      while (slots_[i].key != 0) i = (i + 1) & mask;
      slots_[i] = Slot{keys_[r], static_cast<uint32_t>(r)};
    }
    // 16 filter bits per key: about 6% of unknown keys pass it. The filter
    // uses the key's top bits, the table its bottom ones.
    const int bits = std::bit_width(std::bit_ceil(keys_.size() * 16)) - 1;
    index_.filter_shift = 64 - bits;
    filter_.assign((size_t{1} << bits) / 64 + 1, 0);
    for (uint64_t k : keys_) {
      const uint64_t bit = k >> index_.filter_shift;
      filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
    index_.slot_count = slots_.size();
    index_.filter_words = filter_.size();
  }
  point_at_own_index();
}

bool LinearModel::index_sizes_fit(const Index& index) const {
  if (index.rows != rows_ || (rows_ > 0) != (index.slot_count > 0)) return false;
  if (rows_ == 0) return true;
  const int bits = std::bit_width(std::bit_ceil(rows_ * 16)) - 1;
  return index.slot_count == std::bit_ceil(rows_ * 2) && index.filter_shift == 64 - bits &&
         index.filter_words == (size_t{1} << bits) / 64 + 1 && index.weights && index.slots &&
         index.filter;
}

bool LinearModel::index_fits(const Index& index) const {
  if (!index_sizes_fit(index)) return false;
  // Every slot's row is one of the model's (an empty slot's is 0): the
  // largest, in a loop without branches.
  uint32_t largest = 0;
  for (size_t i = 0; i < index.slot_count; ++i) largest = std::max(largest, index.slots[i].row);
  return rows_ == 0 || largest < rows_;
}

void LinearModel::use_index(const Index& index, std::shared_ptr<const void> hold) {
  NEWSKG_CHECK(index_sizes_fit(index), "LinearModel::use_index: an index of other sizes");
  index_ = index;
  index_hold_ = std::move(hold);
}

void LinearModel::score(const uint64_t* keys, size_t n, int32_t* scores) const {
  const size_t c = classes_.size();
  for (size_t k = 0; k < c; ++k) scores[k] = 0;
  for (size_t f = 0; f < n; ++f) {
    const int64_t r = find(keys[f]);
    if (r < 0) continue;
    const int16_t* row = index_.weights + static_cast<size_t>(r) * c;
    for (size_t k = 0; k < c; ++k) scores[k] += row[k];
  }
}

void LinearModel::find_rows(const uint64_t* keys, size_t n, const int16_t** rows) const {
  const Index& x = index_;
  if (x.slot_count == 0) {
    std::fill(rows, rows + n, nullptr);
    return;
  }
  const size_t c = classes_.size();
  const uint64_t mask = x.slot_count - 1;
  // In chunks, so that the marks of keys that pass the filter fit the stack.
  constexpr size_t kChunk = 256;
  for (size_t from = 0; from < n; from += kChunk) {
    const size_t to = std::min(n, from + kChunk);
    // 1. The filter words...
    for (size_t f = from; f < to; ++f) prefetch(&x.filter[(keys[f] >> x.filter_shift) >> 6]);
    // 2. ... then the first slot of each key that passes the filter ...
    bool passed[kChunk];
    for (size_t f = from; f < to; ++f) {
      const uint64_t bit = keys[f] >> x.filter_shift;
      passed[f - from] = x.filter[bit >> 6] >> (bit & 63) & 1;
      if (passed[f - from]) prefetch(&x.slots[keys[f] & mask]);
    }
    // 3. ... then the rows of the keys found (a row may straddle two lines).
    for (size_t f = from; f < to; ++f) {
      rows[f] = nullptr;
      if (!passed[f - from]) continue;
      for (uint64_t i = keys[f] & mask;; i = (i + 1) & mask) {
        const Slot& s = x.slots[i];
        if (s.key == keys[f]) {
          rows[f] = x.weights + static_cast<size_t>(s.row) * c;
          prefetch(rows[f]);
          prefetch(rows[f] + c - 1);
          break;
        }
        if (s.key == 0) break;
      }
    }
  }
}

std::string LinearModel::serialize() const {
  NEWSKG_CHECK(rows_read(), "LinearModel::serialize(): the rows were not read (read_rows())");
  std::string out;
  out.reserve(64 + keys_.size() * 9 + weights_.size() / 4);
  out.append(kBodyMagic, 4);
  put<uint32_t>(out, kBodyVersion);
  put<uint32_t>(out, static_cast<uint32_t>(classes_.size()));
  for (const auto& c : classes_) {
    put<uint8_t>(out, static_cast<uint8_t>(c.size()));
    out += c;
  }
  put<uint32_t>(out, static_cast<uint32_t>(vocabulary_.size()));
  for (const auto& w : vocabulary_) {
    put<uint8_t>(out, static_cast<uint8_t>(w.size()));
    out += w;
  }
  // Rows are sparse (a perceptron only ever updates the classes it confused,
  // so most weights are 0): per row its count of nonzero weights, then all
  // rows' class indices, then their weights.
  put<uint64_t>(out, keys_.size());
  for (uint64_t k : keys_) put<uint64_t>(out, k);
  const size_t c = classes_.size();
  std::string classes, weights;
  for (size_t r = 0; r < keys_.size(); ++r) {
    uint8_t nonzero = 0;
    for (size_t k = 0; k < c; ++k) {
      const int16_t w = weights_[r * c + k];
      if (w == 0) continue;
      ++nonzero;
      put<uint8_t>(classes, static_cast<uint8_t>(k));
      put<int16_t>(weights, w);
    }
    put<uint8_t>(out, nonzero);
  }
  put<uint64_t>(out, classes.size());
  out += classes;
  out += weights;
  put<uint64_t>(out, hash_bytes(out));
  return out;
}

namespace {

// What deserialize() reads before the vocabulary's words: the checksum, the
// magic, the version, the classes; then it skips the words (their count
// kept) to the row count.
struct BodyHead {
  std::vector<std::string> classes;
  uint64_t checksum = 0;
  uint32_t vocabulary = 0;
  size_t vocabulary_at = 0;  // offset of the first word's length byte
  uint64_t rows = 0;
};

core::Result<BodyHead> read_head(std::string_view body, const std::string& path) {
  // The checksum first: a damaged byte anywhere is reported as what it is.
  if (body.size() < 8) return core::Error{path, 0, "truncated model body"};
  BodyHead h;
  std::memcpy(&h.checksum, body.data() + body.size() - 8, 8);
  if (h.checksum != hash_bytes(body.substr(0, body.size() - 8)))
    return core::Error{path, 0, "model body checksum mismatch (corrupted or truncated file)"};
  BodyReader r(body, path);
  std::string_view magic;
  uint32_t version = 0, num_classes = 0;
  if (!r.bytes(4, magic)) return r.error();
  if (magic != std::string_view(kBodyMagic, 4)) return core::Error{path, 0, "bad model body magic"};
  if (!r.get(version)) return r.error();
  if (version != kBodyVersion)
    return core::Error{path, 0,
                       "model body version " + std::to_string(version) + ", expected " +
                           std::to_string(kBodyVersion)};
  if (!r.get(num_classes)) return r.error();
  if (num_classes == 0 || num_classes > 255) return core::Error{path, 0, "bad number of classes"};
  for (uint32_t i = 0; i < num_classes; ++i) {
    uint8_t len = 0;
    std::string_view name;
    if (!r.get(len) || !r.bytes(len, name)) return r.error();
    h.classes.emplace_back(name);
  }
  if (!r.get(h.vocabulary)) return r.error();
  if (h.vocabulary > body.size()) return core::Error{path, 0, "bad vocabulary size"};
  h.vocabulary_at = r.pos();
  for (uint32_t i = 0; i < h.vocabulary; ++i) {
    uint8_t len = 0;
    std::string_view word;
    if (!r.get(len) || !r.bytes(len, word)) return r.error();
  }
  if (!r.get(h.rows)) return r.error();
  if (h.rows > body.size() / 9)
    return core::Error{path, 0, "model body is shorter than its rows (truncated?)"};
  return h;
}

}  // namespace

core::Status LinearModel::read_rest(std::string_view body, size_t vocabulary_at,
                                    const std::string& path) {
  BodyReader words(body, path);
  std::string_view skipped;  // read by read_head()
  (void)words.bytes(vocabulary_at, skipped);
  vocabulary_.clear();
  vocabulary_.reserve(vocabulary_size_);
  for (size_t i = 0; i < vocabulary_size_; ++i) {
    uint8_t len = 0;
    std::string_view word;
    if (!words.get(len) || !words.bytes(len, word)) return words.error();
    vocabulary_.emplace_back(word);
  }
  uint64_t rows = 0;
  if (!words.get(rows)) return words.error();
  const size_t num_classes = classes_.size();
  keys_.resize(rows);
  std::string_view bytes;
  if (!words.bytes(rows * 8, bytes)) return words.error();
  std::memcpy(keys_.data(), bytes.data(), rows * 8);
  std::string_view nonzero;
  if (!words.bytes(rows, nonzero)) return words.error();
  uint64_t total = 0;
  if (!words.get(total)) return words.error();
  size_t sum = 0;
  for (unsigned char z : nonzero) sum += z;
  if (total != sum || body.size() - words.pos() != total * 3 + 8)
    return core::Error{path, 0,
                       "model body size does not match its " + std::to_string(rows) +
                           " feature rows (truncated or corrupted file)"};
  const char* cls = body.data() + words.pos();
  const char* wts = cls + total;
  weights_.assign(rows * num_classes, 0);
  size_t at = 0;
  for (size_t row = 0; row < rows; ++row) {
    const size_t end = at + static_cast<unsigned char>(nonzero[row]);
    for (size_t z = at; z < end; ++z) {
      const uint8_t k = static_cast<uint8_t>(cls[z]);
      if (k >= num_classes) return core::Error{path, 0, "model weight of an unknown class"};
      if (z > at && k <= static_cast<uint8_t>(cls[z - 1]))
        return core::Error{path, 0, "model weights of a row are not in class order"};
      int16_t w;
      std::memcpy(&w, wts + 2 * z, 2);
      if (w == 0) return core::Error{path, 0, "model body holds a zero weight"};
      weights_[row * num_classes + k] = w;
    }
    at = end;
  }
  for (size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] == 0 || (i > 0 && keys_[i - 1] >= keys_[i]))
      return core::Error{path, 0, "model feature keys are not sorted"};
  build_index();
  return core::Status::success();
}

core::Result<LinearModel> LinearModel::from_head(std::string_view body, const std::string& path,
                                                 size_t* vocabulary_at) {
  auto head = read_head(body, path);
  if (!head) return head.error();
  LinearModel m;
  m.classes_ = std::move(head->classes);
  m.checksum_ = head->checksum;
  m.vocabulary_size_ = head->vocabulary;
  m.rows_ = head->rows;
  *vocabulary_at = head->vocabulary_at;
  return m;
}

core::Result<LinearModel> LinearModel::deserialize(std::string_view body, const std::string& path) {
  size_t vocabulary_at = 0;
  auto m = from_head(body, path, &vocabulary_at);
  if (!m) return m.error();
  if (auto s = m->read_rest(body, vocabulary_at, path); !s) return s.error();
  return m;
}

core::Status LinearModel::read_rows() {
  if (rows_read()) return core::Status::success();
  const std::string_view body = pending_;
  if (auto s = read_rest(body, pending_vocabulary_at_, path_); !s) return s;
  pending_ = {};
  pending_hold_.reset();
  return core::Status::success();
}

core::Status LinearModel::save(const std::string& path, ModelHeader header) const {
  std::string body = serialize();
  header.magic = kMagic;
  header.set("feature-signature", hex64(feature_signature()));
  header.set("body-bytes", std::to_string(body.size()));
  return write_file(path, header.to_string() + body);
}

core::Result<LinearModel> LinearModel::load(const std::string& path, ModelHeader* header,
                                            Rows rows) {
  auto file = map_file(path);
  if (!file) return file.error();
  const std::string_view data = file->bytes;
  size_t body = 0;
  auto h = ModelHeader::parse(data, path, body);
  if (!h) return h.error();
  if (h->magic != kMagic)
    return core::Error{path, 1, "not a newskg tag model (first line '" + h->magic + "')"};
  const std::string* sig = h->find("feature-signature");
  if (sig == nullptr || *sig != hex64(feature_signature()))
    return core::Error{path, 0,
                       "model was trained with other feature templates (signature " +
                           (sig ? *sig : std::string("missing")) + ", this build " +
                           hex64(feature_signature()) + "): retrain it with newskg-train"};
  const std::string* bytes = h->find("body-bytes");
  const size_t have = data.size() - body;
  if (bytes == nullptr || *bytes != std::to_string(have))
    return core::Error{path, 0,
                       "model body has " + std::to_string(have) + " bytes, header says " +
                           (bytes ? *bytes : std::string("nothing")) + " (truncated file?)"};
  if (rows == Rows::Later) {
    size_t vocabulary_at = 0;
    auto m = from_head(data.substr(body), path, &vocabulary_at);
    if (!m) return m.error();
    m->pending_ = data.substr(body);
    m->pending_vocabulary_at_ = vocabulary_at;
    m->pending_hold_ = file->hold;
    m->path_ = path;
    if (header) *header = std::move(*h);
    return m;
  }
  auto m = deserialize(data.substr(body), path);
  if (!m) return m.error();
  if (header) *header = std::move(*h);
  return m;
}

}  // namespace newskg::tag
