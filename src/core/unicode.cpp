#include "newskg/core/unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "newskg/core/check.hpp"

namespace newskg::core {
namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

std::string map_utf8(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                        static_cast<utf8proc_ssize_t>(s.size()), &out,
                        static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> guard(out);
  if (n < 0) return std::string(s);  // invalid input: callers validate first
  return std::string(reinterpret_cast<char*>(out), static_cast<size_t>(n));
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

int32_t decode_utf8(std::string_view s, size_t& i) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    ++i;
    return 0xFFFD;
  }
  i += static_cast<size_t>(n);
  return cp;
}

bool is_letter(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  auto cat = utf8proc_category(cp);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}
bool is_upper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}
bool is_digit(int32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

size_t find_invalid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) return i;
    i += static_cast<size_t>(n);
  }
  return std::string_view::npos;
}

size_t make_valid_utf8(std::string& s) {
  size_t bad = find_invalid_utf8(s);
  if (bad == std::string_view::npos) return 0;
  std::string out(s, 0, bad);
  out.reserve(s.size() + 8);
  size_t replaced = 0;
  size_t i = bad;
  while (i < s.size()) {
    const size_t start = i;
    if (decode_utf8(s, i) == 0xFFFD && !(i - start == 3 && s.compare(start, 3, "\xEF\xBF\xBD") == 0)) {
      out += "\xEF\xBF\xBD";
      ++replaced;
    } else {
      out.append(s, start, i - start);
    }
  }
  s = std::move(out);
  return replaced;
}

std::string case_fold(std::string_view s) {
  if (is_ascii(s)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  return map_utf8(s, UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE);
}

std::string nfc(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  return map_utf8(s, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
}

namespace {

// name_key()'s reading of an ASCII byte: the byte it keeps (letters folded
// to lower case, digits, '&'), kKeySeparator (space, hyphen, tab, newline,
// '/', '_': one space between words) or kKeyDropped (everything else).
constexpr char kKeyDropped = 0, kKeySeparator = 1;
constexpr std::array<char, 128> kAsciiKey = [] {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c >= 'A' && c <= 'Z')
      t[c] = static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&')
      t[c] = static_cast<char>(c);
    else if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '/' || c == '_')
      t[c] = kKeySeparator;
    else
      t[c] = kKeyDropped;
  }
  return t;
}();

// Writes ASCII byte c of a name into its key at o[n]: a kept byte (after the
// one space a pending separator leaves, never at the start), or a separator
// to come.
inline void key_ascii(unsigned char c, char* o, size_t& n, bool& pending_space) {
  const char k = kAsciiKey[c];
  if (k > kKeySeparator) {
    if (pending_space && n > 0) o[n++] = ' ';
    pending_space = false;
    o[n++] = k;
  } else if (k == kKeySeparator) {
    pending_space = true;
  }
}

}  // namespace

namespace {

// name_key() of text that may hold more than ASCII: compatibility forms
// decomposed, case folded and marks dropped by utf8proc first.
std::string name_key_of_unicode(std::string_view s) {
  const std::string mapped =
      map_utf8(s, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  const std::string_view folded = mapped;
  // The key is never longer than the folded name (a space stands for a
  // separator that was dropped), so it is written into room made once.
  std::string out(folded.size(), '\0');
  char* const o = out.data();
  size_t n = 0;
  bool pending_space = false;
  size_t i = 0;
  while (i < folded.size()) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c < 0x80) {
      ++i;
      key_ascii(c, o, n, pending_space);
      continue;
    }
    size_t start = i;
    int32_t cp = decode_utf8(folded, i);
    auto cat = utf8proc_category(cp);
    bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    bool digit = cat == UTF8PROC_CATEGORY_ND;
    bool dash_or_space = cat == UTF8PROC_CATEGORY_PD || cat == UTF8PROC_CATEGORY_ZS;
    if (letter || digit) {
      if (pending_space && n > 0) o[n++] = ' ';
      pending_space = false;
      folded.copy(o + n, i - start, start);
      n += i - start;
    } else if (dash_or_space) {
      pending_space = true;
    }
  }
  out.resize(n);
  return out;
}

}  // namespace

std::string name_key(std::string_view s) {
  // Decompose compatibility forms, fold case and drop marks ("É" -> "e"), then
  // keep letters and digits; hyphens and spaces become one space; apostrophes
  // and periods vanish ("U.S." -> "us", "O’Brien" -> "obrien").
  // An ASCII name (most are) is read in one pass; its first byte past ASCII
  // sends the whole name through utf8proc's mapping instead.
  std::string out(s.size(), '\0');
  char* const o = out.data();
  size_t n = 0;
  bool pending_space = false;
  for (const char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return name_key_of_unicode(s);
    key_ascii(c, o, n, pending_space);
  }
  out.resize(n);
  return out;
}

bool is_name_key(std::string_view s) {
  // Lower-case ASCII letters, digits and '&', in words one space apart.
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      if (i == 0 || i + 1 == s.size() || s[i - 1] == ' ') return false;
    } else if (c >= 0x80 || kAsciiKey[c] <= kKeySeparator || kAsciiKey[c] != static_cast<char>(c)) {
      return false;
    }
  }
  return true;
}

CharIndex::CharIndex(std::string_view text) : size_(static_cast<uint32_t>(text.size())) {
  NEWSKG_CHECK(text.size() < UINT32_MAX, "CharIndex: text over 4 GiB");
  const char* p = text.data();
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes hold no continuation byte: skipped in one test.
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if ((static_cast<unsigned char>(p[i]) & 0xC0) == 0x80)
      continuations_.push_back(static_cast<uint32_t>(i));
    ++i;
  }
}

uint32_t CharIndex::to_char(uint32_t byte_offset) const {
  const uint32_t offset = std::min(byte_offset, size_);
  // A code point starts at every byte before `offset` that is not a continuation byte.
  const auto before = std::lower_bound(continuations_.begin(), continuations_.end(), offset);
  return offset - static_cast<uint32_t>(before - continuations_.begin());
}

}  // namespace newskg::core
