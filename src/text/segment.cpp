#include "newskg/text/segment.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <string>

#include "newskg/core/unicode.hpp"

namespace newskg::text {
namespace {

using core::decode_utf8;

// Code points that matter to segmentation.
constexpr int32_t kLeftDouble = 0x201C;   // “
constexpr int32_t kRightDouble = 0x201D;  // ”
constexpr int32_t kLowDouble = 0x201E;    // „
constexpr int32_t kLeftSingle = 0x2018;   // ‘
constexpr int32_t kRightSingle = 0x2019;  // ’ (also the typographic apostrophe)
constexpr int32_t kLeftGuillemet = 0x00AB;
constexpr int32_t kRightGuillemet = 0x00BB;
constexpr int32_t kEllipsis = 0x2026;

// Classes of the ASCII bytes, so that the loops over most of every article
// test a byte with one load instead of a chain of comparisons. Bytes from
// 0x80 up have no class: they start or continue a multi-byte code point,
// which the slow paths decode. kJoiner: the ASCII marks that may join two
// parts of a word ("pre-2014", "AT&T", "1.2"; scan_word decides).
enum : uint8_t { kLower = 1, kUpper = 2, kDigit = 4, kSpace = 8, kJoiner = 16 };
constexpr uint8_t kLetter = kLower | kUpper, kAlnum = kLetter | kDigit;
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  for (char c : {' ', '\t', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kSpace;
  for (char c : {'-', '\'', '&', '.', ',', '/'}) t[static_cast<unsigned char>(c)] = kJoiner;
  return t;
}();
uint8_t byte_class(char c) { return kByteClass[static_cast<unsigned char>(c)]; }

bool is_space(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000;
}
bool is_alnum(int32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return core::is_letter(cp) || core::is_digit(cp);
}
bool is_apostrophe(int32_t cp) { return cp == '\'' || cp == kRightSingle; }

// Segmenter::push() writes a Token as two 8-byte words: its layout.
static_assert(sizeof(Token) == 16 && offsetof(Token, span) == 0 && offsetof(Token, kind) == 8 &&
              offsetof(Token, upper) == 9 && offsetof(Token, all_upper) == 10 &&
              offsetof(Token, para_start) == 11 && offsetof(Token, single_mark) == 12 &&
              sizeof(TokenKind) == 1 && sizeof(core::Span) == 8);

class Segmenter {
 public:
  Segmenter(std::string_view text, const SegmentOptions& options) : text_(text), opt_(options) {}

  Segmented run() {
    tokenize();
    split_sentences();
    pair_quotes();
    return std::move(out_);
  }

 private:
  int32_t peek(size_t i, size_t* len = nullptr) const {
    if (i >= text_.size()) {
      if (len) *len = 0;
      return -1;
    }
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c < 0x80) {  // ASCII fast path: most news text
      if (len) *len = 1;
      return c;
    }
    size_t j = i;
    int32_t cp = decode_utf8(text_, j);
    if (len) *len = j - i;
    return cp;
  }
  // The code point that ends just before byte i.
  int32_t peek_back(size_t i) const {
    if (i == 0) return -1;
    size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(text_[j]) & 0xC0) == 0x80) --j;
    return peek(j);
  }

  void emit(uint32_t b, uint32_t e, TokenKind kind, bool single = false) {
    Token t;
    t.span = {b, e};
    t.kind = kind;
    t.single_mark = single;
    if (kind == TokenKind::Word || kind == TokenKind::Number) {
      size_t i = b;
      // One pass for ASCII words (nearly all): the first letter's case, and
      // every class seen ("U.S." has upper letters and no lower one, so it is
      // all upper). A word with another byte is read again by code point.
      bool ascii = true;
      uint8_t first_letter = 0, seen = 0;
      for (size_t k = b; k < e; ++k) {
        if (static_cast<unsigned char>(text_[k]) >= 0x80) {
          ascii = false;
          break;
        }
        const uint8_t cls = byte_class(text_[k]);
        if (first_letter == 0) first_letter = cls & kLetter;
        seen |= cls;
      }
      if (ascii) {
        t.upper = first_letter == kUpper;
        t.all_upper = (seen & kLetter) == kUpper;
      } else {
        t.upper = false;
        bool first = true, all = true, any = false;
        while (i < e) {
          int32_t cp = decode_utf8(text_, i);
          if (!core::is_letter(cp)) continue;
          any = true;
          bool up = core::is_upper(cp);
          if (first) t.upper = up;
          first = false;
          all = all && up;
        }
        t.all_upper = any && all;
      }
    }
    push(t);
  }

