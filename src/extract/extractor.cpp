#include "newskg/extract/extractor.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "analysis.hpp"
#include "newskg/core/unicode.hpp"
#include "newskg/text/segment.hpp"

namespace newskg::extract {
namespace {

// Authors from the byline, "With assistance from A, B and C" and "A
// contributed to this report" lines are people of the article, and the
// outlet named as its source is a body of it (corpus/GOLD.md, bylines). A
// name the text does not print (page metadata: JSON-LD authors and
// contributors, og:site_name) is mentioned by the article as a whole: an
// empty span at its start.
void add_bylines(Analysis& a) {
  auto mention = [&](int ent, const std::string& name, bool metadata) {
    size_t pos = a.text.find(name);
    auto& mentions = a.facts.entities[static_cast<size_t>(ent)].mentions;
    if (pos != std::string_view::npos)
      mentions.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + name.size())});
    else if (metadata && mentions.empty())
      mentions.push_back({0, 0});
  };
  auto add_person = [&](const std::string& name, bool metadata) {
    if (name.find(' ') == std::string::npos) return;
    mention(a.entity(EntityType::Person, name), name, metadata);
  };
  // "MND Staff", "Reuters Staff", "AP Newsroom": the outlet's staff is the
  // outlet, named as the source.
  std::vector<std::string> outlets;
  if (!a.doc.publisher.empty()) outlets.push_back(a.doc.publisher);
  for (const auto& name : a.doc.byline) {
    const size_t sp = name.rfind(' ');
    const std::string_view last = sp == std::string::npos ? std::string_view() : std::string_view(name).substr(sp + 1);
    if (last == "Staff" || last == "staff" || last == "Newsroom" || last == "Desk" ||
        last == "Reporters" || last == "Team")
      outlets.push_back(name.substr(0, sp));
    else
      add_person(name, true);
  }
  // The publisher, unless a body the article names already is it or its
  // fuller form ("BuzzFeed" beside "BuzzFeed News").
  for (const std::string& pub : outlets) {
    if (pub.empty() || pub.size() > 80) continue;
    std::string first = core::case_fold(pub.substr(0, pub.find(' ')));
    if (first == "the" && pub.find(' ') != std::string::npos) {
      const std::string rest = pub.substr(pub.find(' ') + 1);
      first = core::case_fold(rest.substr(0, rest.find(' ')));
    }
    bool known = false;
    for (const auto& e : a.facts.entities) {
      if (e.type != EntityType::Organization || e.mentions.empty()) continue;
      std::string name = core::case_fold(e.name);
      if (name.starts_with("the ")) name.erase(0, 4);
      known = known || name.substr(0, name.find(' ')) == first;
    }
    if (!known) mention(a.entity(EntityType::Organization, pub), pub, true);
  }
  const uint32_t end = a.ntok() >= 2 ? static_cast<uint32_t>(a.ntok() - 2) : 0;
  for (uint32_t t = 0; t < end; ++t) {
    // The length tells nearly every token from "assistance" before is()
    // reads it; the look is spent either way, so the article's work count
    // is the same. The tokens of other lengths are passed in one step:
    // each would check the budget and then spend one unit, so the checks
    // before the next candidate see no more than its own check does, and
    // the last token's check comes before its unit.
    uint32_t next = t;
    const auto& toks = a.seg.tokens;
    while (next < end && toks[next].span.size() != 10) ++next;
    if (next == end) {
      a.spend(next - t - 1);
      a.check_budget();
      a.spend();
      break;
    }
    a.spend(next - t);
    t = next;
    a.check_budget();
    if (!(a.is(t, "assistance") && a.is(t + 1, "from"))) continue;
    // Only a credit line: "--With assistance from ..." at the start of a paragraph.
    uint32_t start = t;
    while (start > 0 && !a.seg.tokens[start].para_start && t - start < 3) --start;
    if (!a.seg.tokens[start].para_start || !a.is(t - 1, "with")) continue;
    uint32_t k = t + 2;
    while (k < a.ntok() && !a.seg.tokens[k].para_start) {
      uint32_t b = k;
      while (k < a.ntok() && a.seg.tokens[k].upper && !a.seg.tokens[k].para_start) ++k;
      if (k > b + 1) add_person(std::string(a.words(b, k)), false);
      if (k < a.ntok() && (a.tok(k) == "," || a.is(k, "and"))) {
        ++k;
        continue;
      }
      break;
    }
  }
}

