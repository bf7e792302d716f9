#include "text_util.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "newskg/core/unicode.hpp"

namespace newskg::ingest::detail {
namespace {

constexpr int32_t kMaxCodePoint = 0x10FFFF;

// Which code points can make NFC differ from its input. A text none of whose
// code points is flagged is already in NFC, so the common case (ASCII, curly
// quotes, precomposed "é") costs one table lookup per non-ASCII character
// instead of a decompose/recompose of the whole article.
//
// Flagged, derived from utf8proc's own tables once per process:
//   - combining marks (canonical combining class != 0): may reorder or compose
//     with what precedes them ("e" U+0301 -> "é");
//   - every non-first code point of a canonical decomposition: these can compose
//     with a preceding starter (Hangul vowel jamo, some Indic vowel signs);
//   - code points NFC maps elsewhere (singletons like U+212B ANGSTROM SIGN ->
//     U+00C5, composition exclusions).
// Nothing below U+0300 is flagged: Latin-1 and Latin Extended are all stable.
class NfcQuickCheck {
 public:
  NfcQuickCheck() : flags_(static_cast<size_t>(kMaxCodePoint) + 1, false) {
    for (int32_t cp = 0x300; cp <= kMaxCodePoint; ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates: never valid UTF-8
      if (cp >= 0xAC00 && cp <= 0xD7A3) continue;  // Hangul syllables: algorithmic, stable
      // Planes 4-13 are unassigned: skip 640k lookups.
      if (cp == 0x40000) cp = 0xE0000;
      const utf8proc_property_t* p = utf8proc_get_property(cp);
      if (p->combining_class != 0) flags_[static_cast<size_t>(cp)] = true;
      if (p->decomp_seqindex == std::numeric_limits<utf8proc_uint16_t>::max()) continue;
      std::array<utf8proc_int32_t, 8> parts{};
      int boundclass = 0;
      auto n =
          utf8proc_decompose_char(cp, parts.data(), static_cast<utf8proc_ssize_t>(parts.size()),
                                  UTF8PROC_DECOMPOSE, &boundclass);
      if (n <= 0 || n > static_cast<utf8proc_ssize_t>(parts.size())) continue;
      if (n == 1 && parts[0] == cp) continue;  // only a compatibility decomposition
      for (utf8proc_ssize_t k = 1; k < n; ++k) flags_[static_cast<size_t>(parts[k])] = true;
      if (!composes_to_itself(cp)) flags_[static_cast<size_t>(cp)] = true;
    }
    // Conjoining jamo: vowels and trailing consonants compose with what precedes.
    // U+11A7 (TBase itself) too: utf8proc 2.8 absorbs it after an LV syllable.
    for (int32_t cp = 0x1161; cp <= 0x1175; ++cp) flags_[static_cast<size_t>(cp)] = true;
    for (int32_t cp = 0x11A7; cp <= 0x11C2; ++cp) flags_[static_cast<size_t>(cp)] = true;
  }

  bool may_change(int32_t cp) const {
    return cp >= 0x300 && cp <= kMaxCodePoint && flags_[static_cast<size_t>(cp)];
  }

 private:
  static bool composes_to_itself(int32_t cp) {
    std::array<utf8proc_uint8_t, 4> utf8{};
    auto len = utf8proc_encode_char(cp, utf8.data());
    std::string_view s(reinterpret_cast<const char*>(utf8.data()), static_cast<size_t>(len));
    return core::nfc(s) == s;
  }

  std::vector<bool> flags_;
};

const NfcQuickCheck& nfc_quick_check() {
  static const NfcQuickCheck table;  // immutable once built (thread-safe init)
  return table;
}

bool is_ascii_word(const char* p) {
  uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

// Eight bytes of printable ASCII (0x20-0x7E): no odd control, nothing to
// decode. Each byte is under 0x80, so adding to it never carries into the
// next: +0x60 sets its top bit when it is 0x20 or more, +0x01 when it is 0x7F.
bool is_printable_ascii_word(const char* p) {
  uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  return (word & kHigh) == 0 && ((word + 0x6060606060606060ULL) & kHigh) == kHigh &&
         ((word + 0x0101010101010101ULL) & kHigh) == 0;
}

// A byte that plain text hardly ever contains: C0 controls other than
// tab/newline/CR/FF/VT, and DEL.
// The same tests sixteen bytes at a time, where SSE2 is there (most of an
// article is ASCII; a line's newline still takes the byte-wise path).
bool is_ascii_16(const char* p) {
#if defined(__SSE2__)
  __m128i v;
  std::memcpy(&v, p, sizeof v);
  return _mm_movemask_epi8(v) == 0;
#else
  return is_ascii_word(p) && is_ascii_word(p + 8);
#endif
}
bool is_printable_ascii_16(const char* p) {
#if defined(__SSE2__)
  __m128i v;
  std::memcpy(&v, p, sizeof v);
  // Signed bytes: 0x80 and up are negative, so "> 0x1F" leaves them out too.
  const __m128i ok = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)),
                                   _mm_cmplt_epi8(v, _mm_set1_epi8(0x7F)));
  return _mm_movemask_epi8(ok) == 0xFFFF;
#else
  return is_printable_ascii_word(p) && is_printable_ascii_word(p + 8);
#endif
}

