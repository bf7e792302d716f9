// Meetings: who met whom, in person or by phone, as the article reports it
// (../shared/corpus/GOLD.md). The cue words are data (meeting_words.tsv):
//
//   Hegseth met his Ukrainian counterpart, Rustem Umerov   -> met(Hegseth, Umerov)
//   A held talks with B / A's phone call with B / A hosted B -> met(A, B)
//   A sat down with B / A was pictured with B               -> met(A, B)
//   A and B spent the season together                        -> met(A, B)
//   "PERSON with PERSON" (a caption)                         -> met
//
// Not meetings: idioms ("met with scathing reviews": the object is no named
// party; "the cross was met by": a passive), plans ("will meet", "trying to
// arrange a meeting with"), and two parties who each met a third (each pair
// is read off one cue, never chained across cues).
#include <algorithm>
#include <set>

#include "analysis.hpp"

namespace newskg::extract {
namespace {

using text::TokenKind;

bool participant_type(EntityType t) { return t == EntityType::Person || t == EntityType::Country; }

class MeetingFinder {
 public:
  explicit MeetingFinder(Analysis& a) : a_(a) {}

  void run() {
    cues();
    captions();
  }

 private:
  const text::Token& T(uint32_t i) const { return a_.seg.tokens[i]; }
  EntityType type_of(int e) const { return a_.facts.entities[static_cast<size_t>(e)].type; }

  // The named person ending nearest before `t` in the sentence.
  int before(uint32_t t, uint32_t limit) const {
    for (uint32_t k = t; k > limit; --k) {
      int m = a_.mention_at[k - 1];
      if (m < 0) continue;
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      if (mm.entity < 0 || a_.quote_at[k - 1] >= 0) continue;
      // "Barclays had held merger talks with X": an organization is the
      // subject nearer the cue than any person before it; not one that says
      // where someone is from ("reader Ann Lee, from Oak Estate in Elm,
      // speaking to ...").
      if (mm.type == EntityType::Organization) {
        const bool origin = mm.first > limit && (a_.is(mm.first - 1, "from") ||
                                                 a_.is(mm.first - 1, "in") ||
                                                 a_.is(mm.first - 1, "of"));
        if (!origin) return -1;
        k = mm.first + 1;
        continue;
      }
      if (mm.type != EntityType::Person) continue;
      if (in_relative_clause(mm.first, limit)) return -1;
      return mm.entity;
    }
    return -1;
  }

  // "Two local councillors who back Mr Flight met Mr Tanguay": the name
  // stands in a relative clause on a common noun, which is the subject.
  bool in_relative_clause(uint32_t first, uint32_t limit) const {
    for (uint32_t k = first, n = 0; k > limit + 1 && n < 5; --k, ++n) {
      const std::string_view w = a_.lower(k - 1);
      if (T(k - 1).kind != TokenKind::Word) return false;
      if (w == "who" || w == "which")
        return a_.mention_at[k - 2] < 0 && T(k - 2).kind == TokenKind::Word && !T(k - 2).upper;
    }
    return false;
  }

