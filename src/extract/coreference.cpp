// In-article coreference of names: a surname, first name, courtesy title or
// honorific used alone resolves to the one full name it can stand for;
// acronyms bind to their expansions; near-duplicate spellings and short forms
// join the full name; appositive descriptions become roles; he and she go to
// the person last named.
#include "mention_finder.hpp"

namespace newskg::extract {
namespace mention_detail {

// A full name written family name first ("Yoon Suk Yeol", "Xi Jinping",
// "Lee Jae-myung"): the article never uses its last word alone, and the
// word that opens it is no known given name and no common word ("Correction
// Appended" is page furniture), so it is the family name that the article
// uses alone ("Yoon said"; the tagger may read that one as a body).
bool MentionFinder::family_name_first(int ent, uint32_t alone_at) const {
  const std::string& name = a_.facts.entities[static_cast<size_t>(ent)].name;
  const size_t space = name.rfind(' ');
  return space != std::string::npos && !a_.wx(alone_at).given && !a_.wl(alone_at).common &&
         !stands_alone(std::string_view(name).substr(space + 1));
}

void MentionFinder::resolve_candidates() {
  // Full names first, in order; the fullest surface names the entity.
  std::map<std::string, std::vector<size_t>> by_key;  // person key -> candidates
  for (size_t i = 0; i < candidates_.size(); ++i) {
    const auto& c = candidates_[i];
    if (c.single || c.type != EntityType::Person) continue;
    by_key[a_.key_name(EntityType::Person, a_.words(c.first, c.last))].push_back(i);
  }
  // "Duncan Smith" after "Iain Duncan Smith", "López Obrador" after "Andrés
  // Manuel López Obrador": a name of two words or more that ends exactly
  // one longer full name is that person's compound surname.
  {
    std::map<std::string, std::string> tail_of;  // last words of a longer name -> its key ("" for two)
    for (const auto& [key, list] : by_key) {
      const auto& c = candidates_[list[0]];
      // (Only a name of up to four capitalized words and name particles,
      // "Philip van Doren Stern", in a sentence that is not in title case;
      // not a run with a word of the sentence in it: "Oscar for Hilary
      // Swank", "Dec. Natalie Appleton", "Elizabeth Warren Hammers Wells
      // Fargo".)
      bool plain = c.last - c.first <= 4 && !a_.title_case(a_.sentence_of(c.first));
      for (uint32_t t = c.first; t < c.last && plain; ++t)
        plain = T(t).kind == TokenKind::Word &&
                (T(t).upper ? a_.tok(t).find('.') == std::string_view::npos || a_.tok(t).size() == 2
                            : is_name_particle(a_.tok(t)));
      // A tail that opens with a given name is a full name of its own
      // unless given names open the longer one too ("Hans Christian
      // Andersen", not "Universe Alicia Machado").
      bool given_before = true;
      for (uint32_t f = c.first + 1; plain && f + 2 <= c.last; ++f) {
        given_before = given_before && a_.wx(f - 1).given;
        if (a_.wx(f).given && !given_before) continue;
        auto [it, fresh] = tail_of.emplace(a_.key_name(EntityType::Person, a_.words(f, c.last)), key);
        if (!fresh && it->second != key) it->second.clear();
      }
    }
    for (auto it = by_key.begin(); it != by_key.end();) {
      const auto& c = candidates_[it->second[0]];
      const auto tail = c.last - c.first >= 2 ? tail_of.find(it->first) : tail_of.end();
      if (tail == tail_of.end() || tail->second.empty() || tail->second == it->first) {
        ++it;
        continue;
      }
      auto& into = by_key[tail->second];
      into.insert(into.end(), it->second.begin(), it->second.end());
      it = by_key.erase(it);
    }
  }
  // A shorter full name inside a longer one with the same surname is the same
  // person: "Donald Trump" / "Donald J. Trump" share a key already; "Joe Biden"
  // vs "Joseph R. Biden" do not and stay apart unless a surname links them.
  for (auto& [key, list] : by_key) {
    std::string best;
    for (size_t i : list) {
      std::string s(a_.words(candidates_[i].first, candidates_[i].last));
      if (s.size() > best.size()) best = s;
    }
    int ent = a_.entity(EntityType::Person, best);
    for (size_t i : list) {
      const auto& c = candidates_[i];
      std::string s(a_.words(c.first, c.last));
      if (s != a_.facts.entities[static_cast<size_t>(ent)].name) note_alias(ent, s);
      add_person_mention(c, ent);
    }
    std::string last = person_key_last(candidates_[list[0]].first, candidates_[list[0]].last);
    surname_[last].push_back(ent);
    forename_[a_.key_name(EntityType::Person, a_.tok(candidates_[list[0]].first))].push_back(ent);
  }
  for (auto& [k, v] : forename_) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  for (auto& [k, v] : surname_) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  // The courtesy titles each surname takes in the article: 1 "Mr", 2
  // "Mrs"/"Ms"/"Miss", 3 both. (The title's token: before the name, past a
  // period of its own.)
  auto title_at = [&](const Candidate& c) {
    uint32_t t = c.first - 1;
    if (a_.tok(t) == "." && t > 0) --t;
    return t;
  };
  auto courtesy_of = [&](const Candidate& c) -> char {
    return c.courtesy && c.first > 0 ? courtesy_sex(a_.lower(title_at(c))) : 0;
  };
  std::map<std::string, int> courtesy_sexes;
  for (const auto& c : candidates_)
    if (const char sex = c.single ? courtesy_of(c) : 0; sex != 0)
      courtesy_sexes[a_.key_name(EntityType::Person, a_.tok(c.first))] |= sex == 'm' ? 1 : 2;
  std::map<std::string, int, std::less<>> org_tails;  // last word of a body's name -> body (-1: two)
  bool org_tails_built = false;
  for (const auto& c : candidates_) {
    a_.check_budget();
    if (!c.single) continue;
    std::string key = a_.key_name(EntityType::Person, a_.tok(c.first));
    // "Lord Alli", "Lady Starmer": the peer's title is part of the name,
    // and the surname alone may belong to someone else in the article.
    if (c.honorific == "peer") {
      Candidate named = c;
      named.first = c.first - 1;
      const std::string name(a_.words(named.first, named.last));
      int ent = a_.entity(EntityType::Person, name);
      auto& same_surname = surname_[key];
      if (same_surname.empty()) same_surname.push_back(ent);
      add_person_mention(named, ent);
      continue;
    }
    // "Sir Keir", "Dame Judi": the forename of the one full name that has it.
    if (c.honorific == "forename") {
      auto f = forename_.find(key);
      if (f != forename_.end() && f->second.size() == 1) {
        Candidate named = c;
        named.first = c.first - 1;
        note_alias(f->second.front(), std::string(a_.words(named.first, named.last)));
        add_person_mention(named, f->second.front());
        continue;
      }
    }
    auto it = surname_.find(key);
    // ("Mrs Howard" after "Michael Howard's wife, Sandra," in an article
    // that also has "Mr Howard": with both titles on one surname, the one
    // of the other sex from a full name's given name is someone else.)
    std::vector<int> same_sex;
    bool someone_else = false;
    if (const char sex = courtesy_of(c); it != surname_.end() && sex != 0 && courtesy_sexes[key] == 3) {
      for (int e : it->second) {
        const std::string& name = a_.facts.entities[static_cast<size_t>(e)].name;
        const char g = lex_.exact(std::string_view(name).substr(0, name.find(' '))).gender;
        if (g == 0 || g == sex) same_sex.push_back(e);
      }
      someone_else = same_sex.empty();
    }
    if (someone_else) {
      Candidate named = c;
      named.first = title_at(c);
      add_person_mention(named, a_.entity(EntityType::Person, std::string(a_.words(named.first, named.last))));
      continue;
    }
    if (it != surname_.end() && (c.type == EntityType::Person || !c.acronym)) {
      int ent = pick_recent(same_sex.empty() ? it->second : same_sex, c.first);
      note_alias(ent, std::string(a_.tok(c.first)));
      add_person_mention(c, ent);
      continue;
    }
    // "Donna and Swift spent time together", after "Donna Kelce": a known
    // first name alone is the article's one person named in full with it
    // (feature writing tells family members apart so: Donna, Travis and
    // Jason Kelce), when it is nobody's surname there. So is a family
    // name written first ("Yoon said", after "Yoon Suk Yeol"). Not after
    // "Mr" or "Ms", which go with a surname: "Mr Howard" is not Howard Flight.
    if (auto f = forename_.find(key); f != forename_.end() && f->second.size() == 1 &&
                                      ((c.type == EntityType::Person && !c.courtesy &&
                                        (a_.wx(c.first).given || a_.wx(c.first).gender != 0)) ||
                                       family_name_first(f->second.front(), c.first))) {
      note_alias(f->second.front(), std::string(a_.tok(c.first)));
      add_person_mention(c, f->second.front());
      continue;
    }
    // "The Journal, citing internal documents, reported" after "The Wall
    // Street Journal", "the Commission" after "the European Commission":
    // after "the", the last word of one body's name of two words or more
    // is that body.
    if (c.first > 0 && a_.is(c.first - 1, "the") && !c.acronym) {
      if (!org_tails_built) {
        for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
          const Entity& e = a_.facts.entities[i];
          const size_t sp = e.name.rfind(' ');
          // (The last word must head the name: not "University of Surrey".)
          if (e.type != EntityType::Organization || sp == std::string::npos ||
              e.name.find(" of ") != std::string::npos)
            continue;
          auto [it, added] = org_tails.emplace(e.name.substr(sp + 1), static_cast<int>(i));
          if (!added && it->second != static_cast<int>(i)) it->second = -1;
        }
        org_tails_built = true;
      }
      if (auto it = org_tails.find(a_.tok(c.first)); it != org_tails.end() && it->second >= 0) {
        note_alias(it->second, std::string(a_.words(c.first - 1, c.last)));
        a_.add_mention({c.first, c.last, EntityType::Organization, MentionSource::Name, it->second});
        continue;
      }
    }
    if (c.surname_only) continue;
    if (c.acronym) {
      acronyms_.push_back(c);
      continue;
    }
    if (c.courtesy || !c.title.empty() || c.described) {
      int ent = a_.entity(EntityType::Person, std::string(a_.tok(c.first)));
      surname_[key].push_back(ent);
      add_person_mention(c, ent);
      continue;
    }
    // "Zuckoff said ... He added": an unknown capitalized word that speaks
    // is someone's surname, named here so that the pronouns after it
    // find the person. Other single words stay unresolved.
    // Only the speaking mention is the person's: a company name used
    // the same way ("Yukos said") stays out of the article's other mentions.
    // ("Sony said", where the tagger reads "Sony" elsewhere in the article
    // as a body more often than as a person: the article's own usage.)
    // ("Icstis, the UK's premium rate services watchdog, said": a body
    // by its appositive.)
    if ((c.type == EntityType::Organization ||
         (c.type == EntityType::Person && !(c.first > 0 && a_.is(c.first - 1, "the")) &&
          (read_as_body(c.first) || body_appositive(c.last)))) &&
        speaks_alone(c.first)) {
      add_org(c.first, c.last, std::string(a_.tok(c.first)), MentionSource::Name);
      continue;
    }
    if (c.type == EntityType::Person && !c.not_person && speaks_alone(c.first)) {
      int ent = a_.entity(EntityType::Person, std::string(a_.tok(c.first)));
      add_person_mention(c, ent);
      continue;
    }
    // "Rep. Tim Ryan of Ohio said", "strikes across Wales": after a
    // preposition of place, a word the tagger reads as a location on its
    // own, and no one's name in the article, is a place. Left unnamed, it
    // was taken for the speaker's surname.
    if (c.not_person && place_after_preposition(c.first)) add_place(c.first, c.last);
  }
}

bool MentionFinder::body_appositive(uint32_t e) const {
  if (e + 2 >= a_.ntok() || a_.tok(e) != "," || !(a_.is(e + 1, "the") || a_.is(e + 1, "a"))) return false;
  for (uint32_t k = e + 2; k < a_.ntok() && k - e < 12; ++k) {
    if (a_.tok(k) == ",") return a_.wl(k - 1).body_noun && !T(k - 1).upper;
    if (T(k).kind != TokenKind::Word && T(k).kind != TokenKind::Possessive) return false;
  }
  return false;
}

bool MentionFinder::read_as_body(uint32_t b) const {
  if (tag_votes_.empty()) {
    for (const uint32_t k : capitalized_tokens()) {
      const tag::EntityType t = a_.tags[k].entity;
      if (t != tag::EntityType::Organization && t != tag::EntityType::Person) continue;
      auto& v = tag_votes_[a_.tok(k)];
      (t == tag::EntityType::Organization ? v.first : v.second) += 1;
    }
    tag_votes_.emplace("", std::pair<int, int>{0, 0});
  }
  auto it = tag_votes_.find(a_.tok(b));
  return it != tag_votes_.end() && it->second.first > it->second.second;
}

bool MentionFinder::place_after_preposition(uint32_t b) const {
  if (!tagged_whole(b, b + 1, tag::EntityType::Location) || !plain_word(b) || b == 0 ||
      T(b - 1).kind != TokenKind::Word)
    return false;
  const std::string_view prep = a_.lower(b - 1);
  return prep == "of" || prep == "in" || prep == "at" || prep == "from" || prep == "to" ||
         prep == "near" || prep == "across" || prep == "outside" || prep == "throughout";
}

// A lone capitalized word right before a speech verb ("Zuckoff said") or
// right after an inverted one (`," said Hassel.`): not a common word at the
// start of a sentence, a title, a demonym or a word with other uses.
bool MentionFinder::speaks_alone(uint32_t b) const {
  const auto& t = T(b);
  if (t.kind != TokenKind::Word || !t.upper || t.all_upper || !plain_word(b)) return false;
  // "I’m said", "percent of Democrats say": contractions and group nouns
  // after "of" are no one's surname.
  if (a_.tok(b).find('\'') != std::string_view::npos ||
      a_.tok(b).find("\u2019") != std::string_view::npos)
    return false;
  // Nor a place: "observers in Virginia say", "protesters at Ferguson said".
  if (b > 0 && T(b - 1).kind == TokenKind::Word && !T(b - 1).upper &&
      (a_.lower(b - 1) == "of" || a_.lower(b - 1) == "in" || a_.lower(b - 1) == "at" ||
       a_.lower(b - 1) == "from"))
    return false;
  if (a_.wx(b).title != TitleRole::None || a_.wl(b).verbs != nullptr || !a_.wl(b).pronoun.empty())
    return false;
  // Nor a description: "the 25-year-old Dubliner underlined", "the
  // veteran Scot said" (after "the", an age or adjectives).
  // (A body before its document speaks through it: "The Gartner report
  // suggests".)
  if (a_.after_the_description(b) && !(b + 1 < a_.ntok() && a_.wl(b + 1).document_noun)) return false;
  const uint32_t e = b + 1;
  if (e < a_.ntok() && a_.wl(e).verbs != nullptr && !T(e).upper) return true;
  // "Purcell, a Republican, said": a description set off by commas, then the verb.
  if (e + 1 < a_.ntok() && a_.tok(e) == "," &&
      (a_.is(e + 1, "a") || a_.is(e + 1, "an") || a_.is(e + 1, "the"))) {
    const uint32_t end = a_.sentence_of(b).last;
    for (uint32_t k = e + 2; k + 1 < end && k - e < 25; ++k) {
      if (T(k).kind == TokenKind::OpenQuote && !T(k).single_mark) break;
      if (a_.tok(k) == "," && a_.wl(k + 1).verbs != nullptr && !T(k + 1).upper) return true;
    }
  }
  // "Murphy — after a knock-on-wood gesture — told me": an aside set off by dashes.
  if (e < a_.ntok()) {
    const uint32_t end = a_.sentence_of(b).last;
    const uint32_t k = a_.after_dash_aside(e, end, 30);
    if (k != 0 && k < end && a_.wl(k).verbs != nullptr && !T(k).upper) return true;
  }
  return preceded_by_attribution(b) && e < a_.ntok() &&
         (a_.tok(e) == "." || a_.tok(e) == "," || T(e).kind == TokenKind::Punct);
}

// Of the people a surname may stand for, the one mentioned last before
// token `at` (the later one in `ents` on a tie).
int MentionFinder::pick_recent(const std::vector<int>& ents, uint32_t at) const {
  if (ents.size() == 1) return ents[0];
  int best = ents[0];
  uint32_t best_pos = 0;
  for (int e : ents) {
    const std::vector<uint32_t>& starts = mention_starts(e);
    auto it = std::upper_bound(starts.begin(), starts.end(), T(at).span.begin);
    if (it != starts.begin() && *std::prev(it) >= best_pos) {
      best_pos = *std::prev(it);
      best = e;
    }
  }
  return best;
}

// Where a person's mentions start, sorted: pick_recent() asks it once per
// surname used alone, where a scan of all the person's mentions made a long
// article about two Clintons quadratic. Built on first use, then kept up to
// date by add_person_mention(), the only way mentions reach a person while
// candidates are resolved.
const std::vector<uint32_t>& MentionFinder::mention_starts(int ent) const {
  auto found = mention_starts_.find(ent);
  if (found != mention_starts_.end()) return found->second;
  std::vector<uint32_t> starts;
  for (auto sp : a_.facts.entities[static_cast<size_t>(ent)].mentions) starts.push_back(sp.begin);
  std::sort(starts.begin(), starts.end());
  return mention_starts_.emplace(ent, std::move(starts)).first->second;
}

// "Mike Pence, the Indiana governor,", "Yoon, 63, a former chief
// prosecutor,", "Lee Jae-myung, leader of the Democratic Party,": a
// description set off by commas after a person's name, with a title word
// in it, is a role of theirs. "The governor said" later stands for them
// (statements: resolve_description). The role belongs to the first
// country or body the description names.
void MentionFinder::appositive_roles() {
  const uint32_t n = a_.ntok();
  for (const Mention& m : a_.mentions) {
    if (m.type != EntityType::Person || m.entity < 0 || m.last + 2 >= n || a_.tok(m.last) != ",")
      continue;
    uint32_t b = m.last + 1;
    if (T(b).kind == TokenKind::Number && b + 2 < n && a_.tok(b + 1) == ",") b += 2;  // age
    if (a_.is(b, "the") || a_.is(b, "a") || a_.is(b, "an")) ++b;
    const tag::Pos first = a_.tags[b].pos;
    if (first != tag::Pos::JJ && first != tag::Pos::NN && first != tag::Pos::NNP &&
        first != tag::Pos::NNS && first != tag::Pos::NNPS && first != tag::Pos::VBN)
      continue;  // not "who", "which", "said", "and"
    bool head = false;
    int of = -1;
    uint32_t of_first = 0, of_last = 0;
    uint32_t e = b;
    for (; e < n && e - b < 8 && !T(e).para_start; ++e) {
      const std::string_view w = a_.tok(e);
      if (w == "," || w == "." || w == ";" || w == ")") break;
      if (T(e).kind != TokenKind::Word && T(e).kind != TokenKind::Possessive &&
          T(e).kind != TokenKind::Number)
        break;
      if (const int at = a_.mention_at[e]; at >= 0) {
        const Mention& inner = a_.mentions[static_cast<size_t>(at)];
        if (inner.type == EntityType::Person) break;  // another person
        if (of < 0 &&
            (inner.type == EntityType::Country || inner.type == EntityType::Organization)) {
          of = inner.entity;
          of_first = inner.first;
          of_last = inner.last;
        }
      }
      // "Lady Starmer, the Prime Minister's wife": the head comes after
      // a possessive; the title before it is someone else's.
      if (T(e).kind == TokenKind::Possessive) head = false;
      else head = head || a_.wl(e).description_head || a_.wx(e).title == TitleRole::Head;
    }
    if (!head || e == b || e >= n || e - b >= 8 || (a_.tok(e) != "," && a_.tok(e) != "."))
      continue;
    RoleFact r;
    // "the President of Sony": the office is "President", of Sony (not
    // "President of Sony" of Sony).
    uint32_t title_end = e;
    if (of >= 0 && of_last == e) {
      uint32_t c = of_first;
      if (c > b && a_.is(c - 1, "the")) --c;
      if (c > b + 1 && (a_.is(c - 1, "of") || a_.is(c - 1, "at") || a_.is(c - 1, "for")))
        title_end = c - 1;
    }
    r.title = a_.lex.full_title(a_.words(b, title_end));
    r.of = of;
    r.evidence = a_.span(m.first, e);
    r.appositive = true;
    auto& roles = a_.facts.entities[static_cast<size_t>(m.entity)].roles;
    bool seen = false;
    for (const auto& x : roles) seen = seen || core::case_fold(x.title) == core::case_fold(r.title);
    if (!seen) roles.push_back(std::move(r));
  }
}

void MentionFinder::add_person_mention(const Candidate& c, int ent) {
  a_.add_mention({c.first, c.last, EntityType::Person, MentionSource::Name, ent});
  if (auto found = mention_starts_.find(ent); found != mention_starts_.end()) {
    auto& starts = found->second;  // mostly appended: candidates come in text order
    const uint32_t at = T(c.first).span.begin;
    starts.insert(std::upper_bound(starts.begin(), starts.end(), at), at);
  }
  if (!c.title.empty()) {
    RoleFact r;
    r.title = c.title;
    if (c.of_mention >= 0) r.of = a_.mentions[static_cast<size_t>(c.of_mention)].entity;
    r.evidence = a_.span(c.title_first, c.last);
    auto& roles = a_.facts.entities[static_cast<size_t>(ent)].roles;
    bool seen = false;
    for (const auto& x : roles) seen = seen || (x.title == r.title && x.of == r.of);
    if (!seen) roles.push_back(r);
  }
}

namespace {
// The first letters of a name's capitalized words: "International
// Association of Athletics Federations" -> "IAAF".
std::string name_capitals(const std::string& name) {
  std::string caps;
  for (size_t at = 0; at < name.size();) {
    size_t sp = name.find(' ', at);
    if (sp == std::string::npos) sp = name.size();
    if (std::isupper(static_cast<unsigned char>(name[at]))) caps += name[at];
    at = sp + 1;
  }
  return caps;
}
}  // namespace

// "Danish Defense Intelligence Service (DDIS)", "IRIA - International
// Relations Insights & Analysis": an acronym next to a name whose initials
// it spells is that name's alias; so is a body the article names in full
// elsewhere whose capitals spell it. Unbound acronyms seen twice are
// organizations.
void MentionFinder::bind_acronyms() {
  std::map<std::string, int> bound;
  auto initials = [&](uint32_t b, uint32_t e) {
    std::string s;
    for (uint32_t k = b; k < e; ++k) {
      std::string_view w = a_.tok(k);
      if (T(k).upper && !w.empty()) s += w[0];
    }
    return s;
  };
  for (size_t mi = 0; mi < a_.mentions.size(); ++mi) {
    a_.check_budget();
    const Mention m = a_.mentions[mi];
    if (m.type != EntityType::Organization || m.entity < 0) continue;
    // NAME ( ACR )
    if (m.last + 2 < a_.ntok() && a_.tok(m.last) == "(" && a_.tok(m.last + 2) == ")" &&
        T(m.last + 1).all_upper) {
      std::string acr(a_.tok(m.last + 1));
      bound[acr] = m.entity;
      note_alias(m.entity, acr);
    }
  }
  // "Exclusive Books (EB)", "Vaal Environmental Justice Alliance (VEJA)":
  // capitalized words no one took, right before an acronym in brackets
  // that spells their initials, are the acronym's body.
  for (const auto& c : acronyms_) {
    if (c.first < 3 || c.last >= a_.ntok() || a_.tok(c.first - 1) != "(" ||
        a_.tok(c.last) != ")")
      continue;
    const std::string acr(a_.tok(c.first));
    if (bound.count(acr) || acr.size() < 2) continue;
    uint32_t b = c.first - 1;  // the run of capitals ending before "("
    while (b > 0 && b + 8 > c.first && a_.mention_at[b - 1] < 0 && !T(b - 1).para_start &&
           (capitalized(b - 1) || a_.is(b - 1, "of") || a_.is(b - 1, "and") ||
            a_.tok(b - 1) == "&" || a_.is(b - 1, "for")))
      --b;
    if (b > 0 && T(b).para_start == false && a_.mention_at[b - 1] >= 0) continue;
    // The shortest name ending there whose capitals spell the acronym.
    for (uint32_t f = c.first - 2; f + 1 > b && f < c.first - 1; --f) {
      if (!capitalized(f)) {
        if (f == 0) break;
        continue;
      }
      if (initials(f, c.first - 1) == acr) {
        int ent = a_.entity(EntityType::Organization, std::string(a_.words(f, c.first - 1)));
        note_alias(ent, acr);
        bound[acr] = ent;
        a_.add_mention({f, c.first - 1, EntityType::Organization, MentionSource::Name, ent});
        break;
      }
      if (f == 0) break;
    }
  }
  // ACR - Capitalized Name
  for (const auto& c : acronyms_) {
    uint32_t k = c.last;
    if (k + 1 < a_.ntok() && (a_.tok(k) == "-" || a_.tok(k) == "–" || a_.tok(k) == "—")) {
      uint32_t b = k + 1, e = b;
      while (e < a_.ntok() && !T(e).para_start &&
             (capitalized(e) || a_.tok(e) == "&" || a_.is(e, "of") || a_.is(e, "and")))
        ++e;
      std::string acr(a_.tok(c.first));
      if (e > b + 1 && initials(b, e) == acr) {
        int ent = a_.entity(EntityType::Organization, std::string(a_.words(b, e)));
        note_alias(ent, acr);
        bound[acr] = ent;
        a_.add_mention({b, e, EntityType::Organization, MentionSource::Name, ent});
      }
    }
  }
  // "The International Association of Athletics Federations will appeal
  // ... the IAAF said": a body the article names in full, with no brackets,
  // whose capitals spell an acronym used alone later is that acronym's
  // (one such body only). Each body's capitals are read once.
  if (!acronyms_.empty()) {
    std::map<std::string, int> by_caps;  // capitals -> body, -1 for two
    for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
      const Entity& e = a_.facts.entities[i];
      if (e.type != EntityType::Organization || e.name.find(' ') == std::string::npos) continue;
      std::string caps = name_capitals(e.name);
      if (caps.size() < 3) continue;
      auto [it, added] = by_caps.emplace(std::move(caps), static_cast<int>(i));
      if (!added && it->second != static_cast<int>(i)) it->second = -1;
    }
    for (const auto& c : acronyms_) {
      std::string acr(a_.tok(c.first));
      if (bound.count(acr)) continue;
      if (auto it = by_caps.find(acr); it != by_caps.end() && it->second >= 0) {
        note_alias(it->second, acr);
        bound[acr] = it->second;
      }
    }
  }
  std::map<std::string, int> count;
  for (const auto& c : acronyms_) ++count[std::string(a_.tok(c.first))];
  for (const auto& c : acronyms_) {
    std::string acr(a_.tok(c.first));
    if (a_.mention_at[c.first] >= 0) continue;  // "(DDIS)" is already part of a binding
    auto it = bound.find(acr);
    int ent = -1;
    if (it != bound.end()) ent = it->second;
    // Unbound: an organization when seen twice, or when it speaks ("the S.E.C. said").
    else if ((count[acr] >= 2 || (after_the(c.first) && speaks_after(c.last))) &&
             lex_.title_role(acr) == TitleRole::None)
      ent = a_.entity(EntityType::Organization, acr);
    if (ent >= 0)
      a_.add_mention({c.first, c.last, EntityType::Organization, MentionSource::Acronym, ent});
  }
  // "(DDIS)" itself is a mention of the bound organization.
  // Every step looks at the token before t, and nearly none is "(": that
  // look is counted for all steps at once, and the token's text read without
  // a view. (Nothing in this loop checks the budget, so the count at every
  // check stays as it was.)
  const uint32_t n = static_cast<uint32_t>(a_.ntok());
  if (n >= 2) a_.spend(n - 2);
  for (uint32_t t = 1; t + 1 < n; ++t) {
    const core::Span before = T(t - 1).span;
    if (before.end != before.begin + 1 || a_.text[before.begin] != '(') continue;
    if (a_.tok(t + 1) != ")" || a_.mention_at[t] >= 0) continue;
    auto it = bound.find(std::string(a_.tok(t)));
    if (it != bound.end())
      a_.add_mention({t, t + 1, EntityType::Organization, MentionSource::Acronym, it->second});
  }
}

