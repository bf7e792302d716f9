// Lexicon files: what a bad row says, and what a file from another editor
// (Windows line ends, stray spaces) still means.
#include "newskg/extract/lexicon.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace newskg::extract {
namespace {

namespace fs = std::filesystem;

// A copy of schema/lexicon in a fresh folder (the models come from the
// build's default folder: there is none beside the copy).
class LexiconFilesTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() / ("newskg-lexicon-test-" + std::to_string(::getpid()) + "-" +
                                     testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy(fs::path(NEWSKG_SOURCE_DIR) / "schema" / "lexicon", dir_ / "lexicon");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string lexicon() const { return (dir_ / "lexicon").string(); }
  std::string read(const std::string& file) const {
    std::ifstream in(dir_ / "lexicon" / file, std::ios::binary);
    std::stringstream all;
    all << in.rdbuf();
    return all.str();
  }
  void write(const std::string& file, const std::string& bytes) const {
    std::ofstream(dir_ / "lexicon" / file, std::ios::binary | std::ios::trunc) << bytes;
  }
  static int lines(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
  }

  fs::path dir_;
};

TEST_F(LexiconFilesTest, TheShippedFilesLoad) {
  auto lex = Lexicons::load(lexicon());
  ASSERT_TRUE(lex) << lex.error().to_string();
  EXPECT_TRUE((*lex)->exact("Monday").non_name);
  EXPECT_EQ((*lex)->exact("President").title, TitleRole::Head);
}

TEST_F(LexiconFilesTest, AbbreviatedTitlesAreWrittenOut) {
  auto lex = Lexicons::load(lexicon());
  ASSERT_TRUE(lex) << lex.error().to_string();
  EXPECT_EQ((*lex)->full_title("Sen."), "Senator");
  EXPECT_EQ((*lex)->full_title("Lt Col"), "Lieutenant Colonel");
  EXPECT_EQ((*lex)->full_title("Chief Supt"), "Chief Superintendent");
  EXPECT_EQ((*lex)->full_title("Prime Minister"), "Prime Minister");
  // British style prints the abbreviation without its period: a title all the same.
  EXPECT_EQ((*lex)->exact("Gen").title, TitleRole::Head);
  EXPECT_EQ((*lex)->exact("Prof").title, TitleRole::Head);
}

TEST_F(LexiconFilesTest, ABadRowNamesItsFileAndLine) {
  const std::string words = read("common_words.tsv");
  write("common_words.tsv", words + "\tafter-an-empty-word\n");
  auto lex = Lexicons::load(lexicon());
  ASSERT_FALSE(lex);
  EXPECT_NE(lex.error().to_string().find("common_words.tsv:" + std::to_string(lines(words) + 1) +
                                         ": expected 1 tab-separated columns"),
            std::string::npos)
      << lex.error().to_string();

  write("common_words.tsv", words);
  const std::string titles = read("titles.tsv");
  write("titles.tsv", titles + "Chancellor\n");  // the role column is missing
  lex = Lexicons::load(lexicon());
  ASSERT_FALSE(lex);
  EXPECT_NE(lex.error().to_string().find("titles.tsv:" + std::to_string(lines(titles) + 1) +
                                         ": expected 2 tab-separated columns"),
            std::string::npos)
      << lex.error().to_string();
}

TEST_F(LexiconFilesTest, AnEvaluativeWordNeedsAKnownStanceAndTarget) {
  auto lex = Lexicons::load(lexicon());
  ASSERT_TRUE(lex) << lex.error().to_string();
  EXPECT_EQ((*lex)->lowered("violates").evaluation, "oppose");
  EXPECT_EQ((*lex)->lowered("violates").eval_target, EvalTarget::Subject);
  EXPECT_EQ((*lex)->lowered("love").eval_target, EvalTarget::Object);
  EXPECT_EQ((*lex)->lowered("said").eval_target, EvalTarget::None);

  const std::string words = read("evaluation_words.tsv");
  write("evaluation_words.tsv", words + "splendid\tsupport\tadverb\n");
  lex = Lexicons::load(lexicon());
  ASSERT_FALSE(lex);
  EXPECT_NE(lex.error().to_string().find(
                "evaluation_words.tsv:" + std::to_string(lines(words) + 1) + ": expected a stance"),
            std::string::npos)
      << lex.error().to_string();
  write("evaluation_words.tsv", words + "splendid\tmaybe\tpredicate\n");
  lex = Lexicons::load(lexicon());
  ASSERT_FALSE(lex);
  EXPECT_NE(lex.error().to_string().find("not 'maybe', 'predicate'"), std::string::npos)
      << lex.error().to_string();
}

TEST_F(LexiconFilesTest, WindowsLineEndsAndSpacesAroundColumnsMeanTheSame) {
  std::string names = read("non_names.tsv"), crlf;
  for (char c : names) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  write("non_names.tsv", crlf + "  Sprocketday \tweekday \r\n");
  auto lex = Lexicons::load(lexicon());
  ASSERT_TRUE(lex) << lex.error().to_string();
  EXPECT_TRUE((*lex)->exact("Monday").non_name);
  EXPECT_TRUE((*lex)->exact("Sprocketday").non_name);
  EXPECT_FALSE((*lex)->exact("Sprocketday\r").non_name);
}

// Given names, genders, common words and non-names are read straight into
// the word entries (no map of their own): what each list says is asked
// through either door, a name's first gender row counts as in a map, a
// gender other than m or f makes no entry, and a missing list is an error.
TEST_F(LexiconFilesTest, TheLongWordListsFillTheWordEntries) {
  write("given_names.tsv", read("given_names.tsv") + "Zebedeus\n");
  write("first_names.tsv", read("first_names.tsv") + "Quillon\n");
  write("common_words.tsv", read("common_words.tsv") + "sprocketry\n");
  write("non_names.tsv", read("non_names.tsv") + "Sprocketday\tweekday\n");
  write("name_genders.tsv", read("name_genders.tsv") +
                                "Zebedeus\tm\nZebedeus\tf\nQuillon\tu\nQuillon\tf\n"
                                "Averyllanamorwenna-Beatrix\tf\n");
  auto lex = Lexicons::load(lexicon());
  ASSERT_TRUE(lex) << lex.error().to_string();
  const Lexicons& l = **lex;
  EXPECT_TRUE(l.is_given_name("Zebedeus"));
  EXPECT_TRUE(l.exact("Zebedeus").given);
  EXPECT_TRUE(l.is_given_name("Quillon"));
  EXPECT_FALSE(l.is_given_name("zebedeus"));
  EXPECT_EQ(l.exact("Zebedeus").gender, 'm');  // the first row
  EXPECT_EQ(l.exact("Quillon").gender, 0);     // "u" came first
  EXPECT_EQ(l.exact("Averyllanamorwenna-Beatrix").gender, 'f');  // longer than a slot's head
  EXPECT_TRUE(l.is_common_word("sprocketry"));
  EXPECT_TRUE(l.lowered("sprocketry").common);
  EXPECT_FALSE(l.exact("sprocketry").common);
  EXPECT_TRUE(l.is_non_name("Sprocketday"));
  EXPECT_FALSE(l.is_non_name("sprocketday"));
  // The same through the per-token lookup.
  const WordInfo *exact = nullptr, *lowered = nullptr;
  l.lookup("Zebedeus", "zebedeus", exact, lowered);
  EXPECT_TRUE(exact->given);
  EXPECT_EQ(exact->gender, 'm');
  l.lookup("sprocketry", "sprocketry", exact, lowered);
  EXPECT_TRUE(lowered->common);
  EXPECT_FALSE(exact->common);

  fs::remove(dir_ / "lexicon" / "name_genders.tsv");
  lex = Lexicons::load(lexicon());
  ASSERT_FALSE(lex);
  EXPECT_NE(lex.error().to_string().find("name_genders.tsv"), std::string::npos)
      << lex.error().to_string();
}

}  // namespace
}  // namespace newskg::extract
