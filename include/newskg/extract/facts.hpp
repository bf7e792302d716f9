#pragma once
// What the extractors find in one article: entities with their mentions, and
// the statements, meetings and positions between them. All spans are byte
// ranges into Document::text; entity references are indexes into `entities`.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "newskg/core/result.hpp"
#include "newskg/core/span.hpp"

namespace newskg::extract {

using core::Span;

// UnnamedSource: a speaker the article describes but does not name ("several
// experts", "a spokeswoman", "the ad"); it belongs to its article only.
// Place: a city, region, landmark or facility named as a place ("Walvis
// Bay", "Guantanamo Bay"); a capital standing for its government is the
// Country ("Beijing said").
enum class EntityType { Person, Organization, Country, Event, UnnamedSource, Place };
const char* to_string(EntityType t);

struct RoleFact {
  std::string title;  // "Defense Secretary", "Prime Minister"
  int of = -1;        // entity (Country/Organization) the office belongs to, or -1
  Span evidence;
  // Read from a description after the name ("Mike Pence, the Indiana
  // governor,") rather than a title before it.
  bool appositive = false;
};

struct Entity {
  EntityType type = EntityType::Person;
  std::string name;                  // canonical: the fullest name the article gives
  // Identity across articles: `name` normalized by the extractor's lexicons
  // (case, accents, spelling and transliteration variants, middle initials):
  // "Donald J. Trump" -> "donald trump", "Defence" -> "defense".
  std::string key_name;
  std::vector<std::string> aliases;  // other surface forms (names only, not titles)
  std::vector<Span> mentions;        // every place the article names it (sorted)
  std::vector<RoleFact> roles;
  bool from_lexicon = false;         // name fixed by a lexicon (countries, NATO, ...)
  // UnnamedSource only: the description names who the source belongs to
  // ("Mexican officials", "a Clinton ally", "a U.S. law enforcement
  // official"), unlike a bare "experts" or "a source".
  bool affiliated = false;
};

// An UnnamedSource that names no affiliation ("experts", "a spokeswoman"):
// what GOLD.md leaves out and the default build drops (--unnamed-sources
// keeps it).
bool is_bare_source(const Entity& e);

enum class StatementKind { Direct, Indirect };

struct StatementFact {
  int speaker = -1;
  StatementKind kind = StatementKind::Direct;
  std::string text;  // quotation without its marks (parts joined by a space), or reported clause
  Span span;         // from the first to the last byte of the statement's text
  Span sentence;     // evidence: the sentence(s) containing the statement and its cue
  std::vector<int> about;
  double confidence = 1.0;
};

struct MeetingFact {
  std::vector<int> participants;  // two or more entities
  Span evidence;
  double confidence = 1.0;
};

enum class Stance { Support, Oppose, Other };
const char* to_string(Stance s);

struct PositionFact {
  int holder = -1;
  std::string topic;
  Stance stance = Stance::Other;
  std::vector<int> topic_entities;
  Span evidence;
  double confidence = 1.0;
};

struct ArticleFacts {
  std::vector<Entity> entities;
  std::vector<StatementFact> statements;
  std::vector<MeetingFact> meetings;
  std::vector<PositionFact> positions;
  // Quotations that stand as statements (after joining split and continued
  // ones), whether or not a speaker was found: the denominator of the
  // "share of quotations with a resolved speaker" in corpus reports.
  size_t quotations = 0;
  std::vector<Span> unattributed;  // those of them left without a speaker
  // Problems in the text that extraction recovered from (an unterminated
  // quotation, an article over ExtractLimits), each naming the article's
  // source and line.
  std::vector<core::Error> warnings;
  // Work the extraction took, in ExtractLimits::max_work_units' units
  // (deterministic: the same on every run).
  uint64_t work_units = 0;
  // Bytes of Document::text the facts were read from: all of it, or less
  // when the article was cut to fit ExtractLimits (0 when it was skipped).
  size_t bytes_read = 0;
};

}  // namespace newskg::extract
