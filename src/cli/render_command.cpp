// `newskg render` and `newskg report`: diagrams and the report page of a
// graph file.
//   newskg render people -o people.svg
//   newskg render statements --about Ukraine -o ukraine.svg
//   newskg render focus Hegseth --depth 2 -o hegseth.png
//   newskg render article 003_0d3550a95405e0c2 -o article.dot
//   newskg report -o out/index.html
#include "render_command.hpp"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "newskg/graph/fragments.hpp"
#include "newskg/io/turtle_reader.hpp"
#include "newskg/io/writers.hpp"
#include "newskg/query/names.hpp"
#include "newskg/render/diagram.hpp"
#include "newskg/render/graphviz.hpp"
#include "newskg/render/report.hpp"

namespace newskg::cli {
namespace {

constexpr int kNotFound = 1;
constexpr int kUsage = 2;
constexpr int kGraphviz = 4;

struct RenderArgs {
  std::string graph = "out/graph.ttl";
  std::string out;
  std::vector<std::string> name;  // focus NAME / article ID (may be typed without quotes)
  std::vector<std::string> about, by;
  size_t depth = 1;
  size_t max_nodes = 0;  // 0: the view's default
  std::string relations;
  std::string since, until;
  std::string engine;
};

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

bool ends_with(std::string_view s, std::string_view ext) {
  return s.size() >= ext.size() && s.substr(s.size() - ext.size()) == ext;
}

void error(const std::string& message) { std::cerr << "newskg: error: " << message << "\n"; }

// The graph, read once; null (after saying why) when it cannot be read.
std::unique_ptr<graph::KnowledgeGraph> load(const std::string& path) {
  auto kg = std::make_unique<graph::KnowledgeGraph>();
  const core::Status st = io::read_graph_into(path, *kg);
  if (!st) {
    error(st.error().to_string());
    if (st.error().message.rfind("cannot open", 0) == 0)
      std::cerr << "newskg: hint: build a graph first (newskg build ARTICLES -o out) or pass "
                   "--graph PATH\n";
    return nullptr;
  }
  // A person named by a surname alone is drawn as the one full name it
  // stands for (graph/fragments.hpp).
  auto folded = std::make_unique<graph::KnowledgeGraph>();
  graph::fold_fragments(*kg, *folded);
  return folded;
}

// The entity a typed name means, or the exit code saying why there is none.
std::optional<graph::Vertex> resolve(const graph::KnowledgeGraph& kg, const query::NameIndex& names,
                                     const std::string& name, int& exit_code) {
  const query::NameMatch match = names.find(name);
  if (match.status == query::NameMatch::Status::Found) return match.vertex();
  if (match.status == query::NameMatch::Status::NotFound) {
    std::cerr << "newskg: no person, organization, country or event matches \"" << name << "\"\n";
    exit_code = kNotFound;
    return std::nullopt;
  }
  std::cerr << "newskg: \"" << name << "\" is ambiguous; did you mean:\n";
  for (graph::Vertex v : match.vertices)
    std::cerr << "  " << kg[v].label << "  (" << graph::to_string(kg[v].kind) << ", " << kg[v].key
              << ")\n";
  exit_code = kUsage;
  return std::nullopt;
}

// Writes the diagram as the output's extension asks.
int write_diagram(const render::Diagram& diagram, const RenderArgs& args) {
  const std::string dot = render::to_dot(diagram, render::DotSettings{args.engine});
  if (ends_with(args.out, ".dot") || ends_with(args.out, ".gv")) {
    const core::Status st = io::write_file_atomic(args.out, dot);
    if (!st) {
      error(st.error().to_string());
      return kUsage;
    }
  } else {
    const auto format = render::image_format_of(args.out);
    if (!format) {
      error(format.error().message + " (or .dot)");
      return kUsage;
    }
    const core::Status st = render::run_graphviz(dot, *format, args.out);
    if (!st) {
      error(st.error().to_string());
      return render::is_graphviz_missing(st.error()) || st.error().message.rfind("graphviz", 0) == 0
                 ? kGraphviz
                 : kUsage;
    }
  }
  std::cerr << args.out << ": " << diagram.title;
  if (!diagram.note.empty()) std::cerr << " (" << diagram.note << ")";
  std::cerr << "\n";
  return 0;
}

int run_render(const std::string& view, const RenderArgs& args) {
  render::ViewOptions options;
  if (args.max_nodes > 0) {
    options.max_nodes = args.max_nodes;
  } else if (view == "focus") {
    options.max_nodes = 40;
  } else if (view == "statements") {
    options.max_nodes = 30;
  }
  options.depth = args.depth;
  options.since = args.since;
  options.until = args.until;
  if (!args.relations.empty()) {
    auto rel = render::parse_relations(args.relations);
    if (!rel) {
      error(rel.error().to_string());
      return kUsage;
    }
    options.relations = *rel;
  }
  const auto kg = load(args.graph);
  if (!kg) return kUsage;

  if (view == "people") return write_diagram(render::people_view(*kg, options), args);
  if (view == "article") {
    auto d = render::article_view(*kg, joined(args.name), options);
    if (!d) {
      error(d.error().to_string());
      return kNotFound;
    }
    return write_diagram(*d, args);
  }
  const query::NameIndex names(*kg);
  int code = 0;
  if (view == "focus") {
    const auto v = resolve(*kg, names, joined(args.name), code);
    if (!v) return code;
    return write_diagram(render::focus_view(*kg, *v, options), args);
  }
  render::StatementsQuery q;
  if (!args.by.empty() && !(q.by = resolve(*kg, names, joined(args.by), code))) return code;
  if (!args.about.empty() && !(q.about = resolve(*kg, names, joined(args.about), code)))
    return code;
  if (!q.by && !q.about) {
    error("statements: say whose or about whom: --by NAME and/or --about NAME");
    return kUsage;
  }
  return write_diagram(render::statements_view(*kg, q, options), args);
}

struct ReportArgs {
  std::string graph = "out/graph.ttl";
  std::string out = "out/index.html";
  size_t max_nodes = 100;
  std::string title = "newskg report";
};

int run_report(const ReportArgs& args) {
  const auto kg = load(args.graph);
  if (!kg) return kUsage;
  render::ViewOptions options;
  options.max_nodes = args.max_nodes;
  const render::Diagram people = render::people_view(*kg, options);
  std::string svg, note;
  const std::string svg_path = args.out + ".people." + std::to_string(::getpid()) + ".svg";
  const core::Status st =
      render::run_graphviz(render::to_dot(people), render::ImageFormat::Svg, svg_path);
  if (st) {
    std::ifstream in(svg_path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    svg = s.str();
    ::unlink(svg_path.c_str());
  } else {
    note = st.error().message;
    std::cerr << "newskg: note: the page has no diagram: " << note << "\n";
  }
  render::ReportOptions report;
  report.title = args.title;
  const core::Status written =
      io::write_file_atomic(args.out, render::report_html(*kg, people, svg, note, report));
  if (!written) {
    error(written.error().to_string());
    return kUsage;
  }
  std::cerr << args.out << ": report page (" << people.title << ")\n";
  return 0;
}

}  // namespace

void add_render_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* cmd = app.add_subcommand(
      "render", "Draw a diagram of a built graph: people, statements, focus NAME, article ID");
  cmd->require_subcommand(1);
  cmd->add_option("--graph", args->graph, "Graph file (Turtle, N-Triples or N-Quads)")
      ->capture_default_str();
  cmd->add_option("-o,--out", args->out, "Output file: .svg or .png (Graphviz), or .dot")
      ->required();
  cmd->add_option("--max-nodes", args->max_nodes,
                  "Most nodes drawn (default 100; focus 40; statements 30 quotes); the best "
                  "connected are kept and the diagram says how many were left out");
  cmd->add_option("--relations", args->relations,
                  "Relations drawn, comma-separated: said,met,office,stance (default all)");
  cmd->add_option("--since", args->since,
                  "Only facts from articles dated on or after (YYYY[-MM[-DD]])");
  cmd->add_option("--until", args->until, "Only facts from articles dated on or before");
  cmd->add_option("--engine", args->engine,
                  "Graphviz engine instead of the one chosen for the view (dot, neato, sfdp, fdp)");

