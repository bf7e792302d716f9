// HTML pages, parsed by gumbo (a conforming HTML5 parser: broken markup, entities
// and implied tags are handled the way browsers do).
//
//   <head><meta property="og:title" content="Hegseth rejects ..."> ...</head>
//   <body><nav>Home | World</nav>
//     <article><p>Defence  Secretary &amp; <b>Pete</b> Hegseth ...</p>
//              <blockquote><p>“We are at a critical moment.”</p></blockquote>
//              <script>track()</script></article>
//   </body>
// ->
//   text = "Hegseth rejects ...\n\n"
//          "Defence Secretary & Pete Hegseth ...\n\n"
//          "“We are at a critical moment.”"
//
// The text is rebuilt, one paragraph per block, so offsets refer to `text`,
// not to the HTML source.
#include <gumbo.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>

#include "formats.hpp"
#include "newskg/core/unicode.hpp"
#include "text_util.hpp"

namespace newskg::ingest {
namespace {

enum class Role {
  kSkip,     // not article text: script, style, navigation, forms, figures
  kContent,  // a paragraph of article text: p, h1-h6, blockquote, li, pre, dd, dt
  kBlock,    // ends a paragraph but is not text itself: div, section, table...
  kBreak,    // <br>: a space inside the paragraph
  kInline,   // a, b, em, span...: text flows through
};

Role role_of(const GumboElement& el) {
  switch (el.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return Role::kSkip;
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
      return Role::kContent;
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
      return Role::kBlock;
    case GUMBO_TAG_BR:
      return Role::kBreak;
    default:
      return Role::kInline;
  }
}

std::string_view attribute(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

// Content a reader never sees: <div hidden>, aria-hidden="true".
bool is_hidden(const GumboElement& el) {
  return gumbo_get_attribute(&el.attributes, "hidden") != nullptr ||
         attribute(el, "aria-hidden") == "true";
}

// Page furniture marked by its class or ARIA role: share and follow buttons
// ("Share on Facebook": class "shareBtn", "share-li", "social__action",
// "social-icon-wrapper") and the landmarks around the article (role
// "navigation", "banner", "contentinfo", "complementary"). corpus/GOLD.md:
// page furniture names no one.
bool is_furniture(const GumboElement& el) {
  const std::string_view aria = attribute(el, "role");
  if (aria == "navigation" || aria == "banner" || aria == "contentinfo" ||
      aria == "complementary" || aria == "search")
    return true;
  const std::string_view cls = attribute(el, "class");
  size_t i = 0;
  while (i < cls.size()) {
    while (i < cls.size() && cls[i] == ' ') ++i;
    size_t j = i;
    while (j < cls.size() && cls[j] != ' ') ++j;
    std::string name(cls.substr(i, j - i));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto has = [&](std::string_view part) { return name.find(part) != std::string::npos; };
    if (name.starts_with("share") || has("-share") || has("_share") || has("social__") ||
        has("social-icon") || has("social-share") || has("social-links") || has("social-follow"))
      return true;
    i = j;
  }
  return false;
}

Role role_of_node(const GumboNode* node) {
  const GumboElement& el = node->v.element;
  Role role = role_of(el);
  if (role != Role::kSkip && (is_hidden(el) || is_furniture(el))) return Role::kSkip;
  return role;
}

void push_children(std::vector<std::pair<const GumboNode*, bool>>& stack, const GumboVector& kids) {
  for (unsigned i = kids.length; i > 0; --i)
    stack.emplace_back(static_cast<const GumboNode*>(kids.data[i - 1]), false);
}

// All text below `node`, whitespace collapsed:
//   "<h1> Hegseth\n<em>rejects</em></h1>" -> "Hegseth rejects"
std::string text_of(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};  // explicit stack: deep markup cannot overflow ours
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      out += n->v.text.text;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      if (n != node && role_of_node(n) == Role::kSkip) continue;
      if (n->v.element.tag == GUMBO_TAG_BR) out += ' ';
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i > 0; --i)
        stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
    }
  }
  return detail::collapse_whitespace(out);
}