  // emit() of an ASCII Word or Number whose letters' classes the scan has
  // gathered (`letters`: kLower, kUpper or both): only its first letter is
  // read again ("eBay" -> upper false, all_upper false).
  void emit_ascii_word(uint32_t b, uint32_t e, TokenKind kind, uint8_t letters) {
    bool upper = false;
    if (letters & kLetter) {
      size_t k = b;
      while (!(byte_class(text_[k]) & kLetter)) ++k;
      upper = byte_class(text_[k]) == kUpper;
    }
    push(b, e, kind, upper, (letters & kLetter) == kUpper, false);
  }

  void push(Token& t) {
    push(t.span.begin, t.span.end, t.kind, t.upper, t.all_upper, t.single_mark);
  }
  // The token's fields packed into its two 8-byte halves and copied in two
  // stores, where a Token built field by field was copied byte by byte
  // (a tenth of segmentation's instructions).
  void push(uint32_t b, uint32_t e, TokenKind kind, bool upper, bool all_upper, bool single) {
    const bool para_start = !para_open_;
    if (!para_open_) {
      para_open_ = true;
      out_.paragraphs.push_back({b, e});
    }
    out_.paragraphs.back().end = e;
    const uint64_t span = uint64_t{b} | uint64_t{e} << 32;
    const uint64_t rest = uint64_t{static_cast<uint8_t>(kind)} | uint64_t{upper} << 8 |
                          uint64_t{all_upper} << 16 | uint64_t{para_start} << 24 |
                          uint64_t{single} << 32;
    Token t;
    std::memcpy(static_cast<void*>(&t), &span, sizeof span);
    std::memcpy(reinterpret_cast<char*>(&t) + 8, &rest, sizeof rest);
    out_.tokens.push_back(t);
  }

