// The shipped models against the silver tags of PolNeAR dev, which training
// never sees: a quarter of the dev articles (every 4th), so the test stays
// quick. The floors sit a little under what the models measure there; the
// whole of dev is measured by newskg-train and written into the model headers.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <string>
#include <unordered_set>

#include "newskg/tag/train.hpp"
#include "tag_test_util.hpp"

namespace newskg::tag {
namespace {

SilverCorpus dev_quarter() {
  auto all = SilverCorpus::read_dir(testing::shared_dir() + "/corpus/polnear/silver/dev");
  if (!all) throw std::runtime_error(all.error().to_string());
  SilverCorpus out;
  for (size_t a = 0; a < all->articles.size(); a += 4) {
    const std::string path =
        testing::shared_dir() + "/corpus/polnear/silver/dev/" + all->articles[a].name + ".conllu";
    auto st = out.add_article(*read_file(path), all->articles[a].name, path);
    if (!st) throw std::runtime_error(st.error().to_string());
  }
  return out;
}

TEST(AccuracyTest, OnDevSilverTokens) {
  if (!testing::have_shared()) GTEST_SKIP() << "../shared not found";
  const SilverCorpus dev = dev_quarter();
  const Evaluation ev = evaluate_silver(testing::shipped_tagger(), dev);
  std::cout << ev.report();
  EXPECT_GT(ev.tokens, 15000u);
  EXPECT_GE(ev.pos_accuracy(), 0.975);
  EXPECT_GE(ev.all.f1(), 0.87);
  EXPECT_GE(ev.by_type[static_cast<int>(EntityType::Person)].f1(), 0.88);
  EXPECT_GE(ev.by_type[static_cast<int>(EntityType::Location)].f1(), 0.85);
}

TEST(AccuracyTest, OnNewskgTokens) {
  if (!testing::have_shared()) GTEST_SKIP() << "../shared not found";
  const SilverCorpus dev = dev_quarter();
  std::vector<std::string> rows = {"Mr.",  "Mrs.", "Ms.",  "Dr.", "Sen.",
                                   "Rep.", "Gov.", "Gen.", "St.", "Jr."};
  std::unordered_set<std::string_view> abbreviations(rows.begin(), rows.end());
  auto ev = evaluate_aligned(testing::shipped_tagger(), dev,
                             testing::shared_dir() + "/corpus/polnear/dev/text", &abbreviations);
  ASSERT_TRUE(ev) << ev.error().to_string();
  std::cout << ev->report();
  EXPECT_GE(static_cast<double>(ev->tokens) / ev->silver_tokens, 0.97);  // tokens that align 1:1
  EXPECT_GE(ev->pos_accuracy(), 0.97);
  EXPECT_GE(ev->all.f1(), 0.86);
}

}  // namespace
}  // namespace newskg::tag