bool is_odd_control(unsigned char c) {
  if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return false;
  return c < 0x20 || c == 0x7F;
}

std::string byte_hex(unsigned char c) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("0x") + kDigits[c >> 4] + kDigits[c & 0xF];
}

// The binary-file verdict for the first kSniffBytes of `s`, or an empty string.
std::string sniff_binary(std::string_view s) {
  if (s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF')))
    return "binary file (UTF-16 byte order mark; convert the file to UTF-8)";
  size_t limit = std::min(s.size(), kSniffBytes);
  if (const void* nul = std::memchr(s.data(), 0, limit)) {
    auto at = static_cast<size_t>(static_cast<const char*>(nul) - s.data());
    return "binary file (NUL byte at offset " + std::to_string(at) + ")";
  }
  // A stray Latin-1 byte or a bad sequence in an article is "invalid UTF-8 at
  // line N" (the user can fix it); a sample where odd controls and runs of
  // invalid bytes are a tenth of the bytes is binary:
  //   "caf\xE9 au lait"         one run in 12 bytes   -> text, invalid UTF-8
  //   "\x89PNG\r\n\x1A\n\xFE..."  controls and runs   -> binary
  size_t odd = 0;
  bool in_invalid_run = false;
  size_t i = 0;
  while (i < limit) {
    if (i + 16 <= limit && is_printable_ascii_16(s.data() + i)) {
      in_invalid_run = false;
      i += 16;
      continue;
    }
    if (i + 8 <= limit && is_printable_ascii_word(s.data() + i)) {
      in_invalid_run = false;
      i += 8;
      continue;
    }
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      odd += is_odd_control(c) ? 1 : 0;
      in_invalid_run = false;
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    // Decode against the whole input so a character cut by the sample end is not "invalid".
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      odd += in_invalid_run ? 0 : 1;
      in_invalid_run = true;
      ++i;
    } else {
      in_invalid_run = false;
      i += static_cast<size_t>(n);
    }
  }
  if (odd >= 4 && odd * 10 > limit) return "binary file (not UTF-8 text)";
  return {};
}

// Name-like word in a byline: capitalised ("McBride", "O’Neil", "J."), or a
// lower-case particle inside a name. Digits never appear in names.
bool is_particle(std::string_view word) {
  // Surname particles in several languages ("Ana de la Cruz", "Ursula von der Leyen").
  static constexpr std::array<std::string_view, 18> kParticles = {
      "de",  "da",  "del", "della", "der", "den", "di",  "du",  "dos",
      "das", "van", "von", "la",    "le",  "al",  "bin", "ibn", "ter"};
  return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

bool is_capitalised(std::string_view word) {
  if (word.empty()) return false;
  auto c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  size_t i = 0;
  int32_t cp = core::decode_utf8(word, i);
  auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// Where the names part of a byline ends: at a dateline, an agency or a
// separator ("By Jane Doe in Kyiv", "By Jane Doe | Updated Feb 13").
size_t names_end(std::string_view s) {
  static constexpr std::array<std::string_view, 14> kStops = {
      " | ",   " - ",  " \xE2\x80\x93 ", " \xE2\x80\x94 ", "\xC2\xB7", ";",  "(",
      " for ", " in ", " at ",           " on ",           "  ",       "\t", " via "};
  size_t end = s.size();
  for (auto stop : kStops) end = std::min(end, s.find(stop));
  return end;
}

std::string nbsp_to_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      out += ' ';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string_view strip_trailing_punct(std::string_view s) {
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ':' || s.back() == ' '))
    s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view strip_bom(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  return bytes;
}

Utf8Scan scan_utf8(std::string_view s) {
  Utf8Scan out;
  const NfcQuickCheck* table = nullptr;  // built on the first non-ASCII character
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + 16 <= n && is_ascii_16(s.data() + i)) {
      i += 16;
      continue;
    }
    if (i + 8 <= n && is_ascii_word(s.data() + i)) {
      i += 8;
      continue;
    }
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (len <= 0) {
      out.invalid_at = i;
      return out;
    }
    if (!out.needs_nfc && cp >= 0x300) {
      if (table == nullptr) table = &nfc_quick_check();
      out.needs_nfc = table->may_change(cp);
    }
    i += static_cast<size_t>(len);
  }
  return out;
}

