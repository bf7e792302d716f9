// The graph reader (newskg's Turtle / N-Triples / N-Quads through Serd) on
// arbitrary bytes, as `merge`, `build --into` and `query` read files: bad
// input must be an error naming the file, never a crash. A graph it accepts
// must survive the writer: g1 = read(x); g2 = read(write(g1)); write(g2) ==
// write(g1), in the syntax it was read in.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.hpp"
#include "newskg/io/turtle_reader.hpp"
#include "newskg/io/writers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newskg;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Turtle reads N-Triples too; N-Quads adds the graph terms.
  for (io::RdfSyntax syntax : {io::RdfSyntax::Turtle, io::RdfSyntax::NQuads}) {
    auto g = io::read_graph_string(bytes, syntax, "fuzz");
    if (!g) {
      NEWSKG_FUZZ_REQUIRE(!g.error().message.empty(), "an error without a message");
      continue;
    }
    const std::string text = io::to_rdf(*g, syntax);
    auto back = io::read_graph_string(text, syntax, "fuzz-again");
    NEWSKG_FUZZ_REQUIRE(back.ok(), "a graph read, written, cannot be read back: " +
                                       back.error().to_string() + "\n" + text);
    const std::string again = io::to_rdf(*back, syntax);
    NEWSKG_FUZZ_REQUIRE(again == text, "write(read(write(g))) != write(g):\n--- written\n" +
                                           text + "--- read back and written again\n" + again);
  }
  return 0;
}
