#include "newskg/tag/model.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "newskg/tag/clusters.hpp"
#include "newskg/tag/features.hpp"
#include "newskg/tag/tagger.hpp"
#include "tag_test_util.hpp"

namespace newskg::tag {
namespace {

using testing::TempDir;
using testing::write;

// Three features over three classes; the middle one knows only class 2.
LinearModel small_model() {
  std::vector<uint64_t> keys = {feature_key(Feature::Word, 1), feature_key(Feature::Word, 2),
                                feature_key(Feature::Word, 3)};
  std::sort(keys.begin(), keys.end());
  return LinearModel({"A", "B", "C"}, keys, {10, -3, 0, 0, 0, 7, -32767, 32767, 1},
                     {"the", "Hegseth"});
}

ModelHeader small_header() {
  ModelHeader h;
  h.set("kind", "test");
  h.set("data", "none");
  h.set("command", "model_test");
  h.set("heldout", "not measured");
  return h;
}

TEST(LinearModelTest, ScoresKnownKeysAndIgnoresOthers) {
  const LinearModel m = small_model();
  const uint64_t keys[] = {m.keys()[0], m.keys()[1], feature_key(Feature::Word, 99)};
  int32_t scores[3];
  m.score(keys, 3, scores);
  EXPECT_EQ(scores[0], 10 + 0);
  EXPECT_EQ(scores[1], -3 + 0);
  EXPECT_EQ(scores[2], 0 + 7);
  EXPECT_EQ(m.find(feature_key(Feature::Word, 99)), -1);
  EXPECT_EQ(m.find(m.keys()[2]), 2);
  EXPECT_EQ(m.weight(m.keys()[2], 0), -32767);
  EXPECT_EQ(m.weight(m.keys()[2], 1), 32767);
  EXPECT_EQ(m.weight(m.keys()[1], 0), 0);  // a zero weight, not stored
  EXPECT_EQ(m.weight(feature_key(Feature::Word, 99), 2), 0);
  // The rows as given, zeros included.
  EXPECT_EQ(m.dense_weights(), (std::vector<int16_t>{10, -3, 0, 0, 0, 7, -32767, 32767, 1}));
}

TEST(LinearModelTest, SaveLoadRoundTripsBitForBit) {
  TempDir dir;
  const LinearModel m = small_model();
  ASSERT_TRUE(m.save(dir.file("m.model"), small_header()));
  ModelHeader h;
  auto back = LinearModel::load(dir.file("m.model"), &h);
  ASSERT_TRUE(back) << back.error().to_string();
  EXPECT_EQ(*back, m);
  EXPECT_EQ(back->serialize(), m.serialize());
  EXPECT_EQ(back->vocabulary(), (std::vector<std::string>{"the", "Hegseth"}));
  ASSERT_NE(h.find("command"), nullptr);
  EXPECT_EQ(*h.find("command"), "model_test");
  EXPECT_EQ(*h.find("heldout"), "not measured");
  EXPECT_NE(h.find("feature-signature"), nullptr);
  // The file starts with its header, readable as text.
  const std::string file = *read_file(dir.file("m.model"));
  EXPECT_EQ(file.rfind("newskg-tag-model\nkind: test\ndata: none\ncommand: model_test\n", 0), 0u);
}

// Rows::Later reads the classes, the vocabulary size and the checksum; then
// read_rows() gives the whole model, and use_index() takes another model's
// index of the same body (what a Tagger's tables file holds) in its place.
TEST(LinearModelTest, RowsReadLaterOrIndexTakenFromElsewhere) {
  TempDir dir;
  const LinearModel m = small_model();
  ASSERT_TRUE(m.save(dir.file("m.model"), small_header()));
  auto later = LinearModel::load(dir.file("m.model"), nullptr, LinearModel::Rows::Later);
  ASSERT_TRUE(later) << later.error().to_string();
  EXPECT_FALSE(later->rows_read());
  EXPECT_EQ(later->classes(), m.classes());
  EXPECT_EQ(later->vocabulary_size(), 2u);
  EXPECT_EQ(later->num_features(), 3u);
  EXPECT_EQ(later->checksum(), m.checksum());
  EXPECT_EQ(later->find(m.keys()[2]), -1);  // no index yet

  LinearModel read = *later;
  ASSERT_TRUE(read.read_rows());
  EXPECT_TRUE(read.rows_read());
  EXPECT_EQ(read, m);
  EXPECT_EQ(read.serialize(), m.serialize());

  // m's index, kept alive by the copy `owner` (a copy points at its own arrays).
  auto owner = std::make_shared<LinearModel>(m);
  LinearModel indexed = *later;
  ASSERT_TRUE(indexed.index_fits(owner->index()));
  indexed.use_index(owner->index(), owner);
  EXPECT_EQ(indexed.find(m.keys()[2]), 2);
  EXPECT_EQ(indexed.weight(m.keys()[2], 1), 32767);
  LinearModel copy = indexed;
  EXPECT_EQ(copy.weight(m.keys()[0], 0), 10);

  // An index of another body's sizes does not fit.
  const LinearModel other({"A", "B", "C"}, {feature_key(Feature::Word, 1)}, {1, 2, 3});
  EXPECT_FALSE(later->index_fits(other.index()));

  // A body whose rows are bad: the error comes when they are read.
  std::string file = *read_file(dir.file("m.model"));
  const size_t weights = file.size() - 8 - 6 * 2, classes = weights - 6;
  std::swap(file[classes], file[classes + 1]);
  const size_t body = file.find("end\n") + 4;
  const uint64_t sum = hash_bytes(std::string_view(file).substr(body, file.size() - 8 - body));
  std::memcpy(file.data() + file.size() - 8, &sum, 8);
  write(dir.file("swapped.model"), file);
  auto bad = LinearModel::load(dir.file("swapped.model"), nullptr, LinearModel::Rows::Later);
  ASSERT_TRUE(bad) << bad.error().to_string();
  const auto status = bad->read_rows();
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().to_string().find("not in class order"), std::string::npos);
  EXPECT_FALSE(LinearModel::load(dir.file("swapped.model")));
}

// Every way a model file can be bad is an Error that says so, never a crash.
TEST(LinearModelTest, BadFilesAreClearErrors) {
  TempDir dir;
  ASSERT_TRUE(small_model().save(dir.file("good.model"), small_header()));
  const std::string good = *read_file(dir.file("good.model"));
  const size_t body = good.find("end\n") + 4;

  struct Case {
    std::string name, bytes, message;
  };
  std::string flipped = good;
  flipped[body + 30] ^= 0x40;
  std::string other_signature = good;
  other_signature.replace(other_signature.find("feature-signature: ") + 19, 4, "0000");
  std::string longer = good + "x";
  const std::vector<Case> cases = {
      {"empty", "", "no header"},
      {"text", "hello\nworld\n", "not a newskg model file (first line 'hello')"},
      {"other magic", "newskg-word-clusters\nend\n", "not a newskg tag model"},
      {"bad header line", "newskg-tag-model\nkind pos\nend\n", "expected 'key: value'"},
      {"header cut", good.substr(0, body - 2), "no header"},
      {"body cut", good.substr(0, body + 40), "truncated"},
      {"body longer", longer, "header says"},
      {"flipped byte", flipped, "checksum"},
      {"other features", other_signature, "other feature templates"},
  };
  for (const Case& c : cases) {
    write(dir.file("bad.model"), c.bytes);
    auto m = LinearModel::load(dir.file("bad.model"));
    ASSERT_FALSE(m) << c.name;
    EXPECT_NE(m.error().to_string().find(c.message), std::string::npos)
        << c.name << ": " << m.error().to_string();
    EXPECT_NE(m.error().to_string().find("bad.model"), std::string::npos) << c.name;
  }
  auto missing = LinearModel::load(dir.file("missing.model"));
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().to_string().find("not found"), std::string::npos);
}

