#include "newskg/graph/model.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace newskg::graph {
namespace {

NodeProps person(const std::string& key, const std::string& label) {
  NodeProps n;
  n.kind = NodeKind::Person;
  n.key = key;
  n.label_votes[label] = 1;
  return n;
}

TEST(KnowledgeGraphTest, UpsertMergesBySameKey) {
  KnowledgeGraph kg;
  Vertex a = kg.upsert(person("person/pete-hegseth", "Pete Hegseth"));
  NodeProps again = person("person/pete-hegseth", "Pete Hegseth");
  again.aliases["Hegseth"] = 1;
  Vertex b = kg.upsert(again);
  EXPECT_EQ(a, b);
  EXPECT_EQ(kg.num_nodes(), 1u);
  EXPECT_EQ(kg[a].label, "Pete Hegseth");
  EXPECT_EQ(kg[a].aliases.count("Hegseth"), 1u);
}

TEST(KnowledgeGraphTest, LexiconNameThenFullestFormWhateverTheMergeOrder) {
  auto build = [](bool reverse) {
    KnowledgeGraph kg;
    NodeProps fixed = person("organization/nato", "NATO");
    fixed.label_votes["NATO"] = kFixedLabel;
    std::vector<NodeProps> nodes = {person("organization/nato", "Nato"), fixed,
                                    person("organization/nato", "North Atlantic Treaty Organization")};
    if (reverse) std::reverse(nodes.begin(), nodes.end());
    for (auto& n : nodes) kg.upsert(n);
    return kg[*kg.find("organization/nato")];
  };
  EXPECT_EQ(build(false).label, "NATO");
  EXPECT_EQ(build(true).label, "NATO");
  EXPECT_EQ(build(false).aliases, build(true).aliases);
  EXPECT_EQ(build(true).aliases.count("Nato"), 1u);
  EXPECT_EQ(build(true).aliases.count("North Atlantic Treaty Organization"), 1u);
}

TEST(KnowledgeGraphTest, FullestNameLabelsAPerson) {
  KnowledgeGraph kg;
  kg.upsert(person("person/donald-trump", "Donald Trump"));
  kg.upsert(person("person/donald-trump", "Donald J. Trump"));
  kg.upsert(person("person/donald-trump", "Donald Trump"));
  EXPECT_EQ(kg[*kg.find("person/donald-trump")].label, "Donald J. Trump");
}

TEST(KnowledgeGraphTest, MetIsStoredOnceWhicheverWayItIsSaid) {
  KnowledgeGraph kg;
  Vertex a = kg.upsert(person("person/a", "A"));
  Vertex b = kg.upsert(person("person/b", "B"));
  kg.link(b, Relation::Met, a, {{"x", 1, 2}});
  kg.link(a, Relation::Met, b, {{"y", 3, 4}});
  ASSERT_EQ(kg.num_edges(), 1u);
  auto edges = kg.sorted_edges();
  EXPECT_EQ(kg[edges[0].from].key, "person/a");
  EXPECT_EQ(edges[0].props->evidence.size(), 2u);
}

TEST(KnowledgeGraphTest, MergeIsOrderIndependent) {
  KnowledgeGraph x, y;
  Vertex xa = x.upsert(person("person/a", "A"));
  Vertex xs = x.upsert(person("statement/s1", "s1"));
  x.link(xa, Relation::Said, xs);
  Vertex yb = y.upsert(person("person/b", "B"));
  Vertex ya = y.upsert(person("person/a", "Al"));
  y.link(ya, Relation::Met, yb);
  KnowledgeGraph xy = x, yx = y;
  xy.merge(y);
  yx.merge(x);
  auto keys = [](const KnowledgeGraph& kg) {
    std::vector<std::string> out;
    for (Vertex v : kg.sorted_nodes()) out.push_back(kg[v].key + "=" + kg[v].label);
    for (const auto& e : kg.sorted_edges())
      out.push_back(kg[e.from].key + std::string(to_string(e.props->relation)) + kg[e.to].key);
    return out;
  };
  EXPECT_EQ(keys(xy), keys(yx));
  EXPECT_EQ(xy.num_nodes(), 3u);
  EXPECT_EQ(xy.num_edges(), 2u);
}

// sorted_nodes() compares the keys' first 16 bytes as numbers first: the
// order is still the keys' byte order, for keys that differ inside, at and
// past those 16 bytes, keys that are prefixes of others, and bytes >= 0x80.
TEST(KnowledgeGraphTest, SortedNodesAreInKeyByteOrder) {
  std::vector<std::string> keys = {"person/abcdefghij",  "person/abcdefghi",
                                   "person/abcdefghik",  "person/abcdefghijz",
                                   "person/abcdefghija", "person/abcdefgh",
                                   "person/\xc3\xa9mile", "person/zoe",
                                   "organization/un",    "p",
                                   "person/abcdefghij-b", "person/abcdefghij-a",
                                   "person/"};
  KnowledgeGraph kg;
  for (const std::string& k : keys) kg.upsert(person(k, "x"));
  std::vector<std::string> got;
  for (Vertex v : kg.sorted_nodes()) got.push_back(kg[v].key);
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(got, keys);
}

TEST(KnowledgeGraphTest, CopiesAndMovesKeepWorkingEdgeIndexes) {
  KnowledgeGraph a;
  Vertex x = a.upsert(person("person/a", "A"));
  Vertex y = a.upsert(person("person/b", "B"));
  a.link(x, Relation::Met, y, {{"art", 1, 2}});
  KnowledgeGraph copy = a;
  KnowledgeGraph moved = std::move(a);
  uint32_t at = 3;
  for (KnowledgeGraph* g : {&copy, &moved}) {
    // Linking the same edge again must find the existing one in this graph.
    g->link(*g->find("person/a"), Relation::Met, *g->find("person/b"), {{"art2", at, at + 1}});
    at += 10;
    ASSERT_EQ(g->num_edges(), 1u);
    EXPECT_EQ(g->sorted_edges()[0].props->evidence.size(), 2u);
  }
  KnowledgeGraph assigned;
  assigned = copy;
  assigned.merge(moved);
  EXPECT_EQ(assigned.num_edges(), 1u);
  EXPECT_EQ(assigned.sorted_edges()[0].props->evidence.size(), 3u);
}

// Evidence gathered one article at a time, a few at a time, in any order,
// unsorted and with repeats: always the sorted union without repeats, merged
// as it comes or (deferred) sorted once at the end.
class EvidenceUnionTest : public ::testing::TestWithParam<bool> {};

TEST_P(EvidenceUnionTest, EvidenceIsTheSortedUnionOfEverythingLinked) {
  const bool deferred = GetParam();
  uint64_t x = 12345;
  auto next = [&x](uint64_t n) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    return (x >> 33) % n;
  };
  for (int round = 0; round < 100; ++round) {
    KnowledgeGraph kg;
    if (deferred) kg.defer_evidence();
    NodeProps a, b;
    a.key = "person/a";
    b.key = "office/b";
    b.kind = NodeKind::Office;
    const Vertex va = kg.upsert(a), vb = kg.upsert(b);
    std::vector<Evidence> all;
    for (int batch = 0; batch < 30; ++batch) {
      std::vector<Evidence> more;
      for (uint64_t k = 0, n = next(4); k < n; ++k)
        more.push_back({"article-" + std::to_string(next(12)), static_cast<uint32_t>(next(3)),
                        static_cast<uint32_t>(next(3))});
      all.insert(all.end(), more.begin(), more.end());
      kg.link(va, Relation::HoldsOffice, vb, more);
      NodeProps again = b;
      again.evidence = more;
      kg.upsert(again);
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    if (deferred) kg.finish_evidence();
    const auto edges = kg.sorted_edges();
    ASSERT_EQ(edges.size(), 1u);
    EXPECT_EQ(edges[0].props->evidence, all) << "round " << round;
    EXPECT_EQ(kg[vb].evidence, all) << "round " << round;
  }
}

INSTANTIATE_TEST_SUITE_P(MergedOrDeferred, EvidenceUnionTest, ::testing::Bool());

TEST(SlugTest, MakesPlainAsciiIriParts) {
  EXPECT_EQ(slug("Pete Hegseth"), "pete-hegseth");
  EXPECT_EQ(slug("Défense & Co."), "defense-and-co");
  EXPECT_EQ(slug("U.S."), "us");
  EXPECT_EQ(slug("..."), "unnamed");
}

}  // namespace
}  // namespace newskg::graph
