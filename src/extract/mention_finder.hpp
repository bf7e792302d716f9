#pragma once
// Internal to the extract library: the mention finder, one article's pass
// over names, shared by the files that hold its concerns:
//   mentions.cpp     capitalized runs cut into pieces and typed (person,
//                    organization, country, place), lexicon names, bodies
//   coreference.cpp  name variants resolved to one entity (surnames, first
//                    names, honorifics, acronyms, near-duplicates, prefixes),
//                    appositive roles, pronouns
//   events.cpp       named events ("London Fashion Week", "the 2024 election")
#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis.hpp"
#include "newskg/core/unicode.hpp"

namespace newskg::extract::mention_detail {

using text::TokenKind;

enum class PieceKind { Country, Org, Demonym, Title, Courtesy, Name };
struct Piece {
  PieceKind kind;
  uint32_t first, last;
  int lex = -1;
};
// The pieces of one capitalized run, held in the scanner's frame: a run
// has a handful (16 cover nearly all), and a std::vector allocated and
// freed them about a hundred times an article.
using Pieces = boost::container::small_vector<Piece, 16>;

// A person, organization or acronym candidate waiting for coreference.
struct Candidate {
  uint32_t first = 0, last = 0;  // the name tokens
  EntityType type = EntityType::Person;
  bool single = false;  // one token: needs a full name to resolve to
  bool acronym = false;
  bool courtesy = false;  // "Mr Abbas": a person even without a full name
  bool described = false;  // "Singer Ferguson": an occupation before the one word, a person too
  bool not_person = false;
  std::string_view honorific;  // "forename" (Sir, Dame) or "peer" (Lord, Lady): honorifics.tsv  //
                               // the tagger reads a place or a work ("Wales", "Titanic")
  // A common word opening a sentence ("Price said", "Black added"): a
  // mention only when a person named in full has it as surname.
  bool surname_only = false;
  std::string title;  // role title before the name, if any
  uint32_t title_first = 0, title_last = 0;
  int of_mention = -1;  // index of the country/org mention the title belongs to
};

// A lower-case particle inside a person's name: "Philip van Doren Stern".
inline bool is_name_particle(std::string_view w) {
  return w == "de" || w == "du" || w == "von" || w == "van" || w == "der" || w == "al" ||
         w == "bin" || w == "la" || w == "le" || w == "da" || w == "dos";
}

inline bool is_connector(std::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "&" || is_name_particle(w);
}

class MentionFinder {
 public:
  explicit MentionFinder(Analysis& a) : a_(a), lex_(a.lex) {}

  void run();

 private:
  const text::Token& T(uint32_t i) const { return a_.seg.tokens[i]; }
  bool capitalized(uint32_t i) const {
    const auto& t = T(i);
    return t.kind == TokenKind::Word && t.upper;
  }

  // Where the run of capitalized words (and the connectors between them)
  // that starts at token i ends.
  uint32_t run_end(uint32_t i, const text::Sentence& s) const;

  // A hyphen written between two words with no space: "U.S.-Japan".
  bool attached_hyphen(uint32_t k) const {
    return k > 0 && k + 1 < a_.ntok() && (a_.tok(k) == "-" || a_.tok(k) == "\u2013") &&
           T(k - 1).span.end == T(k).span.begin && T(k).span.end == T(k + 1).span.begin;
  }

  // "Ministry of Environment, Forestry and Tourism", "Department of
  // Agriculture, Food and Rural Affairs": a ministry's or department's
  // portfolios go on past a comma to the "and" that ends their list. The
  // end of the run [i, j) so extended, or j. Each portfolio is one to three
  // capitalized words that are no name the lexicons know (not "the Ministry
  // of Defence, Norway and Sweden").
  uint32_t portfolios_end(uint32_t i, uint32_t j, const text::Sentence& s) const;

  bool starts_clause(uint32_t i, const text::Sentence& s) const;

  void scan_sentence(const text::Sentence& s);

