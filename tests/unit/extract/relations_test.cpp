// Meetings and positions on short invented articles (made-up names; the
// lexicons are the project's own, schema/lexicon).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>

#include "newskg/extract/extractor.hpp"

namespace newskg::extract {
namespace {

const Lexicons& lexicons() {
  static std::shared_ptr<const Lexicons> lex = [] {
    auto r = Lexicons::load(std::string(NEWSKG_SOURCE_DIR) + "/schema/lexicon");
    if (!r) throw std::runtime_error(r.error().to_string());
    return r.value();
  }();
  return *lex;
}

ArticleFacts run(const std::string& body) {
  core::Document doc;
  doc.id = "t";
  doc.text = "Headline\n\n" + body;
  return extract_article(doc, lexicons());
}

// The meetings as sorted pairs of entity names.
std::set<std::pair<std::string, std::string>> pairs(const ArticleFacts& f) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& m : f.meetings) {
    std::string a = f.entities[static_cast<size_t>(m.participants[0])].name;
    std::string b = f.entities[static_cast<size_t>(m.participants[1])].name;
    out.insert({std::min(a, b), std::max(a, b)});
  }
  return out;
}

using Pair = std::pair<std::string, std::string>;

TEST(MeetingTest, CommonPhrasingsOfAMeetingThatHappened) {
  const char* cues[] = {
      "Ann Dorsey held talks with Peter Fenton on Monday.",
      "Ann Dorsey had a phone call with Peter Fenton on Monday.",
      "Ann Dorsey sat down with Peter Fenton on Monday.",
      "Ann Dorsey hosted Peter Fenton at her home on Monday.",
      "Ann Dorsey was pictured with Peter Fenton at the match.",
      "Ann Dorsey met with Peter Fenton in Oslo.",
      "Ann Dorsey met her old rival, Peter Fenton, in Oslo.",
  };
  for (const char* c : cues) {
    auto f = run(std::string("Ann Dorsey and Peter Fenton are rivals.\n\n") + c);
    EXPECT_EQ(pairs(f), (std::set<Pair>{{"Ann Dorsey", "Peter Fenton"}})) << c;
  }
}

// Talks the two subjects held with each other, and a conversation by phone.
TEST(MeetingTest, TwoSubjectsHeldTalksOrSpokeByPhone) {
  const char* cues[] = {
      "Ann Dorsey and Peter Fenton held talks in Oslo on Monday.",
      "Ann Dorsey and Peter Fenton had a long meeting on Monday.",
      "Ann Dorsey spoke by phone with Peter Fenton on Monday.",
      "Ann Dorsey spoke with Peter Fenton on Monday.",
      "Ann Dorsey spoke to Peter Fenton on the phone on Monday.",
      "After a meeting between Ann Dorsey and Peter Fenton on Monday, both left.",
      "Talks between Ann Dorsey and Peter Fenton ended without agreement.",
  };
  for (const char* c : cues) {
    auto f = run(std::string("Ann Dorsey and Peter Fenton are rivals.\n\n") + c);
    EXPECT_EQ(pairs(f), (std::set<Pair>{{"Ann Dorsey", "Peter Fenton"}})) << c;
  }
  const char* none[] = {
      "A meeting between Ann Dorsey and Peter Fenton is due to take place next week.",
      "The rift between Ann Dorsey and Peter Fenton grew.",
      "The idea of the meeting between Ann Dorsey and Peter Fenton was raised on Monday.",
      "Ann Dorsey and Peter Fenton will hold talks next week.",
      "Ann Dorsey spoke to reporters about Peter Fenton on Monday.",
      "Ann Dorsey spoke to the BBC on Monday.",
      "Ann Dorsey and Peter Fenton held talks with unions on Monday.",
  };
  for (const char* c : none) {
    auto f = run(std::string("Ann Dorsey and Peter Fenton are rivals.\n\n") + c);
    EXPECT_TRUE(f.meetings.empty()) << c;
  }
}

TEST(MeetingTest, TwoNamesThatDidSomethingTogetherMet) {
  auto f =
      run("Ann Dorsey and Peter Fenton are rivals.\n\n"
          "Dorsey and Fenton spent the summer together in Oslo.");
  EXPECT_EQ(pairs(f), (std::set<Pair>{{"Ann Dorsey", "Peter Fenton"}}));
}

