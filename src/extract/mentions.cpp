// Mentions and in-article coreference of names.
//
// A capitalized run of tokens is cut into pieces by the lexicons, then read:
//   "U.S. Defense Secretary Pete Hegseth"  -> Country(U.S.) Title(Defense Secretary)
//                                             Name(Pete Hegseth) => Person + role of US
//   "Danish Defense Intelligence Service"  -> ends in an organization word => Organization
//                                             (and Denmark, from the demonym)
//   "his Ukrainian counterpart"            -> Demonym => Country(Ukraine)
// Single surnames ("Hegseth") resolve to the full name the article gives
// anywhere, before or after; acronyms bind to their expansions "(DDIS)".
//
// This file reads and types the names; coreference.cpp joins their variants
// and events.cpp finds named events (see mention_finder.hpp).
#include "mention_finder.hpp"

namespace newskg::extract {
namespace mention_detail {

void MentionFinder::run() {
  find_demonym_acronym_bodies();
  for (const auto& s : a_.seg.sentences) {
    a_.check_budget();
    scan_sentence(s);
  }
  resolve_candidates();
  bind_acronyms();
  add_administrations();
  merge_near_duplicate_orgs();
  merge_demonym_free_orgs();
  merge_near_duplicate_persons();
  merge_prefix_persons();
  merge_prefix_persons_into_orgs();
  merge_surname_countries();
  find_events();
  std::stable_sort(a_.mentions.begin(), a_.mentions.end(),
                   [](const Mention& x, const Mention& y) { return x.first < y.first; });
  std::fill(a_.mention_at.begin(), a_.mention_at.end(), -1);
  a_.index_mentions();
  places_in_lists();
  groups_taken_for_persons();
  appositive_roles();
  for (auto& e : a_.facts.entities) {
    std::sort(e.mentions.begin(), e.mentions.end());
    e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
  }
  add_pronouns();
}

void MentionFinder::find_demonym_acronym_bodies() {
  demonym_acronym_bodies_.clear();
  const auto& toks = a_.seg.tokens;
  // The brackets found in the text (memchr), not by a walk over every token.
  for (size_t at = a_.text.find('('); at != std::string_view::npos; at = a_.text.find('(', at + 1)) {
    const uint32_t t = a_.first_token_at(static_cast<uint32_t>(at));
    if (t == 0 || t + 2 >= a_.ntok() || toks[t].span.begin != at || !toks[t + 1].all_upper ||
        toks[t + 1].span.size() < 3 || a_.tok(t) != "(" || a_.tok(t + 2) != ")")
      continue;
    const std::string_view acr = a_.tok(t + 1);
    // Back over the capitalized words and connectors before the bracket;
    // the initials of the capitalized ones, read from the right.
    std::string initials;
    for (uint32_t f = t; f > 0 && t - f < 10 && !T(f).para_start;) {
      --f;
      if (T(f).kind != TokenKind::Word) break;
      if (T(f).upper) {
        initials.insert(initials.begin(), a_.tok(f)[0]);
      } else if (!is_connector(a_.tok(f)) && a_.tok(f) != "&") {
        break;
      }
      if (initials.size() > acr.size()) break;
      if (initials == acr && a_.wx(f).demonym >= 0) {
        demonym_acronym_bodies_.emplace_back(a_.words(f, t));
        break;
      }
    }
  }
  std::sort(demonym_acronym_bodies_.begin(), demonym_acronym_bodies_.end());
}

// Where the run of capitalized words (and the connectors between them)
// that starts at token i ends.
uint32_t MentionFinder::run_end(uint32_t i, const text::Sentence& s) const {
  uint32_t j = i + 1;
  while (j < s.last) {
    // A weekday or month ends a name: "John Stumpf on Tuesday", "Trump Monday".
    // Right after a known given name that opens the run or follows a title
    // it is a surname: "Ian Read", "Tim Back", "British Prime Minister
    // Theresa May" (not "Ben Emmerson QC").
    if (capitalized(j) && a_.wx(j).non_name && a_.wx(i).title == TitleRole::None &&
        !(a_.wx(j - 1).given && (j - 1 == i || a_.wx(j - 2).title == TitleRole::Head ||
                                 a_.wx(j - 2).title == TitleRole::Courtesy)))
      break;
    // `"I have told John I will be around"`: the pronoun before its verb
    // ends the name (a regnal "John I" has no verb right after it).
    if (a_.tok(j) == "I" && j + 1 < s.last && T(j + 1).kind == TokenKind::Word && !T(j + 1).upper &&
        (tag::is_verb(a_.tags[j + 1].pos) || a_.tags[j + 1].pos == tag::Pos::MD))
      break;
    if (capitalized(j)) {
      ++j;
    } else if ((T(j).kind == TokenKind::Word || a_.tok(j) == "&") &&
               is_connector(a_.tok(j)) && j + 1 < s.last && capitalized(j + 1)) {
      j += 2;
    } else if (T(j).kind == TokenKind::Word && is_name_particle(a_.tok(j)) && j + 2 < s.last &&
               T(j + 1).kind == TokenKind::Word && is_name_particle(a_.tok(j + 1)) && capitalized(j + 2)) {
      j += 3;  // two particles: "Ursula von der Leyen", "Ana dos de Santos"
    } else if (a_.wx(j - 1).title != TitleRole::None && j + 2 < s.last &&
               (a_.is(j, "of") || a_.is(j, "to")) && a_.is(j + 1, "the") && capitalized(j + 2) &&
               a_.wx(j + 2).title != TitleRole::None &&
               (j + 3 >= s.last || !capitalized(j + 3) || a_.wx(j + 3).given)) {
      // "Chancellor of the Exchequer Gordon Brown", "Secretary of the
      // Interior": a title word after "of the" ends the title (not "President
      // of the European Parliament", a body's name).
      j += 3;
    } else if (a_.is(j, "on") && j + 1 < s.last && capitalized(j + 1) && a_.wx(j - 1).org_prefix &&
               !a_.wx(j + 1).non_name) {  // not "Commission on Thursday"
      j += 2;  // "Commission on Presidential Debates", "Council on Foreign Relations"
    } else {
      break;
    }
  }
  return j;
}

// "Ministry of Environment, Forestry and Tourism", "Department of
// Agriculture, Food and Rural Affairs": a ministry's or department's
// portfolios go on past a comma to the "and" that ends their list. The
// end of the run [i, j) so extended, or j. Each portfolio is one to three
// capitalized words that are no name the lexicons know (not "the Ministry
// of Defence, Norway and Sweden").
uint32_t MentionFinder::portfolios_end(uint32_t i, uint32_t j, const text::Sentence& s) const {
  const uint32_t h = a_.lower(i) == "the" ? i + 1 : i;
  if (h + 2 >= j || !a_.wx(h).org_prefix || !a_.is(h + 1, "of")) return j;
  auto portfolio = [&](uint32_t k) {  // past the portfolio's words from k
    uint32_t w = k;
    Piece known{};
    while (w < s.last && w - k < 3 && capitalized(w) && !T(w).all_upper && !a_.wx(w).given &&
           a_.wx(w).demonym < 0 && a_.wx(w).title != TitleRole::Head &&
           a_.wx(w).title != TitleRole::Courtesy &&
           !match_lexicon(w, s.last, known))
      ++w;
    return w < s.last && capitalized(w) ? k : w;  // a longer run is something else
  };
  for (uint32_t k = j; k + 1 < s.last && a_.tok(k) == ",";) {
    const uint32_t w = portfolio(k + 1);
    if (w == k + 1 || w + 1 >= s.last) return j;
    if (a_.is(w, "and")) {
      const uint32_t last = portfolio(w + 1);
      return last > w + 1 ? last : j;
    }
    k = w;
  }
  return j;
}

bool MentionFinder::starts_clause(uint32_t i, const text::Sentence& s) const {
  if (i == s.first) return true;
  auto k = T(i - 1).kind;
  if (k == TokenKind::OpenQuote) return true;
  std::string_view p = a_.tok(i - 1);
  return p == ":" || p == "(" || p == "—" || p == "-" || p == "*" || p == "**";
}

// A dateline opening a paragraph near the top of the body: a place in
// capitals, perhaps its state or country, and a dash ("BUENA PARK, Calif. -
// ", "DES MOINES — ", "RANGOON, Burma - "). The place's words are no common
// words ("EXCLUSIVE – " is a label) unless a state follows ("STATE
// COLLEGE, Pa."), and no known body's ("AP - "). The token after the dash,
// or 0 when the sentence opens otherwise; [first, place_end) is the place,
// and `country` says the lexicons know it as a country ("WASHINGTON — ").
uint32_t MentionFinder::dateline_end(const text::Sentence& s, uint32_t& place_end, bool& country) const {
  const uint32_t b = s.first;
  if (s.paragraph == 0 || s.paragraph > 3 || !T(b).para_start) return 0;
  uint32_t k = b;
  bool all_common = true;
  while (k < s.last && k - b < 5 &&
         ((T(k).kind == TokenKind::Word && T(k).all_upper && a_.tok(k).size() >= 2) ||
          (k > b && a_.tok(k) == "." && T(k - 1).kind == TokenKind::Word))) {
    if (T(k).kind == TokenKind::Word) all_common = all_common && a_.wl(k).common;
    ++k;
  }
  if (k == b) return 0;
  place_end = k;
  bool state = false;
  if (k + 2 < s.last && a_.tok(k) == "," && T(k + 1).kind == TokenKind::Word && T(k + 1).upper) {
    uint32_t t = k + 1;
    while (t < s.last && t - k <= 3 && T(t).kind == TokenKind::Word && T(t).upper) ++t;
    if (t < s.last && a_.tok(t) == ".") ++t;
    k = t;
    state = true;
  }
  if (k + 1 >= s.last || !is_dash(a_.tok(k)) || (all_common && !state)) return 0;
  Piece known{};
  const bool whole = match_lexicon(b, place_end, known) && known.last == place_end;
  if (whole && known.kind == PieceKind::Org) return 0;
  country = whole && known.kind == PieceKind::Country;
  while (k < s.last && is_dash(a_.tok(k))) ++k;
  return k;
}

void MentionFinder::scan_sentence(const text::Sentence& s) {
  const bool headline_case = a_.title_case(s);
  uint32_t i = s.first;
  bool country = false;
  if (uint32_t place_end = 0, after = dateline_end(s, place_end, country); after != 0) {
    // (A capital or country keeps its own entity: "WASHINGTON — ".)
    if (country) {
      scan_run(i, place_end, s, headline_case);
    } else {
      add_place(i, place_end);
    }
    i = after;
  }
  while (i < s.last) {
    if (!capitalized(i)) {
      ++i;
      continue;
    }
    // "the website GunBroker.com said", "Salon.com reported": a web
    // address (one token, text::segment) names the body behind it. A
    // known body keeps its name ("Amazon.com" is Amazon).
    if (const std::string_view w = a_.tok(i); web_address(w)) {
      if (Piece known{}; !(match_lexicon(i, i + 1, known) && known.last == i + 1)) {
        // (A body whose name opens with the address's name is the same:
        // "BuzzFeed.com" beside "BuzzFeed News", merge_prefix_persons_into_orgs.)
        add_org(i, i + 1, std::string(w), MentionSource::Name);
        ++i;
        continue;
      }
    }
    uint32_t j = run_end(i, s);
    // A known name may hold a number or a lower-case word the run stops
    // at: "No 10", "Number 10" (Downing Street).
    if (Piece known{}; match_lexicon(i, s.last, known) && known.last > j) j = known.last;
    j = portfolios_end(i, j, s);
    // "on Ninety Mile beach", "Bondi beach": a geographic word written in
    // lower case after the name ends a place's name.
    if (Piece known{}; j < s.last && T(j).kind == TokenKind::Word && !T(j).upper &&
                       a_.wl(j).place_word && !headline_case && !a_.wx(i).given &&
                       a_.wx(i).demonym < 0 &&
                       !match_lexicon(i, j, known) &&  // "Malian desert blues band"
                       tagged_as(i, j) != tag::EntityType::Person) {
      add_place(i, j + 1);
      i = j + 1;
      continue;
    }
    // "the U.S.-Japan Maritime Policy Council": countries a body joins by
    // a hyphen open its name (and are no mentions of their own there).
    if (Piece c{}; j + 1 < s.last && attached_hyphen(j) && capitalized(j + 1) &&
                   match_lexicon(i, j, c) && c.kind == PieceKind::Country && c.last == j) {
      const uint32_t j2 = run_end(j + 1, s);
      if (j2 >= j + 3 && a_.wx(j2 - 1).org_head && tagged_as(j + 1, j2) != tag::EntityType::Location) {
        add_org(i, j2, std::string(a_.words(i, j2)), MentionSource::Name);
        i = j2;
        continue;
      }
    }
    if (!headline_case) {
      const uint32_t b = i + 1 < j && a_.lower(i) == "the" ? i + 1 : i;
      // A body named so once keeps its name alone later: "Frack Free
      // Namibia says", after "campaign group Frack Free Namibia".
      const bool named_before =
          !bodies_named_.empty() && bodies_named_.count(std::string(a_.words(b, j))) > 0;
      const uint32_t ob = named_before ? b : named_body(b, j, s);
      if (ob < j) {
        if (ob > i) scan_run(i, ob, s, headline_case);
        std::string name(a_.words(ob, j));
        add_org(ob, j, name, MentionSource::Name);
        bodies_named_.insert(std::move(name));
        i = j;
        continue;
      }
    }
    scan_run(i, j, s, headline_case);
    i = j;
  }
}

// Where the body's name starts in the run [b, e), or e when the words
// around the run do not say it names a body:
// - a kind of body before it: "retailer Loot", "campaign group Frack Free
//   Kenya", "the charity Orvane Trust" (reference_nouns.tsv), or the run
//   opening with one ("Retailer Loot said");
// - an owner or seat before it: "the state-owned Kelvar", "London-based
//   Hiscox";
// - a job and a person's name after it: "Vantor chief executive Tim
//   Hale", "Kelvar pipelines executive Ruth Bede".
// Never a run the tagger reads as a person ("Marlow aide Jo Tam"), nor one
// holding a country, demonym, title or given name of the lexicons.
uint32_t MentionFinder::named_body(uint32_t b, uint32_t e, const text::Sentence& s) const {
  uint32_t ob = b;
  bool kind_before = false, kind_opens = false, apposed = false;
  if (b > s.first && T(b - 1).kind == TokenKind::Word && !T(b - 1).upper) {
    const std::string_view w = a_.lower(b - 1);
    // "the company Trump founded", "the party Trump hosted": after "the"
    // and the noun, one word is the subject of a relative clause unless a
    // speech verb or the clause's end follows it ("the charity Oxfam said").
    kind_before = a_.wl(b - 1).body_noun &&
                  !(e == b + 1 && b >= 2 && a_.lower(b - 2) == "the" && e < s.last &&
                    a_.wl(e).verbs == nullptr && T(e).kind == TokenKind::Word);
    for (std::string_view end : {"-owned", "-run", "-controlled", "-listed", "-based",
                                 "-headquartered"})
      kind_before = kind_before || (w.size() > end.size() + 1 && w.ends_with(end));
  } else if (e > b + 1 && a_.wl(b).body_noun && T(b).upper && !T(b + 1).all_upper) {
    ob = b + 1;  // "Retailer Loot said": one run, no relative clause to fear
    kind_before = kind_opens = true;
  } else if (b >= s.first + 2 && a_.is(b - 1, ",") && T(b - 2).kind == TokenKind::Word &&
             !T(b - 2).upper && a_.wl(b - 2).body_noun && e < s.last && a_.is(e, ",")) {
    // Set off by commas after the kind of body: "The world's biggest
    // confectionery firm, Cadbury Schweppes, has ..." (whatever the tagger
    // reads; a given name still makes a person: "the firm, Ann Dorsey,").
    // Not when the phrase is someone's office in the body: "The head of
    // the state-owned Naftohaz company, Yury Boyko, said".
    bool office = false;
    for (uint32_t k = b - 2; k > s.first && b - 2 - k < 12 && !office; --k) {
      if (T(k - 1).kind == TokenKind::Punct) break;
      if (a_.is(k - 1, "of") && k >= s.first + 2) {
        const WordInfo& w = a_.wl(k - 2);
        office = w.description_head || w.job_word || w.agent_noun ||
                 w.source_noun != SourceNoun::None;
      }
    }
    kind_before = apposed = !a_.wx(b).given && !office;
  }
  // "Lauren Nel from Natural Justice", "Ann Lee from the Harbor Trust": a
  // person's name, "from" and a name the tagger reads as no place.
  if (!kind_before && e > b + 1) {
    uint32_t f = b;
    if (f > s.first && a_.lower(f - 1) == "the") --f;
    kind_before = f >= s.first + 2 && a_.is(f - 1, "from") && capitalized(f - 2) &&
                  a_.tags[f - 2].entity == tag::EntityType::Person && !a_.wx(e - 1).place_head;
    // Not "from Toyota and Nissan", "Strategy Analytics of Boston".
    for (uint32_t k = b; k < e && kind_before; ++k)
      kind_before = !(a_.is(k, "and") || a_.is(k, "of") || a_.tok(k) == "&");
  }
  // Not a common word or adjective opening the sentence ("New coach Tony
  // Lester", "Diminutive wing Shane Williams").
  const bool opener = b == s.first || starts_clause(b, s);
  const tag::Pos first_pos = a_.tags[b].pos;
  const bool job_after =
      !kind_before && e - b <= 4 &&
      !(opener && (a_.wl(b).common || first_pos == tag::Pos::JJ || first_pos == tag::Pos::RB ||
                   first_pos == tag::Pos::VBN || first_pos == tag::Pos::VBG)) &&
      job_then_name(e, s);
  if (!kind_before && !job_after) return e;
  // Nor a compound adjective ("Oscar-winning director"), a piece of a
  // longer name ("People's Bank", "... Worker's Union general secretary",
  // "ex-Downing Street media chief").
  bool compound = false;
  for (uint32_t k = b; k < e; ++k) {
    const std::string_view w = a_.tok(k);
    const size_t dash = w.find('-');
    compound = compound || (dash != std::string_view::npos && dash + 1 < w.size() &&
                            std::islower(static_cast<unsigned char>(w[dash + 1])));
  }
  const bool piece = (e < s.last && T(e).kind == TokenKind::Possessive) ||
                     (b > s.first && (T(b - 1).kind == TokenKind::Possessive ||
                                      (T(b - 1).kind == TokenKind::Word && !T(b - 1).upper &&
                                       a_.tok(b - 1).find('-') != std::string_view::npos &&
                                       T(b - 1).span.end == T(b).span.begin)));
  // ("store Pier 1 Imports": a number and a capitalized word after the run
  // go on with the name, so the run is only a piece of it.)
  const bool name_goes_on = e + 1 < s.last && T(e).kind == TokenKind::Number && capitalized(e + 1);
  if (compound || piece || name_goes_on || a_.lower(b).starts_with("ex-")) return e;  // "Ex-Downing Street"
  // (A given name may name a body when it stands alone after the kind of
  // body: "engineering group Jarvis".)
  if (e - ob > 5 || (a_.wx(ob).given && !(kind_before && !kind_opens && e == ob + 1))) return e;
  // A list of bodies or a body and its seat is no one name: "maker Toyota
  // and Nissan", "manufacturer Airbus and US firm Boeing", "consultancy
  // Strategy Analytics of Boston".
  for (uint32_t k = ob; k < e; ++k)
    if (a_.is(k, "and") ||
        (a_.is(k, "of") && k + 1 < e && a_.tags[k + 1].entity == tag::EntityType::Location))
      return e;
  // "the public services union Unison Dave Prentis": a given name and a
  // surname after it end the body ("Natural Justice" ends on its word).
  for (uint32_t k = ob + 1; k + 1 < e; ++k)
    if (a_.wx(k).given && kind_before) return e;
  for (uint32_t k = ob; k < e; ++k) {
    Piece p{};
    if (T(k).kind != TokenKind::Word && a_.tok(k) != "&") return e;
    // (Title words may name a body its kind announces: "Natural Justice",
    // but no title's head opens it.)
    const TitleRole role = a_.wx(k).title;
    if (a_.wx(k).demonym >= 0 || a_.wx(k).non_name ||
        (role != TitleRole::None &&
         (!kind_before || (k == ob && role != TitleRole::Modifier))))
      return e;
    if (match_lexicon(k, e, p) && p.kind != PieceKind::Org && (job_after || p.first == ob))
      return e;
  }
  // (One word after the kind of body is its name whatever the tagger
  // reads: "marketing company Doubleclick, one of ...".)
  const tag::EntityType tagged = tagged_as(ob, e);
  const bool one_word_named = kind_before && !job_after && e == ob + 1 && ob == b;
  if ((tagged == tag::EntityType::Person && !kind_opens && !one_word_named && !apposed) ||
      (tagged == tag::EntityType::Location && !one_word_named))
    return e;
  return ob;
}

uint8_t MentionFinder::work_listed_before(uint32_t b, uint32_t e, const text::Sentence& s) const {
  // The kind of work (work_nouns.tsv) of a noun or its plural.
  auto kind_of = [&](uint32_t k) -> uint8_t {
    if (T(k).kind != TokenKind::Word || T(k).upper) return 0;
    if (const uint8_t kind = a_.wl(k).work_noun; kind != 0) return kind;
    const std::string_view w = a_.lower(k);
    return w.size() > 3 && w.back() == 's' ? a_.lex.lowered(w.substr(0, w.size() - 1)).work_noun : 0;
  };
  if (b < s.first + 2) return 0;
  // "novel, Runaway Zero-Eight": the noun, a comma, the title; not a
  // subject after a fronted phrase ("receiving the award for best comedy,
  // Walliams said") or an appositive ("the director of the film, Vinod
  // Pande, says"), which a verb follows.
  if (a_.tok(b - 1) == "," && !T(b - 2).upper && a_.wl(b - 2).work_noun == 1) {
    uint32_t after = e;
    if (after + 1 < s.last && a_.tok(after) == ",") ++after;
    const bool verb = after < s.last && (tag::is_verb(a_.tags[after].pos) || a_.wl(after).verbs != nullptr);
    return verb ? 0 : 1;
  }
  // "films including A, B and C", "films such as A": back over the items
  // (capitalized words, ", " or "and" between) to the word that opens the
  // list, the plural noun before it.
  uint32_t k = b;
  for (int items = 0; k > s.first + 1 && items < 24; ++items) {
    const uint32_t p = k - 1;
    const std::string_view w = a_.lower(p);
    if (w == "including" || w == "like" || (w == "as" && p > s.first && a_.is(p - 1, "such"))) {
      const uint32_t noun = w == "as" ? p - 2 : p - 1;
      return noun >= s.first && noun < p && kind_of(noun) == 1 && !a_.wl(noun).work_noun ? 1 : 0;
    }
    // "She starred in Jerry Maguire and Cold Mountain": what an actor stars
    // in is a work. (Not "worked on": "worked on Ann Dorsey's campaign".)
    // (A name that owns what follows is no title: "starred in Hughes' 1943
    // film The Outlaw".)
    if (p > s.first && w == "in" &&
        (a_.is(p - 1, "starred") || a_.is(p - 1, "starring") || a_.is(p - 1, "stars") ||
         a_.is(p - 1, "co-starred")))
      return e < s.last && (T(e).kind == TokenKind::Possessive || a_.tok(e) == "'" ||
                            a_.tok(e) == "\xe2\x80\x99")
                 ? 0
                 : 1;
    // (Past the lower-case nouns of an item: "the hit film Jerry Maguire,".)
    const bool item_noun = T(p).kind == TokenKind::Word && !T(p).upper &&
                           (a_.tags[p].pos == tag::Pos::NN || a_.tags[p].pos == tag::Pos::NNS);
    if (!(T(p).kind == TokenKind::Word && (T(p).upper || w == "and" || w == "the" || w == "of")) &&
        w != "," && !item_noun)
      return 0;
    k = p;
  }
  return 0;
}

// From token k: up to three lower-case words, the last a job ("chief
// executive", "pipelines executive", "spokeswoman", "aide"), then a name
// (two capitalized words, or a known given name).
bool MentionFinder::job_then_name(uint32_t k, const text::Sentence& s) const {
  for (uint32_t n = 0; n < 3 && k + n + 1 < s.last; ++n) {
    const uint32_t w = k + n;
    if (T(w).kind != TokenKind::Word || T(w).upper) return false;
    // Nouns and adjectives only: not "Actor Tom Hanks and director Ron Howard".
    // ("pipelines" may be read as a verb.)
    const tag::Pos pos = a_.tags[w].pos;
    if (pos != tag::Pos::NN && pos != tag::Pos::NNS && pos != tag::Pos::JJ &&
        !(pos == tag::Pos::VBZ && a_.wl(w).verbs == nullptr))
      return false;
    const WordInfo& info = a_.wl(w);
    const bool job = info.job_word || info.agent_noun || info.source_noun == SourceNoun::Person;
    const uint32_t next = w + 1;
    if (job && capitalized(next) && !T(next).all_upper &&
        (a_.wx(next).given || (next + 1 < s.last && capitalized(next + 1))))
      return true;
  }
  return false;
}

// Lexicon country/org match of the longest surface starting at k (tokens < end).
bool MentionFinder::match_lexicon(uint32_t k, uint32_t end, Piece& out) const {
  // Only words that start some name are looked up, and only as far as the
  // longest name starting with that word.
  size_t max_n = std::min<size_t>(a_.wx(k).name_max_tokens, end - k);
  for (size_t n = max_n; n >= 1; --n) {
    std::string_view surface = a_.words(k, k + static_cast<uint32_t>(n));
    if (surface.find('\n') != std::string_view::npos) continue;
    const Lexicons::NameIndex& names = lex_.names(surface);
    if (int c = names.country; c >= 0) {
      out = {PieceKind::Country, k, k + static_cast<uint32_t>(n), c};
      return true;
    }
    // Demonyms of more than one word ("South African", "New Zealanders");
    // one-word ones are read token by token.
    if (int d = n > 1 ? names.demonym : -1; d >= 0) {
      out = {PieceKind::Demonym, k, k + static_cast<uint32_t>(n), d};
      return true;
    }
    if (int o = names.organization; o >= 0) {
      // "US Treasury Secretary Scott Bessent": a title of the country, not the body.
      const uint32_t after = k + static_cast<uint32_t>(n);
      if (after < end && a_.wx(after).title == TitleRole::Head &&
          a_.wx(after - 1).title == TitleRole::Modifier)
        continue;
      // A one-letter name ("X") is the platform only where news uses it so:
      // "on X", "X/@handle".
      if (surface.size() == 1) {
        bool on = k > 0 && a_.is(k - 1, "on");
        bool slash = k + 1 < a_.ntok() && a_.tok(k + 1) == "/";
        if (!on && !slash) continue;
      }
      out = {PieceKind::Org, k, k + static_cast<uint32_t>(n), o};
      return true;
    }
    if (int c = names.capital; c >= 0 && capital_for_government(k, k + n)) {
      out = {PieceKind::Country, k, k + static_cast<uint32_t>(n), c};
      return true;
    }
    // "Liverpool", "Porto", "Celtic": the club in a sentence about sport,
    // the city or the word elsewhere; not inside a longer name ("Stephen
    // Toulouse", "Mr Toulouse", "the Liverpool Echo").
    if (int o = names.sports_club;
        o >= 0 && a_.about_sport(k) && !inside_longer_name(k, k + static_cast<uint32_t>(n))) {
      out = {PieceKind::Org, k, k + static_cast<uint32_t>(n), o};
      return true;
    }
  }
  // "The Economist", "told The Times": a body whose name begins with "The"
  // (organizations.tsv), where the run begins after that word, written so
  // (not "up the Hill"), and the whole of the run (not "The Independent
  // Police Complaints Commission").
  if (k > 0 && a_.tok(k - 1) == "The") {
    const size_t the_max = std::min<size_t>(lex_.exact("The").name_max_tokens, end - k + 1);
    for (size_t n = the_max; n >= 2; --n) {
      const std::string surface =
          "The " + std::string(a_.words(k, k + static_cast<uint32_t>(n - 1)));
      if (surface.find('\n') != std::string::npos) continue;
      const uint32_t after = k + static_cast<uint32_t>(n - 1);
      if (after < a_.ntok() && capitalized(after)) continue;
      if (int o = lex_.organization(surface); o >= 0) {
        out = {PieceKind::Org, k, after, o};
        return true;
      }
    }
  }
  return false;
}

bool MentionFinder::inside_longer_name(uint32_t b, uint32_t e) const {
  const text::Sentence& s = a_.sentence_of(b);
  if (a_.title_case(s)) return false;  // a headline capitalizes every word
  if (b > s.first && !T(b).para_start && capitalized(b - 1)) return true;
  return e < s.last && !T(e).para_start && capitalized(e);
}

// A capital that acts or is acted on stands for its government, and the
// graph names the country (corpus/GOLD.md): "Moscow said", "Washington
// has claimed", "accused Beijing". "In Moscow", "Beijing Olympics", and a
// capital that is also the surname of a person the article names
// ("Denzel Washington ... Washington said") are not.
bool MentionFinder::capital_for_government(uint32_t b, uint32_t e) const {
  // Headlines name festivals and markets by their city ("Berlin hails
  // European cinema", "London leads ..."): the body has to say it.
  const core::Span title = a_.doc.title_span;
  if (title.end > title.begin && T(b).span.begin >= title.begin && T(b).span.begin < title.end)
    return false;
  if (b > 0 && capitalized(b - 1) && !T(b).para_start && !a_.wx(b - 1).non_name) return false;
  if (e < a_.ntok() && capitalized(e) && !T(e).para_start) return false;
  if (surname_capitals().count(std::string(a_.words(b, e)))) return false;
  using tag::Pos;
  // After a preposition it is a place ("in Moscow"); after "and" one of a
  // list of places as often as not ("the South East and London fell");
  // after a modifier a described city ("1930s London", "central Berlin");
  // before a noun a modifier itself ("London mayor Ken Livingstone").
  if (b > 0 && !T(b).para_start) {
    const Pos before = a_.tags[b - 1].pos;
    if (before == Pos::IN || before == Pos::TO || before == Pos::CC || before == Pos::CD ||
        before == Pos::JJ || before == Pos::NN || before == Pos::NNS)
      return false;
  }
  if (e < a_.ntok() && (a_.tags[e].pos == Pos::NN || a_.tags[e].pos == Pos::NNS)) return false;
  auto verb = [](Pos p) {
    return p == Pos::VBD || p == Pos::VBZ || p == Pos::VBP || p == Pos::MD || p == Pos::VB;
  };
  // Its clause's subject, but not of "be" ("Paris was more ...", "London
  // has been chosen to host"): a city described, not a government acting.
  if (e < a_.ntok() && verb(a_.tags[e].pos)) {
    for (const char* be : {"is", "was", "are", "were", "be", "'s", "’s"})
      if (a_.is(e, be)) return false;
    return !(e + 1 < a_.ntok() && a_.is(e + 1, "been"));
  }
  // The object of a reporting verb that takes a hearer or a target
  // ("accused Beijing", "warned Taipei"); not of any verb ("visited
  // Moscow" is the city), nor a possessive ("stressing London's strengths").
  if (b == 0 || T(b).para_start || (e < a_.ntok() && T(e).kind == text::TokenKind::Possessive))
    return false;
  if (const auto* verbs = lex_.speech_verbs(a_.lower(b - 1)))
    for (const SpeechVerb* v : *verbs)
      if (v->words == 1 && (v->frame == VerbFrame::Tell || v->frame == VerbFrame::NounPhrase))
        return true;
  return false;
}

// Capitals the article uses as the last word of a longer name ("Denzel
// Washington"), found in one pass the first time they are asked for.
const std::set<std::string>& MentionFinder::surname_capitals() const {
  if (!surname_capitals_) {
    surname_capitals_.emplace();
    for (uint32_t t = 1; t < a_.ntok(); ++t)
      if (capitalized(t) && capitalized(t - 1) && !T(t).para_start && !a_.wx(t - 1).non_name &&
          lex_.capital(a_.tok(t)) >= 0)
        surname_capitals_->insert(std::string(a_.tok(t)));
  }
  return *surname_capitals_;
}

// "1989's", "2004’s": a year and its possessive, one number token.
static bool year_possessive(std::string_view w) {
  if (w.size() < 6 ||
      !std::all_of(w.begin(), w.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  const std::string_view rest = w.substr(4);
  return rest == "'s" || rest == "\u2019s";
}

bool MentionFinder::after_credit_label(uint32_t b, const text::Sentence& s) const {
  for (uint32_t k = b; k > s.first + 1 && b - k < 16; --k)
    if (a_.tok(k - 1) == ":" &&
        (a_.is(k - 2, "credit") || a_.is(k - 2, "credits") || a_.is(k - 2, "photo") ||
         a_.is(k - 2, "photograph") || a_.is(k - 2, "image") || a_.is(k - 2, "picture")))
      return true;
  return false;
}

void MentionFinder::scan_run(uint32_t b, uint32_t e, const text::Sentence& s, bool headline_case) {
  // "told The Namibian": a capitalized "The" inside a sentence, then a
  // demonym, is a newspaper's name, not the people of a country.
  if (e == b + 2 && !headline_case && a_.is(b, "the") && T(b).upper && b > s.first &&
      T(b - 1).kind == TokenKind::Word && a_.wx(b + 1).demonym >= 0) {
    add_org(b, e, std::string(a_.words(b, e)), MentionSource::Name);
    return;
  }
  // "the Prime Minister's Office said", "the Information Commissioner's
  // Office": one head word of a body after an office holder's title and a
  // possessive is that office's body, named with the title.
  if (e == b + 1 && b >= 2 && a_.wx(b).org_head && T(b - 1).kind == TokenKind::Possessive &&
      a_.mention_at[b - 2] < 0) {
    uint32_t f = b - 1;
    bool title = false;
    while (f > s.first && b - f < 6 && T(f - 1).kind == TokenKind::Word && T(f - 1).upper &&
           a_.mention_at[f - 1] < 0 && !a_.is(f - 1, "the")) {
      title = title || a_.wx(f - 1).title == TitleRole::Head;
      --f;
    }
    if (title && f < b - 1) {
      add_org(f, e, std::string(a_.words(f, e)), MentionSource::Name);
      return;
    }
  }
  // "Hamas-led", "South African-based": a hyphenated adjective of
  // leading, basing or backing ends what it modifies; the name after it
  // stands alone ("South African-based Vaal Justice Alliance").
  for (uint32_t k = b; k < e; ++k) {
    if (is_hyphen_adjective(a_.lower(k))) {
      if (k + 1 < e) scan_run(k + 1, e, s, headline_case);
      return;
    }
  }
  // `Said Comey, “...”`: a speech verb opening the sentence before a name
  // and a quotation is the verb (not the given name Said).
  if (b == s.first && e - b >= 2 && e + 1 < a_.ntok() && (a_.tok(e) == "," || a_.tok(e) == ":") &&
      T(e + 1).kind == TokenKind::OpenQuote &&
      a_.wl(b).verbs != nullptr)
    ++b;
  // Drop sentence-initial common words ("Despite", "The") and non-names.
  while (b < e) {
    std::string_view low = a_.lower(b);
    Piece p{};
    bool known =
        match_lexicon(b, e, p) || a_.wx(b).demonym >= 0 || a_.wx(b).title != TitleRole::None;
    // "New South Wales officials said": a place of places.tsv opening the run.
    for (uint32_t n = 2; !known && n <= 4 && b + n <= e; ++n)
      known = lex_.place_name(a_.words(b, b + n));
    if (a_.wx(b).non_name && !known) {
      ++b;
      continue;
    }
    // "Former WorldCom boss ...", "Outgoing Leeds chairman ...": "former"
    // opens a title only before a title word ("Former President ..."); before
    // a name it is no part of that name.
    if (a_.wx(b).title == TitleRole::Former && b + 1 < e && a_.wx(b + 1).title == TitleRole::None) {
      ++b;
      continue;
    }
    const bool verb_like = low.size() > 4 && (low.ends_with("ing") || low.ends_with("ly"));
    // "Ministers said", "Organisers said": the plural of a common word, or a
    // noun for people left unnamed (source_nouns.tsv), opening a clause.
    const bool plural_noun =
        e == b + 1 && (a_.wl(b).source_noun == SourceNoun::People || a_.plural_of_common(b));
    // As a common word, it is a name only as the surname of someone the
    // article names in full ("Tony Banks ... Banks said").
    if (starts_clause(b, s) && !known && !a_.wx(b).given &&
        (a_.wl(b).common || verb_like || plural_noun || a_.written_lower(b)) && !T(b).all_upper &&
        !opens_name(b, e)) {
      // Only as a clause's subject: "Price said", "Black has argued", not "Price rises".
      // (Speech verbs such as "said" count through the lexicon.)
      static constexpr std::string_view kAux[] = {"has",   "had",  "was",  "is",   "will",
                                                  "would", "also", "then", "later"};
      // "Small, who attended the rally, said": a relative clause about a person.
      const bool subject =
          (b + 1 < s.last && !T(b + 1).upper && T(b + 1).kind == TokenKind::Word &&
           (a_.wl(b + 1).verbs != nullptr ||
            std::find(std::begin(kAux), std::end(kAux), a_.lower(b + 1)) != std::end(kAux))) ||
          (b + 2 < s.last && a_.tok(b + 1) == "," && a_.is(b + 2, "who"));
      if (e == b + 1 && !verb_like && subject) {
        Candidate c;
        c.first = b;
        c.last = b + 1;
        c.single = c.surname_only = true;
        candidates_.push_back(c);
      }
      ++b;
      continue;
    }
    if (is_connector(low)) {
      ++b;
      continue;
    }
    break;
  }
  while (e > b && is_connector(a_.tok(e - 1))) --e;
  if (b >= e) return;
  // "1989's Shirley Valentine", "2004's Shall We Dance": a name after a
  // year's possessive is the title of that year's work, no one's name (a
  // body, place or event keeps its head word: "2006's World Cup").
  if (b >= 1 && T(b - 1).kind == TokenKind::Number && year_possessive(a_.tok(b - 1)) &&
      !a_.wx(e - 1).event_head && !a_.wx(e - 1).org_head && !a_.wx(e - 1).place_head) {
    Piece known{};  // ("2003's US-led invasion": a country or known body stays one)
    if (!match_lexicon(b, e, known) && a_.wx(b).demonym < 0) return;
  }
  // "Members of Parliament", "a Member of the European Parliament": the
  // people of a body, not the body; the body is named after "of".
  if (e > b + 2 && (a_.is(b, "members") || a_.is(b, "member")) && a_.is(b + 1, "of")) {
    uint32_t f = b + 2;
    if (f + 1 < e && a_.is(f, "the")) ++f;
    scan_run(f, e, s, headline_case);
    return;
  }
  // "Kazuhiro Takahashi of Daiwa Securities", "Mark Longden of the
  // Independent ... Association": a person's name, then where they work.
  if (uint32_t of = person_of_split(b, e); of != 0) {
    scan_run(b, of, s, headline_case);
    uint32_t rest = of + 1;
    if (rest < e && a_.is(rest, "the")) ++rest;
    // After "for" mostly a work ("for Bad Education"): only a body the
    // lexicons know or the tagger reads ("David Arquette for HBO").
    Piece whole{};
    const bool work = a_.is(of, "for") && tagged_as(rest, e) != tag::EntityType::Organization &&
                      !(match_lexicon(rest, e, whole) && whole.last == e);
    if (rest < e && !work) scan_run(rest, e, s, headline_case);
    return;
  }

  // Cut into pieces.
  Pieces pieces;
  for (uint32_t k = b; k < e;) {
    Piece p{};
    if (match_lexicon(k, e, p)) {
      pieces.push_back(p);
      k = p.last;
      continue;
    }
    std::string_view w = a_.tok(k);
    if (int d = a_.wx(k).demonym; d >= 0) {
      pieces.push_back({PieceKind::Demonym, k, k + 1, d});
      ++k;
      continue;
    }
    TitleRole r = a_.wx(k).title;
    // "Stephen King", "Mervyn King", "David Duke", "Martin Luther King Jr.":
    // a title word after a given name, ending the run (or before "Jr."), is
    // the surname.
    if (r != TitleRole::None && r != TitleRole::Courtesy && r != TitleRole::Connector && k > b &&
        !pieces.empty() && pieces.back().kind == PieceKind::Name && pieces.back().last == k &&
        a_.wx(k - 1).given &&
        (k + 1 == e || (k + 2 == e && (a_.is(k + 1, "jr.") || a_.is(k + 1, "jr") || a_.is(k + 1, "sr.")))))
      r = TitleRole::None;
    bool connector = is_connector(w);
    if (connector && !pieces.empty() && pieces.back().kind == PieceKind::Title)
      r = TitleRole::Connector;
    if (r == TitleRole::Courtesy) {
      pieces.push_back({PieceKind::Courtesy, k, k + 1});
    } else if (r != TitleRole::None &&
               (r != TitleRole::Connector ||
                (!pieces.empty() && pieces.back().kind == PieceKind::Title))) {
      // A connector only continues a title ("Secretary of State"); "Ann Lee
      // and Senator Bo Park" keeps "and" out of the second title.
      if (!pieces.empty() && pieces.back().kind == PieceKind::Title)
        pieces.back().last = k + 1;
      else
        pieces.push_back({PieceKind::Title, k, k + 1});
    } else if (!pieces.empty() && pieces.back().kind == PieceKind::Name) {
      pieces.back().last = k + 1;
    } else {
      pieces.push_back({PieceKind::Name, k, k + 1});
    }
    ++k;
  }
  // A title piece must contain a head word; "Defense" alone is part of a name.
  for (auto& p : pieces) {
    if (p.kind != PieceKind::Title) continue;
    bool head = false;
    for (uint32_t k = p.first; k < p.last; ++k) head = head || a_.wx(k).title == TitleRole::Head;
    if (!head) p.kind = PieceKind::Name;
  }
  if (body_name(b, e, pieces, s, headline_case)) return;
  // "Amnesty International UK", "Microsoft France": a known company, charity
  // or broadcaster with a country closing the run is its national branch,
  // a body of its own; the country is no mention there. (Not a state's or
  // an alliance's: "told Nato Ukraine would ..."; nor after a speech verb,
  // which may take the body as its listener: "told BBC News US policy ...".)
  if (pieces.size() == 2 && pieces[0].kind == PieceKind::Org && pieces[0].first == b &&
      !(b > 0 && a_.wl(b - 1).verbs != nullptr) && pieces[1].kind == PieceKind::Country &&
      pieces[1].first == pieces[0].last && pieces[1].last == e) {
    const std::string& kind = lex_.organization_at(pieces[0].lex).kind;
    if (kind == "ngo" || kind == "company" || kind == "media") {
      add_org(b, e, std::string(a_.words(b, e)), MentionSource::Name);
      return;
    }
  }
  // "the Mecca Bingo chain", "its Wikid Records label": names no lexicon
  // knows, after an article or a possessive and before a noun for a
  // company, name that company. (Not a person's: no known given name;
  // "the Blair government" is no company noun.)
  if (pieces.size() == 1 && pieces[0].kind == PieceKind::Name && pieces[0].first == b &&
      pieces[0].last == e && e < s.last && T(e).kind == TokenKind::Word && !T(e).upper &&
      a_.wl(e).body_noun && lex_.body_noun_fits(a_.lower(e), "company") && b > 0 &&
      (a_.is(b - 1, "the") || a_.is(b - 1, "its") || a_.is(b - 1, "his") || a_.is(b - 1, "her") ||
       a_.is(b - 1, "their"))) {
    // (Nor a place's or a people's, as the tagger reads them: "the London
    // firm", "the German-US group", "the European group"; nor a club or
    // group or board, which a ground or a summit also has: "the Anfield
    // board", "the G8 group"; an acronym is left to bind to its expansion.)
    const tag::EntityType tagged = tagged_as(b, e);
    bool other = tagged == tag::EntityType::Location || tagged == tag::EntityType::Misc ||
                 (e == b + 1 && (a_.wl(b).common || T(b).all_upper)) || a_.is(e, "club") ||
                 a_.is(e, "group") || a_.is(e, "board");
    for (uint32_t k = b; k < e; ++k)
      other = other || a_.wx(k).given || a_.wx(k).demonym >= 0 ||
              a_.tok(k).find('-') != std::string_view::npos;
    if (!other) {
      add_org(b, e, std::string(a_.words(b, e)), MentionSource::Name);
      return;
    }
  }
  // "Mr. King", "Ms. Judge", "Mr. Bishop": one title word after a courtesy
  // title, with no name after it, is a surname. Inside a quotation it is
  // more often an address ("Mr. President", "Madam Speaker"); after "the"
  // it is an office ("the Lord Chancellor", "the then Lord Mayor").
  auto office_after_the = [&](uint32_t k) {
    while (k > 0 && T(k - 1).kind == TokenKind::Word && !T(k - 1).upper &&
           (a_.wx(k - 1).title == TitleRole::Former || a_.is(k - 1, "then")))
      --k;
    return k > 0 && (a_.is(k - 1, "the") || a_.is(k - 1, "a"));
  };
  for (size_t pi = 1; pi < pieces.size(); ++pi) {
    Piece& p = pieces[pi];
    if (p.kind == PieceKind::Title && p.last == p.first + 1 &&
        pieces[pi - 1].kind == PieceKind::Courtesy && pieces[pi - 1].last == p.first &&
        (pi + 1 == pieces.size() || pieces[pi + 1].kind != PieceKind::Name) &&
        a_.quote_at[p.first] < 0 && !office_after_the(pieces[pi - 1].first))
      p.kind = PieceKind::Name;
  }
  // "Defence Minister Israel Katz", "Jordan Henderson ... Henderson said":
  // a one-word country name right before a one-word name is a first name
  // when a title stands before it or the surname is used alone elsewhere.
  for (size_t pi = 0; pi + 1 < pieces.size(); ++pi) {
    Piece& c = pieces[pi];
    const Piece& n = pieces[pi + 1];
    if (c.kind != PieceKind::Country || c.last != c.first + 1 || n.kind != PieceKind::Name ||
        n.first != c.last || n.last != n.first + 1)
      continue;
    const bool titled =
        pi > 0 && pieces[pi - 1].kind == PieceKind::Title && pieces[pi - 1].last == c.first;
    if (!titled && !surname_used_alone(c.first, n.last)) continue;
    c.kind = PieceKind::Name;
    c.last = n.last;
    pieces.erase(pieces.begin() + static_cast<std::ptrdiff_t>(pi) + 1);
  }
  // "Jim Jordan", "Paul Israel", "Bill English": a one-word country or
  // demonym right after a known given name (the last word of the name piece
  // before it) is the surname; so it is after a name that is also a common
  // word (name_genders.tsv knows it as a given name) where the tagger reads
  // both words as a person's ("Mark Cuban"), not "Tennis Australia".
  for (size_t pi = 1; pi < pieces.size(); ++pi) {
    Piece& c = pieces[pi];
    const Piece& n = pieces[pi - 1];
    if ((c.kind == PieceKind::Country || c.kind == PieceKind::Demonym) && c.last == c.first + 1 &&
        n.kind == PieceKind::Name && n.last == c.first &&
        (a_.wx(c.first - 1).given ||
         (a_.wx(c.first - 1).gender != 0 &&
          ((a_.tags[c.first - 1].entity == tag::EntityType::Person &&
            a_.tags[c.first].entity == tag::EntityType::Person) ||
           // ("Mark Cuban ... Cuban said": the demonym used alone later.)
           stands_alone(a_.tok(c.first))))))
      c.kind = PieceKind::Name;
    // "Mr German said": a courtesy title makes the demonym after it a surname.
    if (c.kind == PieceKind::Demonym && c.last == c.first + 1 && n.kind == PieceKind::Courtesy &&
        n.last == c.first)
      c.kind = PieceKind::Name;
  }
  // Merge neighbouring name pieces (after demoting titles).
  Pieces merged;
  for (const auto& p : pieces) {
    if (!merged.empty() && merged.back().kind == PieceKind::Name && p.kind == PieceKind::Name &&
        merged.back().last == p.first)
      merged.back().last = p.last;
    else
      merged.push_back(p);
  }
  pieces.swap(merged);

  // "Tony Blair and Gordon Brown" is two names; "and" joins words of one
  // name only inside an organization's ("Securities and Exchange Commission",
  // "Department of Health and Social Care": one piece opening "X of").
  // "Environmental Audit Committee Peter Ainsworth MP": a body's head word,
  // then a person's name (a known first name or the tagger's person) that
  // runs on: the body, then the person, each a run of its own.
  for (uint32_t k = b + 1; k + 3 <= e; ++k) {
    const uint32_t n = k + 1;  // the name after the head word, two words or more
    if (!a_.wx(k).org_head || !capitalized(n)) continue;
    const bool person =
        a_.wx(n).given || (a_.tags[n].entity == tag::EntityType::Person && a_.tags[n].entity_start);
    if (!person || a_.wx(n).org_head || a_.wx(n).title != TitleRole::None) continue;
    // (Not an office: "US Secretary of Energy Spencer Abraham".)
    bool office = false;
    for (uint32_t t = b; t < k && !office; ++t) office = a_.wx(t).title == TitleRole::Head;
    if (office) break;
    add_org(b, n, std::string(a_.words(b, n)), MentionSource::Name);
    scan_run(n, e, s, headline_case);
    return;
  }
  // "Maricopa County Recorder Helen Purcell", "Cinematographer John
  // Mathieson": a word of a role (a common word, or one ending like a
  // role noun: -er, -or, -ist) that no lexicon knows as a title, then a
  // known given name where the tagger starts a person, and a surname:
  // what stands before the given name is read on its own, the person from
  // the given name on. (Not in a photo credit, which names no one in the
  // news: "(Image Credit: Navy Petty Officer 1st Class ...)".)
  for (uint32_t k = b; k + 3 <= e; ++k) {
    const uint32_t n = k + 1;
    const std::string_view role = a_.lower(k);
    const bool role_word = a_.wl(k).common || role.ends_with("er") || role.ends_with("or") ||
                           role.ends_with("ers") || role.ends_with("ors") || role.ends_with("ist") ||
                           role.ends_with("ists");
    const tag::Pos pos = a_.tags[k].pos;
    if (!role_word || a_.wx(k).given || a_.wx(k).gender != 0 || a_.wx(k).title != TitleRole::None ||
        a_.wx(k).org_head || a_.wx(k).non_name || a_.wx(k).demonym >= 0 ||
        !(tag::is_noun(pos) || pos == tag::Pos::JJ) || a_.tags[k].entity == tag::EntityType::Person ||
        !(a_.wx(n).given || a_.wx(n).gender != 0) || a_.tags[n].entity != tag::EntityType::Person ||
        !a_.tags[n].entity_start || !capitalized(n + 1) || a_.wx(n + 1).org_head)
      continue;
    // (Not the end of a name the lexicons know: "New Zealander Jason Spice".)
    bool known = false;
    for (uint32_t j = b; j <= k && !known; ++j) {
      Piece p{};
      known = match_lexicon(j, k + 1, p);
    }
    if (known) continue;
    if (after_credit_label(b, s)) break;
    if (k > b) scan_run(b, k, s, headline_case);
    scan_run(n, e, s, headline_case);
    return;
  }
  // ("Deutsche Bank and Credit Suisse Group", "Microsoft and Deutsche Bank",
  // "Gordon Brown and Deutsche Bank": a name before "and" that is whole by
  // itself, a body's ending in its head word, a body of the lexicons or a
  // person the tagger reads, is one of two names, not a part of one.)
  // Each is read as a run of its own.
  if (e - b >= 3)
    for (uint32_t k = b + 1; k + 1 < e; ++k) {
      if (!a_.is(k, "and") || !capitalized(k + 1) || !capitalized(k - 1) ||
          is_connector(a_.tok(k - 1)) || (k + 2 == e && a_.wl(k + 1).common))
        continue;
      // (not "US Securities and Exchange Commission", "West Bank and Gaza",
      // "Ironhorse Oil and Gas")
      const bool headed = k - b >= 2 && a_.wx(k - 1).org_head && lex_.country(a_.tok(k - 2)) < 0 &&
                          a_.wx(k - 2).demonym < 0 &&
                          tagged_as(b, k) != tag::EntityType::Location &&
                          !is_compass_point(a_.lower(b));
      Piece known{};
      const bool lexicon_body = match_lexicon(b, k, known) && known.kind == PieceKind::Org &&
                                known.first == b && known.last == k;
      const bool person = k - b >= 2 && tagged_whole(b, k, tag::EntityType::Person);
      // (Those two only before a body's name: "Kate Bush and Joy Division
      // Records", not "Marks and Spencer".)
      if (!headed && !((lexicon_body || person) && a_.wx(e - 1).org_head)) continue;
      if (headed)
        add_org(b, k, std::string(a_.words(b, k)), MentionSource::Name);
      else
        scan_run(b, k, s, headline_case);
      if (e - (k + 1) >= 2 && a_.wx(e - 1).org_head)
        add_org(k + 1, e, std::string(a_.words(k + 1, e)), MentionSource::Name);
      else
        scan_run(k + 1, e, s, headline_case);
      return;
    }
  {
    const bool portfolios = pieces.size() == 1 && pieces[0].first == b && pieces[0].last == e &&
                            e - b >= 5 && a_.wx(b).org_prefix && a_.is(b + 1, "of");
    Pieces split;
    for (const auto& p : pieces) {
      if (p.kind != PieceKind::Name) {
        split.push_back(p);
        continue;
      }
      uint32_t start = p.first;
      for (uint32_t k = p.first; k < p.last; ++k) {
        if ((a_.is(k, "and") || a_.tok(k) == "&") && !a_.wx(e - 1).org_head && !portfolios) {
          if (k > start) split.push_back({PieceKind::Name, start, k});
          start = k + 1;
        } else if (k == start && is_connector(a_.tok(k))) {
          start = k + 1;  // a name never starts with "of", "the", "and"
        }
      }
      if (start < p.last) split.push_back({PieceKind::Name, start, p.last});
    }
    pieces.swap(split);
  }
  // Whole-run organization: "... Intelligence Service", "Ministry of Defence".
  const bool org_head = e - b >= 2 && a_.wx(e - 1).org_head &&
                        !(pieces.size() == 1 && pieces[0].kind == PieceKind::Org);
  // ("New Zealand Department of Conservation": a country may open it; so
  // may a demonym, "the American Federation of Teachers".)
  const uint32_t pb = !pieces.empty() &&
                              (pieces[0].kind == PieceKind::Country || pieces[0].kind == PieceKind::Demonym) &&
                              pieces[0].first == b
                          ? pieces[0].last
                          : b;
  const bool org_prefix = e - pb >= 3 && a_.wx(pb).org_prefix &&
                          (a_.is(pb + 1, "of") || a_.is(pb + 1, "for") || a_.is(pb + 1, "on"));
  if (org_prefix && !org_head) {
    // "Council on American-Islamic Relations Executive Director Nihad Awad":
    // the body ends where a title before a name starts; the rest is a person.
    for (size_t pi = 1; pi + 1 < pieces.size(); ++pi) {
      if (pieces[pi].kind == PieceKind::Title && pieces[pi + 1].kind == PieceKind::Name &&
          pieces[pi].first > b + 2) {
        // A plural opening the title is the body's last word: "... Relations
        // President X", "... Affairs Director X".
        uint32_t cut = pieces[pi].first;
        while (cut + 1 < pieces[pi].last && a_.wx(cut).title == TitleRole::Modifier &&
               a_.tok(cut).size() > 3 && a_.tok(cut).back() == 's')
          ++cut;
        add_org(b, cut, std::string(a_.words(b, cut)), MentionSource::Name);
        scan_run(cut, e, s, headline_case);
        return;
      }
    }
  }
  // "Ninety Mile Beach", "Walvis Bay", "Eastern Cape": a head word that
  // often ends a body's name ends a place's here, as the tagger reads it.
  // (Not after a country that opens the run: "China Review", "Kenya
  // Airways" name bodies of that country.)
  const bool country_then_head = org_head && pb != b && pieces[0].kind == PieceKind::Country;
  if ((org_head || org_prefix) && !country_then_head && tagged_as(b, e) == tag::EntityType::Location) {
    add_place(b, e);
    for (const auto& p : pieces)
      if (p.kind == PieceKind::Country || p.kind == PieceKind::Demonym) add_country(p);
    return;
  }
  if (org_head || org_prefix) {
    uint32_t ob = b;
    // A leading title ending in "of" or "for" is an office of the body,
    // not part of its name: "the President of Karvo Holdings".
    if (!pieces.empty() && pieces[0].kind == PieceKind::Title && pieces[0].first == b &&
        pieces[0].last < e && office_of(pieces[0]))
      ob = pieces[0].last;
    add_org(ob, e, std::string(a_.words(ob, e)), MentionSource::Name);
    // The country opening the body's name is part of it, not a mention of
    // its own that a reader ("according to the New Zealand Department of
    // ...") would take first.
    // (A demonym there still names its country, as GOLD.md counts it.)
    for (const auto& p : pieces)
      if ((p.kind == PieceKind::Country || p.kind == PieceKind::Demonym) &&
          !(pb != b && p.first == b && p.kind == PieceKind::Country))
        add_country(p);
    return;
  }
  // "The American Legion said", "the U.S. Geological Survey reported", "The
  // New Hampshire Union Leader has argued": after "the", a run of names no
  // lexicon knows that speaks is a body (a person's name takes no article).
  // Runs with a title or courtesy title ("the Rev. Al Sharpton") or that are
  // a known body or country as a whole keep their pieces.
  if (!headline_case && speaks_after(e) && after_the(b)) {  // the cheaper test first
    bool has_name = false, only_names = true;
    for (const auto& p : pieces) {
      has_name = has_name || p.kind == PieceKind::Name;
      only_names = only_names && (p.kind == PieceKind::Name || p.kind == PieceKind::Demonym ||
                                  p.kind == PieceKind::Country);
    }
    // An acronym alone ("the TUC said") is left to bind to its expansion;
    // a given name makes a person ("the Oscar-nominated Owen said").
    const bool acronym = e == b + 1 && T(b).all_upper;
    bool given = false;
    for (uint32_t k = b; k < e; ++k) given = given || a_.wx(k).given;
    if (has_name && only_names && !acronym && !given) {
      add_org(b, e, std::string(a_.words(b, e)), MentionSource::Name);
      for (const auto& p : pieces)
        if (p.kind == PieceKind::Country || p.kind == PieceKind::Demonym) add_country(p);
      return;
    }
  }

  int last_place = -1;  // mention index of the last country/org piece (role "of")
  if (b >= 2 && T(b - 1).kind == TokenKind::Possessive) {
    int m = a_.mention_at[b - 2];
    if (m >= 0 && (a_.mentions[static_cast<size_t>(m)].type == EntityType::Country ||
                   a_.mentions[static_cast<size_t>(m)].type == EntityType::Organization))
      last_place = m;
  }
  const Piece* title = nullptr;
  bool courtesy = false, courtesy_title = false;
  for (size_t pi = 0; pi < pieces.size(); ++pi) {
    const Piece& p = pieces[pi];
    switch (p.kind) {
      case PieceKind::Country:
      case PieceKind::Demonym:
        last_place = add_country(p);
        title = nullptr;
        break;
      case PieceKind::Org:
        last_place = add_lexicon_org(p);
        title = nullptr;
        break;
      case PieceKind::Title:
        // ("Lord Chief Justice of England", "Lord Mayor of London": a
        // courtesy title right before the title is part of the office's.)
        courtesy_title = courtesy && pi > 0 && pieces[pi - 1].kind == PieceKind::Courtesy &&
                         pieces[pi - 1].last == p.first;
        title = &p;
        break;
      case PieceKind::Courtesy:
        courtesy = true;
        break;
      case PieceKind::Name:
        // "the Bishop of Durham", "the Mayor of London", "Labour MP for
        // West Ham": a title ending in "of" or "for" holds the office of the
        // place or body named after it; the person goes unnamed.
        if (title != nullptr && (!courtesy || courtesy_title) && office_of(*title)) {
          // A common word is a title's own ("Prince of Thieves", "King of
          // Fridges"): no entity.
          bool common = true;
          for (uint32_t k = p.first; k < p.last; ++k) common = common && a_.wl(k).common;
          // A body: "Chairman of Karvo Holdings", "President of Sony" as the
          // tagger reads it; never after a royal or religious title, whose
          // "of" is a place's ("Bishop of Durham", place_titles.tsv).
          bool of_place = false;
          for (uint32_t k = title->first; k < title->last; ++k)
            of_place = of_place || a_.wx(k).place_title;
          // (A place the lexicons know stays one: "Lord Chief Justice of
          // England", though the tagger reads the national side.)
          if (a_.wx(p.last - 1).org_head ||
              (!of_place && tagged_as(p.first, p.last) == tag::EntityType::Organization &&
               !lex_.place_name(a_.words(p.first, p.last))))
            add_org(p.first, p.last, std::string(a_.words(p.first, p.last)), MentionSource::Name);
          else if (!common)
            add_place(p.first, p.last);
        } else if (title != nullptr && pi + 1 < pieces.size() &&
                   pieces[pi + 1].kind == PieceKind::Country && pieces[pi + 1].first == p.last &&
                   p.last >= p.first + 2 && a_.is(p.last - 1, "of")) {
          // "King Abdullah of Jordan", "Queen Rania of Jordan": the title
          // is of the country named after the name.
          last_place = add_country(pieces[pi + 1]);
          add_name(p, title, courtesy, last_place, headline_case, s);
          ++pi;
        } else {
          add_name(p, title, courtesy, last_place, headline_case, s);
        }
        title = nullptr;
        courtesy = courtesy_title = false;
        break;
    }
  }
}

int MentionFinder::add_country(const Piece& p) {
  const auto& c = lex_.country_at(p.lex);
  int ent = a_.entity(EntityType::Country, c.name, true);
  std::string surface(a_.words(p.first, p.last));
  if (p.kind == PieceKind::Country && surface != c.name) note_alias(ent, surface);
  a_.add_mention({p.first, p.last, EntityType::Country,
                  p.kind == PieceKind::Demonym ? MentionSource::Demonym : MentionSource::Lexicon,
                  ent});
  return static_cast<int>(a_.mentions.size() - 1);
}

// A body's name read from the run's shape. When it is what organizations.tsv
// calls a known body ("UN" in "UN chief Antonio Guterres", read as the
// body before a title), the mention is that body's, under its canonical
// name, as add_lexicon_org() gives it: one entity for "UN" and "United
// Nations" in one article.
void MentionFinder::add_org(uint32_t b, uint32_t e, const std::string& name, MentionSource src) {
  if (const int o = lex_.organization(name); o >= 0) {
    add_known_org(b, e, o, name);
    return;
  }
  const int ent = a_.entity(EntityType::Organization, name);
  a_.add_mention({b, e, EntityType::Organization, src, ent});
}

int MentionFinder::add_lexicon_org(const Piece& p) {
  return add_known_org(p.first, p.last, p.lex, std::string(a_.words(p.first, p.last)));
}

// [b, e), printed `surface`, names organizations.tsv's body o: a mention of
// that body under its canonical name, the surface an alias of it.
int MentionFinder::add_known_org(uint32_t b, uint32_t e, int o, const std::string& surface) {
  const auto& known = lex_.organization_at(o);
  const int ent = a_.entity(EntityType::Organization, known.name, true);
  if (surface != known.name) note_alias(ent, surface);
  a_.add_mention({b, e, EntityType::Organization, MentionSource::Lexicon, ent});
  return static_cast<int>(a_.mentions.size() - 1);
}

// Two shapes that make a run (past its leading words) one body's name,
// whatever its last word:
// - capitalized words joined by "&": "Procter & Gamble", "Needle & Thread",
//   "AT&T" (people are joined by "and"); two single letters are an
//   abbreviation ("Q&A", "R&D");
// - a body's head word and "of" before a country that ends the name:
//   "Royal Bank of Canada", "National Bank of Greece" (the country is no
//   mention of its own there, as in "New Zealand Department of ...").
// A title and a name after the body are a person of it: "Verlo & Brandt
// Chief Executive Anna Moss". Returns whether the run was taken.
bool MentionFinder::body_name(uint32_t b, uint32_t e, const Pieces& pieces, const text::Sentence& s,
                              bool headline_case) {
  uint32_t start = b, end = 0;  // the body's name, [start, end); end 0 for none
  auto joined = [&](uint32_t k) {  // "AT&T" as one token, not "Q&A", "M&S"
    const std::string_view w = a_.tok(k);
    const size_t amp = w.find('&');
    return capitalized(k) && w.size() >= 4 && amp != std::string_view::npos && amp > 0 &&
           amp + 1 < w.size();
  };
  for (uint32_t k = b; k < e && end == 0; ++k)
    if (joined(k)) end = e;
  for (uint32_t k = b + 1; k + 1 < e && end == 0; ++k) {
    if (a_.tok(k) != "&" || !capitalized(k - 1) || !capitalized(k + 1) ||
        (a_.tok(k - 1).size() == 1 && a_.tok(k + 1).size() == 1))
      continue;
    // "Heineken and Scottish & Newcastle", "Procter & Gamble and Marks &
    // Spencer": an "and" on either side ends the body.
    for (uint32_t a = b; a < k; ++a)
      if (a_.is(a, "and")) start = a + 1;
    end = e;
    for (uint32_t a = k + 2; a < e; ++a)
      if (a_.is(a, "and")) {
        end = a;
        break;
      }
    // Not two people ("Richard & Judy", "Matt Lucas & David Walliams": a
    // given name on each side), two countries ("Serbia & Montenegro") or
    // words that name nothing ("Christmas & New Year").
    bool country = false;
    for (const auto& p : pieces)
      country = country || (p.kind == PieceKind::Country && p.first >= start && p.last <= end);
    if (country || (a_.wx(start).given && a_.wx(k + 1).given) || a_.wx(start).non_name ||
        a_.wx(k + 1).non_name)
      return false;
  }
  // "Statistics Canada said", "a Gallup Korea poll", "Statistics Canada's
  // survey": a noun no lexicon knows before a country that ends the run is
  // a body's name when the body speaks or publishes right after it
  // ("Statistics Canada said" is no statement of Canada's; "Nazi Germany",
  // "Mainland China" are no bodies: an adjective opens them).
  if (end == 0 && pieces.size() == 2 && pieces[0].kind == PieceKind::Name && pieces[0].first == b &&
      pieces[1].kind == PieceKind::Country && pieces[1].last == e &&
      pieces[1].first == pieces[0].last && pieces[0].last - b <= 2 && !a_.wx(b).given &&
      capitalized(pieces[0].last - 1) && a_.tags[b].pos != tag::Pos::JJ &&
      tagged_as(b, e) != tag::EntityType::Person &&  // "Mark Jordan said"
      publishes_after(e, s))                         // not "L'Esquive and France"
    end = e;
  // "the British Phonographic Industry (BPI)": a demonym opening a name
  // whose capitals, the demonym's included, spell an acronym in brackets
  // after it is part of the body's name, there and wherever the article
  // names the body so.
  // (The country stays named through its demonym, as GOLD.md counts it:
  // an entity mention only, the token being the body's.)
  if (end == 0 && pieces.size() >= 2 && pieces[0].kind == PieceKind::Demonym && pieces[0].first == b &&
      std::binary_search(demonym_acronym_bodies_.begin(), demonym_acronym_bodies_.end(), a_.words(b, e))) {
    end = e;
    const int country = a_.entity(EntityType::Country, lex_.country_at(pieces[0].lex).name, true);
    a_.facts.entities[static_cast<size_t>(country)].mentions.push_back(a_.span(b, b + 1));
  }
  for (size_t pi = 1; pi < pieces.size() && end == 0; ++pi) {
    const Piece& c = pieces[pi];
    if (pieces[pi - 1].kind != PieceKind::Name) break;  // names only before the country
    if (c.kind == PieceKind::Country && c.first >= b + 2 && a_.is(c.first - 1, "of") &&
        a_.wx(c.first - 2).org_head)
      end = c.last;
  }
  if (end == 0) return false;
  // A title and a name after the body are a person of it ("Daily Mail &
  // General Trust" keeps its "General").
  for (size_t pi = 0; pi + 1 < pieces.size(); ++pi) {
    const Piece& p = pieces[pi];
    if (p.kind == PieceKind::Title && p.first > start + 1 && p.first < end &&
        a_.tok(p.first - 1) != "&" && pieces[pi + 1].kind == PieceKind::Name &&
        pieces[pi + 1].first == p.last) {
      end = p.first;
      break;
    }
  }
  if (start > b + 1) scan_run(b, start - 1, s, headline_case);  // before "and"
  add_org(start, end, std::string(a_.words(start, end)), MentionSource::Name);
  if (end < e) scan_run(a_.is(end, "and") ? end + 1 : end, e, s, headline_case);
  return true;
}

// Right after token e: a speech verb ("said"), or a text it put out
// ("poll", "survey", "'s labour force survey"; reference_nouns.tsv).
bool MentionFinder::publishes_after(uint32_t e, const text::Sentence& s) const {
  if (e >= s.last) return false;
  if (T(e).kind == TokenKind::Word && a_.wl(e).verbs != nullptr && !T(e).upper) return true;
  uint32_t k = e;
  if (T(k).kind == TokenKind::Possessive) ++k;
  for (uint32_t n = 0; k < s.last && n < 4; ++k, ++n) {
    if (T(k).kind != TokenKind::Word || T(k).upper) return false;
    if (a_.wl(k).document_noun || a_.wl(k).source_noun == SourceNoun::Document) return true;
  }
  return false;
}

bool MentionFinder::no_common_word(uint32_t b, uint32_t e) const {
  for (uint32_t k = b; k < e; ++k)
    if (a_.wl(k).common && !a_.wx(k).given && a_.wx(k).gender == 0) return false;
  return true;
}

void MentionFinder::add_name(const Piece& p, const Piece* title, bool courtesy, int place, bool headline_case,
              const text::Sentence& s) {
  uint32_t b = p.first, e = p.last;
  // "King Abdullah of Jordan", "Antonio Reina of Spain": a person's name
  // does not end in the lower-case connector that links it to the country
  // after it. (A body's name goes on past it, "Chartered Professional
  // Accountants of Canada", and is not cut short here.)
  {
    uint32_t cut = e;
    while (cut > b + 1 && T(cut - 1).kind == TokenKind::Word && !T(cut - 1).upper &&
           is_connector(a_.tok(cut - 1)))
      --cut;
    if (cut < e && tagged_as(b, cut) != tag::EntityType::Organization) e = cut;
  }
  // In Title Case headlines, a name stops at the first common word:
  // "Hillary Clinton Was Headed" -> "Hillary Clinton".
  if (headline_case) {
    for (uint32_t k = b + 1; k < e; ++k) {
      if (a_.wl(k).common && !a_.wx(k).given) {
        e = k;
        break;
      }
    }
  }
  // "Novelist Jo Watson", "Actress Nicole Kidman": an occupation opening
  // the run describes the person; it is no part of the name.
  // A name must remain: two words or a known first name ("Star Wars" keeps
  // its "Star").
  const bool titled = title != nullptr || courtesy;
  // ("Singer-songwriter Casey": each part of a hyphenated word describes.)
  auto describes = [&](uint32_t k) {
    if (a_.wl(k).description_head) return true;
    const std::string_view w = a_.lower(k);
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size()) return false;
    return a_.lex.lowered(w.substr(0, dash)).description_head &&
           a_.lex.lowered(w.substr(dash + 1)).description_head;
  };
  if (!titled && e - b >= 2 && T(b).upper && !T(b).all_upper && describes(b) && !a_.wx(b).given &&
      a_.wx(b).title == TitleRole::None && T(b + 1).upper &&
      (e - b >= 3 || a_.wx(b + 1).given || a_.wx(b + 1).gender != 0))
    ++b;
  // "Republican Donald Trump", "Democrat Hillary Clinton": a party or body
  // word before a given name and a surname describes the person too.
  else if (!titled && e - b >= 3 && T(b).upper && !T(b).all_upper &&
           a_.wl(b).description_modifier && !a_.wx(b).given && a_.wx(b + 1).given)
    ++b;
  // "Texas Republican Ted Cruz", "Senate Intelligence Ranking Democrat
  // Dianne Feinstein": so after the place or chamber that opens the
  // description (what stands before it is read on its own).
  else if (!titled && e - b >= 4) {
    for (uint32_t m = e - 3; m > b; --m) {
      if (T(m).upper && !T(m).all_upper && a_.wl(m).description_modifier && !a_.wx(m).given &&
          a_.wx(m + 1).given) {
        bool prefix = true;  // capitalized words, none a given name
        for (uint32_t k = b; k < m && prefix; ++k)
          prefix = T(k).kind == TokenKind::Word && T(k).upper && !a_.wx(k).given;
        if (!prefix) break;
        // (Only a place or body the lexicons know: "Texas", "Senate"; not
        // "Senate Intelligence Ranking".)
        if (Piece known{}; (match_lexicon(b, m, known) && known.last == m) || lex_.place_name(a_.words(b, m)))
          scan_run(b, m, s, headline_case);
        b = m + 1;
        break;
      }
    }
  }
  // "Singer Ferguson 'facing eviction'", "Striker Novo", "Rapper Eminem": an
  // occupation before one name word no dictionary has describes the person
  // the word names, as a title would. Not a word that is also a given name
  // ("Ally Warnock"), nor one the tagger reads into the name ("Star Trek"),
  // unless the name word stands alone elsewhere ("Joe Pasquale won. Comic
  // Pasquale beat ... Pasquale follows ...").
  bool described_one = false;
  if (!titled && e - b == 2 && T(b).upper && !T(b).all_upper && describes(b) && !a_.wx(b).given &&
      a_.wx(b).gender == 0 &&
      (a_.tags[b].entity == tag::EntityType::None || surname_used_alone(b + 1, e)) &&
      a_.wx(b).title == TitleRole::None && T(b + 1).upper && !T(b + 1).all_upper &&
      T(b + 1).kind == TokenKind::Word && !a_.wl(b + 1).common && !a_.wx(b + 1).non_name &&
      a_.wx(b + 1).demonym < 0 && !a_.wx(b + 1).org_head && !a_.wx(b + 1).place_head) {
    ++b;
    described_one = true;
  }
  // "Trump’s Islamophobia", "Thatcherism", "Scientology": a word made with
  // a suffix of doctrines, fears and studies names no one.
  if (!titled && e == b + 1 && doctrine_word(a_.lower(b))) return;
  // "a Scooby Doo-style plot", "a Kennedy-esque speech": an adjective made
  // of a name names no one.
  for (std::string_view end : {"-style", "-like", "-esque", "-type", "-era", "-inspired"})
    if (a_.lower(e - 1).ends_with(end)) return;
  // "Concerns over Windows ATMs", "Apple PCs": the plural of an acronym
  // ends no one's name.
  if (!titled) {
    const std::string_view last = a_.tok(e - 1);
    bool acronyms = last.size() >= 3 && last.back() == 's';
    for (size_t k = 0; acronyms && k + 1 < last.size(); ++k) acronyms = last[k] >= 'A' && last[k] <= 'Z';
    if (acronyms) return;
  }
  // The trained tagger reads the words in their context; a title or a
  // courtesy title before the name outweighs it ("Mr Lewis" is a person
  // whatever "Lewis" alone would be).
  const tag::EntityType tagged = tagged_as(b, e);
  // "the General Election", "a Major Incident": after a title that is also
  // an adjective, a common word the tagger does not read as a person's
  // name is no one ("President Bush" and "Chancellor Brown" are read so).
  if (title != nullptr && !courtesy && e - b == 1 && a_.wl(b).common && !a_.wx(b).given &&
      tagged != tag::EntityType::Person)
    return;
  // "London Fashion Week", "Super Bowl", "Rom Con": a name ending in an
  // event head word is the event ("Super Bowl LVIII": a numeral may follow).
  {
    uint32_t head = e - 1;
    if (head > b && is_roman_numeral(a_.tok(head))) --head;
    if (!titled && head > b && a_.wx(head).event_head) {
      // ("the Super Bowl" after "Super Bowl LVIII" is that one.)
      const auto numbered = numbered_events_.find(a_.words(b, e));
      int ent = numbered != numbered_events_.end()
                    ? numbered->second
                    : a_.entity(EntityType::Event, std::string(a_.words(b, e)));
      if (head + 1 < e) {
        std::string base(a_.words(b, head + 1));
        note_alias(ent, base);
        numbered_events_.emplace(std::move(base), ent);
      }
      a_.add_mention({b, e, EntityType::Event, MentionSource::Name, ent});
      return;
    }
  }
  // "Hans Christian Andersen Award", "Marshall Plan": the name of an award,
  // a show or a plan is no one's, though a given name opens it.
  if (!titled && e - b >= 2 && a_.wx(e - 1).work_head) return;
  // "the drama Vera Drake", "the biopic Ray": a title after the kind of work
  // it is names no one; "indie band Franz Ferdinand" names a band.
  // So does one set off after it ("Hailey's first novel, Runaway Zero-Eight")
  // or listed after its plural ("seven Lee films including Jungle Fever, Do
  // The Right Thing and Malcolm X").
  if (!titled && work_listed_before(b, e, s) == 1) return;
  if (!titled && b > 0 && T(b - 1).kind == TokenKind::Word && !T(b - 1).upper &&
      a_.seg.sentence_of[b - 1] == a_.seg.sentence_of[b]) {
    if (const uint8_t kind = a_.wl(b - 1).work_noun; kind == 2) {
      add_org(b, e, std::string(a_.words(b, e)), MentionSource::Name);
      return;
    } else if (kind == 1) {
      return;
    }
  }
  // "Walvis Bay", "Ninety Mile Beach", "Abraham Villiers Bay": a name
  // ending in a geographic head word is a place; not "Michael Bay", a given
  // name and that word the tagger reads as a person, nor "Mr Walvis Bay".
  // A title that names places (place_titles.tsv) before it is part of the
  // place's name ("Prince Edward Island", "Imam Khomeini International
  // Airport"); any other makes a titled person ("Governor Bo Park").
  const bool place_title = title != nullptr && title->last == b &&
                           title->last == title->first + 1 && a_.wx(title->first).place_title;
  if (!courtesy && (title == nullptr || place_title) && e - b >= 2 && a_.wx(e - 1).place_head &&
      !(e - b == 2 && a_.wx(b).given && tagged == tag::EntityType::Person)) {
    if (place_title) b = title->first;
    add_place(b, e);
    return;
  }
  // "South Taranaki", "North Devon": a compass point opening a name no
  // lexicon knows is a region (the lexicons know "South Africa").
  if (!titled && e - b >= 2 && e - b <= 3 && is_compass_point(a_.lower(b)) &&
      !a_.wx(b + 1).given && tagged != tag::EntityType::Organization &&
      tagged != tag::EntityType::Person) {
    add_place(b, e);
    return;
  }
  // "St Helens", "St Mary's", "St Pancras", "Saint-Denis": a name opening
  // with a saint's title is a town, a church, a hospital or a ground; news
  // names no one living so. (A body's name may open so: "Saint Bernard
  // Software", which the tagger reads as one.)
  if (!titled && e - b >= 2 && !a_.wx(e - 1).org_head && tagged != tag::EntityType::Organization &&
      (a_.tok(b) == "St" || a_.tok(b) == "St." || a_.tok(b) == "Saint")) {
    add_place(b, e);
    return;
  }
  // A capital that does not stand for its government (match_lexicon) is
  // the city: "in Nairobi", "visited Moscow"; unless the article names a
  // person with it ("Denzel Washington").
  if (!titled && lex_.capital(a_.words(b, e)) >= 0 &&
      !surname_capitals().count(std::string(a_.words(b, e)))) {
    add_place(b, e);
    return;
  }
  // "Wales maintained their superb start", "in Queensland": a place of
  // places.tsv named on its own.
  if (!titled && lex_.place_name(a_.words(b, e))) {
    add_place(b, e);
    return;
  }
  // "the sultry Empress Of Time": a name opens with no connector.
  if (a_.is(b, "of") || a_.is(b, "and") || a_.is(b, "for")) return;
  Candidate c;
  c.first = b;
  c.last = e;
  c.type = EntityType::Person;
  c.courtesy = courtesy;
  if (courtesy && b > 0 && a_.wx(b - 1).title == TitleRole::Courtesy)
    c.honorific = lex_.honorific(a_.tok(b - 1));
  if (title != nullptr) {
    c.title_first = title->first;
    c.title_last = title->last;
    c.title = lex_.full_title(a_.words(title->first, title->last));
    // "former U.S. Defense Secretary Lloyd Austin": the lower-case "former"
    // before the run belongs to the title.
    uint32_t before = place >= 0 ? a_.mentions[static_cast<size_t>(place)].first : title->first;
    if (before > 0 && lex_.title_role(a_.lower(before - 1)) == TitleRole::Former)
      c.title = std::string(a_.lower(before - 1)) + " " + c.title;
    c.of_mention = place;
  }
  const uint32_t n = e - b;
  if (n == 1) {
    c.single = true;
    c.described = described_one;
    const bool named_as_someone = titled || described_one;
    c.acronym = T(b).all_upper && a_.tok(b).size() >= 2 && !a_.wl(b).common;
    if (c.acronym && !named_as_someone) c.type = EntityType::Organization;
    // "Yukos said", "Sony has ...": a company speaking alone is no surname.
    if (!named_as_someone && tagged == tag::EntityType::Organization && !(b > 0 && a_.is(b - 1, "the")))
      c.type = EntityType::Organization;
    // "GlaxoSmithKline said", "EuroDisney has": a word with a capital
    // inside it names a company or a product, not a surname ("McCain",
    // "DiCaprio", "LaHood" open with a surname's prefix).
    if (!named_as_someone && !a_.wx(b).given && camel_case_body(a_.tok(b)))
      c.type = EntityType::Organization;
    c.not_person = !named_as_someone &&
                   (tagged == tag::EntityType::Location || tagged == tag::EntityType::Misc);
    // "the Director of Public Prosecutions": the plural of a common word is
    // a name only as the surname of someone the article names in full
    // ("Tony Banks ... Mr Banks").
    c.surname_only = c.type == EntityType::Person && !a_.wx(b).given && a_.plural_of_common(b);
    candidates_.push_back(c);
    return;
  }
  // Evidence for a person the tagger may not weigh: a known first name,
  // the surname used alone, an appositive ("Tomas Ferrand, the leader").
  // (An occupation right before: "US playwright Eve Ensler", "actor
  // Christian Slater"; not one of a compound, "market leader Best Buy",
  // "fund manager Matrix Asset Advisors", nor before a body's head word.)
  const bool occupation_before =
      b > 0 && T(b - 1).kind == TokenKind::Word && !T(b - 1).upper && a_.wl(b - 1).description_head &&
      !(b > 1 && T(b - 2).kind == TokenKind::Word && !T(b - 2).upper && tag::is_noun(a_.tags[b - 2].pos)) &&
      !a_.wx(e - 1).org_head && no_common_word(b, e);
  const bool person_evidence =
      a_.wx(b).given || surname_used_alone(b, e) || occupation_before ||
      (e + 1 < a_.ntok() && a_.tok(e) == "," &&
       (a_.is(e + 1, "the") || a_.is(e + 1, "a") || a_.is(e + 1, "who") || a_.is(e + 1, "an")));
  if (!titled && !person_evidence && n <= 5) {
    // "Morgan Stanley", "Goldman Sachs": a body the lexicons do not know;
    // "Guantanamo Bay", "Magic Roundabout": a place or a work, no one.
    // Only the tagger's whole entity, never a piece of a longer one.
    bool title_word = false;
    // (A title's head word: "Economics" or "Foreign" also name bodies,
    // "Capital Economics", but "Minister" makes a person's title.)
    for (uint32_t k = b; k < e; ++k) title_word = title_word || a_.wx(k).title == TitleRole::Head;
    const bool whole = a_.tags[b].entity_start &&
                       (e == a_.ntok() || a_.tags[e].entity != tagged || a_.tags[e].entity_start);
    // After "the", a name no org-head word marks is as often a work or a
    // programme ("The Harbor Hour"): the rules decide there. One that a
    // body's word heads or opens before "of" is a body: "the Royal Bank of
    // Scotland", "the National Union of Teachers".
    // (Not "the West Bank": a head word ending the run may name a place.
    // Nor a name the tagger cut at "and": "the Chartered Institute of
    // Purchasing and Supply" is left to the rules that see it whole.)
    bool org_word = false;
    for (uint32_t k = b; k < e && !org_word; ++k)
      org_word = (a_.wx(k).org_head || a_.wx(k).org_prefix) && k + 1 < e && a_.is(k + 1, "of");
    if (e + 1 < a_.ntok() && (a_.is(e, "and") || a_.tok(e) == "&") && capitalized(e + 1)) org_word = false;
    // (A body the lexicon knows keeps its entry: "the International
    // Association of Athletics Federations" is the IAAF.)
    if (Piece known{}; org_word && match_lexicon(b, e, known)) org_word = false;
    if (tagged == tag::EntityType::Organization && whole && !title_word &&
        (!(b > 0 && a_.is(b - 1, "the")) || org_word)) {
      add_org(b, e, std::string(a_.words(b, e)), MentionSource::Name);
      return;
    }
    if (tagged == tag::EntityType::Location) {
      add_place(b, e);
      return;
    }
    if (tagged == tag::EntityType::Misc) return;
  }
  bool person = titled || a_.wx(b).given || tagged == tag::EntityType::Person || occupation_before;
  if (!person && n <= 4) {
    // A run of unknown capitalized words is a person's name only with
    // evidence: no common word in it, and the surname used alone elsewhere
    // in the article or the name followed by a speech verb or an appositive.
    // A first name that is also a common word ("Dean Kiely", "Will Smith")
    // needs the stronger evidence: the surname alone elsewhere, or speech.
    bool plain_rest = true;
    for (uint32_t k = b + 1; k < e; ++k)
      plain_rest = plain_rest && (plain_word(k) || (k + 1 < e && is_initial(k)));
    const bool strong =
        surname_used_alone(b, e) || followed_by_attribution(e) || preceded_by_attribution(b);
    if (plain_rest && plain_word(b))
      person = strong || !after_place_preposition(b);
    else if (demonym_surname(b, e))
      person = true;
    else if (plain_rest && !a_.wx(b).non_name && !T(b).all_upper && a_.wx(b).demonym < 0)
      person = strong;
  }
  (void)s;
  // "the Holy Grail", "the Magic Roundabout", "The Soul Sessions": after
  // "the", a run with no title, no known first name and no occupation
  // before it names a thing or a work, whatever the tagger reads; one that
  // speaks is a body ("..., said the Vox Populi column"). (A description
  // ending in a title word or a description's word, "the Kentucky
  // Republican", is left as it was: the person it describes is not
  // resolved here.)
  if (person && !titled && !a_.wx(b).given && !occupation_before && b > 0 && a_.is(b - 1, "the") &&
      a_.wx(e - 1).title == TitleRole::None && !a_.wl(e - 1).description_modifier &&
      !a_.wl(e - 1).description_head) {
    if (speaks_after(e) || preceded_by_attribution(b)) {
      add_org(b, e, std::string(a_.words(b, e)), MentionSource::Name);
      return;
    }
    person = false;
  }
  if (person && n <= 5) candidates_.push_back(c);
}

// "Mark Cuban ... Cuban said": a demonym after a given name of
// name_genders.tsv is the surname when it stands alone elsewhere in the
// article (merge_surname_countries then joins those mentions) or speaks.
bool MentionFinder::demonym_surname(uint32_t b, uint32_t e) const {
  return e == b + 2 && a_.wx(b).gender != 0 && a_.wx(b + 1).demonym >= 0 && !a_.wl(b + 1).common &&
         (surname_used_alone(b, e) || followed_by_attribution(e));
}

// The "of" in "FIRST LAST of ORGANIZATION": two or three words that can
// be a name before it, and a capitalized run after. 0 when there is none.
uint32_t MentionFinder::person_of_split(uint32_t b, uint32_t e) const {
  uint32_t of = b;
  // ("Philippe Torreton for L'Equipier": nominated for a film.)
  while (of < e && !a_.is(of, "of") && !a_.is(of, "for")) ++of;
  // Past the titles before the name: "Rep. Charles B. Rangel of New York"
  // (not "Secretary of State ...", where "of" follows the title).
  while (b < of && (a_.wx(b).title == TitleRole::Head || a_.wx(b).title == TitleRole::Modifier ||
                    a_.wx(b).title == TitleRole::Courtesy))
    ++b;
  if (of >= e || of + 1 >= e || of - b < 2 || of - b > 3) return 0;
  for (uint32_t k = b; k < of; ++k) {
    if (k > b && k + 1 < of && is_initial(k)) continue;  // "Charles B. Rangel"
    if (a_.wx(k).title != TitleRole::None || a_.wx(k).org_head || a_.wx(k).org_prefix ||
        a_.wx(k).demonym >= 0 || T(k).all_upper || is_connector(a_.tok(k)))
      return 0;
    if (k > b && !plain_word(k)) return 0;
  }
  // (A given name that is also a word, "Bill O'Reilly of Fox News": the
  // tagger reads a person.)
  if (!a_.wx(b).given && !plain_word(b) && tagged_as(b, of) != tag::EntityType::Person) return 0;
  Piece p{};
  for (uint32_t k = b; k < of; ++k)
    if (match_lexicon(k, of, p)) return 0;  // "Bank of America", "Gulf of Mexico"
  return of;
}

// "Mark Holden said", "Mark Holden, chairman of ...": a sentence-initial
// common word ("Mark", "Will") opens a name when the rest of the run is
// unknown capitalized words and the name speaks or is described.
bool MentionFinder::opens_name(uint32_t b, uint32_t e) const {
  // "Capital Economics said": the tagger reads the whole run as one body.
  if (e - b >= 2 && e - b <= 5 && tagged_whole(b, e, tag::EntityType::Organization)) return true;
  // "Mark Cuban said", "Will Smith": a common word opening a two- or
  // three-word run that the tagger reads as one person's name, with no
  // title in it.
  if (e - b >= 2 && e - b <= 3 && tagged_whole(b, e, tag::EntityType::Person)) {
    bool titled = false;
    for (uint32_t k = b; k < e; ++k) titled = titled || a_.wx(k).title != TitleRole::None;
    if (!titled) return true;
  }
  // "West Yorkshire Police said", "North Carolina Gov. Roy Cooper": a
  // compass word opening a sentence opens the name after it.
  // Not an adjective made of a demonym ("South American-themed").
  if (e - b >= 2 && is_compass_point(a_.lower(b)) && T(b + 1).kind == TokenKind::Word &&
      !a_.wl(b + 1).common && a_.wx(b + 1).demonym < 0 &&
      a_.tok(b + 1).find('-') == std::string_view::npos)
    return true;
  if (e - b < 2 || e - b > 3 || a_.wl(b).verbs != nullptr || !a_.wl(b).pronoun.empty())
    return false;
  if (!demonym_surname(b, e))
    for (uint32_t k = b + 1; k < e; ++k) {
      if (k + 1 < e && is_initial(k)) continue;  // "Mark Z. Barabak"
      if (!plain_word(k) || a_.wx(k).title != TitleRole::None) return false;
    }
  return followed_by_attribution(e) || surname_used_alone(b, e) || preceded_by_attribution(b);
}

// A middle initial: "Z." or "Z".
// The one entity type the tagger gives every token of [b, e), or None when
// they differ or one is untyped ("Hillary Clinton" PERSON PERSON -> Person).
tag::EntityType MentionFinder::tagged_as(uint32_t b, uint32_t e) const {
  const tag::EntityType t = a_.tags[b].entity;
  for (uint32_t k = b + 1; k < e; ++k)
    if (a_.tags[k].entity != t || a_.tags[k].entity_start) return tag::EntityType::None;
  return t;
}

// A capitalized word that could be part of a name and nothing else: not a
// common word, non-name, event word, acronym, demonym or organization head.
bool MentionFinder::plain_word(uint32_t k) const {
  return !(a_.wl(k).common || a_.wx(k).non_name || !a_.wl(k).event_class.empty() ||
           T(k).all_upper || a_.wx(k).demonym >= 0 || a_.wx(k).org_head);
}

// Is the run's last word used on its own elsewhere (not sentence-initially)?
bool MentionFinder::surname_used_alone(uint32_t b, uint32_t e) const {
  (void)b;
  return stands_alone(a_.tok(e - 1));
}

const std::vector<uint32_t>& MentionFinder::capitalized_tokens() const {
  if (!capitalized_found_) {
    capitalized_found_ = true;
    // capitalized(k), unrolled; the token table and its length held in
    // locals, which the compiler could not keep across push_back.
    const text::Token* const tokens = a_.seg.tokens.data();
    const uint32_t ntok = static_cast<uint32_t>(a_.ntok());
    for (uint32_t k = 0; k < ntok; ++k)
      if (tokens[k].kind == TokenKind::Word && tokens[k].upper) capitalized_.push_back(k);
  }
  return capitalized_;
}

// The word is written somewhere in the article as a capitalized word with
// no capitalized neighbour: a name used alone.
bool MentionFinder::stands_alone(std::string_view word) const {
  if (alone_.empty()) {
    for (const uint32_t k : capitalized_tokens()) {
      bool prev_cap = k > 0 && capitalized(k - 1) && !T(k).para_start;
      bool next_cap = k + 1 < a_.ntok() && capitalized(k + 1) && !T(k + 1).para_start;
      // ("Villa won", "Sociedad lost": a club or a place the tagger reads
      // as such is no surname used alone.)
      const tag::EntityType tagged = a_.tags[k].entity;
      if (!prev_cap && !next_cap && tagged != tag::EntityType::Organization &&
          tagged != tag::EntityType::Location)
        alone_.insert(a_.tok(k));
    }
    alone_.insert("");
  }
  return alone_.count(word) > 0;
}

// "in Tel Aviv", "from Gaza Strip": unknown names after these are places.
bool MentionFinder::after_place_preposition(uint32_t b) const {
  if (b == 0) return false;
  std::string_view p = a_.lower(b - 1);
  if (p == "the" && b >= 2) p = a_.lower(b - 2);
  static const WordList preps = {"in",      "at",     "from", "to",     "near",    "across",
                                 "outside", "inside", "into", "toward", "towards", "via",
                                 "through", "around", "of",   "on"};
  return preps.contains(p);
}

// `,” said Mark Sparrow`, `, said managing director Rodrigo Rato`: the
// name right after an attributing verb (titles between) is the speaker's.
bool MentionFinder::preceded_by_attribution(uint32_t b) const {
  uint32_t k = b;
  while (k > 0 && b - k < 8 &&
         (T(k - 1).kind == TokenKind::Possessive ||
          (T(k - 1).kind == TokenKind::Word &&
           (a_.wx(k - 1).title != TitleRole::None || a_.wl(k - 1).description_head ||
            (T(k - 1).upper && a_.wl(k - 1).verbs == nullptr) || a_.is(k - 1, "the") ||
            a_.is(k - 1, "and") || a_.wl(k - 1).source_noun != SourceNoun::None ||
            T(k).kind == TokenKind::Possessive))))
    --k;
  if (k < 2 || T(k - 1).kind != TokenKind::Word || a_.wl(k - 1).verbs == nullptr) return false;
  const auto& before = T(k - 2);
  return a_.tok(k - 2) == "," || before.kind == TokenKind::CloseQuote;
}

bool MentionFinder::followed_by_attribution(uint32_t e) const {
  if (e >= a_.ntok()) return false;
  // "Yonca Brunini of Yahoo said": past the affiliation.
  if (a_.is(e, "of")) {
    uint32_t k = e + 1;
    if (k < a_.ntok() && a_.is(k, "the")) ++k;
    const uint32_t first = k;
    while (k < a_.ntok() && k - first < 6 && T(k).kind == TokenKind::Word &&
           (T(k).upper || is_connector(a_.tok(k))))
      ++k;
    if (k == first || k >= a_.ntok()) return false;
    e = k;
  }
  if (a_.tok(e) == "," && e + 1 < a_.ntok() &&
      (a_.is(e + 1, "the") || a_.is(e + 1, "a") || a_.is(e + 1, "who") || a_.is(e + 1, "an") ||
       (!T(e + 1).upper && a_.wl(e + 1).description_head)))
    return true;
  return a_.wl(e).verbs != nullptr;
}

// "the" right before the run, maybe past one or two lower-case modifiers
// ("the nonpartisan Commission ...", "the influential American Legion").
bool MentionFinder::after_the(uint32_t b) const {
  uint32_t k = b;
  while (k > 0 && b - k < 2 && T(k - 1).kind == TokenKind::Word && !T(k - 1).upper &&
         !a_.is(k - 1, "the") && !is_connector(a_.tok(k - 1)) && a_.wl(k - 1).verbs == nullptr &&
         a_.wl(k - 1).pronoun.empty() && !is_verb_filler(a_.lower(k - 1)))
    --k;
  // ... and opening a clause: "who presents The Weakest Link tells" has it as an object.
  if (k == 0 || !a_.is(k - 1, "the")) return false;
  const uint32_t before = k - 1;
  if (before == a_.sentence_of(before).first || T(before - 1).kind != TokenKind::Word)
    return true;
  std::string_view w = a_.lower(before - 1);
  return w == "and" || w == "but" || w == "while" || w == "as" || w == "when" || w == "that" ||
         w == "because" || w == "after" || w == "since" || w == "although";
}

// A lower-case speech verb follows the run ending at e, maybe past words
// like "has", "also", "twice" ("... has twice complained").
bool MentionFinder::speaks_after(uint32_t e) const {
  uint32_t k = e;
  bool passive = false;  // "The Aviator was declared best film": no one speaks
  while (k < a_.ntok() && k - e < 3 && T(k).kind == TokenKind::Word && !T(k).upper &&
         is_verb_filler(a_.lower(k))) {
    std::string_view f = a_.lower(k);
    passive = passive || f == "is" || f == "was" || f == "were" || f == "are" || f == "been";
    ++k;
  }
  if (passive) return false;
  // Only forms that cannot be nouns: "the Kok report said", "European
  // states which ..." are not bodies speaking.
  static const WordList finite = {"said",         "says",      "told",     "tells",   "wrote",
                                  "writes",       "spoke",     "speaks",   "warns",   "argues",
                                  "insists",      "adds",      "explains", "urges",   "predicts",
                                  "contends",     "maintains", "admits",   "denies",  "stresses",
                                  "acknowledges", "announces", "accuses",  "suggests"};
  if (k >= a_.ntok() || T(k).kind != TokenKind::Word || T(k).upper || a_.wl(k).verbs == nullptr ||
      a_.wl(k).source_noun != SourceNoun::None)
    return false;
  std::string_view w = a_.lower(k);
  return w.ends_with("ed") || finite.contains(w);
}

// "the Trump administration", "President Donald J. Trump’s administration".
void MentionFinder::add_administrations() {
  const size_t n = a_.mentions.size();
  for (size_t i = 0; i < n; ++i) {
    const Mention m = a_.mentions[i];
    if (m.type != EntityType::Person || m.entity < 0) continue;
    uint32_t k = m.last;
    if (k < a_.ntok() && T(k).kind == TokenKind::Possessive) ++k;
    if (k >= a_.ntok() || !a_.is(k, "administration")) continue;
    // A copy of the surname: a_.entity() below may add an entity and move
    // the person's record.
    const std::string& full = a_.facts.entities[static_cast<size_t>(m.entity)].name;
    const std::string surname = full.substr(full.rfind(' ') + 1);
    int ent = a_.entity(EntityType::Organization, surname + " administration");
    std::string surface(a_.words(m.first, k + 1));
    if (surface != surname + " administration") note_alias(ent, surface);
    a_.add_mention({m.first, k + 1, EntityType::Organization, MentionSource::Name, ent});
    // The name is a modifier here, not the person: pronouns and speakers
    // must not resolve to it.
    a_.mentions[i].entity = -1;
  }
}

}  // namespace mention_detail

void find_mentions(Analysis& a) { mention_detail::MentionFinder(a).run(); }

}  // namespace newskg::extract
