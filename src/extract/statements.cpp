// Statements: direct quotations and reported speech, each with its speaker.
//
//   “A,” he said. “B.”                  -> one direct statement "A, B." (he -> last person)
//   Hegseth stated, “2% is not enough”  -> direct, attribution before the quote
//   Pistorius said Ukraine’s ... start. -> indirect: the reported clause
//   He praised Sweden’s package ...     -> indirect: np-frame verbs keep the verb
//   ..., according to the ministry.     -> indirect: the rest of the sentence
#include <algorithm>
#include <map>
#include <set>

#include "analysis.hpp"
#include "newskg/core/unicode.hpp"

namespace newskg::extract {
namespace {

using text::TokenKind;

struct Cue {
  uint32_t first, last;  // the verb tokens
  const SpeechVerb* verb;
  // After "will", "could", ...: a prediction ("Trump will demand ..."), not
  // reported speech; still a quotation's attribution (`"...," he will say`).
  bool modal = false;
};

bool is_modal(std::string_view w) {
  return w == "will" || w == "would" || w == "could" || w == "may" || w == "might" ||
         w == "can" || w == "should" || w == "must" || w == "to" || w == "shall";
}

bool is_be(std::string_view w) {
  return w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been" ||
         w == "has been" || w == "am";
}

bool is_preposition(std::string_view w) {
  static const std::set<std::string_view> words = {
      "at", "in", "of", "for", "from", "with", "to", "on", "by", "about", "after", "before",
      "during", "over", "under", "against", "between", "among", "into", "toward", "towards"};
  return words.count(w) > 0;
}

bool is_subordinator(std::string_view w) {
  static const std::set<std::string_view> words = {"as", "while", "when", "since", "although",
                                                   "though", "because", "if", "once", "until",
                                                   "despite", "unlike", "like", "amid", "following"};
  return words.count(w) > 0;
}

// "falsely", "repeatedly", "Early": an -ly adverb (longer than "only", "fly").
bool is_ly_adverb(std::string_view w) { return w.size() > 4 && w.ends_with("ly"); }

// "how experts see it": a question word opens an indirect question, not a source.
bool is_question_word(std::string_view w) {
  return w == "how" || w == "what" || w == "where" || w == "why" || w == "whom" || w == "whose";
}

bool is_determiner(std::string_view w) {
  static const std::set<std::string_view> words = {
      "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
      "my", "your", "recent", "new", "any", "no", "such", "latest", "first", "whose", "same",
      "earlier", "previous", "of", "to", "in", "for", "with", "be"};
  return words.count(w) > 0;
}

// Nominative pronouns: only ever a clause's subject.
bool is_subject_pronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
}

bool is_day(std::string_view w) {
  static const std::set<std::string_view> words = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "today", "yesterday", "tonight"};
  return words.count(w) > 0;
}

bool is_weekday_or_time(std::string_view w) {
  static const std::set<std::string_view> words = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "today", "yesterday", "earlier", "later", "tonight", "recently", "last", "week", "on"};
  return words.count(w) > 0;
}

const SpeechVerb kCallVerb{"called", "call", VerbFrame::NounPhrase, false, 1};

class StatementFinder {
 public:
  explicit StatementFinder(Analysis& a) : a_(a), lex_(a.lex) {}

  void run() {
    find_cues();
    transcript_lines();
    direct_quotes();
    indirect_speech();
    owned_reports();
    std::sort(a_.facts.statements.begin(), a_.facts.statements.end(),
              [](const StatementFact& x, const StatementFact& y) { return x.span < y.span; });
    follow_up_quotes();
    joint_speakers();
  }

  // A joint speech act is each named party's (corpus/GOLD.md): "Lund and
  // Berg said ...", "Norway, Sweden and Finland have warned ...", "the
  // Namibian and South African governments say ...". The statement found
  // for the party next to the cue is copied for every named party (person,
  // body or country) coordinated before it. Not inside a prepositional
  // phrase ("talks between Lund and Berg said" has another subject).
  void joint_speakers() {
    std::vector<StatementFact> added;
    for (const StatementFact& st : a_.facts.statements) {
      a_.check_budget();
      if (st.speaker < 0) continue;
      const EntityType type = a_.facts.entities[static_cast<size_t>(st.speaker)].type;
      if (type != EntityType::Person && type != EntityType::Organization &&
          type != EntityType::Country)
        continue;
      const core::Span sent = st.sentence.empty() ? st.span : st.sentence;
      const uint32_t b = a_.first_token_at(sent.begin);
      const uint32_t e = std::min<uint32_t>(a_.first_token_at(sent.end), a_.ntok());
      for (uint32_t k = b; k < e; ++k) {
        const int mi = a_.mention_at[k];
        if (mi < 0) continue;
        const Mention& m = a_.mentions[static_cast<size_t>(mi)];
        if (m.first != k || m.entity != st.speaker || in_quote(k)) continue;
        // The speaker's mention right before its cue, past an organ of a
        // state, "both"/"all" or an auxiliary: "... governments say".
        bool cued = false;
        for (uint32_t q = m.last; q < e && q < m.last + 4; ++q) {
          if (cue_at_[q] >= 0 || quote_cue_at_[q] >= 0) {
            cued = true;
            break;
          }
          if (T(q).kind != TokenKind::Word || T(q).upper || a_.mention_at[q] >= 0) break;
        }
        if (!cued) continue;
        std::vector<int> others;
        uint32_t p = m.first;
        for (;;) {
          uint32_t j = p;
          if (j > b && a_.is(j - 1, "the")) --j;
          if (j <= b + 1 || !(a_.is(j - 1, "and") || a_.tok(j - 1) == ",")) break;
          --j;
          if (a_.is(j, "and") && j > b + 1 && a_.tok(j - 1) == ",") --j;  // ", and"
          const int xi = a_.mention_at[j - 1];
          if (xi < 0) break;
          const Mention& x = a_.mentions[static_cast<size_t>(xi)];
          if (x.entity < 0 || x.entity == st.speaker || x.last != j || x.type != m.type) break;
          others.push_back(x.entity);
          p = x.first;
        }
        if (others.empty()) break;
        uint32_t front = p;
        if (front > b && a_.is(front - 1, "the")) --front;
        if (front > b && T(front - 1).kind == TokenKind::Word && is_preposition(a_.lower(front - 1)))
          break;
        // Nor after a verb: in "Lund met Berg and Dahl said" Berg is met.
        if (front > b) {
          using tag::Pos;
          const Pos before = a_.tags[front - 1].pos;
          if (before == Pos::VB || before == Pos::VBD || before == Pos::VBG || before == Pos::VBN ||
              before == Pos::VBP || before == Pos::VBZ)
            break;
        }
        for (int o : others) {
          StatementFact copy = st;
          copy.speaker = o;
          added.push_back(std::move(copy));
        }
        break;
      }
    }
    for (auto& st : added) a_.facts.statements.push_back(std::move(st));
    std::stable_sort(a_.facts.statements.begin(), a_.facts.statements.end(),
                     [](const StatementFact& x, const StatementFact& y) { return x.span < y.span; });
  }

  // A paragraph that is wholly a quotation, with no attribution, after a
  // paragraph whose last sentence introduces its speaker: the paragraph
  // before reports them ("Roe said the plan would fail.") or names them as
  // its subject ("Jane Roe, the mayor, wants the road built."):
  //   Roe said the plan would fail.
  //   “We have no money for it.
  //   “Nobody asked us.”                        -> Roe, one direct statement
  // Only the one sentence right before counts, and only a quotation filling
  // its paragraph: a quotation by someone else gets its own attribution.
  int introduced_voice(core::Span q, uint32_t open, uint32_t sent,
                       const std::vector<int>& voice) const {
    if (!T(open).para_start || sent == 0) return -1;
    const uint32_t para = a_.seg.sentences[sent].paragraph;
    const auto& prev = a_.seg.sentences[sent - 1];
    if (prev.paragraph + 1 != para) return -1;
    // The quotation runs to its paragraph's end (after any chained paragraphs).
    const uint32_t after = a_.first_token_at(q.end);
    for (uint32_t k = after; k < a_.ntok() && !T(k).para_start; ++k)
      if (T(k).kind == TokenKind::Word || T(k).kind == TokenKind::Number) return -1;
    if (voice[sent - 1] >= 0) return voice[sent - 1];
    // A named person opening the sentence, past title words, is its subject
    // ("Jane Roe, the mayor, wants ...", "Senator Jane Roe has doubts ...").
    if (in_quote(prev.first)) return -1;
    const uint32_t k = past_title(prev.first, prev.last);
    const int m = a_.mention_at[k];
    if (m < 0) return -1;
    const Mention& mn = a_.mentions[static_cast<size_t>(m)];
    if (mn.first != k || mn.type != EntityType::Person || mn.source == MentionSource::Pronoun ||
        mn.entity < 0 || mn.last >= prev.last || T(mn.last).kind == TokenKind::Possessive)
      return -1;
    return mn.entity;
    return -1;
  }

  // A quotation with no attribution after someone's reported speech in the
  // same paragraph goes on in that voice: `X said Google should not be
  // penalised. "Of course Google should be allowed ..."`. BBC style puts a
  // sentence of background between ("Mr Dein said ... Since 1992, clubs have
  // seen their income soar. "Television has been ..."), so up to two
  // sentences back. Across paragraphs it was wrong too often on PolNeAR.
  // Quotations continued from one another take the voice in turn.
  void follow_up_quotes() {
    const size_t nsent = a_.seg.sentences.size();
    std::vector<int> voice(nsent, -1);  // sentence -> speaker of its last statement
    for (const auto& st : a_.facts.statements) {
      a_.check_budget();
      const uint32_t t = a_.first_token_at(st.span.begin);
      if (t < a_.ntok()) voice[a_.seg.sentence_of[t]] = st.speaker;
    }
    std::vector<core::Span> still;
    std::vector<StatementFact> added;
    for (core::Span q : a_.facts.unattributed) {
      a_.check_budget();
      const uint32_t open = a_.first_token_at(q.begin) - 1;
      const uint32_t sent = a_.seg.sentence_of[open];
      const uint32_t para = a_.seg.sentences[sent].paragraph;
      int speaker = -1;
      for (uint32_t back = 1; back <= 2 && back <= sent && speaker < 0; ++back) {
        if (a_.seg.sentences[sent - back].paragraph != para) break;
        speaker = voice[sent - back];
      }
      if (speaker < 0) speaker = introduced_voice(q, open, sent, voice);
      if (speaker < 0) {
        still.push_back(q);
        continue;
      }
      StatementFact st;
      st.speaker = speaker;
      st.kind = StatementKind::Direct;
      st.text = std::string(q.of(a_.text));
      st.span = q;
      st.sentence = a_.seg.sentences[sent].span;
      st.confidence = 0.6;
      added.push_back(std::move(st));
      const uint32_t last = a_.seg.sentence_of[std::min<uint32_t>(a_.first_token_at(q.end), a_.ntok() - 1)];
      for (uint32_t k = sent; k <= last && k < nsent; ++k) voice[k] = speaker;
    }
    a_.facts.unattributed = std::move(still);
    for (auto& st : added) a_.facts.statements.push_back(std::move(st));
    std::sort(a_.facts.statements.begin(), a_.facts.statements.end(),
              [](const StatementFact& x, const StatementFact& y) { return x.span < y.span; });
  }

 private:
  const text::Token& T(uint32_t i) const { return a_.seg.tokens[i]; }
  bool in_quote(uint32_t t) const { return a_.quote_at[t] >= 0; }
  // First word of its sentence or of a quotation: capitalized as such.
  bool opens_sentence(uint32_t t) const {
    return t == a_.sentence_of(t).first || T(t - 1).kind == TokenKind::OpenQuote;
  }

  // After "called": an object and then a quotation or "a/an ..." within the
  // sentence ("called Friday's decision a “huge win”").
  bool called_names_something(uint32_t t) const {
    if (t > 0 && (a_.tok(t - 1) == "-" || a_.is(t - 1, "so") || a_.is(t - 1, "be") ||
                  a_.is(t - 1, "was") || a_.is(t - 1, "is") || a_.is(t - 1, "were")))
      return false;  // "so-called", passive "was called"
    const auto& s = a_.sentence_of(t);
    if (t + 1 >= s.last || a_.is(t + 1, "on") || a_.is(t + 1, "for") || a_.is(t + 1, "off") ||
        a_.is(t + 1, "up") || a_.is(t + 1, "in") || a_.is(t + 1, "back") || a_.is(t + 1, "out"))
      return false;
    for (uint32_t k = t + 2; k < s.last && k - t < 12; ++k)
      if ((T(k).kind == TokenKind::OpenQuote && !T(k).single_mark) || a_.is(k, "a") ||
          a_.is(k, "an"))
        return true;
    return false;
  }

  // "continues to insist", "went on to say", "began to argue": the speech
  // act happens, unlike the hypothetical "would say" or "wants to argue".
  bool goes_on_to(uint32_t t) const {
    if (t < 2 || !a_.is(t - 1, "to")) return false;
    std::string_view w = a_.lower(t - 2);
    return w == "continues" || w == "continued" || w == "continue" || w == "continuing" ||
           w == "began" || w == "begun" || w == "begins" || w == "proceeded" ||
           (w == "on" && t >= 3 && (a_.is(t - 3, "went") || a_.is(t - 3, "goes")));
  }

  // After "vowed to": a verb opens the infinitive ("vowed to harshly punish"),
  // not a listener or a place ("pledged to voters", "promised to the city").
  bool opens_infinitive(uint32_t k) const {
    if (k >= a_.ntok() || T(k).kind != TokenKind::Word || T(k).upper || a_.mention_at[k] >= 0)
      return false;
    std::string_view w = a_.lower(k);
    return !is_determiner(w) && a_.wl(k).pronoun.empty() && a_.wl(k).source_noun == SourceNoun::None;
  }

  // The article's first paragraph, one line in Title Case.
  bool in_title_case_headline(uint32_t t) const {
    const auto& s = a_.sentence_of(t);
    return s.paragraph == 0 && !T(t).all_upper && a_.title_case(s);
  }

