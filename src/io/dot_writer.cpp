// DOT relationship diagram: a derived view of the knowledge graph.
//
// The full graph (statements, meetings, positions, offices, articles) is far
// too dense to draw, so the diagram keeps only entities and joins them with
// aggregated edges read through the fact nodes:
//   Hegseth -said-> Statement -about-> Ukraine     => Hegseth -> Ukraine "said about (N)"
//   Hegseth -met- Zelenskyy                        => Hegseth -- Zelenskyy "met"
//   Hegseth -holdsOffice-> Office -officeOf-> US   => Hegseth -> US "holds Defense Secretary"
//   Position -holder-> Hegseth, -topicEntity-> Ukraine, stance "support"
//                                                  => Hegseth -> Ukraine "supports"
// The view is a small boost::adjacency_list written with
// boost::write_graphviz and property writers, as in Boost.Graph's examples.
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <locale>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::NodeProps;
using graph::Relation;
using graph::Vertex;

enum class ViewRelation : uint8_t { SaidAbout, Met, Holds, Supports, Opposes };

struct KindStyle {
  std::string_view shape;
  std::string_view fill;
};

KindStyle kind_style(NodeKind k) {
  switch (k) {
    case NodeKind::Person:
      return {"ellipse", "lightblue"};
    case NodeKind::Organization:
      return {"box", "wheat"};
    case NodeKind::Country:
      return {"hexagon", "palegreen"};
    case NodeKind::Place:
      return {"house", "lavender"};
    case NodeKind::Event:
      return {"diamond", "lightpink"};
    default:
      break;  // only entities are drawn
  }
  return {"note", "white"};
}

struct RelationStyle {
  std::string_view color;
  std::string_view extra;  // further attributes, already DOT syntax
};

RelationStyle relation_style(ViewRelation r) {
  switch (r) {
    case ViewRelation::SaidAbout:
      return {"steelblue", ""};
    case ViewRelation::Met:
      return {"darkorange", ", dir=none"};  // symmetric
    case ViewRelation::Holds:
      return {"gray40", ", style=dashed"};
    case ViewRelation::Supports:
      return {"forestgreen", ""};
    case ViewRelation::Opposes:
      return {"firebrick", ""};
  }
  return {"black", ""};
}

