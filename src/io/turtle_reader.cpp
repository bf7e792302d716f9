// RDF input through Serd's reader: the inverse of rdf_writer.cpp.
//
// Reading happens in two passes. Serd hands us one triple at a time, in any
// order a store or a person may have written them, so the first pass only
// files each triple under its subject; the second builds nodes, then edges,
// once everything about a node is known (its kind decides what nkg:articleId
// means; its article decides whose offsets nkg:beginIndex holds).
//
// Worked example (Turtle; IRIs shortened):
//   res:statement/a1/120-245 a nkg:Statement ; nkg:text "We will ..." ;
//     nkg:kind "direct" ; nkg:beginIndex "120"^^xsd:nonNegativeInteger ;
//     nkg:endIndex "245"^^xsd:nonNegativeInteger ; nkg:article res:article/a1 .
//   res:article/a1 a nkg:Article ; nkg:articleId "a1" .
// gives the node {kind Statement, key "statement/a1/120-245", label "We will
// ...", attrs {text, kind, article: "a1"}, evidence {a1, 120, 245}} and the
// edge statement -FromArticle-> article.
#include "newskg/io/turtle_reader.hpp"

#include <serd/serd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

namespace newskg::io {
namespace {

using graph::Evidence;
using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::NodeProps;
using graph::Relation;
using graph::Vertex;

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// Is `iri` the term `ns` + `local` (rdf:type, rdfs:label, ...)?
bool is_term(std::string_view iri, std::string_view ns, std::string_view local) {
  return iri.size() == ns.size() + local.size() && starts_with(iri, ns) &&
         iri.substr(ns.size()) == local;
}

std::string_view view(const SerdNode& n) {
  return {reinterpret_cast<const char*>(n.buf), n.n_bytes};
}

// Everything said about one subject, as read (first pass).
struct Subject {
  std::vector<NodeKind> kinds;
  std::vector<std::string> labels;
  std::vector<std::string> aliases;
  std::vector<std::pair<std::string, std::string>> literals;  // (nkg local name, value)
  // Offsets in document order: the writer puts the i-th beginIndex and the
  // i-th endIndex of a node's sorted evidence list at the same position.
  std::vector<std::string> begins, ends;
  std::vector<std::pair<Relation, std::string>> links;  // (relation, target key)
};

class Collector {
 public:
  Collector(const std::string& name, std::string_view text, SerdEnv* env)
      : name_(name), text_(text), env_(env) {}

  std::map<std::string, Subject>& subjects() { return subjects_; }
  const std::optional<core::Error>& error() const { return error_; }
  void fail(int line, std::string message) {
    if (!error_) error_ = core::Error{name_, line, std::move(message)};
  }

  SerdStatus on_statement(const SerdNode* subject, const SerdNode* predicate,
                          const SerdNode* object) {
    // Blank nodes are never written by newskg; a file that has them carries
    // someone else's data, which is not ours to interpret.
    if (subject->type == SERD_BLANK || object->type == SERD_BLANK) return SERD_SUCCESS;
    const std::string s = expand(*subject);
    const std::string p = expand(*predicate);
    if (error_) return SERD_ERR_BAD_SYNTAX;
    // Triples about other resources (an ontology loaded into the same store)
    // are not part of the graph.
    if (!starts_with(s, kResource)) return SERD_SUCCESS;
    const std::string key = s.substr(kResource.size());
    if (key.empty()) return SERD_SUCCESS;
    Subject& subj = subjects_[key];

    const bool literal = object->type == SERD_LITERAL;
    const std::string o = literal ? std::string(view(*object)) : expand(*object);
    if (error_) return SERD_ERR_BAD_SYNTAX;

    if (is_term(p, kRdf, "type")) {
      // More specific types beside the newskg kind (schema:Person) are fine.
      if (!literal && starts_with(o, kOntology)) {
        if (auto kind = graph::node_kind_from(std::string_view(o).substr(kOntology.size())))
          subj.kinds.push_back(*kind);
      }
      return SERD_SUCCESS;
    }
    if (is_term(p, kRdfs, "label")) {
      if (literal) subj.labels.push_back(o);
      return SERD_SUCCESS;
    }
    if (is_term(p, kSkos, "altLabel")) {
      if (literal) subj.aliases.push_back(o);
      return SERD_SUCCESS;
    }
    if (!starts_with(p, kOntology)) return SERD_SUCCESS;  // prov:, schema: alignments
    const std::string local = p.substr(kOntology.size());
    if (literal) {
      if (local == "beginIndex") {
        subj.begins.push_back(o);
      } else if (local == "endIndex") {
        subj.ends.push_back(o);
      } else {
        subj.literals.emplace_back(local, o);
      }
      return SERD_SUCCESS;
    }
    const std::optional<Relation> rel =
        local == "article" ? std::optional<Relation>(Relation::FromArticle)
                           : graph::relation_from(local);
    if (!rel) {
      fail(0, "<" + s + "> nkg:" + local + " <" + o + ">: unknown newskg relation");
      return SERD_ERR_BAD_SYNTAX;
    }
    if (!starts_with(o, kResource) || o.size() == kResource.size()) {
      fail(0, "<" + s + "> nkg:" + local + " <" + o + ">: the object is not a newskg resource");
      return SERD_ERR_BAD_SYNTAX;
    }
    subj.links.emplace_back(*rel, o.substr(kResource.size()));
    return SERD_SUCCESS;
  }

