// The questions over the sample graph: tables of filters with the facts
// (by key, in reading order) each must answer, and the fields of a row.
#include "newskg/query/queries.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "newskg/query/names.hpp"
#include "query_test_util.hpp"

namespace newskg::query {
namespace {

class QueriesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { kg_ = new graph::KnowledgeGraph(testing::sample_graph()); }
  static void TearDownTestSuite() { delete kg_; }

  static std::optional<graph::Vertex> who(const char* name) {
    if (name == nullptr) return std::nullopt;
    const NameMatch m = NameIndex(*kg_).find(name);
    if (m.status != NameMatch::Status::Found) throw std::logic_error(std::string("no ") + name);
    return m.vertex();
  }
  template <class Row>
  static std::vector<std::string> keys(const std::vector<Row>& rows) {
    std::vector<std::string> out;
    for (const Row& r : rows) out.push_back(r.key);
    return out;
  }
  static graph::KnowledgeGraph* kg_;
};
graph::KnowledgeGraph* QueriesTest::kg_ = nullptr;

const std::string s1 = "statement/a1/100-140", s2 = "statement/a2/10-40",
                  s3 = "statement/a1/20-60", s4 = "statement/a2/200-230";
const std::string m1 = "meeting/a1/300-340/1", m2 = "meeting/a2/50-90/1";
const std::string p1 = "position/a1/400-450/1", p2 = "position/a2/100-150/1";

TEST_F(QueriesTest, SaidFiltersBySpeakerAndTopic) {
  struct Case {
    const char* by;
    const char* about;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {nullptr, nullptr, {s3, s1, s2, s4}},  // article, then offset
      {"Hegseth", nullptr, {s1, s2}},
      {nullptr, "Ukraine", {s3, s1}},
      {"Hegseth", "Ukraine", {s1}},
      {"Hegseth", "US", {s1}},
      {nullptr, "Nato", {s3, s2}},
      {"Rutte", "United States", {}},
      {"Zelenskyy", nullptr, {s4}},
      {"Munich", nullptr, {}},
  };
  for (const Case& c : cases) {
    SaidFilter filter{who(c.by), who(c.about)};
    EXPECT_EQ(keys(said(*kg_, filter)), c.expected)
        << (c.by ? c.by : "-") << " about " << (c.about ? c.about : "-");
  }
}

TEST_F(QueriesTest, AStatementRowCarriesItsEvidence) {
  const auto rows = said(*kg_, {who("Hegseth"), who("Ukraine")});
  ASSERT_EQ(rows.size(), 1u);
  const StatementRow& r = rows[0];
  ASSERT_EQ(r.speakers.size(), 1u);
  EXPECT_EQ(r.speakers[0], (EntityRef{"person/pete-hegseth", "Pete Hegseth", "Person"}));
  EXPECT_EQ(r.kind, "direct");
  EXPECT_EQ(r.text, "We stand with Ukraine and the US");
  ASSERT_EQ(r.about.size(), 2u);  // sorted by label
  EXPECT_EQ(r.about[0].label, "Ukraine");
  EXPECT_EQ(r.about[1].label, "United States");
  EXPECT_EQ(r.from.article, "a1");
  EXPECT_EQ(r.from.date, "2025-02-12");
  EXPECT_EQ(r.from.begin, 100u);
  EXPECT_EQ(r.from.end, 140u);
  EXPECT_EQ(r.from.sentence, "He said: We stand with Ukraine and the US");
  EXPECT_EQ(r.from.sentence_begin, 95u);
  EXPECT_EQ(r.from.sentence_end, 141u);
  EXPECT_DOUBLE_EQ(r.from.confidence, 0.9);
}

TEST_F(QueriesTest, MetFindsEveryMeetingOfAPerson) {
  EXPECT_EQ(keys(met(*kg_)), (std::vector<std::string>{m1, m2}));
  EXPECT_EQ(keys(met(*kg_, who("Hegseth"))), (std::vector<std::string>{m1, m2}));
  EXPECT_EQ(keys(met(*kg_, who("Rutte"))), (std::vector<std::string>{m1}));
  EXPECT_EQ(keys(met(*kg_, who("Trump"))), (std::vector<std::string>{m2}));
  EXPECT_TRUE(met(*kg_, who("Ukraine")).empty());

  const MeetingRow r = met(*kg_, who("Trump")).at(0);
  std::vector<std::string> people;
  for (const EntityRef& p : r.participants) people.push_back(p.label);
  EXPECT_EQ(people, (std::vector<std::string>{"Donald J. Trump", "Pete Hegseth", "Volodymyr Zelenskiy"}));
  EXPECT_EQ(r.from.article, "a2");
  EXPECT_EQ(r.from.date, "");  // a2 has no date
  EXPECT_EQ(r.from.sentence, "Zelenskiy met Trump and Hegseth.");
  EXPECT_FALSE(r.from.sentence_begin.has_value());
}

TEST_F(QueriesTest, PositionsByTopicWordsAndHolder) {
  struct Case {
    const char* topic;
    const char* holder;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"", nullptr, {p1, p2}},
      {"nato", nullptr, {p1}},
      {"Ukraine", nullptr, {p1, p2}},
      {"military aid", nullptr, {p2}},
      {"membership NATO", nullptr, {p1}},    // any order
      {"member", nullptr, {p1}},             // word beginnings
      {"north atlantic", nullptr, {p1}},     // through the topic entity's alias
      {"aid nato", nullptr, {}},
      {"", "Rutte", {p2}},
      {"nato", "Rutte", {}},
  };
  for (const Case& c : cases) {
    PositionFilter filter{who(c.holder), c.topic};
    EXPECT_EQ(keys(positions(*kg_, filter)), c.expected) << c.topic;
  }
  const PositionRow r = positions(*kg_, {who("Hegseth"), ""}).at(0);
  EXPECT_EQ(r.holder.label, "Pete Hegseth");
  EXPECT_EQ(r.stance, "oppose");
  EXPECT_EQ(r.topic, "Ukraine's NATO membership");
  ASSERT_EQ(r.topic_entities.size(), 2u);
  EXPECT_EQ(r.topic_entities[0].label, "NATO");
  EXPECT_EQ(r.from.sentence, "Hegseth rejected Ukraine's NATO membership.");
}