  // The party that opens at `t` or within `reach` words of it, past only
  // lower-case words and titles ("his Ukrainian counterpart, Rustem Umerov",
  // "romance novelist Jo Doe"): a person first, else a country named in full.
  // With `described`, plain lower-case words may stand between ("met his
  // Ukrainian counterpart, Rustem Umerov"), else only titles and
  // determiners ("talks with UK Secretary of State for Defence John Healey";
  // "speaking to MPs amid rumours of a rift with X" is no meeting with X).
  // A name that owns what follows is no party ("met Gary Neville's cross",
  // "received Danny Murphy's free-kick", "received the X award").
  int after(uint32_t t, uint32_t limit, uint32_t reach, bool described = false) const {
    int fallback = -1;
    for (uint32_t k = t; k < limit && k - t < reach; ++k) {
      int m = a_.mention_at[k];
      if (m < 0) {
        if (a_.is(k, ".") || a_.is(k, ";")) break;
        std::string_view w = a_.lower(k);
        // "Secretary of State for Defence": a connector inside a title.
        bool in_title = k > t && a_.wx(k - 1).title != TitleRole::None && T(k - 1).upper;
        if (!in_title && (w == "from" || w == "of" || w == "about" || w == "by" || w == "amid" ||
                          w == "over" || w == "that" || w == "which" || w == "for" || w == "in" ||
                          w == "at" || w == "on" || w == "after"))
          break;
        // "speaking to MPs amid ...": a capitalised word that is no name or title.
        if (!described && T(k).kind == TokenKind::Word && T(k).upper &&
            a_.wx(k).title == TitleRole::None)
          break;
        continue;
      }
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      // "met her old rival, X": a possessive pronoun before the description.
      if (mm.source == MentionSource::Pronoun && described) {
        k = mm.last - 1;
        continue;
      }
      // "UK Secretary of State ... John Healey", "LSE's chief executive X",
      // "LSE chief executive X", "Home Office Minister Lord X": a country or
      // body owning or modifying a title is no party; the person follows.
      if (mm.type != EntityType::Person && mm.last < limit) {
        uint32_t n = mm.last;
        // A word that only joins a title's parts ("of", "on") is no title
        // here: "talks with France on Friday".
        const TitleRole role = T(n).kind == TokenKind::Word ? a_.wx(n).title : TitleRole::None;
        bool modifier = T(n).kind == TokenKind::Possessive ||
                        (role != TitleRole::None && role != TitleRole::Connector) ||
                        (T(n).kind == TokenKind::Word && !T(n).upper && !a_.is(n, "and") &&
                         !follows_party(a_.lower(n)) && !tag::is_finite(a_.tags[n].pos));
        if (modifier) {
          k = n - 1;
          continue;
        }
      }
      if (mm.entity < 0 || !participant_type(mm.type)) return fallback;
      // A finite verb after the name ends it: "talks with X were friendly".
      if (mm.last < limit &&
          (T(mm.last).kind == TokenKind::Possessive || a_.is(mm.last, "'") || a_.is(mm.last, "’") ||
           (T(mm.last).kind == TokenKind::Word && !a_.is(mm.last, "and") &&
            !follows_party(a_.lower(mm.last)) && !tag::is_finite(a_.tags[mm.last].pos))))
        return fallback;
      // "the U.S. Treasury Secretary Scott Bessent": the person, not the country.
      if (mm.type == EntityType::Person) return mm.entity;
      if (fallback < 0 && mm.source != MentionSource::Demonym) fallback = mm.entity;
      k = mm.last - 1;
    }
    return fallback;
  }

  // "A and B <verb>": the person named before "and" when `x` follows it.
  int coordinated_before(uint32_t t, uint32_t limit, int x) const {
    for (uint32_t k = t; k > limit + 1; --k) {
      if (!a_.is(k - 1, "and")) continue;
      int y = a_.entity_ending_at(k - 1);
      if (y >= 0 && y != x && type_of(y) == EntityType::Person) return y;
      return -1;
    }
    return -1;
  }

  // A plan, wish or denial just before the cue ("will meet", "hopes to hold
  // talks", "trying to arrange a meeting with", "has not met"), read back to
  // the nearest name, punctuation or "and" (so "flew to Kyiv and met" stands).
  bool planned(uint32_t t, uint32_t limit) const {
    for (uint32_t k = t, n = 0; k > limit && n < 4; --k, ++n) {
      // A pronoun does not end the look-back: "Before her meeting with X".
      int m = a_.mention_at[k - 1];
      bool pronoun = m >= 0 && a_.mentions[static_cast<size_t>(m)].source == MentionSource::Pronoun;
      if ((m >= 0 && !pronoun) || T(k - 1).kind != TokenKind::Word || a_.is(k - 1, "and"))
        return false;
      if (a_.wl(k - 1).meeting == "plan") return true;
    }
    return false;
  }