// Transcript statements ("WALLACE: ...") have no quotation marks.
bool inside_transcript(const Analysis& a, const StatementFact& st) {
  const uint32_t t = a.first_token_at(st.span.begin);
  return t < a.ntok() && a.quote_at[t] < 0;
}

// What a description inside a statement stands for (`about` only):
// "the two countries" -> the last two countries named before it, "the
// agency", "the court" -> the body named last before it whose name holds
// that word ("the UN Relief and Works Agency", "the International Court of
// Justice"). Looks back over at most 40 mentions.
void described_entities(const Analysis& a, uint32_t the, uint32_t limit, std::vector<int>& out) {
  uint32_t k = the + 1;
  size_t count = 1;
  if (k < limit && (a.is(k, "two") || a.is(k, "three") || a.is(k, "both"))) {
    count = a.is(k, "three") ? 3 : 2;
    ++k;
  }
  if (k >= limit || a.seg.tokens[k].kind != text::TokenKind::Word) return;
  const std::string_view head = a.lower(k);
  const bool countries = head == "countries" || head == "nations";
  // ("the party" is as often the speaker's own as the one named last; "the
  // government" is a country's, not the "Local Government Association".)
  if (countries ? count < 2
                : (count != 1 || !a.wl(k).body_noun || head == "party" || head == "government"))
    return;
  // (Appended to `out`; counted from `start`, what this description adds.)
  const size_t start = out.size();
  size_t found = 0, looked = 0;
  for (auto it = a.mentions_before(the);
       it != a.mentions.begin() && found < count && looked < 40;) {
    --it;
    ++looked;
    if (it->entity < 0) continue;
    const Entity& e = a.facts.entities[static_cast<size_t>(it->entity)];
    if (std::find(out.begin() + static_cast<std::ptrdiff_t>(start), out.end(), it->entity) !=
        out.end())
      continue;
    bool fits = false;
    if (countries) {
      fits = e.type == EntityType::Country;
    } else if (e.type == EntityType::Organization) {
      // the head word as a word of the body's name or of another name it has
      auto holds = [&](const std::string& n) {
        const std::string name = core::case_fold(n);
        for (size_t at = name.find(head); at != std::string::npos; at = name.find(head, at + 1))
          if ((at == 0 || name[at - 1] == ' ') &&
              (at + head.size() == name.size() || name[at + head.size()] == ' '))
            return true;
        return false;
      };
      fits = holds(e.name);
      for (size_t i = 0; i < e.aliases.size() && i < 8 && !fits; ++i) fits = holds(e.aliases[i]);
    }
    if (!fits) continue;
    out.push_back(it->entity);
    ++found;
  }
}