  // Where the body's name starts in the run [b, e), or e when the words
  // around the run do not say it names a body:
  // - a kind of body before it: "retailer Loot", "campaign group Frack Free
  //   Kenya", "the charity Orvane Trust" (reference_nouns.tsv), or the run
  //   opening with one ("Retailer Loot said");
  // - an owner or seat before it: "the state-owned Kelvar", "London-based
  //   Hiscox";
  // - a job and a person's name after it: "Vantor chief executive Tim
  //   Hale", "Kelvar pipelines executive Ruth Bede".
  // Never a run the tagger reads as a person ("Marlow aide Jo Tam"), nor one
  // holding a country, demonym, title or given name of the lexicons.
  uint32_t named_body(uint32_t b, uint32_t e, const text::Sentence& s) const;

  // From token k: up to three lower-case words, the last a job ("chief
  // executive", "pipelines executive", "spokeswoman", "aide"), then a name
  // (two capitalized words, or a known given name).
  bool job_then_name(uint32_t k, const text::Sentence& s) const;

  // Lexicon country/org match of the longest surface starting at k (tokens < end).
  bool match_lexicon(uint32_t k, uint32_t end, Piece& out) const;

  // A capital that acts or is acted on stands for its government, and the
  // graph names the country (corpus/GOLD.md): "Moscow said", "Washington
  // has claimed", "accused Beijing". "In Moscow", "Beijing Olympics", and a
  // capital that is also the surname of a person the article names
  // ("Denzel Washington ... Washington said") are not.
  bool capital_for_government(uint32_t b, uint32_t e) const;
  // Tokens [b, e) continue a capitalized run: "Stephen Toulouse", "the
  // Liverpool Echo" (not in a headline, which capitalizes every word).
  bool inside_longer_name(uint32_t b, uint32_t e) const;
  // Capitals the article uses as the last word of a longer name ("Denzel
  // Washington"), found in one pass the first time they are asked for.
  const std::set<std::string>& surname_capitals() const;

  // A label of a photo credit ("Image Credit:", "Photo:") before b in the sentence.
  bool after_credit_label(uint32_t b, const text::Sentence& s) const;
  void scan_run(uint32_t b, uint32_t e, const text::Sentence& s, bool headline_case);

  int add_country(const Piece& p);
  int add_lexicon_org(const Piece& p);
  int add_known_org(uint32_t b, uint32_t e, int o, const std::string& surface);
  void add_org(uint32_t b, uint32_t e, const std::string& name, MentionSource src);
  void note_alias(int ent, const std::string& surface) { a_.add_alias(ent, surface); }

  // Two shapes that make a run (past its leading words) one body's name,
  // whatever its last word:
  // - capitalized words joined by "&": "Procter & Gamble", "Needle & Thread",
  //   "AT&T" (people are joined by "and"); two single letters are an
  //   abbreviation ("Q&A", "R&D");
  // - a body's head word and "of" before a country that ends the name:
  //   "Royal Bank of Canada", "National Bank of Greece" (the country is no
  //   mention of its own there, as in "New Zealand Department of ...").
  // A title and a name after the body are a person of it: "Verlo & Brandt
  // Chief Executive Anna Moss". Returns whether the run was taken.
  bool body_name(uint32_t b, uint32_t e, const Pieces& pieces, const text::Sentence& s,
                 bool headline_case);

  // Right after token e: a speech verb ("said"), or a text it put out
  // ("poll", "survey", "'s labour force survey"; reference_nouns.tsv).
  bool publishes_after(uint32_t e, const text::Sentence& s) const;

  uint32_t dateline_end(const text::Sentence& s, uint32_t& place_end, bool& country) const;

  // A place the lexicons do not know as a country ("Walvis Bay").
  void add_place(uint32_t b, uint32_t e) {
    int ent = a_.entity(EntityType::Place, std::string(a_.words(b, e)));
    a_.add_mention({b, e, EntityType::Place, MentionSource::Name, ent});
  }

  void add_name(const Piece& p, const Piece* title, bool courtesy, int place, bool headline_case,
                const text::Sentence& s);

  // The "of" in "FIRST LAST of ORGANIZATION" (or the "for" in "FIRST LAST
  // for WORK"): two or three words that can be a name before it, past any
  // titles, and a capitalized run after. 0 when there is none.
  uint32_t person_of_split(uint32_t b, uint32_t e) const;

