// The diagram views: which nodes and edges a diagram draws.
//
// Everything is derived from the query rows (query::said, met, positions),
// so a diagram shows exactly what `newskg query` answers, with the same
// evidence. Facts are aggregated into view edges keyed by (from key, to key,
// relation, detail); the std::map makes their order, and so the DOT text,
// independent of vertex numbering.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "newskg/query/queries.hpp"
#include "newskg/render/diagram.hpp"

namespace newskg::render {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Vertex;

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !is_continuation(c);
  return n;
}

std::string with_thousands(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string plural(size_t n, std::string_view one, std::string_view many) {
  return with_thousands(n) + " " + std::string(n == 1 ? one : many);
}

// Whether an article date is inside [since, until]. Dates are ISO strings or
// prefixes of them, so comparing the date's prefix of the bound's length is
// comparing calendar dates:  "2025-02-13" since "2025-02" -> "2025-02" >= "2025-02".
bool in_dates(const std::string& date, const ViewOptions& options) {
  if (options.since.empty() && options.until.empty()) return true;
  if (date.size() < 4) return false;  // undated: unknown, so not shown
  if (!options.since.empty() && date.substr(0, options.since.size()) < options.since) return false;
  if (!options.until.empty() && date.substr(0, options.until.size()) > options.until) return false;
  return true;
}

bool is_entity_kind(const std::string& kind) {
  const auto k = graph::node_kind_from(kind);
  return k && graph::is_entity(*k);
}

// ---------------------------------------------------------------------------
// Aggregated entity relations (people and focus views).
// ---------------------------------------------------------------------------

struct Relation {
  Vertex from = 0, to = 0;
  ViewRelation relation = ViewRelation::SaidAbout;
  std::string detail;  // Office: the title
  uint32_t count = 0;
  uint32_t supports = 0, opposes = 0;  // stance edges: positions each way
  std::set<std::string> evidence;
};
using RelationKey = std::tuple<std::string, std::string, ViewRelation, std::string>;
using Relations = std::map<RelationKey, Relation>;

void add_relation(Relations& out, const KnowledgeGraph& kg, Vertex from, Vertex to,
                  ViewRelation rel, std::string detail, const std::string& evidence) {
  // Self-loops ("Hegseth said about Hegseth") only clutter the picture.
  if (from == to || !graph::is_entity(kg[from].kind) || !graph::is_entity(kg[to].kind)) return;
  // `met` has no direction: one edge per pair, smaller key first.
  if (rel == ViewRelation::Met && kg[to].key < kg[from].key) std::swap(from, to);
  // Supports and opposes between one pair are one stance edge, coloured by
  // which way the positions go (both ways: ViewRelation::Stance).
  const bool stance = rel == ViewRelation::Supports || rel == ViewRelation::Opposes;
  Relation& r =
      out[RelationKey{kg[from].key, kg[to].key, stance ? ViewRelation::Stance : rel, detail}];
  r.from = from;
  r.to = to;
  r.detail = std::move(detail);
  if (evidence.empty()) {
    r.count = std::max<uint32_t>(r.count, 1);
  } else if (r.evidence.insert(evidence).second) {
    ++r.count;
    if (rel == ViewRelation::Supports) ++r.supports;
    if (rel == ViewRelation::Opposes) ++r.opposes;
  }
  r.relation = !stance           ? rel
               : r.opposes == 0  ? ViewRelation::Supports
               : r.supports == 0 ? ViewRelation::Opposes
                                 : ViewRelation::Stance;
}

std::optional<Vertex> vertex_of(const KnowledgeGraph& kg, const query::EntityRef& ref) {
  if (!is_entity_kind(ref.kind)) return std::nullopt;
  return kg.find(ref.key);
}

Relations collect_relations(const KnowledgeGraph& kg, const ViewOptions& options) {
  Relations out;
  if (options.relations.said) {
    for (const query::StatementRow& row : query::said(kg)) {
      if (!in_dates(row.from.date, options)) continue;
      for (const query::EntityRef& speaker : row.speakers) {
        const auto from = vertex_of(kg, speaker);
        if (!from) continue;
        for (const query::EntityRef& about : row.about)
          if (const auto to = vertex_of(kg, about))
            add_relation(out, kg, *from, *to, ViewRelation::SaidAbout, "", row.key);
      }
    }
  }
  if (options.relations.met) {
    for (const query::MeetingRow& row : query::met(kg)) {
      if (!in_dates(row.from.date, options)) continue;
      for (size_t i = 0; i < row.participants.size(); ++i)
        for (size_t j = i + 1; j < row.participants.size(); ++j) {
          const auto a = vertex_of(kg, row.participants[i]);
          const auto b = vertex_of(kg, row.participants[j]);
          if (a && b) add_relation(out, kg, *a, *b, ViewRelation::Met, "", row.key);
        }
    }
  }
  if (options.relations.stance) {
    for (const query::PositionRow& row : query::positions(kg)) {
      if (!in_dates(row.from.date, options)) continue;
      if (row.stance != "support" && row.stance != "oppose") continue;  // no direction to draw
      const ViewRelation rel =
          row.stance == "support" ? ViewRelation::Supports : ViewRelation::Opposes;
      const auto holder = vertex_of(kg, row.holder);
      if (!holder) continue;
      for (const query::EntityRef& topic : row.topic_entities)
        if (const auto to = vertex_of(kg, topic))
          add_relation(out, kg, *holder, *to, rel, "", row.key);
    }
  }
  if (options.relations.office) {
    // Offices carry no article, so a date range does not hide them.
    const graph::Graph& g = kg.graph();
    for (Vertex v : kg.sorted_nodes()) {
      if (!graph::is_entity(kg[v].kind)) continue;
      for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
        if (g[e].relation != graph::Relation::HoldsOffice) continue;
        const Vertex office = boost::target(e, g);
        const std::string* title = kg[office].attr("title");
        for (auto f : boost::make_iterator_range(boost::out_edges(office, g)))
          if (g[f].relation == graph::Relation::OfficeOf)
            add_relation(out, kg, v, boost::target(f, g), ViewRelation::Office,
                         title != nullptr ? *title : kg[office].label, "");
      }
    }
  }
  return out;
}

