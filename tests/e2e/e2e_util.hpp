#pragma once
// Helpers for end-to-end tests: run the built `newskg` binary and other
// command-line tools, read files, make scratch folders.
#include <gtest/gtest.h>

#include "canonical.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace newskg::e2e {

struct RunResult {
  int status = -1;
  std::string out;  // stdout and stderr together
};

inline RunResult run(const std::string& command) {
  RunResult r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

inline std::string newskg() { return std::string(NEWSKG_BINARY_DIR) + "/newskg"; }
inline std::string source(const std::string& rel) { return std::string(NEWSKG_SOURCE_DIR) + "/" + rel; }

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A fresh scratch folder under the build tree, removed first if it exists.
inline std::filesystem::path scratch(const std::string& name) {
  auto p = std::filesystem::path(NEWSKG_BINARY_DIR) / "e2e-scratch" / name;
  std::filesystem::remove_all(p);
  std::filesystem::create_directories(p);
  return p;
}

}  // namespace newskg::e2e
