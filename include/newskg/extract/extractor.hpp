#pragma once
// The per-article extraction stage: a pure function of the document and the
// read-only lexicons, so articles can run on any thread or machine.
#include <cstddef>
#include <cstdint>

#include "newskg/core/document.hpp"
#include "newskg/extract/facts.hpp"
#include "newskg/extract/lexicon.hpp"

namespace newskg::extract {

// What one article may cost (issue 14: a scraper hands over anything). Over
// a limit, the article is read cut at a paragraph end (else a sentence end,
// else a word boundary) that fits, or skipped when `truncate` is false;
// either way ArticleFacts::warnings names the article's source and says
// what was done, and the batch goes on.
struct ExtractLimits {
  // Bytes of Document::text. Extraction is linear in this, so it bounds the
  // time and memory an article takes (about 60 bytes of memory per byte).
  size_t max_article_bytes = size_t{8} << 20;
  // Work units (ArticleFacts::work_units): looks at a token by the passes,
  // counted, never timed, so an article gets the same facts on every run
  // and machine. News takes 3 to 6 units per byte of text (BBC, PolNeAR,
  // and the long paragraphs, sentences and name lists of
  // tests/e2e/linearity_test.py); the default allows 50 per byte of an
  // 8 MiB article (some seconds of work), a backstop for input that defeats
  // the linear design. Over it, the article is read again cut to half its
  // length, then a quarter, ...
  uint64_t max_work_units = uint64_t{50} * (uint64_t{8} << 20);
  // Over a limit: read the first part of the article (true) or none of it.
  bool truncate = true;
};

// The facts of one article: a pure function of the document, the lexicons
// and the limits.
ArticleFacts extract_article(const core::Document& doc, const Lexicons& lex,
                             const ExtractLimits& limits = {});

}  // namespace newskg::extract
