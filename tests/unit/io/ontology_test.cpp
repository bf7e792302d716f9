// schema/newskg.ttl must parse and declare every term the writer emits, so
// the ontology cannot silently fall behind the data.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "io_test_util.hpp"
#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {

const std::string kNkg = "https://w3id.org/newskg/ontology#";
const std::string kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const std::string kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
const std::string kOwl = "http://www.w3.org/2002/07/owl#";

// subject -> predicate -> objects, from the ontology as N-Triples.
using Description = std::map<std::string, std::multiset<std::string>>;

class OntologyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing::has_program("serdi")) GTEST_SKIP() << "serdi not installed";
    const auto parsed = testing::run("serdi -i turtle -o ntriples " +
                                     std::string(NEWSKG_SOURCE_DIR) + "/schema/newskg.ttl");
    ASSERT_EQ(parsed.exit_code, 0) << "schema/newskg.ttl does not parse";
    for (const auto& line : testing::split_lines(parsed.output)) {
      if (line[0] != '<') continue;  // blank nodes: owl:unionOf lists of domains
      const auto t = testing::parse_nt_line(line);
      terms_[t.subject][t.predicate].insert(t.object);
    }
  }

  bool has(const std::string& subject, const std::string& predicate,
           const std::string& object_iri) const {
    auto s = terms_.find(subject);
    if (s == terms_.end()) return false;
    auto p = s->second.find(predicate);
    return p != s->second.end() && p->second.count("<" + object_iri + ">") > 0;
  }
  bool has_any(const std::string& subject, const std::string& predicate) const {
    auto s = terms_.find(subject);
    return s != terms_.end() && s->second.count(predicate) > 0;
  }

  std::map<std::string, Description> terms_;
};

TEST_F(OntologyTest, DeclaresEveryPredicateAndClassTheWriterUses) {
  const std::string nt = to_rdf(testing::sample_graph(), RdfSyntax::NTriples);
  std::set<std::string> predicates, classes;
  for (const auto& line : testing::statement_lines(nt)) {
    const auto t = testing::parse_nt_line(line);
    predicates.insert(t.predicate);
    if (t.predicate == kRdfType) classes.insert(t.object.substr(1, t.object.size() - 2));
  }
  // The sample has every relation and attribute, so this is the whole vocabulary.
  EXPECT_GE(predicates.size(), 30u);
  EXPECT_EQ(classes.size(), 9u);

  const std::set<std::string> borrowed = {kRdfType, kRdfs + "label",
                                          "http://www.w3.org/2004/02/skos/core#altLabel"};
  for (const auto& p : predicates) {
    if (borrowed.count(p)) continue;
    ASSERT_EQ(p.rfind(kNkg, 0), 0u) << "a predicate outside nkg: and the standard ones: " << p;
    EXPECT_TRUE(has(p, kRdfType, kOwl + "ObjectProperty") ||
                has(p, kRdfType, kOwl + "DatatypeProperty"))
        << p << " is not declared";
    for (const char* annotation : {"label", "comment", "domain", "range"})
      EXPECT_TRUE(has_any(p, kRdfs + annotation)) << p << " has no rdfs:" << annotation;
  }
  for (const auto& c : classes) {
    EXPECT_TRUE(has(c, kRdfType, kOwl + "Class")) << c << " is not declared";
    EXPECT_TRUE(has_any(c, kRdfs + "label")) << c;
    EXPECT_TRUE(has_any(c, kRdfs + "comment")) << c;
  }
}

TEST_F(OntologyTest, AlignsWithSchemaOrgProvAndNif) {
  const std::string schema = "https://schema.org/";
  const std::string prov = "http://www.w3.org/ns/prov#";
  const std::string nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  const std::string sub_class = kRdfs + "subClassOf";
  EXPECT_TRUE(has(kNkg + "Person", sub_class, schema + "Person"));
  EXPECT_TRUE(has(kNkg + "Person", sub_class, prov + "Agent"));
  EXPECT_TRUE(has(kNkg + "Organization", sub_class, schema + "Organization"));
  EXPECT_TRUE(has(kNkg + "Organization", sub_class, prov + "Agent"));
  EXPECT_TRUE(has(kNkg + "Country", sub_class, schema + "Country"));
  EXPECT_TRUE(has(kNkg + "Event", sub_class, schema + "Event"));
  EXPECT_TRUE(has(kNkg + "Statement", sub_class, schema + "Quotation"));
  EXPECT_TRUE(has(kNkg + "Article", sub_class, schema + "NewsArticle"));
  EXPECT_TRUE(has(kNkg + "article", kRdfs + "subPropertyOf", prov + "wasDerivedFrom"));
  EXPECT_TRUE(has(kNkg + "beginIndex", kOwl + "equivalentProperty", nif + "beginIndex"));
  EXPECT_TRUE(has(kNkg + "endIndex", kOwl + "equivalentProperty", nif + "endIndex"));
  EXPECT_TRUE(has(kNkg + "met", kRdfType, kOwl + "SymmetricProperty"));
  EXPECT_TRUE(has("https://w3id.org/newskg/ontology", kRdfType, kOwl + "Ontology"));
}

}  // namespace
}  // namespace newskg::io
