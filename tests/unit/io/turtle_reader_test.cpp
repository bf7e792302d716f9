// Turtle/N-Triples/N-Quads reader: the inverse of the RDF writer (round trips
// byte for byte on the sample graph and on the seeds' graph), tables of good
// and bad inputs, and the evidence RDF leaves out coming back from the nodes.
#include "newskg/io/turtle_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "io_test_util.hpp"
#include "newskg/core/unicode.hpp"
#include "newskg/extract/extractor.hpp"
#include "newskg/graph/builder.hpp"
#include "newskg/ingest/reader.hpp"
#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Relation;

const std::string kPrefixes =
    "@prefix nkg: <https://w3id.org/newskg/ontology#> .\n"
    // Prefixed names cannot hold '/', so resources are IRIs relative to the base.
    "@base <https://w3id.org/newskg/resource/> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

core::Result<KnowledgeGraph> read_turtle(const std::string& body, const ReadOptions& options = {}) {
  return read_graph_string(kPrefixes + body, RdfSyntax::Turtle, "test.ttl", options);
}

const graph::NodeProps& node(const KnowledgeGraph& kg, const std::string& key) {
  auto v = kg.find(key);
  if (!v) throw std::logic_error("no node " + key);
  return kg[*v];
}

const graph::EdgeProps* edge(const KnowledgeGraph& kg, const std::string& from, Relation rel,
                             const std::string& to) {
  for (const auto& e : kg.sorted_edges())
    if (kg[e.from].key == from && e.props->relation == rel && kg[e.to].key == to) return e.props;
  return nullptr;
}

// The seeds' corpus graph, built the way `newskg build examples/articles` does.
KnowledgeGraph seeds_graph() {
  auto lex = extract::Lexicons::load(std::string(NEWSKG_SOURCE_DIR) + "/schema/lexicon");
  if (!lex) throw std::runtime_error(lex.error().to_string());
  std::vector<core::Error> errors;
  KnowledgeGraph kg;
  for (const std::string& path :
       ingest::expand_inputs({std::string(NEWSKG_SOURCE_DIR) + "/examples/articles"}, errors)) {
    for (const core::Document& doc : ingest::read_path(path).documents)
      kg.merge(graph::build_article_graph(doc, extract::extract_article(doc, **lex)));
  }
  if (kg.num_nodes() == 0) throw std::runtime_error("the seeds gave no graph");
  return kg;
}

TEST(TurtleReaderTest, SyntaxFollowsTheExtension) {
  EXPECT_EQ(rdf_syntax_of("out/graph.ttl"), RdfSyntax::Turtle);
  EXPECT_EQ(rdf_syntax_of("out/graph.nt"), RdfSyntax::NTriples);
  EXPECT_EQ(rdf_syntax_of("out/graph.nq"), RdfSyntax::NQuads);
  EXPECT_EQ(rdf_syntax_of("graph"), RdfSyntax::Turtle);
}

TEST(TurtleReaderTest, SampleGraphRoundTripsInEverySyntax) {
  const KnowledgeGraph g = testing::sample_graph();
  for (RdfSyntax syntax : {RdfSyntax::Turtle, RdfSyntax::NTriples}) {
    const std::string text = to_rdf(g, syntax);
    auto back = read_graph_string(text, syntax, "sample");
    ASSERT_TRUE(back.ok()) << back.error().to_string();
    EXPECT_EQ(to_rdf(*back, syntax), text);
    EXPECT_EQ(back->num_nodes(), g.num_nodes());
    EXPECT_EQ(back->num_edges(), g.num_edges());
  }
  // N-Quads repeats a triple once per graph; reading it back gives the same
  // triples, so the graph written as Turtle is unchanged.
  auto from_quads = read_graph_string(to_rdf(g, RdfSyntax::NQuads), RdfSyntax::NQuads, "sample");
  ASSERT_TRUE(from_quads.ok()) << from_quads.error().to_string();
  EXPECT_EQ(to_rdf(*from_quads, RdfSyntax::Turtle), to_rdf(g, RdfSyntax::Turtle));
}

