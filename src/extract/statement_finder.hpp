#pragma once
// Internal to the extract library: the statement finder, one article's pass
// over quotations and reported speech, shared by the files that hold its
// concerns:
//   statements.cpp       the pass in order, and joint speakers
//   quotations.cpp       direct quotations, captions, transcripts, and who
//                        speaks a quotation (attribute_quote)
//   reported_speech.cpp  speech cues, reported clauses, "according to",
//                        owned reports ("X's claim that")
//   speakers.cpp         the speaker of a cue: subjects, descriptions ("the
//                        ministry"), unnamed sources, roles
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analysis.hpp"
#include "newskg/core/unicode.hpp"

namespace newskg::extract::speech_detail {

using text::TokenKind;

struct Cue {
  uint32_t first, last;  // the verb tokens
  const SpeechVerb* verb;
  // After "will", "could", ...: a prediction ("Trump will demand ..."), not
  // reported speech; still a quotation's attribution (`"...," he will say`).
  bool modal = false;
};

inline bool is_modal(std::string_view w) {
  return w == "will" || w == "would" || w == "could" || w == "may" || w == "might" ||
         w == "can" || w == "should" || w == "must" || w == "to" || w == "shall";
}

inline bool is_be(std::string_view w) {
  return w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been" ||
         w == "has been" || w == "am";
}

inline bool is_preposition(std::string_view w) {
  static const WordList words = {"at",     "in",     "of",     "for",     "from",    "with",
                                 "to",     "on",     "by",     "about",   "after",   "before",
                                 "during", "over",   "under",  "against", "between", "among",
                                 "into",   "toward", "towards"};
  return words.contains(w);
}

inline bool is_subordinator(std::string_view w) {
  static const WordList words = {"as",      "while",   "when", "since", "although",
                                 "though",  "because", "if",   "once",  "until",
                                 "despite", "unlike",  "like", "amid",  "following"};
  return words.contains(w);
}

// "falsely", "repeatedly", "Early": an -ly adverb (longer than "only", "fly").
inline bool is_ly_adverb(std::string_view w) { return w.size() > 4 && w.ends_with("ly"); }

// "how experts see it": a question word opens an indirect question, not a source.
inline bool is_question_word(std::string_view w) {
  return w == "how" || w == "what" || w == "where" || w == "why" || w == "whom" || w == "whose";
}

inline bool is_determiner(std::string_view w) {
  static const WordList words = {"the",    "a",    "an",      "this",     "that", "these",  "those",
                                 "its",    "his",  "her",     "their",    "our",  "my",     "your",
                                 "recent", "new",  "any",     "no",       "such", "latest", "first",
                                 "whose",  "same", "earlier", "previous", "of",   "to",     "in",
                                 "for",    "with", "be"};
  return words.contains(w);
}

// Nominative pronouns: only ever a clause's subject.
inline bool is_subject_pronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
}

inline bool is_day(std::string_view w) {
  static const WordList words = {"Monday",   "Tuesday", "Wednesday", "Thursday",  "Friday",
                                 "Saturday", "Sunday",  "today",     "yesterday", "tonight"};
  return words.contains(w);
}

inline bool is_weekday_or_time(std::string_view w) {
  static const WordList words = {
      "Monday",    "Tuesday", "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday", "today",
      "yesterday", "earlier", "later",     "tonight",  "recently", "last",     "week",   "on"};
  return words.contains(w);
}

// The period a "this/last/next ..." time phrase names ("this month",
// "last spring"), lower-cased.
inline bool is_period_noun(std::string_view w) {
  static const WordList words = {"week",      "month",   "year",   "weekend", "morning",
                                 "afternoon", "evening", "night",  "spring",  "summer",
                                 "autumn",    "fall",    "winter", "decade"};
  return words.contains(w);
}

// "called him a liar" (form, lemma, frame, gerund, infinitive, words); "calling
// him a liar" is a gerund, whose speaker is the clause's subject.
inline const SpeechVerb kCallVerb{"called", "call", VerbFrame::NounPhrase, false, false, 1};
inline const SpeechVerb kCallingVerb{"calling", "call", VerbFrame::NounPhrase, true, false, 1};

class StatementFinder {
 public:
  explicit StatementFinder(Analysis& a) : a_(a), lex_(a.lex) {}

  void run();

  // A joint speech act is each named party's (corpus/GOLD.md): "Lund and
  // Berg said ...", "Norway, Sweden and Finland have warned ...", "the
  // Namibian and South African governments say ...". The statement found
  // for the party next to the cue is copied for every named party (person,
  // body or country) coordinated before it. Not inside a prepositional
  // phrase ("talks between Lund and Berg said" has another subject).
  void joint_speakers();
  void counted_speakers();

