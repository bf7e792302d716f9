#include "newskg/extract/lexicon.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <optional>
#include <sstream>

#include "newskg/core/bytes.hpp"
#include "newskg/core/check.hpp"
#include "newskg/core/prefetch.hpp"
#include "newskg/core/unicode.hpp"
#include "newskg/tag/tagger.hpp"

#ifndef NEWSKG_LEXICON_DIR
#define NEWSKG_LEXICON_DIR "schema/lexicon"
#endif

namespace newskg::extract {
namespace {

using Row = std::vector<std::string>;

// A field without the spaces around it and a '\r' a CRLF file leaves.
std::string_view trim_field(std::string_view part) {
  while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.remove_suffix(1);
  while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
  return part;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    out.emplace_back(trim_field(s.substr(start, p == std::string_view::npos ? p : p - start)));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

// The whole of a file, or nothing when it cannot be opened. Sized once from
// the end's offset, where there is one, and read in one call.
std::optional<std::string> read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  std::string data;
  if (const std::streamoff size = in.tellg(); size > 0) {
    data.resize(static_cast<size_t>(size));
    in.seekg(0);
    in.read(data.data(), size);
    data.resize(static_cast<size_t>(in.gcount()));
    if (in.peek() == std::char_traits<char>::eof()) return data;
    in.clear();
  }
  // Not seekable, or longer than it said: the rest as it comes.
  std::ostringstream rest;
  rest << in.rdbuf();
  return data + std::move(rest).str();
}

// Calls fn(cols, n, line) for each row of the TSV text `data` (from `path`):
// '#' comments and blank lines skipped; columns trimmed of spaces and '\r';
// each row needs `min_cols` (at most kMaxCols are passed; the views are
// into `data`).
constexpr size_t kMaxCols = 8;
template <class Fn>
core::Status for_each_row_of(std::string_view data, const std::filesystem::path& path,
                             size_t min_cols, Fn&& fn) {
  std::string_view rest = data;
  std::string_view cols[kMaxCols];
  int n = 0;
  while (!rest.empty()) {
    ++n;
    const size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    if (line.empty() || line[0] == '#') continue;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    size_t count = 0;
    for (;;) {
      const size_t tab = line.find('\t');
      if (count < kMaxCols) cols[count] = trim_field(line.substr(0, tab));
      ++count;
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    if (count < min_cols || cols[0].empty())
      return core::Error{path.string(), n,
                         "expected " + std::to_string(min_cols) + " tab-separated columns"};
    fn(cols, std::min(count, kMaxCols), n);
  }
  return {};
}

// The same for the file at `path`, read at once and never split into
// strings (the lexicons are read at every start); a missing file is an
// Error when `required`, else no rows.
template <class Fn>
core::Status for_each_row(const std::filesystem::path& path, size_t min_cols, bool required,
                          Fn&& fn) {
  const std::optional<std::string> data = read_text(path);
  if (!data) {
    if (!required) return {};
    return core::Error{path.string(), 0, "cannot read lexicon"};
  }
  return for_each_row_of(*data, path, min_cols, fn);
}

// Reads a TSV into rows of strings (for_each_row's rules).
core::Status read_tsv(const std::filesystem::path& path, size_t min_cols, std::vector<Row>& rows,
                      bool required = true) {
  return for_each_row(path, min_cols, required, [&](const std::string_view* cols, size_t n, int) {
    rows.emplace_back(cols, cols + n);
  });
}

std::vector<std::string> alternatives(const Row& row, size_t col) {
  if (col >= row.size() || row[col].empty()) return {};
  std::vector<std::string> out;
  for (auto& a : split(row[col], '|'))
    if (!a.empty()) out.push_back(a);
  return out;
}

size_t count_tokens(std::string_view s) {
  size_t n = 1;
  for (char c : s) n += c == ' ';
  return n;
}

std::string lower_ascii(std::string_view s) { return core::case_fold(s); }

bool all_caps(std::string_view s) {
  bool any = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') any = true;
  }
  return any;
}

// "north korea" -> "North Korea": the title-case form news prints mid-sentence.
std::string title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-';
  }
  return out;
}

}  // namespace

