// Name matching the way a person types names: tables of queries on the
// sample graph, each with the entity (or candidates) it must find.
#include "newskg/query/names.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

#include "query_test_util.hpp"

namespace newskg::query {
namespace {

struct NameCase {
  const char* typed;
  NameMatch::Status status;
  std::vector<std::string> keys;  // the one entity, or the candidates (kind, label order)
};

class NameIndexTest : public ::testing::TestWithParam<NameCase> {
 protected:
  static void SetUpTestSuite() { kg_ = new graph::KnowledgeGraph(testing::sample_graph()); }
  static void TearDownTestSuite() { delete kg_; }
  static graph::KnowledgeGraph* kg_;
};
graph::KnowledgeGraph* NameIndexTest::kg_ = nullptr;

TEST_P(NameIndexTest, FindsWhatWasMeant) {
  const NameCase& c = GetParam();
  const NameIndex index(*kg_);
  const NameMatch m = index.find(c.typed);
  EXPECT_EQ(m.status, c.status) << c.typed;
  std::vector<std::string> keys;
  for (graph::Vertex v : m.vertices) keys.push_back((*kg_)[v].key);
  EXPECT_EQ(keys, c.keys) << c.typed;
}

using S = NameMatch::Status;
INSTANTIATE_TEST_SUITE_P(
    Table, NameIndexTest,
    ::testing::Values(
        // the canonical name, in any case and spacing
        NameCase{"Pete Hegseth", S::Found, {"person/pete-hegseth"}},
        NameCase{"pete   HEGSETH", S::Found, {"person/pete-hegseth"}},
        // surname only; an alias
        NameCase{"Hegseth", S::Found, {"person/pete-hegseth"}},
        NameCase{"the Pentagon chief", S::Found, {"person/pete-hegseth"}},
        // acronyms, with or without dots, in any case
        NameCase{"Nato", S::Found, {"organization/nato"}},
        NameCase{"NATO", S::Found, {"organization/nato"}},
        NameCase{"north atlantic treaty organization", S::Found, {"organization/nato"}},
        NameCase{"US", S::Found, {"country/united-states"}},
        NameCase{"u.s.", S::Found, {"country/united-states"}},
        NameCase{"United States", S::Found, {"country/united-states"}},
        // accents and transliterations
        NameCase{"Jose Alvarez", S::Found, {"person/jose-alvarez"}},
        NameCase{"ÁLVAREZ", S::Found, {"person/jose-alvarez"}},
        NameCase{"Zelenskyy", S::Found, {"person/volodymyr-zelensky"}},
        NameCase{"Zelensky", S::Found, {"person/volodymyr-zelensky"}},
        // a middle initial may be left out; a surname means the person,
        // not the body named after them
        NameCase{"Donald Trump", S::Found, {"person/donald-trump"}},
        NameCase{"Trump", S::Found, {"person/donald-trump"}},
        // an exact name beats a longer one containing it
        NameCase{"Ukraine", S::Found, {"country/ukraine"}},
        // words inside a name, then word beginnings
        NameCase{"contact group", S::Found, {"organization/ukraine-defense-contact-group"}},
        NameCase{"Munich", S::Found, {"event/munich-security-conference"}},
        NameCase{"Zelen", S::Found, {"person/volodymyr-zelensky"}},
        NameCase{"munich sec conf", S::Found, {"event/munich-security-conference"}},
        // two people share the surname: both are offered
        NameCase{"Smith", S::Ambiguous, {"person/anna-smith", "person/john-smith"}},
        // nothing, or not an entity (articles, statements and offices are not found by name)
        NameCase{"Nobody", S::NotFound, {}},
        NameCase{"", S::NotFound, {}},
        NameCase{"...", S::NotFound, {}},
        NameCase{"Headline a1", S::NotFound, {}},
        NameCase{"Defense Secretary", S::NotFound, {}}),
    [](const ::testing::TestParamInfo<NameCase>& info) {
      // "pete   HEGSETH" -> "5_pete_HEGSETH": the index keeps names unique.
      std::string name = std::to_string(info.index) + "_";
      for (unsigned char c : std::string(info.param.typed))
        name += std::isalnum(c) ? static_cast<char>(c) : '_';
      return name;
    });

TEST(NameIndexHintTest, AnExactNameMentionsThoseWhoShareItAsASurname) {
  graph::KnowledgeGraph kg = testing::sample_graph();
  kg.upsert(testing::entity(graph::NodeKind::Person, "person/smith", "Smith"));
  const NameIndex index(kg);
  const NameMatch m = index.find("smith");
  ASSERT_EQ(m.status, NameMatch::Status::Found);
  EXPECT_EQ(kg[m.vertex()].key, "person/smith");
  std::vector<std::string> also;
  for (graph::Vertex v : m.also) also.push_back(kg[v].key);
  EXPECT_EQ(also, (std::vector<std::string>{"person/anna-smith", "person/john-smith"}));
  EXPECT_TRUE(index.find("Hegseth").also.empty());
}

TEST(MatchWordsTest, FoldsWhatPeopleDoNotType) {
  EXPECT_EQ(match_words("Volodymyr Zelenskyy"), (std::vector<std::string>{"volodymyr", "zelensky"}));
  EXPECT_EQ(match_words("Donald J. Trump"), (std::vector<std::string>{"donald", "trump"}));
  EXPECT_EQ(match_words("U.S."), (std::vector<std::string>{"us"}));
  EXPECT_EQ(match_words("X"), (std::vector<std::string>{"x"}));  // a lone letter stays
  EXPECT_EQ(match_words("Pérez-Reverte"), (std::vector<std::string>{"perez", "reverte"}));
  EXPECT_TRUE(match_words(" — ").empty());
}

}  // namespace
}  // namespace newskg::query