TEST(TurtleReaderTest, SeedsGraphRoundTripsByteForByte) {
  const KnowledgeGraph g = seeds_graph();
  for (RdfSyntax syntax : {RdfSyntax::Turtle, RdfSyntax::NTriples, RdfSyntax::NQuads}) {
    const std::string text = to_rdf(g, syntax);
    auto back = read_graph_string(text, syntax, "seeds");
    ASSERT_TRUE(back.ok()) << back.error().to_string();
    EXPECT_EQ(to_rdf(*back, syntax), text) << "syntax " << static_cast<int>(syntax);
    EXPECT_EQ(back->num_edges(), g.num_edges());
  }
}

TEST(TurtleReaderTest, ReadsAFileAndNamesItInErrors) {
  testing::TempDir dir;
  const std::string path = dir.file("graph.ttl");
  testing::write_text(path, to_rdf(testing::sample_graph(), RdfSyntax::Turtle));
  auto kg = read_graph(path);
  ASSERT_TRUE(kg.ok()) << kg.error().to_string();
  EXPECT_EQ(kg->num_nodes(), testing::sample_graph().num_nodes());

  auto missing = read_graph(dir.file("nope.ttl"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().file, dir.file("nope.ttl"));
  EXPECT_NE(missing.error().message.find("cannot open"), std::string::npos);
}

TEST(TurtleReaderTest, ReadIntoMergesWithWhatIsThere) {
  testing::TempDir dir;
  const std::string path = dir.file("graph.nt");
  testing::write_text(path, to_rdf(testing::sample_graph(), RdfSyntax::NTriples));
  KnowledgeGraph kg;
  graph::NodeProps extra;
  extra.kind = NodeKind::Person;
  extra.key = "person/mark-rutte";
  extra.label = "Mark Rutte";
  kg.upsert(extra);
  ASSERT_TRUE(read_graph_into(path, kg).ok());
  EXPECT_EQ(kg.num_nodes(), testing::sample_graph().num_nodes() + 1);
  // Merging twice changes nothing: every fact is already there.
  ASSERT_TRUE(read_graph_into(path, kg).ok());
  EXPECT_EQ(kg.num_nodes(), testing::sample_graph().num_nodes() + 1);
  EXPECT_EQ(kg.num_edges(), testing::sample_graph().num_edges());

  const size_t before = kg.num_nodes();
  testing::write_text(dir.file("bad.ttl"), "<a> <b> .\n");
  EXPECT_FALSE(read_graph_into(dir.file("bad.ttl"), kg).ok());
  EXPECT_EQ(kg.num_nodes(), before);
}

TEST(TurtleReaderTest, RebuildsTheModelFromTriples) {
  // Out of order, full and prefixed IRIs, a more specific type beside the
  // newskg kind, and triples about things that are not newskg resources.
  auto kg = read_turtle(
      "<statement/a1/10-20> nkg:beginIndex \"10\"^^xsd:nonNegativeInteger ;\n"
      "  nkg:endIndex \"20\"^^xsd:nonNegativeInteger ; nkg:article <article/a-1> ;\n"
      "  nkg:text \"We stand with Ukraine\" ; nkg:kind \"direct\" ; nkg:confidence 0.85 ;\n"
      "  nkg:about <https://w3id.org/newskg/resource/country/ukraine> ;\n"
      "  a nkg:Statement .\n"
      "<person/pete-hegseth> a nkg:Person , <https://schema.org/Person> ;\n"
      "  rdfs:label \"Pete Hegseth\" ; skos:altLabel \"Hegseth\" ;\n"
      "  nkg:said <statement/a1/10-20> .\n"
      "<country/ukraine> a nkg:Country ; rdfs:label \"Ukraine\" .\n"
      "<article/a-1> a nkg:Article ; rdfs:label \"Headline\" ; nkg:articleId \"a_1\" .\n"
      "nkg:Person rdfs:label \"Person\"@en .\n"
      "_:b1 rdfs:label \"a blank node\" .\n");
  ASSERT_TRUE(kg.ok()) << kg.error().to_string();
  EXPECT_EQ(kg->num_nodes(), 4u);

  const auto& st = node(*kg, "statement/a1/10-20");
  EXPECT_EQ(st.kind, NodeKind::Statement);
  EXPECT_EQ(st.label, "We stand with Ukraine");  // a Statement's label is its text
  ASSERT_EQ(st.evidence.size(), 1u);
  EXPECT_EQ(st.evidence[0], (graph::Evidence{"a_1", 10, 20}));  // the articleId, not the key
  EXPECT_EQ(st.attrs.at("article"), std::vector<std::string>{"a_1"});
  EXPECT_DOUBLE_EQ(st.confidence, 0.85);

  const auto& hegseth = node(*kg, "person/pete-hegseth");
  EXPECT_EQ(hegseth.label, "Pete Hegseth");
  EXPECT_EQ(hegseth.aliases.count("Hegseth"), 1u);

  const auto& article = node(*kg, "article/a-1");
  EXPECT_EQ(article.attrs.at("id"), std::vector<std::string>{"a_1"});  // nkg:articleId
  EXPECT_EQ(article.attrs.count("articleId"), 0u);

  const graph::EdgeProps* said =
      edge(*kg, "person/pete-hegseth", Relation::Said, "statement/a1/10-20");
  ASSERT_NE(said, nullptr);
  // RDF has no evidence on the edge: it is the statement's.
  EXPECT_EQ(said->evidence, st.evidence);
  EXPECT_DOUBLE_EQ(said->confidence, 0.85);
  EXPECT_NE(edge(*kg, "statement/a1/10-20", Relation::FromArticle, "article/a-1"), nullptr);
  EXPECT_NE(edge(*kg, "statement/a1/10-20", Relation::About, "country/ukraine"), nullptr);
}

TEST(TurtleReaderTest, MetEdgesGetTheirMeetingsEvidence) {
  auto kg = read_turtle(
      "<article/a1> a nkg:Article ; nkg:articleId \"a1\" .\n"
      "<person/a> a nkg:Person ; rdfs:label \"A\" ; nkg:met <person/b> .\n"
      "<person/b> a nkg:Person ; rdfs:label \"B\" .\n"
      "<person/c> a nkg:Person ; rdfs:label \"C\" .\n"
      "<meeting/a1/5-9/1> a nkg:Meeting ; nkg:confidence 0.70 ;\n"
      "  nkg:beginIndex \"5\"^^xsd:nonNegativeInteger ; nkg:endIndex \"9\"^^xsd:nonNegativeInteger ;\n"
      "  nkg:participant <person/a> , <person/b> ; nkg:article <article/a1> .\n"
      "<meeting/a1/50-60/2> a nkg:Meeting ; nkg:confidence 0.90 ;\n"
      "  nkg:beginIndex \"50\"^^xsd:nonNegativeInteger ; nkg:endIndex \"60\"^^xsd:nonNegativeInteger ;\n"
      "  nkg:participant <person/b> , <person/a> , <person/c> ; nkg:article <article/a1> .\n");
  ASSERT_TRUE(kg.ok()) << kg.error().to_string();
  const graph::EdgeProps* met = edge(*kg, "person/a", Relation::Met, "person/b");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->evidence,
            (std::vector<graph::Evidence>{{"a1", 5, 9}, {"a1", 50, 60}}));
  EXPECT_DOUBLE_EQ(met->confidence, 0.9);
}