  // From the period at `dot`: lower-case labels joined by periods ("com",
  // "co.uk", "bbc.co.uk") whose last is a top-level domain, then no letter
  // or digit; the end of the domain, or 0.
  size_t domain_end(size_t dot) const {
    static constexpr std::string_view kTop[] = {"com", "org", "net", "gov", "edu", "uk", "io",
                                                "info", "eu", "int", "mil"};
    const char* const p = text_.data();
    const size_t n = text_.size();
    size_t i = dot;
    size_t end = 0;
    while (i < n && p[i] == '.') {
      size_t k = i + 1;
      while (k < n && ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= '0' && p[k] <= '9'))) ++k;
      if (k == i + 1) break;
      if (k < n && (static_cast<unsigned char>(p[k]) >= 0x80 || (byte_class(p[k]) & kUpper))) break;
      const std::string_view label(p + i + 1, k - i - 1);
      for (std::string_view t : kTop)
        if (label == t) end = k;
      i = k;
    }
    // (Not when the word goes on past the last label: "end.Then", "a.m".)
    if (end != 0 && end < n && (static_cast<unsigned char>(p[end]) >= 0x80 || (byte_class(p[end]) & kAlnum)))
      return 0;
    return end;
  }

  bool is_abbreviation(uint32_t b, uint32_t e) const {
    if (opt_.abbreviations == nullptr) return false;
    return opt_.abbreviations->count(text_.substr(b, e - b)) > 0;
  }

  // The commonest word, read in one pass: ASCII letters and digits up to the
  // end, or up to an ASCII byte that joins nothing to them (a space, most
  // punctuation, a comma before a space): "said ", "2025)", "Kyiv, ". What
  // scan_word() would make of it, without its questions; false, with nothing
  // taken, for any other word ("U.S.", "pre-2014", "5%", "O’Brien", "up.").
  bool scan_plain_word() {
    const char* const p = text_.data();
    const size_t n = text_.size();
    size_t i = pos_;
    uint8_t letters = byte_class(p[i]);
    const bool number = (letters & kDigit) != 0;
    for (++i; i < n; ++i) {
      const uint8_t cls = byte_class(p[i]);
      if (!(cls & kAlnum)) break;
      letters |= cls;
    }
    if (i < n) {
      const unsigned char stop = static_cast<unsigned char>(p[i]);
      if (stop >= 0x80) return false;
      if (byte_class(static_cast<char>(stop)) & kJoiner) {
        if (stop != ',') return false;
        // A comma joins digits ("3,000") and nothing else; what follows it
        // decides only when it is a letter or digit.
        if (i + 1 < n &&
            (static_cast<unsigned char>(p[i + 1]) >= 0x80 || (byte_class(p[i + 1]) & kAlnum)))
          return false;
      } else if (stop == '%' && number) {
        return false;
      }
    }
    emit_ascii_word(static_cast<uint32_t>(pos_), static_cast<uint32_t>(i),
                    number ? TokenKind::Number : TokenKind::Word, letters);
    pos_ = i;
    return true;
  }

  void scan_word(size_t i) {
    const size_t b = i;
    size_t len = 0;
    int32_t first = peek(i, &len);
    const bool number =
        first < 0x80 ? (byte_class(static_cast<char>(first)) & kDigit) != 0 : core::is_digit(first);
    i += len;
    // The letter classes of the bytes taken while all of them are ASCII (nearly
    // every word), so that emitting the word needs no second pass over it.
    bool ascii = first < 0x80;
    uint8_t letters = ascii ? byte_class(static_cast<char>(first)) : 0;
    bool has_inner_period = false;
    size_t seg_letters = 1;  // code points since the word start or the last inner period
    const size_t n = text_.size();
    const char* const p = text_.data();
    for (;;) {
      // ASCII letters and digits, most of every word, without decoding.
      while (i < n) {
        const uint8_t cls = byte_class(p[i]);
        if (!(cls & kAlnum)) break;
        letters |= cls;
        ++i;
        ++seg_letters;
      }
      int32_t cp = peek(i, &len);
      if (cp < 0) break;
      // Any other ASCII byte but the joiners below ends the word (the space
      // after nearly every word): no need to read the byte after it.
      if (cp < 0x80 && !(byte_class(static_cast<char>(cp)) & kJoiner)) break;
      if (is_alnum(cp)) {  // not ASCII: the loop above took those
        ascii = false;
        i += len;
        ++seg_letters;
        continue;
      }
      // A web address's domain is one word: "GunBroker.com", "bbc.co.uk".
      if (cp == '.' && !number) {
        if (const size_t end = domain_end(i); end != 0) {
          letters |= kLower;
          i = end;
          break;
        }
      }
      size_t len2 = 0;
      int32_t next = peek(i + len, &len2);
      if (next < 0 || !is_alnum(next)) break;
      // Inner joiners: "pre-2014", "O’Brien", "isn’t", "1.2", "3,000", "AT&T",
      // and abbreviation periods after a single letter: "U.S", "a.m".
      bool join = false;
      if (cp == '-' || cp == 0x2011 || is_apostrophe(cp) || cp == '&') join = true;
      // "Swift‘s": a left single mark typed for the apostrophe of a possessive.
      if (cp == kLeftSingle && (next == 's' || next == 'S') && !is_alnum(peek(i + len + len2)))
        join = true;
      if (number && (cp == '.' || cp == ',' || cp == '/')) join = true;
      if (!number && cp == '.' && seg_letters == 1) join = has_inner_period = true;
      if (!join) break;
      if (cp >= 0x80 || next >= 0x80)
        ascii = false;
      else
        letters |= byte_class(static_cast<char>(next));
      i += len + len2;
      // A hyphen opens a new segment too: "(D-N.Y.)" is one token.
      seg_letters = cp == '.' || cp == '-' ? 1 : seg_letters + 2;
    }
    // '%' and '.' are ASCII: a byte compare reads them (a byte from 0x80 up
    // starts or continues another code point).
    if (number && i < n && p[i] == '%') ++i;
    // A trailing period joins when the word is an abbreviation ("Mr.", "U.S.")
    // or a lone capital initial ("Donald J. Trump").
    if (i < n && p[i] == '.') {
      // "Donald J. Trump": an initial is followed by a capitalized word; "on X." ends a sentence.
      bool initial = (i - b == 1) && first >= 'A' && first <= 'Z' && i + 2 < n && p[i + 1] == ' ' &&
                     p[i + 2] >= 'A' && p[i + 2] <= 'Z';
      if (has_inner_period || initial ||
          is_abbreviation(static_cast<uint32_t>(b), static_cast<uint32_t>(i + 1)))
        ++i;
    }
    // Split a possessive "’s" / "'s" off the word: "Hegseth’s" -> "Hegseth" "’s".
    size_t e = i;
    if (!number && e - b >= 3) {
      char last = p[e - 1];
      if (last == 's' || last == 'S') {
        size_t ap = e - 1;
        // An ASCII byte before the s is the code point there (most words).
        const unsigned char before_byte = static_cast<unsigned char>(p[ap - 1]);
        int32_t before = before_byte < 0x80 ? before_byte : peek_back(ap);
        size_t ap_len = before == kRightSingle || before == kLeftSingle ? 3 : before == '\'' ? 1 : 0;
        if (ap_len > 0 && ap - ap_len > b) {
          emit(static_cast<uint32_t>(b), static_cast<uint32_t>(ap - ap_len), TokenKind::Word);
          emit(static_cast<uint32_t>(ap - ap_len), static_cast<uint32_t>(e), TokenKind::Possessive);
          pos_ = e;
          return;
        }
      }
    }
    const TokenKind kind = number ? TokenKind::Number : TokenKind::Word;
    if (ascii)
      emit_ascii_word(static_cast<uint32_t>(b), static_cast<uint32_t>(e), kind, letters);
    else
      emit(static_cast<uint32_t>(b), static_cast<uint32_t>(e), kind);
    pos_ = e;
  }

  void tokenize() {
    const size_t n = text_.size();
    out_.tokens.reserve(n / 5);
    pos_ = 0;
    while (pos_ < n) {
      unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '\n') {
        para_open_ = false;
        ++pos_;
        continue;
      }
      // ASCII spaces and word starts (most bytes) by their class.
      const uint8_t cls = byte_class(static_cast<char>(c));
      if (cls & kSpace) {
        ++pos_;
        continue;
      }
      if (cls & kAlnum) {
        if (!scan_plain_word()) scan_word(pos_);
        continue;
      }
      size_t len = 0;
      int32_t cp = peek(pos_, &len);
      if (is_space(cp)) {
        pos_ += len;
        continue;
      }
      if (is_alnum(cp)) {
        scan_word(pos_);
        continue;
      }
      const uint32_t b = static_cast<uint32_t>(pos_);
      const uint32_t e = static_cast<uint32_t>(pos_ + len);
      int32_t prev = peek_back(pos_);
      int32_t next = peek(pos_ + len);
      const bool prev_open = prev < 0 || is_space(prev) || prev == '\n' || prev == '(' ||
                             prev == '[' || prev == 0x2014 || prev == 0x2013 ||
                             prev == kLeftDouble || prev == '"' || prev == kLeftSingle;
      const bool next_closed = next < 0 || is_space(next) || next == '\n' ||
                               (!is_alnum(next) && next != kLeftSingle && next != kLeftDouble &&
                                next != '\'' && next != '$' && next != 0x2026);
      // Doubled single marks stand for double quotes in some archives
      // (``like this'' or ''like this''): one quote token of two characters.
      if ((cp == '\'' || cp == '`') && next == cp) {
        const uint32_t e2 = e + 1;
        int32_t after = peek(pos_ + 2);
        const bool opens = cp == '`' || (prev_open && after >= 0 && !is_space(after));
        emit(b, e2, opens ? TokenKind::OpenQuote : TokenKind::CloseQuote);
        pos_ += 2;
        continue;
      }
      if (cp == kLeftDouble || cp == kLowDouble || cp == kLeftGuillemet) {
        emit(b, e, TokenKind::OpenQuote);
      } else if (cp == kRightDouble || cp == kRightGuillemet) {
        emit(b, e, TokenKind::CloseQuote);
      } else if (cp == '"') {
        // Straight quote: opens after a space or bracket, closes after a word.
        emit(b, e, prev_open ? TokenKind::OpenQuote : TokenKind::CloseQuote);
      } else if (cp == kLeftSingle) {
        emit(b, e, TokenKind::OpenQuote, true);
      } else if (cp == kRightSingle || cp == '\'') {
        if (prev_open && next >= 0 && is_alnum(next)) {
          emit(b, e, TokenKind::OpenQuote, true);
        } else if (next_closed) {
          emit(b, e, TokenKind::CloseQuote, true);  // may be a plural possessive; pairing decides
        } else {
          emit(b, e, TokenKind::Punct);
        }
      } else {
        // "..." and "…" stay single tokens; other punctuation one code point each.
        uint32_t end = e;
        if (cp == '.') {
          while (end < n && text_[end] == '.') ++end;
        }
        emit(b, end, TokenKind::Punct);
        pos_ = end;
        continue;
      }
      pos_ += len;
    }
  }

  bool is_terminal(const Token& t) const {
    if (t.kind != TokenKind::Punct) return false;
    std::string_view s = t.span.of(text_);
    if (s == "." || s == "!" || s == "?" || s == "..." || s == "?!" || s == "!?") return true;
    size_t i = 0;
    return decode_utf8(s, i) == kEllipsis;
  }

  // Where to cut a sentence that must end before token `end`: after the last
  // comma, semicolon, colon or dash in the second half of [start, end), else
  // at `end`. Looks back at most half the window, and the next cut comes at
  // least that far on, so cutting costs O(1) per token.
  uint32_t soft_cut(uint32_t start, uint32_t end) const {
    const auto& toks = out_.tokens;
    for (uint32_t k = end; k > start + (end - start) / 2 + 1; --k) {
      const Token& t = toks[k - 1];
      if (t.kind != TokenKind::Punct) continue;
      std::string_view s = t.span.of(text_);
      if (s == "," || s == ";" || s == ":" || s == "\u2014" || s == "\u2013" || s == "-") return k;
    }
    return end;
  }

  void split_sentences() {
    auto& toks = out_.tokens;
    // Filled sentence by sentence: the sentences cover the tokens in order.
    out_.sentence_of.reserve(toks.size());
    uint32_t start = 0;
    uint32_t paragraph = 0;
    const uint32_t max_tokens = std::max<uint32_t>(opt_.max_sentence_tokens, 2);
    // The limits of the sentence that starts at `start`, set when it starts:
    // it is cut before a token at or past token_limit, or one ending past
    // byte_limit (token i ends past it iff it is more than
    // max_sentence_bytes past the start; 64 bits, so no sum wraps).
    uint64_t token_limit = 0, byte_limit = 0;
    auto set_limits = [&] {
      token_limit = uint64_t{start} + max_tokens;
      byte_limit = start < toks.size()
                       ? uint64_t{toks[start].span.begin} + opt_.max_sentence_bytes
                       : 0;
    };
    set_limits();
    auto close = [&](uint32_t end_tok) {
      if (end_tok <= start) return;
      Sentence s;
      s.first = start;
      s.last = end_tok;
      s.span = {toks[start].span.begin, toks[end_tok - 1].span.end};
      s.paragraph = paragraph;
      out_.sentence_of.insert(out_.sentence_of.end(), end_tok - start,
                              static_cast<uint32_t>(out_.sentences.size()));
      out_.sentences.push_back(s);
      start = end_tok;
      set_limits();
    };
    for (uint32_t i = 0; i < toks.size(); ++i) {
      if (toks[i].para_start && i > start) {
        close(i);
        ++paragraph;
      } else if (toks[i].para_start && i > 0) {
        ++paragraph;
      }
      // No sentence end within the limits: cut before token i (see SegmentOptions).
      if (i > start && (i >= token_limit || toks[i].span.end > byte_limit))
        close(soft_cut(start, i));
      if (!is_terminal(toks[i])) continue;
      uint32_t j = i + 1;
      // Closing quotes and brackets belong to the sentence they end: `goal.”`
      while (j < toks.size() && !toks[j].para_start &&
             (toks[j].kind == TokenKind::CloseQuote || toks[j].span.of(text_) == ")"))
        ++j;
      if (j >= toks.size() || toks[j].para_start) {
        close(j);
        i = j - 1;
        continue;
      }
      const Token& next = toks[j];
      bool starts = next.upper || next.kind == TokenKind::OpenQuote ||
                    next.kind == TokenKind::Number || next.span.of(text_) == "(";
      // "... he said." followed by a lower-case word is not a sentence start.
      if (starts) {
        close(j);
        i = j - 1;
      }
    }
    close(static_cast<uint32_t>(toks.size()));
  }

  // A single mark at token i that closes no quotation, right after a
  // capitalized word ending in "s" and before a lower-case word: the
  // apostrophe of a plural or s-final possessive ("Sanders’ campaign",
  // "Yukos' lawyers").
  bool plural_possessive(uint32_t i) const {
    const auto& toks = out_.tokens;
    if (i == 0 || i + 1 >= toks.size()) return false;
    const Token& w = toks[i - 1];
    const Token& n = toks[i + 1];
    if (w.kind != TokenKind::Word || !w.upper || w.span.end != toks[i].span.begin ||
        w.span.end - w.span.begin < 3)
      return false;
    const char last = text_[w.span.end - 1];
    return (last == 's' || last == 'S') && n.kind == TokenKind::Word && !n.upper &&
           n.span.begin > toks[i].span.end && !n.para_start;
  }

  void pair_quotes() {
    const auto& toks = out_.tokens;
    // Pair within each paragraph: doubles at the top level, singles only when
    // not inside a double quotation (nested singles belong to the outer quote).
    long open_double = -1, open_single = -1;
    uint32_t paragraph = 0;
    auto finish_unterminated = [&](long open, uint32_t last_tok, bool single,
                                   bool continued = false) {
      if (open < 0) return;
      if (single) return;  // a stray single mark is an apostrophe, not a quotation
      Quotation q;
      q.continued = continued;
      q.open_tok = static_cast<uint32_t>(open);
      q.close_tok = static_cast<uint32_t>(open);
      q.inner = {toks[open].span.end, toks[last_tok].span.end};
      q.paragraph = paragraph;
      q.unterminated = true;
      if (q.inner.end > q.inner.begin) out_.quotes.push_back(q);
    };
    // A quotation from the mark at `open` to the mark at `close`; resets the open mark.
    auto close_quote = [&](long& open, uint32_t close, bool single) {
      Quotation q;
      q.open_tok = static_cast<uint32_t>(open);
      q.close_tok = close;
      q.inner = {toks[open].span.end, toks[close].span.begin};
      q.paragraph = paragraph;
      q.single = single;
      out_.quotes.push_back(q);
      open = -1;
    };
    for (uint32_t i = 0; i < toks.size(); ++i) {
      const Token& t = toks[i];
      if (t.para_start && i > 0) {
        finish_unterminated(open_double, i - 1, false);
        open_double = open_single = -1;
        ++paragraph;
      }
      // `years... " Hailey recalled`: a straight mark between spaces closes the
      // quotation that is open, rather than opening another.
      const bool spaced_straight =
          t.kind == TokenKind::OpenQuote && !t.single_mark && open_double >= 0 &&
          text_[t.span.begin] == '"' &&
          (t.span.end >= text_.size() || text_[t.span.end] == ' ' || text_[t.span.end] == '\n');
      if (spaced_straight) {
        close_quote(open_double, i, false);
        continue;
      }
      if (t.kind == TokenKind::OpenQuote) {
        if (t.single_mark) {
          if (open_double < 0 && open_single < 0) open_single = i;
        } else {
          if (open_double >= 0) finish_unterminated(open_double, i - 1, false, true);
          open_double = i;
          open_single = -1;
        }
      } else if (t.kind == TokenKind::CloseQuote) {
        if (t.single_mark) {
          if (open_single >= 0 && open_double < 0)
            close_quote(open_single, i, true);
          else if (plural_possessive(i))
            out_.tokens[i].kind = TokenKind::Possessive;  // "Sanders’ campaign"
        } else if (open_double >= 0) {
          close_quote(open_double, i, false);
        }
      }
    }
    if (!toks.empty())
      finish_unterminated(open_double, static_cast<uint32_t>(toks.size() - 1), false);
  }

  std::string_view text_;
  const SegmentOptions& opt_;
  Segmented out_;
  size_t pos_ = 0;
  bool para_open_ = false;
};

}  // namespace

Segmented segment(std::string_view text, const SegmentOptions& options) {
  return Segmenter(text, options).run();
}

}  // namespace newskg::text
