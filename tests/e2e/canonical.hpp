#pragma once
// Comparing graph files as graphs, not as bytes.
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace newskg::e2e {

// A graph file as the set of its triples: converted to N-Triples by serdi
// (so Turtle and N-Triples compare alike), comments dropped, lines sorted.
// Streaming writes articles in input order; two graphs are the same graph
// when these are equal, whatever order their triples came in.
inline std::string canonical_triples(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  const std::string syntax = ext == ".nq" ? "nquads" : ext == ".nt" ? "ntriples" : "turtle";
  FILE* pipe = popen(("serdi -i " + syntax + " -o " + (ext == ".nq" ? "nquads" : "ntriples") +
                      " '" + p.string() + "'")
                         .c_str(),
                     "r");
  std::vector<std::string> lines;
  if (pipe != nullptr) {
    std::string all;
    std::array<char, 65536> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) all.append(buf.data(), n);
    pclose(pipe);
    std::istringstream in(all);
    for (std::string line; std::getline(in, line);)
      if (!line.empty() && line[0] != '#') lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace newskg::e2e