// "‘Not the backdrop ...’: Rosenberg Research" before "David Watt of
// Rosenberg Research & Associates Inc.": a person's name (no role) or a
// body's that is the opening words of a body named in the article is that
// body, short.
bool MentionFinder::spelled_acronym(const Entity& e) {
  const std::string initials = name_capitals(e.name);
  if (initials.size() < 3) return false;
  return std::find(e.aliases.begin(), e.aliases.end(), initials) != e.aliases.end();
}

void MentionFinder::merge_prefix_persons_into_orgs() {
  std::map<std::string, int, std::less<>> prefixes;  // opening words -> organization
  for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
    const Entity& e = a_.facts.entities[i];
    // (A body of the lexicons too: "Merrill" beside "Merrill Lynch".)
    if (e.type != EntityType::Organization || e.mentions.empty()) continue;
    auto note = [&](std::string_view part) {
      auto [it, added] = prefixes.emplace(std::string(part), static_cast<int>(i));
      if (!added && it->second != static_cast<int>(i)) it->second = -1;  // two bodies: none
    };
    for (size_t sp = e.name.find(' '); sp != std::string::npos; sp = e.name.find(' ', sp + 1)) {
      std::string_view head(e.name.data(), sp);
      const size_t last_space = head.rfind(' ');
      const std::string_view last =
          last_space == std::string_view::npos ? head : head.substr(last_space + 1);
      if (last == "&" || last == "and" || last == "of" || last == "for" || last == "the") continue;
      // One word only for a body's name ("Desjardins" beside "Desjardins
      // Economics"); a person's needs two (below).
      if (last_space == std::string_view::npos) {
        std::string marked(1, '\x01');  // a one-word prefix, marked as such
        marked += head;
        note(marked);
      } else {
        note(head);
      }
      // "New Zealand Department of Conservation": the name after the
      // country that opens it is the body too.
      if (lex_.country(head) >= 0 && sp + 1 < e.name.size())
        note(std::string_view(e.name).substr(sp + 1));
    }
  }
  if (prefixes.empty()) return;
  std::vector<int> merged_into(a_.facts.entities.size(), -1);
  for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
    Entity& p = a_.facts.entities[i];
    // (Not a person whose name opens with a given name: "John Coltrane"
    // beside "John Coltrane Quartet" is the man.)
    const bool person = p.type == EntityType::Person && p.roles.empty() &&
                        !lex_.exact(std::string_view(p.name).substr(0, p.name.find(' '))).given;
    const bool body = p.type == EntityType::Organization && !p.from_lexicon;
    if (!person && !body) continue;
    // A one-word person too, alone in the article: "Asahi is predicting"
    // beside "Asahi Breweries" (not a given name, above; a surname of
    // someone named in full has joined that person already).
    const bool one_word = p.name.find(' ') == std::string::npos;
    // (A web address by its name: "BuzzFeed.com" beside "BuzzFeed News".)
    const std::string_view own =
        body && one_word && web_address(p.name) ? std::string_view(p.name).substr(0, p.name.find('.'))
                                                : std::string_view(p.name);
    auto it = prefixes.find(one_word ? "\x01" + std::string(own) : p.name);
    if (it == prefixes.end() || it->second < 0 || it->second == static_cast<int>(i)) continue;
    Entity& org = a_.facts.entities[static_cast<size_t>(it->second)];
    // A body spelled out before its acronym, "American Express Financial
    // Advisors (AEFA)", is named as a unit of its own: a body its opening
    // words name is the one it belongs to ("American Express"). (A
    // person's name there is the unit's, short: "Mitsubishi Tokyo".)
    if (body && spelled_acronym(org)) continue;
    org.aliases.push_back(p.name);
    absorb_mentions(org, p);
    merged_into[i] = it->second;
  }
  remap_merged(merged_into);
}

