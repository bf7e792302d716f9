// Diagrams: what each view draws, the DOT it writes, Graphviz run with an
// argument vector, and the rendered SVG's labels checked for overlap from
// their text boxes.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "../query/query_test_util.hpp"
#include "newskg/render/diagram.hpp"
#include "newskg/render/graphviz.hpp"
#include "newskg/render/svg_labels.hpp"

namespace newskg::render {
namespace {

namespace fs = std::filesystem;
using graph::NodeKind;
using R = graph::Relation;

struct ScratchDir {
  fs::path path;
  explicit ScratchDir(const std::string& name)
      : path(fs::path(NEWSKG_BINARY_DIR) / "render-test-scratch" / name) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// (from id, relation, to id, count) of every edge of a diagram.
std::set<std::tuple<std::string, ViewRelation, std::string, uint32_t>> edges_of(const Diagram& d) {
  std::set<std::tuple<std::string, ViewRelation, std::string, uint32_t>> out;
  for (auto e : boost::make_iterator_range(boost::edges(d.graph)))
    out.emplace(d.graph[boost::source(e, d.graph)].id, d.graph[e].relation,
                d.graph[boost::target(e, d.graph)].id, d.graph[e].count);
  return out;
}

std::vector<std::string> node_ids(const Diagram& d) {
  std::vector<std::string> out;
  for (auto v : boost::make_iterator_range(boost::vertices(d.graph))) out.push_back(d.graph[v].id);
  return out;
}

// A corpus-sized graph: `people` people with long names, each quoted about
// a few of `countries` countries and meeting their neighbours, generated
// from a fixed rule (no randomness).
graph::KnowledgeGraph corpus_graph(size_t people, size_t countries) {
  using query::testing::entity;
  std::vector<graph::NodeProps> nodes;
  std::vector<query::testing::Link> links;
  for (size_t c = 0; c < countries; ++c)
    nodes.push_back(entity(NodeKind::Country, "country/c" + std::to_string(c),
                           "Republic of Somewhere Number " + std::to_string(c)));
  nodes.push_back(query::testing::article("a", "2025-01-01"));
  for (size_t p = 0; p < people; ++p) {
    const std::string key = "person/p" + std::to_string(p);
    nodes.push_back(entity(NodeKind::Person, key,
                           "Firstname Averylongsurname-Doublebarrel " + std::to_string(p)));
    for (size_t k = 0; k < 3; ++k) {
      const uint32_t begin = static_cast<uint32_t>(1000 * p + 100 * k + 10);
      nodes.push_back(query::testing::statement("a", begin, begin + 20, "direct", "words"));
      const std::string s = nodes.back().key;
      links.push_back({key, R::Said, s});
      links.push_back({s, R::About, "country/c" + std::to_string((p * 7 + k * 3) % countries)});
      links.push_back({s, R::FromArticle, "article/a"});
    }
    if (p > 0) links.push_back({"person/p" + std::to_string(p - 1), R::Met, key});
    if (p > 0) {
      const std::string m = "meeting/a/" + std::to_string(p);
      nodes.push_back(query::testing::fact(NodeKind::Meeting, m, "a", 5, 9, "m", "They met."));
      links.push_back({m, R::Participant, key});
      links.push_back({m, R::Participant, "person/p" + std::to_string(p - 1)});
      links.push_back({m, R::FromArticle, "article/a"});
    }
  }
  return query::testing::build(nodes, links);
}

TEST(WrapWords, NeverCutsAWord) {
  EXPECT_EQ(wrap_words("Organisation for Economic Co-operation and Development", 16),
            (std::vector<std::string>{"Organisation for", "Economic", "Co-operation and",
                                      "Development"}));
  // A word longer than the line stays whole.
  EXPECT_EQ(wrap_words("Supercalifragilisticexpialidocious is long", 10),
            (std::vector<std::string>{"Supercalifragilisticexpialidocious", "is long"}));
  // Runs of spaces and newlines are one break; widths count code points.
  EXPECT_EQ(wrap_words("  José\n Álvarez  ", 12), (std::vector<std::string>{"José Álvarez"}));
  EXPECT_TRUE(wrap_words("", 10).empty());
  // Cut to lines: the last ends at a word, without its comma, with "…".
  EXPECT_EQ(wrap_words("a b, c d e f", 4, 2),
            (std::vector<std::string>{"a b,", "c d\xE2\x80\xA6"}));
  EXPECT_EQ(wrap_words("a b", 4, 2), (std::vector<std::string>{"a b"}));
}

TEST(ParseRelations, GoodAndBadLists) {
  const auto all = parse_relations("said,met,office,stance");
  ASSERT_TRUE(all.ok());
  EXPECT_TRUE(all->said && all->met && all->office && all->stance);
  const auto some = parse_relations("met");
  ASSERT_TRUE(some.ok());
  EXPECT_TRUE(some->met && !some->said && !some->office && !some->stance);
  for (const char* bad : {"", ",", "said,quoted", "MET"}) {
    const auto r = parse_relations(bad);
    EXPECT_FALSE(r.ok()) << bad;
  }
  EXPECT_NE(parse_relations("said,quoted").error().message.find("\"quoted\""), std::string::npos);
}

TEST(PeopleView, OneEdgePerPairAndRelationWithCounts) {
  const Diagram d = people_view(query::testing::sample_graph(), ViewOptions{});
  const auto edges = edges_of(d);
  // Hegseth said about Ukraine once (s1), about NATO once (s2); Rutte about both (s3).
  EXPECT_TRUE(edges.count({"person/pete-hegseth", ViewRelation::SaidAbout, "country/ukraine", 1}));
  EXPECT_TRUE(
      edges.count({"person/pete-hegseth", ViewRelation::SaidAbout, "organization/nato", 1}));
  // met: one undirected edge per pair, smaller key first, from the meetings.
  EXPECT_TRUE(edges.count({"person/mark-rutte", ViewRelation::Met, "person/pete-hegseth", 1}));
  EXPECT_TRUE(
      edges.count({"person/donald-trump", ViewRelation::Met, "person/volodymyr-zelensky", 1}));
  // Hegseth opposes Ukraine's NATO membership: stance edges to both topic entities.
  EXPECT_TRUE(edges.count({"person/pete-hegseth", ViewRelation::Opposes, "country/ukraine", 1}));
  EXPECT_TRUE(
      edges.count({"person/pete-hegseth", ViewRelation::Office, "country/united-states", 1}));
  std::set<std::tuple<std::string, ViewRelation, std::string>> pairs;
  for (const auto& [a, rel, b, n] : edges)
    EXPECT_TRUE(pairs.emplace(a, rel, b).second) << a << " " << b;
  // The evidence of each edge is its facts' keys.
  for (auto e : boost::make_iterator_range(boost::edges(d.graph))) {
    if (d.graph[e].relation == ViewRelation::SaidAbout &&
        d.graph[boost::source(e, d.graph)].id == "person/mark-rutte" &&
        d.graph[boost::target(e, d.graph)].id == "organization/nato") {
      EXPECT_EQ(d.graph[e].evidence, (std::vector<std::string>{"statement/a1/20-60"}));
    }
  }
}

TEST(PeopleView, SupportAndOpposeBetweenOnePairAreOneEdge) {
  using query::testing::entity;
  using query::testing::fact;
  std::vector<graph::NodeProps> nodes = {entity(NodeKind::Person, "person/a", "A"),
                                         entity(NodeKind::Country, "country/b", "B"),
                                         query::testing::article("x", "")};
  std::vector<query::testing::Link> links;
  const char* stances[] = {"support", "oppose", "support"};
  for (int i = 0; i < 3; ++i) {
    nodes.push_back(
        fact(NodeKind::Position, "position/x/" + std::to_string(i), "x", i, i + 1, "t", "s"));
    nodes.back().attrs["stance"] = {stances[i]};
    nodes.back().attrs["topic"] = {"B"};
    links.push_back({nodes.back().key, R::Holder, "person/a"});
    links.push_back({nodes.back().key, R::TopicEntity, "country/b"});
    links.push_back({nodes.back().key, R::FromArticle, "article/x"});
  }
  const Diagram d = people_view(query::testing::build(nodes, links), ViewOptions{});
  EXPECT_EQ(edges_of(d), (std::set<std::tuple<std::string, ViewRelation, std::string, uint32_t>>{
                             {"person/a", ViewRelation::Stance, "country/b", 3}}));
}

TEST(PeopleView, RelationsAndDatesFilter) {
  const auto kg = query::testing::sample_graph();
  ViewOptions only_met;
  only_met.relations = *parse_relations("met");
  for (const auto& [a, rel, b, n] : edges_of(people_view(kg, only_met)))
    EXPECT_EQ(rel, ViewRelation::Met);
  // Article a1 is dated 2025-02-12, a2 undated: since 2025-02 keeps a1's facts
  // (and offices, which have no date) only.
  ViewOptions since;
  since.since = "2025-02";
  const Diagram d = people_view(kg, since);
  for (auto e : boost::make_iterator_range(boost::edges(d.graph)))
    for (const std::string& key : d.graph[e].evidence)
      EXPECT_NE(key.find("/a1/"), std::string::npos) << key;
  EXPECT_NE(d.note.find("articles dated from 2025-02"), std::string::npos) << d.note;
  ViewOptions until;
  until.until = "2024";
  for (const auto& [a, rel, b, n] : edges_of(people_view(kg, until)))
    EXPECT_EQ(rel, ViewRelation::Office);
}

TEST(PeopleView, CapKeepsTheBestConnectedAndSaysSo) {
  const auto kg = corpus_graph(150, 40);
  ViewOptions options;
  options.max_nodes = 60;
  const Diagram d = people_view(kg, options);
  EXPECT_LE(boost::num_vertices(d.graph), 60u);
  EXPECT_EQ(d.candidates, 190u);
  EXPECT_NE(d.note.find("of 190 entities"), std::string::npos) << d.note;
  // No entity floats without an edge.
  for (auto v : boost::make_iterator_range(boost::vertices(d.graph)))
    EXPECT_GT(boost::degree(v, d.graph), 0u) << d.graph[v].id;
  // The edge budget: at most 2.5 per node (or 120), every node keeps one.
  EXPECT_LE(boost::num_edges(d.graph), std::max<size_t>(120, 150));
}

TEST(Views, SameDotWhateverTheInsertionOrder) {
  const auto a = corpus_graph(40, 9);
  // The same graph built from its nodes in reverse key order.
  graph::KnowledgeGraph b;
  std::vector<graph::Vertex> nodes = a.sorted_nodes();
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) b.upsert(a[*it]);
  for (const auto& e : a.sorted_edges())
    b.link(*b.find(a[e.from].key), e.props->relation, *b.find(a[e.to].key), e.props->evidence);
  EXPECT_EQ(to_dot(people_view(a, {})), to_dot(people_view(b, {})));
}

TEST(Views, FocusStatementsAndArticle) {
  const auto kg = query::testing::sample_graph();
  const auto hegseth = *kg.find("person/pete-hegseth");
  const Diagram focus = focus_view(kg, hegseth, ViewOptions{});
  EXPECT_EQ(focus.view, ViewKind::Focus);
  bool center = false;
  for (auto v : boost::make_iterator_range(boost::vertices(focus.graph)))
    center |= focus.graph[v].center && focus.graph[v].id == "person/pete-hegseth";
  EXPECT_TRUE(center);
  EXPECT_EQ(focus.title.rfind("Pete Hegseth, 1 step out", 0), 0u) << focus.title;

  // Statements about Ukraine: speaker -> quote -> Ukraine (and whatever else
  // the statement is about).
  StatementsQuery q;
  q.about = *kg.find("country/ukraine");
  const Diagram st = statements_view(kg, q, ViewOptions{});
  const auto edges = edges_of(st);
  EXPECT_TRUE(edges.count({"person/pete-hegseth", ViewRelation::Said, "statement/a1/100-140", 1}));
  EXPECT_TRUE(edges.count({"statement/a1/100-140", ViewRelation::About, "country/ukraine", 1}));
  EXPECT_TRUE(edges.count({"person/mark-rutte", ViewRelation::Said, "statement/a1/20-60", 1}));
  EXPECT_FALSE(edges.count({"person/pete-hegseth", ViewRelation::Said, "statement/a2/10-40", 1}));
  EXPECT_NE(to_dot(st).find("layout=dot"), std::string::npos);

  const auto article = article_view(kg, "a1", ViewOptions{});
  ASSERT_TRUE(article.ok());
  const std::vector<std::string> ids = node_ids(*article);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "position/a1/400-450/1"), ids.end());
  EXPECT_EQ(std::find(ids.begin(), ids.end(), "statement/a2/10-40"), ids.end());
  const auto missing = article_view(kg, "nope", ViewOptions{});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("a1"), std::string::npos) << missing.error().message;

  EXPECT_EQ(most_quoted_person(kg), kg.find("person/pete-hegseth"));
  EXPECT_FALSE(most_quoted_person(graph::KnowledgeGraph{}).has_value());
}

