#include "newskg/graph/model.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <tuple>
#include <type_traits>

#include "newskg/core/check.hpp"
#include "newskg/core/unicode.hpp"

namespace newskg::graph {
namespace {

constexpr std::array<std::string_view, 11> kKindNames = {
    "Person", "Organization", "Country", "Event", "Statement",     "Position",
    "Meeting", "Office",      "Article", "UnnamedSource", "Place"};
constexpr std::array<std::string_view, 10> kRelationNames = {
    "said", "about", "met", "participant", "holder",
    "topicEntity", "holdsOffice", "officeOf", "mentions", "fromArticle"};

// Sorted, without repeats: how every evidence list and attribute's values are kept.
template <class T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

std::string_view to_string(NodeKind k) { return kKindNames[static_cast<size_t>(k)]; }
std::optional<NodeKind> node_kind_from(std::string_view s) {
  for (size_t i = 0; i < kKindNames.size(); ++i)
    if (kKindNames[i] == s) return static_cast<NodeKind>(i);
  return std::nullopt;
}
bool is_entity(NodeKind k) {
  return k == NodeKind::Person || k == NodeKind::Organization || k == NodeKind::Country ||
         k == NodeKind::Place || k == NodeKind::Event;
}
bool is_article_scoped(NodeKind k) {
  return k == NodeKind::Article || k == NodeKind::Statement || k == NodeKind::Meeting ||
         k == NodeKind::Position || k == NodeKind::UnnamedSource;
}
std::string_view to_string(Relation r) { return kRelationNames[static_cast<size_t>(r)]; }
std::optional<Relation> relation_from(std::string_view s) {
  for (size_t i = 0; i < kRelationNames.size(); ++i)
    if (kRelationNames[i] == s) return static_cast<Relation>(i);
  return std::nullopt;
}

const std::string* NodeProps::attr(std::string_view name) const {
  auto it = attrs.find(std::string(name));
  if (it == attrs.end() || it->second.empty()) return nullptr;
  return &it->second.front();
}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : g_(other.g_), by_key_(other.by_key_), defer_evidence_(other.defer_evidence_) {
  rebuild_edge_index();
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) noexcept {
  g_.swap(other.g_);
  by_key_.swap(other.by_key_);
  defer_evidence_ = other.defer_evidence_;
  other.edge_index_.clear();
  rebuild_edge_index();
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) {
    g_ = other.g_;
    by_key_ = other.by_key_;
    defer_evidence_ = other.defer_evidence_;
    rebuild_edge_index();
  }
  return *this;
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) noexcept {
  if (this != &other) {
    g_.clear();
    g_.swap(other.g_);
    by_key_.clear();
    by_key_.swap(other.by_key_);
    defer_evidence_ = other.defer_evidence_;
    other.edge_index_.clear();
    rebuild_edge_index();
  }
  return *this;
}

void KnowledgeGraph::rebuild_edge_index() {
  edge_index_.clear();
  edge_index_.reserve(boost::num_edges(g_));
  for (auto e : boost::make_iterator_range(boost::edges(g_)))
    edge_index_.emplace(EdgeKey{boost::source(e, g_), boost::target(e, g_), g_[e].relation}, e);
}

void KnowledgeGraph::choose_label(NodeProps& n) {
  // The label is a function of the *set* of surface forms, never of counts or
  // merge order, so a graph read back from RDF merges to the same label:
  // a lexicon-fixed name first ("NATO" over "North Atlantic Treaty
  // Organization"), then the fullest form (most words, then longest), then
  // the lexicographically smallest.
  auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
  const std::string* best = nullptr;
  bool best_fixed = false;
  for (const auto& [form, votes] : n.label_votes) {
    const bool fixed = votes >= kFixedLabel;
    if (best == nullptr || fixed > best_fixed ||
        (fixed == best_fixed &&
         (words(form) > words(*best) || (words(form) == words(*best) && form.size() > best->size())))) {
      best = &form;
      best_fixed = fixed;
    }
  }
  if (best != nullptr) n.label = *best;
}

Vertex KnowledgeGraph::upsert(NodeProps node) {
  NEWSKG_CHECK(!node.key.empty(), "a node needs a key");
  if (node.label_votes.empty() && !node.label.empty()) node.label_votes[node.label] = 1;
  sort_unique(node.evidence);
  for (auto& [name, values] : node.attrs) {
    sort_unique(values);
  }
  auto it = by_key_.find(node.key);
  if (it == by_key_.end()) {
    choose_label(node);
    for (const auto& [form, votes] : node.label_votes)
      if (form != node.label) node.aliases[form] += 0;
    node.aliases.erase(node.label);
    std::string key = node.key;
    // Boost 1.74's add_vertex(props, g) takes a const reference and deep
    // copies the maps and vectors: add an empty vertex and move into it.
    Vertex v = boost::add_vertex(g_);
    g_[v] = std::move(node);
    by_key_.emplace(std::move(key), v);
    return v;
  }
  NodeProps& n = g_[it->second];
  NEWSKG_CHECK(n.kind == node.kind, "two kinds share the key " + node.key);
  for (const auto& [form, votes] : node.label_votes) n.label_votes[form] += votes;
  for (const auto& [form, count] : node.aliases) n.aliases[form] += count;
  for (auto& [name, values] : node.attrs) {
    auto& mine = n.attrs[name];
    mine.insert(mine.end(), values.begin(), values.end());
    sort_unique(mine);
  }
  add_evidence(n.evidence, node.evidence);
  n.confidence = std::max(n.confidence, node.confidence);
  n.mentions += node.mentions;
  choose_label(n);
  // A form that is the label is not also an alias; all other forms are.
  for (const auto& [form, votes] : n.label_votes)
    if (form != n.label) n.aliases[form] += 0;
  n.aliases.erase(n.label);
  return it->second;
}

void KnowledgeGraph::link(Vertex from, Relation rel, Vertex to,
                          const std::vector<Evidence>& evidence, double confidence) {
  // `met` is symmetric: store it once, from the smaller key to the larger.
  if (rel == Relation::Met && g_[to].key < g_[from].key) std::swap(from, to);
  const EdgeKey k{from, to, rel};
  auto it = edge_index_.find(k);
  if (it == edge_index_.end()) {
    EdgeProps props;
    props.relation = rel;
    props.evidence = evidence;
    sort_unique(props.evidence);
    props.confidence = confidence;
    auto [e, added] = boost::add_edge(from, to, g_);  // then move, as for vertices
    (void)added;
    g_[e] = std::move(props);
    edge_index_.emplace(k, e);
    return;
  }
  EdgeProps& p = g_[it->second];
  add_evidence(p.evidence, evidence);
  p.confidence = std::max(p.confidence, confidence);
}

// The union of `into` (sorted, unique) and `more`; while deferred, only
// gathered, for finish_evidence() to sort once.
void KnowledgeGraph::add_evidence(std::vector<Evidence>& into, const std::vector<Evidence>& more) const {
  if (more.empty()) return;
  into.insert(into.end(), more.begin(), more.end());
  if (!defer_evidence_) sort_unique(into);
}

void KnowledgeGraph::finish_evidence() {
  for (auto v : boost::make_iterator_range(boost::vertices(g_))) sort_unique(g_[v].evidence);
  for (auto e : boost::make_iterator_range(boost::edges(g_))) sort_unique(g_[e].evidence);
  defer_evidence_ = false;
}

template <class G>
void KnowledgeGraph::merge_impl(G&& other, bool shared_only) {
  constexpr bool kMove = !std::is_lvalue_reference_v<G>;
  constexpr Vertex kSkipped = ~Vertex{0};
  std::vector<Vertex> mapped(other.num_nodes(), kSkipped);
  for (Vertex v : boost::make_iterator_range(boost::vertices(other.g_))) {
    if (shared_only && is_article_scoped(other.g_[v].kind)) continue;
    if constexpr (kMove) mapped[v] = upsert(std::move(other.g_[v]));
    else mapped[v] = upsert(other.g_[v]);
  }
  for (auto e : boost::make_iterator_range(boost::edges(other.g_))) {
    const EdgeProps& p = other.g_[e];
    const Vertex from = mapped[boost::source(e, other.g_)], to = mapped[boost::target(e, other.g_)];
    if (from == kSkipped || to == kSkipped) continue;
    link(from, p.relation, to, p.evidence, p.confidence);
  }
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) { merge_impl(other, false); }
void KnowledgeGraph::merge(KnowledgeGraph&& other) {
  merge_impl(std::move(other), false);
  other = KnowledgeGraph();
}
void KnowledgeGraph::merge_shared(KnowledgeGraph&& other) {
  merge_impl(std::move(other), true);
  other = KnowledgeGraph();
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view key) const {
  auto it = by_key_.find(std::string(key));
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

namespace {
// Bytes [at, at + 8) of s as a big-endian number, zeros past its end: two
// such numbers compare as the bytes do (as unsigned char, like std::string).
uint64_t key_word(const std::string& s, size_t at) {
  unsigned char b[8] = {};
  if (at < s.size()) std::memcpy(b, s.data() + at, std::min<size_t>(8, s.size() - at));
  uint64_t w = 0;
  for (unsigned char c : b) w = w << 8 | c;
  return w;
}
}  // namespace

std::vector<Vertex> KnowledgeGraph::sorted_nodes() const {
  // By key, the keys' first 16 bytes held beside the vertex: most
  // comparisons are of two numbers, not a call to compare two strings
  // that share their kind's prefix ("person/...") in another cache line.
  struct Item {
    uint64_t head, next;
    Vertex v;
  };
  std::vector<Item> items;
  items.reserve(num_nodes());
  for (Vertex v : boost::make_iterator_range(boost::vertices(g_)))
    items.push_back({key_word(g_[v].key, 0), key_word(g_[v].key, 8), v});
  std::sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
    if (a.head != b.head) return a.head < b.head;
    if (a.next != b.next) return a.next < b.next;
    return g_[a.v].key < g_[b.v].key;
  });
  std::vector<Vertex> out;
  out.reserve(items.size());
  for (const Item& item : items) out.push_back(item.v);
  return out;
}

