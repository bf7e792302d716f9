#include "build_command.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "merge_command.hpp"
#include "newskg/graph/fragments.hpp"
#include "newskg/io/stream_writer.hpp"
#include "newskg/io/writers.hpp"
#include "newskg/render/report.hpp"
#include "pipeline.hpp"

namespace newskg::cli {
namespace {

struct BuildArgs {
  std::vector<std::string> inputs;
  std::string out_dir = "out";
  bool per_article = false;
  double min_confidence = 0.0;
  bool unnamed_sources = false;
  unsigned jobs = 0;
  std::string lexicons;
  std::vector<std::string> formats = {"ttl", "nt", "dot", "svg", "json", "html"};
  bool quiet = false;
  std::string into;  // --into GRAPH: an existing graph the new articles are added to
  extract::ExtractLimits limits;
  bool skip_over_limit = false;
};

void print_summary(const graph::KnowledgeGraph& entities, const PipelineResult& r, double seconds) {
  std::map<std::string, size_t> by_kind = r.stats.nodes_by_kind;
  for (auto v : boost::make_iterator_range(boost::vertices(entities.graph())))
    ++by_kind[std::string(graph::to_string(entities[v].kind))];
  size_t nodes = 0;
  for (const auto& [kind, n] : by_kind) nodes += n;
  std::cout << "newskg: " << r.articles << " article(s), " << nodes << " nodes, "
            << r.stats.article_edges + entities.num_edges() << " edges";
  if (seconds > 0)
    std::cout << " (" << static_cast<int>(seconds * 1000) << " ms, "
              << (r.bytes / 1e6) / seconds << " MB/s)";
  std::cout << "\n  nodes by type:";
  for (const auto& [k, n] : by_kind) std::cout << " " << k << "=" << n;
  std::cout << "\n";
  // Labels as the entity table chose them (a speaker's first article may
  // have named it otherwise).
  auto label = [&](const std::string& key, const std::string& fallback) {
    const auto v = entities.find(key);
    return v ? entities[*v].label : fallback;
  };
  auto kind = [&](const std::string& key) {
    const auto v = entities.find(key);
    return std::string(v ? graph::to_string(entities[*v].kind) : "UnnamedSource");
  };
  auto top = [](const auto& m, size_t n, auto count) {
    using Key = typename std::decay_t<decltype(m)>::key_type;
    std::vector<std::pair<Key, size_t>> v;
    for (const auto& [k, x] : m) v.emplace_back(k, count(x));
    std::stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
    if (v.size() > n) v.resize(n);
    return v;
  };
  std::cout << "  top speakers:\n";
  for (const auto& [key, n] : top(r.stats.said, 10, [](const auto& x) { return x.second; }))
    std::cout << "    " << n << "\t" << label(key, r.stats.said.at(key).first) << " (" << kind(key)
              << ")\n";
  std::cout << "  who said about whom:\n";
  for (const auto& [p, n] : top(r.stats.said_about, 15, [](size_t x) { return x; }))
    std::cout << "    " << n << "\t" << label(p.first, r.stats.said.at(p.first).first) << " -> "
              << label(p.second, r.stats.labels.at(p.second)) << "\n";
}

// Adds `from`'s counts to `into` (the grown graph's to the new articles').
void add_stats(CorpusStats& into, const CorpusStats& from) {
  for (const auto& [k, n] : from.nodes_by_kind) into.nodes_by_kind[k] += n;
  into.article_edges += from.article_edges;
  for (const auto& [k, v] : from.said) {
    auto& [label, n] = into.said[k];
    if (label.empty()) label = v.first;
    n += v.second;
  }
  for (const auto& [k, n] : from.said_about) into.said_about[k] += n;
  into.labels.insert(from.labels.begin(), from.labels.end());
}

// A progress line on a terminal: files, articles, MB/s, time left.
class Progress {
 public:
  explicit Progress(bool on) : on_(on), started_(std::chrono::steady_clock::now()) {}
  void update(size_t done, size_t files, size_t articles, size_t bytes) {
    if (!on_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done < files && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double s = std::chrono::duration<double>(now - started_).count();
    const double left = done > 0 ? s * static_cast<double>(files - done) / static_cast<double>(done) : 0;
    char line[160];
    std::snprintf(line, sizeof line, "\r  %zu/%zu files, %zu articles, %.1f MB/s, %.0f s left   ",
                  done, files, articles, s > 0 ? bytes / 1e6 / s : 0.0, left);
    std::cerr << line << std::flush;
    shown_ = true;
  }
  // Clears the line, so the messages after it start on a clean one.
  void done() {
    if (shown_) std::cerr << "\r" << std::string(72, ' ') << "\r" << std::flush;
    shown_ = false;
  }
  ~Progress() { done(); }

 private:
  bool on_, shown_ = false;
  std::chrono::steady_clock::time_point started_, last_{};
};

// The diagram reads the written graph back, which costs memory in its size:
// above this many statements it is left out (newskg query/render read any size
// of graph on their own).
constexpr size_t kDiagramStatementLimit = 200000;

int run_build(const BuildArgs& args) {
  const auto started = std::chrono::steady_clock::now();
  // The inputs are listed while the lexicons load (on the main thread and
  // the tagger's): the listing is no longer a serial part of the start.
  std::future<InputList> listed =
      std::async(std::launch::async, [&args] { return list_inputs(args.inputs); });
  auto lex = load_lexicons(args.lexicons);
  if (!lex) return 2;
  // Read before the articles, so a bad graph fails fast.
  graph::KnowledgeGraph into;
  if (!args.into.empty()) {
    if (auto st = merge_graph_file(args.into, *lex, into); !st) {
      std::cerr << "newskg: error: " << st.error().to_string() << "\n";
      return 2;
    }
  }
  // Everything is written into a staging folder that replaces the output
  // folder in one rename at the end, and only if every write succeeded.
  std::optional<io::OutputFolder> out = begin_outputs(args.out_dir);
  if (!out) return 2;
  // Growing a graph keeps the per-article files of the articles added before.
  if (!args.into.empty()) out->keep_previous_outputs();
  auto want = [&](const char* f) {
    return std::find(args.formats.begin(), args.formats.end(), f) != args.formats.end();
  };
  // html: the report page (index.html) with the people and focus views
  // (people.svg, focus.svg and their .dot), drawn from the same read-back graph.
  const bool views = want("html");
  const bool diagram = want("dot") || want("svg") || views;
  std::vector<std::string> view_files;  // what write_views wrote, for the summary
  io::StreamingGraphWriter::Paths paths;
  if (want("ttl")) paths.ttl = out->path("graph.ttl");
  if (want("nt")) paths.nt = out->path("graph.nt");
  if (want("nq")) paths.nq = out->path("graph.nq");
  if (want("json")) paths.json = out->path("graph.json");
  // The diagram is drawn from a graph file read back: N-Triples, written
  // for it alone when no graph file was asked for.
  std::string diagram_source = !paths.nt.empty() ? paths.nt : !paths.ttl.empty() ? paths.ttl : paths.nq;
  const bool scratch_source = diagram && diagram_source.empty();
  if (scratch_source) diagram_source = paths.nt = out->path("diagram-source.nt");
  auto writer = io::StreamingGraphWriter::open(paths);
  if (!writer) {
    std::cerr << "newskg: error: " << writer.error().to_string() << "\n";
    return 2;
  }

  PipelineOptions opt;
  CorpusStats grown;
  for (auto v : boost::make_iterator_range(boost::vertices(into.graph()))) {
    const graph::NodeProps& node = into[v];
    const std::string* id = node.attr("id");
    const std::string* source = node.attr("source");
    const std::string* title = node.attr("title");
    if (node.kind == graph::NodeKind::Article && id)
      opt.existing_articles.push_back(
          {*id, source ? *source : std::string(), title ? *title : std::string()});
  }
  if (!args.into.empty()) {
    // The grown graph's own articles come first, then the new ones.
    writer->append(io::StreamingGraphWriter::format(into, io::RdfPart::Article, paths));
    count_article(into, grown);
  }
  opt.jobs = args.jobs;
  opt.limits = args.limits;
  opt.count_speech = !args.quiet;  // the summary's tables of who said what about whom
  opt.limits.truncate = !args.skip_over_limit;
  opt.build.min_confidence = args.min_confidence;
  opt.build.unnamed_sources = args.unnamed_sources;
  opt.formats = paths;
  opt.on_commit = [&](const io::StreamingGraphWriter::Chunks& chunks) { writer->append(chunks); };
  Progress progress(!args.quiet && ::isatty(2));
  opt.on_progress = [&](size_t done, size_t files, size_t articles, size_t bytes) {
    progress.update(done, files, articles, bytes);
  };
  if (args.per_article) {
    // Article ids are unique by slug (graph::ArticleIds), hence so are these names.
    opt.on_article = [&](const core::Document& doc, const graph::KnowledgeGraph& g) {
      const std::string name = graph::article_file_stem(doc.id) + ".nt";
      core::Status st = io::write_rdf(g, io::RdfSyntax::NTriples, out->path(name));
      if (!st) return core::Status(core::Error{out->dir() + "/" + name, 0, st.error().message});
      return st;
    };
  }
  // The result (its entity table above all) is left for the process exit to
  // hand back, as the lexicons are (load_lexicons): freeing it node by node
  // cost 15.7M instructions on the BBC folder, the last serial part of every
  // run. Reachable from a static, so LeakSanitizer does not report it; a
  // second build in the same process frees the first's.
  static auto* const kept = new std::unique_ptr<PipelineResult>();
  kept->reset(new PipelineResult(run_pipeline(listed.get(), *lex, opt)));
  PipelineResult& r = **kept;
  progress.done();
  for (const auto& e : r.errors) std::cerr << "newskg: error: " << e.to_string() << "\n";
  for (const auto& w : r.warnings) std::cerr << "newskg: warning: " << w.to_string() << "\n";
  for (const auto& e : r.write_errors) std::cerr << "newskg: error: " << e.to_string() << "\n";
  if (r.articles + r.again == 0) {
    std::cerr << "newskg: error: no article could be read\n";
    return 1;
  }
  if (!args.into.empty()) {
    add_stats(r.stats, grown);
    r.entities.merge_shared(std::move(into));
  }
  int rc = 0;
  auto fail = [&](const core::Status& st) {
    if (st) return;
    // Name the file where the user will look for it, not the staging area.
    core::Error e = st.error();
    const std::string staged = out->staging() + "/";
    if (e.file.compare(0, staged.size(), staged) == 0)
      e.file = out->dir() + "/" + e.file.substr(staged.size());
    std::cerr << "newskg: error: " << e.to_string() << "\n";
    rc = 2;
  };
  fail(writer->finish(io::StreamingGraphWriter::format(r.entities, io::RdfPart::Entities, paths)));
  if (!r.write_errors.empty()) rc = 2;
  if (rc == 0 && diagram) {
    size_t statements = 0;
    if (auto it = r.stats.nodes_by_kind.find("Statement"); it != r.stats.nodes_by_kind.end())
      statements = it->second;
    if (statements > kDiagramStatementLimit) {
      std::cerr << "newskg: note: graph.dot, the views and index.html left out: " << statements
                << " statements are more than the diagram reads back (" << kDiagramStatementLimit
                << "; newskg render and newskg report draw them from the written graph)\n";
    } else {
      graph::KnowledgeGraph whole;
      fail(merge_graph_file(diagram_source, *lex, whole));
      // RDF does not carry mention counts; the entity table has them, and
      // the diagram ranks entities by them.
      for (auto v : boost::make_iterator_range(boost::vertices(r.entities.graph()))) {
        graph::NodeProps counts;
        counts.kind = r.entities[v].kind;
        counts.key = r.entities[v].key;
        counts.mentions = r.entities[v].mentions;
        if (whole.find(counts.key)) whole.upsert(std::move(counts));
      }
      // Drawn as `newskg render` draws the written graph: fragments folded.
      {
        graph::KnowledgeGraph folded;
        graph::fold_fragments(whole, folded);
        whole = std::move(folded);
      }
      if (rc == 0) {
        fail(io::write_dot(whole, out->path("graph.dot")));
        if (rc == 0 && want("svg")) {
          auto rendered = io::render_svg(out->path("graph.dot"), out->path("graph.svg"));
          if (!rendered) std::cerr << "newskg: note: " << rendered.error().message << "\n";
        }
        if (!want("dot")) std::remove(out->path("graph.dot").c_str());
      }
      if (rc == 0 && views) {
        render::WriteViewsOptions view_options;
        view_options.svg = want("svg");
        auto written = render::write_views(
            whole, [&](std::string_view name) { return out->path(std::string(name)); },
            view_options);
        // Graphviz failing on a diagram costs that picture, not the build; a
        // file that cannot be written fails it like any other output.
        if (!written && written.error().message.rfind("graphviz", 0) == 0) {
          std::cerr << "newskg: note: " << written.error().message << "\n";
        } else if (!written) {
          fail(written.error());
        } else {
          view_files = written->files;
          if (!args.quiet)
            for (const auto& note : written->notes) std::cerr << "newskg: note: " << note << "\n";
        }
      }
    }
  }
  if (scratch_source) std::remove(diagram_source.c_str());
  if (rc == 0) rc = commit_outputs(*out);
  if (rc != 0) {
    std::cerr << "newskg: error: nothing written; " << args.out_dir << " is as it was\n";
    return rc;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!args.quiet) {
    print_summary(r.entities, r, seconds);
    std::cout << "  wrote " << args.out_dir << "/graph.{";
    bool first = true;
    for (const auto& f : args.formats) {
      if (f == "html") continue;
      std::cout << (first ? "" : ",") << f;
      first = false;
    }
    std::cout << "}";
    for (const auto& f : view_files)
      if (!f.ends_with(".dot")) std::cout << ", " << f;
    std::cout << (args.per_article ? " and one .nt per article" : "") << "\n";
    if (!r.errors.empty()) std::cout << "  " << r.errors.size() << " input error(s), see above\n";
  }
  return 0;
}

}  // namespace

void add_build_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<BuildArgs>();
  CLI::App* cmd = app.add_subcommand("build", "Build the knowledge graph of a set of articles");
  cmd->add_option("inputs", args->inputs,
                  "Files, folders (read recursively) or - for standard input")
      ->required();
  CLI::Option* out = cmd->add_option("-o,--out", args->out_dir, "Output folder")->capture_default_str();
  cmd->add_option("--into", args->into,
                  "Add the articles to this graph (graph.ttl, .nt or .nq); outputs go beside it "
                  "unless -o is given")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--per-article", args->per_article,
                "Also write one N-Triples graph per article as OUT/<article id>.nt");
  cmd->add_option("--min-confidence", args->min_confidence,
                  "Drop statements, meetings and positions below this confidence (0..1)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--unnamed-sources", args->unnamed_sources,
                "Keep statements by speakers the article describes but does not name (\"experts "
                "said\", \"a spokeswoman said\") as nkg:UnnamedSource nodes; affiliated ones (\"Mexican "
                "officials\") are always kept");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (default: one per core)");
  cmd->add_option("--lexicons", args->lexicons, "Lexicon folder (default: schema/lexicon)");
  cmd->add_option("--format", args->formats, "Outputs: ttl nt nq dot svg json html (default: all but nq); html is the report "
                  "page index.html with people.svg and focus.svg")
      ->check(CLI::IsMember({"ttl", "nt", "nq", "dot", "svg", "json", "html"}))
      ->delimiter(',')
      // One word per --format (comma-separated, or --format again), so that
      // `--format nt FOLDER` leaves FOLDER to the inputs.
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--max-article-bytes", args->limits.max_article_bytes,
                  "Longest article text read, in bytes (default 8 MiB); a longer one is cut at "
                  "a paragraph end, with a warning")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-article-work", args->limits.max_work_units,
                  "Work budget of one article, in counted units (default 50 per byte of an 8 MiB "
                  "article; news takes 3 to 6 per byte); over it the article is read cut shorter")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--skip-over-limit", args->skip_over_limit,
                "Skip an article over a limit instead of reading its first part");
  cmd->add_flag("-q,--quiet", args->quiet, "No summary");
  cmd->callback([args, out, &exit_code] {
    if (!args->into.empty() && out->count() == 0) {
      const std::filesystem::path dir = std::filesystem::path(args->into).parent_path();
      args->out_dir = dir.empty() ? "." : dir.string();
    }
    exit_code = run_build(*args);
  });
}

}  // namespace newskg::cli