TEST(TurtleReaderTest, FixedLabelsComeBackWhenTheCallerKnowsThem) {
  const std::string body =
      "<organization/nato> a nkg:Organization ; rdfs:label \"NATO\" ;\n"
      "  skos:altLabel \"North Atlantic Treaty Organization\" .\n";
  ReadOptions options;
  options.fixed_label = [](NodeKind kind, std::string_view label) {
    return kind == NodeKind::Organization && label == "NATO";
  };
  auto fixed = read_turtle(body, options);
  auto plain = read_turtle(body);
  ASSERT_TRUE(fixed.ok() && plain.ok());
  EXPECT_EQ(node(*fixed, "organization/nato").label_votes.at("NATO"), graph::kFixedLabel);
  EXPECT_EQ(node(*plain, "organization/nato").label_votes.at("NATO"), 1u);

  // A new article proposing a fuller form: a fixed name stays, as it would
  // have in a build of every article at once.
  graph::NodeProps other;
  other.kind = NodeKind::Organization;
  other.key = "organization/nato";
  other.label = "NATO Alliance Headquarters";
  fixed->upsert(other);
  plain->upsert(other);
  EXPECT_EQ(node(*fixed, "organization/nato").label, "NATO");
  EXPECT_EQ(node(*plain, "organization/nato").label, "NATO Alliance Headquarters");
}