// Feature writing tells family members apart by first name: "Ann" after
// "Ann Dorsey" is her, so "Ann and Fenton spent time together" is a meeting.
TEST(MeetingTest, AFirstNameAloneIsTheOnePersonWithIt) {
  auto f = run("Ann Dorsey, Mark Dorsey and Peter Fenton were there.\n\n"
               "Ann and Fenton spent time together all season.");
  EXPECT_EQ(pairs(f), (std::set<Pair>{{"Ann Dorsey", "Peter Fenton"}}));
  bool alias = false;
  for (const auto& e : f.entities)
    if (e.name == "Ann Dorsey")
      for (const auto& a : e.aliases) alias = alias || a == "Ann";
  EXPECT_TRUE(alias);
}

// A caption: "X, from Y Estate in Z, speaking to W": the origin is no party.
TEST(MeetingTest, ACaptionPersonFromSomewhereSpeakingToAnother) {
  auto f = run("Pictured right, is reader Nora Vance, from Harlow Books Ltd in Elmwood, speaking "
               "to novelist Ida Marlow, from Redcliff, at the book fair.");
  EXPECT_EQ(pairs(f), (std::set<Pair>{{"Ida Marlow", "Nora Vance"}}));
}

TEST(MeetingTest, IdiomsPlansAndSportsActionsAreNoMeetings) {
  const char* cues[] = {
      "Ann Dorsey's new film met with scathing reviews from Peter Fenton.",
      "Ann Dorsey will meet Peter Fenton next week.",
      "Ann Dorsey was trying to arrange a meeting with Peter Fenton.",
      "Ann Dorsey has not met Peter Fenton.",
      "Ann Dorsey met Peter Fenton's cross at the far post.",
      "Ann Dorsey received Peter Fenton's free-kick and scored.",
      "The cross from Ann Dorsey was met by Peter Fenton.",
      "Ann Dorsey was speaking to reporters amid rumours of a rift with Peter Fenton.",
  };
  for (const char* c : cues) {
    auto f = run(std::string("Ann Dorsey and Peter Fenton are rivals.\n\n") + c);
    EXPECT_TRUE(f.meetings.empty()) << c;
  }
}

TEST(MeetingTest, TwoWhoEachMetAThirdDidNotMeetEachOther) {
  auto f =
      run("Ann Dorsey, Peter Fenton and Carl Moss are ministers.\n\n"
          "Dorsey met Moss on Monday. Fenton met Moss on Tuesday.");
  EXPECT_EQ(pairs(f), (std::set<Pair>{{"Ann Dorsey", "Carl Moss"}, {"Carl Moss", "Peter Fenton"}}));
}

const PositionFact* position_of(const ArticleFacts& f, const std::string& holder) {
  for (const auto& p : f.positions)
    if (p.holder >= 0 && f.entities[static_cast<size_t>(p.holder)].name == holder) return &p;
  return nullptr;
}

// `text` gives `holder` a position with this stance and topic, read off the
// sentence: kept by --min-confidence 0.7.
void expect_read_position(const char* text, const char* holder, Stance stance, const char* topic) {
  auto f = run(text);
  const PositionFact* p = position_of(f, holder);
  ASSERT_NE(p, nullptr) << text;
  EXPECT_EQ(p->stance, stance) << text;
  EXPECT_EQ(p->topic, topic) << text;
  EXPECT_GE(p->confidence, 0.7) << text;
}

TEST(PositionTest, StanceAndTopicComeFromTheCueAndItsObject) {
  struct Case {
    const char* text;
    Stance stance;
    const char* topic;
  } cases[] = {
      {"Ann Dorsey rejected the plan to close the harbour, saying it was rushed.", Stance::Oppose,
       "the plan to close the harbour"},
      {"Ann Dorsey backed the new port tax on Monday, her office said.", Stance::Support,
       "the new port tax"},
      {"Ann Dorsey said she opposed a second vote on the harbour.", Stance::Oppose,
       "a second vote on the harbour"},
      // the attribution after a comma is no part of the topic
      {"Ann Dorsey backed the new port tax, her office said.", Stance::Support, "the new port tax"},
  };
  for (const auto& c : cases) expect_read_position(c.text, "Ann Dorsey", c.stance, c.topic);
}

// "condemned and prohibited torture": the object of both verbs is the
// topic. "warned that ..." forecasts, it takes no side on its clause.
TEST(PositionTest, TwoCoordinatedCuesShareTheirObjectAndAWarningThatIsNoStance) {
  expect_read_position("The Danish government denied the claims, saying it condemned and "
                       "prohibited torture.",
                       "Denmark", Stance::Oppose, "torture");
  auto f = run("Ann Dorsey warned that rising costs were clouding the outlook for the harbour.");
  for (const auto& p : f.positions)
    EXPECT_EQ(p.topic.find("rising costs were clouding"), std::string::npos) << p.topic;
}

