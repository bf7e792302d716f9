#include "analysis.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "newskg/core/check.hpp"
#include "newskg/core/unicode.hpp"

namespace newskg::extract {

Analysis::Analysis(const core::Document& d, const Lexicons& l, uint64_t max_work)
    : doc(d), text(d.text), lex(l), max_work_(max_work) {
  text::SegmentOptions opt;
  opt.abbreviations = &lex.abbreviations();
  seg = text::segment(text, opt);
  {
    // Scratch of the tagger, one per thread and reused across articles (the
    // tags never depend on what it holds: tagger.hpp).
    thread_local tag::TagWorkspace workspace;
    lex.tagger().tag(seg, text, tags, workspace);
  }
  lower_text_.assign(text.begin(), text.end());
  // Without a branch, so that the compiler vectorizes the loop over the text.
  for (char& c : lower_text_) c = static_cast<char>(c + (c >= 'A' && c <= 'Z' ? 'a' - 'A' : 0));
  // Every token starts unknown (punctuation, quotes and numbers stay so); the
  // words' entries are filled in below.
  const WordInfo* const unknown = &lex.exact({});  // one hash lookup, not one per token
  exact_info_.assign(seg.tokens.size(), unknown);
  lower_info_.assign(seg.tokens.size(), unknown);
  // The words are looked up in batches (Lexicons::lookup), which overlap
  // their probes' cache misses.
  std::string_view words[Lexicons::kLookupBatch], lowers[Lexicons::kLookupBatch];
  uint32_t index[Lexicons::kLookupBatch];
  const WordInfo *exact[Lexicons::kLookupBatch], *lowered[Lexicons::kLookupBatch];
  uint64_t hashes[Lexicons::kLookupBatch];
  bool lower_case[Lexicons::kLookupBatch];
  lower_hash_.assign(seg.tokens.size(), 0);
  plain_.assign(seg.tokens.size(), 0);
  size_t n = 0;
  auto flush = [&] {
    lex.lookup(n, words, lowers, exact, lowered, hashes, lower_case);
    for (size_t k = 0; k < n; ++k) {
      exact_info_[index[k]] = exact[k];
      lower_info_[index[k]] = lowered[k];
      lower_hash_[index[k]] = hashes[k] != 0 ? hashes[k] : 1;  // (0 marks no word)
      plain_[index[k]] = lower_case[k];
    }
    n = 0;
  };
  // The words' views are made here from their spans (inside the text by
  // construction), not through tok() and lower(); the two units of work
  // those count a word are added once after the loop (nothing checks the
  // budget before then).
  const std::string_view lowered_text = lower_text_;
  uint64_t looked_up = 0;
  for (size_t i = 0; i < seg.tokens.size(); ++i) {
    // Punctuation, quotes and numbers are in no lexicon: no probe.
    const text::Token& token = seg.tokens[i];
    if (token.kind != text::TokenKind::Word) continue;
    const size_t size = token.span.end - token.span.begin;
    words[n] = std::string_view(text.data() + token.span.begin, size);
    lowers[n] = std::string_view(lowered_text.data() + token.span.begin, size);
    index[n++] = static_cast<uint32_t>(i);
    ++looked_up;
    if (n == Lexicons::kLookupBatch) flush();
  }
  flush();
  work_ += 2 * looked_up;
  mention_at.assign(seg.tokens.size(), -1);
  quote_at.assign(seg.tokens.size(), -1);
  for (size_t q = 0; q < seg.quotes.size(); ++q) {
    const auto& quote = seg.quotes[q];
    for (uint32_t t = quote.open_tok + 1; t < seg.tokens.size(); ++t) {
      if (seg.tokens[t].span.begin >= quote.inner.end) break;
      quote_at[t] = static_cast<int>(q);
    }
  }
}

bool is_hyphen_adjective(std::string_view lower_word) {
  // Asked of nearly every capitalized run: most words have no hyphen.
  const size_t hyphen = lower_word.rfind('-');
  if (hyphen == std::string_view::npos) return false;
  const std::string_view suffix = lower_word.substr(hyphen);
  for (std::string_view s : {"-led", "-based", "-backed", "-owned", "-run", "-born", "-funded",
                             "-linked", "-allied", "-published", "-listed", "-registered", "-made",
                             "-sponsored", "-controlled", "-supported", "-affiliated", "-aligned"})
    if (suffix == s) return true;
  return false;
}

bool camel_case_body(std::string_view w) {
  for (size_t i = 1; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]), p = static_cast<unsigned char>(w[i - 1]);
    if (!std::isupper(c) || !std::islower(p)) continue;
    const std::string_view prefix = w.substr(0, i);
    // Surname and given-name prefixes: "McCain", "MacArthur", "DiCaprio",
    // "DeSantis", "LaHood", "VanDerBeek", "FitzGerald", "DeShawn".
    for (std::string_view name : {"Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "La", "Le",
                                  "Lo", "Van", "Von", "Fitz", "St", "Ja", "Ke", "Ta", "Sha", "Ka"})
      if (prefix == name) return false;
    return true;
  }
  return false;
}

