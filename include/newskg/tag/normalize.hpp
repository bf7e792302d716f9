#pragma once
// newskg's tokens as the Penn Treebank words the training data uses.
//
// The silver annotations are CoreNLP's PTB tokenization; newskg keeps some
// words whole that PTB splits, and writes the marks as printed. Both sides are
// mapped onto one form before any feature is computed:
//
//   “ "(opening)  -> ``        ” "(closing) -> ''      ‘ -> `     ’(closing) -> '
//   ( [ {         -> -LRB- -LSB- -LCB-   ) ] } -> -RRB- -RSB- -RCB-
//   — – ―         -> --        …  -> ...     ’ inside a word -> '  (O’Malley -> O'Malley)
//   isn’t -> is n't     can't -> ca n't     we’re -> we 're    I'd -> I 'd
//   cannot -> can not   gonna -> gon na     5% -> 5 %          € -> $
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "newskg/text/segment.hpp"

namespace newskg::tag {

// At most two pieces per token; buffer space for both.
struct PtbPieces {
  std::string_view piece[2];
  int count = 0;
  char buf[2 * 64];
};

// The PTB pieces of `raw`, a token of kind `kind` (single: a single quote mark).
void ptb_pieces(std::string_view raw, text::TokenKind kind, bool single, PtbPieces& out);

// No byte of w is from 0x80 up or an apostrophe. Eight bytes a step (two
// overlapping loads of four for a word of four to seven bytes): a byte from
// 0x80 up has its top bit set, and an apostrophe is a zero byte of w xor
// 0x27 bytes, which the "has a zero byte" bit trick finds (exact as a yes or no).
inline bool plain_bytes(std::string_view w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kApostrophes = 0x2727272727272727ULL;
  auto bad = [](uint64_t v) {
    const uint64_t q = v ^ kApostrophes;
    return ((v | ((q - kOnes) & ~q)) & kHigh) != 0;
  };
  const char* p = w.data();
  const size_t n = w.size();
  uint64_t v;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      std::memcpy(&v, p + i, 8);
      if (bad(v)) return false;
    }
    std::memcpy(&v, p + n - 8, 8);
    return !bad(v);
  }
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    return !bad(a | static_cast<uint64_t>(b) << 32);
  }
  for (size_t i = 0; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80 || p[i] == '\'') return false;
  return true;
}

// A word or number that ptb_pieces() leaves whole and as it is: plain
// ASCII without an apostrophe (most words), and not one of the few that
// split without one ("cannot", "gonna", "wanna", "gotta", "5%"). Inline, so
// that the tagger asks it before calling ptb_pieces().
inline bool ptb_whole(std::string_view raw, text::TokenKind kind) {
  if (kind != text::TokenKind::Word && kind != text::TokenKind::Number) return false;
  const char c0 = static_cast<char>(raw[0] | 0x20);
  return !((raw.size() == 5 || raw.size() == 6) && (c0 == 'c' || c0 == 'g' || c0 == 'w')) &&
         raw.back() != '%' && plain_bytes(raw);
}

}  // namespace newskg::tag
