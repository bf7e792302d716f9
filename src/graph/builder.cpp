#include "newskg/graph/builder.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <optional>

#include "newskg/core/unicode.hpp"

namespace newskg::graph {
namespace {

NodeKind node_kind(extract::EntityType t) {
  switch (t) {
    case extract::EntityType::Person: return NodeKind::Person;
    case extract::EntityType::Organization: return NodeKind::Organization;
    case extract::EntityType::Country: return NodeKind::Country;
    case extract::EntityType::Event: return NodeKind::Event;
    case extract::EntityType::UnnamedSource: return NodeKind::UnnamedSource;
    case extract::EntityType::Place: return NodeKind::Place;
  }
  return NodeKind::Person;
}

// node.attrs[name] = {value}, without the copy of `value` that the
// initializer list makes (a statement's text and sentence are most of the
// bytes of an article graph).
void set_attr(NodeProps& node, const char* name, std::string value) {
  std::vector<std::string>& values = node.attrs[name];
  values.clear();
  values.push_back(std::move(value));
}

}  // namespace

std::string meeting_label(const extract::ArticleFacts& facts, const extract::MeetingFact& m) {
  std::string label;
  for (int p : m.participants) {
    if (!label.empty()) label += " – ";
    label += facts.entities[static_cast<size_t>(p)].name;
  }
  return label;
}

std::string entity_key(const extract::Entity& entity) {
  const std::string& name = entity.key_name.empty() ? entity.name : entity.key_name;
  // "person/pete-hegseth", built in one string (an entity of every article).
  const std::string_view kind = to_string(node_kind(entity.type));
  std::string key;
  key.reserve(kind.size() + 1 + 3 * name.size());
  for (char c : kind) key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  key += '/';
  append_slug(key, name);
  return key;
}

// std::to_chars with a precision formats as printf does, without parsing a
// format string: a fifth of snprintf's cost.
std::string format_confidence(double c) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, c, std::chars_format::fixed, 2);
  return ec == std::errc() ? std::string(buf, end) : std::string("0.00");
}

