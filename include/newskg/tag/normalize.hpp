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

}  // namespace newskg::tag
