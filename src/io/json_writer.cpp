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
#include <rapidjson/writer.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {


template <class W>
void write_string(W& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// RapidJSON refuses NaN and infinities (and would leave the document
// broken), so a non-finite confidence is written as null.
template <class W>
void write_number(W& w, double x) {
  if (std::isfinite(x)) {
    w.Double(x);
  } else {
    w.Null();
  }
}

template <class W>
void write_evidence(W& w, const std::vector<graph::Evidence>& evidence) {
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


using CompactWriter = rapidjson::Writer<rapidjson::StringBuffer>;

template <class W>
void write_node(W& w, const graph::NodeProps& n) {
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

template <class W>
void write_link(W& w, const graph::KnowledgeGraph& kg, const graph::KnowledgeGraph::EdgeView& e) {
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

bool wants(RdfPart part, graph::NodeKind from, std::optional<graph::Relation> rel) {
  if (part == RdfPart::All) return true;
  const bool article = graph::is_article_scoped(from) || rel == graph::Relation::Said;
  return article == (part == RdfPart::Article);
}

// One JSON value per call into `out`, comma-separated: RapidJSON writes a
// single root value per writer, so each object gets a fresh writer on the
// same buffer.
template <class Fn>
void append_value(std::string& out, size_t& count, Fn&& write) {
  rapidjson::StringBuffer buffer;
  CompactWriter w(buffer);
  write(w);
  if (count++ > 0) out += ',';
  out.append(buffer.GetString(), buffer.GetSize());
}

}  // namespace

JsonChunk to_json_chunk(const graph::KnowledgeGraph& kg, RdfPart part) {
  JsonChunk chunk;
  const std::vector<graph::Vertex> nodes = kg.sorted_nodes();
  for (graph::Vertex v : nodes)
    if (wants(part, kg[v].kind, std::nullopt))
      append_value(chunk.nodes, chunk.node_count, [&](CompactWriter& w) { write_node(w, kg[v]); });
  for (const auto& e : kg.sorted_edges(nodes))
    if (wants(part, kg[e.from].kind, e.props->relation))
      append_value(chunk.links, chunk.link_count,
                   [&](CompactWriter& w) { write_link(w, kg, e); });
  return chunk;
}

std::string to_json(const graph::KnowledgeGraph& kg) {
  const JsonChunk all = to_json_chunk(kg, RdfPart::All);
  std::string out;
  out.reserve(all.nodes.size() + all.links.size() + 32);
  out += kJsonOpen;
  out += all.nodes;
  out += kJsonBetween;
  out += all.links;
  out += kJsonClose;
  return out;
}

core::Status write_json(const graph::KnowledgeGraph& kg, const std::string& path) {
  return write_file_atomic(path, to_json(kg));
}

}  // namespace newskg::io
