// Positions: where a speaker stands on a topic, read off what they said.
//
// The holder is the statement's speaker. The stance comes first from the
// cue and its object, read off the sentence (confidence up to 0.8):
//
//   Ebrard rejected the assertion that exports rose   -> oppose "the assertion"
//   Kelce praised Swift's new album                   -> support "Swift's new album"
//   The group warned against a second referendum      -> oppose "a second referendum"
//
// then from a judgement inside the statement whose target the grammar shows
// (evaluation_words.tsv, confidence up to 0.7):
//
//   "The harbour tax is wrong"                -> oppose "The harbour tax"
//   "the ban violates the law"                -> oppose "the ban"
//   "I love any kind of romance"              -> support "any kind of romance"
//
// and otherwise from two or more evaluative words inside the statement
// (stance_words.tsv, a guess, confidence up to 0.6): "We reject and condemn
// this tariff" -> oppose,
// with the topic the entities the statement is about or the short phrase
// after the stance word, never the quotation cut at some word count.
// One position per holder, stance and topic: a speaker who says the same
// thing twice holds one position.
//
// An attitude the article itself reports, with a named holder (or a pronoun
// for one) as its subject, is a position too, statement or not: "Peter
// Fenton backed the plan to close the harbour" -> support (confidence 0.7,
// the sentence as evidence).
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include "analysis.hpp"

namespace newskg::extract {
namespace {

using tag::Pos;
using text::TokenKind;

class PositionFinder {
 public:
  explicit PositionFinder(Analysis& a) : a_(a) {}

  void run() {
    for (const auto& st : a_.facts.statements) {
      a_.check_budget();
      if (st.speaker < 0) continue;
      if (!from_cue(st) && !from_evaluation(st)) from_words(st);
    }
    from_narrative();
  }

 private:
  const text::Token& T(uint32_t i) const { return a_.seg.tokens[i]; }

  static bool stance_class(std::string_view c) { return c == "support" || c == "oppose"; }
  static Stance to_stance(std::string_view c) {
    return c == "support" ? Stance::Support : Stance::Oppose;
  }
  static Stance flip(Stance s) { return s == Stance::Support ? Stance::Oppose : Stance::Support; }

  // Words that end a topic phrase: a clause opens ("that", "because") or
  // the report goes on ("saying", "but").
  // At k a comma, then the attribution: ", Hegseth stated", ", he said",
  // ", her office said".
  bool attribution_after(uint32_t k) const {
    if (!a_.is(k, ",") || k + 2 >= a_.ntok()) return false;
    uint32_t v = k + 1;
    if (a_.is(v, "his") || a_.is(v, "her") || a_.is(v, "its") || a_.is(v, "their"))
      v += 2;  // ", her office said"
    else if (const int m = a_.mention_at[v]; m >= 0)
      v = a_.mentions[static_cast<size_t>(m)].last;
    else if (a_.is(v, "he") || a_.is(v, "she") || a_.is(v, "they") || a_.is(v, "it"))
      ++v;
    else
      return false;
    return v < a_.ntok() && !T(v).upper && a_.wl(v).verbs != nullptr;
  }

  bool ends_phrase(uint32_t k) const {
    // Quotation marks inside a phrase go on ("called for an “overwhelming share”").
    // but a quotation closed after its punctuation ends it (",” Dorsey said").
    if (T(k).kind == TokenKind::CloseQuote) return k > 0 && T(k - 1).kind == TokenKind::Punct;
    if (T(k).kind == TokenKind::OpenQuote) return false;
    if (T(k).kind == TokenKind::Number || T(k).kind == TokenKind::Possessive) return false;
    if (T(k).kind != TokenKind::Word)
      return !a_.is(k, "-") && !a_.is(k, "’") && !a_.is(k, "'") &&
             (!a_.is(k, ",") || attribution_after(k));
    std::string_view w = a_.lower(k);
    // "the tax on Monday": a time phrase is no part of the topic.
    if ((w == "on" || w == "last" || w == "this" || w == "next") && k + 1 < a_.ntok() &&
        is_weekday(a_.lower(k + 1)))
      return true;
    if (w == "yesterday" || w == "today" || w == "earlier" || w == "later") return true;
    return w == "that" || w == "which" || w == "who" || w == "because" || w == "saying" ||
           w == "but" || w == "while" || w == "when" || w == "after" || w == "as" || w == "since" ||
           w == "if" || w == "said" || w == "says";
  }

