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
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "analysis.hpp"
#include "newskg/core/unicode.hpp"

namespace newskg::extract {
namespace {

using text::TokenKind;

enum class PieceKind { Country, Org, Demonym, Title, Courtesy, Name };
struct Piece {
  PieceKind kind;
  uint32_t first, last;
  int lex = -1;
};

// A person, organization or acronym candidate waiting for coreference.
struct Candidate {
  uint32_t first = 0, last = 0;  // the name tokens
  EntityType type = EntityType::Person;
  bool single = false;  // one token: needs a full name to resolve to
  bool acronym = false;
  bool courtesy = false;  // "Mr Abbas": a person even without a full name
  bool not_person = false;
  std::string_view honorific;  // "forename" (Sir, Dame) or "peer" (Lord, Lady): honorifics.tsv  //
                               // the tagger reads a place or a work ("Wales", "Titanic")
  // A common word opening a sentence ("Price said", "Black added"): a
  // mention only when a person named in full has it as surname.
  bool surname_only = false;
  std::string title;  // role title before the name, if any
  uint32_t title_first = 0, title_last = 0;
  int of_mention = -1;  // index of the country/org mention the title belongs to
};

bool is_connector(std::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "de" || w == "du" ||
         w == "von" || w == "van" || w == "der" || w == "al" || w == "bin" || w == "&" ||
         w == "la" || w == "le" || w == "da" || w == "dos";
}

class MentionFinder {
 public:
  explicit MentionFinder(Analysis& a) : a_(a), lex_(a.lex) {}

  void run() {
    for (const auto& s : a_.seg.sentences) {
      a_.check_budget();
      scan_sentence(s);
    }
    resolve_candidates();
    bind_acronyms();
    add_administrations();
    merge_near_duplicate_orgs();
    merge_near_duplicate_persons();
    merge_prefix_persons();
    merge_prefix_persons_into_orgs();
    find_events();
    std::stable_sort(a_.mentions.begin(), a_.mentions.end(),
                     [](const Mention& x, const Mention& y) { return x.first < y.first; });
    std::fill(a_.mention_at.begin(), a_.mention_at.end(), -1);
    a_.index_mentions();
    appositive_roles();
    for (auto& e : a_.facts.entities) {
      std::sort(e.mentions.begin(), e.mentions.end());
      e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
    }
    add_pronouns();
  }

 private:
  const text::Token& T(uint32_t i) const { return a_.seg.tokens[i]; }
  bool capitalized(uint32_t i) const {
    const auto& t = T(i);
    return t.kind == TokenKind::Word && t.upper;
  }

  // Where the run of capitalized words (and the connectors between them)
  // that starts at token i ends.
  uint32_t run_end(uint32_t i, const text::Sentence& s) const {
    uint32_t j = i + 1;
    while (j < s.last) {
      // A weekday or month ends a name: "John Stumpf on Tuesday", "Trump Monday".
      // Right after a known given name it is a surname: "Ian Read", "Tim Back".
      if (capitalized(j) && a_.wx(j).non_name && a_.wx(i).title == TitleRole::None &&
          !(j == i + 1 && a_.wx(i).given))
        break;
      if (capitalized(j)) {
        ++j;
      } else if ((T(j).kind == TokenKind::Word || a_.tok(j) == "&") &&
                 is_connector(a_.tok(j)) && j + 1 < s.last && capitalized(j + 1)) {
        j += 2;
      } else if (a_.is(j, "on") && j + 1 < s.last && capitalized(j + 1) &&
                 a_.wx(j - 1).org_prefix &&
                 !a_.wx(j + 1).non_name) {  // not "Commission on Thursday"
        j += 2;  // "Commission on Presidential Debates", "Council on Foreign Relations"
      } else {
        break;
      }
    }
    return j;
  }

  // A hyphen written between two words with no space: "U.S.-Japan".
  bool attached_hyphen(uint32_t k) const {
    return k > 0 && k + 1 < a_.ntok() && (a_.tok(k) == "-" || a_.tok(k) == "\u2013") &&
           T(k - 1).span.end == T(k).span.begin && T(k).span.end == T(k + 1).span.begin;
  }