// Weighted degree (facts on an entity's relations) and distinct neighbours.
struct Degree {
  uint64_t facts = 0;
  std::set<Vertex> neighbours;
};

std::unordered_map<Vertex, Degree> degrees(const Relations& rels) {
  std::unordered_map<Vertex, Degree> out;
  for (const auto& [key, r] : rels) {
    out[r.from].facts += r.count;
    out[r.to].facts += r.count;
    out[r.from].neighbours.insert(r.to);
    out[r.to].neighbours.insert(r.from);
  }
  return out;
}

// Entities ranked best first: more facts, then more neighbours, then key, so
// the cut is the same on every machine.
std::vector<Vertex> ranked(const KnowledgeGraph& kg,
                           const std::unordered_map<Vertex, Degree>& deg) {
  std::vector<Vertex> out;
  out.reserve(deg.size());
  for (const auto& [v, d] : deg) out.push_back(v);
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    const Degree &da = deg.at(a), &db = deg.at(b);
    if (da.facts != db.facts) return da.facts > db.facts;
    if (da.neighbours.size() != db.neighbours.size())
      return da.neighbours.size() > db.neighbours.size();
    return kg[a].key < kg[b].key;
  });
  return out;
}

// Which entities to draw, at most `max_nodes`. Plain top-N can pick hubs that
// share no edge, leaving isolated dots, so the selection grows from the best
// entity: the next is always the best-ranked neighbour of those chosen, and
// only when none is left does the best remaining entity start a new group.
//   hub -met- a, b, c; x -met- y (x ranked above a); max 3 -> hub, then its
//   best neighbours a, b (x waits until hub's group is exhausted)
std::vector<Vertex> grow_selection(const std::vector<Vertex>& order,
                                   const std::unordered_map<Vertex, Degree>& deg,
                                   size_t max_nodes) {
  std::unordered_map<Vertex, size_t> rank;
  for (size_t i = 0; i < order.size(); ++i) rank.emplace(order[i], i);
  std::vector<Vertex> chosen;
  std::unordered_set<Vertex> is_chosen;
  std::set<size_t> frontier;
  size_t next_seed = 0;
  while (chosen.size() < max_nodes) {
    size_t pick;
    if (!frontier.empty()) {
      pick = *frontier.begin();
      frontier.erase(frontier.begin());
    } else {
      while (next_seed < order.size() && is_chosen.count(order[next_seed])) ++next_seed;
      if (next_seed == order.size()) break;
      pick = next_seed;
    }
    const Vertex v = order[pick];
    chosen.push_back(v);
    is_chosen.insert(v);
    for (Vertex u : deg.at(v).neighbours)
      if (!is_chosen.count(u)) frontier.insert(rank.at(u));
  }
  return chosen;
}

