#pragma once
// `newskg merge GRAPH... -o DIR`: the union of graphs built separately (shards
// built on different machines) written as the same outputs `newskg build`
// writes. Also the pieces `newskg build --into` shares with it.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "newskg/core/result.hpp"
#include "newskg/extract/lexicon.hpp"
#include "newskg/graph/model.hpp"

namespace newskg::cli {

// Registers `newskg merge`; its exit status lands in exit_code when it runs.
void add_merge_command(CLI::App& app, int& exit_code);

// Reads a graph file (Turtle, N-Triples, N-Quads) and merges it into `into`.
// Labels that are lexicon names (countries, well-known organizations) are
// marked fixed again, as the builder marks them, so that merging new
// articles chooses the labels a build of everything at once would.
core::Status merge_graph_file(const std::string& path, const extract::Lexicons& lex,
                              graph::KnowledgeGraph& into);

// Writes DIR/graph.{ttl,nt,nq,json,dot,svg} for the formats asked for (svg
// through Graphviz when installed). Returns 0, or 2 after printing the
// errors of the files that could not be written.
int write_outputs(const graph::KnowledgeGraph& kg, const std::string& dir,
                  const std::vector<std::string>& formats);

}  // namespace newskg::cli
