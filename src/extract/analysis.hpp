#pragma once
// Internal to the extract library: the shared state of one article's analysis
// (segmentation, mentions, entities) that the mention, statement and relation
// passes read and extend in turn.
#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newskg/core/check.hpp"
#include "newskg/core/document.hpp"
#include "newskg/extract/facts.hpp"
#include "newskg/extract/lexicon.hpp"
#include "newskg/tag/tagger.hpp"
#include "newskg/text/segment.hpp"

namespace newskg::extract {

// A fixed set of words that the passes ask of many tokens ("is it a
// preposition?"): a word is compared only with the members of its length,
// first byte first. (A std::set<std::string_view> compared it with six
// members through memcmp; most asked words are in no such set.)
class WordList {
 public:
  WordList(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      NEWSKG_CHECK(!w.empty(), "WordList: an empty word");
      by_size_[std::min(w.size(), kLong)].push_back(w);
    }
  }
  bool contains(std::string_view w) const {
    if (w.empty()) return false;
    for (std::string_view m : by_size_[std::min(w.size(), kLong)])
      if (m[0] == w[0] && m == w) return true;
    return false;
  }

 private:
  static constexpr size_t kLong = 15;  // longer words share the last list
  std::array<std::vector<std::string_view>, kLong + 1> by_size_;
};

// A dash as punctuation ("—", "–", a spaced "-", either half of "--"); a
// hyphen inside a word is part of the word's token.
inline bool is_dash(std::string_view w) { return w == "—" || w == "–" || w == "-" || w == "--"; }

// The sex a courtesy title gives, in English usage: 'm' for Mr., 'f' for
// Mrs., Ms. and Miss, 0 for any other word (`w` in lower case).
inline char courtesy_sex(std::string_view w) {
  if (w == "mr." || w == "mr") return 'm';
  if (w == "mrs." || w == "mrs" || w == "ms." || w == "ms" || w == "miss") return 'f';
  return 0;
}

// Words that may stand between a subject and its speech verb ("Hegseth also
// said", "Zelenskiy has insisted", "who had repeatedly warned", "The
// American Legion has twice complained", "Rivals have long criticized").
bool is_verb_filler(std::string_view w);

// A word with a domain after its last period, which text::segment joins
// only for top-level domains: a web address ("GunBroker.com",
// "bbc.co.uk"), not "U.S.".
bool web_address(std::string_view w);

// A word with a capital after a lower-case letter, not after a surname or
// given-name prefix: a body's or a product's name ("GlaxoSmithKline",
// "EuroDisney"), not a person's ("McCain", "DiCaprio", "LaHood").
bool camel_case_body(std::string_view w);

// A hyphenated adjective of leading, basing, owning or backing ("hamas-led",
// "paris-based", "state-owned"), lower-cased: it modifies a name and is
// never one.
bool is_hyphen_adjective(std::string_view lower_word);

// "Islamophobia", "Thatcherism", "Scientology": a word made with a suffix
// of doctrines, fears and studies, which names no one (lower-cased word).
inline bool doctrine_word(std::string_view w) {
  for (std::string_view end : {"ism", "isms", "phobia", "mania", "ology", "ologies"})
    if (w.size() > end.size() + 2 && w.ends_with(end)) return true;
  return false;
}

enum class MentionSource : uint8_t { Name, Lexicon, Demonym, Acronym, Pronoun, Description };

struct Mention {
  uint32_t first = 0, last = 0;  // token range [first, last)
  EntityType type = EntityType::Person;
  MentionSource source = MentionSource::Name;
  int entity = -1;
};

// Thrown by Analysis::spend() when an article's work budget is spent;
// caught in extract_article, never beyond it.
struct WorkBudgetExceeded {};

class Analysis {
 public:
  // `max_work`: the work units (see spend()) this article may take.
  Analysis(const core::Document& doc, const Lexicons& lex, uint64_t max_work = UINT64_MAX);

  const core::Document& doc;
  std::string_view text;
  const Lexicons& lex;
  text::Segmented seg;
  // The trained taggers' reading of every token (tags[i] for seg.tokens[i]):
  // part of speech, and entity type with where each entity starts.
  std::vector<tag::TokenTags> tags;
  std::vector<Mention> mentions;  // sorted by first token after find_mentions()
  std::vector<int> mention_at;    // token -> index into mentions (name tokens), or -1
  std::vector<int> quote_at;      // token -> index into seg.quotes when inside one, or -1
  ArticleFacts facts;

