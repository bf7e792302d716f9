// A Diagram as DOT, through boost::write_graphviz and property writers (as
// in Boost.Graph's examples), with the layout engine and its settings
// written into the file as graph attributes.
//
// Choosing the engine, measured on the BBC folder's people view (100 of 2,510
// entities, 250 relations; tools/render_compare.py, Graphviz 2.42; label and
// node overlaps counted from the SVG's text and node boxes):
//   engine, settings             seconds  size (pt)   label/node overlaps
//   dot, rankdir=LR              0.11     3585x1915   0 / 0  long curved edges across the
//                                                            whole width: a people graph
//                                                            has no hierarchy to show
//   neato, prism, splines=true   4.74     2646x3252   0 / 0
//   neato, prism, straight       0.13     2646x3252   0 / 0  tall; groups strung below
//   neato, overlap=scalexy       0.11     6140x7763   0 / 0  5x the area
//   sfdp, prism, splines=true    4.45     2720x1670   0 / 0
//   sfdp, prism, straight        0.11     2720x1670   0 / 0  chosen: half neato's area,
//                                                            landscape, groups packed
//   fdp, prism, straight         0.11     1914x1873   0 / 0
// At 150 entities spline routing takes 10-11 s (straight lines 0.15-0.2 s).
// So: people uses sfdp with prism overlap removal and straight edges drawn
// under the nodes (outputorder=edgesfirst) once the diagram is large; focus
// (40 entities) uses neato, whose stress layout spaces the centre's
// neighbours evenly, with spline routing (0.5 s); statements and article
// views are read left to right (speaker -> quote -> entity), which is what
// `dot` is for.
//
// Legend: a HTML-like table in the graph's own label, so every engine places
// it above the drawing as one block (a legend cluster drifts among the
// nodes under the force-directed engines).
#include <boost/graph/graphviz.hpp>
#include <cmath>
#include <locale>
#include <sstream>

#include "newskg/render/diagram.hpp"