// A DOT quoted string. Inside quotes DOT itself only knows \" but Graphviz
// reads labels as escString, where a backslash starts an escape (\n, \l, \N
// ...), so a literal backslash must be doubled:
//   Org "A" \ B    ->  "Org \"A\" \\ B"
//   line1⏎line2    ->  "line1\nline2"
// Non-ASCII passes through as UTF-8 (the graph declares charset=UTF-8).
std::string dot_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      // dropped: "\r\n" is one line break
    } else if (u < 0x20 || u == 0x7f) {
      out += ' ';  // tabs and other controls would only confuse the layout
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

// ---------------------------------------------------------------------------
// The derived view.
// ---------------------------------------------------------------------------

// (from key, to key, relation, detail): the map's order is the edge order of
// the diagram, so it never depends on vertex numbering.
using ViewEdgeKey = std::tuple<std::string, std::string, ViewRelation, std::string>;
struct ViewEdgeValue {
  Vertex from = 0, to = 0;
  uint32_t count = 0;
};
using ViewEdges = std::map<ViewEdgeKey, ViewEdgeValue>;

void add_view_edge(ViewEdges& edges, const KnowledgeGraph& kg, Vertex from, Vertex to,
                   ViewRelation rel, std::string detail, uint32_t count) {
  // Self-loops ("Hegseth said about Hegseth") only clutter the picture.
  if (from == to || !graph::is_entity(kg[from].kind) || !graph::is_entity(kg[to].kind)) return;
  ViewEdgeValue& value = edges[ViewEdgeKey{kg[from].key, kg[to].key, rel, std::move(detail)}];
  value.from = from;
  value.to = to;
  value.count += count;
}

template <class F>
void for_each_out(const KnowledgeGraph& kg, Vertex v, Relation rel, F&& f) {
  const graph::Graph& g = kg.graph();
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
    if (g[e].relation == rel) f(boost::target(e, g));
}

ViewEdges collect_view_edges(const KnowledgeGraph& kg) {
  ViewEdges edges;
  const graph::Graph& g = kg.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex from = boost::source(e, g), to = boost::target(e, g);
    const graph::EdgeProps& props = g[e];
    switch (props.relation) {
      case Relation::Said:
        // One count per statement, for each entity the statement is about.
        for_each_out(kg, to, Relation::About, [&](Vertex about) {
          add_view_edge(edges, kg, from, about, ViewRelation::SaidAbout, "", 1);
        });
        break;
      case Relation::Met:
        // One count per report of the meeting (a merged edge holds several).
        add_view_edge(edges, kg, from, to, ViewRelation::Met, "",
                      static_cast<uint32_t>(std::max<size_t>(1, props.evidence.size())));
        break;
      case Relation::HoldsOffice: {
        const NodeProps& office = kg[to];
        const std::string* title = office.attr("title");
        std::string detail = title != nullptr ? *title : office.label;
        for_each_out(kg, to, Relation::OfficeOf, [&](Vertex of) {
          add_view_edge(edges, kg, from, of, ViewRelation::Holds, detail, 1);
        });
        break;
      }
      case Relation::Holder: {
        // A position with stance "other" has no direction to draw.
        const std::string* stance = kg[from].attr("stance");
        if (stance == nullptr || (*stance != "support" && *stance != "oppose")) break;
        const ViewRelation rel =
            *stance == "support" ? ViewRelation::Supports : ViewRelation::Opposes;
        for_each_out(kg, from, Relation::TopicEntity,
                     [&](Vertex topic) { add_view_edge(edges, kg, to, topic, rel, "", 1); });
        break;
      }
      default:
        break;
    }
  }
  return edges;
}

std::string edge_label(ViewRelation rel, const std::string& detail, uint32_t count) {
  auto counted = [&](std::string_view word) {
    std::string s(word);
    if (count > 1) s += " (" + std::to_string(count) + ")";
    return s;
  };
  switch (rel) {
    case ViewRelation::SaidAbout:
      return "said about (" + std::to_string(count) + ")";
    case ViewRelation::Met:
      return counted("met");
    case ViewRelation::Holds:
      return "holds " + detail;
    case ViewRelation::Supports:
      return counted("supports");
    case ViewRelation::Opposes:
      return counted("opposes");
  }
  return "";
}

struct DotVertex {
  std::string id;  // the node key: stable, and the SVG <title> of the node
  std::string label;
  NodeKind kind = NodeKind::Person;
  uint32_t mentions = 0;
};
struct DotEdge {
  ViewRelation relation = ViewRelation::SaidAbout;
  std::string label;
};
using DotGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, DotVertex, DotEdge>;

struct View {
  DotGraph graph;
  size_t candidates = 0;  // entities with at least one view edge, before the cap
};