  // A paragraph that is wholly a quotation, with no attribution, after a
  // paragraph whose last sentence introduces its speaker: the paragraph
  // before reports them ("Roe said the plan would fail.") or names them as
  // its subject ("Jane Roe, the mayor, wants the road built."):
  //   Roe said the plan would fail.
  //   “We have no money for it.
  //   “Nobody asked us.”                        -> Roe, one direct statement
  // Only the one sentence right before counts, and only a quotation filling
  // its paragraph: a quotation by someone else gets its own attribution.
  int gives_speech_act(const text::Sentence& s) const;
  // The "(" before token t in sentence s that no ")" closes, or UINT32_MAX.
  uint32_t open_bracket_before(uint32_t t, const text::Sentence& s) const;
  // The brackets opening at token k hold an "according to" of their own.
  bool bracket_holds_source(uint32_t k, const text::Sentence& s) const;
  int introduced_voice(core::Span q, uint32_t open, uint32_t sent,
                       const std::vector<int>& voice) const;

  // A quotation with no attribution after someone's reported speech in the
  // same paragraph goes on in that voice: `X said Google should not be
  // penalised. "Of course Google should be allowed ..."`. BBC style puts a
  // sentence of background between ("Mr Dein said ... Since 1992, clubs have
  // seen their income soar. "Television has been ..."), so up to two
  // sentences back. Across paragraphs it was wrong too often on PolNeAR.
  // Quotations continued from one another take the voice in turn.
  void follow_up_quotes();

 private:
  const text::Token& T(uint32_t i) const { return a_.seg.tokens[i]; }
  bool in_quote(uint32_t t) const { return a_.quote_at[t] >= 0; }
  // First word of its sentence or of a quotation: capitalized as such.
  bool opens_sentence(uint32_t t) const {
    return t == a_.sentence_of(t).first || T(t - 1).kind == TokenKind::OpenQuote;
  }

  // After "called": an object and then a quotation or "a/an ..." within the
  // sentence ("called Friday's decision a “huge win”").
  uint32_t called_names_something(uint32_t t) const;
  // The speaker's last statement ends at the comma before token `first`, in
  // sentence s: it takes [first, e) too ("..., calling it a model"). Whether it did.
  bool extends_last(int speaker, uint32_t first, uint32_t e, const text::Sentence& s);
  // "According to X, CONTENT." / "CONTENT, according to X." (and "as reported
  // by X"): the attribution phrase opens at `open` and its source ends
  // before `from`; when it `opens` the sentence the content follows the next
  // comma, otherwise it is the sentence before the phrase.
  // The end of "according to X" from `from` (X's first token): the comma
  // after X, past an appositive or relative clause on X set off by commas.
  uint32_t source_phrase_end(uint32_t from, const text::Sentence& s) const;
  void content_around_source(int speaker, uint32_t open, uint32_t from, bool opens,
                             const text::Sentence& s);

  // "Sanders was asked by host John Dickerson whether his aim was ...",
  // "Asked by Matt Lauer whether she had practised, she said ...": the agent
  // of a passive "asked" puts the question, which is the statement (from
  // "whether", "if", "about", "to" or a wh-word). Whether cue c was one.
  bool question_by_agent(const Cue& c, const text::Sentence& s);

  // "continues to insist", "went on to say", "began to argue": the speech
  // act happens, unlike the hypothetical "would say" or "wants to argue".
  bool goes_on_to(uint32_t t) const;

  // After "vowed to": a verb opens the infinitive ("vowed to harshly punish"),
  // not a listener or a place ("pledged to voters", "promised to the city").
  bool opens_infinitive(uint32_t k) const;

  // "said that was not her view": "that" at k, after the verb cue c, as the
  // clause's subject (a verb right after it), not the conjunction that opens
  // the clause; after a noun cue ("a report that showed") it is a relative.
  bool demonstrative_that(const Cue& c, uint32_t k, const text::Sentence& s) const {
    using tag::Pos;
    const Pos cue = a_.tags[c.last - 1].pos;
    if (cue == Pos::NN || cue == Pos::NNS) return false;
    if (k + 1 >= s.last || T(k + 1).kind != TokenKind::Word) return false;
    const Pos p = a_.tags[k + 1].pos;
    // (Not a present-tense -s form: "said that rumours that ..." is a noun
    // the tagger may read as a verb.)
    return is_be(a_.lower(k + 1)) || p == Pos::VBD || p == Pos::MD;
  }