ArticleKeys::ArticleKeys(const core::Document& doc, const extract::ArticleFacts& facts,
                         const BuildOptions& options)
    : chars(doc.text), slug(graph::slug(doc.id)), article("article/" + slug) {
  // "statement/<article slug>/120-245" and the like, in one string each:
  // `key` gets kind + "/" + slug + "/" + the span's code point offsets.
  auto span_key = [&](std::string& key, std::string_view kind, core::Span s) {
    char digits[24];
    key.reserve(kind.size() + slug.size() + 2 + 2 * sizeof digits + 8);
    key.append(kind).append("/").append(slug).append("/");
    key.append(digits, std::to_chars(digits, digits + sizeof digits, chars.to_char(s.begin)).ptr);
    key += '-';
    key.append(digits, std::to_chars(digits, digits + sizeof digits, chars.to_char(s.end)).ptr);
  };
  // An unnamed source ("several experts") exists for the statements it made:
  // kept only when one of them is, and keyed by its article, because the
  // experts of one article are not those of the next. One whose description
  // names an affiliation ("Mexican officials", "a Clinton ally") says who
  // spoke and is kept by default; a bare one ("experts", "a source") only
  // with --unnamed-sources (GOLD.md leaves speech by unnamed groups out).
  const size_t n = facts.entities.size();
  std::vector<char> speaks(n, 0);
  for (const auto& st : facts.statements)
    if (st.speaker >= 0 && st.confidence >= options.min_confidence &&
        (options.unnamed_sources ||
         !extract::is_bare_source(facts.entities[static_cast<size_t>(st.speaker)])))
      speaks[static_cast<size_t>(st.speaker)] = 1;
  kept.assign(n, 0);
  entity.assign(n, std::string());
  for (size_t i = 0; i < n; ++i) {
    const auto& e = facts.entities[i];
    const bool source = e.type == extract::EntityType::UnnamedSource;
    kept[i] = !source || speaks[i];
    if (!kept[i]) {
      if (!e.roles.empty()) one_to_one = false;  // the graph hangs them on the article
      continue;
    }
    entity[i] = source ? "unnamedsource/" + slug + "/" + graph::slug(e.name) : entity_key(e);
  }

  // Speakers of each statement span so far: a joint speech act ("Lund and
  // Berg said ...") is one statement per speaker (corpus/GOLD.md), the
  // second and later ones keyed ".../120-245/2", ".../3" in facts order.
  std::map<std::pair<uint32_t, uint32_t>, std::vector<int>> speakers_of_span;
  statement.reserve(facts.statements.size());
  for (const auto& st : facts.statements) {
    std::string& key = statement.emplace_back();
    if (st.confidence < options.min_confidence || st.speaker < 0 ||
        !kept[static_cast<size_t>(st.speaker)])
      continue;
    span_key(key, "statement", st.span);
    std::vector<int>& speakers = speakers_of_span[{st.span.begin, st.span.end}];
    auto it = std::find(speakers.begin(), speakers.end(), st.speaker);
    if (it == speakers.end()) it = speakers.insert(speakers.end(), st.speaker);
    if (it != speakers.begin()) key.append("/").append(std::to_string(it - speakers.begin() + 1));
  }

  auto kept_index = [&](int i) { return kept[static_cast<size_t>(i)] != 0; };
  size_t meeting_no = 0;
  meeting.reserve(facts.meetings.size());
  for (const auto& m : facts.meetings) {
    std::string& key = meeting.emplace_back();
    ++meeting_no;
    if (m.confidence < options.min_confidence || m.participants.size() < 2 ||
        !std::all_of(m.participants.begin(), m.participants.end(), kept_index))
      continue;
    span_key(key, "meeting", m.evidence);
    key.append("/").append(std::to_string(meeting_no));
  }

  size_t position_no = 0;
  position.reserve(facts.positions.size());
  for (const auto& p : facts.positions) {
    std::string& key = position.emplace_back();
    ++position_no;
    if (p.confidence < options.min_confidence || p.holder < 0 || !kept_index(p.holder)) continue;
    span_key(key, "position", p.evidence);
    key.append("/").append(std::to_string(position_no));
  }

  if (one_to_one) {
    std::vector<std::string_view> all;
    all.reserve(n + statement.size());
    for (size_t i = 0; i < n; ++i)
      if (kept[i]) all.push_back(entity[i]);
    for (const std::string& key : statement)
      if (!key.empty()) all.push_back(key);
    std::sort(all.begin(), all.end());
    one_to_one = std::adjacent_find(all.begin(), all.end()) == all.end();
  }
}

KnowledgeGraph build_article_graph(const core::Document& doc, const extract::ArticleFacts& facts,
                                   const BuildOptions& options) {
  KnowledgeGraph kg;
  build_article_graph_into(doc, facts, ArticleKeys(doc, facts, options), kg);
  return kg;
}

namespace {

// An entity node as the article proposes it: its name as a vote for the
// label, its other forms as aliases, its mentions counted.
NodeProps entity_node(const extract::Entity& e, const std::string& key) {
  NodeProps n;
  n.kind = node_kind(e.type);
  n.key = key;
  n.label_votes[e.name] = e.from_lexicon ? kFixedLabel : 1;
  for (const auto& a : e.aliases)
    if (a != e.name) n.aliases[a] += 1;
  n.mentions = static_cast<uint32_t>(e.mentions.size());
  return n;
}

// The office of a role: "office/defense-secretary/country/united-states",
// labelled "Defense Secretary (United States)". `of_key` is the key of the
// node the office belongs to ("" for none). An office the article ties to
// no country or body is its holder's own ("office/president/person/
// george-w-bush"): "President Bush" and "President Chirac" hold no common
// office, whatever their titles share.
NodeProps office_node(const extract::ArticleFacts& facts, const extract::RoleFact& role,
                      const std::string& of_key, const std::string& holder_key) {
  NodeProps office;
  office.kind = NodeKind::Office;
  std::string label = role.title;
  if (role.of >= 0) label += " (" + facts.entities[static_cast<size_t>(role.of)].name + ")";
  office.key = "office/" + slug(role.title) + "/" + (of_key.empty() ? holder_key : of_key);
  office.label = label;
  set_attr(office, "title", role.title);
  return office;
}

}  // namespace