// A body whose checksum holds but whose weights are not what serialize()
// writes (a row's classes out of order, or a stored zero) is refused: the
// weights are used as they lie, and each row's classes are read in order.
TEST(LinearModelTest, NonCanonicalWeightsAreRefused) {
  const std::string good = small_model().serialize();
  // small_model's rows keep 2, 1 and 3 weights: the 6 class bytes, then the
  // 6 weights, then the 8-byte checksum end the body.
  const size_t weights = good.size() - 8 - 6 * 2, classes = weights - 6;
  ASSERT_EQ(good.substr(classes, 6), std::string("\x00\x01\x02\x00\x01\x02", 6));
  auto resum = [](std::string body) {
    const uint64_t sum = hash_bytes(std::string_view(body).substr(0, body.size() - 8));
    std::memcpy(body.data() + body.size() - 8, &sum, 8);
    return body;
  };
  ASSERT_TRUE(LinearModel::deserialize(resum(good), "m.model"));
  std::string swapped = good;
  std::swap(swapped[classes], swapped[classes + 1]);
  auto m = LinearModel::deserialize(resum(swapped), "m.model");
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().to_string().find("not in class order"), std::string::npos)
      << m.error().to_string();
  std::string zero = good;
  zero[weights] = zero[weights + 1] = 0;
  m = LinearModel::deserialize(resum(zero), "m.model");
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().to_string().find("zero weight"), std::string::npos) << m.error().to_string();
  std::string unknown = good;
  unknown[classes + 5] = 3;  // a fourth class of three
  m = LinearModel::deserialize(resum(unknown), "m.model");
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().to_string().find("unknown class"), std::string::npos)
      << m.error().to_string();
}