TEST(Dot, LegendIsATableInTheGraphLabelAndTheEngineIsInTheFile) {
  const std::string dot = to_dot(people_view(query::testing::sample_graph(), ViewOptions{}));
  EXPECT_NE(dot.find("layout=sfdp"), std::string::npos);
  EXPECT_NE(dot.find("label=<<table"), std::string::npos);
  EXPECT_EQ(dot.find("cluster"), std::string::npos) << "no legend cluster to drift among nodes";
  EXPECT_NE(dot.find("id=\"n:person/pete-hegseth\""), std::string::npos);
  EXPECT_NE(dot.find("id=\"e0\""), std::string::npos);
  // Names with DOT and HTML specials stay text.
  graph::KnowledgeGraph kg = query::testing::build(
      {query::testing::entity(NodeKind::Person, "person/q", "Q \"the <b>\" \\ & Co"),
       query::testing::entity(NodeKind::Country, "country/c", "C"),
       query::testing::article("x", ""), query::testing::statement("x", 10, 20, "direct", "t")},
      {{"person/q", R::Said, "statement/x/10-20"},
       {"statement/x/10-20", R::About, "country/c"},
       {"statement/x/10-20", R::FromArticle, "article/x"}});
  const std::string q = to_dot(people_view(kg, ViewOptions{}));
  EXPECT_NE(q.find("label=\"Q \\\"the <b>\\\" \\\\ & Co\""), std::string::npos) << q;
}

