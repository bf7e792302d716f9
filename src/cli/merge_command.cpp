#include "merge_command.hpp"

#include <algorithm>
#include <functional>
#include <iostream>
#include <memory>
#include <thread>

#include "newskg/io/turtle_reader.hpp"
#include "pipeline.hpp"
#include "newskg/io/writers.hpp"

namespace newskg::cli {
namespace {

struct MergeArgs {
  std::vector<std::string> graphs;
  std::string out_dir = "out";
  std::string lexicons;
  std::vector<std::string> formats = {"ttl", "nt", "dot", "svg", "json"};
  bool quiet = false;
};

int run_merge(const MergeArgs& args) {
  auto lex = load_lexicons(args.lexicons);
  if (!lex) return 2;
  // Every input is read before anything is written, so DIR may hold one of
  // the inputs (`newskg merge out/graph.ttl shard/graph.ttl -o out`).
  graph::KnowledgeGraph kg;
  // Evidence of the facts that several shards share is sorted once, after
  // the last shard, not merged again at each one.
  kg.defer_evidence();
  for (const std::string& path : args.graphs) {
    const core::Status st = merge_graph_file(path, *lex, kg);
    if (!st) {
      std::cerr << "newskg: error: " << st.error().to_string() << "\n";
      return 2;
    }
  }
  kg.finish_evidence();
  std::optional<io::OutputFolder> out = begin_outputs(args.out_dir);
  if (!out) return 2;
  int rc = write_outputs(kg, *out, args.formats);
  if (rc == 0) rc = commit_outputs(*out);
  if (!args.quiet && rc == 0) {
    std::cout << "newskg: merged " << args.graphs.size() << " graph(s): " << kg.num_nodes()
              << " nodes, " << kg.num_edges() << " edges\n  wrote " << args.out_dir
              << "/graph.{";
    for (size_t i = 0; i < args.formats.size(); ++i)
      std::cout << (i ? "," : "") << args.formats[i];
    std::cout << "}\n";
  }
  return rc;
}

}  // namespace

core::Status merge_graph_file(const std::string& path, const extract::Lexicons& lex,
                              graph::KnowledgeGraph& into) {
  io::ReadOptions options;
  // The builder fixes exactly the names it took from a lexicon: a country's
  // or organization's canonical name ("United States", "NATO").
  options.fixed_label = [&lex](graph::NodeKind kind, std::string_view label) {
    if (kind == graph::NodeKind::Country) {
      const int i = lex.country(label);
      return i >= 0 && lex.country_at(i).name == label;
    }
    if (kind == graph::NodeKind::Organization) {
      const int i = lex.organization(label);
      return i >= 0 && lex.organization_at(i).name == label;
    }
    return false;
  };
  graph::KnowledgeGraph read;
  if (core::Status st = io::read_graph_into(path, read, options); !st) return st;
  for (auto v : boost::make_iterator_range(boost::vertices(read.graph()))) {
    const graph::NodeProps& node = read[v];
    if (node.kind != graph::NodeKind::Article) continue;
    const auto there = into.find(node.key);
    // The same article read twice (a shard merged again) is no conflict;
    // another source or another title under the same id is.
    auto values = [](const graph::NodeProps& n, const char* name) {
      const auto it = n.attrs.find(name);
      return it == n.attrs.end() ? std::vector<std::string>{} : it->second;
    };
    if (!there) continue;
    const graph::NodeProps& earlier = into[*there];
    if (values(node, "source") == values(earlier, "source") &&
        values(node, "title") == values(earlier, "title"))
      continue;
    auto describe = [&](const graph::NodeProps& n) {
      const auto source = values(n, "source"), title = values(n, "title");
      return (source.empty() ? std::string("?") : source.front()) + ", \"" +
             (title.empty() ? n.label : title.front()) + "\"";
    };
    std::cerr << "newskg: warning: " << path << ": article '" << node.key.substr(8) << "' ("
              << describe(node) << ") has the id of an article of an earlier graph ("
              << describe(earlier)
              << "): their facts merge into one article; give the articles distinct ids\n";
  }
  into.merge(std::move(read));
  return core::Status::success();
}

std::optional<io::OutputFolder> begin_outputs(const std::string& dir) {
  auto out = io::OutputFolder::begin(dir);
  if (!out) {
    std::cerr << "newskg: error: " << out.error().to_string() << "\n";
    return std::nullopt;
  }
  return std::move(*out);
}

int commit_outputs(io::OutputFolder& out) {
  if (core::Status st = out.commit(); !st) {
    std::cerr << "newskg: error: " << st.error().to_string() << "\n";
    return 2;
  }
  return 0;
}

int write_outputs(const graph::KnowledgeGraph& kg, const io::OutputFolder& out,
                  const std::vector<std::string>& formats) {
  auto want = [&](const char* f) {
    return std::find(formats.begin(), formats.end(), f) != formats.end();
  };
  // The writers only read the graph: run them side by side (the SVG render
  // waits for its DOT file), one thread each, results collected in a fixed order.
  std::vector<std::function<core::Status()>> jobs;
  if (want("ttl"))
    jobs.push_back([&] { return io::write_rdf(kg, io::RdfSyntax::Turtle, out.path("graph.ttl")); });
  if (want("nt"))
    jobs.push_back([&] { return io::write_rdf(kg, io::RdfSyntax::NTriples, out.path("graph.nt")); });
  if (want("nq"))
    jobs.push_back([&] { return io::write_rdf(kg, io::RdfSyntax::NQuads, out.path("graph.nq")); });
  if (want("json")) jobs.push_back([&] { return io::write_json(kg, out.path("graph.json")); });
  std::string svg_note;
  if (want("dot") || want("svg")) {
    jobs.push_back([&]() -> core::Status {
      core::Status st = io::write_dot(kg, out.path("graph.dot"));
      if (st && want("svg")) {
        auto rendered = io::render_svg(out.path("graph.dot"), out.path("graph.svg"));
        if (!rendered) svg_note = rendered.error().message;
      }
      return st;
    });
  }
  std::vector<core::Status> statuses(jobs.size());
  {
    std::vector<std::thread> threads;
    for (size_t i = 1; i < jobs.size(); ++i)
      threads.emplace_back([&, i] { statuses[i] = jobs[i](); });
    if (!jobs.empty()) statuses[0] = jobs[0]();
    for (auto& t : threads) t.join();
  }
  if (!svg_note.empty()) std::cerr << "newskg: note: " << svg_note << "\n";
  int rc = 0;
  for (const auto& st : statuses)
    if (!st) {
      // Name the file where the user will look for it, not the staging area.
      core::Error e = st.error();
      const std::string staged = out.staging() + "/";
      if (e.file.compare(0, staged.size(), staged) == 0)
        e.file = out.dir() + "/" + e.file.substr(staged.size());
      std::cerr << "newskg: error: " << e.to_string() << "\n";
      rc = 2;
    }
  return rc;
}

void add_merge_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<MergeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "merge", "Merge graphs built separately (graph.ttl, .nt or .nq) into one");
  cmd->add_option("graphs", args->graphs, "Graph files written by `newskg build`")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("-o,--out", args->out_dir, "Output folder")->capture_default_str();
  cmd->add_option("--lexicons", args->lexicons, "Lexicon folder (default: schema/lexicon)");
  cmd->add_option("--format", args->formats, "Outputs: ttl nt nq dot svg json (default: all but nq)")
      ->check(CLI::IsMember({"ttl", "nt", "nq", "dot", "svg", "json"}))
      ->delimiter(',')
      // One word per --format (comma-separated, or --format again), so that
      // `--format nt FOLDER` leaves FOLDER to the inputs.
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_flag("-q,--quiet", args->quiet, "No summary");
  cmd->callback([args, &exit_code] { exit_code = run_merge(*args); });
}

}  // namespace newskg::cli
