// DOT diagram (derived entity view) and SVG rendering through Graphviz.
#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>
#include <string>

#include "io_test_util.hpp"
#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {

using graph::NodeKind;
using graph::Relation;
using testing::make_node;

// The node statements of a DOT file: `"key" [label=...]` lines (not edges,
// not the legend's bare identifiers).
std::vector<std::string> node_ids(const std::string& dot) {
  std::vector<std::string> ids;
  const std::regex node(R"re(^"([^"]+)" \[label=.*\];$)re");
  for (const auto& line : testing::split_lines(dot)) {
    std::smatch m;
    if (std::regex_match(line, m, node)) ids.push_back(m[1]);
  }
  return ids;
}

std::string edge_line(const std::string& dot, const std::string& from, const std::string& to) {
  const std::string prefix = "\"" + from + "\"->\"" + to + "\" ";
  for (const auto& line : testing::split_lines(dot))
    if (line.rfind(prefix, 0) == 0) return line;
  return "";
}

int render(const testing::TempDir& dir, const std::string& dot) {
  testing::write_text(dir.file("g.dot"), dot);
  return testing::run("dot -Tsvg -o " + dir.file("g.svg") + " " + dir.file("g.dot") +
                      " 2>/dev/null")
      .exit_code;
}

TEST(DotWriterTest, DrawsEntitiesWithAggregatedLabelledEdges) {
  const std::string dot = to_dot(testing::sample_graph());
  EXPECT_EQ(dot.rfind("digraph G {", 0), 0u);
  EXPECT_NE(dot.find("charset=\"UTF-8\""), std::string::npos);

  // Two edges share this pair (said about, supports): look for each one.
  EXPECT_NE(dot.find("\"person/pete-hegseth\"->\"country/ukraine\" [label=\"said about (1)\""),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("\"person/pete-hegseth\"->\"country/ukraine\" [label=\"supports\""),
            std::string::npos);
  const std::string met = edge_line(dot, "person/pete-hegseth", "person/volodymyr-zelenskyy");
  EXPECT_NE(met.find("label=\"met (2)\""), std::string::npos) << met;  // two articles report it
  EXPECT_NE(met.find("dir=none"), std::string::npos) << met;
  const std::string holds = edge_line(dot, "person/pete-hegseth", "country/united-states");
  EXPECT_NE(holds.find("label=\"holds Defense Secretary\""), std::string::npos) << holds;

  // Only entities are drawn; facts, offices and articles are folded into edges.
  const auto ids = node_ids(dot);
  // The event is only mentioned: no relation, so it is not drawn.
  EXPECT_EQ(ids, (std::vector<std::string>{"country/ukraine", "country/united-states",
                                           "organization/nato", "person/pete-hegseth",
                                           "person/volodymyr-zelenskyy"}));
  EXPECT_EQ(dot.find("statement/"), std::string::npos);
  EXPECT_EQ(dot.find("article/"), std::string::npos);
  EXPECT_NE(dot.find("\"person/pete-hegseth\" [label=\"Pete Hegseth\", shape=ellipse, "
                     "fillcolor=\"lightblue\""),
            std::string::npos);
  EXPECT_NE(dot.find("\"country/ukraine\" [label=\"Ukraine\", shape=hexagon"), std::string::npos);
  EXPECT_NE(dot.find("\"organization/nato\" [label=\"NATO\", shape=box"), std::string::npos);
  EXPECT_NE(edge_line(dot, "person/pete-hegseth", "organization/nato").find("said about (1)"),
            std::string::npos);
}

TEST(DotWriterTest, GraphvizParsesIt) {
  if (!testing::has_program("dot")) GTEST_SKIP() << "graphviz not installed";
  testing::TempDir dir;
  ASSERT_EQ(render(dir, to_dot(testing::sample_graph())), 0);
  const std::string svg = testing::read_text(dir.file("g.svg"));
  EXPECT_NE(svg.find("Pete Hegseth"), std::string::npos);
  EXPECT_NE(svg.find("said about (1)"), std::string::npos);
  EXPECT_NE(svg.find("holds Defense Secretary"), std::string::npos);
  ASSERT_EQ(render(dir, to_dot(testing::sample_graph(), DotOptions{150, false})), 0);
  ASSERT_EQ(render(dir, to_dot(graph::KnowledgeGraph{})), 0) << "an empty diagram is still valid";
}

TEST(DotWriterTest, EscapesQuotesBackslashesAndNewlinesInLabels) {
  graph::KnowledgeGraph kg;
  auto org = kg.upsert(make_node(NodeKind::Organization, "organization/quote",
                                 "The \"Quote\" \\ Backslash\nInstitute\\"));
  auto person = kg.upsert(make_node(NodeKind::Person, "person/jose",
                                    "Jos\xC3\xA9 \xC3\x91\xC3\xBA\xC3\xB1"
                                    "ez"));
  kg.link(person, Relation::Met, org);
  const std::string dot = to_dot(kg);
  EXPECT_NE(dot.find("[label=\"The \\\"Quote\\\" \\\\ Backslash\\nInstitute\\\\\", shape=box"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("label=\"Jos\xC3\xA9 \xC3\x91\xC3\xBA\xC3\xB1"
                     "ez\""),
            std::string::npos);

  if (!testing::has_program("dot")) GTEST_SKIP() << "graphviz not installed";
  testing::TempDir dir;
  ASSERT_EQ(render(dir, dot), 0);
  const std::string svg = testing::read_text(dir.file("g.svg"));
  EXPECT_NE(svg.find("Jos\xC3\xA9"), std::string::npos);
  EXPECT_NE(svg.find("Backslash"), std::string::npos);
}

TEST(DotWriterTest, CapKeepsTheBestConnectedEntities) {
  graph::KnowledgeGraph kg;
  // A hub met by five people; "person/e" and "person/d" also met, so they
  // have degree 2; "person/a" is mentioned most among the rest.
  auto hub = kg.upsert(make_node(NodeKind::Person, "person/hub", "Hub", 1));
  std::vector<graph::Vertex> leaves;
  for (std::string name : {"a", "b", "c", "d", "e"})
    leaves.push_back(
        kg.upsert(make_node(NodeKind::Person, "person/" + name, name, name == "a" ? 9u : 1u)));
  for (auto leaf : leaves) kg.link(hub, Relation::Met, leaf, {{"x", 0, 1}});
  kg.link(leaves[3], Relation::Met, leaves[4], {{"x", 0, 1}});

  DotOptions options;
  options.max_nodes = 4;
  const std::string dot = to_dot(kg, options);
  EXPECT_EQ(node_ids(dot),
            (std::vector<std::string>{"person/a", "person/d", "person/e", "person/hub"}));
  EXPECT_NE(dot.find("the best connected of 6"), std::string::npos);
  EXPECT_EQ(dot, to_dot(kg, options));

  options.max_nodes = 1;  // a lone node has no edge left to draw: nothing is shown
  EXPECT_TRUE(node_ids(to_dot(kg, options)).empty());
}

TEST(DotWriterTest, CapGrowsAConnectedDiagramNotIsolatedHubs) {
  graph::KnowledgeGraph kg;
  // Two separate stars: the two best-ranked entities share no edge, so a
  // plain top-2 would draw nothing at all.
  for (std::string star : {"x", "y"}) {
    auto hub = kg.upsert(make_node(NodeKind::Person, "person/" + star, star, 5));
    for (int i = 0; i < 3; ++i) {
      auto leaf = kg.upsert(make_node(NodeKind::Country, "country/" + star + std::to_string(i),
                                      star + std::to_string(i), static_cast<uint32_t>(i)));
      kg.link(hub, Relation::HoldsOffice,
              kg.upsert(make_node(NodeKind::Office, "office/o/" + star + std::to_string(i), "O")));
      kg.link(*kg.find("office/o/" + star + std::to_string(i)), Relation::OfficeOf, leaf);
    }
  }
  DotOptions options;
  options.max_nodes = 2;
  // Hub x (ties with y broken by key), then its best leaf (most mentions).
  EXPECT_EQ(node_ids(to_dot(kg, options)), (std::vector<std::string>{"country/x2", "person/x"}));
  // x's star fills 4 places; y then starts a new cluster but has no room for a
  // partner, so it is left out rather than drawn alone.
  options.max_nodes = 5;
  EXPECT_EQ(node_ids(to_dot(kg, options)),
            (std::vector<std::string>{"country/x0", "country/x1", "country/x2", "person/x"}));
  options.max_nodes = 6;
  EXPECT_EQ(node_ids(to_dot(kg, options)),
            (std::vector<std::string>{"country/x0", "country/x1", "country/x2", "country/y2",
                                      "person/x", "person/y"}));
}

TEST(DotWriterTest, SameGraphGivesIdenticalBytesWhateverTheInsertionOrder) {
  EXPECT_EQ(to_dot(testing::sample_graph()), to_dot(testing::sample_graph(/*reversed=*/true)));
}

TEST(DotWriterTest, StanceOtherAndSelfReferenceAreNotDrawn) {
  auto data = testing::sample_data();
  for (auto& n : data.nodes)
    if (n.key == testing::kPositionKey) n.attrs["stance"] = {"other"};
  // Hegseth speaking about himself.
  data.links.push_back({testing::kStatementKey, Relation::About, "person/pete-hegseth", {}, 1.0});
  const std::string dot = to_dot(testing::build(data));
  EXPECT_EQ(dot.find("\"person/pete-hegseth\"->\"country/ukraine\" [label=\"supports\""),
            std::string::npos);
  EXPECT_NE(dot.find("\"person/pete-hegseth\"->\"country/ukraine\" [label=\"said about (1)\""),
            std::string::npos);
  EXPECT_EQ(edge_line(dot, "person/pete-hegseth", "person/pete-hegseth"), "");
}

class RenderSvgTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing::has_program("dot")) GTEST_SKIP() << "graphviz not installed";
  }
  testing::TempDir dir_;
};

