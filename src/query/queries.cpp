#include "newskg/query/queries.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>

#include "newskg/query/names.hpp"

namespace newskg::query {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::NodeProps;
using graph::Relation;
using graph::Vertex;

// Sorted by label then key, each vertex once.
std::vector<Vertex> by_label(const KnowledgeGraph& kg, std::vector<Vertex> vs) {
  std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) {
    return std::tie(kg[a].label, kg[a].key) < std::tie(kg[b].label, kg[b].key);
  });
  vs.erase(std::unique(vs.begin(), vs.end()), vs.end());
  return vs;
}

// Targets of v's outgoing `rel` edges, sorted by label then key.
std::vector<Vertex> out_targets(const KnowledgeGraph& kg, Vertex v, Relation rel) {
  const graph::Graph& g = kg.graph();
  std::vector<Vertex> out;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
    if (g[e].relation == rel) out.push_back(boost::target(e, g));
  return by_label(kg, std::move(out));
}

// Sources of v's incoming `rel` edges, sorted by label then key.
std::vector<Vertex> in_sources(const KnowledgeGraph& kg, Vertex v, Relation rel) {
  const graph::Graph& g = kg.graph();
  std::vector<Vertex> out;
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
    if (g[e].relation == rel) out.push_back(boost::source(e, g));
  return by_label(kg, std::move(out));
}

std::vector<EntityRef> refs(const KnowledgeGraph& kg, const std::vector<Vertex>& vs) {
  std::vector<EntityRef> out;
  out.reserve(vs.size());
  for (Vertex v : vs) out.push_back(entity_ref(kg, v));
  return out;
}

std::optional<uint32_t> attr_uint(const NodeProps& n, const char* name) {
  const std::string* s = n.attr(name);
  if (s == nullptr || s->empty()) return std::nullopt;
  char* end = nullptr;
  const unsigned long value = std::strtoul(s->c_str(), &end, 10);
  if (*end != '\0') return std::nullopt;
  return static_cast<uint32_t>(value);
}

std::string attr_or_empty(const NodeProps& n, const char* name) {
  const std::string* s = n.attr(name);
  return s == nullptr ? std::string() : *s;
}

Provenance provenance(const KnowledgeGraph& kg, Vertex fact) {
  const NodeProps& n = kg[fact];
  Provenance p;
  p.article = attr_or_empty(n, "article");
  const std::vector<Vertex> articles = out_targets(kg, fact, Relation::FromArticle);
  if (!articles.empty()) {
    const NodeProps& a = kg[articles.front()];
    if (p.article.empty()) p.article = attr_or_empty(a, "id");
    p.date = attr_or_empty(a, "date");
  }
  if (!n.evidence.empty()) {
    p.begin = n.evidence.front().begin;
    p.end = n.evidence.front().end;
    if (p.article.empty()) p.article = n.evidence.front().article;
  }
  p.sentence = attr_or_empty(n, "sentence");
  p.sentence_begin = attr_uint(n, "sentenceBegin");
  p.sentence_end = attr_uint(n, "sentenceEnd");
  p.confidence = n.confidence;
  return p;
}

// Rows in reading order: by article, then where in it.
template <class Row>
void sort_rows(std::vector<Row>& rows) {
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.from.article, a.from.begin, a.from.end, a.key) <
           std::tie(b.from.article, b.from.begin, b.from.end, b.key);
  });
}

StatementRow statement_row(const KnowledgeGraph& kg, Vertex s) {
  const NodeProps& n = kg[s];
  StatementRow row;
  row.key = n.key;
  row.speakers = refs(kg, in_sources(kg, s, Relation::Said));
  row.kind = attr_or_empty(n, "kind");
  row.text = n.attr("text") != nullptr ? *n.attr("text") : n.label;
  row.about = refs(kg, out_targets(kg, s, Relation::About));
  row.from = provenance(kg, s);
  return row;
}

MeetingRow meeting_row(const KnowledgeGraph& kg, Vertex m) {
  MeetingRow row;
  row.key = kg[m].key;
  row.participants = refs(kg, out_targets(kg, m, Relation::Participant));
  row.from = provenance(kg, m);
  return row;
}

PositionRow position_row(const KnowledgeGraph& kg, Vertex p) {
  const NodeProps& n = kg[p];
  PositionRow row;
  row.key = n.key;
  const std::vector<Vertex> holders = out_targets(kg, p, Relation::Holder);
  if (!holders.empty()) row.holder = entity_ref(kg, holders.front());
  row.stance = attr_or_empty(n, "stance");
  row.topic = n.attr("topic") != nullptr ? *n.attr("topic") : n.label;
  row.topic_entities = refs(kg, out_targets(kg, p, Relation::TopicEntity));
  row.from = provenance(kg, p);
  return row;
}

bool has_edge(const KnowledgeGraph& kg, Vertex from, Relation rel, Vertex to) {
  const graph::Graph& g = kg.graph();
  for (auto e : boost::make_iterator_range(boost::out_edges(from, g)))
    if (g[e].relation == rel && boost::target(e, g) == to) return true;
  return false;
}

