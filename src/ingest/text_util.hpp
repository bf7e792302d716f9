#pragma once
// Helpers shared by the ingest readers (private to src/ingest): byte checks,
// line walking, headline / byline / source-link detection, cheap NFC.
//
// Everything here works on std::string_view over the article bytes and
// returns offsets into them, so the readers can keep `Document::text` and the
// spans that point into it consistent.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/core/document.hpp"
#include "newskg/core/result.hpp"

namespace newskg::ingest::detail {

// Binary sniffing looks at this many leading bytes (like git and grep do).
inline constexpr size_t kSniffBytes = 8192;

// What check_text learnt about valid text.
struct TextCheck {
  // True when NFC might change the text (a combining mark, a decomposable
  // singleton, a Hangul jamo...). False for ASCII and for the usual
  // precomposed text, so core::nfc (which allocates and re-encodes) runs
  // only where it can matter.
  bool needs_nfc = false;
};

// Drops a leading UTF-8 byte order mark: "\xEF\xBB\xBFHello" -> "Hello".
std::string_view strip_bom(std::string_view bytes);

// Validates one input (BOM already stripped) in this order, returning the
// first failure as an Error naming `name`:
//   "binary file (...)"              NUL or mostly non-text bytes in the first 8 KiB,
//                                    or a UTF-16 byte order mark
//   "empty file"                     nothing but whitespace
//   "invalid UTF-8 at line 3, ..."   with Error::line = 3 (skipped when
//                                    `validate_utf8` is false: JSON Lines
//                                    validate line by line)
core::Result<TextCheck> check_text(std::string_view name, std::string_view bytes,
                                   bool validate_utf8 = true);

// Offset of the first invalid UTF-8 byte (npos if none) and whether NFC may
// change the text; ASCII is skipped eight bytes at a time.
struct Utf8Scan {
  size_t invalid_at = std::string_view::npos;
  bool needs_nfc = false;
};
Utf8Scan scan_utf8(std::string_view s);

// The "invalid UTF-8" error for byte `offset` of `s`, with the 1-based line
// (+ `first_line` - 1, for JSON Lines records) and column.
core::Error invalid_utf8_error(std::string_view name, std::string_view s, size_t offset,
                               int first_line = 1);

// 1-based line number of byte `offset`: the count of '\n' before it, plus one.
int line_of(std::string_view s, size_t offset);

// NFC only when it can change something: "Pe\u0301rez" -> "Pérez"; ASCII is copied.
std::string nfc_if_needed(std::string_view s);

// Plain text scraped from web pages keeps HTML character references now and
// then ("Jos&#233; Manuel Barroso", "AT&amp;T"). Returns the text with the
// numeric references (&#233; &#xE9;) and the named ones of XML and the
// commonest of HTML (amp lt gt quot apos nbsp) decoded, or nothing when it
// holds none. A reference to no character a text may hold (NUL, a control
// character, a surrogate, past U+10FFFF) stays as written; "&" alone or
// "R&D" are no references.
std::optional<std::string> decode_char_refs(std::string_view s);

// The text a reader takes offsets into: character references decoded, then
// composed to NFC (entities can spell "e&#x301;"); a copy when neither applies.
std::string decode_and_compose(std::string_view s);

inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
std::string_view trim(std::string_view s);
bool is_blank(std::string_view s);
std::string lower_ascii(std::string_view s);
bool starts_with_nocase(std::string_view s, std::string_view prefix);

// Whitespace runs (including no-break spaces) become one space, ends trimmed:
//   "  Hegseth\n in\u00a0Brussels " -> "Hegseth in Brussels"
std::string collapse_whitespace(std::string_view s);

// Walks `s` line by line. A line excludes its "\n" and a "\r" before it, so
// CRLF files give the same lines as LF files.
class LineReader {
 public:
  explicit LineReader(std::string_view s, size_t from = 0) : s_(s), pos_(from) {}
  // The next line and the offset where it starts; false at the end.
  bool next(std::string_view& line, size_t& begin);
  size_t position() const { return pos_; }