namespace newskg::render {
namespace {

using graph::NodeKind;

constexpr std::string_view kFont = "DejaVu Sans,Verdana,sans-serif";

struct KindStyle {
  std::string_view shape, fill, line, style;
};

KindStyle node_style(const DiagramNode& n) {
  if (n.role == NodeRole::Quote) return {"note", "#ffffff", "#8c8c8c", "filled"};
  if (n.role == NodeRole::Position) return {"box", "#f4f4f4", "#8c8c8c", "filled,rounded"};
  switch (n.kind) {
    case NodeKind::Person:
      return {"ellipse", "#dbe9f9", "#4a78b0", "filled"};
    case NodeKind::Organization:
      return {"box", "#f8e8c8", "#a87726", "filled,rounded"};
    case NodeKind::Country:
      return {"hexagon", "#d9f0d3", "#4f8f45", "filled"};
    case NodeKind::Place:
      return {"house", "#e6e1f5", "#6a5aa8", "filled"};
    case NodeKind::Event:
      return {"octagon", "#f6d8e4", "#b0506f", "filled"};
    case NodeKind::UnnamedSource:
      return {"ellipse", "#eeeeee", "#888888", "filled,dashed"};
    default:
      break;
  }
  return {"box", "#ffffff", "#888888", "filled"};
}

struct EdgeStyle {
  std::string_view color, style;
  bool directed = true;
};

EdgeStyle edge_style(ViewRelation r) {
  switch (r) {
    case ViewRelation::SaidAbout:
    case ViewRelation::Said:
      return {"#4a78b0", "solid"};
    case ViewRelation::About:
      return {"#7f9cc2", "solid"};
    case ViewRelation::Met:
      return {"#e08214", "solid", false};
    case ViewRelation::Office:
      return {"#7a7a7a", "dashed"};
    case ViewRelation::Supports:
      return {"#2e8b57", "solid"};
    case ViewRelation::Opposes:
      return {"#c0392b", "solid"};
    case ViewRelation::Stance:
      return {"#8e44ad", "solid"};
  }
  return {"#000000", "solid"};
}

// A DOT quoted string (Graphviz reads labels as escString: a backslash
// starts an escape, so it is doubled; newlines become \n, centred lines):
//   Org "A" \ B   ->  "Org \"A\" \\ B"
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20 || u == 0x7f) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// Text inside a HTML-like label: & < > " as entities.
//   AT&T <b>  ->  AT&amp;T &lt;b&gt;
std::string html_text(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\n':
        out += "<br/>";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string fixed(double x) {
  std::ostringstream s;
  s.imbue(std::locale::classic());
  s.precision(2);
  s << std::fixed << x;
  return s.str();
}

// Font grows with the facts on an entity's edges: 11 pt for one, 16 pt from
// about 30 up, so the hubs are the first names the eye finds.
int font_size(const DiagramNode& n) {
  if (n.role != NodeRole::Entity) return 10;
  const double grow = 1.5 * std::log2(1.0 + n.weight);
  return 10 + static_cast<int>(std::min(6.0, std::round(grow)));
}

// Pen width grows with the facts behind an edge: 1 for one, 5.5 at 32.
double pen_width(uint32_t count) { return std::min(6.0, 1.0 + 0.9 * std::log2(double(count))); }

constexpr size_t kSplineNodes = 40, kSplineEdges = 150;

struct Layout {
  std::string engine;
  std::string attributes;  // graph attributes for that engine, DOT syntax
};

Layout layout_for(const Diagram& d, const std::string& requested) {
  std::string engine = requested;
  if (engine.empty())
    engine = d.view == ViewKind::People ? "sfdp" : d.view == ViewKind::Focus ? "neato" : "dot";
  // Edges routed around nodes (splines=true) cost a visibility graph over
  // all nodes: 4.5 s for 100 BBC entities and 250 relations, 10-11 s for 150
  // (0.5 s for the 40 around Tony Blair). Straight lines drawn under the
  // nodes (outputorder=edgesfirst) take 0.1-0.2 s and leave every label
  // readable, so routing is kept for small diagrams only.
  const size_t nodes = boost::num_vertices(d.graph), edges = boost::num_edges(d.graph);
  const std::string splines = nodes <= kSplineNodes && edges <= kSplineEdges ? "true" : "false";
  std::string a;
  if (engine == "dot") {
    a = "rankdir=LR, nodesep=0.18, ranksep=0.5, splines=true, newrank=true";
  } else if (engine == "neato") {
    // start=1: a fixed seed, so the layout is the same on every run.
    a = "overlap=prism, overlap_scaling=-4, sep=\"+10\", splines=" + splines +
        ", start=1, epsilon=0.0001, maxiter=2000";
  } else if (engine == "sfdp") {
    a = "overlap=prism, overlap_scaling=-4, sep=\"+10\", splines=" + splines + ", start=1";
  } else if (engine == "fdp") {
    a = "overlap=prism, sep=\"+10\", splines=" + splines + ", start=1";
  } else if (engine == "twopi" || engine == "circo") {
    a = "overlap=prism, sep=\"+10\", splines=" + splines;
  }
  return {engine, a};
}

void legend_swatch(std::ostream& out, std::string_view fill, std::string_view line,
                   std::string_view text) {
  out << "<td bgcolor=\"" << fill << "\" color=\"" << line << "\" border=\"1\" cellpadding=\"3\">"
      << "<font point-size=\"10\">" << text << "</font></td>";
}

void legend_line(std::ostream& out, ViewRelation r, std::string_view text) {
  const EdgeStyle s = edge_style(r);
  out << "<td cellpadding=\"3\"><font point-size=\"10\" color=\"" << s.color << "\">"
      << (s.style == "dashed" ? "- - -" : "\xE2\x80\x94\xE2\x80\x94") << (s.directed ? "&gt;" : "")
      << " " << text << "</font></td>";
}

// Title, note and legend as one HTML-like table.
std::string graph_label(const Diagram& d, bool legend) {
  std::ostringstream out;
  out << "<<table border=\"0\" cellborder=\"0\" cellspacing=\"4\" cellpadding=\"0\">";
  out << "<tr><td align=\"left\" balign=\"left\"><font point-size=\"16\"><b>" << html_text(d.title)
      << "</b></font></td></tr>";
  if (!d.note.empty())
    out << "<tr><td align=\"left\"><font point-size=\"11\" color=\"#555555\">" << html_text(d.note)
        << "</font></td></tr>";
  if (legend) {
    out << "<tr><td align=\"left\"><table border=\"0\" cellborder=\"0\" cellspacing=\"4\"><tr>";
    const std::pair<NodeKind, std::string_view> kinds[] = {{NodeKind::Person, "Person"},
                                                           {NodeKind::Organization, "Organization"},
                                                           {NodeKind::Country, "Country"},
                                                           {NodeKind::Place, "Place"},
                                                           {NodeKind::Event, "Event"}};
    for (const auto& [kind, text] : kinds) {
      DiagramNode n;
      n.kind = kind;
      const KindStyle s = node_style(n);
      legend_swatch(out, s.fill, s.line, text);
    }
    if (d.view == ViewKind::Statements || d.view == ViewKind::Article) {
      legend_swatch(out, "#ffffff", "#8c8c8c", "quote");
      if (d.view == ViewKind::Article) legend_swatch(out, "#f4f4f4", "#8c8c8c", "position");
      legend_line(out, ViewRelation::Said, "said");
      legend_line(out, ViewRelation::About, "about");
      if (d.view == ViewKind::Article) {
        legend_line(out, ViewRelation::Met, "met");
        legend_line(out, ViewRelation::Supports, "supports");
        legend_line(out, ViewRelation::Opposes, "opposes");
      }
    } else {
      legend_line(out, ViewRelation::SaidAbout, "said about");
      legend_line(out, ViewRelation::Met, "met");
      legend_line(out, ViewRelation::Office, "holds office");
      legend_line(out, ViewRelation::Supports, "supports");
      legend_line(out, ViewRelation::Opposes, "opposes");
      legend_line(out, ViewRelation::Stance, "both");
      out << "<td cellpadding=\"3\"><font point-size=\"10\" color=\"#555555\">"
             "thicker: more facts</font></td>";
    }
    out << "</tr></table></td></tr>";
  }
  out << "</table>>";
  return out.str();
}

class NodeWriter {
 public:
  explicit NodeWriter(const DiagramGraph& g) : g_(g) {}
  void operator()(std::ostream& out, DiagramGraph::vertex_descriptor v) const {
    const DiagramNode& n = g_[v];
    const KindStyle s = node_style(n);
    out << " [id=" << quoted("n:" + n.id) << ", label=" << quoted(n.label) << ", shape=" << s.shape
        << ", style=" << quoted(s.style) << ", fillcolor=" << quoted(s.fill)
        << ", color=" << quoted(s.line) << ", fontsize=" << font_size(n)
        << ", tooltip=" << quoted(n.tooltip);
    if (n.center) out << ", penwidth=3";
    if (n.role == NodeRole::Quote && n.detail == "indirect") out << ", fontcolor=\"#444444\"";
    out << "]";
  }

 private:
  const DiagramGraph& g_;
};

class EdgeWriter {
 public:
  explicit EdgeWriter(const DiagramGraph& g) : g_(g) {
    size_t i = 0;
    for (auto e : boost::make_iterator_range(boost::edges(g_))) index_[e] = i++;
  }
  void operator()(std::ostream& out, DiagramGraph::edge_descriptor e) const {
    const DiagramEdge& d = g_[e];
    const EdgeStyle s = edge_style(d.relation);
    out << "[id=\"e" << index_.at(e) << "\", color=" << quoted(s.color)
        << ", penwidth=" << fixed(pen_width(d.count));
    if (s.style != "solid") out << ", style=" << s.style;
    if (!s.directed) out << ", dir=none";
    if (!d.label.empty()) out << ", label=" << quoted(d.label) << ", fontcolor=" << quoted(s.color);
    if (!d.tooltip.empty()) out << ", tooltip=" << quoted(d.tooltip);
    out << "]";
  }

 private:
  const DiagramGraph& g_;
  std::map<DiagramGraph::edge_descriptor, size_t> index_;
};

class GraphWriter {
 public:
  GraphWriter(const Diagram& d, const Layout& layout, bool legend)
      : d_(d), layout_(layout), legend_(legend) {}
  void operator()(std::ostream& out) const {
    out << "  graph [layout=" << layout_.engine << ", " << layout_.attributes
        << ", charset=\"UTF-8\", bgcolor=\"white\", pad=0.3, outputorder=edgesfirst, "
        << "labelloc=t, labeljust=l, fontname=" << quoted(kFont)
        << ", label=" << graph_label(d_, legend_) << "];\n"
        << "  node [fontname=" << quoted(kFont) << ", margin=\"0.08,0.04\"];\n"
        << "  edge [fontname=" << quoted(kFont) << ", fontsize=9, arrowsize=0.6];\n";
  }

 private:
  const Diagram& d_;
  const Layout& layout_;
  bool legend_;
};

}  // namespace

std::string chosen_engine(const Diagram& diagram) { return layout_for(diagram, "").engine; }

std::string to_dot(const Diagram& diagram, const DotSettings& settings) {
  const Layout layout = layout_for(diagram, settings.engine);
  std::ostringstream out;
  out.imbue(std::locale::classic());
  boost::write_graphviz(out, diagram.graph, NodeWriter(diagram.graph), EdgeWriter(diagram.graph),
                        GraphWriter(diagram, layout, diagram.legend),
                        boost::get(&DiagramNode::id, diagram.graph));
  return out.str();
}

}  // namespace newskg::render