struct BadInput {
  const char* name;
  std::string body;
  int line;             // expected Error::line (0: no line)
  const char* message;  // a part of the message
};

class TurtleReaderBadInputTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(TurtleReaderBadInputTest, IsAnErrorNamingFileAndLine) {
  const BadInput& bad = GetParam();
  auto kg = read_turtle(bad.body);
  ASSERT_FALSE(kg.ok()) << bad.name;
  EXPECT_EQ(kg.error().file, "test.ttl");
  EXPECT_EQ(kg.error().line, bad.line) << kg.error().to_string();
  EXPECT_NE(kg.error().message.find(bad.message), std::string::npos) << kg.error().to_string();
}

// Line numbers count the 5 @prefix lines read_turtle puts first.
INSTANTIATE_TEST_SUITE_P(
    Table, TurtleReaderBadInputTest,
    ::testing::Values(
        BadInput{"missing dot", "<person/a> a nkg:Person ;\n rdfs:label \"A\"\n<person/b> a nkg:Person .\n", 8, ""},
        BadInput{"unterminated string", "<person/a> rdfs:label \"A .\n", 6, ""},
        BadInput{"undeclared prefix", "<person/a> a foo:Person .\n", 6, "foo"},
        BadInput{"space in an IRI", "<https://w3id.org/newskg/resource/person/a b> a nkg:Person .\n", 6, ""},
        BadInput{"no kind", "<person/a> rdfs:label \"A\" .\n", 0, "has no rdf:type"},
        BadInput{"link to an untyped node",
                 "<person/a> a nkg:Person ; nkg:said <statement/x> .\n", 0,
                 "statement/x"},
        BadInput{"two kinds", "<person/a> a nkg:Person , nkg:Country .\n", 0,
                 "more than one newskg kind"},
        BadInput{"unknown relation", "<person/a> a nkg:Person ; nkg:likes <person/a> .\n", 0,
                 "unknown newskg relation"},
        BadInput{"relation to another namespace",
                 "<person/a> a nkg:Person ; nkg:met <http://example.org/b> .\n", 0,
                 "not a newskg resource"},
        BadInput{"begin without end",
                 "<statement/s> a nkg:Statement ; nkg:beginIndex \"1\" .\n", 0,
                 "nkg:endIndex"},
        BadInput{"offset that is not a number",
                 "<statement/s> a nkg:Statement ; nkg:beginIndex \"x\" ; nkg:endIndex \"2\" .\n",
                 0, "bad offsets"},
        BadInput{"end before begin",
                 "<statement/s> a nkg:Statement ; nkg:beginIndex \"9\" ; nkg:endIndex \"2\" .\n",
                 0, "bad offsets"}),
    [](const ::testing::TestParamInfo<BadInput>& info) {
      std::string name = info.param.name;
      for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      return name;
    });