int line_of(std::string_view s, size_t offset) {
  offset = std::min(offset, s.size());
  return 1 + static_cast<int>(
                 std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

core::Error invalid_utf8_error(std::string_view name, std::string_view s, size_t offset,
                               int first_line) {
  int line = line_of(s, offset) + first_line - 1;
  size_t line_start = 0;
  if (offset > 0) {
    size_t nl = s.rfind('\n', offset - 1);
    if (nl != std::string_view::npos) line_start = nl + 1;
  }
  size_t column = offset - line_start + 1;
  return core::Error{std::string(name), line,
                     "invalid UTF-8 at line " + std::to_string(line) + ", column " +
                         std::to_string(column) + " (byte " +
                         byte_hex(static_cast<unsigned char>(s[offset])) +
                         "); articles must be UTF-8 text"};
}

core::Result<TextCheck> check_text(std::string_view name, std::string_view bytes,
                                   bool validate_utf8) {
  if (std::string verdict = sniff_binary(bytes); !verdict.empty())
    return core::Error{std::string(name), 0, verdict};
  if (is_blank(bytes)) return core::Error{std::string(name), 0, "empty file"};
  // Spans are 32-bit byte offsets.
  if (bytes.size() > std::numeric_limits<uint32_t>::max())
    return core::Error{std::string(name), 0, "file too large (over 4 GiB)"};
  TextCheck check;
  if (validate_utf8) {
    Utf8Scan scan = scan_utf8(bytes);
    if (scan.invalid_at != std::string_view::npos)
      return invalid_utf8_error(name, bytes, scan.invalid_at);
    check.needs_nfc = scan.needs_nfc;
  }
  return check;
}

std::string nfc_if_needed(std::string_view s) {
  if (!scan_utf8(s).needs_nfc) return std::string(s);
  return core::nfc(s);
}

namespace {
// The character a reference at s[i] == '&' stands for, and its length; -1
// when it is none (or one no text may hold).
int32_t char_ref_at(std::string_view s, size_t i, size_t& len) {
  const size_t end = std::min(s.size(), i + 12);  // "&#x10FFFF;" and the names fit
  const size_t semi = s.find(';', i + 1);
  if (semi == std::string_view::npos || semi >= end) return -1;
  const std::string_view body = s.substr(i + 1, semi - i - 1);
  len = semi + 1 - i;
  if (body.size() >= 2 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return -1;
    int64_t cp = 0;
    for (char c : digits) {
      int d = c >= '0' && c <= '9' ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0) return -1;
      cp = cp * (hex ? 16 : 10) + d;
    }
    const bool control = cp < 0x20 ? cp != '\t' && cp != '\n' && cp != '\r' : cp >= 0x7F && cp < 0xA0;
    if (cp == 0 || control || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return -1;
    return static_cast<int32_t>(cp);
  }
  static constexpr std::pair<std::string_view, int32_t> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0}};
  for (const auto& [name, cp] : kNamed)
    if (body == name) return cp;
  return -1;
}
}  // namespace

std::optional<std::string> decode_char_refs(std::string_view s) {
  std::optional<std::string> out;
  size_t copied = 0;
  for (const char* p = static_cast<const char*>(std::memchr(s.data(), '&', s.size())); p != nullptr;) {
    const size_t i = static_cast<size_t>(p - s.data());
    size_t len = 1;
    const int32_t cp = char_ref_at(s, i, len);
    if (cp >= 0) {
      if (!out) out.emplace().reserve(s.size());
      out->append(s.substr(copied, i - copied));
      utf8proc_uint8_t buf[4];
      out->append(reinterpret_cast<const char*>(buf),
                  static_cast<size_t>(utf8proc_encode_char(cp, buf)));
      copied = i + len;
    } else {
      len = 1;
    }
    const size_t next = i + len;
    p = next < s.size() ? static_cast<const char*>(std::memchr(s.data() + next, '&', s.size() - next))
                        : nullptr;
  }
  if (out) out->append(s.substr(copied));
  return out;
}

