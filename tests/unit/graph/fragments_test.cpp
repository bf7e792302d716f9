// Name fragments across articles: a surname alone joins the corpus's one
// full name with that surname, never one of two, never a full name.
#include "newskg/graph/fragments.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace newskg::graph {
namespace {

NodeProps node(NodeKind kind, const std::string& key, const std::string& label) {
  NodeProps n;
  n.kind = kind;
  n.key = key;
  n.label_votes[label] = 1;
  return n;
}
NodeProps person(const std::string& key, const std::string& label) {
  return node(NodeKind::Person, key, label);
}

// fragment key -> full name key, for the persons given.
std::map<std::string, std::string> joins_of(const std::vector<NodeProps>& nodes) {
  KnowledgeGraph kg;
  for (const NodeProps& n : nodes) kg.upsert(n);
  std::map<std::string, std::string> out;
  for (const auto& [fragment, full] : fragment_joins(kg)) out[kg[fragment].key] = kg[full].key;
  return out;
}

TEST(FragmentJoinsTest, TheOneFullNameWithThatSurname) {
  using M = std::map<std::string, std::string>;
  struct Case {
    const char* what;
    std::vector<NodeProps> nodes;
    M want;
  };
  const std::vector<Case> cases = {
      {"one candidate",
       {person("p/varga", "Varga"), person("p/lena-varga", "Lena Varga")},
       M{{"p/varga", "p/lena-varga"}}},
      {"two candidates: no join",
       {person("p/varga", "Varga"), person("p/lena-varga", "Lena Varga"),
        person("p/tom-varga", "Tom Varga")},
       M{}},
      {"initials choose among them",
       {person("p/t-varga", "T Varga"), person("p/lena-varga", "Lena Varga"),
        person("p/tom-varga", "Tom Varga")},
       M{{"p/t-varga", "p/tom-varga"}}},
      {"full names never join each other",
       {person("p/lena-varga", "Lena Varga"), person("p/helena-varga", "Helena Varga")},
       M{}},
      {"a suffix is not the surname",
       {person("p/okafor", "Okafor"), person("p/jon-okafor-jr", "Jon Okafor Jr.")},
       M{{"p/okafor", "p/jon-okafor-jr"}}},
      {"a regnal number is not a surname",
       {person("p/henrik-iv", "Henrik IV"), person("p/ada-henrik", "Ada Henrik")},
       M{}},
      {"a peer's territory is not his surname",
       {person("p/dunmore", "Dunmore"), person("p/keller-of-dunmore", "Keller of Dunmore")},
       M{}},
      {"a word that is someone's given name stays alone",
       {person("p/harlan", "Harlan"), person("p/ray-harlan", "Ray Harlan"),
        person("p/harlan-oduya", "Harlan Oduya")},
       M{}},
      {"only persons",
       {node(NodeKind::Organization, "o/varga", "Varga"), person("p/lena-varga", "Lena Varga")},
       M{}},
      {"initials need as many first names",
       {person("p/m-a-varga", "M. A. Varga"), person("p/mark-varga", "Mark Varga"),
        person("p/mark-anton-varga", "Mark Anton Varga"), person("p/mia-varga", "Mia Varga")},
       M{{"p/m-a-varga", "p/mark-anton-varga"}}},
      {"initials join although the surname is someone's given name",
       {person("p/t-harlan", "T Harlan"), person("p/tom-harlan", "Tom Harlan"),
        person("p/harlan-oduya", "Harlan Oduya"), person("p/harlan", "Harlan")},
       M{{"p/t-harlan", "p/tom-harlan"}}},
      {"each fragment on its own",
       {person("p/varga", "Varga"), person("p/okafor", "Okafor"),
        person("p/lena-varga", "Lena Varga"), person("p/jon-okafor", "Jon Okafor"),
        person("p/zeller", "Zeller")},
       M{{"p/varga", "p/lena-varga"}, {"p/okafor", "p/jon-okafor"}}},
      {"accents and case are the same name",
       {person("p/muller", "MÜLLER"), person("p/ines-muller", "Ines Müller")},
       M{{"p/muller", "p/ines-muller"}}},
  };
  for (const Case& c : cases) EXPECT_EQ(joins_of(c.nodes), c.want) << c.what;
}

TEST(FragmentJoinsTest, FoldingMovesTheFragmentsFactsToTheFullName) {
  KnowledgeGraph kg;
  const Vertex fragment = kg.upsert(person("person/varga", "Varga"));
  const Vertex full = kg.upsert(person("person/lena-varga", "Lena Varga"));
  NodeProps st = node(NodeKind::Statement, "statement/a1/10-40", "We will win.");
  const Vertex s1 = kg.upsert(st);
  st.key = "statement/a2/5-30";
  const Vertex s2 = kg.upsert(st);
  kg.link(fragment, Relation::Said, s1);
  kg.link(full, Relation::Said, s2);
  kg.link(fragment, Relation::Met, full);  // the same person: no meeting

  KnowledgeGraph folded;
  fold_fragments(kg, folded);
  EXPECT_FALSE(folded.find("person/varga"));
  const auto v = folded.find("person/lena-varga");
  ASSERT_TRUE(v);
  EXPECT_EQ(folded[*v].label, "Lena Varga");
  EXPECT_EQ(folded[*v].aliases.count("Varga"), 1u);
  size_t said = 0, met = 0;
  for (auto e : boost::make_iterator_range(boost::out_edges(*v, folded.graph()))) {
    said += folded.graph()[e].relation == Relation::Said;
    met += folded.graph()[e].relation == Relation::Met;
  }
  EXPECT_EQ(said, 2u);
  EXPECT_EQ(met, 0u);
  EXPECT_EQ(folded.num_nodes(), 3u);
}

}  // namespace
}  // namespace newskg::graph
