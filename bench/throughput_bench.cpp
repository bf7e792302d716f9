// Throughput of each per-article stage over a real corpus held in memory
// (default ../shared/corpus/bbc; NEWSKG_BENCH_CORPUS overrides). Reports
// bytes/second of article text, the number the 50 MB/s/core target is about.
//
//   build/bench/throughput_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

#include "newskg/extract/extractor.hpp"
#include "newskg/graph/builder.hpp"
#include "newskg/ingest/reader.hpp"
#include "newskg/io/writers.hpp"
#include "newskg/text/segment.hpp"

namespace {

struct Corpus {
  std::vector<newskg::core::Document> docs;
  std::shared_ptr<const newskg::extract::Lexicons> lex;
  size_t bytes = 0;
};

const Corpus& corpus() {
  static Corpus c = [] {
    Corpus out;
    const char* env = std::getenv("NEWSKG_BENCH_CORPUS");
    std::string dir = env ? env : NEWSKG_SOURCE_DIR "/../shared/corpus/bbc";
    std::vector<newskg::core::Error> errors;
    for (const auto& p : newskg::ingest::expand_inputs({dir}, errors)) {
      auto r = newskg::ingest::read_path(p);
      for (auto& d : r.documents) {
        out.bytes += d.text.size();
        out.docs.push_back(std::move(d));
      }
    }
    auto lex = newskg::extract::Lexicons::load(newskg::extract::default_lexicon_dir());
    if (!lex) {
      std::cerr << lex.error().to_string() << "\n";
      std::exit(1);
    }
    out.lex = *lex;
    std::cerr << "corpus: " << out.docs.size() << " articles, " << out.bytes / 1e6 << " MB from "
              << dir << "\n";
    return out;
  }();
  return c;
}

void BM_Read(benchmark::State& state) {
  const auto& c = corpus();
  for (auto _ : state)
    for (const auto& d : c.docs) benchmark::DoNotOptimize(newskg::ingest::parse_bytes(d.id, d.text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}

void BM_Segment(benchmark::State& state) {
  const auto& c = corpus();
  newskg::text::SegmentOptions opt;
  opt.abbreviations = &c.lex->abbreviations();
  for (auto _ : state)
    for (const auto& d : c.docs) benchmark::DoNotOptimize(newskg::text::segment(d.text, opt));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}

void BM_Extract(benchmark::State& state) {
  const auto& c = corpus();
  for (auto _ : state)
    for (const auto& d : c.docs) benchmark::DoNotOptimize(newskg::extract::extract_article(d, *c.lex));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}

void BM_ExtractAndBuild(benchmark::State& state) {
  const auto& c = corpus();
  for (auto _ : state) {
    newskg::graph::KnowledgeGraph all;
    for (const auto& d : c.docs)
      all.merge(newskg::graph::build_article_graph(d, newskg::extract::extract_article(d, *c.lex)));
    benchmark::DoNotOptimize(all.num_nodes());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}

void BM_BuildGraphOnly(benchmark::State& state) {
  const auto& c = corpus();
  std::vector<newskg::extract::ArticleFacts> facts;
  for (const auto& d : c.docs) facts.push_back(newskg::extract::extract_article(d, *c.lex));
  for (auto _ : state) {
    newskg::graph::KnowledgeGraph all;
    for (size_t i = 0; i < c.docs.size(); ++i)
      all.merge(newskg::graph::build_article_graph(c.docs[i], facts[i]));
    benchmark::DoNotOptimize(all.num_nodes());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}

void BM_WriteNTriples(benchmark::State& state) {
  const auto& c = corpus();
  newskg::graph::KnowledgeGraph all;
  for (const auto& d : c.docs)
    all.merge(newskg::graph::build_article_graph(d, newskg::extract::extract_article(d, *c.lex)));
  for (auto _ : state)
    benchmark::DoNotOptimize(newskg::io::to_rdf(all, newskg::io::RdfSyntax::NTriples));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}

BENCHMARK(BM_Read)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractAndBuild)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildGraphOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteNTriples)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