std::string kind_word(NodeKind k) {
  std::string s(graph::to_string(k));
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string display_label(const graph::NodeProps& n) { return n.label.empty() ? n.key : n.label; }

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

// Entity labels wrap at 18 code points: "Organisation for Economic
// Co-operation and Development" is four short lines, never a 300 px box.
constexpr size_t kEntityLabelWidth = 18;

DiagramNode entity_node(const KnowledgeGraph& kg, Vertex v) {
  const graph::NodeProps& n = kg[v];
  DiagramNode d;
  d.id = n.key;
  d.label = join_lines(wrap_words(display_label(n), kEntityLabelWidth));
  d.kind = n.kind;
  d.role = NodeRole::Entity;
  d.tooltip = display_label(n) + " (" + kind_word(n.kind) + ")";
  return d;
}

std::string relation_tooltip(const KnowledgeGraph& kg, const Relation& r) {
  const std::string a = display_label(kg[r.from]), b = display_label(kg[r.to]);
  switch (r.relation) {
    case ViewRelation::SaidAbout:
      return a + " said about " + b + ": " + plural(r.count, "statement", "statements");
    case ViewRelation::Met:
      return a + " met " + b + ": " + plural(r.count, "report", "reports");
    case ViewRelation::Office:
      return a + " holds " + r.detail + " of " + b;
    case ViewRelation::Supports:
      return a + " supports " + b + ": " + plural(r.count, "position", "positions");
    case ViewRelation::Opposes:
      return a + " opposes " + b + ": " + plural(r.count, "position", "positions");
    case ViewRelation::Stance:
      return a + " on " + b + ": supports in " + plural(r.supports, "position", "positions") +
             ", opposes in " + with_thousands(r.opposes);
    default:
      break;
  }
  return a + " - " + b;
}

// Short edge labels for the small views, where there is room:
// "said about ×12", "met", "holds Prime Minister".
std::string relation_label(const Relation& r) {
  std::string word;
  switch (r.relation) {
    case ViewRelation::Office:
      return "holds " + join_lines(wrap_words(r.detail, 20));
    default:
      word = std::string(to_string(r.relation));
  }
  if (r.count > 1) word += " \xC3\x97" + std::to_string(r.count);  // ×
  return word;
}

// Adds `chosen` entities and the relations between them to a diagram.
// Which of the relations among the chosen entities to draw: all when they
// fit in `budget`, else every entity's strongest relation first (so none is
// left floating), then the strongest of the rest, ties by key order.
//   budget 3; a-b 5, b-c 1, a-c 2, c-d 1  ->  a-b (a, b), a-c (c), c-d (d)
// A focus view draws every relation of its centre before any other.
std::vector<const Relation*> strongest(const std::vector<const Relation*>& among, size_t budget,
                                       std::optional<Vertex> center) {
  if (among.size() <= budget) return among;
  auto touches_center = [&](const Relation* r) {
    return center && (r->from == *center || r->to == *center);
  };
  std::vector<size_t> order(among.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (touches_center(among[a]) != touches_center(among[b])) return touches_center(among[a]);
    return among[a]->count > among[b]->count;
  });
  std::vector<bool> keep(among.size(), false);
  std::unordered_set<Vertex> covered;
  size_t kept = 0;
  for (size_t i : order) {
    if (covered.count(among[i]->from) && covered.count(among[i]->to)) continue;
    keep[i] = true;
    ++kept;
    covered.insert(among[i]->from);
    covered.insert(among[i]->to);
  }
  for (size_t i : order) {
    if (kept >= budget) break;
    if (!keep[i]) {
      keep[i] = true;
      ++kept;
    }
  }
  std::vector<const Relation*> out;
  for (size_t i = 0; i < among.size(); ++i)
    if (keep[i]) out.push_back(among[i]);
  return out;
}

