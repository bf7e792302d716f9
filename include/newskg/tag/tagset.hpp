#pragma once
// The label sets the taggers predict: the 45 Penn Treebank part-of-speech tags
// and the named-entity types of CoreNLP's silver annotations (the 4-class CRF
// plus its numeric and time classes).
#include <cstdint>
#include <optional>
#include <string_view>

namespace newskg::tag {

// Penn Treebank tags, in the order of kPosNames.
// clang-format off
enum class Pos : uint8_t {
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP,
  PRP_S,       // PRP$
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP,
  WP_S,        // WP$
  WRB,
  Dollar,      // $
  Hash,        // #
  OpenQuote,   // ``
  CloseQuote,  // ''
  LRB,         // -LRB- (any opening bracket)
  RRB,         // -RRB-
  Comma,       // ,
  Period,      // .  ! ?
  Colon,       // : ; -- ...
};
inline constexpr int kNumPos = 45;

inline constexpr std::string_view kPosNames[kNumPos] = {
    "CC",  "CD",  "DT",  "EX",  "FW",  "IN",  "JJ",  "JJR", "JJS", "LS",   "MD",  "NN",
    "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",  "SYM",
    "TO",  "UH",  "VB",  "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",  "WP$", "WRB",
    "$",   "#",   "``",  "''",  "-LRB-", "-RRB-", ",", ".", ":"};
// clang-format on

inline std::string_view pos_name(Pos p) { return kPosNames[static_cast<int>(p)]; }
std::optional<Pos> parse_pos(std::string_view name);

// Noun tags (NN, NNS, NNP, NNPS) and proper-noun tags (NNP, NNPS): the tests extractors ask most.
inline bool is_noun(Pos p) {
  return p == Pos::NN || p == Pos::NNS || p == Pos::NNP || p == Pos::NNPS;
}
inline bool is_proper_noun(Pos p) { return p == Pos::NNP || p == Pos::NNPS; }
inline bool is_verb(Pos p) { return p >= Pos::VB && p <= Pos::VBZ; }
// A verb form that carries tense (a clause's own verb): VBD, VBZ, VBP, MD.
inline bool is_finite(Pos p) {
  return p == Pos::VBD || p == Pos::VBZ || p == Pos::VBP || p == Pos::MD;
}

// Entity types of the silver NER (CoreNLP english.conll.4class.distsim plus
// its numeric/SUTime classes). None is "O".
enum class EntityType : uint8_t {
  None,
  Person,
  Organization,
  Location,
  Misc,
  Date,
  Time,
  Duration,
  Set,
  Money,
  Percent,
  Number,
  Ordinal,
};
inline constexpr int kNumEntityTypes = 13;

inline constexpr std::string_view kEntityTypeNames[kNumEntityTypes] = {
    "O",        "PERSON", "ORGANIZATION", "LOCATION", "MISC",   "DATE",   "TIME",
    "DURATION", "SET",    "MONEY",        "PERCENT",  "NUMBER", "ORDINAL"};

inline std::string_view entity_type_name(EntityType t) {
  return kEntityTypeNames[static_cast<int>(t)];
}
std::optional<EntityType> parse_entity_type(std::string_view name);

// The four name classes (as opposed to the numeric and time classes).
inline bool is_name_type(EntityType t) { return t >= EntityType::Person && t <= EntityType::Misc; }

// Entity labels over tokens. The NER model's classes are strings such as
// "B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON" (BILOU) or "O"; this splits them.
enum class Boundary : uint8_t { Outside, Begin, Inside, Last, Unit };
struct EntityLabel {
  EntityType type = EntityType::None;
  Boundary boundary = Boundary::Outside;
  // Starts a new entity ("B-" or "U-").
  bool starts() const { return boundary == Boundary::Begin || boundary == Boundary::Unit; }
  // Ends the entity it belongs to ("L-" or "U-").
  bool ends() const { return boundary == Boundary::Last || boundary == Boundary::Unit; }
};
std::optional<EntityLabel> parse_entity_label(std::string_view label);

// How entity labels mark spans: IO ("I-PERSON" only: a span is a run of one
// type, as in the silver data), BIO, or BILOU (B, I, L(ast), U(nit), O).
enum class LabelScheme : uint8_t { IO, BIO, BILOU };
std::string_view label_scheme_name(LabelScheme s);

// May label `cur` follow label `prev`? The start of a sentence counts as "O".
//   IO:    anything.
//   BIO:   B-PERSON -> I-PERSON ok, O -> I-PERSON not.
//   BILOU: as BIO, and B-/I-PERSON must go on with I-/L-PERSON (B-PERSON -> O not).
bool label_may_follow(EntityLabel prev, EntityLabel cur, LabelScheme scheme);

}  // namespace newskg::tag
