#include "newskg/ingest/reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "newskg/core/unicode.hpp"

namespace newskg::ingest {
namespace {

std::string fixture(const std::string& name) {
  return std::string(NEWSKG_SOURCE_DIR) + "/tests/data/ingest/" + name;
}

std::string seed(const std::string& name) {
  return std::string(NEWSKG_SOURCE_DIR) + "/examples/articles/" + name;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// One document and no error, or a test failure that shows the errors.
core::Document only_document(const ReadResult& r) {
  for (const auto& e : r.errors) ADD_FAILURE() << e.to_string();
  EXPECT_EQ(r.documents.size(), 1u);
  return r.documents.empty() ? core::Document{} : r.documents.front();
}

// One error and no document.
core::Error only_error(const ReadResult& r) {
  EXPECT_TRUE(r.documents.empty());
  EXPECT_EQ(r.errors.size(), 1u);
  return r.errors.empty() ? core::Error{} : r.errors.front();
}

// What every reader promises: the headline is where title_span says, and the
// text is valid UTF-8 in NFC.
void expect_consistent(const core::Document& doc) {
  EXPECT_EQ(doc.title_span.of(doc.text), doc.title) << doc.source;
  EXPECT_FALSE(doc.title.empty()) << doc.source;
  EXPECT_EQ(core::find_invalid_utf8(doc.text), std::string_view::npos) << doc.source;
  EXPECT_EQ(core::nfc(doc.text), doc.text) << doc.source;
  EXPECT_FALSE(doc.id.empty()) << doc.source;
}

using Names = std::vector<std::string>;

// ---------------------------------------------------------------- base_id

TEST(BaseIdTest, StripsFolderAndExtension) {
  struct Case {
    const char* path;
    const char* id;
  };
  const Case cases[] = {
      {"dir/003_0d35.txt", "003_0d35"},
      {"003_0d35.txt", "003_0d35"},
      {"/abs/path/story.html", "story"},
      {"a/b.tar.gz", "b.tar"},
      {"no_extension", "no_extension"},
      {"dir/.hidden", ".hidden"},
      {"dir.d/file", "file"},
      {"-", "stdin"},
  };
  for (const auto& c : cases) EXPECT_EQ(base_id(c.path), c.id) << c.path;
}

// ---------------------------------------------------------------- plain text

TEST(TextTest, HeadlineIsFirstNonEmptyLine) {
  struct Case {
    const char* text;
    const char* title;
  };
  const Case cases[] = {
      {"Headline\n\nBody.\n", "Headline"},
      {"\n\n   Spaced headline  \nBody", "Spaced headline"},
      {"Windows headline\r\n\r\nBody\r\n", "Windows headline"},
      {"# Markdown heading\n\nBody", "Markdown heading"},
      {"**Bold headline**\nBody", "Bold headline"},
      {"#hashtag first\nBody", "#hashtag first"},
      {"Only one line", "Only one line"},
  };
  for (const auto& c : cases) {
    auto doc = parse_text("a.txt", c.text);
    ASSERT_TRUE(doc.ok()) << c.text;
    EXPECT_EQ(doc->title, c.title) << c.text;
    EXPECT_EQ(doc->text, c.text) << "plain text must be kept byte for byte";
    expect_consistent(*doc);
  }
}

TEST(TextTest, DropsBomAndKeepsCrlf) {
  auto doc = parse_text("dir/a.txt", "\xEF\xBB\xBFTitle\r\n\r\nBody line.\r\n");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Title\r\n\r\nBody line.\r\n");
  EXPECT_EQ(doc->title_span, (core::Span{0, 5}));
  EXPECT_EQ(doc->id, "a");
  EXPECT_EQ(doc->source, "dir/a.txt");
  EXPECT_EQ(doc->format, "text");
}

// A plain text, JSON Lines record or Markdown file scraped with its HTML
// character references ("Jos&#233;") reads as the page did; offsets refer
// to the decoded text.
TEST(TextTest, CharacterReferencesAreDecoded) {
  auto doc = parse_text("a.txt", "Jos&#233; visits\n\nPresident Jos&#233; Barroso told AT&amp;T.\n");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Jos\u00e9 visits\n\nPresident Jos\u00e9 Barroso told AT&T.\n");
  EXPECT_EQ(doc->title, "Jos\u00e9 visits");
  expect_consistent(*doc);
  auto line = only_document(
      parse_jsonl("f.jsonl", R"({"id": "a", "title": "Caf&#233; owners", "text": "R&amp;D at the caf&#233;."})"));
  EXPECT_EQ(line.title, "Caf\u00e9 owners");
  EXPECT_NE(line.text.find("R&D at the caf\u00e9."), std::string::npos) << line.text;
  expect_consistent(line);
  auto md = parse_markdown("a.md", "---\ntitle: Jos&#233; visits\n---\nJos&#233; spoke.\n");
  ASSERT_TRUE(md.ok());
  EXPECT_EQ(md->title, "Jos\u00e9 visits");
  EXPECT_NE(md->text.find("Jos\u00e9 spoke."), std::string::npos) << md->text;
}

TEST(TextTest, FixtureHeadlineAndByline) {
  const std::string path = fixture("headline.txt");
  auto doc = only_document(read_path(path));
  EXPECT_EQ(doc.title, "Hegseth rejects NATO membership for Ukraine");
  EXPECT_EQ(doc.title_span, (core::Span{4, 47}));
  EXPECT_EQ(doc.byline, (Names{"Jane Doe", "John Smith"}));
  EXPECT_EQ(doc.text, slurp(path));  // byline detection leaves the text alone
  EXPECT_EQ(doc.id, "headline");
  EXPECT_EQ(doc.source, path);
  expect_consistent(doc);
}

TEST(TextTest, BylineNearTheTop) {
  struct Case {
    const char* body;
    Names byline;
  };
  const Case cases[] = {
      {"By Courtney McBride and Andrea Palasciano\n", {"Courtney McBride", "Andrea Palasciano"}},
      {"**By Courtney McBride and Andrea Palasciano**  Defence Secretary Pete Hegseth drew "
       "limits.\n",
       {"Courtney McBride", "Andrea Palasciano"}},
      {"By Jane Doe, John Smith and Ana Ruiz\n", {"Jane Doe", "John Smith", "Ana Ruiz"}},
      {"BY JANE DOE & JOHN SMITH\n", {"JANE DOE", "JOHN SMITH"}},
      {"By Jane Doe, Reuters\n", {"Jane Doe"}},
      {"By Ana de la Cruz in Kyiv\n", {"Ana de la Cruz"}},
      {"By: Émile Zola | Updated Feb 13, 2025\n", {"Émile Zola"}},
      {"Some intro line.\nBy Jane Doe\n", {"Jane Doe"}},
      // Sentences that merely start with "By" are not bylines.
      {"By the end of the week, NATO ministers had agreed.\n", {}},
      {"By Wednesday, Hegseth had left Brussels.\n", {}},
      {"By 2030 the alliance will spend more.\n", {}},
      {"Bystanders said the meeting was tense.\n", {}},
      {"By Reuters\n", {}},
      {"No byline here.\n", {}},
  };
  for (const auto& c : cases) {
    std::string text = std::string("Headline\n\n") + c.body;
    auto doc = parse_text("a.txt", text);
    ASSERT_TRUE(doc.ok()) << c.body;
    EXPECT_EQ(doc->byline, c.byline) << c.body;
    EXPECT_EQ(doc->text, text);
  }
}

TEST(TextTest, BylineFarDownIsIgnored) {
  std::string text = "Headline\n";
  for (int i = 0; i < 10; ++i) text += "Paragraph " + std::to_string(i) + ".\n";
  text += "By Jane Doe\n";
  auto doc = parse_text("a.txt", text);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->byline.empty());
}

TEST(TextTest, ComposesDecomposedCharacters) {
  // "Pe" U+0301 "rez" -> "Pérez": offsets refer to the composed text.
  auto doc = parse_text("a.txt", "Pe\xCC\x81rez speaks\n\nBody.\n");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "P\xC3\xA9rez speaks\n\nBody.\n");
  EXPECT_EQ(doc->title, "P\xC3\xA9rez speaks");
  expect_consistent(*doc);
}

// ---------------------------------------------------------------- seeds

TEST(SeedTest, PlainTextSeed000) {
  const std::string path = seed("000_627d393c7eb96885.txt");
  auto doc = only_document(read_path(path));
  EXPECT_EQ(doc.format, "text");
  EXPECT_EQ(doc.id, "000_627d393c7eb96885");
  EXPECT_EQ(doc.title,
            "US defense chief declares Ukraine membership \xE2\x80\x9Cunrealistic\xE2\x80\x9D "
            "during first visit to NATO headquarters");
  EXPECT_EQ(doc.title_span.begin, 0u);
  EXPECT_EQ(doc.text, slurp(path));
  EXPECT_TRUE(doc.byline.empty());
  expect_consistent(doc);
}

TEST(SeedTest, FrontMatterSeed003) {
  const std::string path = seed("003_0d3550a95405e0c2.txt");
  auto doc = only_document(read_path(path));
  EXPECT_EQ(doc.format, "markdown");
  EXPECT_EQ(doc.id, "003_0d3550a95405e0c2");
  EXPECT_EQ(doc.source, path);
  EXPECT_EQ(doc.title,
            "US defence secy Hegseth rejects troops support, Nato membership for Ukraine");
  EXPECT_EQ(doc.date, "2025-02-13 01:55:25");
  EXPECT_EQ(doc.categories, (Names{"business-standard"}));
  EXPECT_EQ(doc.url,
            "https://www.business-standard.com/world-news/"
            "us-defence-secy-hegseth-rejects-troops-support-nato-membership-for-ukraine-"
            "125021201902_1.html");
  EXPECT_EQ(doc.byline, (Names{"Courtney McBride", "Andrea Palasciano"}));
  // Headline on line 1, a blank line, then the body exactly as in the file.
  EXPECT_EQ(doc.title_span, (core::Span{0, static_cast<uint32_t>(doc.title.size())}));
  // The seed writes no-break spaces: "**By\u00a0Courtney ... Palasciano**\u00a0 Defence".
  const std::string body_start =
      "**By\xC2\xA0"
      "Courtney McBride and Andrea Palasciano**\xC2\xA0 Defence Secretary";
  EXPECT_EQ(doc.text.substr(0, doc.title.size() + 2 + body_start.size()),
            doc.title + "\n\n" + body_start);
  const std::string file = slurp(path);
  ASSERT_NE(file.find(body_start), std::string::npos);
  const std::string body = file.substr(file.find(body_start));
  EXPECT_EQ(doc.text.substr(doc.title.size() + 2), body);
  EXPECT_EQ(doc.text.find("sidebar:"), std::string::npos);  // front matter is not text
  expect_consistent(doc);
}

// ---------------------------------------------------------------- Markdown

TEST(MarkdownTest, FrontMatterFields) {
  const char* md =
      "---\n"
      "title: >-\n"
      "  Hegseth in\n"
      "  Brussels\n"
      "date: 2025-02-12\n"
      "categories: world\n"
      "tags: [nato, world, ukraine]\n"
      "authors:\n"
      "  - Jane Doe\n"
      "  - name: John Smith\n"
      "url: /posts/hegseth/\n"
      "link: https://example.com/hegseth\n"
      "---\n"
      "\n"
      "\n"
      "Pete Hegseth spoke.\n"
      "\n"
      "[example](https://example.com/other)\n";
  auto doc = parse_markdown("posts/hegseth.md", md);
  ASSERT_TRUE(doc.ok()) << doc.error().to_string();
  EXPECT_EQ(doc->title, "Hegseth in Brussels");
  EXPECT_EQ(doc->date, "2025-02-12");
  EXPECT_EQ(doc->categories, (Names{"world", "nato", "ukraine"}));
  EXPECT_EQ(doc->byline, (Names{"Jane Doe", "John Smith"}));
  EXPECT_EQ(doc->url, "https://example.com/hegseth");  // front matter wins; "/posts/" is no source
  EXPECT_EQ(doc->text,
            "Hegseth in Brussels\n\nPete Hegseth spoke.\n\n[example](https://example.com/other)\n");
  EXPECT_EQ(doc->id, "hegseth");
  expect_consistent(*doc);
}

TEST(MarkdownTest, TitleFromBodyWhenFrontMatterHasNone) {
  auto doc = parse_markdown("x.md", "---\ndate: 2025-01-01\n---\n# Body headline\n\nText.\n");
  ASSERT_TRUE(doc.ok()) << doc.error().to_string();
  EXPECT_EQ(doc->title, "Body headline");
  EXPECT_EQ(doc->text, "# Body headline\n\nText.\n");
  EXPECT_EQ(doc->title_span, (core::Span{2, 15}));
  expect_consistent(*doc);
}

TEST(MarkdownTest, CrlfFrontMatter) {
  auto doc = parse_bytes("x.txt", "---\r\ntitle: Windows\r\n---\r\n\r\nBody.\r\n");
  auto d = only_document(doc);
  EXPECT_EQ(d.format, "markdown");
  EXPECT_EQ(d.title, "Windows");
  EXPECT_EQ(d.text, "Windows\n\nBody.\r\n");
}

TEST(MarkdownTest, WithoutFrontMatterTheFileIsTheText) {
  const char* md = "# A headline\n\nBy Jane Doe\n\nBody.\n\n<https://example.com/a>\n";
  auto doc = parse_markdown("a.md", md);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, md);
  EXPECT_EQ(doc->title, "A headline");
  EXPECT_EQ(doc->byline, (Names{"Jane Doe"}));
  EXPECT_EQ(doc->url, "https://example.com/a");
  EXPECT_EQ(doc->format, "markdown");
}

TEST(MarkdownTest, FrontMatterWithoutABodyIsAnErrorWithTheLine) {
  struct Case {
    const char* name;
    std::string bytes;
    int line;
    const char* message_part;
  };
  const Case cases[] = {
      {"unterminated.md", slurp(fixture("unterminated_front_matter.md")), 1, "never closed"},
      {"nobody.md", "---\ntitle: Only a title\n---\n\n  \n", 3, "no article text"},
  };
  for (const auto& c : cases) {
    auto r = parse_bytes(c.name, c.bytes);
    auto e = only_error(r);
    EXPECT_EQ(e.file, c.name);
    EXPECT_EQ(e.line, c.line) << e.to_string();
    EXPECT_NE(e.message.find(c.message_part), std::string::npos) << e.to_string();
  }
}

// Issue 14: malformed front matter is a warning naming the file and line;
// the article is still read (its headline from the body when the title is
// lost), never dropped and never silently half-read.
TEST(MarkdownTest, MalformedFrontMatterIsAWarningAndTheArticleIsRead) {
  struct Case {
    const char* name;
    std::string bytes;
    int line;
    const char* message_part;
    const char* title;
  };
  const Case cases[] = {
      // The flow list opens on line 3; yaml-cpp notices it is unclosed on line 4.
      {"bad.md", slurp(fixture("bad_yaml.md")), 4, "end of sequence flow not found", "Body text."},
      {"tab.md", "---\ntitle: ok\n  bad: indent: here\n---\nBody\n", 3, "YAML error", "Body"},
      {"list.md", "---\n- just\n- a list\n---\nBody\n", 2, "not a YAML mapping", "Body"},
      // yaml-cpp reads these without a word:
      {"twice.md", "---\ntitle: First\ntitle: Second\n---\nBody\n", 3, "field `title` given twice",
       "First"},
      {"quote.md", "---\ndate: 2025-01-02\ntitle: \"Unclosed headline\n---\nBody\n", 3,
       "quotation mark opening `title` is never closed", "Unclosed headline"},
      {"kind.md", "---\ntitle: [a, b]\n---\nBody\n", 2, "field `title` is not text", "Body"},
  };
  for (const auto& c : cases) {
    auto r = parse_bytes(c.name, c.bytes);
    auto doc = only_document(r);
    EXPECT_EQ(doc.title, c.title) << c.name;
    ASSERT_EQ(r.warnings.size(), 1u) << c.name;
    const core::Error& w = r.warnings[0];
    EXPECT_EQ(w.file, c.name);
    EXPECT_EQ(w.line, c.line) << w.to_string();
    EXPECT_NE(w.message.find(c.message_part), std::string::npos) << w.to_string();
  }
  // Well-formed front matter: no warning.
  EXPECT_TRUE(
      parse_bytes("ok.md", "---\ntitle: \"Fine\"\nurl: /posts/x/\nsource: Reuters\n---\nBody\n")
          .warnings.empty());
}

// Issue 14: gumbo's time grows with nesting depth x size (100,000 nested
// <div> took 24 s). Elements nested beyond 400 lose their tags, not their text.
TEST(HtmlTest, DeepNestingIsFlattenedBeyondTheLimitKeepingTheText) {
  std::string html = "<html><head><title>Deep</title></head><body>";
  for (int i = 0; i < 5000; ++i) html += "<div><b>";
  html += "<p>Anna Berg said the talks would resume.</p>";
  for (int i = 0; i < 5000; ++i) html += "</b></div>";
  html += "<p>After the nest.</p></body></html>";
  auto r = parse_bytes("deep.html", html);
  auto doc = only_document(r);
  EXPECT_EQ(doc.text, "Deep\n\nAnna Berg said the talks would resume.\n\nAfter the nest.");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].to_string(),
            "deep.html: HTML nested deeper than 400 elements: 9602 tags beyond that depth "
            "dropped, their text kept");
}