std::string decode_and_compose(std::string_view s) {
  if (auto decoded = decode_char_refs(s)) return nfc_if_needed(*decoded);
  return nfc_if_needed(s);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_space(c); });
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != prefix[i]) return false;
  }
  return true;
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool space = is_space(c);
    if (!space && c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {  // U+00A0
      space = true;
      ++i;
    }
    if (space) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

bool LineReader::next(std::string_view& line, size_t& begin) {
  if (pos_ >= s_.size()) return false;
  begin = pos_;
  size_t nl = s_.find('\n', pos_);
  size_t end = nl == std::string_view::npos ? s_.size() : nl;
  pos_ = nl == std::string_view::npos ? s_.size() : nl + 1;
  if (end > begin && s_[end - 1] == '\r') --end;
  line = s_.substr(begin, end - begin);
  return true;
}

core::Span find_headline(std::string_view text, size_t from) {
  LineReader lines(text, from);
  std::string_view line;
  size_t begin = 0;
  while (lines.next(line, begin)) {
    std::string_view t = trim(line);
    if (t.empty()) continue;
    std::string_view h = t;
    // "## Title" -> "Title" (a heading mark needs a space after it: "#hashtag" stays).
    size_t hashes = h.find_first_not_of('#');
    if (hashes > 0 && hashes != std::string_view::npos && hashes <= 6 && h[hashes] == ' ')
      h = trim(h.substr(hashes));
    // "**Title**" -> "Title"
    for (std::string_view mark : {"**", "__"}) {
      if (h.size() > 2 * mark.size() && h.starts_with(mark) && h.ends_with(mark))
        h = trim(h.substr(mark.size(), h.size() - 2 * mark.size()));
    }
    if (h.empty()) h = t;
    auto at = static_cast<uint32_t>(h.data() - text.data());
    return core::Span{at, at + static_cast<uint32_t>(h.size())};
  }
  return {};
}

std::vector<std::string> parse_byline(std::string_view line) {
  // Cheap rejection first: most lines do not start with "By" (after emphasis marks).
  std::string_view head = trim(line);
  while (!head.empty() && (head.front() == '*' || head.front() == '_')) head.remove_prefix(1);
  if (!starts_with_nocase(head, "by")) return {};
  // Seed 003 writes "**By\u00a0Courtney ... Palasciano**\u00a0 Defence": no-break
  // spaces count as spaces (one for one, so "  " still ends the names).
  const std::string spaced = nbsp_to_space(line);
  std::string_view t = trim(spaced);
  // "**By A and B**  Body text..." -> "By A and B": the emphasis closes the byline.
  for (std::string_view mark : {"**", "__", "*", "_"}) {
    if (!t.starts_with(mark)) continue;
    t.remove_prefix(mark.size());
    size_t close = t.find(mark);
    if (close != std::string_view::npos) t = t.substr(0, close);
    break;
  }
  t = trim(t);
  // Over 200 bytes it is a paragraph, not a byline.
  if (!starts_with_nocase(t, "by") || t.size() < 4 || t.size() > 200) return {};
  t.remove_prefix(2);
  if (t.front() == ':') t.remove_prefix(1);
  if (t.empty() || !is_space(t.front())) return {};
  t = trim(t);
  t = strip_trailing_punct(t.substr(0, names_end(t)));

  // Split "A, B and C" / "A & B" into names; every name must look like one.
  std::vector<std::string> names;
  std::vector<std::string_view> current;
  bool valid = true;
  auto finish = [&]() {
    if (current.empty()) return;
    if (current.size() > 5 || is_particle(current.back())) valid = false;
    if (current.size() >= 2) {  // one word is an agency or a desk ("Reuters"), not a person
      std::string name;
      for (auto w : current) {
        if (!name.empty()) name += ' ';
        name += w;
      }
      names.push_back(std::move(name));
    }
    current.clear();
  };
  for (std::string_view w : split_words(t)) {
    if (w == "and" || w == "And" || w == "AND" || w == "&") {
      finish();
      continue;
    }
    bool comma = w.back() == ',';
    if (comma) w.remove_suffix(1);
    if (!w.empty()) {
      if (has_digit(w) || !(is_capitalised(w) || (!current.empty() && is_particle(w)))) return {};
      current.push_back(w);
    }
    if (comma) finish();
  }
  finish();
  if (!valid) return {};
  return names;
}

std::vector<std::string> find_byline(std::string_view text, size_t from, int max_lines) {
  LineReader lines(text, from);
  std::string_view line;
  size_t begin = 0;
  int seen = 0;
  while (seen < max_lines && lines.next(line, begin)) {
    if (is_blank(line)) continue;
    ++seen;
    auto names = parse_byline(line);
    if (!names.empty()) return names;
  }
  return {};
}

std::vector<std::string> split_names(std::string_view s) {
  std::string_view t = trim(s);
  if (starts_with_nocase(t, "by ")) t = trim(t.substr(3));
  std::vector<std::string> out;
  std::string current;
  auto finish = [&]() {
    std::string name = collapse_whitespace(current);
    if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end())
      out.push_back(std::move(name));
    current.clear();
  };
  for (std::string_view w : split_words(t)) {
    if (w == "and" || w == "&") {
      finish();
      continue;
    }
    bool ends = w.back() == ',' || w.back() == ';';
    if (ends) w.remove_suffix(1);
    if (!current.empty()) current += ' ';
    current += w;
    if (ends) finish();
  }
  finish();
  return out;
}