// Paragraphs under `root`. With `any_text` false only text inside content
// elements counts (menus and "Share this" links in bare <div>s stay out); the
// caller retries with true for pages that have no such elements at all.
std::vector<std::string> paragraphs_of(const GumboNode* root, bool any_text) {
  std::vector<std::string> out;
  std::string current;
  int content_depth = 0;
  auto flush = [&]() {
    std::string p = detail::collapse_whitespace(current);
    if (!p.empty()) out.push_back(std::move(p));
    current.clear();
  };
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [node, leaving] = stack.back();
    stack.pop_back();
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        push_children(stack, node->v.document.children);
        break;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        if (any_text || content_depth > 0) current += node->v.text.text;
        break;
      case GUMBO_NODE_ELEMENT: {
        Role role = role_of_node(node);
        if (leaving) {
          flush();
          if (role == Role::kContent) --content_depth;
          break;
        }
        if (role == Role::kSkip && node != root) break;
        if (role == Role::kBreak) {
          current += ' ';
          break;
        }
        if (role == Role::kContent || role == Role::kBlock) {
          flush();
          if (role == Role::kContent) ++content_depth;
          stack.emplace_back(node, true);
        }
        push_children(stack, node->v.element.children);
        break;
      }
      default:  // comments, <template> contents
        break;
    }
  }
  flush();
  return out;
}

size_t total_size(const std::vector<std::string>& paragraphs) {
  size_t n = 0;
  for (const auto& p : paragraphs) n += p.size();
  return n;
}

// What the page says about itself, gathered in one pass over the tree.
struct PageInfo {
  std::string title_tag;      // <title>
  std::string first_h1;       // first <h1> anywhere
  std::string time_datetime;  // first <time datetime>
  std::string canonical;      // <link rel=canonical href>
  // (lower-case name / property / itemprop, content) of every <meta>
  std::vector<std::pair<std::string, std::string>> meta;
  std::vector<const GumboNode*> articles;
  std::vector<std::string> json_ld;  // <script type="application/ld+json"> contents
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;

  std::string meta_value(std::initializer_list<std::string_view> keys) const {
    for (auto key : keys)
      for (const auto& [k, v] : meta)
        if (k == key && !detail::trim(v).empty()) return detail::collapse_whitespace(v);
    return {};
  }
};

bool has_token(std::string_view list, std::string_view token) {
  // rel="canonical" or rel="alternate canonical"
  std::string lower = detail::lower_ascii(list);
  size_t at = lower.find(token);
  while (at != std::string::npos) {
    bool starts = at == 0 || detail::is_space(lower[at - 1]);
    bool ends = at + token.size() == lower.size() || detail::is_space(lower[at + token.size()]);
    if (starts && ends) return true;
    at = lower.find(token, at + 1);
  }
  return false;
}

// The names of a JSON-LD value: "A", {"name": "A"}, or an array of them;
// with `people`, objects typed other than Person are left out.
void json_ld_names(const rapidjson::Value& v, bool people, std::vector<std::string>& out) {
  if (v.IsString()) {
    out.emplace_back(v.GetString(), v.GetStringLength());
  } else if (v.IsArray()) {
    for (const auto& x : v.GetArray())
      if (out.size() < 32) json_ld_names(x, people, out);
  } else if (v.IsObject()) {
    auto type = v.FindMember("@type");
    if (people && type != v.MemberEnd() && type->value.IsString() &&
        std::string_view(type->value.GetString()) != "Person")
      return;
    auto name = v.FindMember("name");
    if (name != v.MemberEnd() && name->value.IsString())
      out.emplace_back(name->value.GetString(), name->value.GetStringLength());
  }
}

// One <script type="application/ld+json">: the first article item's
// authors and contributors join the byline, its publisher names the outlet.
// Malformed JSON is skipped (pages ship broken JSON-LD; the article is
// still read).
void read_json_ld(std::string_view text, core::Document& doc) {
  std::string json(detail::trim(text));
  if (json.starts_with("<![CDATA[")) json.erase(0, 9);
  if (json.ends_with("]]>")) json.erase(json.size() - 3);
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(json.c_str(), json.size());
  if (d.HasParseError()) return;
  std::vector<const rapidjson::Value*> items;
  auto add_items = [&](const rapidjson::Value& v) {
    if (v.IsObject()) items.push_back(&v);
    if (v.IsArray())
      for (const auto& x : v.GetArray())
        if (x.IsObject()) items.push_back(&x);
  };
  add_items(d);
  if (d.IsObject())
    if (auto g = d.FindMember("@graph"); g != d.MemberEnd()) add_items(g->value);
  for (const rapidjson::Value* item : items) {
    auto type = item->FindMember("@type");
    if (type == item->MemberEnd() || !type->value.IsString()) continue;
    const std::string_view t = type->value.GetString();
    if (t != "NewsArticle" && t != "Article" && t != "ReportageNewsArticle" &&
        t != "AnalysisNewsArticle" && t != "OpinionNewsArticle" && t != "BlogPosting")
      continue;
    std::vector<std::string> names;
    for (const char* key : {"author", "contributor"})
      if (auto m = item->FindMember(key); m != item->MemberEnd()) json_ld_names(m->value, true, names);
    for (auto& n : names) n = detail::collapse_whitespace(n);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const std::string& n) {
                                 return n.empty() || n.size() > 80 || detail::looks_like_url(n);
                               }),
                names.end());
    detail::append_unique(doc.byline, names);
    if (doc.publisher.empty())
      if (auto m = item->FindMember("publisher"); m != item->MemberEnd()) {
        std::vector<std::string> pub;
        json_ld_names(m->value, false, pub);
        if (!pub.empty() && pub.front().size() <= 80) doc.publisher = pub.front();
      }
    return;  // the first article item is the page's
  }
}