// `about`: the entities named inside the statement (or, in reported speech,
// referred to by a pronoun or a description: "the two countries", "the
// agency"), other than the speaker.
// Mentions are sorted by first token, so the ones inside a statement are one
// run found by binary search: work in proportion to the statement, not to the
// article (a scan of every mention per statement was quadratic in a long one).
void add_about(Analysis& a) {
  for (auto& st : a.facts.statements) {
    a.check_budget();
    std::vector<int> about;
    const bool transcript = st.kind == StatementKind::Direct && inside_transcript(a, st);
    for (auto it = a.mentions_before(a.first_token_at(st.span.begin));
         it != a.mentions.end() && a.seg.tokens[it->first].span.begin < st.span.end; ++it) {
      const Mention& m = *it;
      if (m.entity < 0 || m.entity == st.speaker) continue;
      core::Span ms = a.span(m.first, m.last);
      if (!st.span.contains(ms)) continue;
      if (m.source == MentionSource::Pronoun && st.kind == StatementKind::Direct) continue;
      // A quotation split by its attribution spans the attribution too:
      // only names inside the quotation marks count.
      if (st.kind == StatementKind::Direct && a.quote_at[m.first] < 0 && !transcript) continue;
      // Events and places are where and when, not whom a statement is about.
      const EntityType type = a.facts.entities[static_cast<size_t>(m.entity)].type;
      if (type == EntityType::Event || type == EntityType::Place) continue;
      about.push_back(m.entity);
    }
    const uint32_t first = a.first_token_at(st.span.begin);
    uint32_t limit = first;
    while (limit < a.ntok() && a.seg.tokens[limit].span.begin < st.span.end) ++limit;
    for (uint32_t t = first; t + 1 < limit; ++t) {
      if (!a.is(t, "the") || (st.kind == StatementKind::Direct && a.quote_at[t] < 0 && !transcript))
        continue;
      const auto before = static_cast<std::ptrdiff_t>(about.size());
      described_entities(a, t, limit, about);
      about.erase(std::remove(about.begin() + before, about.end(), st.speaker), about.end());
    }
    std::sort(about.begin(), about.end());
    about.erase(std::unique(about.begin(), about.end()), about.end());
    st.about = std::move(about);
  }
}

// Every entity index a fact holds: roles' bodies, speakers, what
// statements are about, meeting participants, holders and topics.
template <typename F>
void for_each_reference(ArticleFacts& f, F&& visit) {
  for (auto& e : f.entities)
    for (auto& r : e.roles) visit(r.of);
  for (auto& s : f.statements) {
    visit(s.speaker);
    for (int& a : s.about) visit(a);
  }
  for (auto& m : f.meetings)
    for (int& p : m.participants) visit(p);
  for (auto& p : f.positions) {
    visit(p.holder);
    for (int& t : p.topic_entities) visit(t);
  }
}

