// Meetings and positions.
//
//   Hegseth met his Ukrainian counterpart, Rustem Umerov   -> met(Hegseth, Umerov)
//   X meeting with Y / X’s phone call with Y / talks with Y -> met(X, Y)
//   "U.S. Secretary ... Pete Hegseth with NATO ... Mark Rutte" (a caption) -> met
//   He praised Sweden’s package ...                       -> position(support)
#include <algorithm>
#include <set>

#include "analysis.hpp"
#include "newskg/core/unicode.hpp"

namespace newskg::extract {
namespace {

using text::TokenKind;

bool participant_type(EntityType t) { return t == EntityType::Person || t == EntityType::Country; }

class RelationFinder {
 public:
  explicit RelationFinder(Analysis& a) : a_(a) {}

  void run() {
    meetings();
    positions();
  }

 private:
  const text::Token& T(uint32_t i) const { return a_.seg.tokens[i]; }

  // The named participant ending nearest before `t` in the sentence (names
  // before pronouns before demonyms).
  int before(uint32_t t, uint32_t limit) const {
    for (uint32_t k = t; k > limit; --k) {
      int m = a_.mention_at[k - 1];
      if (m < 0) continue;
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      if (mm.entity < 0 || mm.type != EntityType::Person) continue;
      if (a_.quote_at[k - 1] >= 0) continue;
      return mm.entity;
    }
    return -1;
  }
  int after(uint32_t t, uint32_t limit) const {
    int fallback = -1;
    for (uint32_t k = t; k < limit && k - t < 14; ++k) {
      int m = a_.mention_at[k];
      if (m < 0) continue;
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      if (mm.entity < 0 || !participant_type(mm.type)) continue;
      // "the U.S. Treasury Secretary Scott Bessent": the person, not the country.
      if (mm.type == EntityType::Person) return mm.entity;
      if (fallback < 0 && mm.source != MentionSource::Demonym) fallback = mm.entity;
    }
    return fallback;
  }

  // "A and B <verb>": the person named before "and" when `x` follows it.
  int coordinated_before(uint32_t t, uint32_t limit, int x) const {
    for (uint32_t k = t; k > limit + 1; --k) {
      if (!a_.is(k - 1, "and")) continue;
      int y = a_.entity_ending_at(k - 1);
      if (y >= 0 && y != x && a_.facts.entities[static_cast<size_t>(y)].type == EntityType::Person)
        return y;
      return -1;
    }
    return -1;
  }

  // One meeting per pair of participants, the first found; `at` is the word
  // that tells of it, the focus of its evidence.
  void add_meeting(int x, int y, core::Span evidence, core::Span at, double conf) {
    if (x < 0 || y < 0 || x == y) return;
    if (!met_.insert({std::min(x, y), std::max(x, y)}).second) return;
    a_.facts.meetings.push_back({{x, y}, a_.evidence(evidence, at), conf});
  }

  void meetings() {
    for (uint32_t t = 0; t < a_.ntok(); ++t) {
      a_.check_budget();
      if (T(t).kind != TokenKind::Word || a_.quote_at[t] >= 0) continue;
      std::string_view low = a_.lower(t);
      const auto& s = a_.sentence_of(t);
      if (low == "met") {
        uint32_t k = t + 1;
        if (k < s.last && a_.is(k, "with")) ++k;
        int x = before(t, s.first), y = after(k, s.last);
        // "Tony Blair and Gordon Brown met": the two subjects met each other.
        if (y < 0 && x >= 0) y = coordinated_before(t, s.first, x);
        add_meeting(x, y, s.span, T(t).span, 0.85);
      } else if ((low == "meeting" || low == "talks" || low == "call" || low == "meetings") &&
                 t + 1 < s.last && a_.is(t + 1, "with")) {
        add_meeting(before(t, s.first), after(t + 2, s.last), s.span, T(t).span, 0.75);
      }
    }
    // Captions: a paragraph that is just "PERSON with PERSON".
    for (size_t p = 0; p < a_.seg.paragraphs.size(); ++p) {
      a_.check_budget();
      const auto& para = a_.seg.paragraphs[p];
      uint32_t b = a_.first_token_at(para.begin);
      uint32_t e = b;
      while (e < a_.ntok() && T(e).span.begin < para.end) ++e;
      uint32_t with = UINT32_MAX;
      bool only_names = e > b;
      for (uint32_t k = b; k < e && only_names; ++k) {
        if (a_.is(k, "with") && with == UINT32_MAX) with = k;
        else if (a_.mention_at[k] < 0 && !(k + 1 == e && a_.tok(k) == ".") &&
                 a_.wx(k).title == TitleRole::None)
          only_names = false;
      }
      if (!only_names || with == UINT32_MAX || with == b) continue;
      int x = a_.entity_ending_at(with);
      int y = a_.entity_ending_at(e - (a_.tok(e - 1) == "." ? 1 : 0));
      if (x >= 0 && y >= 0 && a_.facts.entities[static_cast<size_t>(x)].type == EntityType::Person &&
          a_.facts.entities[static_cast<size_t>(y)].type == EntityType::Person)
        add_meeting(x, y, para, T(with).span, 0.7);
    }
  }

  void positions() {
    // A statement whose words carry a stance (stance_words.tsv) gives the
    // speaker's position on what it is about.
    for (const auto& st : a_.facts.statements) {
      a_.check_budget();
      int support = 0, oppose = 0, negation = 0;
      std::string_view s = st.text;
      const uint32_t first = a_.first_token_at(st.span.begin);
      for (uint32_t t = first; t < a_.ntok() && T(t).span.begin < st.span.end; ++t) {
        std::string_view cls = a_.wl(t).stance;
        if (cls == "support") ++support;
        else if (cls == "oppose") ++oppose;
        else if (cls == "negation") ++negation;
      }
      Stance stance;
      if (oppose > 0 || (negation > 0 && support == 0)) stance = Stance::Oppose;
      else if (support > 0) stance = Stance::Support;
      else continue;
      if (negation > 0 && oppose == 0 && support > 0) stance = Stance::Oppose;
      PositionFact p;
      p.holder = st.speaker;
      p.stance = stance;
      // The topic: the statement's first words, enough to read in a table.
      std::string topic;
      size_t count = 0, k = 0;
      while (k < s.size() && count < 14) {
        size_t sp = s.find(' ', k);
        if (sp == std::string_view::npos) sp = s.size();
        if (!topic.empty()) topic += ' ';
        topic.append(s.substr(k, sp - k));
        k = sp + 1;
        ++count;
      }
      if (k < s.size()) topic += " …";
      p.topic = topic;
      p.topic_entities = st.about;
      p.evidence = st.sentence;
      p.confidence = std::min(st.confidence, 0.6);
      a_.facts.positions.push_back(std::move(p));
    }
  }

  Analysis& a_;
  std::set<std::pair<int, int>> met_;  // (smaller, larger) participant of each meeting
};

}  // namespace

void find_relations(Analysis& a) { RelationFinder(a).run(); }

}  // namespace newskg::extract