bool web_address(std::string_view w) {
  const size_t dot = w.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 >= w.size()) return false;
  for (size_t k = dot + 1; k < w.size(); ++k)
    if (w[k] < 'a' || w[k] > 'z') return false;
  return true;
}

bool is_verb_filler(std::string_view w) {
  static const WordList words = {
      "also",         "has",        "had",        "have",       "was",        "is",
      "were",         "are",        "would",      "will",       "later",      "then",
      "previously",   "repeatedly", "frequently", "again",      "reportedly", "once",
      "just",         "recently",   "already",    "further",    "did",        "does",
      "do",           "not",        "never",      "publicly",   "privately",  "separately",
      "earlier",      "today",      "yesterday",  "been",       "should",     "could",
      "may",          "might",      "must",       "can",        "first",      "last",
      "still",        "even",       "often",      "ultimately", "finally",    "openly",
      "explicitly",   "flatly",     "firmly",     "strongly",   "quickly",    "immediately",
      "subsequently", "initially",  "himself",    "herself",    "themselves", "too",
      "twice",        "long",       "only",       "however",    "meanwhile",  "nonetheless",
      "nevertheless"};
  if (w.size() > 4 && w.substr(w.size() - 2) == "ly") return true;
  return w.size() >= 2 && w.size() <= 12 && words.contains(w);
}

bool Analysis::about_sport(uint32_t t) const {
  const uint32_t si = seg.sentence_of[t];
  if (about_sport_.empty()) about_sport_.assign(seg.sentences.size(), -1);
  int8_t& known = about_sport_[si];
  if (known >= 0) return known == 1;
  const text::Sentence& s = seg.sentences[si];
  known = 0;
  for (uint32_t k = s.first; k < s.last && known == 0; ++k) {
    if (wl(k).sports_word) {
      known = 1;
      break;
    }
    const size_t max_n = std::min<size_t>(wx(k).name_max_tokens, s.last - k);
    for (size_t n = max_n; n >= 1; --n) {
      const int o = lex.organization(words(k, k + static_cast<uint32_t>(n)));
      if (o >= 0 && lex.organization_at(o).kind == "sports_club") {
        known = 1;
        break;
      }
    }
  }
  return known == 1;
}

bool Analysis::plural_of_common(uint32_t i) const {
  const std::string_view low = lower(i);
  if (low.size() <= 4 || low.back() != 's') return false;
  // "Viruses", "Boxes", "Churches": -es after a sibilant.
  if (low.ends_with("ses") || low.ends_with("xes") || low.ends_with("zes") || low.ends_with("ches") ||
      low.ends_with("shes"))
    return lex.lowered(low.substr(0, low.size() - 2)).common;
  return low[low.size() - 2] != 's' && lex.lowered(low.substr(0, low.size() - 1)).common;
}

