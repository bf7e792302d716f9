// `newskg build` end to end on the seed articles (examples/articles).
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <vector>

#include <unistd.h>

#include "e2e_util.hpp"

namespace newskg::e2e {
namespace {

namespace fs = std::filesystem;

// The seeds' graph, built once for the whole suite.
class SeedsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // ctest runs each test in its own process, in parallel: one folder each.
    dir_ = scratch("seeds-" + std::to_string(::getpid()));
    build_ = run(newskg() + " build --per-article -j 2 -o " + dir_.string() + " " +
                 source("examples/articles"));
  }
  static fs::path dir_;
  static RunResult build_;

  // Subject IRI -> names (rdfs:label and skos:altLabel), for subjects of a type.
  static std::map<std::string, std::set<std::string>> names_of_type(const std::string& type) {
    std::string nt = slurp(dir_ / "graph.nt");
    std::set<std::string> typed;
    std::map<std::string, std::set<std::string>> names;
    std::istringstream in(nt);
    std::string line;
    const std::string type_pred = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    const std::string type_obj = "<https://w3id.org/newskg/ontology#" + type + ">";
    std::regex name_re(R"re(^(<[^>]+>) <[^>]+(#label|#altLabel)> "((?:[^"\\]|\\.)*)".*)re");
    std::smatch m;
    std::vector<std::pair<std::string, std::string>> all_names;
    while (std::getline(in, line)) {
      if (line.find(type_pred) != std::string::npos && line.find(type_obj) != std::string::npos)
        typed.insert(line.substr(0, line.find(' ')));
      if (std::regex_match(line, m, name_re)) all_names.emplace_back(m[1], m[3]);
    }
    for (const auto& [s, n] : all_names)
      if (typed.count(s)) names[s].insert(n);
    return names;
  }
  static size_t nodes_named(const std::string& type, const std::set<std::string>& any_of) {
    size_t count = 0;
    for (const auto& [iri, names] : names_of_type(type)) {
      bool hit = false;
      for (const auto& n : names) hit = hit || any_of.count(n);
      count += hit;
    }
    return count;
  }
};
fs::path SeedsTest::dir_;
RunResult SeedsTest::build_;

TEST_F(SeedsTest, BuildSucceedsAndWritesEveryOutput) {
  ASSERT_EQ(build_.status, 0) << build_.out;
  for (const char* f : {"graph.ttl", "graph.nt", "graph.dot", "graph.svg", "graph.json",
                        "000_627d393c7eb96885.nt", "003_0d3550a95405e0c2.nt"}) {
    EXPECT_TRUE(fs::exists(dir_ / f)) << f;
    EXPECT_GT(fs::file_size(dir_ / f), 100u) << f;
  }
  // The summary names node types, the top speakers and who-said-about-whom pairs.
  EXPECT_NE(build_.out.find("nodes by type:"), std::string::npos) << build_.out;
  EXPECT_NE(build_.out.find("Pete Hegseth"), std::string::npos) << build_.out;
  EXPECT_NE(build_.out.find("who said about whom"), std::string::npos) << build_.out;
  for (const auto& e : fs::directory_iterator(dir_))
    EXPECT_EQ(e.path().string().find(".tmp"), std::string::npos) << "temp file left: " << e.path();
}

// The main job also writes what people open first (issue 17): the people
// view, a focus view of the most quoted person (Pete Hegseth: 30 statements
// in the seeds' summary, Mark Rutte next with 4) and the report page that
// shows the people view inline, with no fetch from the network.
TEST_F(SeedsTest, BuildWritesTheViewsAndTheReportPage) {
  ASSERT_EQ(build_.status, 0) << build_.out;
  for (const char* f : {"people.svg", "focus.svg", "index.html"})
    ASSERT_TRUE(fs::exists(dir_ / f)) << f;
  EXPECT_NE(slurp(dir_ / "focus.svg").find("Pete Hegseth, 1 step out"), std::string::npos);
  const std::string page = slurp(dir_ / "index.html");
  EXPECT_NE(page.find("<svg"), std::string::npos);
  EXPECT_EQ(page.find("src=\"http"), std::string::npos);
  EXPECT_NE(build_.out.find("people.svg, focus.svg, index.html"), std::string::npos) << build_.out;
  // Asked for graph files only, the build writes no views. (--format takes
  // one word: the folder after it is an input, not a second format.)
  fs::path only = scratch("seeds-ttl-only-" + std::to_string(::getpid()));
  RunResult r = run(newskg() + " build -q --format ttl " + source("examples/articles") + " -o " +
                    only.string());
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* f : {"people.svg", "focus.svg", "index.html", "people.dot"})
    EXPECT_FALSE(fs::exists(only / f)) << f;
}

TEST_F(SeedsTest, TurtleParsesWithSerdiToTheSameTriplesAsNTriples) {
  ASSERT_EQ(build_.status, 0) << build_.out;
  RunResult ttl = run("serdi -i turtle -o ntriples " + (dir_ / "graph.ttl").string() + " | sort");
  ASSERT_EQ(ttl.status, 0) << ttl.out.substr(0, 2000);
  RunResult nt = run("serdi -i ntriples -o ntriples " + (dir_ / "graph.nt").string() + " | sort");
  ASSERT_EQ(nt.status, 0) << nt.out.substr(0, 2000);
  EXPECT_GT(std::count(nt.out.begin(), nt.out.end(), '\n'), 500);
  EXPECT_TRUE(ttl.out == nt.out) << "graph.ttl and graph.nt hold different triples; diff them with "
                                    "serdi -o ntriples | sort";
}

TEST_F(SeedsTest, DotParsesWithGraphviz) {
  ASSERT_EQ(build_.status, 0) << build_.out;
  RunResult dot = run("dot -Tsvg -o /dev/null " + (dir_ / "graph.dot").string());
  EXPECT_EQ(dot.status, 0) << dot.out;
  EXPECT_NE(slurp(dir_ / "graph.svg").find("<svg"), std::string::npos);
}

TEST_F(SeedsTest, MergeGivesOneNodePerRealWorldEntity) {
  ASSERT_EQ(build_.status, 0) << build_.out;
  EXPECT_EQ(nodes_named("Person", {"Pete Hegseth", "Hegseth"}), 1u);
  EXPECT_EQ(nodes_named("Organization", {"NATO", "Nato", "North Atlantic Treaty Organization"}), 1u);
  EXPECT_EQ(nodes_named("Country", {"United States", "U.S.", "US"}), 1u);
  EXPECT_EQ(nodes_named("Organization", {"Ukraine Defense Contact Group",
                                         "Ukraine Defence Contact Group",
                                         "Ukraine Defense Contract Group"}),
            1u);
  // And that one NATO node carries the spellings both articles use.
  for (const auto& [iri, names] : names_of_type("Organization")) {
    if (!names.count("NATO")) continue;
    EXPECT_TRUE(names.count("Nato")) << iri;
    EXPECT_TRUE(names.count("North Atlantic Treaty Organization")) << iri;
  }
  // Both articles' Hegseth statements hang off that one node.
  std::string nt = slurp(dir_ / "graph.nt");
  std::regex said(R"(<[^>]*person/pete-hegseth> <[^>]*#said> <[^>]*statement/(00[03])[^>]*> \.)");
  std::set<std::string> articles;
  for (std::sregex_iterator it(nt.begin(), nt.end(), said), end; it != end; ++it)
    articles.insert((*it)[1]);
  EXPECT_EQ(articles, (std::set<std::string>{"000", "003"}));
}

TEST_F(SeedsTest, OutputIsByteIdenticalAcrossRunsAndThreadCounts) {
  ASSERT_EQ(build_.status, 0) << build_.out;
  for (const char* jobs : {"1", "8"}) {
    fs::path again = scratch("seeds-again-" + std::to_string(::getpid()) + "-j" + jobs);
    RunResult r = run(newskg() + " build -q --per-article -j " + jobs + " -o " + again.string() +
                      " " + source("examples/articles"));
    ASSERT_EQ(r.status, 0) << r.out;
    for (const char* f : {"graph.ttl", "graph.nt", "graph.dot", "graph.json", "graph.svg",
                          "people.svg", "focus.svg", "index.html", "000_627d393c7eb96885.nt",
                          "003_0d3550a95405e0c2.nt"})
      EXPECT_EQ(slurp(dir_ / f), slurp(again / f)) << f << " differs with -j " << jobs;
  }
}

TEST_F(SeedsTest, InputOrderChangesTheOrderOfTriplesNotTheGraph) {
  ASSERT_EQ(build_.status, 0) << build_.out;
  fs::path reversed = scratch("seeds-reversed-" + std::to_string(::getpid()));
  RunResult r = run(newskg() + " build -q --per-article -o " + reversed.string() + " " +
                    source("examples/articles/003_0d3550a95405e0c2.txt") + " " +
                    source("examples/articles/000_627d393c7eb96885.txt"));
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* f : {"graph.ttl", "graph.nt"})
    EXPECT_EQ(canonical_triples(dir_ / f), canonical_triples(reversed / f)) << f;
  EXPECT_FALSE(canonical_triples(dir_ / "graph.nt").empty());
  // Derived views and per-article graphs do not depend on the order at all.
  for (const char* f : {"graph.dot", "000_627d393c7eb96885.nt", "003_0d3550a95405e0c2.nt"})
    EXPECT_EQ(slurp(dir_ / f), slurp(reversed / f)) << f;
}

TEST(BadInputTest, ReportsEachBadFileAndStillBuildsTheRest) {
  fs::path out = scratch("bad-input");
  RunResult r = run(newskg() + " build -q -o " + out.string() + " " + source("tests/data/bad") + " " +
              source("examples/articles/000_627d393c7eb96885.txt") + " /no/such/file.txt");
  EXPECT_EQ(r.status, 0) << r.out;  // something usable was read
  EXPECT_NE(r.out.find("empty.txt: empty file"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("invalid_utf8.txt:3: invalid UTF-8"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("binary.txt: binary file"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("lines.jsonl:2:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("/no/such/file.txt"), std::string::npos) << r.out;
  // The good article and the good JSON line made it into the graph.
  std::string nt = slurp(out / "graph.nt");
  EXPECT_NE(nt.find("pete-hegseth"), std::string::npos);
  EXPECT_NE(nt.find("article/a1"), std::string::npos);
}

TEST(BadInputTest, UnterminatedQuotationIsReportedAndContained) {
  fs::path dir = scratch("unterminated-in"), out = scratch("unterminated-out");
  {
    std::ofstream f(dir / "open.txt");
    f << "Headline\n\nMinister Anna Berg said: \u201cThis never closes.\n"
         "Later paragraph with Foreign Minister Karl Lund, who said the plan would work.\n";
  }
  RunResult r = run(newskg() + " build --per-article -o " + out.string() + " " + dir.string());
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("open.txt:3: unterminated quotation"), std::string::npos) << r.out;
  std::string nt = slurp(out / "open.nt");
  EXPECT_NE(nt.find("This never closes."), std::string::npos) << nt;
  // The open quotation did not swallow the next paragraph's reported speech.
  EXPECT_NE(nt.find("the plan would work"), std::string::npos) << nt;
}

TEST(BadInputTest, NothingUsableIsExitStatusOne) {
  fs::path out = scratch("only-bad");
  RunResult r = run(newskg() + " build -q -o " + out.string() + " " + source("tests/data/bad/empty.txt") +
              " " + source("tests/data/bad/binary.txt"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("no article could be read"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(out / "graph.ttl"));
}

TEST(StdinTest, ReadsAnArticleFromStandardInput) {
  fs::path out = scratch("stdin");
  RunResult r = run("printf 'Talks\\n\\nForeign Minister Anna Berg said the talks would resume.\\n' | " +
              newskg() + " build -q --per-article -o " + out.string() + " -");
  ASSERT_EQ(r.status, 0) << r.out;
  std::string nt = slurp(out / "stdin.nt");
  EXPECT_NE(nt.find("anna-berg"), std::string::npos) << nt;
  EXPECT_NE(nt.find("the talks would resume"), std::string::npos) << nt;
}

// graph/fragments.hpp: an article that names a person by surname alone
// ("Varga said") speaks of the corpus's one Varga; the graph says owl:sameAs,
// and query answers for the full name with both articles' statements.
TEST(FragmentTest, ASurnameAloneIsTheCorpusOneFullNameOfIt) {
  fs::path in = scratch("fragment-in"), out = scratch("fragment-out");
  {
    std::ofstream(in / "a.txt") << "Budget talks\n\nFinance Minister Lena Varga said the budget "
                                   "would pass in March.\n";
    std::ofstream(in / "b.txt") << "Budget vote\n\nVarga said the vote had been a success.\n";
  }
  ASSERT_EQ(run(newskg() + " build -q --format nt -o " + out.string() + " " + in.string()).status,
            0);
  const std::string nt = slurp(out / "graph.nt");
  EXPECT_NE(nt.find("<https://w3id.org/newskg/resource/person/varga> "
                    "<http://www.w3.org/2002/07/owl#sameAs> "
                    "<https://w3id.org/newskg/resource/person/lena-varga> ."),
            std::string::npos)
      << nt;
  RunResult q = run(newskg() + " query --width 0 --graph " + (out / "graph.nt").string() +
                    " said --by Lena Varga");
  ASSERT_EQ(q.status, 0) << q.out;
  EXPECT_NE(q.out.find("the budget would pass"), std::string::npos) << q.out;
  EXPECT_NE(q.out.find("the vote had been a success"), std::string::npos) << q.out;
}

TEST(MinConfidenceTest, DropsWeakFacts) {
  fs::path all = scratch("conf-all"), strong = scratch("conf-strong");
  const std::string in = source("examples/articles");
  ASSERT_EQ(run(newskg() + " build -q -o " + all.string() + " " + in).status, 0);
  ASSERT_EQ(run(newskg() + " build -q --min-confidence 0.85 -o " + strong.string() + " " + in).status, 0);
  auto count = [](const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
  };
  const std::string type = "#type> <https://w3id.org/newskg/ontology#Position>";
  const size_t before = count(slurp(all / "graph.nt"), type);
  const size_t after = count(slurp(strong / "graph.nt"), type);
  EXPECT_GT(before, 0u);
  EXPECT_LT(after, before);  // positions carry confidence <= 0.6
}

}  // namespace
}  // namespace newskg::e2e