TEST(TurtleReaderTest, NTriplesSyntaxErrorsHaveLines) {
  const std::string nt =
      "<https://w3id.org/newskg/resource/person/a> "
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
      "<https://w3id.org/newskg/ontology#Person> .\n"
      "<https://w3id.org/newskg/resource/person/b> broken .\n";
  auto kg = read_graph_string(nt, RdfSyntax::NTriples, "graph.nt");
  ASSERT_FALSE(kg.ok());
  EXPECT_EQ(kg.error().file, "graph.nt");
  EXPECT_EQ(kg.error().line, 2);
}

// ---------------------------------------------------------------------------
// Graph files that are empty, cut short or not RDF at all: what `merge`,
// `build --into` and `query` must refuse, each with its file and line. An
// empty or truncated graph taken as a graph would let `--into` silently
// restart from nothing after a crash or a full disk.
// ---------------------------------------------------------------------------

// Text up to (not including) the first occurrence of `what` after `from`.
std::string cut_before(const std::string& text, const std::string& what, size_t from = 0) {
  const size_t at = text.find(what, from);
  if (at == std::string::npos) throw std::logic_error("no " + what);
  return text.substr(0, at);
}

int line_of(const std::string& text, const std::string& what) {
  const size_t at = text.find(what);
  if (at == std::string::npos) throw std::logic_error("no " + what);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// The first `n` lines of `text`, each with its newline.
std::string first_lines(const std::string& text, size_t n) {
  size_t end = 0;
  for (size_t i = 0; i < n; ++i) end = text.find('\n', end) + 1;
  return text.substr(0, end);
}

struct BadFile {
  std::string name;
  std::string file;  // its extension picks the syntax
  std::string content;
  int line;             // expected Error::line (0: no line)
  std::string message;  // a part of the message
};

std::vector<BadFile> bad_files() {
  const KnowledgeGraph g = testing::sample_graph();
  const std::string nt = to_rdf(g, RdfSyntax::NTriples);
  const std::string nq = to_rdf(g, RdfSyntax::NQuads);
  const std::string ttl = to_rdf(g, RdfSyntax::Turtle);
  const size_t nt_count = testing::statement_lines(nt).size();
  const std::string text_line = "#text> \"We will not";  // the statement's text in N-Triples
  const int nt_text = line_of(nt, text_line);
  const int ttl_text = line_of(ttl, "nkg:text \"We will not");
  // In Turtle the statement's block begins with its subject on a line of its own.
  const int ttl_statement =
      line_of(ttl, "\n<https://w3id.org/newskg/resource/" + testing::kStatementKey + ">\n") + 1;
  const std::string label = "<http://www.w3.org/2000/01/rdf-schema#label>";
  // The Turtle cut right after a subject block: a complete document.
  const size_t block_end = ttl.find(" .\n\n", ttl.find("\n<")) + 4;
  const std::string ttl_blocks = ttl.substr(0, block_end);
  const int ttl_last = static_cast<int>(std::count(ttl_blocks.begin(), ttl_blocks.end(), '\n')) - 1;

  std::string wrong_count = nt;
  const std::string end_line = "# newskg: end of graph (" + std::to_string(nt_count) + " triples)";
  wrong_count.replace(wrong_count.find(end_line), end_line.size(),
                      "# newskg: end of graph (" + std::to_string(nt_count + 1) + " triples)");
  std::string with_nul = nt;
  with_nul.insert(with_nul.find(text_line) + 10, 1, '\0');

  return {
      {"empty file", "g.ttl", "", 0, "empty graph: the file is empty (0 bytes)"},
      {"blank lines and comments", "g.nt", "\n# a comment\n\n", 0, "empty graph: no triples"},
      {"prefixes only", "g.ttl", "@prefix nkg: <https://w3id.org/newskg/ontology#> .\n", 0,
       "empty graph: no triples"},
      {"header and end line only", "g.nt", to_rdf(KnowledgeGraph{}, RdfSyntax::NTriples), 0,
       "empty graph: no triples"},
      {"no newskg resource", "g.nt", "<http://example.org/a> " + label + " \"A\" .\n", 0,
       "empty graph: no triple is about a newskg resource"},
      // Cut inside a statement: Serd said "invalid IRI character (escape %FFFFFFFF)".
      {"cut inside an IRI", "g.nt", cut_before(nt, "/resource/", nt.find("\n<") + 10), 2,
       "truncated graph: the file ends inside an IRI"},
      {"cut inside a literal", "g.nt", cut_before(nt, "abandon", nt.find(text_line)), nt_text,
       "truncated graph: the file ends inside a literal"},
      {"cut inside an escape", "g.nt", cut_before(nt, "\"abandon", nt.find(text_line)), nt_text,
       "truncated graph: the file ends inside an escape in a literal"},
      {"cut inside a Turtle literal", "g.ttl",
       cut_before(ttl, "abandon", ttl.find("nkg:text \"We will not")), ttl_text,
       "truncated graph: the file ends inside a literal"},
      {"cut inside a Turtle statement", "g.ttl", cut_before(ttl, "nkg:text \"We will not"),
       ttl_text,
       "truncated graph: the file ends inside a statement that begins on line " +
           std::to_string(ttl_statement)},
      {"cut before the final dot", "g.nt", cut_before(nt, " .\n", nt.find(text_line)), nt_text,
       "truncated graph: the file ends inside a statement"},
      {"cut inside a statement of another tool's file", "g.nt",
       "<https://w3id.org/newskg/resource/person/a> " + label + " \"A", 1,
       "truncated graph: the file ends inside a literal"},
      // Cut at a line boundary: every line complete, the end line missing.
      {"cut at a line boundary", "g.nt", first_lines(nt, 11), 11,
       "truncated graph: the end line (\"# newskg: end of graph (...)\") of newskg's graphs is "
       "missing"},
      {"N-Quads cut at a line boundary", "g.nq", first_lines(nq, 20), 20,
       "truncated graph: the end line"},
      {"Turtle cut after a subject", "g.ttl", ttl_blocks, ttl_last,
       "truncated graph: the end line"},
      {"end line with another count", "g.nt", wrong_count, static_cast<int>(nt_count) + 2,
       "truncated graph: the end line says " + std::to_string(nt_count + 1) +
           " statements, the file holds " + std::to_string(nt_count)},
      {"a triple after the end line", "g.nt",
       nt + "<https://w3id.org/newskg/resource/person/a> " + label + " \"A\" .\n",
       static_cast<int>(nt_count) + 3, "text after the end line of the graph"},
      {"bad escape", "g.nt",
       "<https://w3id.org/newskg/resource/person/a> " + label + " \"a\\qb\" .\n", 1, "escape"},
      {"binary garbage", "g.ttl", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), 3, "NUL byte"},
      {"NUL inside a graph", "g.nt", with_nul, nt_text, "NUL byte"},
      {"binary garbage without NUL", "g.nt", "\xFF\xD8\xFF\xE0 JFIF\n", 1, ""},
      {"Turtle named .nt", "g.nt", ttl, 2, "(the file is Turtle: name it .ttl)"},
      {"N-Quads named .nt", "g.nt", nq, 2, "(the file is N-Quads: name it .nq)"},
      {"N-Quads named .ttl", "g.ttl", nq, 2, "(the file is N-Quads: name it .nq)"},
  };
}