PageInfo inspect(const GumboNode* root) {
  PageInfo info;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    const GumboVector* kids = nullptr;
    if (n->type == GUMBO_NODE_DOCUMENT) kids = &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& el = n->v.element;
      kids = &el.children;
      switch (el.tag) {
        case GUMBO_TAG_SCRIPT:
          if (detail::lower_ascii(attribute(el, "type")) == "application/ld+json" &&
              info.json_ld.size() < 16) {
            std::string json;
            for (unsigned i = 0; i < el.children.length; ++i) {
              const auto* c = static_cast<const GumboNode*>(el.children.data[i]);
              if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
                  c->type == GUMBO_NODE_WHITESPACE)
                json += c->v.text.text;
            }
            info.json_ld.push_back(std::move(json));
          }
          kids = nullptr;
          break;
        case GUMBO_TAG_SVG:  // <svg><title> is an image caption, not the page title
        case GUMBO_TAG_MATH:
        case GUMBO_TAG_STYLE:
          kids = nullptr;
          break;
        case GUMBO_TAG_TITLE:
          if (info.title_tag.empty()) info.title_tag = text_of(n);
          break;
        case GUMBO_TAG_H1:
          if (info.first_h1.empty()) info.first_h1 = text_of(n);
          break;
        case GUMBO_TAG_TIME:
          if (info.time_datetime.empty())
            info.time_datetime = detail::collapse_whitespace(attribute(el, "datetime"));
          break;
        case GUMBO_TAG_LINK:
          if (info.canonical.empty() && has_token(attribute(el, "rel"), "canonical"))
            info.canonical = detail::collapse_whitespace(attribute(el, "href"));
          break;
        case GUMBO_TAG_META:
          for (const char* key : {"property", "name", "itemprop"}) {
            std::string_view k = attribute(el, key);
            if (!k.empty())
              info.meta.emplace_back(detail::lower_ascii(k), std::string(attribute(el, "content")));
          }
          break;
        case GUMBO_TAG_ARTICLE:
          info.articles.push_back(n);
          break;
        case GUMBO_TAG_MAIN:
          if (info.main == nullptr) info.main = n;
          break;
        case GUMBO_TAG_BODY:
          if (info.body == nullptr) info.body = n;
          break;
        default:
          break;
      }
    }
    if (kids != nullptr)
      for (unsigned i = kids->length; i > 0; --i)
        stack.push_back(static_cast<const GumboNode*>(kids->data[i - 1]));
  }
  return info;
}

// The article's paragraphs: the richest <article> (listing pages have many),
// else <main>, else <body>; content elements first, any text as a fallback.
std::vector<std::string> article_paragraphs(const PageInfo& info, const GumboNode* document) {
  std::vector<const GumboNode*> roots;
  if (!info.articles.empty()) {
    const GumboNode* best = nullptr;
    size_t best_size = 0;
    for (const GumboNode* a : info.articles) {
      size_t size = total_size(paragraphs_of(a, false));
      if (best == nullptr || size > best_size) {
        best = a;
        best_size = size;
      }
    }
    roots.push_back(best);
  }
  if (info.main != nullptr) roots.push_back(info.main);
  roots.push_back(info.body != nullptr ? info.body : document);
  for (const GumboNode* root : roots) {
    auto paragraphs = paragraphs_of(root, false);
    if (!paragraphs.empty()) return paragraphs;
  }
  for (const GumboNode* root : roots) {
    auto paragraphs = paragraphs_of(root, true);
    if (!paragraphs.empty()) return paragraphs;
  }
  return {};
}