  // Words from `from` on, before `limit`, to the first clause boundary (or
  // comma, when `comma`), at most 12 words from `origin`: one past the last.
  uint32_t scan_end(uint32_t origin, uint32_t from, uint32_t limit, bool comma) const {
    uint32_t e = from;
    while (e < limit && e - origin < 12 && !ends_phrase(e) && !(comma && a_.is(e, ","))) ++e;
    return e;
  }
  // Back from `e`, no further than `keep`, past what cannot end a phrase:
  // punctuation, a preposition or article ("to the"), and "and" when `and_too`.
  uint32_t trim_end(uint32_t keep, uint32_t e, bool and_too) const {
    while (e > keep && (T(e - 1).kind != TokenKind::Word || dangling(a_.lower(e - 1)) ||
                        (and_too && a_.is(e - 1, "and"))))
      --e;
    return e;
  }

  // The short noun phrase from token `b` (at most 12 words, to the first
  // clause boundary): "the assertion that exports rose" -> "the assertion".
  std::string phrase(uint32_t b, uint32_t limit) const {
    const uint32_t e = phrase_end(b, limit);
    if (e == b) return {};
    return std::string(a_.text.substr(T(b).span.begin, T(e - 1).span.end - T(b).span.begin));
  }
  uint32_t phrase_end(uint32_t b, uint32_t limit) const {
    uint32_t e = scan_end(b, b, limit, false);
    // "rejected the assertion that exports rose": a bare head noun takes its
    // clause ("the assertion" alone says nothing).
    if (e < limit && e - b <= 2 && a_.is(e, "that")) e = scan_end(b, e + 1, limit, false);
    return trim_end(b, e, false);
  }

  static bool is_weekday(std::string_view w) {
    return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" ||
           w == "friday" || w == "saturday" || w == "sunday" || w == "week" || w == "month" ||
           w == "year";
  }

  static bool dangling(std::string_view w) {
    return w == "to" || w == "the" || w == "of" || w == "a" || w == "an" || w == "for" ||
           w == "on" || w == "in" || w == "with" || w == "by" || w == "its" || w == "their" ||
           w == "his" || w == "her" || w == "from" || w == "at";
  }

  // Negated cue: "did not back", "never supported", "refused to endorse".
  bool negated(uint32_t c, uint32_t limit) const {
    for (uint32_t k = c, n = 0; k > limit && n < 2; --k, ++n) {
      std::string_view w = a_.lower(k - 1);
      if (w == "not" || w == "never" || w == "n't" || w == "no") return true;
    }
    return false;
  }

  // The entities the position is on: those the statement is about and those
  // named in its sentence besides the holder ("Hegseth said a return to
  // Ukraine's pre-2014 borders was unrealistic" -> Ukraine).
  std::vector<int> topic_entities(const StatementFact& st) const {
    std::vector<int> out = st.about;
    for (uint32_t k = a_.first_token_at(st.sentence.begin);
         k < a_.ntok() && T(k).span.begin < st.sentence.end; ++k) {
      int m = a_.mention_at[k];
      if (m < 0) continue;
      int e = a_.mentions[static_cast<size_t>(m)].entity;
      if (e >= 0 && e != st.speaker && std::find(out.begin(), out.end(), e) == out.end())
        out.push_back(e);
    }
    return out;
  }

  void add(int holder, Stance stance, std::string topic, std::vector<int> entities, core::Span ev,
           double conf) {
    std::string key = std::to_string(holder) + '|' + to_string(stance) + '|';
    for (char ch : topic) key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!seen_.insert(key).second) return;
    PositionFact p;
    p.holder = holder;
    p.stance = stance;
    p.topic = std::move(topic);
    p.topic_entities = std::move(entities);
    p.evidence = ev;
    p.confidence = conf;
    a_.facts.positions.push_back(std::move(p));
  }

