#pragma once
// Finding an entity by the name a person types: case- and accent-insensitive
// (core::name_key), by canonical name or any alias, by surname alone, and
// across the usual transliteration variants:
//   "hegseth"     -> Pete Hegseth   (surname)
//   "Nato"        -> NATO           (case)
//   "US"          -> United States  (alias)
//   "Zelenskyy"   -> Volodymyr Zelenskiy (-yy/-iy endings fold alike)
// Matching goes in tiers and stops at the first tier that matches anything,
// so an exact name is never reported as ambiguous with a longer one that
// merely contains it ("Ukraine" is the country, not the Ukraine Defense
// Contact Group).
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newskg/graph/model.hpp"

namespace newskg::query {

struct NameMatch {
  enum class Status { Found, NotFound, Ambiguous };
  Status status = Status::NotFound;
  // Found: the one entity. Ambiguous: every candidate of the best tier,
  // sorted by kind then label.
  std::vector<graph::Vertex> vertices;
  // Found by an exact name or alias: the people who merely share it as a
  // surname, worth a hint ("Brown" is a person of its own, and also the
  // surname of Gordon Brown).
  std::vector<graph::Vertex> also;

  graph::Vertex vertex() const { return vertices.front(); }
};

// Name lookup over the entities (Person, Organization, Country, Event) of a
// graph. Built once per graph; the graph must outlive it.
class NameIndex {
 public:
  explicit NameIndex(const graph::KnowledgeGraph& kg);
  NameMatch find(std::string_view name) const;

 private:
  struct Form {
    graph::Vertex vertex;
    std::vector<std::string> words;  // match_words() of the label or alias
    bool is_label = false;
  };
  const graph::KnowledgeGraph& kg_;
  std::vector<Form> forms_;
  std::unordered_map<std::string, std::vector<size_t>> by_key_;  // joined words -> forms_
};

// Words of a name for matching: name_key, then transliteration endings
// folded ("zelenskyy", "zelenskiy" -> "zelensky"). Exposed for tests.
std::vector<std::string> match_words(std::string_view name);

}  // namespace newskg::query
