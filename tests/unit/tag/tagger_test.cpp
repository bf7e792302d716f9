#include "newskg/tag/tagger.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "decode.hpp"
#include "newskg/tag/train.hpp"
#include "tag_test_util.hpp"

namespace newskg::tag {
namespace {

using testing::shipped_tagger;

// A model from (feature key, class, weight) triples.
LinearModel model_of(std::vector<std::string> classes,
                     std::vector<std::tuple<uint64_t, int, int16_t>> w,
                     std::vector<std::string> vocabulary = {}) {
  std::map<uint64_t, std::vector<int16_t>> rows;
  for (auto [key, c, v] : w) {
    auto& row = rows[key];
    row.resize(classes.size(), 0);
    row[c] = v;
  }
  std::vector<uint64_t> keys;
  std::vector<int16_t> weights;
  for (auto& [k, row] : rows) {
    keys.push_back(k);
    weights.insert(weights.end(), row.begin(), row.end());
  }
  return LinearModel(std::move(classes), keys, weights, std::move(vocabulary));
}

uint64_t lower(std::string_view w) {
  WordInfo info;
  describe_word(w, nullptr, info);
  return info.lower;
}

std::vector<std::string> pos_classes() { return {std::begin(kPosNames), std::end(kPosNames)}; }
int pos_class(Pos p) { return static_cast<int>(p); }

// POS: "the" is DT, "to" TO, "run" VB or NN by what comes before it.
LinearModel toy_pos(std::vector<std::string> vocabulary = {}) {
  return model_of(pos_classes(),
                  {{feature_key(Feature::Bias, 0), pos_class(Pos::NNP), 1},
                   {feature_key(Feature::Word, lower("the")), pos_class(Pos::DT), 50},
                   {feature_key(Feature::Word, lower("to")), pos_class(Pos::TO), 50},
                   {feature_key(Feature::Word, lower("run")), pos_class(Pos::VB), 20},
                   {feature_key(Feature::Word, lower("run")), pos_class(Pos::NN), 20},
                   {feature_key(Feature::PrevTag, pos_class(Pos::DT) + 1), pos_class(Pos::NN), 5},
                   {feature_key(Feature::PrevTag, pos_class(Pos::TO) + 1), pos_class(Pos::VB), 5}},
                  std::move(vocabulary));
}

// Entities with IO labels: capitalized words after "in" are places, others people.
LinearModel toy_ner(std::vector<std::string> classes = {"O", "I-PERSON", "I-LOCATION"}) {
  const int person = 1, place = static_cast<int>(classes.size()) - 1;
  WordInfo cap;
  describe_word("Obama", nullptr, cap);
  return model_of(std::move(classes), {{feature_key(Feature::Bias, 0), 0, 10},
                                       {feature_key(Feature::Flags, cap.flags), person, 30},
                                       {feature_key(Feature::PrevWord, lower("in")), place, 40}});
}

struct Tagged {
  std::vector<std::string> tokens;
  std::vector<TokenTags> tags;
};
Tagged run(const Tagger& tagger, const std::string& text) {
  const text::Segmented seg = text::segment(text);
  Tagged out;
  tagger.tag(seg, text, out.tags);
  for (const auto& t : seg.tokens) out.tokens.emplace_back(t.span.of(text));
  return out;
}
std::vector<std::string> entity_texts(const Tagged& t) {
  std::vector<std::string> out;
  for (const Entity& e : entities(t.tags)) {
    std::string s = std::string(entity_type_name(e.type)) + ":";
    for (uint32_t i = e.first; i < e.last; ++i) s += (i > e.first ? " " : "") + t.tokens[i];
    out.push_back(s);
  }
  return out;
}

TEST(TaggerDecodeTest, UsesThePreviousDecision) {
  auto tagger = Tagger::create(toy_pos(), toy_ner(), nullptr);
  ASSERT_TRUE(tagger) << tagger.error().to_string();
  const Tagged t = run(*tagger, "the run to run");
  ASSERT_EQ(t.tags.size(), 4u);
  EXPECT_EQ(t.tags[0].pos, Pos::DT);
  EXPECT_EQ(t.tags[1].pos, Pos::NN);  // after DT
  EXPECT_EQ(t.tags[2].pos, Pos::TO);
  EXPECT_EQ(t.tags[3].pos, Pos::VB);  // after TO
}

TEST(TaggerDecodeTest, VocabularyWordsAndOthersScoreAlike) {
  // "run" precomputed in the vocabulary or summed on the fly: the same tags.
  auto plain = Tagger::create(toy_pos(), toy_ner(), nullptr);
  auto with_vocabulary = Tagger::create(toy_pos({"run", "the", "Obama"}), toy_ner(), nullptr);
  ASSERT_TRUE(plain && with_vocabulary);
  EXPECT_EQ(with_vocabulary->vocabulary_size(), 3u);
  const std::string text = "the run to run for Obama in Paris";
  const Tagged a = run(*plain, text), b = run(*with_vocabulary, text);
  for (size_t i = 0; i < a.tags.size(); ++i) {
    EXPECT_EQ(a.tags[i].pos, b.tags[i].pos) << i;
    EXPECT_EQ(a.tags[i].entity, b.tags[i].entity) << i;
  }
}

TEST(TaggerDecodeTest, EntitiesAreRunsOfOneTypeWithIoLabels) {
  auto tagger = Tagger::create(toy_pos(), toy_ner(), nullptr);
  ASSERT_TRUE(tagger);
  const Tagged t = run(*tagger, "then Barack Obama flew in Paris Texas");
  EXPECT_EQ(entity_texts(t),
            (std::vector<std::string>{"PERSON:Barack Obama", "LOCATION:Paris", "PERSON:Texas"}));
  EXPECT_TRUE(t.tags[1].entity_start);
  EXPECT_FALSE(t.tags[2].entity_start);
}

TEST(TaggerDecodeTest, BioLabelsNeverContinueWhatDidNotBegin) {
  // Inside-PERSON scores highest on capitals, but may only follow B-/I-PERSON.
  WordInfo cap;
  describe_word("Obama", nullptr, cap);
  LinearModel ner =
      model_of({"O", "B-PERSON", "I-PERSON"}, {{feature_key(Feature::Bias, 0), 0, 10},
                                               {feature_key(Feature::Flags, cap.flags), 1, 20},
                                               {feature_key(Feature::Flags, cap.flags), 2, 30}});
  auto tagger = Tagger::create(toy_pos(), ner, nullptr);
  ASSERT_TRUE(tagger);
  EXPECT_EQ(tagger->label_scheme(), LabelScheme::BIO);
  const Tagged t = run(*tagger, "said Barack Hussein Obama");
  EXPECT_EQ(entity_texts(t), std::vector<std::string>{"PERSON:Barack Hussein Obama"});
  EXPECT_TRUE(t.tags[1].entity_start);
}

TEST(TaggerDecodeTest, ModelsWithOtherLabelsAreRefused) {
  LinearModel bad_pos = model_of({"NN", "VB"}, {{feature_key(Feature::Bias, 0), 0, 1}});
  auto a = Tagger::create(bad_pos, toy_ner(), nullptr);
  ASSERT_FALSE(a);
  EXPECT_NE(a.error().message.find("POS model has 2 classes"), std::string::npos);
  auto b = Tagger::create(toy_pos(), model_of({"O", "PERSONS"}, {}), nullptr);
  ASSERT_FALSE(b);
  EXPECT_NE(b.error().message.find("unknown class 'PERSONS'"), std::string::npos);
}

TEST(LabelTest, MayFollow) {
  const EntityLabel o{}, b_per{EntityType::Person, Boundary::Begin},
      i_per{EntityType::Person, Boundary::Inside}, i_loc{EntityType::Location, Boundary::Inside},
      l_per{EntityType::Person, Boundary::Last};
  EXPECT_TRUE(label_may_follow(o, i_per, LabelScheme::IO));
  EXPECT_FALSE(label_may_follow(o, i_per, LabelScheme::BIO));
  EXPECT_TRUE(label_may_follow(b_per, i_per, LabelScheme::BIO));
  EXPECT_FALSE(label_may_follow(b_per, i_loc, LabelScheme::BIO));
  EXPECT_TRUE(label_may_follow(b_per, o, LabelScheme::BIO));
  EXPECT_FALSE(label_may_follow(b_per, o, LabelScheme::BILOU));
  EXPECT_TRUE(label_may_follow(i_per, l_per, LabelScheme::BILOU));
  EXPECT_EQ(parse_entity_label("U-ORGANIZATION")->boundary, Boundary::Unit);
  EXPECT_FALSE(parse_entity_label("X-PERSON"));
  EXPECT_FALSE(parse_entity_label("B-O"));
}

TEST(EntitiesTest, SplitsAtStartsAndTypeChanges) {
  auto tt = [](EntityType t, bool start) { return TokenTags{Pos::NNP, t, start}; };
  const std::vector<TokenTags> tags = {
      tt(EntityType::None, false),  tt(EntityType::Person, true),    tt(EntityType::Person, false),
      tt(EntityType::Person, true), tt(EntityType::Location, false), tt(EntityType::None, false)};
  EXPECT_EQ(entities(tags), (std::vector<Entity>{{1, 3, EntityType::Person},
                                                 {3, 4, EntityType::Person},
                                                 {4, 5, EntityType::Location}}));
}

// ---------------------------------------------------------------- the shipped models

TEST(ShippedTaggerTest, TagsNewsSentences) {
  const Tagged t =
      run(shipped_tagger(),
          "Barack Obama met Angela Merkel in Berlin on Monday, and he isn\xE2\x80\x99t done.");
  EXPECT_EQ(entity_texts(t),
            (std::vector<std::string>{"PERSON:Barack Obama", "PERSON:Angela Merkel",
                                      "LOCATION:Berlin", "DATE:Monday"}));
  auto pos_of = [&](const std::string& w) {
    return pos_name(t.tags[std::find(t.tokens.begin(), t.tokens.end(), w) - t.tokens.begin()].pos);
  };
  EXPECT_EQ(pos_of("Obama"), "NNP");
  EXPECT_EQ(pos_of("met"), "VBD");
  EXPECT_EQ(pos_of("in"), "IN");
  EXPECT_EQ(pos_of("he"), "PRP");
  EXPECT_EQ(pos_of("isn\xE2\x80\x99t"), "VBZ");  // "is" + "n't": the token takes its verb
  EXPECT_EQ(pos_of("."), ".");
}

// tag() looks a sentence's words up and lays their blocks out in one pass
// of its own; tag_words() goes piece by piece (add_piece, attach_unknown,
// decode). Both give the same classes, vocabulary words and unknown ones
// (invented names, numbers) alike, with one workspace reused throughout.
TEST(ShippedTaggerTest, TagAgreesWithTagWordsOnTheSameWords) {
  const Tagger& tagger = shipped_tagger();
  const std::vector<std::string> texts = {
      "Barack Obama met Angela Merkel in Berlin on Monday.",
      "Zyxtrap Wolloquine told Qarnivex Industries that 348,217 units shipped in 2031.",
      "THE MINISTER OF FLORBAGE SAID NOTHING",
      "Prices rose sharply , analysts at Blorvex Capital said .",
  };
  TagWorkspace ws;
  for (const std::string& text : texts) {
    const text::Segmented seg = text::segment(text);
    std::vector<TokenTags> tags;
    tagger.tag(seg, text, tags, ws);
    ASSERT_EQ(tags.size(), seg.tokens.size());
    for (const text::Sentence& s : seg.sentences) {
      std::vector<WordInfo> words(s.last - s.first);
      for (uint32_t t = s.first; t < s.last; ++t)
        describe_word(seg.tokens[t].span.of(text), tagger.clusters(), words[t - s.first]);
      std::vector<uint8_t> pos(words.size()), ner(words.size());
      tagger.tag_words(words.data(), words.size(), pos.data(), ner.data(), ws);
      for (uint32_t t = s.first; t < s.last; ++t) {
        EXPECT_EQ(static_cast<int>(tags[t].pos), pos[t - s.first]) << text << " @" << t;
        EXPECT_EQ(tags[t].entity, tagger.ner_label(ner[t - s.first]).type) << text << " @" << t;
      }
    }
  }
}

TEST(ShippedTaggerTest, AClockTimeIsOneWord) {
  const Tagged t = run(shipped_tagger(), "The polls close at 6:00 p.m. on Tuesday.");
  const auto colon = std::find(t.tokens.begin(), t.tokens.end(), ":") - t.tokens.begin();
  ASSERT_EQ(t.tokens[colon - 1], "6");
  for (auto i : {colon, colon + 1}) {
    EXPECT_EQ(t.tags[i].pos, t.tags[colon - 1].pos);
    EXPECT_EQ(t.tags[i].entity, t.tags[colon - 1].entity);
    EXPECT_FALSE(t.tags[i].entity_start);
  }
  EXPECT_EQ(t.tags[colon - 1].entity, EntityType::Time);
}

// The precomputed int8 sums decide as the exact sums do, but for near ties.
TEST(ShippedTaggerTest, AgreesWithExactDecoding) {
  if (!testing::have_shared()) GTEST_SKIP() << "../shared not found";
  auto dev = SilverCorpus::read_dir(testing::shared_dir() + "/corpus/polnear/silver/dev", 24);
  ASSERT_TRUE(dev) << dev.error().to_string();
  const Tagger& tagger = shipped_tagger();
  const auto words = describe_corpus(*dev, tagger.clusters());
  std::vector<uint8_t> label_allowed;
  const size_t nc = tagger.ner_model().num_classes();
  for (size_t p = 0; p <= nc; ++p)
    for (size_t c = 0; c < nc; ++c)
      label_allowed.push_back(
          label_may_follow(p ? tagger.ner_label(static_cast<uint8_t>(p - 1)) : EntityLabel{},
                           tagger.ner_label(static_cast<uint8_t>(c)), tagger.label_scheme()));
  size_t n = 0, same_pos = 0, same_ner = 0;
  TagWorkspace ws;
  for (const auto& s : dev->sentences) {
    const size_t len = s.last - s.first;
    std::vector<uint8_t> pos(len), ner(len), exact_pos(len), exact_ner(len);
    tagger.tag_words(words.data() + s.first, len, pos.data(), ner.data(), ws);
    detail::greedy_pos(tagger.pos_model(), words.data() + s.first, len, exact_pos.data());
    detail::greedy_ner(tagger.ner_model(), label_allowed.data(), words.data() + s.first,
                       exact_pos.data(), len, exact_ner.data());
    for (size_t i = 0; i < len; ++i) {
      ++n;
      same_pos += pos[i] == exact_pos[i];
      same_ner += ner[i] == exact_ner[i];
    }
  }
  ASSERT_GT(n, 5000u);
  EXPECT_GE(static_cast<double>(same_pos) / n, 0.997) << same_pos << " of " << n;
  EXPECT_GE(static_cast<double>(same_ner) / n, 0.997) << same_ner << " of " << n;
}

std::vector<std::string> bbc_sample(size_t count) {
  std::vector<std::string> paths;
  for (const auto& e :
       std::filesystem::recursive_directory_iterator(testing::shared_dir() + "/corpus/bbc"))
    if (e.path().extension() == ".txt") paths.push_back(e.path().string());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (size_t i = 0; i < paths.size() && texts.size() < count; i += 17)
    texts.push_back(*read_file(paths[i]));
  return texts;
}

TEST(ShippedTaggerTest, ThreadsAndReusedWorkspacesGiveTheSameTags) {
  if (!testing::have_shared()) GTEST_SKIP() << "../shared not found";
  const Tagger& tagger = shipped_tagger();
  const std::vector<std::string> texts = bbc_sample(60);
  auto tag_all = [&](size_t from, size_t step, std::vector<std::vector<TokenTags>>& out) {
    TagWorkspace ws;  // reused across articles
    for (size_t i = from; i < texts.size(); i += step)
      tagger.tag(text::segment(texts[i]), texts[i], out[i], ws);
  };
  std::vector<std::vector<TokenTags>> serial(texts.size());
  for (size_t i = 0; i < texts.size(); ++i)
    tagger.tag(text::segment(texts[i]), texts[i], serial[i]);  // fresh
  std::vector<std::vector<TokenTags>> parallel(texts.size());
  std::vector<std::thread> threads;
  for (size_t t = 0; t < 4; ++t) threads.emplace_back([&, t] { tag_all(t, 4, parallel); });
  for (auto& th : threads) th.join();
  for (size_t i = 0; i < texts.size(); ++i) {
    ASSERT_EQ(serial[i].size(), parallel[i].size());
    for (size_t k = 0; k < serial[i].size(); ++k) {
      EXPECT_EQ(serial[i][k].pos, parallel[i][k].pos) << i << ":" << k;
      EXPECT_EQ(serial[i][k].entity, parallel[i][k].entity) << i << ":" << k;
      EXPECT_EQ(serial[i][k].entity_start, parallel[i][k].entity_start) << i << ":" << k;
    }
  }
}

}  // namespace
}  // namespace newskg::tag
