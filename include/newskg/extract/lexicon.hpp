#pragma once
// The general word lists the extractors read (schema/lexicon/*.tsv, each
// naming its source in a header comment). Loaded once, read-only afterwards,
// shared by every thread.
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "newskg/core/result.hpp"
#include "newskg/tag/features.hpp"

namespace newskg::tag {
class Tagger;
}

namespace newskg::extract {

// Heterogeneous lookup so string_views into the article need no copies.
// (The tagger's inline word hash: std::hash, a call into the library, was
// most of a lookup of a short word.)
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return tag::hash_bytes(s); }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

enum class TitleRole : uint8_t { None, Head, Modifier, Courtesy, Connector, Former };
// Quote: attributes a quotation only ("continued:", "“...,” he continued"); it
// reports no clause of its own.
enum class VerbFrame : uint8_t { Clause, Tell, NounPhrase, According, Quote };

struct SpeechVerb {
  std::string form;   // "said", "called on", "made it clear"
  std::string lemma;  // "say"
  VerbFrame frame = VerbFrame::Clause;
  bool gerund = false;  // "saying", "calling for"
  bool infinitive = false;  // also reports with "to" + verb: "vowed to cut taxes"
  size_t words = 1;     // tokens in the form
};

struct NamedThing {
  std::string name;  // canonical ("United States", "NATO")
  std::string kind;  // organization kind, or "country"
};

// Everything the lexicons say about one word, gathered so that the
// extractors look each token up once (two hash probes: as written and lower
// case) instead of once per question.
// Nouns naming a speaker left unnamed (source_nouns.tsv).
enum class SourceNoun : uint8_t { None, People, Person, Document };
// Where what an evaluative word judges stands (evaluation_words.tsv): its
// object ("I love X"), its subject ("X violates ..."), the noun it modifies
// or its subject after a copula ("the unlawful X", "X is unlawful"), its
// subject after a copula only ("X is wrong"), after "with" ("the problem
// with X"), or after "to" ("will continue to X", "urged them to X").
enum class EvalTarget : uint8_t { None, Object, Subject, Noun, Predicate, With, Infinitive };

struct WordInfo {
  // As written ("Ukrainian", "Secretary", "Mark"):
  int demonym = -1;
  TitleRole title = TitleRole::None;
  bool given = false;
  char gender = 0;  // 'm' or 'f' for a given name only one sex bears (name_genders.tsv)
  bool non_name = false;
  bool org_head = false, org_prefix = false;
  bool place_head = false;  // place_words.tsv: "Bay", "Harbour" end a place's name
  bool event_head = false;  // event_names.tsv: "Week", "Festival" end an event's name
  bool work_head = false;   // work_words.tsv: "Award", "Show" end the name of a thing, no one's
  bool place_title =
      false;  // place_titles.tsv: "Prince" may open a place's name (Prince Edward Island)
  uint8_t name_max_tokens = 0;  // longest country/org name starting with this word
  // Lower case ("said", "meeting", "he"):
  bool common = false;
  bool description_head = false;
  bool description_modifier = false;  // title_descriptions.tsv modifier: "Republican", "Kremlin"
  // The word's capitalized form heads a place ("beach" for "Beach") or is a
  // title's head or modifier ("executive" for "Executive"): lower-case
  // lookups without building the capitalized string.
  bool place_word = false, job_word = false;
  SourceNoun source_noun = SourceNoun::None;  // source_nouns.tsv: "experts", "spokeswoman", "ad"
  // source_nouns.tsv class "state": "government", "delegation"; after a
  // demonym it speaks as that country ("the South African delegation said").
  bool state_organ = false;
  // reference_nouns.tsv: a kind of body ("company"), a text with an author
  // ("report"), someone who speaks for another ("spokesman").
  bool body_noun = false, document_noun = false, agent_noun = false;
  bool sports_word = false;  // sports_words.tsv: "fans", "striker", "derby"
  // work_nouns.tsv: the title of a work follows ("the drama Vera Drake": 1) or a band's name (2).
  uint8_t work_noun = 0;
  std::string_view event_class;
  std::string_view pronoun;
  std::string_view stance;
  // evaluation_words.tsv: the stance ("support", "oppose") an evaluative
  // word takes, and where its topic stands.
  std::string_view evaluation;
  EvalTarget eval_target = EvalTarget::None;
  // meeting_words.tsv: how the word tells of a meeting (verb, with, noun, together, plan).
  std::string_view meeting;
  const std::vector<const SpeechVerb*>* verbs = nullptr;
  // speech_nouns.tsv: the words that open what the act says ("claim" -> that, about, of).
  const std::vector<std::string>* report_links = nullptr;
};