// Share buttons and ARIA landmarks around the article are page furniture:
// "Share on Facebook" names no one (corpus/GOLD.md).
TEST(HtmlTest, ShareButtonsAndLandmarksAreFurniture) {
  auto r = parse_bytes(
      "share.html",
      "<html><head><title>Whales</title></head><body><div role='navigation'>World | "
      "Sport</div><ul><li class='share-li'><a href='#'>Share on Facebook</a></li><li><a "
      "class='social__action social-icon-wrapper'>Share on Twitter</a></li></ul><p>Hori "
      "Parata said the strandings were a sign.</p><p class='shareBtn square'>Share on "
      "WhatsApp</p><p>The sharepoint of the story stays.</p></body></html>");
  auto doc = only_document(r);
  EXPECT_EQ(doc.text,
            "Whales\n\nHori Parata said the strandings were a sign.\n\nThe sharepoint of "
            "the story stays.");
}

// schema.org JSON-LD (in CDATA or not): the article item's authors and
// contributors join the byline, its publisher names the outlet; broken JSON
// is passed over; og:site_name names the outlet when JSON-LD does not.
TEST(HtmlTest, JsonLdAuthorsContributorsAndPublisher) {
  auto r = parse_bytes(
      "ld.html",
      "<html><head><title>Impeachment</title><script type='application/ld+json'>{broken"
      "</script><script type='application/ld+json'><![CDATA[ {\"@type\":\"NewsArticle\","
      "\"author\":[{\"@type\":\"Person\",\"name\":\"Stella Kim\"}],\"contributor\":"
      "[{\"@type\":\"Person\",\"name\":\"Abigail Williams\"},{\"@type\":\"Organization\","
      "\"name\":\"Desk\"}],\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":"
      "\"NBC News\"}} ]]></script><meta property='og:site_name' content='NBC'></head><body>"
      "<p>Yoon apologized.</p></body></html>");
  auto doc = only_document(r);
  EXPECT_EQ(doc.byline, (std::vector<std::string>{"Stella Kim", "Abigail Williams"}));
  EXPECT_EQ(doc.publisher, "NBC News");
  auto site = only_document(parse_bytes(
      "site.html",
      "<html><head><title>Whales</title><meta property='og:site_name' content='the Guardian'>"
      "</head><body><p>Whales beached.</p></body></html>"));
  EXPECT_EQ(site.publisher, "the Guardian");
}

