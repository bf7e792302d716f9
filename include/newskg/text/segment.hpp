#pragma once
// Offset-preserving segmentation: tokens, sentences, paragraphs and quotation
// spans, all as byte ranges into the article text (nothing is copied).
//
//   "U.S. Defense Secretary Pete Hegseth’s trip"  ->  [U.S.] [Defense] [Secretary]
//                                                    [Pete] [Hegseth] [’s] [trip]
//   “A,” he said. “B.”  ->  two quotations, each with its inner span, marks excluded
#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newskg/core/span.hpp"

namespace newskg::text {

using core::Span;

enum class TokenKind : uint8_t {
  Word,        // letters/digits, with inner hyphens, apostrophes and abbreviation periods
  Number,      // starts with a digit: "2025", "1.2", "5%", "pre-2014" is a Word
  Punct,       // . , ; : ! ? ( ) — – etc.
  OpenQuote,   // “ ‘ « „ or a straight quote that opens
  CloseQuote,  // ” ’ » or a straight quote that closes
  Possessive,  // ’s 's (and a bare ’ after a plural: "allies’")
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::Word;
  bool upper = false;       // first letter is upper case
  bool all_upper = false;   // every letter upper case ("NATO", "U.S.")
  bool para_start = false;  // first token of a paragraph
  bool single_mark = false; // for quote tokens: a single (‘ ’ ') rather than double mark
};

struct Sentence {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  Span span;
  uint32_t paragraph = 0;
};

struct Quotation {
  uint32_t open_tok = 0;   // index of the opening mark
  uint32_t close_tok = 0;  // index of the closing mark (== open_tok when recovered)
  Span inner;              // text between the marks
  uint32_t paragraph = 0;
  bool single = false;     // ‘…’ rather than “…”
  // Opened but never closed in its paragraph: the news convention for a quote
  // continuing in the next paragraph (which then starts with an opening mark),
  // or a stray mark. `inner` then ends at the paragraph's end.
  bool unterminated = false;
  // Unterminated because another quotation opens later in the same paragraph
  // (`"A. "B."`): paragraphs of one speaker's quotation joined into one line.
  bool continued = false;
};

struct Segmented {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Span> paragraphs;
  std::vector<Quotation> quotes;  // sorted by position, non-overlapping at the top level
  std::vector<uint32_t> sentence_of;  // token index -> sentence index
};

struct SegmentOptions {
  // Tokens ending in '.' that do not end a sentence ("Mr.", "U.S.", "Gen.").
  const std::unordered_set<std::string_view>* abbreviations = nullptr;
  // The longest "sentence" the segmenter returns, in tokens and in bytes
  // (from its first token's start to its last token's end). Text with no
  // full stop for thousands of words (a scraped table, a page of one run-on
  // line) is cut at a token boundary, after the last comma, semicolon, colon
  // or dash in the second half of the window when there is one:
  //   max_sentence_tokens = 6:  "A , b c , d e f g h"  ->  "A ," | "b c , d" | ...
  // Every extractor reads within a sentence, so this bounds their work per
  // token. The longest sentence of the BBC and PolNeAR corpora has 242
  // tokens and 1,098 bytes: real sentences are never cut.
  uint32_t max_sentence_tokens = 300;
  uint32_t max_sentence_bytes = 8192;
};

Segmented segment(std::string_view text, const SegmentOptions& options = {});

// Convenience views.
inline std::string_view token_text(std::string_view text, const Token& t) { return t.span.of(text); }

}  // namespace newskg::text
