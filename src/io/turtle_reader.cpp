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
#include <cctype>
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
  // Whether the first error is a syntax error Serd reported (with its line).
  bool syntax_error() const { return syntax_error_; }
  size_t statements() const { return statements_; }
  void fail(int line, std::string message) {
    if (!error_) error_ = core::Error{name_, line, std::move(message)};
  }
  void fail_syntax(int line, std::string message) {
    if (!error_) syntax_error_ = true;
    fail(line, std::move(message));
  }

  SerdStatus on_statement(const SerdNode* subject, const SerdNode* predicate,
                          const SerdNode* object) {
    ++statements_;  // every one, ours or not: the end line counts them all
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
    // prov:, schema: alignments; owl:sameAs, which the writer derives from
    // the entity table every time (graph/fragments.hpp).
    if (!starts_with(p, kOntology)) return SERD_SUCCESS;
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
  bool syntax_error_ = false;
  size_t statements_ = 0;
};

// Serd's messages quote the byte it stopped at, which may be anything:
// "expected `.', not `\xFF'" (0xFF is how it shows the end of the input).
// Bytes that are not printable UTF-8 are shown as \xNN.
std::string printable(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80             ? 1
                 : (c & 0xE0) == 0xC0 ? 2
                 : (c & 0xF0) == 0xE0 ? 3
                 : (c & 0xF8) == 0xF0 ? 4
                                      : 0;
    bool ok = len > 0 && i + len <= s.size() && (len > 1 || (c >= 0x20 && c != 0x7F) || c == '\t');
    for (size_t k = 1; ok && k < len; ++k)
      ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
      continue;
    }
    static const char* kHex = "0123456789ABCDEF";
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
    ++i;
  }
  return out;
}

int line_at(std::string_view text, size_t offset) {
  return 1 +
         static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

// What a text stops in the middle of, when it does: the first line of the
// IRI, literal or statement that the end of the input cuts. Asked only when
// Serd failed, to tell "the file was cut short" from a mistake in the
// middle, and to say so instead of Serd's "invalid IRI character (escape
// %FFFFFFFF)". A light Turtle lexer (N-Triples and N-Quads are lexically
// Turtle without long strings): IRIs, strings with their escapes, comments,
// and '.' ending a statement unless it sits inside a name or number ("0.90").
struct Unfinished {
  int line = 0;
  std::string what;  // "an IRI", "a literal", ...
};

std::optional<Unfinished> unfinished_at_end(std::string_view text, RdfSyntax syntax) {
  auto name_char = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || c == '-' || c == ':' || u >= 0x80;
  };
  const bool turtle = syntax == RdfSyntax::Turtle;
  size_t statement_start = std::string_view::npos;  // first byte of an open statement
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
    } else if (c == '#') {
      while (i < n && text[i] != '\n') ++i;
    } else if (c == '<') {
      const size_t start = i++;
      while (i < n && text[i] != '>' && text[i] != '\n') i += text[i] == '\\' ? 2 : 1;
      if (i >= n) return Unfinished{line_at(text, start), "an IRI"};
      ++i;
      if (statement_start == std::string_view::npos) statement_start = start;
    } else if (c == '"' || (turtle && c == '\'')) {
      const size_t start = i;
      const bool long_string = turtle && text.substr(i, 3) == std::string(3, c);
      i += long_string ? 3 : 1;
      bool closed = false, in_escape = false;
      while (i < n) {
        if (text[i] == '\\') {
          in_escape = i + 1 >= n;
          i += 2;
        } else if (long_string ? text.substr(i, 3) == std::string(3, c) : text[i] == c) {
          i += long_string ? 3 : 1;
          closed = true;
          break;
        } else if (!long_string && text[i] == '\n') {
          break;  // Serd reports this one itself, on its own line
        } else {
          ++i;
        }
      }
      if (in_escape) return Unfinished{line_at(text, start), "an escape in a literal"};
      if (!closed && i >= n) return Unfinished{line_at(text, start), "a literal"};
      if (statement_start == std::string_view::npos) statement_start = start;
    } else if (c == '.' &&
               !(i > 0 && name_char(text[i - 1]) && i + 1 < n && name_char(text[i + 1]))) {
      statement_start = std::string_view::npos;
      ++i;
    } else {
      if (statement_start == std::string_view::npos) statement_start = i;
      i += c == '\\' ? 2 : 1;  // a prefixed name's escape ("nkg:a\#b")
    }
  }
  if (statement_start != std::string_view::npos)
    return Unfinished{line_at(text, statement_start), "a statement"};
  return std::nullopt;
}

// Whether `text` parses as `syntax`, errors unreported (for hints only).
SerdStatus ignore_error(void*, const SerdError*) { return SERD_SUCCESS; }

bool parses_as(const std::string& nul_terminated, SerdSyntax syntax) {
  SerdEnv* env = serd_env_new(nullptr);
  SerdReader* reader =
      serd_reader_new(syntax, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
  serd_reader_set_error_sink(reader, &ignore_error, nullptr);
  serd_reader_set_strict(reader, true);
  const SerdStatus st =
      serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(nul_terminated.c_str()));
  serd_reader_free(reader);
  serd_env_free(env);
  return st == SERD_SUCCESS;
}