// Which entities to draw, at most `max_nodes`. Plain top-N by degree can pick
// hubs that share no edge, leaving a diagram of isolated dots, so the
// selection grows from the best-ranked entity: the next one is always the
// best-ranked neighbour of those already chosen, and only when none is left
// does the best remaining entity start a new cluster. Ranking is by view
// degree, then mentions, then key, so the cut is the same on every machine.
//   hub(5) -met- a, b, c, d, e; d -met- e; max 4  ->  hub, d, e (degree 2), a (more mentions)
std::unordered_set<Vertex> choose_entities(const KnowledgeGraph& kg, const ViewEdges& all,
                                           size_t max_nodes, size_t& candidates) {
  std::unordered_map<Vertex, std::vector<Vertex>> neighbours;
  for (const auto& [key, value] : all) {
    neighbours[value.from].push_back(value.to);
    neighbours[value.to].push_back(value.from);
  }
  std::vector<Vertex> ranked;
  ranked.reserve(neighbours.size());
  for (const auto& [v, around] : neighbours) ranked.push_back(v);
  std::sort(ranked.begin(), ranked.end(), [&](Vertex a, Vertex b) {
    const size_t da = neighbours.at(a).size(), db = neighbours.at(b).size();
    if (da != db) return da > db;
    if (kg[a].mentions != kg[b].mentions) return kg[a].mentions > kg[b].mentions;
    return kg[a].key < kg[b].key;
  });
  candidates = ranked.size();
  std::unordered_map<Vertex, size_t> rank;
  for (size_t i = 0; i < ranked.size(); ++i) rank.emplace(ranked[i], i);

  std::unordered_set<Vertex> chosen;
  std::set<size_t> frontier;  // ranks of unchosen entities next to a chosen one
  size_t next_seed = 0;
  while (chosen.size() < max_nodes) {
    size_t pick;
    if (!frontier.empty()) {
      pick = *frontier.begin();
      frontier.erase(frontier.begin());
    } else {
      while (next_seed < ranked.size() && chosen.count(ranked[next_seed])) ++next_seed;
      if (next_seed == ranked.size()) break;
      pick = next_seed;
    }
    const Vertex v = ranked[pick];
    chosen.insert(v);
    for (Vertex u : neighbours.at(v))
      if (!chosen.count(u)) frontier.insert(rank.at(u));
  }
  return chosen;
}

View build_view(const KnowledgeGraph& kg, const DotOptions& options) {
  const ViewEdges all = collect_view_edges(kg);
  View view;
  const std::unordered_set<Vertex> chosen =
      choose_entities(kg, all, options.max_nodes, view.candidates);
  std::unordered_map<Vertex, bool> kept;  // true once an edge between chosen nodes uses it
  for (Vertex v : chosen) kept[v] = false;

  std::vector<const ViewEdges::value_type*> edges;
  for (const auto& entry : all) {
    const ViewEdgeValue& value = entry.second;
    if (!kept.count(value.from) || !kept.count(value.to)) continue;
    kept[value.from] = kept[value.to] = true;
    edges.push_back(&entry);
  }
  // A new cluster's seed chosen last would float alone: drop it.
  std::vector<Vertex> shown;
  for (const auto& [v, used] : kept)
    if (used) shown.push_back(v);
  std::sort(shown.begin(), shown.end(), [&](Vertex a, Vertex b) { return kg[a].key < kg[b].key; });

  std::unordered_map<Vertex, DotGraph::vertex_descriptor> index;
  for (Vertex v : shown) {
    const NodeProps& n = kg[v];
    index[v] = boost::add_vertex(
        DotVertex{n.key, n.label.empty() ? n.key : n.label, n.kind, n.mentions}, view.graph);
  }
  for (const auto* entry : edges) {
    const auto& [key, value] = *entry;
    const ViewRelation rel = std::get<2>(key);
    boost::add_edge(index.at(value.from), index.at(value.to),
                    DotEdge{rel, edge_label(rel, std::get<3>(key), value.count)}, view.graph);
  }
  return view;
}

// ---------------------------------------------------------------------------
// Property writers for boost::write_graphviz.
// ---------------------------------------------------------------------------

class VertexWriter {
 public:
  explicit VertexWriter(const DotGraph& g) : g_(g) {}
  void operator()(std::ostream& out, DotGraph::vertex_descriptor v) const {
    const DotVertex& d = g_[v];
    const KindStyle style = kind_style(d.kind);
    std::string tooltip = std::string(graph::to_string(d.kind)) + " " + d.id;
    if (d.mentions > 0)
      tooltip += " (" + std::to_string(d.mentions) + (d.mentions == 1 ? " mention)" : " mentions)");
    out << " [label=" << dot_quote(d.label) << ", shape=" << style.shape
        << ", fillcolor=" << dot_quote(style.fill) << ", tooltip=" << dot_quote(tooltip) << "]";
  }

 private:
  const DotGraph& g_;
};