 private:
  std::string_view s_;
  size_t pos_;
};

// Where the headline sits: the first non-blank line at or after `from`,
// trimmed, without Markdown heading marks or bold markers around it:
//   "\n## **Hegseth in Brussels** \n" -> the span of "Hegseth in Brussels".
// Empty span when there is no non-blank line.
core::Span find_headline(std::string_view text, size_t from = 0);

// Names in a byline line, or nothing when the line is not a byline. Names must
// look like names (capitalised words, with particles such as "de" or "van"),
// which keeps sentences that start with "By" out:
//   "**By Courtney McBride and Andrea Palasciano**  Defence Secretary ..."
//                                  -> {"Courtney McBride", "Andrea Palasciano"}
//   "By Jane Doe, Reuters"         -> {"Jane Doe"}       (one-word agencies dropped)
//   "By Ana de la Cruz in Kyiv"    -> {"Ana de la Cruz"}
//   "By the end of the week ..."   -> {}
std::vector<std::string> parse_byline(std::string_view line);

// The byline among the first `max_lines` non-blank lines at or after `from`.
std::vector<std::string> find_byline(std::string_view text, size_t from, int max_lines);

// Author metadata (front matter, JSON, <meta name=author>) is trusted more than
// body text, so it is only split, not validated:
//   "By Jane Doe, John Smith and Ana Ruiz" -> {"Jane Doe", "John Smith", "Ana Ruiz"}
std::vector<std::string> split_names(std::string_view s);

// Appends `names` to `out`, skipping ones already there.
void append_unique(std::vector<std::string>& out, const std::vector<std::string>& names);

// "http://..." or "https://..." with no spaces (a quick test: author
// metadata that is a profile link rather than a name).
bool looks_like_url(std::string_view s);

// What makes `url` unfit as an article's address, or nullptr when it is an
// absolute http or https URL of sane syntax (RFC 3986, UTF-8 allowed as in
// an IRI): a host with a dot (or an IPv6 literal), no user name or password,
// an optional port, no spaces, control characters or <>"{}|\^`, '%' only
// before two hex digits, at most kMaxUrlBytes. Other schemes (ftp, mailto,
// javascript, data) are no article's address.
//   "https://www.bbc.co.uk/news/x?a=1#b"  -> nullptr
//   "javascript:alert(1)"                 -> "scheme is not http or https"
//   "www.bbc.co.uk/news"                  -> "not an absolute URL (no scheme such as https://)"
//   "https://www.bbc.co.uk@evil.example/" -> "has a user name or password before the host"
inline constexpr size_t kMaxUrlBytes = 4096;
const char* url_problem(std::string_view url);

// Whether a metadata value was meant as an address ("javascript:x",
// "www.x.com", "https://..."), as opposed to a name ("Reuters") or a site
// path ("/posts/x/", Hugo's permalink): only those are worth a warning when
// they are not valid URLs.
bool url_like(std::string_view s);

// `s` in double quotes for a message: at most 80 bytes (cut on a character
// boundary, then "…"), control characters as \xNN.
std::string quoted_for_message(std::string_view s);

// The source link among the last `max_lines` non-blank lines of `body`: the
// last Markdown link `[label](https://...)`, autolink `<https://...>` or bare
// URL that url_problem() accepts; the first http(s) target it refused goes
// to `rejected` (when given and still empty).
//   "...\n[business-standard](https://www.business-standard.com/x_1.html)\n"
//     -> "https://www.business-standard.com/x_1.html"
std::string find_source_link(std::string_view body, int max_lines = 3,
                             std::string* rejected = nullptr);

// Offset of the first line at or after `from` that is not blank (s.size() if none).
size_t skip_blank_lines(std::string_view s, size_t from);

// Builds `title + "\n\n" + body` with title_span = [0, title.size()).
void set_title_and_body(core::Document& doc, std::string title, std::string_view body);

}  // namespace newskg::ingest::detail