  // The cue that carries the stance: the statement's first word ("praised
  // Swift's album", a reported act) or a word just before it in the same
  // sentence ("rejected the assertion that ...", "warned against X").
  bool from_cue(const StatementFact& st) {
    const uint32_t first = a_.first_token_at(st.span.begin);
    if (first >= a_.ntok()) return false;
    const auto& s = a_.sentence_of(first);
    uint32_t cue = UINT32_MAX;
    // A reported clause may open with its subject: "Dorsey backed the tax,
    // her office said", "she opposed the tax".
    uint32_t open = first;
    if (a_.mention_at[first] >= 0)
      open = a_.mentions[static_cast<size_t>(a_.mention_at[first])].last;
    if (open < s.last && a_.quote_at[open] < 0 && stance_class(a_.wl(open).stance) &&
        !T(open).upper)
      cue = open;
    for (uint32_t k = first, n = 0; cue == UINT32_MAX && k > s.first && n < 3; --k, ++n) {
      if (a_.mention_at[k - 1] >= 0) break;
      if (T(k - 1).kind == TokenKind::Word && stance_class(a_.wl(k - 1).stance)) cue = k - 1;
    }
    if (cue == UINT32_MAX) return false;
    Stance stance = to_stance(a_.wl(cue).stance);
    if (negated(cue, s.first)) stance = flip(stance);
    uint32_t b = cue + 1;
    // "warned against X", "called for X", "argued in favour of X".
    while (b < s.last && b < cue + 3 &&
           (a_.is(b, "against") || a_.is(b, "for") || a_.is(b, "on") || a_.is(b, "of")))
      ++b;
    // "condemned and prohibited torture": both verbs take the object.
    if (b + 2 < s.last && (a_.is(b, "and") || a_.is(b, "or")) && tag::is_verb(P(b + 1))) b += 2;
    // "warned that costs were rising": a clause right after the cue is a
    // forecast or a report, no topic to take a side on.
    if (a_.is(b, "that")) return false;
    std::string topic = phrase(b, s.last);
    if (topic.empty()) return false;
    add(st.speaker, stance, std::move(topic), topic_entities(st), st.sentence,
        std::min(st.confidence, 0.8));
    return true;
  }

  Pos P(uint32_t k) const { return a_.tags[k].pos; }

  static bool negation_word(std::string_view w) {
    return w == "not" || w == "n't" || w == "never" || w == "no" || w == "hardly" ||
           w == "cannot" || w == "don't" || w == "doesn't" || w == "didn't" || w == "won't" ||
           w == "wouldn't" || w == "can't" || w == "isn't" || w == "wasn't" || w == "aren't" ||
           w == "weren't" || w == "don’t" || w == "doesn’t" || w == "didn’t" || w == "won’t" ||
           w == "wouldn’t" || w == "can’t" || w == "isn’t" || w == "wasn’t" || w == "aren’t" ||
           w == "weren’t";
  }
  static bool copula_word(std::string_view w) {
    return w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been" ||
           w == "being" || w == "seems" || w == "seemed" || w == "remain" || w == "remains" ||
           w == "remained" ||
           w == "becomes" || w == "became" || w == "isn't" || w == "wasn't" || w == "aren't" ||
           w == "weren't" || w == "isn’t" || w == "wasn’t" || w == "aren’t" || w == "weren’t";
  }
  static bool pronoun_word(std::string_view w) {
    return w == "it" || w == "this" || w == "that" || w == "they" || w == "them" || w == "these" ||
           w == "those" || w == "he" || w == "she" || w == "we" || w == "you" || w == "i" ||
           w == "there" || w == "what" || w == "which" || w == "who" || w == "something" ||
           w == "anything" || w == "everything" || w == "nothing";
  }
  bool quote_mark(uint32_t k) const {
    return T(k).kind == TokenKind::OpenQuote || T(k).kind == TokenKind::CloseQuote;
  }

  // Walking back from token `k` over what stands between a subject and its
  // verb or predicate ("is now being", "would not", "does not really"): the
  // token where the walk stopped (one past the subject's end) and the
  // negations passed, or UINT32_MAX when a copula was asked for and none came.
  struct Back {
    uint32_t end = UINT32_MAX;
    int negations = 0;
    bool copula = false;
    bool be = false;  // a form of "be" passed (a passive when the verb is a participle)
    bool modal = false;  // "will", "would", "'ll" passed
  };
  Back walk_back(uint32_t k, uint32_t lo, bool over_articles) const {
    Back r;
    uint32_t n = 0;
    while (k > lo && n < 6) {
      const uint32_t j = k - 1;
      const std::string_view w = a_.lower(j);
      const Pos p = P(j);
      if (p == Pos::MD) r.modal = true;
      if (negation_word(w)) {
        ++r.negations;
        if (copula_word(w)) r.copula = r.be = true;
      } else if (copula_word(w)) {
        r.copula = r.be = true;
      } else if (p == Pos::MD || p == Pos::RB || p == Pos::RBR || p == Pos::RBS || w == "do" ||
                 w == "does" || w == "did" || w == "has" || w == "have" || w == "had" ||
                 w == "further" || w == "still" || w == "already" || w == "also" || w == "now") {
      } else if (over_articles && !r.copula &&
                 (w == "a" || w == "an" || w == "the" || p == Pos::JJ || p == Pos::VBN)) {
        // ("must remain a recognized goal", "is a big mistake": an article
        // and the adjectives of the judging noun.)
      } else {
        break;
      }
      k = j;
      ++n;
    }
    r.end = k;
    return r;
  }