// Whether every query word begins some word of the topic or of an entity
// the topic names: "nato member" matches "Ukraine's NATO membership".
bool topic_matches(const KnowledgeGraph& kg, Vertex p, const std::vector<std::string>& query) {
  if (query.empty()) return true;
  std::vector<std::string> words = match_words(kg[p].attr("topic") ? *kg[p].attr("topic")
                                                                   : kg[p].label);
  for (Vertex t : out_targets(kg, p, Relation::TopicEntity)) {
    auto add = [&](const std::string& form) {
      for (std::string& w : match_words(form)) words.push_back(std::move(w));
    };
    add(kg[t].label);
    for (const auto& [alias, count] : kg[t].aliases) add(alias);
  }
  return std::all_of(query.begin(), query.end(), [&](const std::string& q) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return w.compare(0, q.size(), q) == 0; });
  });
}

std::vector<Vertex> nodes_of_kind(const KnowledgeGraph& kg, NodeKind kind) {
  std::vector<Vertex> out;
  for (Vertex v : kg.sorted_nodes())
    if (kg[v].kind == kind) out.push_back(v);
  return out;
}

}  // namespace

EntityRef entity_ref(const KnowledgeGraph& kg, Vertex v) {
  const NodeProps& n = kg[v];
  return EntityRef{n.key, n.label.empty() ? n.key : n.label, std::string(graph::to_string(n.kind))};
}

std::vector<StatementRow> said(const KnowledgeGraph& kg, const SaidFilter& filter) {
  std::vector<StatementRow> rows;
  for (Vertex s : nodes_of_kind(kg, NodeKind::Statement)) {
    if (filter.by && !has_edge(kg, *filter.by, Relation::Said, s)) continue;
    if (filter.about && !has_edge(kg, s, Relation::About, *filter.about)) continue;
    rows.push_back(statement_row(kg, s));
  }
  sort_rows(rows);
  return rows;
}

std::vector<MeetingRow> met(const KnowledgeGraph& kg, std::optional<Vertex> who) {
  std::vector<MeetingRow> rows;
  for (Vertex m : nodes_of_kind(kg, NodeKind::Meeting)) {
    if (who && !has_edge(kg, m, Relation::Participant, *who)) continue;
    rows.push_back(meeting_row(kg, m));
  }
  sort_rows(rows);
  return rows;
}

std::vector<PositionRow> positions(const KnowledgeGraph& kg, const PositionFilter& filter) {
  const std::vector<std::string> topic = match_words(filter.topic);
  std::vector<PositionRow> rows;
  for (Vertex p : nodes_of_kind(kg, NodeKind::Position)) {
    if (filter.holder && !has_edge(kg, p, Relation::Holder, *filter.holder)) continue;
    if (!topic_matches(kg, p, topic)) continue;
    rows.push_back(position_row(kg, p));
  }
  sort_rows(rows);
  return rows;
}

EntityReport describe(const KnowledgeGraph& kg, Vertex v) {
  EntityReport r;
  r.entity = entity_ref(kg, v);
  for (const auto& [alias, count] : kg[v].aliases) r.aliases.push_back(alias);

  auto office_role = [&](Vertex holder, Vertex office) {
    RoleRow role;
    role.holder = entity_ref(kg, holder);
    role.office = entity_ref(kg, office);
    role.title = attr_or_empty(kg[office], "title");
    const std::vector<Vertex> of = out_targets(kg, office, Relation::OfficeOf);
    if (!of.empty()) role.of = entity_ref(kg, of.front());
    return role;
  };
  for (Vertex office : out_targets(kg, v, Relation::HoldsOffice))
    r.roles.push_back(office_role(v, office));
  for (Vertex office : in_sources(kg, v, Relation::OfficeOf))
    for (Vertex holder : in_sources(kg, office, Relation::HoldsOffice))
      r.roles.push_back(office_role(holder, office));

  for (Vertex s : out_targets(kg, v, Relation::Said)) r.said.push_back(statement_row(kg, s));
  for (Vertex s : in_sources(kg, v, Relation::About)) r.said_about.push_back(statement_row(kg, s));
  for (Vertex m : in_sources(kg, v, Relation::Participant)) r.meetings.push_back(meeting_row(kg, m));
  for (Vertex p : in_sources(kg, v, Relation::Holder)) r.positions.push_back(position_row(kg, p));
  for (Vertex p : in_sources(kg, v, Relation::TopicEntity))
    r.positions_about.push_back(position_row(kg, p));
  sort_rows(r.said);
  sort_rows(r.said_about);
  sort_rows(r.meetings);
  sort_rows(r.positions);
  sort_rows(r.positions_about);

  std::set<std::string> articles;
  for (Vertex a : in_sources(kg, v, Relation::Mentions)) {
    const std::string* id = kg[a].attr("id");
    articles.insert(id != nullptr ? *id : kg[a].key);
  }
  r.articles.assign(articles.begin(), articles.end());
  return r;
}

}  // namespace newskg::query
