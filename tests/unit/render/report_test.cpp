// The report page as text (the browser test runs it in Chromium) and
// write_views, the build's entry point.
#include "newskg/render/report.hpp"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../query/query_test_util.hpp"
#include "newskg/render/graphviz.hpp"

namespace newskg::render {
namespace {

namespace fs = std::filesystem;
using graph::NodeKind;
using R = graph::Relation;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

// The JSON between <script id="newskg-data" ...> and </script>.
std::string page_data(const std::string& html) {
  const std::string open = "<script id=\"newskg-data\" type=\"application/json\">";
  const size_t begin = html.find(open) + open.size();
  return html.substr(begin, html.find("</script>", begin) - begin);
}

graph::KnowledgeGraph hostile_graph() {
  using query::testing::entity;
  const std::string text = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>";
  return query::testing::build(
      {entity(NodeKind::Person, "person/x", "X </script><b>"),
       entity(NodeKind::Country, "country/y", "Y"), query::testing::article("a", "2025-01-02"),
       query::testing::statement("a", 10, 20, "direct", text)},
      {{"person/x", R::Said, "statement/a/10-20"},
       {"statement/a/10-20", R::About, "country/y"},
       {"statement/a/10-20", R::FromArticle, "article/a"}});
}

TEST(Report, TextFromTheGraphNeverBecomesMarkup) {
  const auto kg = hostile_graph();
  ReportOptions options;
  options.title = "T <i>&</i>";
  const std::string html = report_html(kg, people_view(kg, {}), "", "no graphviz", options);
  // Exactly the page's own two script elements, the data and the code.
  EXPECT_EQ(count(html, "<script"), 2u);
  EXPECT_EQ(count(html, "</script>"), 2u);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<!--"), std::string::npos);
  EXPECT_NE(html.find("<title>T &lt;i&gt;&amp;&lt;/i&gt;</title>"), std::string::npos);
  // The data parses back to the very text.
  const std::string data = page_data(html);
  EXPECT_EQ(data.find('<'), std::string::npos);
  rapidjson::Document doc;
  doc.Parse(data.c_str(), data.size());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_STREQ(doc["statements"][0]["t"].GetString(),
               "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>");
  EXPECT_STREQ(doc["entities"][0]["n"].GetString(), "Y");
  EXPECT_STREQ(doc["entities"][1]["n"].GetString(), "X </script><b>");
  // Offline: nothing to fetch, and a policy that forbids fetching.
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("href=\"http"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(html.find("No diagram: no graphviz"), std::string::npos);
}

TEST(Report, DataTiesDiagramEdgesToTheirFacts) {
  const auto kg = query::testing::sample_graph();
  const Diagram people = people_view(kg, {});
  const std::string html = report_html(kg, people, "<?xml?><svg id=\"s\"></svg>", "", {});
  EXPECT_NE(html.find("<div id=\"diagram\"><svg id=\"s\"></svg></div>"), std::string::npos);
  EXPECT_EQ(html.find("<?xml"), std::string::npos);
  const std::string data = page_data(html);
  rapidjson::Document doc;
  doc.Parse(data.c_str(), data.size());
  ASSERT_FALSE(doc.HasParseError());
  const auto& edges = doc["edges"];
  ASSERT_EQ(edges.Size(), boost::num_edges(people.graph));
  // Each edge's evidence names statements/meetings/positions by index, and
  // each of them involves both ends of the edge.
  const auto& statements = doc["statements"];
  size_t checked = 0;
  for (const auto& e : edges.GetArray()) {
    for (const auto& ev : e["ev"].GetArray()) {
      const std::string id = ev.GetString();
      if (id[0] != 's') continue;
      const auto& s = statements[std::stoul(id.substr(1))];
      bool from = false, to = false;
      for (const auto& sp : s["sp"].GetArray()) from |= sp.GetInt() == e["f"].GetInt();
      for (const auto& ab : s["ab"].GetArray()) to |= ab.GetInt() == e["t"].GetInt();
      EXPECT_TRUE(from && to) << id;
      ++checked;
    }
  }
  EXPECT_GT(checked, 0u);
  // The statement's offsets and its sentence's, for marking the quote.
  EXPECT_EQ(statements[0]["b"].GetUint() - statements[0]["sb"].GetUint(), 5u);
}

TEST(WriteViews, DotsSvgsAndThePage) {
  const fs::path dir = fs::path(NEWSKG_BINARY_DIR) / "render-test-scratch" / "views";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto kg = query::testing::sample_graph();
  auto path_of = [&](std::string_view name) { return (dir / std::string(name)).string(); };

  WriteViewsOptions no_svg;
  no_svg.svg = false;
  const auto plain = write_views(kg, path_of, no_svg);
  ASSERT_TRUE(plain.ok()) << plain.error().to_string();
  EXPECT_EQ(plain->files, (std::vector<std::string>{"people.dot", "focus.dot", "index.html"}));
  EXPECT_NE(read(dir / "focus.dot").find("Pete Hegseth, 1 step out"), std::string::npos);

  ASSERT_TRUE(find_graphviz().ok()) << "graphviz is needed (cmake/setup.sh installs it)";
  const auto full = write_views(kg, path_of, {});
  ASSERT_TRUE(full.ok()) << full.error().to_string();
  EXPECT_EQ(full->files, (std::vector<std::string>{"people.dot", "people.svg", "focus.dot",
                                                   "focus.svg", "index.html"}));
  EXPECT_TRUE(full->notes.empty());
  const std::string html = read(dir / "index.html");
  EXPECT_NE(html.find("<svg"), std::string::npos);
  // Graphviz writes '-' in ids as &#45;, which the page's HTML parser reads back.
  EXPECT_NE(html.find("id=\"n:person/pete&#45;hegseth\""), std::string::npos);
  // Only the outputs: no temporary files left.
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
  EXPECT_EQ(files, 5u);
}

}  // namespace
}  // namespace newskg::render
