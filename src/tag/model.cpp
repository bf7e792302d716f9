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
  build_index();
  const std::string body = serialize();
  std::memcpy(&checksum_, body.data() + body.size() - 8, 8);
}

int16_t LinearModel::weight(uint64_t key, size_t c) const {
  const int64_t r = find(key);
  if (r < 0 || c >= classes_.size()) return 0;
  return weights_[static_cast<size_t>(r) * classes_.size() + c];
}

void LinearModel::build_index() {
  slots_.clear();
  if (keys_.empty()) return;
  size_t size = std::bit_ceil(keys_.size() * 2);
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (size_t r = 0; r < keys_.size(); ++r) {
    uint64_t i = keys_[r] & mask_;
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{keys_[r], static_cast<uint32_t>(r)};
  }
  // 16 filter bits per key: about 6% of unknown keys pass it. The filter uses
  // the key's top bits, the table its bottom ones.
  const int bits = std::bit_width(std::bit_ceil(keys_.size() * 16)) - 1;
  filter_shift_ = 64 - bits;
  filter_.assign((size_t{1} << bits) / 64 + 1, 0);
  for (uint64_t k : keys_) {
    const uint64_t bit = k >> filter_shift_;
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

void LinearModel::score(const uint64_t* keys, size_t n, int32_t* scores) const {
  const size_t c = classes_.size();
  for (size_t k = 0; k < c; ++k) scores[k] = 0;
  for (size_t f = 0; f < n; ++f) {
    const int64_t r = find(keys[f]);
    if (r < 0) continue;
    const int16_t* row = weights_.data() + static_cast<size_t>(r) * c;
    for (size_t k = 0; k < c; ++k) scores[k] += row[k];
  }
}

void LinearModel::find_rows(const uint64_t* keys, size_t n, const int16_t** rows) const {
  if (slots_.empty()) {
    std::fill(rows, rows + n, nullptr);
    return;
  }
  const size_t c = classes_.size();
  // In chunks, so that the marks of keys that pass the filter fit the stack.
  constexpr size_t kChunk = 256;
  for (size_t from = 0; from < n; from += kChunk) {
    const size_t to = std::min(n, from + kChunk);
    // 1. The filter words...
    for (size_t f = from; f < to; ++f) prefetch(&filter_[(keys[f] >> filter_shift_) >> 6]);
    // 2. ... then the first slot of each key that passes the filter ...
    bool passed[kChunk];
    for (size_t f = from; f < to; ++f) {
      const uint64_t bit = keys[f] >> filter_shift_;
      passed[f - from] = filter_[bit >> 6] >> (bit & 63) & 1;
      if (passed[f - from]) prefetch(&slots_[keys[f] & mask_]);
    }
    // 3. ... then the rows of the keys found (a row may straddle two lines).
    for (size_t f = from; f < to; ++f) {
      rows[f] = nullptr;
      if (!passed[f - from]) continue;
      for (uint64_t i = keys[f] & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.key == keys[f]) {
          rows[f] = weights_.data() + static_cast<size_t>(s.row) * c;
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

core::Result<LinearModel> LinearModel::deserialize(std::string_view body, const std::string& path) {
  // The checksum first: a damaged byte anywhere is reported as what it is.
  if (body.size() < 8) return core::Error{path, 0, "truncated model body"};
  uint64_t stored = 0;
  std::memcpy(&stored, body.data() + body.size() - 8, 8);
  if (stored != hash_bytes(body.substr(0, body.size() - 8)))
    return core::Error{path, 0, "model body checksum mismatch (corrupted or truncated file)"};
  BodyReader r(body, path);
  std::string_view magic;
  uint32_t version = 0, num_classes = 0;
  uint64_t rows = 0;
  LinearModel m;
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
    m.classes_.emplace_back(name);
  }
  uint32_t vocabulary = 0;
  if (!r.get(vocabulary)) return r.error();
  if (vocabulary > body.size()) return core::Error{path, 0, "bad vocabulary size"};
  m.vocabulary_.reserve(vocabulary);
  for (uint32_t i = 0; i < vocabulary; ++i) {
    uint8_t len = 0;
    std::string_view word;
    if (!r.get(len) || !r.bytes(len, word)) return r.error();
    m.vocabulary_.emplace_back(word);
  }
  if (!r.get(rows)) return r.error();
  if (rows > body.size() / 9)
    return core::Error{path, 0, "model body is shorter than its rows (truncated?)"};
  m.keys_.resize(rows);
  std::string_view bytes;
  if (!r.bytes(rows * 8, bytes)) return r.error();
  std::memcpy(m.keys_.data(), bytes.data(), rows * 8);
  std::string_view nonzero;
  if (!r.bytes(rows, nonzero)) return r.error();
  uint64_t total = 0;
  if (!r.get(total)) return r.error();
  size_t sum = 0;
  for (unsigned char z : nonzero) sum += z;
  if (total != sum || body.size() - r.pos() != total * 3 + 8)
    return core::Error{path, 0,
                       "model body size does not match its " + std::to_string(rows) +
                           " feature rows (truncated or corrupted file)"};
  const char* cls = body.data() + r.pos();
  const char* wts = cls + total;
  m.weights_.assign(rows * num_classes, 0);
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
      m.weights_[row * num_classes + k] = w;
    }
    at = end;
  }
  m.checksum_ = stored;
  for (size_t i = 0; i < m.keys_.size(); ++i)
    if (m.keys_[i] == 0 || (i > 0 && m.keys_[i - 1] >= m.keys_[i]))
      return core::Error{path, 0, "model feature keys are not sorted"};
  m.build_index();
  return m;
}

core::Status LinearModel::save(const std::string& path, ModelHeader header) const {
  std::string body = serialize();
  header.magic = kMagic;
  header.set("feature-signature", hex64(feature_signature()));
  header.set("body-bytes", std::to_string(body.size()));
  return write_file(path, header.to_string() + body);
}

core::Result<LinearModel> LinearModel::load(const std::string& path, ModelHeader* header) {
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
  auto m = deserialize(data.substr(body), path);
  if (!m) return m.error();
  if (header) *header = std::move(*h);
  return m;
}

}  // namespace newskg::tag
