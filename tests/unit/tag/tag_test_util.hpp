#pragma once
// Shared by the tag tests: where the data is, a scratch folder, the shipped tagger.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include "newskg/tag/tagger.hpp"

namespace newskg::tag::testing {

inline std::string source_dir() { return NEWSKG_SOURCE_DIR; }
inline std::string shared_dir() { return std::string(NEWSKG_SOURCE_DIR) + "/../shared"; }
inline std::string model_dir() { return std::string(NEWSKG_SOURCE_DIR) + "/schema/models"; }
inline bool have_shared() {
  return std::filesystem::is_directory(shared_dir() + "/corpus/polnear/silver/train");
}

// A scratch folder, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("newskg-tag-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void write(const std::string& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The models in schema/models, loaded once for all tests.
inline const Tagger& shipped_tagger() {
  static const Tagger tagger = [] {
    auto t = Tagger::load(model_dir());
    if (!t) throw std::runtime_error(t.error().to_string());
    return *t;
  }();
  return tagger;
}

}  // namespace newskg::tag::testing
