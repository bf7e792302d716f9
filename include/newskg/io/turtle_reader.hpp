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
// graphs the pipeline builds, in every syntax, whatever characters the
// literals hold (tests/unit/io/round_trip_test.cpp). What RDF does not carry cannot come back: node
// mention counts and the evidence of `mentions`, `holdsOffice` and
// `officeOf` edges. `said` and `met` edge evidence is rebuilt from the
// Statement and Meeting nodes it was copied from.
#include <cstddef>
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

// Framing of the graph files newskg writes (to_rdf). The first line is
//   # newskg: graph (N-Triples); complete when it ends with its end line
// and the last
//   # newskg: end of graph (57 triples)            ("quads" for N-Quads)
// counting the statements in between. Both are comments, so every RDF tool
// reads the file as before. A file cut short at a line boundary (a crash, a
// full disk) still parses; the missing or disagreeing end line is how the
// reader knows: it refuses a file that begins with the header but does not
// end with the end line of exactly the statements it holds ("truncated
// graph"). Files without the header (written by other tools) are read as
// they are.
inline constexpr std::string_view kGraphHeaderPrefix = "# newskg: graph";
std::string graph_header_line(RdfSyntax syntax);                  // ends with '\n'
std::string graph_end_line(RdfSyntax syntax, size_t statements);  // ends with '\n'

// The syntax a path's extension names: ".nt" N-Triples, ".nq" N-Quads,
// anything else Turtle (which also reads N-Triples).
RdfSyntax rdf_syntax_of(std::string_view path);

// Reads a graph file. Errors name the file, and the line where there is one:
// an unreadable file; a file with no triples, or none about a newskg
// resource ("empty graph": after a crash an empty file must not pass for a
// graph with nothing in it); a file that ends inside a statement, or a
// newskg file without its end line ("truncated graph"); NUL bytes; syntax
// errors (with a hint when the file is in another syntax than its extension
// names); triples that do not fit the newskg model.
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