class Rendered : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!find_graphviz().ok()) GTEST_FAIL() << "graphviz is needed (cmake/setup.sh installs it)";
  }
};

// The labels of a 150-entity diagram, rendered by Graphviz, never overlap,
// and the legend stays one block above the drawing.
TEST_F(Rendered, NoOverlappingLabelsAtCorpusScaleAndTheLegendStaysOnTop) {
  ScratchDir dir("labels");
  const auto kg = corpus_graph(200, 50);
  ViewOptions options;
  options.max_nodes = 150;
  const Diagram d = people_view(kg, options);
  ASSERT_GE(boost::num_vertices(d.graph), 150u);
  ASSERT_TRUE(run_graphviz(to_dot(d), ImageFormat::Svg, dir.file("people.svg")).ok());
  const std::string svg = read(dir.file("people.svg"));
  const std::vector<TextBox> boxes = svg_text_boxes(svg);
  ASSERT_GT(boxes.size(), 150u);
  const auto overlaps = overlapping_boxes(boxes);
  for (const auto& [a, b] : overlaps)
    ADD_FAILURE() << "\"" << boxes[a].text << "\" overlaps \"" << boxes[b].text << "\"";
  // Legend words sit above every node label (SVG y grows downwards).
  double legend_bottom = -1e18, nodes_top = 1e18;
  for (const TextBox& b : boxes) {
    if (b.text == "Person" || b.text == "Organization" ||
        b.text.find("said about") != std::string::npos)
      legend_bottom = std::max(legend_bottom, b.y1);
    else if (b.text.rfind("Firstname", 0) == 0 || b.text.rfind("Republic", 0) == 0)
      nodes_top = std::min(nodes_top, b.y0);
  }
  EXPECT_LT(legend_bottom, nodes_top);

  // Deterministic: the same SVG byte for byte.
  ASSERT_TRUE(run_graphviz(to_dot(d), ImageFormat::Svg, dir.file("again.svg")).ok());
  EXPECT_EQ(svg, read(dir.file("again.svg")));
}

