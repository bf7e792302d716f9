#include "newskg/graph/fragments.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "newskg/core/unicode.hpp"

namespace newskg::graph {
namespace {

// "Tony Blair" -> {"tony", "blair"}; generational suffixes are not the
// surname: "Martin Luther King Jr." -> {"martin", "luther", "king"}.
std::vector<std::string> name_words(std::string_view label) {
  std::vector<std::string> words;
  const std::string key = core::name_key(label);
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string::npos) j = key.size();
    if (j > i) words.push_back(key.substr(i, j - i));
    i = j + 1;
  }
  // A peer's territorial title is no surname: "Callaghan of Cardiff" is a
  // Callaghan, never "Cardiff"; "Faulkner of Worcester" is no fragment.
  if (auto of = std::find(words.begin(), words.end(), "of"); of != words.end()) {
    words.erase(of, words.end());
    if (words.size() < 2) words.clear();
  }
  while (words.size() > 1) {
    const std::string& w = words.back();
    if (w != "jr" && w != "sr" && w != "ii" && w != "iii" && w != "iv") break;
    words.pop_back();
    if (words.size() == 1) words.clear();  // "Richard III" is no surname
  }
  return words;
}

bool is_initial(const std::string& w) { return w.size() == 1 && w[0] >= 'a' && w[0] <= 'z'; }

// A fragment: a surname alone, or initials then a surname ("m blair").
// A full name: a given name (not an initial) and a surname, at least.
enum class Shape { Other, Fragment, Full };
Shape shape_of(const std::vector<std::string>& words) {
  if (words.empty() || words.back().size() < 2 || is_initial(words.back())) return Shape::Other;
  if (words.size() == 1) return Shape::Fragment;
  bool all_initials = true;
  for (size_t i = 0; i + 1 < words.size(); ++i) all_initials = all_initials && is_initial(words[i]);
  if (all_initials) return Shape::Fragment;
  return words.front().size() > 1 ? Shape::Full : Shape::Other;
}

}  // namespace

std::vector<std::pair<Vertex, Vertex>> fragment_joins(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  // Surname -> the full names that end with it, in vertex order.
  std::unordered_map<std::string, std::vector<Vertex>> full_by_surname;
  // First names of the full names: "Harry" alone may be Harry Kane as well
  // as Dirty Harry, so a word that begins some full name never joins alone.
  std::unordered_set<std::string> given;
  std::vector<std::pair<Vertex, std::vector<std::string>>> fragments;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (g[v].kind != NodeKind::Person) continue;
    std::vector<std::string> words = name_words(g[v].label);
    switch (shape_of(words)) {
      case Shape::Full:
        given.insert(words.front());
        full_by_surname[words.back()].push_back(v);
        break;
      case Shape::Fragment:
        fragments.emplace_back(v, std::move(words));
        break;
      case Shape::Other:
        break;
    }
  }
  std::vector<std::pair<Vertex, Vertex>> joins;
  for (const auto& [v, words] : fragments) {
    auto it = full_by_surname.find(words.back());
    if (it == full_by_surname.end() || (words.size() == 1 && given.count(words.back()))) continue;
    // Initials must be those of the full name's first names, in order:
    // "m blair" fits "mark blair" and "mark a blair", not "tony blair".
    Vertex only = v;
    size_t fits = 0;
    for (Vertex full : it->second) {
      if (words.size() > 1) {
        const std::vector<std::string> names = name_words(g[full].label);
        if (names.size() < words.size()) continue;
        bool same = true;
        for (size_t i = 0; i + 1 < words.size(); ++i) same = same && names[i][0] == words[i][0];
        if (!same) continue;
      }
      only = full;
      if (++fits > 1) break;
    }
    if (fits == 1) joins.emplace_back(v, only);
  }
  return joins;
}

void fold_fragments(const KnowledgeGraph& kg, KnowledgeGraph& into) {
  const Graph& g = kg.graph();
  std::vector<Vertex> target(boost::num_vertices(g));
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) target[v] = v;
  for (const auto& [fragment, full] : fragment_joins(kg)) target[fragment] = full;
  // Nodes first (a fragment under its full name's key: upsert merges the
  // two, its names as aliases), then every edge between the new vertices.
  std::vector<Vertex> mapped(boost::num_vertices(g));
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (target[v] != v) continue;
    mapped[v] = into.upsert(g[v]);
  }
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (target[v] == v) continue;
    NodeProps folded = g[v];
    folded.key = g[target[v]].key;
    for (const auto& [label, votes] : folded.label_votes) folded.aliases[label] += votes;
    folded.aliases[folded.label] += 0;
    folded.label_votes.clear();
    folded.label.clear();
    mapped[v] = into.upsert(std::move(folded));
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    const Vertex from = mapped[boost::source(e, g)], to = mapped[boost::target(e, g)];
    if (from == to) continue;  // "Blair met Tony Blair" is no meeting
    into.link(from, p.relation, to, p.evidence, p.confidence);
  }
}

}  // namespace newskg::graph