void append_unique(std::vector<std::string>& out, const std::vector<std::string>& names) {
  for (const auto& n : names)
    if (!n.empty() && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
}

bool looks_like_url(std::string_view s) {
  if (!(starts_with_nocase(s, "http://") || starts_with_nocase(s, "https://"))) return false;
  size_t host = s.find("://") + 3;
  if (host >= s.size()) return false;
  return std::none_of(s.begin(), s.end(),
                      [](char c) { return is_space(c) || c == '<' || c == '>'; });
}

namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_alnum_ascii(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
bool is_scheme(std::string_view s) {
  if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return is_alnum_ascii(c) || c == '+' || c == '-' || c == '.'; });
}

}  // namespace

const char* url_problem(std::string_view url) {
  if (url.empty()) return "empty";
  if (url.size() > kMaxUrlBytes) return "longer than 4096 bytes";
  size_t colon = url.find(':');
  const std::string_view scheme =
      colon == std::string_view::npos ? std::string_view() : url.substr(0, colon);
  if (!is_scheme(scheme)) return "not an absolute URL (no scheme such as https://)";
  const std::string lower = lower_ascii(scheme);
  if (lower != "http" && lower != "https") return "scheme is not http or https";
  if (url.compare(colon, 3, "://") != 0) return "no // and host after the scheme";
  // Every byte: printable ASCII allowed in a URI, or UTF-8 (an IRI: "é" in
  // a path is common); no space, control character, quote, angle bracket,
  // brace, backslash, caret, backtick or bar; '%' opens two hex digits.
  for (size_t i = 0; i < url.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(url[i]);
    if (c == ' ') return "contains a space";
    if (c < 0x20 || c == 0x7F) return "contains a control character";
    if (c >= 0x80) continue;
    if (std::strchr("\"<>{}|\\^`", c) != nullptr) return "contains a character URLs may not hold";
    if (c == '%' && (i + 2 >= url.size() || !is_hex(url[i + 1]) || !is_hex(url[i + 2])))
      return "has a '%' not followed by two hex digits";
  }
  // Host: "www.bbc.co.uk", "xn--bcher-kva.de", "bücher.de", "[2001:db8::1]",
  // optionally ":8080"; no "user:password@" (a link dressed as another site's:
  // "https://www.bbc.co.uk@evil.example/").
  const size_t host_begin = colon + 3;
  size_t host_end = url.find_first_of("/?#", host_begin);
  if (host_end == std::string_view::npos) host_end = url.size();
  std::string_view host = url.substr(host_begin, host_end - host_begin);
  if (host.find('@') != std::string_view::npos)
    return "has a user name or password before the host";
  if (!host.empty() && host.front() == '[') {
    const size_t close = host.find(']');
    if (close == std::string_view::npos || close == 1) return "has a malformed IPv6 host";
    for (char c : host.substr(1, close - 1))
      if (!is_hex(c) && c != ':' && c != '.') return "has a malformed IPv6 host";
    host = host.substr(close + 1);
    if (!host.empty() && host.front() != ':') return "has a malformed IPv6 host";
  } else {
    const size_t port = host.rfind(':');
    std::string_view name = host.substr(0, port);
    if (name.empty()) return "has no host";
    // Labels of letters, digits and inner hyphens, dot-separated, at least
    // two ("localhost" and "intranet" are no article's address).
    if (name.back() == '.') name.remove_suffix(1);
    if (name.find('.') == std::string_view::npos) return "host has no domain (no dot)";
    size_t label = 0;
    for (size_t i = 0; i <= name.size(); ++i) {
      if (i == name.size() || name[i] == '.') {
        if (i == label) return "host has an empty label";
        if (name[label] == '-' || name[i - 1] == '-') return "host label starts or ends with '-'";
        label = i + 1;
        continue;
      }
      const char c = name[i];
      if (!is_alnum_ascii(c) && c != '-' && static_cast<unsigned char>(c) < 0x80)
        return "host holds a character host names may not";
    }
    if (port == std::string_view::npos) return nullptr;
    host = host.substr(port);
  }
  if (!host.empty()) {  // ":8080"
    const std::string_view digits = host.substr(1);
    if (digits.empty() || digits.size() > 5 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return "has a malformed port";
  }
  return nullptr;
}

bool url_like(std::string_view s) {
  s = trim(s);
  if (s.empty() || (s.front() == '/' && !s.starts_with("//"))) return false;  // a site path
  return s.find(':') != std::string_view::npos || s.find('/') != std::string_view::npos ||
         starts_with_nocase(s, "www.");
}

std::string quoted_for_message(std::string_view s) {
  constexpr size_t kShown = 80;
  std::string out = "\"";
  size_t i = 0;
  for (; i < s.size() && i < kShown; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      static const char* hex = "0123456789ABCDEF";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  // Never cut inside a UTF-8 sequence.
  while (i < s.size() && i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {
    out.pop_back();
    --i;
  }
  if (i < s.size()) out += "…";
  out += '"';
  return out;
}

std::string find_source_link(std::string_view body, int max_lines, std::string* rejected) {
  // A target that starts like a web address but is no valid one is left,
  // and reported through `rejected` (the first such).
  auto take = [&](std::string_view target) {
    if (!starts_with_nocase(target, "http://") && !starts_with_nocase(target, "https://"))
      return false;
    if (url_problem(target) == nullptr) return true;
    if (rejected != nullptr && rejected->empty()) *rejected = std::string(target);
    return false;
  };
  // Walk lines backwards from the end.
  size_t end = body.size();
  int seen = 0;
  while (end > 0 && seen < max_lines) {
    size_t nl = body.rfind('\n', end - 1);
    size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
    std::string_view line = trim(body.substr(begin, end - begin));
    end = nl == std::string_view::npos ? 0 : nl;
    if (line.empty()) continue;
    ++seen;
    // Last "[label](url)" on the line; parentheses inside the URL are balanced.
    size_t search = line.size();
    while (search > 0) {
      size_t open = line.rfind("](", search - 1);
      if (open == std::string_view::npos) break;
      size_t start = open + 2;
      int depth = 1;
      size_t i = start;
      for (; i < line.size(); ++i) {
        if (line[i] == '(') ++depth;
        if (line[i] == ')' && --depth == 0) break;
      }
      std::string_view target = line.substr(start, i - start);
      target = target.substr(0, target.find(' '));  // drop a link title: (url "title")
      if (target.size() > 2 && target.front() == '<' && target.back() == '>')
        target = target.substr(1, target.size() - 2);
      if (take(target)) return std::string(target);
      search = open;
    }
    // "<https://...>" autolink or a bare URL line.
    if (line.front() == '<' && line.back() == '>' && take(line.substr(1, line.size() - 2)))
      return std::string(line.substr(1, line.size() - 2));
    if (take(line)) return std::string(line);
  }
  return {};
}

size_t skip_blank_lines(std::string_view s, size_t from) {
  LineReader lines(s, from);
  std::string_view line;
  size_t begin = 0;
  while (lines.next(line, begin))
    if (!is_blank(line)) return begin;
  return s.size();
}

void set_title_and_body(core::Document& doc, std::string title, std::string_view body) {
  doc.text.clear();
  doc.text.reserve(title.size() + 2 + body.size());
  doc.text += title;
  doc.text += "\n\n";
  doc.text += body;
  doc.title_span = core::Span{0, static_cast<uint32_t>(title.size())};
  doc.title = std::move(title);
}

}  // namespace newskg::ingest::detail