// Adds `chosen` entities and the strongest relations between them (at most
// `budget`, see strongest()) to a diagram; returns how many relations among
// them were not drawn.
size_t draw_entities(Diagram& d, const KnowledgeGraph& kg, const Relations& rels,
                     const std::vector<Vertex>& chosen, bool edge_labels,
                     std::optional<Vertex> center, size_t budget) {
  std::vector<Vertex> sorted = chosen;
  std::sort(sorted.begin(), sorted.end(),
            [&](Vertex a, Vertex b) { return kg[a].key < kg[b].key; });
  std::unordered_map<Vertex, size_t> index;
  std::vector<DiagramNode> nodes;
  for (Vertex v : sorted) {
    index.emplace(v, nodes.size());
    nodes.push_back(entity_node(kg, v));
    nodes.back().center = center && *center == v;
  }
  struct Pending {
    size_t from, to;
    DiagramEdge edge;
  };
  std::vector<Pending> edges;
  std::vector<bool> used(nodes.size(), false);
  std::vector<const Relation*> among;
  for (const auto& [key, r] : rels)
    if (index.count(r.from) && index.count(r.to)) among.push_back(&r);
  const std::vector<const Relation*> drawn = strongest(among, budget, center);
  for (const Relation* rp : drawn) {
    const Relation& r = *rp;
    const auto f = index.find(r.from), t = index.find(r.to);
    DiagramEdge e;
    e.relation = r.relation;
    e.count = r.count;
    e.tooltip = relation_tooltip(kg, r);
    if (edge_labels) e.label = relation_label(r);
    e.evidence.assign(r.evidence.begin(), r.evidence.end());
    nodes[f->second].weight += r.count;
    nodes[t->second].weight += r.count;
    used[f->second] = used[t->second] = true;
    edges.push_back({f->second, t->second, std::move(e)});
  }
  // Entities left without a drawn edge (a group's seed cut off by the cap)
  // would float alone: drop them, except the focus itself.
  std::vector<size_t> vertex_of_node(nodes.size(), SIZE_MAX);
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!used[i] && !nodes[i].center) continue;
    vertex_of_node[i] = boost::add_vertex(std::move(nodes[i]), d.graph);
  }
  for (Pending& p : edges)
    boost::add_edge(vertex_of_node[p.from], vertex_of_node[p.to], std::move(p.edge), d.graph);
  return among.size() - drawn.size();
}

// A small diagram draws all its relations (the seeds' 30 entities share 91);
// a large one at most max_edges_per_node for each entity.
constexpr size_t kMinEdgeBudget = 120;

size_t edge_budget(size_t nodes, const ViewOptions& options) {
  if (options.max_edges_per_node <= 0) return SIZE_MAX;
  return std::max(kMinEdgeBudget,
                  static_cast<size_t>(std::ceil(options.max_edges_per_node * double(nodes))));
}

std::string hidden_note(size_t hidden) {
  if (hidden == 0) return "";
  return plural(hidden, "weaker relation", "weaker relations") + " not drawn";
}

std::string entities_title(std::string_view view, const Diagram& d) {
  const size_t shown = boost::num_vertices(d.graph);
  std::string title(view);
  title += ": " + plural(shown, "entity", "entities") + ", " +
           plural(boost::num_edges(d.graph), "relation", "relations");
  return title;
}

std::string left_out_note(size_t shown, size_t candidates, std::string_view what) {
  if (candidates <= shown) return "";
  return "the best connected " + with_thousands(shown) + " of " + with_thousands(candidates) + " " +
         std::string(what) + "; " + with_thousands(candidates - shown) + " left out (--max-nodes)";
}

std::string date_note(const ViewOptions& options) {
  if (options.since.empty() && options.until.empty()) return "";
  std::string s = "articles dated ";
  if (!options.since.empty()) s += "from " + options.since;
  if (!options.until.empty()) s += (options.since.empty() ? "until " : " until ") + options.until;
  return s;
}

void append_note(std::string& note, const std::string& more) {
  if (more.empty()) return;
  note += (note.empty() ? "" : "; ") + more;
}

// Quote node text: the first words of the quote, at most 3 lines of 34, in
// quotation marks when it is direct speech.
//   direct, "We must start by recognizing that returning to Ukraine's
//   pre-2014 borders is an unrealistic objective."
//     -> “We must start by recognizing⏎that returning to Ukraine's⏎pre-2014 borders is an…”
std::string quote_label(const std::string& text, const std::string& kind) {
  std::vector<std::string> lines = wrap_words(text, 34, 3);
  if (kind == "direct" && !lines.empty()) {
    lines.front() = "\xE2\x80\x9C" + lines.front();  // “
    lines.back() += "\xE2\x80\x9D";                  // ”
  }
  return join_lines(lines);
}

