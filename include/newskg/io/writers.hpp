#pragma once
// Writers for a KnowledgeGraph. Every writer is deterministic (sorted nodes
// and edges) and writes to a temporary file renamed into place, so an
// interrupted run never leaves a half-written graph.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "newskg/core/result.hpp"
#include "newskg/graph/builder.hpp"
#include "newskg/graph/model.hpp"

namespace newskg::io {

// Namespaces of the RDF terms (see schema/newskg.ttl).
inline constexpr std::string_view kOntology = "https://w3id.org/newskg/ontology#";
inline constexpr std::string_view kResource = "https://w3id.org/newskg/resource/";
// Standard vocabularies the graph uses beside its own (the writer and reader share them).
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";

// Full IRI of a node: kResource + key ("person/pete-hegseth").
std::string node_iri(const graph::NodeProps& node);

enum class RdfSyntax { Turtle, NTriples, NQuads };

// Turtle through Serd; N-Triples and N-Quads formatted directly, to the bytes
// Serd writes (see to_rdf_with_serd). NQuads puts each article's
// facts in a named graph <kResource/graph/ARTICLE>.
std::string to_rdf(const graph::KnowledgeGraph& kg, RdfSyntax syntax);
// N-Triples and N-Quads lines are formatted directly (Serd's statement writer
// was most of a build's time); this is the same graph through Serd's writer,
// the reference the tests hold the direct formatter to, byte for byte.
std::string to_rdf_with_serd(const graph::KnowledgeGraph& kg, RdfSyntax syntax);

// Streaming a corpus graph: each article's own triples as the article is
// done, the entities' at the end (see cli/pipeline). An article graph's
//   Article part: its Article, Statement, Meeting, Position and unnamed
//                 source nodes with their outgoing edges, and the `said`
//                 edges into its statements;
//   Entities part: everything else (entity and office nodes, `met`,
//                 `holdsOffice`, `officeOf`), which other articles share.
// The two parts of a graph are exactly its to_rdf() triples.
enum class RdfPart { All, Article, Entities };
// A chunk's bytes: a std::string (Serd's Turtle) or the buffer the
// N-Triples/N-Quads formatter wrote its lines into, taken over as it is. A
// std::string would have to be zero-filled before the lines are written
// into it, or be a copy of them (an article's 21 KB, 44 MB for the BBC folder).
class ChunkText {
 public:
  ChunkText() = default;
  explicit ChunkText(std::string s) : string_(std::move(s)) {}
  // `size` bytes of `bytes`, written in place.
  ChunkText(std::unique_ptr<char[]> bytes, size_t size) : bytes_(std::move(bytes)), size_(size) {}
  std::string_view view() const {
    return bytes_ ? std::string_view(bytes_.get(), size_) : std::string_view(string_);
  }
  operator std::string_view() const { return view(); }  // NOLINT: reads as the text it is
  size_t size() const { return view().size(); }
  bool empty() const { return view().empty(); }
  friend bool operator==(const ChunkText& a, const ChunkText& b) { return a.view() == b.view(); }

 private:
  std::string string_;
  std::unique_ptr<char[]> bytes_;
  size_t size_ = 0;
};

struct RdfChunk {
  ChunkText text;         // statements only: no header, no @prefix, no end line
  size_t statements = 0;  // triples (quads for N-Quads)
};
RdfChunk to_rdf_chunk(const graph::KnowledgeGraph& kg, RdfSyntax syntax, RdfPart part);
// An article's Article part formatted straight from its facts, the same
// bytes as to_rdf_chunk(build_article_graph(doc, facts, options), syntax,
// RdfPart::Article) without building the graph (the streaming build's
// hot path). Needs keys.one_to_one (checked).
RdfChunk to_rdf_chunk(const core::Document& doc, const extract::ArticleFacts& facts,
                      const graph::ArticleKeys& keys, RdfSyntax syntax);
// The first lines of a graph file (header line, Turtle's @prefix lines); a
// file is this, chunks, then graph_end_line(syntax, total statements).
std::string rdf_file_header(RdfSyntax syntax);

// JSON in chunks, for streaming: a file is kJsonOpen, the node chunks joined
// by commas, kJsonBetween, the link chunks joined by commas, kJsonClose.
struct JsonChunk {
  std::string nodes, links;  // comma-separated compact objects, no brackets
  size_t node_count = 0, link_count = 0;
};
JsonChunk to_json_chunk(const graph::KnowledgeGraph& kg, RdfPart part);
inline constexpr std::string_view kJsonOpen = "{\"nodes\":[";
inline constexpr std::string_view kJsonBetween = "],\"links\":[";
inline constexpr std::string_view kJsonClose = "]}\n";
std::string to_dot(const graph::KnowledgeGraph& kg);
std::string to_json(const graph::KnowledgeGraph& kg);


// The DOT diagram is a derived view of the entities (Person, Organization,
// Country, Event) joined by aggregated relations: "said about (N)", "met",
// "holds <title>", "supports", "opposes". A corpus graph has far more
// entities than a diagram can show, so only the best connected are kept.
struct DotOptions {
  // Chosen by view degree, then mentions, then key, growing from the best
  // entity through its neighbours so the diagram stays connected.
  size_t max_nodes = 150;
  bool legend = true;  // a small cluster explaining shapes and edge colours
};
std::string to_dot(const graph::KnowledgeGraph& kg, const DotOptions& options);

// Writes `content` to `path` through `path.tmp.PID` + rename.
core::Status write_file_atomic(const std::string& path, std::string_view content);

core::Status write_rdf(const graph::KnowledgeGraph& kg, RdfSyntax syntax, const std::string& path);
core::Status write_dot(const graph::KnowledgeGraph& kg, const std::string& path);
core::Status write_dot(const graph::KnowledgeGraph& kg, const std::string& path,
                       const DotOptions& options);
core::Status write_json(const graph::KnowledgeGraph& kg, const std::string& path);

// Renders DOT to SVG with Graphviz's `dot` (found on PATH). Returns an Error
// whose message is a one-line note when `dot` is not installed.
core::Status render_svg(const std::string& dot_path, const std::string& svg_path);

}  // namespace newskg::io
