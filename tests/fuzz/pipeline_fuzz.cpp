// The extraction pipeline on one article, as `newskg build` runs it:
// parse_bytes -> extract_article -> build_article_graph -> every writer, and
// the RDF read back with the graph reader. Besides crashes and sanitizer
// reports, the round trip must be exact: read(write(g)) written again gives
// the same bytes, in Turtle, N-Triples and N-Quads (the README's promise).
// The file name is .txt: content starting with `---`, `<!DOCTYPE html` or
// `<html` still reaches the Markdown and HTML readers.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.hpp"
#include "newskg/extract/extractor.hpp"
#include "newskg/graph/builder.hpp"
#include "newskg/ingest/reader.hpp"
#include "newskg/io/turtle_reader.hpp"
#include "newskg/io/writers.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  newskg::fuzz::lexicons();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newskg;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ingest::ReadResult read = ingest::parse_bytes("fuzz.txt", bytes);
  graph::ArticleIds ids;
  for (core::Document& doc : read.documents) {
    fuzz::check_document(doc);
    doc.id = ids.claim(doc.id, doc.source, doc.title).id;
    const extract::ArticleFacts facts = extract::extract_article(doc, fuzz::lexicons());
    const graph::KnowledgeGraph g = graph::build_article_graph(doc, facts);
    (void)io::to_dot(g);
    (void)io::to_json(g);
    for (io::RdfSyntax syntax :
         {io::RdfSyntax::NTriples, io::RdfSyntax::Turtle, io::RdfSyntax::NQuads}) {
      const std::string text = io::to_rdf(g, syntax);
      auto back = io::read_graph_string(text, syntax, "fuzz");
      NEWSKG_FUZZ_REQUIRE(back.ok(), "the graph written cannot be read back: " +
                                         back.error().to_string() + "\n" + text);
      const std::string again = io::to_rdf(*back, syntax);
      NEWSKG_FUZZ_REQUIRE(again == text, "read(write(g)) != g:\n--- written\n" + text +
                                             "--- read back and written again\n" + again);
    }
  }
  return 0;
}