  // One unit of work: every look at a token through tok(), lower(), wx(),
  // wl() or is() (the inner step of every pass) spends one, so the count is
  // a deterministic measure of the work done, the same on every run and
  // machine. The budget is checked between the steps of each pass (per
  // sentence, token, quotation, cue or statement of its outer loop), where
  // check_budget() throws WorkBudgetExceeded once it is spent: an article
  // may overrun it by one step. (Checking at every look cost 5% of the
  // extraction's time; counting alone costs under 1%.)
  [[gnu::always_inline]] void spend() const { ++work_; }
  // n units at once, for a pass that skips n looks it would have spent.
  void spend(uint64_t n) const { work_ += n; }
  void check_budget() const {
    if (work_ > max_work_) throw WorkBudgetExceeded{};
  }
  uint64_t work() const { return work_; }

  [[gnu::always_inline]] std::string_view tok(uint32_t i) const {
    spend();
    return seg.tokens[i].span.of(text);
  }
  // The token in lower case (ASCII letters folded; a view, no allocation).
  // (These looks are the passes' inner step: always inlined.)
  [[gnu::always_inline]] std::string_view lower(uint32_t i) const {
    spend();
    return seg.tokens[i].span.of(lower_text_);
  }
  // What the lexicons say of the token as written / in lower case (looked up once).
  [[gnu::always_inline]] const WordInfo& wx(uint32_t i) const {
    spend();
    return *exact_info_[i];
  }
  [[gnu::always_inline]] const WordInfo& wl(uint32_t i) const {
    spend();
    return *lower_info_[i];
  }
  // The plural of a common word ("Ministers", "Organisers"; not "Jones",
  // "Business"): its lower-case form less a final "s" is in common_words.tsv.
  bool plural_of_common(uint32_t i) const;
  // Token i is written in lower case somewhere in the article ("binge
  // drinking and drink promotions"): a common word, though too rare for
  // common_words.tsv. The words are gathered the first time it is asked.
  bool written_lower(uint32_t i) const;
  // "the 25-year-old Dubliner", "the veteran Scot": token i after "the" and
  // one to three lower-case hyphenated words or adjectives, a description
  // of someone rather than a name.
  bool after_the_description(uint32_t i) const;
  // Case-insensitive ASCII compare (inline: the passes ask it millions of times).
  [[gnu::always_inline]] bool is(uint32_t i, std::string_view word) const {
    spend();
    if (i >= seg.tokens.size()) return false;
    const std::string_view t = seg.tokens[i].span.of(lower_text_);
    if (t.size() != word.size()) return false;
    for (size_t k = 0; k < t.size(); ++k) {
      char b = word[k];
      if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
      if (t[k] != b) return false;
    }
    return true;
  }
  size_t ntok() const { return seg.tokens.size(); }
  core::Span span(uint32_t first, uint32_t last) const {
    return {seg.tokens[first].span.begin, seg.tokens[last - 1].span.end};
  }
  std::string_view words(uint32_t first, uint32_t last) const { return span(first, last).of(text); }
  const text::Sentence& sentence_of(uint32_t t) const { return seg.sentences[seg.sentence_of[t]]; }
  // At k a dash opening an aside ("— after a pause —", "-- on Twitter --"):
  // the token after the closing dash, found within `max_len` tokens and
  // before `end` and any opening quotation mark; 0 when there is none.
  uint32_t after_dash_aside(uint32_t k, uint32_t end, uint32_t max_len) const {
    if (k >= end || !is_dash(tok(k))) return 0;
    while (k < end && is_dash(tok(k))) ++k;
    const uint32_t inside = k;
    while (k < end && k - inside < max_len && !is_dash(tok(k)) &&
           seg.tokens[k].kind != text::TokenKind::OpenQuote)
      ++k;
    if (k == inside || k >= end || !is_dash(tok(k))) return 0;
    while (k < end && is_dash(tok(k))) ++k;
    return k;
  }
  // Title Case ("Trump Calls Rival A Fraud", "Sanders to Face Clinton in
  // Debate"): at least four words, 70% of them capitalized, and no word in
  // lower case but the short ones such headlines leave so. ("He met John
  // Green.", "... said UK Chancellor of the Exchequer Gordon Brown." are
  // sentences: in Title Case a name would stop at "Green", "Brown".)
  bool title_case(const text::Sentence& s) const {
    uint32_t words = 0, caps = 0;
    for (uint32_t i = s.first; i < s.last; ++i) {
      if (seg.tokens[i].kind != text::TokenKind::Word) continue;
      ++words;
      if (seg.tokens[i].upper) {
        ++caps;
      } else if (!title_case_lower_word(lower(i))) {
        return false;
      }
    }
    return words >= 4 && caps * 10 >= words * 7;
  }
  static bool title_case_lower_word(std::string_view w);
  // The sentence of token t is about sport: it holds a word of
  // sports_words.tsv ("fans", "striker") or names a club that is one
  // wherever it stands ("Arsenal play Manchester United and Porto"), read off
  // the words so that the mention finder may ask before the mentions exist.
  // Answered once per sentence.
  bool about_sport(uint32_t t) const;
  // Index of the first token starting at or after byte `offset` (ntok() if none).
  uint32_t first_token_at(uint32_t offset) const;
  // The evidence to keep for a fact at `focus` (the statement's text, the
  // word "met") inside `sentence`: the sentence, clipped at token boundaries
  // to kEvidenceContext bytes on either side of the focus where it reaches
  // further. Every fact carries its evidence into the graph as text, so an
  // unclipped sentence of 100 KB copied once per fact made the output grow
  // with (facts in a sentence) x (sentence length). The longest context a
  // fact had in the BBC and PolNeAR corpora was 438 bytes on a side: real
  // sentences stay whole.
  static constexpr uint32_t kEvidenceContext = 600;
  core::Span evidence(core::Span sentence, core::Span focus) const;