void build_article_graph_into(const core::Document& doc, const extract::ArticleFacts& facts,
                              const ArticleKeys& keys, KnowledgeGraph& kg) {
  const core::CharIndex& chars = keys.chars;
  auto evidence = [&](core::Span s) {
    return Evidence{doc.id, chars.to_char(s.begin), chars.to_char(s.end)};
  };

  NodeProps article;
  article.kind = NodeKind::Article;
  article.key = keys.article;
  article.label = doc.title.empty() ? doc.id : doc.title;
  set_attr(article, "id", doc.id);
  if (!doc.title.empty()) set_attr(article, "title", doc.title);
  if (!doc.date.empty()) set_attr(article, "date", doc.date);
  if (!doc.url.empty()) set_attr(article, "url", doc.url);
  if (!doc.source.empty()) set_attr(article, "source", doc.source);
  if (!doc.format.empty()) set_attr(article, "format", doc.format);
  for (const auto& a : doc.byline) article.attrs["byline"].push_back(a);
  for (const auto& c : doc.categories) article.attrs["category"].push_back(c);
  set_attr(article, "length",
           std::to_string(chars.to_char(static_cast<uint32_t>(doc.text.size()))));
  const Vertex article_v = kg.upsert(std::move(article));

  auto kept = [&](int i) { return keys.kept[static_cast<size_t>(i)] != 0; };
  // A dropped entity's vertex is the article's (vertex 0): a role on it
  // hangs on the article (ArticleKeys::one_to_one says when).
  std::vector<Vertex> entity_v(facts.entities.size(), article_v);
  for (size_t i = 0; i < facts.entities.size(); ++i) {
    const auto& e = facts.entities[i];
    if (!kept(static_cast<int>(i))) continue;
    const bool source = e.type == extract::EntityType::UnnamedSource;
    NodeProps n = entity_node(e, keys.entity[i]);
    if (source) set_attr(n, "article", doc.id);
    entity_v[i] = kg.upsert(std::move(n));
    // The first place the article names it; every other mention is counted
    // (NodeProps::mentions), not stored: on a large corpus mention evidence
    // would outweigh all the facts together.
    std::vector<Evidence> where;
    if (!e.mentions.empty()) where.push_back(evidence(e.mentions.front()));
    kg.link(article_v, Relation::Mentions, entity_v[i], where);
    if (source) kg.link(entity_v[i], Relation::FromArticle, article_v);
  }
  for (size_t i = 0; i < facts.entities.size(); ++i) {
    for (const auto& role : facts.entities[i].roles) {
      const std::string of_key = role.of >= 0 ? kg[entity_v[static_cast<size_t>(role.of)]].key : "";
      Vertex ov = kg.upsert(office_node(facts, role, of_key, kg[entity_v[i]].key));
      kg.link(entity_v[i], Relation::HoldsOffice, ov, {evidence(role.evidence)});
      if (role.of >= 0)
        kg.link(ov, Relation::OfficeOf, entity_v[static_cast<size_t>(role.of)],
                {evidence(role.evidence)});
    }
  }

  for (size_t s = 0; s < facts.statements.size(); ++s) {
    const auto& st = facts.statements[s];
    if (keys.statement[s].empty()) continue;
    NodeProps n;
    n.kind = NodeKind::Statement;
    n.key = keys.statement[s];
    n.label = st.text;
    set_attr(n, "text", st.text);
    set_attr(n, "kind", st.kind == extract::StatementKind::Direct ? "direct" : "indirect");
    set_attr(n, "confidence", format_confidence(st.confidence));
    set_attr(n, "article", doc.id);
    const core::Span sent = st.sentence.empty() ? st.span : st.sentence;
    set_attr(n, "sentence", std::string(sent.of(doc.text)));
    set_attr(n, "sentenceBegin", std::to_string(chars.to_char(sent.begin)));
    set_attr(n, "sentenceEnd", std::to_string(chars.to_char(sent.end)));
    n.evidence.push_back(evidence(st.span));
    n.confidence = st.confidence;
    Vertex sv = kg.upsert(std::move(n));
    kg.link(entity_v[static_cast<size_t>(st.speaker)], Relation::Said, sv, {evidence(st.span)},
            st.confidence);
    for (int a : st.about)
      if (kept(a)) kg.link(sv, Relation::About, entity_v[static_cast<size_t>(a)]);
    kg.link(sv, Relation::FromArticle, article_v);
  }

  for (size_t k = 0; k < facts.meetings.size(); ++k) {
    const auto& m = facts.meetings[k];
    if (keys.meeting[k].empty()) continue;
    NodeProps n;
    n.kind = NodeKind::Meeting;
    n.key = keys.meeting[k];
    n.label = meeting_label(facts, m);
    set_attr(n, "article", doc.id);
    set_attr(n, "sentence", std::string(m.evidence.of(doc.text)));
    set_attr(n, "confidence", format_confidence(m.confidence));
    n.evidence.push_back(evidence(m.evidence));
    n.confidence = m.confidence;
    Vertex mv = kg.upsert(std::move(n));
    kg.link(mv, Relation::FromArticle, article_v);
    for (int p : m.participants)
      kg.link(mv, Relation::Participant, entity_v[static_cast<size_t>(p)]);
    for (size_t a = 0; a < m.participants.size(); ++a)
      for (size_t b = a + 1; b < m.participants.size(); ++b)
        if (m.participants[a] != m.participants[b])
          kg.link(entity_v[static_cast<size_t>(m.participants[a])], Relation::Met,
                  entity_v[static_cast<size_t>(m.participants[b])], {evidence(m.evidence)},
                  m.confidence);
  }

  for (size_t k = 0; k < facts.positions.size(); ++k) {
    const auto& p = facts.positions[k];
    if (keys.position[k].empty()) continue;
    NodeProps n;
    n.kind = NodeKind::Position;
    n.key = keys.position[k];
    n.label = p.topic;
    set_attr(n, "topic", p.topic);
    set_attr(n, "stance", extract::to_string(p.stance));
    set_attr(n, "article", doc.id);
    set_attr(n, "sentence", std::string(p.evidence.of(doc.text)));
    set_attr(n, "confidence", format_confidence(p.confidence));
    n.evidence.push_back(evidence(p.evidence));
    n.confidence = p.confidence;
    Vertex pv = kg.upsert(std::move(n));
    kg.link(pv, Relation::Holder, entity_v[static_cast<size_t>(p.holder)]);
    for (int t : p.topic_entities)
      if (kept(t)) kg.link(pv, Relation::TopicEntity, entity_v[static_cast<size_t>(t)]);
    kg.link(pv, Relation::FromArticle, article_v);
  }
}

