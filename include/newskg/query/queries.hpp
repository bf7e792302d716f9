#pragma once
// The questions newskg answers over a KnowledgeGraph (built, or read back
// with io::read_graph): who said what about whom, who met whom, who stands
// where on what, and everything about one entity. Every answer keeps its
// evidence: the article, the character offsets and the sentence.
//
// Results are plain rows, sorted (article, offset, then names) so the same
// graph always answers the same way; render.hpp turns them into a table or
// JSON.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newskg/graph/model.hpp"

namespace newskg::query {

struct EntityRef {
  std::string key;    // "person/pete-hegseth"
  std::string label;  // "Pete Hegseth"
  std::string kind;   // "Person"
  friend bool operator==(const EntityRef&, const EntityRef&) = default;
};

// Where a fact was read. Offsets are code points into the article text.
struct Provenance {
  std::string article;  // Document id ("003_0d3550a95405e0c2")
  std::string date;     // the article's date, "" when unknown
  uint32_t begin = 0, end = 0;
  std::string sentence;  // the evidence sentence
  std::optional<uint32_t> sentence_begin, sentence_end;
  double confidence = 1.0;
};

struct StatementRow {
  std::string key;  // "statement/003-0d3550a95405e0c2/120-245"
  std::vector<EntityRef> speakers;  // usually one
  std::string kind;                 // "direct" or "indirect"
  std::string text;
  std::vector<EntityRef> about;
  Provenance from;
};

struct MeetingRow {
  std::string key;
  std::vector<EntityRef> participants;
  Provenance from;
};

struct PositionRow {
  std::string key;
  EntityRef holder;
  std::string stance;  // "support", "oppose" or "other"
  std::string topic;
  std::vector<EntityRef> topic_entities;
  Provenance from;
};

// A role: HOLDER holds OFFICE (TITLE) of OF.
struct RoleRow {
  EntityRef holder;
  EntityRef office;
  std::string title;
  std::optional<EntityRef> of;
};

struct EntityReport {
  EntityRef entity;
  std::vector<std::string> aliases;
  std::vector<RoleRow> roles;  // offices it holds, and offices of it (with their holders)
  std::vector<StatementRow> said;        // statements it made
  std::vector<StatementRow> said_about;  // statements about it
  std::vector<MeetingRow> meetings;
  std::vector<PositionRow> positions;        // positions it holds
  std::vector<PositionRow> positions_about;  // positions whose topic names it
  std::vector<std::string> articles;         // ids of the articles that mention it
};

EntityRef entity_ref(const graph::KnowledgeGraph& kg, graph::Vertex v);

struct SaidFilter {
  std::optional<graph::Vertex> by;     // the speaker
  std::optional<graph::Vertex> about;  // one of the entities it is about
};
std::vector<StatementRow> said(const graph::KnowledgeGraph& kg, const SaidFilter& filter = {});

// Meetings; with `who`, only the meetings that person (or body) took part in.
std::vector<MeetingRow> met(const graph::KnowledgeGraph& kg,
                            std::optional<graph::Vertex> who = std::nullopt);

struct PositionFilter {
  std::optional<graph::Vertex> holder;
  // Words that must all begin a word of the topic or of an entity the topic
  // names, case- and accent-insensitively ("ukraine member" matches "Ukraine's
  // NATO membership"). Empty: any topic.
  std::string topic;
};
std::vector<PositionRow> positions(const graph::KnowledgeGraph& kg,
                                   const PositionFilter& filter = {});

EntityReport describe(const graph::KnowledgeGraph& kg, graph::Vertex v);

}  // namespace newskg::query
