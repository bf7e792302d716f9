// graph::ArticleIds: article ids made unique in input order, so that distinct
// articles never merge into one article node or one --per-article file.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "newskg/graph/builder.hpp"
#include "newskg/graph/model.hpp"

namespace newskg::graph {
namespace {

struct Case {
  std::vector<std::string> ids;       // claimed in this order
  std::vector<std::string> expected;  // ids the articles get
};

class ArticleIdsTest : public ::testing::TestWithParam<Case> {};

TEST_P(ArticleIdsTest, LaterCollisionsGetTheSmallestFreeSuffix) {
  const Case& c = GetParam();
  ArticleIds ids;
  std::vector<std::string> got;
  std::set<std::string> slugs, stems;
  for (size_t i = 0; i < c.ids.size(); ++i) {
    const ArticleIds::Claim claim = ids.claim(c.ids[i], "file" + std::to_string(i));
    got.push_back(claim.id);
    // A changed id always says why; an unchanged one never warns.
    EXPECT_EQ(claim.id != c.ids[i], !claim.conflict.empty()) << c.ids[i] << ": " << claim.conflict;
    EXPECT_TRUE(slugs.insert(slug(claim.id)).second) << "slug of " << claim.id << " twice";
    EXPECT_TRUE(stems.insert(article_file_stem(claim.id)).second) << "file of " << claim.id;
  }
  EXPECT_EQ(got, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ArticleIdsTest,
    ::testing::Values(
        Case{{"news", "other"}, {"news", "other"}},
        // Two "news.txt" from different folders.
        Case{{"news", "news", "news"}, {"news", "news-2", "news-3"}},
        // Ids that differ only in case or punctuation.
        Case{{"a b", "A B", "a-b", "a/b"}, {"a b", "a-b-2", "a-b-3", "a-b-4"}},
        Case{{"\xc3\xa9t\xc3\xa9", "ete"}, {"\xc3\xa9t\xc3\xa9", "ete-2"}},
        Case{{".", ".."}, {".", "unnamed-2"}},
        // A suffix that an earlier article already holds is skipped.
        Case{{"x", "x-2", "X"}, {"x", "x-2", "x-3"}},
        // "graph" is the corpus graph's file name.
        Case{{"graph", "Graph"}, {"graph-2", "graph-3"}}));

TEST(ArticleIdsTest, AnOverlongIdIsShortenedWithAHashAndStaysUnique) {
  ArticleIds ids;
  const std::string a(300, 'a');
  const std::string b = std::string(299, 'a') + "b";
  const ArticleIds::Claim ca = ids.claim(a, "1"), cb = ids.claim(b, "2");
  EXPECT_LE(ca.id.size(), 120u);
  EXPECT_LE(cb.id.size(), 120u);
  EXPECT_NE(ca.id, cb.id);
  EXPECT_NE(ca.conflict.find("too long"), std::string::npos);
  EXPECT_EQ(ca.id, ArticleIds().claim(a, "1").id) << "deterministic";
}

TEST(ArticleIdsTest, TheConflictNamesTheEarlierArticle) {
  ArticleIds ids;
  ids.claim("news", "d/1/news.txt");
  const ArticleIds::Claim c = ids.claim("news", "d/2/news.txt");
  EXPECT_NE(c.conflict.find("d/1/news.txt"), std::string::npos) << c.conflict;
  EXPECT_NE(c.conflict.find("news-2"), std::string::npos) << c.conflict;
}

TEST(ArticleIdsTest, AGrownGraphsArticleKeepsItsIdOnlyWhenReadAgainFromItsSource) {
  ArticleIds ids;
  ids.reserve("news", "news.txt", "Budget talks");
  ids.reserve("other", "other.txt", "Strike");
  ids.reserve("third", "third.txt", "Floods");
  const ArticleIds::Claim again = ids.claim("news", "news.txt", "Budget talks");
  EXPECT_EQ(again.id, "news");  // the same article again
  EXPECT_TRUE(again.again);
  EXPECT_EQ(ids.claim("news", "news.txt", "Budget talks").id, "news-2")
      << "twice in one run is two articles";
  EXPECT_EQ(ids.claim("third", "third.txt", "Fires").id, "third-2") << "same file name, new article";
  const ArticleIds::Claim c = ids.claim("other", "elsewhere/other.txt");
  EXPECT_EQ(c.id, "other-2");
  EXPECT_NE(c.conflict.find("other.txt"), std::string::npos) << c.conflict;
}

TEST(ArticleFileStemTest, PlainIdsStayAndOthersBecomeSlugsThatCannotLeaveTheFolder) {
  EXPECT_EQ(article_file_stem("003_0d3550a95405e0c2"), "003_0d3550a95405e0c2");
  EXPECT_EQ(article_file_stem("d01_telegraph-starmer.gifts"), "d01_telegraph-starmer.gifts");
  for (const char* hostile : {"/tmp/x/../../etc/pwn", "../../x", "..", ".", ".hidden", "a\nb",
                              "a\\b", "C:\\x", ""}) {
    const std::string stem = article_file_stem(hostile);
    EXPECT_EQ(stem.find('/'), std::string::npos) << hostile;
    EXPECT_EQ(stem.find('\\'), std::string::npos) << hostile;
    EXPECT_FALSE(stem.empty()) << hostile;
    EXPECT_NE(stem.front(), '.') << hostile;
  }
}

}  // namespace
}  // namespace newskg::graph
