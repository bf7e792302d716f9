// End to end on the seeds: growing a graph (`newskg build --into`), merging
// shards built apart (`newskg merge`) and asking it questions (`newskg
// query`) through the built binary. The SPARQL store and SHACL checks of the
// same graph live in tests/store/store_test.mjs (ctest: sparql_store).
#include <gtest/gtest.h>

#include "canonical.hpp"
#include <rapidjson/document.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace newskg::e2e {
namespace {

namespace fs = std::filesystem;

const std::string kA000 = "examples/articles/000_627d393c7eb96885.txt";
const std::string kA003 = "examples/articles/003_0d3550a95405e0c2.txt";

struct RunResult {
  int status = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs the binary from the source folder (article paths, hence the
// articles' nkg:source, are the same in every build).
RunResult newskg(const std::string& args, const fs::path& scratch) {
  const fs::path err_file = scratch / "stderr.txt";
  const std::string command = "cd '" + std::string(NEWSKG_SOURCE_DIR) + "' && '" +
                              std::string(NEWSKG_BINARY_DIR) + "/newskg' " + args + " 2>'" +
                              err_file.string() + "'";
  RunResult r;
  FILE* p = ::popen(command.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int st = ::pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::ifstream in(err_file);
  std::stringstream ss;
  ss << in.rdbuf();
  r.err = ss.str();
  return r;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class StoreTest : public ::testing::Test {
 protected:
  // The seeds built all at once: the reference every other way must equal.
  static void SetUpTestSuite() {
    // ctest runs each test in its own process, in parallel: one folder each.
    root_ = new fs::path(fs::path(NEWSKG_BINARY_DIR) / "e2e-scratch" /
                         ("store-" + std::to_string(::getpid())));
    fs::remove_all(*root_);
    fs::create_directories(*root_ / "all");
    const RunResult r = newskg("build examples/articles -q --format ttl,nt,nq -o '" +
                             (*root_ / "all").string() + "'",
                         *root_);
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(*root_, ec);
    delete root_;
  }

  static fs::path dir(const std::string& name) {
    const fs::path p = *root_ / name;
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
  }
  static std::string all(const std::string& file) { return slurp(*root_ / "all" / file); }
  static RunResult run(const std::string& args) { return newskg(args, *root_); }
  static std::string q(const fs::path& p) {
    std::string quoted = "'";
    quoted.append(p.string()).append("'");
    return quoted;
  }

  static fs::path* root_;
};
fs::path* StoreTest::root_ = nullptr;

TEST_F(StoreTest, BuildIntoEqualsBuildingAllAtOnce) {
  const fs::path grow = dir("grow");
  ASSERT_EQ(run("build " + kA000 + " -q -o " + q(grow)).status, 0);
  const RunResult r = run("build --into " + q(grow / "graph.ttl") + " " + kA003 + " -q");
  ASSERT_EQ(r.status, 0) << r.err;
  // Outputs go beside the --into graph; the same graph as building all at once.
  EXPECT_EQ(canonical_triples(grow / "graph.nt"), canonical_triples(*root_ / "all" / "graph.nt"));
  EXPECT_EQ(canonical_triples(grow / "graph.ttl"), canonical_triples(*root_ / "all" / "graph.ttl"));
  EXPECT_TRUE(fs::exists(grow / "graph.json"));
  EXPECT_TRUE(fs::exists(grow / "graph.dot"));

  // With -o they go there instead, and the --into graph is left alone.
  const fs::path elsewhere = dir("grow-elsewhere");
  const std::string before = slurp(grow / "graph.ttl");
  ASSERT_EQ(run("build --into " + q(grow / "graph.ttl") + " " + kA003 + " -q --format nt -o " +
                q(elsewhere))
                .status,
            0);
  // Adding an article again changes nothing.
  EXPECT_EQ(canonical_triples(elsewhere / "graph.nt"), canonical_triples(*root_ / "all" / "graph.nt"));
  EXPECT_EQ(slurp(grow / "graph.ttl"), before);
}

TEST_F(StoreTest, BuildIntoAnUnreadableGraphFailsBeforeReadingArticles) {
  const fs::path bad = dir("bad-into");
  std::ofstream(bad / "graph.ttl") << "@prefix nkg: <https://w3id.org/newskg/ontology#> .\n"
                                      "<https://w3id.org/newskg/resource/person/a> a nkg:Person\n";
  const RunResult r = run("build --into " + q(bad / "graph.ttl") + " " + kA003 + " -q");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find((bad / "graph.ttl").string() + ":3:"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(bad / "graph.nt"));
}

TEST_F(StoreTest, MergingShardsEqualsBuildingAllAtOnce) {
  const fs::path a = dir("shard-a"), b = dir("shard-b");
  ASSERT_EQ(run("build " + kA000 + " -q --format ttl,nt,nq -o " + q(a)).status, 0);
  ASSERT_EQ(run("build " + kA003 + " -q --format ttl,nt,nq -o " + q(b)).status, 0);
  // Any order, any of the three syntaxes.
  const std::vector<std::string> inputs = {
      q(a / "graph.ttl") + " " + q(b / "graph.ttl"),
      q(b / "graph.ttl") + " " + q(a / "graph.ttl"),
      q(a / "graph.nt") + " " + q(b / "graph.nq"),
  };
  for (const std::string& in : inputs) {
    const fs::path merged = dir("merged");
    const RunResult r = run("merge " + in + " -q --format ttl,nt,nq,json,dot -o " + q(merged));
    ASSERT_EQ(r.status, 0) << r.err;
    for (const char* f : {"graph.nt", "graph.ttl", "graph.nq"})
      EXPECT_EQ(canonical_triples(merged / f), canonical_triples(*root_ / "all" / f)) << in << " " << f;
    EXPECT_TRUE(fs::exists(merged / "graph.json"));
  }
}

TEST_F(StoreTest, MergeReportsBadInput) {
  const fs::path bad = dir("bad-merge");
  std::ofstream(bad / "graph.nt") << "<https://w3id.org/newskg/resource/person/a> broken .\n";
  RunResult r = run("merge " + q(bad / "graph.nt") + " -q -o " + q(bad / "out"));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find((bad / "graph.nt").string() + ":1:"), std::string::npos) << r.err;
  r = run("merge " + q(bad / "missing.ttl") + " -q -o " + q(bad / "out"));
  EXPECT_EQ(r.status, 2);
}

TEST_F(StoreTest, QuerySaidByHegsethAboutUkraine) {
  const std::string graph = "--graph " + q(*root_ / "all" / "graph.ttl");
  const RunResult r = run("query " + graph + " said --by Hegseth --about Ukraine --json");
  ASSERT_EQ(r.status, 0) << r.err;
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  ASSERT_FALSE(d.HasParseError()) << r.out;
  ASSERT_TRUE(d.IsArray());
  ASSERT_GE(d.Size(), 5u);
  bool troops = false;
  for (const auto& row : d.GetArray()) {
    EXPECT_STREQ(row["speakers"][0]["label"].GetString(), "Pete Hegseth");
    bool about_ukraine = false;
    for (const auto& a : row["about"].GetArray())
      about_ukraine = about_ukraine || std::string(a["label"].GetString()) == "Ukraine";
    EXPECT_TRUE(about_ukraine) << row["text"].GetString();
    EXPECT_GT(std::string(row["sentence"].GetString()).size(), 0u);
    EXPECT_LE(row["sentenceBegin"].GetUint(), row["begin"].GetUint());
    // 000: "“To be clear, as part of any security guarantee, there will not be
    // U.S. troops deployed to Ukraine,” he added."
    troops = troops || std::string(row["text"].GetString())
                               .rfind("To be clear, as part of any security guarantee", 0) == 0;
  }
  EXPECT_TRUE(troops);

  // The same as a table, with the evidence sentence under each row.
  const RunResult table = run("query " + graph + " said --by pete hegseth --about UKRAINE --width 100");
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("SPEAKER"), std::string::npos);
  EXPECT_NE(table.out.find("sentence 2956-3066: “To be clear, as part of any security guarantee"),
            std::string::npos)
      << table.out;
  std::istringstream lines(table.out);
  for (std::string line; std::getline(lines, line);) {
    size_t width = 0;
    for (char c : line) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    EXPECT_LE(width, 100u) << line;
  }
}

TEST_F(StoreTest, QueryOtherQuestions) {
  const std::string graph = "--graph " + q(*root_ / "all" / "graph.ttl");
  RunResult r = run("query " + graph + " met Rutte --width 0");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Mark Rutte, Pete Hegseth"), std::string::npos) << r.out;

  r = run("query " + graph + " positions --topic membership nato --holder Zelensky --json");
  ASSERT_EQ(r.status, 0) << r.err;
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  ASSERT_TRUE(d.IsArray() && d.Size() == 1u) << r.out;
  // 003: "Zelenskiy has insisted that eventual membership in Nato must remain a recognized goal"
  EXPECT_STREQ(d[0]["stance"].GetString(), "support");

  r = run("query " + graph + " entity US --json");
  ASSERT_EQ(r.status, 0) << r.err;
  d.Parse(r.out.c_str());
  ASSERT_TRUE(d.IsObject());
  EXPECT_STREQ(d["entity"]["key"].GetString(), "country/united-states");
  bool hegseth = false;
  for (const auto& role : d["roles"].GetArray())
    hegseth = hegseth || std::string(role["holder"]["label"].GetString()) == "Pete Hegseth";
  EXPECT_TRUE(hegseth);

  r = run("query --json " + graph + " entity nato");  // shared options before the question too
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"label\": \"NATO\""), std::string::npos);
}

TEST_F(StoreTest, QueryNamesThatDoNotResolve) {
  const std::string graph = "--graph " + q(*root_ / "all" / "graph.ttl");
  // Several bodies have "Defense" in their name.
  RunResult r = run("query " + graph + " said --by defense");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("did you mean"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Danish Defense Intelligence Service"), std::string::npos) << r.err;

  r = run("query " + graph + " entity Nobody Atall");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("Nobody Atall"), std::string::npos);

  r = run("query --graph " + q(*root_ / "none.ttl") + " said");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("cannot open"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace newskg::e2e