// A diagram with more relations than this is laid out by sfdp instead of
// dot: dot's hierarchical layout took 76 s on the BBC politics folder's
// diagram and 6.5 min on the whole folder's; sfdp with prism overlap removal
// and straight edges takes well under a second. The engine is written into
// the file (`layout=`), so `dot -Tpng graph.dot` by hand picks the same one.
constexpr size_t kHierarchicalEdgeLimit = 250;

bool force_directed(const DotGraph& g) { return boost::num_edges(g) > kHierarchicalEdgeLimit; }

class EdgeWriter {
 public:
  explicit EdgeWriter(const DotGraph& g) : g_(g), labels_(!force_directed(g)) {}
  void operator()(std::ostream& out, DotGraph::edge_descriptor e) const {
    const DotEdge& d = g_[e];
    const RelationStyle style = relation_style(d.relation);
    // sfdp puts edge labels at the edges' middles, where they overprint each
    // other; there the label becomes the edge's tooltip.
    out << (labels_ ? "[label=" : "[tooltip=") << dot_quote(d.label)
        << ", color=" << dot_quote(style.color) << ", fontcolor=" << dot_quote(style.color)
        << style.extra << "]";
  }

 private:
  const DotGraph& g_;
  bool labels_;
};

// Text inside a HTML-like label: & < > as entities.
std::string html_text(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"') {
      out += "&quot;";
    } else {
      out += c;
    }
  }
  return out;
}

class GraphWriter {
 public:
  GraphWriter(const View& view, const DotOptions& options) : view_(view), options_(options) {}
  void operator()(std::ostream& out) const {
    const size_t shown = boost::num_vertices(view_.graph);
    std::string title = "newskg: " + std::to_string(shown) + " entities, " +
                        std::to_string(boost::num_edges(view_.graph)) + " relations";
    if (view_.candidates > shown)
      title += " (the best connected of " + std::to_string(view_.candidates) + ")";
    out << "  graph [charset=\"UTF-8\", ";
    if (force_directed(view_.graph)) {
      out << "layout=sfdp, overlap=prism, overlap_scaling=-4, sep=\"+10\", splines=false, "
             "start=1, outputorder=edgesfirst, ";
    } else {
      out << "layout=dot, rankdir=LR, ";
    }
    out << "labelloc=t, labeljust=l, fontsize=14, fontname=\"Helvetica,Arial,sans-serif\", "
           "label="
        << label(title) << "];\n"
        << "  node [style=filled, fontsize=11, fontname=\"Helvetica,Arial,sans-serif\"];\n"
        << "  edge [fontsize=9, fontname=\"Helvetica,Arial,sans-serif\"];\n";
  }

 private:
  // The title and the legend as one HTML-like table in the graph's own
  // label: every engine places it above the drawing as one block, where a
  // legend cluster drifted among the nodes once sfdp laid the graph out.
  std::string label(const std::string& title) const {
    std::ostringstream out;
    out << "<<table border=\"0\" cellborder=\"0\" cellspacing=\"3\"><tr><td align=\"left\">"
        << "<b>" << html_text(title) << "</b></td></tr>";
    if (options_.legend) {
      out << "<tr><td align=\"left\"><table border=\"0\" cellborder=\"0\" cellspacing=\"3\"><tr>";
      for (NodeKind k :
           {NodeKind::Person, NodeKind::Organization, NodeKind::Country, NodeKind::Place,
            NodeKind::Event}) {
        const KindStyle style = kind_style(k);
        out << "<td border=\"1\" bgcolor=\"" << style.fill << "\" cellpadding=\"2\">"
            << "<font point-size=\"9\">" << graph::to_string(k) << " (" << style.shape
            << ")</font></td>";
      }
      const std::pair<ViewRelation, std::string_view> relations[] = {
          {ViewRelation::SaidAbout, "said about (N)"},
          {ViewRelation::Met, "met"},
          {ViewRelation::Holds, "holds &lt;title&gt;"},
          {ViewRelation::Supports, "supports"},
          {ViewRelation::Opposes, "opposes"}};
      for (const auto& [rel, text] : relations) {
        const RelationStyle style = relation_style(rel);
        out << "<td cellpadding=\"2\"><font point-size=\"9\" color=\"" << style.color << "\">"
            << "&#8212;&#8212; " << text << "</font></td>";
      }
      out << "</tr></table></td></tr>";
    }
    out << "</table>>";
    return out.str();
  }

