#pragma once
// `newskg merge GRAPH... -o DIR`: the union of graphs built separately (shards
// built on different machines) written as the same outputs `newskg build`
// writes. Also the pieces `newskg build --into` shares with it.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "newskg/core/result.hpp"
#include "newskg/extract/lexicon.hpp"
#include "newskg/graph/model.hpp"
#include "newskg/io/output_folder.hpp"

namespace newskg::cli {

// Registers `newskg merge`; its exit status lands in exit_code when it runs.
void add_merge_command(CLI::App& app, int& exit_code);

// Reads a graph file (Turtle, N-Triples, N-Quads) and merges it into `into`.
// Labels that are lexicon names (countries, well-known organizations) are
// marked fixed again, as the builder marks them, so that merging new
// articles chooses the labels a build of everything at once would.
//
// An article already in `into` with another source (two shards that each
// read a different "news.txt") cannot be told apart by its key: its facts
// merge into one article, and a warning naming both sources is printed.
core::Status merge_graph_file(const std::string& path, const extract::Lexicons& lex,
                              graph::KnowledgeGraph& into);

// Writes graph.{ttl,nt,nq,json,dot,svg} into the output folder's staging
// area for the formats asked for (svg through Graphviz when installed), the
// writers side by side on their own threads. Returns 0, or 2 after printing
// the errors of the files that could not be written.
int write_outputs(const graph::KnowledgeGraph& kg, const io::OutputFolder& out,
                  const std::vector<std::string>& formats);

// Makes the staged outputs the folder's content (one rename). Returns 0, or
// 2 after printing why not.
int commit_outputs(io::OutputFolder& out);

// The output folder of a run, or nullopt after printing why it cannot be used.
std::optional<io::OutputFolder> begin_outputs(const std::string& dir);

}  // namespace newskg::cli