// Elements nested deeper than this are flattened before parsing (see
// flatten_deep_nesting). Real pages nest a few dozen deep.
constexpr size_t kMaxHtmlDepth = 400;

bool is_tag_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':' || c == '_';
}
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Elements that never hold others (no end tag), and those whose content is
// raw text up to their end tag.
bool is_void_element(std::string_view t) {
  static const std::set<std::string_view> names = {
      "area", "base",  "basefont", "bgsound", "br",   "col",   "embed",  "frame", "hr", "image",
      "img",  "input", "keygen",   "link",    "meta", "param", "source", "track", "wbr"};
  return names.count(t) > 0;
}
bool is_raw_text_element(std::string_view t) {
  return t == "script" || t == "style" || t == "xmp" || t == "iframe" || t == "noembed" ||
         t == "noframes" || t == "textarea" || t == "title" || t == "plaintext";
}
// An open <p> (or <li>, <dd>, ...) is closed by a new one or by a block;
// these end the search for it, as in the HTML5 "scope" rules.
bool is_scope_boundary(std::string_view t) {
  return t == "html" || t == "table" || t == "td" || t == "th" || t == "caption" || t == "button" ||
         t == "object" || t == "applet" || t == "marquee" || t == "template" || t == "svg" ||
         t == "math";
}
bool closes_p(std::string_view t) {
  static const std::set<std::string_view> names = {
      "address", "article", "aside",   "blockquote", "center",   "details",    "dialog", "dir",
      "div",     "dl",      "dd",      "dt",         "fieldset", "figcaption", "figure", "footer",
      "form",    "h1",      "h2",      "h3",         "h4",       "h5",         "h6",     "header",
      "hgroup",  "hr",      "li",      "listing",    "main",     "menu",       "nav",    "ol",
      "p",       "pre",     "section", "summary",    "table",    "ul"};
  return names.count(t) > 0;
}