TEST(HtmlTest, SloppyButShallowMarkupIsParsedAsItIs) {
  // Thousands of unclosed <p>, <li>, <td>, <span> and <b>, end tags that close
  // what they enclose, markup inside <script> and comments: never deep, so no
  // tag is dropped and every paragraph stays apart.
  std::string html = "<html><head><title>T</title><script>";
  for (int i = 0; i < 1000; ++i) html += "<div>";
  html += "</script></head><body><!-- <div><div><div> --><article>";
  for (int i = 0; i < 600; ++i)
    html += "<p>Para " + std::to_string(i) +
            " <span>open <b>bold<div><ul><li>a<li>b</ul>"
            "<table><tr><td>c<td>d<tr><td>e</table></div>";
  html += "</article></body></html>";
  auto r = parse_bytes("sloppy.html", html);
  auto doc = only_document(r);
  EXPECT_TRUE(r.warnings.empty()) << r.warnings[0].to_string();
  size_t paras = 0;
  for (size_t at = doc.text.find("Para "); at != std::string::npos;
       at = doc.text.find("Para ", at + 1))
    ++paras;
  EXPECT_EQ(paras, 600u);
  EXPECT_NE(doc.text.find("\n\nPara 599 open bold\n\na\n\nb"), std::string::npos);
}

