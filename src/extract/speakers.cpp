// The speaker of a cue: the subject to its left or right, past titles,
// affiliations and places; descriptions ("the ministry", "the prime
// minister") resolved to the entity they stand for; unnamed sources.
#include "statement_finder.hpp"

namespace newskg::extract {
namespace speech_detail {

// The entity that is the subject of the cue at token `t`, looking left, or -1.
// A name inside a prepositional phrase is not the subject ("speech at
// NATO underscored"), except the source of a document ("report from the DDIS").
// Where a name's noun phrase starts: back over "the" and a hyphenated
// adjective ("from South African-based Vaal ... Alliance").
uint32_t StatementFinder::phrase_start(uint32_t first) const {
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

bool StatementFinder::in_prep_phrase(uint32_t first) const {
  uint32_t p = phrase_start(first);
  if (p == 0 || !is_preposition(a_.lower(p - 1))) return false;
  std::string_view prep = a_.lower(p - 1);
  // "after Nabisco announced", "before Mr. Obama said": "after" and
  // "before" open a clause whose subject the name is; so with an aside
  // between the two ("after the Huffington Post, which had said ..., said").
  if ((prep == "after" || prep == "before") && a_.mention_at[first] >= 0) {
    uint32_t e = a_.mentions[static_cast<size_t>(a_.mention_at[first])].last;
    if (e < a_.ntok() && a_.tok(e) == ",") {
      const uint32_t stop = a_.sentence_of(e).last;
      uint32_t k = e + 1;
      while (k < stop && k - e < 30 && a_.tok(k) != "," && a_.tok(k) != ";") ++k;
      if (k + 1 < stop && a_.tok(k) == ",") e = k + 1;
    }
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

int StatementFinder::person_before_affiliation(uint32_t first, uint32_t* at) const {
  uint32_t q = first;
  for (int hop = 0; hop < 3; ++hop) {
    q = phrase_start(q);
    if (q < 2) break;
    std::string_view prep = a_.lower(q - 1);
    if (prep != "of" && prep != "at" && prep != "from" && prep != "with" && prep != "in") break;
    const int before = a_.mention_at[q - 2];
    if (before < 0) break;
    const Mention& bm = a_.mentions[static_cast<size_t>(before)];
    if (bm.last != q - 1 || bm.entity < 0) break;
    if (bm.type == EntityType::Person) {
      if (at != nullptr) *at = bm.first;
      return bm.entity;
    }
    q = bm.first;  // a body or place in a phrase of its own: go on left
  }
  return -1;
}

bool StatementFinder::named_then_auxiliary(uint32_t a, uint32_t limit) const {
  if (a <= limit || !(a_.is(a, "have") || a_.is(a, "had") || a_.is(a, "would") || a_.is(a, "will")))
    return false;
  const int m = a_.mention_at[a - 1];
  return m >= 0 && a_.mentions[static_cast<size_t>(m)].source != MentionSource::Pronoun &&
         !(a + 2 < a_.ntok() && (a_.is(a + 2, "been") || a_.is(a + 2, "being")));
}

int StatementFinder::person_before_appositives(uint32_t comma, uint32_t limit) const {
  // "Alan Berger, a gynecologist from Englewood, New Jersey, who said",
  // "Nicky Driscoll, 24, from Manchester, who said": back over words,
  // numbers and commas (no verb, no quotation) to a person's name that a
  // comma follows.
  for (uint32_t k = comma; k > limit && comma - k < 20; --k) {
    const uint32_t p = k - 1;
    if (T(p).kind == TokenKind::OpenQuote || T(p).kind == TokenKind::CloseQuote ||
        cue_at_[p] >= 0 || tag::is_finite(a_.tags[p].pos) || a_.is(p, "who") || a_.is(p, "which"))
      return -1;
    if (T(p).kind == TokenKind::Punct && a_.tok(p) != "," && a_.tok(p) != ".") return -1;
    if (a_.tok(p) != "," || p == comma) continue;
    const int m = a_.mention_at[p - 1 > limit ? p - 1 : limit];
    if (p > limit + 1 && m >= 0) {
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      if (mm.last == p && mm.entity >= 0 && mm.type == EntityType::Person &&
          mm.source != MentionSource::Pronoun)
        return mm.entity;
    }
  }
  return -1;
}

int StatementFinder::subject_left(uint32_t t, uint32_t limit) const {
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
    // "Sens. Merkley (D-Ore.), Brown (D-Ohio) and Menendez (D-N.J.) all
    // suggested", "Trump and Sanders have both argued" (not "who have all
    // denied", "have all been mentioned").
    if ((a_.is(p, "all") || a_.is(p, "both")) && p > limit &&
        (a_.tok(p - 1) == ")" || a_.mention_at[p - 1] >= 0 || named_then_auxiliary(p - 1, limit))) {
      k = p;
      continue;
    }
    // "Trump this month announced", "the agency earlier this year said",
    // "Clinton last fall argued": past a time phrase of a period.
    if (p > limit + 1 && a_.mention_at[p] < 0 && period_phrase_at(p - 1, k)) {
      k = p - 1;
      continue;
    }
    // "Jeb Bush in a Medium post said", "Clinton in an interview said",
    // "Obama in his speech argued": past the medium of the statement, a
    // phrase of "in", a possessive or indefinite article and a common noun.
    if (tok.kind == TokenKind::Word && !tok.upper &&
        (a_.tags[p].pos == tag::Pos::NN || a_.tags[p].pos == tag::Pos::NNS)) {
      uint32_t d = p;
      while (d > limit + 1 && p - d < 4 && !a_.is(d - 1, "in") && T(d - 1).kind == TokenKind::Word)
        --d;
      // (And "the": "was quoted in the Herald newspaper saying".)
      if (d > limit + 2 && a_.is(d - 1, "in") && d < p &&
          (a_.is(d, "a") || a_.is(d, "an") || a_.is(d, "his") || a_.is(d, "her") ||
           a_.is(d, "their") || a_.is(d, "its") || a_.is(d, "the"))) {
        k = d - 1;
        continue;
      }
    }
    if (tok.kind == TokenKind::Word && (a_.tok(p) == "Wednesday" || is_weekday_or_time(a_.tok(p))) &&
        a_.mention_at[p] < 0) {
      k = p;
      continue;
    }
    // "Sean Spicer on Thursday evening said": a part of the day after a weekday.
    if (tok.kind == TokenKind::Word && p > limit + 1 &&
        (a_.is(p, "morning") || a_.is(p, "afternoon") || a_.is(p, "evening") || a_.is(p, "night")) &&
        is_weekday_or_time(a_.tok(p - 1)) && a_.mention_at[p - 1] < 0) {
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
    // "Powell’s office, when contacted by Reuters, said": past an aside of
    // a subordinator or a participle set off by commas.
    if (a_.tok(p) == "," && p > limit + 3) {
      uint32_t o = p;
      while (o > limit + 1 && p - o < 12 && a_.tok(o - 1) != "," && T(o - 1).kind == TokenKind::Word &&
             cue_at_[o - 1] < 0)
        --o;
      const std::string_view w = a_.lower(o);
      if (o + 1 < p && o > limit + 1 && a_.tok(o - 1) == "," &&
          (w == "when" || w == "while" || w == "after" || w == "if" ||
           (w.ends_with("ed") && a_.tags[o].pos == tag::Pos::VBN && a_.is(o + 1, "by")))) {
        k = o - 1;
        continue;
      }
    }
    if (p > limit + 1 && goes_on_to(p + 1)) {  // "continues to insist", "went on to say"
      k = p - 1 - (a_.is(p - 1, "on") ? 1 : 0);
      continue;
    }
    break;
  }
  if (k <= limit) return -1;
  uint32_t p = k - 1;
  // "Hulme, who calls the plan a “disaster,” said": the comma inside a
  // scare quote closes the aside as if it stood outside.
  if (T(p).kind == TokenKind::CloseQuote && p > limit + 1 && a_.tok(p - 1) == "," &&
      inline_quote_mark(p))
    --p;
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
        // past an appositive ("McConnell, now the majority leader, who");
        // not for "which": in "open source software like Linux, which
        // threaten ..." the antecedent is the phrase before the comma.
        if (ent < 0 && a_.is(r, "who")) ent = subject_left(r, limit);
        if (a_.is(r, "who") &&
            (ent < 0 || a_.facts.entities[static_cast<size_t>(ent)].type != EntityType::Person))
          ent = person_before_appositives(before, limit);
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
           T(open - 1).kind != TokenKind::OpenQuote) {
      // ("- who said he would “bomb the [expletive] out of” oil fields -
      // said": past a quoted phrase inside the aside, marks and all.)
      if (T(open - 1).kind == TokenKind::CloseQuote) {
        uint32_t o = open - 1;
        while (o > limit + 1 && close - o < 30 && T(o - 1).kind != TokenKind::OpenQuote &&
               T(o - 1).kind != TokenKind::CloseQuote)
          --o;
        if (o <= limit + 1 || T(o - 1).kind != TokenKind::OpenQuote || o - 1 == open - 1) break;
        open = o - 1;
        continue;
      }
      --open;
    }
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
  // "Giovanni Maria Vian, the editor in chief of the Vatican's newspaper,
  // L'Osservatore Romano, said": a name set off by commas after a person
  // who opens the clause belongs to the appositive; the person spoke.
  auto opening_person = [&](int found) {
    for (uint32_t c = limit + 1; c < p && c - limit < 8; ++c) {
      if (a_.tok(c) != ",") continue;
      const int m = a_.mention_at[c - 1];
      if (m < 0) break;
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      // (Not a title the article took for a name: "The Lord Chancellor,
      // Lord Falconer, agreed".)
      if (mm.entity >= 0 && mm.entity != found && mm.type == EntityType::Person &&
          mm.first <= limit + 1 && !(mm.first > 0 && is_determiner(a_.lower(mm.first - 1))) &&
          a_.mention_at[p - 1] >= 0 &&
          a_.mentions[static_cast<size_t>(a_.mention_at[p - 1])].first > c)
        return mm.entity;
      break;
    }
    return found;
  };
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
        return opening_person(a_.entity_ending_at(p));
      // "One pastor, Darran Whiting of Liberty Baptist Church, said": the
      // person before the body or place they are of, set off by commas.
      if (mm.last == p && mm.type != EntityType::Person && in_prep_phrase(mm.first)) {
        uint32_t at = 0;
        const int person = person_before_affiliation(mm.first, &at);
        if (person >= 0 && at > limit + 1 && a_.tok(at - 1) == ",") return person;
      }
      // "The company, Acme Corp, said", "Its parent, Volkswagen, said": a
      // body named after the description that opens the clause.
      if (mm.last == p && mm.entity >= 0 && mm.type == EntityType::Organization && f >= 2 &&
          f > limit + 2 && a_.tok(f - 1) == "," && T(f - 2).kind == TokenKind::Word &&
          !T(f - 2).upper && a_.wl(f - 2).body_noun) {
        uint32_t d = f - 2;
        while (d > limit + 1 && f - d < 5 && T(d - 1).kind == TokenKind::Word && !T(d - 1).upper)
          --d;
        if (d == limit + 1 || (d > 0 && opens_sentence(d - 1) && is_determiner(a_.lower(d - 1))) ||
            opens_sentence(d))
          return mm.entity;
      }
    }
  }
  // "Mr Wilson, who was involved with New Order, as well as the Happy
  // Mondays, said": the person opening the clause, with a relative clause
  // on them to the comma before the verb, spoke (whatever the clause names).
  if (a_.tok(p) == "," && p > limit + 3) {
    uint32_t c = limit + 1;
    while (c < p && a_.mention_at[c] < 0 && a_.wx(c).title != TitleRole::None) ++c;
    if (const int m = a_.mention_at[c]; m >= 0) {
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      if (mm.first == c && mm.entity >= 0 && mm.type == EntityType::Person && mm.last + 1 < p &&
          a_.tok(mm.last) == "," && a_.is(mm.last + 1, "who"))
        return mm.entity;
    }
    // "Mrs. Clinton's presidential campaign, which has been shadowed ...,
    // said": someone speaking for a named person or body, then a relative
    // clause on it.
    uint32_t comma = limit + 1;
    while (comma < p && comma - limit < 8 && a_.tok(comma) != "," && T(comma).kind != TokenKind::Punct) ++comma;
    if (comma < p && a_.tok(comma) == "," && comma > limit + 2 &&
        (a_.is(comma + 1, "which") || a_.is(comma + 1, "who")) && a_.wl(comma - 1).agent_noun &&
        !T(comma - 1).upper)
      if (const int ent = represented_by(comma - 1, limit); ent >= 0) return ent;
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
  // (`Paul Manafort, citing “the unique magic of Trump,” said`: the comma
  // inside the closing mark of a quoted phrase that ends the aside.)
  uint32_t from = p;
  if (T(p).kind == TokenKind::CloseQuote && p > limit + 2 && a_.tok(p - 1) == ",") {
    uint32_t o = p - 1;
    while (o > limit + 1 && p - o < 25 && T(o - 1).kind != TokenKind::OpenQuote &&
           T(o - 1).kind != TokenKind::CloseQuote)
      --o;
    if (o > limit + 1 && T(o - 1).kind == TokenKind::OpenQuote && T(o - 2).kind == TokenKind::Word &&
        !T(o - 2).upper)
      from = o - 1;
  }
  if (a_.tok(p) == "," || a_.tok(p) == ")" || from != p) {
    for (uint32_t q = from; q > limit && p - q < 30; --q) {
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
        // (An appositive opens with no verb of its tense: in "Many
        // countries, such as the Maldives, do not buy insurance, said an
        // expert" the stretch is the sentence's predicate.)
        const bool predicate = q < p && T(q).kind == TokenKind::Word && !T(q).upper &&
                               (a_.tags[q].pos == tag::Pos::VBZ || a_.tags[q].pos == tag::Pos::VBP ||
                                a_.tags[q].pos == tag::Pos::MD || a_.is(q, "do") || a_.is(q, "does") ||
                                a_.is(q, "did") || a_.is(q, "is") || a_.is(q, "are"));
        if (ent >= 0 && predicate && a_.tok(q - 1) == ",") break;
        if (ent >= 0 && end >= 1 && a_.mention_at[end - 1] >= 0) {
          const uint32_t first = a_.mentions[static_cast<size_t>(a_.mention_at[end - 1])].first;
          if (!in_prep_phrase(first)) {
            if (is_speaker_type(ent)) return ent;
          } else if (int person = person_before_affiliation(first); person >= 0) {
            // "Sen. Chris Murphy of Connecticut, who campaigned ..., said".
            return person;
          }
        }
      }
      // A single mark may be a plural possessive: "veterans' families";
      // a scare quote or a title stays inside the appositive.
      if ((T(q - 1).kind == TokenKind::CloseQuote || T(q - 1).kind == TokenKind::OpenQuote) &&
          !T(q - 1).single_mark && !inline_quote_mark(q - 1))
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
    // "The prime minister ratcheted up ... He insisted": a subject pronoun
    // opening its sentence goes on with a description that opened the one
    // before and names a person by their role.
    // ("A spokesman said ... He also said": so does an unnamed spokesman.)
    if (mm.last == p + 1 && mm.source == MentionSource::Pronoun) {
      if (const int described = described_subject_before(p, mm.entity); described >= 0) return described;
      if (const int source = spokesman_before(p); source >= 0) return source;
    }
    // "Luxembourg’s Defense Minister Yuriko Backes": the name, not the country.
    if (mm.last == p + 1 && mm.entity >= 0 && is_speaker_type(mm.entity) &&
        mm.source != MentionSource::Demonym && !in_prep_phrase(mm.first))
      return mm.entity;
    // "Mr. Morgan of the Sierra Club said", "Lauren Nel from Natural
    // Justice in Cape Town says": the person before the affiliations and
    // places (up to three phrases).
    // "Stacy Baker of Columbia, South Carolina says": a state or country
    // after a place and a comma belongs to that place's phrase.
    uint32_t first = mm.first;
    if (mm.last == p + 1 && (mm.type == EntityType::Place || mm.type == EntityType::Country) &&
        first >= 2 && a_.tok(first - 1) == "," && a_.mention_at[first - 2] >= 0) {
      const Mention& before = a_.mentions[static_cast<size_t>(a_.mention_at[first - 2])];
      if (before.last == first - 1 &&
          (before.type == EntityType::Place || before.type == EntityType::Country))
        first = before.first;
    }
    if (mm.last == p + 1 && first != mm.first && in_prep_phrase(first))
      if (int person = person_before_affiliation(first); person >= 0) return person;
    if (mm.last == p + 1 && in_prep_phrase(mm.first)) {
      if (int person = person_before_affiliation(mm.first); person >= 0) return person;
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
    if (ent < 0 && low == "who" && q < p) ent = person_before_appositives(q, limit);
    return ent >= 0 && is_speaker_type(ent) ? ent : -1;
  }
  // `"...," it said`: a company, ministry or country spoke. Not the "it" of
  // a passive ("It was agreed the issue can wait", "it is understood that"):
  // that names no speaker.
  if (low == "it") {
    for (uint32_t q = p + 1; q < t; ++q)
      if (is_be(a_.lower(q))) return -1;
    // "Mr Crosby's statement said: “...” It added: “...”": opening the next
    // sentence, "it" is the text someone's own that spoke in the last one.
    if (const uint32_t si = a_.seg.sentence_of[p]; si > 0 && p == a_.sentence_of(p).first) {
      const auto& prev = a_.seg.sentences[si - 1];
      for (uint32_t k = prev.first + 2; k + 1 < prev.last; ++k) {
        if (!a_.wl(k).document_noun || cue_at_[k + 1] < 0 || T(k - 1).kind != TokenKind::Possessive)
          continue;
        const int owner = a_.entity_ending_at(k - 1);
        if (owner >= 0 && is_speaker_type(owner)) return owner;
      }
    }
    return recent_body(p);
  }
  // "..., they say": a body or group named in the last few sentences.
  if (low == "they") return recent_group(p);
  // "the 30-year-old said": an age stands for the person just named.
  if (is_age(p) && p > limit && a_.is(p - 1, "the"))
    return last_named_person(p - 1);
  // "the 25-year-old Dubliner underlined": so does a capitalized word no
  // rule named after an age or an adjective.
  if (T(p).kind == TokenKind::Word && T(p).upper && a_.mention_at[p] < 0 && p > limit + 1 &&
      a_.after_the_description(p))
    return last_named_person(p);
  if (int ent = named_with_others(p, limit); ent >= 0) return ent;
  // "George Zornick of The Nation said": a person before a body no rule
  // has named (capitalized words, "The" maybe, after "of", "at" or "from").
  if (T(p).kind == TokenKind::Word && T(p).upper && a_.mention_at[p] < 0) {
    uint32_t f = p;
    while (f > limit + 2 && p - f < 5 && T(f - 1).kind == TokenKind::Word && T(f - 1).upper &&
           a_.mention_at[f - 1] < 0)
      --f;
    if (f > limit + 2 && (a_.is(f - 1, "of") || a_.is(f - 1, "at") || a_.is(f - 1, "from")))
      if (const int m = a_.mention_at[f - 2]; m >= 0) {
        const Mention& mm = a_.mentions[static_cast<size_t>(m)];
        if (mm.last == f - 1 && mm.entity >= 0 && mm.type == EntityType::Person &&
            mm.source != MentionSource::Pronoun)
          return mm.entity;
      }
  }
  // "Michael Lamberty, a Lufthansa spokesman told the BBC": a person named
  // before the description, which is their appositive, spoke (not the
  // body the description names).
  {
    uint32_t d = p;
    while (d > limit + 2 && p - d < 6 && T(d).kind == TokenKind::Word &&
           !is_determiner(a_.lower(d)))
      d = a_.mention_at[d - 1] >= 0 &&
                  a_.mentions[static_cast<size_t>(a_.mention_at[d - 1])].last == d
              ? a_.mentions[static_cast<size_t>(a_.mention_at[d - 1])].first
              : d - 1;
    if (d > limit + 2 && d < p && (a_.is(d, "a") || a_.is(d, "an")) && a_.tok(d - 1) == "," &&
        a_.wl(p).agent_noun) {
      const int ent = a_.entity_ending_at(d - 1);
      if (ent >= 0 && a_.facts.entities[static_cast<size_t>(ent)].type == EntityType::Person)
        return ent;
    }
  }
  // Descriptions standing for a named person or body: "the Pentagon chief",
  // "the report", "the minister".
  if (int ent = represented_by(p, limit); ent >= 0) return ent;
  if (int ent = bare_name_speaker(p); ent >= 0) return ent;
  if (tok_is_noun_head(p))
    if (int ent = resolve_description(p, limit); ent >= 0) return ent;
  // "the parliamentary commissioner for standards had said", "the
  // secretary of state said": the head before a phrase of "for" or "of".
  for (uint32_t q = p; q > limit + 2 && p - q < 2; --q) {
    if (!(a_.is(q - 1, "for") || a_.is(q - 1, "of"))) continue;
    if (tok_is_noun_head(q - 2) && a_.wl(q - 2).description_head)
      if (int ent = resolve_description(q - 2, limit); ent >= 0) return ent;
    break;
  }
  if (int ent = unnamed_source(p, limit); ent >= 0) return ent;
  return source_with_modifier(p, limit);
}

bool StatementFinder::inline_quote_mark(uint32_t t) const {
  if (t >= a_.ntok() || T(t).single_mark) return false;
  int qi = -1;
  if (T(t).kind == TokenKind::CloseQuote && t > 0)
    qi = a_.quote_at[t - 1];
  else if (T(t).kind == TokenKind::OpenQuote && t + 1 < a_.ntok())
    qi = a_.quote_at[t + 1];
  if (qi < 0) return false;
  const text::Quotation& q = a_.seg.quotes[static_cast<size_t>(qi)];
  if (q.unterminated || (q.open_tok != t && q.close_tok != t) || q.open_tok == 0 ||
      T(q.open_tok).para_start || a_.seg.sentence_of[q.open_tok] != a_.seg.sentence_of[q.close_tok])
    return false;
  const TokenKind before = T(q.open_tok - 1).kind;
  if (before != TokenKind::Word && before != TokenKind::Possessive) return false;
  uint32_t words = 0;
  for (uint32_t k = q.open_tok + 1; k < q.close_tok; ++k)
    words += T(k).kind == TokenKind::Word || T(k).kind == TokenKind::Number;
  return words <= 4;
}

// "The UN and other aid organisations have condemned", "Netanyahu and
// allies, who claim", "She and her defenders argue": a named party and an
// unnamed group with it, ending at the plural noun at p; the named party
// is the speaker GOLD.md counts.
int StatementFinder::named_with_others(uint32_t p, uint32_t limit) const {
  if (T(p).kind != TokenKind::Word || T(p).upper) return -1;
  if (a_.wl(p).source_noun != SourceNoun::People && !plural_body_noun(p)) return -1;
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
    // ("Sanders and his supporters argue": the party's own people.)
    const bool own = a_.is(w, "his") || a_.is(w, "her") || a_.is(w, "their") || a_.is(w, "its");
    if (T(w).kind != TokenKind::Word || T(w).upper || (a_.mention_at[w] >= 0 && !own)) return -1;
  }
  return -1;
}

// "Civil rights activists say", "a spokeswoman said", "the ad says": a
// speaker the article describes without naming (source_nouns.tsv). The
// noun phrase back to its determiner names it, without "the"/"a".
// `last` (when past the head) ends the printed description: "Experts on
// North Korea" for "Experts on North Korea said".
int StatementFinder::unnamed_source(uint32_t head, uint32_t limit, uint32_t last) const {
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
        (a_.mention_at[owner] >= 0 &&
         a_.mentions[static_cast<size_t>(a_.mention_at[owner])].type != EntityType::Place) ||
        (owner > limit && T(owner - 1).kind == TokenKind::Word && T(owner - 1).upper))
      return -1;
    b = owner;
  }
  if (b > limit && is_question_word(a_.lower(b - 1))) return -1;
  // "the ADB report said", "the Kok report": a document named after the
  // body or person who issued it is theirs (corpus/GOLD.md). Not a medium
  // named after where it appears or what it shows ("a Facebook post", "a
  // Trump video").
  if (a_.wl(head).source_noun == SourceNoun::Document && head > b) {
    static const WordList kMedia = {"post", "tweet",       "message", "video", "clip",
                                    "film", "documentary", "website", "book",  "article"};
    const int owner = a_.entity_ending_at(head);
    if (owner >= 0 && !kMedia.contains(a_.lower(head))) {
      const EntityType ty = a_.facts.entities[static_cast<size_t>(owner)].type;
      if (ty == EntityType::Organization || ty == EntityType::Person) return owner;
    }
  }
  // `“...,” Michael Lamberty, a Lufthansa spokesman told the BBC`: a
  // description after a name and a comma, its closing comma lost, is the
  // named person's, when the name opens the attribution (after the closing
  // mark or at the sentence start; "the deal was signed by John Smith, a
  // spokesman said" names two people).
  if (b > limit + 1 && a_.tok(b - 1) == "," && (a_.is(b, "a") || a_.is(b, "an"))) {
    const int m = a_.mention_at[b - 2];
    if (m >= 0) {
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      const uint32_t first = mm.first;
      if (mm.last == b - 1 && mm.entity >= 0 && mm.type == EntityType::Person &&
          (first == a_.sentence_of(first).first ||
           (first > 0 && T(first - 1).kind == TokenKind::CloseQuote)))
        return mm.entity;
    }
  }
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
int StatementFinder::source_with_modifier(uint32_t p, uint32_t limit) const {
  static const WordList preps = {"of", "on", "in", "at", "from", "with", "for"};
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
    if (q == p || !preps.contains(w)) continue;
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
int StatementFinder::named_after_body_noun(uint32_t b, uint32_t e) const {
  for (uint32_t head = b; head + 1 < e; ++head) {
    if (T(head).kind != TokenKind::Word || T(head).upper) continue;
    // (So are people in the plural before a name no one bears: "technology
    // analysts IDC", "retail analysts Verdict" name the firm.)
    const bool firm_people = a_.wl(head).source_noun == SourceNoun::People && a_.lower(head).ends_with("s") &&
                             !a_.wx(head + 1).given;
    if (!a_.wl(head).body_noun && !firm_people) continue;
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

// A word that ties a described source to someone: a country, body, party
// or person named there, a demonym, or a capital that does not just open
// the sentence ("Chinese military commentators", "Republican strategists").
bool StatementFinder::affiliates(uint32_t k) const {
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
int StatementFinder::described_source_after(uint32_t b, uint32_t limit) const {
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
// attributed to them; so is a text of theirs ("Ivana Trump's brief said",
// "the minister's letter said": the author's; not "a Trump report").
int StatementFinder::represented_by(uint32_t p, uint32_t limit) const {
  const bool document = a_.wl(p).document_noun;
  if (!a_.wl(p).agent_noun && !document) return -1;
  if (document && !(p > limit && possessive_at(p - 1))) return -1;
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
bool StatementFinder::of_name(uint32_t k, uint32_t limit) const {
  if (k + 1 >= limit || !a_.is(k, "of")) return false;
  uint32_t b = k + 1;
  if (a_.is(b, "the") && b + 1 < limit) ++b;
  return T(b).kind == TokenKind::Word && T(b).upper;
}

bool StatementFinder::plural_body_noun(uint32_t k) const {
  if (T(k).kind != TokenKind::Word || T(k).upper) return false;
  const std::string_view noun = a_.lower(k);
  return noun.size() > 3 && noun.back() == 's' &&
         a_.lex.lowered(noun.substr(0, noun.size() - 1)).body_noun;
}

int StatementFinder::person_by_surname(std::string_view word) const {
  if (!surname_index_built_) {
    surname_index_built_ = true;
    for (size_t e = 0; e < a_.facts.entities.size(); ++e) {
      const Entity& ent = a_.facts.entities[e];
      const size_t space = ent.name.rfind(' ');
      if (ent.type != EntityType::Person || space == std::string::npos) continue;
      auto [it, added] = surname_person_.emplace(ent.name.substr(space + 1), static_cast<int>(e));
      if (!added && it->second != static_cast<int>(e)) it->second = -1;
    }
  }
  const auto it = surname_person_.find(word);
  return it == surname_person_.end() ? -1 : it->second;
}

int StatementFinder::bare_name_speaker(uint32_t p) const {
  const auto& t = T(p);
  if (t.kind != TokenKind::Word || !t.upper || t.all_upper || a_.mention_at[p] >= 0) return -1;
  if (a_.wx(p).non_name || a_.wx(p).title != TitleRole::None || a_.wx(p).demonym >= 0 ||
      doctrine_word(a_.lower(p)))
    return -1;
  const bool sentence_start = opens_sentence(p);
  if (sentence_start && (a_.wl(p).common || a_.written_lower(p))) return -1;
  // Part of a run, unless the word before only opens the sentence ("But Republicans said").
  if (p > a_.sentence_of(p).first && T(p - 1).kind == TokenKind::Word && T(p - 1).upper &&
      !(opens_sentence(p - 1) && a_.wl(p - 1).common))
    return -1;
  if (a_.wl(p).verbs != nullptr || !a_.wl(p).pronoun.empty()) return -1;
  // "Environmentalists say": a plural noun, no one's name; at the start of
  // a sentence the tagger may read it as a name: "Ministers said",
  // "Organisers said" (the plural of a common word, or a noun for people
  // left unnamed, source_nouns.tsv).
  if (a_.tags[p].pos == tag::Pos::NNS || a_.tags[p].pos == tag::Pos::NNPS) return -1;
  if (a_.wl(p).source_noun != SourceNoun::None) return -1;
  // (Anywhere: "US Customs claimed"; a surname such as "Banks" is a
  // mention of its full name by now.)
  if (a_.plural_of_common(p)) return -1;
  // "The Hamas-led attack": a hyphenated adjective, no name.
  if (is_hyphen_adjective(a_.lower(p))) return -1;
  // "the 25-year-old Dubliner underlined": a description, no name.
  if (a_.after_the_description(p)) return -1;
  // A place after a preposition: "observers in Virginia say"; or the
  // paper a remark stood in: "was quoted in the Herald saying".
  if (p > 0 && T(p - 1).kind == TokenKind::Word &&
      (a_.is(p - 1, "in") || a_.is(p - 1, "at") || a_.is(p - 1, "from")))
    return -1;
  if (p >= 2 && a_.is(p - 1, "the") && a_.is(p - 2, "in")) return -1;
  // (No one's name stands after "the": "the Halifax said" is a body, as
  // British usage names some; not a common word, "the Bill proposes", nor
  // a modifier, "the Virginia state law", "the Gershon reforms".)
  const bool after_the = p > 0 && a_.is(p - 1, "the");
  if (after_the && (a_.wl(p).common || (p + 1 < a_.ntok() && T(p + 1).kind == TokenKind::Word &&
                                        !tag::is_verb(a_.tags[p + 1].pos))))
    return -1;
  // ("GlaxoSmithKline has said": a word with a capital inside names a body.)
  const bool body = after_the || camel_case_body(a_.tok(p));
  // The entity gets the mention; the sorted mention index is left as it is
  // (pronoun and description resolution read it while statements run).
  // ("Marcel Desailly ... Desailly says": the surname of one person the
  // article names in full is that person.)
  int ent = body ? -1 : person_by_surname(a_.tok(p));
  if (ent >= 0)
    a_.add_alias(ent, std::string(a_.tok(p)));
  else
    ent = a_.entity(body ? EntityType::Organization : EntityType::Person, std::string(a_.tok(p)));
  a_.facts.entities[static_cast<size_t>(ent)].mentions.push_back(T(p).span);
  return ent;
}

// The person named last before token t, outside quotations: what "the
// 23-year-old" or "said the striker" stands for. Not Analysis::recent_person,
// the pronoun resolver, which passes over possessives and names inside
// prepositional phrases and looks back only a few sentences. Always a
// guess: it marks the quotation being attributed as one (guessed_).
int StatementFinder::last_named_person(uint32_t t) const {
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
int StatementFinder::recent_body(uint32_t t, std::string_view noun) const {
  // (A demonym is no body that speaks: "The Ugandan Media Council said
  // ... It said" is the council's, "Russian oil company Yukos has dropped
  // ... banks it had accused" Yukos's; but before an organ of the state it
  // stands for the country, as elsewhere: "the Venezuelan government ...
  // It recently said".)
  auto demonym_only = [&](const Mention& m) {
    return m.source == MentionSource::Demonym && !(m.last < a_.ntok() && a_.wl(m.last).state_organ);
  };
  // The body for which `ok` holds in subject position in the sentence of
  // mention `at`, before it (at most 20 mentions back, however long the
  // sentence), or -1.
  auto subject_body = [&](auto at, auto ok) {
    const uint32_t sentence = a_.seg.sentence_of[at->first];
    int looked = 0;
    for (auto back = at; back != a_.mentions.begin() && looked < 20; ++looked) {
      --back;
      if (a_.seg.sentence_of[back->first] != sentence) break;
      // (Not an owner: "Japan's Nippon Steel slid after it agreed".)
      if (back->entity < 0 || a_.quote_at[back->first] >= 0 || !opens_clause(back->first) ||
          demonym_only(*back) || (back->last < a_.ntok() && T(back->last).kind == TokenKind::Possessive))
        continue;
      if (ok(a_.facts.entities[static_cast<size_t>(back->entity)])) return back->entity;
    }
    return -1;
  };
  // "The company didn't give details of its investment but it said ...":
  // an "it" later in a sentence that "the company" opens is that company.
  if (noun.empty() && t < a_.ntok()) {
    const auto& s = a_.sentence_of(t);
    if (s.first + 2 < t && a_.is(s.first, "the") && a_.wl(s.first + 1).body_noun)
      if (const int body = recent_body(s.first, a_.lower(s.first + 1)); body >= 0) return body;
  }
  auto it = a_.mentions_before(t);
  int any = -1;
  // "the government said", "the ministry": an organ of a state is a body
  // whose name has the noun ("the ministry" after "the Finance and Economy
  // Ministry", though a country was named since), else the country the
  // article names most among those named lately, the latest on a tie (a
  // demonym names it too); never any other body ("killed in Indonesia.
  // Shares on the Jakarta Stock Exchange gained. The government said ...").
  if (!noun.empty() && a_.lex.lowered(noun).state_organ) {
    auto b = it;
    int country = -1;
    for (int seen = 0; b != a_.mentions.begin() && seen < 60; ++seen) {
      --b;
      if (b->entity < 0 || a_.quote_at[b->first] >= 0) continue;
      const Entity& e = a_.facts.entities[static_cast<size_t>(b->entity)];
      if (e.type == EntityType::Organization && core::case_fold(e.name).find(noun) != std::string::npos)
        return b->entity;
      if (e.type == EntityType::Country &&
          (country < 0 ||
           e.mentions.size() > a_.facts.entities[static_cast<size_t>(country)].mentions.size()))
        country = b->entity;
    }
    return country;
  }
  for (int seen = 0; it != a_.mentions.begin() && seen < 60; ++seen) {
    --it;
    if (it->entity < 0 || a_.quote_at[it->first] >= 0 || demonym_only(*it)) continue;
    const Entity& e = a_.facts.entities[static_cast<size_t>(it->entity)];
    if (e.type != EntityType::Organization && e.type != EntityType::Country) continue;
    if (noun.empty()) {
      // "The Food Standards Agency warned people to stay away from products
      // that contained DNP. “...,” it said": the body in subject position
      // in that sentence, not a later one in its object.
      if (!opens_clause(it->first)) {
        const int subject = subject_body(it, [](const Entity& b) {
          return b.type == EntityType::Organization || b.type == EntityType::Country;
        });
        if (subject >= 0) return subject;
        // "..., it announced it would introduce a tariff for people in the
        // UK. It said ...": a body that spoke in the sentence before goes on
        // speaking, not one named in an object there.
        if (const int spoke = body_speaking_before(t); spoke >= 0) return spoke;
      }
      return it->entity;
    }
    if (core::case_fold(e.name).find(noun) != std::string::npos) return it->entity;
    if (any < 0 && e.type == EntityType::Organization && fits(e, noun)) {
      any = it->entity;
      // "IBM has supported Linux, though critics said this was done to
      // undermine Microsoft. The company said ...": as for "it", the body
      // in subject position in that sentence.
      if (!opens_clause(it->first)) {
        const int subject = subject_body(it, [&](const Entity& b) {
          return b.type == EntityType::Organization && fits(b, noun);
        });
        if (subject >= 0) any = subject;
      }
    }
  }
  return any;
}

// The organization or country whose statement is the last one in the
// sentence before token t's, or -1.
int StatementFinder::body_speaking_before(uint32_t t) const {
  const uint32_t now = a_.seg.sentence_of[t];
  if (now == 0) return -1;
  const core::Span before = a_.seg.sentences[now - 1].span;
  int looked = 0;  // (statements are few per sentence; a bounded look)
  for (auto st = a_.facts.statements.rbegin(); st != a_.facts.statements.rend() && looked < 20;
       ++st, ++looked) {
    if (st->sentence.begin != before.begin || st->speaker < 0) continue;
    const EntityType ty = a_.facts.entities[static_cast<size_t>(st->speaker)].type;
    return ty == EntityType::Organization || ty == EntityType::Country ? st->speaker : -1;
  }
  return -1;
}

// A mention in subject position: it opens its sentence or a clause (after
// a comma, "and", "but" or a subordinator), past a leading "the".
bool StatementFinder::opens_clause(uint32_t first) const {
  uint32_t p = first;
  while (p > 0 && (a_.wx(p - 1).title != TitleRole::None || a_.tok(p - 1) == ".") &&
         !opens_sentence(p))
    --p;  // "Mr. Grassley", "Sen. Leahy"
  // "Senate Democrats", "House Republicans": a capitalized word or two no
  // rule named before the body's name.
  for (int n = 0; n < 2 && p > 0 && !opens_sentence(p) && T(p - 1).kind == TokenKind::Word && T(p - 1).upper &&
                  a_.mention_at[p - 1] < 0;
       ++n)
    --p;
  if (p > 0 && a_.is(p - 1, "the")) --p;
  if (opens_sentence(p)) return true;
  if (p == 0) return false;
  std::string_view w = a_.lower(p - 1);
  return w == "," || w == "and" || w == "but" || is_subordinator(w);
}

// What "they" before token t stands for: the latest organization, pair of
// people ("Mr. Grassley and Mr. Leahy") or plural described source
// ("McConnell aides") named outside quotations in this sentence or the two
// before it, in subject position (opening a sentence or clause; an object
// is seldom who "they" are). Countries are left out
// ("they" after "China" is more often its people or leaders).
int StatementFinder::recent_group(uint32_t t) const {
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
  // "BBC Scotland has learned. The minister has urged councils to limit
  // increases but they have warned ...": bodies named by a plural noun as
  // a verb's object in this sentence, after the body found, are who "they"
  // are, and name no one. (Not people: "trying terrorists, they said",
  // "recognized by voters, they said" leave "they" to the bodies or pair
  // before; nor bodies in a clause of their own: "embraced his argument
  // that federal courts are the best venue ..., they said".)
  if (best >= 0) {
    for (uint32_t k = std::max(best_at, a_.seg.sentences[now].first); k < t; ++k) {
      if (a_.mention_at[k] >= 0 || a_.quote_at[k] >= 0 || !plural_body_noun(k)) continue;
      uint32_t v = k;  // past "the", "its", "their" to the verb
      if (v > 0 && (a_.is(v - 1, "the") || a_.is(v - 1, "its") || a_.is(v - 1, "their"))) --v;
      if (v > 0 && tag::is_verb(a_.tags[v - 1].pos)) {
        best = -1;
        break;
      }
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
void StatementFinder::note_source_mention(int ent, core::Span where) const {
  auto& source = a_.facts.entities[static_cast<size_t>(ent)];
  source.mentions.push_back(where);
  if (source.name.empty() || source.name.back() != 's') return;
  auto [it, added] = plural_source_at_.emplace(where.begin, ent);
  if (!added) it->second = std::min(it->second, ent);  // the first source named there
}

const text::Sentence* StatementFinder::sentence_before_pronoun(uint32_t p) const {
  const std::string_view pronoun = a_.lower(p);
  if (pronoun != "he" && pronoun != "she") return nullptr;
  const text::Sentence& s = a_.sentence_of(p);
  if (p != s.first && !(p == s.first + 1 && (a_.is(s.first, "but") || a_.is(s.first, "and")))) return nullptr;
  const uint32_t index = a_.seg.sentence_of[p];
  return index == 0 ? nullptr : &a_.seg.sentences[index - 1];
}

int StatementFinder::described_subject_before(uint32_t p, int resolved) const {
  const text::Sentence* previous = sentence_before_pronoun(p);
  if (previous == nullptr) return -1;
  const std::string_view pronoun = a_.lower(p);
  const text::Sentence& s = a_.sentence_of(p);
  const text::Sentence& before = *previous;
  if (before.paragraph != s.paragraph && !T(s.first).para_start) return -1;
  if (!a_.is(before.first, "the")) return -1;
  // "The prime minister ratcheted", "The Tory leader insisted": the head
  // within four words, a verb right after it.
  for (uint32_t head = before.first + 1; head < before.last && head - before.first <= 4; ++head) {
    if (T(head).kind != TokenKind::Word) return -1;
    if (a_.mention_at[head] >= 0 && a_.mentions[static_cast<size_t>(a_.mention_at[head])].type == EntityType::Person)
      return -1;
    if (!a_.wl(head).description_head && a_.wx(head).title != TitleRole::Head) continue;
    if (head + 1 >= before.last || !tag::is_verb(a_.tags[head + 1].pos)) return -1;
    const int ent = role_holders(before.first + 1, head).named;
    const char sex = pronoun == "he" ? 'm' : 'f';
    if (ent < 0 || ent == resolved || a_.other_sex(ent, sex)) return -1;
    return ent;
  }
  return -1;
}

int StatementFinder::spokesman_before(uint32_t p) const {
  const text::Sentence* previous = sentence_before_pronoun(p);
  if (previous == nullptr) return -1;
  const std::string_view pronoun = a_.lower(p);
  const text::Sentence& s = a_.sentence_of(p);
  const text::Sentence& before = *previous;
  if (before.paragraph != s.paragraph) return -1;
  // Only a report that goes on: "He also said", "She added".
  const bool goes_on = (p + 2 < s.last && (a_.is(p + 1, "also") || a_.is(p + 1, "further")) &&
                        cue_at_[p + 2] >= 0) ||
                       (p + 1 < s.last && a_.is(p + 1, "added"));
  if (!goes_on) return -1;
  // The noun, of the pronoun's sex, with a verb of speech right after it
  // (past a time phrase: "a spokesman on Sunday said").
  uint32_t noun = before.last;
  for (uint32_t k = before.first; k + 1 < before.last; ++k) {
    const std::string_view w = a_.lower(k);
    const bool fits = w == "spokesperson" || (pronoun == "he" ? w == "spokesman" : w == "spokeswoman");
    if (!fits) continue;
    for (uint32_t j = k + 1; j < before.last && j - k <= 3; ++j)
      if (cue_at_[j] >= 0) {
        noun = k;
        break;
      }
  }
  if (noun == before.last) return -1;
  // The speaker of that sentence's last report (this pass adds reports in
  // the text's order, after all the quotations: a quotation's speaker
  // there is not looked for).
  for (auto it = a_.facts.statements.rbegin(); it != a_.facts.statements.rend(); ++it) {
    if (it->span.begin >= s.span.begin) continue;
    if (it->span.begin < before.span.begin) break;
    return it->speaker;
  }
  return -1;
}

int StatementFinder::resolve_description(uint32_t head, uint32_t limit) const {
  // Find the determiner that opens the noun phrase; a place may modify the
  // head ("the Florida senator").
  auto named_other_than_place = [&](uint32_t k) {
    const int m = a_.mention_at[k];
    return m >= 0 && a_.mentions[static_cast<size_t>(m)].type != EntityType::Place;
  };
  // "the council's ruling said": a text of a body the article names by a
  // description is that body's.
  if (a_.wl(head).document_noun && head >= limit + 3 && possessive_at(head - 1) &&
      a_.wl(head - 2).body_noun && a_.is(head - 3, "the"))
    return recent_body(head - 3, a_.lower(head - 2));
  uint32_t d = head;
  while (d > limit && head - d < 5 && T(d - 1).kind == TokenKind::Word && !a_.is(d - 1, "the") &&
         !a_.is(d - 1, "a") && !named_other_than_place(d - 1))
    --d;
  if (d == limit || !(a_.is(d - 1, "the") || a_.is(d - 1, "The"))) return -1;
  std::string low(a_.lower(head));
  if (a_.wl(head).document_noun) return document_source(head, low);
  if (a_.wl(head).body_noun) return recent_body(d, low);
  if (!a_.wl(head).description_head && a_.wx(head).title != TitleRole::Head) return -1;
  // The most recent person whose role shares the head word, else the most
  // recent person with any role.
  const RoleHolders holders = role_holders(d, head);
  if (holders.named >= 0) return holders.named;
  const int any = holders.any;
  // `“...,” said the striker.`: a quotation is someone's words, and with no
  // role on record the description stands for the person last named. (For
  // reported speech the guess costs more than it finds: on PolNeAR train
  // it was right for 3 of 35 statements.)
  if (any < 0 && attributing_quote_)
    return last_named_person(d);
  return any;
}

StatementFinder::RoleHolders StatementFinder::role_holders(uint32_t d, uint32_t head) const {
  // ("the prime minister": the words before the head as well, so that a
  // deputy prime minister is another office; see role_index().)
  std::string phrase;
  for (uint32_t k = d; k <= head; ++k) {
    if (!phrase.empty()) phrase += ' ';
    phrase += a_.lower(k);
  }
  const RoleIndex& roles = role_index(std::string(a_.lower(head)), phrase);
  const uint32_t before = static_cast<uint32_t>(a_.mentions_before(d) - a_.mentions.begin());
  auto latest = [&](const std::vector<uint32_t>& list) {
    auto it = std::lower_bound(list.begin(), list.end(), before);
    return it == list.begin() ? -1 : a_.mentions[*std::prev(it)].entity;
  };
  return {latest(roles.named), latest(roles.any)};
}

// A word that makes a title another office than the one it modifies:
// "Deputy Prime Minister" is not "the prime minister".
static bool rank_modifier(std::string_view w) {
  return w == "deputy" || w == "vice" || w == "shadow" || w == "former" || w == "junior" ||
         w == "assistant" || w == "under";
}

const StatementFinder::RoleIndex& StatementFinder::role_index(const std::string& low,
                                                              const std::string& phrase) const {
  auto found = role_index_.find(phrase);
  if (found != role_index_.end()) return found->second;
  const bool office = is_office_word(low);
  // The words of the title before the head, past those the description
  // has too, stop at a rank modifier the description lacks.
  auto other_rank = [&](const std::string& title, size_t at) {
    std::string_view before = std::string_view(title).substr(0, at);
    while (!before.empty()) {
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      const size_t sp = before.rfind(' ');
      const std::string_view w = sp == std::string_view::npos ? before : before.substr(sp + 1);
      if (w.empty()) break;
      bool in_phrase = false;  // a word of the description too
      for (size_t from = 0; from <= phrase.size() && !in_phrase;) {
        size_t to = phrase.find(' ', from);
        if (to == std::string::npos) to = phrase.size();
        in_phrase = std::string_view(phrase).substr(from, to - from) == w;
        from = to + 1;
      }
      if (!in_phrase) return rank_modifier(w);
      before = sp == std::string_view::npos ? std::string_view() : before.substr(0, sp);
    }
    return false;
  };
  std::vector<char> kind(a_.facts.entities.size(), 0);  // 2 named, 1 any, 0 neither
  for (size_t i = 0; i < kind.size(); ++i) {
    for (const auto& r : a_.facts.entities[i].roles) {
      const std::string title = core::case_fold(r.title);
      if (const size_t at = title.find(low); at != std::string::npos) {
        if (other_rank(title, at)) continue;
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
  return role_index_.emplace(phrase, std::move(index)).first->second;
}

// The role title names an office other than `low`: "Sen." or "Governor"
// against "mayor"; "Sen." against "senator" is the same office.
bool StatementFinder::holds_other_office(const std::string& title, const std::string& low) const {
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
int StatementFinder::document_source(uint32_t head, const std::string& noun) const {
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

// Subject after the cue: `said Hegseth`, `said the minister`, `according to X`.
int StatementFinder::subject_right(uint32_t t, uint32_t limit) const {
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
        // "noted NBC's Dante Chinni", "said Trump's lawyer Michael Cohen":
        // past a possessive to the person named after it.
        if (f < limit && possessive_at(f)) ++f;
        f = past_role_words(f, std::min(limit, e + 4));
        // "said SEC deputy enforcement director Linda Thomsen", "said Acme
        // chief financial officer John Smith": lower-case modifiers among
        // the role words, the run ending in a role word before the name.
        if (f < limit && a_.mention_at[f] < 0) f = past_role_run(f, std::min(limit, f + 4));
        // "said EEF chief economist, Steve Radley": a comma after the role.
        if (f > e + (possessive_at(e) ? 1u : 0u) && f + 1 < limit && a_.tok(f) == "," &&
            !T(f - 1).upper)
          ++f;
        // ("according to Oxford University's Reuters Institute": right
        // after a possessive, a body of the body's speaks too.)
        const bool owned_body = f == e + 1 && possessive_at(e);
        if (f < limit && a_.mention_at[f] >= 0 &&
            (a_.mentions[static_cast<size_t>(a_.mention_at[f])].type == EntityType::Person ||
             (owned_body && a_.mentions[static_cast<size_t>(a_.mention_at[f])].type == EntityType::Organization)))
          e = a_.mentions[static_cast<size_t>(a_.mention_at[f])].last;
        else
          break;
      }
      // "according to the UK's leading movie critics": a group of the
      // country's or body's people who do not speak for it is unnamed.
      if (e == mm.last && possessive_at(e)) {
        for (uint32_t f = e + 1; f < limit && f - e < 6; ++f) {
          if (T(f).kind != TokenKind::Word || T(f).upper) break;
          if (a_.wl(f).source_noun == SourceNoun::People && !a_.wl(f).agent_noun &&
              !a_.wl(f).state_organ)
            return -1;
        }
      }
      // "said the Tottenham striker", "said the Arsenal boss": a body's
      // name before a description of one of its people names the person
      // (someone named before), not the body.
      if (e == mm.last && e < limit && describes_member_of(mm.entity, e) &&
          (e + 1 >= a_.ntok() || T(e + 1).kind == TokenKind::Punct ||
           is_preposition(a_.lower(e + 1))))
        return resolve_description(e, t);
      int ent = a_.entity_ending_at(e);
      return ent >= 0 ? ent : mm.entity;
    }
    if (T(k).kind == TokenKind::Punct && a_.tok(k) != "," && a_.tok(k) != "’" ) break;
    if (T(k).kind == TokenKind::OpenQuote) break;
    // `,” said Hassel.`: one capitalized word no rule named, right after
    // the verb and ending the clause, is the speaker's name; so is one
    // before "of" and a name: `,” said Heiserman of the CORE Teachers.`
    if (k == t && k + 1 < a_.ntok() && !opens_sentence(k) &&
        (T(k + 1).kind == TokenKind::Punct || of_name(k + 1, limit)))
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

// ", Mr. Obama said," inside a sentence with no quotation of its own.
// Where the subject before the cue starts: back over names, capitalized
// words and fillers ("Mr. Bush said", "Trump has also said").
uint32_t StatementFinder::subject_run_start(const Cue& c, const text::Sentence& s) const {
  uint32_t k = c.first;
  while (k > s.first && (a_.mention_at[k - 1] >= 0 || is_verb_filler(a_.lower(k - 1)) ||
                         (T(k - 1).kind == TokenKind::Word && T(k - 1).upper)))
    --k;
  return k;
}

bool StatementFinder::parenthetical(const Cue& c, const text::Sentence& s) const {
  const uint32_t k = subject_run_start(c, s);
  // The speaker stands between the comma and the verb (", Mr. Bush said,");
  // "X, who runs ..., said," has its subject before the comma instead.
  // (`personality,” Quill wrote,`: the comma may stand inside a closing mark.)
  const bool comma_before = k > s.first && (a_.tok(k - 1) == "," ||
                                            (T(k - 1).kind == TokenKind::CloseQuote && k > s.first + 1 &&
                                             a_.tok(k - 2) == ","));
  if (k == s.first || k == c.first || !comma_before) return false;
  // A quotation split by the attribution (`“The museum,” Mr. Bush said,
  // “celebrated ...”`) is the quotation pass's; one later in the sentence
  // ("... the words ''I can't breathe''") is part of the report.
  // (A quoted phrase before the aside, with none opening after it, is a
  // fragment of the reported sentence: `Despite his "admittedly brash
  // on-line personality," Quill wrote, Lazar is ...`.)
  bool before = false;
  for (uint32_t t = s.first; t < s.last && t <= c.last + 1; ++t) {
    // (A quotation that opened in a sentence before closes here: the
    // aside attributes it, `... overwhelming. I'm not used to this," she
    // said, after ...`.)
    // (Not after an ellipsis the segmenter split at: "a strong report…
    // Canada continues to hold in,” he said, and it should ...".)
    if (T(t).kind == TokenKind::CloseQuote && !T(t).single_mark && t > 0 && a_.quote_at[t - 1] >= 0 &&
        a_.seg.quotes[static_cast<size_t>(a_.quote_at[t - 1])].open_tok < s.first && s.first > 0 &&
        (a_.tok(s.first - 1) == "." || a_.tok(s.first - 1) == "!" || a_.tok(s.first - 1) == "?"))
      return false;
    if (T(t).kind == TokenKind::OpenQuote && !T(t).single_mark) {
      if (t > c.last || T(s.first).kind == TokenKind::OpenQuote) return false;
      before = true;
    }
  }
  if (before) {
    // The fragment sits inside the words before the aside, which open with
    // a word of their own, and the aside is followed by a word.
    uint32_t after = c.last;
    while (after < s.last && (a_.tok(after) == "," || a_.tok(after) == ";")) ++after;
    return after < s.last && T(after).kind == TokenKind::Word;
  }
  return true;
}

// The subject of the sentence's main clause, for a participle or a second
// verb that shares it: "Bill Clinton unloaded on Sanders in a speech
// Sunday, accusing ...", "Sullivan put off deciding but said ...". A
// fronted adverbial ("Early in his campaign, Trump attacked") and a
// sentence adverb ("But", "Still,") are skipped. A name (the whole run of
// names and titles), a resolved pronoun, or a description of someone
// named before; -1 when the clause opens otherwise.
int StatementFinder::clause_subject(const text::Sentence& s, uint32_t before, bool owner) const {
  uint32_t k = s.first;
  if (k < before && T(k).kind == TokenKind::Word &&
      (a_.is(k, "but") || a_.is(k, "and") || a_.is(k, "still") || a_.is(k, "yet") ||
       a_.is(k, "meanwhile") || a_.is(k, "however") || a_.is(k, "instead") ||
       ((a_.is(k, "there") || a_.is(k, "here") || a_.is(k, "then")) && k + 1 < before &&
        a_.tok(k + 1) == ",")))
    ++k;
  if (k < before && a_.tok(k) == ",") ++k;
  // "And even Obama tried to ..., noting": a focusing adverb before the
  // name that opens the clause.
  if (k + 1 < before && (a_.is(k, "even") || a_.is(k, "only") || a_.is(k, "now") || a_.is(k, "so") ||
                         a_.is(k, "thus") || a_.is(k, "indeed")) &&
      a_.mention_at[k + 1] >= 0)
    ++k;
  // (A name is none of these: "Carly Fiorina threw ...", "Kelly said".)
  if (k < before && T(k).kind == TokenKind::Word && a_.mention_at[k] < 0 &&
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
  // "The Trump campaign issued a statement saying", "Rubio's campaign sent
  // out a press release saying": someone speaking for a named person or
  // body, the head noun right before the clause's verb, is theirs.
  {
    uint32_t h = k;
    while (h < before && h - k < 6 && (T(h).kind == TokenKind::Word || T(h).kind == TokenKind::Possessive) &&
           !a_.wl(h).verbs && !tag::is_verb(a_.tags[h].pos) && !is_preposition(a_.lower(h)) &&
           !a_.is(h, "and") && !a_.is(h, "or"))
      ++h;
    if (h > k + 1 && h < before && T(h).kind == TokenKind::Word && a_.wl(h - 1).agent_noun &&
        !T(h - 1).upper)
      if (const int ent = represented_by(h - 1, k); ent >= 0) return ent;
  }
  // "The Republican National Committee is filing ..., claiming": the
  // article before a body's name.
  if (a_.is(k, "the") && k + 1 < before && a_.mention_at[k + 1] >= 0) {
    const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[k + 1])];
    if (m.first == k + 1 && m.type == EntityType::Organization) ++k;
  }
  // "The district GOP Chairman Chuck Williams declined ...": past "the" and
  // the words of an office to the person's name (and a body's possessive:
  // "The company's chief executive Steve Ballmer quit, saying ...").
  if (a_.is(k, "the") && a_.mention_at[k] < 0) {
    uint32_t h = k + 1;
    bool owned = false;
    while (h < before && h - k < 7 &&
           (T(h).kind == TokenKind::Word || (T(h).kind == TokenKind::Possessive && h == k + 2 && a_.wl(h - 1).body_noun)) &&
           !a_.wl(h).verbs && !tag::is_verb(a_.tags[h].pos) && !is_preposition(a_.lower(h))) {
      owned = owned || T(h).kind == TokenKind::Possessive;
      const int m = a_.mention_at[h];
      if (m >= 0 && a_.mentions[static_cast<size_t>(m)].type == EntityType::Person) break;
      h = m >= 0 ? std::max(h + 1, a_.mentions[static_cast<size_t>(m)].last) : h + 1;  // "the district GOP Chairman"
    }
    if (h > k + 1 && h < before && a_.mention_at[h] >= 0) {
      const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[h])];
      if (m.first == h && m.type == EntityType::Person && m.source != MentionSource::Pronoun &&
          (a_.wx(h - 1).title != TitleRole::None || (owned && a_.wl(h - 1).description_head)))
        k = h;
    }
  }
  // "Ohio Gov. John Kasich suspended ...": a place or country before a
  // title is the office's, not the subject.
  if (a_.mention_at[k] >= 0) {
    const Mention& pm = a_.mentions[static_cast<size_t>(a_.mention_at[k])];
    if (pm.first == k && (pm.type == EntityType::Place || pm.type == EntityType::Country)) {
      const uint32_t t = past_title(pm.last, before);
      if (t > pm.last && t < before && a_.mention_at[t] >= 0) {
        k = t;
      } else {
        // "UK advertising giant WPP has posted ...", "US behemoth General
        // Electric": past a description of nouns and adjectives too.
        uint32_t h = pm.last;
        while (h < before && h - pm.last < 3 && T(h).kind == TokenKind::Word && !T(h).upper &&
               a_.mention_at[h] < 0 &&
               (tag::is_noun(a_.tags[h].pos) || a_.tags[h].pos == tag::Pos::JJ))
          ++h;
        if (h > pm.last && h < before && a_.mention_at[h] >= 0) {
          const Mention& named = a_.mentions[static_cast<size_t>(a_.mention_at[h])];
          if (named.first == h && named.source != MentionSource::Pronoun && named.source != MentionSource::Demonym &&
              (named.type == EntityType::Organization || named.type == EntityType::Person))
            k = h;
        }
      }
    } else if (pm.first == k && pm.type == EntityType::Organization) {
      // "Tory leader Michael Howard reiterated ..., warning": a body before
      // the words of an office names the person's body, not the subject.
      uint32_t h = pm.last;
      while (h < before && h - pm.last < 3 && T(h).kind == TokenKind::Word && !T(h).upper &&
             a_.mention_at[h] < 0 && tag::is_noun(a_.tags[h].pos))
        ++h;
      if (h > pm.last && h < before && a_.mention_at[h] >= 0) {
        const Mention& named = a_.mentions[static_cast<size_t>(a_.mention_at[h])];
        if (named.first == h && named.source == MentionSource::Name && named.type == EntityType::Person)
          k = h;
      }
    }
  }
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
    if (owner && T(e).kind == TokenKind::Possessive && !contraction(e) && e + 1 < before &&
        a_.mention_at[e + 1] < 0 && T(e + 1).kind == TokenKind::Word && !T(e + 1).upper) {
      const int ent = a_.entity_ending_at(e);
      return ent >= 0 && is_speaker_type(ent) ? ent : -1;
    }
    // ("He's comparing ... and says": a contraction, no possessive.)
    if ((T(e).kind == TokenKind::Possessive && !contraction(e)) || a_.is(e, "and") || a_.is(e, "of")) return -1;
    // "The Everton striker signed ... and claims": a body's name before a
    // description of one of its people is not the subject.
    if (describes_member_of(mm.entity, e) && e + 1 < before && !T(e + 1).upper) {
      int ent = resolve_description(e, k);
      return ent >= 0 && is_speaker_type(ent) ? ent : -1;
    }
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
  // "One of the men, Jessie Elkins, 70, had served ... and said": a
  // description, then the person's name (and age) between commas, then
  // the clause's verb.
  {
    uint32_t c = k;
    while (c < before && c - k < 8 && T(c).kind == TokenKind::Word && a_.mention_at[c] < 0 &&
           !a_.wl(c).verbs && !tag::is_verb(a_.tags[c].pos))
      ++c;
    if (c > k && c + 2 < before && a_.tok(c) == "," && a_.mention_at[c + 1] >= 0) {
      const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[c + 1])];
      uint32_t e = m.last;
      if (e + 2 < before && a_.tok(e) == "," && T(e + 1).kind == TokenKind::Number && a_.tok(e + 2) == ",") e += 2;
      if (m.first == c + 1 && m.type == EntityType::Person && m.source == MentionSource::Name && e + 1 < before &&
          a_.tok(e) == "," && tag::is_finite(a_.tags[e + 1].pos))
        return m.entity;
    }
  }
  return -1;
}

}  // namespace speech_detail

}  // namespace newskg::extract