TEST(TurtleReaderTest, BadGraphFilesAreErrorsNamingFileAndLine) {
  testing::TempDir dir;
  for (const BadFile& bad : bad_files()) {
    SCOPED_TRACE(bad.name);
    const std::string path = dir.file(bad.file);
    testing::write_text(path, bad.content);
    auto kg = read_graph(path);
    ASSERT_FALSE(kg.ok());
    const core::Error& e = kg.error();
    EXPECT_EQ(e.file, path);
    EXPECT_EQ(e.line, bad.line) << e.to_string();
    EXPECT_NE(e.message.find(bad.message), std::string::npos) << e.to_string();
    // Readable: no "%FFFFFFFF" for the end of the input, no raw bytes.
    EXPECT_EQ(e.message.find("FFFFFFFF"), std::string::npos) << e.to_string();
    EXPECT_EQ(core::find_invalid_utf8(e.message), std::string::npos) << e.to_string();
    for (char c : e.message) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << e.to_string();
  }
}

// Every prefix of a graph file newskg wrote, cut anywhere, is refused: only
// the whole file (with or without its last newline) reads.
TEST(TurtleReaderTest, EveryCutOfAGraphFileIsRefused) {
  const KnowledgeGraph g = testing::sample_graph();
  for (RdfSyntax syntax : {RdfSyntax::Turtle, RdfSyntax::NTriples, RdfSyntax::NQuads}) {
    const std::string text = to_rdf(g, syntax);
    for (size_t cut = 0; cut + 1 < text.size(); ++cut) {
      auto kg = read_graph_string(std::string_view(text).substr(0, cut), syntax, "g");
      ASSERT_FALSE(kg.ok()) << "syntax " << static_cast<int>(syntax) << " cut at " << cut;
      const std::string& m = kg.error().message;
      ASSERT_TRUE(m.rfind("truncated graph: ", 0) == 0 || m.rfind("empty graph: ", 0) == 0)
          << "cut at " << cut << ": " << kg.error().to_string();
    }
    EXPECT_TRUE(read_graph_string(text.substr(0, text.size() - 1), syntax, "g").ok());
    EXPECT_TRUE(read_graph_string(text, syntax, "g").ok());
  }
}