  auto add_view = [&](const char* name, const char* help) {
    CLI::App* view = cmd->add_subcommand(name, help);
    view->fallthrough();
    const std::string view_name = name;
    view->callback([args, view_name, &exit_code] { exit_code = run_render(view_name, *args); });
    return view;
  };
  add_view("people",
           "People, organizations, countries: one edge per pair and relation, "
           "thicker for more facts");
  CLI::App* statements = add_view("statements", "Speaker -> quote -> entity");
  statements->add_option("--about", args->about, "Statements about this entity");
  statements->add_option("--by", args->by, "Statements by this speaker");
  CLI::App* focus = add_view("focus", "The neighbourhood of one entity");
  focus->add_option("name", args->name, "A name, surname or alias")->required();
  focus->add_option("--depth", args->depth, "Steps out from the entity (default 1)");
  CLI::App* article = add_view("article", "One article's statements, meetings and positions");
  article->add_option("id", args->name, "The article's id (its file's base name)")->required();
}

void add_report_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Write the report page: diagram, statements table, entity panels (one HTML file)");
  cmd->add_option("--graph", args->graph, "Graph file (Turtle, N-Triples or N-Quads)")
      ->capture_default_str();
  cmd->add_option("-o,--out", args->out, "The page to write")->capture_default_str();
  cmd->add_option("--max-nodes", args->max_nodes, "Most entities in the page's diagram")
      ->capture_default_str();
  cmd->add_option("--title", args->title, "The page's title")->capture_default_str();
  cmd->callback([args, &exit_code] { exit_code = run_report(*args); });
}

}  // namespace newskg::cli
