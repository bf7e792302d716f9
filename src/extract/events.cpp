// Named events: a capitalized name ending in an event head word ("London
// Fashion Week", "Super Bowl LVIII"), a year and an event word ("the 2024
// election"), with the modifiers that belong to the name.
#include "mention_finder.hpp"

namespace newskg::extract {
namespace mention_detail {

// Events anchored to a named entity:
//   OWNER’s (first|recent|...) EVENT (to|in|with|at|of|between the? NAMED)?
//   NAMED (word word)? EVENT            "Ukraine Defense Contact Group meeting"
//   (ordinal)? EVENT of the? NAMED      "26th session of the Ukraine Defense Contact Group"
//   war in COUNTRY
// Phrases with the same anchor and event class are one event.
void MentionFinder::find_events() {
  std::map<std::pair<int, std::string>, int> by_anchor;
  const size_t n = a_.mentions.size();
  std::vector<int> first_mention_at(a_.ntok(), -1);
  for (size_t i = 0; i < n; ++i)
    if (first_mention_at[a_.mentions[i].first] < 0)
      first_mention_at[a_.mentions[i].first] = static_cast<int>(i);
  // Indexes into a_.mentions, never pointers or references: each event
  // found below is added to a_.mentions, which may then reallocate, while
  // these tables serve the event phrases still to come. Only the first `n`
  // mentions (those before this pass) are looked up.
  auto mention_starting = [&](uint32_t t) -> int {
    return t < a_.ntok() ? first_mention_at[t] : -1;
  };
  auto at = [&](int i) -> const Mention& { return a_.mentions[static_cast<size_t>(i)]; };
  std::vector<int> ending(a_.ntok() + 1, -1);
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = a_.mentions[i];
    if (m.entity < 0) continue;
    if (ending[m.last] < 0 || at(ending[m.last]).first > m.first)
      ending[m.last] = static_cast<int>(i);
  }
  // This looks at every token: the token table and its length are held in
  // locals (tokens never change after segmentation), which the compiler
  // could not keep across the stores of the loop.
  const text::Token* const toks = a_.seg.tokens.data();
  const uint32_t ntok = static_cast<uint32_t>(a_.ntok());
  for (uint32_t t = 0; t < ntok; ++t) {
    a_.check_budget();
    if (toks[t].kind != TokenKind::Word || toks[t].upper) continue;
    std::string_view cls = a_.wl(t).event_class;
    // Most words are no event word: their lower-case view is not made, but
    // its unit of work is counted as before (nothing checks it in between).
    if (cls.empty()) {
      a_.spend();
      continue;
    }
    std::string_view low = a_.lower(t);
    if (cls == "other" || low == "talks" || low == "negotiations") continue;
    // "call for", "calls on": a demand, no event ("hearings on X" is one).
    if ((low == "call" || low == "calls") && t + 1 < a_.ntok() &&
        (a_.is(t + 1, "for") || a_.is(t + 1, "on")))
      continue;
    const auto& sent = a_.sentence_of(t);
    // "genocide case", "war crimes trial": the last event word is the head.
    if (t + 1 < a_.ntok() && T(t + 1).kind == TokenKind::Word && !T(t + 1).upper &&
        !a_.wl(t + 1).event_class.empty() && a_.wl(t + 1).event_class != "other")
      continue;
    uint32_t b = t, e = t + 1;
    int anchor = -1;
    if (a_.quote_at[t] >= 0) continue;  // words inside a quotation are the speaker's
    // "X meeting with Y" is a meeting between people, not an event.
    if ((low == "meeting" || low == "meetings") && t > 0 && a_.mention_at[t - 1] >= 0 &&
        a_.mentions[static_cast<size_t>(a_.mention_at[t - 1])].type == EntityType::Person)
      continue;
    if (low == "meeting" && t > 0 &&
        (a_.is(t - 1, "after") || a_.is(t - 1, "before") || a_.is(t - 1, "of")))
      continue;
    // OWNER’s (first|26th|...) EVENT
    // Its modifiers: "first", "surprise TV", "green hydrogen", "general",
    // "impeachment" (adjectives and nouns by the tagger, up to three).
    uint32_t k = t;
    while (k > sent.first && t - k < 3 && T(k - 1).kind == TokenKind::Word &&
           a_.mention_at[k - 1] < 0 && a_.quote_at[k - 1] < 0 &&
           (is_event_modifier(a_.lower(k - 1)) ||
            (!T(k - 1).upper && event_premodifier(a_.tags[k - 1].pos) &&
             !is_determiner_word(a_.lower(k - 1))) ||
            (T(k - 1).all_upper && a_.tok(k - 1).size() <= 3 &&  // "surprise TV address"
             !is_determiner_word(a_.lower(k - 1)) && !opens_sentence_at(k - 1)) ||
            is_hyphen_modifier(a_.lower(k - 1))))  // "Hamas-led attack"
      --k;
    // "the Age of Possibility summit": a name no rule read before the
    // event word names the event; so does a capitalized modifier ("G8
    // summit", "TV address").
    bool named_run = false;
    for (uint32_t q = k; q < t && !named_run; ++q)
      named_run = T(q).upper && !opens_sentence_at(q);
    if (k == t && k > sent.first + 1 && capitalized(k - 1) && a_.mention_at[k - 1] < 0 &&
        !opens_sentence_at(k - 1)) {
      uint32_t r = k - 1;
      while (r > sent.first && t - r < 6 &&
             ((capitalized(r - 1) && a_.mention_at[r - 1] < 0 && !opens_sentence_at(r - 1)) ||
              (a_.is(r - 1, "of") && r - 1 > sent.first && capitalized(r - 2))))
        --r;
      if (!a_.is(r, "of") && !is_determiner_word(a_.lower(r))) {
        k = r;
        named_run = true;
      }
    }
    if (k > sent.first && T(k - 1).kind == TokenKind::Number) --k;  // "26th session"
    if (k >= 2 && T(k - 1).kind == TokenKind::Possessive && ending[k - 1] >= 0) {
      anchor = at(ending[k - 1]).entity;
      b = at(ending[k - 1]).first;
    } else if (ending[k] >= 0 && at(ending[k]).source != MentionSource::Demonym) {
      // NAMED EVENT: "Ukraine Defense Contact Group meeting"
      anchor = at(ending[k]).entity;
      b = at(ending[k]).first;
    } else {
      b = k;
    }
    // "the north London derby": a compass point before the place.
    if (b > sent.first && b < t && T(b).upper && is_compass_point(a_.lower(b - 1)) &&
        !T(b - 1).upper)
      --b;
    // EVENT prep the? NAMED
    uint32_t p = t + 1;
    if (p < sent.last && T(p).kind == TokenKind::Word && !T(p).upper) {
      std::string_view prep = a_.lower(p);
      // "hearings on", "assault on", "case against", "inquiry into" take
      // their object; a match or a concert "on X" is where it was shown.
      const bool object_prep =
          (prep == "on" || prep == "against" || prep == "into") &&
          (cls == "legal" || cls == "war" || cls == "election" || cls == "meeting");
      if (prep == "to" || prep == "in" || prep == "with" || prep == "at" || prep == "of" ||
          prep == "between" || object_prep) {
        uint32_t q = p + 1;
        if (q < sent.last && a_.is(q, "the")) ++q;
        const int mi = mention_starting(q);
        if (mi < 0 && q < sent.last && capitalized(q) && anchor >= 0 && !a_.wx(q).non_name) {
          // "Russia’s invasion of Crimea": a place the lexicons don't know.
          uint32_t end = q;
          while (end < sent.last && capitalized(end)) ++end;
          e = end;
        }
        if (mi >= 0 && at(mi).entity >= 0 && at(mi).source != MentionSource::Demonym) {
          const Mention m = at(mi);  // a copy: nothing below may point into a_.mentions
          uint32_t end = m.last;
          // "the NATO headquarters": one trailing lower-case noun belongs to the phrase.
          if (end < sent.last && T(end).kind == TokenKind::Word && !T(end).upper &&
              a_.lower(end) == "headquarters")
            ++end;
          // A visit is identified by where it went: "Hegseth’s trip to the NATO
          // headquarters" is the "first visit to the NATO headquarters".
          if (anchor < 0 || cls == "visit") anchor = m.entity;
          e = end;
          // "phone call with Russian President Vladimir Putin": take the whole run.
          while (e < sent.last && a_.mention_at[e] >= 0) ++e;
          while (e < sent.last && capitalized(e)) ++e;
          // "inquest into Eloise Parry's death": the object a possessive owns.
          if (e + 1 < sent.last && T(e).kind == TokenKind::Possessive &&
              T(e + 1).kind == TokenKind::Word && !T(e + 1).upper &&
              (a_.tags[e + 1].pos == tag::Pos::NN || a_.tags[e + 1].pos == tag::Pos::NNS))
            e += 2;
        }
      }
    }
    if (named_run && anchor < 0)
      anchor =
          -1000 - static_cast<int>(std::hash<std::string_view>{}(a_.words(k, t + 1)) % 100000);
    // "Mexico's case" is an argument; only "a case against X" is a lawsuit.
    if (low == "case" && e == t + 1) continue;
    // "the 2024 general election": a dated event needs no named anchor.
    const std::string_view year = a_.tok(b);
    if (anchor < 0 && T(b).kind == TokenKind::Number && year.size() == 4 &&
        std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        b + 1 < t + 1)
      anchor = -3 - static_cast<int>(std::hash<std::string_view>{}(a_.lower(t)) % 1000);
    if (anchor == -1) continue;  // no anchor (-2 and below: one of the kinds above)
    std::string phrase(a_.words(b, e));
    // One event per anchor and kind: every meeting-like phrase about one body
    // is one meeting; wars, visits, speeches are told apart by their word.
    // One war per article is the rule ("the war", "Ukraine war", "its war
    // with Russia"), whatever it is anchored to.
    if (cls == "war" && low == "war") anchor = -2;
    auto key = std::make_pair(anchor, std::string(cls == "meeting" ? cls : low));
    auto it = by_anchor.find(key);
    int ent;
    if (it == by_anchor.end()) {
      ent = a_.entity(EntityType::Event, phrase);
      by_anchor.emplace(key, ent);
    } else {
      ent = it->second;
      note_alias(ent, phrase);
    }
    // Its head with its modifiers is a name for it too: "green hydrogen
    // summit" for "green hydrogen summit in Cape Town", "morning press
    // conference" for "Sheinbaum's morning press conference".
    if (k < t && (e > t + 1 || b < k)) note_alias(ent, std::string(a_.words(k, t + 1)));
    a_.add_mention({b, e, EntityType::Event, MentionSource::Name, ent});
  }
}

bool MentionFinder::is_roman_numeral(std::string_view w) {
  if (w.empty() || w.size() > 7) return false;
  for (char c : w)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
  return true;
}

bool MentionFinder::is_event_modifier(std::string_view w) {
  static const WordList words = {
      "first",    "second",   "third",       "last",      "recent",        "latest",   "full",
      "upcoming", "annual",   "ministerial", "emergency", "extraordinary", "official", "state",
      "brief",    "surprise", "planned",     "historic",  "previous",      "final",    "bilateral",
      "weekly",   "phone",    "telephone",   "video",     "virtual"};
  return words.contains(w);
}

}  // namespace mention_detail

}  // namespace newskg::extract