  // A possessive: "’s", or a plural's lone mark right after it ("Reuters’").
  bool possessive_at(uint32_t k) const {
    if (T(k).kind == TokenKind::Possessive) return true;
    return k > 0 && T(k).kind == TokenKind::CloseQuote && T(k).single_mark &&
           T(k - 1).kind == TokenKind::Word && T(k - 1).span.end == T(k).span.begin &&
           (a_.tok(k - 1).back() == 's' || a_.tok(k - 1).back() == 'S');
  }

  // "this week", "last month", "next year" opening at k (before `end`); not
  // a possessive, which opens a noun phrase ("this year's festival").
  bool period_phrase_at(uint32_t k, uint32_t end) const {
    return k + 1 < end && T(k + 1).kind == TokenKind::Word && is_period_noun(a_.lower(k + 1)) &&
           (a_.is(k, "this") || a_.is(k, "last") || a_.is(k, "next")) &&
           !(k + 2 < end && T(k + 2).kind == TokenKind::Possessive);
  }

  // "a week later", "two days later", "hours later" at k: the index past
  // "later", or k.
  uint32_t later_phrase_end(uint32_t k, uint32_t end) const {
    static const WordList units = {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                                   "month", "months", "year", "years", "decade", "decades"};
    uint32_t u = k;
    if (u < end && (T(u).kind == TokenKind::Number || a_.is(u, "a") || a_.is(u, "an") || a_.is(u, "one") ||
                    a_.is(u, "two") || a_.is(u, "three") || a_.is(u, "several") || a_.is(u, "few") ||
                    a_.is(u, "some")))
      ++u;
    if (u + 1 < end && T(u).kind == TokenKind::Word && units.contains(a_.lower(u)) && a_.is(u + 1, "later") &&
        (u > k || a_.lower(u).ends_with('s')))
      return u + 2;
    return k;
  }

  // The article's first paragraph, one line in Title Case.
  bool in_title_case_headline(uint32_t t) const {
    const auto& s = a_.sentence_of(t);
    return s.paragraph == 0 && !T(t).all_upper && a_.title_case(s);
  }

  void find_cues();

  // "he’s said", "she's argued", "that’s according to": after a pronoun the
  // "’s" the tokenizer reads as a possessive is "has" or "is".
  bool contraction(uint32_t p) const {
    if (p == 0 || T(p).kind != TokenKind::Possessive) return false;
    std::string_view w = a_.lower(p - 1);
    return is_subject_pronoun(w) || w == "it" || w == "that" || w == "who" || w == "there";
  }

  // The entity that is the subject of the cue at token `t`, looking left, or -1.
  // A name inside a prepositional phrase is not the subject ("speech at
  // NATO underscored"), except the source of a document ("report from the DDIS").
  // Where a name's noun phrase starts: back over "the" and a hyphenated
  // adjective ("from South African-based Vaal ... Alliance").
  uint32_t phrase_start(uint32_t first) const;

  bool in_prep_phrase(uint32_t first) const;

  // At a "have", "had", "would" or "will" right after a name (not a
  // pronoun), before "all"/"both" and an active verb: "Trump and Sanders
  // have both argued".
  bool named_then_auxiliary(uint32_t a, uint32_t limit) const;
  // Before the comma that opens a "who" clause, past appositives set off
  // by commas, the person named first ("Alan Berger, a gynecologist from
  // Englewood, New Jersey, who"); -1 for none.
  int person_before_appositives(uint32_t comma, uint32_t limit) const;
  int subject_left(uint32_t t, uint32_t limit) const;

  // "Mr. Morgan of the Sierra Club", "Lauren Nel from Natural Justice in
  // Cape Town": the person named before the affiliations and places whose
  // name opens at `first` (up to three phrases of, at, from, with, in), or -1.
  // (`at`, when given, receives the first token of the person's mention.)
  int person_before_affiliation(uint32_t first, uint32_t* at = nullptr) const;

  // "The UN and other aid organisations have condemned", "Netanyahu and
  // allies, who claim": a named party and an unnamed group with it, ending at
  // the plural noun at p; the named party is the speaker GOLD.md counts.
  int named_with_others(uint32_t p, uint32_t limit) const;

  // "Civil rights activists say", "a spokeswoman said", "the ad says": a
  // speaker the article describes without naming (source_nouns.tsv). The
  // noun phrase back to its determiner names it, without "the"/"a".
  // `last` (when past the head) ends the printed description: "Experts on
  // North Korea" for "Experts on North Korea said".
  int unnamed_source(uint32_t head, uint32_t limit, uint32_t last = 0) const;

  // A described speaker with a prepositional modifier ending at p, right
  // before the verb: "a spokeswoman for the House Armed Services Committee
  // said" is the committee's (someone speaking for a named body); "Experts
  // on North Korea said", "supporters in Congress say" are unnamed sources
  // printed with their modifier.
  int source_with_modifier(uint32_t p, uint32_t limit) const;

