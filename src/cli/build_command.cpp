#include "build_command.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include "merge_command.hpp"
#include "newskg/io/writers.hpp"
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
  std::vector<std::string> formats = {"ttl", "nt", "dot", "svg", "json"};
  bool quiet = false;
  std::string into;  // --into GRAPH: an existing graph the new articles are added to
};

void print_summary(const graph::KnowledgeGraph& kg, const PipelineResult& r, double seconds) {
  std::map<std::string, size_t> by_kind;
  for (auto v : kg.sorted_nodes()) ++by_kind[std::string(graph::to_string(kg[v].kind))];
  std::cout << "newskg: " << r.articles << " article(s), " << kg.num_nodes() << " nodes, "
            << kg.num_edges() << " edges";
  if (seconds > 0)
    std::cout << " (" << static_cast<int>(seconds * 1000) << " ms, "
              << (r.bytes / 1e6) / seconds << " MB/s)";
  std::cout << "\n  nodes by type:";
  for (const auto& [k, n] : by_kind) std::cout << " " << k << "=" << n;
  std::cout << "\n";
  // Top speakers and who-said-about-whom pairs.
  std::map<graph::Vertex, size_t> said;
  std::map<std::pair<graph::Vertex, graph::Vertex>, size_t> pairs;
  const auto& g = kg.graph();
  for (const auto& e : kg.sorted_edges()) {
    if (e.props->relation != graph::Relation::Said) continue;
    ++said[e.from];
    for (auto out : boost::make_iterator_range(boost::out_edges(e.to, g)))
      if (g[out].relation == graph::Relation::About) ++pairs[{e.from, boost::target(out, g)}];
  }
  auto top = [](auto& m, size_t n) {
    std::vector<std::pair<typename std::decay_t<decltype(m)>::key_type, size_t>> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
    if (v.size() > n) v.resize(n);
    return v;
  };
  std::cout << "  top speakers:\n";
  for (const auto& [v, n] : top(said, 10))
    std::cout << "    " << n << "\t" << kg[v].label << " (" << graph::to_string(kg[v].kind) << ")\n";
  std::cout << "  who said about whom:\n";
  for (const auto& [p, n] : top(pairs, 15))
    std::cout << "    " << n << "\t" << kg[p.first].label << " -> " << kg[p.second].label << "\n";
}

int run_build(const BuildArgs& args) {
  const auto started = std::chrono::steady_clock::now();
  auto lex = load_lexicons(args.lexicons);
  if (!lex) return 2;
  // Read before the articles, so a bad graph fails fast; merged after them.
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
  PipelineOptions opt;
  for (auto v : boost::make_iterator_range(boost::vertices(into.graph()))) {
    const graph::NodeProps& node = into[v];
    const std::string* id = node.attr("id");
    const std::string* source = node.attr("source");
    const std::string* title = node.attr("title");
    if (node.kind == graph::NodeKind::Article && id)
      opt.existing_articles.push_back(
          {*id, source ? *source : std::string(), title ? *title : std::string()});
  }
  opt.jobs = args.jobs;
  opt.build.min_confidence = args.min_confidence;
  opt.build.unnamed_sources = args.unnamed_sources;
  if (args.per_article) {
    // Article ids are unique by slug (graph::ArticleIds), hence so are these names.
    opt.on_article = [&](const core::Document& doc, const graph::KnowledgeGraph& g) {
      const std::string name = graph::article_file_stem(doc.id) + ".nt";
      core::Status st = io::write_rdf(g, io::RdfSyntax::NTriples, out->path(name));
      if (!st) return core::Status(core::Error{out->dir() + "/" + name, 0, st.error().message});
      return st;
    };
  }
  PipelineResult r = run_pipeline(args.inputs, *lex, opt);
  for (const auto& e : r.errors) std::cerr << "newskg: error: " << e.to_string() << "\n";
  for (const auto& w : r.warnings) std::cerr << "newskg: warning: " << w.to_string() << "\n";
  for (const auto& e : r.write_errors) std::cerr << "newskg: error: " << e.to_string() << "\n";
  if (r.articles == 0) {
    std::cerr << "newskg: error: no article could be read\n";
    return 1;
  }
  if (!args.into.empty()) into.merge(std::move(r.graph));
  const graph::KnowledgeGraph& kg = args.into.empty() ? r.graph : into;
  int rc = write_outputs(kg, *out, args.formats);
  if (!r.write_errors.empty()) rc = 2;
  if (rc == 0) rc = commit_outputs(*out);
  if (rc != 0) {
    std::cerr << "newskg: error: nothing written; " << args.out_dir << " is as it was\n";
    return rc;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!args.quiet) {
    print_summary(kg, r, seconds);
    std::cout << "  wrote " << args.out_dir << "/graph.{";
    bool first = true;
    for (const auto& f : args.formats) {
      std::cout << (first ? "" : ",") << f;
      first = false;
    }
    std::cout << "}" << (args.per_article ? " and one .nt per article" : "") << "\n";
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
  cmd->add_option("--format", args->formats, "Outputs: ttl nt nq dot svg json (default: all but nq)")
      ->check(CLI::IsMember({"ttl", "nt", "nq", "dot", "svg", "json"}))
      ->delimiter(',');
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
