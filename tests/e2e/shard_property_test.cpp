// Property tests of the corpus build: merge(build(A), build(B), build(C)) is
// build(A+B+C) as a graph, for random splits of the seeds, news-dev and a BBC
// sample and any merge order; and the files are byte-identical for any -j.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "e2e_util.hpp"

namespace newskg::e2e {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> corpus_files() {
  const fs::path shared = fs::path(NEWSKG_SOURCE_DIR) / ".." / "shared" / "corpus";
  std::vector<std::string> files;
  for (const char* dir : {"seeds", "news-dev/articles"})
    for (const auto& e : fs::directory_iterator(shared / dir)) files.push_back(e.path().string());
  // Every 40th BBC article: about fifty, from all five sections.
  std::vector<std::string> bbc;
  for (const auto& e : fs::recursive_directory_iterator(shared / "bbc"))
    if (e.is_regular_file() && e.path().extension() == ".txt") bbc.push_back(e.path().string());
  std::sort(bbc.begin(), bbc.end());
  for (size_t i = 0; i < bbc.size(); i += 40) files.push_back(bbc[i]);
  std::sort(files.begin(), files.end());
  return files;
}

std::string join(const std::vector<std::string>& files) {
  std::string out;
  for (const auto& f : files) out += " '" + f + "'";
  return out;
}

TEST(ShardPropertyTest, MergedShardsAreTheGraphOfTheWholeCorpusInAnyOrder) {
  const std::vector<std::string> files = corpus_files();
  ASSERT_GT(files.size(), 50u);
  const fs::path root = scratch("shards");
  const RunResult all = run(newskg() + " build -q --format ttl,nt,nq -o " + (root / "all").string() + join(files));
  ASSERT_EQ(all.status, 0) << all.out;
  const std::string want_nt = canonical_triples(root / "all" / "graph.nt");
  const std::string want_nq = canonical_triples(root / "all" / "graph.nq");
  ASSERT_FALSE(want_nt.empty());

  std::mt19937 rng(20261204);  // fixed: the same splits on every run
  for (int round = 0; round < 3; ++round) {
    std::vector<std::vector<std::string>> shards(3);
    for (const auto& f : files) shards[rng() % 3].push_back(f);
    std::vector<std::string> graphs;
    for (size_t s = 0; s < shards.size(); ++s) {
      if (shards[s].empty()) continue;
      const fs::path out =
          root / std::string("r").append(std::to_string(round)).append("-s").append(std::to_string(s));
      const RunResult r = run(newskg() + " build -q --format ttl,nt,nq -o " + out.string() + join(shards[s]));
      ASSERT_EQ(r.status, 0) << r.out;
      // Each shard in a syntax of its own: Turtle, N-Triples, N-Quads.
      graphs.push_back((out / (s == 0 ? "graph.ttl" : s == 1 ? "graph.nt" : "graph.nq")).string());
    }
    std::shuffle(graphs.begin(), graphs.end(), rng);
    const fs::path merged = root / std::string("r").append(std::to_string(round)).append("-merged");
    const RunResult m = run(newskg() + " merge -q --format nt,nq -o " + merged.string() + join(graphs));
    ASSERT_EQ(m.status, 0) << m.out;
    EXPECT_EQ(canonical_triples(merged / "graph.nt"), want_nt) << "round " << round;
    EXPECT_EQ(canonical_triples(merged / "graph.nq"), want_nq) << "round " << round;
  }
}

TEST(ShardPropertyTest, FilesAreByteIdenticalForAnyNumberOfWorkers) {
  const std::vector<std::string> files = corpus_files();
  const fs::path root = scratch("jobs");
  std::string first;
  for (const char* jobs : {"1", "2", "8"}) {
    const fs::path out = root / (std::string("j") + jobs);
    const RunResult r = run(newskg() + " build -q --format ttl,nt,nq,json -j " + jobs + " -o " +
                            out.string() + join(files));
    ASSERT_EQ(r.status, 0) << r.out;
    std::string all;
    for (const char* f : {"graph.ttl", "graph.nt", "graph.nq", "graph.json"}) all += slurp(out / f);
    if (first.empty()) first = all;
    EXPECT_EQ(all, first) << "-j " << jobs;
  }
}

}  // namespace
}  // namespace newskg::e2e