// "Yukos said ...", where the article also names "Russian oil giant Yukos":
// a lone word taken for a speaker's surname is the body, country or place
// the article names so elsewhere (in that order), unless a title or a
// pronoun ("he said") made it a person. A lone word read as a place where
// the article names a body so ("shares in Dell ... Dell said") is the body.
void fold_lone_names(Analysis& a) {
  ArticleFacts& f = a.facts;
  std::vector<char> personal(f.entities.size(), 0);
  for (const Mention& m : a.mentions)
    if (m.entity >= 0 && m.source == MentionSource::Pronoun)
      personal[static_cast<size_t>(m.entity)] = 1;
  auto rank = [](EntityType t) {
    return t == EntityType::Organization ? 3
           : t == EntityType::Country    ? 2
           : t == EntityType::Place      ? 1
                                         : 0;
  };
  // The best-ranked entity of each one-word name (one pass, not one per entity).
  std::unordered_map<std::string_view, int> named;
  for (size_t j = 0; j < f.entities.size(); ++j) {
    const Entity& o = f.entities[j];
    if (rank(o.type) == 0 || o.name.find(' ') != std::string::npos) continue;
    auto [it, fresh] = named.emplace(o.name, static_cast<int>(j));
    if (!fresh && rank(o.type) > rank(f.entities[static_cast<size_t>(it->second)].type))
      it->second = static_cast<int>(j);
  }
  // "Yukos claims its ...", "Sony and its rivals": a one-word name that
  // "its" follows within a few words is a body's, not a person's (no person
  // is "its"). Retyped before the folds below.
  std::vector<char> body(f.entities.size(), 0);
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || m.source != MentionSource::Name || m.last != m.first + 1 ||
        a.quote_at[m.first] >= 0)
      continue;
    const Entity& e = f.entities[static_cast<size_t>(m.entity)];
    if (e.type != EntityType::Person || personal[static_cast<size_t>(m.entity)] ||
        !e.roles.empty() || e.name.find(' ') != std::string::npos)
      continue;
    for (uint32_t k = m.last; k < a.ntok() && k < m.last + 3; ++k) {
      if (a.seg.tokens[k].kind != text::TokenKind::Word || a.mention_at[k] >= 0) break;
      if (a.is(k, "its")) {
        body[static_cast<size_t>(m.entity)] = 1;
        break;
      }
    }
  }
  // "Aston Villa striker ...", "Euronext shares rose", "Fannie Mae's
  // board": a name that a word only a body has follows is a body's name.
  // (Not "side" or "team", which a manager has, nor a title a person may
  // hold twice.)
  auto body_word_after = [&](const Mention& m) {
    uint32_t k = m.last;
    const bool possessive = k < a.ntok() && a.seg.tokens[k].kind == text::TokenKind::Possessive;
    if (possessive) ++k;
    if (k >= a.ntok() || a.seg.tokens[k].kind != text::TokenKind::Word || a.seg.tokens[k].upper)
      return false;
    const std::string_view w = a.lower(k);
    const bool noun = a.tags[k].pos == tag::Pos::NN || a.tags[k].pos == tag::Pos::NNS;
    if (noun && (w == "shares" || w == "shareholders" || w == "board")) return true;
    if (w == "chief" && k + 1 < a.ntok() && a.is(k + 1, "executive")) return true;
    // "a Deloitte report", "a Gartner study": a lone name issuing a
    // document after "a" is a body's.
    if (!possessive && m.last == m.first + 1 && m.first > 0 &&
        (a.is(m.first - 1, "a") || a.is(m.first - 1, "an")) && a.lex.lowered(w).document_noun)
      return true;
    if (possessive) return false;
    return w == "striker" || w == "midfielder" || w == "defender" || w == "goalkeeper" ||
           w == "winger" || w == "boss" || w == "bosses" || w == "executives" || w == "chairman";
  };
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || m.source != MentionSource::Name || a.quote_at[m.first] >= 0) continue;
    const Entity& e = f.entities[static_cast<size_t>(m.entity)];
    if (e.type != EntityType::Person || personal[static_cast<size_t>(m.entity)] ||
        !e.roles.empty() || body[static_cast<size_t>(m.entity)] || !body_word_after(m))
      continue;
    body[static_cast<size_t>(m.entity)] = 1;
  }
  // A body of the same name already in the article takes the retyped one's mentions.
  std::unordered_map<std::string_view, int> bodies;
  for (size_t j = 0; j < f.entities.size(); ++j)
    if (f.entities[j].type == EntityType::Organization)
      bodies.emplace(f.entities[j].name, static_cast<int>(j));
  std::vector<int> into(f.entities.size(), -1);
  bool any = false;
  for (size_t i = 0; i < f.entities.size(); ++i) {
    if (!body[i]) continue;
    if (f.entities[i].name.find(' ') != std::string::npos) {
      if (auto it = bodies.find(f.entities[i].name); it != bodies.end()) {
        into[i] = it->second;
        any = true;
        body[i] = 0;
        continue;
      }
    } else if (named.count(f.entities[i].name)) {  // a body or place of that name: folded below
      body[i] = 0;
      continue;
    }
    Entity& e = f.entities[i];
    e.type = EntityType::Organization;
    e.key_name = a.key_name(EntityType::Organization, e.name);
  }
  for (Mention& m : a.mentions)
    if (m.entity >= 0 &&
        (body[static_cast<size_t>(m.entity)] || into[static_cast<size_t>(m.entity)] >= 0))
      m.type = EntityType::Organization;
  for (size_t i = 0; i < f.entities.size(); ++i) {
    const Entity& e = f.entities[i];
    const bool lone_person = e.type == EntityType::Person && !personal[i] && e.roles.empty();
    const bool lone_place = e.type == EntityType::Place;
    if (!(lone_person || lone_place)) continue;
    auto it = named.find(e.name);
    if (it == named.end() || static_cast<size_t>(it->second) == i ||
        rank(f.entities[static_cast<size_t>(it->second)].type) <= (lone_place ? 2 : 0))
      continue;
    into[i] = it->second;
    any = true;
  }
  if (!any) return;
  for (size_t i = 0; i < f.entities.size(); ++i) {
    if (into[i] < 0) continue;
    Entity& to = f.entities[static_cast<size_t>(into[i])];
    for (const auto& sp : f.entities[i].mentions) to.mentions.push_back(sp);
    f.entities[i].mentions.clear();
  }
  auto fold = [&](int& i) {
    if (i >= 0 && into[static_cast<size_t>(i)] >= 0) i = into[static_cast<size_t>(i)];
  };
  for_each_reference(f, fold);
  for (Mention& m : a.mentions) fold(m.entity);
}