// "Rep. Jim Jordan ... Jordan said": a country whose every mention is its
// bare name, the surname of exactly one person the article names in full,
// is that person (not a country also named otherwise, as "Jordanian" or
// "the Kingdom of Jordan").
void MentionFinder::merge_surname_countries() {
  std::map<std::string_view, int, std::less<>> surnames;  // last word -> person, -1: two
  for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
    const Entity& e = a_.facts.entities[i];
    const size_t space = e.name.rfind(' ');
    if (e.type != EntityType::Person || e.mentions.empty() || space == std::string::npos) continue;
    auto [it, added] =
        surnames.emplace(std::string_view(e.name).substr(space + 1), static_cast<int>(i));
    if (!added && it->second != static_cast<int>(i)) it->second = -1;
  }
  if (surnames.empty()) return;
  std::vector<int> merged_into(a_.facts.entities.size(), -1);
  for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
    Entity& c = a_.facts.entities[i];
    if (c.type != EntityType::Country || c.mentions.empty()) continue;
    int person = -1;
    for (const core::Span& m : c.mentions) {
      auto it = surnames.find(m.of(a_.text));
      // A demonym before a common noun modifies it: "French officials"
      // beside "Peter French" is France's ("Mr French said" is his).
      const uint32_t next = a_.first_token_at(m.end);
      const bool modifier =
          next < a_.ntok() && !T(next).upper &&
          (a_.tags[next].pos == tag::Pos::NN || a_.tags[next].pos == tag::Pos::NNS) &&
          a_.wx(a_.first_token_at(m.begin)).demonym >= 0;
      if (modifier || it == surnames.end() || it->second < 0 ||
          (person >= 0 && it->second != person)) {
        person = -1;
        break;
      }
      person = it->second;
    }
    if (person < 0) continue;
    // ("Cuban" is then a name of Mark Cuban's, as "Trump" is of Donald Trump's.)
    for (const core::Span& m : c.mentions) note_alias(person, std::string(m.of(a_.text)));
    absorb_mentions(a_.facts.entities[static_cast<size_t>(person)], c);
    merged_into[i] = person;
  }
  // ("Cuban said" is the person's name now, no demonym: a speaker.)
  for (auto& m : a_.mentions)
    if (m.entity >= 0 && merged_into[static_cast<size_t>(m.entity)] >= 0 &&
        (m.source == MentionSource::Demonym || m.source == MentionSource::Lexicon))
      m.source = MentionSource::Name;
  remap_merged(merged_into);
}