  // A token that may stand in a noun phrase ("Israel's conduct", "the
  // harbour tax", "liquefying hydrogen").
  bool np_word(uint32_t k) const {
    const Pos p = P(k);
    return tag::is_noun(p) || p == Pos::JJ || p == Pos::JJR || p == Pos::JJS || p == Pos::DT ||
           p == Pos::PDT || p == Pos::PRP_S || p == Pos::POS || p == Pos::CD ||
           T(k).kind == TokenKind::Possessive;
  }
  // Inside a noun phrase, a preposition or "and" between two of its words:
  // "greed in the ocean", "use of aid", "Angola and Namibia".
  bool np_link(uint32_t k) const {
    return a_.is(k, "of") || a_.is(k, "in") || a_.is(k, "on") || a_.is(k, "for") ||
           a_.is(k, "from") || a_.is(k, "and") || a_.is(k, "against") || a_.is(k, "over");
  }

  // Token t stands in a clause of condition or doubt ("If we reject this
  // treaty", "whether foreign investment is beneficial"): within 20 tokens
  // back, before a comma or the start of what was said.
  bool hypothetical(uint32_t t, uint32_t first) const {
    for (uint32_t k = t, n = 0; k > first && n < 20; --k, ++n) {
      const uint32_t j = k - 1;
      if (a_.is(j, ",") || a_.is(j, ";") || a_.is(j, ":")) return false;
      if (a_.is(j, "if") || a_.is(j, "unless") || a_.is(j, "whether")) return true;
    }
    return false;
  }

  // The noun phrase ending just before token `e` (no further back than
  // `lo`, at most 10 tokens): [b, e), b == e when there is none. A gerund
  // opens one ("Bringing in Angola and Namibia").
  uint32_t np_before(uint32_t e, uint32_t lo) const {
    uint32_t b = e;
    while (b > lo && e - b < 10) {
      const uint32_t k = b - 1;
      if (np_word(k) || (quote_mark(k) && b < e)) {
        b = k;
      } else if (b < e && k > lo &&
                 ((np_link(k) && (np_word(k - 1) || P(k - 1) == Pos::VBG)) ||
                  (a_.is(k, "to") && P(k - 1) == Pos::VBG))) {  // "returning to X
        b = k;
      } else if (P(k) == Pos::VBG && b < e) {
        b = k;
        break;
      } else {
        break;
      }
    }
    while (b < e && (quote_mark(b) || np_link(b) || P(b) == Pos::POS)) ++b;
    return b;
  }
  bool clause_noun(uint32_t k) const {
    const std::string_view w = a_.lower(k);
    return a_.wl(k).report_links != nullptr || w == "fact" || w == "view" || w == "idea" ||
           w == "news" || w == "notion" || w == "belief" || w == "decision";
  }
  // The noun phrase from token `b` on (before `limit`, at most 10 tokens):
  // one past its end, b when there is none. "liquefying hydrogen is ..." ->
  // "liquefying hydrogen"; "any kind of romance and if" -> "any kind of romance".
  uint32_t np_after(uint32_t b, uint32_t limit) const {
    uint32_t e = b;
    if (e < limit && P(e) == Pos::VBG) ++e;
    while (e < limit && e - b < 10) {
      if (np_word(e)) {
        ++e;
      } else if ((np_link(e) || quote_mark(e)) && e > b && e + 1 < limit && np_word(e + 1)) {
        ++e;  // "use of aid", the US's “special relationship”
      } else {
        break;
      }
    }
    // A phrase ends on its head: not on "the", "and", a possessive or an
    // adjective ("Tony Blair's", "the US's traditional").
    while (e > b && (dangling(a_.lower(e - 1)) || a_.is(e - 1, "and") || quote_mark(e - 1) ||
                     T(e - 1).kind == TokenKind::Possessive || P(e - 1) == Pos::POS))
      --e;
    // "welcomed the fact that ...", "backed Tory demands that ...": a bare
    // head noun of what is said or thought takes its clause ("the luminosity
    // that pregnancy brings" is a relative clause: the phrase ends before it).
    if (e > b && e - b <= 2 && e < limit && a_.is(e, "that") && clause_noun(e - 1)) {
      const uint32_t c = trim_end(e + 1, scan_end(b, e + 1, limit, false), false);
      if (c > e + 1) e = c;
    }
    return e;
  }
  // The words of [b, e) as the article has them, quotation marks left out
  // ("Yoon’s “unconstitutional declaration" -> "Yoon’s unconstitutional declaration").
  std::string words_of(uint32_t b, uint32_t e) const {
    std::string out;
    uint32_t prev_end = 0;
    for (uint32_t k = b; k < e; ++k) {
      if (quote_mark(k)) continue;
      if (!out.empty() && T(k).span.begin > prev_end) out += ' ';
      out += a_.text.substr(T(k).span.begin, T(k).span.end - T(k).span.begin);
      prev_end = T(k).span.end;
    }
    return out;
  }
  // A topic worth keeping: a noun or a verb in it, not a lone pronoun
  // ("it", "this") or adverb ("further").
  bool topic_ok(uint32_t b, uint32_t e) const {
    if (b >= e) return false;
    uint32_t words = 0;
    bool noun = false;
    for (uint32_t k = b; k < e; ++k) {
      words += T(k).kind == TokenKind::Word;
      noun = noun || tag::is_noun(P(k)) || P(k) == Pos::VBG || P(k) == Pos::VB;
    }
    return noun && (words > 1 || (words == 1 && !pronoun_word(a_.lower(b)) && P(b) != Pos::PRP &&
                                  P(b) != Pos::DT));
  }

