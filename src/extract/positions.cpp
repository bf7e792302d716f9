// Positions: where a speaker stands on a topic, read off what they said.
//
// The holder is the statement's speaker. The stance comes first from the
// cue and its object, read off the sentence (confidence up to 0.8):
//
//   Ebrard rejected the assertion that exports rose   -> oppose "the assertion"
//   Kelce praised Swift's new album                   -> support "Swift's new album"
//   The group warned against a second referendum      -> oppose "a second referendum"
//
// and otherwise from evaluative words inside the statement (stance_words.tsv,
// a guess, confidence up to 0.6): "This tariff is not justified" -> oppose,
// with the topic the entities the statement is about or the short phrase
// after the stance word, never the quotation cut at some word count.
// One position per holder, stance and topic: a speaker who says the same
// thing twice holds one position.
#include <algorithm>
#include <set>
#include <string>

#include "analysis.hpp"

namespace newskg::extract {
namespace {

using text::TokenKind;

class PositionFinder {
 public:
  explicit PositionFinder(Analysis& a) : a_(a) {}

  void run() {
    for (const auto& st : a_.facts.statements) {
      a_.check_budget();
      if (st.speaker < 0) continue;
      if (!from_cue(st)) from_words(st);
    }
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
  bool ends_phrase(uint32_t k) const {
    // Quotation marks inside a phrase go on ("called for an “overwhelming share”").
    // but a quotation closed after its punctuation ends it (",” Dorsey said").
    if (T(k).kind == TokenKind::CloseQuote) return k > 0 && T(k - 1).kind == TokenKind::Punct;
    if (T(k).kind == TokenKind::OpenQuote) return false;
    if (T(k).kind == TokenKind::Number || T(k).kind == TokenKind::Possessive) return false;
    if (T(k).kind != TokenKind::Word)
      return !a_.is(k, "-") && !a_.is(k, "’") && !a_.is(k, "'") && !a_.is(k, ",");
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

  // The short noun phrase from token `b` (at most 12 words, to the first
  // clause boundary): "the assertion that exports rose" -> "the assertion".
  std::string phrase(uint32_t b, uint32_t limit) const {
    uint32_t e = b;
    while (e < limit && e - b < 12 && !ends_phrase(e)) ++e;
    // "rejected the assertion that exports rose": a bare head noun takes its
    // clause ("the assertion" alone says nothing).
    if (e < limit && e - b <= 2 && a_.is(e, "that"))
      for (++e; e < limit && e - b < 12 && !ends_phrase(e);) ++e;
    // A phrase does not end on a preposition or article ("to the").
    while (e > b && (T(e - 1).kind != TokenKind::Word || dangling(a_.lower(e - 1)))) --e;
    if (e == b) return {};
    return std::string(a_.text.substr(T(b).span.begin, T(e - 1).span.end - T(b).span.begin));
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
    std::string topic = phrase(b, s.last);
    if (topic.empty()) return false;
    add(st.speaker, stance, std::move(topic), topic_entities(st), st.sentence,
        std::min(st.confidence, 0.8));
    return true;
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
    // A negation alone opposes in reported speech ("he would not declare
    // martial law again"); in a quotation it is too often no stance at all
    // ("I will not evade the responsibility", "There can be no doubt").
    Stance stance;
    if (oppose > 0 || (negation > 0 && support == 0 && st.kind == StatementKind::Indirect))
      stance = Stance::Oppose;
    else if (support > 0)
      stance = Stance::Support;
    else
      return;
    if (negation > 0 && oppose == 0 && support > 0) stance = Stance::Oppose;
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
    std::string topic = phrase(b, end);
    if (topic.empty()) topic = phrase(first, end);
    if (topic.empty()) return;
    add(st.speaker, stance, std::move(topic), topic_entities(st), st.sentence,
        std::min(st.confidence, 0.6));
  }

  Analysis& a_;
  std::set<std::string> seen_;  // holder|stance|topic of each position
};

}  // namespace

void find_positions(Analysis& a) { PositionFinder(a).run(); }

}  // namespace newskg::extract