  // "Ministry of Environment, Forestry and Tourism", "Department of
  // Agriculture, Food and Rural Affairs": a ministry's or department's
  // portfolios go on past a comma to the "and" that ends their list. The
  // end of the run [i, j) so extended, or j. Each portfolio is one to three
  // capitalized words that are no name the lexicons know (not "the Ministry
  // of Defence, Norway and Sweden").
  uint32_t portfolios_end(uint32_t i, uint32_t j, const text::Sentence& s) const {
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

  bool starts_clause(uint32_t i, const text::Sentence& s) const {
    if (i == s.first) return true;
    auto k = T(i - 1).kind;
    if (k == TokenKind::OpenQuote) return true;
    std::string_view p = a_.tok(i - 1);
    return p == ":" || p == "(" || p == "—" || p == "-" || p == "*" || p == "**";
  }

  void scan_sentence(const text::Sentence& s) {
    const bool headline_case = a_.title_case(s);
    uint32_t i = s.first;
    while (i < s.last) {
      if (!capitalized(i)) {
        ++i;
        continue;
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
  uint32_t named_body(uint32_t b, uint32_t e, const text::Sentence& s) const {
    uint32_t ob = b;
    bool kind_before = false, kind_opens = false;
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
    if (compound || piece || a_.lower(b).starts_with("ex-")) return e;  // "Ex-Downing Street"
    if (e - ob > 5 || a_.wx(ob).given) return e;
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
    const tag::EntityType tagged = tagged_as(ob, e);
    if ((tagged == tag::EntityType::Person && !kind_opens) || tagged == tag::EntityType::Location)
      return e;
    return ob;
  }

  // From token k: up to three lower-case words, the last a job ("chief
  // executive", "pipelines executive", "spokeswoman", "aide"), then a name
  // (two capitalized words, or a known given name).
  bool job_then_name(uint32_t k, const text::Sentence& s) const {
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
  bool match_lexicon(uint32_t k, uint32_t end, Piece& out) const {
    // Only words that start some name are looked up, and only as far as the
    // longest name starting with that word.
    size_t max_n = std::min<size_t>(a_.wx(k).name_max_tokens, end - k);
    for (size_t n = max_n; n >= 1; --n) {
      std::string_view surface = a_.words(k, k + static_cast<uint32_t>(n));
      if (surface.find('\n') != std::string_view::npos) continue;
      if (int c = lex_.country(surface); c >= 0) {
        out = {PieceKind::Country, k, k + static_cast<uint32_t>(n), c};
        return true;
      }
      // Demonyms of more than one word ("South African", "New Zealanders");
      // one-word ones are read token by token.
      if (int d = n > 1 ? lex_.demonym(surface) : -1; d >= 0) {
        out = {PieceKind::Demonym, k, k + static_cast<uint32_t>(n), d};
        return true;
      }
      if (int o = lex_.organization(surface); o >= 0) {
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
      if (int c = lex_.capital(surface); c >= 0 && capital_for_government(k, k + n)) {
        out = {PieceKind::Country, k, k + static_cast<uint32_t>(n), c};
        return true;
      }
    }
    return false;
  }

  // A capital that acts or is acted on stands for its government, and the
  // graph names the country (corpus/GOLD.md): "Moscow said", "Washington
  // has claimed", "accused Beijing". "In Moscow", "Beijing Olympics", and a
  // capital that is also the surname of a person the article names
  // ("Denzel Washington ... Washington said") are not.
  bool capital_for_government(uint32_t b, uint32_t e) const {
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
  const std::set<std::string>& surname_capitals() const {
    if (!surname_capitals_) {
      surname_capitals_.emplace();
      for (uint32_t t = 1; t < a_.ntok(); ++t)
        if (capitalized(t) && capitalized(t - 1) && !T(t).para_start && !a_.wx(t - 1).non_name &&
            lex_.capital(a_.tok(t)) >= 0)
          surname_capitals_->insert(std::string(a_.tok(t)));
    }
    return *surname_capitals_;
  }

  void scan_run(uint32_t b, uint32_t e, const text::Sentence& s, bool headline_case) {
    // "told The Namibian": a capitalized "The" inside a sentence, then a
    // demonym, is a newspaper's name, not the people of a country.
    if (e == b + 2 && !headline_case && a_.is(b, "the") && T(b).upper && b > s.first &&
        T(b - 1).kind == TokenKind::Word && a_.wx(b + 1).demonym >= 0) {
      add_org(b, e, std::string(a_.words(b, e)), MentionSource::Name);
      return;
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
    // Drop sentence-initial common words ("Despite", "The") and non-names.
    while (b < e) {
      std::string_view low = a_.lower(b);
      Piece p{};
      bool known =
          match_lexicon(b, e, p) || a_.wx(b).demonym >= 0 || a_.wx(b).title != TitleRole::None;
      if (a_.wx(b).non_name && !known) {
        ++b;
        continue;
      }
      const bool verb_like = low.size() > 4 && (low.ends_with("ing") || low.ends_with("ly"));
      if (starts_clause(b, s) && !known && !a_.wx(b).given && (a_.wl(b).common || verb_like) &&
          !T(b).all_upper && !opens_name(b, e)) {
        // Only as a clause's subject: "Price said", "Black has argued", not "Price rises".
        // (Speech verbs such as "said" count through the lexicon.)
        static constexpr std::string_view kAux[] = {"has",   "had",  "was",  "is",   "will",
                                                    "would", "also", "then", "later"};
        const bool subject =
            b + 1 < s.last && !T(b + 1).upper && T(b + 1).kind == TokenKind::Word &&
            (a_.wl(b + 1).verbs != nullptr ||
             std::find(std::begin(kAux), std::end(kAux), a_.lower(b + 1)) != std::end(kAux));
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
    // "Kazuhiro Takahashi of Daiwa Securities", "Mark Longden of the
    // Independent ... Association": a person's name, then where they work.
    if (uint32_t of = person_of_split(b, e); of != 0) {
      scan_run(b, of, s, headline_case);
      uint32_t rest = of + 1;
      if (rest < e && a_.is(rest, "the")) ++rest;
      if (rest < e) scan_run(rest, e, s, headline_case);
      return;
    }

    // Cut into pieces.
    std::vector<Piece> pieces;
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
    // "Mr. King", "Ms. Judge", "Mr. Bishop": one title word after a courtesy
    // title, with no name after it, is a surname. Inside a quotation it is
    // more often an address ("Mr. President", "Madam Speaker").
    for (size_t pi = 1; pi < pieces.size(); ++pi) {
      Piece& p = pieces[pi];
      if (p.kind == PieceKind::Title && p.last == p.first + 1 &&
          pieces[pi - 1].kind == PieceKind::Courtesy && pieces[pi - 1].last == p.first &&
          (pi + 1 == pieces.size() || pieces[pi + 1].kind != PieceKind::Name) &&
          a_.quote_at[p.first] < 0)
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
    // Merge neighbouring name pieces (after demoting titles).
    std::vector<Piece> merged;
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
    {
      const bool portfolios = pieces.size() == 1 && pieces[0].first == b && pieces[0].last == e &&
                              e - b >= 5 && a_.wx(b).org_prefix && a_.is(b + 1, "of");
      std::vector<Piece> split;
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
    // ("New Zealand Department of Conservation": a country may open it.)
    const uint32_t pb =
        !pieces.empty() && pieces[0].kind == PieceKind::Country && pieces[0].first == b
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
    if ((org_head || org_prefix) && tagged_as(b, e) == tag::EntityType::Location) {
      add_place(b, e);
      for (const auto& p : pieces)
        if (p.kind == PieceKind::Country || p.kind == PieceKind::Demonym) add_country(p);
      return;
    }
    if (org_head || org_prefix) {
      uint32_t ob = b;
      // A leading title is not part of the name: "Secretary General NATO ..." is rare; keep simple.
      add_org(ob, e, std::string(a_.words(ob, e)), MentionSource::Name);
      // The country opening the body's name is part of it, not a mention of
      // its own that a reader ("according to the New Zealand Department of
      // ...") would take first.
      for (const auto& p : pieces)
        if ((p.kind == PieceKind::Country || p.kind == PieceKind::Demonym) &&
            !(pb != b && p.first == b))
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
    bool courtesy = false;
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
          title = &p;
          break;
        case PieceKind::Courtesy:
          courtesy = true;
          break;
        case PieceKind::Name:
          add_name(p, title, courtesy, last_place, headline_case, s);
          title = nullptr;
          courtesy = false;
          break;
      }
    }
  }

  int add_country(const Piece& p) {
    const auto& c = lex_.country_at(p.lex);
    int ent = a_.entity(EntityType::Country, c.name, true);
    std::string surface(a_.words(p.first, p.last));
    if (p.kind == PieceKind::Country && surface != c.name) note_alias(ent, surface);
    a_.add_mention({p.first, p.last, EntityType::Country,
                    p.kind == PieceKind::Demonym ? MentionSource::Demonym : MentionSource::Lexicon,
                    ent});
    return static_cast<int>(a_.mentions.size() - 1);
  }
  int add_lexicon_org(const Piece& p) {
    const auto& o = lex_.organization_at(p.lex);
    int ent = a_.entity(EntityType::Organization, o.name, true);
    std::string surface(a_.words(p.first, p.last));
    if (surface != o.name) note_alias(ent, surface);
    a_.add_mention({p.first, p.last, EntityType::Organization, MentionSource::Lexicon, ent});
    return static_cast<int>(a_.mentions.size() - 1);
  }
  void add_org(uint32_t b, uint32_t e, const std::string& name, MentionSource src) {
    int ent = a_.entity(EntityType::Organization, name);
    a_.add_mention({b, e, EntityType::Organization, src, ent});
  }
  void note_alias(int ent, const std::string& surface) { a_.add_alias(ent, surface); }

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
  bool body_name(uint32_t b, uint32_t e, const std::vector<Piece>& pieces,
                 const text::Sentence& s, bool headline_case) {
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
    if (end == 0 && pieces.size() == 2 && pieces[0].kind == PieceKind::Name &&
        pieces[0].first == b && pieces[1].kind == PieceKind::Country && pieces[1].last == e &&
        pieces[1].first == pieces[0].last && pieces[0].last - b <= 2 && !a_.wx(b).given &&
        capitalized(pieces[0].last - 1) && a_.tags[b].pos != tag::Pos::JJ &&
        publishes_after(e, s))  // not "L'Esquive and France"
      end = e;
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
  bool publishes_after(uint32_t e, const text::Sentence& s) const {
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

  // A place the lexicons do not know as a country ("Walvis Bay").
  void add_place(uint32_t b, uint32_t e) {
    int ent = a_.entity(EntityType::Place, std::string(a_.words(b, e)));
    a_.add_mention({b, e, EntityType::Place, MentionSource::Name, ent});
  }

  void add_name(const Piece& p, const Piece* title, bool courtesy, int place, bool headline_case,
                const text::Sentence& s) {
    uint32_t b = p.first, e = p.last;
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
    if (!titled && e - b >= 2 && T(b).upper && !T(b).all_upper &&
        a_.wl(b).description_head && !a_.wx(b).given && a_.wx(b).title == TitleRole::None &&
        T(b + 1).upper && (e - b >= 3 || a_.wx(b + 1).given || a_.wx(b + 1).gender != 0))
      ++b;
    // "Republican Donald Trump", "Democrat Hillary Clinton": a party or body
    // word before a given name and a surname describes the person too.
    else if (!titled && e - b >= 3 && T(b).upper && !T(b).all_upper &&
             a_.wl(b).description_modifier && !a_.wx(b).given && a_.wx(b + 1).given)
      ++b;
    // The trained tagger reads the words in their context; a title or a
    // courtesy title before the name outweighs it ("Mr Lewis" is a person
    // whatever "Lewis" alone would be).
    const tag::EntityType tagged = tagged_as(b, e);
    // "London Fashion Week", "Super Bowl", "Rom Con": a name ending in an
    // event head word is the event ("Super Bowl LVIII": a numeral may follow).
    {
      uint32_t head = e - 1;
      if (head > b && is_roman_numeral(a_.tok(head))) --head;
      if (!titled && head > b && a_.wx(head).event_head) {
        int ent = a_.entity(EntityType::Event, std::string(a_.words(b, e)));
        if (head + 1 < e) note_alias(ent, std::string(a_.words(b, head + 1)));
        a_.add_mention({b, e, EntityType::Event, MentionSource::Name, ent});
        return;
      }
    }
    // "Walvis Bay", "Ninety Mile Beach", "Abraham Villiers Bay": a name
    // ending in a geographic head word is a place; not "Michael Bay", a given
    // name and that word the tagger reads as a person.
    if (!titled && e - b >= 2 && a_.wx(e - 1).place_head &&
        !(e - b == 2 && a_.wx(b).given && tagged == tag::EntityType::Person)) {
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
    // A capital that does not stand for its government (match_lexicon) is
    // the city: "in Nairobi", "visited Moscow"; unless the article names a
    // person with it ("Denzel Washington").
    if (!titled && lex_.capital(a_.words(b, e)) >= 0 &&
        !surname_capitals().count(std::string(a_.words(b, e)))) {
      add_place(b, e);
      return;
    }
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
      c.title = std::string(a_.words(title->first, title->last));
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
      c.acronym = T(b).all_upper && a_.tok(b).size() >= 2 && !a_.wl(b).common;
      if (c.acronym && !titled) c.type = EntityType::Organization;
      // "Yukos said", "Sony has ...": a company speaking alone is no surname.
      if (!titled && tagged == tag::EntityType::Organization && !(b > 0 && a_.is(b - 1, "the")))
        c.type = EntityType::Organization;
      c.not_person =
          !titled && (tagged == tag::EntityType::Location || tagged == tag::EntityType::Misc);
      candidates_.push_back(c);
      return;
    }
    // Evidence for a person the tagger may not weigh: a known first name,
    // the surname used alone, an appositive ("Tomas Ferrand, the leader").
    const bool person_evidence =
        a_.wx(b).given || surname_used_alone(b, e) ||
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
      // programme ("The Harbor Hour"): the rules decide there.
      if (tagged == tag::EntityType::Organization && whole && !title_word &&
          !(b > 0 && a_.is(b - 1, "the"))) {
        add_org(b, e, std::string(a_.words(b, e)), MentionSource::Name);
        return;
      }
      if (tagged == tag::EntityType::Location) {
        add_place(b, e);
        return;
      }
      if (tagged == tag::EntityType::Misc) return;
    }
    bool person = titled || a_.wx(b).given || tagged == tag::EntityType::Person;
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
      else if (plain_rest && !a_.wx(b).non_name && !T(b).all_upper && a_.wx(b).demonym < 0)
        person = strong;
    }
    (void)s;
    if (person && n <= 5) candidates_.push_back(c);
  }

  // The "of" in "FIRST LAST of ORGANIZATION": two or three words that can
  // be a name before it, and a capitalized run after. 0 when there is none.
  uint32_t person_of_split(uint32_t b, uint32_t e) const {
    uint32_t of = b;
    while (of < e && !a_.is(of, "of")) ++of;
    if (of >= e || of + 1 >= e || of - b < 2 || of - b > 3) return 0;
    for (uint32_t k = b; k < of; ++k) {
      if (a_.wx(k).title != TitleRole::None || a_.wx(k).org_head || a_.wx(k).org_prefix ||
          a_.wx(k).demonym >= 0 || T(k).all_upper || is_connector(a_.tok(k)))
        return 0;
      if (k > b && !plain_word(k)) return 0;
    }
    if (!a_.wx(b).given && !plain_word(b)) return 0;
    Piece p{};
    for (uint32_t k = b; k < of; ++k)
      if (match_lexicon(k, of, p)) return 0;  // "Bank of America", "Gulf of Mexico"
    return of;
  }

  // "Mark Holden said", "Mark Holden, chairman of ...": a sentence-initial
  // common word ("Mark", "Will") opens a name when the rest of the run is
  // unknown capitalized words and the name speaks or is described.
  bool opens_name(uint32_t b, uint32_t e) const {
    // "Capital Economics said": the tagger reads the whole run as one body.
    if (e - b >= 2 && e - b <= 5 && tagged_as(b, e) == tag::EntityType::Organization &&
        a_.tags[b].entity_start &&
        (e == a_.ntok() || a_.tags[e].entity != tag::EntityType::Organization ||
         a_.tags[e].entity_start))
      return true;
    if (e - b < 2 || e - b > 3 || a_.wl(b).verbs != nullptr || !a_.wl(b).pronoun.empty())
      return false;
    for (uint32_t k = b + 1; k < e; ++k) {
      if (k + 1 < e && is_initial(k)) continue;  // "Mark Z. Barabak"
      if (!plain_word(k) || a_.wx(k).title != TitleRole::None) return false;
    }
    return followed_by_attribution(e) || surname_used_alone(b, e) || preceded_by_attribution(b);
  }
  // A middle initial: "Z." or "Z".
  // The one entity type the tagger gives every token of [b, e), or None when
  // they differ or one is untyped ("Hillary Clinton" PERSON PERSON -> Person).
  tag::EntityType tagged_as(uint32_t b, uint32_t e) const {
    const tag::EntityType t = a_.tags[b].entity;
    for (uint32_t k = b + 1; k < e; ++k)
      if (a_.tags[k].entity != t || a_.tags[k].entity_start) return tag::EntityType::None;
    return t;
  }

  bool is_initial(uint32_t k) const {
    std::string_view w = a_.tok(k);
    return (w.size() == 1 || (w.size() == 2 && w[1] == '.')) && w[0] >= 'A' && w[0] <= 'Z';
  }

  // A capitalized word that could be part of a name and nothing else: not a
  // common word, non-name, event word, acronym, demonym or organization head.
  bool plain_word(uint32_t k) const {
    return !(a_.wl(k).common || a_.wx(k).non_name || !a_.wl(k).event_class.empty() ||
             T(k).all_upper || a_.wx(k).demonym >= 0 || a_.wx(k).org_head);
  }

  // Is the run's last word used on its own elsewhere (not sentence-initially)?
  bool surname_used_alone(uint32_t b, uint32_t e) const {
    (void)b;
    return stands_alone(a_.tok(e - 1));
  }
  // The word is written somewhere in the article as a capitalized word with
  // no capitalized neighbour: a name used alone.
  bool stands_alone(std::string_view word) const {
    if (alone_.empty()) {
      for (uint32_t k = 0; k < a_.ntok(); ++k) {
        if (!capitalized(k)) continue;
        bool prev_cap = k > 0 && capitalized(k - 1) && !T(k).para_start;
        bool next_cap = k + 1 < a_.ntok() && capitalized(k + 1) && !T(k + 1).para_start;
        if (!prev_cap && !next_cap) alone_.insert(std::string(a_.tok(k)));
      }
      alone_.insert("");
    }
    return alone_.count(std::string(word)) > 0;
  }
  // A full name written family name first ("Yoon Suk Yeol", "Xi Jinping",
  // "Lee Jae-myung"): the article never uses its last word alone, and the
  // word that opens it is no known given name and no common word ("Correction
  // Appended" is page furniture), so it is the family name that the article
  // uses alone ("Yoon said"; the tagger may read that one as a body).
  bool family_name_first(int ent, uint32_t alone_at) const {
    const std::string& name = a_.facts.entities[static_cast<size_t>(ent)].name;
    const size_t space = name.rfind(' ');
    return space != std::string::npos && !a_.wx(alone_at).given && !a_.wl(alone_at).common &&
           !stands_alone(std::string_view(name).substr(space + 1));
  }
  // "in Tel Aviv", "from Gaza Strip": unknown names after these are places.
  bool after_place_preposition(uint32_t b) const {
    if (b == 0) return false;
    std::string_view p = a_.lower(b - 1);
    if (p == "the" && b >= 2) p = a_.lower(b - 2);
    static const std::set<std::string_view> preps = {
        "in",   "at",     "from",    "to",  "near",    "across", "outside", "inside",
        "into", "toward", "towards", "via", "through", "around", "of",      "on"};
    return preps.count(p) > 0;
  }
  // `,” said Mark Sparrow`, `, said managing director Rodrigo Rato`: the
  // name right after an attributing verb (titles between) is the speaker's.
  bool preceded_by_attribution(uint32_t b) const {
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

  bool followed_by_attribution(uint32_t e) const {
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
  bool after_the(uint32_t b) const {
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
  bool speaks_after(uint32_t e) const {
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
    static const std::set<std::string_view> finite = {
        "said",     "says",     "told",         "tells",     "wrote",     "writes",
        "spoke",    "speaks",   "warns",        "argues",    "insists",   "adds",
        "explains", "urges",    "predicts",     "contends",  "maintains", "admits",
        "denies",   "stresses", "acknowledges", "announces", "accuses",   "suggests"};
    if (k >= a_.ntok() || T(k).kind != TokenKind::Word || T(k).upper || a_.wl(k).verbs == nullptr ||
        a_.wl(k).source_noun != SourceNoun::None)
      return false;
    std::string_view w = a_.lower(k);
    return w.ends_with("ed") || finite.count(w) > 0;
  }

  std::string person_key_last(uint32_t b, uint32_t e) const {
    return a_.key_name(EntityType::Person, a_.tok(e - 1 > b ? e - 1 : b));
  }

  void resolve_candidates() {
    // Full names first, in order; the fullest surface names the entity.
    std::map<std::string, std::vector<size_t>> by_key;  // person key -> candidates
    for (size_t i = 0; i < candidates_.size(); ++i) {
      const auto& c = candidates_[i];
      if (c.single || c.type != EntityType::Person) continue;
      by_key[a_.key_name(EntityType::Person, a_.words(c.first, c.last))].push_back(i);
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
      if (it != surname_.end() && (c.type == EntityType::Person || !c.acronym)) {
        int ent = pick_recent(it->second, c.first);
        note_alias(ent, std::string(a_.tok(c.first)));
        add_person_mention(c, ent);
        continue;
      }
      // "Donna and Swift spent time together", after "Donna Kelce": a known
      // first name alone is the article's one person named in full with it
      // (feature writing tells family members apart so: Donna, Travis and
      // Jason Kelce), when it is nobody's surname there. So is a family
      // name written first ("Yoon said", after "Yoon Suk Yeol").
      if (auto f = forename_.find(key);
          f != forename_.end() && f->second.size() == 1 &&
          ((c.type == EntityType::Person && (a_.wx(c.first).given || a_.wx(c.first).gender != 0)) ||
           family_name_first(f->second.front(), c.first))) {
        note_alias(f->second.front(), std::string(a_.tok(c.first)));
        add_person_mention(c, f->second.front());
        continue;
      }
      if (c.surname_only) continue;
      if (c.acronym) {
        acronyms_.push_back(c);
        continue;
      }
      if (c.courtesy || !c.title.empty()) {
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
      if (c.type == EntityType::Organization && speaks_alone(c.first)) {
        add_org(c.first, c.last, std::string(a_.tok(c.first)), MentionSource::Name);
        continue;
      }
      if (c.type == EntityType::Person && !c.not_person && speaks_alone(c.first)) {
        int ent = a_.entity(EntityType::Person, std::string(a_.tok(c.first)));
        add_person_mention(c, ent);
      }
    }
  }

  // A lone capitalized word right before a speech verb ("Zuckoff said") or
  // right after an inverted one (`," said Hassel.`): not a common word at the
  // start of a sentence, a title, a demonym or a word with other uses.
  bool speaks_alone(uint32_t b) const {
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
  int pick_recent(const std::vector<int>& ents, uint32_t at) const {
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
  const std::vector<uint32_t>& mention_starts(int ent) const {
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
  void appositive_roles() {
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
          if (of < 0 && (inner.type == EntityType::Country || inner.type == EntityType::Organization))
            of = inner.entity;
        }
        // "Lady Starmer, the Prime Minister's wife": the head comes after
        // a possessive; the title before it is someone else's.
        if (T(e).kind == TokenKind::Possessive) head = false;
        else head = head || a_.wl(e).description_head || a_.wx(e).title == TitleRole::Head;
      }
      if (!head || e == b || e >= n || e - b >= 8 || (a_.tok(e) != "," && a_.tok(e) != "."))
        continue;
      RoleFact r;
      r.title = std::string(a_.words(b, e));
      r.of = of;
      r.evidence = a_.span(m.first, e);
      r.appositive = true;
      auto& roles = a_.facts.entities[static_cast<size_t>(m.entity)].roles;
      bool seen = false;
      for (const auto& x : roles) seen = seen || core::case_fold(x.title) == core::case_fold(r.title);
      if (!seen) roles.push_back(std::move(r));
    }
  }

  void add_person_mention(const Candidate& c, int ent) {
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

  // "Danish Defense Intelligence Service (DDIS)", "IRIA - International
  // Relations Insights & Analysis": an acronym next to a name whose initials
  // it spells is that name's alias. Unbound acronyms seen twice are organizations.
  void bind_acronyms() {
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
    for (uint32_t t = 1; t + 1 < a_.ntok(); ++t) {
      if (a_.tok(t - 1) != "(" || a_.tok(t + 1) != ")" || a_.mention_at[t] >= 0) continue;
      auto it = bound.find(std::string(a_.tok(t)));
      if (it != bound.end())
        a_.add_mention({t, t + 1, EntityType::Organization, MentionSource::Acronym, it->second});
    }
  }

  // "the Trump administration", "President Donald J. Trump’s administration".
  void add_administrations() {
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

  // Events anchored to a named entity:
  //   OWNER’s (first|recent|...) EVENT (to|in|with|at|of|between the? NAMED)?
  //   NAMED (word word)? EVENT            "Ukraine Defense Contact Group meeting"
  //   (ordinal)? EVENT of the? NAMED      "26th session of the Ukraine Defense Contact Group"
  //   war in COUNTRY
  // Phrases with the same anchor and event class are one event.
  void find_events() {
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
    for (uint32_t t = 0; t < a_.ntok(); ++t) {
      a_.check_budget();
      if (T(t).kind != TokenKind::Word || T(t).upper) continue;
      std::string_view low = a_.lower(t);
      std::string_view cls = a_.wl(t).event_class;
      if (cls.empty() || cls == "other" || low == "talks" || low == "negotiations") continue;
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

  static bool is_compass_point(std::string_view w) {
    return w == "north" || w == "south" || w == "east" || w == "west" || w == "northern" ||
           w == "southern" || w == "eastern" || w == "western" || w == "north-east" ||
           w == "north-west" || w == "south-east" || w == "south-west";
  }

  static bool is_roman_numeral(std::string_view w) {
    if (w.empty() || w.size() > 7) return false;
    for (char c : w)
      if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
    return true;
  }

  static bool is_hyphen_modifier(std::string_view w) {
    return w.ends_with("-led") || w.ends_with("-backed") || w.ends_with("-based");
  }
  // The first word of its sentence (capitalized whatever it is).
  bool opens_sentence_at(uint32_t k) const { return k == a_.sentence_of(k).first; }

  static bool event_premodifier(tag::Pos p) {
    return p == tag::Pos::JJ || p == tag::Pos::NN || p == tag::Pos::NNS || p == tag::Pos::VBN;
  }
  static bool is_determiner_word(std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "its" ||
           w == "his" || w == "her" || w == "their" || w == "our" || w == "these" || w == "those";
  }

  static bool is_event_modifier(std::string_view w) {
    static const std::set<std::string_view> words = {
        "first",    "second",   "third",     "last",        "recent",    "latest",
        "full",     "upcoming", "annual",    "ministerial", "emergency", "extraordinary",
        "official", "state",    "brief",     "surprise",    "planned",   "historic",
        "previous", "final",    "bilateral", "weekly",      "phone",     "telephone",
        "video",    "virtual"};
    return words.count(w) > 0;
  }

  // "‘Not the backdrop ...’: Rosenberg Research" before "David Watt of
  // Rosenberg Research & Associates Inc.": a person's name (no role) or a
  // body's that is the opening words of a body named in the article is that
  // body, short.
  void merge_prefix_persons_into_orgs() {
    std::map<std::string, int, std::less<>> prefixes;  // opening words -> organization
    for (size_t i = 0; i < a_.facts.entities.size(); ++i) {
      const Entity& e = a_.facts.entities[i];
      if (e.type != EntityType::Organization || e.from_lexicon || e.mentions.empty()) continue;
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
        note(last_space == std::string_view::npos ? std::string("\x01") + std::string(head) : head);
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
      const bool one_word = p.name.find(' ') == std::string::npos;
      if (one_word && !body) continue;
      auto it = prefixes.find(one_word ? "\x01" + p.name : p.name);
      if (it == prefixes.end() || it->second < 0 || it->second == static_cast<int>(i)) continue;
      Entity& org = a_.facts.entities[static_cast<size_t>(it->second)];
      org.aliases.push_back(p.name);
      absorb_mentions(org, p);
      merged_into[i] = it->second;
    }
    remap_merged(merged_into);
  }

  // "Te Kaurinui Robert" and "Te Kaurinui" beside "Te Kaurinui Robert
  // Parata": a person's name of two words or more that opens exactly one
  // longer person's name in the article is that person, short. Not a
  // father beside "... Jr." (the longer name ends in a generational suffix).
  void merge_prefix_persons() {
    std::map<std::string, int, std::less<>> prefixes;  // opening words -> person
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
      // Nor a name found only in the headline ("Elizabeth Warren Hammers
      // Wells Fargo CEO: ...").
      const uint32_t body_from =
          a_.seg.paragraphs.size() > 1 ? a_.seg.paragraphs[1].begin : UINT32_MAX;
      bool in_body = false;
      for (const auto& m : e.mentions) in_body = in_body || m.begin >= body_from;
      if (!plain || !in_body) continue;
      for (size_t sp : cut) {
        auto [it, added] = prefixes.emplace(e.name.substr(0, sp), static_cast<int>(i));
        if (!added && it->second != static_cast<int>(i)) it->second = -1;  // two people: none
      }
    }
    if (prefixes.empty()) return;
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
    remap_merged(merged_into);
  }

  // Organizations named twice with one letter off in one article ("Contact
  // Group" / "Contract Group") are one: the other spelling becomes an alias.
  // Names are compared within buckets of the same first word and word count.
  void merge_near_duplicate_orgs() {
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
  void merge_near_duplicate_persons() {
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
  void merge_near(const std::map<std::pair<std::string, size_t>, std::vector<int>>& buckets) {
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
  static void absorb_mentions(Entity& keep, Entity& drop) {
    keep.mentions.insert(keep.mentions.end(), drop.mentions.begin(), drop.mentions.end());
    drop.mentions.clear();
  }
  void remap_merged(const std::vector<int>& merged_into) {
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
  std::vector<std::pair<size_t, size_t>> near_pairs(const std::vector<int>& list) const {
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
  static bool edit_distance_le1(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
    return a.substr(i) == b.substr(i + 1);
  }

  void add_pronouns() {
    a_.note_genders();
    for (uint32_t t = 0; t < a_.ntok(); ++t) {
      a_.check_budget();
      if (T(t).kind != TokenKind::Word) continue;
      std::string_view cls = a_.wl(t).pronoun;
      if (cls != "person_m" && cls != "person_f") continue;
      int ent = a_.recent_person(t);
      if (ent < 0) continue;
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

  Analysis& a_;
  const Lexicons& lex_;
  mutable std::optional<std::set<std::string>> surname_capitals_;  // see surname_capitals()
  std::vector<Candidate> candidates_;
  std::vector<Candidate> acronyms_;
  std::vector<Mention> pronoun_mentions_;
  std::map<std::string, std::vector<int>> surname_;
  std::map<std::string, std::vector<int>> forename_;  // first-name key -> full-name persons
  mutable std::map<int, std::vector<uint32_t>> mention_starts_;  // see mention_starts()
  mutable std::set<std::string> alone_;
  std::set<std::string, std::less<>> bodies_named_;  // organizations named_body() found, by name
};

}  // namespace

void find_mentions(Analysis& a) { MentionFinder(a).run(); }

}  // namespace newskg::extract