// gumbo checks the stack of open elements at every tag, so its time grows
// with depth x size: 50,000 nested <div> took 4.3 s, 100,000 took 24 s
// (issue 14). This linear pre-scan follows the nesting the way a browser
// would (void elements, raw text, comments, implied ends of <p>, <li>, <dt>,
// <dd>, <option>, table rows and cells, end tags closing what they enclose)
// and drops the start and end tags of elements nested deeper than
// `max_depth`, keeping their text:
//   max_depth 2:  "<div><div><div>a</div></div></div>"  ->  "<div><div>a</div></div>"
// Returns the number of start tags dropped; `out` holds the rewritten page
// when that is not 0 (a page within the limit is parsed as it is).
size_t flatten_deep_nesting(std::string_view html, size_t max_depth, std::string& out) {
  struct Open {
    std::string name;
  };
  std::vector<Open> stack;  // the open elements, as the parser will see them
  std::map<std::string, std::vector<size_t>, std::less<>> open_at;  // name -> stack positions
  std::vector<size_t> boundaries;                                   // positions of scope boundaries
  std::map<std::string, size_t, std::less<>> dropped_open;          // name -> start tags dropped
  size_t dropped = 0;
  size_t copied = 0;  // html[copied, i) is still to be copied to `out`
  auto drop = [&](size_t from, size_t to) {
    out.append(html.substr(copied, from - copied));
    copied = to;
  };
  auto pop = [&]() {
    const std::string& name = stack.back().name;
    auto& at = open_at[name];
    at.pop_back();
    if (is_scope_boundary(name)) boundaries.pop_back();
    stack.pop_back();
  };
  auto pop_through = [&](size_t pos) {
    while (stack.size() > pos) pop();
  };
  // The topmost open `name` not behind a scope boundary, or npos.
  auto in_scope = [&](std::string_view name) -> size_t {
    auto it = open_at.find(name);
    if (it == open_at.end() || it->second.empty()) return std::string_view::npos;
    const size_t pos = it->second.back();
    if (!boundaries.empty() && boundaries.back() > pos) return std::string_view::npos;
    return pos;
  };
  bool foreign = false;  // inside <svg> or <math>: "<x/>" closes itself
  size_t i = 0;
  const size_t n = html.size();
  while (i < n) {
    const size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    i = lt + 1;
    if (html.compare(lt, 4, "<!--") == 0) {
      const size_t end = html.find("-->", lt + 4);
      i = end == std::string_view::npos ? n : end + 3;
      continue;
    }
    if (html[i] == '!' || html[i] == '?') {  // doctype, CDATA, processing instruction
      const size_t end = html.find('>', i);
      i = end == std::string_view::npos ? n : end + 1;
      continue;
    }
    const bool end_tag = html[i] == '/';
    if (end_tag) ++i;
    if (i >= n || !is_ascii_letter(html[i])) continue;  // "a < b" is text
    const size_t name_begin = i;
    while (i < n && is_tag_char(html[i])) ++i;
    const std::string name = detail::lower_ascii(html.substr(name_begin, i - name_begin));
    // Attributes, up to the closing '>' outside quoted values.
    bool self_closing = false;
    while (i < n && html[i] != '>') {
      const char c = html[i];
      if (c == '=') {
        ++i;
        while (i < n && detail::is_space(html[i])) ++i;
        if (i < n && (html[i] == '"' || html[i] == '\'')) {
          const size_t close = html.find(html[i], i + 1);
          i = close == std::string_view::npos ? n : close + 1;
          continue;
        }
        continue;
      }
      self_closing = c == '/' && i + 1 < n && html[i + 1] == '>';
      ++i;
    }
    if (i >= n) break;  // a tag cut by the end of the page: gumbo drops it
    const size_t tag_end = ++i;
    if (end_tag) {
      auto it = open_at.find(name);
      if (it != open_at.end() && !it->second.empty()) {
        pop_through(it->second.back());
        if (name == "svg" || name == "math")
          foreign = !open_at["svg"].empty() || !open_at["math"].empty();
      } else if (auto d = dropped_open.find(name); d != dropped_open.end() && d->second > 0) {
        --d->second;  // the end of an element dropped for its depth
        drop(lt, tag_end);
      }
      continue;
    }
    if (is_raw_text_element(name)) {
      // Its content is text up to "</name": no tags inside.
      size_t k = tag_end;
      for (;;) {
        k = html.find("</", k);
        if (k == std::string_view::npos) break;
        if (detail::starts_with_nocase(html.substr(k + 2), name) &&
            (k + 2 + name.size() >= n || !is_tag_char(html[k + 2 + name.size()])))
          break;
        k += 2;
      }
      i = k == std::string_view::npos || name == "plaintext" ? n : k;
      continue;
    }
    if (is_void_element(name) || (foreign && self_closing)) continue;
    // Implied ends: a new item closes the open one, a block closes an open <p>.
    auto close_open = [&](std::string_view open) {
      if (size_t pos = in_scope(open); pos != std::string_view::npos) pop_through(pos);
    };
    if (closes_p(name)) close_open("p");
    if (name == "li") close_open("li");
    if (name == "dt" || name == "dd") {
      close_open("dt");
      close_open("dd");
    }
    if (name == "option") close_open("option");
    if (name == "tr") close_open("tr");
    if (name == "td" || name == "th") {
      close_open("td");
      close_open("th");
    }
    // At the limit, one paragraph-like element may still open, so that the
    // text of "<div> x 5000 <p>text</p>" stays a paragraph of its own (no
    // second one can open inside it: it is dropped like the rest).
    const bool paragraph = name == "p" || name == "li" || name == "dd" || name == "dt" ||
                           name == "pre" || name == "blockquote" ||
                           (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6');
    if (stack.size() > max_depth || (stack.size() == max_depth && !paragraph)) {
      ++dropped;
      ++dropped_open[name];
      drop(lt, tag_end);
      continue;
    }
    open_at[name].push_back(stack.size());
    if (is_scope_boundary(name)) boundaries.push_back(stack.size());
    stack.push_back({name});
    if (name == "svg" || name == "math") foreign = true;
  }
  if (dropped > 0) out.append(html.substr(copied));
  return dropped;
}

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

}  // namespace