  // Adds (or finds) an entity by identity key; returns its index.
  int entity(EntityType type, const std::string& name, bool from_lexicon = false);
  void add_mention(Mention m);
  // Adds `alias` to the entity's aliases unless it is there already (a set
  // answers: an event named a thousand ways in a long article made a scan of
  // the list per phrase quadratic).
  void add_alias(int entity, const std::string& alias);
  // Rebuilds mention_at from `mentions` (sorted): names win over demonyms and
  // events, so "Rustem Umerov meeting with ..." keeps its person.
  void index_mentions();
  // The entity a mention ending just before token `end` refers to, or -1.
  int entity_ending_at(uint32_t end) const;
  // The most recent person mentioned before token t (outside quotations when
  // t is outside one), for pronouns; "he" and "she" pass over people known to
  // be of the other sex (note_genders).
  int recent_person(uint32_t t) const;
  // What the names say of each person's sex: a given name only one sex bears
  // ("Jennifer Palmieri") or a courtesy title ("Mr. Culpepper"). Call once the
  // name mentions are found.
  void note_genders();
  // Mentions are sorted by first token: the first one starting at or after
  // t, so that walking back from it visits the mentions before t, nearest first.
  std::vector<Mention>::const_iterator mentions_before(uint32_t t) const;
  // Known to be of the other sex than `want` ('m', 'f'; 0 wants either).
  bool other_sex(int entity, char want) const;

  std::string key_name(EntityType type, std::string_view name) const;

 private:
  uint64_t max_work_;
  mutable uint64_t work_ = 0;
  StringMap<int> entity_by_key_;
  std::vector<std::unordered_set<std::string>> alias_seen_;  // entity -> its aliases
  std::vector<char> gender_;  // entity -> 'm', 'f' or 0 (unknown or conflicting)
  // [want * 2 + in_quote][i]: the last mention before mention i that a
  // pronoun may refer to (want 0 either sex, 1 male, 2 female; in_quote:
  // names inside quotations count), or -1; i == mentions.size() too.
  std::array<std::vector<int>, 6> prev_referent_;
  std::string lower_text_;
  std::vector<const WordInfo*> exact_info_, lower_info_;
  mutable std::vector<int8_t> about_sport_;  // per sentence: -1 not yet asked, 0, 1
  // Per token: the hash of a word's lower-case form (the lexicon lookup's),
  // 0 for no word; and whether the word is written wholly in lower case.
  std::vector<uint64_t> lower_hash_;
  std::vector<uint8_t> plain_;
  mutable std::vector<uint64_t> lower_words_;  // see written_lower(); 0 for an empty slot
};

void find_mentions(Analysis& a);     // mentions.cpp
void find_statements(Analysis& a);   // statements.cpp
void find_relations(Analysis& a);    // relations.cpp: meetings and positions

}  // namespace newskg::extract