// ---------------------------------------------------------------- URLs

// Issue 14: Document::url is an absolute http(s) URL of sane syntax or empty.
TEST(UrlTest, OnlyAbsoluteHttpUrlsOfSaneSyntaxAreValid) {
  for (const char* good : {"https://www.bbc.co.uk/news/world-1", "http://example.com",
                           "HTTPS://Example.COM/a?b=1&c=%20#frag",
                           "https://www.example.com:8080/path", "https://bücher.example/straße",
                           "https://[2001:db8::1]/x", "https://example.com./trailing-dot"})
    EXPECT_TRUE(is_valid_url(good)) << good;
  for (const char* bad : {"",
                          "javascript:alert(1)",
                          "JavaScript:alert(document.cookie)",
                          "data:text/html,hi",
                          "ftp://example.com/file",
                          "mailto:a@example.com",
                          "www.bbc.co.uk/news",
                          "/posts/x/",
                          "//example.com/x",
                          "https://exa mple.com/",
                          "https://example.com/a b",
                          "https://",
                          "https:///path",
                          "https:example.com",
                          "https://localhost/x",
                          "https://www.bbc.co.uk@evil.example/",
                          "https://user:pw@example.com/",
                          "https://example.com/\"onmouseover=x",
                          "https://example.com/<script>",
                          "https://example.com/%zz",
                          "https://example.com:99999999/",
                          "https://example.com:/x",
                          "https://-bad.example.com/",
                          "https://a..example.com/",
                          "https://example.com/\x01",
                          "https://[zz::1]/"})
    EXPECT_FALSE(is_valid_url(bad)) << bad;
  EXPECT_FALSE(is_valid_url("https://example.com/" + std::string(5000, 'a')));
}