TEST(PositionTest, OnePositionPerStatementWithAShortTopicNotTheQuoteCut) {
  auto f =
      run("Ann Dorsey spoke to the press on Monday.\n\n"
          "“The harbour tax is wrong, and everyone in this town knows that it will hurt the "
          "fishermen and the shops along the front for years and years to come,” Dorsey said.");
  ASSERT_EQ(f.positions.size(), 1u);
  const PositionFact& p = f.positions[0];
  EXPECT_EQ(p.stance, Stance::Oppose);
  // What "wrong" judges is the subject of its clause.
  EXPECT_EQ(p.topic, "The harbour tax");
  // Read off the grammar of the sentence: kept by --min-confidence 0.7.
  EXPECT_GE(p.confidence, 0.7);
}

TEST(PositionTest, AGuessFromTheWordsOfAQuotationIsBelowSeventenths) {
  // "must" and "back" lean towards what is said, but judge nothing the
  // grammar shows.
  auto f =
      run("Ann Dorsey spoke to the press on Monday.\n\n"
          "“Everyone in this town must stand together and back the harbour, for years and years "
          "to come,” Dorsey said.");
  ASSERT_EQ(f.positions.size(), 1u);
  const PositionFact& p = f.positions[0];
  EXPECT_EQ(p.stance, Stance::Support);
  EXPECT_EQ(p.topic.find("…"), std::string::npos);
  EXPECT_LE(std::count(p.topic.begin(), p.topic.end(), ' '), 11);
  EXPECT_LT(p.confidence, 0.7);
}

// One evaluative word alone is too weak a sign to guess a stance from
// ("must" in a remark on the weather), and so is a negation alone.
TEST(PositionTest, OneEvaluativeWordOrANegationAloneIsNoStance) {
  EXPECT_TRUE(run("Ann Dorsey spoke to the press on Monday.\n\n"
                  "“Everyone in this town must stand together for the harbour, for years and "
                  "years to come,” Dorsey said.")
                  .positions.empty());
  EXPECT_TRUE(run("Ann Dorsey spoke on Monday. Dorsey said the harbour would not open in May.")
                  .positions.empty());
}

// What an evaluative word judges, read off the grammar around it
// (evaluation_words.tsv): its subject, its object, the noun it modifies.
TEST(PositionTest, AnEvaluationJudgesWhatItsGrammarPointsAt) {
  struct Case {
    const char* text;
    Stance stance;
    const char* topic;
  } cases[] = {
      {"Ann Dorsey said the new port tax violates the law.", Stance::Oppose, "the new port tax"},
      {"“I love any kind of sailing and if I could I would sail every day,” Ann Dorsey said.",
       Stance::Support, "any kind of sailing"},
      {"Ann Dorsey said she did not like the new port tax.", Stance::Oppose, "the new port tax"},
      // a liking is a stance on doing it
      {"“I love to sail on the harbour,” Ann Dorsey said.", Stance::Support,
       "to sail on the harbour"},
      {"Ann Dorsey said the mayor’s unlawful closure of the harbour must end.", Stance::Oppose,
       "the mayor’s unlawful closure of the harbour"},
      {"Ann Dorsey said the problem with dredging the harbour is that it costs too much.",
       Stance::Oppose, "dredging the harbour"},
      {"Ann Dorsey said it was vital to protect the old harbour wall.", Stance::Support,
       "to protect the old harbour wall"},
      {"Ann Dorsey said building a second pier would be a mistake.", Stance::Oppose,
       "building a second pier"},
      // adjectives before the judging noun; "remain" after a modal
      {"Ann Dorsey said the new port tax was a big mistake.", Stance::Oppose, "the new port tax"},
      {"Ann Dorsey has insisted that eventual membership in the harbour board must remain a "
       "recognized goal.",
       Stance::Support, "eventual membership in the harbour board"},
  };
  for (const auto& c : cases) expect_read_position(c.text, "Ann Dorsey", c.stance, c.topic);
}