TEST_F(Rendered, FileNamesAreArgumentsNotShellWords) {
  ScratchDir dir("names");
  const std::string odd = dir.file("a b; touch pwned $(x) 'q'.svg");
  ASSERT_TRUE(
      run_graphviz(to_dot(people_view(query::testing::sample_graph(), {})), ImageFormat::Svg, odd)
          .ok());
  EXPECT_NE(read(odd).find("<svg"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir.path / "pwned"));
  EXPECT_FALSE(fs::exists("pwned"));
  // Nothing but the output is left beside it.
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir.path)) files += e.is_regular_file();
  EXPECT_EQ(files, 1u);
  // PNG too.
  ASSERT_TRUE(run_graphviz(to_dot(people_view(query::testing::sample_graph(), {})),
                           ImageFormat::Png, dir.file("x.png"))
                  .ok());
  EXPECT_EQ(read(dir.file("x.png")).substr(1, 3), "PNG");
}

TEST_F(Rendered, GraphvizErrorsAreMessages) {
  ScratchDir dir("errors");
  const core::Status bad = run_graphviz("digraph { a -> }", ImageFormat::Svg, dir.file("bad.svg"));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("graphviz `dot` exited with code"), std::string::npos)
      << bad.error().message;
  EXPECT_NE(bad.error().message.find("syntax error"), std::string::npos) << bad.error().message;
  EXPECT_FALSE(fs::exists(dir.file("bad.svg")));
}