TEST(UrlTest, ABadUrlIsDroppedWithAWarningNamingTheFileAndLine) {
  {  // JSON Lines: the record's line
    auto r = parse_bytes(
        "feed.jsonl",
        "{\"id\":\"a\",\"title\":\"A\",\"text\":\"Body a.\",\"url\":\"https://example.com/a\"}\n"
        "{\"id\":\"b\",\"title\":\"B\",\"text\":\"Body b.\",\"url\":\"javascript:alert(1)\"}\n"
        "{\"id\":\"c\",\"title\":\"C\",\"text\":\"Body c.\",\"link\":\"www.example.com/c\"}\n");
    ASSERT_EQ(r.documents.size(), 3u);
    EXPECT_EQ(r.documents[0].url, "https://example.com/a");
    EXPECT_EQ(r.documents[1].url, "");
    EXPECT_EQ(r.documents[2].url, "");
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_EQ(
        r.warnings[0].to_string(),
        "feed.jsonl:2: field \"url\" \"javascript:alert(1)\" dropped: scheme is not http or https");
    EXPECT_EQ(r.warnings[1].line, 3);
    EXPECT_NE(r.warnings[1].message.find("no scheme"), std::string::npos);
  }
  {  // front matter: the field's line
    auto r = parse_bytes("a.md", "---\ntitle: T\nurl: \"https://exa mple.com/x\"\n---\nBody\n");
    EXPECT_EQ(only_document(r).url, "");
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].to_string(),
              "a.md:3: front matter: `url` \"https://exa mple.com/x\" dropped: contains a space");
  }
  {  // HTML canonical link; og:url is used instead when it is valid
    auto r = parse_bytes("p.html",
                         "<html><head><title>T</title><link rel=canonical href='javascript:x()'>"
                         "<meta property='og:url' content='https://example.com/p'></head>"
                         "<body><p>Body text.</p></body></html>");
    EXPECT_EQ(only_document(r).url, "https://example.com/p");
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].file, "p.html");
    EXPECT_NE(r.warnings[0].message.find("\"javascript:x()\" dropped"), std::string::npos);
  }
  {  // a control character is shown escaped, a long value cut
    auto r = parse_bytes("b.jsonl",
                         "{\"text\":\"Body.\",\"title\":\"T\",\"url\":\"https://e.com/\\u0007" +
                             std::string(200, 'x') + "\"}\n");
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].message.find("https://e.com/\\x07xxx"), std::string::npos)
        << r.warnings[0].message;
    EXPECT_NE(r.warnings[0].message.find("…\""), std::string::npos);
  }
}

// ---------------------------------------------------------------- HTML

TEST(HtmlTest, FixtureDropsBoilerplateAndDecodesEntities) {
  const std::string path = fixture("article.html");
  auto doc = only_document(read_path(path));
  EXPECT_EQ(doc.format, "html");
  EXPECT_EQ(doc.id, "article");
  EXPECT_EQ(doc.title, "Hegseth rejects Ukraine's NATO bid");
  EXPECT_EQ(doc.date, "2025-02-12T18:30:00Z");
  EXPECT_EQ(doc.url, "https://news.example.com/world/hegseth-nato-2025");
  EXPECT_EQ(doc.byline, (Names{"Courtney McBride", "Andrea Palasciano"}));
  EXPECT_EQ(doc.categories, (Names{"World", "NATO"}));
  // The <h1> repeating the headline is kept once; nav, header, script, style,
  // figure, aside, form and footer are gone; entities decoded; whitespace collapsed.
  EXPECT_EQ(doc.text,
            "Hegseth rejects Ukraine's NATO bid\n\n"
            "U.S. Defense Secretary Pete Hegseth told allies in Brussels that NATO membership "
            "for Ukraine is \xE2\x80\x9Cunrealistic\xE2\x80\x9D.\n\n"
            "\xE2\x80\x9CThe bloodshed must stop,\xE2\x80\x9D Hegseth said.\n\n"
            "Europe must spend more & faster.");
  expect_consistent(doc);
}

