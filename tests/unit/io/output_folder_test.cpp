// io::OutputFolder: the output folder replaced as a whole, or not at all.
#include "newskg/io/output_folder.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "io_test_util.hpp"

namespace newskg::io {
namespace {

namespace fs = std::filesystem;
using testing::read_text;
using testing::TempDir;
using testing::write_text;

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

// Writes `names` (content: the name and `tag`) through a fresh OutputFolder and commits.
void run(const std::string& dir, const std::vector<std::string>& names, const std::string& tag,
         bool keep_previous = false) {
  auto out = OutputFolder::begin(dir);
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  if (keep_previous) out->keep_previous_outputs();
  for (const auto& n : names) write_text(out->path(n), n + tag);
  ASSERT_TRUE(out->commit().ok());
}

TEST(OutputFolderTest, ANewFolderHoldsExactlyTheRunsFilesAndItsManifest) {
  TempDir tmp;
  const std::string dir = tmp.file("a/b/out");  // parents are created
  run(dir, {"graph.ttl", "graph.nt"}, "1");
  EXPECT_EQ(entries(dir), (std::vector<std::string>{".newskg-manifest", "graph.nt", "graph.ttl"}));
  EXPECT_EQ(read_text(dir + "/graph.ttl"), "graph.ttl1");
  EXPECT_EQ(entries(tmp.file("a/b")), (std::vector<std::string>{"out"})) << "no staging left";
}

TEST(OutputFolderTest, TheNextRunReplacesTheOutputSetAsAWhole) {
  TempDir tmp;
  const std::string dir = tmp.file("out");
  run(dir, {"graph.ttl", "graph.nq", "x.nt"}, "1");
  run(dir, {"graph.ttl", "y.nt"}, "2");
  // graph.nq and x.nt were the previous run's outputs: gone, not stale beside the new graph.
  EXPECT_EQ(entries(dir), (std::vector<std::string>{".newskg-manifest", "graph.ttl", "y.nt"}));
  EXPECT_EQ(read_text(dir + "/graph.ttl"), "graph.ttl2");
}

TEST(OutputFolderTest, KeepPreviousOutputsCarriesTheOnesNotWrittenAgain) {
  TempDir tmp;
  const std::string dir = tmp.file("out");
  run(dir, {"graph.ttl", "x.nt"}, "1");
  run(dir, {"graph.ttl", "y.nt"}, "2", /*keep_previous=*/true);
  EXPECT_EQ(entries(dir),
            (std::vector<std::string>{".newskg-manifest", "graph.ttl", "x.nt", "y.nt"}));
  EXPECT_EQ(read_text(dir + "/x.nt"), "x.nt1");
  EXPECT_EQ(read_text(dir + "/graph.ttl"), "graph.ttl2");
  // x.nt is newskg's again: a plain run drops it.
  run(dir, {"graph.ttl"}, "3");
  EXPECT_EQ(entries(dir), (std::vector<std::string>{".newskg-manifest", "graph.ttl"}));
}

TEST(OutputFolderTest, TheUsersFilesStay) {
  TempDir tmp;
  const std::string dir = tmp.file("out");
  fs::create_directories(dir);
  write_text(dir + "/.keep", "");
  write_text(dir + "/notes.txt", "mine");
  write_text(dir + "/graph.ttl.tmp.12345", "half a graph of an old version");
  run(dir, {"graph.ttl"}, "1");
  run(dir, {"graph.nt"}, "2");
  EXPECT_EQ(entries(dir),
            (std::vector<std::string>{".keep", ".newskg-manifest", "graph.nt", "notes.txt"}));
  EXPECT_EQ(read_text(dir + "/notes.txt"), "mine");
}

TEST(OutputFolderTest, NotCommittedLeavesTheFolderAsItWasAndNoStaging) {
  TempDir tmp;
  const std::string dir = tmp.file("out");
  run(dir, {"graph.ttl"}, "1");
  {
    auto out = OutputFolder::begin(dir);
    ASSERT_TRUE(out.ok());
    write_text(out->path("graph.ttl"), "half");
    EXPECT_TRUE(fs::exists(out->staging()));
  }  // a failed run: no commit
  EXPECT_EQ(read_text(dir + "/graph.ttl"), "graph.ttl1");
  EXPECT_EQ(entries(tmp.path()), (std::vector<std::string>{"out"}));
}

TEST(OutputFolderTest, StagingFoldersOfKilledRunsAreCleanedAndAnInterruptedSwapIsUndone) {
  TempDir tmp;
  const std::string dir = tmp.file("out");
  run(dir, {"graph.ttl"}, "1");
  // A pid that cannot be running: above the kernel's pid_max.
  const std::string dead = "4999999";
  fs::create_directories(tmp.file(".out.newskg-stage." + dead));
  write_text(tmp.file(".out.newskg-stage." + dead + "/graph.ttl"), "half");
  run(dir, {"graph.ttl"}, "2");
  EXPECT_EQ(entries(tmp.path()), (std::vector<std::string>{"out"}));

  // Killed between the two renames of the fallback swap: DIR is missing and
  // the previous output waits under its old name.
  fs::rename(dir, tmp.file(".out.newskg-old." + dead));
  auto out = OutputFolder::begin(dir);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(read_text(dir + "/graph.ttl"), "graph.ttl2") << "restored before anything else";
}

TEST(OutputFolderTest, RefusesFoldersItWouldLoseWork) {
  TempDir tmp;
  const std::string dir = tmp.file("project");
  fs::create_directories(dir + "/src");
  auto out = OutputFolder::begin(dir);
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.error().message.find("'src'"), std::string::npos) << out.error().message;

  write_text(tmp.file("file"), "x");
  EXPECT_FALSE(OutputFolder::begin(tmp.file("file")).ok()) << "not a folder";

  const fs::path cwd = fs::current_path();
  fs::current_path(dir);
  auto here = OutputFolder::begin(".");
  auto parent = OutputFolder::begin(tmp.path());
  fs::current_path(cwd);
  ASSERT_FALSE(here.ok());
  EXPECT_NE(here.error().message.find("current folder"), std::string::npos);
  EXPECT_FALSE(parent.ok());
}

TEST(OutputFolderTest, ASymlinkedFolderIsReplacedBehindTheLink) {
  TempDir tmp;
  const std::string real = tmp.file("real");
  run(real, {"graph.ttl"}, "1");
  fs::create_directory_symlink(real, tmp.file("link"));
  run(tmp.file("link"), {"graph.ttl"}, "2");
  EXPECT_TRUE(fs::is_symlink(tmp.file("link")));
  EXPECT_EQ(read_text(tmp.file("link/graph.ttl")), "graph.ttl2");
}

}  // namespace
}  // namespace newskg::io