  // A body noun in [b, e) followed by capitalized words up to e that no
  // rule read is that body's name ("whale rescue group Kai Moana" -> the
  // organization Kai Moana); -1 when there is none.
  int named_after_body_noun(uint32_t b, uint32_t e) const;

  // "the", "a" or "an" opening a source's noun phrase is not part of its name.
  uint32_t skip_article(uint32_t b, uint32_t end) const {
    while (b < end && (a_.is(b, "the") || a_.is(b, "a") || a_.is(b, "an"))) ++b;
    return b;
  }

  // A word that ties a described source to someone: a country, body, party
  // or person named there, a demonym, or a capital that does not just open
  // the sentence ("Chinese military commentators", "Republican strategists").
  bool affiliates(uint32_t k) const;

  // "according to the Daily Caller", "according to a Quinnipiac poll",
  // "according to a Democratic aide": a source no other rule names, as the
  // noun phrase printed after "according to" (up to a comma, a clause or
  // the sentence end; at most 10 words). Affiliated when a capital or a
  // known name is in it, like the sources found before a verb.
  int described_source_after(uint32_t b, uint32_t limit) const;

  // "Mr Blair's spokesman said", "a BAA spokesman said", "the White House
  // press office said": someone speaking for a named person or body is
  // attributed to them.
  int represented_by(uint32_t p, uint32_t limit) const;
  int headline_source(uint32_t b, core::Span para, uint32_t& e) const;

  // "Joseph said": a capitalized word no other rule named, standing right
  // before a speech verb, is someone's name.
  // At k "of" and a capitalized word, before limit: "of the CORE Teachers", "of Boston".
  bool of_name(uint32_t k, uint32_t limit) const;
  int bare_name_speaker(uint32_t p) const;
  // At k the lower-case plural of a kind of body ("councils", "aid
  // organisations"; reference_nouns.tsv).
  bool plural_body_noun(uint32_t k) const;
  // The one person named in full whose name ends in `word` ("Desailly" for
  // Marcel Desailly), or -1.
  int person_by_surname(std::string_view word) const;

  bool is_age(uint32_t p) const { return a_.lower(p).ends_with("year-old"); }

  // The person named last before token t, outside quotations: what "the
  // 23-year-old" or "said the striker" stands for. Not Analysis::recent_person,
  // the pronoun resolver, which passes over possessives and names inside
  // prepositional phrases and looks back only a few sentences. Always a
  // guess: it marks the quotation being attributed as one (guessed_).
  int last_named_person(uint32_t t) const;

  // The most recent organization (or country) named before token t, outside
  // quotations; when `noun` is given, one whose name contains it first
  // ("the bank" -> "Wells Fargo Bank" over a later "SEC").
  int recent_body(uint32_t t, std::string_view noun = {}) const;
  // The organization or country whose statement is the last one in the
  // sentence before token t's, or -1.
  int body_speaking_before(uint32_t t) const;

  // A body the lexicons know is of a kind the noun may stand for: "the
  // bank" is no party (reference_nouns.tsv); any other body may be.
  bool fits(const Entity& e, std::string_view noun) const {
    if (!e.from_lexicon) return true;
    const int o = a_.lex.organization(e.name);
    return o < 0 || a_.lex.body_noun_fits(noun, a_.lex.organization_at(o).kind);
  }

  // A mention in subject position: it opens its sentence or a clause (after
  // a comma, "and", "but" or a subordinator), past a leading "the".
  bool opens_clause(uint32_t first) const;

  // A name starts at token k, maybe after a title: "Mr. Leahy", "Sen. Leahy".
  bool names_at(uint32_t k) const {
    while (k + 1 < a_.ntok() && a_.mention_at[k] < 0 &&
           (a_.wx(k).title != TitleRole::None || a_.tok(k) == "."))
      ++k;
    return k < a_.ntok() && a_.mention_at[k] >= 0;
  }

  // What "they" before token t stands for: the latest organization, pair of
  // people ("Mr. Grassley and Mr. Leahy") or plural described source
  // ("McConnell aides") named outside quotations in this sentence or the two
  // before it, in subject position (opening a sentence or clause; an object
  // is seldom who "they" are). Countries are left out
  // ("they" after "China" is more often its people or leaders).
  int recent_group(uint32_t t) const;

  // A described source's mention at `where` (unnamed_source(),
  // described_source_after()); a plural one ("aides", "Republican
  // strategists") is what "they" may stand for (recent_group()).
  void note_source_mention(int ent, core::Span where) const;

  bool tok_is_noun_head(uint32_t p) const {
    return T(p).kind == TokenKind::Word && !T(p).all_upper;
  }

