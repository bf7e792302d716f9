#include "pipeline.hpp"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <new>
#include <thread>

#include "newskg/extract/extractor.hpp"
#include "newskg/ingest/reader.hpp"

namespace newskg::cli {
namespace {

namespace fs = std::filesystem;

// "/abs/corpus/bbc/" -> "/abs/corpus/bbc"; "." -> the current folder's path.
fs::path normal_absolute(const std::string& p) {
  std::error_code ec;
  fs::path out = fs::absolute(fs::path(p), ec).lexically_normal();
  if (!out.has_filename() && out.has_parent_path() && out != out.root_path()) out = out.parent_path();
  return out;
}

// "path:12" (a JSON Lines record) keeps its line: "bbc/x.jsonl:12".
std::string recorded_source(const std::string& source, const InputFile& file) {
  if (source.compare(0, file.path.size(), file.path) == 0)
    return file.name + source.substr(file.path.size());
  return source;
}

}  // namespace

std::shared_ptr<const extract::Lexicons> load_lexicons(const std::string& dir) {
  auto lex = extract::Lexicons::load(dir.empty() ? extract::default_lexicon_dir() : dir);
  if (!lex) {
    std::cerr << "newskg: error: " << lex.error().to_string() << "\n";
    return nullptr;
  }
  return std::move(*lex);
}

std::vector<InputFile> list_inputs(const std::vector<std::string>& inputs,
                                   std::vector<core::Error>& errors) {
  std::vector<InputFile> out;
  for (const std::string& input : inputs) {
    if (input == "-") {
      out.push_back({input, "stdin"});
      continue;
    }
    std::error_code ec;
    const fs::path root = normal_absolute(input);
    const fs::path base = fs::is_directory(root, ec) ? root : root.parent_path();
    for (std::string& path : ingest::expand_inputs({input}, errors)) {
      std::string name = normal_absolute(path).lexically_relative(base).generic_string();
      out.push_back({std::move(path), std::move(name)});
    }
  }
  return out;
}

PipelineResult run_pipeline(const std::vector<std::string>& inputs, const extract::Lexicons& lex,
                            const PipelineOptions& options) {
  PipelineResult result;
  std::vector<core::Error> expand_errors;
  const std::vector<InputFile> files = list_inputs(inputs, expand_errors);

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(files.size())));

  struct Worker {
    graph::KnowledgeGraph graph;
    size_t articles = 0, bytes = 0;
  };
  struct PerFile {
    std::vector<core::Error> errors, warnings, write_errors;
  };
  std::vector<Worker> workers(jobs);
  std::vector<PerFile> per_file(files.size());

  // Ids are claimed in input order: file i waits until files 0..i-1 have
  // claimed theirs (reading is fast next to extraction, so the wait is short).
  graph::ArticleIds ids;
  for (const auto& a : options.existing_articles) ids.reserve(a.id, a.source, a.title);
  std::mutex id_mu;
  std::condition_variable id_turn;
  size_t claimed_upto = 0;

  std::atomic<size_t> next{0};
  auto work = [&](Worker& w) {
    for (size_t i = next++; i < files.size(); i = next++) {
      const InputFile& file = files[i];
      PerFile& out = per_file[i];
      ingest::ReadResult read;
      try {
        read = ingest::read_path(file.path);
      } catch (const std::bad_alloc&) {
        read = {};
        read.errors.push_back({file.path, 0, "out of memory while reading; skipped"});
      } catch (const std::exception& e) {
        read = {};
        read.errors.push_back({file.path, 0, std::string("internal error while reading: ") + e.what()});
      }
      out.errors = std::move(read.errors);
      {
        std::unique_lock<std::mutex> lock(id_mu);
        id_turn.wait(lock, [&] { return claimed_upto == i; });
        try {
          for (core::Document& doc : read.documents) {
            graph::ArticleIds::Claim claim = ids.claim(doc.id, recorded_source(doc.source, file), doc.title);
            if (!claim.conflict.empty()) out.warnings.push_back({doc.source, 0, claim.conflict});
            doc.id = std::move(claim.id);
          }
        } catch (const std::exception& e) {  // the turn must pass on whatever happens
          out.errors.push_back({file.path, 0, std::string("skipped: ") + e.what()});
          read.documents.clear();
        }
        ++claimed_upto;
      }
      id_turn.notify_all();

      for (core::Document& doc : read.documents) {
        // One article that exhausts memory (or trips a check) is reported and
        // skipped; the articles around it are not lost with it.
        try {
          extract::ArticleFacts facts = extract::extract_article(doc, lex);
          for (auto& warning : facts.warnings) out.warnings.push_back(std::move(warning));
          doc.source = recorded_source(doc.source, file);
          graph::KnowledgeGraph g = graph::build_article_graph(doc, facts, options.build);
          if (options.on_article)
            if (core::Status st = options.on_article(doc, g); !st)
              out.write_errors.push_back(st.error());
          w.graph.merge(std::move(g));
          ++w.articles;
          w.bytes += doc.text.size();
        } catch (const std::bad_alloc&) {
          out.errors.push_back({file.path, 0, "article '" + doc.id +
                                                  "': out of memory while extracting; skipped"});
        } catch (const std::exception& e) {
          out.errors.push_back(
              {file.path, 0, "article '" + doc.id + "': internal error, skipped: " + e.what()});
        }
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
  for (auto& f : per_file) {
    for (auto& x : f.errors) result.errors.push_back(std::move(x));
    for (auto& x : f.warnings) result.warnings.push_back(std::move(x));
    for (auto& x : f.write_errors) result.write_errors.push_back(std::move(x));
  }
  for (auto& w : workers) {
    result.graph.merge(std::move(w.graph));
    result.articles += w.articles;
    result.bytes += w.bytes;
  }
  return result;
}

}  // namespace newskg::cli
