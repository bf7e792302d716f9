// Query answers as JSON for scripts (RapidJSON; kept to this file so the
// header stays out of every other translation unit).
//   [{"key": "statement/...", "speakers": [{"key": ..., "label": ..., "kind": ...}],
//     "kind": "direct", "text": ..., "about": [...], "article": "003_...",
//     "date": ..., "begin": 120, "end": 245, "sentence": ...,
//     "sentenceBegin": 100, "sentenceEnd": 300, "confidence": 0.9}]
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>

#include "newskg/query/render.hpp"

namespace newskg::query {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void write_key(JsonWriter& w, std::string_view k) {
  w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
}

void write_ref(JsonWriter& w, const EntityRef& r) {
  w.StartObject();
  write_key(w, "key");
  write_string(w, r.key);
  write_key(w, "label");
  write_string(w, r.label);
  write_key(w, "kind");
  write_string(w, r.kind);
  w.EndObject();
}

void write_refs(JsonWriter& w, std::string_view key, const std::vector<EntityRef>& refs) {
  write_key(w, key);
  w.StartArray();
  for (const EntityRef& r : refs) write_ref(w, r);
  w.EndArray();
}

// The provenance fields, inline in the row's object.
void write_provenance(JsonWriter& w, const Provenance& p) {
  write_key(w, "article");
  write_string(w, p.article);
  write_key(w, "date");
  if (p.date.empty()) {
    w.Null();
  } else {
    write_string(w, p.date);
  }
  write_key(w, "begin");
  w.Uint(p.begin);
  write_key(w, "end");
  w.Uint(p.end);
  write_key(w, "sentence");
  write_string(w, p.sentence);
  write_key(w, "sentenceBegin");
  if (p.sentence_begin) {
    w.Uint(*p.sentence_begin);
  } else {
    w.Null();
  }
  write_key(w, "sentenceEnd");
  if (p.sentence_end) {
    w.Uint(*p.sentence_end);
  } else {
    w.Null();
  }
  write_key(w, "confidence");
  // RapidJSON refuses NaN and infinities.
  if (std::isfinite(p.confidence)) {
    w.Double(p.confidence);
  } else {
    w.Null();
  }
}

void write_row(JsonWriter& w, const StatementRow& s) {
  w.StartObject();
  write_key(w, "key");
  write_string(w, s.key);
  write_refs(w, "speakers", s.speakers);
  write_key(w, "kind");
  write_string(w, s.kind);
  write_key(w, "text");
  write_string(w, s.text);
  write_refs(w, "about", s.about);
  write_provenance(w, s.from);
  w.EndObject();
}

void write_row(JsonWriter& w, const MeetingRow& m) {
  w.StartObject();
  write_key(w, "key");
  write_string(w, m.key);
  write_refs(w, "participants", m.participants);
  write_provenance(w, m.from);
  w.EndObject();
}

void write_row(JsonWriter& w, const PositionRow& p) {
  w.StartObject();
  write_key(w, "key");
  write_string(w, p.key);
  write_key(w, "holder");
  write_ref(w, p.holder);
  write_key(w, "stance");
  write_string(w, p.stance);
  write_key(w, "topic");
  write_string(w, p.topic);
  write_refs(w, "topicEntities", p.topic_entities);
  write_provenance(w, p.from);
  w.EndObject();
}

template <class Row>
void write_rows(JsonWriter& w, const std::vector<Row>& rows) {
  w.StartArray();
  for (const Row& row : rows) write_row(w, row);
  w.EndArray();
}

template <class Fn>
std::string with_writer(Fn&& fn) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  fn(w);
  std::string out(buffer.GetString(), buffer.GetSize());
  out += '\n';
  return out;
}

}  // namespace

std::string to_json(const std::vector<StatementRow>& rows) {
  return with_writer([&](JsonWriter& w) { write_rows(w, rows); });
}

std::string to_json(const std::vector<MeetingRow>& rows) {
  return with_writer([&](JsonWriter& w) { write_rows(w, rows); });
}

std::string to_json(const std::vector<PositionRow>& rows) {
  return with_writer([&](JsonWriter& w) { write_rows(w, rows); });
}

std::string to_json(const EntityReport& r) {
  return with_writer([&](JsonWriter& w) {
    w.StartObject();
    write_key(w, "entity");
    write_ref(w, r.entity);
    write_key(w, "aliases");
    w.StartArray();
    for (const std::string& a : r.aliases) write_string(w, a);
    w.EndArray();
    write_key(w, "roles");
    w.StartArray();
    for (const RoleRow& role : r.roles) {
      w.StartObject();
      write_key(w, "holder");
      write_ref(w, role.holder);
      write_key(w, "office");
      write_ref(w, role.office);
      write_key(w, "title");
      write_string(w, role.title);
      write_key(w, "of");
      if (role.of) {
        write_ref(w, *role.of);
      } else {
        w.Null();
      }
      w.EndObject();
    }
    w.EndArray();
    write_key(w, "said");
    write_rows(w, r.said);
    write_key(w, "saidAbout");
    write_rows(w, r.said_about);
    write_key(w, "meetings");
    write_rows(w, r.meetings);
    write_key(w, "positions");
    write_rows(w, r.positions);
    write_key(w, "positionsAbout");
    write_rows(w, r.positions_about);
    write_key(w, "articles");
    w.StartArray();
    for (const std::string& a : r.articles) write_string(w, a);
    w.EndArray();
    w.EndObject();
  });
}

std::string ambiguity_json(const std::string& name, const std::vector<EntityRef>& candidates) {
  return with_writer([&](JsonWriter& w) {
    w.StartObject();
    write_key(w, "error");
    write_string(w, "ambiguous");
    write_key(w, "name");
    write_string(w, name);
    write_refs(w, "candidates", candidates);
    w.EndObject();
  });
}

}  // namespace newskg::query