// `build --into` and `merge` read through read_graph_into: an empty or
// truncated graph is an error and nothing of it is merged.
TEST(TurtleReaderTest, ReadIntoRefusesEmptyAndTruncatedGraphs) {
  testing::TempDir dir;
  const std::string nt = to_rdf(testing::sample_graph(), RdfSyntax::NTriples);
  testing::write_text(dir.file("empty.nt"), "");
  testing::write_text(dir.file("cut.nt"), first_lines(nt, nt.size() / 200));
  KnowledgeGraph kg;
  graph::NodeProps extra;
  extra.kind = NodeKind::Person;
  extra.key = "person/mark-rutte";
  extra.label = "Mark Rutte";
  kg.upsert(extra);
  const core::Status empty = read_graph_into(dir.file("empty.nt"), kg);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().to_string(),
            dir.file("empty.nt") + ": empty graph: the file is empty (0 bytes)");
  const core::Status cut = read_graph_into(dir.file("cut.nt"), kg);
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.error().message.find("truncated graph"), std::string::npos);
  EXPECT_EQ(kg.num_nodes(), 1u);
}

// Graphs other tools write (no newskg header) are read as before: no end
// line needed, comments and a missing last newline are fine.
TEST(TurtleReaderTest, GraphsWithoutTheHeaderNeedNoEndLine) {
  const std::string nt = to_rdf(testing::sample_graph(), RdfSyntax::NTriples);
  std::string other = "# written by another tool\n";
  for (const std::string& line : testing::statement_lines(nt)) other += line + "\n";
  other.pop_back();
  auto kg = read_graph_string(other, RdfSyntax::NTriples, "other.nt");
  ASSERT_TRUE(kg.ok()) << kg.error().to_string();
  EXPECT_EQ(to_rdf(*kg, RdfSyntax::NTriples), nt);
}

}  // namespace
}  // namespace newskg::io