// Entities that lost all their mentions (merged into another) and that no
// fact refers to are dropped; indexes are remapped.
void compact(ArticleFacts& f) {
  std::vector<char> used(f.entities.size(), 0);
  for (size_t i = 0; i < f.entities.size(); ++i) used[i] = !f.entities[i].mentions.empty();
  for_each_reference(f, [&](int& i) {
    if (i >= 0) used[static_cast<size_t>(i)] = 1;
  });
  std::vector<int> remap(f.entities.size(), -1);
  std::vector<Entity> kept;
  for (size_t i = 0; i < f.entities.size(); ++i) {
    if (!used[i]) continue;
    remap[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(f.entities[i]));
  }
  f.entities = std::move(kept);
  for_each_reference(f, [&](int& i) {
    if (i >= 0) i = remap[static_cast<size_t>(i)];
  });
}

// A quotation left open at the end of its paragraph is the news convention
// for a quote that goes on in the next paragraph, which then opens with a
// quotation mark. Any other open quotation is reported (and was closed at its
// paragraph's end, so it never swallows the rest of the article).
void report_unterminated(Analysis& a) {
  const auto& quotes = a.seg.quotes;
  // Lines are counted on from the last warning (quotations come in text
  // order): one pass over the text for all of them, not one per warning.
  int line = 1;
  uint32_t counted = 0;
  for (size_t i = 0; i < quotes.size(); ++i) {
    const auto& q = quotes[i];
    if (!q.unterminated || q.continued) continue;
    bool continued = false;
    for (size_t j = i + 1; j < quotes.size() && quotes[j].paragraph <= q.paragraph + 1; ++j)
      if (quotes[j].paragraph == q.paragraph + 1 && a.seg.tokens[quotes[j].open_tok].para_start)
        continued = true;
    if (continued) continue;
    const uint32_t at = a.seg.tokens[q.open_tok].span.begin;
    for (; counted < at; ++counted) line += a.text[counted] == '\n';
    // Offsets are not file lines for rebuilt texts.
    a.facts.warnings.push_back(
        core::Error{a.doc.source, a.doc.format == "text" ? line : 0,
                    "unterminated quotation, closed at the end of its paragraph"});
  }
}

// Every pass over the whole article, within the work budget (throws
// WorkBudgetExceeded past it).
ArticleFacts extract_whole(const core::Document& doc, const Lexicons& lex, uint64_t max_work) {
  Analysis a(doc, lex, max_work);
  report_unterminated(a);
  find_mentions(a);
  add_bylines(a);
  find_statements(a);
  for (auto& st : a.facts.statements) st.sentence = a.evidence(st.sentence, st.span);
  fold_lone_names(a);  // before what reads the mentions' entities
  add_about(a);
  find_relations(a);
  for (auto& e : a.facts.entities) {
    std::sort(e.mentions.begin(), e.mentions.end());
    e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
    std::sort(e.aliases.begin(), e.aliases.end());
    e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
  }
  compact(a.facts);
  a.facts.work_units = a.work();
  a.facts.bytes_read = doc.text.size();
  return std::move(a.facts);
}