TEST(HtmlTest, MetadataFallbacks) {
  struct Case {
    const char* html;
    const char* title;
    const char* date;
    const char* url;
    Names byline;
    const char* text_after_title;
  };
  const Case cases[] = {
      // <title> when there is no og:title; <time datetime>; og:url.
      {"<html><head><title> Plain  title </title><meta property='og:url' "
       "content='https://e.com/x'></head><body><p>Body <time "
       "datetime='2025-02-12'>today</time>.</p></body></html>",
       "Plain title",
       "2025-02-12",
       "https://e.com/x",
       {},
       "Body today."},
      // First <h1> when there is no <title>; a body byline; <main> preferred to the page.
      {"<!doctype html><body><div>Menu</div><main><h1>Main headline</h1><p>By Jane Doe and "
       "John Smith</p><p>Story.</p></main><p>Outside main</p></body>",
       "Main headline",
       "",
       "",
       {"Jane Doe", "John Smith"},
       "By Jane Doe and John Smith\n\nStory."},
      // No paragraphs anywhere: any text of the body, split at blocks.
      {"<html><body><div>First block</div><div>Second <b>block</b></div></body></html>",
       "First block",
       "",
       "",
       {},
       "Second block"},
      // Several <article>s: the one with the most text.
      {"<html><head><title>T</title></head><body><article><p>Teaser.</p></article>"
       "<article><p>The real story is long.</p><p>And goes on.</p></article></body></html>",
       "T",
       "",
       "",
       {},
       "The real story is long.\n\nAnd goes on."},
      // Hidden elements, nested lists, <br> and comments.
      {"<html><head><title>T</title></head><body><p hidden>Hidden</p><ul><li>One<ul><li>Two</li>"
       "</ul></li></ul><p>Line<br>break<!-- note --></p></body></html>",
       "T",
       "",
       "",
       {},
       "One\n\nTwo\n\nLine break"},
  };
  for (const auto& c : cases) {
    auto doc = parse_html("page.html", c.html);
    ASSERT_TRUE(doc.ok()) << doc.error().to_string();
    EXPECT_EQ(doc->title, c.title) << c.html;
    EXPECT_EQ(doc->date, c.date) << c.html;
    EXPECT_EQ(doc->url, c.url) << c.html;
    EXPECT_EQ(doc->byline, c.byline) << c.html;
    EXPECT_EQ(doc->text, std::string(c.title) + "\n\n" + c.text_after_title) << c.html;
    expect_consistent(*doc);
  }
}

// Found by the fuzzer (tests/fuzz/regressions/{html,markdown}): text a
// library decoded from valid input bytes was no UTF-8. A character reference
// past U+10FFFF, and YAML's "\N" escape, are read as U+FFFD.
TEST(DecodedTextTest, EscapesThatDecodeToNoCharacterBecomeTheReplacementCharacter) {
  const ReadResult html = parse_bytes("a.html", "<p>&#999999999999 x<p>Second paragraph.>");
  const core::Document page = only_document(html);
  expect_consistent(page);
  EXPECT_EQ(page.title, "\xef\xbf\xbd x");

  const ReadResult md = parse_bytes("a.md", "---\ntitle: \"On \\N the wire\"\n---\nBody text.\n");
  const core::Document doc = only_document(md);
  expect_consistent(doc);
  EXPECT_EQ(doc.title, "On \xef\xbf\xbd the wire");
}

TEST(HtmlTest, PageWithoutTextIsAnError) {
  auto e = only_error(parse_bytes("x.html",
                                  "<html><head><title>Only title</title></head><body>"
                                  "<script>x()</script></body></html>"));
  EXPECT_EQ(e.file, "x.html");
  EXPECT_NE(e.message.find("no article text"), std::string::npos);
}

// ---------------------------------------------------------------- JSON Lines

TEST(JsonlTest, FixtureGoodLinesReadAndMalformedLineReported) {
  const std::string path = fixture("articles.jsonl");
  auto r = read_path(path);
  ASSERT_EQ(r.documents.size(), 2u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].file, path);
  EXPECT_EQ(r.errors[0].line, 2);
  EXPECT_EQ(r.errors[0].to_string().rfind(path + ":2: malformed JSON", 0), 0u)
      << r.errors[0].to_string();

  const auto& a = r.documents[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.source, path + ":1");
  EXPECT_EQ(a.format, "jsonl");
  EXPECT_EQ(a.title, "Hegseth visits NATO");
  EXPECT_EQ(a.text, "Hegseth visits NATO\n\nPete Hegseth met NATO defence ministers in Brussels.");
  EXPECT_EQ(a.date, "2025-02-12");
  EXPECT_EQ(a.url, "https://example.com/a1");
  EXPECT_EQ(a.byline, (Names{"Jane Doe", "John Smith"}));
  expect_consistent(a);

  const auto& b = r.documents[1];  // line 4: numeric id, title from the text
  EXPECT_EQ(b.id, "7");
  EXPECT_EQ(b.source, path + ":4");
  EXPECT_EQ(b.title, "Zelensky's office");
  EXPECT_EQ(b.text,
            "Zelensky's office\nPresident Volodymyr Zelensky said Ukraine would keep fighting.");
  EXPECT_EQ(b.byline, (Names{"Ana de la Cruz", "Lee Kim"}));
  expect_consistent(b);
}

TEST(JsonlTest, RecordsAndTheirErrors) {
  struct Case {
    std::string line;
    const char* id;    // expected id, or nullptr when the line is an error
    const char* text;  // expected text, or the expected error message part
  };
  const Case cases[] = {
      {R"({"text": "First line\nSecond"})", "f:1", "First line\nSecond"},
      {R"({"title": "T", "text": "  T\nBody"})", "f:1", "  T\nBody"},
      {R"({"title": "T", "text": "Tx body"})", "f:1", "T\n\nTx body"},
      {R"({"title": "Multi\n line", "text": "\n\nBody"})", "f:1", "Multi line\n\nBody"},
      {R"({"id": 12345678901, "text": "Big id"})", "12345678901", "Big id"},
      {R"({"id": "x", "title": "Caf\u00e9", "text": "Cafe\u0301 body"})", "x", "Café\n\nCafé body"},
      {R"({"id": "x"})", nullptr, "no string field \"text\""},
      {R"({"text": 5})", nullptr, "no string field \"text\""},
      {R"({"text": "  "})", nullptr, "is empty"},
      {R"({"text": "ok", "title": ["a"]})", nullptr, "\"title\" must be a string"},
      {R"({"text": "ok", "id": 1.5})", nullptr, "\"id\" must be a string or an integer"},
      {R"({"text": "ok", "authors": [1]})", nullptr, "\"authors\" must hold strings"},
      {R"({"text": "bad \udc00 escape"})", nullptr, "not valid UTF-8"},
      {R"({"text": "nul \u0000 char"})", nullptr, "NUL"},
      {R"(["text"])", nullptr, "expected a JSON object"},
      {R"({"text": "ok"} trailing)", nullptr, "malformed JSON at column 16"},
      {"{\"text\": \"caf\xE9\"}", nullptr, "invalid UTF-8 at line 1, column 14"},
  };
  for (const auto& c : cases) {
    auto r = parse_jsonl("f.jsonl", c.line);
    if (c.id != nullptr) {
      auto doc = only_document(r);
      EXPECT_EQ(doc.id, c.id) << c.line;
      EXPECT_EQ(doc.text, c.text) << c.line;
      expect_consistent(doc);
    } else {
      auto e = only_error(r);
      EXPECT_EQ(e.file, "f.jsonl");
      EXPECT_EQ(e.line, 1) << c.line;
      EXPECT_NE(e.message.find(c.text), std::string::npos) << e.to_string();
    }
  }
}