void merge_article_shared(const extract::ArticleFacts& facts, const ArticleKeys& keys,
                          const core::Document& doc, KnowledgeGraph& table) {
  const core::CharIndex& chars = keys.chars;
  auto evidence = [&](core::Span s) {
    return std::vector<Evidence>{{doc.id, chars.to_char(s.begin), chars.to_char(s.end)}};
  };
  const size_t n = facts.entities.size();
  auto shared = [&](size_t i) {
    return keys.kept[i] && facts.entities[i].type != extract::EntityType::UnnamedSource;
  };
  // Table vertices of the shared entities (unnamed sources and dropped
  // entities belong to the article: their edges stay out, as in merge_shared).
  std::vector<std::optional<Vertex>> entity_v(n);
  for (size_t i = 0; i < n; ++i)
    if (shared(i)) entity_v[i] = table.upsert(entity_node(facts.entities[i], keys.entity[i]));
  for (size_t i = 0; i < n; ++i) {
    for (const auto& role : facts.entities[i].roles) {
      // The graph keys an office of a dropped entity by the article's key.
      std::string of_key;
      if (role.of >= 0) {
        const auto of = static_cast<size_t>(role.of);
        of_key = keys.kept[of] ? keys.entity[of] : keys.article;
      }
      const Vertex ov = table.upsert(
          office_node(facts, role, of_key, keys.kept[i] ? keys.entity[i] : keys.article));
      if (entity_v[i]) table.link(*entity_v[i], Relation::HoldsOffice, ov, evidence(role.evidence));
      if (role.of >= 0 && entity_v[static_cast<size_t>(role.of)])
        table.link(ov, Relation::OfficeOf, *entity_v[static_cast<size_t>(role.of)],
                   evidence(role.evidence));
    }
  }
  for (size_t k = 0; k < facts.meetings.size(); ++k) {
    const auto& m = facts.meetings[k];
    if (keys.meeting[k].empty()) continue;
    for (size_t a = 0; a < m.participants.size(); ++a)
      for (size_t b = a + 1; b < m.participants.size(); ++b) {
        const auto& from = entity_v[static_cast<size_t>(m.participants[a])];
        const auto& to = entity_v[static_cast<size_t>(m.participants[b])];
        if (m.participants[a] != m.participants[b] && from && to)
          table.link(*from, Relation::Met, *to, evidence(m.evidence), m.confidence);
      }
  }
}

}  // namespace newskg::graph