  int resolve_description(uint32_t head, uint32_t limit) const;
  // "The prime minister ratcheted up ... He insisted": the person the
  // description opening the sentence before names by role, for the subject
  // pronoun at p (resolved to `resolved` by coreference); -1 when none.
  int described_subject_before(uint32_t p, int resolved) const;
  // The sentence before the one that "he" or "she" at p opens (past "but"
  // or "and"), or nullptr.
  const text::Sentence* sentence_before_pronoun(uint32_t p) const;
  // "An M&S spokesman said ... He also said ...": the speaker of the
  // spokesman (or spokeswoman) who spoke in the sentence before, for a
  // subject pronoun opening a sentence that goes on reporting ("also
  // said", "added"); -1 for none.
  int spokesman_before(uint32_t p) const;

  // For a description's head word ("minister"), the person mentions (indexes
  // into a_.mentions, in order) whose entity has a role naming it ("Foreign
  // Minister"), and those whose entity has some other role that does not
  // name another office ("the mayor" is not the senator named before it).
  // Built once per description and article (roles and mentions no longer
  // change while statements are read), where a walk back over all mentions
  // per description was quadratic in a long article.
  struct RoleIndex {
    std::vector<uint32_t> named, any;
  };
  const RoleIndex& role_index(const std::string& low, const std::string& phrase) const;
  // The description [d, head] after "the" ("prime minister"): the person
  // last mentioned before d whose role shares the head word (named), and the
  // one with any role (any); -1 each when none.
  struct RoleHolders {
    int named, any;
  };
  RoleHolders role_holders(uint32_t d, uint32_t head) const;

  // An office title word: "mayor", "senator" (not "candidate", "nominee").
  bool is_office_word(const std::string& low) const {
    if (low.empty()) return false;
    std::string cap = low;
    cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
    return lex_.title_role(cap) == TitleRole::Head;
  }

  // The role title names an office other than `low`: "Sen." or "Governor"
  // against "mayor"; "Sen." against "senator" is the same office.
  bool holds_other_office(const std::string& title, const std::string& low) const;

  // "The report stated": the body that issued the last report named before,
  // as in "a recent report from the Danish Defense Intelligence Service".
  int document_source(uint32_t head, const std::string& noun) const;

  // Tokens from k are what "claim" takes when it means winning ("claimed
  // victory", "claims the lead"): no speech act.
  bool claims_a_win(uint32_t k) const;
  bool negated_verb(uint32_t t) const;

  bool is_speaker_type(int ent) const {
    auto t = a_.facts.entities[static_cast<size_t>(ent)].type;
    return t == EntityType::Person || t == EntityType::Organization || t == EntityType::Country ||
           t == EntityType::UnnamedSource;
  }

  // Token e, right after a mention of `ent`, is the head of a description
  // of one of the body's people ("the Tottenham striker", "The Everton
  // striker"): the description, not the body, is the subject. Any
  // organization but a party, whose "strategist" or "leader" speaks as an
  // affiliated source of the party; not an agent noun ("a Bayern Munich
  // spokesman" speaks for the club).
  bool describes_member_of(int ent, uint32_t e) const {
    if (ent < 0 || T(e).kind != TokenKind::Word || T(e).upper || !a_.wl(e).description_head ||
        a_.wl(e).agent_noun)
      return false;
    const auto& body = a_.facts.entities[static_cast<size_t>(ent)];
    if (body.type != EntityType::Organization) return false;
    const int o = a_.lex.organization(body.name);
    return o < 0 || a_.lex.organization_at(o).kind != "party";
  }

  // Subject after the cue: `said Hegseth`, `said the minister`, `according to X`.
  int subject_right(uint32_t t, uint32_t limit) const;

  uint32_t sentence_end_tok(uint32_t t) const { return a_.sentence_of(t).last; }

  // A cue that may attribute a quotation: any speech verb, "continued" too.
  bool named_in_free_relative(const Cue& c, const text::Quotation& q) const;
  int quote_cue(uint32_t k) const { return cue_at_[k] >= 0 ? cue_at_[k] : quote_cue_at_[k]; }

