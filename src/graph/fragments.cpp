#include "newskg/graph/fragments.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/core/bytes.hpp"
#include "newskg/core/unicode.hpp"

namespace newskg::graph {
namespace {

// "Tony Blair" -> {"tony", "blair"} (the words of its name_key, viewed in
// `key`); generational suffixes are not the surname:
// "Martin Luther King Jr." -> {"martin", "luther", "king"}.
void name_words(std::string_view key, std::vector<std::string_view>& words) {
  words.clear();
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
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
    const std::string_view w = words.back();
    if (w != "jr" && w != "sr" && w != "ii" && w != "iii" && w != "iv") break;
    words.pop_back();
    if (words.size() == 1) words.clear();  // "Richard III" is no surname
  }
}

bool is_initial(std::string_view w) { return w.size() == 1 && w[0] >= 'a' && w[0] <= 'z'; }

// A fragment: a surname alone, or initials then a surname ("m blair").
// A full name: a given name (not an initial) and a surname, at least.
enum class Shape { Other, Fragment, Full };
Shape shape_of(const std::vector<std::string_view>& words) {
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
  // Every full name's and fragment's words, kept as spans of one text of
  // their keys, and looked up in one flat table: the entity table's 5,600
  // persons took a vector of strings each and two node-based maps, at the
  // end of every build (11M instructions for the BBC folder).
  struct Name {
    Vertex v;
    uint32_t first, count;  // its words: spans[first, first + count)
  };
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // (offset in text, bytes)
  std::vector<Name> full, fragments;                 // in vertex order
  std::vector<std::string_view> words;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (g[v].kind != NodeKind::Person) continue;
    const std::string key = core::name_key(g[v].label);
    name_words(key, words);
    const Shape shape = shape_of(words);
    if (shape == Shape::Other) continue;
    const Name name{v, static_cast<uint32_t>(spans.size()), static_cast<uint32_t>(words.size())};
    for (std::string_view w : words)
      spans.emplace_back(static_cast<uint32_t>(text.size() + (w.data() - key.data())),
                         static_cast<uint32_t>(w.size()));
    text += key;
    (shape == Shape::Full ? full : fragments).push_back(name);
  }
  const std::string_view all = text;
  auto word = [&](const Name& n, size_t i) {
    const auto [at, size] = spans[n.first + i];
    return all.substr(at, size);
  };
  // The full names' words, hashed once into an open-addressing table: a
  // surname's full names in vertex order (a list through `next`), and
  // whether it is also the first name of some full name: "Harry" alone may
  // be Harry Kane as well as Dirty Harry, so a word that begins some full
  // name never joins alone.
  struct Word {
    std::string_view text;
    uint64_t hash = 0;  // 0: an empty slot
    uint32_t first = UINT32_MAX, last = UINT32_MAX;  // full names with it as surname
    bool given = false;
  };
  size_t slots = 16;
  while (slots < 4 * full.size()) slots *= 2;
  std::vector<Word> table(slots);
  auto slot = [&](std::string_view w) -> Word& {
    const uint64_t h = core::hash_words(w) | 1;
    for (size_t i = h & (slots - 1);; i = (i + 1) & (slots - 1)) {
      Word& e = table[i];
      if (e.hash == 0) {
        e.text = w;
        e.hash = h;
        return e;
      }
      if (e.hash == h && e.text == w) return e;
    }
  };
  auto find = [&](std::string_view w) -> const Word* {
    const uint64_t h = core::hash_words(w) | 1;
    for (size_t i = h & (slots - 1);; i = (i + 1) & (slots - 1)) {
      const Word& e = table[i];
      if (e.hash == 0) return nullptr;
      if (e.hash == h && e.text == w) return &e;
    }
  };
  std::vector<uint32_t> next(full.size(), UINT32_MAX);
  for (uint32_t k = 0; k < full.size(); ++k) {
    slot(word(full[k], 0)).given = true;
    Word& e = slot(word(full[k], full[k].count - 1));
    if (e.first == UINT32_MAX)
      e.first = k;
    else
      next[e.last] = k;
    e.last = k;
  }

  std::vector<std::pair<Vertex, Vertex>> joins;
  for (const Name& f : fragments) {
    const Word* e = find(word(f, f.count - 1));
    if (e == nullptr || e->first == UINT32_MAX || (f.count == 1 && e->given)) continue;
    // Initials must be those of the full name's first names, in order:
    // "m blair" fits "mark blair" and "mark a blair", not "tony blair".
    Vertex only = f.v;
    size_t fits = 0;
    for (uint32_t k = e->first; k != UINT32_MAX; k = next[k]) {
      const Name& candidate = full[k];
      if (f.count > 1) {
        if (candidate.count < f.count) continue;
        bool same = true;
        for (size_t i = 0; i + 1 < f.count; ++i)
          same = same && word(candidate, i)[0] == word(f, i)[0];
        if (!same) continue;
      }
      only = candidate.v;
      if (++fits > 1) break;
    }
    if (fits == 1) joins.emplace_back(f.v, only);
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
