// Throughput of the trained language layer (src/tag) over a real corpus held
// in memory (default ../shared/corpus/bbc; NEWSKG_BENCH_CORPUS overrides), in
// MB/s of article text on one core, the number issue 15 asks of it (>= 30 MB/s
// for part of speech and entities together, so that extraction with the
// tagger in stays >= 8 MB/s).
//
//   build/bench/tag_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

#include "newskg/extract/lexicon.hpp"
#include "newskg/ingest/reader.hpp"
#include "newskg/tag/tagger.hpp"
#include "newskg/text/segment.hpp"

namespace {

struct Corpus {
  std::vector<newskg::core::Document> docs;
  std::vector<newskg::text::Segmented> segs;
  std::shared_ptr<const newskg::extract::Lexicons> lex;
  std::unique_ptr<newskg::tag::Tagger> tagger;
  size_t bytes = 0;
  size_t tokens = 0;
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
    auto tagger = newskg::tag::Tagger::load(newskg::tag::default_model_dir());
    if (!lex || !tagger) {
      std::cerr << (lex ? tagger.error() : lex.error()).to_string() << "\n";
      std::exit(1);
    }
    out.lex = *lex;
    out.tagger = std::make_unique<newskg::tag::Tagger>(std::move(*tagger));
    newskg::text::SegmentOptions opt;
    opt.abbreviations = &out.lex->abbreviations();
    for (const auto& d : out.docs) {
      out.segs.push_back(newskg::text::segment(d.text, opt));
      out.tokens += out.segs.back().tokens.size();
    }
    std::cerr << "corpus: " << out.docs.size() << " articles, " << out.bytes / 1e6 << " MB, "
              << out.tokens << " tokens from " << dir << "; tagger vocabulary "
              << out.tagger->vocabulary_size() << " words, tables "
              << out.tagger->table_bytes() / 1e6 << " MB\n";
    return out;
  }();
  return c;
}

// Part of speech and entities of every token, from a segmentation made beforehand.
void BM_Tag(benchmark::State& state) {
  const auto& c = corpus();
  std::vector<newskg::tag::TokenTags> tags;
  newskg::tag::TagWorkspace ws;  // one per worker, reused across articles
  for (auto _ : state)
    for (size_t i = 0; i < c.docs.size(); ++i) {
      c.tagger->tag(c.segs[i], c.docs[i].text, tags, ws);
      benchmark::DoNotOptimize(tags.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.tokens), benchmark::Counter::kIsRate);
}

// The same with a fresh workspace per article (what tag() without one does).
void BM_TagFreshWorkspace(benchmark::State& state) {
  const auto& c = corpus();
  std::vector<newskg::tag::TokenTags> tags;
  for (auto _ : state)
    for (size_t i = 0; i < c.docs.size(); ++i) {
      c.tagger->tag(c.segs[i], c.docs[i].text, tags);
      benchmark::DoNotOptimize(tags.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}

// Segmentation and tagging: the whole text layer.
void BM_SegmentAndTag(benchmark::State& state) {
  const auto& c = corpus();
  newskg::text::SegmentOptions opt;
  opt.abbreviations = &c.lex->abbreviations();
  std::vector<newskg::tag::TokenTags> tags;
  newskg::tag::TagWorkspace ws;
  for (auto _ : state)
    for (const auto& d : c.docs) {
      c.tagger->tag(newskg::text::segment(d.text, opt), d.text, tags, ws);
      benchmark::DoNotOptimize(tags.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}

// Loading the models and precomputing the vocabulary's sums.
void BM_LoadModels(benchmark::State& state) {
  for (auto _ : state)
    benchmark::DoNotOptimize(newskg::tag::Tagger::load(newskg::tag::default_model_dir()));
}

BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TagFreshWorkspace)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SegmentAndTag)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadModels)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
