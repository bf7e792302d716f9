// White-box tests of the helpers the readers share (src/ingest/text_util.hpp).
#include "text_util.hpp"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include "newskg/core/unicode.hpp"

namespace newskg::ingest::detail {
namespace {

std::string utf8(int32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(cp, buf);
  return std::string(reinterpret_cast<char*>(buf), static_cast<size_t>(n));
}

// The quick check may say "needs NFC" too often (then core::nfc runs and
// changes nothing), but never too rarely: that would leave text unnormalized.
TEST(NfcQuickCheckTest, NeverMissesTextThatNfcChanges) {
  const std::string prefixes[] = {
      "",           "e",
      utf8(0x1100),  // Hangul leading consonant: + vowel jamo composes
      utf8(0xAC00),  // Hangul LV syllable: + trailing jamo composes
      utf8(0x0B47),  // Oriya vowel sign E: + U+0B3E composes to U+0B4B
      utf8(0x0DD9),  // Sinhala vowel sign: + U+0DCF composes
      utf8(0x1B05),  // Balinese: + U+1B35 composes
  };
  int checked = 0;
  for (int32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const bool bmp = cp <= 0xFFFF;
    for (const auto& prefix : prefixes) {
      if (!bmp && !prefix.empty()) break;  // supplementary planes: alone only (runtime)
      std::string s = prefix + utf8(cp);
      if (!scan_utf8(s).needs_nfc) {
        ASSERT_EQ(core::nfc(s), s)
            << "U+" << std::hex << cp << " after a prefix of " << prefix.size() << " bytes";
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 500000);  // most code points are NFC-stable
}

TEST(NfcQuickCheckTest, CommonTextSkipsNormalization) {
  EXPECT_FALSE(scan_utf8("plain ASCII").needs_nfc);
  EXPECT_FALSE(scan_utf8("\xE2\x80\x9CP\xC3\xA9rez\xE2\x80\x9D \xE2\x80\x94 Zelenskyy\xE2\x80\x99s")
                   .needs_nfc);
  EXPECT_FALSE(scan_utf8("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2").needs_nfc);  // "Київ"
  EXPECT_TRUE(scan_utf8("Pe\xCC\x81rez").needs_nfc);                      // e + U+0301
  EXPECT_TRUE(scan_utf8("\xE2\x84\xAB").needs_nfc);                       // U+212B ANGSTROM SIGN
}

TEST(Utf8ScanTest, FindsFirstInvalidByteAcrossTheAsciiFastPath) {
  EXPECT_EQ(scan_utf8("0123456789abcdef").invalid_at, std::string_view::npos);
  EXPECT_EQ(scan_utf8("0123456789abcde\xFF").invalid_at, 15u);
  EXPECT_EQ(scan_utf8("01234567\xC3").invalid_at, 8u);        // truncated
  EXPECT_EQ(scan_utf8("ab\xED\xA0\x80").invalid_at, 2u);      // surrogate
  EXPECT_EQ(scan_utf8("ab\xF4\x90\x80\x80").invalid_at, 2u);  // above U+10FFFF
  EXPECT_EQ(scan_utf8("ab\xE0\x80\xAF").invalid_at, 2u);      // overlong
}

TEST(InvalidUtf8ErrorTest, NamesLineAndColumn) {
  std::string_view s = "one\ntwo\nab\xE9";
  auto e = invalid_utf8_error("f.txt", s, 10);
  EXPECT_EQ(e.line, 3);
  EXPECT_EQ(e.message.rfind("invalid UTF-8 at line 3, column 3 (byte 0xE9)", 0), 0u) << e.message;
  EXPECT_EQ(
      invalid_utf8_error("f", "\xE9", 0).message.rfind("invalid UTF-8 at line 1, column 1", 0), 0u);
  EXPECT_EQ(invalid_utf8_error("f", "a\n\xE9", 2).line, 2);
}

TEST(ParseBylineTest, NamesOrNothing) {
  using Names = std::vector<std::string>;
  struct Case {
    const char* line;
    Names names;
  };
  const Case cases[] = {
      {"By Courtney McBride and Andrea Palasciano", {"Courtney McBride", "Andrea Palasciano"}},
      {"**By Courtney McBride and Andrea Palasciano**  Defence Secretary Pete Hegseth drew",
       {"Courtney McBride", "Andrea Palasciano"}},
      {"_By Jane Doe_", {"Jane Doe"}},
      {"  by Jane Doe.  ", {"Jane Doe"}},
      {"By J. K. Rowling and Mary-Jane O\xE2\x80\x99Neil",
       {"J. K. Rowling", "Mary-Jane O\xE2\x80\x99Neil"}},
      {"By Ursula von der Leyen", {"Ursula von der Leyen"}},
      {"By Jane Doe for Bloomberg", {"Jane Doe"}},
      {"By Jane Doe - Reuters", {"Jane Doe"}},
      {"By Jane Doe (AP)", {"Jane Doe"}},
      {"By Jane Doe and Reuters Staff", {"Jane Doe", "Reuters Staff"}},
      {"By Jane de", {}},
      {"By Courtney McBride and Andrea Palasciano Defence Secretary Pete Hegseth drew firm", {}},
      {"By the way", {}},
      {"By", {}},
      {"By ", {}},
      {"Byline: Jane Doe", {}},
      {"", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(parse_byline(c.line), c.names) << c.line;
}

TEST(SplitNamesTest, MetadataIsSplitNotJudged) {
  using Names = std::vector<std::string>;
  EXPECT_EQ(split_names("Courtney McBride and Andrea Palasciano"),
            (Names{"Courtney McBride", "Andrea Palasciano"}));
  EXPECT_EQ(split_names("By A One, B Two; C Three & D Four"),
            (Names{"A One", "B Two", "C Three", "D Four"}));
  EXPECT_EQ(split_names("staff reporter"), (Names{"staff reporter"}));
  EXPECT_EQ(split_names("Jane Doe and Jane Doe"), (Names{"Jane Doe"}));
  EXPECT_TRUE(split_names("  ").empty());
}

TEST(FindSourceLinkTest, LastLinkOnTheLastLines) {
  struct Case {
    const char* body;
    const char* url;
  };
  const Case cases[] = {
      {"Text.\n\n[business-standard](https://www.business-standard.com/a/b-125021201902_1.html)\n",
       "https://www.business-standard.com/a/b-125021201902_1.html"},
      {"Text.\n[a](https://a.com/x) and [b](https://b.com/y)\n\n\n", "https://b.com/y"},
      {"Text.\n[wiki](https://en.wikipedia.org/wiki/NATO_(disambiguation))",
       "https://en.wikipedia.org/wiki/NATO_(disambiguation)"},
      {"Text.\n[t](https://t.com/x \"Title\")", "https://t.com/x"},
      {"Text.\n<https://auto.link/x>\r\n", "https://auto.link/x"},
      {"Text.\nhttps://bare.url/x\n", "https://bare.url/x"},
      {"[early](https://early.com)\n1\n2\n3\n4\n", ""},
      {"Text.\n[relative](/posts/x)\n", ""},
      {"Text.\n[mail](mailto:a@b.c)\n", ""},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(find_source_link(c.body), c.url) << c.body;
}

TEST(CollapseWhitespaceTest, OneSpaceBetweenWords) {
  EXPECT_EQ(collapse_whitespace("  Hegseth\n in\xC2\xA0"
                                "Brussels \t"),
            "Hegseth in Brussels");
  EXPECT_EQ(collapse_whitespace(""), "");
  EXPECT_EQ(collapse_whitespace(" \n "), "");
  EXPECT_EQ(collapse_whitespace("caf\xC3\xA9 \xC2\xA0 ok"), "caf\xC3\xA9 ok");
}

TEST(LineReaderTest, CrlfAndLfGiveTheSameLines) {
  for (std::string_view s :
       {std::string_view("a\r\n\r\nb\r\nc"), std::string_view("a\n\nb\nc\n")}) {
    LineReader lines(s);
    std::string_view line;
    size_t begin = 0;
    std::vector<std::string> got;
    while (lines.next(line, begin)) got.emplace_back(line);
    EXPECT_EQ(got, (std::vector<std::string>{"a", "", "b", "c"})) << s;
  }
}

TEST(FindHeadlineTest, SpanOfTheFirstNonBlankLine) {
  std::string_view text = "\n \n## **Hegseth in Brussels** \nBody";
  core::Span span = find_headline(text);
  EXPECT_EQ(span.of(text), "Hegseth in Brussels");
  EXPECT_TRUE(find_headline(" \n\t\n").empty());
  EXPECT_EQ(find_headline("#\nBody").of("#\nBody"), "#");
}

// Scraped plain text keeps HTML character references now and then: numeric
// ones and the XML names decode; what is no reference, or refers to no
// character a text may hold, stays as written.
TEST(CharRefTest, DecodesReferencesAndLeavesTheRestAlone) {
  EXPECT_EQ(decode_char_refs("Jos&#233; Manuel and AT&amp;T"), "Jos\u00e9 Manuel and AT&T");
  EXPECT_EQ(decode_char_refs("&#xE9;t&#XE9; &lt;b&gt; &quot;x&quot; it&apos;s a&nbsp;b"),
            "\u00e9t\u00e9 <b> \"x\" it's a\u00a0b");
  EXPECT_EQ(decode_char_refs("&#128512;"), utf8(0x1F600));
  EXPECT_EQ(decode_char_refs("R&D & M&S; no references at all"), std::nullopt);
  EXPECT_EQ(decode_char_refs("&#0; &#55296; &#1114112; &#x1B; &#; &#xZZ; &eacute; &amp"), std::nullopt);
  EXPECT_EQ(decode_char_refs("&#65;&#0;&"), "A&#0;&");
  // A decomposed character spelled with references is composed afterwards.
  EXPECT_EQ(decode_and_compose("Pe&#x301;rez"), "P\u00e9rez");
  EXPECT_EQ(decode_and_compose("plain"), "plain");
}

}  // namespace
}  // namespace newskg::ingest::detail
