// The tagger's tables file: a cache of what the models compute at load, read
// only when it was made for the very models loaded, and otherwise ignored.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "newskg/tag/features.hpp"
#include "newskg/tag/model.hpp"
#include "newskg/tag/tagger.hpp"
#include "newskg/text/segment.hpp"
#include "tag_test_util.hpp"

namespace newskg::tag {
namespace {

using testing::model_dir;
using testing::TempDir;
using testing::write;

const char* const kSentences[] = {
    "Prime Minister Jonas Albreck met the Finance Ministry in Tallinn on Monday, "
    "officials said.",
    "\"We will not back down,\" said Maria Okonkwo-Reyes, 41, of the Lagos Traders Union.",
    "Shares in Zelvanto Holdings fell 3.5% after the 6:00 p.m. announcement.",
};

std::vector<TokenTags> tags_of(const Tagger& t, const std::string& text) {
  std::vector<TokenTags> out;
  t.tag(text::segment(text), text, out);
  return out;
}

void expect_same_tags(const Tagger& a, const Tagger& b) {
  for (const char* s : kSentences) {
    const auto x = tags_of(a, s), y = tags_of(b, s);
    ASSERT_EQ(x.size(), y.size()) << s;
    for (size_t i = 0; i < x.size(); ++i) {
      EXPECT_EQ(x[i].pos, y[i].pos) << s << " token " << i;
      EXPECT_EQ(x[i].entity, y[i].entity) << s << " token " << i;
      EXPECT_EQ(x[i].entity_start, y[i].entity_start) << s << " token " << i;
    }
  }
}

// The shipped models with their tables computed, and those tables' file.
struct Computed {
  Tagger tagger;
  std::string bytes;
};
const Computed& computed(const TempDir& dir) {
  static const Computed c = [&] {
    auto t = Tagger::load(model_dir(), {});
    if (!t) throw std::runtime_error(t.error().to_string());
    const std::string path = dir.file("computed.tables");
    if (auto s = t->save_tables(path); !s) throw std::runtime_error(s.error().to_string());
    return Computed{*t, *read_file(path)};
  }();
  return c;
}

TEST(TaggerTablesTest, ReadTablesAreTheComputedOnesByteForByte) {
  TempDir dir;
  const Computed& c = computed(dir);
  EXPECT_TRUE(c.tagger.tables_file().empty());
  EXPECT_GT(c.bytes.size(), 1'000'000u);  // 25,000 words' blocks

  const std::string path = dir.file("copy.tables");
  write(path, c.bytes);
  auto loaded = Tagger::load(model_dir(), {dir.file("absent.tables"), path});
  ASSERT_TRUE(loaded) << loaded.error().to_string();
  EXPECT_EQ(loaded->tables_file(), path);
  EXPECT_EQ(loaded->table_bytes(), c.tagger.table_bytes());
  ASSERT_TRUE(loaded->save_tables(dir.file("again.tables")));
  EXPECT_TRUE(*read_file(dir.file("again.tables")) == c.bytes);
  expect_same_tags(*loaded, c.tagger);
}

// Every damaged, cut or foreign file is passed over, and the tables are
// computed as if it were absent: the same bytes, the same tags.
TEST(TaggerTablesTest, DamagedOrForeignTablesAreComputedInstead) {
  TempDir dir;
  const Computed& c = computed(dir);
  const size_t body = c.bytes.find("\nend\n") + 5;
  ASSERT_NE(body, std::string::npos + 5);

  std::string flipped = c.bytes;
  flipped[flipped.size() / 2] ^= 0x10;  // inside the word blocks

  // Made for other models: the identity differs, the checksum is right.
  std::string foreign = c.bytes;
  foreign[body + 8] ^= 0x01;  // "NKTT", version, then the identity
  const uint64_t sum =
      Tagger::tables_checksum(std::string_view(foreign).substr(body, foreign.size() - 8 - body));
  std::memcpy(foreign.data() + foreign.size() - 8, &sum, 8);

  // The same with an older layout version.
  std::string old_version = c.bytes;
  old_version[body + 4] ^= 0x01;
  const uint64_t sum2 = Tagger::tables_checksum(
      std::string_view(old_version).substr(body, old_version.size() - 8 - body));
  std::memcpy(old_version.data() + old_version.size() - 8, &sum2, 8);

  // A word slot naming a word past the vocabulary, the checksum right: the
  // slots follow "NKTT", the version, the identity, five sizes, two shifts
  // and their count (72 bytes), 12 bytes each (key, id).
  std::string bad_slot = c.bytes;
  for (size_t at = body + 72;; at += 12) {
    ASSERT_LT(at + 12, bad_slot.size());
    uint64_t key = 0;
    std::memcpy(&key, bad_slot.data() + at, 8);
    if (key == 0) continue;
    const uint32_t past = 0xFFFFFFF0u;
    std::memcpy(bad_slot.data() + at + 8, &past, 4);
    break;
  }
  const uint64_t sum3 = Tagger::tables_checksum(
      std::string_view(bad_slot).substr(body, bad_slot.size() - 8 - body));
  std::memcpy(bad_slot.data() + bad_slot.size() - 8, &sum3, 8);

  const std::pair<const char*, std::string> cases[] = {
      {"a slot past the vocabulary", bad_slot},
      {"cut", c.bytes.substr(0, c.bytes.size() - 100)},
      {"header only", c.bytes.substr(0, body)},
      {"flipped byte", flipped},
      {"other models", foreign},
      {"other layout version", old_version},
      {"a model file", *read_file(model_dir() + "/pos.model")},
      {"empty", ""},
  };
  for (const auto& [what, bytes] : cases) {
    const std::string path = dir.file("bad.tables");
    write(path, bytes);
    auto t = Tagger::load(model_dir(), {path});
    ASSERT_TRUE(t) << what << ": " << t.error().to_string();
    EXPECT_TRUE(t->tables_file().empty()) << what;
    ASSERT_TRUE(t->save_tables(dir.file("out.tables")));
    EXPECT_TRUE(*read_file(dir.file("out.tables")) == c.bytes) << what;
  }
  auto t = Tagger::load(model_dir(), {dir.file("bad.tables")});
  ASSERT_TRUE(t);
  expect_same_tags(*t, c.tagger);
}

// The build makes the tables of the shipped models, and a default load reads them.
TEST(TaggerTablesTest, TheBuildMadeTheShippedModelsTables) {
  TempDir dir;
  const Computed& c = computed(dir);
  auto t = Tagger::load(model_dir());
  ASSERT_TRUE(t) << t.error().to_string();
  ASSERT_FALSE(t->tables_file().empty()) << "no tables: was the newskg_tagger_tables target built?";
  EXPECT_EQ(t->tables_file(), Tagger::default_tables(model_dir()).back());
  ASSERT_TRUE(t->save_tables(dir.file("out.tables")));
  EXPECT_TRUE(*read_file(dir.file("out.tables")) == c.bytes);
}

}  // namespace
}  // namespace newskg::tag
