// Markdown, usually with a YAML front matter block (Hugo / Jekyll exports):
//
//   ---                                   line 1
//   title: "US defence secy Hegseth ..."  the front matter, parsed by yaml-cpp
//   date: "2025-02-13 01:55:25"
//   categories: ["business-standard"]
//   ---
//
//   **By Courtney McBride and Andrea Palasciano**  Defence Secretary ...
//   ...
//   [business-standard](https://www.business-standard.com/...1.html)
//
// becomes text = title + "\n\n" + body, where body is everything after the
// closing `---` from its first non-blank line on, bytes unchanged (Markdown
// marks such as `**` stay; extractors tolerate them). So a body offset b in
// the file is b - body_start + title.size() + 2 in `text`.
#include <yaml-cpp/yaml.h>

#include <cstring>
#include <exception>
#include <set>
#include <string>
#include <vector>

#include "formats.hpp"
#include "newskg/core/unicode.hpp"
#include "text_util.hpp"

namespace newskg::ingest {
namespace {

struct FrontMatterSplit {
  std::string_view yaml;
  std::string_view body;  // from the line after the closing `---`
  int closing_line = 0;   // 1-based line of the closing `---`
};

bool is_fence(std::string_view line, std::string_view fence) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == fence;
}

core::Result<FrontMatterSplit> split_front_matter(std::string_view name, std::string_view content) {
  detail::LineReader lines(content);
  std::string_view line;
  size_t begin = 0;
  lines.next(line, begin);  // the opening "---"
  const size_t yaml_begin = lines.position();
  int line_no = 1;
  while (lines.next(line, begin)) {
    ++line_no;
    // YAML also allows "..." as the end of a document.
    if (is_fence(line, "---") || is_fence(line, "...")) {
      FrontMatterSplit split;
      split.yaml = content.substr(yaml_begin, begin - yaml_begin);
      split.body = content.substr(lines.position());
      split.closing_line = line_no;
      return split;
    }
  }
  return core::Error{
      std::string(name), 1,
      "front matter opened by `---` on line 1 is never closed (no second `---` line)"};
}

// yaml-cpp decodes some escapes to bytes that are no UTF-8 (`"\N"`, YAML's
// next-line escape, comes out as the lone byte 0x85): each such byte becomes
// U+FFFD, so every field keeps the readers' promise of valid UTF-8.
std::string scalar(const YAML::Node& node) {
  if (!node.IsDefined() || !node.IsScalar()) return {};
  std::string s = node.Scalar();
  core::make_valid_utf8(s);
  return s;
}

// "a" -> {"a"}; ["a", "b"] -> {"a", "b"}; [{name: "a"}] -> {"a"}
std::vector<std::string> scalars(const YAML::Node& node) {
  std::vector<std::string> out;
  if (!node.IsDefined()) return out;
  auto add = [&](const YAML::Node& item) {
    if (item.IsScalar() && !item.Scalar().empty()) out.push_back(scalar(item));
    if (item.IsMap()) {
      std::string name = scalar(item["name"]);
      if (!name.empty()) out.push_back(name);
    }
  };
  if (node.IsSequence()) {
    for (const auto& item : node) add(item);
  } else {
    add(node);
  }
  return out;
}

std::string first_scalar(const YAML::Node& map, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    std::string v = detail::collapse_whitespace(scalar(map[key]));
    if (!v.empty()) return v;
  }
  return {};
}

// A double- or single-quoted YAML scalar at `pos` with no closing mark in
// the rest of the front matter: yaml-cpp takes the rest of the line as the
// value without a word (`title: "Unclosed` -> "Unclosed").
bool unclosed_quote(std::string_view yaml, size_t pos) {
  if (pos >= yaml.size() || (yaml[pos] != '"' && yaml[pos] != '\'')) return false;
  const char mark = yaml[pos];
  for (size_t i = pos + 1; i < yaml.size(); ++i) {
    if (mark == '"' && yaml[i] == '\\') {
      ++i;
      continue;
    }
    if (yaml[i] == mark) {
      if (mark == '\'' && i + 1 < yaml.size() && yaml[i + 1] == '\'') {  // '' inside '...'
        ++i;
        continue;
      }
      return false;
    }
  }
  return true;
}

