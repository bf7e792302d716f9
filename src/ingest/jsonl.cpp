// JSON Lines: one article object per line, parsed by RapidJSON.
//
//   {"id": "a1", "title": "Hegseth in Brussels", "text": "Pete Hegseth said ...",
//    "date": "2025-02-12", "url": "https://...", "author": ["Jane Doe", "John Roe"]}
// ->
//   Document{id "a1", source "file.jsonl:1",
//            text "Hegseth in Brussels\n\nPete Hegseth said ...", byline {"Jane Doe", "John Roe"}}
//
// A bad line is an Error naming the file and line; the other lines are still read.
// The same record fields serve whole `.json` files (one object or an array).
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstring>
#include <limits>
#include <unordered_map>

#include "formats.hpp"
#include "text_util.hpp"

namespace newskg::ingest {
namespace {

using JsonValue = rapidjson::Value;
// Iterative: a line of 100 000 "[" must not exhaust the stack.
constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag;

// Where a record came from, for its Document and its errors.
struct RecordSource {
  std::string_view name;  // the file
  int line = 0;           // JSON Lines line (0 for a .json file)
  std::string prefix;     // "element 3: " for arrays in .json files
  std::string default_id;
  std::string source;
  const char* format = "jsonl";

  core::Error error(const std::string& message) const {
    return core::Error{std::string(name), line, prefix + message};
  }
};

const JsonValue* member(const JsonValue& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it == obj.MemberEnd() ? nullptr : &it->value;
}

// Decoded strings are checked again: "\udc00" (a lone surrogate escape)
// decodes to bytes that are not UTF-8, and "\u0000" to a NUL.
core::Status check_string(const RecordSource& src, const char* key, const JsonValue& v) {
  std::string_view s(v.GetString(), v.GetStringLength());
  if (std::memchr(s.data(), 0, s.size()) != nullptr)
    return src.error(std::string("field \"") + key + "\" contains a NUL character");
  if (detail::scan_utf8(s).invalid_at != std::string_view::npos)
    return src.error(std::string("field \"") + key + "\" is not valid UTF-8 (bad \\u escape?)");
  return core::Status::success();
}

// An optional string field ("" when absent or null); integers accepted when `numbers`.
core::Result<std::string> string_field(const RecordSource& src, const JsonValue& obj,
                                       const char* key, bool numbers = false) {
  const JsonValue* v = member(obj, key);
  if (v == nullptr || v->IsNull()) return std::string();
  if (v->IsString()) {
    if (auto st = check_string(src, key, *v); !st.ok()) return st.error();
    return std::string(v->GetString(), v->GetStringLength());
  }
  if (numbers && v->IsInt64()) return std::to_string(v->GetInt64());
  if (numbers && v->IsUint64()) return std::to_string(v->GetUint64());
  return src.error(std::string("field \"") + key + "\" must be a string" +
                   (numbers ? " or an integer" : ""));
}

// A string or an array of strings (or of objects with a "name"), e.g. authors.
core::Result<std::vector<std::string>> string_list_field(const RecordSource& src,
                                                         const JsonValue& obj, const char* key) {
  std::vector<std::string> out;
  const JsonValue* v = member(obj, key);
  if (v == nullptr || v->IsNull()) return out;
  auto add = [&](const JsonValue& item) -> core::Status {
    const JsonValue* s = &item;
    if (item.IsObject()) s = member(item, "name");
    if (s == nullptr || s->IsNull()) return core::Status::success();
    if (!s->IsString()) return src.error(std::string("field \"") + key + "\" must hold strings");
    if (auto st = check_string(src, key, *s); !st.ok()) return st;
    out.emplace_back(s->GetString(), s->GetStringLength());
    return core::Status::success();
  };
  if (v->IsArray()) {
    for (const auto& item : v->GetArray())
      if (auto st = add(item); !st.ok()) return st.error();
  } else if (v->IsString() || v->IsObject()) {
    if (auto st = add(*v); !st.ok()) return st.error();
  } else {
    return src.error(std::string("field \"") + key + "\" must be a string or an array of strings");
  }
  return out;
}

core::Result<core::Document> record_to_document(const RecordSource& src, const JsonValue& obj,
                                                std::vector<core::Error>& warnings) {
  if (!obj.IsObject()) return src.error("expected a JSON object (one article per line)");
  const JsonValue* text = member(obj, "text");
  if (text == nullptr || !text->IsString())
    return src.error("missing article text: no string field \"text\"");
  if (auto st = check_string(src, "text", *text); !st.ok()) return st.error();
  // (Scraped text may keep character references: "Jos&#233;".)
  std::string body =
      detail::decode_and_compose(std::string_view(text->GetString(), text->GetStringLength()));
  if (detail::is_blank(body)) return src.error("field \"text\" is empty");

  core::Document doc;
  doc.source = src.source;
  doc.format = src.format;

  auto id = string_field(src, obj, "id", /*numbers=*/true);
  if (!id.ok()) return id.error();
  doc.id = id->empty() ? src.default_id : *id;

  auto title = string_field(src, obj, "title");
  if (!title.ok()) return title.error();
  for (const char* key : {"date", "published"}) {
    auto date = string_field(src, obj, key, /*numbers=*/true);
    if (!date.ok()) return date.error();
    if (doc.date.empty()) doc.date = detail::collapse_whitespace(*date);
  }
  for (const char* key : {"url", "link"}) {
    auto url = string_field(src, obj, key);
    if (!url.ok()) return url.error();
    const std::string_view v = detail::trim(*url);
    if (!doc.url.empty() || v.empty()) continue;
    // Only an absolute http(s) URL is the article's address; the record is
    // read without one otherwise.
    if (const char* problem = detail::url_problem(v); problem != nullptr)
      warnings.push_back(src.error(std::string("field \"") + key + "\" " +
                                   detail::quoted_for_message(v) + " dropped: " + problem));
    else
      doc.url = std::string(v);
  }
  for (const char* key : {"byline", "author", "authors"}) {
    auto names = string_list_field(src, obj, key);
    if (!names.ok()) return names.error();
    for (const auto& n : *names)
      detail::append_unique(doc.byline, detail::split_names(detail::nfc_if_needed(n)));
  }
  for (const char* key : {"categories", "tags"}) {
    auto cats = string_list_field(src, obj, key);
    if (!cats.ok()) return cats.error();
    detail::append_unique(doc.categories, *cats);
  }

  std::string headline = detail::decode_and_compose(detail::collapse_whitespace(*title));
  size_t body_in_text = 0;
  if (headline.empty()) {
    // No title: the first line of the text is the headline, as for plain text.
    doc.text = std::move(body);
    doc.title_span = detail::find_headline(doc.text);
    doc.title = std::string(doc.title_span.of(doc.text));
    body_in_text = doc.title_span.end;
  } else {
    // "text" may already open with the title on its own line: keep it as is.
    size_t lead = 0;
    while (lead < body.size() && detail::is_space(body[lead])) ++lead;
    size_t after = lead + headline.size();
    bool opens_with_title = body.compare(lead, headline.size(), headline) == 0 &&
                            (after == body.size() || body[after] == '\n' || body[after] == '\r');
    if (opens_with_title) {
      doc.text = std::move(body);
      doc.title_span = core::Span{static_cast<uint32_t>(lead), static_cast<uint32_t>(after)};
      doc.title = std::move(headline);
      body_in_text = after;
    } else {
      std::string_view rest = body;
      detail::set_title_and_body(doc, std::move(headline),
                                 rest.substr(detail::skip_blank_lines(rest, 0)));
      body_in_text = doc.title.size() + 2;
    }
  }
  if (doc.text.size() > std::numeric_limits<uint32_t>::max())
    return src.error("article too large (over 4 GiB)");
  if (doc.byline.empty()) doc.byline = detail::find_byline(doc.text, body_in_text, 3);
  return doc;
}

std::string parse_error_message(const rapidjson::Document& json) {
  return std::string(rapidjson::GetParseError_En(json.GetParseError()));
}

}  // namespace

ReadResult parse_jsonl(std::string_view name, std::string_view bytes) {
  ReadResult out;
  const std::string_view content = detail::strip_bom(bytes);
  // Binary and empty checks for the whole file; UTF-8 per line, so one bad
  // line does not cost the others.
  auto check = detail::check_text(name, content, /*validate_utf8=*/false);
  if (!check.ok()) {
    out.errors.push_back(check.error());
    return out;
  }
  const std::string base = base_id(name);
  std::unordered_map<std::string, int> first_line_of_id;
  detail::LineReader lines(content);
  std::string_view line;
  size_t begin = 0;
  int line_no = 0;
  while (lines.next(line, begin)) {
    ++line_no;
    if (detail::is_blank(line)) continue;
    RecordSource src;
    src.name = name;
    src.line = line_no;
    src.default_id = base + ":" + std::to_string(line_no);
    src.source = std::string(name) + ":" + std::to_string(line_no);

    if (size_t bad = detail::scan_utf8(line).invalid_at; bad != std::string_view::npos) {
      out.errors.push_back(detail::invalid_utf8_error(name, line, bad, line_no));
      continue;
    }
    rapidjson::Document json;
    json.Parse<kParseFlags>(line.data(), line.size());
    if (json.HasParseError()) {
      out.errors.push_back(src.error("malformed JSON at column " +
                                     std::to_string(json.GetErrorOffset() + 1) + ": " +
                                     parse_error_message(json)));
      continue;
    }
    std::vector<core::Error> warnings;  // kept only with the record's document
    auto doc = record_to_document(src, json, warnings);
    if (!doc.ok()) {
      out.errors.push_back(doc.error());
      continue;
    }
    // Ids name graph nodes and --per-article files: two articles must not share one.
    auto [it, inserted] = first_line_of_id.emplace(doc->id, line_no);
    if (!inserted) {
      out.errors.push_back(src.error("duplicate id \"" + doc->id + "\" (first used on line " +
                                     std::to_string(it->second) + ")"));
      continue;
    }
    out.documents.push_back(std::move(doc.value()));
    for (auto& w : warnings) out.warnings.push_back(std::move(w));
  }
  return out;
}

namespace detail {

bool looks_like_jsonl(std::string_view content) {
  size_t i = 0;
  while (i < content.size() && is_space(content[i])) ++i;
  if (i == content.size() || content[i] != '{') return false;
  size_t nl = content.find('\n', i);
  std::string_view first = trim(content.substr(i, nl == std::string_view::npos ? nl : nl - i));
  return first.size() >= 2 && first.back() == '}';
}

ReadResult parse_json_file(std::string_view name, std::string_view bytes) {
  ReadResult out;
  const std::string_view content = strip_bom(bytes);
  auto check = check_text(name, content);
  if (!check.ok()) {
    out.errors.push_back(check.error());
    return out;
  }
  rapidjson::Document json;
  json.Parse<kParseFlags>(content.data(), content.size());
  if (json.HasParseError()) {
    size_t at = json.GetErrorOffset();
    out.errors.push_back(core::Error{std::string(name), line_of(content, at),
                                     "malformed JSON: " + parse_error_message(json)});
    return out;
  }
  const std::string base = base_id(name);
  auto add = [&](const JsonValue& v, int element) {
    RecordSource src;
    src.name = name;
    src.format = "json";
    src.default_id = element == 0 ? base : base + ":" + std::to_string(element);
    src.source =
        element == 0 ? std::string(name) : std::string(name) + "#" + std::to_string(element);
    if (element > 0) src.prefix = "element " + std::to_string(element) + ": ";
    if (v.IsObject() && member(v, "text") == nullptr) {
      out.errors.push_back(src.error("not an article: JSON object without a \"text\" field"));
      return;
    }
    std::vector<core::Error> warnings;
    auto doc = record_to_document(src, v, warnings);
    if (!doc.ok()) {
      out.errors.push_back(doc.error());
      return;
    }
    out.documents.push_back(std::move(doc.value()));
    for (auto& w : warnings) out.warnings.push_back(std::move(w));
  };
  if (json.IsArray()) {
    int element = 0;
    for (const auto& v : json.GetArray()) add(v, ++element);
    if (element == 0) out.errors.push_back(core::Error{std::string(name), 0, "empty JSON array"});
  } else if (json.IsObject()) {
    add(json, 0);
  } else {
    out.errors.push_back(core::Error{std::string(name), 0,
                                     "not an article: JSON is neither an object nor an array"});
  }
  return out;
}

}  // namespace detail
}  // namespace newskg::ingest