class Lexicons {
 public:
  // The gathered entries; a shared empty WordInfo when the word is unknown.
  const WordInfo& exact(std::string_view word) const;
  const WordInfo& lowered(std::string_view lower_word) const;

  // Reads every file in `dir`; an Error names the file and line of a bad row.
  // Also loads the trained taggers (tag/): from the `models` folder beside
  // `dir` (schema/lexicon -> schema/models) when there is one, else from
  // tag::default_model_dir(); a missing or bad model is an Error.
  static core::Result<std::shared_ptr<const Lexicons>> load(const std::string& dir);

  // Part of speech and entity types of an article's tokens (immutable,
  // shared by every worker).
  const tag::Tagger& tagger() const { return *tagger_; }

  // Countries: surface form -> index ("U.S.", "Britain", "United States of
  // America"). All-caps forms match case-sensitively, others also in title case.
  int country(std::string_view surface) const { return names(surface).country; }
  int demonym(std::string_view word) const {  // "Ukrainian" -> Ukraine
    return names(word).demonym;
  }
  int capital(std::string_view word) const { return names(word).capital; }  // "Moscow" -> Russia
  bool place_name(std::string_view name) const;  // places.tsv: "Wales", "New South Wales"
  int organization(std::string_view surface) const { return names(surface).organization; }
  // sports_clubs.tsv: a club whose name is also a place or a word
  // ("Liverpool", "Porto", "Celtic") -> its organizations index, or -1; the
  // club only in a sentence about sport. Clubs of context "always" are
  // organizations (organization()).
  int sports_club(std::string_view surface) const { return names(surface).sports_club; }
  // The five above at once, -1 where a surface is none of them: the
  // mention finder asks them of every run of words that may be a name.
  struct NameIndex {
    int country = -1, demonym = -1, organization = -1, capital = -1, sports_club = -1;
  };
  const NameIndex& names(std::string_view surface) const;
  // A body noun ("bank") may stand for an organization of this
  // organizations.tsv kind ("company", not "party"): reference_nouns.tsv.
  bool body_noun_fits(std::string_view noun, std::string_view kind) const;
  const NamedThing& country_at(int i) const { return countries_[static_cast<size_t>(i)]; }
  const NamedThing& organization_at(int i) const { return orgs_[static_cast<size_t>(i)]; }
  // Longest surface (in tokens) of any country or organization: bounds lookups.
  size_t max_name_tokens() const { return max_name_tokens_; }

  TitleRole title_role(std::string_view word) const;
  // A title with its abbreviated words written out (titles.tsv, third
  // column): "Sen." -> "Senator", "Lt Col" -> "Lieutenant Colonel".
  std::string full_title(std::string_view title) const;
  bool is_description_head(std::string_view lower_word) const;
  // Speech verbs whose form starts with `word` (longest forms first).
  const std::vector<const SpeechVerb*>* speech_verbs(std::string_view first_word) const;
  std::string_view event_class(std::string_view lower_word) const;  // "" when not an event word
  // "head" ("Service", "Group") or "prefix" ("Ministry" of ...) or "".
  std::string_view org_word(std::string_view word) const;
  std::string_view pronoun(std::string_view lower_word) const;  // class or ""
  // How a lone name after an honorific reads (honorifics.tsv): "forename"
  // (Sir, Dame), "peer" (Lord, Lady, Baroness: part of the name) or "".
  std::string_view honorific(std::string_view word) const;
  // "support", "oppose", "negation" or "" (stance_words.tsv).
  std::string_view stance(std::string_view lower_word) const;
  // given_names.tsv and first_names.tsv, common_words.tsv, non_names.tsv
  // (the entries' flags: exact(word).given, lowered(word).common, exact(word).non_name).
  bool is_given_name(std::string_view word) const { return exact(word).given; }
  bool is_common_word(std::string_view lower_word) const { return lowered(lower_word).common; }
  bool is_non_name(std::string_view word) const { return exact(word).non_name; }
  const std::unordered_set<std::string_view>& abbreviations() const { return abbrev_view_; }
  // British -> American spelling of one lower-case word ("defence" -> "defense").
  std::string_view american_spelling(std::string_view lower_word) const;