// Reads the front matter fields into `doc` (title into `title`). Problems
// are warnings: a front matter that is not YAML, or not a mapping, is
// ignored and the article read from its body; a field given twice keeps its
// first value; a field of the wrong kind or an address that is no valid URL
// is left out. They carry the file line: the YAML starts on line 2, yaml-cpp
// counts from 0.
void read_front_matter(std::string_view name, std::string_view yaml, core::Document& doc,
                       std::string& title, std::vector<core::Error>& warnings) {
  auto warn = [&](int line, std::string message) {
    warnings.push_back(core::Error{std::string(name), line, "front matter: " + std::move(message)});
  };
  const std::string text(yaml);
  YAML::Node fm;
  try {
    fm = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    const int line = e.mark.is_null() ? 1 : e.mark.line + 2;
    const std::string where = e.mark.is_null() ? std::string()
                                               : " (line " + std::to_string(line) + ", column " +
                                                     std::to_string(e.mark.column + 1) + ")";
    warn(line, "YAML error: " + e.msg + where + "; its fields are ignored");
    return;
  } catch (const std::exception& e) {
    warn(1, std::string(e.what()) + "; its fields are ignored");
    return;
  }
  if (fm.IsNull() || !fm.IsDefined()) return;  // "---\n---"
  if (!fm.IsMap()) {
    warn(2, "not a YAML mapping of fields; ignored");
    return;
  }
  try {
    std::set<std::string> seen;
    for (auto it = fm.begin(); it != fm.end(); ++it) {
      if (!it->first.IsScalar()) continue;
      const std::string& key = it->first.Scalar();
      const int line = it->first.Mark().line + 2;
      if (!seen.insert(key).second)
        warn(line, "field `" + key + "` given twice; the first value is used");
      const YAML::Mark at = it->second.Mark();
      if (it->second.IsScalar() && !at.is_null() &&
          unclosed_quote(text, static_cast<size_t>(at.pos)))
        warn(at.line + 2, "the quotation mark opening `" + key + "` is never closed");
    }
    for (const char* key : {"title", "headline", "date", "published", "publishDate", "pubDate"}) {
      const YAML::Node v = fm[key];
      if (v.IsDefined() && !v.IsNull() && !v.IsScalar())
        warn(v.Mark().line + 2, std::string("field `") + key + "` is not text; ignored");
    }
    title = detail::nfc_if_needed(first_scalar(fm, {"title", "headline"}));
    doc.date = first_scalar(fm, {"date", "published", "publishDate", "pubDate"});
    for (const char* key :
         {"url", "link", "source", "canonical_url", "canonicalURL", "original_url"}) {
      const YAML::Node node = fm[key];
      std::string v = detail::collapse_whitespace(scalar(node));
      if (v.empty()) continue;
      const char* problem = detail::url_problem(v);
      if (problem == nullptr) {
        doc.url = v;
        break;
      }
      // Hugo's `url: /posts/x/` is a permalink and `source: Reuters` a
      // name, not addresses: only what was meant as one is reported.
      if (detail::url_like(v))
        warn(node.Mark().line + 2, std::string("`") + key + "` " + detail::quoted_for_message(v) +
                                       " dropped: " + problem);
    }
    for (const char* key : {"categories", "tags"})
      detail::append_unique(doc.categories, scalars(fm[key]));
    for (const char* key : {"author", "authors", "byline"})
      for (const auto& s : scalars(fm[key]))
        detail::append_unique(doc.byline, detail::split_names(s));
    for (auto& author : doc.byline) author = detail::nfc_if_needed(author);
  } catch (const YAML::Exception& e) {  // a lookup into a malformed node
    warn(e.mark.is_null() ? 1 : e.mark.line + 2,
         "YAML error: " + e.msg + "; fields after it ignored");
  }
}

// "[business-standard](https://...)" closing the body: where the article
// came from; a link there that is no valid address is reported.
void source_link(std::string_view name, core::Document& doc, std::string_view body,
                 std::vector<core::Error>& warnings) {
  std::string rejected;
  doc.url = detail::find_source_link(body, 3, &rejected);
  if (doc.url.empty() && !rejected.empty())
    warnings.push_back(core::Error{std::string(name), 0,
                                   "source link " + detail::quoted_for_message(rejected) +
                                       " dropped: " + detail::url_problem(rejected)});
}

}  // namespace

core::Result<core::Document> parse_markdown(std::string_view name, std::string_view bytes,
                                            std::vector<core::Error>* warnings) {
  std::vector<core::Error> ignored;
  std::vector<core::Error>& warned = warnings != nullptr ? *warnings : ignored;
  std::string_view content = detail::strip_bom(bytes);
  auto check = detail::check_text(name, content);
  if (!check.ok()) return check.error();
  // Character references ("Jos&#233;", as CommonMark reads them) decoded and
  // NFC applied: neither touches `---` or newlines, so structure survives.
  std::string composed;
  if (check->needs_nfc || std::memchr(content.data(), '&', content.size()) != nullptr) {
    composed = detail::decode_and_compose(content);
    content = composed;
  }

  core::Document doc;
  doc.id = base_id(name);
  doc.source = std::string(name);
  doc.format = "markdown";

  if (!detail::has_front_matter(content)) {
    // Plain Markdown: like plain text, the file is the text; "# Title" is the headline.
    doc.text = std::string(content);
    doc.title_span = detail::find_headline(doc.text);
    doc.title = std::string(doc.title_span.of(doc.text));
    doc.byline = detail::find_byline(doc.text, doc.title_span.end, 6);
    source_link(name, doc, doc.text, warned);
    return doc;
  }

  auto split = split_front_matter(name, content);
  if (!split.ok()) return split.error();
  std::string title;
  read_front_matter(name, split->yaml, doc, title, warned);

  std::string_view body = split->body;
  body = body.substr(detail::skip_blank_lines(body, 0));
  if (detail::is_blank(body))
    return core::Error{std::string(name), split->closing_line,
                       "no article text after the front matter"};

  size_t body_in_text = 0;
  if (title.empty()) {  // no title field: the body's first line is the headline
    doc.text = std::string(body);
    doc.title_span = detail::find_headline(doc.text);
    doc.title = std::string(doc.title_span.of(doc.text));
    body_in_text = doc.title_span.end;
  } else {
    detail::set_title_and_body(doc, std::move(title), body);
    body_in_text = doc.title.size() + 2;
  }
  // "**By Courtney McBride and Andrea Palasciano**" opening the body, unless
  // the front matter named the authors.
  if (doc.byline.empty()) doc.byline = detail::find_byline(doc.text, body_in_text, 3);
  // "[business-standard](https://...)" closing the body: where the article came from.
  if (doc.url.empty()) source_link(name, doc, body, warned);
  return doc;
}

namespace detail {

bool has_front_matter(std::string_view content) {
  if (!content.starts_with("---")) return false;
  size_t nl = content.find('\n');
  std::string_view first = content.substr(0, nl);
  if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
  return is_fence(first, "---");
}

}  // namespace detail
}  // namespace newskg::ingest