TEST(Graphviz, MissingIsAClearError) {
  ScratchDir dir("missing");
  const char* saved = std::getenv("PATH");
  const std::string path = saved != nullptr ? saved : "";
  ::setenv("PATH", dir.path.c_str(), 1);  // a folder without `dot`
  const core::Status st = run_graphviz("digraph {}", ImageFormat::Svg, dir.file("x.svg"));
  ::setenv("PATH", path.c_str(), 1);
  ASSERT_FALSE(st.ok());
  EXPECT_TRUE(is_graphviz_missing(st.error()));
  EXPECT_NE(st.error().message.find("apt-get install graphviz"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir.file("x.svg")));
  EXPECT_FALSE(image_format_of("x.jpg").ok());
  EXPECT_EQ(*image_format_of("x.png"), ImageFormat::Png);
}

TEST(SvgLabels, TextBoxesFromGraphvizText) {
  const std::string svg =
      "<svg><g id=\"graph0\">"
      "<text text-anchor=\"middle\" x=\"100\" y=\"50\" font-family=\"DejaVu Sans\" "
      "font-size=\"10.00\">Pete</text>"
      "<text text-anchor=\"start\" x=\"0\" y=\"10\" font-size=\"10.00\">A &amp; B &#45; &lt;</text>"
      "<text text-anchor=\"end\" x=\"50\" y=\"10\" font-size=\"10.00\"> </text>"
      "</g></svg>";
  const auto boxes = svg_text_boxes(svg);
  ASSERT_EQ(boxes.size(), 2u) << "blank text is no label";
  // "Pete" at 10: (0.603 + 0.615 + 0.392 + 0.615) * 10 = 22.25, centred on 100.
  EXPECT_NEAR(boxes[0].x0, 100 - 22.25 / 2, 1e-9);
  EXPECT_NEAR(boxes[0].x1, 100 + 22.25 / 2, 1e-9);
  EXPECT_NEAR(boxes[0].y0, 50 - 7.6, 1e-9);
  EXPECT_NEAR(boxes[0].y1, 50 + 2.4, 1e-9);
  EXPECT_EQ(boxes[1].text, "A & B - <");
  EXPECT_EQ(boxes[1].x0, 0);
}

TEST(SvgLabels, OverlapsTable) {
  auto box = [](double x0, double y0, double x1, double y1) { return TextBox{"", x0, y0, x1, y1}; };
  struct Case {
    TextBox a, b;
    bool overlap;
  };
  const Case cases[] = {
      {box(0, 0, 10, 10), box(5, 5, 15, 15), true},
      {box(0, 0, 10, 10), box(10, 0, 20, 10), false},    // touching edges
      {box(0, 0, 10, 10), box(9.8, 0, 20, 10), false},   // within tolerance
      {box(0, 0, 10, 10), box(2, 11, 8, 20), false},     // stacked lines
      {box(0, 0, 100, 10), box(40, 2, 60, 8), true},     // inside
      {box(0, 0, 10, 10), box(-5, -5, 30, 0.2), false},  // a sliver
  };
  for (const Case& c : cases)
    EXPECT_EQ(!overlapping_boxes({c.a, c.b}).empty(), c.overlap)
        << c.b.x0 << "," << c.b.y0 << " " << c.b.x1 << "," << c.b.y1;
}

}  // namespace
}  // namespace newskg::render