// "Te Kaurinui Robert" and "Te Kaurinui" beside "Te Kaurinui Robert
// Parata": a person's name of two words or more that opens exactly one
// longer person's name in the article is that person, short. Not a
// father beside "... Jr." (the longer name ends in a generational suffix).
void MentionFinder::merge_prefix_persons() {
  std::map<std::string, int, std::less<>> prefixes;  // opening words -> person
  std::vector<std::pair<size_t, std::vector<size_t>>> headline_only;  // person, its spaces after the second word
  for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
    const Entity& e = a_.facts.entities[i];
    if (e.type != EntityType::Person || e.mentions.empty()) continue;
    const std::string_view last = std::string_view(e.name).substr(e.name.rfind(' ') + 1);
    if (last == "Jr." || last == "Jr" || last == "Sr." || last == "Sr" || last == "II" ||
        last == "III" || last == "IV")
      continue;
    const size_t first_space = e.name.find(' ');
    if (first_space == std::string::npos) continue;
    // The words a prefix leaves out must be name words: not "Elizabeth
    // Warren Hammers" (a headline's verb), "Adam Smith Institute".
    std::vector<size_t> cut;  // spaces after the second word
    for (size_t sp = e.name.find(' ', first_space + 1); sp != std::string::npos;
         sp = e.name.find(' ', sp + 1))
      cut.push_back(sp);
    bool plain = true;
    for (size_t c = 0; c < cut.size() && plain; ++c) {
      const size_t from = cut[c] + 1, to = c + 1 < cut.size() ? cut[c + 1] : e.name.size();
      const std::string word = e.name.substr(from, to - from);
      const WordInfo& as_written = lex_.exact(word);
      plain = !lex_.lowered(core::case_fold(word)).common && !as_written.org_head &&
              !as_written.event_head &&
              !as_written.place_head && !as_written.non_name;
    }
    if (!plain) continue;
    // Nor a name found only in the headline or in a Title Case line of
    // the body ("Elizabeth Warren Hammers Wells Fargo CEO: ...", a live
    // blog's "Ted Cruz Apologizes – Chris Christie ..."): its last words
    // are the line's, and the person is the one the running text names
    // with the opening words ("Ted Cruz said").
    if (!in_running_text(e)) {
      headline_only.emplace_back(i, std::move(cut));
      continue;
    }
    for (size_t sp : cut) {
      auto [it, added] = prefixes.emplace(e.name.substr(0, sp), static_cast<int>(i));
      if (!added && it->second != static_cast<int>(i)) it->second = -1;  // two people: none
    }
  }
  if (prefixes.empty() && headline_only.empty()) return;
  std::vector<int> merged_into(a_.facts.entities.size(), -1);
  for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
    Entity& p = a_.facts.entities[i];
    if (p.type != EntityType::Person || p.mentions.empty()) continue;
    auto it = prefixes.find(p.name);
    if (it == prefixes.end() || it->second < 0 || it->second == static_cast<int>(i)) continue;
    Entity& full = a_.facts.entities[static_cast<size_t>(it->second)];
    full.aliases.push_back(p.name);
    for (auto& r : p.roles) full.roles.push_back(std::move(r));
    absorb_mentions(full, p);
    merged_into[i] = it->second;
  }
  if (!headline_only.empty()) {
    std::map<std::string_view, int, std::less<>> plain_persons;  // name -> person of the running text
    for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
      const Entity& p = a_.facts.entities[i];
      if (p.type == EntityType::Person && !p.mentions.empty() && merged_into[i] < 0 && in_running_text(p))
        plain_persons.emplace(p.name, static_cast<int>(i));
    }
    // (The token mentions are cut in one pass after the loop: a pass per
    // line's name would be quadratic in an article of many such lines.)
    std::vector<uint32_t> kept_of(a_.facts.entities.size(), 0);  // name's bytes kept, 0 for none
    for (const auto& [i, cut] : headline_only) {
      Entity& line = a_.facts.entities[i];
      // The longest opening that names a person of the running text.
      size_t c = cut.size();
      auto it = plain_persons.end();
      while (c > 0 && it == plain_persons.end()) it = plain_persons.find(std::string_view(line.name).substr(0, cut[--c]));
      if (it == plain_persons.end()) continue;
      // The line's mentions become the person's, cut to the name: the
      // words after it are no name, not even an alias.
      const auto kept = static_cast<uint32_t>(cut[c]);
      for (auto& m : line.mentions) m.end = m.begin + kept;
      kept_of[i] = kept;
      Entity& person = a_.facts.entities[static_cast<size_t>(it->second)];
      for (auto& r : line.roles) person.roles.push_back(std::move(r));
      absorb_mentions(person, line);
      merged_into[i] = it->second;
    }
    for (auto& m : a_.mentions) {
      const uint32_t kept = m.entity >= 0 ? kept_of[static_cast<size_t>(m.entity)] : 0;
      if (kept == 0) continue;
      const uint32_t end = T(m.first).span.begin + kept;
      while (m.last > m.first + 1 && T(m.last - 1).span.begin >= end) --m.last;
    }
  }
  remap_merged(merged_into);
}