TEST_F(QueriesTest, DescribeAPerson) {
  const EntityReport r = describe(*kg_, *who("hegseth"));
  EXPECT_EQ(r.entity.label, "Pete Hegseth");
  EXPECT_EQ(r.aliases, (std::vector<std::string>{"Hegseth", "the Pentagon chief"}));
  ASSERT_EQ(r.roles.size(), 1u);
  EXPECT_EQ(r.roles[0].title, "Defense Secretary");
  ASSERT_TRUE(r.roles[0].of.has_value());
  EXPECT_EQ(r.roles[0].of->label, "United States");
  EXPECT_EQ(keys(r.said), (std::vector<std::string>{s1, s2}));
  EXPECT_TRUE(r.said_about.empty());
  EXPECT_EQ(keys(r.meetings), (std::vector<std::string>{m1, m2}));
  EXPECT_EQ(keys(r.positions), (std::vector<std::string>{p1}));
  EXPECT_EQ(r.articles, (std::vector<std::string>{"a1", "a2"}));
}

TEST_F(QueriesTest, DescribeACountry) {
  const EntityReport r = describe(*kg_, *who("US"));
  EXPECT_EQ(r.entity.key, "country/united-states");
  ASSERT_EQ(r.roles.size(), 1u);  // an office of it, with its holder
  EXPECT_EQ(r.roles[0].holder.label, "Pete Hegseth");
  EXPECT_TRUE(r.said.empty());
  EXPECT_EQ(keys(r.said_about), (std::vector<std::string>{s1, s4}));
  EXPECT_TRUE(r.meetings.empty());

  const EntityReport ukraine = describe(*kg_, *who("Ukraine"));
  EXPECT_EQ(keys(ukraine.positions_about), (std::vector<std::string>{p1, p2}));
}

}  // namespace
}  // namespace newskg::query