TEST(JsonlTest, DuplicateIdsAndBlankLines) {
  auto r = parse_jsonl("f.ndjson",
                       "\n{\"id\":\"a\",\"text\":\"One\"}\r\n\n{\"id\":\"a\",\"text\":\"Two\"}\n{"
                       "\"text\":\"Three\"}\n");
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].id, "a");
  EXPECT_EQ(r.documents[1].id, "f:5");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 4);
  EXPECT_NE(r.errors[0].message.find("duplicate id \"a\" (first used on line 2)"),
            std::string::npos);
}

TEST(JsonlTest, JsonFileWithOneArticleOrAnArray) {
  auto one = only_document(parse_bytes("d/story.json", R"({"title": "T", "text": "Body"})"));
  EXPECT_EQ(one.id, "story");
  EXPECT_EQ(one.text, "T\n\nBody");
  auto many = parse_bytes("d/list.json", R"([{"text": "A\nx"}, {"text": "B\ny"}, {"answer": 1}])");
  ASSERT_EQ(many.documents.size(), 2u);
  EXPECT_EQ(many.documents[1].id, "list:2");
  ASSERT_EQ(many.errors.size(), 1u);
  EXPECT_NE(many.errors[0].message.find("element 3: not an article"), std::string::npos);
  // An answer key or config file is an error, not a junk article.
  auto key = only_error(parse_bytes("d/key.json", "{\n  \"expected\": [1, 2]\n}\n"));
  EXPECT_NE(key.message.find("not an article"), std::string::npos);
  auto broken = only_error(parse_bytes("d/broken.json", "{\n  \"text\": \"a\",\n  oops\n}\n"));
  EXPECT_EQ(broken.line, 3);
}

// ---------------------------------------------------------------- validation

TEST(ValidationTest, BadInputsAreErrorsNamingTheFile) {
  struct Case {
    std::string path;
    int line;
    const char* message_part;
  };
  const Case cases[] = {
      {fixture("invalid_utf8.txt"), 3, "invalid UTF-8 at line 3, column 33 (byte 0xE9)"},
      {fixture("binary.txt"), 0, "binary file"},
      {fixture("empty.txt"), 0, "empty file"},
      {fixture("does_not_exist.txt"), 0, "No such file or directory"},
      {fixture("tree"), 0, "Is a directory"},
  };
  for (const auto& c : cases) {
    auto e = only_error(read_path(c.path));
    EXPECT_EQ(e.file, c.path);
    EXPECT_EQ(e.line, c.line) << e.to_string();
    EXPECT_NE(e.message.find(c.message_part), std::string::npos) << e.to_string();
  }
}

TEST(ValidationTest, EveryFormatValidates) {
  struct Case {
    const char* name;
    std::string bytes;
    int line;
    const char* message_part;
  };
  const Case cases[] = {
      {"a.txt", "", 0, "empty file"},
      {"a.md", "\xEF\xBB\xBF \n\t\r\n", 0, "empty file"},
      {"a.html", "   ", 0, "empty file"},
      {"a.jsonl", "\n\n", 0, "empty file"},
      {"a.json", " ", 0, "empty file"},
      {"a.html", std::string("<html>\0</html>", 14), 0, "binary file (NUL byte at offset 6)"},
      {"a.jsonl", std::string("{\"text\": \"\0\"}", 13), 0, "binary file"},
      {"a.txt",
       "\xFF\xFE"
       "H\0i\0",
       0, "UTF-16"},
      {"a.txt", "\x89PNG\r\n\x1a\n\xfe\xed\xfa\xce\x01\x02\x03\x04\x80\x81", 0,
       "binary file (not UTF-8"},
      {"a.md", "---\ntitle: x\n---\nok\n\xC3\x28\n", 5, "invalid UTF-8 at line 5"},
      {"a.html", "<p>fine</p>\n<p>\xED\xA0\x80</p>", 2, "invalid UTF-8 at line 2, column 4"},
      {"a.txt", "Title\n\noverlong \xC0\xAF slash", 3, "invalid UTF-8 at line 3"},
  };
  for (const auto& c : cases) {
    auto e = only_error(parse_bytes(c.name, c.bytes));
    EXPECT_EQ(e.file, c.name);
    EXPECT_EQ(e.line, c.line) << e.to_string();
    EXPECT_NE(e.message.find(c.message_part), std::string::npos) << e.to_string();
  }
}