 private:
  // Full IRI of a URI or CURIE node ("nkg:said" with the file's prefixes,
  // relative IRIs against its base).
  std::string expand(const SerdNode& node) {
    if (node.type != SERD_URI && node.type != SERD_CURIE) {
      fail(0, "expected an IRI, got \"" + std::string(view(node)) + "\"");
      return {};
    }
    SerdNode full = serd_env_expand_node(env_, &node);
    if (full.buf == nullptr) {
      fail(line_of(view(node)), "cannot expand " + std::string(view(node)) +
                                    " (undeclared prefix?)");
      return {};
    }
    std::string out(view(full));
    serd_node_free(&full);
    return out;
  }

  // Serd tells the sink no position, but a CURIE is spelled in the text as
  // it reaches us, so its first occurrence is where to look.
  int line_of(std::string_view term) const {
    const size_t at = text_.find(term);
    if (at == std::string_view::npos) return 0;
    return 1 + static_cast<int>(std::count(text_.begin(), text_.begin() + static_cast<long>(at), '\n'));
  }

  std::string name_;
  std::string_view text_;
  SerdEnv* env_;
  std::map<std::string, Subject> subjects_;
  std::optional<core::Error> error_;
};

// Serd callbacks: C functions, so nothing may throw through them.
SerdStatus on_base(void* handle, const SerdNode* uri) {
  auto* env = static_cast<std::pair<Collector*, SerdEnv*>*>(handle)->second;
  return serd_env_set_base_uri(env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  auto* env = static_cast<std::pair<Collector*, SerdEnv*>*>(handle)->second;
  return serd_env_set_prefix(env, name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*,
                        const SerdNode* subject, const SerdNode* predicate,
                        const SerdNode* object, const SerdNode*, const SerdNode*) {
  Collector* c = static_cast<std::pair<Collector*, SerdEnv*>*>(handle)->first;
  try {
    return c->on_statement(subject, predicate, object);
  } catch (const std::exception& e) {
    c->fail(0, e.what());
    return SERD_ERR_INTERNAL;
  }
}

// Serd reports syntax errors here, with the line and column it stopped at:
//   "graph.ttl:12: bad syntax: expected `.'"
SerdStatus on_error(void* handle, const SerdError* error) {
  Collector* c = static_cast<std::pair<Collector*, SerdEnv*>*>(handle)->first;
  char buf[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(buf, sizeof buf, error->fmt, args);
  va_end(args);
  std::string message(buf);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  c->fail(static_cast<int>(error->line),
          "column " + std::to_string(error->col) + ": " + message);
  return SERD_SUCCESS;
}

std::optional<uint32_t> parse_offset(const std::string& s) {
  std::string_view v = s;
  if (!v.empty() && v.front() == '+') v.remove_prefix(1);
  uint32_t out = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size()) return std::nullopt;
  return out;
}

// The second pass: nodes from subjects, then edges.
core::Result<KnowledgeGraph> build_graph(std::map<std::string, Subject>& subjects,
                                         const std::string& name, const ReadOptions& options) {
  auto error = [&](std::string message) { return core::Error{name, 0, std::move(message)}; };
  auto iri = [](const std::string& key) { return "<" + std::string(kResource) + key + ">"; };

  // Every node a triple names must say what it is.
  for (const auto& [key, subj] : subjects) {
    for (const auto& [rel, target] : subj.links)
      if (!subjects.count(target))
        return error(iri(target) + " is linked from " + iri(key) +
                     " but has no rdf:type nkg:<Kind>");
    std::set<NodeKind> kinds(subj.kinds.begin(), subj.kinds.end());
    if (kinds.empty()) return error(iri(key) + " has no rdf:type nkg:<Kind>");
    if (kinds.size() > 1) return error(iri(key) + " has more than one newskg kind");
  }

  // An Article's id is its nkg:articleId; Evidence and "article" attributes
  // name articles by id, not by node key.
  auto article_id = [&](const std::string& key) {
    const Subject& a = subjects.at(key);
    for (const auto& [local, value] : a.literals)
      if (local == "articleId") return value;
    const size_t slash = key.find('/');
    return slash == std::string::npos ? key : key.substr(slash + 1);
  };

  KnowledgeGraph kg;
  std::map<std::string, Vertex> vertex_of;
  for (auto& [key, subj] : subjects) {
    NodeProps n;
    n.kind = subj.kinds.front();
    n.key = key;
    for (auto& [local, value] : subj.literals) {
      const std::string attr = n.kind == NodeKind::Article && local == "articleId" ? "id" : local;
      n.attrs[attr].push_back(value);
    }
    // The writer leaves out a Statement's rdfs:label: it is the text.
    if (subj.labels.empty() && n.kind == NodeKind::Statement) {
      if (const std::string* text = n.attr("text")) subj.labels.push_back(*text);
    }
    for (const std::string& label : subj.labels) {
      const bool fixed = options.fixed_label && options.fixed_label(n.kind, label);
      n.label_votes[label] = fixed ? graph::kFixedLabel : 1;
    }
    for (const std::string& alias : subj.aliases) n.aliases[alias] += 1;
    if (const std::string* c = n.attr("confidence")) {
      char* end = nullptr;
      const double value = std::strtod(c->c_str(), &end);
      if (end != c->c_str() && *end == '\0') n.confidence = value;
    }
    std::vector<std::string> articles;
    for (const auto& [rel, target] : subj.links)
      if (rel == Relation::FromArticle) articles.push_back(article_id(target));
    std::sort(articles.begin(), articles.end());
    articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
    // The builder keeps the article id as an attribute too (the writer turns
    // it into the nkg:article link); queries and N-Quads graphs read it.
    if (!articles.empty()) n.attrs["article"] = articles;

    if (subj.begins.size() != subj.ends.size())
      return error(iri(key) + " has " + std::to_string(subj.begins.size()) +
                   " nkg:beginIndex but " + std::to_string(subj.ends.size()) + " nkg:endIndex");
    for (size_t i = 0; i < subj.begins.size(); ++i) {
      const auto begin = parse_offset(subj.begins[i]);
      const auto end = parse_offset(subj.ends[i]);
      if (!begin || !end || *end < *begin)
        return error(iri(key) + ": bad offsets \"" + subj.begins[i] + "\"-\"" + subj.ends[i] +
                     "\"");
      // A fact read from one article (every one the pipeline builds) has its
      // offsets in that article; with several, the first stands for all.
      n.evidence.push_back(Evidence{articles.empty() ? std::string() : articles.front(), *begin,
                                    *end});
    }
    vertex_of.emplace(key, kg.upsert(std::move(n)));
  }

  // `said` and `met` edges carry evidence that RDF leaves out; it was copied
  // from the Statement (said) and Meeting (met) nodes, so it comes back from
  // there: a said edge has its statement's span and confidence, a met edge
  // the spans of every meeting both people took part in.
  struct MetEvidence {
    std::vector<Evidence> evidence;
    double confidence = 0.0;
  };
  std::map<std::pair<Vertex, Vertex>, MetEvidence> met;
  for (const auto& [key, subj] : subjects) {
    const Vertex m = vertex_of.at(key);
    if (kg[m].kind != NodeKind::Meeting) continue;
    std::vector<Vertex> people;
    for (const auto& [rel, target] : subj.links)
      if (rel == Relation::Participant) people.push_back(vertex_of.at(target));
    for (size_t a = 0; a < people.size(); ++a)
      for (size_t b = 0; b < people.size(); ++b) {
        if (people[a] == people[b]) continue;
        MetEvidence& e = met[{people[a], people[b]}];
        e.evidence.insert(e.evidence.end(), kg[m].evidence.begin(), kg[m].evidence.end());
        e.confidence = std::max(e.confidence, kg[m].confidence);
      }
  }

  for (const auto& [key, subj] : subjects) {
    const Vertex from = vertex_of.at(key);
    for (const auto& [rel, target] : subj.links) {
      const Vertex to = vertex_of.at(target);
      if (rel == Relation::Said) {
        const std::vector<Evidence> evidence = kg[to].evidence;  // link() may touch kg
        kg.link(from, rel, to, evidence, kg[to].confidence);
      } else if (rel == Relation::Met) {
        auto it = met.find({from, to});
        if (it == met.end()) {
          kg.link(from, rel, to);
        } else {
          kg.link(from, rel, to, it->second.evidence, it->second.confidence);
        }
      } else {
        kg.link(from, rel, to);
      }
    }
  }
  return kg;
}

}  // namespace

RdfSyntax rdf_syntax_of(std::string_view path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with(".nt")) return RdfSyntax::NTriples;
  if (ends_with(".nq")) return RdfSyntax::NQuads;
  return RdfSyntax::Turtle;
}

core::Result<KnowledgeGraph> read_graph_string(std::string_view text, RdfSyntax syntax,
                                               const std::string& name,
                                               const ReadOptions& options) {
  SerdSyntax serd_syntax = SERD_TURTLE;
  if (syntax == RdfSyntax::NTriples) serd_syntax = SERD_NTRIPLES;
  if (syntax == RdfSyntax::NQuads) serd_syntax = SERD_NQUADS;

  SerdEnv* env = serd_env_new(nullptr);
  Collector collector(name, text, env);
  std::pair<Collector*, SerdEnv*> handle{&collector, env};
  SerdReader* reader = serd_reader_new(serd_syntax, &handle, nullptr, &on_base, &on_prefix,
                                       &on_statement, nullptr);
  serd_reader_set_error_sink(reader, &on_error, &handle);
  // Strict: an IRI with a space in it is an error, not a guess.
  serd_reader_set_strict(reader, true);
  const std::string nul_terminated(text);
  const SerdStatus st =
      serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(nul_terminated.c_str()));
  serd_reader_free(reader);
  serd_env_free(env);

  if (collector.error()) return *collector.error();
  if (st != SERD_SUCCESS)
    return core::Error{name, 0, reinterpret_cast<const char*>(serd_strerror(st))};
  return build_graph(collector.subjects(), name, options);
}

core::Result<KnowledgeGraph> read_graph(const std::string& path, const ReadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Error{path, 0, std::string("cannot open: ") + std::strerror(errno)};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return core::Error{path, 0, "cannot read"};
  return read_graph_string(text.str(), rdf_syntax_of(path), path, options);
}

core::Status read_graph_into(const std::string& path, KnowledgeGraph& into,
                             const ReadOptions& options) {
  core::Result<KnowledgeGraph> read = read_graph(path, options);
  if (!read) return read.error();
  // Merging *from* the graph read only walks its Boost.Graph edges; `into`
  // keeps its own edge index (see KnowledgeGraph::link).
  into.merge(*read);
  return core::Status::success();
}

}  // namespace newskg::io
