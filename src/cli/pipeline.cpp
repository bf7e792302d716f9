#include "pipeline.hpp"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <new>
#include <thread>

#include "newskg/core/check.hpp"
#include "newskg/extract/extractor.hpp"
#include "newskg/ingest/reader.hpp"

namespace newskg::cli {
namespace {

namespace fs = std::filesystem;

// "/abs/corpus/bbc/" -> "/abs/corpus/bbc"; "." -> the current folder's path.
fs::path normal_absolute(const std::string& p) {
  std::error_code ec;
  fs::path out = fs::absolute(fs::path(p), ec).lexically_normal();
  if (!out.has_filename() && out.has_parent_path() && out != out.root_path())
    out = out.parent_path();
  return out;
}

// "path:12" (a JSON Lines record) keeps its line: "bbc/x.jsonl:12".
std::string recorded_source(const std::string& source, const InputFile& file) {
  if (source.compare(0, file.path.size(), file.path) == 0)
    return file.name + source.substr(file.path.size());
  return source;
}

// One article's output, from its worker to the commit (in input order).
struct ArticleOut {
  io::StreamingGraphWriter::Chunks chunks;
  CorpusStats stats;  // the article's counts, added up at the commit
  size_t bytes = 0;
};

// Everything one input file gave, kept until it is committed in input order.
struct FileOut {
  std::vector<ArticleOut> articles;
  size_t again = 0;
  std::vector<core::Error> errors, warnings, write_errors;
};

// Adds one article's counts (count_article) to the corpus's.
void add_counts(CorpusStats&& article, CorpusStats& into) {
  for (const auto& [kind, n] : article.nodes_by_kind) into.nodes_by_kind[kind] += n;
  into.article_edges += article.article_edges;
  for (auto& [key, said] : article.said) {
    auto& [label, n] = into.said[key];
    label = std::move(said.first);
    n += said.second;
  }
  for (const auto& [pair, n] : article.said_about) into.said_about[pair] += n;
  into.labels.merge(article.labels);  // the first label of a key stays
}

}  // namespace

std::shared_ptr<const extract::Lexicons> load_lexicons(const std::string& dir) {
  auto lex = extract::Lexicons::load(dir.empty() ? extract::default_lexicon_dir() : dir);
  if (!lex) {
    std::cerr << "newskg: error: " << lex.error().to_string() << "\n";
    return nullptr;
  }
  // The last lexicons loaded (with the tagger they hold) are never freed:
  // the process exit hands their pages back at once, where freeing their
  // half a million table nodes one by one cost as much as extracting 20
  // articles. Reachable from a static, so LeakSanitizer does not report it;
  // loading again frees the previous set.
  static auto* const kept = new std::shared_ptr<const extract::Lexicons>();
  *kept = *lex;
  return std::move(*lex);
}

InputList list_inputs(const std::vector<std::string>& inputs) {
  InputList list;
  std::vector<InputFile>& out = list.files;
  for (const std::string& input : inputs) {
    if (input == "-") {
      out.push_back({input, "stdin"});
      continue;
    }
    std::error_code ec;
    const fs::path root = normal_absolute(input);
    const bool folder = fs::is_directory(root, ec);
    const fs::path base = folder ? root : root.parent_path();
    for (std::string& path : ingest::expand_inputs({input}, list.errors)) {
      // A folder's files are `input` + "/" + names the walk found (never "."
      // or ".."), so their name is what follows `input`: "bbc/" and
      // "business/x.txt" give "business/x.txt", as the path arithmetic
      // below would, at a 30th of its cost (32M instructions for 2,095 files
      // before, all spent before the first article).
      std::string name;
      if (folder && path.compare(0, input.size(), input) == 0) {
        const size_t start = path.find_first_not_of('/', input.size());
        name = path.substr(start == std::string::npos ? path.size() : start);
      } else {
        name = normal_absolute(path).lexically_relative(base).generic_string();
      }
      out.push_back({std::move(path), std::move(name)});
    }
  }
  return list;
}

void count_article(const graph::KnowledgeGraph& g, CorpusStats& stats, bool count_speech) {
  const graph::Graph& gr = g.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(gr)))
    if (graph::is_article_scoped(gr[v].kind))
      ++stats.nodes_by_kind[std::string(graph::to_string(gr[v].kind))];
  for (auto e : boost::make_iterator_range(boost::edges(gr))) {
    const graph::Vertex from = boost::source(e, gr), to = boost::target(e, gr);
    const graph::Relation rel = gr[e].relation;
    if (!graph::is_article_scoped(gr[from].kind) && rel != graph::Relation::Said) continue;
    ++stats.article_edges;
    if (rel != graph::Relation::Said || !count_speech) continue;
    auto& [label, n] = stats.said[gr[from].key];
    label = gr[from].label;
    ++n;
    for (auto out : boost::make_iterator_range(boost::out_edges(to, gr))) {
      if (gr[out].relation != graph::Relation::About) continue;
      const graph::NodeProps& about = gr[boost::target(out, gr)];
      ++stats.said_about[{gr[from].key, about.key}];
      stats.labels.emplace(about.key, about.label);
    }
  }
}