  // "Mark Holden said", "Mark Holden, chairman of ...": a sentence-initial
  // common word ("Mark", "Will") opens a name when the rest of the run is
  // unknown capitalized words and the name speaks or is described.
  bool opens_name(uint32_t b, uint32_t e) const;
  // A middle initial: "Z." or "Z".
  // The one entity type the tagger gives every token of [b, e), or None when
  // they differ or one is untyped ("Hillary Clinton" PERSON PERSON -> Person).
  tag::EntityType tagged_as(uint32_t b, uint32_t e) const;
  // A title piece ending in "of" or "for" ("Bishop of", "Labour MP for"):
  // an office of the place or body named after it.
  bool office_of(const Piece& title) const {
    return a_.is(title.last - 1, "of") || a_.is(title.last - 1, "for");
  }
  // [b, e) is exactly one entity of type t as the tagger reads it: typed t
  // throughout, starting at b, and not going on past e.
  bool tagged_whole(uint32_t b, uint32_t e, tag::EntityType t) const {
    return tagged_as(b, e) == t && a_.tags[b].entity_start &&
           (e >= a_.ntok() || a_.tags[e].entity != t || a_.tags[e].entity_start);
  }

  bool is_initial(uint32_t k) const {
    std::string_view w = a_.tok(k);
    return (w.size() == 1 || (w.size() == 2 && w[1] == '.')) && w[0] >= 'A' && w[0] <= 'Z';
  }

  // A capitalized word that could be part of a name and nothing else: not a
  // common word, non-name, event word, acronym, demonym or organization head.
  bool plain_word(uint32_t k) const;

  // "of Ohio", "across Wales": the word at b is a location by the tagger's
  // reading of it alone (not part of a longer name), after a preposition of place.
  bool place_after_preposition(uint32_t b) const;
  // At e a comma, then an appositive that ends in a kind of body and a
  // comma: ", the UK's premium rate services watchdog,".
  bool body_appositive(uint32_t e) const;
  // The article's tagger readings of the word at b are more often a body's
  // name than a person's ("Sony's console ... Sony said").
  bool read_as_body(uint32_t b) const;

  // Is the run's last word used on its own elsewhere (not sentence-initially)?
  bool surname_used_alone(uint32_t b, uint32_t e) const;
  // The word is written somewhere in the article as a capitalized word with
  // no capitalized neighbour: a name used alone.
  bool stands_alone(std::string_view word) const;
  bool demonym_surname(uint32_t b, uint32_t e) const;
  // The capitalized words' token indexes, in order, found on first use:
  // stands_alone() and read_as_body() build their tables from them alone.
  const std::vector<uint32_t>& capitalized_tokens() const;
  // A full name written family name first ("Yoon Suk Yeol", "Xi Jinping",
  // "Lee Jae-myung"): the article never uses its last word alone, and the
  // word that opens it is no known given name and no common word ("Correction
  // Appended" is page furniture), so it is the family name that the article
  // uses alone ("Yoon said"; the tagger may read that one as a body).
  bool family_name_first(int ent, uint32_t alone_at) const;
  // "in Tel Aviv", "from Gaza Strip": unknown names after these are places.
  bool after_place_preposition(uint32_t b) const;
  // `,” said Mark Sparrow`, `, said managing director Rodrigo Rato`: the
  // name right after an attributing verb (titles between) is the speaker's.
  bool preceded_by_attribution(uint32_t b) const;

  bool followed_by_attribution(uint32_t e) const;

  // "the" right before the run, maybe past one or two lower-case modifiers
  // ("the nonpartisan Commission ...", "the influential American Legion").
  bool after_the(uint32_t b) const;

  // A lower-case speech verb follows the run ending at e, maybe past words
  // like "has", "also", "twice" ("... has twice complained").
  bool speaks_after(uint32_t e) const;

  std::string person_key_last(uint32_t b, uint32_t e) const {
    return a_.key_name(EntityType::Person, a_.tok(e - 1 > b ? e - 1 : b));
  }

  void resolve_candidates();

  // A lone capitalized word right before a speech verb ("Zuckoff said") or
  // right after an inverted one (`," said Hassel.`): not a common word at the
  // start of a sentence, a title, a demonym or a word with other uses.
  bool speaks_alone(uint32_t b) const;

