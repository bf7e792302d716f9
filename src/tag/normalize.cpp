#include "newskg/tag/normalize.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace newskg::tag {
namespace {

using text::TokenKind;

constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’
constexpr size_t kCopyMax = sizeof(PtbPieces::buf) - 8;

bool ieq_suffix(std::string_view w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  std::string_view tail = w.substr(w.size() - suffix.size());
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = tail[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}
bool ieq(std::string_view w, std::string_view s) {
  return w.size() == s.size() && ieq_suffix(w, s);
}

bool all_letters(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

// Copies `raw` into `buf` with ’ -> ', € -> $ and soft hyphens dropped, when
// it has any of them; otherwise returns `raw` itself.
std::string_view fold_marks(std::string_view raw, char* buf) {
  bool any = false;
  for (unsigned char c : raw)
    if (c >= 0x80) {
      any = true;
      break;
    }
  if (!any) return raw;
  size_t n = 0;
  for (size_t i = 0; i < raw.size() && n < kCopyMax;) {
    std::string_view rest = raw.substr(i);
    if (rest.starts_with(kRightSingle)) {
      buf[n++] = '\'';
      i += 3;
    } else if (rest.starts_with("\xE2\x82\xAC")) {  // €
      buf[n++] = '$';
      i += 3;
    } else if (rest.starts_with("\xC2\xAD")) {  // soft hyphen
      i += 2;
    } else {
      buf[n++] = raw[i++];
    }
  }
  return std::string_view(buf, n);
}

std::string_view punct_form(std::string_view raw) {
  if (static_cast<unsigned char>(raw[0]) < 0x80) {
    if (raw.size() != 1) return raw;
    switch (raw[0]) {
      case '(':
        return "-LRB-";
      case ')':
        return "-RRB-";
      case '[':
        return "-LSB-";
      case ']':
        return "-RSB-";
      case '{':
        return "-LCB-";
      case '}':
        return "-RCB-";
      default:
        return raw;
    }
  }
  if (raw == "\xE2\x80\x94" || raw == "\xE2\x80\x93" || raw == "\xE2\x80\x95")
    return "--";                            // — – ―
  if (raw == "\xE2\x80\xA6") return "...";  // …
  if (raw == "\xE2\x82\xAC") return "$";    // €
  if (raw == kRightSingle) return "'";
  return raw;
}

// Splits a word where PTB does: "isn't" -> "is" "n't". Returns false when it stays whole.
bool split_word(std::string_view w, TokenKind kind, std::string_view piece[2]) {
  size_t cut = 0;
  if (kind == TokenKind::Number) {
    if (w.size() > 1 && w.back() == '%') cut = w.size() - 1;
  } else if (w.size() > 3 && ieq_suffix(w, "n't") && all_letters(w.substr(0, w.size() - 3))) {
    cut = w.size() - 3;
  } else if (w.size() > 3 &&
             (ieq_suffix(w, "'re") || ieq_suffix(w, "'ve") || ieq_suffix(w, "'ll")) &&
             all_letters(w.substr(0, w.size() - 3))) {
    cut = w.size() - 3;
  } else if (w.size() > 2 && (ieq_suffix(w, "'d") || ieq_suffix(w, "'m")) &&
             all_letters(w.substr(0, w.size() - 2))) {
    cut = w.size() - 2;
  } else if (ieq(w, "cannot")) {
    cut = 3;
  } else if (ieq(w, "gonna") || ieq(w, "wanna") || ieq(w, "gotta")) {
    cut = 3;
  }
  if (cut == 0) return false;
  piece[0] = w.substr(0, cut);
  piece[1] = w.substr(cut);
  return true;
}

}  // namespace

void ptb_pieces(std::string_view raw, TokenKind kind, bool single, PtbPieces& out) {
  out.count = 1;
  out.piece[0] = raw;
  switch (kind) {
    case TokenKind::OpenQuote:
      out.piece[0] = single ? "`" : "``";
      return;
    case TokenKind::CloseQuote:
      out.piece[0] = single ? "'" : "''";
      return;
    case TokenKind::Possessive:
      out.piece[0] = fold_marks(raw, out.buf);
      return;
    case TokenKind::Punct:
      out.piece[0] = punct_form(raw);
      return;
    case TokenKind::Word:
    case TokenKind::Number: {
      if (ptb_whole(raw, kind)) return;
      std::string_view w = fold_marks(raw, out.buf);
      if (split_word(w, kind, out.piece)) {
        out.count = 2;
      } else {
        out.piece[0] = w;
      }
      return;
    }
  }
}

}  // namespace newskg::tag
