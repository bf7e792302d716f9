#pragma once
// The corpus pipeline behind `newskg build`: read -> extract -> per-article
// graph on N threads, each worker merging into its own graph; the worker
// graphs are merged at the end. Merging is by key and writers sort, so the
// output is the same for any number of threads and any input order.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "newskg/core/document.hpp"
#include "newskg/core/result.hpp"
#include "newskg/extract/lexicon.hpp"
#include "newskg/graph/builder.hpp"
#include "newskg/graph/model.hpp"

namespace newskg::cli {

struct PipelineOptions {
  unsigned jobs = 0;  // 0: one per hardware thread
  graph::BuildOptions build;
  // Called on the worker thread for each article's own graph (e.g. to write
  // --per-article files). Must be thread-safe.
  std::function<void(const core::Document&, const graph::KnowledgeGraph&)> on_article;
};

struct PipelineResult {
  graph::KnowledgeGraph graph;
  std::vector<core::Error> errors;    // in input order
  std::vector<core::Error> warnings;  // recovered problems in articles, in input order
  size_t articles = 0;
  size_t bytes = 0;                 // article text bytes processed
};

// The lexicons of `--lexicons DIR` (empty: the default folder), or nullptr
// after printing the error that names the file ("newskg: error: ...").
std::shared_ptr<const extract::Lexicons> load_lexicons(const std::string& dir);

PipelineResult run_pipeline(const std::vector<std::string>& inputs, const extract::Lexicons& lex,
                            const PipelineOptions& options);

}  // namespace newskg::cli