  // "was met by", "were met with": a passive is an idiom or a sports action.
  bool passive(uint32_t t, uint32_t limit) const {
    if (t == limit) return false;
    std::string_view w = a_.lower(t - 1);
    return w == "was" || w == "were" || w == "been" || w == "be" || w == "being" || w == "is";
  }

  // Words that may follow the other party of a meeting: "met X in London",
  // "talks with X on Monday", "hosted X for dinner".
  static bool follows_party(std::string_view w) {
    return w == "in" || w == "at" || w == "on" || w == "for" || w == "to" || w == "during" ||
           w == "last" || w == "this" || w == "yesterday" || w == "today" || w == "after" ||
           w == "before" || w == "with" || w == "who" || w == "earlier" || w == "when" ||
           w == "while" || w == "as" || w == "over" || w == "about" || w == "recently" ||
           w == "twice" || w == "again" || w == "privately" || w == "briefly" || w == "later" ||
           w == "amid" || w == "but" || w == "ahead" || w == "despite" || w == "following" ||
           w == "where" || w == "the" || w == "from" || w == "of" || w == "over" || w == "behind" ||
           w == "via";
  }

  // Token k in "by phone", "by telephone", "on the phone".
  bool by_phone(uint32_t k) const {
    auto phone = [&](uint32_t j) { return a_.is(j, "phone") || a_.is(j, "telephone"); };
    return ((a_.is(k, "by") || a_.is(k, "on")) && (phone(k + 1) || (a_.is(k + 1, "the") && phone(k + 2)))) ||
           (a_.is(k, "the") && phone(k + 1)) || phone(k);
  }

  // The meeting noun at t is what its subject held or had: "held talks",
  // "had a long meeting", "held lengthy private talks".
  bool held(uint32_t t, uint32_t limit) const {
    for (uint32_t k = t, n = 0; k > limit && n < 4; --k, ++n) {
      const std::string_view w = a_.lower(k - 1);
      if (w == "held" || w == "had" || w == "have" || w == "has") return true;
      const tag::Pos p = a_.tags[k - 1].pos;
      if (!(w == "a" || w == "an" || p == tag::Pos::JJ || tag::is_noun(p)) ||
          a_.mention_at[k - 1] >= 0)
        return false;
    }
    return false;
  }

  static bool determiner(std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" ||
           w == "its" || w == "our" || w == "my" || w == "both" || w == "two" || w == "former";
  }

  void add(int x, int y, core::Span evidence, core::Span at, double conf) {
    if (x < 0 || y < 0 || x == y) return;
    if (!met_.insert({std::min(x, y), std::max(x, y)}).second) return;
    a_.facts.meetings.push_back({{x, y}, a_.evidence(evidence, at), conf});
  }