namespace {
using core::prefetch;

// The tables' hash: core::hash_words, the tagger's word hash unfinished
// (FNV-1a, byte by byte, was a tenth of the lookups), never 0, which marks
// an empty slot.
[[gnu::always_inline]] inline uint64_t word_hash(std::string_view s) {
  return core::hash_words(s) | 1;
}

// memcmp(a, b, n) == 0 for the short strings of a lexicon probe, inline: a
// call to memcmp cost more than the compare. Words of 8 bytes or more are
// read 8 bytes at a time, the last load ending at the end (overlapping the
// one before); shorter ones in two overlapping loads of 4 or 1 bytes.
inline bool same_bytes(const char* a, const char* b, size_t n) {
  auto load8 = [](const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  };
  auto load4 = [](const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  };
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8)
      if (load8(a + i) != load8(b + i)) return false;
    return load8(a + n - 8) == load8(b + n - 8);
  }
  if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
  return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}
}  // namespace

// The entries of Lexicons::table_ while the lists are read: an
// open-addressing index (entry + 1; 0 is empty) over `entries`, doubled
// when half full. An entry views its key (a list map's key, a kept text,
// or a copy in owned_keys_) and names its WordInfos as written and lower
// case (their number + 1 in Lexicons::infos_; 0 is none).
struct Lexicons::WordTableBuilder {
  struct Entry {
    uint64_t hash = 0;
    const char* key = nullptr;
    uint32_t size = 0;
    uint32_t exact = 0, lowered = 0;
    bool gender_seen = false;  // name_genders.tsv named it (its first row counts)
  };
  explicit WordTableBuilder(Lexicons& lex) : lex_(lex), index_(kInitialSlots, 0) {
    entries_.reserve(kInitialSlots / 2);
  }

  // The entry of `key`, added if new. `stable`: the key's bytes outlive
  // the Lexicons; otherwise a new key is copied into owned_keys_.
  Entry& entry(std::string_view key, bool stable) {
    const uint64_t h = word_hash(key);
    size_t mask = index_.size() - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
      const uint32_t e = index_[i];
      if (e == 0) break;
      Entry& found = entries_[e - 1];
      if (found.hash == h && found.size == key.size() &&
          same_bytes(found.key, key.data(), key.size()))
        return found;
    }
    const char* bytes = key.data();
    if (!stable) bytes = lex_.owned_keys_.emplace_back(key).data();
    entries_.push_back(Entry{h, bytes, static_cast<uint32_t>(key.size())});
    index_[i] = static_cast<uint32_t>(entries_.size());
    if (2 * entries_.size() > index_.size()) grow();
    return entries_.back();
  }
  WordInfo& exact(std::string_view key, bool stable = true) {
    Entry& e = entry(key, stable);
    if (e.exact == 0) e.exact = add_info();
    return info(e.exact);
  }
  WordInfo& lowered(std::string_view key, bool stable = true) {
    Entry& e = entry(key, stable);
    if (e.lowered == 0) e.lowered = add_info();
    return info(e.lowered);
  }
  WordInfo& info(uint32_t number) {
    return lex_.infos_[(number - 1) / kInfoChunk][(number - 1) % kInfoChunk];
  }
  const std::vector<Entry>& entries() const { return entries_; }
  size_t infos() const { return infos_; }

 private:
  // Room from the start for the shipped lists (some 15,000 entries).
  static constexpr size_t kInitialSlots = 1 << 16;
  uint32_t add_info() {
    if (infos_ % kInfoChunk == 0) lex_.infos_.push_back(std::make_unique<WordInfo[]>(kInfoChunk));
    return static_cast<uint32_t>(++infos_);
  }
  void grow() {
    std::vector<uint32_t> index(2 * index_.size(), 0);
    const size_t mask = index.size() - 1;
    for (uint32_t e = 1; e <= entries_.size(); ++e) {
      size_t i = entries_[e - 1].hash & mask;
      while (index[i] != 0) i = (i + 1) & mask;
      index[i] = e;
    }
    index_ = std::move(index);
  }
  Lexicons& lex_;
  std::vector<uint32_t> index_;
  std::vector<Entry> entries_;
  size_t infos_ = 0;
};

std::string default_lexicon_dir() {
  if (const char* env = std::getenv("NEWSKG_LEXICONS"); env != nullptr && *env) return env;
  if (std::filesystem::exists(NEWSKG_LEXICON_DIR)) return NEWSKG_LEXICON_DIR;
  return "schema/lexicon";
}