std::vector<KnowledgeGraph::EdgeView> KnowledgeGraph::sorted_edges() const {
  return sorted_edges(sorted_nodes());
}

std::vector<KnowledgeGraph::EdgeView> KnowledgeGraph::sorted_edges(
    const std::vector<Vertex>& sorted_nodes) const {
  NEWSKG_CHECK(sorted_nodes.size() == num_nodes(), "sorted_edges() needs every node");
  std::vector<uint32_t> place(num_nodes());
  for (size_t i = 0; i < sorted_nodes.size(); ++i)
    place[sorted_nodes[i]] = static_cast<uint32_t>(i);
  std::vector<EdgeView> out;
  out.reserve(num_edges());
  for (auto e : boost::make_iterator_range(boost::edges(g_)))
    out.push_back({boost::source(e, g_), boost::target(e, g_), &g_[e]});
  // (source key, relation, target key), compared as places in key order.
  std::sort(out.begin(), out.end(), [&](const EdgeView& a, const EdgeView& b) {
    return std::tuple(place[a.from], a.props->relation, place[a.to]) <
           std::tuple(place[b.from], b.props->relation, place[b.to]);
  });
  return out;
}

std::string slug(std::string_view name) {
  std::string out;
  append_slug(out, name);
  return out;
}

void append_slug(std::string& out, std::string_view name) {
  // "Pete Hegseth" -> "pete-hegseth"; "Défense & Co." -> "defense-and-co"
  // An entity's key_name is a name_key() already: it is not made again.
  const bool keyed = core::is_name_key(name);
  const std::string made = keyed ? std::string() : core::name_key(name);
  const std::string_view key = keyed ? name : std::string_view(made);
  // Written in place into room for the longest form (three bytes a byte:
  // "&" -> "and", a byte of a non-Latin letter -> "%XX"), then cut to size.
  const size_t start = out.size();
  out.resize(start + 3 * key.size());
  char* w = out.data() + start;
  for (char c : key) {
    if (c == ' ') {
      *w++ = '-';
    } else if (c == '&') {
      *w++ = 'a';
      *w++ = 'n';
      *w++ = 'd';
    } else if (static_cast<unsigned char>(c) < 0x80) {
      *w++ = c;
    } else {
      // Non-Latin letters stay, percent-encoded so the IRI remains plain ASCII.
      static const char* hex = "0123456789ABCDEF";
      const auto u = static_cast<unsigned char>(c);
      *w++ = '%';
      *w++ = hex[u >> 4];
      *w++ = hex[u & 15];
    }
  }
  out.resize(static_cast<size_t>(w - out.data()));
  if (out.size() == start) out += "unnamed";
}

}  // namespace newskg::graph
