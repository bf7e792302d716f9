#include "newskg/query/names.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

#include "newskg/core/unicode.hpp"

namespace newskg::query {
namespace {

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Whether `query` occurs in `words` as a contiguous run; with `prefix`, each
// query word need only begin its word ("zelensk" in "volodymyr zelensky").
bool contains_run(const std::vector<std::string>& words, const std::vector<std::string>& query,
                  bool prefix) {
  if (query.empty() || query.size() > words.size()) return false;
  for (size_t start = 0; start + query.size() <= words.size(); ++start) {
    bool all = true;
    for (size_t i = 0; i < query.size() && all; ++i) {
      const std::string& w = words[start + i];
      all = prefix ? w.compare(0, query[i].size(), query[i]) == 0 : w == query[i];
    }
    if (all) return true;
  }
  return false;
}

bool ends_with_run(const std::vector<std::string>& words, const std::vector<std::string>& query) {
  if (query.empty() || query.size() > words.size()) return false;
  return std::equal(query.begin(), query.end(), words.end() - static_cast<long>(query.size()));
}

}  // namespace

std::vector<std::string> match_words(std::string_view name) {
  const std::string key = core::name_key(name);
  std::vector<std::string> words;
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    std::string w = key.substr(start, end - start);
    start = end + 1;
    // Transliterations of one Cyrillic name differ in the ending:
    // "Zelenskyy", "Zelenskiy", "Zelensky" -> "zelensky".
    for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"yy", "y"},
                            {"iy", "y"},
                            {"ii", "i"}}) {
      if (w.size() > from.size() + 2 && ends_with(w, from)) {
        w = w.substr(0, w.size() - from.size()) + std::string(to);
        break;
      }
    }
    words.push_back(std::move(w));
  }
  // A middle initial is left out, so "Donald Trump" finds "Donald J. Trump".
  if (words.size() > 1)
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](const std::string& w) { return w.size() == 1; }),
                words.end());
  return words;
}

NameIndex::NameIndex(const graph::KnowledgeGraph& kg) : kg_(kg) {
  for (graph::Vertex v : kg.sorted_nodes()) {
    const graph::NodeProps& n = kg[v];
    if (!graph::is_entity(n.kind)) continue;
    auto add = [&](const std::string& form, bool is_label) {
      std::vector<std::string> words = match_words(form);
      if (words.empty()) return;
      by_key_[join(words)].push_back(forms_.size());
      forms_.push_back(Form{v, std::move(words), is_label});
    };
    add(n.label, true);
    for (const auto& [alias, count] : n.aliases) add(alias, false);
  }
}

NameMatch NameIndex::find(std::string_view name) const {
  const std::vector<std::string> query = match_words(name);
  NameMatch match;
  if (query.empty()) return match;
  const std::string key = join(query);

  // The tiers, best first; each is a test on one form of an entity.
  const std::vector<std::function<bool(const Form&)>> tiers = {
      // 1. the canonical name ("nato" = "NATO")
      [&](const Form& f) { return f.is_label && join(f.words) == key; },
      // 2. any alias ("us" = "U.S.")
      [&](const Form& f) { return join(f.words) == key; },
      // 3. a person's surname, or last names ("hegseth", "j trump")
      [&](const Form& f) {
        return kg_[f.vertex].kind == graph::NodeKind::Person && ends_with_run(f.words, query);
      },
      // 4. whole words anywhere in the name ("contact group")
      [&](const Form& f) { return contains_run(f.words, query, false); },
      // 5. word beginnings ("zelen", "def intel")
      [&](const Form& f) { return contains_run(f.words, query, true); },
  };
  auto by_kind_and_label = [&](graph::Vertex a, graph::Vertex b) {
    return std::tie(kg_[a].kind, kg_[a].label, kg_[a].key) <
           std::tie(kg_[b].kind, kg_[b].label, kg_[b].key);
  };
  for (size_t tier = 0; tier < tiers.size(); ++tier) {
    std::set<graph::Vertex> found;
    if (tier < 2) {
      auto it = by_key_.find(key);
      if (it != by_key_.end())
        for (size_t i : it->second)
          if (tiers[tier](forms_[i])) found.insert(forms_[i].vertex);
    } else {
      for (const Form& f : forms_)
        if (tiers[tier](f)) found.insert(f.vertex);
    }
    if (found.empty()) continue;
    match.vertices.assign(found.begin(), found.end());
    std::sort(match.vertices.begin(), match.vertices.end(), by_kind_and_label);
    if (tier < 2) {
      std::set<graph::Vertex> also;
      for (const Form& f : forms_)
        if (!found.count(f.vertex) && tiers[2](f)) also.insert(f.vertex);
      match.also.assign(also.begin(), also.end());
      std::sort(match.also.begin(), match.also.end(), by_kind_and_label);
    }
    match.status = match.vertices.size() == 1 ? NameMatch::Status::Found
                                              : NameMatch::Status::Ambiguous;
    return match;
  }
  return match;
}

}  // namespace newskg::query