// A file in another syntax than its extension names fails on its first
// line; say what it is ("@prefix" in a .nt file is Turtle).
std::string syntax_hint(const std::string& nul_terminated, RdfSyntax syntax) {
  if (syntax != RdfSyntax::NQuads && parses_as(nul_terminated, SERD_NQUADS))
    return " (the file is N-Quads: name it .nq)";
  if (syntax != RdfSyntax::Turtle && parses_as(nul_terminated, SERD_TURTLE))
    return " (the file is Turtle: name it .ttl)";
  return "";
}

// The count on a newskg end line ("# newskg: end of graph (57 triples)").
std::optional<size_t> end_line_count(std::string_view line) {
  constexpr std::string_view kStart = "# newskg: end of graph (";
  if (!starts_with(line, kStart) || line.empty() || line.back() != ')') return std::nullopt;
  line.remove_prefix(kStart.size());
  line.remove_suffix(1);
  size_t count = 0;
  auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), count);
  if (ec != std::errc() || end == line.data()) return std::nullopt;
  const std::string_view unit(end, static_cast<size_t>(line.data() + line.size() - end));
  if (unit != " triple" && unit != " triples" && unit != " quad" && unit != " quads")
    return std::nullopt;
  return count;
}

// A newskg graph file must end with its end line, counting what Serd read.
std::optional<core::Error> check_framing(std::string_view text, size_t statements,
                                         const std::string& name) {
  if (!starts_with(text, kGraphHeaderPrefix)) return std::nullopt;  // another tool's file
  size_t end = text.size();
  while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  const size_t last_start = text.rfind('\n', end == 0 ? 0 : end - 1);
  const size_t begin = last_start == std::string_view::npos ? 0 : last_start + 1;
  const std::string_view last = text.substr(begin, end - begin);
  const int line = line_at(text, begin);
  const std::optional<size_t> count = end_line_count(last);
  if (!count) {
    // Text after an end line (two graph files joined by cat?) is not ours.
    // (The newline that opens the last line is not before it: begin - 2.)
    const size_t earlier =
        begin < 2 ? std::string_view::npos : text.rfind("\n# newskg: end of graph (", begin - 2);
    if (earlier != std::string_view::npos)
      return core::Error{name, line_at(text, earlier + 1) + 1,
                         "text after the end line of the graph (\"# newskg: end of graph "
                         "(...)\")"};
    return core::Error{name, line,
                       "truncated graph: the end line (\"# newskg: end of graph (...)\") of "
                       "newskg's graphs is missing: the file was cut short (a crash, a full "
                       "disk?)"};
  }
  if (*count != statements)
    return core::Error{name, line,
                       "truncated graph: the end line says " + std::to_string(*count) +
                           (*count == 1 ? " statement" : " statements") + ", the file holds " +
                           std::to_string(statements)};
  return std::nullopt;
}

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
  c->fail_syntax(static_cast<int>(error->line),
                 "column " + std::to_string(error->col) + ": " + printable(message));
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
    // ... and an Article's, when it is the title.
    if (subj.labels.empty() && n.kind == NodeKind::Article) {
      if (const std::string* title = n.attr("title")) subj.labels.push_back(*title);
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

std::string graph_header_line(RdfSyntax syntax) {
  const char* name = syntax == RdfSyntax::Turtle     ? "Turtle"
                     : syntax == RdfSyntax::NTriples ? "N-Triples"
                                                     : "N-Quads";
  return std::string(kGraphHeaderPrefix) + " (" + name +
         "); complete when it ends with its end line\n";
}

std::string graph_end_line(RdfSyntax syntax, size_t statements) {
  const char* unit = syntax == RdfSyntax::NQuads ? "quad" : "triple";
  return "# newskg: end of graph (" + std::to_string(statements) + " " + unit +
         (statements == 1 ? "" : "s") + ")\n";
}

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
  if (text.empty()) return core::Error{name, 0, "empty graph: the file is empty (0 bytes)"};
  // Serd reads a C string: a NUL byte would silently end the graph there.
  if (const size_t nul = text.find('\0'); nul != std::string_view::npos)
    return core::Error{name, line_at(text, nul), "NUL byte: not an RDF text file"};

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

  if (collector.error()) {
    core::Error error = *collector.error();
    if (!collector.syntax_error()) return error;
    // Serd stopped on a syntax error. When it stopped at the end of the
    // input, inside something left open, the file was cut short; say so:
    // "graph.nt:57: truncated graph: the file ends inside an IRI" (or "...
    // inside a statement that begins on line 50") rather
    // than Serd's "invalid IRI character (escape %FFFFFFFF)".
    const bool at_end = error.line >= line_at(text, text.size());
    if (auto cut = at_end ? unfinished_at_end(text, syntax) : std::nullopt; cut)
      return core::Error{
          name, error.line,
          "truncated graph: the file ends inside " + cut->what +
              (cut->line == error.line ? std::string()
                                       : " that begins on line " + std::to_string(cut->line))};
    error.message += syntax_hint(nul_terminated, syntax);
    return error;
  }
  // SERD_FAILURE without an error is Serd's "nothing (more) to read".
  if (st != SERD_SUCCESS && st != SERD_FAILURE)
    return core::Error{name, 0, reinterpret_cast<const char*>(serd_strerror(st))};
  if (auto bad = check_framing(text, collector.statements(), name)) return *bad;
  if (collector.statements() == 0) return core::Error{name, 0, "empty graph: no triples"};
  core::Result<KnowledgeGraph> kg = build_graph(collector.subjects(), name, options);
  if (kg && kg->num_nodes() == 0)
    return core::Error{
        name, 0,
        "empty graph: no triple is about a newskg resource (<" + std::string(kResource) + "...>)"};
  return kg;
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