// Where to cut `text` to at most `max` bytes: after the last sentence that
// ends within them (a paragraph end being one), else the last whole word,
// else the last whole character.
//   max 20:  "Title\n\nOne. Two.\nThree four five."  ->  "Title\n\nOne. Two."   (a paragraph end)
//   max 24:  "Title\n\nOne two. Three four five six."  ->  "Title\n\nOne two."   (a sentence end)
struct Cut {
  size_t bytes = 0;
  const char* at = "";
};
Cut cut_within(std::string_view text, size_t max, const Lexicons& lex) {
  if (text.size() <= max) return {text.size(), "the end"};
  auto is_blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  // A cut followed by a line break (past spaces) ends a paragraph.
  auto ends_paragraph = [&](size_t end) {
    while (end < text.size() && is_blank(text[end]) && text[end] != '\n') ++end;
    return end == text.size() || text[end] == '\n';
  };
  text::SegmentOptions opt;
  opt.abbreviations = &lex.abbreviations();
  const std::string_view prefix = text.substr(0, max);
  const text::Segmented seg = text::segment(prefix, opt);
  // The prefix's last sentence is whole when only spaces follow it up to
  // the cut and it closes with punctuation or a line break.
  for (size_t k = seg.sentences.size(); k > 0; --k) {
    const text::Sentence& s = seg.sentences[k - 1];
    if (k < seg.sentences.size())
      return {s.span.end, ends_paragraph(s.span.end) ? "a paragraph end" : "a sentence end"};
    bool spaces = true, line_break = false;
    for (size_t c = s.span.end; c < max + 1 && c < text.size(); ++c) {
      spaces = spaces && is_blank(text[c]);
      line_break = line_break || text[c] == '\n';
    }
    const auto kind = seg.tokens[s.last - 1].kind;
    if (spaces &&
        (line_break || kind == text::TokenKind::Punct || kind == text::TokenKind::CloseQuote))
      return {s.span.end, ends_paragraph(s.span.end) ? "a paragraph end" : "a sentence end"};
  }
  // The prefix's last word may be cut off: the one before it.
  if (seg.tokens.size() >= 2) return {seg.tokens[seg.tokens.size() - 2].span.end, "a word end"};
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return {end, "a character end"};
}

std::string with_commas(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

ArticleFacts extract_article(const core::Document& doc, const Lexicons& lex,
                             const ExtractLimits& limits) {
  // Within the limits, the article as it is.
  std::string why;      // what was over a limit, for the warning
  const char* at = "";  // where the text was cut
  size_t keep = doc.text.size();
  if (keep > limits.max_article_bytes) {
    why = "the article is " + with_commas(doc.text.size()) + " bytes, over the limit of " +
          with_commas(limits.max_article_bytes) + " bytes";
    const Cut cut = cut_within(doc.text, limits.max_article_bytes, lex);
    keep = limits.truncate ? cut.bytes : 0;
    at = cut.at;
  }
  ArticleFacts facts;
  for (;;) {
    if (keep == 0) break;
    try {
      if (keep == doc.text.size()) {
        facts = extract_whole(doc, lex, limits.max_work_units);
      } else {
        core::Document part = doc;
        part.text.resize(keep);
        facts = extract_whole(part, lex, limits.max_work_units);
      }
      break;
    } catch (const WorkBudgetExceeded&) {
      // The budget is per article: read a part half as long, then a quarter,
      // ... (each try costs at most the budget; the tries are few).
      if (why.empty())
        why = "reading it took over " + with_commas(limits.max_work_units) + " units of work";
      if (!limits.truncate) {
        keep = 0;
        break;
      }
      const Cut cut = cut_within(doc.text, keep / 2, lex);
      keep = cut.bytes;
      at = cut.at;
    }
  }
  if (!why.empty()) {
    std::string message = why + "; ";
    if (keep == 0)
      message += "skipped";
    else
      message += "facts read from its first " + with_commas(keep) + " bytes, cut at " + at;
    facts.warnings.insert(facts.warnings.begin(), core::Error{doc.source, 0, std::move(message)});
  }
  return facts;
}

}  // namespace newskg::extract