  // The subject of a predicate that judges it ("The harbour tax is wrong"):
  // [b, e) of the phrase before `e`; with "it" before the predicate, the
  // clause after it ("it is important to act now" -> "to act now").
  bool judged_subject(uint32_t e, uint32_t first, uint32_t t, uint32_t end, uint32_t& b_out,
                      uint32_t& e_out) const {
    uint32_t b = np_before(e, first);
    if (b == e && e > first && (a_.is(e - 1, "it") || a_.is(e - 1, "this"))) b = e - 1;
    if (b < e && e - b == 1 && (a_.is(b, "it") || a_.is(b, "this"))) {
      uint32_t c = t + 1;
      if (c < end && (a_.is(c, "to") || a_.is(c, "that"))) {
        if (a_.is(c, "that")) ++c;
        b = c;
        e = trim_end(c, scan_end(c, c, end, false), false);
      }
    }
    if (!topic_ok(b, e)) return false;
    b_out = b;
    e_out = e;
    return true;
  }

  // The object of an attitude verb at t, as the topic: "backed the plan to
  // close the harbour" -> "the plan to close the harbour".
  // `modal`: a modal stands before the verb ("I'd like to").
  bool object_topic(uint32_t t, uint32_t end, bool modal, uint32_t& tb, uint32_t& te) const {
    uint32_t b = t + 1;
    if (b < end && (a_.is(b, "of") || a_.is(b, "about") || a_.is(b, "for"))) ++b;
    if (b + 1 < end && a_.is(b, "to")) {
      // "I like to see it from the fans' perspective", "we love to play
      // live": a liking, a stance on doing it. "I'd like to thank", "I'd
      // love to": a wish, no side on an issue.
      const std::string_view v = a_.lower(t);
      if (modal ||
          !(v == "like" || v == "likes" || v == "love" || v == "loves" || v == "hate" ||
            v == "hates") ||
          P(b + 1) != Pos::VB)
        return false;
      tb = b, te = trim_end(b + 2, scan_end(b, b + 2, end, true), true);
      return topic_ok(tb, te);
    }
    tb = b, te = np_after(b, end);
    // "the plan to close the harbour": the phrase takes its infinitive.
    if (te > tb && te + 1 < end && a_.is(te, "to") && P(te + 1) == Pos::VB)
      te = trim_end(te + 2, scan_end(tb, te + 2, end, false), true);
    return topic_ok(tb, te);
  }

  // A commitment, not a habit or a forecast: "continue" commits only under
  // a modal ("would continue to block aid"; "Israel continued to act",
  // "we continue to see risks" report and foresee), and never to seeing,
  // expecting or believing.
  bool commits(uint32_t t, const Back& back) const {
    const std::string_view w = a_.lower(t);
    if ((w == "continue" || w == "continues" || w == "continued") && !back.modal) return false;
    uint32_t k = t + 1;
    while (k < a_.ntok() && k < t + 8 && !a_.is(k, "to")) ++k;
    if (k + 1 >= a_.ntok()) return true;
    const std::string_view v = a_.lower(k + 1);
    return !(v == "see" || v == "expect" || v == "believe" || v == "think" || v == "feel" ||
             v == "anticipate" || v == "hope" || v == "watch" || v == "monitor" || v == "be");
  }