// The sniffer reads eight printable bytes at a time: a control or DEL byte
// anywhere in a group of eight, at every offset, still counts.
TEST(ValidationTest, ControlBytesCountAtEveryOffset) {
  for (char odd : {'\x01', '\x1B', '\x7F'}) {
    for (size_t offset = 0; offset < 8; ++offset) {
      std::string bytes = "Title\n\n";
      for (int k = 0; k < 40; ++k) {
        std::string group = "abcdefgh";
        group[offset] = odd;
        bytes += group;
      }
      auto e = only_error(parse_bytes("a.txt", bytes));
      EXPECT_NE(e.message.find("binary file (not UTF-8"), std::string::npos)
          << int(odd) << " at " << offset << ": " << e.to_string();
    }
  }
  // Tabs, line and form feeds are text: the same article with them reads.
  std::string text = "Title\n\n";
  for (int k = 0; k < 40; ++k) text += "ab\tcd\fe\r\n";
  EXPECT_EQ(only_document(parse_bytes("a.txt", text)).title, "Title");
}

// ---------------------------------------------------------------- dispatch

TEST(DispatchTest, FormatByExtensionThenContent) {
  struct Case {
    const char* name;
    const char* bytes;
    const char* format;
    const char* title;
  };
  const Case cases[] = {
      {"a.txt", "Title\n\nBody", "text", "Title"},
      {"a.txt", "---\ntitle: T\n---\nBody", "markdown", "T"},
      {"a.txt", "\xEF\xBB\xBF---\ntitle: T\n---\nBody", "markdown", "T"},
      {"a.txt", "  <!DOCTYPE html><title>T</title><p>Body</p>", "html", "T"},
      {"a", "<HTML><title>T</title><p>Body</p></HTML>", "html", "T"},
      {"a.htm", "<title>T</title><p>Body</p>", "html", "T"},
      {"a.HTML", "<title>T</title><p>Body</p>", "html", "T"},
      {"a.md", "# T\n\nBody", "markdown", "T"},
      {"a.markdown", "T\n\nBody", "markdown", "T"},
      {"a.ndjson", "{\"text\": \"T\\nBody\"}", "jsonl", "T"},
      {"-", "{\"text\": \"T\\nBody\"}\n", "jsonl", "T"},  // stdin: sniffed
      // A .txt is never sniffed as JSON: its first line is the headline.
      {"a.txt", "{\"text\": \"T\\nBody\"}\n", "text", "{\"text\": \"T\\nBody\"}"},
      {"a.article", "Title\n\nBody", "text", "Title"},
  };
  for (const auto& c : cases) {
    auto doc = only_document(parse_bytes(c.name, c.bytes));
    EXPECT_EQ(doc.format, c.format) << c.name << ": " << c.bytes;
    EXPECT_EQ(doc.title, c.title) << c.name;
  }
}

TEST(StdinTest, DashReadsStandardInput) {
  std::istringstream input("---\ntitle: From stdin\n---\nBody.\n");
  std::streambuf* saved = std::cin.rdbuf(input.rdbuf());
  ReadResult r = read_path("-");
  std::cin.rdbuf(saved);
  auto doc = only_document(r);
  EXPECT_EQ(doc.id, "stdin");
  EXPECT_EQ(doc.source, "-");
  EXPECT_EQ(doc.format, "markdown");
  EXPECT_EQ(doc.text, "From stdin\n\nBody.\n");
}

// ---------------------------------------------------------------- expand_inputs

TEST(ExpandInputsTest, WalksFoldersSortedSkippingHiddenAndRepositoryFiles) {
  const std::string tree = fixture("tree");
  std::vector<core::Error> errors;
  auto files =
      expand_inputs({tree, "-", fixture("missing_dir"), fixture("tree/.hidden.txt")}, errors);
  const std::vector<std::string> expected = {
      tree + "/a.txt",
      tree + "/b.txt",
      tree + "/sub/c.md",
      "-",
      fixture("tree/.hidden.txt"),  // named explicitly: kept
  };
  EXPECT_EQ(files, expected);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, fixture("missing_dir"));
  EXPECT_EQ(errors[0].message, "no such file or directory");
}

TEST(ExpandInputsTest, WalkedFilesAllRead) {
  std::vector<core::Error> errors;
  for (const auto& f : expand_inputs({fixture("tree")}, errors)) {
    auto doc = only_document(read_path(f));
    expect_consistent(doc);
  }
  EXPECT_TRUE(errors.empty());
}

// ---------------------------------------------------------------- robustness

TEST(RobustnessTest, HostileInputsGiveValuesNotCrashes) {
  std::string deep_html = "<html><body>";
  for (int i = 0; i < 3000; ++i) deep_html += "<div>";  // gumbo is quadratic in depth
  deep_html += "<p>Deep</p>";
  std::string deep_json = "{\"text\": \"x\", \"a\": " + std::string(100000, '[') + "\n";
  std::string deep_yaml = "---\ntitle: " + std::string(10000, '[') + "\n---\nBody\n";
  const std::pair<const char*, std::string> inputs[] = {
      {"deep.html", deep_html},
      {"deep.jsonl", deep_json},
      {"deep.md", deep_yaml},
      {"x.html", "<p>unclosed <b><i>tags"},
      {"x.html", "<<<>>><!-- never closed"},
      {"x.md", "---"},
      {"x.md", "---\n---"},
      {"x.jsonl", "{"},
      {"x.jsonl", "}\n{\n\"\n"},
      {"x.txt", "\xEF\xBB\xBF"},
      {"x.txt", "\r\n\r\n"},
  };
  for (const auto& [name, bytes] : inputs) {
    ReadResult r;
    EXPECT_NO_THROW(r = parse_bytes(name, bytes)) << name;
    EXPECT_EQ(r.documents.size() + r.errors.size() > 0, true) << name;
    for (const auto& doc : r.documents) expect_consistent(doc);
    for (const auto& e : r.errors) EXPECT_EQ(e.file, name);
  }
}

}  // namespace
}  // namespace newskg::ingest