TEST(PositionTest, NoStanceInAWishAConditionAnotherSubjectOrAThingsName) {
  const char* texts[] = {
      // a wish, not a side on an issue
      "“I want to have fun with it,” Ann Dorsey said.",
      "“I'd like to thank everyone here,” Ann Dorsey said.",
      // a condition, not a stance
      "“If we reject the port tax, the town will be weak,” Ann Dorsey said.",
      // an outcome rated, no issue
      "Ann Dorsey said sales over the holiday were disappointing.",
      // "illegal fishing" names a thing: whose act is judged is not said
      "Ann Dorsey said illegal fishing had fallen by half.",
  };
  for (const char* t : texts) {
    auto f = run(t);
    EXPECT_EQ(position_of(f, "Ann Dorsey"), nullptr) << t;
  }
  // "must" leans, but "we must" names nothing to stand on: no topic, no position.
  auto g = run("“Absolutely, we must!” Ann Dorsey said.");
  ASSERT_EQ(g.statements.size(), 1u);
  EXPECT_EQ(position_of(g, "Ann Dorsey"), nullptr);
  // Others' attitude is not the speaker's: "people" hate the tax, not Dorsey.
  auto f = run("“People hate the new port tax,” Ann Dorsey said.");
  for (const auto& p : f.positions) EXPECT_NE(p.topic, "the new port tax");
}

// A commitment is a position on what it commits to: "would continue to X",
// "is committed to X", "we encourage them to X"; not a habit, a forecast or
// what is only foreseen.
TEST(PositionTest, ACommitmentSupportsWhatItCommitsTo) {
  struct Case {
    const char* text;
    const char* holder;
    Stance stance;
    const char* topic;
  } cases[] = {
      {"Ann Dorsey said the council would continue to fund the harbour school.", "Ann Dorsey",
       Stance::Support, "fund the harbour school"},
      {"“We encourage the council to focus on the harbour school,” Ann Dorsey said.", "Ann Dorsey",
       Stance::Support, "focus on the harbour school"},
      {"Ann Dorsey said she was no longer committed to the new port tax.", "Ann Dorsey",
       Stance::Oppose, "the new port tax"},
      {"Peter Fenton has pledged to close the harbour by May.", "Peter Fenton", Stance::Support,
       "close the harbour by May"},
  };
  for (const auto& c : cases) expect_read_position(c.text, c.holder, c.stance, c.topic);
  const char* none[] = {
      // a forecast: spending commits no one
      "Ann Dorsey said harbour fees would continue to rise in May.",
      // a habit reported, no commitment
      "“The council continued to fund the school,” Ann Dorsey said.",
      // foreseen, not committed to
      "“We will continue to see losses at the harbour,” Ann Dorsey said.",
  };
  for (const char* t : none) {
    auto f = run(t);
    // (a guess from the words, below 0.7, may stand; no commitment read off them)
    for (const auto& p : f.positions) EXPECT_LT(p.confidence, 0.7) << t << " -> " << p.topic;
  }
}

// An attitude the article reports with a named holder as its subject is a
// position without any statement: "who stands where" is told as often as said.
TEST(PositionTest, AnAttitudeTheArticleReportsIsAPositionOfItsSubject) {
  const std::string body =
      "Peter Fenton backed the plan to close the harbour on Monday. Ann Dorsey spoke "
      "later.\n\nShe did not support the new port tax.";
  auto f = run(body);
  EXPECT_TRUE(f.statements.empty());
  const PositionFact* p = position_of(f, "Peter Fenton");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->stance, Stance::Support);
  EXPECT_EQ(p->topic, "the plan to close the harbour");
  EXPECT_GE(p->confidence, 0.7);
  // The evidence is the sentence that tells it.
  const std::string text = "Headline\n\n" + body;
  EXPECT_EQ(p->evidence.of(text), "Peter Fenton backed the plan to close the harbour on Monday.");
  // A pronoun subject is its referent; "did not" turns the stance.
  p = position_of(f, "Ann Dorsey");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->stance, Stance::Oppose);
  EXPECT_EQ(p->topic, "the new port tax");
}

TEST(PositionTest, NoReportedAttitudeInAConditionAQuotationOrTheHoldersOwnStatement) {
  const char* none[] = {
      "If Peter Fenton backed the plan, the harbour would close.",
      "The crowd chanted: “Peter Fenton opposes the new port tax!”",
  };
  for (const char* t : none) {
    auto f = run(t);
    EXPECT_EQ(position_of(f, "Peter Fenton"), nullptr) << t;
  }
  // "rejected the assertion that ..." is Dorsey's statement: its cue gives
  // her one position, not a second one read off the same verb.
  auto f = run("Ann Dorsey rejected the assertion that the harbour was closed.");
  size_t n = 0;
  for (const auto& p : f.positions)
    n += p.holder >= 0 && f.entities[static_cast<size_t>(p.holder)].name == "Ann Dorsey";
  EXPECT_EQ(n, 1u);
}

}  // namespace
}  // namespace newskg::extract