bool MentionFinder::in_running_text(const Entity& e) const {
  const uint32_t body_from =
      a_.seg.paragraphs.size() > 1 ? a_.seg.paragraphs[1].begin : UINT32_MAX;
  for (const auto& m : e.mentions)
    if (m.begin >= body_from && !a_.title_case(a_.sentence_of(a_.first_token_at(m.begin)))) return true;
  return false;
}

void MentionFinder::merge_demonym_free_orgs() {
  std::map<std::string_view, int, std::less<>> rest_of;  // name past its demonym -> body (-1: two)
  for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
    const Entity& e = a_.facts.entities[i];
    if (e.type != EntityType::Organization || e.mentions.empty()) continue;
    const size_t sp = e.name.find(' ');
    // (Two words at least after the demonym: "Media Council", not "Airways".)
    if (sp == std::string::npos || e.name.find(' ', sp + 1) == std::string::npos ||
        lex_.demonym(std::string_view(e.name).substr(0, sp)) < 0)
      continue;
    auto [it, added] = rest_of.emplace(std::string_view(e.name).substr(sp + 1), static_cast<int>(i));
    if (!added && it->second != static_cast<int>(i)) it->second = -1;
  }
  if (rest_of.empty()) return;
  std::vector<int> merged_into(a_.facts.entities.size(), -1);
  for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
    Entity& short_form = a_.facts.entities[i];
    if (short_form.type != EntityType::Organization || short_form.mentions.empty() || short_form.from_lexicon)
      continue;
    auto it = rest_of.find(short_form.name);
    if (it == rest_of.end() || it->second < 0) continue;
    Entity& full = a_.facts.entities[static_cast<size_t>(it->second)];
    note_alias(it->second, short_form.name);
    absorb_mentions(full, short_form);
    merged_into[i] = it->second;
  }
  remap_merged(merged_into);
}

