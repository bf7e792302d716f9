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

#include <exception>

#include "formats.hpp"
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

std::string scalar(const YAML::Node& node) {
  if (!node.IsDefined() || !node.IsScalar()) return {};
  return node.Scalar();
}

// "a" -> {"a"}; ["a", "b"] -> {"a", "b"}; [{name: "a"}] -> {"a"}
std::vector<std::string> scalars(const YAML::Node& node) {
  std::vector<std::string> out;
  if (!node.IsDefined()) return out;
  auto add = [&](const YAML::Node& item) {
    if (item.IsScalar() && !item.Scalar().empty()) out.push_back(item.Scalar());
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

// Reads the front matter fields into `doc` (title into `title`). YAML errors
// carry the file line: the YAML starts on line 2, yaml-cpp counts from 0.
core::Status read_front_matter(std::string_view name, std::string_view yaml, core::Document& doc,
                               std::string& title) {
  try {
    const YAML::Node fm = YAML::Load(std::string(yaml));
    if (fm.IsNull() || !fm.IsDefined()) return core::Status::success();  // "---\n---"
    if (!fm.IsMap())
      return core::Error{std::string(name), 2, "front matter is not a YAML mapping of fields"};
    title = detail::nfc_if_needed(first_scalar(fm, {"title", "headline"}));
    doc.date = first_scalar(fm, {"date", "published", "publishDate", "pubDate"});
    for (const char* key :
         {"url", "link", "source", "canonical_url", "canonicalURL", "original_url"}) {
      std::string v = detail::collapse_whitespace(scalar(fm[key]));
      if (detail::looks_like_url(v)) {  // Hugo's `url: /posts/x/` is a permalink, not the source
        doc.url = v;
        break;
      }
    }
    for (const char* key : {"categories", "tags"})
      detail::append_unique(doc.categories, scalars(fm[key]));
    for (const char* key : {"author", "authors", "byline"})
      for (const auto& s : scalars(fm[key]))
        detail::append_unique(doc.byline, detail::split_names(s));
    for (auto& author : doc.byline) author = detail::nfc_if_needed(author);
    return core::Status::success();
  } catch (const YAML::Exception& e) {
    int line = e.mark.is_null() ? 1 : e.mark.line + 2;
    std::string where = e.mark.is_null() ? std::string()
                                         : " (line " + std::to_string(line) + ", column " +
                                               std::to_string(e.mark.column + 1) + ")";
    return core::Error{std::string(name), line, "front matter: YAML error: " + e.msg + where};
  } catch (const std::exception& e) {
    return core::Error{std::string(name), 1, std::string("front matter: ") + e.what()};
  }
}

}  // namespace

core::Result<core::Document> parse_markdown(std::string_view name, std::string_view bytes) {
  std::string_view content = detail::strip_bom(bytes);
  auto check = detail::check_text(name, content);
  if (!check.ok()) return check.error();
  std::string composed;
  if (check->needs_nfc) {  // NFC leaves ASCII (`---`, newlines) alone, so structure survives
    composed = detail::nfc_if_needed(content);
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
    doc.url = detail::find_source_link(doc.text);
    return doc;
  }

  auto split = split_front_matter(name, content);
  if (!split.ok()) return split.error();
  std::string title;
  if (auto st = read_front_matter(name, split->yaml, doc, title); !st.ok()) return st.error();

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
  if (doc.url.empty()) doc.url = detail::find_source_link(body);
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
