#include "pipeline.hpp"

#include <atomic>
#include <iostream>
#include <thread>

#include "newskg/extract/extractor.hpp"
#include "newskg/ingest/reader.hpp"

namespace newskg::cli {

std::shared_ptr<const extract::Lexicons> load_lexicons(const std::string& dir) {
  auto lex = extract::Lexicons::load(dir.empty() ? extract::default_lexicon_dir() : dir);
  if (!lex) {
    std::cerr << "newskg: error: " << lex.error().to_string() << "\n";
    return nullptr;
  }
  return std::move(*lex);
}

PipelineResult run_pipeline(const std::vector<std::string>& inputs, const extract::Lexicons& lex,
                            const PipelineOptions& options) {
  PipelineResult result;
  std::vector<core::Error> expand_errors;
  const std::vector<std::string> paths = ingest::expand_inputs(inputs, expand_errors);

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(paths.size())));

  struct Worker {
    graph::KnowledgeGraph graph;
    size_t articles = 0, bytes = 0;
  };
  std::vector<Worker> workers(jobs);
  std::vector<std::vector<core::Error>> errors_by_path(paths.size());
  std::vector<std::vector<core::Error>> warnings_by_path(paths.size());
  std::atomic<size_t> next{0};
  auto work = [&](Worker& w) {
    for (size_t i = next++; i < paths.size(); i = next++) {
      ingest::ReadResult read = ingest::read_path(paths[i]);
      errors_by_path[i] = std::move(read.errors);
      for (const auto& doc : read.documents) {
        extract::ArticleFacts facts = extract::extract_article(doc, lex);
        for (auto& w2 : facts.warnings) warnings_by_path[i].push_back(std::move(w2));
        graph::KnowledgeGraph g = graph::build_article_graph(doc, facts, options.build);
        if (options.on_article) options.on_article(doc, g);
        w.graph.merge(std::move(g));
        ++w.articles;
        w.bytes += doc.text.size();
      }
    }
  };
  if (jobs == 1) {
    work(workers[0]);
  } else {
    std::vector<std::thread> threads;
    for (unsigned j = 0; j < jobs; ++j) threads.emplace_back(work, std::ref(workers[j]));
    for (auto& t : threads) t.join();
  }
  result.errors = std::move(expand_errors);
  for (auto& e : errors_by_path)
    for (auto& x : e) result.errors.push_back(std::move(x));
  for (auto& e : warnings_by_path)
    for (auto& x : e) result.warnings.push_back(std::move(x));
  for (auto& w : workers) {
    result.graph.merge(std::move(w.graph));
    result.articles += w.articles;
    result.bytes += w.bytes;
  }
  return result;
}

}  // namespace newskg::cli
