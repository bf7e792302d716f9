#include "merge_command.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

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
  for (const std::string& path : args.graphs) {
    const core::Status st = merge_graph_file(path, *lex, kg);
    if (!st) {
      std::cerr << "newskg: error: " << st.error().to_string() << "\n";
      return 2;
    }
  }
  std::error_code ec;
  std::filesystem::create_directories(args.out_dir, ec);
  if (ec) {
    std::cerr << "newskg: error: " << args.out_dir << ": " << ec.message() << "\n";
    return 2;
  }
  const int rc = write_outputs(kg, args.out_dir, args.formats);
  if (!args.quiet) {
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
  return io::read_graph_into(path, into, options);
}

int write_outputs(const graph::KnowledgeGraph& kg, const std::string& dir,
                  const std::vector<std::string>& formats) {
  namespace fs = std::filesystem;
  auto want = [&](const char* f) {
    return std::find(formats.begin(), formats.end(), f) != formats.end();
  };
  const fs::path out(dir);
  std::vector<core::Status> statuses;
  if (want("ttl"))
    statuses.push_back(io::write_rdf(kg, io::RdfSyntax::Turtle, (out / "graph.ttl").string()));
  if (want("nt"))
    statuses.push_back(io::write_rdf(kg, io::RdfSyntax::NTriples, (out / "graph.nt").string()));
  if (want("nq"))
    statuses.push_back(io::write_rdf(kg, io::RdfSyntax::NQuads, (out / "graph.nq").string()));
  if (want("json")) statuses.push_back(io::write_json(kg, (out / "graph.json").string()));
  if (want("dot") || want("svg")) {
    statuses.push_back(io::write_dot(kg, (out / "graph.dot").string()));
    if (want("svg")) {
      auto st = io::render_svg((out / "graph.dot").string(), (out / "graph.svg").string());
      if (!st) std::cerr << "newskg: note: " << st.error().message << "\n";
    }
  }
  int rc = 0;
  for (const auto& st : statuses)
    if (!st) {
      std::cerr << "newskg: error: " << st.error().to_string() << "\n";
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
      ->delimiter(',');
  cmd->add_flag("-q,--quiet", args->quiet, "No summary");
  cmd->callback([args, &exit_code] { exit_code = run_merge(*args); });
}

}  // namespace newskg::cli