bool Analysis::written_lower(uint32_t i) const {
  // An open-addressing table of the hashes of the words written wholly in
  // lower case ("eBay" is no "ebay"), the lexicon lookup's own hashes: no
  // string hashed or compared again (0 marks an empty slot).
  const size_t n = ntok();
  if (lower_words_.empty()) {
    size_t count = 0;
    for (size_t k = 0; k < n; ++k) count += plain_[k];
    size_t size = 16;
    while (size < 2 * count) size *= 2;
    lower_words_.assign(size, 0);
    const size_t mask = size - 1;
    for (size_t k = 0; k < n; ++k) {
      if (!plain_[k]) continue;
      const uint64_t h = lower_hash_[k];
      size_t at = h & mask;
      while (lower_words_[at] != 0 && lower_words_[at] != h) at = (at + 1) & mask;
      lower_words_[at] = h;
    }
  }
  if (i >= n || lower_hash_[i] == 0) return false;
  const uint64_t h = lower_hash_[i];
  const size_t mask = lower_words_.size() - 1;
  for (size_t at = h & mask; lower_words_[at] != 0; at = (at + 1) & mask)
    if (lower_words_[at] == h) return true;
  return false;
}

std::string Analysis::key_name(EntityType type, std::string_view name) const {
  // Identity across articles. Worked examples:
  //   Person "Donald J. Trump"      -> "donald trump"   (middle initials dropped)
  //   Person "D Jones"              -> "d jones"        (a leading one kept)
  //   Person "Volodymyr Zelenskyy"  -> "volodymyr zelensky" (-yy, -iy folded)
  //   Organization "Ministry of Defence" -> "ministry of defense"
  // The words are views into `key`, written to `out` as they go (a person's
  // tail folded where it lands there): no string a word.
  const std::string key = core::name_key(name);
  const std::string_view k(key);
  std::string out;
  out.reserve(k.size());
  size_t start = 0;
  while (start <= k.size()) {
    size_t end = k.find(' ', start);
    if (end == std::string_view::npos) end = k.size();
    std::string_view w = k.substr(start, end - start);
    start = end + 1;
    if (w.empty()) continue;
    if (type == EntityType::Person) {
      // A middle initial; not a leading one, which is the first name:
      // "D Jones" and "R Jones" of one team sheet are two players.
      if (w.size() == 1 && !out.empty()) continue;
      if (!out.empty()) out += ' ';
      const size_t at = out.size();
      out += w;
      auto fold_tail = [&](std::string_view from, std::string_view to) {
        if (out.size() - at > from.size() + 2 && std::string_view(out).ends_with(from)) {
          out.resize(out.size() - from.size());
          out += to;
        }
      };
      fold_tail("yy", "y");
      fold_tail("iy", "y");
      fold_tail("ii", "i");
      continue;
    }
    if (out.empty() && w == "the") continue;
    if (auto am = lex.american_spelling(w); !am.empty()) w = am;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out.empty() ? key : out;
}

int Analysis::entity(EntityType type, const std::string& name, bool from_lexicon) {
  // The table's key is the identity with the type's code after it ("tony
  // blair" + '\0' for a person), made in place: a name seen before (most
  // calls) costs no string of its own.
  std::string identity = key_name(type, name);  // the entity's key_name when it is new
  identity.push_back(static_cast<char>(type));
  auto it = entity_by_key_.find(identity);
  if (it != entity_by_key_.end()) {
    Entity& e = facts.entities[static_cast<size_t>(it->second)];
    if (name != e.name) add_alias(it->second, name);
    return it->second;
  }
  const int idx = static_cast<int>(facts.entities.size());
  entity_by_key_.emplace(identity, idx);
  identity.pop_back();
  Entity e;
  e.type = type;
  e.name = name;
  e.key_name = std::move(identity);
  e.from_lexicon = from_lexicon;
  facts.entities.push_back(std::move(e));
  return idx;
}

void Analysis::add_alias(int ent, const std::string& alias) {
  const size_t e = static_cast<size_t>(ent);
  if (alias == facts.entities[e].name) return;  // the name itself is no alias of it
  if (alias_seen_.size() <= e) alias_seen_.resize(facts.entities.size());
  if (alias_seen_[e].insert(alias).second) facts.entities[e].aliases.push_back(alias);
}

void Analysis::add_mention(Mention m) {  // by value: `m` may be an element of `mentions`
  int idx = static_cast<int>(mentions.size());
  mentions.push_back(m);
  for (uint32_t t = m.first; t < m.last; ++t)
    if (mention_at[t] < 0 || (m.source != MentionSource::Demonym && m.type != EntityType::Event))
      mention_at[t] = idx;
  if (m.entity >= 0) facts.entities[static_cast<size_t>(m.entity)].mentions.push_back(span(m.first, m.last));
}

bool Analysis::after_the_description(uint32_t i) const {
  uint32_t k = i;
  // ("25-year-old" may be one token or a number, dashes and words.)
  while (k > 0 && i - k < 5 && !seg.tokens[k - 1].upper &&
         (seg.tokens[k - 1].kind == text::TokenKind::Number || tok(k - 1).find('-') != std::string_view::npos ||
          (seg.tokens[k - 1].kind == text::TokenKind::Word && tags[k - 1].pos == tag::Pos::JJ)))
    --k;
  return k < i && k > 0 && is(k - 1, "the");  // ("the Halifax said": a body, as British usage names it)
}

uint32_t Analysis::first_token_at(uint32_t offset) const {
  return static_cast<uint32_t>(
      std::lower_bound(seg.tokens.begin(), seg.tokens.end(), offset,
                       [](const text::Token& tk, uint32_t off) { return tk.span.begin < off; }) -
      seg.tokens.begin());
}

core::Span Analysis::evidence(core::Span sentence, core::Span focus) const {
  core::Span out = sentence;
  if (focus.begin > sentence.begin && focus.begin - sentence.begin > kEvidenceContext) {
    // The first token starting within the context before the focus.
    const uint32_t t = first_token_at(focus.begin - kEvidenceContext);
    out.begin = t < ntok() ? std::min(seg.tokens[t].span.begin, focus.begin) : focus.begin;
  }
  if (sentence.end > focus.end && sentence.end - focus.end > kEvidenceContext) {
    // The last token ending within the context after the focus.
    const uint32_t limit = focus.end + kEvidenceContext;
    uint32_t t = first_token_at(limit + 1);  // tokens before t start at or before the limit
    while (t > 0 && seg.tokens[t - 1].span.end > limit) --t;
    out.end = t > 0 ? std::max(seg.tokens[t - 1].span.end, focus.end) : focus.end;
  }
  out.begin = std::max(out.begin, sentence.begin);
  out.end = std::min(out.end, sentence.end);
  return out;
}

void Analysis::index_mentions() {
  std::fill(mention_at.begin(), mention_at.end(), -1);
  auto rank = [](const Mention& m) {
    if (m.type == EntityType::Event) return 0;
    if (m.source == MentionSource::Demonym) return 1;
    return 2;
  };
  for (size_t i = 0; i < mentions.size(); ++i)
    for (uint32_t t = mentions[i].first; t < mentions[i].last; ++t)
      if (mention_at[t] < 0 || rank(mentions[i]) >= rank(mentions[static_cast<size_t>(mention_at[t])]))
        mention_at[t] = static_cast<int>(i);
}

int Analysis::entity_ending_at(uint32_t end) const {
  if (end == 0 || end > mention_at.size()) return -1;
  int m = mention_at[end - 1];
  if (m < 0) return -1;
  return mentions[static_cast<size_t>(m)].entity;
}

std::vector<Mention>::const_iterator Analysis::mentions_before(uint32_t t) const {
  return std::lower_bound(mentions.begin(), mentions.end(), t,
                          [](const Mention& m, uint32_t tok) { return m.first < tok; });
}

void Analysis::note_genders() {
  gender_.assign(facts.entities.size(), 0);
  std::vector<char> conflict(facts.entities.size(), 0);
  auto note = [&](int ent, char g) {
    char& have = gender_[static_cast<size_t>(ent)];
    if (have != 0 && have != g) conflict[static_cast<size_t>(ent)] = 1;
    have = g;
  };
  for (size_t i = 0; i < facts.entities.size(); ++i) {
    const Entity& e = facts.entities[i];
    if (e.type != EntityType::Person) continue;
    const std::string_view first = std::string_view(e.name).substr(0, e.name.find(' '));
    if (first.size() < e.name.size())
      if (char g = lex.exact(first).gender; g != 0) note(static_cast<int>(i), g);
  }
  for (const Mention& m : mentions) {
    if (m.type != EntityType::Person || m.entity < 0 || m.first == 0) continue;
    if (const char g = courtesy_sex(lower(m.first - 1)); g != 0) note(m.entity, g);
  }
  for (size_t i = 0; i < gender_.size(); ++i)
    if (conflict[i]) gender_[i] = 0;
  // recent_person() walks back over the mentions a pronoun may refer to;
  // chaining them per kind of pronoun skips the others in one step, where a
  // walk over them all ("she" in a long article naming only men) made the
  // pronoun pass quadratic.
  for (int want = 0; want < 3; ++want)
    for (int in_quote = 0; in_quote < 2; ++in_quote) {
      std::vector<int>& prev = prev_referent_[static_cast<size_t>(want * 2 + in_quote)];
      prev.assign(mentions.size() + 1, -1);
      for (size_t i = 0; i < mentions.size(); ++i) {
        const Mention& m = mentions[i];
        const char sex = want == 1 ? 'm' : want == 2 ? 'f' : 0;
        const bool referent = m.type == EntityType::Person && m.entity >= 0 &&
                              !other_sex(m.entity, sex) && (in_quote || quote_at[m.first] < 0);
        prev[i + 1] = referent ? static_cast<int>(i) : prev[i];
      }
    }
}

bool Analysis::other_sex(int ent, char want) const {
  const size_t e = static_cast<size_t>(ent);
  return want != 0 && e < gender_.size() && gender_[e] != 0 && gender_[e] != want;
}

bool Analysis::title_case_lower_word(std::string_view w) {
  // Articles, conjunctions, prepositions and forms of "be" that Title Case
  // headlines print in lower case (AP, Chicago and web styles), and the
  // "v"/"vs" of sports headlines.
  static const WordList kWords = {
      "a",      "an",      "the",    "and",    "or",      "but",     "nor",    "yet",
      "so",     "if",      "as",     "than",   "of",      "in",      "on",     "at",
      "to",     "for",     "by",     "with",   "from",    "up",      "off",    "via",
      "per",    "into",    "onto",   "over",   "about",   "above",   "after",  "against",
      "along",  "amid",    "among",  "around", "before",  "behind",  "below",  "between",
      "beyond", "despite", "during", "near",   "since",   "through", "toward", "towards",
      "under",  "until",   "upon",   "within", "without", "is",      "are",    "was",
      "were",   "be",      "v",      "vs"};
  return kWords.contains(w);
}

int Analysis::recent_person(uint32_t t) const {
  const bool in_quote = t < quote_at.size() && quote_at[t] >= 0;
  const std::string_view cls = lower_info_[t]->pronoun;
  const int want = cls == "person_m" ? 1 : cls == "person_f" ? 2 : 0;
  const char sex = want == 1 ? 'm' : want == 2 ? 'f' : 0;  // for other_sex()
  const std::vector<int>& prev = prev_referent_[static_cast<size_t>(want * 2 + in_quote)];
  NEWSKG_CHECK(prev.size() == mentions.size() + 1,
               "recent_person() needs note_genders() after the last mention was added");
  // Mentions are sorted by position: walk back from the last one before t,
  // over the people of the pronoun's sex (not those named inside quotes,
  // who don't speak, when t is outside one; see note_genders()).
  // A pronoun refers back to someone who was the topic, not to a name
  // standing as a possessive or inside a prepositional phrase ("under
  // President Trump’s administration"): those are taken only when nothing
  // better comes first within the last few sentences.
  // "Within hours of his final talks with Mr Thorpe, Sir Edward told ...",
  // "In her speech, Ms Lee said ...": "his" or "her" in a fronted phrase is
  // the person who opens the clause after its comma.
  if (t < seg.tokens.size() && !in_quote && (lower(t) == "his" || lower(t) == "her")) {
    const text::Sentence& s = sentence_of(t);
    static constexpr std::string_view kFronted[] = {"in", "within", "after", "before", "during",
                                                    "despite", "on", "at", "following", "since",
                                                    "throughout", "for"};
    const std::string_view first = lower(s.first);
    bool fronted = std::find(std::begin(kFronted), std::end(kFronted), first) != std::end(kFronted);
    for (uint32_t k = s.first; fronted && k < t; ++k) fronted = tok(k) != ",";
    uint32_t comma = t + 1;
    while (fronted && comma < s.last && comma - t < 15 && tok(comma) != ",") ++comma;
    uint32_t k = comma + 1;  // past a title or honorific: ", Sir Edward", ", Mr. Obama"
    while (fronted && k < s.last && k - comma <= 3 && mention_at[k] < 0 &&
           (seg.tokens[k].upper || tok(k) == "."))
      ++k;
    if (fronted && k < s.last && tok(comma) == "," && mention_at[k] >= 0) {
      const Mention& m = mentions[static_cast<size_t>(mention_at[k])];
      if (m.first == k && m.type == EntityType::Person && m.entity >= 0 &&
          !other_sex(m.entity, sex))
        return m.entity;
    }
  }
  int fallback = -1;
  const bool subject_pronoun = t < seg.tokens.size() && (lower(t) == "he" || lower(t) == "she");
  const uint32_t sentence_now = seg.sentence_of[std::min<size_t>(t, seg.sentence_of.size() - 1)];
  // "Mr Blair has failed to tackle these problems, he claimed": the subject
  // of a speech verb set off after a comma is no one its sentence names
  // before it, in the words it reports.
  // (Back to the last quotation mark before it in the sentence: "Ms Hutt
  // said she hoped \"...\" Asked about waiting lists, she said".)
  // (`Mr Blair's government was "bossy," he added`: a quotation ending in a
  // comma is part of the report; one followed by a new sentence whose
  // period was lost, `she hoped "..." Asked about it, she said`, is not.)
  bool after_report =
      !in_quote && t > 1 && t + 1 < seg.tokens.size() && lower_info_[t + 1]->verbs != nullptr &&
      (tok(t - 1) == "," ||
       (seg.tokens[t - 1].kind == text::TokenKind::CloseQuote && tok(t - 2) == ","));
  uint32_t report_from = t;
  if (after_report && seg.tokens[t - 1].kind == text::TokenKind::CloseQuote) {
    // `X added: "...," she said`: a speech verb before the quotation
    // introduced it, and only the quotation is the report.
    const uint32_t first = sentence_of(t).first;
    uint32_t open = t - 1;
    while (open > first && seg.tokens[open - 1].kind != text::TokenKind::OpenQuote) --open;
    if (open > first) {
      --open;
      for (uint32_t k = first; k < open; ++k)
        if (lower_info_[k]->verbs != nullptr) {
          report_from = open;
          break;
        }
    }
  }
  if (after_report && report_from == t) {
    const uint32_t first = sentence_of(t).first;
    while (report_from > first) {
      const text::Token& before = seg.tokens[report_from - 1];
      if (before.kind == text::TokenKind::CloseQuote && report_from < t &&
          seg.tokens[report_from].kind == text::TokenKind::Word && seg.tokens[report_from].upper)
        break;
      --report_from;
    }
  }
  for (int i = prev[static_cast<size_t>(mentions_before(t) - mentions.begin())]; i >= 0;
       i = prev[static_cast<size_t>(i)]) {
    const Mention& m = mentions[static_cast<size_t>(i)];
    if (after_report && m.first >= report_from && seg.sentence_of[m.first] == sentence_now)
      continue;
    if (m.source == MentionSource::Pronoun) return m.entity;
    const bool possessive =
        m.last < seg.tokens.size() && seg.tokens[m.last].kind == text::TokenKind::Possessive;
    auto prep_before = [&](uint32_t first) {
      const std::string_view w = first > 0 ? lower(first - 1) : std::string_view();
      return w == "under" || w == "by" || w == "with" || w == "of" || w == "to" || w == "from" ||
             w == "for" || w == "against" || w == "about" || w == "on" || w == "including";
    };
    bool in_pp = prep_before(m.first);
    // "Steve Bruce insists he does not want to sell Robbie Savage. \"...,\"
    // he said": the object of a verb is passed over for a person before it
    // in its sentence, as a name in a prepositional phrase is ("said Steve
    // Bruce" is no object: a speech verb's name after it is its subject).
    const int before_it = prev[static_cast<size_t>(i)];
    // (Nor one a verb follows: "asked if Brown would start Eriksson replied".)
    const bool verb_after = m.last < seg.tokens.size() && (lower_info_[m.last]->verbs != nullptr ||
                                                           tag::is_verb(tags[m.last].pos));
    // ("One of his fellow pupils was Vladimir Putin. ... he was posted": a
    // pronoun of the same sex before it in its sentence, as a name would.)
    // (Within the 40 tokens before it: a bounded look, however long the
    // sentence.)
    auto pronoun_before = [&](uint32_t first) {
      for (uint32_t k = std::max(sentence_of(first).first, first > 40 ? first - 40 : 0u); k < first;
           ++k)
        if (lower_info_[k]->pronoun == cls) return true;
      return false;
    };
    if (!in_pp && !verb_after && m.first > 0 && lower_info_[m.first - 1]->verbs == nullptr &&
        ((before_it >= 0 && seg.sentence_of[mentions[static_cast<size_t>(before_it)].first] ==
                                seg.sentence_of[m.first]) ||
         (want != 0 && pronoun_before(m.first))))
      in_pp = tag::is_verb(tags[m.first - 1].pos);
    // "meet with Lutnick and Jamieson Greer": the second of a pair in a
    // prepositional phrase is in it too.
    if (!in_pp && m.first >= 2 && lower(m.first - 1) == "and" && mention_at[m.first - 2] >= 0)
      in_pp = prep_before(mentions[static_cast<size_t>(mention_at[m.first - 2])].first);
    // "Hegseth’s speech at NATO underscored ...": a possessive that opens its
    // sentence names the topic of the sentence.
    // "One dissenting opinion came from Brian Gammage, vice-president of
    // research at Gartner. He said": a person introduced with a description
    // after the name is the new topic, in a prepositional phrase or not.
    if (in_pp && !possessive && m.last + 1 < seg.tokens.size() && tok(m.last) == "," &&
        seg.tokens[m.last + 1].kind == text::TokenKind::Word && !seg.tokens[m.last + 1].upper &&
        (lower_info_[m.last + 1]->description_head || lower(m.last + 1) == "a" ||
         lower(m.last + 1) == "the" || lower(m.last + 1) == "an"))
      in_pp = false;
    const bool opens_sentence = m.first <= sentence_of(m.first).first + 1;
    if ((!possessive || opens_sentence) && !in_pp) {
      // "Chelsea chief executive Peter Kenyon has played down reports that
      // Arjen Robben will return ... 'He's been responding well,' he told":
      // a subject pronoun opening a new sentence goes on with the subject
      // of the sentence before, a person who opens it, not a name later in it.
      if (subject_pronoun && seg.sentence_of[m.first] + 1 == sentence_now && !opens_sentence) {
        const text::Sentence& ms = sentence_of(m.first);
        // The subject starts the sentence, or follows a fronted participle
        // phrase and its comma ("Speaking in court, Mr Ebbers rejected ...").
        uint32_t from = ms.first;
        if (seg.tokens[from].kind == text::TokenKind::Word &&
            (tags[from].pos == tag::Pos::VBG || tags[from].pos == tag::Pos::VBN)) {
          uint32_t comma = from + 1;
          while (comma < m.first && comma - from < 25 && tok(comma) != ",") ++comma;
          if (comma < m.first && tok(comma) == ",") from = comma + 1;
        }
        // (The subject stands within the sentence's first 40 tokens.)
        for (auto it = mentions_before(from);
             it != mentions.end() && it->first < m.first && it->first < from + 40; ++it) {
          if (it->type != EntityType::Person || it->source == MentionSource::Pronoun) continue;
          bool verb_before = false;
          // (A description before the name is none: "Conservative peer
          // Lord Heseltine", "Chelsea chief executive Peter Kenyon"; a verb
          // opening the sentence is one: "Speaking after Mr Brown had ...".)
          for (uint32_t k = from; k < it->first && !verb_before; ++k)
            verb_before = tag::is_verb(tags[k].pos) && (!seg.tokens[k].upper || k == ms.first) &&
                          !lower_info_[k]->description_head;
          if (!verb_before && it->entity >= 0 && it->entity != m.entity &&
              !other_sex(it->entity, sex) &&
              !(it->last < seg.tokens.size() &&
                seg.tokens[it->last].kind == text::TokenKind::Possessive) &&
              (in_quote || quote_at[it->first] < 0))
            return it->entity;
          break;  // the first person named in the sentence, or none
        }
      }
      return m.entity;
    }
    if (fallback < 0) fallback = m.entity;
    if (sentence_now - seg.sentence_of[m.first] > 3) break;
  }
  return fallback;
}

}  // namespace newskg::extract