  void find_cues() {
    cue_at_.assign(a_.ntok(), -1);
    quote_cue_at_.assign(a_.ntok(), -1);
    for (uint32_t t = 0; t < a_.ntok(); ++t) {
      a_.check_budget();
      if (T(t).kind != TokenKind::Word || in_quote(t)) continue;
      const auto* verbs = a_.wl(t).verbs;
      // "called the charges unsubstantiated", "called her vote ... a mistake":
      // plain "call" + object + what it was called is a speech act ("call
      // on/for" are lexicon forms; a phone call or "so-called" are not this).
      std::string_view w = a_.lower(t);
      if ((w == "called" || w == "calls" || w == "calling") && called_names_something(t)) {
        cue_at_[t] = static_cast<int>(cues_.size());
        cues_.push_back({t, t + 1, &kCallVerb});
        continue;
      }
      if (verbs == nullptr) continue;
      // A capitalized verb form mid-sentence is a name: "United States", "Post";
      // except in a Title Case headline ("Lindsey Graham Says", "Trump Calls ...").
      if (T(t).upper && !opens_sentence(t) && !in_title_case_headline(t)) continue;
      std::string_view low = a_.lower(t);
      for (const SpeechVerb* v : *verbs) {
        // Multiword forms: "called on", "made it clear", "according to".
        // A day may stand between the parts: "called Friday for", "spoke out
        // Tuesday about".
        uint32_t end = t + 1;
        bool ok = true;
        size_t pos = v->form.find(' ');
        for (size_t part_no = 1; part_no < v->words && ok; ++part_no) {
          size_t next = v->form.find(' ', pos + 1);
          std::string_view part = std::string_view(v->form).substr(
              pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
          if (end + 1 < a_.ntok() && !a_.is(end, part) && is_day(a_.tok(end)) && a_.is(end + 1, part))
            ++end;
          ok = end < a_.ntok() && a_.is(end, part);
          ++end;
          pos = next;
        }
        if (!ok) continue;
        // Nouns that look like verbs: "the report", "a call", "his claims".
        if (t > 0 && T(t - 1).kind == TokenKind::Word && is_determiner(a_.lower(t - 1)) &&
            v->frame != VerbFrame::According && low != "said" && !goes_on_to(t))
          break;
        if (t > 0 && T(t - 1).kind == TokenKind::Possessive && !contraction(t - 1)) break;
        // A plural noun, not a present-tense verb, where no subject can stand
        // before it: "If states fail", "in reports", "Claims of fraud ...".
        if (v->words == 1 && low.size() > 3 && low.ends_with('s') && !low.ends_with("ss") &&
            low != "says" &&
            (opens_sentence(t) ? !in_title_case_headline(t)
                               : T(t - 1).kind == TokenKind::Word &&
                                     (is_preposition(a_.lower(t - 1)) ||
                                      is_subordinator(a_.lower(t - 1)))))
          break;

        // A passive quotation verb reports nobody's words: "a view shared by
        // Rooney", "a tradition continued by her son".
        if (v->frame == VerbFrame::Quote && end < a_.ntok() && a_.is(end, "by")) break;
        // Nor one with an object: "she shared the driving", "continued his
        // campaign"; a quotation verb stands before punctuation or a quote.
        if (v->frame == VerbFrame::Quote && end < a_.ntok() && T(end).kind == TokenKind::Word &&
            !T(end).upper)
          break;
        // A verb that only attributes quotations is kept apart: no rule
        // looking for reported clauses sees it.
        (v->frame == VerbFrame::Quote ? quote_cue_at_ : cue_at_)[t] = static_cast<int>(cues_.size());
        cues_.push_back({t, end, v, t > 0 && is_modal(a_.lower(t - 1)) && !goes_on_to(t)});
        t = end - 1;
        break;
      }
    }
  }

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
  uint32_t phrase_start(uint32_t first) const {
    uint32_t p = first;
    while (p > 0 && T(p - 1).kind == TokenKind::Word && is_hyphen_adjective(a_.lower(p - 1))) {
      --p;
      while (p > 0 && T(p - 1).kind == TokenKind::Word && T(p - 1).upper &&
             a_.mention_at[p - 1] < 0 && first - p < 4)
        --p;  // "South African-based"
    }
    if (p > 0 && a_.is(p - 1, "the")) --p;
    return p;
  }

  bool in_prep_phrase(uint32_t first) const {
    uint32_t p = phrase_start(first);
    if (p == 0 || !is_preposition(a_.lower(p - 1))) return false;
    std::string_view prep = a_.lower(p - 1);
    // "after Nabisco announced", "before Mr. Obama said": "after" and
    // "before" open a clause whose subject the name is.
    if ((prep == "after" || prep == "before") && a_.mention_at[first] >= 0) {
      uint32_t e = a_.mentions[static_cast<size_t>(a_.mention_at[first])].last;
      if (e < a_.ntok() && cue_at_[e] >= 0) return false;
    }
    if ((prep == "from" || prep == "by" || prep == "of") && p >= 2 &&
        a_.wl(p - 2).document_noun)
      return false;
    // "a spokesman for Darlington Council said": speaks for the council.
    if ((prep == "for" || prep == "of" || prep == "at") && p >= 2 && a_.wl(p - 2).agent_noun)
      return false;
    return true;
  }

  int subject_left(uint32_t t, uint32_t limit) const {
    uint32_t k = t;
    while (k > limit) {
      uint32_t p = k - 1;
      const auto& tok = T(p);
      if (tok.kind == TokenKind::Word && !tok.upper && is_verb_filler(a_.lower(p)) &&
          a_.mention_at[p] < 0) {
        k = p;
        continue;
      }
      if (contraction(p)) {  // "he’s said", "she’s argued"
        k = p;
        continue;
      }
      // "Sens. Merkley (D-Ore.), Brown (D-Ohio) and Menendez (D-N.J.) all suggested".
      if ((a_.is(p, "all") || a_.is(p, "both")) && p > limit &&
          (a_.tok(p - 1) == ")" || a_.mention_at[p - 1] >= 0)) {
        k = p;
        continue;
      }
      if (tok.kind == TokenKind::Word && (a_.tok(p) == "Wednesday" || is_weekday_or_time(a_.tok(p))) &&
          a_.mention_at[p] < 0) {
        k = p;
        continue;
      }
      // "Forbes, however, says": past a connective set off by commas.
      if (a_.tok(p) == "," && p > limit + 2 && a_.tok(p - 2) == "," &&
          (a_.is(p - 1, "however") || a_.is(p - 1, "too") || a_.is(p - 1, "meanwhile") ||
           a_.is(p - 1, "though") || a_.is(p - 1, "instead") || a_.is(p - 1, "moreover"))) {
        k = p - 2;
        continue;
      }
      if (p > limit + 1 && goes_on_to(p + 1)) {  // "continues to insist", "went on to say"
        k = p - 1 - (a_.is(p - 1, "on") ? 1 : 0);
        continue;
      }
      break;
    }
    if (k <= limit) return -1;
    uint32_t p = k - 1;
    // "the South African delegation said", "the Namibian and South African
    // governments say": an organ of a state after a demonym speaks as the
    // country (joint_speakers() gives the others theirs).
    if (p > limit && T(p).kind == TokenKind::Word && a_.wl(p).state_organ) {
      const int m = a_.mention_at[p - 1];
      if (m >= 0) {
        const Mention& mm = a_.mentions[static_cast<size_t>(m)];
        if (mm.entity >= 0 && mm.type == EntityType::Country && mm.last == p) return mm.entity;
      }
    }
    // "McConnell, now the majority leader, who in 2010 said": a relative
    // pronoun stands for the name it follows (past a time phrase before the verb).
    {
      uint32_t r = p;
      if (r > limit + 1 && T(r).kind == TokenKind::Number && is_preposition(a_.lower(r - 1))) r -= 2;
      if (r > limit + 1 && (a_.is(r, "who") || a_.is(r, "which"))) {
        const uint32_t before = r - 1;
        if (a_.tok(before) == "," || is_dash(a_.tok(before))) {
          int ent = a_.entity_ending_at(before);
          if (ent < 0 && before > limit + 1) ent = named_with_others(before - 1, limit);
          if (ent < 0) ent = subject_left(r, limit);  // past an appositive
          if (ent >= 0) {
            const EntityType ty = a_.facts.entities[static_cast<size_t>(ent)].type;
            if (a_.is(r, "who") ? ty == EntityType::Person : ty == EntityType::Organization)
              return ent;
          }
        }
      }
    }
    // "Murphy — after a knock-on-wood gesture — told me", "A former candidate
    // -- John McCain, who lost in 2008 -- said": past an aside set off by
    // dashes, to a name opening it or the subject before it.
    if (is_dash(a_.tok(p))) {
      uint32_t close = p;  // "--" is two tokens
      while (close > limit + 1 && is_dash(a_.tok(close - 1))) --close;
      uint32_t open = close;
      while (open > limit + 1 && close - open < 30 && !is_dash(a_.tok(open - 1)) &&
             T(open - 1).kind != TokenKind::CloseQuote && T(open - 1).kind != TokenKind::OpenQuote)
        --open;
      if (open <= limit + 1 || !is_dash(a_.tok(open - 1)) || open == close) return -1;
      const uint32_t inside = open;
      --open;
      while (open > limit + 1 && is_dash(a_.tok(open - 1))) --open;  // the opening dash
      if (int m = a_.mention_at[inside]; m >= 0) {
        const Mention& mm = a_.mentions[static_cast<size_t>(m)];
        if (mm.first == inside && mm.entity >= 0 &&
            a_.facts.entities[static_cast<size_t>(mm.entity)].type == EntityType::Person)
          return mm.entity;
      }
      return subject_left(open, limit);
    }
    // "The minister of the economy, Mr. Guajardo Villarreal, argues": the
    // name set off by commas right before the verb.
    if (a_.tok(p) == "," && p > limit) {
      int m = a_.mention_at[p - 1];
      if (m >= 0) {
        const Mention& mm = a_.mentions[static_cast<size_t>(m)];
        uint32_t f = mm.first;
        // ("..., Vermont Sen. Bernie Sanders, also praised": a state before the title.)
        while (f > limit && (a_.mention_at[f - 1] >= 0 || a_.wx(f - 1).title != TitleRole::None ||
                             a_.tok(f - 1) == "." ||
                             (T(f - 1).kind == TokenKind::Word && T(f - 1).upper && mm.first - f < 4)))
          f = a_.mention_at[f - 1] >= 0 ? a_.mentions[static_cast<size_t>(a_.mention_at[f - 1])].first
                                        : f - 1;
        if (mm.last == p && mm.entity >= 0 && mm.type == EntityType::Person && f > limit &&
            a_.tok(f - 1) == ",")
          return a_.entity_ending_at(p);
      }
    }
    // "Several candidates, including Trump, said": a named member of the group spoke.
    if (a_.tok(p) == "," && p > limit + 2) {
      int ent = a_.entity_ending_at(p);
      int m = a_.mention_at[p - 1];
      if (ent >= 0 && m >= 0 && is_speaker_type(ent)) {
        uint32_t f = a_.mentions[static_cast<size_t>(m)].first;
        while (f > limit && a_.mention_at[f - 1] >= 0)
          f = a_.mentions[static_cast<size_t>(a_.mention_at[f - 1])].first;
        if (f > limit + 1 && a_.is(f - 1, "including") && a_.tok(f - 2) == ",") return ent;
      }
    }
    // Appositive: "Alexander Vindman, the former ... official, said"
    if (a_.tok(p) == "," || a_.tok(p) == ")") {
      for (uint32_t q = p; q > limit && p - q < 30; --q) {
        if (a_.tok(q - 1) == "," || a_.tok(q - 1) == "(") {
          uint32_t end = q - 1;
          // "Rep. Gregory W. Meeks (D-N.Y.), chairman of ..., said": past
          // the party and state in parentheses.
          if (a_.tok(q - 1) == "," && end > limit + 1 && a_.tok(end - 1) == ")") {
            uint32_t open = end - 1;
            while (open > limit && end - open < 8 && a_.tok(open) != "(") --open;
            if (a_.tok(open) == "(") end = open;
          }
          int ent = a_.entity_ending_at(end);
          if (ent >= 0 && is_speaker_type(ent) && end >= 1 && a_.mention_at[end - 1] >= 0 &&
              !in_prep_phrase(a_.mentions[static_cast<size_t>(a_.mention_at[end - 1])].first))
            return ent;
        }
        // A single mark may be a plural possessive: "veterans' families".
        if ((T(q - 1).kind == TokenKind::CloseQuote || T(q - 1).kind == TokenKind::OpenQuote) &&
            !T(q - 1).single_mark)
          break;
      }
      return -1;
    }
    int m = a_.mention_at[p];
    if (m >= 0) {
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      // `“...,” the Dutchman said`, `the 27-year-old Austrian said`: a
      // demonym for a person, standing for the one last named.
      if (mm.last == p + 1 && mm.source == MentionSource::Demonym && attributing_quote_ &&
          mm.first > limit + 1 && mm.first == p &&
          (a_.is(p - 1, "the") || (is_age(p - 1) && p >= 2 && a_.is(p - 2, "the"))))
        return last_named_person(p);
      // "Luxembourg’s Defense Minister Yuriko Backes": the name, not the country.
      if (mm.last == p + 1 && mm.entity >= 0 && is_speaker_type(mm.entity) &&
          mm.source != MentionSource::Demonym && !in_prep_phrase(mm.first))
        return mm.entity;
      // "Mr. Morgan of the Sierra Club said", "Lauren Nel from Natural
      // Justice in Cape Town says": the person before the affiliations and
      // places (up to three phrases).
      if (mm.last == p + 1 && in_prep_phrase(mm.first)) {
        uint32_t q = mm.first;
        for (int hop = 0; hop < 3; ++hop) {
          q = phrase_start(q);
          if (q < 2) break;
          std::string_view prep = a_.lower(q - 1);
          if (prep != "of" && prep != "at" && prep != "from" && prep != "with" && prep != "in")
            break;
          const int before = a_.mention_at[q - 2];
          if (before < 0) break;
          const Mention& bm = a_.mentions[static_cast<size_t>(before)];
          if (bm.last != q - 1 || bm.entity < 0) break;
          if (bm.type == EntityType::Person) return bm.entity;
          q = bm.first;  // a body or place in a phrase of its own: go on left
        }
        // "Political observers in Virginia say", "a spokesman for the Pentagon said".
        return source_with_modifier(p, limit);
      }
      return -1;
    }
    std::string_view low = a_.lower(p);
    if (low == "who" || low == "which") {
      uint32_t q = p;
      if (q > limit && a_.tok(q - 1) == ",") --q;
      int ent = a_.entity_ending_at(q);
      return ent >= 0 && is_speaker_type(ent) ? ent : -1;
    }
    // `"...," it said`: a company, ministry or country spoke.
    if (low == "it") return recent_body(p);
    // "..., they say": a body or group named in the last few sentences.
    if (low == "they") return recent_group(p);
    // "the 30-year-old said": an age stands for the person just named.
    if (is_age(p) && p > limit && a_.is(p - 1, "the"))
      return last_named_person(p - 1);
    if (int ent = named_with_others(p, limit); ent >= 0) return ent;
    // Descriptions standing for a named person or body: "the Pentagon chief",
    // "the report", "the minister".
    if (int ent = represented_by(p, limit); ent >= 0) return ent;
    if (int ent = bare_name_speaker(p); ent >= 0) return ent;
    if (tok_is_noun_head(p))
      if (int ent = resolve_description(p, limit); ent >= 0) return ent;
    if (int ent = unnamed_source(p, limit); ent >= 0) return ent;
    return source_with_modifier(p, limit);
  }

  // "The UN and other aid organisations have condemned", "Netanyahu and
  // allies, who claim": a named party and an unnamed group with it, ending at
  // the plural noun at p; the named party is the speaker GOLD.md counts.
  int named_with_others(uint32_t p, uint32_t limit) const {
    if (T(p).kind != TokenKind::Word || T(p).upper) return -1;
    const std::string_view noun = a_.lower(p);
    const bool bodies = noun.size() > 3 && noun.back() == 's' &&
                        a_.lex.lowered(noun.substr(0, noun.size() - 1)).body_noun;
    if (a_.wl(p).source_noun != SourceNoun::People && !bodies) return -1;
    for (uint32_t k = p; k > limit + 1 && p - k < 4; --k) {
      const uint32_t w = k - 1;
      if (a_.is(w, "and")) {
        // Not a name in a phrase of its own ("in the US and open source
        // developers argue").
        const int m = a_.mention_at[w - 1];
        if (m < 0 || in_prep_phrase(a_.mentions[static_cast<size_t>(m)].first)) return -1;
        const int ent = a_.entity_ending_at(w);
        return ent >= 0 && is_speaker_type(ent) ? ent : -1;
      }
      if (T(w).kind != TokenKind::Word || T(w).upper || a_.mention_at[w] >= 0) return -1;
    }
    return -1;
  }

  // "Civil rights activists say", "a spokeswoman said", "the ad says": a
  // speaker the article describes without naming (source_nouns.tsv). The
  // noun phrase back to its determiner names it, without "the"/"a".
  // `last` (when past the head) ends the printed description: "Experts on
  // North Korea" for "Experts on North Korea said".
  int unnamed_source(uint32_t head, uint32_t limit, uint32_t last = 0) const {
    if (T(head).kind != TokenKind::Word || a_.wl(head).source_noun == SourceNoun::None) return -1;
    const bool first = opens_sentence(head);
    if (T(head).upper && !first) return -1;  // "Sources Close To ..." headlines, names
    if (a_.mention_at[head] >= 0) return -1;
    uint32_t b = head;
    while (b > limit && head - b < 6) {
      const uint32_t p = b - 1;
      const auto& t = T(p);
      if (t.kind != TokenKind::Word && t.kind != TokenKind::Number &&
          !(a_.tok(p) == "-" || a_.tok(p) == "."))
        break;
      std::string_view w = a_.lower(p);
      if (cue_at_[p] >= 0 || is_preposition(w) || is_verb_filler(w) || w == "and" || w == "or" ||
          w == "but" || w == "that" || w == "who" || w == "which" || w == "than" || is_be(w) ||
          is_subordinator(w) || is_question_word(w))
        break;
      // "its permanent members", "his aides": someone's people, not a source of their own.
      if (w == "its" || w == "his" || w == "her" || w == "their" || w == "our" || w == "my" ||
          w == "your")
        return -1;
      // "Trump aides": the person's, not an unnamed group (represented_by);
      // "Clinton supporters", "Sanders backers" are a group of their own.
      if (a_.mention_at[p] >= 0 &&
          a_.mentions[static_cast<size_t>(a_.mention_at[p])].type == EntityType::Person &&
          a_.wl(head).agent_noun)
        return -1;
      b = p;
      if (w == "the" || w == "a" || w == "an" || w == "some" || w == "many" || w == "several" ||
          w == "other" || w == "most" || w == "all" || w == "two" || w == "three" || w == "few")
        break;
    }
    // A possessive opens no unnamed source of its own ("Trump's aides"); nor
    // does a question word ("how experts see it").
    // A place or body no rule named does: "Connecticut’s tax commissioner".
    if (b > limit && T(b - 1).kind == TokenKind::Possessive) {
      const uint32_t owner = b - 2;
      if (b < limit + 2 || T(owner).kind != TokenKind::Word || !T(owner).upper ||
          a_.mention_at[owner] >= 0 ||
          (owner > limit && T(owner - 1).kind == TokenKind::Word && T(owner - 1).upper))
        return -1;
      b = owner;
    }
    if (b > limit && is_question_word(a_.lower(b - 1))) return -1;
    b = skip_article(b, head);
    const uint32_t end = std::max(head, last) + 1;
    // "whale rescue group Project Jonah": the description ends in the name
    // of whoever it describes, and that one is the source.
    for (uint32_t k = head + 1; k < end; ++k) {
      const int m = a_.mention_at[k];
      if (m < 0) continue;
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      if (mm.first == k && mm.last == end && mm.entity >= 0 &&
          (mm.type == EntityType::Person || mm.type == EntityType::Organization))
        return mm.entity;
      break;
    }
    if (int named = named_after_body_noun(head, end); named >= 0) return named;
    std::string name(a_.words(b, end));
    if (b == head && first && !name.empty())  // "Experts say": the common noun as such
      name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    int ent = a_.entity(EntityType::UnnamedSource, name);
    note_source_mention(ent, a_.span(b, end));
    auto& source = a_.facts.entities[static_cast<size_t>(ent)];
    for (uint32_t k = b; k < end && !source.affiliated; ++k)
      source.affiliated = k != head && affiliates(k);
    return ent;
  }

  // A described speaker with a prepositional modifier ending at p, right
  // before the verb: "a spokeswoman for the House Armed Services Committee
  // said" is the committee's (someone speaking for a named body); "Experts
  // on North Korea said", "supporters in Congress say" are unnamed sources
  // printed with their modifier.
  int source_with_modifier(uint32_t p, uint32_t limit) const {
    static const std::set<std::string_view> preps = {"of", "on", "in", "at", "from", "with", "for"};
    // "... code-named Asteroid and subpoenaed": a coordinated verb, no subject here.
    if ((T(p).kind != TokenKind::Word && T(p).kind != TokenKind::Number) || a_.is(p, "and") ||
        a_.is(p, "or") || a_.is(p, "but") ||
        a_.is(p, "then") || a_.is(p, "to"))
      return -1;
    for (uint32_t q = p; q > limit && p - q < 10; --q) {
      const auto kind = T(q).kind;
      if (kind != TokenKind::Word && kind != TokenKind::Number && kind != TokenKind::Possessive &&
          a_.tok(q) != "." && a_.tok(q) != "-")
        return -1;
      std::string_view w = a_.lower(q);
      if (cue_at_[q] >= 0 || is_be(w) || w == "who" || w == "that" || w == "which") return -1;
      if (q == p || preps.count(w) == 0) continue;
      const uint32_t head = q - 1;
      if (T(head).kind != TokenKind::Word || a_.wl(head).source_noun == SourceNoun::None) continue;
      if (a_.wl(head).agent_noun && w != "in" && w != "on") {
        int ent = a_.entity_ending_at(p + 1);
        if (ent >= 0 && is_speaker_type(ent)) return ent;
      }
      return unnamed_source(head, limit, p);
    }
    return -1;
  }

  // A body noun in [b, e) followed by capitalized words up to e that no
  // rule read is that body's name ("whale rescue group Kai Moana" -> the
  // organization Kai Moana); -1 when there is none.
  int named_after_body_noun(uint32_t b, uint32_t e) const {
    for (uint32_t head = b; head + 1 < e; ++head) {
      if (T(head).kind != TokenKind::Word || T(head).upper || !a_.wl(head).body_noun)
        continue;
      bool named = true;
      for (uint32_t k = head + 1; k < e && named; ++k)
        named = T(k).kind == TokenKind::Word && T(k).upper && a_.mention_at[k] < 0 &&
                a_.wx(k).title == TitleRole::None;
      if (!named) continue;
      const int ent = a_.entity(EntityType::Organization, std::string(a_.words(head + 1, e)));
      note_source_mention(ent, a_.span(head + 1, e));
      return ent;
    }
    return -1;
  }

  // "the", "a" or "an" opening a source's noun phrase is not part of its name.
  uint32_t skip_article(uint32_t b, uint32_t end) const {
    while (b < end && (a_.is(b, "the") || a_.is(b, "a") || a_.is(b, "an"))) ++b;
    return b;
  }

  // A word that ties a described source to someone: a country, body, party
  // or person named there, a demonym, or a capital that does not just open
  // the sentence ("Chinese military commentators", "Republican strategists").
  bool affiliates(uint32_t k) const {
    return a_.mention_at[k] >= 0 ||
           (T(k).kind == TokenKind::Word &&
            (a_.wx(k).demonym >= 0 ||
             (T(k).upper && (!opens_sentence(k) ||
                             // "Connecticut’s tax commissioner": a possessive name opens it.
                             (k + 1 < a_.ntok() && T(k + 1).kind == TokenKind::Possessive)))));
  }

  // "according to the Daily Caller", "according to a Quinnipiac poll",
  // "according to a Democratic aide": a source no other rule names, as the
  // noun phrase printed after "according to" (up to a comma, a clause or
  // the sentence end; at most 10 words). Affiliated when a capital or a
  // known name is in it, like the sources found before a verb.
  int described_source_after(uint32_t b, uint32_t limit) const {
    b = skip_article(b, limit);
    uint32_t e = b;
    bool affiliated = false;
    bool clause = false;  // stopped at a relative clause or a verb: the phrase is complete
    while (e < limit && e - b < 10 && (T(e).kind == TokenKind::Word || T(e).kind == TokenKind::Number ||
                                       T(e).kind == TokenKind::Possessive)) {
      std::string_view w = a_.lower(e);
      if (cue_at_[e] >= 0 || w == "that" || w == "who" || w == "which" || is_be(w)) {
        clause = true;
        break;
      }
      affiliated = affiliated || affiliates(e);
      ++e;
    }
    if (e == b || (!clause && e < limit && T(e).kind == TokenKind::Word)) return -1;  // too long
    // "according to whale rescue group Project Jonah": a body noun, then
    // the body's name, which is the source.
    if (int named = named_after_body_noun(b, e); named >= 0) return named;
    int ent = a_.entity(EntityType::UnnamedSource, std::string(a_.words(b, e)));
    note_source_mention(ent, a_.span(b, e));
    auto& source = a_.facts.entities[static_cast<size_t>(ent)];
    source.affiliated = source.affiliated || affiliated;
    return ent;
  }

  // "Mr Blair's spokesman said", "a BAA spokesman said", "the White House
  // press office said": someone speaking for a named person or body is
  // attributed to them.
  int represented_by(uint32_t p, uint32_t limit) const {
    if (!a_.wl(p).agent_noun) return -1;
    uint32_t k = p;
    // Skip modifiers: "press", "senior", "foreign ministry".
    while (k > limit && p - k < 3 && T(k - 1).kind == TokenKind::Word && !T(k - 1).upper &&
           a_.mention_at[k - 1] < 0 && !a_.is(k - 1, "the") && !a_.is(k - 1, "a"))
      --k;
    if (k > limit && T(k - 1).kind == TokenKind::Possessive) --k;
    int ent = a_.entity_ending_at(k);
    if (ent < 0 || !is_speaker_type(ent)) return -1;
    return ent;
  }

  // "Joseph said": a capitalized word no other rule named, standing right
  // before a speech verb, is someone's name.
  int bare_name_speaker(uint32_t p) const {
    const auto& t = T(p);
    if (t.kind != TokenKind::Word || !t.upper || t.all_upper || a_.mention_at[p] >= 0) return -1;
    if (a_.wx(p).non_name || a_.wx(p).title != TitleRole::None || a_.wx(p).demonym >= 0) return -1;
    const bool sentence_start = opens_sentence(p);
    if (sentence_start && a_.wl(p).common) return -1;
    // Part of a run, unless the word before only opens the sentence ("But Republicans said").
    if (p > a_.sentence_of(p).first && T(p - 1).kind == TokenKind::Word && T(p - 1).upper &&
        !(opens_sentence(p - 1) && a_.wl(p - 1).common))
      return -1;
    if (a_.wl(p).verbs != nullptr || !a_.wl(p).pronoun.empty()) return -1;
    // "Environmentalists say": a plural noun, no one's name.
    if (a_.tags[p].pos == tag::Pos::NNS || a_.tags[p].pos == tag::Pos::NNPS) return -1;
    // "The Hamas-led attack": a hyphenated adjective, no name.
    if (is_hyphen_adjective(a_.lower(p))) return -1;
    // A place after a preposition: "observers in Virginia say".
    if (p > 0 && T(p - 1).kind == TokenKind::Word &&
        (a_.is(p - 1, "in") || a_.is(p - 1, "at") || a_.is(p - 1, "from")))
      return -1;
    // The entity gets the mention; the sorted mention index is left as it is
    // (pronoun and description resolution read it while statements run).
    int ent = a_.entity(EntityType::Person, std::string(a_.tok(p)));
    a_.facts.entities[static_cast<size_t>(ent)].mentions.push_back(T(p).span);
    return ent;
  }

  bool is_age(uint32_t p) const { return a_.lower(p).ends_with("year-old"); }

  // The person named last before token t, outside quotations: what "the
  // 23-year-old" or "said the striker" stands for. Not Analysis::recent_person,
  // the pronoun resolver, which passes over possessives and names inside
  // prepositional phrases and looks back only a few sentences. Always a
  // guess: it marks the quotation being attributed as one (guessed_).
  int last_named_person(uint32_t t) const {
    guessed_ = true;
    auto it = a_.mentions_before(t);
    for (int seen = 0; it != a_.mentions.begin() && seen < 40; ++seen) {
      --it;
      if (it->type == EntityType::Person && it->entity >= 0 && a_.quote_at[it->first] < 0)
        return it->entity;
    }
    return -1;
  }

  // The most recent organization (or country) named before token t, outside
  // quotations; when `noun` is given, one whose name contains it first
  // ("the bank" -> "Wells Fargo Bank" over a later "SEC").
  int recent_body(uint32_t t, std::string_view noun = {}) const {
    auto it = a_.mentions_before(t);
    int any = -1;
    for (int seen = 0; it != a_.mentions.begin() && seen < 60; ++seen) {
      --it;
      if (it->entity < 0 || a_.quote_at[it->first] >= 0) continue;
      const Entity& e = a_.facts.entities[static_cast<size_t>(it->entity)];
      if (e.type != EntityType::Organization && e.type != EntityType::Country) continue;
      if (noun.empty()) return it->entity;
      if (core::case_fold(e.name).find(noun) != std::string::npos) return it->entity;
      if (any < 0 && e.type == EntityType::Organization && fits(e, noun)) any = it->entity;
    }
    return any;
  }

  // A body the lexicons know is of a kind the noun may stand for: "the
  // bank" is no party (reference_nouns.tsv); any other body may be.
  bool fits(const Entity& e, std::string_view noun) const {
    if (!e.from_lexicon) return true;
    const int o = a_.lex.organization(e.name);
    return o < 0 || a_.lex.body_noun_fits(noun, a_.lex.organization_at(o).kind);
  }

  // A mention in subject position: it opens its sentence or a clause (after
  // a comma, "and", "but" or a subordinator), past a leading "the".
  bool opens_clause(uint32_t first) const {
    uint32_t p = first;
    while (p > 0 && (a_.wx(p - 1).title != TitleRole::None || a_.tok(p - 1) == ".") &&
           !opens_sentence(p))
      --p;  // "Mr. Grassley", "Sen. Leahy"
    if (p > 0 && a_.is(p - 1, "the")) --p;
    if (opens_sentence(p)) return true;
    if (p == 0) return false;
    std::string_view w = a_.lower(p - 1);
    return w == "," || w == "and" || w == "but" || is_subordinator(w);
  }

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
  int recent_group(uint32_t t) const {
    const uint32_t now = a_.seg.sentence_of[t];
    const uint32_t first_sentence = now >= 2 ? now - 2 : 0;
    const uint32_t window = a_.seg.sentences[first_sentence].first;
    int best = -1;
    uint32_t best_at = 0;
    for (auto it = a_.mentions_before(t); it != a_.mentions.begin();) {
      --it;
      if (it->first < window) break;
      if (it->entity < 0 || a_.quote_at[it->first] >= 0 || !opens_clause(it->first)) continue;
      const Entity& e = a_.facts.entities[static_cast<size_t>(it->entity)];
      const bool pair = e.type == EntityType::Person &&
                        ((it->last + 1 < t && a_.is(it->last, "and") && names_at(it->last + 1)) ||
                         (it->first >= 2 && a_.is(it->first - 1, "and") &&
                          a_.mention_at[it->first - 2] >= 0));
      if (e.type == EntityType::Organization || pair) {
        best = it->entity;
        best_at = it->first;
        break;
      }
    }
    // Described sources are no mentions; their spans are byte offsets: the
    // latest in the window, if later than the body or pair found above.
    const uint32_t from = T(window).span.begin, to = T(t).span.begin;
    auto source = plural_source_at_.lower_bound(to);
    if (source != plural_source_at_.begin() && (--source)->first >= from &&
        (best < 0 || source->first > T(best_at).span.begin))
      best = source->second;
    return best;
  }

  // A described source's mention at `where` (unnamed_source(),
  // described_source_after()); a plural one ("aides", "Republican
  // strategists") is what "they" may stand for (recent_group()).
  void note_source_mention(int ent, core::Span where) const {
    auto& source = a_.facts.entities[static_cast<size_t>(ent)];
    source.mentions.push_back(where);
    if (source.name.empty() || source.name.back() != 's') return;
    auto [it, added] = plural_source_at_.emplace(where.begin, ent);
    if (!added) it->second = std::min(it->second, ent);  // the first source named there
  }

  bool tok_is_noun_head(uint32_t p) const {
    return T(p).kind == TokenKind::Word && !T(p).all_upper;
  }

  int resolve_description(uint32_t head, uint32_t limit) const {
    // Find the determiner that opens the noun phrase.
    uint32_t d = head;
    while (d > limit && head - d < 5 && T(d - 1).kind == TokenKind::Word &&
           !a_.is(d - 1, "the") && !a_.is(d - 1, "a") && a_.mention_at[d - 1] < 0)
      --d;
    if (d == limit || !(a_.is(d - 1, "the") || a_.is(d - 1, "The"))) return -1;
    std::string low(a_.lower(head));
    if (a_.wl(head).document_noun) return document_source(head, low);
    if (a_.wl(head).body_noun) return recent_body(d, low);
    if (!a_.wl(head).description_head && a_.wx(head).title != TitleRole::Head) return -1;
    // The most recent person whose role shares the head word, else the most
    // recent person with any role (see role_index()).
    const RoleIndex& roles = role_index(low);
    const uint32_t before = static_cast<uint32_t>(a_.mentions_before(d) - a_.mentions.begin());
    auto latest = [&](const std::vector<uint32_t>& list) {
      auto it = std::lower_bound(list.begin(), list.end(), before);
      return it == list.begin() ? -1 : a_.mentions[*std::prev(it)].entity;
    };
    if (int named = latest(roles.named); named >= 0) return named;
    const int any = latest(roles.any);
    // `“...,” said the striker.`: a quotation is someone's words, and with no
    // role on record the description stands for the person last named. (For
    // reported speech the guess costs more than it finds: on PolNeAR train
    // it was right for 3 of 35 statements.)
    if (any < 0 && attributing_quote_)
      return last_named_person(d);
    return any;
  }

  // For a description's head word ("minister"), the person mentions (indexes
  // into a_.mentions, in order) whose entity has a role naming it ("Foreign
  // Minister"), and those whose entity has some other role that does not
  // name another office ("the mayor" is not the senator named before it).
  // Built once per head word and article (roles and mentions no longer
  // change while statements are read), where a walk back over all mentions
  // per description was quadratic in a long article.
  struct RoleIndex {
    std::vector<uint32_t> named, any;
  };
  const RoleIndex& role_index(const std::string& low) const {
    auto found = role_index_.find(low);
    if (found != role_index_.end()) return found->second;
    const bool office = is_office_word(low);
    std::vector<char> kind(a_.facts.entities.size(), 0);  // 2 named, 1 any, 0 neither
    for (size_t i = 0; i < kind.size(); ++i) {
      for (const auto& r : a_.facts.entities[i].roles) {
        if (core::case_fold(r.title).find(low) != std::string::npos) {
          kind[i] = 2;
          break;
        }
        // A description after the name says who the person is, not that
        // any "the ..." may stand for them.
        if (!r.appositive && !(office && holds_other_office(r.title, low))) kind[i] = 1;
      }
    }
    RoleIndex index;
    for (uint32_t m = 0; m < a_.mentions.size(); ++m) {
      const Mention& mm = a_.mentions[m];
      if (mm.type != EntityType::Person || mm.entity < 0) continue;
      const char k = kind[static_cast<size_t>(mm.entity)];
      if (k == 2) index.named.push_back(m);
      if (k == 1) index.any.push_back(m);
    }
    return role_index_.emplace(low, std::move(index)).first->second;
  }

  // An office title word: "mayor", "senator" (not "candidate", "nominee").
  bool is_office_word(const std::string& low) const {
    if (low.empty()) return false;
    std::string cap = low;
    cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
    return lex_.title_role(cap) == TitleRole::Head;
  }

  // The role title names an office other than `low`: "Sen." or "Governor"
  // against "mayor"; "Sen." against "senator" is the same office.
  bool holds_other_office(const std::string& title, const std::string& low) const {
    bool other = false;
    std::string_view rest = title;
    while (!rest.empty()) {
      const size_t sp = rest.find(' ');
      const std::string_view w = rest.substr(0, sp);
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      if (lex_.title_role(w) != TitleRole::Head) continue;
      std::string f = core::case_fold(w);
      if (!f.empty() && f.back() == '.') f.pop_back();
      if (low.starts_with(f)) return false;
      other = true;
    }
    return other;
  }

  // "The report stated": the body that issued the last report named before,
  // as in "a recent report from the Danish Defense Intelligence Service".
  int document_source(uint32_t head, const std::string& noun) const {
    for (uint32_t k = head; k > 0 && head - k < 400; --k) {
      uint32_t p = k - 1;
      if (p == head || a_.lower(p) != noun) continue;
      uint32_t q = p + 1;
      if (q < a_.ntok() && (a_.is(q, "from") || a_.is(q, "by") || a_.is(q, "of"))) {
        ++q;
        if (q < a_.ntok() && a_.is(q, "the")) ++q;
        if (q < a_.ntok() && a_.mention_at[q] >= 0) {
          int ent = a_.mentions[static_cast<size_t>(a_.mention_at[q])].entity;
          if (ent >= 0 && a_.facts.entities[static_cast<size_t>(ent)].type == EntityType::Organization)
            return ent;
        }
      }
      int ent = a_.entity_ending_at(p);  // "the DDIS report"
      if (ent >= 0 && a_.facts.entities[static_cast<size_t>(ent)].type == EntityType::Organization)
        return ent;
    }
    return last_org_speaker_;
  }

  bool is_speaker_type(int ent) const {
    auto t = a_.facts.entities[static_cast<size_t>(ent)].type;
    return t == EntityType::Person || t == EntityType::Organization || t == EntityType::Country ||
           t == EntityType::UnnamedSource;
  }

  // Subject after the cue: `said Hegseth`, `said the minister`, `according to X`.
  int subject_right(uint32_t t, uint32_t limit) const {
    for (uint32_t k = t; k < limit && k - t < 10; ++k) {
      int m = a_.mention_at[k];
      if (m >= 0) {
        const Mention& mm = a_.mentions[static_cast<size_t>(m)];
        if (mm.entity < 0 || !is_speaker_type(mm.entity) || mm.source == MentionSource::Demonym)
          continue;
        // Skip to the end of a title + name run: return the person. "said
        // Ohio State University professor Paul Beck": through the office too.
        uint32_t e = mm.last;
        for (;;) {
          uint32_t f = e;
          while (f < limit && f - e < 3 && a_.mention_at[f] < 0 &&
                 (a_.wx(f).title != TitleRole::None || a_.wl(f).description_head))
            ++f;
          if (f < limit && a_.mention_at[f] >= 0 &&
              a_.mentions[static_cast<size_t>(a_.mention_at[f])].type == EntityType::Person)
            e = a_.mentions[static_cast<size_t>(a_.mention_at[f])].last;
          else
            break;
        }
        int ent = a_.entity_ending_at(e);
        return ent >= 0 ? ent : mm.entity;
      }
      if (T(k).kind == TokenKind::Punct && a_.tok(k) != "," && a_.tok(k) != "’" ) break;
      if (T(k).kind == TokenKind::OpenQuote) break;
      // `,” said Hassel.`: one capitalized word no rule named, right after
      // the verb and ending the clause, is the speaker's name.
      if (k == t && k + 1 < a_.ntok() && T(k + 1).kind == TokenKind::Punct && !opens_sentence(k))
        if (int ent = bare_name_speaker(k); ent >= 0) return ent;
      // `,” said the 30-year-old.`, `,” said the Sale player.`: a description
      // ending the attribution stands for someone named before.
      if (k == t && a_.is(k, "the")) {
        uint32_t h = k + 1;
        while (h + 1 < limit && h - k < 4 && T(h + 1).kind == TokenKind::Word) ++h;
        if (h < limit && (h + 1 >= limit || T(h + 1).kind == TokenKind::Punct) &&
            T(h).kind != TokenKind::Punct) {
          if (is_age(h))
            return last_named_person(k);
          if (tok_is_noun_head(h) && !T(h).upper)
            if (int ent = resolve_description(h, t); ent >= 0) return ent;
        }
      }
    }
    return -1;
  }

  uint32_t sentence_end_tok(uint32_t t) const { return a_.sentence_of(t).last; }

  // A cue that may attribute a quotation: any speech verb, "continued" too.
  int quote_cue(uint32_t k) const { return cue_at_[k] >= 0 ? cue_at_[k] : quote_cue_at_[k]; }

  // Attribution for one quotation: look right of the closing mark, then left
  // of the opening mark, within the paragraph.
  int attribute_quote(const text::Quotation& q, bool& left) {
    left = false;
    attributing_quote_ = true;
    guessed_ = false;
    struct Reset {
      bool& flag;
      ~Reset() { flag = false; }
    } reset{attributing_quote_};
    const auto& toks = a_.seg.tokens;
    const auto& para = a_.seg.paragraphs[q.paragraph];
    uint32_t after = q.unterminated ? static_cast<uint32_t>(toks.size()) : q.close_tok + 1;
    // Right: `,” he said`, `,” said Hegseth`, `” British ... John Healey told reporters`
    if (after < toks.size() && toks[after].span.begin < para.end) {
      uint32_t limit = after;
      int depth = 0;  // "Sen. Claire McCaskill (D-Mo.) said": a period inside parentheses
      while (limit < toks.size() && toks[limit].span.begin < para.end &&
             toks[limit].kind != TokenKind::OpenQuote && (depth > 0 || !a_.is(limit, ".")) &&
             limit - after < 40) {
        if (a_.tok(limit) == "(") ++depth;
        if (a_.tok(limit) == ")" && depth > 0) --depth;
        ++limit;
      }
      for (uint32_t k = after; k < limit; ++k) {
        const int ci = quote_cue(k);
        if (ci < 0) continue;
        const Cue& c = cues_[static_cast<size_t>(ci)];
        // `“...staff.” The Welsh Assembly Government said: “...”`: after a
        // quotation that ends its sentence, a verb before a colon introduces
        // what follows (`“A,” X said: “B”` is X's both times).
        if (c.last < toks.size() && a_.tok(c.last) == ":" && closes_with_period(q)) continue;
        // `?” Vitter demanded.`: a noun-phrase verb attributes the quotation
        // only when nothing but the sentence end follows it.
        if (c.verb->frame == VerbFrame::NounPhrase &&
            !(c.last < toks.size() && (a_.is(c.last, ".") || a_.tok(c.last) == "!") &&
              subject_left(c.first, after) >= 0))
          continue;
        int s = subject_left(c.first, after);
        // An inverted speaker ends the attribution whatever titles stand
        // between: `,” said managing director Rodrigo Rato.`
        bool inverted = false;
        if (s < 0) inverted = (s = subject_right(c.last, limit)) >= 0;
        if (s >= 0 && (inverted || closes_attribution(c, limit))) {
          used_cue_[k] = s;
          return s;
        }
      }
    }
    // `“...” ― Nell Carden Grey`: a dash and a name after the quotation.
    if (after + 1 < toks.size() && toks[after].span.begin < para.end) {
      std::string_view d = a_.tok(after);
      if (d == "―" || d == "—" || d == "–" || d == "-") {
        uint32_t b = after + 1, e = b;
        while (e < toks.size() && e - b < 5 && T(e).kind == TokenKind::Word && T(e).upper &&
               toks[e].span.begin < para.end)
          ++e;
        if (e > b) {
          if (int ent = a_.entity_ending_at(e); ent >= 0 && is_speaker_type(ent)) return ent;
          if (e - b >= 2) {
            int ent = a_.entity(EntityType::Person, std::string(a_.words(b, e)));
            a_.facts.entities[static_cast<size_t>(ent)].mentions.push_back(a_.span(b, e));
            return ent;
          }
        }
      }
    }
    // Left: `Hegseth stated, “...”`, `told reporters that “...”`, `Blinken, ...: “...”`.
    // A quotation opening its paragraph after one that ends "Caddell
    // continued:" or "He said:" is introduced by that sentence.
    uint32_t from = q.open_tok;
    if (T(q.open_tok).para_start && q.open_tok > 0 && a_.tok(q.open_tok - 1) == ":")
      from = q.open_tok - 1;
    const auto& sent = a_.sentence_of(from);
    uint32_t start = sent.first;
    for (uint32_t k = from; k > start; --k) {
      uint32_t p = k - 1;
      if (toks[p].kind == TokenKind::CloseQuote) break;
      const int ci = quote_cue(p);
      if (ci < 0) continue;
      const Cue& c = cues_[static_cast<size_t>(ci)];
      if (c.verb->frame == VerbFrame::NounPhrase) continue;
      int s = subject_left(c.first, start);
      if (s < 0 && c.verb->frame == VerbFrame::According) s = subject_right(c.last, from);
      if (s < 0 && c.verb->gerund) s = main_subject(sent, c.last);
      // "Serena denied ..., saying: “...”": the sentence's subject speaks.
      if (s < 0 && c.verb->gerund && p > start && a_.tok(p - 1) == ",") {
        for (uint32_t k = start; k < p && s < 0; ++k) {
          int m = a_.mention_at[k];
          if (m >= 0 && a_.mentions[static_cast<size_t>(m)].type == EntityType::Person &&
              a_.mentions[static_cast<size_t>(m)].entity >= 0)
            s = a_.mentions[static_cast<size_t>(m)].entity;
        }
      }
      if (s >= 0) {
        left = true;
        used_cue_[p] = s;
        return s;
      }
    }
    // `... Antony Blinken, Biden’s secretary of state: “Nothing ...”`
    if (from > start && a_.tok(from == q.open_tok ? from - 1 : from) == ":") {
      for (uint32_t k = from == q.open_tok ? from - 1 : from; k > start; --k) {
        int m = a_.mention_at[k - 1];
        const bool possessive = k < a_.ntok() && T(k).kind == TokenKind::Possessive;
        if (m >= 0 && !possessive && a_.mentions[static_cast<size_t>(m)].type == EntityType::Person &&
            a_.mentions[static_cast<size_t>(m)].entity >= 0) {
          left = true;
          return a_.mentions[static_cast<size_t>(m)].entity;
        }
      }
    }
    return -1;
  }

  // After a quotation, "..., Mr. McKinley suggested looking at ..." is a new
  // statement, not the quotation's attribution: an attributing verb is
  // followed by the end of the clause, the speaker, a listener or a
  // prepositional phrase ("said on X", "told reporters").
  bool closes_attribution(const Cue& c, uint32_t limit) const {
    uint32_t k = c.last;
    while (k < limit && a_.mention_at[k] >= 0) ++k;  // inverted speaker: "said Hegseth"
    if (k >= limit || k >= a_.ntok()) return true;
    const auto& t = T(k);
    if (t.kind != TokenKind::Word) return !(a_.is(k, "that"));
    if (t.upper) return true;
    // Content of its own starts with "that", a subject pronoun or a gerund.
    std::string_view w = a_.lower(k);
    if (w == "that" || w == "he" || w == "she" || w == "they" || w == "we" || w == "it" ||
        w == "i" || w == "there" || w == "this")
      return false;
    return !(w.size() > 4 && w.substr(w.size() - 3) == "ing");
  }

  // "as Comey noted,", "As a Politico reporter put it,": the attribution
  // opens with "as" at the start of the sentence or of a clause, and the
  // reported words follow it.
  bool as_attribution(const Cue& c, const text::Sentence& s) const {
    for (uint32_t k = c.first; k > s.first && c.first - k < 8; --k) {
      const uint32_t p = k - 1;
      if (a_.is(p, "as")) {
        return p == s.first || a_.tok(p - 1) == "," || a_.is(p - 1, "and") || a_.is(p - 1, "but") ||
               T(p - 1).kind == TokenKind::OpenQuote;
      }
      if (T(p).kind != TokenKind::Word && T(p).kind != TokenKind::Possessive) return false;
      if (cue_at_[p] >= 0) return false;
    }
    return false;
  }

  // ", Mr. Obama said," inside a sentence with no quotation of its own.
  // Where the subject before the cue starts: back over names, capitalized
  // words and fillers ("Mr. Bush said", "Trump has also said").
  uint32_t subject_run_start(const Cue& c, const text::Sentence& s) const {
    uint32_t k = c.first;
    while (k > s.first && (a_.mention_at[k - 1] >= 0 || is_verb_filler(a_.lower(k - 1)) ||
                           (T(k - 1).kind == TokenKind::Word && T(k - 1).upper)))
      --k;
    return k;
  }

  bool parenthetical(const Cue& c, const text::Sentence& s) const {
    const uint32_t k = subject_run_start(c, s);
    // The speaker stands between the comma and the verb (", Mr. Bush said,");
    // "X, who runs ..., said," has its subject before the comma instead.
    if (k == s.first || k == c.first || a_.tok(k - 1) != ",") return false;
    // A quotation split by the attribution (`“The museum,” Mr. Bush said,
    // “celebrated ...”`) is the quotation pass's; one later in the sentence
    // ("... the words ''I can't breathe''") is part of the report.
    for (uint32_t t = s.first; t < s.last && t <= c.last + 1; ++t)
      if (T(t).kind == TokenKind::OpenQuote && !T(t).single_mark) return false;
    return true;
  }

  // The subject of the sentence's main clause, for a participle or a second
  // verb that shares it: "Bill Clinton unloaded on Sanders in a speech
  // Sunday, accusing ...", "Sullivan put off deciding but said ...". A
  // fronted adverbial ("Early in his campaign, Trump attacked") and a
  // sentence adverb ("But", "Still,") are skipped. A name (the whole run of
  // names and titles), a resolved pronoun, or a description of someone
  // named before; -1 when the clause opens otherwise.
  int clause_subject(const text::Sentence& s, uint32_t before) const {
    uint32_t k = s.first;
    if (k < before && T(k).kind == TokenKind::Word &&
        (a_.is(k, "but") || a_.is(k, "and") || a_.is(k, "still") || a_.is(k, "yet") ||
         a_.is(k, "meanwhile") || a_.is(k, "however") || a_.is(k, "instead")))
      ++k;
    if (k < before && a_.tok(k) == ",") ++k;
    if (k < before && T(k).kind == TokenKind::Word &&
        (is_preposition(a_.lower(k)) || is_subordinator(a_.lower(k)) || is_ly_adverb(a_.lower(k)) ||
         a_.lower(k).ends_with("ing") || is_weekday_or_time(a_.tok(k)))) {
      uint32_t comma = k;
      while (comma < before && comma - k < 15 && a_.tok(comma) != ",") ++comma;
      if (comma >= before || a_.tok(comma) != ",") return -1;
      k = comma + 1;
    } else if (uint32_t comma = after_time_phrase(k, before); comma != 0) {
      k = comma;  // "A few days later, Trump reversed himself, telling CBS ..."
    }
    k = past_title(k, before);  // "President Barack Obama responded ..."
    if (k >= before) return -1;
    if (a_.mention_at[k] >= 0) {
      uint32_t e = k;
      while (e < before && a_.mention_at[e] >= 0)
        e = a_.mentions[static_cast<size_t>(a_.mention_at[e])].last;
      const Mention& mm = a_.mentions[static_cast<size_t>(a_.mention_at[e - 1])];
      if (mm.source == MentionSource::Demonym || e >= before) return -1;
      // "His remarks signaled ...": a possessive opens the subject, which is not the person.
      if (mm.source == MentionSource::Pronoun &&
          (a_.is(k, "his") || a_.is(k, "her") || a_.is(k, "its") || a_.is(k, "their")))
        return -1;
      // "Trump's official campaign account", "Clinton and Sanders": not
      // the name alone as the subject.
      if (T(e).kind == TokenKind::Possessive || a_.is(e, "and") || a_.is(e, "of")) return -1;
      int ent = a_.entity_ending_at(e);
      return ent >= 0 && is_speaker_type(ent) ? ent : -1;
    }
    // "The Florida senator sought to calm ...": a description of someone
    // named before, its head the last noun before the verb.
    if (a_.is(k, "the")) {
      uint32_t h = k + 1;
      while (h + 1 < before && h - k < 5 && T(h + 1).kind == TokenKind::Word &&
             !a_.wl(h + 1).verbs && a_.mention_at[h + 1] < 0 && !is_verb_filler(a_.lower(h + 1)) &&
             !is_be(a_.lower(h + 1)) && !is_preposition(a_.lower(h + 1)))
        ++h;
      if (h < before && tok_is_noun_head(h)) {
        int ent = resolve_description(h, k);
        return ent >= 0 && is_speaker_type(ent) ? ent : -1;
      }
    }
    return -1;
  }

  // "Trump's claim that there have been thousands of shootings", "Clinton’s
  // comments Tuesday on the shooting", "the senator's call for an inquiry": a
  // speech noun (speech_nouns.tsv) owned by a named speaker or a resolved
  // "his"/"her" reports what follows its link; with "to" the infinitive,
  // "to" included ("promise to be neutral"). Confidence 0.7: the noun may
  // name an act the article does not quote.
  void owned_reports() {
    // The statements found so far, by start, with the furthest end up to
    // each: one binary search tells whether a span overlaps any of them.
    std::vector<std::pair<uint32_t, uint32_t>> found;  // (begin, max end so far)
    found.reserve(a_.facts.statements.size());
    for (const auto& st : a_.facts.statements) found.emplace_back(st.span.begin, st.span.end);
    std::sort(found.begin(), found.end());
    for (size_t i = 1; i < found.size(); ++i)
      found[i].second = std::max(found[i].second, found[i - 1].second);
    auto overlaps_found = [&](core::Span sp) {
      auto it = std::lower_bound(found.begin(), found.end(), std::make_pair(sp.end, 0u));
      return it != found.begin() && std::prev(it)->second > sp.begin;
    };
    for (uint32_t t = 1; t + 3 < a_.ntok(); ++t) {
      a_.check_budget();
      // Cheap tests first: this looks at every token.
      const TokenKind kind = T(t).kind;
      if (kind != TokenKind::Possessive && (kind != TokenKind::Word || a_.mention_at[t] < 0))
        continue;
      if (in_quote(t)) continue;
      int owner = -1;
      if (kind == TokenKind::Possessive) {
        if (contraction(t)) continue;
        owner = a_.entity_ending_at(t);
      } else if (std::string_view w = a_.lower(t); w == "his" || w == "her") {
        owner = a_.mentions[static_cast<size_t>(a_.mention_at[t])].entity;
      }
      if (owner < 0 || !is_speaker_type(owner)) continue;
      const text::Sentence& s = a_.sentence_of(t);
      uint32_t k = t + 1;
      while (k < s.last && k - t <= 2 && T(k).kind == TokenKind::Word && !T(k).upper &&
             a_.wl(k).report_links == nullptr && is_modifier(a_.lower(k)))
        ++k;
      if (k >= s.last || T(k).kind != TokenKind::Word || T(k).upper) continue;
      const std::vector<std::string>* links = a_.wl(k).report_links;
      if (links == nullptr) continue;
      // "comments Tuesday on", "announcement in 2014 of": past a time phrase.
      uint32_t l = k + 1;
      if (l + 1 < s.last && a_.is(l, "in") && T(l + 1).kind == TokenKind::Number) l += 2;
      while (l < s.last && l - k <= 3 && is_day(a_.tok(l))) ++l;
      if (l + 1 >= s.last || T(l).kind != TokenKind::Word) continue;
      std::string_view link = a_.lower(l);
      if (std::find(links->begin(), links->end(), link) == links->end()) continue;
      uint32_t b = l + 1;
      if (link == "to") {
        if (!opens_infinitive(l + 1)) continue;
        b = l;
      }
      uint32_t e = content_end(b, s);
      uint32_t c = b + 1;
      // A noun phrase ("comments on the shooting") ends before the verb of
      // the sentence it opens ("... was criticized", "... has drawn").
      const bool phrase = link != "that" && link != "to";
      while (c < e && a_.tok(c) != ";" && !(a_.tok(c) == "," && c + 1 < e && a_.mention_at[c + 1] < 0) &&
             !(phrase && (is_be(a_.lower(c)) || a_.is(c, "has") || a_.is(c, "have") ||
                          a_.is(c, "had") || (is_modal(a_.lower(c)) && !a_.is(c, "to")))))
        ++c;
      e = c;
      if (e <= b || overlaps_found(a_.span(b, e))) continue;
      add_indirect(owner, b, e, s, 0.7);
      t = e - 1;
    }
  }

  // The cue's clause is a free relative: "what Trump says ...", "what she
  // has called ...": "what" right before the subject (names, titles and
  // words like "has", "also").
  bool in_free_relative(const Cue& c, const text::Sentence& s) const {
    const uint32_t k = subject_run_start(c, s);
    return k < c.first && k > s.first && a_.is(k - 1, "what");
  }

  // After the comma at k the verb's object goes on: "discussed the polls,
  // including ones showing ...", or an aside closes with the verb's second
  // complement: "accused Rafael Cruz, who was born in Cuba, of associating
  // ...", "characterized Sen. Tim Kaine, D-Va., as ...".
  bool object_goes_on(uint32_t k, uint32_t b, uint32_t e) const {
    auto second = [&](uint32_t t) {
      return t < e && (a_.is(t, "of") || a_.is(t, "for") || a_.is(t, "as"));
    };
    if (a_.is(k + 1, "including")) return true;
    // The comma closing the aside; right after the object (", as the
    // benefits ...") the word opens a clause of its own.
    bool aside = false;
    for (uint32_t t = b; t < k && !aside; ++t) aside = a_.tok(t) == ",";
    if (aside && second(k + 1)) return true;
    for (uint32_t c = k + 1; c < e && c - k < 16; ++c)
      if (a_.tok(c) == "," || a_.tok(c) == ";") return a_.tok(c) == "," && second(c + 1);
    return false;
  }

  // Adjectives and adverbs before a speech noun: "repeated attacks",
  // "earlier claim", "own admission", "angry denunciation".
  static bool is_modifier(std::string_view w) {
    static const std::set<std::string_view> words = {
        "own",     "new",    "latest", "recent", "first", "last",  "earlier", "later",
        "public",  "private", "initial", "repeated", "frequent", "angry", "harsh", "bold",
        "false",   "big",    "many",   "several", "controversial", "infamous", "famous"};
    if (words.count(w) > 0) return true;
    for (std::string_view end : {"ly", "ed", "al", "ous", "ive", "ent", "ant", "ic", "est", "ful"})
      if (w.size() > end.size() + 3 && w.ends_with(end)) return true;
    return false;
  }

  // A fronted time phrase with no preposition, "A few days later,", "Two
  // weeks ago,", "Last Thursday,", "This month,": the token after its comma,
  // or 0. Up to six lower-case words or numbers, the last a time word.
  uint32_t after_time_phrase(uint32_t k, uint32_t before) const {
    static const std::set<std::string_view> ends = {
        "later", "earlier", "ago", "day", "days", "week", "weeks", "month", "months", "year",
        "years", "night", "morning", "afternoon", "evening", "weekend", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday"};
    uint32_t c = k;
    while (c < before && c - k < 7 && a_.tok(c) != "," && a_.mention_at[c] < 0 &&
           (T(c).kind == TokenKind::Word || T(c).kind == TokenKind::Number) &&
           (c == k || !T(c).upper || ends.count(a_.lower(c)) > 0))
      ++c;
    if (c == k || c >= before || a_.tok(c) != "," || ends.count(a_.lower(c - 1)) == 0) return 0;
    return c + 1;
  }

  // Past "on Monday", "last week", "Tuesday night", "earlier this month"
  // starting at b (at most five tokens): the token after, or b.
  uint32_t after_time_words(uint32_t b, const text::Sentence& s) const {
    static const std::set<std::string_view> words = {
        "on", "last", "this", "early", "late", "earlier", "later", "next", "today", "yesterday",
        "tonight", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    uint32_t k = b;
    while (k < s.last && k - b < 5 && T(k).kind == TokenKind::Word && words.count(a_.lower(k)) > 0)
      ++k;
    // A phrase of "on"/"this" alone is no time.
    bool time = false;
    for (uint32_t t = b; t < k; ++t) time = time || !(a_.is(t, "on") || a_.is(t, "this"));
    return time ? k : b;
  }

  // A clause opens at h: a determiner, possessive pronoun, name or number,
  // then within six tokens and before any comma a finite verb form (a modal,
  // "is"/"was"/"has"/"had" ...): "the bill would pass", "Iran has agreed".
  bool clause_opens_at(uint32_t h, const text::Sentence& s) const {
    if (h >= s.last) return false;
    std::string_view w = a_.lower(h);
    const bool opener = a_.mention_at[h] >= 0 || T(h).kind == TokenKind::Number ||
                        (T(h).kind == TokenKind::Word &&
                         (is_determiner(w) || w == "his" || w == "her" || w == "their" ||
                          w == "its" || w == "our"));
    if (!opener) return false;
    for (uint32_t k = h + 1; k < s.last && k - h <= 6; ++k) {
      if (T(k).kind != TokenKind::Word && T(k).kind != TokenKind::Possessive &&
          T(k).kind != TokenKind::Number)
        return false;
      std::string_view v = a_.lower(k);
      if ((is_modal(v) && v != "to") || is_be(v) || v == "has" || v == "have" || v == "had")
        return k > h;
    }
    return false;
  }

  // The first person/org subject of a sentence after token `from`: for
  // "While saying ..., he challenged", "Reiterating ..., Hegseth stated".
  int main_subject(const text::Sentence& s, uint32_t from) const {
    uint32_t k = from;
    while (k < s.last && a_.tok(k) != ",") ++k;
    for (++k; k < s.last && k < from + 40; ++k) {
      int m = a_.mention_at[k];
      if (m < 0) continue;
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      if (mm.entity < 0 || mm.source == MentionSource::Demonym) continue;
      uint32_t e = mm.last;
      while (e < s.last && a_.mention_at[e] >= 0) e = a_.mentions[static_cast<size_t>(a_.mention_at[e])].last;
      int ent = a_.entity_ending_at(e);
      if (ent >= 0 && is_speaker_type(ent)) return ent;
    }
    return -1;
  }

  // A quotation is a statement of its own when it stands as a clause, not
  // as a phrase inside the writer's sentence ("an “overwhelming share” of").
  bool stands_alone(const text::Quotation& q) const {
    if (q.single) return false;
    if (fragment_of_report(q)) return false;
    uint32_t words = 0;
    for (uint32_t t = q.open_tok + 1; t < a_.ntok() && T(t).span.begin < q.inner.end; ++t)
      words += T(t).kind == TokenKind::Word || T(t).kind == TokenKind::Number;
    if (words < 2) return false;
    // ''Make Your Kid a Millionaire'': a title in quotation marks, not speech.
    {
      uint32_t caps = 0;
      for (uint32_t t = q.open_tok + 1; t < a_.ntok() && T(t).span.begin < q.inner.end; ++t)
        caps += T(t).kind == TokenKind::Word && T(t).upper;
      if (words <= 8 && words >= 3 && caps * 10 >= words * 7 && !T(q.open_tok).para_start) return false;
    }
    if (T(q.open_tok).para_start) return true;
    uint32_t p = q.open_tok - 1;
    std::string_view prev = a_.tok(p);
    // Two or three words after a comma are a list item in scare quotes
    // ("spin, "control freakery" and ..."), unless the quote ends its sentence.
    if (words <= 3 && prev == "," && !ends_sentence(q)) return false;
    if (prev == ":" || prev == "," || prev == "." || prev == "—" || prev == "-") return true;
    if (a_.seg.sentence_of[q.open_tok] != a_.seg.sentence_of[p]) return true;
    if (a_.is(p, "that") && p > 0) {
      // "told reporters in Brussels that “...”": a quotation that is the whole clause.
      for (uint32_t k = p; k > 0 && p - k < 8; --k)
        if (cue_at_[k - 1] >= 0) return ends_sentence(q);
    }
    if (cue_at_[p] >= 0) return true;
    return false;
  }

  // `Europe must provide the "overwhelming share" of aid`, `he said "budget
  // reforms" and the collection of taxes would pay`: a quotation inside the
  // clause a speech verb reports is a fragment of that one indirect
  // statement (GOLD.md), not a quotation of its own. The verb stands left in
  // the sentence, and reported words come between it and the quotation, or
  // the clause goes on after the closing mark.
  bool fragment_of_report(const text::Quotation& q) const {
    if (q.unterminated || T(q.open_tok).para_start || q.open_tok == 0) return false;
    // `wrote to his followers, "..."`, `- "He would have loved Stalin," Mr. Biden
    // said`: a quotation set off by punctuation, or with an attribution of its
    // own, is one.
    if (T(q.open_tok - 1).kind == TokenKind::Punct || a_.tok(q.open_tok - 1) == "," ||
        has_attribution_after(q))
      return false;
    const auto& s = a_.sentence_of(q.open_tok);
    if (a_.seg.sentence_of[q.close_tok] != a_.seg.sentence_of[q.open_tok]) return false;
    uint32_t cue = UINT32_MAX;
    for (uint32_t k = q.open_tok; k > s.first; --k) {
      const uint32_t p = k - 1;
      if (T(p).kind == TokenKind::CloseQuote || T(p).kind == TokenKind::OpenQuote) return false;
      if (a_.tok(p) == ":") return false;  // `said: "..."` introduces the quotation
      if (cue_at_[p] >= 0) {
        cue = p;
        break;
      }
    }
    if (cue == UINT32_MAX) return false;
    const Cue& c = cues_[static_cast<size_t>(cue_at_[cue])];
    if (c.verb->frame == VerbFrame::According || c.verb->frame == VerbFrame::Tell) return false;
    uint32_t words = 0;
    for (uint32_t k = c.last; k < q.open_tok; ++k) {
      // `said, "..."`, `said on Monday, "..."`: the quotation is what was said.
      if (a_.tok(k) == "," && words < 3) return false;
      if (T(k).kind == TokenKind::Word && !a_.is(k, "that")) ++words;
    }
    if (words >= 3) return true;
    // Right after the verb: fragment when the clause goes on after it.
    const uint32_t n = q.close_tok + 1;
    if (n >= s.last || T(n).kind != TokenKind::Word || T(n).upper) return false;
    return cue_at_[n] < 0 && a_.wl(n).pronoun.empty();
  }

  // The quoted words end with a full stop inside the marks: “... of staff.”
  bool closes_with_period(const text::Quotation& q) const {
    std::string_view in = q.inner.of(a_.text);
    while (!in.empty() && (in.back() == ' ' || in.back() == '\n')) in.remove_suffix(1);
    return !in.empty() && in.back() == '.';
  }

  bool ends_sentence(const text::Quotation& q) const {
    if (q.unterminated) return true;
    uint32_t n = q.close_tok + 1;
    if (n >= a_.ntok() || T(n).para_start) return true;
    std::string_view w = a_.tok(n);
    return w == "." || w == "," || T(n).upper || a_.seg.sentence_of[n] != a_.seg.sentence_of[q.close_tok];
  }

  std::string quote_text(const text::Quotation& q) const {
    std::string_view s = q.inner.of(a_.text);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
    while (!s.empty() && (s.front() == ' ')) s.remove_prefix(1);
    return std::string(s);
  }

  // Interview transcripts: "WALLACE: Governor, I don't want to interrupt ..."
  // A paragraph opening with a speaker label and a colon is that speaker's.
  void transcript_lines() {
    for (size_t p = 0; p < a_.seg.paragraphs.size(); ++p) {
      a_.check_budget();
      const auto& para = a_.seg.paragraphs[p];
      uint32_t b = a_.first_token_at(para.begin);
      if (b >= a_.ntok()) continue;
      if (T(b).kind == TokenKind::OpenQuote) ++b;  // '"WALLACE: ...' in quoted transcripts
      uint32_t e = b;
      while (e < a_.ntok() && e - b < 4 && T(e).kind == TokenKind::Word && T(e).upper) ++e;
      if (e == b || e + 1 >= a_.ntok() || a_.tok(e) != ":" ) continue;
      if (T(e + 1).span.begin >= para.end) continue;
      int speaker = a_.entity_ending_at(e);
      const bool label = e - b == 1 && T(b).all_upper && a_.tok(b).size() >= 3 && !a_.wl(b).common;
      if (speaker < 0 && label) {
        // An upper-case label names the speaker; an earlier full name with
        // that surname is the same person ("Chris Wallace" ... "WALLACE:").
        std::string name(a_.tok(b));
        for (size_t i = 1; i < name.size(); ++i)
          name[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
        speaker = a_.entity(EntityType::Person, name);
        a_.facts.entities[static_cast<size_t>(speaker)].mentions.push_back(T(b).span);
      }
      if (speaker < 0 || !is_speaker_type(speaker)) continue;
      if (!label && a_.facts.entities[static_cast<size_t>(speaker)].type != EntityType::Person) continue;
      core::Span content{T(e + 1).span.begin, para.end};
      if (content.size() < 12 || overlaps_direct(content)) continue;
      StatementFact st;
      st.speaker = speaker;
      st.kind = StatementKind::Direct;
      st.text = std::string(content.of(a_.text));
      st.span = content;
      st.sentence = para;
      st.confidence = 0.8;
      a_.facts.statements.push_back(std::move(st));
      add_direct_span(content);
    }
  }

  // `“...,” said the Sale player.`: the quotation names its own speaker,
  // even when no one could be made of it, so no earlier voice goes on.
  bool has_attribution_after(const text::Quotation& q) const {
    if (q.unterminated) return false;
    const auto& para = a_.seg.paragraphs[q.paragraph];
    for (uint32_t k = q.close_tok + 1; k < a_.ntok() && k - q.close_tok < 12; ++k) {
      if (T(k).span.begin >= para.end || T(k).kind == TokenKind::OpenQuote || a_.is(k, ".")) break;
      if (const int ci = quote_cue(k);
          ci >= 0 && cues_[static_cast<size_t>(ci)].verb->frame != VerbFrame::NounPhrase)
        return true;
    }
    return false;
  }

  // A paragraph that is a quotation, a colon and a name, nothing else: the
  // subheading convention of business and British papers, which give each
  // source's verdict before the paragraphs that tell it:
  //   ‘Ends recession debate’: Acme Bank        -> Acme Bank, direct
  //   "We will appeal": Jane Roe                  -> Jane Roe, direct
  // Single marks count here (headlines quote with them). The name must run to
  // the paragraph's end, so a headline such as "'Why now?': experts weigh in"
  // (no name after the colon) is not a statement.
  int caption_speaker(const text::Quotation& q) {
    if (!T(q.open_tok).para_start) return -1;
    uint32_t k = q.unterminated ? q.open_tok + 1 : q.close_tok + 1;
    if (q.unterminated) {
      // `‘Strength increases chance of rate hikes: Acme`: the closing mark
      // forgotten; the colon ends the quotation.
      while (k < a_.ntok() && T(k).span.begin < q.inner.end && a_.tok(k) != ":") ++k;
    }
    if (k + 1 >= a_.ntok() || a_.tok(k) != ":" || T(k + 1).para_start) return -1;
    uint32_t words = 0;
    for (uint32_t t = q.open_tok + 1; t < k; ++t) words += T(t).kind == TokenKind::Word;
    if (words < 2) return -1;
    const int m = a_.mention_at[k + 1];
    uint32_t e = k + 1;
    if (m >= 0) {
      const Mention& mn = a_.mentions[static_cast<size_t>(m)];
      if (mn.first != k + 1 || mn.entity < 0 || mn.type == EntityType::Event) return -1;
      e = mn.last;
      while (e < a_.ntok() && !T(e).para_start && T(e).kind == TokenKind::Punct) ++e;
      if (e >= a_.ntok() || T(e).para_start) return mn.entity;
      e = k + 1;  // "CPA Canada": a name the mention covers only in part
    }
    // No name the mention pass knows: a short run of capitalized words to the
    // paragraph's end still names the source ("‘...’: Acme Research").
    while (e < a_.ntok() && !T(e).para_start && e - k <= 6 && T(e).kind == TokenKind::Word &&
           (T(e).upper || a_.is(e, "of") || a_.is(e, "&") || a_.is(e, "and")) &&
           a_.wl(e).pronoun.empty())
      ++e;
    const uint32_t name_end = e;
    while (e < a_.ntok() && !T(e).para_start && T(e).kind == TokenKind::Punct) ++e;
    if (name_end == k + 1 || (e < a_.ntok() && !T(e).para_start) || !T(name_end - 1).upper)
      return -1;
    caption_name_ = {k + 1, name_end};
    return static_cast<int>(a_.facts.entities.size());  // made in add_caption_quote
  }

  void add_caption_quote(const text::Quotation& q, int speaker) {
    if (speaker == static_cast<int>(a_.facts.entities.size())) {
      // A given name first and two or three words: a person ("Jane Roe").
      const auto [b, e] = caption_name_;
      const bool person = e - b >= 2 && e - b <= 3 && a_.wx(b).given;
      speaker = a_.entity(person ? EntityType::Person : EntityType::Organization,
                          std::string(a_.words(b, e)));
    }
    StatementFact st;
    st.speaker = speaker;
    st.kind = StatementKind::Direct;
    uint32_t end = q.inner.end;
    if (q.unterminated)
      for (uint32_t k = q.open_tok + 1; k < a_.ntok() && T(k).span.begin < q.inner.end; ++k)
        if (a_.tok(k) == ":") {
          end = T(k).span.begin;
          break;
        }
    st.span = {q.inner.begin, end};
    st.text = std::string(st.span.of(a_.text));
    const auto& s = a_.sentence_of(q.open_tok);
    st.sentence = s.span;
    st.confidence = 0.8;
    ++a_.facts.quotations;
    add_direct_span(st.span);
    a_.facts.statements.push_back(std::move(st));
  }

  void direct_quotes() {
    const auto& quotes = a_.seg.quotes;
    int prev_stmt = -1;         // last direct statement, for split/continued quotations
    int prev_speaker = -1;
    uint32_t prev_para = 0;
    bool prev_unterminated = false;
    bool prev_attributed_after = false;
    int prev_unattributed = -2;  // index of the last quotation left without a speaker
    for (size_t qi = 0; qi < quotes.size(); ++qi) {
      a_.check_budget();
      const auto& q = quotes[qi];
      if (const int cap = caption_speaker(q); cap >= 0) {
        add_caption_quote(q, cap);
        continue;
      }
      if (!stands_alone(q)) continue;
      bool left = false;
      int speaker = attribute_quote(q, left);
      double conf = guessed_ ? 0.6 : 0.9;
      // Continuations: the next part of a quotation split by "he said", or a
      // paragraph that continues an unclosed quotation.
      // `... Royal Mail. "Somewhere along ...`: a quotation opening right where
      // the previous one closed goes on in the same voice.
      const bool adjacent = qi > 0 && prev_stmt >= 0 && q.paragraph == quotes[qi - 1].paragraph &&
                            ((!quotes[qi - 1].unterminated && q.open_tok == quotes[qi - 1].close_tok + 1) ||
                             quotes[qi - 1].continued);
      // `“My hope,” Obama said, “is that ...”`: the attribution splits one
      // sentence, so the second part finds the same verb on its left.
      bool split = false;
      if (qi > 0 && prev_stmt >= 0 && prev_attributed_after && q.paragraph == prev_para &&
          !quotes[qi - 1].unterminated && a_.tok(quotes[qi - 1].close_tok - 1) == ",") {
        split = true;
        for (uint32_t k = quotes[qi - 1].close_tok + 1; k < q.open_tok && split; ++k)
          split = !(a_.tok(k) == "." || a_.tok(k) == "?" || a_.tok(k) == "!" ||
                    T(k).kind == TokenKind::OpenQuote);
        split = split && q.open_tok > quotes[qi - 1].close_tok + 2;
      }
      bool same_para_follow = prev_stmt >= 0 && q.paragraph == prev_para &&
                              ((speaker < 0 && (prev_attributed_after || adjacent)) || split);
      // The paragraph before left its quotation open: this one continues it.
      bool para_continue =
          prev_stmt >= 0 && speaker < 0 && T(q.open_tok).para_start && prev_unterminated;
      if (same_para_follow || para_continue) {
        auto& st = a_.facts.statements[static_cast<size_t>(prev_stmt)];
        st.text += ' ';
        st.text += quote_text(q);
        st.span.end = q.inner.end;
        st.sentence.end = std::max(st.sentence.end, a_.sentence_of(q.open_tok).span.end);
        prev_unterminated = q.unterminated;
        prev_para = q.paragraph;
        continue;
      }
      ++a_.facts.quotations;
      if (speaker < 0 && T(q.open_tok).para_start && prev_speaker >= 0 &&
          q.paragraph == prev_para + 1 && !has_attribution_after(q)) {
        // A paragraph that is only a quotation, right after one by a known
        // speaker: the news convention is that the same person goes on.
        speaker = prev_speaker;
        conf = 0.6;
      }
      if (speaker < 0) {
        // An unattributed quotation left open at its paragraph's end and
        // taken up by the next paragraph is one quotation (GOLD.md), so that
        // follow_up_quotes() gives all of it one voice.
        if (T(q.open_tok).para_start && prev_unattributed + 1 == static_cast<int>(qi) &&
            quotes[qi - 1].unterminated && q.paragraph == quotes[qi - 1].paragraph + 1)
          a_.facts.unattributed.back().end = q.inner.end;
        else
          a_.facts.unattributed.push_back(q.inner);
        prev_unattributed = static_cast<int>(qi);
        continue;
      }
      StatementFact st;
      st.speaker = speaker;
      st.kind = StatementKind::Direct;
      st.text = quote_text(q);
      st.span = q.inner;
      const auto& s1 = a_.sentence_of(q.open_tok);
      uint32_t last_tok = q.unterminated ? q.open_tok : q.close_tok;
      const auto& s2 = a_.sentence_of(last_tok);
      st.sentence = {s1.span.begin, std::max(s2.span.end, s1.span.end)};
      st.confidence = conf;
      if (a_.facts.entities[static_cast<size_t>(speaker)].type == EntityType::Organization)
        last_org_speaker_ = speaker;
      a_.facts.statements.push_back(std::move(st));
      prev_stmt = static_cast<int>(a_.facts.statements.size() - 1);
      prev_speaker = speaker;
      prev_para = q.paragraph;
      prev_unterminated = q.unterminated;
      prev_attributed_after = !left;
      add_direct_span(q.inner);
    }
  }

  // Past capitalized title words at k that are not part of a name:
  // "President" in "President Barack Obama", "Sen." in "Sen. Leahy".
  uint32_t past_title(uint32_t k, uint32_t end) const {
    while (k < end && a_.mention_at[k] < 0 && T(k).upper && a_.wx(k).title != TitleRole::None) ++k;
    return k;
  }

  // At token j: an optional "and"/"but", a subject (a pronoun or a name), an
  // optional adverb, and a finite speech verb: "but he urged", "and Smith said".
  bool reports_anew(uint32_t j, const text::Sentence& s) const {
    if (j < s.last && (a_.is(j, "and") || a_.is(j, "but"))) ++j;
    if (j >= s.last) return false;
    if (const uint32_t n = past_title(j, s.last); n > j && a_.mention_at[n] >= 0) j = n;
    if (int m = a_.mention_at[j]; m >= 0 && a_.mentions[static_cast<size_t>(m)].first == j)
      j = a_.mentions[static_cast<size_t>(m)].last;
    else if (!a_.wl(j).pronoun.empty() && !a_.is(j, "it") && !a_.is(j, "that") && !a_.is(j, "this"))
      ++j;
    else
      return false;
    if (j < s.last && T(j).kind == TokenKind::Word &&
        (a_.is(j, "also") || is_ly_adverb(a_.lower(j))))
      ++j;
    if (j >= s.last || cue_at_[j] < 0) return false;
    const Cue& c = cues_[static_cast<size_t>(cue_at_[j])];
    // Content follows the verb; ", she said," and ", he said." attribute what stands around them.
    return !c.verb->gerund && c.last < s.last && T(c.last).kind == TokenKind::Word;
  }

  // "about 20 people", "over 50 percent": a preposition-like word giving a
  // number, which opens a clause rather than a prepositional phrase.
  bool approximate_number(uint32_t k) const {
    // "at least 1.9 million", "at most 40": two words before the number.
    if (k + 2 < a_.ntok() && a_.is(k, "at") && (a_.is(k + 1, "least") || a_.is(k + 1, "most")) &&
        T(k + 2).kind == TokenKind::Number)
      return true;
    if (k + 1 >= a_.ntok() || T(k + 1).kind != TokenKind::Number) return false;
    const std::string_view w = a_.lower(k);
    return w == "about" || w == "around" || w == "over" || w == "under" || w == "nearly" ||
           w == "almost" || w == "roughly" || w == "some";
  }

  // From j: a short noun phrase (no relative word, no verb we know of) and
  // then a finite speech verb: "human rights groups warned".
  bool subject_then_cue(uint32_t j, const text::Sentence& s) const {
    for (uint32_t k = j; k < s.last && k - j <= 5; ++k) {
      if (cue_at_[k] >= 0) {
        const Cue& c = cues_[static_cast<size_t>(cue_at_[k])];
        return k > j && !c.verb->gerund && c.verb->frame != VerbFrame::According;
      }
      if (T(k).kind != TokenKind::Word && T(k).kind != TokenKind::Possessive) return false;
      const std::string_view w = a_.lower(k);
      if (w == "who" || w == "which" || w == "that" || is_be(w) || is_subordinator(w) ||
          is_preposition(w))
        return false;
    }
    return false;
  }

  // Where reported content stops: the sentence end, ", saying/arguing ...",
  // ", according to", " and <speech verb>", ", but he urged ...", or a
  // quotation's attribution.
  uint32_t content_end(uint32_t from, const text::Sentence& s) const {
    for (uint32_t k = from; k < s.last; ++k) {
      if (k > from && a_.tok(k) == "," && k + 1 < s.last && cue_at_[k + 1] >= 0) return k;
      // ", but he urged ...", "; she added ...": a new clause with its own speaker and verb.
      if (k > from && (a_.tok(k) == "," || a_.tok(k) == ";") && reports_anew(k + 1, s)) return k;
      // ", and human rights groups warned ...": a described subject of its own.
      if (k > from && a_.tok(k) == "," && k + 2 < s.last &&
          (a_.is(k + 1, "and") || a_.is(k + 1, "but")) && subject_then_cue(k + 2, s))
        return k;
      // "... and said ...", "... but argues ...": a second report of its own.
      if (k > from && (a_.is(k, "and") || a_.is(k, "but")) && k + 1 < s.last && cue_at_[k + 1] >= 0 &&
          !cues_[static_cast<size_t>(cue_at_[k + 1])].verb->gerund)
        return k;
    }
    uint32_t e = s.last;
    while (e > from && T(e - 1).kind == TokenKind::Punct) --e;
    // Keep a closing quotation mark with the punctuation it follows: `goal.”`
    if (e < s.last && T(s.last - 1).kind == TokenKind::CloseQuote) e = s.last;
    return e;
  }

  // The sentences a span touches, one either side included (a span of
  // spaces between two tokens belongs to both their sentences).
  std::pair<uint32_t, uint32_t> sentences_around(core::Span sp) const {
    const uint32_t n = static_cast<uint32_t>(a_.ntok());
    const uint32_t first = a_.first_token_at(sp.begin);
    const uint32_t last = std::min(a_.first_token_at(sp.end), n - 1);
    return {a_.seg.sentence_of[first > 0 ? first - 1 : 0], a_.seg.sentence_of[last]};
  }

  // Direct statements' spans, listed under every sentence they touch, so that
  // overlaps_direct() looks at the few near a span instead of all of them
  // (a scan of all was quadratic in an article of many quotations). Quotations
  // do not overlap one another, nor transcript paragraphs, so each sentence
  // lists only a few.
  void add_direct_span(core::Span d) {
    if (a_.ntok() == 0) return;
    if (direct_at_.empty()) direct_at_.resize(a_.seg.sentences.size());
    const auto [from, to] = sentences_around(d);
    for (uint32_t s = from; s <= to; ++s) direct_at_[s].push_back(d);
  }

  bool overlaps_direct(core::Span sp) const {
    if (direct_at_.empty() || a_.ntok() == 0) return false;
    const auto [from, to] = sentences_around(sp);
    for (uint32_t s = from; s <= to; ++s)
      for (auto d : direct_at_[s])
        if (d.overlaps(sp)) {
          // Content that is wholly the direct quotation is that statement.
          uint32_t inter = std::min(d.end, sp.end) - std::max(d.begin, sp.begin);
          if (inter * 10 >= sp.size() * 6) return true;
        }
    return false;
  }

  bool noun_then_verb(uint32_t b, uint32_t e) const {
    uint32_t w[2], n = 0;
    for (uint32_t k = b; k < e && n < 2; ++k)
      if (T(k).kind == TokenKind::Word || T(k).kind == TokenKind::Number) w[n++] = k;
    if (n < 2 || w[1] != w[0] + 1) return false;
    const tag::Pos p0 = a_.tags[w[0]].pos, p1 = a_.tags[w[1]].pos;
    return (p0 == tag::Pos::NN || p0 == tag::Pos::NNS || p0 == tag::Pos::NNP ||
            p0 == tag::Pos::NNPS || p0 == tag::Pos::CD) &&
           (p1 == tag::Pos::VBD || p1 == tag::Pos::VBZ || p1 == tag::Pos::VBP) &&
           !is_be(a_.lower(w[1])) && a_.lower(w[1]) != "has" && a_.lower(w[1]) != "had" &&
           a_.lower(w[1]) != "have";
  }

  void add_indirect(int speaker, uint32_t b, uint32_t e, const text::Sentence& s, double conf) {
    while (b < e && (a_.tok(b) == "," || a_.tok(b) == ":")) ++b;
    if (e <= b + 1) return;
    uint32_t words = 0;
    // (A number counts: "said 145 had died".)
    for (uint32_t k = b; k < e; ++k)
      words += T(k).kind == TokenKind::Word || T(k).kind == TokenKind::Number;
    // Two words are a clause only as a noun and its verb: "sales rose",
    // "talks failed" (not "so too", "it was").
    if (words < 2 || (words == 2 && !noun_then_verb(b, e))) return;
    core::Span sp = a_.span(b, e);
    if (overlaps_direct(sp)) return;
    StatementFact st;
    st.speaker = speaker;
    st.kind = StatementKind::Indirect;
    st.text = std::string(sp.of(a_.text));
    st.span = sp;
    st.sentence = s.span;
    st.confidence = conf;
    if (a_.facts.entities[static_cast<size_t>(speaker)].type == EntityType::Organization)
      last_org_speaker_ = speaker;
    a_.facts.statements.push_back(std::move(st));
  }

  // At k, a clause of at least five words to the sentence end with no
  // quotation mark: it opens with a name, a subject pronoun or a determiner,
  // not with an adverb, a conjunction, a gerund or a preposition ("said,
  // however, ...", "said, adding that", "said, in part, ...").
  bool clause_follows(uint32_t k, const text::Sentence& s) const {
    if (k >= s.last || T(k).kind != TokenKind::Word || cue_at_[k] >= 0) return false;
    const std::string_view w = a_.lower(k);
    const bool opens = a_.mention_at[k] >= 0 || is_subject_pronoun(w) || is_determiner(w) ||
                       w == "it" || w == "there";
    if (!opens || w == "that") return false;  // "that" is a determiner, and here a complementizer
    uint32_t words = 0;
    for (uint32_t t = k; t < s.last; ++t) {
      if (T(t).kind == TokenKind::OpenQuote || T(t).kind == TokenKind::CloseQuote) return false;
      words += T(t).kind == TokenKind::Word;
    }
    return words >= 5;
  }

  // "Limbaugh added:" closing a paragraph, then a paragraph with no quotation
  // marks: a block quotation whose marks the page layout carried (and the
  // text lost). The whole next paragraph is the statement. One with marks is
  // a quotation, attributed as such (attribute_quote).
  void block_after_colon(int speaker, uint32_t first, const text::Sentence& s) {
    if (first >= a_.ntok() || !T(first).para_start || T(first).kind == TokenKind::OpenQuote) return;
    const uint32_t para = a_.seg.sentences[a_.seg.sentence_of[first]].paragraph;
    uint32_t e = first;
    while (e < a_.ntok() && a_.seg.sentences[a_.seg.sentence_of[e]].paragraph == para) {
      if (T(e).kind == TokenKind::OpenQuote || T(e).kind == TokenKind::CloseQuote) return;
      ++e;
    }
    if (e - first > 200) return;
    while (e > first && T(e - 1).kind == TokenKind::Punct) --e;
    add_indirect(speaker, first, e, s, 0.7);
  }

  // After an attributing verb, only a prepositional phrase or a time up to the
  // sentence end: "said in a phone interview.", "said on Tuesday."
  bool tail_only(uint32_t b, const text::Sentence& s) const {
    for (uint32_t k = b; k < s.last && k - b < 12; ++k) {
      if (k + 1 == s.last || (T(k).kind == TokenKind::Punct && a_.tok(k) != "," && a_.tok(k) != "-"))
        return T(k).kind == TokenKind::Punct || k + 1 == s.last;
      if (T(k).kind == TokenKind::OpenQuote || cue_at_[k] >= 0 || a_.is(k, "that")) return false;
    }
    return false;
  }

  // "CONTENT, X said." / "CONTENT, said X.": the speaker's noun phrase opens
  // after a comma, and what stands before that comma is the reported content.
  void content_before(const Cue& c, int speaker, const text::Sentence& s) {
    uint32_t k = c.first;
    // Inverted ("said Batchelder") attributions have the comma right before the cue.
    bool found = false;
    for (int level = 0; level < 2 && !found; ++level) {
      uint32_t steps = 0;
      while (k > s.first && steps < 16) {
        uint32_t p = k - 1;
        if (a_.tok(p) == ",") break;
        if (T(p).kind == TokenKind::CloseQuote && p > s.first && a_.tok(p - 1) == ",") break;
        if (T(p).kind == TokenKind::OpenQuote || T(p).kind == TokenKind::CloseQuote) return;
        if (p + 1 != c.first && cue_at_[p] >= 0) return;
        if (T(p).kind == TokenKind::Punct && a_.tok(p) != "." && a_.tok(p) != "-" && a_.tok(p) != "(" &&
            a_.tok(p) != ")")
          return;
        k = p;
        ++steps;
      }
      if (k <= s.first || steps >= 16) return;
      uint32_t comma = k - 1;
      // "Victor Cha, who served as ..., said": an appositive; the subject is
      // the name before it.
      if (a_.tok(comma) == "," && comma > s.first && a_.entity_ending_at(comma) == speaker && level == 0 &&
          k < c.first && (T(k).kind == TokenKind::Word && !T(k).upper)) {
        k = comma;
        while (k > s.first && a_.mention_at[k - 1] >= 0) --k;
        continue;
      }
      found = true;
    }
    if (!found) return;
    uint32_t e = k - 1;  // the comma, or the closing quotation mark after one
    if (T(e).kind == TokenKind::CloseQuote) ++e;
    uint32_t b = s.first;
    // "Rucker Culpepper, who runs ..., said,": the speaker and a relative
    // clause about them are the subject, not reported content.
    if (int m = a_.mention_at[b]; m >= 0 && a_.mentions[static_cast<size_t>(m)].entity == speaker) {
      const uint32_t after = a_.mentions[static_cast<size_t>(m)].last;
      if (after + 1 < e && a_.tok(after) == "," &&
          (a_.is(after + 1, "who") || a_.is(after + 1, "whose")))
        return;
    }
    if (T(b).kind == TokenKind::Punct) return;  // a sentence split inside "(D-N.Y.)"
    // "In the end, Patriot said": a fronted adverbial, not content; "The
    // state's chairman, Phil Lovas, said": an appositive before the name.
    std::string_view first = a_.lower(b);
    if (is_preposition(first) || is_subordinator(first) || a_.is(b, "but") || a_.is(b, "and")) {
      bool clause = false;
      for (uint32_t t = b + 1; t < e && !clause; ++t) clause = a_.tok(t) == ",";
      if (!clause) return;
    }
    if (a_.mention_at[e - 1] >= 0 && e - 1 > b &&
        a_.mentions[static_cast<size_t>(a_.mention_at[e - 1])].type == EntityType::Person)
      return;
    // A quotation that opened before the sentence (split inside it) is the
    // quotation's, not reported content.
    for (uint32_t t = b; t < e; ++t)
      if (T(t).kind == TokenKind::CloseQuote && t > 0 && a_.quote_at[t - 1] >= 0 &&
          a_.seg.quotes[static_cast<size_t>(a_.quote_at[t - 1])].open_tok < b)
        return;
    // Content with a reporting verb of its own is found through that verb
    // ("Zelenskiy has insisted that ..., a position he reaffirmed"); not a
    // participle with its agent ("the tariffs announced by Trump on Monday
    // are illogical, Ebrard said").
    for (uint32_t t = b; t < e; ++t) {
      if (a_.tok(t) == ")" || a_.tok(t) == "(") return;
      if (cue_at_[t] < 0 || a_.quote_at[t] >= 0) continue;
      const uint32_t after = cues_[static_cast<size_t>(cue_at_[t])].last;
      if (!(after < e && a_.is(after, "by") && t > b && T(t - 1).kind == TokenKind::Word &&
            a_.tags[t - 1].pos != tag::Pos::MD && !is_be(a_.lower(t - 1))))
        return;
    }
    // A pronoun speaker stands right after the comma ("..., he said"), not
    // at the end of a relative clause ("a position he reaffirmed").
    uint32_t v = c.first;
    while (v > k && is_verb_filler(a_.lower(v - 1))) --v;
    if (v > k + 1 && !a_.wl(v - 1).pronoun.empty()) return;
    add_indirect(speaker, b, e, s, 0.7);
  }

  void indirect_speech() {
    int sentence_speaker = -1;
    uint32_t current_sentence = UINT32_MAX;
    for (const Cue& c : cues_) {
      a_.check_budget();
      const auto& s = a_.sentence_of(c.first);
      if (auto used = used_cue_.find(c.first); used != used_cue_.end()) {
        // `“...,” he said, adding that ...`: the quotation's speaker goes on.
        current_sentence = a_.seg.sentence_of[c.first];
        sentence_speaker = used->second;
        continue;
      }
      if (c.modal || c.verb->frame == VerbFrame::Quote) continue;
      // "Clinton was supported by 42 percent", "a report released last year":
      // a passive participle reports nothing its subject said.
      if (!c.verb->gerund && c.verb->frame != VerbFrame::According) {
        uint32_t k = c.first;
        while (k > s.first && T(k - 1).kind == TokenKind::Word && !T(k - 1).upper &&
               (a_.is(k - 1, "not") || a_.is(k - 1, "also") || a_.is(k - 1, "being") ||
                is_ly_adverb(a_.lower(k - 1))))
          --k;
        if (k > s.first && is_be(a_.lower(k - 1)) && k < c.last && a_.is(c.last, "by")) continue;
      }
      if (a_.seg.sentence_of[c.first] != current_sentence) {
        current_sentence = a_.seg.sentence_of[c.first];
        sentence_speaker = -1;
      }
      const SpeechVerb& v = *c.verb;
      if (v.frame == VerbFrame::According) {
        int speaker = subject_right(c.last, s.last);
        if (speaker < 0) speaker = described_source_after(c.last, s.last);
        if (speaker < 0) continue;
        // "According to X, CONTENT." or "CONTENT, according to X."
        if (c.first == s.first || (c.first > s.first && a_.tok(c.first - 1) == "\"")) {
          uint32_t k = c.last;
          while (k < s.last && a_.tok(k) != ",") ++k;
          add_indirect(speaker, k + 1, content_end(k + 1, s), s, 0.8);
        } else {
          uint32_t e = c.first;
          while (e > s.first && a_.tok(e - 1) == ",") --e;
          add_indirect(speaker, s.first, e, s, 0.8);
        }
        continue;
      }
      int speaker = -1;
      double conf = 0.8;
      // "Donald Trump is stressing ...", "Mr. Clarke was proposing ...": a
      // gerund after a form of "be" is the sentence's verb.
      bool progressive = false;
      if (v.gerund) {
        uint32_t k = c.first;
        while (k > s.first && T(k - 1).kind == TokenKind::Word && !T(k - 1).upper &&
               is_verb_filler(a_.lower(k - 1)) && !is_be(a_.lower(k - 1)))
          --k;
        progressive = k > s.first && is_be(a_.lower(k - 1));
      }
      if (v.gerund && progressive) {
        speaker = subject_left(c.first, s.first);
      } else if (v.gerund) {
        // ", saying ..." continues the sentence's speaker; "While saying ...,
        // he ..." takes the main clause's subject.
        // ", falsely suggesting": an adverb may stand between.
        uint32_t g = c.first;
        while (g > s.first + 1 && T(g - 1).kind == TokenKind::Word && !T(g - 1).upper &&
               is_ly_adverb(a_.lower(g - 1)))
          --g;
        const bool set_off = g > s.first && (a_.tok(g - 1) == "," || is_dash(a_.tok(g - 1)));
        if (set_off) speaker = sentence_speaker;
        // "Obama responded to a mother by saying his refusal ...", "told the
        // AP after hinting that ...", "while saying that": the main clause's subject.
        if (speaker < 0 && g > s.first + 2 &&
            (a_.is(g - 1, "by") || a_.is(g - 1, "in") || a_.is(g - 1, "after") ||
             a_.is(g - 1, "before") || a_.is(g - 1, "while") || a_.is(g - 1, "upon") ||
             a_.is(g - 1, "without") || a_.is(g - 1, "when")))
          speaker = clause_subject(s, g - 1);
        // ", saying ..." and "– saying ...".
        if (speaker < 0 && g > s.first + 2 && set_off) speaker = clause_subject(s, g);
        // "Trump unleashed a series of tweets early Friday saying that ...",
        // "issued a statement Monday calling for ...": the text's author,
        // the subject of the clause that put it out.
        for (uint32_t k = g; speaker < 0 && k > s.first + 1 && g - k < 5; --k) {
          std::string_view w = a_.lower(k - 1);
          if (T(k - 1).kind != TokenKind::Word || w == "and" || w == "but") break;
          if (w.size() > 3 && w.back() == 's') w.remove_suffix(1);
          if (a_.lex.lowered(w).document_noun || w == "message" || w == "video" || w == "ad") {
            // Not "a Donald Trump tweet attacking ...": that text has its own author.
            const bool owned = k >= 2 && (a_.mention_at[k - 2] >= 0 ||
                                          T(k - 2).kind == TokenKind::Possessive);
            if (!owned) speaker = clause_subject(s, k - 1);
            break;
          }
        }
        if (speaker < 0 && c.first <= s.first + 2) speaker = main_subject(s, c.last);
        conf = 0.7;
      } else {
        speaker = subject_left(c.first, s.first);
        // "The losses would outstrip the gains, said Batchelder."
        if (speaker < 0 && v.frame != VerbFrame::NounPhrase && c.first > s.first + 3 &&
            a_.tok(c.first - 1) == ",") {
          // The speaker right after the verb: "said Batchelder", "said Sen. X".
          uint32_t n = c.last;
          while (n < s.last && n - c.last < 3 && a_.mention_at[n] < 0 && T(n).kind == TokenKind::Word &&
                 (a_.wx(n).title != TitleRole::None || a_.is(n, "the")))
            ++n;
          int inverted = n < s.last && a_.mention_at[n] >= 0 ? subject_right(n, s.last) : -1;
          // The inverted speaker closes the clause: "said Batchelder." or
          // "said Sen. X, a Democrat", not "said the United States should ...".
          if (inverted >= 0) {
            uint32_t e = n;
            while (e < s.last && (a_.mention_at[e] >= 0 || a_.wx(e).title != TitleRole::None ||
                                  a_.wl(e).description_head))
              e = a_.mention_at[e] >= 0
                      ? a_.mentions[static_cast<size_t>(a_.mention_at[e])].last
                      : e + 1;
            if (e < s.last && T(e).kind != TokenKind::Punct && T(e).kind != TokenKind::CloseQuote)
              inverted = -1;
          }
          if (inverted >= 0) content_before(c, inverted, s);
          continue;
        }
        // "He praised ... and commended Poland": the coordinated verb shares the subject.
        if (speaker < 0 && c.first > s.first && (a_.is(c.first - 1, "and") || a_.is(c.first - 1, "but"))) {
          speaker = sentence_speaker;
          if (speaker < 0) {
            speaker = clause_subject(s, c.first);
            conf = 0.7;
          }
        }
      }
      if (speaker < 0) continue;
      sentence_speaker = speaker;
      uint32_t b = c.last;
      if (v.frame == VerbFrame::NounPhrase) {
        b = c.first;
      } else {
        // "said — on Twitter, as it happens — that Trump raised ...": past an aside set off by dashes.
        if (uint32_t k = a_.after_dash_aside(b, s.last, 20); k != 0) b = k;
        if (v.frame == VerbFrame::Tell) {
          // Skip the listener and time: "told reporters (in Brussels) (Wednesday) (that)".
          uint32_t k = b;
          uint32_t that = UINT32_MAX;
          for (; k < s.last && k - b < 8; ++k) {
            if (a_.is(k, "that")) {
              that = k;
              break;
            }
            if (T(k).kind == TokenKind::OpenQuote) break;
          }
          if (that != UINT32_MAX) {
            b = that + 1;
          } else {
            // The listener: a name ("The Huffington Post", "Fox News"), or one word ("reporters").
            if (b + 1 < s.last && a_.is(b, "the") && a_.mention_at[b + 1] >= 0) ++b;
            if (int m = a_.mention_at[b]; m >= 0 && a_.mentions[static_cast<size_t>(m)].first == b)
              b = a_.mentions[static_cast<size_t>(m)].last;
            else
              ++b;
            while (b < s.last && (a_.is(b, "in") || a_.is(b, "on") || is_weekday_or_time(a_.tok(b)) ||
                                  (a_.mention_at[b] >= 0 && b > c.last &&
                                   a_.is(b - 1, "in"))))
              ++b;
          }
        } else if (b < s.last && a_.is(b, "that")) {
          ++b;
        } else if (v.infinitive && a_.is(b, "to") && opens_infinitive(b + 1)) {
          // "vowed to harshly punish ...": the infinitive, "to" included, is
          // what was promised.
        } else if (b < s.last && T(b).kind == TokenKind::Word && !approximate_number(b) &&
                   (is_preposition(a_.lower(b)) || is_weekday_or_time(a_.tok(b))) &&
                   !(b + 1 < s.last && T(b + 1).kind == TokenKind::Possessive)) {
          // ("said Thursday's speeches have ...": a possessive weekday opens the clause.)
          // "said in a statement that ...", "reaffirmed Wednesday after ...":
          // only a later "that" opens reported content.
          uint32_t k = b;
          while (k < s.last && k - b < 14 && !a_.is(k, "that") && cue_at_[k] < 0) ++k;
          // "said after the convention he would not ...": with no "that", a
          // subject pronoun opens the reported clause.
          bool pronoun_opens = false;
          if (k >= s.last || !a_.is(k, "that")) {
            uint32_t h = b + 1;
            while (h < s.last && h - b < 8 && T(h).kind == TokenKind::Word && cue_at_[h] < 0 &&
                   !is_subject_pronoun(a_.lower(h)))
              ++h;
            if (h < s.last && h - b < 8 && is_subject_pronoun(a_.lower(h)) && h + 1 < s.last &&
                T(h + 1).kind == TokenKind::Word)
              k = h - 1, pronoun_opens = true;  // content opens at the pronoun
            // "said on Monday the bill would pass": past a time phrase, a
            // clause with its own verb.
            if (uint32_t t = after_time_words(b, s); !pronoun_opens && t > b && clause_opens_at(t, s))
              k = t - 1, pronoun_opens = true;
          }
          if (!pronoun_opens && (k >= s.last || !a_.is(k, "that"))) {
            // "..., Mr. Obama said in his interview.": the tail closes the sentence.
            if (tail_only(b, s)) content_before(c, speaker, s);
            continue;
          }
          b = k + 1;
        } else if (b + 1 < s.last && a_.tok(b) == "," && as_attribution(c, s)) {
          // "As Comey noted, people involved could still be ...": what follows.
          add_indirect(speaker, b + 1, content_end(b + 1, s), s, 0.7);
          continue;
        } else if (b < s.last && a_.tok(b) == "," && c.first > s.first + 2 &&
                   parenthetical(c, s)) {
          // "The museum, Mr. Bush said, celebrated ...": the attribution sits
          // inside the reported sentence, which is the statement. After a
          // fronted adverbial ("In the end, he said, the vote was close") the
          // statement is what follows the attribution.
          uint32_t from = s.first;
          std::string_view first = a_.lower(s.first);
          if (is_preposition(first) || is_subordinator(first)) {
            uint32_t comma = s.first;
            while (comma < c.first && a_.tok(comma) != ",") ++comma;
            bool one_comma = true;
            for (uint32_t t = comma + 1; t < c.first; ++t) one_comma = one_comma && a_.tok(t) != ",";
            if (one_comma) from = b + 1;
          }
          add_indirect(speaker, from, content_end(from, s), s, 0.7);
          continue;
        } else if (b < s.last && (a_.tok(b) == "," || a_.tok(b) == ":" || T(b).kind == TokenKind::Punct)) {
          // `said,` / `said.`: the attribution of what came before it in the
          // sentence ("The losses would outstrip the gains, Batchelder said.").
          const size_t before = a_.facts.statements.size();
          if (a_.tok(b) != ":") content_before(c, speaker, s);
          else if (b + 1 == s.last) block_after_colon(speaker, b + 1, s);
          // "Rucker Culpepper, who runs ..., said, Trump has been ...": nothing
          // reported before, so a clause after the comma or colon is a
          // quotation whose marks were lost.
          if (a_.facts.statements.size() == before && (a_.tok(b) == "," || a_.tok(b) == ":") &&
              clause_follows(b + 1, s))
            add_indirect(speaker, b + 1, content_end(b + 1, s), s, 0.6);
          continue;
        }
      }
      if (b >= s.last) {
        // "..., Lindsey Graham Says" ending a headline with no period.
        if (v.frame != VerbFrame::NounPhrase && b == c.last) content_before(c, speaker, s);
        continue;
      }
      // "While saying the US remains committed ..., he challenged": stop at the comma.
      uint32_t e = content_end(b, s);
      if (v.frame == VerbFrame::NounPhrase) {
        // "denounced the annexation, which ...": the object ends at the first
        // comma that does not go on listing names ("rejects X, Nato membership").
        uint32_t k = b + 1;
        while (k < e && a_.tok(k) != ";" &&
               !(a_.tok(k) == "," && k + 1 < e && a_.mention_at[k + 1] < 0 &&
                 !object_goes_on(k, b, e)))
          ++k;
        e = k;
      }
      // "While saying ..., he challenged"; "While she’s said she believes X,
      // she voted no": a report inside a fronted clause ends at its comma.
      // So does one inside a free relative: "the gap between what Trump says
      // his plan would do, and what it would do, ..." ends at "do".
      const bool free_relative = in_free_relative(c, s);
      bool fronted = (v.gerund && c.first <= s.first + 2) || free_relative;
      if (!fronted && T(s.first).kind == TokenKind::Word && is_subordinator(a_.lower(s.first))) {
        fronted = true;
        for (uint32_t k = s.first; k < c.first && fronted; ++k) fronted = a_.tok(k) != ",";
      }
      if (fronted) {
        uint32_t k = b;
        while (k < e && a_.tok(k) != "," &&
               !(free_relative && (a_.is(k, "and") || a_.is(k, "but") || a_.is(k, "or"))))
          ++k;
        e = k;
      }
      add_indirect(speaker, b, e, s, conf);
    }
  }

  Analysis& a_;
  const Lexicons& lex_;
  std::vector<Cue> cues_;
  std::vector<int> cue_at_;
  std::vector<int> quote_cue_at_;  // cues of the quote frame ("continued"), for quotations only
  std::map<uint32_t, int> used_cue_;  // cue token -> the speaker of the quotation it attributes
  std::vector<std::vector<core::Span>> direct_at_;  // sentence -> direct spans touching it
  // Byte offset -> the first plural described source mentioned there.
  mutable std::map<uint32_t, int> plural_source_at_;
  mutable std::map<std::string, RoleIndex> role_index_;  // description head -> role_index()
  int last_org_speaker_ = -1;
  // caption_speaker() -> add_caption_quote(): the tokens of a source's name
  // that no mention covers.
  std::pair<uint32_t, uint32_t> caption_name_{0, 0};
  bool attributing_quote_ = false;  // resolve_description may guess the person last named
  mutable bool guessed_ = false;     // ... and did: the quotation's confidence is lower
};

}  // namespace

void find_statements(Analysis& a) { StatementFinder(a).run(); }

}  // namespace newskg::extract