TEST(LinearModelTest, EveryTruncationIsRefused) {
  TempDir dir;
  ASSERT_TRUE(small_model().save(dir.file("good.model"), small_header()));
  const std::string good = *read_file(dir.file("good.model"));
  for (size_t n = 0; n < good.size(); ++n) {
    write(dir.file("cut.model"), good.substr(0, n));
    EXPECT_FALSE(LinearModel::load(dir.file("cut.model"))) << "cut at " << n;
  }
}

TEST(WordClustersTest, RoundTripAndLookupByLowerCaseForm) {
  TempDir dir;
  const WordClusters c({{"hegseth", "0110", 12}, {"rutte", "0111", 9}, {"0000", "10", 500}});
  ModelHeader h;
  h.set("data", "test");
  ASSERT_TRUE(c.save(dir.file("c.tsv"), h));
  auto back = WordClusters::load(dir.file("c.tsv"));
  ASSERT_TRUE(back) << back.error().to_string();
  EXPECT_EQ(back->fingerprint(), c.fingerprint());
  EXPECT_EQ(back->size(), 3u);
  // A loaded file saves as it was read.
  ASSERT_TRUE(back->save(dir.file("again.tsv"), h));
  EXPECT_EQ(*read_file(dir.file("again.tsv")), *read_file(dir.file("c.tsv")));
  WordInfo w;
  describe_word("Hegseth", nullptr, w);  // any case finds the lower-case entry
  EXPECT_EQ(back->find(w.lower), 0b10110u);
  describe_word("2016", nullptr, w);  // digits folded
  EXPECT_EQ(back->find(w.lower), 0b110u);
  describe_word("Zelensky", nullptr, w);
  EXPECT_EQ(back->find(w.lower), 0u);
  // describe_word looks the cluster up itself.
  describe_word("RUTTE", &*back, w);
  EXPECT_EQ(w.cluster, 0b10111u);
}

// Entries::Later reads the header; read_entries() parses the lines with
// every check, use_index() takes a table made for the same lines instead.
TEST(WordClustersTest, EntriesReadLaterOrTableTakenFromElsewhere) {
  TempDir dir;
  const WordClusters c({{"hegseth", "0110", 12}, {"rutte", "0111", 9}, {"0000", "10", 500}});
  ASSERT_TRUE(c.save(dir.file("c.tsv"), ModelHeader{}));
  WordInfo w;
  describe_word("Hegseth", nullptr, w);
  auto later = WordClusters::load(dir.file("c.tsv"), nullptr, WordClusters::Entries::Later);
  ASSERT_TRUE(later) << later.error().to_string();
  EXPECT_FALSE(later->entries_read());
  EXPECT_EQ(later->fingerprint(), c.fingerprint());
  EXPECT_EQ(later->size(), 3u);
  EXPECT_EQ(later->lines(), c.lines());
  EXPECT_EQ(later->find(w.lower), 0u);  // no table yet

  WordClusters read = *later;
  ASSERT_TRUE(read.read_entries());
  EXPECT_TRUE(read.entries_read());
  EXPECT_EQ(read.find(w.lower), 0b10110u);

  auto owner = std::make_shared<WordClusters>(c);  // a copy keeps its own table
  ASSERT_TRUE(later->index_fits(owner->index()));
  WordClusters indexed = *later;
  indexed.use_index(owner->index(), owner);
  EXPECT_EQ(indexed.find(w.lower), 0b10110u);
  const WordClusters two({{"hegseth", "0110", 12}});
  EXPECT_FALSE(later->index_fits(two.index()));

  // Lines that do not match the header's fingerprint: an error once read.
  std::string edited = *read_file(dir.file("c.tsv"));
  edited.replace(edited.find("0110\t"), 4, "0100");
  write(dir.file("edited.tsv"), edited);
  auto bad = WordClusters::load(dir.file("edited.tsv"), nullptr, WordClusters::Entries::Later);
  ASSERT_TRUE(bad);
  const auto status = bad->read_entries();
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().to_string().find("fingerprint"), std::string::npos);
}

