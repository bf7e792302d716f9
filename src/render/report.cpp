// The report page (see report.hpp) and write_views(), which the build calls
// to write the diagrams and the page beside the graph.
//
// The page's data, one JSON object (short keys: 10,000 statements make a
// few MB):
//   entities   [{k: key, n: label, t: kind, al: [aliases], of: [[title, entity]], ar: [article]}]
//   articles   [{id, ti: title, d: date, src: source, u: url}]
//   statements [{sp: [entity], k: kind, t: text, ab: [entity], a: article,
//                b, e: code point offsets, s: sentence, sb: sentence begin}]
//   meetings   [{p: [entity], a, b, e, s, sb}]
//   positions  [{h: entity, st: stance, tp: topic, te: [entity], a, b, e, s, sb}]
//   edges      [{f, t: entity, r: relation, c: count, tip, ev: ["s12", "m3", "p5"]}]
//              in the order of the diagram's SVG edge ids e0, e1, ...
#include "newskg/render/report.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "newskg/io/writers.hpp"
#include "newskg/query/queries.hpp"
#include "newskg/render/graphviz.hpp"
#include "report_page.hpp"

namespace newskg::render {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Vertex;
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Text for HTML element content and attribute values.
//   Tom & "Jerry" <b>  ->  Tom &amp; &quot;Jerry&quot; &lt;b&gt;
std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void string(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

class PageData {
 public:
  explicit PageData(const KnowledgeGraph& kg) : kg_(kg) {
    for (Vertex v : kg.sorted_nodes()) {
      const NodeKind k = kg[v].kind;
      if (graph::is_entity(k) || k == NodeKind::UnnamedSource) {
        entity_index_.emplace(kg[v].key, entities_.size());
        entities_.push_back(v);
      } else if (k == NodeKind::Article) {
        const std::string* id = kg[v].attr("id");
        article_index_.emplace(id != nullptr ? *id : kg[v].key, articles_.size());
        articles_.push_back(v);
      }
    }
    statements_ = query::said(kg);
    meetings_ = query::met(kg);
    positions_ = query::positions(kg);
    // "s12": statement 12 (the page's arrays are indexed the same way).
    auto id = [](char kind, size_t i) { return std::string(1, kind).append(std::to_string(i)); };
    for (size_t i = 0; i < statements_.size(); ++i)
      fact_ids_.emplace(statements_[i].key, id('s', i));
    for (size_t i = 0; i < meetings_.size(); ++i) fact_ids_.emplace(meetings_[i].key, id('m', i));
    for (size_t i = 0; i < positions_.size(); ++i) fact_ids_.emplace(positions_[i].key, id('p', i));
  }

  std::string json(const Diagram& people, const std::string& title) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("title");
    string(w, title);
    w.Key("entities");
    write_entities(w);
    w.Key("articles");
    write_articles(w);
    w.Key("statements");
    w.StartArray();
    for (const query::StatementRow& s : statements_) {
      w.StartObject();
      w.Key("sp");
      refs(w, s.speakers);
      w.Key("k");
      string(w, s.kind);
      w.Key("t");
      string(w, s.text);
      w.Key("ab");
      refs(w, s.about);
      provenance(w, s.from);
      w.EndObject();
    }
    w.EndArray();
    w.Key("meetings");
    w.StartArray();
    for (const query::MeetingRow& m : meetings_) {
      w.StartObject();
      w.Key("p");
      refs(w, m.participants);
      provenance(w, m.from);
      w.EndObject();
    }
    w.EndArray();
    w.Key("positions");
    w.StartArray();
    for (const query::PositionRow& p : positions_) {
      w.StartObject();
      w.Key("h");
      w.Int64(entity(p.holder.key));
      w.Key("st");
      string(w, p.stance);
      w.Key("tp");
      string(w, p.topic);
      w.Key("te");
      refs(w, p.topic_entities);
      provenance(w, p.from);
      w.EndObject();
    }
    w.EndArray();
    w.Key("edges");
    write_edges(w, people);
    w.EndObject();
    // Inside <script> only "</script" or "<!--" could end the element early;
    // a '<' can only stand inside a JSON string, where \u003c means the same.
    std::string out;
    const std::string_view raw(buffer.GetString(), buffer.GetSize());
    out.reserve(raw.size() + raw.size() / 50);
    for (char c : raw) {
      if (c == '<') {
        out += "\\u003c";
      } else {
        out += c;
      }
    }
    return out;
  }

 private:
  int64_t entity(const std::string& key) const {
    const auto it = entity_index_.find(key);
    return it == entity_index_.end() ? -1 : static_cast<int64_t>(it->second);
  }
  void refs(JsonWriter& w, const std::vector<query::EntityRef>& list) const {
    w.StartArray();
    for (const query::EntityRef& r : list)
      if (const int64_t i = entity(r.key); i >= 0) w.Int64(i);
    w.EndArray();
  }
  void provenance(JsonWriter& w, const query::Provenance& p) const {
    const auto a = article_index_.find(p.article);
    w.Key("a");
    w.Int64(a == article_index_.end() ? -1 : static_cast<int64_t>(a->second));
    w.Key("b");
    w.Uint(p.begin);
    w.Key("e");
    w.Uint(p.end);
    w.Key("s");
    string(w, p.sentence);
    w.Key("sb");
    w.Int64(p.sentence_begin ? static_cast<int64_t>(*p.sentence_begin) : -1);
  }
  void write_entities(JsonWriter& w) const {
    const graph::Graph& g = kg_.graph();
    w.StartArray();
    for (Vertex v : entities_) {
      const graph::NodeProps& n = kg_[v];
      w.StartObject();
      w.Key("k");
      string(w, n.key);
      w.Key("n");
      string(w, n.label.empty() ? n.key : n.label);
      w.Key("t");
      string(w, graph::to_string(n.kind));
      w.Key("al");
      w.StartArray();
      for (const auto& [alias, count] : n.aliases)
        if (alias != n.label) string(w, alias);
      w.EndArray();
      w.Key("of");
      w.StartArray();
      for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
        if (g[e].relation != graph::Relation::HoldsOffice) continue;
        const Vertex office = boost::target(e, g);
        const std::string* title = kg_[office].attr("title");
        int64_t of = -1;
        for (auto f : boost::make_iterator_range(boost::out_edges(office, g)))
          if (g[f].relation == graph::Relation::OfficeOf) of = entity(kg_[boost::target(f, g)].key);
        w.StartArray();
        string(w, title != nullptr ? *title : kg_[office].label);
        w.Int64(of);
        w.EndArray();
      }
      w.EndArray();
      w.Key("ar");
      std::vector<size_t> arts;
      for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
        if (g[e].relation != graph::Relation::Mentions) continue;
        const graph::NodeProps& a = kg_[boost::source(e, g)];
        const std::string* id = a.attr("id");
        const auto it = article_index_.find(id != nullptr ? *id : a.key);
        if (it != article_index_.end()) arts.push_back(it->second);
      }
      std::sort(arts.begin(), arts.end());
      w.StartArray();
      for (size_t a : arts) w.Uint64(a);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
  }
  void write_articles(JsonWriter& w) const {
    w.StartArray();
    for (Vertex v : articles_) {
      const graph::NodeProps& n = kg_[v];
      auto attr = [&](const char* name) {
        const std::string* s = n.attr(name);
        return s != nullptr ? *s : std::string();
      };
      w.StartObject();
      w.Key("id");
      string(w, n.attr("id") ? *n.attr("id") : n.key);
      w.Key("ti");
      string(w, attr("title"));
      w.Key("d");
      string(w, attr("date"));
      w.Key("src");
      string(w, attr("source"));
      w.Key("u");
      string(w, attr("url"));
      w.EndObject();
    }
    w.EndArray();
  }
  void write_edges(JsonWriter& w, const Diagram& d) const {
    const DiagramGraph& g = d.graph;
    w.StartArray();
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
      const DiagramEdge& edge = g[e];
      w.StartObject();
      w.Key("f");
      w.Int64(entity(g[boost::source(e, g)].id));
      w.Key("t");
      w.Int64(entity(g[boost::target(e, g)].id));
      w.Key("r");
      string(w, to_string(edge.relation));
      w.Key("c");
      w.Uint(edge.count);
      w.Key("tip");
      string(w, edge.tooltip);
      w.Key("ev");
      w.StartArray();
      for (const std::string& key : edge.evidence) {
        const auto it = fact_ids_.find(key);
        if (it != fact_ids_.end()) string(w, it->second);
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
  }

  const KnowledgeGraph& kg_;
  std::vector<Vertex> entities_, articles_;
  std::unordered_map<std::string, size_t> entity_index_, article_index_;
  std::vector<query::StatementRow> statements_;
  std::vector<query::MeetingRow> meetings_;
  std::vector<query::PositionRow> positions_;
  std::unordered_map<std::string, std::string> fact_ids_;  // fact key -> "s12"
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string_view svg_element(std::string_view svg) {
  const size_t at = svg.find("<svg");
  return at == std::string_view::npos ? std::string_view() : svg.substr(at);
}

std::string report_html(const KnowledgeGraph& kg, const Diagram& people,
                        std::string_view people_svg, std::string_view missing_svg_note,
                        const ReportOptions& options) {
  PageData data(kg);
  std::string html;
  html +=
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      // Offline by construction: the page may load nothing from anywhere.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
      "<title>";
  html += html_escape(options.title);
  html += "</title>\n<style>";
  html += page::kStyle;
  html += "</style>\n</head>\n<body>\n<header><h1>";
  html += html_escape(options.title);
  html +=
      "</h1><div id=\"counts\"></div></header>\n<main>\n"
      "<section id=\"diagram-section\"><h2>";
  html += html_escape(people.title);
  html +=
      "</h2>\n<div class=\"toolbar\"><button id=\"zoom-in\" title=\"Zoom in\">+</button>"
      "<button id=\"zoom-out\" title=\"Zoom out\">\xE2\x88\x92</button>"
      "<button id=\"zoom-fit\" title=\"Fit\">Fit</button><span class=\"hint\">";
  if (!people.note.empty()) html += html_escape(people.note) + ". ";
  html +=
      "Drag to pan, scroll to zoom; click a name for its panel, a line for its "
      "evidence.</span></div>\n<div id=\"diagram\">";
  const std::string_view svg = svg_element(people_svg);
  if (!svg.empty()) {
    html += svg;
  } else {
    html += "<p class=\"missing\">No diagram: " + html_escape(missing_svg_note) + "</p>";
  }
  html +=
      "</div>\n</section>\n"
      "<section id=\"statements-section\"><h2>Statements <span id=\"st-count\" "
      "class=\"meta\"></span></h2>\n"
      "<input id=\"search\" type=\"search\" placeholder=\"Search speaker, quote, about, "
      "article\xE2\x80\xA6\" aria-label=\"Search statements\">\n"
      "<table id=\"statements\"><thead><tr><th data-key=\"speaker\">Speaker</th>"
      "<th data-key=\"kind\">Kind</th><th data-key=\"quote\">Quote</th>"
      "<th data-key=\"about\">About</th><th data-key=\"article\">Article</th>"
      "<th data-key=\"date\">Date</th></tr></thead><tbody></tbody></table>\n"
      "<div id=\"more\"></div>\n</section>\n"
      "<section id=\"articles-section\"><h2>Articles</h2>\n"
      "<table id=\"articles\"><thead><tr><th>Title</th><th>Id</th><th>Date</th>"
      "<th>Statements</th><th>Meetings</th><th>Positions</th></tr></thead><tbody></tbody>"
      "</table>\n<button id=\"articles-more\" class=\"link\">show all articles</button>\n"
      "</section>\n</main>\n"
      "<aside id=\"panel\" hidden><button id=\"panel-close\" title=\"Close\">\xC3\x97</button>"
      "<div id=\"panel-body\"></div></aside>\n"
      "<script id=\"newskg-data\" type=\"application/json\">";
  html += data.json(people, options.title);
  html += "</script>\n<script>";
  html += page::kScript;
  html += "</script>\n</body>\n</html>\n";
  return html;
}

core::Result<ViewsWritten> write_views(
    const KnowledgeGraph& kg, const std::function<std::string(std::string_view name)>& path_of,
    const WriteViewsOptions& options) {
  ViewsWritten written;
  bool graphviz = options.svg;
  // One diagram: its .dot, then its .svg while Graphviz is there. Returns
  // the SVG text ("" without Graphviz).
  auto draw = [&](const Diagram& d, std::string_view stem) -> core::Result<std::string> {
    const std::string dot = to_dot(d);
    const std::string dot_name = std::string(stem) + ".dot";
    if (core::Status st = io::write_file_atomic(path_of(dot_name), dot); !st) return st.error();
    written.files.push_back(dot_name);
    if (!graphviz) return std::string();
    const std::string svg_name = std::string(stem) + ".svg";
    const std::string svg_path = path_of(svg_name);
    if (core::Status st = run_graphviz(dot, ImageFormat::Svg, svg_path); !st) {
      if (!is_graphviz_missing(st.error())) return st.error();
      written.notes.push_back(st.error().message);
      graphviz = false;
      return std::string();
    }
    written.files.push_back(svg_name);
    return read_file(svg_path);
  };

  const Diagram people = people_view(kg, options.people);
  auto people_svg = draw(people, "people");
  if (!people_svg) return people_svg.error();
  if (const auto center = most_quoted_person(kg)) {
    if (auto focus = draw(focus_view(kg, *center, options.focus), "focus"); !focus)
      return focus.error();
  }
  std::string note = options.svg ? "graphviz is not installed" : "diagrams were not rendered";
  if (!written.notes.empty()) note = written.notes.front();
  const std::string html = report_html(kg, people, *people_svg, note, options.report);
  if (core::Status st = io::write_file_atomic(path_of("index.html"), html); !st) return st.error();
  written.files.push_back("index.html");
  return written;
}

}  // namespace newskg::render