namespace newskg::graph {
namespace {

constexpr size_t kMaxSlug = 120;

std::string hex64(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

ArticleIds::ArticleIds() { owner_.emplace("graph", Owner{}); }

void ArticleIds::reserve(std::string_view id, std::string_view source, std::string_view title) {
  owner_.emplace(slug(id), Owner{std::string(source), std::string(title), true});
}

ArticleIds::Claim ArticleIds::claim(std::string_view id, std::string_view source,
                                    std::string_view title) {
  Claim out{std::string(id), {}};
  std::string key = slug(id);
  if (key.size() > kMaxSlug) {
    // "a-very-long-title-...-3f2a9c0d1e2b4f60": still readable, still unique.
    std::string head = key.substr(0, 100);
    if (size_t pct = head.find('%', head.size() - 2); pct != std::string::npos) head.resize(pct);
    out.id = head + "-" + hex64(id);
    key = slug(out.id);
    out.conflict = "article id is too long for a file name; shortened to '" + out.id + "'";
  }
  auto owner = owner_.find(key);
  if (owner != owner_.end() && owner->second.grown && owner->second.source == source &&
      owner->second.title == title) {
    owner->second.grown = false;
    out.again = true;
    return out;
  }
  if (owner != owner_.end()) {
    std::string candidate;
    for (int n = 2;; ++n) {
      candidate = key + "-" + std::to_string(n);
      if (!owner_.count(slug(candidate))) break;
    }
    out.conflict = owner->second.source.empty()
                       ? "article id '" + std::string(id) + "' is the name of the corpus graph " +
                             "files (graph.nt); this article is '" + candidate + "'"
                       : "article id '" + std::string(id) + "' gives the same node keys as the " +
                             "article read from " + owner->second.source + "; this article is '" +
                             candidate + "'";
    out.id = candidate;
    key = slug(candidate);
  }
  owner_.emplace(std::move(key), Owner{std::string(source), {}, false});
  return out;
}

std::string article_file_stem(std::string_view id) {
  const bool plain = !id.empty() && id.size() <= 200 && id.front() != '.' &&
                     std::all_of(id.begin(), id.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
                     });
  return plain ? std::string(id) : slug(id);
}

}  // namespace newskg::graph
