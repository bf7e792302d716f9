#pragma once
// Diagrams of a KnowledgeGraph that a person can read at corpus scale.
//
// A diagram is a small Boost.Graph of its own (a "view"), derived from the
// knowledge graph and written as DOT for Graphviz:
//   people      entities joined by one edge per pair and relation kind,
//               weighted by how many facts stand behind it:
//                 Hegseth -said-> S1 -about-> Ukraine, S2 the same
//                   => Hegseth -> Ukraine  said about, weight 2
//   statements  speaker -> short quote -> entity, for reading who said what
//               about whom (--about NAME / --by NAME)
//   focus       the people view around one entity, N steps out
//   article     one article's statements, meetings and positions
// Every view keeps the keys of the facts behind each edge (evidence), so the
// report page can list the sentences when an edge is clicked.
//
// The layout is chosen per view by measurement (see choose_layout in
// src/render/dot.cpp) and written into the DOT file as graph attributes, so
// `dot -Tpng people.dot` gives the same picture newskg renders.
#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/core/result.hpp"
#include "newskg/graph/model.hpp"

namespace newskg::render {

// Relations a diagram draws between entities (`--relations said,met,office,stance`).
// Stance is a position both ways between one pair ("supports" in one article,
// "opposes" in another): one edge, its own colour.
enum class ViewRelation : uint8_t {
  SaidAbout,
  Met,
  Office,
  Supports,
  Opposes,
  Stance,
  Said,
  About
};
std::string_view to_string(ViewRelation r);  // "said about", "met", ...

struct RelationFilter {
  bool said = true;  // said about (people/focus), speaker -> quote -> entity
  bool met = true;
  bool office = true;  // holds an office of a country or organization
  bool stance = true;  // supports / opposes
};
// "said,met" -> only those; an unknown word is an error naming it.
core::Result<RelationFilter> parse_relations(std::string_view list);

struct ViewOptions {
  // Nodes drawn at most (entities; quotes in the statements view). The best
  // connected are kept and the diagram says how many were left out.
  size_t max_nodes = 100;
  // Relations drawn at most, per node drawn (people and focus views): past
  // it only the strongest stay, and every entity keeps its strongest one.
  // The BBC folder's 100 best connected entities share 652 relations; at
  // 2.5 per node the picture stays readable (the report still lists all).
  double max_edges_per_node = 2.5;
  RelationFilter relations;
  // Facts from articles dated in [since, until] only: ISO dates or their
  // prefixes ("2025", "2025-02", "2025-02-13"). Facts of undated articles
  // are left out while either bound is set.
  std::string since, until;
  size_t depth = 1;    // focus: steps out from the entity
  bool legend = true;  // the legend table under the title
};

// What a diagram node stands for.
enum class NodeRole : uint8_t { Entity, Quote, Position };

struct DiagramNode {
  std::string id;     // DOT node id and SVG element id: the graph key
  std::string label;  // display text, lines joined with '\n' (wrapped at spaces)
  graph::NodeKind kind = graph::NodeKind::Person;
  NodeRole role = NodeRole::Entity;
  std::string tooltip;
  uint32_t weight = 0;  // facts on its drawn edges (font size grows with it)
  bool center = false;  // the focus entity
  std::string detail;   // Quote: "direct"/"indirect"; Position: the stance
};

struct DiagramEdge {
  ViewRelation relation = ViewRelation::SaidAbout;
  uint32_t count = 1;                 // facts behind the edge; pen width grows with it
  std::string label;                  // empty: none drawn (the legend and tooltip say it)
  std::string tooltip;                // "Pete Hegseth said about Ukraine: 12 statements"
  std::vector<std::string> evidence;  // keys of the facts behind it, sorted
};

using DiagramGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                           DiagramNode, DiagramEdge>;

enum class ViewKind : uint8_t { People, Statements, Focus, Article };

struct Diagram {
  ViewKind view = ViewKind::People;
  std::string title;  // "People: 80 of 1,234 entities ..."
  std::string note;   // what was left out, or "" ("1,154 less connected entities left out")
  DiagramGraph graph;
  size_t candidates = 0;  // nodes that could have been drawn before the cap
  bool legend = true;     // ViewOptions::legend
};

// The views. Names are resolved by the caller (query::NameIndex).
Diagram people_view(const graph::KnowledgeGraph& kg, const ViewOptions& options);
Diagram focus_view(const graph::KnowledgeGraph& kg, graph::Vertex center,
                   const ViewOptions& options);
struct StatementsQuery {
  std::optional<graph::Vertex> by, about;
};
Diagram statements_view(const graph::KnowledgeGraph& kg, const StatementsQuery& query,
                        const ViewOptions& options);
// `article` is the article's id (nkg:articleId); an unknown id is an error
// that lists a few ids that exist.
core::Result<Diagram> article_view(const graph::KnowledgeGraph& kg, std::string_view article,
                                   const ViewOptions& options);

// The person with the most statements (then mentions, then key); nullopt in
// a graph without statements by a named person.
std::optional<graph::Vertex> most_quoted_person(const graph::KnowledgeGraph& kg);

// The Graphviz engine and settings the DOT file carries (see dot.cpp for the
// measurements behind them). `engine` overrides the choice ("dot", "neato",
// "sfdp", "fdp", "twopi", "circo"), for comparing layouts.
struct DotSettings {
  std::string engine;  // "" = chosen by view and size
};
std::string to_dot(const Diagram& diagram, const DotSettings& settings = {});
// The engine to_dot picks for this diagram.
std::string chosen_engine(const Diagram& diagram);

// `text` broken at spaces into lines of at most `width` code points; a word
// longer than a line stays whole, so labels are never cut inside a word:
//   "Organisation for Economic Co-operation and Development", 16
//     -> {"Organisation for", "Economic", "Co-operation and", "Development"}
std::vector<std::string> wrap_words(std::string_view text, size_t width);
// At most `max_lines` of wrap_words; when more text was left, the last line
// ends at a word boundary with "…":  ("a b c d e f", 3, 2) -> {"a b", "c d…"}.
std::vector<std::string> wrap_words(std::string_view text, size_t width, size_t max_lines);

}  // namespace newskg::render
