// JSON output in the node-link shape that D3 and networkx read:
//   {"nodes": [{"id": "person/pete-hegseth", "iri": ..., "kind": "Person",
//               "label": "Pete Hegseth", "aliases": ["Hegseth"],
//               "attributes": {}, "evidence": [], "confidence": 1.0,
//               "mentions": 3}],
//    "links": [{"source": "person/pete-hegseth", "target": "statement/...",
//               "relation": "said", "evidence": [{"article": "a1",
//               "begin": 120, "end": 245}], "confidence": 0.9}]}
// Unlike RDF, JSON keeps everything, including edge evidence and the
// "article" attribute. Relations use graph::to_string, so relation_from()
// reads them back ("fromArticle" here is nkg:article in RDF).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>
#include <string>
#include <vector>

#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// RapidJSON refuses NaN and infinities (and would leave the document
// broken), so a non-finite confidence is written as null.
void write_number(JsonWriter& w, double x) {
  if (std::isfinite(x)) {
    w.Double(x);
  } else {
    w.Null();
  }
}

void write_evidence(JsonWriter& w, const std::vector<graph::Evidence>& evidence) {
  w.StartArray();
  for (const graph::Evidence& ev : evidence) {
    w.StartObject();
    w.Key("article");
    write_string(w, ev.article);
    w.Key("begin");
    w.Uint(ev.begin);
    w.Key("end");
    w.Uint(ev.end);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string to_json(const graph::KnowledgeGraph& kg) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();

  w.Key("nodes");
  w.StartArray();
  for (graph::Vertex v : kg.sorted_nodes()) {
    const graph::NodeProps& n = kg[v];
    w.StartObject();
    w.Key("id");
    write_string(w, n.key);
    w.Key("iri");
    write_string(w, node_iri(n));
    w.Key("kind");
    write_string(w, graph::to_string(n.kind));
    w.Key("label");
    write_string(w, n.label);
    w.Key("aliases");
    w.StartArray();
    for (const auto& [alias, count] : n.aliases) write_string(w, alias);
    w.EndArray();
    w.Key("attributes");
    w.StartObject();
    for (const auto& [name, values] : n.attrs) {
      w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
      w.StartArray();
      for (const std::string& value : values) write_string(w, value);
      w.EndArray();
    }
    w.EndObject();
    w.Key("evidence");
    write_evidence(w, n.evidence);
    w.Key("confidence");
    write_number(w, n.confidence);
    w.Key("mentions");
    w.Uint(n.mentions);
    w.EndObject();
  }
  w.EndArray();

  w.Key("links");
  w.StartArray();
  for (const auto& e : kg.sorted_edges()) {
    w.StartObject();
    w.Key("source");
    write_string(w, kg[e.from].key);
    w.Key("target");
    write_string(w, kg[e.to].key);
    w.Key("relation");
    write_string(w, graph::to_string(e.props->relation));
    w.Key("evidence");
    write_evidence(w, e.props->evidence);
    w.Key("confidence");
    write_number(w, e.props->confidence);
    w.EndObject();
  }
  w.EndArray();

  w.EndObject();
  std::string out(buffer.GetString(), buffer.GetSize());
  out += '\n';
  return out;
}

core::Status write_json(const graph::KnowledgeGraph& kg, const std::string& path) {
  return write_file_atomic(path, to_json(kg));
}

}  // namespace newskg::io
