// Statements: direct quotations and reported speech, each with its speaker.
//
//   “A,” he said. “B.”                  -> one direct statement "A, B." (he -> last person)
//   Hegseth stated, “2% is not enough”  -> direct, attribution before the quote
//   Pistorius said Ukraine’s ... start. -> indirect: the reported clause
//   He praised Sweden’s package ...     -> indirect: np-frame verbs keep the verb
//   ..., according to the ministry.     -> indirect: the rest of the sentence
//
// The pass in order (run) and joint speakers; its parts are in quotations.cpp,
// reported_speech.cpp and speakers.cpp (see statement_finder.hpp).
#include "statement_finder.hpp"

namespace newskg::extract {
namespace speech_detail {

void StatementFinder::run() {
  find_cues();
  transcript_lines();
  direct_quotes();
  indirect_speech();
  owned_reports();
  std::sort(a_.facts.statements.begin(), a_.facts.statements.end(),
            [](const StatementFact& x, const StatementFact& y) { return x.span < y.span; });
  follow_up_quotes();
  joint_speakers();
  counted_speakers();
}

// A joint speech act is each named party's (corpus/GOLD.md): "Lund and
// Berg said ...", "Norway, Sweden and Finland have warned ...", "the
// Namibian and South African governments say ...". The statement found
// for the party next to the cue is copied for every named party (person,
// body or country) coordinated before it. Not inside a prepositional
// phrase ("talks between Lund and Berg said" has another subject).
void StatementFinder::joint_speakers() {
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
      // ("Kenteris and Thanou missed a drugs test and claimed to ...": a
      // finite verb of the subject's, then "and" and the cue right before
      // the reported words, with no one named between.)
      // (cue_at_ marks a cue's first word: "called" of "called for".)
      if (!cued && m.last < e && tag::is_finite(a_.tags[m.last].pos)) {
        const uint32_t content = a_.first_token_at(st.span.begin);
        uint32_t c = content;
        while (c > m.last + 1 && c + 3 > content && cue_at_[c - 1] < 0) --c;
        if (c > m.last + 2 && cue_at_[c - 1] >= 0) {
          const uint32_t v = c - 1;
          bool named = false;
          for (uint32_t q = m.last; q < v && !named; ++q)
            named = a_.mention_at[q] >= 0 && !in_quote(q) &&
                    a_.mentions[static_cast<size_t>(a_.mention_at[q])].source != MentionSource::Pronoun;
          cued = !named && (a_.is(v - 1, "and") || a_.is(v - 1, "but"));
        }
      }
      if (!cued) continue;
      std::vector<int> others;
      uint32_t p = m.first;
      for (;;) {
        uint32_t j = p;
        if (j > b && a_.is(j - 1, "the")) --j;
        // A list ends in "and" ("Lund, Berg and Dahl said"); a comma alone
        // before the speaker ends a phrase before it ("Responding to
        // criticism from Alan Hansen, Rick Parry insisted").
        if (j <= b + 1 || !(a_.is(j - 1, "and") || (a_.tok(j - 1) == "," && !others.empty())))
          break;
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
      if (front > b && tag::is_verb(a_.tags[front - 1].pos)) break;
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

// "The two leaders agreed to ...", "both companies said ...": a subject
// that counts its members stands for each of the named parties it counts
// (corpus/GOLD.md: one statement per named speaker), the last ones of that
// kind named before it, within three sentences. With fewer of them named,
// the source stays unnamed.
void StatementFinder::counted_speakers() {
  std::vector<StatementFact> added;
  for (StatementFact& st : a_.facts.statements) {
    a_.check_budget();
    if (st.speaker < 0) continue;
    const Entity& source = a_.facts.entities[static_cast<size_t>(st.speaker)];
    if (source.type != EntityType::UnnamedSource) continue;
    std::string low = core::case_fold(source.name);
    if (low.rfind("the ", 0) == 0) low.erase(0, 4);
    const size_t space = low.find(' ');
    if (space == std::string::npos || low.find(' ', space + 1) != std::string::npos) continue;
    const std::string_view count = std::string_view(low).substr(0, space);
    const std::string_view noun = std::string_view(low).substr(space + 1);
    const size_t n = count == "two" || count == "both" ? 2 : count == "three" ? 3 : 0;
    if (n == 0) continue;
    auto one_of = [&](std::initializer_list<std::string_view> words) {
      return std::find(words.begin(), words.end(), noun) != words.end();
    };
    EntityType want;
    if (one_of({"leaders", "men", "women", "presidents", "ministers", "candidates", "politicians"}))
      want = EntityType::Person;
    else if (one_of({"companies", "firms", "banks", "groups", "parties", "airlines"}))
      want = EntityType::Organization;
    else if (one_of({"countries", "nations", "governments"}))
      want = EntityType::Country;
    else
      continue;
    // The parties named before the reported words (the counting subject
    // stands before them; it is no mention of its own).
    const uint32_t at = a_.first_token_at(st.span.begin);
    if (at >= a_.ntok()) continue;
    const uint32_t sent_no = a_.seg.sentence_of[at];
    std::vector<int> named;
    auto it = a_.mentions_before(at);
    for (int seen = 0; it != a_.mentions.begin() && seen < 40 && named.size() < n; ++seen) {
      --it;
      if (a_.seg.sentence_of[it->first] + 3 < sent_no) break;
      if (it->entity < 0 || it->type != want || it->source == MentionSource::Pronoun ||
          it->source == MentionSource::Demonym || in_quote(it->first))
        continue;
      if (std::find(named.begin(), named.end(), it->entity) == named.end())
        named.push_back(it->entity);
    }
    if (named.size() != n) continue;
    std::reverse(named.begin(), named.end());  // in the order the article names them
    st.speaker = named[0];
    for (size_t i = 1; i < named.size(); ++i) {
      StatementFact copy = st;
      copy.speaker = named[i];
      added.push_back(std::move(copy));
    }
  }
  for (auto& st : added) a_.facts.statements.push_back(std::move(st));
  std::stable_sort(a_.facts.statements.begin(), a_.facts.statements.end(),
                   [](const StatementFact& x, const StatementFact& y) { return x.span < y.span; });
}

}  // namespace speech_detail

void find_statements(Analysis& a) { speech_detail::StatementFinder(a).run(); }

}  // namespace newskg::extract