core::Result<std::shared_ptr<const Lexicons>> Lexicons::load(const std::string& dir) {
  auto lex = std::make_shared<Lexicons>();
  namespace fs = std::filesystem;
  const fs::path d(dir);
  if (!fs::is_directory(d)) return core::Error{dir, 0, "lexicon folder not found"};
  // The tagger loads on a second thread while the word lists are read (the
  // two are independent; every run waits for both before its first article).
  const fs::path beside = d.parent_path() / "models";
  const std::string models = fs::is_regular_file(beside / tag::Tagger::kNerFile)
                                 ? beside.string()
                                 : tag::default_model_dir();
  std::future<core::Result<tag::Tagger>> tagger =
      std::async(std::launch::async, [models] { return tag::Tagger::load(models); });
  std::vector<Row> rows;
  auto add_surface = [&](StringMap<int>& map, const std::string& s, int idx) {
    map.emplace(s, idx);
    // Mixed-case names also match as printed in title case; all-caps forms
    // ("US", "UK") only as written, so "us" the pronoun never becomes a country.
    if (!all_caps(s)) map.emplace(title_case(s), idx);
    lex->max_name_tokens_ = std::max(lex->max_name_tokens_, count_tokens(s));
  };

  if (auto st = read_tsv(d / "countries.tsv", 1, rows); !st) return st.error();
  for (const auto& row : rows) {
    int idx = static_cast<int>(lex->countries_.size());
    lex->countries_.push_back({row[0], "country"});
    add_surface(lex->country_by_, row[0], idx);
    for (const auto& a : alternatives(row, 1)) add_surface(lex->country_by_, a, idx);
    for (const auto& a : alternatives(row, 2)) lex->demonym_by_.emplace(a, idx);
    for (const auto& a : alternatives(row, 3)) lex->capital_by_.emplace(a, idx);
  }
  rows.clear();
  if (auto st = read_tsv(d / "organizations.tsv", 1, rows); !st) return st.error();
  for (const auto& row : rows) {
    int idx = static_cast<int>(lex->orgs_.size());
    lex->orgs_.push_back({row[0], row.size() > 2 ? row[2] : ""});
    std::vector<std::string> surfaces = alternatives(row, 1);
    surfaces.push_back(row[0]);
    for (const auto& a : surfaces) add_surface(lex->org_by_, a, idx);
    // British usage prints acronyms said as words in title case: "Fifa",
    // "Uefa", "Opec" for FIFA, UEFA, OPEC. Four letters or more, so that
    // "Who" and "Sec" stay words.
    for (const auto& a : surfaces) {
      if (a.size() < 4 ||
          !std::all_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        continue;
      std::string title = a.substr(0, 1) + lower_ascii(a.substr(1));
      if (lex->org_by_.find(title) == lex->org_by_.end()) add_surface(lex->org_by_, title, idx);
    }
  }
  rows.clear();
  if (auto st = read_tsv(d / "sports_clubs.tsv", 3, rows); !st) return st.error();
  for (const auto& row : rows) {
    if (row[2] != "always" && row[2] != "sport" && row[2] != "aliases")
      return core::Error{(d / "sports_clubs.tsv").string(), 0,
                         "unknown context '" + row[2] + "' for '" + row[0] + "'"};
    int idx = static_cast<int>(lex->orgs_.size());
    lex->orgs_.push_back({row[0], "sports_club"});
    std::vector<std::string> surfaces = alternatives(row, 1);
    surfaces.push_back(row[0]);
    for (const auto& a : surfaces) {
      // A surface another list already names ("Valencia" the city is no
      // organization's) stays that list's; the club takes the rest.
      if (lex->org_by_.count(a) || lex->country_by_.count(a)) continue;
      const bool always = row[2] == "always" || (row[2] == "aliases" && a == row[0]);
      add_surface(always ? lex->org_by_ : lex->club_by_, a, idx);
    }
  }
  rows.clear();
  if (auto st = read_tsv(d / "titles.tsv", 2, rows); !st) return st.error();
  for (const auto& row : rows) {
    TitleRole r = TitleRole::None;
    if (row[1] == "head")
      r = TitleRole::Head;
    else if (row[1] == "modifier")
      r = TitleRole::Modifier;
    else if (row[1] == "courtesy")
      r = TitleRole::Courtesy;
    else if (row[1] == "connector")
      r = TitleRole::Connector;
    else if (row[1] == "former")
      r = TitleRole::Former;
    if (row.size() > 2 && !row[2].empty()) lex->title_full_.emplace(row[0], row[2]);
    // Multiword titles ("Air Force", "Chief Executive") are matched word by word.
    for (const auto& w : split(row[0], ' ')) {
      auto [it, added] = lex->titles_.emplace(w, r);
      // A word that can head a title keeps that role ("Secretary" is both).
      if (!added && r == TitleRole::Head) it->second = r;
    }
  }
  rows.clear();
  if (auto st = read_tsv(d / "title_descriptions.tsv", 1, rows, false); !st) return st.error();
  for (const auto& row : rows) {
    if (row.size() < 2 || row[1] == "head")
      lex->description_heads_.insert(lower_ascii(row[0]));
    else if (row[1] == "modifier")
      lex->description_modifiers_.insert(lower_ascii(row[0]));
  }
  rows.clear();
  if (auto st = read_tsv(d / "source_nouns.tsv", 2, rows); !st) return st.error();
  for (const auto& row : rows) {
    if (row[1] == "state") {
      lex->state_organs_.insert(lower_ascii(row[0]));
      continue;
    }
    SourceNoun c = row[1] == "people"     ? SourceNoun::People
                   : row[1] == "person"   ? SourceNoun::Person
                   : row[1] == "document" ? SourceNoun::Document
                                          : SourceNoun::None;
    if (c == SourceNoun::None)
      return core::Error{(d / "source_nouns.tsv").string(), 0,
                         "unknown class '" + row[1] + "' for '" + row[0] + "'"};
    lex->source_nouns_[lower_ascii(row[0])] = c;
  }
  rows.clear();
  {
    // Checked row by row, so that a bad row's error names its line.
    std::optional<core::Error> bad;
    auto st = for_each_row(
        d / "evaluation_words.tsv", 3, true, [&](const std::string_view* cols, size_t, int line) {
          const EvalTarget t = cols[2] == "object"       ? EvalTarget::Object
                               : cols[2] == "subject"    ? EvalTarget::Subject
                               : cols[2] == "noun"       ? EvalTarget::Noun
                               : cols[2] == "predicate"  ? EvalTarget::Predicate
                               : cols[2] == "with"       ? EvalTarget::With
                               : cols[2] == "infinitive" ? EvalTarget::Infinitive
                                                         : EvalTarget::None;
          if (t == EvalTarget::None || (cols[1] != "support" && cols[1] != "oppose")) {
            if (!bad)
              bad = core::Error{(d / "evaluation_words.tsv").string(), line,
                                "expected a stance (support|oppose) and a target "
                                "(object|subject|noun|predicate|with|infinitive), not '" +
                                    std::string(cols[1]) + "', '" + std::string(cols[2]) + "'"};
            return;
          }
          lex->evaluation_[lower_ascii(cols[0])] = {std::string(cols[1]), t};
        });
    if (!st) return st.error();
    if (bad) return *bad;
  }
  rows.clear();
  if (auto st = read_tsv(d / "reference_nouns.tsv", 2, rows); !st) return st.error();
  for (const auto& row : rows) {
    StringSet* set = row[1] == "body"       ? &lex->body_nouns_
                     : row[1] == "document" ? &lex->document_nouns_
                     : row[1] == "agent"    ? &lex->agent_nouns_
                                            : nullptr;
    if (set == nullptr)
      return core::Error{(d / "reference_nouns.tsv").string(), 0,
                         "unknown class '" + row[1] + "' for '" + row[0] + "'"};
    set->insert(lower_ascii(row[0]));
    if (set == &lex->body_nouns_)
      lex->body_kinds_[lower_ascii(row[0])] =
          row.size() > 2 ? split(row[2], '|') : std::vector<std::string>{};
  }
  rows.clear();
  if (auto st = read_tsv(d / "speech_nouns.tsv", 2, rows); !st) return st.error();
  for (const auto& row : rows) {
    std::vector<std::string> links = split(row[1], '|');
    for (const auto& l : links)
      if (l.empty() || l.find(' ') != std::string::npos)
        return core::Error{(d / "speech_nouns.tsv").string(), 0,
                           "bad link '" + l + "' for '" + row[0] + "'"};
    lex->speech_nouns_[lower_ascii(row[0])] = std::move(links);
  }
  rows.clear();
  if (auto st = read_tsv(d / "speech_verbs.tsv", 3, rows); !st) return st.error();
  lex->verbs_.reserve(rows.size());
  for (const auto& row : rows) {
    SpeechVerb v;
    v.form = row[0];
    v.lemma = row[1];
    if (row[2] == "np")
      v.frame = VerbFrame::NounPhrase;
    else if (row[2] == "tell")
      v.frame = VerbFrame::Tell;
    else if (row[2] == "according")
      v.frame = VerbFrame::According;
    else if (row[2] == "quote")
      v.frame = VerbFrame::Quote;
    else if (row[2] == "clause" || row[2] == "clause+to")
      v.frame = VerbFrame::Clause;
    else
      return core::Error{(d / "speech_verbs.tsv").string(), 0,
                         "unknown frame '" + row[2] + "' for '" + row[0] + "'"};
    v.infinitive = row[2] == "clause+to";
    v.gerund = row.size() > 3 && row[3] == "gerund";
    v.words = count_tokens(v.form);
    lex->verbs_.push_back(std::move(v));
  }
  for (const auto& v : lex->verbs_) {
    std::string first = v.form.substr(0, v.form.find(' '));
    lex->verbs_by_first_[first].push_back(&v);
  }
  for (auto& [first, list] : lex->verbs_by_first_)
    std::stable_sort(list.begin(), list.end(),
                     [](const SpeechVerb* a, const SpeechVerb* b) { return a->words > b->words; });
  rows.clear();

  auto load_map = [&](const char* file, StringMap<std::string>& map, bool lower_key,
                      bool required) -> core::Status {
    return for_each_row(d / file, 1, required, [&](const std::string_view* cols, size_t n, int) {
      map.emplace(lower_key ? lower_ascii(cols[0]) : std::string(cols[0]),
                  n > 1 ? std::string(cols[1]) : std::string());
    });
  };
  auto load_set = [&](const char* file, StringSet& set, bool required) -> core::Status {
    return for_each_row(d / file, 1, required,
                        [&](const std::string_view* cols, size_t, int) { set.emplace(cols[0]); });
  };
  if (auto st = load_map("event_words.tsv", lex->event_words_, true, true); !st) return st.error();
  if (auto st = load_map("pronouns.tsv", lex->pronouns_, true, true); !st) return st.error();
  if (auto st = load_map("stance_words.tsv", lex->stance_, true, true); !st) return st.error();
  if (auto st = load_map("honorifics.tsv", lex->honorifics_, false, true); !st) return st.error();
  if (auto st = load_map("meeting_words.tsv", lex->meeting_, true, true); !st) return st.error();
  if (auto st = load_map("spelling.tsv", lex->spelling_, true, true); !st) return st.error();
  if (auto st = load_map("work_nouns.tsv", lex->work_nouns_, true, true); !st) return st.error();
  // The long lists that only the word entries hold (given names, genders,
  // common words, non-names: 18,000 rows) go straight into them, their keys
  // viewing the file's text, which the Lexicons keep.
  WordTableBuilder words(*lex);
  auto load_words = [&](const char* file, auto&& fn) -> core::Status {
    std::optional<std::string> data = read_text(d / file);
    if (!data) return core::Error{(d / file).string(), 0, "cannot read lexicon"};
    const std::string& text = lex->texts_.emplace_back(std::move(*data));
    return for_each_row_of(text, d / file, 1, fn);
  };
  auto given = [&](const std::string_view* cols, size_t, int) {
    words.exact(cols[0]).given = true;
  };
  if (auto st = load_words("given_names.tsv", given); !st) return st.error();
  // A name's first row counts, as in a map (one sex only: "m" or "f").
  if (auto st = load_words("name_genders.tsv",
                           [&](const std::string_view* cols, size_t n, int) {
                             auto& e = words.entry(cols[0], true);
                             if (e.gender_seen) return;
                             e.gender_seen = true;
                             const std::string_view g = n > 1 ? cols[1] : std::string_view();
                             if (g == "m" || g == "f") words.exact(cols[0]).gender = g[0];
                           });
      !st)
    return st.error();
  if (auto st = load_words("first_names.tsv", given); !st) return st.error();
  if (auto st = load_words("common_words.tsv",
                           [&](const std::string_view* cols, size_t, int) {
                             words.lowered(cols[0]).common = true;
                           });
      !st)
    return st.error();
  if (auto st = load_words("non_names.tsv",
                           [&](const std::string_view* cols, size_t, int) {
                             words.exact(cols[0]).non_name = true;
                           });
      !st)
    return st.error();
  if (auto st = load_set("abbreviations.tsv", lex->abbrev_, true); !st) return st.error();
  if (auto st = load_set("place_words.tsv", lex->place_heads_, true); !st) return st.error();
  if (auto st = load_set("building_words.tsv", lex->building_heads_, true); !st) return st.error();
  if (auto st = load_set("event_names.tsv", lex->event_heads_, true); !st) return st.error();
  if (auto st = load_set("work_words.tsv", lex->work_heads_, true); !st) return st.error();
  if (auto st = load_set("place_titles.tsv", lex->place_titles_, true); !st) return st.error();
  if (auto st = load_set("places.tsv", lex->place_names_, true); !st) return st.error();
  if (auto st = load_set("sports_words.tsv", lex->sports_words_, true); !st) return st.error();
  for (const auto& a : lex->abbrev_) lex->abbrev_view_.insert(a);
  {
    // A word can be an organization's head and prefix ("Ministry"): keep both.
    std::vector<Row> r;
    if (auto st = read_tsv(d / "org_words.tsv", 1, r, true); !st) return st.error();
    for (const auto& row : r) {
      std::string& kinds = lex->org_word_kinds_[row[0]];
      std::string k = row.size() > 1 ? row[1] : "head";
      if (kinds.find(k) == std::string::npos) kinds += (kinds.empty() ? "" : "|") + k;
    }
  }
  lex->gather(words);
  core::Result<tag::Tagger> loaded = tagger.get();
  if (!loaded) return loaded.error();
  lex->tagger_ = std::make_shared<const tag::Tagger>(std::move(*loaded));
  return std::shared_ptr<const Lexicons>(std::move(lex));
}


void Lexicons::gather(WordTableBuilder& words) {
  // (Keys of the maps are stable: the maps are never modified again.)
  for (const auto& [w, i] : demonym_by_) words.exact(w).demonym = i;
  for (const auto& [w, r] : titles_) words.exact(w).title = r;
  for (const auto& w : place_heads_) {
    words.exact(w).place_head = true;
    words.lowered(lower_ascii(w), false).place_word = true;
  }
  for (const auto& w : building_heads_) words.exact(w).place_head = true;
  for (const auto& [w, r] : titles_)
    if (r == TitleRole::Head || r == TitleRole::Modifier)
      words.lowered(lower_ascii(w), false).job_word = true;
  for (const auto& w : event_heads_) words.exact(w).event_head = true;
  for (const auto& w : work_heads_) words.exact(w).work_head = true;
  for (const auto& w : place_titles_) words.exact(w).place_title = true;
  for (const auto& [w, kinds] : org_word_kinds_) {
    WordInfo& info = words.exact(w);
    info.org_head = kinds.find("head") != std::string::npos;
    info.org_prefix = kinds.find("prefix") != std::string::npos;
  }
  auto first_words = [&](const StringMap<int>& names) {
    for (const auto& [name, i] : names) {
      (void)i;
      std::string_view first = std::string_view(name).substr(0, name.find(' '));
      WordInfo& info = words.exact(first);  // a prefix of a stable key
      info.name_max_tokens =
          static_cast<uint8_t>(std::max<size_t>(info.name_max_tokens, count_tokens(name)));
    }
  };
  first_words(country_by_);
  first_words(org_by_);
  first_words(club_by_);
  first_words(capital_by_);  // "Moscow said": the capital stands for its country
  first_words(demonym_by_);  // "South African", "New Zealanders"
  for (const auto& w : description_heads_) words.lowered(w).description_head = true;
  for (const auto& w : description_modifiers_) words.lowered(w).description_modifier = true;
  for (const auto& w : state_organs_) words.lowered(w).state_organ = true;
  for (const auto& [w, c] : source_nouns_) words.lowered(w).source_noun = c;
  for (const auto& w : body_nouns_) words.lowered(w).body_noun = true;
  for (const auto& w : document_nouns_) words.lowered(w).document_noun = true;
  for (const auto& w : agent_nouns_) words.lowered(w).agent_noun = true;
  for (const auto& w : sports_words_) words.lowered(w).sports_word = true;
  for (const auto& [w, kind] : work_nouns_) words.lowered(w).work_noun = kind == "band" ? 2 : 1;
  for (const auto& [w, links] : speech_nouns_) words.lowered(w).report_links = &links;
  for (const auto& [w, c] : event_words_) words.lowered(w).event_class = c;
  for (const auto& [w, c] : pronouns_) words.lowered(w).pronoun = c;
  for (const auto& [w, c] : stance_) words.lowered(w).stance = c;
  for (const auto& [w, e] : evaluation_) {
    WordInfo& info = words.lowered(w);
    info.evaluation = e.first;
    info.eval_target = e.second;
  }
  for (const auto& [w, c] : meeting_) words.lowered(w).meeting = c;
  for (const auto& [w, list] : verbs_by_first_) words.lowered(w).verbs = &list;
  // The lookup table: at most half full, as many slots for a word's two
  // entries as for two words.
  size_t exact_count = 0, lowered_count = 0;
  for (const WordTableBuilder::Entry& e : words.entries()) {
    exact_count += e.exact != 0;
    lowered_count += e.lowered != 0;
  }
  size_t cap = 16;
  while (cap < 2 * (exact_count + lowered_count)) cap *= 2;
  table_.assign(cap, Slot{});
  for (const WordTableBuilder::Entry& e : words.entries()) {
    if (e.exact == 0 && e.lowered == 0) continue;
    size_t i = e.hash & (cap - 1);
    while (table_[i].hash != 0) i = (i + 1) & (cap - 1);  // keys are distinct
    Slot& s = table_[i];
    s.hash = e.hash;
    s.key = e.key;
    s.size = e.size;
    std::memcpy(s.head, e.key, std::min<size_t>(e.size, Slot::kHead));
    s.exact = e.exact ? &words.info(e.exact) : nullptr;
    s.lowered = e.lowered ? &words.info(e.lowered) : nullptr;
  }

  size_t name_cap = 16;
  while (name_cap <
         2 * (country_by_.size() + demonym_by_.size() + capital_by_.size() + org_by_.size() +
              club_by_.size()))
    name_cap *= 2;
  name_table_.assign(name_cap, NameSlot{});
  auto insert_name = [&](const std::string& key) -> NameIndex& {
    const uint64_t h = word_hash(key);
    for (size_t i = h & (name_cap - 1);; i = (i + 1) & (name_cap - 1)) {
      NameSlot& s = name_table_[i];
      if (s.hash == 0) {
        s.hash = h;
        s.key = key.data();  // views the map's key: stable, maps are never modified again
        s.size = static_cast<uint32_t>(key.size());
        return s.index;
      }
      if (s.hash == h && std::string_view(s.key, s.size) == key) return s.index;
    }
  };
  for (const auto& [w, i] : country_by_) insert_name(w).country = i;
  for (const auto& [w, i] : demonym_by_) insert_name(w).demonym = i;
  for (const auto& [w, i] : capital_by_) insert_name(w).capital = i;
  for (const auto& [w, i] : org_by_) insert_name(w).organization = i;
  for (const auto& [w, i] : club_by_) insert_name(w).sports_club = i;
}

const Lexicons::NameIndex& Lexicons::names(std::string_view surface) const {
  static const NameIndex none;
  if (name_table_.empty()) return none;
  const uint64_t h = word_hash(surface);
  const size_t mask = name_table_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const NameSlot& s = name_table_[i];
    if (s.hash == 0) return none;
    if (s.hash == h && s.size == surface.size() && same_bytes(s.key, surface.data(), s.size))
      return s.index;
  }
}