  void cues() {
    // This looks at every token: the token and quotation tables and their
    // length are held in locals (none changes in this pass), which the
    // compiler could not keep across the stores of the loop.
    const text::Token* const toks = a_.seg.tokens.data();
    const int* const quote_at = a_.quote_at.data();
    const uint32_t ntok = static_cast<uint32_t>(a_.ntok());
    for (uint32_t t = 0; t < ntok; ++t) {
      a_.check_budget();
      if (toks[t].kind != TokenKind::Word || quote_at[t] >= 0) continue;
      std::string_view kind = a_.wl(t).meeting;
      if (kind.empty() || kind == "plan") continue;
      const auto& s = a_.sentence_of(t);
      if (planned(t, s.first)) continue;
      if (kind == "verb") {
        if (passive(t, s.first)) continue;
        uint32_t k = t + 1;
        if (k < s.last && a_.is(k, "with")) {
          ++k;
          // "met with scathing reviews", "met with criticism": an idiom when
          // a plain word, not a name, title or determiner, follows.
          if (k < s.last && a_.mention_at[k] < 0 && !T(k).upper && !determiner(a_.lower(k)))
            continue;
        }
        // "met" reaches past a description to the name ("met his Ukrainian
        // counterpart, Rustem Umerov"); "hosted", "received" only take the
        // name itself ("received a letter from X" is no meeting).
        bool is_met = a_.is(t, "met") || a_.is(t, "meets");
        int x = before(t, s.first), y = after(k, s.last, is_met ? 14 : 3, is_met);
        if (!is_met && (y < 0 || type_of(y) != EntityType::Person)) continue;
        // "Tony Blair and Gordon Brown met": the two subjects met each other.
        // Not when they met someone else: "A and B met supporters' representatives"
        // (each met a third).
        bool no_object = k == t + 1 && (k >= s.last || T(k).kind == TokenKind::Punct ||
                                        follows_party(a_.lower(k)) || a_.lower(k).ends_with("ly"));
        if (is_met && y < 0 && x >= 0 && no_object) y = coordinated_before(t, s.first, x);
        add(x, y, s.span, T(t).span, 0.85);
        // "met Italian Prime Minister Silvio Berlusconi and German Chancellor
        // Gerhard Schroeder": each party of a pair of objects was met.
        if (is_met && x >= 0 && y >= 0) {
          uint32_t at = k;
          while (at < s.last && at - k < 14 &&
                 !(a_.mention_at[at] >= 0 &&
                   a_.mentions[static_cast<size_t>(a_.mention_at[at])].entity == y))
            ++at;
          if (at < s.last && at - k < 14) {
            const uint32_t end = a_.mentions[static_cast<size_t>(a_.mention_at[at])].last;
            if (end + 1 < s.last && a_.is(end, "and")) {
              const int z = after(end + 1, s.last, 8, true);
              if (z >= 0 && z != y && type_of(z) == EntityType::Person)
                add(x, z, s.span, T(t).span, 0.85);
            }
          }
        }
      } else if (kind == "with" || kind == "noun") {
        // "sat down with", "spent time with", "pictured with", "speaking to".
        // ... "by phone", "on the telephone" ("spoke by phone with B").
        uint32_t k = t + 1;
        while (k < s.last && k < t + 4 &&
               (a_.is(k, "down") || a_.is(k, "time") || a_.is(k, "up") || a_.is(k, "out") ||
                by_phone(k)))
          ++k;
        if (k >= s.last) continue;
        bool to = kind == "with" && a_.is(k, "to");
        // "a meeting between A and B", "talks between A and B ended": the
        // two met, unless the sentence goes on to a plan ("is due to take
        // place", "will be held").
        if (kind == "noun" && a_.is(k, "between")) {
          between(k + 1, s, t);
          continue;
        }
        if (!a_.is(k, "with") && !to) {
          // "A and B held talks", "A and B had a long meeting": the two
          // subjects met each other.
          if (kind == "noun" && held(t, s.first)) {
            const int x = before(t, s.first);
            if (x >= 0) add(x, coordinated_before(t, s.first, x), s.span, T(t).span, 0.75);
          }
          continue;
        }
        int y = after(k + 1, s.last, 10);
        if (y < 0) continue;
        // "speaking to" is a meeting with a person only, not "speaking to Reuters".
        if (to && type_of(y) != EntityType::Person) continue;
        add(before(t, s.first), y, s.span, T(t).span, kind == "noun" ? 0.75 : 0.7);
      } else if (kind == "together") {
        together(t, s.first, s.span);
      }
    }
  }