struct DiagramBuilder {
  Diagram& d;
  const KnowledgeGraph& kg;
  std::unordered_map<std::string, DiagramGraph::vertex_descriptor> by_id;

  DiagramGraph::vertex_descriptor node(DiagramNode n) {
    const auto it = by_id.find(n.id);
    if (it != by_id.end()) return it->second;
    const std::string id = n.id;
    const auto v = boost::add_vertex(std::move(n), d.graph);
    by_id.emplace(id, v);
    return v;
  }
  DiagramGraph::vertex_descriptor entity(const query::EntityRef& ref) {
    if (const auto v = kg.find(ref.key)) {
      if (graph::is_entity(kg[*v].kind) || kg[*v].kind == NodeKind::UnnamedSource) {
        DiagramNode n = entity_node(kg, *v);
        return node(std::move(n));
      }
    }
    DiagramNode n;
    n.id = ref.key;
    n.label = join_lines(wrap_words(ref.label, kEntityLabelWidth));
    n.tooltip = ref.label;
    return node(std::move(n));
  }
  void edge(DiagramGraph::vertex_descriptor a, DiagramGraph::vertex_descriptor b, ViewRelation rel,
            const std::string& evidence, std::string tooltip = {}) {
    DiagramEdge e;
    e.relation = rel;
    e.tooltip = std::move(tooltip);
    if (!evidence.empty()) e.evidence.push_back(evidence);
    d.graph[a].weight += 1;
    d.graph[b].weight += 1;
    boost::add_edge(a, b, std::move(e), d.graph);
  }
  DiagramGraph::vertex_descriptor quote(const query::StatementRow& row) {
    DiagramNode n;
    n.id = row.key;
    n.role = NodeRole::Quote;
    n.kind = NodeKind::Statement;
    n.detail = row.kind;
    n.label = quote_label(row.text, row.kind);
    n.tooltip = row.text + " (" + row.kind + ", " + row.from.article +
                (row.from.date.empty() ? "" : ", " + row.from.date) + ")";
    return node(std::move(n));
  }
  void statement(const query::StatementRow& row) {
    const auto q = quote(row);
    for (const query::EntityRef& s : row.speakers) edge(entity(s), q, ViewRelation::Said, row.key);
    for (const query::EntityRef& a : row.about) edge(q, entity(a), ViewRelation::About, row.key);
  }
};

}  // namespace

std::string_view to_string(ViewRelation r) {
  switch (r) {
    case ViewRelation::SaidAbout:
      return "said about";
    case ViewRelation::Met:
      return "met";
    case ViewRelation::Office:
      return "holds office";
    case ViewRelation::Supports:
      return "supports";
    case ViewRelation::Opposes:
      return "opposes";
    case ViewRelation::Stance:
      return "supports and opposes";
    case ViewRelation::Said:
      return "said";
    case ViewRelation::About:
      return "about";
  }
  return "";
}

core::Result<RelationFilter> parse_relations(std::string_view list) {
  RelationFilter f{false, false, false, false};
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string_view::npos) end = list.size();
    const std::string_view word = list.substr(start, end - start);
    if (word == "said") {
      f.said = true;
    } else if (word == "met") {
      f.met = true;
    } else if (word == "office") {
      f.office = true;
    } else if (word == "stance") {
      f.stance = true;
    } else if (!word.empty()) {
      return core::Error{
          "--relations", 0,
          "unknown relation \"" + std::string(word) + "\" (choose from said, met, office, stance)"};
    }
    start = end + 1;
  }
  if (!f.said && !f.met && !f.office && !f.stance)
    return core::Error{"--relations", 0,
                       "no relation given (choose from said, met, office, stance)"};
  return f;
}

