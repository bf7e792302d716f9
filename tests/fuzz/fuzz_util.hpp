#pragma once
// What the fuzz targets share: the lexicons (loaded once), and checks that
// end the run with a report when a property every input must keep is broken.
// A broken property is a finding like a crash: libFuzzer saves the input
// (crash-<sha1>) and tests/fuzz/run.sh fails.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "newskg/core/document.hpp"
#include "newskg/core/unicode.hpp"
#include "newskg/extract/lexicon.hpp"
#include "newskg/graph/builder.hpp"

namespace newskg::fuzz {

[[noreturn]] inline void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "\nnewskg fuzz: property broken: %s\n%s\n", what, detail.c_str());
  std::fflush(stderr);
  std::abort();
}

#define NEWSKG_FUZZ_REQUIRE(cond, detail)                          \
  do {                                                             \
    if (!(cond)) ::newskg::fuzz::fail(#cond, (detail));            \
  } while (0)

// The lexicons of schema/lexicon, loaded once per process (path baked in at
// compile time, like the tests' NEWSKG_SOURCE_DIR).
inline const extract::Lexicons& lexicons() {
  static const std::shared_ptr<const extract::Lexicons> lex = [] {
    auto r = extract::Lexicons::load(std::string(NEWSKG_SOURCE_DIR) + "/schema/lexicon");
    if (!r) fail("lexicons load", r.error().to_string());
    return *r;
  }();
  return *lex;
}

// What a reader promises about every Document it returns: valid UTF-8 text
// (offsets are code points into it), the headline inside the text, and an id
// whose --per-article file name stays inside the output folder.
inline void check_document(const core::Document& doc) {
  NEWSKG_FUZZ_REQUIRE(core::find_invalid_utf8(doc.text) == std::string_view::npos,
                      "invalid UTF-8 in the text of " + doc.id);
  NEWSKG_FUZZ_REQUIRE(core::find_invalid_utf8(doc.title) == std::string_view::npos,
                      "invalid UTF-8 in the title of " + doc.id);
  NEWSKG_FUZZ_REQUIRE(doc.title_span.begin <= doc.title_span.end &&
                          doc.title_span.end <= doc.text.size(),
                      "title span out of the text");
  graph::ArticleIds ids;
  const std::string id = ids.claim(doc.id, doc.source, doc.title).id;
  const std::string stem = graph::article_file_stem(id);
  NEWSKG_FUZZ_REQUIRE(!stem.empty() && stem != "." && stem != ".." &&
                          stem.find('/') == std::string::npos &&
                          stem.find('\0') == std::string::npos && stem.size() <= 255,
                      "article file name '" + stem + "' for id '" + doc.id + "'");
}

}  // namespace newskg::fuzz
