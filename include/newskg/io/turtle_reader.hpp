#pragma once
// Reads newskg's own RDF (Turtle, N-Triples or N-Quads, through Serd's
// reader) back into a KnowledgeGraph: the inverse of to_rdf, so a corpus graph
// can grow by merging new articles into it (`newskg build --into`), shards
// built on different machines can be merged (`newskg merge`), and queries can
// run on a graph file (`newskg query`).
//
// The mapping, term by term (see src/io/rdf_writer.cpp):
//   res:KEY rdf:type nkg:Kind        node kind and key (IRI minus kResource)
//   rdfs:label                       label vote (Statements: their nkg:text)
//   skos:altLabel                    alias
//   nkg:beginIndex / nkg:endIndex    the node's Evidence, in the article its
//                                    nkg:article link names
//   nkg:<attr> "literal"             attrs[attr] (nkg:articleId is an
//                                    Article's "id")
//   nkg:<relation> res:OTHER         an edge (nkg:article is FromArticle)
// Round trip: to_rdf(read(to_rdf(g))) == to_rdf(g), byte for byte, for the
// graphs the pipeline builds. What RDF does not carry cannot come back: node
// mention counts and the evidence of `mentions`, `holdsOffice` and
// `officeOf` edges. `said` and `met` edge evidence is rebuilt from the
// Statement and Meeting nodes it was copied from.
#include <functional>
#include <string>
#include <string_view>

#include "newskg/core/result.hpp"
#include "newskg/graph/model.hpp"
#include "newskg/io/writers.hpp"

namespace newskg::io {

struct ReadOptions {
  // Whether `label` of a node of `kind` is a name fixed by a lexicon (a label
  // vote >= graph::kFixedLabel). RDF does not record it, yet merging the graph
  // read with new articles must choose the labels a build of all articles at
  // once would; the CLI answers from the lexicons. Unset: no label is fixed.
  std::function<bool(graph::NodeKind kind, std::string_view label)> fixed_label;
};

// The syntax a path's extension names: ".nt" N-Triples, ".nq" N-Quads,
// anything else Turtle (which also reads N-Triples).
RdfSyntax rdf_syntax_of(std::string_view path);

// Reads a graph file. Errors (unreadable file, syntax errors with their line,
// triples that do not fit the newskg model) name the file.
core::Result<graph::KnowledgeGraph> read_graph(const std::string& path,
                                               const ReadOptions& options = {});

// Reads a graph file and merges it into `into` (KnowledgeGraph::merge), the
// way `newskg build --into` and `newskg merge` grow a corpus graph. Nothing
// is merged when the file has an error.
//
// Prefer this to merging into the graph read_graph returns: a KnowledgeGraph
// that has been moved (as a Result's value is) must only be read or merged
// *from*. Its implicit move copies the Boost.Graph (adjacency_list declares
// a copy constructor, so no move constructor) while moving the edge index,
// whose edge descriptors keep pointing into the moved-from graph; link()
// on an existing edge would then touch freed memory.
core::Status read_graph_into(const std::string& path, graph::KnowledgeGraph& into,
                             const ReadOptions& options = {});

// Reads RDF text already in memory; `name` stands for the file in errors.
core::Result<graph::KnowledgeGraph> read_graph_string(std::string_view text, RdfSyntax syntax,
                                                      const std::string& name,
                                                      const ReadOptions& options = {});

}  // namespace newskg::io
