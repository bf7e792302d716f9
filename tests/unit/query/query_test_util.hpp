#pragma once
// A small hand-built corpus graph for the query tests: two articles, people
// with aliases, accents and a shared surname, statements, meetings,
// positions and an office, shaped like the builder's output.
#include <stdexcept>
#include <string>
#include <vector>

#include "newskg/graph/model.hpp"

namespace newskg::query::testing {

struct Link {
  std::string from;
  graph::Relation relation;
  std::string to;
};

inline graph::NodeProps entity(graph::NodeKind kind, std::string key, std::string label,
                               std::vector<std::string> aliases = {}) {
  graph::NodeProps n;
  n.kind = kind;
  n.key = std::move(key);
  n.label = std::move(label);
  for (auto& a : aliases) n.aliases[a] = 1;
  return n;
}

inline graph::NodeProps article(std::string id, std::string date) {
  graph::NodeProps n = entity(graph::NodeKind::Article, "article/" + id, "Headline " + id);
  n.attrs = {{"id", {id}}};
  if (!date.empty()) n.attrs["date"] = {date};
  return n;
}

// statement/<article>/<begin>-<end>, its sentence starting 5 before it.
inline graph::NodeProps statement(const std::string& article, uint32_t begin, uint32_t end,
                                  std::string kind, std::string text) {
  graph::NodeProps n;
  n.kind = graph::NodeKind::Statement;
  n.key = "statement/" + article + "/" + std::to_string(begin) + "-" + std::to_string(end);
  n.label = text;
  n.attrs = {{"text", {text}},
             {"kind", {kind}},
             {"article", {article}},
             {"sentence", {"He said: " + text}},
             {"sentenceBegin", {std::to_string(begin - 5)}},
             {"sentenceEnd", {std::to_string(end + 1)}},
             {"confidence", {"0.90"}}};
  n.evidence = {{article, begin, end}};
  n.confidence = 0.9;
  return n;
}

inline graph::NodeProps fact(graph::NodeKind kind, const std::string& key,
                             const std::string& article, uint32_t begin, uint32_t end,
                             std::string label, std::string sentence) {
  graph::NodeProps n;
  n.kind = kind;
  n.key = key;
  n.label = std::move(label);
  n.attrs = {{"article", {article}}, {"sentence", {std::move(sentence)}}};
  n.evidence = {{article, begin, end}};
  return n;
}

inline graph::KnowledgeGraph build(const std::vector<graph::NodeProps>& nodes,
                                   const std::vector<Link>& links) {
  graph::KnowledgeGraph kg;
  for (const auto& n : nodes) kg.upsert(n);
  for (const auto& l : links) {
    auto from = kg.find(l.from), to = kg.find(l.to);
    if (!from || !to) throw std::logic_error("link to a missing node: " + l.from + " " + l.to);
    kg.link(*from, l.relation, *to);
  }
  return kg;
}

inline graph::KnowledgeGraph sample_graph() {
  using graph::NodeKind;
  using R = graph::Relation;
  std::vector<graph::NodeProps> nodes = {
      entity(NodeKind::Person, "person/pete-hegseth", "Pete Hegseth",
             {"Hegseth", "the Pentagon chief"}),
      entity(NodeKind::Person, "person/mark-rutte", "Mark Rutte", {"Rutte"}),
      entity(NodeKind::Person, "person/volodymyr-zelensky", "Volodymyr Zelenskiy", {"Zelensky"}),
      entity(NodeKind::Person, "person/donald-trump", "Donald J. Trump"),
      entity(NodeKind::Person, "person/jose-alvarez", "José Álvarez"),
      entity(NodeKind::Person, "person/anna-smith", "Anna Smith"),
      entity(NodeKind::Person, "person/john-smith", "John Smith"),
      entity(NodeKind::Country, "country/ukraine", "Ukraine"),
      entity(NodeKind::Country, "country/united-states", "United States", {"US", "U.S."}),
      entity(NodeKind::Organization, "organization/nato", "NATO",
             {"North Atlantic Treaty Organization", "Nato"}),
      entity(NodeKind::Organization, "organization/ukraine-defense-contact-group",
             "Ukraine Defense Contact Group"),
      entity(NodeKind::Organization, "organization/trump-administration", "Trump administration"),
      entity(NodeKind::Event, "event/munich-security-conference", "Munich Security Conference"),
      article("a1", "2025-02-12"),
      article("a2", ""),
      statement("a1", 100, 140, "direct", "We stand with Ukraine and the US"),
      statement("a2", 10, 40, "indirect", "NATO must spend more"),
      statement("a1", 20, 60, "direct", "Ukraine will be in NATO"),
      statement("a2", 200, 230, "indirect", "the US should help"),
      fact(NodeKind::Meeting, "meeting/a1/300-340/1", "a1", 300, 340, "Pete Hegseth – Mark Rutte",
           "Hegseth met Rutte in Brussels."),
      fact(NodeKind::Meeting, "meeting/a2/50-90/1", "a2", 50, 90, "three-way",
           "Zelenskiy met Trump and Hegseth."),
      fact(NodeKind::Position, "position/a1/400-450/1", "a1", 400, 450, "Ukraine's NATO membership",
           "Hegseth rejected Ukraine's NATO membership."),
      fact(NodeKind::Position, "position/a2/100-150/1", "a2", 100, 150, "military aid to Ukraine",
           "Rutte backed military aid to Ukraine."),
      entity(NodeKind::Office, "office/defense-secretary/country/united-states",
             "Defense Secretary (United States)"),
  };
  for (auto& n : nodes) {
    if (n.kind == NodeKind::Position) {
      n.attrs["topic"] = {n.label};
      n.attrs["stance"] = {n.key == "position/a1/400-450/1" ? "oppose" : "support"};
    }
    if (n.kind == NodeKind::Office) n.attrs["title"] = {"Defense Secretary"};
  }
  const std::string s1 = "statement/a1/100-140", s2 = "statement/a2/10-40",
                    s3 = "statement/a1/20-60", s4 = "statement/a2/200-230";
  std::vector<Link> links = {
      {"person/pete-hegseth", R::Said, s1},
      {s1, R::About, "country/ukraine"},
      {s1, R::About, "country/united-states"},
      {s1, R::FromArticle, "article/a1"},
      {"person/pete-hegseth", R::Said, s2},
      {s2, R::About, "organization/nato"},
      {s2, R::FromArticle, "article/a2"},
      {"person/mark-rutte", R::Said, s3},
      {s3, R::About, "country/ukraine"},
      {s3, R::About, "organization/nato"},
      {s3, R::FromArticle, "article/a1"},
      {"person/volodymyr-zelensky", R::Said, s4},
      {s4, R::About, "country/united-states"},
      {s4, R::FromArticle, "article/a2"},
      {"meeting/a1/300-340/1", R::Participant, "person/pete-hegseth"},
      {"meeting/a1/300-340/1", R::Participant, "person/mark-rutte"},
      {"meeting/a1/300-340/1", R::FromArticle, "article/a1"},
      {"meeting/a2/50-90/1", R::Participant, "person/volodymyr-zelensky"},
      {"meeting/a2/50-90/1", R::Participant, "person/donald-trump"},
      {"meeting/a2/50-90/1", R::Participant, "person/pete-hegseth"},
      {"meeting/a2/50-90/1", R::FromArticle, "article/a2"},
      {"person/mark-rutte", R::Met, "person/pete-hegseth"},
      {"position/a1/400-450/1", R::Holder, "person/pete-hegseth"},
      {"position/a1/400-450/1", R::TopicEntity, "country/ukraine"},
      {"position/a1/400-450/1", R::TopicEntity, "organization/nato"},
      {"position/a1/400-450/1", R::FromArticle, "article/a1"},
      {"position/a2/100-150/1", R::Holder, "person/mark-rutte"},
      {"position/a2/100-150/1", R::TopicEntity, "country/ukraine"},
      {"position/a2/100-150/1", R::FromArticle, "article/a2"},
      {"person/pete-hegseth", R::HoldsOffice, "office/defense-secretary/country/united-states"},
      {"office/defense-secretary/country/united-states", R::OfficeOf, "country/united-states"},
      {"article/a1", R::Mentions, "person/pete-hegseth"},
      {"article/a2", R::Mentions, "person/pete-hegseth"},
      {"article/a1", R::Mentions, "country/ukraine"},
  };
  return build(nodes, links);
}

}  // namespace newskg::query::testing