void count_article(const extract::ArticleFacts& facts, const graph::ArticleKeys& keys,
                   CorpusStats& stats, bool count_speech) {
  NEWSKG_CHECK(keys.one_to_one, "an article whose facts merge nodes is counted through its graph");
  auto kept = [&](int i) { return keys.kept[static_cast<size_t>(i)] != 0; };
  auto count = [&](const char* kind, size_t n) {
    if (n > 0) stats.nodes_by_kind[kind] += n;
  };
  // Distinct targets of one node's edges of one relation.
  std::vector<int> targets;
  auto distinct = [&](size_t first) {
    std::vector<std::string_view> k;
    for (size_t t = first; t < targets.size(); ++t)
      k.push_back(keys.entity[static_cast<size_t>(targets[t])]);
    std::sort(k.begin(), k.end());
    return static_cast<size_t>(std::unique(k.begin(), k.end()) - k.begin());
  };
  count("Article", 1);
  size_t sources = 0, edges = 0;
  for (size_t i = 0; i < facts.entities.size(); ++i) {
    if (!keys.kept[i]) continue;
    ++edges;  // mentions
    if (facts.entities[i].type == extract::EntityType::UnnamedSource)
      ++sources, ++edges;  // fromArticle
  }
  count("UnnamedSource", sources);
  size_t statements = 0;
  for (size_t s = 0; s < facts.statements.size(); ++s) {
    if (keys.statement[s].empty()) continue;
    const extract::StatementFact& st = facts.statements[s];
    ++statements;
    // Each entity the statement is about once, as its `about` edges.
    std::vector<size_t> about;
    for (int a : st.about)
      if (kept(a)) about.push_back(static_cast<size_t>(a));
    std::sort(about.begin(), about.end(),
              [&](size_t a, size_t b) { return keys.entity[a] < keys.entity[b]; });
    about.erase(std::unique(about.begin(), about.end(),
                            [&](size_t a, size_t b) { return keys.entity[a] == keys.entity[b]; }),
                about.end());
    edges += 2 + about.size();  // said, fromArticle, about
    // Who said how much about whom: for the summary only.
    if (!count_speech) continue;
    const extract::Entity& speaker = facts.entities[static_cast<size_t>(st.speaker)];
    const std::string& speaker_key = keys.entity[static_cast<size_t>(st.speaker)];
    auto& [label, n] = stats.said[speaker_key];
    label = speaker.name;
    ++n;
    for (size_t a : about) {
      ++stats.said_about[{speaker_key, keys.entity[a]}];
      stats.labels.emplace(keys.entity[a], facts.entities[a].name);
    }
  }
  count("Statement", statements);
  size_t meetings = 0;
  for (size_t k = 0; k < facts.meetings.size(); ++k) {
    if (keys.meeting[k].empty()) continue;
    ++meetings;
    targets.assign(facts.meetings[k].participants.begin(), facts.meetings[k].participants.end());
    edges += 1 + distinct(0);  // fromArticle, participants
  }
  count("Meeting", meetings);
  size_t positions = 0;
  for (size_t k = 0; k < facts.positions.size(); ++k) {
    if (keys.position[k].empty()) continue;
    ++positions;
    targets.clear();
    for (int t : facts.positions[k].topic_entities)
      if (kept(t)) targets.push_back(t);
    edges += 2 + distinct(0);  // holder, fromArticle, topic entities
  }
  count("Position", positions);
  stats.article_edges += edges;
}

