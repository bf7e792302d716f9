#pragma once
// Unicode helpers over UTF-8 (utf8proc underneath).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::core {

// Offset of the first invalid byte, or npos when `s` is valid UTF-8.
size_t find_invalid_utf8(std::string_view s);

// Replaces each byte that starts no valid UTF-8 character with U+FFFD, in
// place; returns how many were replaced (0: `s` is untouched, no copy made).
// For text a library decoded for us, where the input bytes were valid but an
// escape was not: "\xFF\n" -> "\xEF\xBF\xBD\n".
size_t make_valid_utf8(std::string& s);

// Matching key for names: NFKD, combining marks dropped, case folded,
// typographic apostrophes/dashes made ASCII, punctuation dropped, spaces folded.
//   "Zelenskyy’s"  -> "zelenskyys"      "U.S."   -> "us"
//   "Pérez-Reverte" -> "perez reverte"  " NATO " -> "nato"
std::string name_key(std::string_view s);
// Whether `s` is an ASCII name_key() as it stands (lower-case letters, digits
// and '&', in words one space apart: "perez reverte"), hence its own key:
// name_key(s) == s. False for anything else, a key with non-ASCII letters
// included.
bool is_name_key(std::string_view s);

// Case fold only (keeps punctuation and accents): "ÉLAN" -> "élan".
std::string case_fold(std::string_view s);

// NFC normalization (text as written, composed): used on input text.
std::string nfc(std::string_view s);

// Maps byte offsets of a UTF-8 text to code point offsets (what NIF and
// most SPARQL users mean by "character offset"). Built once per article: O(n),
// eight bytes at a time where they are ASCII; a lookup is O(log k) in the
// k continuation bytes (none in ASCII text).
class CharIndex {
 public:
  explicit CharIndex(std::string_view text);
  // Code points that start before byte_offset (offsets past the end: all of them).
  uint32_t to_char(uint32_t byte_offset) const;

 private:
  uint32_t size_;
  std::vector<uint32_t> continuations_;  // offsets of the bytes 10xxxxxx, ascending
};

// Character classes of a code point (Unicode general category).
bool is_letter(int32_t cp);
bool is_upper(int32_t cp);
bool is_digit(int32_t cp);

// Decode one code point at s[i] (advances i); returns U+FFFD on bad input.
int32_t decode_utf8(std::string_view s, size_t& i);

}  // namespace newskg::core