  const View& view_;
  const DotOptions& options_;
};

// ---------------------------------------------------------------------------
// Rendering with Graphviz.
// ---------------------------------------------------------------------------

// The executable `name` on PATH (execvp's default when PATH is unset), so a
// missing Graphviz is reported before anything is forked.
std::optional<std::string> find_on_path(std::string_view name) {
  const char* env = std::getenv("PATH");
  const std::string path = env != nullptr ? env : "/usr/local/bin:/bin:/usr/bin";
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find(':', start);
    if (end == std::string::npos) end = path.size();
    std::string dir = path.substr(start, end - start);
    if (dir.empty()) dir = ".";  // an empty PATH entry means the current directory
    const std::string candidate = dir + "/" + std::string(name);
    struct stat st {};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
        ::access(candidate.c_str(), X_OK) == 0)
      return candidate;
    start = end + 1;
  }
  return std::nullopt;
}

std::string base_name(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::string to_dot(const graph::KnowledgeGraph& kg) { return to_dot(kg, DotOptions{}); }

std::string to_dot(const graph::KnowledgeGraph& kg, const DotOptions& options) {
  const View view = build_view(kg, options);
  std::ostringstream out;
  out.imbue(std::locale::classic());
  boost::write_graphviz(out, view.graph, VertexWriter(view.graph), EdgeWriter(view.graph),
                        GraphWriter(view, options), boost::get(&DotVertex::id, view.graph));
  return out.str();
}

core::Status write_dot(const graph::KnowledgeGraph& kg, const std::string& path) {
  return write_file_atomic(path, to_dot(kg));
}

core::Status write_dot(const graph::KnowledgeGraph& kg, const std::string& path,
                       const DotOptions& options) {
  return write_file_atomic(path, to_dot(kg, options));
}

core::Status render_svg(const std::string& dot_path, const std::string& svg_path) {
  const std::optional<std::string> dot = find_on_path("dot");
  if (!dot)
    return core::Error{
        svg_path, 0, "graphviz `dot` not found; install graphviz to render " + base_name(svg_path)};

  // Like write_file_atomic: render next to the target, then rename, so a
  // failed or interrupted render never leaves a truncated SVG in place.
  const std::string tmp = svg_path + ".tmp." + std::to_string(::getpid());
  // argv is built before fork(): the child only calls async-signal-safe
  // functions (execv, _exit), which matters when the caller has threads.
  // The engine is the one the file names (`layout=`, see to_dot), so this
  // renders exactly what `dot -Tsvg graph.dot` by hand does.
  std::vector<std::string> args = {"dot", "-Tsvg", "-o", tmp, dot_path};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  const pid_t pid = ::fork();
  if (pid < 0) return core::Error{svg_path, 0, std::string("cannot fork: ") + std::strerror(errno)};
  if (pid == 0) {
    // `dot` holds a '/', so execvp runs exactly the file found above (no shell).
    ::execvp(dot->c_str(), argv.data());
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      const int err = errno;
      ::unlink(tmp.c_str());
      return core::Error{svg_path, 0, std::string("cannot wait for dot: ") + std::strerror(err)};
    }
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    ::unlink(tmp.c_str());
    const std::string why = WIFEXITED(status)
                                ? "exited with code " + std::to_string(WEXITSTATUS(status))
                                : "was killed by signal " + std::to_string(WTERMSIG(status));
    return core::Error{dot_path, 0, "graphviz `dot` " + why + " while rendering " + svg_path};
  }
  if (::rename(tmp.c_str(), svg_path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return core::Error{svg_path, 0, std::string("cannot replace: ") + std::strerror(err)};
  }
  return core::Status::success();
}

}  // namespace newskg::io
