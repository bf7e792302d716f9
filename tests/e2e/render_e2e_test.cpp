// `newskg render` and `newskg report` end to end on the seeds' graph: every
// view written as SVG with no overlapping labels (from the SVG's text
// boxes), the same bytes twice, and each exit status with its message.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "newskg/render/svg_labels.hpp"

namespace newskg::render {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `newskg ARGS` (through the shell, which only this test uses), with
// stderr captured; `env` goes before the command ("PATH=/nonexistent").
CliRun newskg(const std::string& args, const fs::path& scratch, const std::string& env = "") {
  const fs::path err = scratch / "stderr.txt";
  const std::string cmd =
      env + " " + NEWSKG_BINARY_DIR "/newskg " + args + " 2>" + err.string() + " >/dev/null";
  const int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(err)};
}

class RenderE2eTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::path(NEWSKG_BINARY_DIR) / "e2e-scratch" / ("render-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const CliRun built = newskg("build -q --format ttl -o " + (dir_ / "out").string() + " " +
                                    NEWSKG_SOURCE_DIR "/examples/articles",
                                dir_);
    ASSERT_EQ(built.exit_code, 0) << built.err;
    graph_ = "--graph " + (dir_ / "out" / "graph.ttl").string();
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }
  static fs::path dir_;
  static std::string graph_;
};
fs::path RenderE2eTest::dir_;
std::string RenderE2eTest::graph_;

TEST_F(RenderE2eTest, EveryViewRendersWithoutOverlappingLabels) {
  const std::pair<std::string, std::string> views[] = {
      {"people", "people.svg"},
      {"people --relations said --max-nodes 12", "said.svg"},
      {"focus Hegseth --depth 2", "focus.svg"},
      {"statements --about Ukraine", "about.svg"},
      {"statements --by Hegseth", "by.svg"},
      {"article 003_0d3550a95405e0c2", "article.svg"},
  };
  for (const auto& [view, file] : views) {
    const CliRun r =
        newskg("render " + graph_ + " " + view + " -o " + (dir_ / file).string(), dir_);
    ASSERT_EQ(r.exit_code, 0) << view << ": " << r.err;
    // The summary line names the file and what was drawn.
    EXPECT_NE(r.err.find(file + ": "), std::string::npos) << r.err;
    const std::string svg = slurp(dir_ / file);
    const auto boxes = svg_text_boxes(svg);
    EXPECT_GT(boxes.size(), 5u) << view;
    for (const auto& [a, b] : overlapping_boxes(boxes))
      ADD_FAILURE() << view << ": \"" << boxes[a].text << "\" overlaps \"" << boxes[b].text << "\"";
  }
  // Deterministic: the same view twice is the same file.
  ASSERT_EQ(
      newskg("render " + graph_ + " people -o " + (dir_ / "again.svg").string(), dir_).exit_code,
      0);
  EXPECT_EQ(slurp(dir_ / "people.svg"), slurp(dir_ / "again.svg"));
  // .dot needs no Graphviz and names its engine; .png is a PNG.
  ASSERT_EQ(newskg("render " + graph_ + " people -o " + (dir_ / "people.dot").string(), dir_,
                   "PATH=/nonexistent")
                .exit_code,
            0);
  EXPECT_NE(slurp(dir_ / "people.dot").find("layout=sfdp"), std::string::npos);
  ASSERT_EQ(
      newskg("render " + graph_ + " focus Rutte -o " + (dir_ / "f.png").string(), dir_).exit_code,
      0);
  EXPECT_EQ(slurp(dir_ / "f.png").substr(1, 3), "PNG");
}

TEST_F(RenderE2eTest, ExitStatusesAndMessages) {
  const std::string out = " -o " + (dir_ / "x.svg").string();
  struct Case {
    std::string args, env;
    int code;
    std::string message;
  };
  const Case cases[] = {
      {"render " + graph_ + " focus Nobody-Here" + out, "", 1, "no person, organization"},
      {"render " + graph_ + " article no-such-article" + out, "", 1, "no article with this id"},
      {"render " + graph_ + " people -o " + (dir_ / "x.jpg").string(), "", 2,
       "name it .svg or .png"},
      {"render --graph /nonexistent/graph.ttl people" + out, "", 2, "build a graph first"},
      {"render " + graph_ + " people --relations said,quoted" + out, "", 2, "unknown relation"},
      {"render " + graph_ + " statements" + out, "", 2, "--by NAME and/or --about NAME"},
      {"render " + graph_ + " people", "", 2, "-o"},
      {"render " + graph_ + " people" + out, "PATH=/nonexistent", 4,
       "graphviz is not installed (no `dot` on PATH); install it (Debian: apt-get install "
       "graphviz)"},
      // Without Graphviz the page is still written, and says why it has no diagram.
      {"report " + graph_ + " -o " + (dir_ / "page.html").string(), "PATH=/nonexistent", 0,
       "the page has no diagram"},
  };
  for (const Case& c : cases) {
    const CliRun r = newskg(c.args, dir_, c.env);
    EXPECT_EQ(r.exit_code, c.code) << c.args << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << "\n" << r.err;
  }
  EXPECT_FALSE(fs::exists(dir_ / "x.svg"));
  EXPECT_NE(slurp(dir_ / "page.html").find("No diagram: graphviz is not installed"),
            std::string::npos);
}

TEST_F(RenderE2eTest, ReportPageHasTheDiagramAndTheData) {
  const CliRun r = newskg("report " + graph_ + " -o " + (dir_ / "index.html").string(), dir_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = slurp(dir_ / "index.html");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<div id=\"diagram\"><svg"), std::string::npos);
  EXPECT_NE(html.find("<script id=\"newskg-data\" type=\"application/json\">"), std::string::npos);
  EXPECT_EQ(html.find("<?xml"), std::string::npos);
}

}  // namespace
}  // namespace newskg::render