TEST(WordClustersTest, BadFilesAreClearErrors) {
  TempDir dir;
  const WordClusters c({{"hegseth", "0110", 12}, {"rutte", "0111", 9}});
  ASSERT_TRUE(c.save(dir.file("c.tsv"), ModelHeader{}));
  const std::string good = *read_file(dir.file("c.tsv"));
  std::string edited = good;
  edited.replace(edited.find("0110\t"), 4, "0100");
  struct Case {
    std::string bytes, message;
  };
  for (const Case& k : std::vector<Case>{
           {good.substr(0, good.size() - 4), "truncated line"},
           {good.substr(0, good.rfind("0111")), "header says"},
           {edited, "fingerprint"},
           {good.substr(0, good.find("0110")) + "0120\thegseth\t12\n" +
                good.substr(good.find("0111")),
            "bad.tsv:5: expected 'path<TAB>word<TAB>count'"},
           {good.substr(0, good.rfind("9\n")) + "nine\n", "bad.tsv:6: bad cluster line"},
           {"newskg-tag-model\nend\n", "not a newskg word-clusters"}}) {
    write(dir.file("bad.tsv"), k.bytes);
    auto r = WordClusters::load(dir.file("bad.tsv"));
    ASSERT_FALSE(r) << k.message;
    EXPECT_NE(r.error().to_string().find(k.message), std::string::npos) << r.error().to_string();
  }
}

TEST(TaggerLoadTest, MissingOrMismatchedFilesAreClearErrors) {
  TempDir dir;
  auto none = Tagger::load(dir.file("nothing"));
  ASSERT_FALSE(none);
  EXPECT_NE(none.error().to_string().find("model folder not found"), std::string::npos);

  // A folder with the shipped POS model only.
  std::filesystem::copy_file(testing::model_dir() + "/pos.model", dir.file("pos.model"));
  auto no_ner = Tagger::load(dir.path().string());
  ASSERT_FALSE(no_ner);
  EXPECT_NE(no_ner.error().to_string().find("ner.model: model file not found"), std::string::npos)
      << no_ner.error().to_string();

  // Both models but not the clusters they were trained with.
  std::filesystem::copy_file(testing::model_dir() + "/ner.model", dir.file("ner.model"));
  auto no_clusters = Tagger::load(dir.path().string());
  ASSERT_FALSE(no_clusters);
  EXPECT_NE(no_clusters.error().to_string().find("clusters.tsv: model file not found"),
            std::string::npos)
      << no_clusters.error().to_string();
  const WordClusters other({{"hegseth", "0110", 12}});
  ASSERT_TRUE(other.save(dir.file("clusters.tsv"), ModelHeader{}));
  auto wrong = Tagger::load(dir.path().string());
  ASSERT_FALSE(wrong);
  EXPECT_NE(wrong.error().to_string().find("not the ones the models were trained with"),
            std::string::npos);

  // The POS model where the entity model should be.
  std::filesystem::copy_file(testing::model_dir() + "/clusters.tsv", dir.file("clusters.tsv"),
                             std::filesystem::copy_options::overwrite_existing);
  std::filesystem::copy_file(testing::model_dir() + "/pos.model", dir.file("ner.model"),
                             std::filesystem::copy_options::overwrite_existing);
  auto swapped = Tagger::load(dir.path().string());
  ASSERT_FALSE(swapped);
  EXPECT_NE(swapped.error().to_string().find("unknown class"), std::string::npos);
}

}  // namespace
}  // namespace newskg::tag