  // Attribution for one quotation: look right of the closing mark, then left
  // of the opening mark, within the paragraph.
  int attribute_quote(const text::Quotation& q, bool& left);
  // Only "and" and commas between two quotations, the first closing on a
  // comma: `“A,” and, “B”`, one speaker's words.
  bool and_between(const text::Quotation& a, const text::Quotation& b) const;
  // From b, a listener of nouns, determiners and adjectives only, then at
  // k an infinitive: "asked [the council] to drop ...".
  bool infinitive_after_listener(uint32_t b, uint32_t k) const;
  // A word of a listener's noun phrase: a noun, determiner, adjective,
  // number, pronoun or possessive ("the MPs' committee", "Rosneft").
  bool listener_word(uint32_t j) const;
  // From k, the object of "posted" is a company's results ("a loss of
  // $761m", "record profits"), which no one says.
  bool posts_results(uint32_t k) const;
  // From b, a determiner and up to four nouns and adjectives, then "that":
  // the index of "that", or 0 ("warned the MPs' committee that ...").
  uint32_t listener_then_that(uint32_t b, const text::Sentence& s) const;

  // After a quotation, "..., Mr. McKinley suggested looking at ..." is a new
  // statement, not the quotation's attribution: an attributing verb is
  // followed by the end of the clause, the speaker, a listener or a
  // prepositional phrase ("said on X", "told reporters").
  bool closes_attribution(const Cue& c, uint32_t limit) const;

  // "as Comey noted,", "As a Politico reporter put it,": the attribution
  // opens with "as" at the start of the sentence or of a clause, and the
  // reported words follow it.
  bool as_attribution(const Cue& c, const text::Sentence& s) const;

  // ", Mr. Obama said," inside a sentence with no quotation of its own.
  // Where the subject before the cue starts: back over names, capitalized
  // words and fillers ("Mr. Bush said", "Trump has also said").
  uint32_t subject_run_start(const Cue& c, const text::Sentence& s) const;

  bool parenthetical(const Cue& c, const text::Sentence& s) const;

  // The subject of the sentence's main clause, for a participle or a second
  // verb that shares it: "Bill Clinton unloaded on Sanders in a speech
  // Sunday, accusing ...", "Sullivan put off deciding but said ...". A
  // fronted adverbial ("Early in his campaign, Trump attacked") and a
  // sentence adverb ("But", "Still,") are skipped. A name (the whole run of
  // names and titles), a resolved pronoun, or a description of someone
  // named before; -1 when the clause opens otherwise.
  // `owner`: a possessive subject stands for its owner ("Clinton's aide
  // rallied supporters, saying ..." is Clinton's), not for no one.
  int clause_subject(const text::Sentence& s, uint32_t before, bool owner = false) const;

  // "Trump's claim that there have been thousands of shootings", "Clinton’s
  // comments Tuesday on the shooting", "the senator's call for an inquiry": a
  // speech noun (speech_nouns.tsv) owned by a named speaker or a resolved
  // "his"/"her" reports what follows its link; with "to" the infinitive,
  // "to" included ("promise to be neutral"). Confidence 0.7: the noun may
  // name an act the article does not quote.
  void owned_reports();

  // The cue's clause is a free relative: "what Trump says ...", "what she
  // has called ...": "what" right before the subject (names, titles and
  // words like "has", "also").
  bool in_free_relative(const Cue& c, const text::Sentence& s) const;

  // After the comma at k the verb's object goes on: "discussed the polls,
  // including ones showing ...", or an aside closes with the verb's second
  // complement: "accused Rafael Cruz, who was born in Cuba, of associating
  // ...", "characterized Sen. Tim Kaine, D-Va., as ...".
  bool object_goes_on(uint32_t k, uint32_t b, uint32_t e) const;

  // Adjectives and adverbs before a speech noun: "repeated attacks",
  // "earlier claim", "own admission", "angry denunciation".
  static bool is_modifier(std::string_view w);
  // What one tells that is no report: "the story", "a joke", "the truth".
  static bool told_thing(std::string_view w);

  // A fronted time phrase with no preposition, "A few days later,", "Two
  // weeks ago,", "Last Thursday,", "This month,": the token after its comma,
  // or 0. Up to six lower-case words or numbers, the last a time word.
  uint32_t after_time_phrase(uint32_t k, uint32_t before) const;

  // Past "on Monday", "last week", "Tuesday night", "earlier this month"
  // starting at b (at most five tokens): the token after, or b.
  uint32_t after_time_words(uint32_t b, const text::Sentence& s) const;

  // A clause opens at h: a determiner, possessive pronoun, name or number,
  // then within six tokens and before any comma a finite verb form (a modal,
  // "is"/"was"/"has"/"had" ...): "the bill would pass", "Iran has agreed".
  bool clause_opens_at(uint32_t h, const text::Sentence& s) const;

  // The first person/org subject of a sentence after token `from`: for
  // "While saying ..., he challenged", "Reiterating ..., Hegseth stated".
  int main_subject(const text::Sentence& s, uint32_t from) const;

