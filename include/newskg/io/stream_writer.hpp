#pragma once
// The corpus graph files written as a stream: each article's own triples (and
// JSON nodes and links) as soon as the article is done, in input order, and
// the shared entities at the end. Only the entities stay in memory, so memory
// is flat in the number of articles.
//
//   graph.nt:   header line | article 1 | article 2 | ... | entities | end line
//   graph.json: {"nodes":[ article nodes ..., entity nodes ],"links":[ ... ]}
//               (the links are spooled to graph.json.links and copied in at
//               the end: JSON wants all nodes before the first link)
#include <memory>
#include <string>

#include "newskg/core/result.hpp"
#include "newskg/graph/model.hpp"
#include "newskg/io/writers.hpp"

namespace newskg::io {

class StreamingGraphWriter {
 public:
  struct Paths {
    std::string ttl, nt, nq, json;  // empty: that file is not written
  };
  // One part of a graph, formatted for every file wanted. Pure: built on any
  // thread, appended on one.
  struct Chunks {
    RdfChunk ttl, nt, nq;
    JsonChunk json;
  };
  static Chunks format(const graph::KnowledgeGraph& g, RdfPart part, const Paths& wanted);
  // An article's own part: the RDF files' straight from its facts
  // (to_rdf_chunk of the facts), graph.json's from its graph `g`. `g` may
  // be null when no JSON is wanted and keys.one_to_one; an article whose
  // facts merge nodes (not one_to_one) is formatted from `g` alone.
  static Chunks format_article(const core::Document& doc, const extract::ArticleFacts& facts,
                               const graph::ArticleKeys& keys, const graph::KnowledgeGraph* g,
                               const Paths& wanted);

  // Creates the files and writes their headers.
  static core::Result<StreamingGraphWriter> open(const Paths& paths);
  StreamingGraphWriter(StreamingGraphWriter&&) noexcept;
  StreamingGraphWriter& operator=(StreamingGraphWriter&&) noexcept;
  ~StreamingGraphWriter();

  // Chunks in the order they are to appear (input order for articles).
  core::Status append(const Chunks& chunks);
  // The entities' part, end lines, the JSON links; closes every file. The
  // first write error of the whole stream, naming its file, if any.
  core::Status finish(const Chunks& entities);

  size_t triples() const;  // N-Triples statements written so far (0 when no .nt)

 private:
  struct Impl;
  explicit StreamingGraphWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newskg::io
