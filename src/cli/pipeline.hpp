#pragma once
// The corpus pipeline behind `newskg build`: read -> extract -> per-article
// graph on N threads, each worker merging into its own graph; the worker
// graphs are merged at the end. Merging is by key and writers sort, so the
// output is the same for any number of threads. Article ids are made unique
// in input order (graph::ArticleIds) right after each file is read, so which
// article keeps a contested id never depends on the thread that read it.
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
  // --per-article files), with the article's final id. Must be thread-safe;
  // an error lands in PipelineResult::write_errors.
  std::function<core::Status(const core::Document&, const graph::KnowledgeGraph&)> on_article;
  // Articles of the graph that `build --into` grows, whose ids new articles
  // must not take (unless they are the same article read again).
  struct Existing {
    std::string id, source, title;
  };
  std::vector<Existing> existing_articles;
};

struct PipelineResult {
  graph::KnowledgeGraph graph;
  std::vector<core::Error> errors;        // unreadable input, in input order
  std::vector<core::Error> warnings;      // recovered problems in articles, in input order
  std::vector<core::Error> write_errors;  // from on_article, in input order
  size_t articles = 0;
  size_t bytes = 0;  // article text bytes processed
};

// One file to read and the name the graph records for it (nkg:source): its
// path relative to the input it was found through, so a corpus gives the same
// graph wherever it is built, and a folder gives the graph of its files.
// Folder input "../corpus/bbc" -> "business/x.txt"; file input "a/b/x.txt"
// -> "x.txt"; "-" -> "stdin".
struct InputFile {
  std::string path;
  std::string name;
};
std::vector<InputFile> list_inputs(const std::vector<std::string>& inputs,
                                   std::vector<core::Error>& errors);

// The lexicons of `--lexicons DIR` (empty: the default folder), or nullptr
// after printing the error that names the file ("newskg: error: ...").
std::shared_ptr<const extract::Lexicons> load_lexicons(const std::string& dir);

PipelineResult run_pipeline(const std::vector<std::string>& inputs, const extract::Lexicons& lex,
                            const PipelineOptions& options);

}  // namespace newskg::cli
