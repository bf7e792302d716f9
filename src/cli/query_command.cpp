// `newskg query`: answers over a graph file, as a table or JSON.
//   newskg query said --by Hegseth --about Ukraine
//   newskg query met "Mark Rutte"
//   newskg query positions --topic nato membership
//   newskg query entity US --json
#include "query_command.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>

#include "newskg/graph/fragments.hpp"
#include "newskg/io/turtle_reader.hpp"
#include "newskg/query/names.hpp"
#include "newskg/query/queries.hpp"
#include "newskg/query/render.hpp"

namespace newskg::cli {
namespace {

struct QueryArgs {
  std::string graph = "out/graph.ttl";
  bool json = false;
  int width = -1;  // -1: the terminal's width (120 when not a terminal); 0: no limit
  // Names may be typed without quotes: `--by Pete Hegseth` is one name.
  std::vector<std::string> by, about, who, topic, holder, name;
};

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

size_t output_width(int requested) {
  if (requested >= 0) return static_cast<size_t>(requested);
  winsize ws{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    const long n = std::strtol(columns, nullptr, 10);
    if (n > 0) return static_cast<size_t>(n);
  }
  return 120;
}

// One query run: the graph, its name index, and the answer's exit code.
class QueryRun {
 public:
  explicit QueryRun(const QueryArgs& args) : args_(args) {}

  // Reads the graph; false (after printing why) when it cannot.
  bool load() {
    auto read = io::read_graph(args_.graph);
    if (!read) {
      std::cerr << "newskg: error: " << read.error().to_string() << "\n";
      if (read.error().message.rfind("cannot open", 0) == 0)
        std::cerr << "newskg: hint: build a graph first (newskg build ARTICLES -o out) or pass "
                     "--graph PATH\n";
      exit_code_ = 2;
      return false;
    }
    // The graph is only read from here on, never linked into. A person
    // named by a surname alone is answered as the one full name it stands
    // for (graph/fragments.hpp): "Howard said" lists Michael Howard's words.
    kg_ = std::make_unique<graph::KnowledgeGraph>();
    graph::fold_fragments(*read, *kg_);
    names_ = std::make_unique<query::NameIndex>(*kg_);
    return true;
  }

  // The entity a typed name means; nullopt (after telling the user) when
  // there is none or more than one.
  std::optional<graph::Vertex> resolve(const std::string& name) {
    const query::NameMatch match = names_->find(name);
    if (match.status == query::NameMatch::Status::Found) {
      if (!match.also.empty()) {
        std::cerr << "newskg: note: \"" << name << "\" is " << (*kg_)[match.vertex()].key
                  << "; it is also the surname of:\n";
        for (graph::Vertex v : match.also)
          std::cerr << "  " << (*kg_)[v].label << "  (" << (*kg_)[v].key << ")\n";
      }
      return match.vertex();
    }
    if (match.status == query::NameMatch::Status::NotFound) {
      std::cerr << "newskg: no person, organization, country or event matches \"" << name
                << "\"\n";
      exit_code_ = std::max(exit_code_, 1);
      return std::nullopt;
    }
    std::vector<query::EntityRef> candidates;
    for (graph::Vertex v : match.vertices) candidates.push_back(query::entity_ref(*kg_, v));
    std::cerr << "newskg: \"" << name << "\" is ambiguous; did you mean:\n";
    for (const query::EntityRef& c : candidates)
      std::cerr << "  " << c.label << "  (" << c.kind << ", " << c.key << ")\n";
    if (args_.json) std::cout << query::ambiguity_json(name, candidates);
    exit_code_ = 2;
    return std::nullopt;
  }

  // Resolves an optional name filter; false when it was given but not found.
  bool resolve_filter(const std::vector<std::string>& words, std::optional<graph::Vertex>& out) {
    if (words.empty()) return true;
    out = resolve(joined(words));
    return out.has_value();
  }

  const graph::KnowledgeGraph& kg() const { return *kg_; }
  size_t width() const { return output_width(args_.width); }
  bool json() const { return args_.json; }
  int exit_code() const { return exit_code_; }