  // A quotation is a statement of its own when it stands as a clause, not
  // as a phrase inside the writer's sentence ("an “overwhelming share” of").
  bool stands_alone(const text::Quotation& q) const;
  // At b, someone's own report: a name, its possessive and a report noun
  // ("Trump's call for", "the minister's claim that").
  bool owned_report_at(uint32_t b, const text::Sentence& s) const;
  // Token t is a mark of a few quoted words inside a clause (a scare quote
  // or a title: "calls the plan a “disaster,”", "co-author of "Going Viral,"").
  bool inline_quote_mark(uint32_t t) const;

  // `Europe must provide the "overwhelming share" of aid`, `he said "budget
  // reforms" and the collection of taxes would pay`: a quotation inside the
  // clause a speech verb reports is a fragment of that one indirect
  // statement (GOLD.md), not a quotation of its own. The verb stands left in
  // the sentence, and reported words come between it and the quotation, or
  // the clause goes on after the closing mark.
  bool fragment_of_report(const text::Quotation& q) const;

  // The last character inside the quotation's marks, past white space (0
  // for none).
  char closing_mark(const text::Quotation& q) const;
  // The quoted words end with a full stop inside the marks: “... of staff.”
  bool closes_with_period(const text::Quotation& q) const;
  // A clause of its own follows cue `c` before `limit` ("He said Clinton
  // would ..."), not only a hearer or a time ("He told Fox News on Sunday.").
  bool writes_a_report(uint32_t b, uint32_t e) const;
  bool naming_participle(uint32_t k) const;
  bool has_quote_mark(uint32_t b, uint32_t e) const;
  bool has_finite_verb(uint32_t b, uint32_t e) const;
  bool set_off_later(const Cue& c, uint32_t after) const;
  bool reports_more(const Cue& c, uint32_t limit) const;

  bool ends_sentence(const text::Quotation& q) const;

  std::string quote_text(const text::Quotation& q) const;

  // Interview transcripts: "WALLACE: Governor, I don't want to interrupt ..."
  // A paragraph opening with a speaker label and a colon is that speaker's.
  void transcript_lines();

  // `“...,” said the Sale player.`: the quotation names its own speaker,
  // even when no one could be made of it, so no earlier voice goes on.
  bool has_attribution_after(const text::Quotation& q) const;

  // A paragraph that is a quotation, a colon and a name, nothing else: the
  // subheading convention of business and British papers, which give each
  // source's verdict before the paragraphs that tell it:
  //   ‘Ends recession debate’: Acme Bank        -> Acme Bank, direct
  //   "We will appeal": Jane Roe                  -> Jane Roe, direct
  // Single marks count here (headlines quote with them). The name must run to
  // the paragraph's end, so a headline such as "'Why now?': experts weigh in"
  // (no name after the colon) is not a statement.
  int caption_speaker(const text::Quotation& q);

  void add_caption_quote(const text::Quotation& q, int speaker);

  void direct_quotes();

  // Past capitalized title words at k that are not part of a name:
  // "President" in "President Barack Obama", "Sen." in "Sen. Leahy".
  // Past the titles and role words before a name ("Sen.", "chief
  // executive"), not beyond `end`.
  uint32_t past_role_words(uint32_t k, uint32_t end) const {
    while (k < end && a_.mention_at[k] < 0 &&
           (a_.wx(k).title != TitleRole::None || a_.wl(k).description_head))
      ++k;
    return k;
  }

  // From k (inside a run of role words), past lower-case words up to a role
  // word that stands right before a name; k itself when there is none.
  uint32_t past_role_run(uint32_t k, uint32_t end) const {
    for (uint32_t j = k; j < end; ++j) {
      if (a_.mention_at[j] >= 0 || T(j).kind != TokenKind::Word || T(j).upper) break;
      if (a_.wx(j).title == TitleRole::None && !a_.wl(j).description_head) continue;
      if (j + 1 < a_.ntok() && a_.mention_at[j + 1] >= 0) return j + 1;
    }
    return k;
  }

  uint32_t past_title(uint32_t k, uint32_t end) const {
    while (k < end && a_.mention_at[k] < 0 && T(k).upper && a_.wx(k).title != TitleRole::None) ++k;
    return k;
  }

  // At token j: an optional "and"/"but", a subject (a pronoun or a name), an
  // optional adverb, and a finite speech verb: "but he urged", "and Smith said".
  bool reports_anew(uint32_t j, const text::Sentence& s) const;

  // "about 20 people", "over 50 percent": a preposition-like word giving a
  // number, which opens a clause rather than a prepositional phrase.
  bool approximate_number(uint32_t k) const;

  // From j: a short noun phrase (no relative word, no verb we know of) and
  // then a finite speech verb: "human rights groups warned".
  bool subject_then_cue(uint32_t j, const text::Sentence& s) const;

