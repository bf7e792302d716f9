// write_file_atomic and the write_* wrappers built on it.
#include <gtest/gtest.h>

#include <fstream>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "io_test_util.hpp"
#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {

TEST(WriteFileAtomicTest, ReplacesTheFileAndLeavesNoTempFile) {
  testing::TempDir dir;
  const std::string path = dir.file("graph.nt");
  ASSERT_TRUE(write_file_atomic(path, "old content, longer than the new one\n").ok());
  const std::string content("new\0content\n", 12);  // bytes, not a C string
  ASSERT_TRUE(write_file_atomic(path, content).ok());
  EXPECT_EQ(testing::read_text(path), content);
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"graph.nt"}));
  ASSERT_TRUE(write_file_atomic(path, "").ok());
  EXPECT_EQ(testing::read_text(path), "");
}

TEST(WriteFileAtomicTest, MissingDirectoryIsAnErrorNamingThePath) {
  testing::TempDir dir;
  const std::string path = dir.file("no-such-dir/graph.nt");
  const core::Status st = write_file_atomic(path, "x");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().file, path);
  EXPECT_NE(st.error().message.find(std::strerror(ENOENT)), std::string::npos)
      << st.error().message;
  EXPECT_FALSE(std::filesystem::exists(dir.file("no-such-dir"))) << "creates no directories";
}

TEST(WriteFileAtomicTest, FailedRenameRemovesTheTempFile) {
  testing::TempDir dir;
  // The target is a directory: the temp file is written, the rename fails.
  std::filesystem::create_directory(dir.file("graph.json"));
  const core::Status st = write_file_atomic(dir.file("graph.json"), "{}");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().file, dir.file("graph.json"));
  EXPECT_NE(st.error().message.find(std::strerror(EISDIR)), std::string::npos)
      << st.error().message;
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"graph.json"}));
}

TEST(WriteFileAtomicTest, UnwritableLocationFailsCleanly) {
  // A "folder" that is a regular file cannot be written into, even by root
  // (a read-only directory can be, so it would not test anything here).
  testing::TempDir dir;
  { std::ofstream(dir.file("not-a-dir")) << "x"; }
  const core::Status st = write_file_atomic(dir.file("not-a-dir/graph.nt"), "x");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().file, dir.file("not-a-dir/graph.nt"));
  EXPECT_NE(st.error().message.find(std::strerror(ENOTDIR)), std::string::npos) << st.error().message;
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"not-a-dir"}));  // no temp file left
}

TEST(WriteFileAtomicTest, WritersWriteExactlyWhatTheyRender) {
  testing::TempDir dir;
  const auto kg = testing::sample_graph();
  ASSERT_TRUE(write_rdf(kg, RdfSyntax::Turtle, dir.file("graph.ttl")).ok());
  ASSERT_TRUE(write_rdf(kg, RdfSyntax::NTriples, dir.file("graph.nt")).ok());
  ASSERT_TRUE(write_rdf(kg, RdfSyntax::NQuads, dir.file("graph.nq")).ok());
  ASSERT_TRUE(write_dot(kg, dir.file("graph.dot")).ok());
  ASSERT_TRUE(write_json(kg, dir.file("graph.json")).ok());
  EXPECT_EQ(testing::read_text(dir.file("graph.ttl")), to_rdf(kg, RdfSyntax::Turtle));
  EXPECT_EQ(testing::read_text(dir.file("graph.nt")), to_rdf(kg, RdfSyntax::NTriples));
  EXPECT_EQ(testing::read_text(dir.file("graph.nq")), to_rdf(kg, RdfSyntax::NQuads));
  EXPECT_EQ(testing::read_text(dir.file("graph.dot")), to_dot(kg));
  EXPECT_EQ(testing::read_text(dir.file("graph.json")), to_json(kg));
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"graph.dot", "graph.json", "graph.nq",
                                                     "graph.nt", "graph.ttl"}));
  const core::Status st = write_json(kg, dir.file("missing/graph.json"));
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().file, dir.file("missing/graph.json"));
}

}  // namespace
}  // namespace newskg::io