  // What a commitment at t commits to: the verb phrase or noun phrase after
  // "to", maybe after the one urged ("encourage the world to focus on a
  // ceasefire" -> "focus on a ceasefire"; "committed to conservation").
  bool infinitive_topic(uint32_t t, uint32_t end, uint32_t& tb, uint32_t& te) const {
    uint32_t b = t + 1;
    if (b < end && !a_.is(b, "to")) b = np_after(b, end);
    if (b + 1 >= end || !a_.is(b, "to")) return false;
    ++b;
    if (P(b) == Pos::VB || P(b) == Pos::VBG) {
      tb = b, te = trim_end(b + 1, scan_end(b, b + 1, end, true), true);
    } else {
      tb = b, te = np_after(b, end);
    }
    return topic_ok(tb, te);
  }

  // An attitude the article reports outside any quotation, with a named
  // holder as its subject: "Peter Fenton backed the plan to close the
  // harbour", "The party has long opposed the tax", "She welcomed the
  // ruling" (confidence 0.7; the sentence is the evidence).
  void from_narrative() {
    // The speaker of the statement each token stands in, or -1: an attitude
    // inside its holder's own statement ("Ebrard rejected the assertion that
    // ...") is that statement's position, read off its cue already.
    // (Filled when the first attitude verb with a named subject turns up:
    // most articles have none.)
    std::vector<int> speaker_at;
    auto speaker_of = [&](uint32_t t) {
      if (speaker_at.empty()) {
        speaker_at.assign(a_.ntok(), -1);
        for (const auto& st : a_.facts.statements)
          for (uint32_t k = a_.first_token_at(st.span.begin);
               k < a_.ntok() && T(k).span.begin < st.span.end; ++k)
            speaker_at[k] = st.speaker;
      }
      return speaker_at[t];
    };
    for (const auto& s : a_.seg.sentences) {
      a_.check_budget();
      for (uint32_t t = s.first + 1; t < s.last; ++t) {
        const WordInfo& w = a_.wl(t);
        const bool commitment = w.eval_target == EvalTarget::Infinitive;
        if ((w.eval_target != EvalTarget::Object && !commitment) || T(t).upper ||
            (!tag::is_verb(P(t)) && !(commitment && P(t) == Pos::JJ)) || a_.quote_at[t] >= 0 ||
            hypothetical(t, s.first))
          continue;
        const Back back = walk_back(t, s.first, false);
        if (back.end == s.first || (back.be && !commitment)) continue;
        const int m = a_.mention_at[back.end - 1];
        if (m < 0) continue;
        const Mention& mention = a_.mentions[static_cast<size_t>(m)];
        if (mention.entity < 0 || mention.last != back.end || speaker_of(t) == mention.entity)
          continue;
        // A name in lower case is no name in running text ("…/hegseth-rejects-…" in a web address).
        if (mention.source != MentionSource::Pronoun && !T(mention.first).upper) continue;
        const EntityType type = a_.facts.entities[static_cast<size_t>(mention.entity)].type;
        if (type != EntityType::Person && type != EntityType::Organization &&
            type != EntityType::Country)
          continue;
        if (commitment && !commits(t, back)) continue;
        uint32_t tb = 0, te = 0;
        if (!(commitment ? infinitive_topic(t, s.last, tb, te)
                         : object_topic(t, s.last, back.modal, tb, te)))
          continue;
        Stance stance = to_stance(w.evaluation);
        if (back.negations % 2) stance = flip(stance);
        std::vector<int> entities;
        for (uint32_t k = tb; k < te; ++k) {
          const int mk = a_.mention_at[k];
          if (mk < 0) continue;
          const int e = a_.mentions[static_cast<size_t>(mk)].entity;
          if (e >= 0 && e != mention.entity &&
              std::find(entities.begin(), entities.end(), e) == entities.end())
            entities.push_back(e);
        }
        add(mention.entity, stance, words_of(tb, te), std::move(entities),
            a_.evidence(a_.span(s.first, s.last), a_.span(t, te)), 0.7);
      }
    }
  }