std::vector<std::string> wrap_words(std::string_view text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t line_width = 0;
  size_t i = 0;
  while (i < text.size()) {
    // Any run of whitespace (newlines, tabs) separates words.
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    if (j == i) break;
    const std::string_view word = text.substr(i, j - i);
    const size_t w = code_points(word);
    if (!line.empty() && line_width + 1 + w > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
    i = j;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::vector<std::string> wrap_words(std::string_view text, size_t width, size_t max_lines) {
  std::vector<std::string> lines = wrap_words(text, width);
  if (max_lines == 0 || lines.size() <= max_lines) return lines;
  lines.resize(max_lines);
  // Strip trailing punctuation so "objective," does not read "objective,…".
  std::string& last = lines.back();
  while (!last.empty() && std::string_view(",;:.-").find(last.back()) != std::string_view::npos)
    last.pop_back();
  last += kEllipsis;
  return lines;
}

Diagram people_view(const KnowledgeGraph& kg, const ViewOptions& options) {
  Diagram d;
  d.view = ViewKind::People;
  d.legend = options.legend;
  const Relations rels = collect_relations(kg, options);
  const auto deg = degrees(rels);
  const std::vector<Vertex> order = ranked(kg, deg);
  d.candidates = order.size();
  const std::vector<Vertex> chosen = grow_selection(order, deg, options.max_nodes);
  const size_t hidden = draw_entities(d, kg, rels, chosen, /*edge_labels=*/false, std::nullopt,
                                      edge_budget(chosen.size(), options));
  d.title = entities_title("People and organizations", d);
  d.note = left_out_note(boost::num_vertices(d.graph), d.candidates, "entities");
  append_note(d.note, hidden_note(hidden));
  append_note(d.note, date_note(options));
  return d;
}

Diagram focus_view(const KnowledgeGraph& kg, Vertex center, const ViewOptions& options) {
  Diagram d;
  d.view = ViewKind::Focus;
  d.legend = options.legend;
  const Relations rels = collect_relations(kg, options);
  const auto deg = degrees(rels);
  // Breadth-first out to `depth`; nearer first, then the better connected.
  std::unordered_map<Vertex, size_t> distance{{center, 0}};
  std::vector<Vertex> layer{center};
  for (size_t step = 1; step <= options.depth && !layer.empty(); ++step) {
    std::vector<Vertex> next;
    for (Vertex v : layer) {
      const auto it = deg.find(v);
      if (it == deg.end()) continue;
      for (Vertex u : it->second.neighbours)
        if (distance.emplace(u, step).second) next.push_back(u);
    }
    layer = std::move(next);
  }
  std::vector<Vertex> order;
  for (const auto& [v, dist] : distance) order.push_back(v);
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    if (distance.at(a) != distance.at(b)) return distance.at(a) < distance.at(b);
    const uint64_t fa = deg.count(a) ? deg.at(a).facts : 0, fb = deg.count(b) ? deg.at(b).facts : 0;
    if (fa != fb) return fa > fb;
    return kg[a].key < kg[b].key;
  });
  d.candidates = order.size();
  if (order.size() > options.max_nodes) order.resize(std::max<size_t>(1, options.max_nodes));
  // No edge labels: neato puts them at the middle of each edge, where the
  // edges around the centre bunch up and their labels overprint (the
  // browser test measured it on the seeds). Colour, thickness, the tooltip
  // and the report's evidence list carry what a label would.
  const size_t hidden = draw_entities(d, kg, rels, order, /*edge_labels=*/false, center,
                                      edge_budget(order.size(), options));
  const std::string name = display_label(kg[center]);
  d.title = name + ", " + plural(options.depth, "step", "steps") +
            " out: " + plural(boost::num_vertices(d.graph), "entity", "entities") + ", " +
            plural(boost::num_edges(d.graph), "relation", "relations");
  d.note = left_out_note(boost::num_vertices(d.graph), d.candidates, "entities around " + name);
  append_note(d.note, hidden_note(hidden));
  append_note(d.note, date_note(options));
  return d;
}

Diagram statements_view(const KnowledgeGraph& kg, const StatementsQuery& q,
                        const ViewOptions& options) {
  Diagram d;
  d.view = ViewKind::Statements;
  d.legend = options.legend;
  std::vector<query::StatementRow> rows;
  for (query::StatementRow& row : query::said(kg, query::SaidFilter{q.by, q.about}))
    if (in_dates(row.from.date, options)) rows.push_back(std::move(row));
  d.candidates = rows.size();
  // The newest first when dated, so a cap keeps the latest statements; then
  // reading order (said() sorts by article and offset).
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.from.date > b.from.date; });
  if (rows.size() > options.max_nodes) rows.resize(options.max_nodes);
  DiagramBuilder b{d, kg, {}};
  for (const query::StatementRow& row : rows) b.statement(row);
  std::string who;
  if (q.by) who += " by " + display_label(kg[*q.by]);
  if (q.about) who += " about " + display_label(kg[*q.about]);
  d.title = "Statements" + who + ": " + with_thousands(rows.size());
  const bool dated =
      std::any_of(rows.begin(), rows.end(), [](const auto& row) { return !row.from.date.empty(); });
  if (d.candidates > rows.size())
    d.note = "the " + with_thousands(rows.size()) + (dated ? " latest" : " first") + " of " +
             with_thousands(d.candidates) + "; " + with_thousands(d.candidates - rows.size()) +
             " left out (--max-nodes)";
  append_note(d.note, date_note(options));
  return d;
}