 private:
  std::vector<NamedThing> countries_, orgs_;
  StringMap<int> country_by_, demonym_by_, capital_by_, org_by_, club_by_;
  StringMap<TitleRole> titles_;
  StringSet description_heads_, description_modifiers_;
  StringSet state_organs_;
  StringMap<SourceNoun> source_nouns_;
  StringSet body_nouns_, document_nouns_, agent_nouns_, sports_words_;
  StringMap<std::vector<std::string>> body_kinds_;  // body noun -> organization kinds
  StringMap<std::vector<std::string>> speech_nouns_;
  std::vector<SpeechVerb> verbs_;
  StringMap<std::vector<const SpeechVerb*>> verbs_by_first_;
  StringMap<std::pair<std::string, EvalTarget>> evaluation_;
  StringMap<std::string> event_words_, pronouns_, spelling_, stance_, meeting_, honorifics_,
      title_full_, work_nouns_;
  StringSet abbrev_, place_heads_, building_heads_, event_heads_, work_heads_, place_titles_,
      place_names_;
  std::unordered_set<std::string_view> abbrev_view_;
  size_t max_name_tokens_ = 1;
  std::shared_ptr<const tag::Tagger> tagger_;
  // Every word's entries, as written (exact) and lower case (lowered), in
  // table_'s slots. Built without a node-based map (the lexicons' 15,000
  // entries were 15,000 allocations at every start): WordTableBuilder in
  // lexicon.cpp, whose keys view the lists' map keys, the word lists' own
  // text (texts_: given names, common words, non-names, genders are kept
  // in no other map) or owned_keys_ (lower-cased forms).
  static constexpr size_t kInfoChunk = 1024;  // WordInfos a chunk: at fixed addresses
  std::vector<std::unique_ptr<WordInfo[]>> infos_;
  std::deque<std::string> texts_, owned_keys_;  // a deque never moves what it holds
  // Open-addressing table of the entries for the per-token lookups:
  // one probe sequence over a flat array (word_hash; the node-based
  // unordered_map was a quarter of the extraction time).
  // A slot is one cache line, and holds the first kHead bytes of its key, so
  // that a hit on a word of up to kHead bytes (most words) reads no other
  // line to compare the key.
  struct alignas(64) Slot {
    static constexpr size_t kHead = 24;
    uint64_t hash = 0;
    const WordInfo* exact = nullptr;
    const WordInfo* lowered = nullptr;
    const char* key = nullptr;  // the whole key (views the map's key)
    uint32_t size = 0;
    char head[kHead] = {};
    inline bool holds(uint64_t h, std::string_view word) const;
  };
  std::vector<Slot> table_;
  const Slot* probe(std::string_view word) const;
  // hash: word_hash(word). (Inline, in lexicon.cpp: every word token takes one or two.)
  [[gnu::always_inline]] inline const Slot* probe(std::string_view word, uint64_t hash) const;
  // Open-addressing copy of country_by_, demonym_by_, capital_by_ and
  // org_by_ (hashed like table_): one hash and one probe sequence over a
  // flat array answer names(), where the four node-based maps hashed the
  // surface four times and missed the cache on each.
  struct NameSlot {
    uint64_t hash = 0;
    const char* key = nullptr;  // views the key of one of the four maps
    uint32_t size = 0;
    NameIndex index;
  };
  std::vector<NameSlot> name_table_;

 public:
  // Both views of a token in one probe when it is written in lower case.
  void lookup(std::string_view word, std::string_view lower, const WordInfo*& exact,
              const WordInfo*& lowered) const;
  // lookup() of n tokens (words[i], lowers[i] into exact[i], lowered[i]),
  // their slots all asked for before the first is read: the table is
  // several MB, and one token after another each probe waited on memory.
  // lower_hashes[i] and lower_case[i], when given, get the hash of
  // lowers[i] and whether words[i] is written wholly in lower case (the
  // probe's own findings, for a caller that keeps a table of the words).
  static constexpr size_t kLookupBatch = 64;  // n at most
  void lookup(size_t n, const std::string_view* words, const std::string_view* lowers,
              const WordInfo** exact, const WordInfo** lowered, uint64_t* lower_hashes = nullptr,
              bool* lower_case = nullptr) const;

 private:
  StringMap<std::string> org_word_kinds_;  // "head", "prefix", "head|prefix"
  struct WordTableBuilder;
  void gather(WordTableBuilder& words);
};

// Where the lexicons are: $NEWSKG_LEXICONS, else the source tree's schema/lexicon
// (compiled in), else "schema/lexicon" relative to the working directory.
std::string default_lexicon_dir();

}  // namespace newskg::extract