  // Where reported content stops: the sentence end, ", saying/arguing ...",
  // ", according to", " and <speech verb>", ", but he urged ...", or a
  // quotation's attribution.
  uint32_t content_end(uint32_t from, const text::Sentence& s) const;

  // The sentences a span touches, one either side included (a span of
  // spaces between two tokens belongs to both their sentences).
  std::pair<uint32_t, uint32_t> sentences_around(core::Span sp) const;

  // Direct statements' spans, listed under every sentence they touch, so that
  // overlaps_direct() looks at the few near a span instead of all of them
  // (a scan of all was quadratic in an article of many quotations). Quotations
  // do not overlap one another, nor transcript paragraphs, so each sentence
  // lists only a few.
  void add_direct_span(core::Span d);

  bool overlaps_direct(core::Span sp) const;

  bool noun_then_verb(uint32_t b, uint32_t e) const;

  void add_indirect(int speaker, uint32_t b, uint32_t e, const text::Sentence& s, double conf);
  // [b, e) with its attribution [gap, resume) left out of the text: "The
  // museum, Mr. Bush said, celebrated ..." reads "The museum celebrated ...".
  void add_indirect_around(int speaker, uint32_t b, uint32_t gap, uint32_t resume, uint32_t e,
                           const text::Sentence& s, double conf);

  // At k, a clause of at least five words to the sentence end with no
  // quotation mark: it opens with a name, a subject pronoun or a determiner,
  // not with an adverb, a conjunction, a gerund or a preposition ("said,
  // however, ...", "said, adding that", "said, in part, ...").
  // `quoted`: the clause may hold quotation marks (a phrase it quotes);
  // without it, any mark ends the search (a quotation of its own).
  bool clause_follows(uint32_t k, const text::Sentence& s, bool quoted = false) const;

  // "Limbaugh added:" closing a paragraph, then a paragraph with no quotation
  // marks: a block quotation whose marks the page layout carried (and the
  // text lost). The whole next paragraph is the statement. One with marks is
  // a quotation, attributed as such (attribute_quote).
  void block_after_colon(int speaker, uint32_t first, const text::Sentence& s);

  // At b an aside set off by commas, then "that" ("insisted, most recently
  // in an interview, that ..."): the "that". After a connective or a
  // condition, a clause: "said, however, it was ..." (the aside's closing
  // comma), "said, if elected, she would ..." (b: the condition is
  // content). 0 for none.
  uint32_t aside_then_that(uint32_t b, const text::Sentence& s) const;

  // After an attributing verb, only a prepositional phrase or a time up to the
  // sentence end: "said in a phone interview.", "said on Tuesday."
  bool tail_only(uint32_t b, const text::Sentence& s) const;
  uint32_t conjoined_report(uint32_t b, const text::Sentence& s) const;

  // "CONTENT, X said." / "CONTENT, said X.": the speaker's noun phrase opens
  // after a comma, and what stands before that comma is the reported content.
  void content_before(const Cue& c, int speaker, const text::Sentence& s);

  // "and" or "but" right before t, or before an "also" or "then" there: the
  // verb at t shares an earlier verb's subject ("and also said").
  bool after_conjunction(uint32_t t, uint32_t first) const;

  // The cue reports something before e: "that", a quotation or a clause
  // with a finite verb follows it, or its frame takes an object or listener.
  bool reports_before(const Cue& c, uint32_t e) const;

  void indirect_speech();

  Analysis& a_;
  const Lexicons& lex_;
  std::vector<Cue> cues_;
  std::vector<int> cue_at_;
  std::vector<int> quote_cue_at_;  // cues of the quote frame ("continued"), for quotations only
  std::map<uint32_t, int> used_cue_;  // cue token -> the speaker of the quotation it attributes
  std::vector<std::vector<core::Span>> direct_at_;  // sentence -> direct spans touching it
  // Byte offset -> the first plural described source mentioned there.
  mutable std::map<uint32_t, int> plural_source_at_;
  mutable std::map<std::string, RoleIndex> role_index_;  // description phrase -> role_index()
  // The last word of each person's name, as written -> that person, or -1
  // when two share it: built on first use by person_by_surname().
  mutable std::map<std::string, int, std::less<>> surname_person_;
  mutable bool surname_index_built_ = false;
  int last_org_speaker_ = -1;
  // caption_speaker() -> add_caption_quote(): the tokens of a source's name
  // that no mention covers.
  std::pair<uint32_t, uint32_t> caption_name_{0, 0};
  bool attributing_quote_ = false;  // resolve_description may guess the person last named
  mutable bool guessed_ = false;     // ... and did: the quotation's confidence is lower
};

}  // namespace newskg::extract::speech_detail