  // Of the people a surname may stand for, the one mentioned last before
  // token `at` (the later one in `ents` on a tie).
  int pick_recent(const std::vector<int>& ents, uint32_t at) const;
  // Where a person's mentions start, sorted: pick_recent() asks it once per
  // surname used alone, where a scan of all the person's mentions made a long
  // article about two Clintons quadratic. Built on first use, then kept up to
  // date by add_person_mention(), the only way mentions reach a person while
  // candidates are resolved.
  const std::vector<uint32_t>& mention_starts(int ent) const;

  // "Mike Pence, the Indiana governor,", "Yoon, 63, a former chief
  // prosecutor,", "Lee Jae-myung, leader of the Democratic Party,": a
  // description set off by commas after a person's name, with a title word
  // in it, is a role of theirs. "The governor said" later stands for them
  // (statements: resolve_description). The role belongs to the first
  // country or body the description names.
  void appositive_roles();

  void add_person_mention(const Candidate& c, int ent);

  // "Danish Defense Intelligence Service (DDIS)", "IRIA - International
  // Relations Insights & Analysis": an acronym next to a name whose initials
  // it spells is that name's alias. Unbound acronyms seen twice are organizations.
  void bind_acronyms();

  // "the Trump administration", "President Donald J. Trump’s administration".
  void add_administrations();

  // Events anchored to a named entity:
  //   OWNER’s (first|recent|...) EVENT (to|in|with|at|of|between the? NAMED)?
  //   NAMED (word word)? EVENT            "Ukraine Defense Contact Group meeting"
  //   (ordinal)? EVENT of the? NAMED      "26th session of the Ukraine Defense Contact Group"
  //   war in COUNTRY
  // Phrases with the same anchor and event class are one event.
  void find_events();

  static bool is_compass_point(std::string_view w) {
    return w == "north" || w == "south" || w == "east" || w == "west" || w == "northern" ||
           w == "southern" || w == "eastern" || w == "western" || w == "north-east" ||
           w == "north-west" || w == "south-east" || w == "south-west";
  }

  static bool is_roman_numeral(std::string_view w);

  static bool is_hyphen_modifier(std::string_view w) {
    return w.ends_with("-led") || w.ends_with("-backed") || w.ends_with("-based");
  }
  // The first word of its sentence (capitalized whatever it is).
  bool opens_sentence_at(uint32_t k) const { return k == a_.sentence_of(k).first; }

  static bool event_premodifier(tag::Pos p) {
    return p == tag::Pos::JJ || p == tag::Pos::NN || p == tag::Pos::NNS || p == tag::Pos::VBN;
  }
  static bool is_determiner_word(std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "its" ||
           w == "his" || w == "her" || w == "their" || w == "our" || w == "these" || w == "those";
  }

  static bool is_event_modifier(std::string_view w);

  // "‘Not the backdrop ...’: Rosenberg Research" before "David Watt of
  // Rosenberg Research & Associates Inc.": a person's name (no role) or a
  // body's that is the opening words of a body named in the article is that
  // body, short.
  void merge_prefix_persons_into_orgs();
  // "the Media Council" beside "the Ugandan Media Council": a body's name
  // past the demonym that opens another body's name in the article is that
  // body, its demonym-free form (GOLD.md's aliases).
  void merge_demonym_free_orgs();
  // "(Sao Paulo, Rio de Janeiro, Belo Horizonte, Recife, ...)": in a list
  // of three names or more with a place or country among them and no body,
  // names the rules took for persons on thin evidence (named once, no
  // office, no given name) are places too.
  void places_in_lists();
  // "BT Openzone, which operates ...", "Duran Duran are currently ...": a
  // name the rules took for a person (no office, no given name) that opens
  // its sentence before ", which" or a plural verb is a body.
  void groups_taken_for_persons();
  // 1 when the name [b, e) is a work's title set off after its kind ("his
  // first novel, Runaway Zero-Eight") or listed after the kind's plural
  // ("films including Jungle Fever, Do The Right Thing and ..."); else 0.
  uint8_t work_listed_before(uint32_t b, uint32_t e, const text::Sentence& s) const;
  // No word of [b, e) is a common word, unless it is a given name too
  // ("Eve", a name with a gender in name_genders.tsv).
  bool no_common_word(uint32_t b, uint32_t e) const;
  // Whether one of the body's aliases is the acronym its name's capitals
  // spell (three letters or more): "Official UK Charts Company" / "OUCC".
  static bool spelled_acronym(const Entity& e);