TEST_F(RenderSvgTest, WritesTheSvgAndNoTempFile) {
  ASSERT_TRUE(write_dot(testing::sample_graph(), dir_.file("graph.dot")).ok());
  const core::Status st = render_svg(dir_.file("graph.dot"), dir_.file("graph.svg"));
  ASSERT_TRUE(st.ok()) << st.error().message;
  EXPECT_NE(testing::read_text(dir_.file("graph.svg")).find("<svg"), std::string::npos);
  EXPECT_EQ(dir_.entries(), (std::vector<std::string>{"graph.dot", "graph.svg"}));
}

TEST_F(RenderSvgTest, ReportsDotFailureWithItsExitCode) {
  testing::write_text(dir_.file("bad.dot"), "digraph { this is not dot");
  const core::Status st = render_svg(dir_.file("bad.dot"), dir_.file("graph.svg"));
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("exited with code 1"), std::string::npos) << st.error().message;
  EXPECT_EQ(dir_.entries(), (std::vector<std::string>{"bad.dot"})) << "no svg, no temp file";
}

TEST(RenderSvgMissingDotTest, SaysOnOneLineHowToGetGraphviz) {
  testing::TempDir dir;
  testing::write_text(dir.file("graph.dot"), "digraph G {}\n");
  const char* old = std::getenv("PATH");
  const std::string saved = old != nullptr ? old : "";
  ::setenv("PATH", dir.path().c_str(), 1);  // a PATH without graphviz
  const core::Status st = render_svg(dir.file("graph.dot"), dir.file("graph.svg"));
  ::setenv("PATH", saved.c_str(), 1);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().message, "graphviz `dot` not found; install graphviz to render graph.svg");
  EXPECT_EQ(st.error().file, dir.file("graph.svg"));
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"graph.dot"}));
}

}  // namespace
}  // namespace newskg::io