 private:
  const QueryArgs& args_;
  std::unique_ptr<graph::KnowledgeGraph> kg_;
  std::unique_ptr<query::NameIndex> names_;
  int exit_code_ = 0;
};

int run_said(const QueryArgs& args) {
  QueryRun run(args);
  if (!run.load()) return run.exit_code();
  query::SaidFilter filter;
  const bool by_ok = run.resolve_filter(args.by, filter.by);
  const bool about_ok = run.resolve_filter(args.about, filter.about);
  if (!by_ok || !about_ok) return run.exit_code();
  const auto rows = query::said(run.kg(), filter);
  std::cout << (run.json() ? query::to_json(rows)
                           : query::render_table(query::said_table(rows), run.width()));
  return 0;
}

int run_met(const QueryArgs& args) {
  QueryRun run(args);
  if (!run.load()) return run.exit_code();
  std::optional<graph::Vertex> who;
  if (!run.resolve_filter(args.who, who)) return run.exit_code();
  const auto rows = query::met(run.kg(), who);
  std::cout << (run.json() ? query::to_json(rows)
                           : query::render_table(query::met_table(rows), run.width()));
  return 0;
}

int run_positions(const QueryArgs& args) {
  QueryRun run(args);
  if (!run.load()) return run.exit_code();
  query::PositionFilter filter;
  filter.topic = joined(args.topic);
  if (!run.resolve_filter(args.holder, filter.holder)) return run.exit_code();
  const auto rows = query::positions(run.kg(), filter);
  std::cout << (run.json() ? query::to_json(rows)
                           : query::render_table(query::positions_table(rows), run.width()));
  return 0;
}

int run_entity(const QueryArgs& args) {
  QueryRun run(args);
  if (!run.load()) return run.exit_code();
  std::optional<graph::Vertex> v;
  if (!run.resolve_filter(args.name, v)) return run.exit_code();
  const query::EntityReport report = query::describe(run.kg(), *v);
  std::cout << (run.json() ? query::to_json(report) : query::render_entity(report, run.width()));
  return 0;
}

}  // namespace

void add_query_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand(
      "query", "Ask a built graph who said what about whom, who met whom, who stands where");
  cmd->require_subcommand(1);
  cmd->add_option("--graph", args->graph, "Graph file (Turtle, N-Triples or N-Quads)")
      ->capture_default_str();
  cmd->add_flag("--json", args->json, "JSON for scripts instead of a table");
  cmd->add_option("--width", args->width,
                  "Table width in characters, 0 for no limit (default: the terminal's)");

  // The shared options may also come after the question: `query said --json`.
  CLI::App* said = cmd->add_subcommand("said", "Statements, with speaker, quote, about and sentence");
  said->fallthrough();
  said->add_option("--by", args->by, "Only statements by this speaker (any name or alias)");
  said->add_option("--about", args->about, "Only statements about this entity");
  said->callback([args, &exit_code] { exit_code = run_said(*args); });

  CLI::App* met = cmd->add_subcommand("met", "Meetings, with participants, article and sentence");
  met->fallthrough();
  met->add_option("name", args->who, "Only meetings this person (or body) took part in");
  met->callback([args, &exit_code] { exit_code = run_met(*args); });

  CLI::App* positions =
      cmd->add_subcommand("positions", "Positions: holder, stance (support/oppose/other), topic");
  positions->fallthrough();
  positions->add_option("--topic", args->topic, "Words the topic must contain (word beginnings)");
  positions->add_option("--holder", args->holder, "Only positions of this person (or body)");
  positions->callback([args, &exit_code] { exit_code = run_positions(*args); });

  CLI::App* entity = cmd->add_subcommand(
      "entity", "One entity: aliases, roles, statements by and about it, meetings, positions");
  entity->fallthrough();
  entity->add_option("name", args->name, "A name, surname or alias")->required();
  entity->callback([args, &exit_code] { exit_code = run_entity(*args); });
}

}  // namespace newskg::cli
