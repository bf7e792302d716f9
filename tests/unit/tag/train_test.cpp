#include "newskg/tag/train.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "tag_test_util.hpp"

namespace newskg::tag {
namespace {

std::string hex(uint64_t v) {
  char b[17];
  std::snprintf(b, sizeof b, "%016llx", static_cast<unsigned long long>(v));
  return b;
}

TEST(SilverCorpusTest, ReadsCoNllUWithCoreNlpForms) {
  // Two sentences; the quote's CoreNLP form is its PTB word, escapes unfolded.
  const std::string conllu =
      "# article = a.txt\n"
      "# sent_id = 1\n"
      "1\t\xE2\x80\x9C\t\xE2\x80\x9C\t_\t``\t_\t2\tpunct\t_\tBegin=0|End=1|NER=O|CoreNLPForm=``\n"
      "2\tO\xE2\x80\x99Malley\to'malley\t_\tNNP\t_\t0\troot\t_\tBegin=1|End=9|NER=PERSON|"
      "CoreNLPForm=O'Malley\n"
      "\n"
      "# sent_id = 2\n"
      "1\ta|b\ta|b\t_\tNN\t_\t0\troot\t_\tBegin=11|End=14|NER=DATE|CoreNLPForm=a\\pb\\sc\n"
      "\n";
  SilverCorpus c;
  ASSERT_TRUE(c.add_article(conllu, "a", "a.conllu"));
  ASSERT_EQ(c.tokens.size(), 3u);
  ASSERT_EQ(c.sentences.size(), 2u);
  EXPECT_EQ(c.form(c.tokens[0]), "``");
  EXPECT_EQ(c.form(c.tokens[1]), "O'Malley");
  EXPECT_EQ(c.form(c.tokens[2]), "a|b c");
  EXPECT_EQ(c.tokens[1].pos, Pos::NNP);
  EXPECT_EQ(c.tokens[1].entity, EntityType::Person);
  EXPECT_EQ(c.tokens[1].begin, 1u);
  EXPECT_EQ(c.tokens[1].end, 9u);
  EXPECT_EQ(c.tokens[2].entity, EntityType::Date);
  EXPECT_EQ(c.articles[0].last_sentence, 2u);
}

TEST(SilverCorpusTest, BadLinesSayWhere) {
  SilverCorpus c;
  auto st = c.add_article(
      "1\tx\tx\t_\tNN\t_\t0\troot\t_\tBegin=0|End=1|NER=O\n1\tx\tx\t_\tXX\t_\t0\troot\t_\tBegin="
      "0\n",
      "a", "a.conllu");
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().to_string(), "a.conllu:2: unknown POS tag 'XX'");
  st = c.add_article("1\tx\tx\n", "b", "b.conllu");
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().to_string(), "b.conllu:1: expected 10 tab-separated columns");
}

// Training is one deterministic function of its data: integer weights and
// sums, a fixed-seed shuffle, integer quantization. Retraining on a slice of
// PolNeAR train gives these exact model bytes on any machine, compiler and
// optimization level; if a change to the features or the trainer moves them,
// retrain the shipped models too (newskg-train) and update the hashes.
TEST(TrainTest, RetrainingASliceGivesTheSameModelsBitForBit) {
  if (!testing::have_shared()) GTEST_SKIP() << "../shared not found";
  auto train = SilverCorpus::read_dir(testing::shared_dir() + "/corpus/polnear/silver/train", 4);
  ASSERT_TRUE(train) << train.error().to_string();
  ASSERT_EQ(train->tokens.size(), 3157u);  // the slice itself is what we think
  TrainOptions options;
  options.pos_epochs = 3;
  options.ner_epochs = 3;
  options.vocabulary_size = 500;
  const TrainedModels a = train_models(*train, nullptr, options);
  const TrainedModels b = train_models(*train, nullptr, options);
  EXPECT_EQ(a.pos.serialize(), b.pos.serialize());
  EXPECT_EQ(a.ner.serialize(), b.ner.serialize());
  EXPECT_EQ(hex(hash_bytes(a.pos.serialize())), "7becdd3ffff9dfe7");
  EXPECT_EQ(hex(hash_bytes(a.ner.serialize())), "b3aa2c4a09c5896d");
  EXPECT_EQ(a.pos.vocabulary().size(), 333u);  // words seen twice in the slice
  // The entity model learned IO labels over every type of the silver data.
  EXPECT_EQ(a.ner.num_classes(), 13u);
  EXPECT_EQ(a.ner.classes()[1], "I-PERSON");
}

TEST(TrainTest, ShuffleSeedChangesTheModel) {
  if (!testing::have_shared()) GTEST_SKIP() << "../shared not found";
  auto train = SilverCorpus::read_dir(testing::shared_dir() + "/corpus/polnear/silver/train", 2);
  ASSERT_TRUE(train);
  TrainOptions a, b;
  a.pos_epochs = b.pos_epochs = a.ner_epochs = b.ner_epochs = 2;
  b.seed = a.seed + 1;
  EXPECT_NE(train_models(*train, nullptr, a).pos.serialize(),
            train_models(*train, nullptr, b).pos.serialize());
}

TEST(BrownTest, WordsUsedAlikeShareLongerPrefixes) {
  // Animals follow determiners and precede verbs; verbs follow animals.
  std::vector<std::string_view> words;
  const char* dets[] = {"the", "a", "this"};
  const char* animals[] = {"cat", "dog", "horse", "cow"};
  const char* verbs[] = {"runs", "sleeps", "eats"};
  for (int r = 0; r < 30; ++r)
    for (int i = 0; i < 4; ++i) {
      words.push_back(dets[(r + i) % 3]);
      words.push_back(animals[(r * 3 + i) % 4]);
      words.push_back(verbs[(r + 2 * i) % 3]);
      words.push_back("");
    }
  // A window as large as the vocabulary: plain agglomerative clustering,
  // which finds the three classes as the tree's three subtrees.
  BrownOptions options;
  options.clusters = 10;
  options.min_count = 1;
  const auto entries = brown_clusters(words, options);
  ASSERT_EQ(entries.size(), 10u);
  std::map<std::string, std::string> path;
  for (const auto& e : entries) path[e.word] = e.path;
  EXPECT_EQ(path["a"], "0000");
  EXPECT_EQ(path["the"], "0001");
  EXPECT_EQ(path["this"], "001");
  EXPECT_EQ(path["eats"], "010");
  EXPECT_EQ(path["runs"], "0110");
  EXPECT_EQ(path["sleeps"], "0111");
  EXPECT_EQ(path["cat"], "100");
  EXPECT_EQ(path["horse"], "111");
  // A small window still clusters every word, the same way every time.
  options.clusters = 3;
  const auto windowed = brown_clusters(words, options);
  EXPECT_EQ(windowed.size(), 10u);
  EXPECT_EQ(WordClusters(brown_clusters(words, options)).fingerprint(),
            WordClusters(windowed).fingerprint());
}

TEST(EvaluationTest, SpanCounts) {
  SpanCounts c;
  c.tp = 8;
  c.fp = 2;
  c.fn = 8;
  EXPECT_DOUBLE_EQ(c.precision(), 0.8);
  EXPECT_DOUBLE_EQ(c.recall(), 0.5);
  EXPECT_NEAR(c.f1(), 2 * 0.8 * 0.5 / 1.3, 1e-12);
  EXPECT_EQ(SpanCounts{}.f1(), 0.0);
}

}  // namespace
}  // namespace newskg::tag