  // "Rep. Jim Jordan ... Jordan said": a country named only by the bare
  // surname of one person named in full is that person.
  void merge_surname_countries();

  // "Te Kaurinui Robert" and "Te Kaurinui" beside "Te Kaurinui Robert
  // Parata": a person's name of two words or more that opens exactly one
  // longer person's name in the article is that person, short. Not a
  // father beside "... Jr." (the longer name ends in a generational suffix).
  void merge_prefix_persons();
  // Whether a body sentence not in Title Case names the entity.
  bool in_running_text(const Entity& e) const;

  // Organizations named twice with one letter off in one article ("Contact
  // Group" / "Contract Group") are one: the other spelling becomes an alias.
  // Names are compared within buckets of the same first word and word count.
  void merge_near_duplicate_orgs();

  // People named twice with one letter off ("Rushdiyah Narker" / "Rushiyah
  // Narker"): the same surname and word count, a first name of five letters
  // or more ("Mark Lee" and "Mary Lee" stay two).
  void merge_near_duplicate_persons();

  // Names within a bucket one edit apart are one entity: pair by pair in
  // order; near_pairs() finds the pairs without trying every pair
  // (quadratic in a long article naming thousands of "Bank of ..."), and
  // mentions are moved to the kept entity once at the end rather than in a
  // pass over all of them per merge.
  void merge_near(const std::map<std::pair<std::string, size_t>, std::vector<int>>& buckets);

  // The merge passes above: `drop`'s mentions become `keep`'s, and every
  // mention of a merged entity then names (and is typed as) the entity it
  // joined. A dropped entity has no mentions left and takes part in no
  // later merge, so following merged_into ends.
  static void absorb_mentions(Entity& keep, Entity& drop);
  void remap_merged(const std::vector<int>& merged_into);

  // The pairs (x, y), x < y, of positions in `list` whose entity names are
  // at most one edit apart, in order. Two such names share a hash: of the
  // name itself or of the name with one byte deleted ("Contact" and
  // "Contract" both give "Contat"), each deletion hashed in O(1) from
  // prefix and suffix hashes. Pairs sharing a hash are then checked exactly.
  std::vector<std::pair<size_t, size_t>> near_pairs(const std::vector<int>& list) const;
  static bool edit_distance_le1(std::string_view a, std::string_view b);

  void add_pronouns();

  Analysis& a_;
  const Lexicons& lex_;
  mutable std::optional<std::set<std::string>> surname_capitals_;  // see surname_capitals()
  std::vector<Candidate> candidates_;
  std::vector<Candidate> acronyms_;
  std::vector<Mention> pronoun_mentions_;
  std::map<std::string, std::vector<int>> surname_;
  std::map<std::string, std::vector<int>> forename_;  // first-name key -> full-name persons
  mutable std::map<int, std::vector<uint32_t>> mention_starts_;  // see mention_starts()
  // "Super Bowl" -> the entity of "Super Bowl LVIII", named so before.
  std::map<std::string, int, std::less<>> numbered_events_;
  // Names that a demonym opens and an acronym in brackets spells, demonym
  // included ("British Phonographic Industry (BPI)"), sorted.
  std::vector<std::string_view> demonym_acronym_bodies_;
  void find_demonym_acronym_bodies();
  mutable std::vector<uint32_t> capitalized_;
  mutable bool capitalized_found_ = false;
  // Views of the article's text: stands_alone() builds no string.
  mutable std::unordered_set<std::string_view> alone_;
  // Capitalized word -> how often the tagger reads it as part of a body and
  // of a person's name in the article (read_as_body); built on first use.
  // Views of the article's text, as alone_ (a std::string per token and per
  // question, in a tree, made this twice as slow).
  mutable std::unordered_map<std::string_view, std::pair<int, int>> tag_votes_;
  std::set<std::string, std::less<>> bodies_named_;  // organizations named_body() found, by name
};

}  // namespace newskg::extract::mention_detail