  // A judgement inside what was said, with what it judges read off the
  // grammar around the evaluative word (evaluation_words.tsv; confidence up
  // to 0.7):
  //
  //   "The harbour tax is wrong"                 -> oppose "The harbour tax"
  //   "Israel's conduct violates the law"        -> oppose "Israel's conduct"
  //   "Israel's unlawful occupation"             -> oppose "Israel's unlawful occupation"
  //   "I love any kind of romance"               -> support "any kind of romance"
  //   "the problem with liquefying hydrogen is"  -> oppose "liquefying hydrogen"
  //
  // Attitudes count only when the speaker holds them ("I", "we", or in
  // reported speech "she", the speaker named): "People dismiss us" is not
  // the speaker dismissing.
  bool from_evaluation(const StatementFact& st) {
    const uint32_t first = a_.first_token_at(st.span.begin);
    uint32_t end = first;
    while (end < a_.ntok() && T(end).span.begin < st.span.end) ++end;
    bool found = false;
    for (uint32_t t = first; t < end; ++t) {
      const WordInfo& w = a_.wl(t);
      if (w.eval_target == EvalTarget::None || T(t).upper || hypothetical(t, first)) continue;
      Stance stance = to_stance(w.evaluation);
      const Pos p = P(t);
      uint32_t tb = 0, te = 0, next = t + 1;
      bool ok = false;
      switch (w.eval_target) {
        case EvalTarget::Object: {
          if (!tag::is_verb(p) || t == first) break;
          const Back back = walk_back(t, first, false);
          if (back.end == first || back.be) break;
          const uint32_t s = back.end - 1;
          const std::string_view sw = a_.lower(s);
          const int m = a_.mention_at[s];
          const bool holder =
              sw == "i" || sw == "we" ||
              (st.kind == StatementKind::Indirect && (sw == "he" || sw == "she" || sw == "they")) ||
              (m >= 0 && a_.mentions[static_cast<size_t>(m)].entity == st.speaker);
          if (!holder) break;
          if (back.negations % 2) stance = flip(stance);
          ok = object_topic(t, end, back.modal, tb, te);
          break;
        }
        case EvalTarget::Subject: {
          if (!tag::is_verb(p)) break;
          const Back back = walk_back(t, first, false);
          if (back.negations > 0) break;
          if (back.be && p == Pos::VBN) {
            // A passive: what judges is the agent ("is being wrecked by an unruly power").
            if (t + 1 < end && a_.is(t + 1, "by")) {
              tb = t + 2, te = np_after(t + 2, end);
              ok = topic_ok(tb, te);
            }
            break;
          }
          te = back.end;
          tb = np_before(te, first);
          ok = topic_ok(tb, te);
          break;
        }
        case EvalTarget::Noun:
        case EvalTarget::Predicate: {
          const bool adjective = p == Pos::JJ || p == Pos::JJR || p == Pos::JJS;
          if (!adjective && !tag::is_noun(p)) break;
          const Back back = walk_back(t, first, true);
          // "X is a good reminder of ...": a mild adjective judges the noun after
          // it; "X is an unrealistic objective" still judges X.
          const bool before_noun = w.eval_target == EvalTarget::Predicate && adjective &&
                                   t + 1 < end && tag::is_noun(P(t + 1));
          if (back.copula && !before_noun) {
            if (back.negations % 2) stance = flip(stance);
            ok = judged_subject(back.end, first, t, end, tb, te);
            break;
          }
          // "the unlawful occupation", "Yoon's “unconstitutional and illegal declaration"
          if (w.eval_target != EvalTarget::Noun || !adjective) break;
          uint32_t e = t + 1;
          while (e < end && (P(e) == Pos::JJ || a_.is(e, "and") || a_.is(e, ","))) ++e;
          if (e >= end || !tag::is_noun(P(e))) break;
          tb = np_before(t + 1, first);
          while (tb < t && (P(tb) == Pos::DT && (a_.is(tb, "a") || a_.is(tb, "an")))) ++tb;
          // Whose act is judged must be said ("Israel's unlawful occupation",
          // "this illegitimate removal", "the “reckless” tax"): "illegal
          // immigration", "unfair discrimination" are names of things, no one's stance.
          bool specific = t > first && quote_mark(t - 1);
          for (uint32_t k = tb; k < t && !specific; ++k)
            specific = T(k).kind == TokenKind::Possessive || P(k) == Pos::POS ||
                       P(k) == Pos::PRP_S || a_.is(k, "this") || a_.is(k, "these") ||
                       a_.is(k, "that") || a_.is(k, "those");
          if (!specific) break;
          te = np_after(e, end);
          ok = topic_ok(tb, te);
          next = te;  // "unconstitutional and illegal declaration": one phrase, one position
          break;
        }
        case EvalTarget::With: {
          if (!tag::is_noun(p) || t + 1 >= end || !a_.is(t + 1, "with")) break;
          tb = t + 2, te = np_after(t + 2, end);
          ok = topic_ok(tb, te);
          break;
        }
        case EvalTarget::Infinitive: {
          if ((!tag::is_verb(p) && p != Pos::JJ) || t == first) break;
          const Back back = walk_back(t, first, false);
          if (back.end == first) break;
          const uint32_t s = back.end - 1;
          const std::string_view sw = a_.lower(s);
          const int m = a_.mention_at[s];
          const int other = m >= 0 ? a_.mentions[static_cast<size_t>(m)].entity : -1;
          // The speaker's own commitment: "I", "we", the speaker named, or in
          // reported speech a subject that names no one else ("the country
          // would continue to block aid", "he will continue to").
          // A subject that can commit: "consumer spending would continue to
          // rise" foresees, it commits no one.
          const bool agent = sw == "he" || sw == "she" || sw == "they" || a_.wl(s).body_noun ||
                             a_.wl(s).state_organ || sw == "country" || sw == "nation";
          const bool holder = sw == "i" || sw == "we" || other == st.speaker ||
                              (st.kind == StatementKind::Indirect && other < 0 && agent);
          if (!holder || !commits(t, back)) break;
          if (back.negations % 2) stance = flip(stance);
          ok = infinitive_topic(t, end, tb, te);
          break;
        }
        case EvalTarget::None:
          break;
      }
      if (!ok) continue;
      add(st.speaker, stance, words_of(tb, te), topic_entities(st), st.sentence,
          std::min(st.confidence, 0.7));
      found = true;
      t = std::max(t, next - 1);
    }
    return found;
  }

