// Robustness and coverage report over a whole corpus (default: the BBC
// folder in ../shared/corpus/bbc): articles, read errors, statements,
// the share of quotations with a resolved speaker, and the 20 most frequent
// node labels per type, to eyeball for junk.
//
//   build/bench/corpus_report [FOLDER...]
#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>

#include "newskg/extract/extractor.hpp"
#include "newskg/graph/builder.hpp"
#include "newskg/ingest/reader.hpp"

int main(int argc, char** argv) {
  using namespace newskg;
  std::vector<std::string> inputs(argv + 1, argv + argc);
  if (inputs.empty()) inputs.push_back(NEWSKG_SOURCE_DIR "/../shared/corpus/bbc");
  auto lex = extract::Lexicons::load(extract::default_lexicon_dir());
  if (!lex) {
    std::cerr << lex.error().to_string() << "\n";
    return 2;
  }
  std::vector<core::Error> errors;
  size_t articles = 0, bytes = 0, statements = 0, direct = 0, quotations = 0, meetings = 0,
         positions = 0, direct_unnamed = 0;
  graph::KnowledgeGraph all;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& path : ingest::expand_inputs(inputs, errors)) {
    auto r = ingest::read_path(path);
    for (auto& e : r.errors) errors.push_back(std::move(e));
    for (const auto& doc : r.documents) {
      auto facts = extract::extract_article(doc, **lex);
      ++articles;
      bytes += doc.text.size();
      statements += facts.statements.size();
      // A quotation whose speaker is an unnamed source with no affiliation
      // ("a spokeswoman said") is not counted as resolved: the default build
      // leaves it out (GOLD.md). "A BAA spokesman" or "Mexican officials" say
      // who spoke and count.
      for (const auto& s : facts.statements) {
        if (s.kind != extract::StatementKind::Direct) continue;
        const bool unnamed = extract::is_bare_source(facts.entities[static_cast<size_t>(s.speaker)]);
        (unnamed ? direct_unnamed : direct) += 1;
      }
      quotations += facts.quotations;
      meetings += facts.meetings.size();
      positions += facts.positions.size();
      all.merge(graph::build_article_graph(doc, facts));
    }
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const auto& e : errors) std::cout << "error: " << e.to_string() << "\n";
  std::cout << "articles            " << articles << " (" << bytes / 1e6 << " MB, " << errors.size()
            << " errors, " << secs << " s)\n"
            << "statements          " << statements << " (" << direct + direct_unnamed
            << " direct; all found, before the default build drops unnamed sources)\n"
            << "quotations          " << quotations << ", with a resolved speaker: " << direct
            << " = " << (quotations ? static_cast<double>(direct) / static_cast<double>(quotations) : 0)
            << "\n"
            << "  + unnamed sources " << direct_unnamed << " more (\"a spokeswoman said\"; kept with --unnamed-sources) = "
            << (quotations ? static_cast<double>(direct + direct_unnamed) / static_cast<double>(quotations) : 0)
            << "\n"
            << "meetings            " << meetings << "\npositions           " << positions << "\n";
  std::map<graph::NodeKind, std::vector<std::pair<uint32_t, std::string>>> by_kind;
  for (auto v : all.sorted_nodes()) {
    const auto& n = all[v];
    if (graph::is_entity(n.kind)) by_kind[n.kind].emplace_back(n.mentions, n.label);
  }
  for (auto& [kind, list] : by_kind) {
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::cout << "\ntop " << graph::to_string(kind) << " (" << list.size() << " nodes):\n";
    for (size_t i = 0; i < list.size() && i < 20; ++i)
      std::cout << "  " << list[i].first << "\t" << list[i].second << "\n";
  }
  return errors.empty() ? 0 : 1;
}
