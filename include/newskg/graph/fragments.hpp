#pragma once
// Name fragments across articles: a person one article names by a surname
// alone ("Blair") or by initials and a surname ("M Blair"), which the
// article's own coreference could not complete, is the corpus's one person
// of that surname (and those initials) when there is exactly one:
//
//   persons {Blair, Tony Blair}                -> Blair joins Tony Blair
//   persons {Blair, Tony Blair, Cherie Blair}  -> no join (two candidates)
//   persons {M Blair, Mark Blair, Tony Blair}  -> M Blair joins Mark Blair
//   persons {Tony Blair, Anthony Blair}        -> no join (full names never join)
//
// The joins are a function of the entity table alone, so a graph built in
// one run and one merged from shards (newskg merge) get the same joins. The
// writer records them as owl:sameAs for SPARQL stores; query, render and
// report fold them, so a fragment never stands beside the full name.
#include <utility>
#include <vector>

#include "newskg/graph/model.hpp"

namespace newskg::graph {

// (fragment, full name) pairs of the graph's persons, by fragment vertex.
std::vector<std::pair<Vertex, Vertex>> fragment_joins(const KnowledgeGraph& kg);

// `kg` with every joined fragment folded into its full name: the fragment's
// names become aliases of the full name, its edges, evidence and mentions
// move there, and the fragment node is gone. A graph with no join is copied.
void fold_fragments(const KnowledgeGraph& kg, KnowledgeGraph& into);

}  // namespace newskg::graph