void MentionFinder::places_in_lists() {
  // Runs of three mentions or more, each after the last but a comma or
  // "and" (", and") between them.
  auto separated = [&](uint32_t from, uint32_t to) {
    if (to <= from || to - from > 2) return false;
    for (uint32_t k = from; k < to; ++k)
      if (!(a_.tok(k) == "," || a_.is(k, "and"))) return false;
    return true;
  };
  auto movable = [&](const Mention& m) {  // a person the rules took on thin evidence
    if (m.entity < 0 || m.source != MentionSource::Name) return false;
    const Entity& e = a_.facts.entities[static_cast<size_t>(m.entity)];
    return e.mentions.size() == 1 && e.roles.empty() && !a_.wx(m.first).given;
  };
  // (Entities moved are marked, and their token mentions retyped in one
  // pass at the end, not one pass each.)
  std::vector<char> moved(a_.facts.entities.size(), 0);
  bool any = false;
  size_t i = 0;
  while (i < a_.mentions.size()) {
    size_t j = i + 1;
    while (j < a_.mentions.size() && separated(a_.mentions[j - 1].last, a_.mentions[j].first)) ++j;
    if (j - i >= 3) {
      bool place = false, others = true;
      for (size_t k = i; k < j; ++k) {
        const Mention& m = a_.mentions[k];
        place = place || m.type == EntityType::Place || m.type == EntityType::Country;
        if (m.type == EntityType::Person && !movable(m)) others = false;
        if (m.type == EntityType::Organization || m.type == EntityType::Event) others = false;
      }
      if (place && others)
        for (size_t k = i; k < j; ++k) {
          const Mention& m = a_.mentions[k];
          if (m.type != EntityType::Person) continue;
          a_.facts.entities[static_cast<size_t>(m.entity)].type = EntityType::Place;
          moved[static_cast<size_t>(m.entity)] = 1;
          any = true;
        }
    }
    i = j;
  }
  if (!any) return;
  for (auto& m : a_.mentions)
    if (m.entity >= 0 && moved[static_cast<size_t>(m.entity)]) m.type = EntityType::Place;
}

void MentionFinder::groups_taken_for_persons() {
  std::vector<char> moved(a_.facts.entities.size(), 0);
  bool any = false;
  for (const Mention& m : a_.mentions) {
    if (m.type != EntityType::Person || m.entity < 0 || m.source != MentionSource::Name) continue;
    if (m.first != a_.sentence_of(m.first).first || m.last + 1 >= a_.ntok()) continue;
    const bool which = a_.tok(m.last) == "," && a_.is(m.last + 1, "which");
    const bool plural = a_.is(m.last, "are") || a_.is(m.last, "were");
    if (!which && !plural) continue;
    Entity& e = a_.facts.entities[static_cast<size_t>(m.entity)];
    if (!e.roles.empty() || a_.wx(m.first).given || a_.wx(m.first).gender != 0) continue;
    e.type = EntityType::Organization;
    moved[static_cast<size_t>(m.entity)] = 1;
    any = true;
  }
  if (!any) return;
  for (auto& m : a_.mentions)
    if (m.entity >= 0 && moved[static_cast<size_t>(m.entity)]) m.type = EntityType::Organization;
}

// Organizations named twice with one letter off in one article ("Contact
// Group" / "Contract Group") are one: the other spelling becomes an alias.
// Names are compared within buckets of the same first word and word count.
void MentionFinder::merge_near_duplicate_orgs() {
  std::map<std::pair<std::string, size_t>, std::vector<int>> buckets;
  for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
    const Entity& e = a_.facts.entities[i];
    if (e.type != EntityType::Organization || e.from_lexicon) continue;
    size_t words = static_cast<size_t>(std::count(e.name.begin(), e.name.end(), ' ')) + 1;
    if (words < 3) continue;
    buckets[{e.name.substr(0, e.name.find(' ')), words}].push_back(static_cast<int>(i));
  }
  merge_near(buckets);
}

// People named twice with one letter off ("Rushdiyah Narker" / "Rushiyah
// Narker"): the same surname and word count, a first name of five letters
// or more ("Mark Lee" and "Mary Lee" stay two).
void MentionFinder::merge_near_duplicate_persons() {
  std::map<std::pair<std::string, size_t>, std::vector<int>> buckets;
  for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
    const Entity& e = a_.facts.entities[i];
    if (e.type != EntityType::Person || e.mentions.empty()) continue;
    const size_t space = e.name.find(' ');
    if (space == std::string::npos || space < 5) continue;
    size_t words = static_cast<size_t>(std::count(e.name.begin(), e.name.end(), ' ')) + 1;
    buckets[{e.name.substr(e.name.rfind(' ') + 1), words}].push_back(static_cast<int>(i));
  }
  merge_near(buckets);
}

// Names within a bucket one edit apart are one entity: pair by pair in
// order; near_pairs() finds the pairs without trying every pair
// (quadratic in a long article naming thousands of "Bank of ..."), and
// mentions are moved to the kept entity once at the end rather than in a
// pass over all of them per merge.
void MentionFinder::merge_near(const std::map<std::pair<std::string, size_t>, std::vector<int>>& buckets) {
  std::vector<int> merged_into(a_.facts.entities.size(), -1);
  for (const auto& [k, list] : buckets) {
    for (auto [x, y] : near_pairs(list)) {
      int ki = list[x], di = list[y];
      if (a_.facts.entities[static_cast<size_t>(ki)].mentions.empty() ||
          a_.facts.entities[static_cast<size_t>(di)].mentions.empty())
        continue;
      // Which spelling names the entity must not depend on which came
      // first, or two articles would key one body differently: the shorter
      // spelling (slips more often add a letter), then the smaller.
      const std::string& kn = a_.facts.entities[static_cast<size_t>(ki)].name;
      const std::string& dn = a_.facts.entities[static_cast<size_t>(di)].name;
      if (dn.size() < kn.size() || (dn.size() == kn.size() && dn < kn)) std::swap(ki, di);
      Entity& keep = a_.facts.entities[static_cast<size_t>(ki)];
      Entity& drop = a_.facts.entities[static_cast<size_t>(di)];
      keep.aliases.push_back(drop.name);
      for (const auto& al : drop.aliases) keep.aliases.push_back(al);
      for (auto& r : drop.roles) keep.roles.push_back(std::move(r));
      merged_into[static_cast<size_t>(di)] = ki;
      absorb_mentions(keep, drop);
    }
  }
  remap_merged(merged_into);
}