core::Result<Diagram> article_view(const KnowledgeGraph& kg, std::string_view article,
                                   const ViewOptions& options) {
  // The article by its id, its key or its source path.
  std::optional<Vertex> found;
  std::vector<std::string> ids;
  for (Vertex v : kg.sorted_nodes()) {
    if (kg[v].kind != NodeKind::Article) continue;
    const std::string* id = kg[v].attr("id");
    const std::string* source = kg[v].attr("source");
    if ((id && *id == article) || kg[v].key == article || (source && *source == article)) found = v;
    if (id && ids.size() < 5) ids.push_back(*id);
  }
  if (!found) {
    std::string some;
    for (const std::string& id : ids) some += (some.empty() ? "" : ", ") + id;
    return core::Error{std::string(article), 0,
                       "no article with this id in the graph" +
                           (some.empty() ? std::string(" (it has no articles)")
                                         : " (ids look like: " + some + ")")};
  }
  const graph::NodeProps& a = kg[*found];
  const std::string id = a.attr("id") ? *a.attr("id") : std::string(article);
  Diagram d;
  d.view = ViewKind::Article;
  d.legend = options.legend;
  DiagramBuilder b{d, kg, {}};
  size_t facts = 0, total = 0;
  if (options.relations.said)
    for (const query::StatementRow& row : query::said(kg)) {
      if (row.from.article != id) continue;
      if (++total > options.max_nodes) continue;
      b.statement(row);
      ++facts;
    }
  if (options.relations.met)
    for (const query::MeetingRow& row : query::met(kg)) {
      if (row.from.article != id) continue;
      ++total;
      for (size_t i = 0; i < row.participants.size(); ++i)
        for (size_t j = i + 1; j < row.participants.size(); ++j)
          b.edge(b.entity(row.participants[i]), b.entity(row.participants[j]), ViewRelation::Met,
                 row.key, row.participants[i].label + " met " + row.participants[j].label);
      ++facts;
    }
  if (options.relations.stance)
    for (const query::PositionRow& row : query::positions(kg)) {
      if (row.from.article != id) continue;
      if (++total > options.max_nodes) continue;
      DiagramNode n;
      n.id = row.key;
      n.role = NodeRole::Position;
      n.kind = NodeKind::Position;
      n.detail = row.stance;
      const std::string verb = row.stance == "support"  ? "supports"
                               : row.stance == "oppose" ? "opposes"
                                                        : "on";
      n.label = join_lines(wrap_words(verb + ": " + row.topic, 30, 3));
      n.tooltip = row.holder.label + " " + verb + " " + row.topic;
      const auto p = b.node(std::move(n));
      const ViewRelation rel =
          row.stance == "oppose" ? ViewRelation::Opposes : ViewRelation::Supports;
      b.edge(b.entity(row.holder), p, rel, row.key);
      for (const query::EntityRef& t : row.topic_entities) b.edge(p, b.entity(t), rel, row.key);
      ++facts;
    }
  const std::string* title = a.attr("title");
  const std::string* date = a.attr("date");
  d.title = "Article " + id + (title ? ": " + *title : std::string()) +
            (date && !date->empty() ? " (" + *date + ")" : std::string());
  d.title = join_lines(wrap_words(d.title, 90));
  d.candidates = total;
  if (total > facts)
    d.note = with_thousands(facts) + " of " + with_thousands(total) + " facts drawn (--max-nodes)";
  return d;
}

std::optional<Vertex> most_quoted_person(const KnowledgeGraph& kg) {
  std::optional<Vertex> best;
  size_t best_count = 0;
  const graph::Graph& g = kg.graph();
  for (Vertex v : kg.sorted_nodes()) {
    if (kg[v].kind != NodeKind::Person) continue;
    size_t count = 0;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      count += g[e].relation == graph::Relation::Said;
    // sorted_nodes() is in key order, so ties keep the smaller key.
    if (count > best_count ||
        (count == best_count && count > 0 && best && kg[v].mentions > kg[*best].mentions)) {
      best = v;
      best_count = count;
    }
  }
  return best;
}

}  // namespace newskg::render
