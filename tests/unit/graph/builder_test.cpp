#include "newskg/graph/builder.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace newskg::graph {
namespace {

// One article: "“Ça va,” said Anna Berg." with a statement, a country and a meeting.
struct Fixture {
  core::Document doc;
  extract::ArticleFacts facts;
  Fixture() {
    doc.id = "a1";
    doc.text = "\xe2\x80\x9c\xc3\x87" "a va,\xe2\x80\x9d said Anna Berg of France.";
    extract::Entity anna;
    anna.type = extract::EntityType::Person;
    anna.name = "Anna Berg";
    anna.aliases = {"Berg"};
    anna.mentions = {{19, 28}};
    extract::Entity france;
    france.type = extract::EntityType::Country;
    france.name = "France";
    france.from_lexicon = true;
    france.mentions = {{32, 38}};
    anna.roles.push_back({"Minister", 1, {19, 28}});
    facts.entities = {anna, france};
    extract::StatementFact st;
    st.speaker = 0;
    st.text = "\xc3\x87" "a va,";
    st.span = {3, 10};  // bytes: after the 3-byte opening mark
    st.sentence = {0, 39};
    st.about = {1};
    st.confidence = 0.9;
    facts.statements.push_back(st);
    extract::PositionFact weak;
    weak.holder = 0;
    weak.topic = "something";
    weak.stance = extract::Stance::Support;
    weak.evidence = {0, 39};
    weak.confidence = 0.4;
    facts.positions.push_back(weak);
  }
};

// The confidence literal is printf's "%.2f" of the value, ties and all
// (0.125 is exact in binary and goes to "0.12"; 0.675 is a little above and
// goes to "0.68").
TEST(BuilderTest, ConfidenceIsWrittenAsPrintfWritesItWithTwoDecimals) {
  Fixture f;
  std::vector<double> values = {0.0, 1.0, 0.125, 0.375, 0.675, 0.005, 0.015, 0.995, 0.9999};
  for (int k = 0; k <= 1000; ++k) values.push_back(k / 1000.0);
  for (double c : values) {
    f.facts.statements[0].confidence = c;
    KnowledgeGraph kg = build_article_graph(f.doc, f.facts);
    auto st = kg.find("statement/a1/1-7");
    ASSERT_TRUE(st.has_value());
    char want[32];
    std::snprintf(want, sizeof want, "%.2f", c);
    EXPECT_EQ(*kg[*st].attr("confidence"), want) << c;
  }
}

TEST(BuilderTest, StatementCarriesSpeakerAboutAndCharacterOffsets) {
  Fixture f;
  KnowledgeGraph kg = build_article_graph(f.doc, f.facts);
  auto st = kg.find("statement/a1/1-7");  // code points: the mark is one character
  ASSERT_TRUE(st.has_value());
  const NodeProps& n = kg[*st];
  EXPECT_EQ(*n.attr("kind"), "direct");
  EXPECT_EQ(*n.attr("text"), "\xc3\x87" "a va,");
  ASSERT_EQ(n.evidence.size(), 1u);
  EXPECT_EQ(n.evidence[0].begin, 1u);
  EXPECT_EQ(n.evidence[0].end, 7u);
  bool said = false, about = false;
  for (const auto& e : kg.sorted_edges()) {
    said = said || (e.props->relation == Relation::Said && kg[e.from].key == "person/anna-berg");
    about = about || (e.props->relation == Relation::About && kg[e.to].key == "country/france");
  }
  EXPECT_TRUE(said);
  EXPECT_TRUE(about);
}

// A joint speech act is one statement per speaker: the second speaker's
// copy of the same words gets its own node (".../2"), each with one speaker.
TEST(BuilderTest, AJointStatementIsOneNodePerSpeaker) {
  Fixture f;
  extract::StatementFact again = f.facts.statements[0];
  again.speaker = 1;  // France said it too
  f.facts.statements.push_back(again);
  f.facts.statements.push_back(f.facts.statements[0]);  // the same speaker twice: no third node
  KnowledgeGraph kg = build_article_graph(f.doc, f.facts);
  ASSERT_TRUE(kg.find("statement/a1/1-7"));
  ASSERT_TRUE(kg.find("statement/a1/1-7/2"));
  EXPECT_FALSE(kg.find("statement/a1/1-7/3"));
  std::map<std::string, std::string> speaker_of;
  for (const auto& e : kg.sorted_edges())
    if (e.props->relation == Relation::Said) speaker_of[kg[e.to].key] += kg[e.from].key;
  EXPECT_EQ(speaker_of["statement/a1/1-7"], "person/anna-berg");
  EXPECT_EQ(speaker_of["statement/a1/1-7/2"], "country/france");
}

TEST(BuilderTest, RolesBecomeOfficeNodesOfTheirCountry) {
  Fixture f;
  KnowledgeGraph kg = build_article_graph(f.doc, f.facts);
  auto office = kg.find("office/minister/country/france");
  ASSERT_TRUE(office.has_value());
  EXPECT_EQ(*kg[*office].attr("title"), "Minister");
}

// An office tied to no country or body is its holder's own: two people
// titled "President" in articles that name no country hold no common office.
TEST(BuilderTest, AnOfficeOfNoCountryIsItsHoldersOwn) {
  Fixture f;
  extract::Entity bo;
  bo.type = extract::EntityType::Person;
  bo.name = "Bo Park";
  bo.mentions = {{19, 28}};
  bo.roles.push_back({"President", -1, {19, 28}});
  f.facts.entities[0].roles.push_back({"President", -1, {19, 28}});
  f.facts.entities.push_back(bo);
  KnowledgeGraph kg = build_article_graph(f.doc, f.facts);
  EXPECT_FALSE(kg.find("office/president"));
  ASSERT_TRUE(kg.find("office/president/person/anna-berg"));
  ASSERT_TRUE(kg.find("office/president/person/bo-park"));
  std::map<std::string, std::string> holder_of;
  for (const auto& e : kg.sorted_edges())
    if (e.props->relation == Relation::HoldsOffice) holder_of[kg[e.to].key] += kg[e.from].key;
  EXPECT_EQ(holder_of["office/president/person/anna-berg"], "person/anna-berg");
  EXPECT_EQ(holder_of["office/president/person/bo-park"], "person/bo-park");
  EXPECT_EQ(holder_of["office/minister/country/france"], "person/anna-berg");
  // The entity table of a build keys them alike.
  KnowledgeGraph table;
  merge_article_shared(f.facts, ArticleKeys(f.doc, f.facts, {}), f.doc, table);
  EXPECT_TRUE(table.find("office/president/person/anna-berg"));
  EXPECT_TRUE(table.find("office/president/person/bo-park"));
}

TEST(BuilderTest, MinConfidenceDropsWeakFacts) {
  Fixture f;
  BuildOptions keep_all, strict;
  strict.min_confidence = 0.5;
  auto count_positions = [](const KnowledgeGraph& kg) {
    size_t n = 0;
    for (Vertex v : kg.sorted_nodes()) n += kg[v].kind == NodeKind::Position;
    return n;
  };
  EXPECT_EQ(count_positions(build_article_graph(f.doc, f.facts, keep_all)), 1u);
  EXPECT_EQ(count_positions(build_article_graph(f.doc, f.facts, strict)), 0u);
}

TEST(BuilderTest, LexiconNamesKeyAndLabelTheEntity) {
  Fixture f;
  KnowledgeGraph kg = build_article_graph(f.doc, f.facts);
  auto fr = kg.find(entity_key(f.facts.entities[1]));
  ASSERT_TRUE(fr.has_value());
  EXPECT_EQ(kg[*fr].label, "France");
  EXPECT_EQ(kg[*fr].label_votes.at("France"), kFixedLabel);
}

// "Experts said ..." in two articles: two sources, each in its own article,
// and none at all when its only statement is dropped.
TEST(BuilderTest, UnnamedSourceBelongsToItsArticle) {
  auto facts_with_experts = [](double confidence) {
    extract::ArticleFacts facts;
    extract::Entity experts;
    experts.type = extract::EntityType::UnnamedSource;
    experts.name = "experts";
    experts.mentions = {{0, 7}};
    facts.entities = {experts};
    extract::StatementFact st;
    st.speaker = 0;
    st.kind = extract::StatementKind::Indirect;
    st.text = "prices will rise";
    st.span = {13, 29};
    st.confidence = confidence;
    facts.statements.push_back(st);
    return facts;
  };
  core::Document a, b;
  a.id = "a1";
  b.id = "b2";
  a.text = b.text = "Experts said prices will rise.";
  BuildOptions with_unnamed;
  with_unnamed.unnamed_sources = true;
  KnowledgeGraph kg = build_article_graph(a, facts_with_experts(0.8), with_unnamed);
  kg.merge(build_article_graph(b, facts_with_experts(0.8), with_unnamed));
  auto in_a = kg.find("unnamedsource/a1/experts");
  auto in_b = kg.find("unnamedsource/b2/experts");
  ASSERT_TRUE(in_a.has_value());
  ASSERT_TRUE(in_b.has_value());
  EXPECT_EQ(kg[*in_a].label, "experts");
  EXPECT_EQ(*kg[*in_a].attr("article"), "a1");
  EXPECT_FALSE(is_entity(kg[*in_a].kind));

  BuildOptions strict = with_unnamed;
  strict.min_confidence = 0.9;
  KnowledgeGraph weak = build_article_graph(a, facts_with_experts(0.8), strict);
  EXPECT_FALSE(weak.find("unnamedsource/a1/experts").has_value());

  // By default (GOLD.md: speech by unnamed groups is not annotated) neither
  // the source nor its statement is in the graph.
  KnowledgeGraph plain = build_article_graph(a, facts_with_experts(0.8));
  EXPECT_FALSE(plain.find("unnamedsource/a1/experts").has_value());
  for (Vertex v : plain.sorted_nodes()) EXPECT_NE(plain[v].kind, NodeKind::Statement);
}

// "Mexican officials said ...": a description that names an affiliation says
// who spoke and is kept by default, still as its article's own source.
// The direct writers take an article's facts one node each; facts that the
// graph merges into one node send the article through its graph.
TEST(BuilderTest, ArticleKeysSayWhenTheGraphMergesFacts) {
  Fixture f;
  const ArticleKeys keys(f.doc, f.facts, {});
  EXPECT_TRUE(keys.one_to_one);
  EXPECT_EQ(keys.article, "article/a1");
  EXPECT_EQ(keys.entity, (std::vector<std::string>{"person/anna-berg", "country/france"}));
  EXPECT_EQ(keys.statement, (std::vector<std::string>{"statement/a1/1-7"}));
  EXPECT_EQ(keys.position[0], "position/a1/0-34/1");
  EXPECT_EQ(ArticleKeys(f.doc, f.facts, {0.5, false}).position[0], "");

  Fixture twice;  // the same statement read twice: one node
  twice.facts.statements.push_back(twice.facts.statements[0]);
  EXPECT_FALSE(ArticleKeys(twice.doc, twice.facts, {}).one_to_one);

  Fixture same;  // two entities with one key: one node
  same.facts.entities.push_back(same.facts.entities[0]);
  EXPECT_FALSE(ArticleKeys(same.doc, same.facts, {}).one_to_one);

  Fixture dropped;  // a role of a source that is not kept hangs on the article
  extract::Entity source;
  source.type = extract::EntityType::UnnamedSource;
  source.name = "officials";
  source.roles.push_back({"Minister", -1, {0, 3}});
  dropped.facts.entities.push_back(source);
  EXPECT_FALSE(ArticleKeys(dropped.doc, dropped.facts, {}).one_to_one);
}

TEST(BuilderTest, AffiliatedUnnamedSourceIsKeptByDefault) {
  extract::ArticleFacts facts;
  extract::Entity officials;
  officials.type = extract::EntityType::UnnamedSource;
  officials.name = "Mexican officials";
  officials.affiliated = true;
  officials.mentions = {{0, 17}};
  facts.entities = {officials};
  extract::StatementFact st;
  st.speaker = 0;
  st.kind = extract::StatementKind::Indirect;
  st.text = "the wall will not be paid";
  st.span = {23, 48};
  st.confidence = 0.8;
  facts.statements.push_back(st);
  core::Document doc;
  doc.id = "m1";
  doc.text = "Mexican officials said the wall will not be paid.";
  KnowledgeGraph kg = build_article_graph(doc, facts);
  auto src = kg.find("unnamedsource/m1/mexican-officials");
  ASSERT_TRUE(src.has_value());
  size_t statements = 0;
  for (Vertex v : kg.sorted_nodes()) statements += kg[v].kind == NodeKind::Statement;
  EXPECT_EQ(statements, 1u);
  // Unless it made no statement that is kept.
  BuildOptions strict;
  strict.min_confidence = 0.9;
  EXPECT_FALSE(build_article_graph(doc, facts, strict).find("unnamedsource/m1/mexican-officials").has_value());
}

}  // namespace
}  // namespace newskg::graph
