// Direct quotations: who speaks each one (the attribution after the closing
// mark or before the opening one), quotations that go on in the voice before
// them, photo captions and transcript lines.
#include "statement_finder.hpp"

namespace newskg::extract {
namespace speech_detail {

// A paragraph that is wholly a quotation, with no attribution, after a
// paragraph whose last sentence introduces its speaker: the paragraph
// before reports them ("Roe said the plan would fail.") or names them as
// its subject ("Jane Roe, the mayor, wants the road built."):
//   Roe said the plan would fail.
//   “We have no money for it.
//   “Nobody asked us.”                        -> Roe, one direct statement
// Only the one sentence right before counts, and only a quotation filling
// its paragraph: a quotation by someone else gets its own attribution.
int StatementFinder::introduced_voice(core::Span q, uint32_t open, uint32_t sent,
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
      mn.entity < 0 || mn.last >= prev.last)
    return -1;
  // (A possessive opens another subject, unless a speech act of the
  // person's: "Connors' rallying cry for British tennis", then the cry.)
  if (T(mn.last).kind == TokenKind::Possessive) {
    uint32_t h = mn.last + 1;
    while (h < prev.last && h - mn.last <= 3 && T(h).kind == TokenKind::Word && !T(h).upper &&
           a_.wl(h).report_links == nullptr)
      ++h;
    if (h >= prev.last || T(h).kind != TokenKind::Word || a_.wl(h).report_links == nullptr) return -1;
  }
  return mn.entity;
}

// "Karl Dahl issued a statement.": the person subject of a sentence that
// ends in a speech-act noun (speech_nouns.tsv) after an article or
// modifier, or -1.
int StatementFinder::gives_speech_act(const text::Sentence& s) const {
  uint32_t end = s.last;
  if (end > s.first && (a_.is(end - 1, ".") || a_.tok(end - 1) == ":")) --end;
  if (end < s.first + 3 || T(end - 1).kind != TokenKind::Word || !a_.wl(end - 1).report_links ||
      a_.mention_at[end - 1] >= 0 || in_quote(end - 1))
    return -1;
  const std::string_view det = a_.lower(end - 2);
  if (!(det == "a" || det == "an" || det == "the" || det == "this" || det == "his" || det == "her" ||
        det == "their" || a_.tags[end - 2].pos == tag::Pos::JJ))
    return -1;
  const int ent = clause_subject(s, end - 2);
  return ent >= 0 && a_.facts.entities[static_cast<size_t>(ent)].type == EntityType::Person ? ent : -1;
}

// A quotation with no attribution after someone's reported speech in the
// same paragraph goes on in that voice: `X said Google should not be
// penalised. "Of course Google should be allowed ..."`. BBC style puts a
// sentence of background between ("Mr Dein said ... Since 1992, clubs have
// seen their income soar. "Television has been ..."), so up to two
// sentences back. Across paragraphs it was wrong too often on PolNeAR.
// Quotations continued from one another take the voice in turn.
void StatementFinder::follow_up_quotes() {
  const size_t nsent = a_.seg.sentences.size();
  std::vector<int> voice(nsent, -1);  // sentence -> speaker of its last statement
  // ("He promised to defeat Randolph ..., Frankel said.": a statement inside
  // another one's words is not the sentence's voice; the outer one is.)
  std::vector<core::Span> voiced(nsent);
  for (const auto& st : a_.facts.statements) {
    a_.check_budget();
    const uint32_t t = a_.first_token_at(st.span.begin);
    if (t >= a_.ntok()) continue;
    const uint32_t sent = a_.seg.sentence_of[t];
    if (voice[sent] >= 0 && voiced[sent].begin <= st.span.begin && st.span.end <= voiced[sent].end)
      continue;
    voice[sent] = st.speaker;
    voiced[sent] = st.span;
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
      // "..., Sen. Karl Dahl tweeted a warning. “...”": a person whose
      // warning or statement ends the sentence right before speaks it.
      if (speaker < 0 && back == 1) speaker = gives_speech_act(a_.seg.sentences[sent - 1]);
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

// Attribution for one quotation: look right of the closing mark, then left
// of the opening mark, within the paragraph.
int StatementFinder::attribute_quote(const text::Quotation& q, bool& left) {
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
    // (Nor a period of an abbreviation before a comma: `,” Mitch McConnell,
    // R-Ky., said`.)
    while (limit < toks.size() && toks[limit].span.begin < para.end &&
           toks[limit].kind != TokenKind::OpenQuote &&
           (depth > 0 || !a_.is(limit, ".") || (limit + 1 < toks.size() && a_.tok(limit + 1) == ",")) &&
           limit - after < 40) {
      if (a_.tok(limit) == "(") ++depth;
      if (a_.tok(limit) == ")" && depth > 0) --depth;
      ++limit;
    }
    // `“... our vote.” Asked ..., Mr Howard told the BBC: “I reject ...”`:
    // after a quotation that ends its sentence, a sentence that introduces
    // a quotation of its own is that one's attribution.
    const bool introduces_next = closes_with_period(q) && limit < toks.size() &&
                                 toks[limit].kind == TokenKind::OpenQuote &&
                                 toks[limit].span.begin < para.end;
    // `Priebus said, "Probably not." Christie disagreed.`: a quotation its
    // verb introduces and that ends its sentence is that verb's; the next
    // sentence is no attribution of it.
    // (So one closing with "?" or "!", and one whose verb has a hearer
    // between: `Clinton responds to Mills with, “Why now?” Mills then writes
    // back, “...”`.)
    bool introduced = false;
    if (q.open_tok >= 2 && (a_.tok(q.open_tok - 1) == "," || a_.tok(q.open_tok - 1) == ":")) {
      const char mark = closing_mark(q);
      const bool closed = mark == '.' || mark == '?' || mark == '!';
      for (uint32_t k = q.open_tok - 1; closed && !introduced && k > 0 && q.open_tok - k <= 6; --k) {
        const uint32_t p = k - 1;
        if (a_.seg.sentence_of[p] != a_.seg.sentence_of[q.open_tok]) break;
        if (quote_cue(p) >= 0) {
          introduced = p + 2 == q.open_tok || (a_.is(p + 1, "to") && q.open_tok > p + 3);
          break;
        }
        if (T(p).kind != TokenKind::Word) break;
      }
    }
    for (uint32_t k = after; k < limit && !introduces_next && !introduced; ++k) {
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
      // `“... how it is.” But later, according to The Independent, Wenger
      // spoke ...`: after a quotation that ends its sentence, "according
      // to" sources the next sentence, not the quotation.
      if (c.verb->frame == VerbFrame::According && closes_with_period(q)) continue;
      int s = subject_left(c.first, after);
      // An inverted speaker ends the attribution whatever titles stand
      // between: `,” said managing director Rodrigo Rato.` (Not after
      // "told": `,” the editor told BBC Radio` names the hearer; but
      // `?” asked Sen. Barbara Mikulski` right after the mark is the
      // asker, as "asked" takes no hearer there.)
      bool inverted = false;
      const bool asks = c.verb->lemma == "ask" && c.first == after;
      // (After a quotation that ends its sentence, only a verb that opens
      // the next one: in `“...situation.” The fee ... as they are reported
      // to be preparing a bid for Inter Milan striker Adriano.` the club
      // is no speaker of the quotation.)
      if (s < 0 && (c.verb->frame != VerbFrame::Tell || asks) &&
          !(closes_with_period(q) && c.first > after + 1))
        inverted = (s = subject_right(c.last, limit)) >= 0;
      // (`“...” England said Andrew Sheridan was not considered`: a name
      // with a verb of its own after it is the subject of a reported
      // clause, no inverted speaker; so is a pronoun right after the verb:
      // `- “13 months in living hell” - and said he was convinced ...`.)
      if (inverted) {
        uint32_t n = c.last;
        while (n < limit && n - c.last < 8 &&
               !(a_.mention_at[n] >= 0 && a_.mentions[static_cast<size_t>(a_.mention_at[n])].entity == s &&
                 (a_.mentions[static_cast<size_t>(a_.mention_at[n])].source != MentionSource::Pronoun ||
                  n == c.last)))
          ++n;
        const bool named = n < limit && n - c.last < 8;
        if (named) n = a_.mentions[static_cast<size_t>(a_.mention_at[n])].last;
        if (named && n < limit && T(n).kind == TokenKind::Word && !T(n).upper &&
            (tag::is_finite(a_.tags[n].pos) || a_.tags[n].pos == tag::Pos::MD)) {
          inverted = false;
          s = -1;
        }
      }
      // `“...apart.” One in three women, the survey said, thought ...`: after
      // a quotation that ends its sentence, an attribution set off by
      // commas inside the next sentence sources that sentence.
      if (!inverted && closes_with_period(q) && set_off_later(c, after)) continue;
      // `“It’s just not true.” He said Clinton would not go far enough`:
      // after a quotation that ends its sentence, a verb that reports words
      // of its own opens a new statement, not the quotation's attribution.
      if (!inverted && closes_with_period(q) && reports_more(c, limit)) continue;
      if (s >= 0 && (inverted || closes_attribution(c, limit))) {
        used_cue_[k] = s;
        return s;
      }
    }
  }
  // `“...” ― Nell Carden Grey`: a dash and a name after the quotation,
  // or a paragraph of its own under a quotation that fills its paragraph
  // (a fact-check's `"..."` then `- Bernie Sanders.`).
  const bool dash_line = after + 1 < toks.size() && T(after).para_start &&
                         T(q.open_tok).para_start && !q.unterminated;
  if (after + 1 < toks.size() && (toks[after].span.begin < para.end || dash_line)) {
    std::string_view d = a_.tok(after);
    if (d == "―" || d == "—" || d == "–" || d == "-") {
      const core::Span line = a_.seg.paragraphs[dash_line ? a_.sentence_of(after).paragraph : q.paragraph];
      uint32_t b = after + 1, e = b;
      while (e < toks.size() && e - b < 5 && T(e).kind == TokenKind::Word && T(e).upper &&
             toks[e].span.begin < line.end)
        ++e;
      // (The name is all the line has: a full stop may close it.)
      const bool whole = !dash_line || e >= toks.size() || toks[e].span.begin >= line.end ||
                         (a_.is(e, ".") && (e + 1 >= toks.size() || toks[e + 1].span.begin >= line.end));
      if (e > b && whole) {
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
  // "X said it was too early but added, “...”": the verb after "but" or
  // "and" shares the earlier verb's subject and, right before the
  // quotation, is its cue; the earlier verb keeps its own content.
  uint32_t coordinated = UINT32_MAX;
  for (uint32_t k = from; k > start; --k) {
    uint32_t p = k - 1;
    if (toks[p].kind == TokenKind::CloseQuote) break;
    const int ci = quote_cue(p);
    if (ci < 0) continue;
    const Cue& c = cues_[static_cast<size_t>(ci)];
    if (c.verb->frame == VerbFrame::NounPhrase && !named_in_free_relative(c, q)) continue;
    int s = subject_left(c.first, start);
    // (A hearer may stand between: "but told his supporters, “...”".)
    auto hearer_then_mark = [&] {
      if (c.verb->frame != VerbFrame::Tell || q.open_tok < c.last + 2 || q.open_tok - c.last > 5 ||
          (a_.tok(q.open_tok - 1) != "," && a_.tok(q.open_tok - 1) != ":"))
        return false;
      for (uint32_t k = c.last; k + 1 < q.open_tok; ++k)
        if (T(k).kind != TokenKind::Word || tag::is_verb(a_.tags[k].pos) || a_.is(k, "that")) return false;
      return true;
    };
    if (s < 0 && coordinated == UINT32_MAX && !c.verb->gerund && after_conjunction(c.first, start) &&
        q.open_tok >= c.last &&
        ((q.open_tok - c.last <= 1 && (q.open_tok == c.last || T(c.last).kind == TokenKind::Punct)) ||
         hearer_then_mark())) {
      coordinated = p;
      continue;
    }
    if (s < 0 && c.verb->frame == VerbFrame::According) s = subject_right(c.last, from);
    // `Said Comey, “...”`: a verb opening the sentence, its speaker after it.
    if (s < 0 && c.first == start && !c.verb->gerund && c.verb->frame == VerbFrame::Clause &&
        from > c.last + 1 && (a_.tok(from - 1) == "," || a_.tok(from - 1) == ":"))
      s = subject_right(c.last, from - 1);
    // "Reiterating ..., Hegseth stated: “...”": a gerund opening the
    // sentence takes the main clause's subject (not a name inside the
    // quotation after ", adding: “...”").
    if (s < 0 && c.verb->gerund && c.first <= start + 2) s = main_subject(sent, c.last);
    // "Serena denied ..., saying: “...”": the sentence's subject speaks
    // (the clause's, "He said Mr Blair had ..., adding: “...”", else the
    // first person named).
    // ("Obama punctuated his list by saying “Too many.”": so after "by".)
    // (And after "upon", "after" or "while": "incurred boos upon saying, “...”".)
    if (s < 0 && c.verb->gerund && p > start &&
        (a_.tok(p - 1) == "," || a_.is(p - 1, "by") || a_.is(p - 1, "upon") || a_.is(p - 1, "after") ||
         a_.is(p - 1, "while"))) {
      // "..., Nefzi said, adding, “...”": the attribution right before the
      // participle is its subject's (not the sentence's "Mateen").
      if (a_.tok(p - 1) == "," && p >= start + 3) {
        const int before = quote_cue(p - 2);
        if (before >= 0) {
          const Cue& said = cues_[static_cast<size_t>(before)];
          if (said.last == p - 1 && !said.verb->gerund) s = subject_left(said.first, start);
        }
      }
      if (s < 0) s = clause_subject(sent, p - 1, true);
      // (Not someone named in a phrase that opens the sentence: "In
      // response to Trump's proposal, the aide rallied supporters, saying".)
      uint32_t first = start;
      if (T(start).kind == TokenKind::Word && is_preposition(a_.lower(start)))
        for (uint32_t k = start + 1; k < p && k - start < 25; ++k)
          if (a_.tok(k) == ",") {
            first = k + 1;
            break;
          }
      for (uint32_t k = first; k < p && s < 0; ++k) {
        int m = a_.mention_at[k];
        if (m >= 0 && a_.mentions[static_cast<size_t>(m)].type == EntityType::Person &&
            a_.mentions[static_cast<size_t>(m)].entity >= 0)
          s = a_.mentions[static_cast<size_t>(m)].entity;
      }
    }
    if (s >= 0) {
      left = true;
      used_cue_[coordinated != UINT32_MAX ? coordinated : p] = s;
      return s;
    }
  }
  // "Eight years ago, he supported Obama over Clinton and said, “...”":
  // "and said" right before the quotation, and no reporting verb before it
  // with a subject: the subject of the clause it joins.
  if (coordinated != UINT32_MAX) {
    const int s = clause_subject(sent, coordinated);
    if (s >= 0 && is_speaker_type(s)) {
      left = true;
      used_cue_[coordinated] = s;
      return s;
    }
  }
  // `... Antony Blinken, Biden’s secretary of state: “Nothing ...”`
  // (Not the hearer: "delivered a blunt message to Trump: “...”" is the
  // subject's; "a statement from Lund:" is still Lund's.)
  if (from > start && a_.tok(from == q.open_tok ? from - 1 : from) == ":") {
    for (uint32_t k = from == q.open_tok ? from - 1 : from; k > start; --k) {
      int m = a_.mention_at[k - 1];
      const bool possessive = k < a_.ntok() && T(k).kind == TokenKind::Possessive;
      if (m < 0 || possessive) continue;
      const Mention& mn = a_.mentions[static_cast<size_t>(m)];
      if (mn.first > start && (a_.is(mn.first - 1, "to") || a_.is(mn.first - 1, "with") ||
                               a_.is(mn.first - 1, "at") || a_.is(mn.first - 1, "against") ||
                               a_.is(mn.first - 1, "toward") ||
                               a_.is(mn.first - 1, "towards"))) {
        k = mn.first + 1;  // skip the whole name
        continue;
      }
      if (mn.type == EntityType::Person && mn.entity >= 0) {
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
bool StatementFinder::closes_attribution(const Cue& c, uint32_t limit) const {
  uint32_t k = c.last;
  while (k < limit && a_.mention_at[k] >= 0) ++k;  // inverted speaker: "said Hegseth"
  if (k >= limit || k >= a_.ntok()) return true;
  const auto& t = T(k);
  if (t.kind != TokenKind::Word) return !(a_.is(k, "that"));
  if (t.upper) return true;
  if (period_phrase_at(k, limit)) return true;  // "told Fox News this week."
  // Content of its own starts with "that", a subject pronoun or a gerund.
  std::string_view w = a_.lower(k);
  if (w == "that" || w == "he" || w == "she" || w == "they" || w == "we" || w == "it" ||
      w == "i" || w == "there" || w == "this")
    return false;
  // (Not "during", "morning", "nothing": a word in -ing the tagger reads as
  // no gerund.) A gerund opens content only as the subject of a verb of
  // its own ("said leaving the EU would be a disaster"), not as a phrase
  // of the attribution ("he said introducing Clinton as ...").
  if (!(w.size() > 4 && w.substr(w.size() - 3) == "ing" && !is_preposition(w) &&
        a_.tags[k].pos == tag::Pos::VBG))
    return true;
  const uint32_t end = a_.sentence_of(k).last;
  for (uint32_t j = k + 1; j < end; ++j) {
    if (T(j).kind == TokenKind::OpenQuote || a_.tok(j) == ",") break;
    if (tag::is_finite(a_.tags[j].pos)) return false;
  }
  return true;
}

// "One in three women, the survey said, thought ...": the cue and its
// subject (up to four words) stand between commas, and words come before
// the first one after token `after`.
bool StatementFinder::set_off_later(const Cue& c, uint32_t after) const {
  if (c.last >= a_.ntok() || a_.tok(c.last) != ",") return false;
  for (uint32_t k = c.first; k > after && c.first - k <= 4; --k) {
    const uint32_t p = k - 1;
    if (a_.tok(p) == ",") return p > after;
    if (T(p).kind != TokenKind::Word && T(p).kind != TokenKind::Possessive) return false;
  }
  return false;
}

bool StatementFinder::reports_more(const Cue& c, uint32_t limit) const {
  // A clause of its own has a verb ("He said Clinton would not ..."); a
  // hearer, a place or a time has none ("He told reporters later.", "he
  // said in an interview"), nor does a clause after a comma ("He said,
  // adding that ...", which goes on from the attribution).
  // The attribution stops at the next quotation, but a scare quote inside
  // the clause does not end it: `The foreign secretary meanwhile said the
  // "justice" of the rebate remained.`
  // (A subject pronoun opens such a clause even when commas set off what
  // follows it: "said Wednesday she, too, wanted an inquiry".)
  const uint32_t end = a_.sentence_of(c.first).last;
  for (uint32_t k = c.last; k < end; ++k) {
    if (k >= limit && T(k).kind == TokenKind::OpenQuote && !inline_quote_mark(k)) return false;
    if (a_.tok(k) == "," || a_.tok(k) == ";") return false;
    if (a_.is(k, "she") || a_.is(k, "he") || a_.is(k, "they") || a_.is(k, "we")) return true;
    if (a_.is(k, "that") || tag::is_verb(a_.tags[k].pos) || a_.tags[k].pos == tag::Pos::MD)
      return true;
  }
  return false;
}

// "as Comey noted,", "As a Politico reporter put it,": the attribution
// opens with "as" at the start of the sentence or of a clause, and the
// reported words follow it.
bool StatementFinder::as_attribution(const Cue& c, const text::Sentence& s) const {
  for (uint32_t k = c.first; k > s.first && c.first - k < 8; --k) {
    const uint32_t p = k - 1;
    if (a_.is(p, "as")) {
      return p == s.first || a_.tok(p - 1) == "," || a_.tok(p - 1) == "(" || a_.is(p - 1, "and") ||
             a_.is(p - 1, "but") || T(p - 1).kind == TokenKind::OpenQuote;
    }
    if (T(p).kind != TokenKind::Word && T(p).kind != TokenKind::Possessive) return false;
    if (cue_at_[p] >= 0) return false;
  }
  return false;
}

// `Europe must provide the "overwhelming share" of aid`, `he said "budget
// reforms" and the collection of taxes would pay`: a quotation inside the
// clause a speech verb reports is a fragment of that one indirect
// statement (GOLD.md), not a quotation of its own. The verb stands left in
// the sentence, and reported words come between it and the quotation, or
// the clause goes on after the closing mark.
bool StatementFinder::fragment_of_report(const text::Quotation& q) const {
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
      // "said that she called Sanders to congratulate him on what she
      // called “an extraordinary campaign.”": naming something inside a
      // report is part of that report; the report's own verb decides.
      // ("what Gingrich called “...”" alone is Gingrich's quotation.)
      const Cue& named = cues_[static_cast<size_t>(cue_at_[p])];
      if (named_in_free_relative(named, q)) continue;
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

// "what Gingrich called “...”", "which she called “...”": the quotation
// right after "called" is what the free relative's subject called something
// (called_names_something).
bool StatementFinder::named_in_free_relative(const Cue& c, const text::Quotation& q) const {
  return (c.verb == &kCallVerb || c.verb == &kCallingVerb) && c.last == q.open_tok;
}

// The quoted words end with a full stop inside the marks: “... of staff.”
char StatementFinder::closing_mark(const text::Quotation& q) const {
  std::string_view in = q.inner.of(a_.text);
  while (!in.empty() && (in.back() == ' ' || in.back() == '\n')) in.remove_suffix(1);
  return in.empty() ? 0 : in.back();
}

bool StatementFinder::closes_with_period(const text::Quotation& q) const { return closing_mark(q) == '.'; }

bool StatementFinder::ends_sentence(const text::Quotation& q) const {
  if (q.unterminated) return true;
  uint32_t n = q.close_tok + 1;
  if (n >= a_.ntok() || T(n).para_start) return true;
  std::string_view w = a_.tok(n);
  return w == "." || w == "," || T(n).upper || a_.seg.sentence_of[n] != a_.seg.sentence_of[q.close_tok];
}

std::string StatementFinder::quote_text(const text::Quotation& q) const {
  std::string_view s = q.inner.of(a_.text);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ')) s.remove_prefix(1);
  return std::string(s);
}

// "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade", "Former
// AG Mukasey at RNC: ...", "Clinton camp: ...": a headline opening with its
// source, then the hearer, place or topic (capitalized words after "to",
// "at", "on", "in" or "with"), or the source's camp, and a colon. The
// source, with `e` set to the colon; -1 (and `e` untouched) otherwise.
int StatementFinder::headline_source(uint32_t b, core::Span para, uint32_t& e) const {
  uint32_t colon = b;
  while (colon < a_.ntok() && colon - b < 12 && T(colon).span.begin < para.end && a_.tok(colon) != ":" &&
         T(colon).kind != TokenKind::OpenQuote && T(colon).kind != TokenKind::CloseQuote && cue_at_[colon] < 0)
    ++colon;
  if (colon >= a_.ntok() || a_.tok(colon) != ":" || colon < b + 2 || colon + 1 >= a_.ntok() ||
      T(colon + 1).span.begin >= para.end)
    return -1;
  if (a_.wl(colon - 1).agent_noun) {
    const int ent = represented_by(colon - 1, b);
    if (ent < 0) return -1;
    e = colon;
    return ent;
  }
  const uint32_t k = past_title(b, colon);
  if (k >= colon || a_.mention_at[k] < 0) return -1;
  const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[k])];
  if (m.first != k || m.entity < 0 || m.source == MentionSource::Pronoun || !is_speaker_type(m.entity) ||
      m.last + 1 >= colon)
    return -1;
  const uint32_t n = m.last;
  if (!(a_.is(n, "to") || a_.is(n, "at") || a_.is(n, "on") || a_.is(n, "in") || a_.is(n, "with"))) return -1;
  for (uint32_t t = n + 1; t < colon; ++t)
    if (T(t).kind != TokenKind::Word || !(T(t).upper || a_.is(t, "of") || a_.is(t, "the") || a_.is(t, "and")))
      return -1;
  e = colon;
  return m.entity;
}

// Interview transcripts: "WALLACE: Governor, I don't want to interrupt ..."
// A paragraph opening with a speaker label and a colon is that speaker's.
void StatementFinder::transcript_lines() {
  for (size_t p = 0; p < a_.seg.paragraphs.size(); ++p) {
    a_.check_budget();
    const auto& para = a_.seg.paragraphs[p];
    uint32_t b = a_.first_token_at(para.begin);
    if (b >= a_.ntok()) continue;
    if (T(b).kind == TokenKind::OpenQuote) ++b;  // '"WALLACE: ...' in quoted transcripts
    uint32_t e = b;
    while (e < a_.ntok() && e - b < 4 && T(e).kind == TokenKind::Word && T(e).upper) ++e;
    int source = -1;
    if (p == 0 && a_.seg.paragraphs.size() > 1 && T(b).para_start && !(e < a_.ntok() && a_.tok(e) == ":"))
      source = headline_source(b, para, e);
    if (e == b || e + 1 >= a_.ntok() || a_.tok(e) != ":" ) continue;
    if (T(e + 1).span.begin >= para.end) continue;
    int speaker = source >= 0 ? source : a_.entity_ending_at(e);
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
    // "AP: Trump chair routed money to lobbyists", "Judicial Watch: State
    // Department hid email": a headline that opens with its source and a
    // colon reports what that person or body says, in the paper's words.
    const bool headline = p == 0 && a_.seg.paragraphs.size() > 1 && T(b).para_start;
    if (!label && !headline &&
        a_.facts.entities[static_cast<size_t>(speaker)].type != EntityType::Person)
      continue;
    core::Span content{T(e + 1).span.begin, para.end};
    if (content.size() < 12 || overlaps_direct(content)) continue;
    StatementFact st;
    st.speaker = speaker;
    st.kind = headline ? StatementKind::Indirect : StatementKind::Direct;
    st.text = std::string(content.of(a_.text));
    st.span = content;
    st.sentence = para;
    st.confidence = headline ? 0.6 : 0.8;
    a_.facts.statements.push_back(std::move(st));
    if (!headline) add_direct_span(content);
  }
}

// `“...,” said the Sale player.`: the quotation names its own speaker,
// even when no one could be made of it, so no earlier voice goes on.
bool StatementFinder::has_attribution_after(const text::Quotation& q) const {
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
int StatementFinder::caption_speaker(const text::Quotation& q) {
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

void StatementFinder::add_caption_quote(const text::Quotation& q, int speaker) {
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

void StatementFinder::direct_quotes() {
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
    // (So does one after `,” and, “`: "telling the crowd, “A,” and, “B”".)
    const bool adjacent = qi > 0 && prev_stmt >= 0 && q.paragraph == quotes[qi - 1].paragraph &&
                          ((!quotes[qi - 1].unterminated && (q.open_tok == quotes[qi - 1].close_tok + 1 ||
                                                             and_between(quotes[qi - 1], q))) ||
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
    // (Or right after a paragraph whose last sentence reports a person:
    // `Mr Blair said having Turkey in the EU was of "importance ...".` then
    // `“We are stating a fundamental principle ...”` is Blair's.)
    const bool after_quote_para = prev_speaker >= 0 && q.paragraph == prev_para + 1;
    if (speaker < 0 && T(q.open_tok).para_start && q.open_tok > 0 && !has_attribution_after(q) &&
        (after_quote_para || a_.sentence_of(q.open_tok - 1).paragraph + 1 == q.paragraph)) {
      // A paragraph that is only a quotation, right after one by a known
      // speaker: the news convention is that the same person goes on.
      speaker = after_quote_para ? prev_speaker : -1;
      conf = 0.6;
      // (Unless that paragraph went on to report someone else: `...
      // Fraser Kemp responded: “...” Mr Howard also paid tribute ...,
      // Mr Howard said.` then `“We watched the scenes ...”` is Howard's.)
      // ("... Brian Kerr wanted to try it out ..." is no quotation of Brian
      // Kerr's: a speaker the words name in full is talked about, and the
      // guess is dropped below.)
      // (Its last sentence only, after the quotation before.)
      const auto& last_sentence = a_.sentence_of(q.open_tok - 1);
      for (uint32_t k = qi > 0 ? std::max(quotes[qi - 1].close_tok + 1, last_sentence.first)
                               : last_sentence.first;
           k < q.open_tok && a_.seg.sentence_of[k] == a_.seg.sentence_of[q.open_tok - 1]; ++k) {
        // (A verb that attributed the quotation before is that speaker's.)
        const int ci = cue_at_[k];
        // (With no quotation paragraph before, a verb that attributed a
        // quoted phrase of its report is its subject's: `Mr Blair said having
        // Turkey in the EU was of "importance ..."`.)
        if (ci < 0 || a_.quote_at[k] >= 0 || (used_cue_.count(k) > 0 && after_quote_para)) continue;
        const Cue& c = cues_[static_cast<size_t>(ci)];
        if (c.verb->gerund || c.verb->frame == VerbFrame::NounPhrase) continue;
        const auto& sent = a_.sentence_of(k);
        int other = subject_left(c.first, sent.first);
        if (other < 0 && c.first > sent.first && a_.tok(c.first - 1) == ",") other = subject_right(c.last, sent.last);
        if (other >= 0 && a_.facts.entities[static_cast<size_t>(other)].type == EntityType::Person)
          speaker = other;
      }
      // (The paragraph's words, to its end: the quotation may go on in
      // marks of its own there.)
      const core::Span para_text = a_.seg.paragraphs[q.paragraph];
      for (uint32_t k = q.open_tok + 1; k < a_.ntok() && T(k).span.begin < para_text.end && speaker >= 0; ++k)
        if (const int m = a_.mention_at[k]; m >= 0) {
          const Mention& mm = a_.mentions[static_cast<size_t>(m)];
          if (mm.entity == speaker && mm.source == MentionSource::Name && mm.last - mm.first >= 2)
            speaker = -1;
        }
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

bool StatementFinder::and_between(const text::Quotation& a, const text::Quotation& b) const {
  if (a.close_tok < 1 || a_.tok(a.close_tok - 1) != "," || b.open_tok <= a.close_tok + 1 ||
      b.open_tok - a.close_tok > 4)
    return false;
  bool conjunction = false;
  for (uint32_t k = a.close_tok + 1; k < b.open_tok; ++k) {
    if (a_.is(k, "and")) conjunction = true;
    else if (a_.tok(k) != ",") return false;
  }
  return conjunction;
}

// Direct statements' spans, listed under every sentence they touch, so that
// overlaps_direct() looks at the few near a span instead of all of them
// (a scan of all was quadratic in an article of many quotations). Quotations
// do not overlap one another, nor transcript paragraphs, so each sentence
// lists only a few.
void StatementFinder::add_direct_span(core::Span d) {
  if (a_.ntok() == 0) return;
  if (direct_at_.empty()) direct_at_.resize(a_.seg.sentences.size());
  const auto [from, to] = sentences_around(d);
  for (uint32_t s = from; s <= to; ++s) direct_at_[s].push_back(d);
}

bool StatementFinder::overlaps_direct(core::Span sp) const {
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

}  // namespace speech_detail

}  // namespace newskg::extract