// The merge passes above: `drop`'s mentions become `keep`'s, and every
// mention of a merged entity then names (and is typed as) the entity it
// joined. A dropped entity has no mentions left and takes part in no
// later merge, so following merged_into ends.
void MentionFinder::absorb_mentions(Entity& keep, Entity& drop) {
  keep.mentions.insert(keep.mentions.end(), drop.mentions.begin(), drop.mentions.end());
  drop.mentions.clear();
}

void MentionFinder::remap_merged(const std::vector<int>& merged_into) {
  for (auto& m : a_.mentions)
    while (m.entity >= 0 && merged_into[static_cast<size_t>(m.entity)] >= 0) {
      m.entity = merged_into[static_cast<size_t>(m.entity)];
      m.type = a_.facts.entities[static_cast<size_t>(m.entity)].type;
    }
}

// The pairs (x, y), x < y, of positions in `list` whose entity names are
// at most one edit apart, in order. Two such names share a hash: of the
// name itself or of the name with one byte deleted ("Contact" and
// "Contract" both give "Contat"), each deletion hashed in O(1) from
// prefix and suffix hashes. Pairs sharing a hash are then checked exactly.
std::vector<std::pair<size_t, size_t>> MentionFinder::near_pairs(const std::vector<int>& list) const {
  std::vector<std::pair<size_t, size_t>> pairs;
  if (list.size() < 2) return pairs;
  constexpr uint64_t kBase = 1000003;
  std::unordered_map<uint64_t, std::vector<size_t>> by_hash;
  std::vector<uint64_t> pre, suf, pow;
  for (size_t x = 0; x < list.size(); ++x) {
    const std::string& n = a_.facts.entities[static_cast<size_t>(list[x])].name;
    const size_t len = n.size();
    pre.assign(len + 1, 0);
    suf.assign(len + 1, 0);
    pow.assign(len + 1, 1);
    for (size_t i = 0; i < len; ++i) {
      pre[i + 1] = pre[i] * kBase + static_cast<unsigned char>(n[i]);
      pow[i + 1] = pow[i] * kBase;
    }
    for (size_t i = len; i > 0; --i)
      suf[i - 1] = static_cast<unsigned char>(n[i - 1]) * pow[len - i] + suf[i];
    auto note = [&](uint64_t h) {
      auto& v = by_hash[h];
      if (v.empty() || v.back() != x) v.push_back(x);
    };
    note(pre[len] * 31 + len);  // the name itself (length mixed in)
    for (size_t i = 0; i < len; ++i)
      note((pre[i] * pow[len - 1 - i] + suf[i + 1]) * 31 + len - 1);
  }
  for (const auto& [h, xs] : by_hash)
    for (size_t p = 0; p < xs.size(); ++p)
      for (size_t q = p + 1; q < xs.size(); ++q) pairs.emplace_back(xs[p], xs[q]);
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::erase_if(pairs, [&](const std::pair<size_t, size_t>& p) {
    return !edit_distance_le1(a_.facts.entities[static_cast<size_t>(list[p.first])].name,
                              a_.facts.entities[static_cast<size_t>(list[p.second])].name);
  });
  return pairs;
}

