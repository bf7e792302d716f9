#pragma once
// The knowledge graph: a Boost.Graph adjacency_list with bundled properties.
//
// Nodes are identified by a stable key (kind + normalized canonical name for
// entities; article id + offsets for statements), so graphs built on
// different machines merge by key, and the union of shard graphs equals the
// graph of the whole corpus. Nothing here depends on insertion order: writers
// iterate nodes and edges sorted by key.
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newskg::graph {

enum class NodeKind : uint8_t {
  Person,
  Organization,
  Country,
  Event,
  Statement,
  Position,
  Meeting,  // one reported meeting (participants + evidence); `met` edges sit beside it
  Office,   // a role: "Defense Secretary" of the United States
  Article,
  UnnamedSource,  // a speaker described but not named ("several experts"); one article's own
  Place,          // a city, region, landmark or facility (last: the values are stable)
};
std::string_view to_string(NodeKind k);           // "Person", ...
std::optional<NodeKind> node_kind_from(std::string_view s);
bool is_entity(NodeKind k);                        // Person/Organization/Country/Place/Event
// Nodes that belong to one article: Article, Statement, Meeting, Position,
// UnnamedSource (their keys hold the article's slug). Everything else
// (entities, offices) is shared across articles.
bool is_article_scoped(NodeKind k);

enum class Relation : uint8_t {
  Said,        // speaker -> Statement
  About,       // Statement -> entity
  Met,         // Person -> Person (symmetric; stored once, smaller key first)
  Participant, // Meeting -> entity
  Holder,      // Position -> entity
  TopicEntity, // Position -> entity the topic names
  HoldsOffice, // Person -> Office
  OfficeOf,    // Office -> Country/Organization
  Mentions,    // Article -> entity
  FromArticle, // Statement/Meeting/Position -> Article
};
std::string_view to_string(Relation r);            // "said", "about", ... (RDF local names)
std::optional<Relation> relation_from(std::string_view s);

// Where a fact was read: the article and a half-open code point range in it.
struct Evidence {
  std::string article;  // Document::id
  uint32_t begin = 0;
  uint32_t end = 0;
  friend auto operator<=>(const Evidence&, const Evidence&) = default;
};

inline constexpr uint32_t kFixedLabel = 1000;

struct NodeProps {
  NodeKind kind = NodeKind::Person;
  std::string key;    // stable identity, e.g. "person/pete-hegseth"
  std::string label;  // canonical display name (chosen from label_votes)
  // Every form proposed as the canonical name; a count >= kFixedLabel marks a
  // name fixed by a lexicon. See KnowledgeGraph::choose_label for the rule.
  std::map<std::string, uint32_t> label_votes;
  std::map<std::string, uint32_t> aliases;  // other surface forms, with counts
  // Literal attributes: Statement {text, kind, confidence}; Position {topic,
  // stance}; Article {title, date, url, source, byline}; Office {title}. A
  // multi-valued attribute keeps each value once (sorted).
  std::map<std::string, std::vector<std::string>> attrs;
  std::vector<Evidence> evidence;  // sorted, unique
  double confidence = 1.0;         // max over the merged copies
  uint32_t mentions = 0;           // how many times the articles name it

  const std::string* attr(std::string_view name) const;  // first value or nullptr
};

struct EdgeProps {
  Relation relation = Relation::Mentions;
  std::vector<Evidence> evidence;  // sorted, unique
  double confidence = 1.0;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps,
                                    EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using EdgeDesc = boost::graph_traits<Graph>::edge_descriptor;

class KnowledgeGraph {
 public:
  KnowledgeGraph() = default;
  // The edge index holds edge descriptors, which point into g_'s storage:
  // copies and moves rebuild it for the new storage (boost::adjacency_list
  // has no move constructor of its own, so a defaulted move would copy g_
  // and keep descriptors into the moved-from graph).
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&& other) noexcept;
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(KnowledgeGraph&& other) noexcept;

  // Adds a node or merges it into the node with the same key: votes and
  // aliases are summed, attributes and evidence unioned, confidence maxed.
  Vertex upsert(NodeProps node);
  // Adds an edge or merges evidence into the existing (source, relation, target) edge.
  void link(Vertex from, Relation rel, Vertex to, const std::vector<Evidence>& evidence = {},
            double confidence = 1.0);

  // Union with another graph by node key. Associative and commutative up to
  // the order of vertices, which writers never expose. The rvalue overload
  // moves node properties instead of copying them (the pipeline's hot path).
  void merge(const KnowledgeGraph& other);
  void merge(KnowledgeGraph&& other);
  // Merges only what `other` shares with other articles: its nodes that are
  // not article-scoped and the edges between them (`met`, `holdsOffice`,
  // `officeOf`). The streaming build keeps just this across articles.
  void merge_shared(KnowledgeGraph&& other);

  // While deferred, evidence that comes to a node or edge already in the
  // graph is appended as it comes; finish_evidence() sorts every list and
  // drops repeats once. An entity table that gathers the evidence of n
  // articles then pays one sort instead of n merges into a growing list.
  // Until finish_evidence(), evidence lists are in no particular order.
  void defer_evidence() { defer_evidence_ = true; }
  void finish_evidence();

  std::optional<Vertex> find(std::string_view key) const;
  const Graph& graph() const { return g_; }
  const NodeProps& operator[](Vertex v) const { return g_[v]; }
  size_t num_nodes() const { return boost::num_vertices(g_); }
  size_t num_edges() const { return boost::num_edges(g_); }

  // Deterministic views for writers: vertices sorted by key; edges sorted by
  // (source key, relation, target key).
  std::vector<Vertex> sorted_nodes() const;
  struct EdgeView {
    Vertex from, to;
    const EdgeProps* props;
  };
  std::vector<EdgeView> sorted_edges() const;
  // The same, given sorted_nodes() (a writer that has them spares the
  // string comparisons: keys are unique, so a node's place stands for its key).
  std::vector<EdgeView> sorted_edges(const std::vector<Vertex>& sorted_nodes) const;

 private:
  void choose_label(NodeProps& n);
  void add_evidence(std::vector<Evidence>& into, const std::vector<Evidence>& more) const;
  void rebuild_edge_index();
  Graph g_;
  std::unordered_map<std::string, Vertex> by_key_;
  bool defer_evidence_ = false;
  // (from, relation, to) -> edge, for O(1) duplicate detection. Vertex
  // descriptors are stable (vecS, vertices are never removed).
  struct EdgeKey {
    Vertex from, to;
    Relation rel;
    friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
  };
  struct EdgeKeyHash {
    size_t operator()(const EdgeKey& k) const {
      return (static_cast<size_t>(k.from) * 0x9E3779B97F4A7C15ull) ^
             (static_cast<size_t>(k.to) * 0xC2B2AE3D27D4EB4Full) ^ static_cast<size_t>(k.rel);
    }
  };
  std::unordered_map<EdgeKey, EdgeDesc, EdgeKeyHash> edge_index_;
  template <class G>
  void merge_impl(G&& other, bool shared_only);
};

// IRI-safe slug for keys: "Pete Hegseth" -> "pete-hegseth", "Défense" -> "defense".
std::string slug(std::string_view name);
// slug(name) appended to `out` (a key's last part, written in place).
void append_slug(std::string& out, std::string_view name);

}  // namespace newskg::graph