  // The parties of "between A and B" from token b of sentence s (cue at t).
  void between(uint32_t b, const text::Sentence& s, uint32_t t) {
    const int x = after(b, s.last, 8, true);
    if (x < 0) return;
    uint32_t k = b;
    while (k < s.last && k - b < 12 && !a_.is(k, "and")) ++k;
    if (k >= s.last || !a_.is(k, "and")) return;
    const int y = after(k + 1, s.last, 8, true);
    if (y < 0 || y == x) return;
    for (uint32_t j = k + 1; j < s.last; ++j)
      if (a_.wl(j).meeting == "plan" || a_.is(j, "due")) return;
    add(x, y, s.span, T(t).span, 0.75);
  }

  // "A and B spent the season together", "Swift and Kelce attended the
  // festival together": the two persons opening the sentence or clause met.
  void together(uint32_t t, uint32_t limit, core::Span sentence) {
    for (uint32_t k = t; k > limit && t - k < 20; --k) {
      if (!a_.is(k - 1, "and")) continue;
      int x = a_.entity_ending_at(k - 1);
      int m = a_.mention_at[k];
      if (x < 0 || m < 0) return;
      int y = a_.mentions[static_cast<size_t>(m)].entity;
      // The first name must open the clause: "X and Y" as the subject.
      uint32_t xb = a_.mentions[static_cast<size_t>(a_.mention_at[k - 2])].first;
      bool opens = xb == limit || a_.is(xb - 1, ",") || a_.is(xb - 1, "when") ||
                   a_.is(xb - 1, "as") || a_.is(xb - 1, "after");
      // Something the two did together: a verb between them and "together"
      // ("Postman Pat and Fireman Sam together in an epic adventure" is a
      // film's cast, no meeting).
      bool acted = false;
      for (uint32_t v = a_.mentions[static_cast<size_t>(m)].last; v < t && !acted; ++v) {
        const tag::Pos pos = a_.tags[v].pos;
        acted = pos == tag::Pos::VB || pos == tag::Pos::VBD || pos == tag::Pos::VBZ ||
                pos == tag::Pos::VBP || pos == tag::Pos::VBG || pos == tag::Pos::VBN;
      }
      if (y >= 0 && opens && acted && type_of(x) == EntityType::Person &&
          type_of(y) == EntityType::Person)
        add(x, y, sentence, T(t).span, 0.7);
      return;
    }
  }

  // Captions: a paragraph that is just "PERSON with PERSON".
  void captions() {
    for (size_t p = 0; p < a_.seg.paragraphs.size(); ++p) {
      a_.check_budget();
      const auto& para = a_.seg.paragraphs[p];
      uint32_t b = a_.first_token_at(para.begin);
      // The paragraph's tokens end at the first one starting at or after its
      // end (tokens are in text order: a binary search, not a walk over
      // every token of the article).
      const auto& toks = a_.seg.tokens;
      const uint32_t e = static_cast<uint32_t>(
          std::partition_point(toks.begin() + b, toks.end(),
                               [&](const text::Token& tk) { return tk.span.begin < para.end; }) -
          toks.begin());
      uint32_t with = UINT32_MAX;
      bool only_names = e > b;
      for (uint32_t k = b; k < e && only_names; ++k) {
        if (a_.is(k, "with") && with == UINT32_MAX)
          with = k;
        else if (a_.mention_at[k] < 0 && !(k + 1 == e && a_.tok(k) == ".") &&
                 a_.wx(k).title == TitleRole::None)
          only_names = false;
      }
      if (!only_names || with == UINT32_MAX || with == b) continue;
      int x = a_.entity_ending_at(with);
      int y = a_.entity_ending_at(e - (a_.tok(e - 1) == "." ? 1 : 0));
      if (x >= 0 && y >= 0 && type_of(x) == EntityType::Person && type_of(y) == EntityType::Person)
        add(x, y, para, T(with).span, 0.7);
    }
  }

  Analysis& a_;
  std::set<std::pair<int, int>> met_;  // (smaller, larger) participant of each meeting
};

}  // namespace

void find_meetings(Analysis& a) { MeetingFinder(a).run(); }

}  // namespace newskg::extract
