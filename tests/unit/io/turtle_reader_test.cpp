// Turtle/N-Triples/N-Quads reader: the inverse of the RDF writer (round trips
// byte for byte on the sample graph and on the seeds' graph), tables of good
// and bad inputs, and the evidence RDF leaves out coming back from the nodes.
#include "newskg/io/turtle_reader.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

#include "io_test_util.hpp"
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

}  // namespace
}  // namespace newskg::io