bool MentionFinder::edit_distance_le1(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

void MentionFinder::add_pronouns() {
  a_.note_genders();
  // The last pronoun resolved, per sex and inside or outside quotations:
  // "One of his fellow pupils was Vladimir Putin. ... He spied for MI6 ...
  // But he says he will remain on hunger strike": with no name of that sex
  // between, a pronoun goes on with the one before it, not with the last
  // name, which the rules of recent_person() passed over then.
  // ("Federer dropped a set against Gaudio, but was content with his game.
  // “...,” he said": a possessive later in a sentence is no topic the next
  // subject pronoun goes on with; recent_person() finds the subject.)
  struct Last {
    uint32_t at = 0;
    int entity = -1;
    bool possessive = false;
    bool subject = false;  // "he" or "she"
  };
  Last last[4];
  // (A possessive late in the sentence whose named subject is the one
  // recent_person() found: that subject goes on, unless someone else is
  // the subject of a clause between: "Hewitt said ... but Geoff Pollard
  // rejected his comments. “...,” he said" is Pollard's.)
  auto opened_by = [&](uint32_t at, int entity) {
    const text::Sentence& s = a_.sentence_of(at);
    const int m = a_.mention_at[s.first];
    if (m < 0 || a_.mentions[static_cast<size_t>(m)].entity != entity ||
        a_.mentions[static_cast<size_t>(m)].type != EntityType::Person || at <= s.first + 2)
      return false;
    // (Over at most 40 mentions: a bounded look, however long the sentence.)
    int looked = 0;
    for (auto it = a_.mentions_before(s.first + 1); it != a_.mentions.end() && it->first < at && looked < 40;
         ++it, ++looked)
      if (it->type == EntityType::Person && it->entity != entity && it->last < at &&
          (a_.wl(it->last).verbs != nullptr || tag::is_verb(a_.tags[it->last].pos)))
        return false;
    return true;
  };
  // This looks at every token: the token table and its length are held in
  // locals (tokens never change after segmentation), which the compiler
  // could not keep across the stores of the loop.
  const text::Token* const toks = a_.seg.tokens.data();
  const uint32_t ntok = static_cast<uint32_t>(a_.ntok());
  // A report goes on in the next sentence: "Mr Croucher said the main issue
  // was .... He said they might have been matched to Mr Houston when he was
  // standing. He told BBC News: “...”" is Croucher's three times; the name
  // in what he said is no new subject. The reporter of a sentence that
  // opens with a person (a name, or a pronoun resolved here) and a speech
  // verb; the last one a pronoun opened, with its sentence:
  uint32_t reported_in = UINT32_MAX;
  int reported_by = -1;
  auto speech_after = [&](uint32_t k) {  // a speech verb at k, maybe after "also"
    if (k < ntok && a_.is(k, "also")) ++k;
    return k < ntok && toks[k].kind == TokenKind::Word && !toks[k].upper &&
           a_.wl(k).verbs != nullptr;
  };
  auto opener = [&](uint32_t k, const text::Sentence& s) {  // k opens s, maybe after "But"/"And"
    return k == s.first || (k == s.first + 1 && (a_.is(s.first, "but") || a_.is(s.first, "and")));
  };
  auto named_reporter = [&](uint32_t sentence) {
    const text::Sentence& s = a_.seg.sentences[sentence];
    for (uint32_t k = s.first; k < s.first + 2 && k < s.last; ++k) {
      const int m = a_.mention_at[k];
      if (m < 0) continue;
      const Mention& mm = a_.mentions[static_cast<size_t>(m)];
      if (mm.type == EntityType::Person && mm.entity >= 0 && opener(mm.first, s) && speech_after(mm.last))
        return mm.entity;
    }
    return -1;
  };
  // The first token at which each entity is named (mentions are sorted).
  std::vector<uint32_t> first_named(a_.facts.entities.size(), UINT32_MAX);
  for (const Mention& m : a_.mentions)
    if (m.entity >= 0 && static_cast<size_t>(m.entity) < first_named.size() &&
        first_named[static_cast<size_t>(m.entity)] == UINT32_MAX)
      first_named[static_cast<size_t>(m.entity)] = m.first;
  // "Former Rep. Chris Shays (R-Conn.) was pro John Kasich ..., he said": a
  // person named for the first time, in full, opening the sentence (past
  // title words) whose words ", he said" reports, is its "he"; a person
  // named before is talked about ("Mr Blair has failed ..., he claimed").
  // (Not a bare name: "Tom Lund spoke. Karl Dahl was wrong, he said".)
  auto introduced_reporter = [&](uint32_t t, char sex) {
    const text::Sentence& s = a_.sentence_of(t);
    uint32_t k = s.first;
    while (k < t && a_.mention_at[k] < 0 && toks[k].kind == TokenKind::Word && toks[k].upper &&
           (a_.wx(k).title != TitleRole::None || a_.is(k, "former")))
      ++k;
    if (k >= t || a_.mention_at[k] < 0) return -1;
    const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[k])];
    if (m.first != k || m.type != EntityType::Person || m.source != MentionSource::Name ||
        m.last - m.first < 2 || m.entity < 0 || a_.other_sex(m.entity, sex) ||
        static_cast<size_t>(m.entity) >= first_named.size() ||
        first_named[static_cast<size_t>(m.entity)] != m.first)
      return -1;
    // (Introduced as a source is: with an office before the name or a
    // bracket or comma after it; "Tom Lund spoke. Karl Dahl was wrong, he
    // said" is still Lund's.)
    const bool introduced = k > s.first || (m.last < t && (a_.tok(m.last) == "(" || a_.tok(m.last) == ","));
    return introduced ? m.entity : -1;
  };
  // "A spokesman for distributor Toho said ...": a sentence opening with
  // someone who speaks for a named body (reference_nouns.tsv agents) and
  // reporting their words; the body, or -1. ("spokesman" is a man's,
  // "spokeswoman" a woman's.)
  auto agent_body = [&](uint32_t sentence, char sex) {
    const text::Sentence& s = a_.seg.sentences[sentence];
    uint32_t k = s.first;
    // (Not "The Tory spokesman also criticised ...": a definite one may be
    // someone named before, as the party's frontbencher.)
    if (k < s.last && (a_.is(k, "but") || a_.is(k, "and"))) ++k;
    if (k < s.last && (a_.is(k, "a") || a_.is(k, "an"))) ++k;
    if (k < s.last && a_.is(k, "the")) return -1;
    uint32_t h = k;
    while (h < s.last && h - k < 3 && toks[h].kind == TokenKind::Word && !a_.wl(h).agent_noun) ++h;
    if (h >= s.last || !a_.wl(h).agent_noun) return -1;
    if ((a_.is(h, "spokesman") && sex == 'f') || (a_.is(h, "spokeswoman") && sex == 'm')) return -1;
    int body = -1;
    uint32_t after = h + 1;
    if (after + 1 < s.last && (a_.is(after, "for") || a_.is(after, "of") || a_.is(after, "at"))) {
      uint32_t b = after + 1;
      while (b < s.last && b - after < 4 && a_.mention_at[b] < 0 && toks[b].kind == TokenKind::Word &&
             !toks[b].upper)
        ++b;
      if (b < s.last && a_.mention_at[b] >= 0) {
        const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[b])];
        if (m.first == b && (m.type == EntityType::Organization || m.type == EntityType::Country)) {
          body = m.entity;
          after = m.last;
        }
      }
    } else if (h > k && a_.mention_at[h - 1] >= 0) {  // "a Kelvo spokesman"
      const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[h - 1])];
      if (m.last == h && (m.type == EntityType::Organization || m.type == EntityType::Country))
        body = m.entity;
    }
    return body >= 0 && speech_after(after) ? body : -1;
  };
  for (uint32_t t = 0; t < ntok; ++t) {
    a_.check_budget();
    if (toks[t].kind != TokenKind::Word) continue;
    std::string_view cls = a_.wl(t).pronoun;
    if (cls != "person_m" && cls != "person_f") continue;
    const char sex = cls == "person_m" ? 'm' : 'f';
    const bool in_quote = a_.quote_at[t] >= 0;
    Last& before = last[(sex == 'm' ? 0 : 2) + (in_quote ? 1 : 0)];
    int ent = a_.recent_person(t);
    const std::string_view low = a_.lower(t);
    const bool subject = low == "he" || low == "she";
    // A subject pronoun outside quotations before a speech verb: "he said".
    const bool speaks = subject && !in_quote && speech_after(t + 1);
    if (speaks && t > 0 && a_.tok(t - 1) == ",")
      if (const int intro = introduced_reporter(t, sex); intro >= 0) ent = intro;
    const uint32_t sentence = a_.seg.sentence_of[t];
    const bool reports = speaks && opener(t, a_.seg.sentences[sentence]);
    int reporter = -1;  // the reporter of the sentence before, when this one reports too
    if (reports && sentence > 0) {
      reporter = reported_in == sentence - 1 ? reported_by : named_reporter(sentence - 1);
      if (reporter >= 0 && a_.other_sex(reporter, sex)) reporter = -1;
    }
    if (before.entity >= 0 && ent != before.entity &&
        !(before.possessive && subject && ent >= 0 && opened_by(before.at, ent))) {
      bool named_between = false;
      const auto until = a_.mentions_before(t);
      // (A possessive inside a sentence is no new topic after a subject
      // pronoun: "While he said the panel were not “snubbing” Moore's film,
      // he thought ...", and the "he" after it, go on with the one before;
      // one that opens its sentence is, "Mourinho's side were knocked out".)
      auto passing_possessive = [&](const Mention& m) {
        return before.subject && m.last < ntok && toks[m.last].kind == TokenKind::Possessive &&
               !opener(m.first, a_.sentence_of(m.first));
      };
      for (auto it = a_.mentions_before(before.at + 1); it != until; ++it)
        if (it->type == EntityType::Person && it->entity >= 0 &&
            it->source != MentionSource::Pronoun && !a_.other_sex(it->entity, sex) &&
            (in_quote || a_.quote_at[it->first] < 0) && !passing_possessive(*it)) {
          named_between = true;
          break;
        }
      if (!named_between) ent = before.entity;
    }
    if (reporter >= 0) ent = reporter;
    // `A spokesman for Toho said ... “...,” he added.`: the spokesman goes
    // on speaking for the body, when no one of that sex is named between.
    // (After a quotation, the sentence before the one it opens in.)
    uint32_t opens_in = sentence;
    if (t >= 2 && toks[t - 1].kind == TokenKind::CloseQuote && a_.quote_at[t - 2] >= 0)
      opens_in = a_.seg.sentence_of[a_.seg.quotes[static_cast<size_t>(a_.quote_at[t - 2])].open_tok];
    if (speaks && opens_in > 0 && a_.seg.sentences[opens_in - 1].paragraph == a_.seg.sentences[sentence].paragraph)
      if (const int body = agent_body(opens_in - 1, sex); body >= 0) {
        bool named = false;
        for (uint32_t k = a_.seg.sentences[opens_in].first; k < t && !named; ++k)
          named = a_.mention_at[k] >= 0 && a_.quote_at[k] < 0 &&
                  a_.mentions[static_cast<size_t>(a_.mention_at[k])].type == EntityType::Person;
        if (!named) ent = body;
      }
    if (ent < 0) continue;
    if (reports) reported_in = sentence, reported_by = ent;
    // ("her" before a noun or adjective is a possessive: "her game".)
    const bool possessive = low == "his" || (low == "her" && t + 1 < ntok &&
                                             (tag::is_noun(a_.tags[t + 1].pos) || a_.tags[t + 1].pos == tag::Pos::JJ));
    // ("who he believes was ...": a pronoun inside a relative clause holds
    // no topic across a possessive.)
    const bool relative = t > 0 && (a_.is(t - 1, "who") || a_.is(t - 1, "whom") ||
                                    a_.is(t - 1, "which") || a_.is(t - 1, "that"));
    before = {t, ent, possessive, subject && !relative};
    Mention m{t, t + 1, EntityType::Person, MentionSource::Pronoun, ent};
    // Pronoun mentions resolve speakers and `about`, but are not names.
    pronoun_mentions_.push_back(m);
  }
  for (const auto& m : pronoun_mentions_) {
    a_.mentions.push_back(m);
  }
  std::stable_sort(a_.mentions.begin(), a_.mentions.end(),
                   [](const Mention& x, const Mention& y) { return x.first < y.first; });
  a_.index_mentions();
}

}  // namespace mention_detail

}  // namespace newskg::extract