bool Lexicons::Slot::holds(uint64_t h, std::string_view word) const {
  if (hash != h || size != word.size()) return false;
  const size_t n = std::min(word.size(), kHead);
  return same_bytes(head, word.data(), n) &&
         (word.size() <= kHead ||
          same_bytes(key + kHead, word.data() + kHead, word.size() - kHead));
}

const Lexicons::Slot* Lexicons::probe(std::string_view word, uint64_t h) const {
  if (table_.empty()) return nullptr;
  const size_t mask = table_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = table_[i];
    if (s.hash == 0) return nullptr;
    if (s.holds(h, word)) return &s;
  }
}

const Lexicons::Slot* Lexicons::probe(std::string_view word) const {
  return probe(word, word_hash(word));
}

void Lexicons::lookup(std::string_view word, std::string_view lower, const WordInfo*& exact,
                      const WordInfo*& lowered) const {
  static const WordInfo none;
  const Slot* s = probe(word);
  exact = s && s->exact ? s->exact : &none;
  if (word == lower) {
    lowered = s && s->lowered ? s->lowered : &none;
  } else {
    const Slot* l = probe(lower);
    lowered = l && l->lowered ? l->lowered : &none;
  }
}

void Lexicons::lookup(size_t n, const std::string_view* words, const std::string_view* lowers,
                      const WordInfo** exact, const WordInfo** lowered, uint64_t* lower_hashes,
                      bool* lower_case) const {
  static const WordInfo none;
  NEWSKG_CHECK(n <= kLookupBatch, "Lexicons::lookup: more words than one batch");
  if (table_.empty()) {
    std::fill(exact, exact + n, &none);
    std::fill(lowered, lowered + n, &none);
    for (size_t i = 0; i < n; ++i) {
      if (lower_hashes != nullptr) lower_hashes[i] = word_hash(lowers[i]);
      if (lower_case != nullptr) lower_case[i] = words[i] == lowers[i];
    }
    return;
  }
  const size_t mask = table_.size() - 1;
  uint64_t exact_hash[kLookupBatch], lower_hash[kLookupBatch];
  bool same[kLookupBatch];  // written in lower case: one probe answers both
  for (size_t i = 0; i < n; ++i) {
    exact_hash[i] = word_hash(words[i]);
    prefetch(&table_[exact_hash[i] & mask]);
    same[i] = words[i].size() == lowers[i].size() &&
              same_bytes(words[i].data(), lowers[i].data(), words[i].size());
    if (!same[i]) {
      lower_hash[i] = word_hash(lowers[i]);
      prefetch(&table_[lower_hash[i] & mask]);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const Slot* s = probe(words[i], exact_hash[i]);
    exact[i] = s && s->exact ? s->exact : &none;
    if (!same[i]) s = probe(lowers[i], lower_hash[i]);
    lowered[i] = s && s->lowered ? s->lowered : &none;
  }
  if (lower_hashes != nullptr)
    for (size_t i = 0; i < n; ++i) lower_hashes[i] = same[i] ? exact_hash[i] : lower_hash[i];
  if (lower_case != nullptr) std::copy(same, same + n, lower_case);
}

const WordInfo& Lexicons::exact(std::string_view w) const {
  static const WordInfo none;
  const Slot* s = probe(w);
  return s && s->exact ? *s->exact : none;
}
const WordInfo& Lexicons::lowered(std::string_view w) const {
  static const WordInfo none;
  const Slot* s = probe(w);
  return s && s->lowered ? *s->lowered : none;
}

namespace {
template <class Map>
std::string_view find_str(const Map& m, std::string_view k) {
  auto it = m.find(k);
  return it == m.end() ? std::string_view() : std::string_view(it->second);
}
}  // namespace

bool Lexicons::place_name(std::string_view s) const {
  return place_names_.find(s) != place_names_.end();
}
bool Lexicons::body_noun_fits(std::string_view noun, std::string_view kind) const {
  auto it = body_kinds_.find(noun);
  if (it == body_kinds_.end() || it->second.empty()) return true;
  return std::find(it->second.begin(), it->second.end(), kind) != it->second.end();
}

TitleRole Lexicons::title_role(std::string_view w) const {
  auto it = titles_.find(w);
  return it == titles_.end() ? TitleRole::None : it->second;
}
std::string Lexicons::full_title(std::string_view title) const {
  std::string out;
  for (size_t b = 0; b < title.size();) {
    size_t e = title.find(' ', b);
    if (e == std::string_view::npos) e = title.size();
    const std::string_view w = title.substr(b, e - b);
    const auto it = title_full_.find(w);
    if (!out.empty()) out += ' ';
    out += it == title_full_.end() ? w : std::string_view(it->second);
    b = e + 1;
  }
  return out;
}
bool Lexicons::is_description_head(std::string_view w) const {
  return description_heads_.count(w) > 0;
}
const std::vector<const SpeechVerb*>* Lexicons::speech_verbs(std::string_view first) const {
  auto it = verbs_by_first_.find(first);
  return it == verbs_by_first_.end() ? nullptr : &it->second;
}
std::string_view Lexicons::event_class(std::string_view w) const {
  return find_str(event_words_, w);
}
std::string_view Lexicons::org_word(std::string_view w) const {
  const WordInfo& i = exact(w);
  return i.org_head ? "head" : i.org_prefix ? "prefix" : "";
}
std::string_view Lexicons::pronoun(std::string_view w) const { return find_str(pronouns_, w); }
std::string_view Lexicons::stance(std::string_view w) const { return find_str(stance_, w); }
std::string_view Lexicons::honorific(std::string_view w) const { return find_str(honorifics_, w); }
std::string_view Lexicons::american_spelling(std::string_view w) const {
  return find_str(spelling_, w);
}

}  // namespace newskg::extract