PipelineResult run_pipeline(InputList inputs, const extract::Lexicons& lex,
                            const PipelineOptions& options) {
  PipelineResult result;
  result.errors = std::move(inputs.errors);
  const std::vector<InputFile> files = std::move(inputs.files);

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(files.size())));

  // Ids are claimed in input order: file i waits until files 0..i-1 have
  // claimed theirs (reading is fast next to extraction, so the wait is short).
  graph::ArticleIds ids;
  for (const auto& a : options.existing_articles) ids.reserve(a.id, a.source, a.title);
  std::mutex mu;
  std::condition_variable turn;  // an id claimed
  size_t claimed_upto = 0;

  // The reorder buffer: file i lives in ring[i % window] from the moment a
  // worker takes it until it is committed; a worker waits before taking a
  // file that far ahead, so memory holds at most `window` files.
  const size_t window = 4 * static_cast<size_t>(jobs);
  std::vector<FileOut> ring(window);
  std::vector<char> ready(window, 0);
  size_t committed = 0;

  // One entity table per worker: an article's shared part (entities,
  // offices, met) is merged by the worker that built it, so the commit (the
  // serial part) holds no merge, and no article's shared part is built as a
  // graph of its own to be handed over. The first worker's is the result's
  // own table (moving a boost graph copies it).
  std::vector<graph::KnowledgeGraph> others(jobs - 1);
  std::vector<graph::KnowledgeGraph*> tables{&result.entities};
  for (auto& t : others) tables.push_back(&t);
  // Evidence of the tables' offices and meetings is gathered unsorted and
  // sorted once at the end (graph::KnowledgeGraph::defer_evidence).
  for (graph::KnowledgeGraph* t : tables) t->defer_evidence();

  auto process = [&](size_t i, FileOut& out, graph::KnowledgeGraph& table) {
    const InputFile& file = files[i];
    ingest::ReadResult read;
    try {
      read = ingest::read_path(file.path);
    } catch (const std::bad_alloc&) {
      read = {};
      read.errors.push_back({file.path, 0, "out of memory while reading; skipped"});
    } catch (const std::exception& e) {
      read = {};
      read.errors.push_back(
          {file.path, 0, std::string("internal error while reading: ") + e.what()});
    }
    out.errors = std::move(read.errors);
    out.warnings = std::move(read.warnings);
    std::vector<char> skip(read.documents.size(), 0);
    {
      std::unique_lock<std::mutex> lock(mu);
      turn.wait(lock, [&] { return claimed_upto == i; });
      try {
        for (size_t d = 0; d < read.documents.size(); ++d) {
          core::Document& doc = read.documents[d];
          graph::ArticleIds::Claim claim =
              ids.claim(doc.id, recorded_source(doc.source, file), doc.title);
          if (!claim.conflict.empty()) out.warnings.push_back({doc.source, 0, claim.conflict});
          skip[d] = claim.again;  // already in the graph being grown: nothing to add
          doc.id = std::move(claim.id);
        }
      } catch (const std::exception& e) {  // the turn must pass on whatever happens
        out.errors.push_back({file.path, 0, std::string("skipped: ") + e.what()});
        read.documents.clear();
      }
      ++claimed_upto;
    }
    turn.notify_all();

    for (size_t d = 0; d < read.documents.size(); ++d) {
      if (skip[d]) {
        ++out.again;
        continue;
      }
      core::Document& doc = read.documents[d];
      // One article that exhausts memory (or trips a check) is reported and
      // skipped; the articles around it are not lost with it.
      try {
        extract::ArticleFacts facts = extract::extract_article(doc, lex, options.limits);
        for (auto& warning : facts.warnings) out.warnings.push_back(std::move(warning));
        doc.source = recorded_source(doc.source, file);
        ArticleOut article;
        const graph::ArticleKeys keys(doc, facts, options.build);
        // The article's graph only where something needs it: graph.json,
        // the --per-article file, an article whose facts merge nodes. The
        // RDF files, the counts and the entity table take the facts.
        std::unique_ptr<graph::KnowledgeGraph> graph;
        if (!keys.one_to_one || !options.formats.json.empty() || options.on_article) {
          graph = std::make_unique<graph::KnowledgeGraph>();
          graph::build_article_graph_into(doc, facts, keys, *graph);
        }
        if (options.on_article)
          if (core::Status st = options.on_article(doc, *graph); !st)
            out.write_errors.push_back(st.error());
        article.chunks = io::StreamingGraphWriter::format_article(doc, facts, keys, graph.get(),
                                                                  options.formats);
        if (keys.one_to_one)
          count_article(facts, keys, article.stats, options.count_speech);
        else
          count_article(*graph, article.stats, options.count_speech);
        article.bytes = doc.text.size();
        // After everything that can fail on a bad article, so a skipped
        // article leaves nothing in the table (short of memory running out
        // in the middle of the merge).
        graph::merge_article_shared(facts, keys, doc, table);
        out.articles.push_back(std::move(article));
      } catch (const std::bad_alloc&) {
        out.errors.push_back(
            {file.path, 0, "article '" + doc.id + "': out of memory while extracting; skipped"});
      } catch (const std::exception& e) {
        out.errors.push_back(
            {file.path, 0, "article '" + doc.id + "': internal error, skipped: " + e.what()});
      }
    }
  };

  size_t bytes = 0;
  auto commit = [&](size_t i, FileOut& out) {
    for (auto& x : out.errors) result.errors.push_back(std::move(x));
    for (auto& x : out.warnings) result.warnings.push_back(std::move(x));
    for (auto& x : out.write_errors) result.write_errors.push_back(std::move(x));
    result.again += out.again;
    for (ArticleOut& a : out.articles) {
      if (options.on_commit) options.on_commit(a.chunks);
      add_counts(std::move(a.stats), result.stats);
      ++result.articles;
      bytes += a.bytes;
    }
    out = FileOut();
    if (options.on_progress) options.on_progress(i + 1, files.size(), result.articles, bytes);
  };

  if (jobs == 1) {
    for (size_t i = 0; i < files.size(); ++i) {
      FileOut out;
      process(i, out, *tables[0]);
      commit(i, out);
    }
  } else {
    // No committer thread: the worker that files a result commits, in input
    // order, every file that is ready from `committed` on, unless another
    // worker is at it already (which then sees the new file when it looks
    // again under the lock). So -j N runs N threads on N cores, the main
    // thread being one of them, and no thread is woken to commit.
    std::condition_variable room;  // a file committed: the window moved
    bool committing = false;
    std::atomic<size_t> next{0};
    auto commit_ready = [&](std::unique_lock<std::mutex>& lock) {
      if (committing) return;
      committing = true;
      while (ready[committed % window]) {
        const size_t i = committed;
        FileOut out = std::move(ring[i % window]);
        ready[i % window] = 0;
        lock.unlock();
        commit(i, out);
        lock.lock();
        ++committed;
        room.notify_all();
      }
      committing = false;
    };
    auto work = [&](graph::KnowledgeGraph& table) {
      for (size_t i = next++; i < files.size(); i = next++) {
        {
          std::unique_lock<std::mutex> lock(mu);
          room.wait(lock, [&] { return i < committed + window; });
        }
        FileOut out;
        process(i, out, table);
        std::unique_lock<std::mutex> lock(mu);
        ring[i % window] = std::move(out);
        ready[i % window] = 1;
        commit_ready(lock);
      }
    };
    std::vector<std::thread> threads;
    for (unsigned j = 1; j < jobs; ++j) threads.emplace_back(work, std::ref(*tables[j]));
    work(*tables[0]);
    for (auto& t : threads) t.join();
  }
  // The other workers' tables merged into the first: the same union in any
  // order (graph::KnowledgeGraph::merge).
  for (graph::KnowledgeGraph& t : others) result.entities.merge(std::move(t));
  result.entities.finish_evidence();
  result.bytes = bytes;
  return result;
}

}  // namespace newskg::cli
