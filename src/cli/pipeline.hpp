#pragma once
// The corpus pipeline behind `newskg build`, streaming:
//
//   workers (any thread):   read -> claim ids (in input order) -> extract ->
//                           node keys (graph::ArticleKeys) -> its own triples
//                           formatted straight from the facts
//                           (io::StreamingGraphWriter::format_article; an
//                           article graph only for graph.json, the
//                           per-article file, or facts the graph merges);
//                           its shared part (entities, offices, met) merged
//                           into the worker's own entity table
//                           (graph::merge_article_shared)
//   commit (one worker at a time, no thread of its own): in input order
//                           through a reorder buffer of a few files per
//                           worker: append the article's chunks to the graph
//                           files, count.
//   at the end:             the workers' entity tables merged into one.
//
// Only the entity tables and the counts outlive an article, so memory is
// flat in the number of articles, and the files are byte-identical for any
// number of workers: merging into an entity table is commutative and
// associative (graph::KnowledgeGraph::merge), so which worker's table an
// article went to never shows. Article ids are made unique in input order
// (graph::ArticleIds) right after each file is read, so which article keeps
// a contested id never depends on the thread that read it.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "newskg/core/document.hpp"
#include "newskg/core/result.hpp"
#include "newskg/extract/extractor.hpp"
#include "newskg/extract/lexicon.hpp"
#include "newskg/graph/builder.hpp"
#include "newskg/graph/model.hpp"
#include "newskg/io/stream_writer.hpp"

namespace newskg::cli {

struct PipelineOptions {
  unsigned jobs = 0;  // 0: one per hardware thread
  graph::BuildOptions build;
  extract::ExtractLimits limits;  // per-article size and work budget
  // Which graph files the article chunks are formatted for (paths unused here).
  io::StreamingGraphWriter::Paths formats;
  // Called on the committing thread, in input order, with each article's chunks.
  std::function<void(const io::StreamingGraphWriter::Chunks&)> on_commit;
  // Called on the worker thread for each article's own graph (e.g. to write
  // --per-article files), with the article's final id. Must be thread-safe;
  // an error lands in PipelineResult::write_errors.
  std::function<core::Status(const core::Document&, const graph::KnowledgeGraph&)> on_article;
  // Articles of the graph that `build --into` grows, whose ids new articles
  // must not take; the same article read again is skipped.
  struct Existing {
    std::string id, source, title;
  };
  std::vector<Existing> existing_articles;
  // Whether CorpusStats counts who said how much about whom (said,
  // said_about, labels): only the summary reads them, and -q prints none.
  bool count_speech = true;
  // Progress callback, on the committing thread after each file.
  std::function<void(size_t files_done, size_t files, size_t articles, size_t bytes)> on_progress;
};

// What the run counted, for the summary: article-scoped nodes by kind, edges
// of the article parts, and who said how much about whom (by node key).
struct CorpusStats {
  std::map<std::string, size_t> nodes_by_kind;
  size_t article_edges = 0;
  std::map<std::string, std::pair<std::string, size_t>> said;  // speaker key -> (label, count)
  std::map<std::pair<std::string, std::string>, size_t> said_about;
  std::map<std::string, std::string> labels;  // key -> label of speakers and topics
};

struct PipelineResult {
  graph::KnowledgeGraph entities;         // the shared part of every article, merged
  CorpusStats stats;
  std::vector<core::Error> errors;        // unreadable input, in input order
  std::vector<core::Error> warnings;      // recovered problems in articles, in input order
  std::vector<core::Error> write_errors;  // from on_article, in input order
  size_t articles = 0;
  size_t again = 0;  // articles of the grown graph read again, skipped
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
// The files the inputs name and the errors met listing them, in input order.
struct InputList {
  std::vector<InputFile> files;
  std::vector<core::Error> errors;
};
InputList list_inputs(const std::vector<std::string>& inputs);

// The lexicons of `--lexicons DIR` (empty: the default folder), or nullptr
// after printing the error that names the file ("newskg: error: ...").
std::shared_ptr<const extract::Lexicons> load_lexicons(const std::string& dir);

// Builds the files' articles. `inputs` is list_inputs' answer, which `build`
// gets on a thread of its own while the lexicons load; its errors come first.
PipelineResult run_pipeline(InputList inputs, const extract::Lexicons& lex,
                            const PipelineOptions& options);

// Adds an article graph's statements to the counts (also used for the graph
// that `build --into` grows); who said what about whom only if count_speech.
void count_article(const graph::KnowledgeGraph& g, CorpusStats& stats, bool count_speech = true);
// The same counts straight from an article's facts (needs keys.one_to_one).
void count_article(const extract::ArticleFacts& facts, const graph::ArticleKeys& keys,
                   CorpusStats& stats, bool count_speech = true);

}  // namespace newskg::cli