  // A stance guessed from evaluative words in what was said.
  void from_words(const StatementFact& st) {
    int support = 0, oppose = 0, negation = 0;
    uint32_t at = UINT32_MAX;
    const uint32_t first = a_.first_token_at(st.span.begin);
    for (uint32_t t = first; t < a_.ntok() && T(t).span.begin < st.span.end; ++t) {
      std::string_view cls = a_.wl(t).stance;
      if (cls == "support")
        ++support;
      else if (cls == "oppose")
        ++oppose;
      else if (cls == "negation")
        ++negation;
      if (at == UINT32_MAX && stance_class(cls)) at = t;
    }
    // One evaluative word is no stance: "It was a strange match", "the
    // feature was still only in beta", "I am in talks to sign an extension"
    // each gave a position on BBC, and about three guesses in twenty were
    // right on a hand count. Two or more, in what one speaker said, make a
    // guess worth its 0.6: on news-dev all positions went from 47 wrong to
    // 9, keeping 27 of the 37 right ones. (A negation alone, "he would not
    // declare martial law again", is no evaluative word either.)
    if (support + oppose < 2) return;
    const Stance stance =
        oppose > 0 || (negation > 0 && support > 0) ? Stance::Oppose : Stance::Support;
    // The topic: the statement's opening phrase, to its first clause boundary
    // ("there will not be U.S. troops deployed to Ukraine, ..."); the
    // entities it is about go with it.
    uint32_t end = first;
    while (end < a_.ntok() && T(end).span.begin < st.span.end) ++end;
    // A short opening clause is a discourse phrase ("To be clear,", "The
    // problem is,", "However,"): the topic is in the clause after it.
    uint32_t b = first;
    for (int clause = 0; clause < 3; ++clause) {
      uint32_t e = b;
      while (e < end && !(T(e).kind == TokenKind::Punct && !a_.is(e, "-"))) ++e;
      if (e - b >= 4 || e + 1 >= end) break;
      b = e + 1;
    }
    // A topic names something: a noun or a verb in it ("So", "In terms of
    // practical impact, I think" name nothing).
    uint32_t e = phrase_end(b, end);
    if (!topic_ok(b, e)) b = first, e = phrase_end(first, end);
    if (!topic_ok(b, e)) return;
    std::string topic(a_.text.substr(T(b).span.begin, T(e - 1).span.end - T(b).span.begin));
    add(st.speaker, stance, std::move(topic), topic_entities(st), st.sentence,
        std::min(st.confidence, 0.6));
  }

  Analysis& a_;
  std::unordered_set<std::string> seen_;  // holder|stance|topic of each position
};

}  // namespace

void find_positions(Analysis& a) { PositionFinder(a).run(); }

}  // namespace newskg::extract