core::Result<core::Document> parse_html(std::string_view name, std::string_view bytes,
                                        std::vector<core::Error>* warnings) {
  const std::string_view content = detail::strip_bom(bytes);
  auto check = detail::check_text(name, content);
  if (!check.ok()) return check.error();

  std::string flattened;
  std::string_view page = content;
  if (size_t dropped = flatten_deep_nesting(content, kMaxHtmlDepth, flattened); dropped > 0) {
    page = flattened;
    if (warnings != nullptr)
      warnings->push_back(core::Error{std::string(name), 0,
                                      "HTML nested deeper than " + std::to_string(kMaxHtmlDepth) +
                                          " elements: " + std::to_string(dropped) +
                                          " tags beyond that depth dropped, their text kept"});
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are recovered from; recording them only costs time
  std::unique_ptr<GumboOutput, GumboDeleter> out(
      gumbo_parse_with_options(&options, page.data(), page.size()));
  if (!out) return core::Error{std::string(name), 0, "HTML parser failed"};

  const PageInfo info = inspect(out->document);
  std::vector<std::string> paragraphs = article_paragraphs(info, out->document);

  core::Document doc;
  doc.id = base_id(name);
  doc.source = std::string(name);
  doc.format = "html";

  // og:title is the bare headline; <title> often carries " | Site name".
  std::string title = info.meta_value({"og:title", "twitter:title"});
  if (title.empty()) title = info.title_tag;
  if (title.empty()) title = info.first_h1;
  if (title.empty() && !paragraphs.empty()) {
    title = std::move(paragraphs.front());
    paragraphs.erase(paragraphs.begin());
  }
  // The page's own <h1> usually repeats the headline: keep it once.
  if (!paragraphs.empty() && paragraphs.front() == title) paragraphs.erase(paragraphs.begin());
  if (paragraphs.empty())
    return core::Error{std::string(name), 0,
                       "no article text in HTML (no paragraphs, headings or list items)"};

  doc.date = info.meta_value({"article:published_time", "og:published_time", "datepublished",
                              "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
                              "dcterms.created", "parsely-pub-date"});
  if (doc.date.empty()) doc.date = info.time_datetime;
  // The canonical link, else og:url. A relative one ("/news/x") cannot be
  // resolved here and is left quietly; anything else that fails is reported.
  for (const std::string& url : {info.canonical, info.meta_value({"og:url"})}) {
    if (url.empty()) continue;
    const char* problem = detail::url_problem(url);
    if (problem == nullptr) {
      doc.url = url;
      break;
    }
    if (warnings != nullptr && detail::url_like(url))
      warnings->push_back(core::Error{
          std::string(name), 0, "url " + detail::quoted_for_message(url) + " dropped: " + problem});
  }
  for (const auto& [key, value] : info.meta)
    if ((key == "article:section" || key == "article:tag") && !detail::trim(value).empty())
      detail::append_unique(doc.categories, {detail::collapse_whitespace(value)});
  for (const auto& [key, value] : info.meta)
    if ((key == "author" || key == "article:author" || key == "byl" || key == "dc.creator") &&
        !detail::looks_like_url(detail::trim(value)))  // article:author is often a profile URL
      detail::append_unique(doc.byline, detail::split_names(value));

  // schema.org JSON-LD: the article's authors and contributors are its
  // byline ("contributed to this report"), its publisher the outlet.
  for (const auto& json : info.json_ld) read_json_ld(json, doc);
  if (doc.publisher.empty()) doc.publisher = info.meta_value({"og:site_name"});
  doc.publisher = detail::collapse_whitespace(doc.publisher);

  std::string body;
  for (const auto& p : paragraphs) {
    if (!body.empty()) body += "\n\n";
    body += p;
  }
  // Gumbo's decoded text can hold bytes that are no UTF-8 although the page
  // was valid: a character reference past U+10FFFF ("&#99999999999") comes
  // out as the byte 0xFF. The HTML standard reads it as U+FFFD; so do we,
  // before anything takes offsets into the text.
  for (std::string* s : {&title, &body, &doc.date, &doc.url, &doc.publisher})
    core::make_valid_utf8(*s);
  for (auto* list : {&doc.byline, &doc.categories})
    for (auto& s : *list) core::make_valid_utf8(s);
  // Entities can spell decomposed characters ("e&#x301;"); compose them.
  title = detail::nfc_if_needed(title);
  body = detail::nfc_if_needed(body);
  for (auto& author : doc.byline) author = detail::nfc_if_needed(author);
  detail::set_title_and_body(doc, std::move(title), body);
  if (doc.byline.empty()) doc.byline = detail::find_byline(doc.text, doc.title_span.end, 3);
  return doc;
}

namespace detail {

bool looks_like_html(std::string_view content) {
  size_t i = 0;
  while (i < content.size() && is_space(content[i])) ++i;
  std::string_view rest = content.substr(i);
  return starts_with_nocase(rest, "<!doctype html") || starts_with_nocase(rest, "<html");
}

}  // namespace detail
}  // namespace newskg::ingest
