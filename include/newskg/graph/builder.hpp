#pragma once
// Turns one article's facts into a KnowledgeGraph (pure: the same document and
// facts always give the same graph), and derives stable node keys.
#include <string>
#include <string_view>
#include <unordered_map>

#include "newskg/core/document.hpp"
#include "newskg/core/unicode.hpp"
#include "newskg/extract/facts.hpp"
#include "newskg/graph/model.hpp"

namespace newskg::graph {

// "person/pete-hegseth": kind + slug of the entity's key_name (the extractor's
// normalized canonical name, see extract::Entity::key_name).
std::string entity_key(const extract::Entity& entity);

struct BuildOptions {
  double min_confidence = 0.0;  // facts below this are dropped
  // Statements by an UnnamedSource with no affiliation ("experts said", "a
  // spokeswoman said"). Off by default: the annotation conventions
  // (../shared/corpus/GOLD.md) leave speech by unnamed groups out; PolNeAR's
  // keys include it. Affiliated sources ("Mexican officials") are always kept.
  bool unnamed_sources = false;
};

// The node keys of one article's graph and which of its facts the graph
// keeps, worked out once for the graph builder, the direct writers (an
// article's triples formatted from its facts, io::to_rdf_chunk) and
// merge_article_shared, so that all three agree on them:
//   entity "Pete Hegseth"           -> "person/pete-hegseth"
//   statement at characters 120-245 -> "statement/<slug>/120-245" ("/2" for
//                                       its second speaker)
struct ArticleKeys {
  ArticleKeys(const core::Document& doc, const extract::ArticleFacts& facts,
              const BuildOptions& options);
  core::CharIndex chars;  // byte offsets -> the code point offsets the graph records
  std::string slug;       // slug(doc.id)
  std::string article;    // "article/<slug>"
  // Per entity: whether it is a node of the graph (an unnamed source only
  // when one of its statements is kept), and its key ("" when not).
  std::vector<char> kept;
  std::vector<std::string> entity;
  // Per statement, meeting and position: its node's key, "" when dropped.
  std::vector<std::string> statement, meeting, position;
  // No two kept entities or statements share a key and no role hangs on an
  // entity that is not kept: the article's graph then holds each fact as
  // a node of its own, as the direct writers assume; otherwise the graph
  // merges some (KnowledgeGraph::upsert) and the writers go through it.
  bool one_to_one = true;
};

// "%.2f" of a confidence, as the graph records it ("0.90").
std::string format_confidence(double c);
// A meeting node's label: its participants' names, "Putin – Xi".
std::string meeting_label(const extract::ArticleFacts& facts, const extract::MeetingFact& m);

KnowledgeGraph build_article_graph(const core::Document& doc, const extract::ArticleFacts& facts,
                                   const BuildOptions& options = {});
// The same into an empty graph the caller holds (boost::adjacency_list has
// no move: returning a graph into a heap slot would copy it).
void build_article_graph_into(const core::Document& doc, const extract::ArticleFacts& facts,
                              const ArticleKeys& keys, KnowledgeGraph& kg);

// What the article's graph shares with other articles (its entities,
// offices, `holdsOffice`, `officeOf` and `met`), upserted and linked into
// `table` straight from the facts: the same as
// table.merge_shared(build_article_graph(...)) without the graph.
void merge_article_shared(const extract::ArticleFacts& facts, const ArticleKeys& keys,
                          const core::Document& doc, KnowledgeGraph& table);

// Article ids of one run, made unique in input order. An article's node keys
// ("article/<slug>", "statement/<slug>/...") and its --per-article file name
// derive from its id, so two articles whose ids give the same slug would
// silently become one ("a b", "A B", "a-b", "a/b"; "é" and "e"; two
// "news.txt" in different folders). The first keeps its id; a later one gets
// the slug plus the smallest free suffix: "A B" -> "a-b-2". "graph" is taken
// by the corpus outputs (graph.nt), and an id whose slug is over 120
// characters is shortened to 100 plus a hash, so file names stay legal.
class ArticleIds {
 public:
  ArticleIds();
  struct Claim {
    std::string id;        // the id the article gets
    std::string conflict;  // empty, or why it differs from the one asked for
    bool again = false;    // the reserved article of the grown graph, read again
  };
  // `source` is the article's nkg:source (its path relative to its input).
  Claim claim(std::string_view id, std::string_view source, std::string_view title = {});
  // An article already in the graph that `build --into` grows: a later
  // claim of its id with the same source and title is that article read
  // again (and keeps the id, so adding an article twice changes nothing);
  // any other is a collision like any other.
  void reserve(std::string_view id, std::string_view source, std::string_view title);

 private:
  struct Owner {
    std::string source;
    std::string title;   // of a reserved article
    bool grown = false;  // reserved from the graph being grown, not yet claimed
  };
  std::unordered_map<std::string, Owner> owner_;  // slug -> its article
};

// The --per-article file name (without extension) of an article id: the id
// itself when it is a plain name ("003_0d35"), else its slug ("a-b").
std::string article_file_stem(std::string_view id);

}  // namespace newskg::graph
