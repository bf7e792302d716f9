// The extractors on short invented articles: one behaviour per test, each
// with the sentence that shows it. Names are made up; the lexicons are the
// project's own (schema/lexicon).
#include "newskg/extract/extractor.hpp"

#include <gtest/gtest.h>

#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

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

struct Result {
  ArticleFacts facts;
  // The statement whose text contains `needle`, or nullptr.
  const StatementFact* statement(const std::string& needle) const {
    for (const auto& s : facts.statements)
      if (s.text.find(needle) != std::string::npos) return &s;
    return nullptr;
  }
  std::string speaker(const StatementFact* s) const {
    if (s == nullptr || s->speaker < 0) return "";
    return facts.entities[static_cast<size_t>(s->speaker)].name;
  }
  EntityType speaker_type(const StatementFact* s) const {
    return facts.entities[static_cast<size_t>(s->speaker)].type;
  }
  // The names of meeting i's participants.
  std::set<std::string> met(size_t i) const {
    std::set<std::string> names;
    for (int p : facts.meetings[i].participants)
      names.insert(facts.entities[static_cast<size_t>(p)].name);
    return names;
  }
};

Result run(const std::string& body) {
  core::Document doc;
  doc.id = "t";
  doc.text = "Headline\n\n" + body;
  return {extract_article(doc, lexicons())};
}

TEST(ExtractorTest, DirectQuoteWithPronounSpeaker) {
  Result r = run("Maria Olsen arrived in Oslo on Monday.\n\n“We will not give up,” she said.");
  const StatementFact* s = r.statement("We will not give up");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, StatementKind::Direct);
  EXPECT_EQ(r.speaker(s), "Maria Olsen");
}

// "‘Verdict’: Source" subheadings give each source's words before its paragraphs.
TEST(ExtractorTest, SubheadingQuoteIsItsSourcesStatement) {
  Result r = run("‘Ends the slump debate’: Halvard Analytics\n\nThe numbers were strong.");
  const StatementFact* s = r.statement("Ends the slump debate");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, StatementKind::Direct);
  EXPECT_EQ(r.speaker(s), "Halvard Analytics");
  // No name after the colon: a headline, not a statement.
  Result h = run("‘Why now?’ and more: readers weigh in on the plan\n\nThe plan was late.");
  EXPECT_EQ(h.statement("Why now"), nullptr);
}

// A quotation that fills its paragraphs, after "X said ...", is X's, as one statement.
TEST(ExtractorTest, QuotationParagraphsAfterReportedSpeechKeepTheVoice) {
  Result r =
      run("Doria Pennick said the road would not be built.\n\n“We have no money for it.\n\n"
          "“Nobody asked the villages either.”");
  const StatementFact* s = r.statement("We have no money");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Doria Pennick");
  EXPECT_NE(s->text.find("Nobody asked"), std::string::npos);
}

TEST(ExtractorTest, QuotationSplitByItsAttributionIsOneStatement) {
  Result r = run("“My hope,” Maria Olsen said, “is that the talks resume soon.”");
  ASSERT_EQ(r.facts.statements.size(), 1u);
  EXPECT_EQ(r.facts.statements[0].text, "My hope, is that the talks resume soon.");
  EXPECT_EQ(r.speaker(&r.facts.statements[0]), "Maria Olsen");
}

TEST(ExtractorTest, ContentBeforeSentenceFinalAttribution) {
  Result r =
      run("The new tax would cost families more than it raises, Peter Lund said on Tuesday.");
  const StatementFact* s = r.statement("The new tax would cost families");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, StatementKind::Indirect);
  EXPECT_EQ(s->text, "The new tax would cost families more than it raises");
  EXPECT_EQ(r.speaker(s), "Peter Lund");
}

TEST(ExtractorTest, ContentBeforeInvertedAttribution) {
  Result r = run("The losses would outstrip the gains for many parents, said Anna Berg.");
  const StatementFact* s = r.statement("The losses would outstrip");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Anna Berg");
}

TEST(ExtractorTest, FrontedAdverbialIsNotContent) {
  // "In the end" is not what Peter Lund said; what he said follows the verb.
  Result r = run("In the end, Peter Lund said, the vote was close.");
  EXPECT_EQ(r.statement("In the end"), nullptr);
}

TEST(ExtractorTest, RelativeClauseWithPronounIsNotAnAttribution) {
  Result r =
      run("Anna Berg has insisted that the border must stay open, a position she repeated "
          "on Monday after meeting farmers.");
  const StatementFact* s = r.statement("the border must stay open");
  ASSERT_NE(s, nullptr);
  for (const auto& st : r.facts.statements)
    EXPECT_EQ(st.text.find("Anna Berg has insisted"), std::string::npos) << st.text;
}

TEST(ExtractorTest, UnnamedGroupSpeaker) {
  Result r = run("Civil rights activists say the new rules unfairly target young drivers.");
  const StatementFact* s = r.statement("the new rules unfairly target");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Civil rights activists");
  EXPECT_EQ(r.speaker_type(s), EntityType::UnnamedSource);
}

TEST(ExtractorTest, UnnamedSourceIsAffiliatedWhenItsDescriptionNamesWhoseItIs) {
  Result r =
      run("Civil rights activists say the new rules unfairly target young drivers. "
          "Norwegian military commentators said the rules would stay. Later, Labour strategists "
          "said the vote was lost.");
  const StatementFact* bare = r.statement("the new rules unfairly target");
  const StatementFact* country = r.statement("the rules would stay");
  const StatementFact* party = r.statement("the vote was lost");
  ASSERT_NE(bare, nullptr);
  ASSERT_NE(country, nullptr);
  ASSERT_NE(party, nullptr);
  // A capital that only opens the sentence is no affiliation.
  EXPECT_FALSE(r.facts.entities[static_cast<size_t>(bare->speaker)].affiliated);
  EXPECT_EQ(r.speaker(country), "Norwegian military commentators");
  EXPECT_TRUE(r.facts.entities[static_cast<size_t>(country->speaker)].affiliated);
  EXPECT_EQ(r.speaker(party), "Labour strategists");
  EXPECT_TRUE(r.facts.entities[static_cast<size_t>(party->speaker)].affiliated);
}

TEST(ExtractorTest, UnnamedSpokeswomanForAQuotation) {
  Result r = run("“The shop will reopen next week,” a spokeswoman said.");
  const StatementFact* s = r.statement("The shop will reopen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "spokeswoman");
  EXPECT_EQ(r.speaker_type(s), EntityType::UnnamedSource);
}

TEST(ExtractorTest, NamedBodyWinsOverUnnamedSource) {
  // "a spokesman for X" speaks for X.
  Result r =
      run("“We are reviewing the decision,” a spokesman for the World Health Organization "
          "said.");
  const StatementFact* s = r.statement("We are reviewing");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker_type(s), EntityType::Organization);
}

TEST(ExtractorTest, QuestionWordOpensNoUnnamedSource) {
  Result r = run("It is unclear how experts say the tax would work in practice for farmers.");
  for (const auto& st : r.facts.statements)
    EXPECT_NE(r.speaker_type(&st), EntityType::UnnamedSource) << st.text;
}

TEST(ExtractorTest, PassiveParticipleIsNotSpeech) {
  Result r = run("Peter Lund was supported by 42 percent of those who took part in the survey.");
  EXPECT_TRUE(r.facts.statements.empty()) << r.facts.statements[0].text;
}

TEST(ExtractorTest, IndirectSpeechAfterThat) {
  Result r = run("Peter Lund warned that the river could flood the old town by Friday.");
  const StatementFact* s = r.statement("the river could flood");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, StatementKind::Indirect);
  EXPECT_EQ(s->text, "the river could flood the old town by Friday");
}

TEST(ExtractorTest, AccordingTo) {
  Result r = run("The bridge will close for two months, according to Anna Berg.");
  const StatementFact* s = r.statement("The bridge will close");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Anna Berg");
}

TEST(ExtractorTest, ScareQuotesAreNotStatements) {
  Result r = run("Peter Lund called the plan a “disaster” for the region.");
  for (const auto& st : r.facts.statements) EXPECT_NE(st.text, "disaster");
}

TEST(ExtractorTest, UnterminatedQuotationDoesNotSwallowTheArticle) {
  Result r =
      run("“This is only the start, Anna Berg said.\n\nPeter Lund warned that prices "
          "would rise again next year.");
  const StatementFact* s = r.statement("prices would rise");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Peter Lund");
}

TEST(ExtractorTest, SentenceInitialFirstNameThatIsACommonWord) {
  // "Mark" is a common word; opening a sentence before a surname and a
  // speech verb (or an appositive) it is a first name.
  Result r =
      run("Mark Tallen said the plan would fail.\n\nWill Ostrova, chairman of the board, "
          "said the bank would wait.");
  EXPECT_EQ(r.speaker(r.statement("the plan would fail")), "Mark Tallen");
  EXPECT_EQ(r.speaker(r.statement("the bank would wait")), "Will Ostrova");
}

TEST(ExtractorTest, InvertedAttributionNeedsTheSpeakerRightAfterTheVerb) {
  Result r =
      run("Mark Tallen, chairman of the board of Nordvik Partners, the group's funding arm, "
          "said it would join the race in the general election.");
  const StatementFact* s = r.statement("it would join the race");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Mark Tallen");
  EXPECT_EQ(r.statement("funding arm"), nullptr);
}

TEST(ExtractorTest, PromiseWithAnInfinitive) {
  Result r =
      run("Anna Berg vowed to rebuild the harbour before the winter.\n\n"
          "Peter Lund promised to the town a new school.");
  const StatementFact* s = r.statement("rebuild the harbour");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "to rebuild the harbour before the winter");
  EXPECT_EQ(r.speaker(s), "Anna Berg");
  EXPECT_EQ(r.statement("new school"), nullptr);  // "to the town" is a hearer, not a promise
}

TEST(ExtractorTest, ContinuesToInsistIsSpeech) {
  Result r =
      run("Anna Berg continues to insist that the harbour will reopen in May.\n\n"
          "Peter Lund would say that the harbour is finished.");
  EXPECT_EQ(r.speaker(r.statement("the harbour will reopen")), "Anna Berg");
  EXPECT_EQ(r.statement("the harbour is finished"), nullptr);  // hypothetical
}

TEST(ExtractorTest, UnknownNameAfterAnInvertedAttribution) {
  // Neither "Mark" nor "Sparrow" tells a name on its own; the verb before does.
  Result r =
      run("“It is a good little machine,” said Mark Sparrow, technical editor at a "
          "magazine.\n\n“The price is right,” said managing director Olaf Brenning.");
  EXPECT_EQ(r.speaker(r.statement("good little machine")), "Mark Sparrow");
  EXPECT_EQ(r.speaker(r.statement("The price is right")), "Olaf Brenning");
}

TEST(ExtractorTest, OneUnknownWordAfterTheVerbIsTheSpeakersName) {
  Result r =
      run("“The club wants him to stay,” said Brenning.\n\n“Sales rose,” said the firm's "
          "president and chief executive Bill Ostrander.");
  EXPECT_EQ(r.speaker(r.statement("The club wants him")), "Brenning");
  EXPECT_EQ(r.speaker(r.statement("Sales rose")), "Bill Ostrander");
}

TEST(ExtractorTest, NameOfOrganizationIsAPersonAndAnOrganization) {
  Result r = run("Prices will fall, explained Kazuhiro Tanabe of Osuna Securities Group.");
  EXPECT_EQ(r.speaker(r.statement("Prices will fall")), "Kazuhiro Tanabe");
}

TEST(ExtractorTest, AgeDescriptionStandsForThePersonJustNamed) {
  Result r =
      run("Lena Vos won the final in straight sets.\n\n“It was a hard match,” added the "
          "23-year-old.");
  const StatementFact* s = r.statement("It was a hard match");
  EXPECT_EQ(r.speaker(s), "Lena Vos");
  EXPECT_LT(s->confidence, 0.7);  // a guess, which --min-confidence 0.7 drops
}

// "The archbishop added", "the referee said": the description stands for
// the person with that title, not for the person named last; and an
// occupation opening a sentence is no part of the name after it.
TEST(ExtractorTest, ChurchAndSportDescriptionsStandForTheirTitledPerson) {
  Result r =
      run("Archbishop Desmond Temba called for the camp to close. Foreign Secretary Jack Strand "
          "told MPs that the talks had ended. The archbishop added: \u201cIt is utterly "
          "unacceptable.\u201d");
  EXPECT_EQ(r.speaker(r.statement("utterly unacceptable")), "Desmond Temba");
  // (With no one else of any role before it; "Referee" is not recorded as
  // Webbe's role, so a named minister would take the quotation.)
  Result ref = run(
      "Referee Howard Webbe sent off two players. \u201cI deal with the laws of the game,\u201d "
      "said the referee.");
  EXPECT_EQ(ref.speaker(ref.statement("laws of the game")), "Howard Webbe");
  for (const auto& e : ref.facts.entities) EXPECT_NE(e.name, "Referee Howard Webbe");
  // Nor is an age or a stage of life part of a name.
  Result teen =
      run("Teenager Sania Mirzal won the doubles at the Hyderabad Open. Mirzal said it was a big "
          "moment.");
  EXPECT_EQ(teen.speaker(teen.statement("a big moment")), "Sania Mirzal");
}

// A pronoun goes on with the pronoun before it when no name of that sex
// stands between; a name the rules pass over (a complement: "... was
// Vladimir Pekin") does not take the pronouns after it.
TEST(ExtractorTest, PronounsGoOnWithThePronounBefore) {
  Result r =
      run("Viktor Marko, 50, claims he has been betrayed. Mr Marko joined the agency in 1970. "
          "One of his fellow pupils at the school was Vladimir Pekin. In Moscow, he was posted to "
          "the 16th directorate. By 1980 he had risen to the rank of lieutenant.\n\n"
          "Through his teacher, he made an approach to the British. He spied for two years. He "
          "was given a false passport. But he says he will remain on hunger strike.");
  EXPECT_EQ(r.speaker(r.statement("remain on hunger strike")), "Viktor Marko");
}

// "came from Brian Gammer, vice-president of research at Gartner. He
// said": a person introduced with a description after the name is the new
// topic, though named in a prepositional phrase.
TEST(ExtractorTest, APersonIntroducedWithADescriptionIsThePronounsReferent) {
  Result r =
      run("The machine fell short, said Ian Fogh. \u201cIt is not quite ready,\u201d he said. "
          "One dissenting opinion came from Brian Gammer, vice-president of research at "
          "analysts Gartner. He said: \u201cI don't think it changes the world.\u201d");
  EXPECT_EQ(r.speaker(r.statement("changes the world")), "Brian Gammer");
}

// A subject pronoun opening a sentence goes on with the person who opened
// the sentence before, not with a name later in it.
TEST(ExtractorTest, ASubjectPronounGoesOnWithThePreviousSubject) {
  Result r =
      run("Club chief executive Peter Kenning has played down reports that Arjen Robbe will "
          "return for the match. \u201cHe has been responding well to treatment,\u201d he told "
          "the radio station.");
  EXPECT_EQ(r.speaker(r.statement("responding well")), "Peter Kenning");
}

// `“...,” Michael Lamberg, a Lufthansa spokesman told the BBC`: the
// description after the name is his, though its closing comma is lost.
TEST(ExtractorTest, AnAppositiveWithoutItsClosingCommaIsThePersons) {
  Result r =
      run("Flights were delayed.\n\n\u201cWe are looking at the options we have,\u201d Michael "
          "Lamberg, a Lufthansa spokesman told the BBC.");
  EXPECT_EQ(r.speaker(r.statement("options we have")), "Michael Lamberg");
}

// The previous sentence's subject after a description ("Conservative peer
// Lord Heseltine") or a fronted participle phrase ("Speaking in court, Mr
// Ebbers"), not a person in that phrase ("after Mr Brown had ...").
TEST(ExtractorTest, TheSubjectPastADescriptionOrAFrontedPhrase) {
  Result r =
      run("Conservative peer Lord Heseltane said that he and Lord Callagan became friends. "
          "\u201cYou do not get to the top unless you have determination,\u201d he said.\n\n"
          "Speaking in court, Mr Ebbs rejected claims he pressured Scott Sullivane. \u201cHe had a "
          "keen command of the numbers,\u201d he said.\n\n"
          "Speaking after Mr Browne had delivered the budget, Mr Kennedie acknowledged the growth. "
          "\u201cThe tax is unfair,\u201d he said.");
  EXPECT_EQ(r.speaker(r.statement("You do not get to the top")), "Lord Heseltane");
  EXPECT_EQ(r.speaker(r.statement("keen command")), "Ebbs");
  EXPECT_EQ(r.speaker(r.statement("The tax is unfair")), "Kennedie");
}

// `“...,” it said`: the body in subject position in the sentence before,
// not a later one named in its object.
TEST(ExtractorTest, ItIsTheBodyInSubjectPosition) {
  Result r = run(
      "Pills containing dinitrophenol, known as DNP, were sold online. DNP is toxic.\n\nThe Food "
      "Standards Agency warned people to stay away from products that contained DNP. \u201cWe "
      "advise the public not to take any tablets,\u201d "
      "it said in a statement.");
  EXPECT_EQ(r.speaker(r.statement("We advise the public")), "Food Standards Agency");
  // With no body in subject position there, the body that spoke in it goes on.
  Result chain = run(
      "T-Mobile said it has launched a phone. Reflecting demand, it announced it would introduce a "
      "tariff for people in the UK. It said it would double the number of its hotspots.");
  EXPECT_EQ(chain.speaker(chain.statement("double the number")), "T-Mobile");
  // So is "the company": the body in subject position, not one in an object.
  Result company = run(
      "IBM freed 500 patents on Tuesday. In the past, IBM has supported Linux, although critics "
      "have said this was done only to "
      "undermine Microsoft. The company said it wanted other firms to release patents.");
  EXPECT_EQ(company.speaker(company.statement("release patents")), "IBM");
  // The "it" of a passive names no one.
  Result passive =
      run("The EU made a deal with Turkey on Friday. It was agreed the issue can be tackled at a "
          "later date. It is estimated that 50% of users will be on broadband. The EU said it was "
          "not worried.");
  EXPECT_EQ(passive.statement("tackled at a later date"), nullptr);
  EXPECT_EQ(passive.statement("50% of users"), nullptr);
  EXPECT_EQ(passive.speaker(passive.statement("not worried")), "European Union");
}

TEST(ExtractorTest, AFailedAttributionStopsTheVoiceOfThePreviousParagraph) {
  Result r =
      run("“We played well,” said Lena Vos.\n\n“The crowd was loud,” said the tall "
          "ballboy.");
  const StatementFact* s = r.statement("The crowd was loud");
  EXPECT_TRUE(s == nullptr || r.speaker(s) != "Lena Vos");
}

TEST(ExtractorTest, DescriptionAttributingAQuotationIsThePersonLastNamedWithLowConfidence) {
  Result r =
      run("Tomas Ekberg scored twice in the second half.\n\n“We were unlucky in the first "
          "half,” said the striker.\n\nTomas Ekberg's coach said the striker would rest.");
  const StatementFact* s = r.statement("We were unlucky");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Tomas Ekberg");
  EXPECT_LT(s->confidence, 0.7);
}

TEST(ExtractorTest, QuotationAfterABackgroundSentenceKeepsTheVoiceOfTheParagraph) {
  // BBC style: reported speech, a sentence of background, then the speaker's
  // words, continued over collapsed paragraphs with an opening mark each.
  Result r =
      run("Ulla Brandt said the club might list its shares. Since 1995, clubs have seen "
          "their income soar. \"Television has been the driving force. \"We must "
          "monitor the quality of the product.\"\n\nThe club plays on Saturday.");
  EXPECT_EQ(r.speaker(r.statement("Television has been")), "Ulla Brandt");
  EXPECT_EQ(r.speaker(r.statement("We must monitor")), "Ulla Brandt");
}

TEST(ExtractorTest, QuotationInTheNextParagraphIsNotAFollowUp) {
  Result r =
      run("Ulla Brandt said the club might list its shares.\n\nSince 1995, clubs have "
          "seen their income soar. \"Television has been the driving force.\"");
  const StatementFact* s = r.statement("Television has been");
  EXPECT_TRUE(s == nullptr || r.speaker(s) != "Ulla Brandt");
}

TEST(ExtractorTest, LoneSurnameThatSpeaksIsAPersonForLaterPronouns) {
  Result r = run("Vardaman said the vote was close. He added that the count would resume.");
  EXPECT_EQ(r.speaker(r.statement("the count would resume")), "Vardaman");
}

TEST(ExtractorTest, NameAfterAfterIsTheSubjectOfItsClause) {
  Result r =
      run("The mayor left early, after Kellorn Industries announced it would close the "
          "plant.");
  EXPECT_EQ(r.speaker(r.statement("it would close the plant")), "Kellorn Industries");
}

TEST(ExtractorTest, ParticipleAfterTheMainClauseSharesItsSubject) {
  Result r =
      run("Early on Monday, Ines Halvorsen unloaded on her rival in a speech, accusing "
          "him of dishonesty.");
  EXPECT_EQ(r.speaker(r.statement("accusing him of dishonesty")), "Ines Halvorsen");
  Result r2 =
      run("Ines Halvorsen put off the decision but said the council could return to it "
          "later.");
  EXPECT_EQ(r2.speaker(r2.statement("the council could return")), "Ines Halvorsen");
}

TEST(ExtractorTest, PossessiveSubjectDoesNotLendItsOwnerAParticiple) {
  Result r =
      run("Ines Halvorsen spoke in Oslo. Her remarks signaled a shift in policy, "
          "highlighting diplomacy over intervention.");
  EXPECT_EQ(r.statement("highlighting diplomacy"), nullptr);
}

TEST(ExtractorTest, MiddleInitialAndPartyInParenthesesKeepTheSpeaker) {
  Result r =
      run("Rep. Lena Marsh (D-N.Y.), chairman of the caucus, said members will help.\n\n"
          "Tomas Z. Vrenik noted that the count was slow.");
  EXPECT_EQ(r.speaker(r.statement("members will help")), "Lena Marsh");
  EXPECT_EQ(r.speaker(r.statement("the count was slow")), "Tomas Z. Vrenik");
}

TEST(ExtractorTest, LoneSurnameWithADescriptionBetweenSpeaks) {
  Result r =
      run("The count ended late. Vardaman, a Republican, said she made her decision on "
          "the numbers.");
  EXPECT_EQ(r.speaker(r.statement("she made her decision")), "Vardaman");
}

TEST(ExtractorTest, AccordingToADescribedSourceNamesIt) {
  Result r =
      run("The mayor will resign in May, according to a Harbour party aide. The vote "
          "was lost, according to interviews with several friends of the mayor.");
  const StatementFact* s = r.statement("The mayor will resign");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Harbour party aide");
  EXPECT_TRUE(r.facts.entities[static_cast<size_t>(s->speaker)].affiliated);
  // No capital, no known name: a bare source, which the default build leaves out.
  const StatementFact* bare = r.statement("The vote was lost");
  ASSERT_NE(bare, nullptr);
  EXPECT_FALSE(r.facts.entities[static_cast<size_t>(bare->speaker)].affiliated);
}

TEST(ExtractorTest, PartyPluralsNameTheParties) {
  Result r = run("But Republicans said the bill would fail in the Senate.");
  const StatementFact* s = r.statement("the bill would fail");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Republican Party");
  EXPECT_EQ(r.speaker_type(s), EntityType::Organization);
}

TEST(ExtractorTest, WebLabelWordAfterAGivenNameIsASurname) {
  // "Read" is a page label ("Read more") at a run's edge, but not after a first name.
  Result r = run("Drugmaker chief executive Ian Read said the deal would close this year.");
  EXPECT_EQ(r.speaker(r.statement("the deal would close")), "Ian Read");
}

TEST(ExtractorTest, AsideSetOffByDashesBeforeOrAfterTheVerb) {
  Result r =
      run("Murphy \u2014 after a knock on wood \u2014 told me he had been lucky. "
          "A former governor -- Tom Arlen, who lost in 2008 -- said the plan was weak. "
          "Dana Price said \u2014 on her radio show, as it happens \u2014 that taxes would rise.");
  const StatementFact* lucky = r.statement("he had been lucky");
  EXPECT_EQ(r.speaker(lucky), "Murphy");
  ASSERT_NE(lucky, nullptr);
  EXPECT_EQ(lucky->text, "he had been lucky");
  EXPECT_EQ(r.speaker(r.statement("the plan was weak")), "Tom Arlen");
  const StatementFact* taxes = r.statement("taxes would rise");
  EXPECT_EQ(r.speaker(taxes), "Dana Price");
  ASSERT_NE(taxes, nullptr);
  EXPECT_EQ(taxes->text, "taxes would rise");
}

TEST(ExtractorTest, NamedListenerIsNotReportedContent) {
  Result r = run("Joyce told The Harbour Gazette on Tuesday he would not appeal.");
  const StatementFact* s = r.statement("he would not appeal");
  EXPECT_EQ(r.speaker(s), "Joyce");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "he would not appeal");
}

TEST(ExtractorTest, ReportedClauseEndsWhereTheSpeakerReportsAnew) {
  Result r =
      run("Linick said that he considers the matter closed, but he urged the ministry to "
          "review its archives. The museum, Mr. Bush said, celebrated its centenary.");
  const StatementFact* s = r.statement("he considers the matter closed");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "he considers the matter closed");
  EXPECT_NE(r.statement("the ministry to review its archives"), nullptr);
  // A parenthetical attribution is not a new report: the sentence around it is the statement.
  EXPECT_EQ(r.speaker(r.statement("celebrated its centenary")), "Bush");
}

TEST(ExtractorTest, TitleWordAfterACourtesyTitleIsASurname) {
  Result r =
      run("\"We will win the county,\" Mr. King said. Ms. Judge said she would stay in the city.");
  EXPECT_EQ(r.speaker(r.statement("We will win the county")), "King");
  EXPECT_EQ(r.speaker(r.statement("she would stay in the city")), "Judge");
}

TEST(ExtractorTest, AsAttributionReportsWhatFollows) {
  Result r =
      run("Workers can still be punished, and as Comey noted, people in the case could "
          "still face sanctions.");
  const StatementFact* s = r.statement("people in the case");
  EXPECT_EQ(r.speaker(s), "Comey");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "people in the case could still face sanctions");
  EXPECT_EQ(r.statement("Workers can still be punished"), nullptr);
}

TEST(ExtractorTest, NamedMemberOfASpeakingGroup) {
  Result r =
      run("Several candidates, including Donald Trump, said the United States should take "
          "fewer refugees.");
  const StatementFact* s = r.statement("should take fewer refugees");
  EXPECT_EQ(r.speaker(s), "Donald Trump");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "the United States should take fewer refugees");
}

TEST(ExtractorTest, InvertedSpeakerThroughAnOfficeAfterABody) {
  Result r =
      run("Clinton drew well from working-class voters in 2008, said Ohio State University "
          "professor Paul Beck.");
  EXPECT_EQ(r.speaker(r.statement("Clinton drew well")), "Paul Beck");
}

// A quotation that ends its sentence is not attributed by an inverted
// speaker far into the next sentence: there the name after a verb is some
// other clause's ("bid for Inter Milan striker Adriano", "insisted it had
// not distracted his focus"), and the quotation goes on from the last one.
TEST(ExtractorTest, NoInvertedSpeakerDeepInTheSentenceAfterAQuotation) {
  Result r = run(
      "\u201cIt could be I would be keen to leave,\u201d admitted the 28-year-old Marco Ferrante. "
      "He added: \u201cI am not in control of the situation.\u201d The fee could put the club off "
      "but Porto are keen as they are reported to be preparing a bid for Inter Milan striker Luis "
      "Adriano.\n\n"
      "\u201cI did not threaten anybody,\u201d said Pedro Vieira. \u201cThey played better than us "
      "and deserved to win.\u201d Gary Nevin admitted there had been incidents, but insisted it "
      "had "
      "not distracted his focus.");
  EXPECT_EQ(r.speaker(r.statement("not in control of the situation")), "Marco Ferrante");
  EXPECT_EQ(r.speaker(r.statement("deserved to win")), "Pedro Vieira");
}

// Lower-case modifiers among the role words ("deputy enforcement
// director", "chief financial officer") still lead to the person.
TEST(ExtractorTest, InvertedSpeakerThroughModifiedRoleWordsAfterABody) {
  Result r =
      run("\u201cWe will act,\u201d said SEC deputy enforcement director Linda Thomsen. "
          "\u201cThe figures are sound,\u201d said Acme chief financial officer John Smith.");
  EXPECT_EQ(r.speaker(r.statement("We will act")), "Linda Thomsen");
  EXPECT_EQ(r.speaker(r.statement("The figures are sound")), "John Smith");
  Result comma =
      run("\u201cThe evidence suggests the rises helped,\u201d said EEF chief economist, Steve "
          "Radlee.");
  EXPECT_EQ(comma.speaker(comma.statement("the rises helped")), "Steve Radlee");
}

TEST(ExtractorTest, PassiveQuestionIsTheAskers) {
  Result r =
      run("Dana Price was asked by host John Dickerson whether the plan would survive the vote. "
          "Asked by Matt Lauer about raising taxes next year, Price said she had no plan. "
          "She was asked by a reporter whether it mattered.");
  const StatementFact* q = r.statement("whether the plan would survive");
  EXPECT_EQ(r.speaker(q), "John Dickerson");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "whether the plan would survive the vote");
  // A fronted question ends at its comma; the answer is the answerer's.
  const StatementFact* f = r.statement("about raising taxes");
  EXPECT_EQ(r.speaker(f), "Matt Lauer");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->text, "about raising taxes next year");
  EXPECT_EQ(r.speaker(r.statement("she had no plan")), "Dana Price");
  // An unnamed asker gives the question to no one.
  EXPECT_EQ(r.statement("whether it mattered"), nullptr);
}

TEST(ExtractorTest, APersonWithARelativeClauseSpeaksWhateverTheClauseNames) {
  Result r =
      run("Mr Wilsen, who was also involved with the band New Ordar, as well as the Happy Mundays, "
          "said he would rather not appear in the film.");
  EXPECT_EQ(r.speaker(r.statement("rather not appear")), "Wilsen");
}

TEST(ExtractorTest, MrGoesWithASurnameNotAForename) {
  Result r = run(
      "The Tories have axed Howard Flite as a candidate. Mr Flite said he was shocked. At a news "
      "conference, Mr Howard insisted he had played by the party's rules.");
  EXPECT_EQ(r.speaker(r.statement("he was shocked")), "Howard Flite");
  EXPECT_NE(r.speaker(r.statement("played by the party's rules")), "Howard Flite");
}

TEST(ExtractorTest, ThePassiveOfAnAccusingVerbReportsNoOnesWords) {
  Result r = run(
      "Former boss Bernie Ebbs, who is accused of overseeing an $11bn fraud, never made accounting "
      "decisions. Reporters were told that the plan had failed. Dana Price urged the government "
      "to act.");
  EXPECT_EQ(r.statement("overseeing"), nullptr);
  EXPECT_EQ(r.statement("the plan had failed"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("the government to act")), "Dana Price");
}

TEST(ExtractorTest, SubjectPronounOpensTheReportAfterAPhrase) {
  Result r =
      run("Dana Price said after the convention she would not accept the offer. "
          "Price said in an interview the offer was generous.");
  const StatementFact* s = r.statement("she would not accept");
  EXPECT_EQ(r.speaker(s), "Dana Price");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "she would not accept the offer");
  // Without "that" or a subject pronoun the phrase may not end where it seems: nothing is guessed.
  EXPECT_EQ(r.statement("the offer was generous"), nullptr);
}

TEST(ExtractorTest, ByGerundTakesTheMainClauseSubject) {
  Result r =
      run("Jeff Zucker answered the complaint by saying that the network never pays "
          "candidates.");
  EXPECT_EQ(r.speaker(r.statement("the network never pays candidates")), "Jeff Zucker");
}

TEST(ExtractorTest, QuotedParagraphAfterAnIntroducingColon) {
  Result r =
      run("Dana Price spoke on Monday. Price continued:\n\n\"The health issue is a partisan "
          "issue, and the numbers show it.\"\n\nThe rally continued for hours.");
  const StatementFact* s = r.statement("The health issue is a partisan issue");
  EXPECT_EQ(r.speaker(s), "Dana Price");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, StatementKind::Direct);
  // "continued" only attributes quotations; it reports no clause of its own.
  EXPECT_EQ(r.statement("for hours"), nullptr);
}

TEST(ExtractorTest, CommonWordSurnameOpeningASentence) {
  Result r =
      run("Dana Price spoke on Monday. Price said the plan would cost too much. "
          "Price rises hit the poor hardest, the minister said.");
  EXPECT_EQ(r.speaker(r.statement("the plan would cost too much")), "Dana Price");
  for (const auto& e : r.facts.entities) {
    if (e.name == "Dana Price") {
      EXPECT_EQ(e.mentions.size(), 2u);  // not "Price rises"
    }
  }
}

TEST(ExtractorTest, UnquotedParagraphAfterAnIntroducingColon) {
  Result r =
      run("Dana Price spoke on Monday. Price added:\n\nIt is typical of the campaign. "
          "They know nothing.\n\nThe rally ended at noon.");
  const StatementFact* s = r.statement("It is typical of the campaign");
  EXPECT_EQ(r.speaker(s), "Dana Price");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "It is typical of the campaign. They know nothing");
  EXPECT_EQ(r.statement("The rally ended"), nullptr);
}

TEST(ExtractorTest, ClauseAfterSaidCommaWhenNothingPrecedes) {
  Result r =
      run("Rucker Culpepper, who runs the veterans effort, said, the senator has been "
          "disrespecting veterans for decades. Culpepper said, however, that he would wait.");
  EXPECT_EQ(r.speaker(r.statement("the senator has been disrespecting veterans")),
            "Rucker Culpepper");
  EXPECT_EQ(r.statement("however"), nullptr);
}

TEST(ExtractorTest, NamedSpeakersListedBeforeAll) {
  Result r =
      run("Sens. Jeff Merkley (D-Ore.) and Robert Menendez (D-N.J.) all suggested that "
          "the claims could be grounds for a fraud case.");
  EXPECT_EQ(r.speaker(r.statement("the claims could be grounds")), "Robert Menendez");
}

TEST(ExtractorTest, PossessiveNameOpeningASourceAffiliatesIt) {
  Result r = run("Connecticut\u2019s tax officials say an internal review found no leak.");
  const StatementFact* s = r.statement("an internal review found no leak");
  ASSERT_NE(s, nullptr);
  ASSERT_GE(s->speaker, 0);
  EXPECT_TRUE(r.facts.entities[static_cast<size_t>(s->speaker)].affiliated);
}

TEST(ExtractorTest, SpeechVerbInATitleCaseHeadline) {
  core::Document doc;
  doc.id = "t";
  doc.text =
      "Tax Plan Would Hurt Small Farms, Lindsey Graham Says\n\nThe senator spoke on Monday. "
      "The United States Post Office closed.";
  Result r{extract_article(doc, lexicons())};
  EXPECT_EQ(r.speaker(r.statement("Tax Plan Would Hurt Small Farms")), "Lindsey Graham");
  // In body text a capitalized verb form is still part of a name.
  EXPECT_EQ(r.statement("Office closed"), nullptr);
}

TEST(ExtractorTest, TheyStandsForAGroupOrPairNamedAsSubject) {
  Result r =
      run("Ann Dorsey and Peter Fenton met on Tuesday. “We will not back down,” they said.\n\n"
          "The Harbor Authority raised fees last year. “Costs have gone up,” they said.");
  const std::string pair = r.speaker(r.statement("We will not back down"));
  EXPECT_TRUE(pair == "Ann Dorsey" || pair == "Peter Fenton") << pair;
  EXPECT_EQ(r.speaker(r.statement("Costs have gone up")), "Harbor Authority");
}

TEST(ExtractorTest, TheyIsNotABodyNamedAsObject) {
  Result r =
      run("The mayor urged the Harbor Authority to cut fees. Residents protested. "
          "“This is unfair,” they said.");
  const StatementFact* s = r.statement("This is unfair");
  EXPECT_TRUE(s == nullptr || s->speaker < 0) << r.speaker(s);
}

TEST(ExtractorTest, AndBetweenNamesIsNoPartOfTheSecondTitle) {
  Result r =
      run("Ann Dorsey and Senator Bill Crane met on Tuesday. Minister for Trade and "
          "Industry Bo Park spoke later.");
  for (const auto& e : r.facts.entities) {
    if (e.name == "Bill Crane") {
      ASSERT_EQ(e.roles.size(), 1u);
      EXPECT_EQ(e.roles[0].title, "Senator");
    } else if (e.name == "Bo Park") {
      ASSERT_EQ(e.roles.size(), 1u);
      EXPECT_EQ(e.roles[0].title, "Minister for Trade and Industry");
    } else if (e.name == "Ann Dorsey") {
      EXPECT_TRUE(e.roles.empty());
    }
  }
}

TEST(ExtractorTest, AbbreviatedTitleNamesTheFullOffice) {
  Result r =
      run("Gen Pervez Musharraf met Sen. Bill Crane on Tuesday. Gen Musharraf said the talks "
          "went well. Senator Bill Crane agreed.");
  int people = 0;
  for (const auto& e : r.facts.entities) {
    if (e.type != EntityType::Person) continue;
    ++people;
    if (e.name == "Pervez Musharraf") {
      ASSERT_EQ(e.roles.size(), 1u);
      EXPECT_EQ(e.roles[0].title, "General");
    } else {
      EXPECT_EQ(e.name, "Bill Crane");
      ASSERT_EQ(e.roles.size(), 1u);  // "Sen." and "Senator" are one office
      EXPECT_EQ(e.roles[0].title, "Senator");
    }
  }
  EXPECT_EQ(people, 2);
  EXPECT_EQ(r.speaker(r.statement("the talks went well")), "Pervez Musharraf");
}

TEST(ExtractorTest, OfficeDescriptionSkipsSomeoneHoldingAnotherOffice) {
  Result r =
      run("Sen. Bill Crane met voters on Tuesday.\n\nThe mayor urged the Harbor Authority "
          "to cut fees.\n\nThe senator urged the council to act.");
  const StatementFact* s = r.statement("to cut fees");
  EXPECT_TRUE(s == nullptr || s->speaker < 0) << r.speaker(s);
  EXPECT_EQ(r.speaker(r.statement("urged the council to act")), "Bill Crane");
}

TEST(ExtractorTest, NounPhraseReportEndsAtAClauseComma) {
  Result r =
      run("Dana Price denounced the annexation in an interview, which the network later aired. "
          "Dana Price rejects troop support, Nato membership for Ukraine.");
  const StatementFact* s = r.statement("the annexation");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "denounced the annexation in an interview");
  // A comma that goes on listing names is no clause boundary.
  EXPECT_NE(r.statement("Nato membership for Ukraine"), nullptr);
}

TEST(ExtractorTest, ReportedClauseEndsWhereADescribedSubjectReports) {
  Result r =
      run("Dana Price said the reforms were not complete, and human rights groups warned "
          "that the leverage was lost.");
  const StatementFact* s = r.statement("the reforms were not complete");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "the reforms were not complete");
}

TEST(ExtractorTest, PluralPossessiveInsideAnAppositive) {
  Result r =
      run("Ann Lee, who runs the effort for veterans' families, said, “The plan has failed "
          "our veterans.”");
  EXPECT_EQ(r.speaker(r.statement("The plan has failed")), "Ann Lee");
}

TEST(ExtractorTest, ApproximateNumberOpensTheReportedClause) {
  Result r = run("Terry Vance has said about 20 people have shown an interest in the seat.");
  const StatementFact* s = r.statement("20 people");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "about 20 people have shown an interest in the seat");
}

TEST(ExtractorTest, ByGerundSubjectAfterATitle) {
  Result r =
      run("President Dana Price responded to a veteran on Wednesday by saying her plan was "
          "misunderstood.");
  EXPECT_EQ(r.speaker(r.statement("her plan was misunderstood")), "Dana Price");
}

TEST(ExtractorTest, PluralNounIsNoSpeechVerbAfterASubordinator) {
  Result r =
      run("Ann Wilcox spoke.\n\nIf states fail to act, the Justice Department can step in, "
          "Wilcox said.");
  EXPECT_EQ(r.speaker(r.statement("the Justice Department can step in")), "Ann Wilcox");
}

TEST(ExtractorTest, ButAndASecondVerbEndTheReportedClause) {
  Result r = run("Dana Price says she respects the plan but argues that it cannot pass.");
  const StatementFact* s = r.statement("she respects the plan");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "she respects the plan");
  EXPECT_EQ(r.speaker(r.statement("it cannot pass")), "Dana Price");
}

TEST(ExtractorTest, ConnectiveBetweenCommasBeforeTheVerb) {
  Result r = run("Dana Price, however, says that the plan cannot pass.");
  EXPECT_EQ(r.speaker(r.statement("the plan cannot pass")), "Dana Price");
}

TEST(ExtractorTest, RelativePronounSpeaksForTheNameBeforeIt) {
  Result r =
      run("Obama met Mitch McConnell, now the majority leader, who in 2010 said the goal was "
          "to win.\n\nThe issue grew, with Hillary Clinton — who has called for higher taxes "
          "on the rich — attacking the plan.");
  EXPECT_EQ(r.speaker(r.statement("the goal was to win")), "Mitch McConnell");
  EXPECT_EQ(r.speaker(r.statement("higher taxes on the rich")), "Hillary Clinton");
}

TEST(ExtractorTest, NounPhraseVerbClosingAQuotationAttributesIt) {
  Result r =
      run("“We will vote no,” Ann Tester said.\n\n“Why is this bank not too big to fail?” "
          "Dana Vitter demanded.");
  EXPECT_EQ(r.speaker(r.statement("too big to fail")), "Dana Vitter");
}

TEST(ExtractorTest, SheAndHePassOverPeopleOfTheOtherSex) {
  Result r =
      run("Jennifer Alvarez said Donald Weller is out of touch because he cannot defend his "
          "record. “He never answers the question,” she said.\n\n"
          "Mr. Dunmore arrived late. Kate Ring, his aide, said nothing. “We are ready,” he said.");
  EXPECT_EQ(r.speaker(r.statement("He never answers the question")), "Jennifer Alvarez");
  EXPECT_EQ(r.speaker(r.statement("We are ready")), "Dunmore");
}

TEST(ExtractorTest, PronounWithNoOneOfItsSexNamedStaysUnresolved) {
  Result r = run("Donald Weller spoke to the crowd. “I was so happy,” she said.");
  const StatementFact* s = r.statement("I was so happy");
  EXPECT_TRUE(s == nullptr || s->speaker < 0) << r.speaker(s);
}

TEST(ExtractorTest, UnknownNameAfterTheThatSpeaksIsABody) {
  Result r =
      run("The Northern Ferry Guild has twice complained that the fares were too low.\n\n"
          "The U.S. Lighthouse Survey said it found no fault.");
  const StatementFact* s = r.statement("the fares were too low");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Northern Ferry Guild");
  EXPECT_EQ(r.speaker_type(s), EntityType::Organization);
  const StatementFact* t = r.statement("it found no fault");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(r.speaker(t), "U.S. Lighthouse Survey");
  EXPECT_EQ(r.speaker_type(t), EntityType::Organization);
  // A title keeps the person: "the Rev. X said" is not a body.
  Result p = run("The Rev. Amos Whitlock said the church would stay open.");
  EXPECT_EQ(p.speaker(p.statement("the church would stay open")), "Amos Whitlock");
}

TEST(ExtractorTest, FrontedTimePhraseBeforeTheSubjectOfAParticiple) {
  Result r =
      run("Dana Price lost the vote. A few days later, Ann Wilcox reversed herself again, "
          "telling reporters that the plan was dead.");
  EXPECT_EQ(r.speaker(r.statement("the plan was dead")), "Ann Wilcox");
}

TEST(ExtractorTest, SupportersOfANamedPersonAreAGroupTheirAidesSpeakForThem) {
  Result r =
      run("Ann Wilcox spoke in Ames.\n\nWilcox supporters said the race was far from over. "
          "Wilcox aides said the campaign had enough money.");
  const StatementFact* s = r.statement("the race was far from over");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker_type(s), EntityType::UnnamedSource);
  EXPECT_EQ(r.speaker(s), "Wilcox supporters");
  EXPECT_TRUE(r.facts.entities[static_cast<size_t>(s->speaker)].affiliated);
  EXPECT_EQ(r.speaker(r.statement("the campaign had enough money")), "Ann Wilcox");
}

TEST(ExtractorTest, ContractedHasAfterAPronounIsNoPossessive) {
  Result r = run("Ann Wilcox spoke in Ames. She’s argued that the plan is wrong.");
  EXPECT_EQ(r.speaker(r.statement("the plan is wrong")), "Ann Wilcox");
}

TEST(ExtractorTest, AReportInsideAFrontedClauseEndsAtItsComma) {
  Result r = run("While Ann Wilcox has said she backs the plan, she voted against it.");
  const StatementFact* s = r.statement("she backs the plan");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "she backs the plan");
}

TEST(ExtractorTest, CommissionOnSomethingIsOneBody) {
  Result r = run("The nonpartisan Commission on Harbor Safety says the pier was unsafe.");
  const StatementFact* s = r.statement("the pier was unsafe");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Commission on Harbor Safety");
  EXPECT_EQ(r.speaker_type(s), EntityType::Organization);
}

TEST(ExtractorTest, ATimePhraseThenAClauseWithItsOwnVerb) {
  Result r =
      run("Ann Wilcox said on Monday the bill would pass. Dana Vitter said Thursday's "
          "speeches have changed her mind. Bo Park said on Monday in the capital.");
  EXPECT_EQ(r.speaker(r.statement("the bill would pass")), "Ann Wilcox");
  const StatementFact* s = r.statement("speeches have changed her mind");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "Thursday's speeches have changed her mind");
  EXPECT_EQ(r.statement("in the capital"), nullptr);  // a place, no clause
}

TEST(ExtractorTest, AParticipleAfterATextSpeaksForItsAuthor) {
  Result r =
      run("Ann Wilcox posted a series of tweets early Friday saying that the vote was "
          "rigged.\n\nDana Vitter shared a Donald Weller tweet attacking the mayor.");
  EXPECT_EQ(r.speaker(r.statement("the vote was rigged")), "Ann Wilcox");
  const StatementFact* s = r.statement("attacking the mayor");
  EXPECT_TRUE(s == nullptr || r.speaker(s) != "Dana Vitter") << r.speaker(s);
}

TEST(ExtractorTest, ASpeechNounOwnedByASpeakerReportsWhatFollowsItsLink) {
  Result r =
      run("Reporters checked Donald Weller’s claim that the bridge had cost twice the "
          "budget.\n\nAnn Wilcox repeated her promise to cut the harbor fees next year.");
  const StatementFact* s = r.statement("the bridge had cost twice the budget");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "the bridge had cost twice the budget");
  EXPECT_EQ(r.speaker(s), "Donald Weller");
  EXPECT_LT(s->confidence, 0.8);
  const StatementFact* t = r.statement("to cut the harbor fees");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(r.speaker(t), "Ann Wilcox");
  // No owner that speaks, or no link: nothing.
  Result n = run("The city's claim was dismissed. Donald Weller’s claim surprised the council.");
  EXPECT_TRUE(n.facts.statements.empty());
}

TEST(ExtractorTest, ANounPhraseReportEndsBeforeTheSentenceVerb) {
  Result r =
      run("Donald Weller’s comments Tuesday on the harbor fees were criticized by the mayor.");
  const StatementFact* s = r.statement("the harbor fees");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "the harbor fees");
}

TEST(ExtractorTest, PutItAndChargesThatReport) {
  Result r =
      run("As Ann Wilcox put it, the town has no money left. Donald Weller charges that "
          "the council hid the losses. Dana Vitter put it on the table.");
  EXPECT_EQ(r.speaker(r.statement("the town has no money left")), "Ann Wilcox");
  EXPECT_EQ(r.speaker(r.statement("the council hid the losses")), "Donald Weller");
  EXPECT_EQ(r.statement("on the table"), nullptr);
}

TEST(ExtractorTest, ADayBetweenThePartsOfAPhrasalVerb) {
  Result r = run("Attorney General Ann Wilcox called Friday for releasing the police videos.");
  EXPECT_EQ(r.speaker(r.statement("releasing the police videos")), "Ann Wilcox");
}

TEST(ExtractorTest, ANounPhraseReportGoesOnPastIncludingAndAnAsideBeforeItsComplement) {
  Result r =
      run("Ann Wilcox discussed the new polls, including ones showing her ahead. Donald Weller "
          "accused Dana Vitter, who chairs the board, of hiding the losses. Ann Wilcox "
          "denounced the fees, which rose again.");
  const StatementFact* s = r.statement("discussed the new polls");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "discussed the new polls, including ones showing her ahead");
  const StatementFact* t = r.statement("accused Dana Vitter");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->text, "accused Dana Vitter, who chairs the board, of hiding the losses");
  const StatementFact* u = r.statement("denounced the fees");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->text, "denounced the fees");
}

TEST(ExtractorTest, AParentheticalAttributionWithAQuotationLaterInTheSentence) {
  Result r =
      run("Acts of protest, Ann Wilcox said, are acts of patriotism, like wearing a shirt "
          "with the words “I can't breathe.”");
  const StatementFact* s = r.statement("are acts of patriotism");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Ann Wilcox");
  EXPECT_EQ(s->text.rfind("Acts of protest", 0), 0u) << s->text;
}

TEST(ExtractorTest, AReportInsideAFreeRelativeEndsWithIt) {
  Result r =
      run("The gap between what Donald Weller says his fee plan would do, and what it would "
          "actually do, began a year ago.");
  const StatementFact* s = r.statement("his fee plan would do");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "his fee plan would do");
}

TEST(ExtractorTest, ADescribedSourceWithAModifierBeforeTheVerb) {
  Result r =
      run("Experts on North Korea and arms control said the test could change that. "
          "A spokeswoman for the House Harbor Committee said the hearing was delayed. "
          "Observers in Virginia say the governor deserves the seat.");
  const StatementFact* s = r.statement("the test could change that");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker_type(s), EntityType::UnnamedSource);
  EXPECT_EQ(r.speaker(s), "experts on North Korea and arms control");
  EXPECT_TRUE(r.facts.entities[static_cast<size_t>(s->speaker)].affiliated);
  EXPECT_EQ(r.speaker(r.statement("the hearing was delayed")), "House Harbor Committee");
  const StatementFact* t = r.statement("the governor deserves the seat");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(r.speaker_type(t), EntityType::UnnamedSource);  // not a person called Virginia
}

TEST(ExtractorTest, TheRunRuleLeavesNounsObjectsAndAcronymsAlone) {
  // "report" and "states" are nouns here; the run after "presents" is an object.
  Result r =
      run("But the Weller report said the fees were too high. The eight central European "
          "states which joined the union will grow. Ann Wilcox, who presents The Harbor "
          "Hour tells viewers that she is leaving.");
  for (const auto& e : r.facts.entities) {
    if (e.type != EntityType::Organization) continue;
    EXPECT_NE(e.name, "Weller") << "an organization from 'the Weller report said'";
    EXPECT_NE(e.name, "European") << "an organization from 'European states'";
    EXPECT_NE(e.name, "Harbor Hour") << "an organization from an object";
  }
  // A passive reports nothing its subject said.
  Result p = run("The Harbor Hour was declared the best programme of the year.");
  for (const auto& e : p.facts.entities) EXPECT_NE(e.type, EntityType::Organization) << e.name;
  // An acronym after "the" binds to its expansion.
  Result a =
      run("The Harbor Workers Congress (HWC) met on Monday. The HWC said the fees were too "
          "high.");
  EXPECT_EQ(a.speaker(a.statement("the fees were too high")), "Harbor Workers Congress");
}

TEST(ExtractorTest, AVerbBeforeAColonIntroducesTheNextQuotation) {
  Result r =
      run("Dana Vitter, the union's deputy leader, said: “We want talks. There is a "
          "sensible way.” “The ballot was for one day.” The Harbor Board said: “This is a "
          "national dispute.”");
  EXPECT_EQ(r.speaker(r.statement("This is a national dispute")), "Harbor Board");
  const StatementFact* s = r.statement("The ballot was for one day");
  EXPECT_TRUE(s == nullptr || r.speaker(s) != "Harbor Board") << r.speaker(s);
}

TEST(ExtractorTest, ACommaAndAsAfterTheObjectOpenAClauseOfTheirOwn) {
  Result r =
      run("Ann Wilcox called on the council to cut fees, as the old fees had driven boats "
          "away.");
  const StatementFact* s = r.statement("called on the council");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "called on the council to cut fees");
}

TEST(ExtractorTest, ABodyNamedWithOfOrOnBeforeAPersonsTitleAndName) {
  Result r =
      run("The talks failed, said Council on Harbor Relations President Richard Haass. The "
          "fees rose, said Council of Harbor Advisers Chairman Jason Furman.");
  const StatementFact* s = r.statement("The talks failed");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Richard Haass");
  EXPECT_EQ(r.speaker(r.statement("The fees rose")), "Jason Furman");
  int bodies = 0;
  for (const auto& e : r.facts.entities)
    if (e.type == EntityType::Organization)
      bodies += e.name == "Council on Harbor Relations" || e.name == "Council of Harbor Advisers";
  EXPECT_EQ(bodies, 2);
}

TEST(ExtractorTest, AParticipleAfterAPrepositionOrADashTakesTheMainSubject) {
  Result r =
      run("Ann Wilcox told the council on Monday after hinting that the fees would rise. "
          "Donald Weller changed his vote on the spot – saying he was rooting for the port.");
  EXPECT_EQ(r.speaker(r.statement("the fees would rise")), "Ann Wilcox");
  EXPECT_EQ(r.speaker(r.statement("he was rooting for the port")), "Donald Weller");
}

TEST(ExtractorTest, AnAppositiveNameWithAStateBeforeItsTitle) {
  Result r =
      run("Her Democratic opponent, Vermont Sen. Donald Weller, also praised the harbor plan.");
  EXPECT_EQ(r.speaker(r.statement("praised the harbor plan")), "Donald Weller");
}

// Heap use after free (issue 14): every event phrase adds a mention, and the
// mention list may reallocate; the event pass kept pointers into it for the
// phrases still to come. Twenty anchored events in a row cross a growth of
// the list. The ASan build fails here if anything points into the old one.
TEST(ExtractorTest, ManyEventPhrasesAnchoredToNamesKeepTheirAnchors) {
  const char* countries[] = {"Norway",  "Sweden",    "Denmark", "Finland",  "Iceland", "Germany",
                             "France",  "Spain",     "Italy",   "Portugal", "Greece",  "Poland",
                             "Austria", "Hungary",   "Romania", "Bulgaria", "Croatia", "Estonia",
                             "Latvia",  "Lithuania", "Ireland", "Belgium"};
  const size_t n = std::size(countries);
  std::string body;
  for (size_t i = 0; i < n; ++i)
    body += std::string(countries[i]) + "’s summit with " + countries[(i + 1) % n] +
            " ended on Friday. ";
  Result r = run(body);
  std::vector<std::string> events;
  for (const auto& e : r.facts.entities)
    if (e.type == EntityType::Event) events.push_back(e.name);
  ASSERT_EQ(events.size(), n);
  for (size_t i = 0; i < n; ++i)
    EXPECT_EQ(events[i], std::string(countries[i]) + "’s summit with " + countries[(i + 1) % n]);
}

// Issue 14: a sentence of hundreds of words carries each fact's evidence as
// a window of the sentence around the fact, not the whole sentence (which
// every fact repeated in the graph).
TEST(ExtractorTest, EvidenceInALongSentenceIsAWindowAroundTheFact) {
  std::string filler;
  for (int i = 0; i < 120; ++i) filler += "internationalization ";
  Result r = run("In " + filler + "Anna Berg said the harbor talks would resume soon, in " +
                 filler + "ways.");
  const StatementFact* s = r.statement("the harbor talks would resume");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Anna Berg");
  EXPECT_TRUE(s->sentence.contains(s->span));
  EXPECT_LE(s->span.begin - s->sentence.begin, 600u);
  EXPECT_LE(s->sentence.end - s->span.end, 600u);
  EXPECT_GT(s->sentence.size(), 1000u);  // still context, cut at word boundaries:
  const std::string text = "Headline\n\nIn " + filler;
  EXPECT_EQ(text[s->sentence.begin - 1], ' ');

  Result m = run("In " + filler + "Anna Berg met Peter Lund in " + filler + "ways.");
  ASSERT_EQ(m.facts.meetings.size(), 1u);
  EXPECT_LE(m.facts.meetings[0].evidence.size(), 1200u + 3);
}

// Issue 14: 100 KB of clauses with no full stop (a run-on page) is read in
// bounded pieces; what is said at its end is still found, with its speaker.
TEST(ExtractorTest, ARunOnTextWithoutFullStopsIsStillRead) {
  std::string body;
  for (int i = 0; i < 1500; ++i) body += "the harbor fees went up again, and ";
  body += "Anna Berg said the ferry would stop running";
  Result r = run(body);
  const StatementFact* s = r.statement("the ferry would stop running");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Anna Berg");
  EXPECT_LE(s->sentence.size(), 8192u);
}

// One body spelt three ways, each one letter off another ("Contact",
// "Contract", "Contacts"): one organization, every spelling an alias, and
// its statements all on it, whichever spelling spoke.
TEST(ExtractorTest, OrganizationsOneLetterApartAreOne) {
  Result r =
      run("The Nordic Harbour Contract Group said the fees would rise next year. "
          "The Nordic Harbour Contact Group met in Oslo. "
          "The Nordic Harbour Contacts Group said the ferries would stop in May.");
  int groups = 0;
  for (const auto& e : r.facts.entities) {
    if (e.type != EntityType::Organization || e.name.find("Harbour") == std::string::npos) continue;
    ++groups;
    EXPECT_EQ(e.name, "Nordic Harbour Contact Group");
    EXPECT_EQ(e.aliases, (std::vector<std::string>{"Nordic Harbour Contacts Group",
                                                   "Nordic Harbour Contract Group"}));
    EXPECT_EQ(e.mentions.size(), 3u);
  }
  EXPECT_EQ(groups, 1);
  EXPECT_EQ(r.speaker(r.statement("the fees would rise")), "Nordic Harbour Contact Group");
  EXPECT_EQ(r.speaker(r.statement("the ferries would stop")), "Nordic Harbour Contact Group");
}

// ---------------------------------------------------------------- limits (issue 14)

ArticleFacts run_limited(const std::string& body, const ExtractLimits& limits) {
  core::Document doc;
  doc.id = "big";
  doc.source = "feeds/big.txt";
  doc.format = "text";
  doc.text = "Headline\n\n" + body;
  return extract_article(doc, lexicons(), limits);
}

const char* kThreeParagraphs =
    "Anna Berg said the harbor fees would rise.\n\n"
    "Peter Lund said the ferry would stop in May.\n\n"
    "Maria Olsen said the bridge would open in June.";

bool said(const ArticleFacts& f, const std::string& needle) {
  for (const auto& s : f.statements)
    if (s.text.find(needle) != std::string::npos) return true;
  return false;
}

TEST(ExtractLimitsTest, AnArticleOverTheSizeLimitIsReadUpToAParagraphEnd) {
  ExtractLimits limits;
  limits.max_article_bytes = 110;  // the third paragraph ends past it
  ArticleFacts f = run_limited(kThreeParagraphs, limits);
  EXPECT_TRUE(said(f, "the harbor fees would rise"));
  EXPECT_TRUE(said(f, "the ferry would stop in May"));
  EXPECT_FALSE(said(f, "the bridge would open"));
  EXPECT_EQ(f.bytes_read, 98u);  // "Headline\n\n" + two paragraphs, without the line break
  ASSERT_FALSE(f.warnings.empty());
  EXPECT_EQ(f.warnings[0].to_string(),
            "feeds/big.txt: the article is 147 bytes, over the limit of 110 bytes; facts read "
            "from its first 98 bytes, cut at a paragraph end");
}

TEST(ExtractLimitsTest, OneLongParagraphIsCutAtASentenceEnd) {
  ExtractLimits limits;
  limits.max_article_bytes = 70;
  ArticleFacts f = run_limited(
      "Anna Berg said the fees would rise. Peter Lund said the ferry would stop.", limits);
  EXPECT_TRUE(said(f, "the fees would rise"));
  EXPECT_FALSE(said(f, "the ferry"));
  ASSERT_FALSE(f.warnings.empty());
  EXPECT_NE(f.warnings[0].message.find("cut at a sentence end"), std::string::npos)
      << f.warnings[0].message;
}

TEST(ExtractLimitsTest, OverALimitTheArticleCanBeSkipped) {
  ExtractLimits limits;
  limits.max_article_bytes = 110;
  limits.truncate = false;
  ArticleFacts f = run_limited(kThreeParagraphs, limits);
  EXPECT_TRUE(f.statements.empty());
  EXPECT_TRUE(f.entities.empty());
  EXPECT_EQ(f.bytes_read, 0u);
  ASSERT_EQ(f.warnings.size(), 1u);
  EXPECT_EQ(f.warnings[0].to_string(),
            "feeds/big.txt: the article is 147 bytes, over the limit of 110 bytes; skipped");
}

TEST(ExtractLimitsTest, OverTheWorkBudgetTheArticleIsReadInPartTheSameWayEveryTime) {
  std::string body;
  for (int i = 0; i < 40; ++i)
    body += "Anna Berg said the harbor fees would rise by " + std::to_string(i) + " percent.\n\n";
  const uint64_t whole = run_limited(body, {}).work_units;
  ExtractLimits limits;
  limits.max_work_units = whole / 3;
  ArticleFacts f = run_limited(body, limits);
  ASSERT_FALSE(f.warnings.empty());
  EXPECT_NE(f.warnings[0].to_string().find("feeds/big.txt: reading it took over "),
            std::string::npos)
      << f.warnings[0].to_string();
  EXPECT_NE(f.warnings[0].message.find("cut at a paragraph end"), std::string::npos);
  EXPECT_TRUE(said(f, "rise by 0 percent"));
  EXPECT_FALSE(said(f, "rise by 39 percent"));
  EXPECT_LT(f.bytes_read, body.size() / 2);
  EXPECT_LE(f.work_units, limits.max_work_units + 200);  // overrun: one step at most
  // Counted, not timed: the same facts on every run.
  ArticleFacts g = run_limited(body, limits);
  EXPECT_EQ(g.bytes_read, f.bytes_read);
  EXPECT_EQ(g.statements.size(), f.statements.size());
  EXPECT_EQ(g.work_units, f.work_units);
}

TEST(ExtractLimitsTest, WithinTheLimitsTheWholeArticleIsRead) {
  ArticleFacts f = run_limited(kThreeParagraphs, {});
  EXPECT_TRUE(said(f, "the bridge would open"));
  EXPECT_EQ(f.bytes_read, 147u);
  EXPECT_GT(f.work_units, 0u);
  EXPECT_TRUE(f.warnings.empty());
}

// honorifics.tsv: after "Sir"/"Dame" a lone name is the forename of the
// full name given before; after "Lord"/"Lady" the title is part of a name
// that is someone else than the bare surname.
TEST(HonorificTest, SirAndAForenameIsTheKnightNamedBefore) {
  Result r =
      run("Sir Alden Marwick, the chancellor, opened the session on Monday.\n\n"
          "\u201cWe will balance the budget,\u201d Sir Alden said.");
  const StatementFact* s = r.statement("balance the budget");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Alden Marwick");
  for (const auto& e : r.facts.entities) EXPECT_NE(e.name, "Alden") << "a second person";
}

TEST(HonorificTest, APeersTitleIsPartOfTheNameAndNotTheSurnamesOwner) {
  Result r =
      run("Tomas Ferrand, the party leader, praised the plan.\n\n"
          "\u201cIt is a fine day,\u201d Lady Ferrand said. Lord Oskew said he agreed.");
  const StatementFact* s = r.statement("a fine day");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Lady Ferrand");
  bool lord = false;
  for (const auto& e : r.facts.entities) lord = lord || e.name == "Lord Oskew";
  EXPECT_TRUE(lord);
}

// Mention types from the trained tagger: a multi-word name it reads as a
// company is an organization, one it reads as a place is no person.
TEST(TaggerTypingTest, ACompanyTheLexiconsDoNotKnowIsAnOrganization) {
  // The rules alone made "Holtzer Boerse" a person and missed "Merrow Brothers".
  Result r =
      run("Shares in Merrow Brothers rose 3% on Wall Street after Merrow Brothers reported "
          "higher profits.\n\nThe deal values Holtzer Boerse at $2bn. Holtzer Boerse "
          "shares fell 4% in Frankfurt trading.");
  for (const char* name : {"Merrow Brothers", "Holtzer Boerse"}) {
    bool org = false, person = false;
    for (const auto& e : r.facts.entities) {
      if (e.name != name) continue;
      org = org || e.type == EntityType::Organization;
      person = person || e.type == EntityType::Person;
    }
    EXPECT_TRUE(org) << name;
    EXPECT_FALSE(person) << name;
  }
}

TEST(TaggerTypingTest, APlaceIsAPlaceNotAPersonOrABody) {
  // The rules alone made "Port Harlow Bay" a person.
  Result r =
      run("The ship left Port Harlow Bay on Monday. Crowds gathered at Port Harlow Bay to "
          "see it go.");
  bool place = false;
  for (const auto& e : r.facts.entities) {
    if (e.name != "Port Harlow Bay") continue;
    place = place || e.type == EntityType::Place;
    EXPECT_NE(e.type, EntityType::Person);
    EXPECT_NE(e.type, EntityType::Organization);
  }
  EXPECT_TRUE(place);
}

TEST(TaggerTypingTest, AnAppositiveKeepsAPersonWhateverTheTaggerSays) {
  Result r = run("Tomas Ferrand, the party leader, praised the plan.");
  bool person = false;
  for (const auto& e : r.facts.entities)
    person = person || (e.name == "Tomas Ferrand" && e.type == EntityType::Person);
  EXPECT_TRUE(person);
}

// Quotation-only verbs ("shared", "continued") attribute a quotation they
// stand next to, never with an object or in the passive.
TEST(QuoteVerbTest, SharedAttributesTheQuotationItFollows) {
  Result r =
      run("Tomas Ferrand and Ida Lunde met fans on Sunday.\n\n"
          "“I like to see it from the fans’ side,” Ferrand shared.");
  const StatementFact* s = r.statement("I like to see it");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Tomas Ferrand");
}

TEST(QuoteVerbTest, AQuotationVerbWithAnObjectOrAnAgentAttributesNothing) {
  Result r =
      run("Ida Lunde spoke first. “We must have a fine chance,” she said. “We will see.” "
          "It is a view shared by Tomas Ferrand, who drove. He shared the driving with "
          "Karl Berg.");
  for (const auto& s : r.facts.statements) EXPECT_EQ(r.speaker(&s), "Ida Lunde") << s.text;
  EXPECT_NE(r.statement("We will see"), nullptr);
}

// corpus/GOLD.md: a joint speech act gives one statement per named speaker;
// an organ of a state after a demonym speaks as the country.
std::multiset<std::string> speakers_of(const Result& r, const std::string& needle) {
  std::multiset<std::string> out;
  for (const auto& s : r.facts.statements)
    if (s.text.find(needle) != std::string::npos) out.insert(r.speaker(&s));
  return out;
}

TEST(JointSpeakerTest, EachNamedPartyOfAJointSubjectSaidIt) {
  Result r =
      run("Karl Lund and Ida Berg said the talks had failed. Norway, Sweden and Finland "
          "have warned that the pipeline is unsafe.");
  EXPECT_EQ(speakers_of(r, "the talks had failed"),
            (std::multiset<std::string>{"Ida Berg", "Karl Lund"}));
  EXPECT_EQ(speakers_of(r, "the pipeline is unsafe"),
            (std::multiset<std::string>{"Finland", "Norway", "Sweden"}));
}

TEST(JointSpeakerTest, AnObjectOrAPrepositionalPhraseIsNoCoSpeaker) {
  Result r =
      run("Tom Dahl and Karl Lund arrived. Karl Lund met Ida Berg and Tom Dahl said the "
          "talks had failed. The talks between Ida Berg and Karl Lund said nothing new.");
  EXPECT_EQ(speakers_of(r, "the talks had failed"), (std::multiset<std::string>{"Tom Dahl"}));
}

TEST(JointSpeakerTest, AStateOrganAfterDemonymsSpeaksForEachCountry) {
  Result r =
      run("The Namibian and South African governments say they have met rural "
          "communities. Later the South African delegation said the plan was sound.");
  EXPECT_EQ(speakers_of(r, "they have met rural communities"),
            (std::multiset<std::string>{"Namibia", "South Africa"}));
  EXPECT_EQ(speakers_of(r, "the plan was sound"), (std::multiset<std::string>{"South Africa"}));
}

std::map<std::string, EntityType> types_of(const Result& r) {
  std::map<std::string, EntityType> out;
  for (const auto& e : r.facts.entities) out[e.name] = e.type;
  return out;
}

TEST(NameShapeTest, StudiosLabelsAndPublishersAreBodies) {
  const auto types =
      types_of(run("The film was bought by Miramax Films. Another Marvel Comics adaptation "
                   "opens in May. Harris Interactive ran the poll for Shady Records."));
  for (const char* body :
       {"Miramax Films", "Marvel Comics", "Harris Interactive", "Shady Records"}) {
    ASSERT_TRUE(types.count(body)) << body;
    EXPECT_EQ(types.at(body), EntityType::Organization) << body;
  }
}

TEST(NameShapeTest, TerritoriesExchangesAndRegulatorsAreNoOne) {
  const auto types =
      types_of(run("Deutsche Boerse said profits rose. The shares will be listed in Hong Kong, and "
                   "Ofcom said it would look at the deal."));
  ASSERT_TRUE(types.count("Deutsche Börse"));  // the lexicon's name for its alias
  EXPECT_EQ(types.at("Deutsche Börse"), EntityType::Organization);
  ASSERT_TRUE(types.count("Hong Kong"));
  EXPECT_EQ(types.at("Hong Kong"), EntityType::Place);
  ASSERT_TRUE(types.count("Ofcom"));
  EXPECT_EQ(types.at("Ofcom"), EntityType::Organization);
}

TEST(NameShapeTest, AWorksTitleIsNoOneAndABandIsABody) {
  const auto types =
      types_of(run("Imelda Staunton starred in the drama Vera Drace. Jamie Foxx won for the "
                   "biopic Ray. The indie band Franz Ferdinanda played on."));
  EXPECT_FALSE(types.count("Vera Drace"));
  EXPECT_FALSE(types.count("Ray"));
  ASSERT_TRUE(types.count("Franz Ferdinanda"));
  EXPECT_EQ(types.at("Franz Ferdinanda"), EntityType::Organization);
  ASSERT_TRUE(types.count("Jamie Foxx"));
  EXPECT_EQ(types.at("Jamie Foxx"), EntityType::Person);
  // Not across a sentence: a headline ending in "band" names no band after it.
  const auto head =
      types_of(run("Mogul backs rap band\n\nTony Wilsen, the music mogul, is to "
                   "launch a label."));
  ASSERT_TRUE(head.count("Tony Wilsen"));
  EXPECT_EQ(head.at("Tony Wilsen"), EntityType::Person);
}

TEST(NameShapeTest, AGeographicHeadWordMakesAPlace) {
  const auto types =
      types_of(run("The ship docked at Karvik Bay on Monday. Crowds gathered on Ninety "
                   "Mile Beach. Fishing stopped near Orla Island."));
  for (const char* place : {"Karvik Bay", "Ninety Mile Beach", "Orla Island"}) {
    ASSERT_TRUE(types.count(place)) << place;
    EXPECT_EQ(types.at(place), EntityType::Place) << place;
  }
  const auto more = types_of(run("Whales beached near Abraham Villers Bay. Farmers in South "
                                 "Taralli protested. Ten whales died on Ninety Mole beach."));
  EXPECT_FALSE(more.count("Ninety Mole"));
  for (const char* place : {"Abraham Villers Bay", "South Taralli", "Ninety Mole beach"}) {
    ASSERT_TRUE(more.count(place)) << place;
    EXPECT_EQ(more.at(place), EntityType::Place) << place;
  }
  for (const char* place : {"Karvik Bay"}) {
    ASSERT_TRUE(types.count(place)) << place;
    EXPECT_EQ(types.at(place), EntityType::Place) << place;
  }
}

// Buildings and landmarks are places too (building_words.tsv); a building
// word in lower case after a name leaves the name alone.
TEST(NameShapeTest, ABuildingHeadWordMakesAPlace) {
  const auto types = types_of(
      run("The charity hopes to buy the Palace Theatre in Swansea. The band played the Kelvin "
          "Arena and Harwick Castle. Critics at a Dublin theatre praised Barbara Castle."));
  for (const char* place : {"Palace Theatre", "Kelvin Arena", "Harwick Castle"}) {
    ASSERT_TRUE(types.count(place)) << place;
    EXPECT_EQ(types.at(place), EntityType::Place) << place;
  }
  EXPECT_FALSE(types.count("Dublin theatre"));
  ASSERT_TRUE(types.count("Barbara Castle"));
  EXPECT_EQ(types.at("Barbara Castle"), EntityType::Person);
  // So do the administrative units named so; "the Irish province" names none.
  const auto units =
      types_of(run("Flooding hit Orangeville County on Monday. Sichuan Province "
                   "was spared, and so was the Irish province."));
  for (const char* place : {"Orangeville County", "Sichuan Province"}) {
    ASSERT_TRUE(units.count(place)) << place;
    EXPECT_EQ(units.at(place), EntityType::Place) << place;
  }
  EXPECT_FALSE(units.count("Irish province"));
}

// A short sentence of names is no Title Case headline: a name ending in a
// common word ("Green", "Brown") stays whole; "of the" inside a title
// ("Chancellor of the Exchequer") does not end it.
TEST(NameShapeTest, ShortSentencesOfNamesAndLongTitlesKeepTheName) {
  const auto types = types_of(run("Officials met John Green. It rained."));
  ASSERT_TRUE(types.count("John Green"));
  EXPECT_EQ(types.at("John Green"), EntityType::Person);
  Result r = run(
      "The summit ended.\n\n\u201cThis is the first time there has been a mention of gold,\u201d "
      "said UK Chancellor of the Exchequer Gordon Browne.");
  EXPECT_EQ(r.speaker(r.statement("mention of gold")), "Gordon Browne");
  // A headline in Title Case still stops a name at a common word.
  const auto headline = types_of(run("Hillary Clinton Was Headed To Iowa\n\nShe spoke."));
  EXPECT_FALSE(headline.count("Hillary Clinton Was Headed"));
}

// Members of the Scottish Parliament and the Northern Ireland Assembly are
// titled as MPs are; "Replacement" and "Substitute" open no sports name.
TEST(NameShapeTest, DevolvedMembersAndSubstitutesKeepTheirNames) {
  const auto types =
      types_of(run("MSP Karen Whitfeld wants shop staff to get a break. Tom McCabb MSP agreed. "
                   "Replacement Gareth Coope made the most of it."));
  for (const char* person : {"Karen Whitfeld", "Tom McCabb", "Gareth Coope"}) {
    ASSERT_TRUE(types.count(person)) << person;
    EXPECT_EQ(types.at(person), EntityType::Person) << person;
  }
  EXPECT_FALSE(types.count("Tom McCabb MSP"));
  EXPECT_FALSE(types.count("Replacement Gareth Coope"));
}

TEST(NameShapeTest, AnOccupationOpeningANameIsNoPartOfIt) {
  const auto types =
      types_of(run("Novelist Jo Wendt said the book was done. Sprinter Ana Ferro "
                   "Lund won the race. Star Harbour is a film."));
  EXPECT_TRUE(types.count("Jo Wendt"));
  EXPECT_FALSE(types.count("Novelist Jo Wendt"));
  EXPECT_TRUE(types.count("Ana Ferro Lund"));
  // A party word before a given name and a surname describes the person.
  const auto party = types_of(run("She said Republican Donald Tramm favors a strongman approach. "
                                  "Democrat Hillary Clunton said the plan was bad. Broadcaster "
                                  "Chris Evens sold his cars."));
  for (const char* person : {"Donald Tramm", "Hillary Clunton", "Chris Evens"}) {
    ASSERT_TRUE(party.count(person)) << person;
    EXPECT_EQ(party.at(person), EntityType::Person) << person;
  }
  EXPECT_FALSE(party.count("Republican Donald Tramm"));
}

TEST(NameShapeTest, AHyphenatedAdjectiveIsNoNameAndEndsWhatItModifies) {
  Result r =
      run("The Korvan-led attack killed many. The Oslo-based Nordic Justice Alliance "
          "objected.");
  const auto types = types_of(r);
  EXPECT_FALSE(types.count("Korvan-led"));
  ASSERT_TRUE(types.count("Nordic Justice Alliance"));
  EXPECT_EQ(types.at("Nordic Justice Alliance"), EntityType::Organization);
  for (const auto& s : r.facts.statements) EXPECT_NE(r.speaker(&s), "Korvan-led");
}

// Events by their full name: a named event ending in an event head word,
// and a common event noun with its modifiers and its object.
TEST(EventTest, NamedEventsAndEventPhrasesWithTheirModifiers) {
  Result r = run("She wore the dress at Oslo Fashion Week. The Vikings won the Frost Bowl. "
                 "Delegates met at the green hydrogen summit in Nairobi. The court heard "
                 "Norway's genocide case against Karvia.");
  std::map<std::string, std::set<std::string>> events;  // name -> aliases
  for (const auto& e : r.facts.entities)
    if (e.type == EntityType::Event)
      events[e.name] = std::set<std::string>(e.aliases.begin(), e.aliases.end());
  EXPECT_TRUE(events.count("Oslo Fashion Week"));
  EXPECT_TRUE(events.count("Frost Bowl"));
  ASSERT_TRUE(events.count("green hydrogen summit in Nairobi"));
  EXPECT_TRUE(events["green hydrogen summit in Nairobi"].count("green hydrogen summit"));
  EXPECT_TRUE(events.count("Norway’s genocide case against Karvia") ||
              events.count("Norway's genocide case against Karvia"));
}

// A country's name can be a first name: "Defence Minister Israel Katz",
// "Jordan Lessard ... Lessard said" (the surname alone elsewhere).
TEST(NameShapeTest, ACountryNameBeforeASurnameIsAFirstName) {
  Result r = run("Defence Minister Israel Katz said the crossing would stay shut. Jordan Lessard "
                 "arrived later. Lessard said the plan was sound. Israel said it would respond.");
  EXPECT_EQ(r.speaker(r.statement("the crossing would stay shut")), "Israel Katz");
  EXPECT_EQ(r.speaker(r.statement("the plan was sound")), "Jordan Lessard");
  EXPECT_EQ(r.speaker(r.statement("it would respond")), "Israel");
}

// "representatives for the US defended ...": people who speak for a named
// country or body give it the statement.
TEST(JointSpeakerTest, RepresentativesForACountrySpeakForIt) {
  Result r = run("On Wednesday, representatives for Norway defended the decision to close the "
                 "port.");
  EXPECT_EQ(r.speaker(r.statement("defended the decision")), "Norway");
}

// A described source whose description ends in a body's name is that body:
// "according to whale rescue group Kai Moana"; a country may open a body's
// name: "the Norway Department of Fisheries".
TEST(JointSpeakerTest, ABodyNamedAfterItsDescriptionOrItsCountryIsTheSource) {
  Result r = run("Strandings rose sharply this year, according to whale rescue group Kai Moana. "
                 "Warm water is to blame, according to the Norway Department of Fisheries.");
  EXPECT_EQ(r.speaker(r.statement("Strandings rose")), "Kai Moana");
  EXPECT_EQ(r.speaker(r.statement("Warm water is to blame")), "Norway Department of Fisheries");
  EXPECT_EQ(r.speaker_type(r.statement("Warm water")), EntityType::Organization);
}

TEST(EventTest, ANameBeforeAnEventWordAndHyphenatedModifiersBelongToTheEvent) {
  Result r = run("Ann Lee spoke at the Age of Discovery summit in Lagos on Monday. The "
                 "Karvan-led attack on Norway in 2023 killed many. Norway made its case well.");
  std::map<std::string, std::set<std::string>> events;
  for (const auto& e : r.facts.entities)
    if (e.type == EntityType::Event)
      events[e.name] = std::set<std::string>(e.aliases.begin(), e.aliases.end());
  bool summit = false, attack = false;
  for (const auto& [name, aliases] : events) {
    summit = summit || name == "Age of Discovery summit" || aliases.count("Age of Discovery summit");
    attack = attack || name.rfind("Karvan-led attack", 0) == 0;
    EXPECT_EQ(name.find("case"), std::string::npos) << name;  // an argument, no lawsuit
  }
  EXPECT_TRUE(summit);
  EXPECT_TRUE(attack);
}

// "Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore
// Romano, said": the person opening the clause spoke, not the name at the
// end of the appositives; "The minister of the economy, Mr. Bo Park, argues"
// and "The Lord Chancellor, Lord Falconer, agreed" still go to the name.
TEST(SpeakerTest, ThePersonOpeningTheClauseSpeaksPastAppositives) {
  Result r =
      run("Tomas Vane Lund, the editor of the city's weekly, Karvik Gorran, said the paper "
          "would close. The minister of the economy, Mr. Bo Tamm, argues that taxes must "
          "rise.");
  EXPECT_EQ(r.speaker(r.statement("the paper would close")), "Tomas Vane Lund");
  EXPECT_EQ(r.speaker(r.statement("taxes must rise")), "Bo Tamm");
  // A body set off by commas after the description opening the sentence.
  Result body =
      run("The carmaker, Karvo Motors, said profits fell. Its parent company, Orla "
          "Holdings, said sales rose.");
  EXPECT_EQ(body.speaker(body.statement("profits fell")), "Karvo Motors");
  EXPECT_EQ(body.speaker(body.statement("sales rose")), "Orla Holdings");
}

// "a spokesman for Bo Tamm could only quip": "only" between the modal and
// the verb is no part of the speaker.
TEST(SpeakerTest, OnlyBeforeTheVerbIsNoPartOfTheSpeaker) {
  Result r =
      run("Senator Bo Tamm missed the vote. A spokesman for Bo Tamm could only quip: "
          "\"The hall was booked.\"");
  EXPECT_EQ(r.speaker(r.statement("The hall was booked")), "Bo Tamm");
}

// "stars including Pia Holm": a name after "including" is passed over by a
// pronoun, as one in a prepositional phrase is.
// A compound surname used alone joins the one longer full name it ends:
// "Duncan Smith", "Sandino Moreno"; not a given name and surname that a
// longer run with a stray word before it ends ("Universe Alicia Machado").
TEST(CoreferenceTest, ACompoundSurnameJoinsTheFullName) {
  Result r = run("Iain Duncan Smith spoke on Monday. Duncan Smith said the plan was wrong. Catalina "
                 "Sandino Moreno arrived. Sandino Moreno said the film was done. Former Miss "
                 "Universe Alicia Machado spoke. Alicia Machado said she was fine.");
  EXPECT_EQ(r.speaker(r.statement("the plan was wrong")), "Iain Duncan Smith");
  EXPECT_EQ(r.speaker(r.statement("the film was done")), "Catalina Sandino Moreno");
  EXPECT_EQ(r.speaker(r.statement("she was fine")), "Alicia Machado");
}

// A speech noun inside the phrase after the verb is no verb: "said in her
// opening remarks that ...".
TEST(ExtractorTest, ASpeechNounAfterSaidInIsNoVerb) {
  Result r = run("Anna White said in her opening remarks that the platform should change.");
  EXPECT_EQ(r.speaker(r.statement("the platform should change")), "Anna White");
}

// A role word no lexicon knows before a known given name is no part of
// the name ("Maricopa County Recorder Helen Purcell", "Cinematographer
// John Mathieson"); a demonym the lexicons know keeps its country ("New
// Zealander Jason Spice"); a photo credit names no one.
TEST(NameShapeTest, ARoleWordBeforeAGivenNameIsNotTheName) {
  Result r = run("\"We made mistakes,\" Maricopa County Recorder Helen Purcell said. Cinematographer "
                 "John Mathieson shot the film. He lost his place to New Zealander Jason Spice. Pete "
                 "Hegseth speaks. (Image Credit: Navy Petty Officer 1st Class Alexander C. Kubitza)");
  EXPECT_EQ(r.speaker(r.statement("We made mistakes")), "Helen Purcell");
  std::set<std::string> people, countries;
  for (const auto& e : r.facts.entities) {
    if (e.type == EntityType::Person) people.insert(e.name);
    if (e.type == EntityType::Country) countries.insert(e.name);
  }
  EXPECT_TRUE(people.count("John Mathieson")) << ::testing::PrintToString(people);
  EXPECT_FALSE(people.count("Cinematographer John Mathieson"));
  EXPECT_TRUE(countries.count("New Zealand")) << ::testing::PrintToString(countries);
  EXPECT_FALSE(people.count("Alexander C. Kubitza"));
}

// A lone unknown word that speaks, set off by an appositive that ends in
// a kind of body, is that body: "Icstis, the UK's premium rate services
// watchdog, said"; one described as a person stays a person.
TEST(NameShapeTest, AnAppositiveOfABodyMakesALoneSpeakerABody) {
  Result r = run("Icstis, the UK's premium rate services watchdog, said it had been looking for "
                 "firms to lead. Zuckoff, the former chief executive, said it was late.");
  ASSERT_NE(r.statement("looking for firms"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("looking for firms")), "Icstis");
  EXPECT_EQ(r.speaker_type(r.statement("looking for firms")), EntityType::Organization);
  ASSERT_NE(r.statement("it was late"), nullptr);
  EXPECT_EQ(r.speaker_type(r.statement("it was late")), EntityType::Person);
}

// "the prime minister" is not the deputy prime minister named before, nor
// "the mayor" the deputy mayor; "the deputy prime minister" is.
TEST(CoreferenceTest, ADeputyHoldsAnotherOffice) {
  Result r = run("Deputy Prime Minister John Prescott spoke on Monday. The prime minister denied "
                 "all the claims about the budget. The deputy prime minister said the party was "
                 "united.");
  const StatementFact* denied = r.statement("the claims about the budget");
  EXPECT_TRUE(denied == nullptr || r.speaker(denied) != "John Prescott");
  EXPECT_EQ(r.speaker(r.statement("the party was united")), "John Prescott");
}

TEST(CoreferenceTest, APronounPassesOverANameAfterIncluding) {
  Result r =
      run("Singer Ann Berg, who has worked with stars including Pia Holm, backed the "
          "scheme. She said it would protect pupils.");
  EXPECT_EQ(r.speaker(r.statement("it would protect pupils")), "Ann Berg");
}

// "Manager Bo Tamm insists he will not sell Ivo Lund. \"...,\" he said": the
// object of a verb is passed over for the person before it in its
// sentence; a name a verb follows is a subject ("would start Tamm replied").
TEST(CoreferenceTest, APronounPassesOverTheObjectOfAVerb) {
  Result r =
      run("Manager Bo Tamm insists he will not sell Ivo Lund. \"He has been terrific,\" he "
          "said. When asked if Ivo Lund and Pia Berg would start Bo Tamm replied: \"I "
          "could tell you yes.\" He also said the team was tired.");
  EXPECT_EQ(r.speaker(r.statement("He has been terrific")), "Bo Tamm");
  EXPECT_EQ(r.speaker(r.statement("the team was tired")), "Bo Tamm");
}

// "Mr Blair has failed to tackle these problems, he claimed": the pronoun
// after the words it reports is no one they name; back to the last speech
// verb or quotation only ("Ms Berg said she hoped \"...\" Asked about it, she
// said").
TEST(CoreferenceTest, APronounAfterItsReportIsNoOneTheReportNames) {
  Result r =
      run("Senator Bo Tamm spoke on Monday. \"We need to change direction.\" This is the "
          "record Mr Sand will have to defend, he said. Pia Holm spoke first. Ann Berg said she "
          "hoped \"to go on\" Asked about waiting lists, she said that lists were short.");
  EXPECT_EQ(r.speaker(r.statement("change direction")), "Bo Tamm");
  EXPECT_EQ(r.speaker(r.statement("lists were short")), "Ann Berg");
  // A quotation ending in a comma is part of the report; one a speech verb
  // introduced is the whole of it.
  Result q =
      run("Senator Bo Tamm spoke on Monday. Mr Sand's government was \"bossy and slow,\" he "
          "added. Ann Berg spoke next. Pia Holm, for the Greens, added: \"The plan will "
          "fail,\" she said.");
  EXPECT_EQ(q.speaker(q.statement("bossy and slow")), "Bo Tamm");
  EXPECT_EQ(q.speaker(q.statement("The plan will fail")), "Pia Holm");
}

// "Responding to criticism from Alan Hansen, Rick Parry insisted": a comma
// alone before the speaker ends a phrase, no list of joint speakers ("Lund,
// Berg and Dahl said" is one).
TEST(JointSpeakerTest, ACommaAloneBeforeTheSpeakerMakesNoJointSpeakers) {
  Result r =
      run("Responding to criticism from pundit Ivo Lund, Bo Tamm insisted talks are "
          "ongoing. Ann Lund, Cy Berg and Pia Dahl said the vote was fair.");
  size_t talks = 0, vote = 0;
  for (const auto& st : r.facts.statements) {
    if (st.text.find("talks are ongoing") != std::string::npos) {
      ++talks;
      EXPECT_EQ(r.speaker(&st), "Bo Tamm");
    }
    if (st.text.find("the vote was fair") != std::string::npos) ++vote;
  }
  EXPECT_EQ(talks, 1u);
  EXPECT_EQ(vote, 3u);
}

// "Echoing Ann Lee, the prime minister said there has been a change of
// Norway policy": a gerund opening the sentence takes the main clause's subject,
// found before its verb, not a name in what the verb reports.
TEST(SpeakerTest, AnOpeningGerundTakesTheSubjectBeforeTheMainVerb) {
  Result r =
      run("Prime Minister Bo Tamm met reporters. Echoing Senator Ann Lee, the prime minister "
          "said there has been a clear change of Norway policy since 2001.");
  for (const auto& st : r.facts.statements) EXPECT_NE(r.speaker(&st), "Norway") << st.text;
  EXPECT_EQ(r.speaker(r.statement("Echoing")), "Bo Tamm");
}

// "who is mock elections project manager": a plain verb form after "is"
// and before a lower-case word is no speech verb.
TEST(SpeakerTest, APlainVerbFormAfterIsIsNoSpeechVerb) {
  Result r =
      run("Bo Tamm, who is mock elections project manager at the Karvik Society, said he "
          "looked forward to the vote. All Ann Berg could do was shout \"Yes!\" at the TV.");
  for (const auto& st : r.facts.statements)
    EXPECT_EQ(st.text.find("elections project manager"), std::string::npos) << st.text;
  EXPECT_EQ(r.speaker(r.statement("he looked forward")), "Bo Tamm");
  EXPECT_NE(r.statement("Yes!"), nullptr);
}

// "X is being sued by his ex-girlfriend, claiming ...": after a passive of
// accusing, the agent speaks; not after "interviewed by CNN, saying".
TEST(SpeakerTest, AfterAPassiveOfAccusingTheAgentSpeaks) {
  Result r =
      run("Bo Tamm was criticised by the Karvik Society, saying he had lied. Guitarist Ivo "
          "Lund is being sued by his former manager, claiming he broke a promise. Ann Berg "
          "was interviewed by CNN, saying she would run.");
  EXPECT_EQ(r.speaker(r.statement("he had lied")), "Karvik Society");
  EXPECT_NE(r.speaker(r.statement("he broke a promise")), "Ivo Lund");
  EXPECT_EQ(r.speaker(r.statement("she would run")), "Ann Berg");
}

// "Blair and Brown criticised by MPs": a passive noun-phrase verb reports
// nothing of its subject's; "as described by X" still attributes to X.
TEST(SpeakerTest, APassiveNounPhraseVerbReportsNothingOfItsSubjects) {
  core::Document doc;
  doc.id = "t";
  doc.text =
      "Tamm and Berg criticised by MPs\n\nBo Tamm and Ann Berg spoke on Monday. The plan was "
      "extremely careless, as described by Senator Ivo Lund.";
  Result r{extract_article(doc, lexicons())};
  for (const auto& st : r.facts.statements)
    EXPECT_EQ(st.text.find("criticised by MPs"), std::string::npos) << st.text;
  EXPECT_EQ(r.speaker(r.statement("extremely careless")), "Ivo Lund");
}

// "DDoS attacks rose": a word inside an event's name is no speech verb;
// "Democrats blast Portman" (a name after it) still is one.
TEST(SpeakerTest, AWordInsideAnEventIsNoSpeechVerb) {
  Result r =
      run("Security firms met on Monday. DDoS attacks were at their height "
          "in May. Democrats blast Tamm for his vote "
          "on the budget.");
  for (const auto& st : r.facts.statements)
    EXPECT_EQ(st.text.find("were at their height"), std::string::npos) << st.text;
  EXPECT_NE(r.statement("for his vote"), nullptr);
}

// "Jeb Bush in a Medium post said", "said in a Medium post that": the
// medium of a statement is neither its speaker nor a speech verb.
TEST(SpeakerTest, TheMediumOfAStatementIsNotItsSpeaker) {
  Result r =
      run("Senator Ann Lee in a Facebook post said the rally was off. Governor Bo Park "
          "said in a Medium post that taxes would fall. Tom Vance in an interview said "
          "prices would rise.");
  EXPECT_EQ(r.speaker(r.statement("the rally was off")), "Ann Lee");
  EXPECT_EQ(r.speaker(r.statement("taxes would fall")), "Bo Park");
  EXPECT_EQ(r.speaker(r.statement("prices would rise")), "Tom Vance");
  for (const auto& st : r.facts.statements)
    EXPECT_NE(st.text.rfind("said", 0), 0u) << st.text;  // no "post" taken for a verb
}

// "the ADB report said": a document named after the body that issued it is
// that body's statement (corpus/GOLD.md); a post named after the site it is
// on is not the site's.
TEST(SpeakerTest, AReportNamedAfterItsBodyIsThatBodys) {
  Result r =
      run("The Asian Development Bank met on Monday. The ADB report said growth would "
          "slow. \"Exports will suffer,\" the Congressional Budget Office study said. A "
          "Facebook post said the rally was cancelled.");
  EXPECT_EQ(r.speaker(r.statement("growth would slow")), "Asian Development Bank");
  EXPECT_EQ(r.speaker(r.statement("Exports will suffer")), "Congressional Budget Office");
  EXPECT_NE(r.speaker(r.statement("the rally was cancelled")), "Facebook");
  // "according to the UK's leading critics": people of a country who do not
  // speak for it; its ministry does.
  Result c =
      run("The film will win, according to Norway's leading critics. The plan will fail, "
          "according to Norway's foreign ministry.");
  EXPECT_NE(c.speaker(c.statement("The film will win")), "Norway");
  EXPECT_EQ(c.speaker(c.statement("The plan will fail")), "Norway");
}

// "the Bishop of Karvik said", "Labour MP for Orla Vale": a title ending in
// "of" or "for" holds the office of the place (or body) after it, no person
// of that name; an appositive's office is its title, of the body it names.
TEST(NameShapeTest, ATitleOfAPlaceNamesNoPerson) {
  Result r =
      run("The Bishop of Karvik said the book was bad. Bo Tamm, Labour MP for Orla Vale, "
          "said the issue would soon disappear. Ivo Lund, the President of Karvo Holdings, "
          "said sales rose.");
  const auto types = types_of(r);
  EXPECT_FALSE(types.count("Karvik") && types.at("Karvik") == EntityType::Person);
  EXPECT_FALSE(types.count("Orla Vale") && types.at("Orla Vale") == EntityType::Person);
  EXPECT_EQ(r.speaker(r.statement("the issue would soon disappear")), "Bo Tamm");
  ASSERT_TRUE(types.count("Karvo Holdings"));
  EXPECT_EQ(types.at("Karvo Holdings"), EntityType::Organization);
  bool president = false;
  for (const auto& e : r.facts.entities)
    if (e.name == "Ivo Lund")
      for (const auto& role : e.roles)
        if (role.of >= 0 &&
            r.facts.entities[static_cast<size_t>(role.of)].name == "Karvo Holdings") {
          EXPECT_EQ(role.title, "President");
          president = true;
        }
  EXPECT_TRUE(president);
}

// "Karvex claims its assets were seized": no person is "its"; a one-word
// name that "its" follows is a body's.
TEST(NameShapeTest, AOneWordNameThatItsFollowsIsABody) {
  Result r =
      run("Karvex claims its assets were seized. Karvex said it would appeal. Bo Tamm said "
          "its case was weak.");
  const auto types = types_of(r);
  ASSERT_TRUE(types.count("Karvex"));
  EXPECT_EQ(types.at("Karvex"), EntityType::Organization);
  EXPECT_EQ(r.speaker_type(r.statement("it would appeal")), EntityType::Organization);
  ASSERT_TRUE(types.count("Bo Tamm"));
  EXPECT_EQ(types.at("Bo Tamm"), EntityType::Person);
}

// "Ministers said": the plural of a common word opening a sentence is no
// person's name, unless it is the surname of someone named in full ("Tony
// Banks ... Banks said").
TEST(NameShapeTest, APluralNounOpeningASentenceIsNoName) {
  Result r =
      run("Ministers said the plan would work. Ivo Banks spoke later. Banks said he was "
          "happy.");
  const auto types = types_of(r);
  EXPECT_FALSE(types.count("Ministers"));
  EXPECT_EQ(r.speaker(r.statement("he was happy")), "Ivo Banks");
}

// places.tsv: "Wales", "New South Wales" are places wherever they stand
// alone; "Ohio Gov. Bo Tamm" is still Tamm, the subject of his clause.
TEST(NameShapeTest, AKnownPlaceNamedAloneIsAPlace) {
  Result r =
      run("Wales twice threatened further scores but failed. Officials in New South Wales "
          "said the fires spread. Ohio Gov. Bo Tamm ended his campaign on Monday, telling "
          "supporters that he had no regrets.");
  const auto types = types_of(r);
  for (const char* place : {"Wales", "New South Wales", "Ohio"}) {
    ASSERT_TRUE(types.count(place)) << place;
    EXPECT_EQ(types.at(place), EntityType::Place) << place;
  }
  EXPECT_EQ(r.speaker(r.statement("he had no regrets")), "Bo Tamm");
}

// "Mike German", "Mr German": a demonym after a given name or a courtesy
// title is a surname, and the country named the same way stays a country
// where the demonym modifies a noun ("French officials").
TEST(NameShapeTest, ADemonymAfterAGivenNameOrCourtesyTitleIsASurname) {
  Result r =
      run("Wine critic Peter French said the harvest was poor. French officials said "
          "nothing. Mr French said prices would rise. Ann English said the shop would "
          "close.");
  EXPECT_EQ(r.speaker(r.statement("the harvest was poor")), "Peter French");
  EXPECT_EQ(r.speaker(r.statement("prices would rise")), "Peter French");
  EXPECT_EQ(r.speaker(r.statement("the shop would close")), "Ann English");
  const auto types = types_of(r);
  ASSERT_TRUE(types.count("France"));
  EXPECT_EQ(types.at("France"), EntityType::Country);
  EXPECT_FALSE(types.count("United Kingdom"));
}

// "Mark Jordan said": a given name that is also a common word, then a
// country, both read as a person's name by the tagger, is no body named
// after its country ("Statistics Canada said").
TEST(NameShapeTest, APersonsNameEndingInACountryIsNoBody) {
  Result r = run("Mark Jordan said costs would fall. Statistics Canada said the economy grew.");
  EXPECT_EQ(r.speaker(r.statement("costs would fall")), "Mark Jordan");
  EXPECT_EQ(r.speaker_type(r.statement("costs would fall")), EntityType::Person);
  EXPECT_EQ(r.speaker_type(r.statement("the economy grew")), EntityType::Organization);
}

// "told The Namibian": a newspaper named after its country's demonym.
TEST(NameShapeTest, TheAndADemonymInsideASentenceIsANewspaper) {
  const auto types = types_of(run("The minister told The Norwegian last month that the deal was "
                                  "done. The Norwegian government agreed."));
  ASSERT_TRUE(types.count("The Norwegian"));
  EXPECT_EQ(types.at("The Norwegian"), EntityType::Organization);
  EXPECT_EQ(types.at("Norway"), EntityType::Country);  // "The Norwegian government" at the start
}

// organizations.tsv names with a number: "No 10 confirmed", "Number 10 said".
TEST(NameShapeTest, AKnownNameWithANumberIsMatchedWhole) {
  Result r = run("On Monday night No 10 confirmed the inquiry was closed. Later, Number 10 said "
                 "there would be no review.");
  EXPECT_EQ(r.speaker(r.statement("the inquiry was closed")), "Downing Street");
  EXPECT_EQ(r.speaker(r.statement("there would be no review")), "Downing Street");
}

// corpus/GOLD.md: a capital used for its government names the country; a
// capital used as a place is no country.
TEST(CapitalTest, ACapitalThatSpeaksOrIsAccusedIsItsCountry) {
  Result r =
      run("Moscow said it would respond to the sanctions. Beijing has accused Taipei of "
          "provocation.");
  const StatementFact* s = r.statement("it would respond");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Russia");
  EXPECT_EQ(r.speaker_type(s), EntityType::Country);
  std::set<std::string> countries;
  for (const auto& e : r.facts.entities)
    if (e.type == EntityType::Country) countries.insert(e.name);
  EXPECT_TRUE(countries.count("China"));
  EXPECT_TRUE(countries.count("Taiwan"));
}

TEST(CapitalTest, ACapitalAsAPlaceOrAModifierOrASurnameIsNoCountry) {
  for (const char* body : {
           "Officials in Moscow said nothing.",             // after a preposition
           "She visited Moscow and met the mayor.",         // not a reporting verb
           "The Moscow office said sales rose.",            // a modifier
           "Prices in the north and Moscow fell sharply.",  // one of a list of places
           "Ivan Moscow, a banker, spoke first. Moscow said he was proud.",  // a surname
           "Whilst stressing Moscow's strengths, the firm said it would grow.",
       }) {
    Result r = run(body);
    for (const auto& e : r.facts.entities) EXPECT_NE(e.name, "Russia") << body;
  }
}

// Capitalized words joined by "&" are one body's name, not two people:
// "Procter & Gamble", "Barnes & Noble"; a title and a name after it are a
// person of that body. Two single letters are an abbreviation ("Q&A").
TEST(NameShapeTest, CapitalizedWordsJoinedByAmpersandAreOneBody) {
  Result r = run("Analysts at Verlo & Brandt said sales were weak. Karst Research & Associates Inc. "
                 "founder Ola Berg said jobs were scarce. She wore a Needle & Thread dress. "
                 "Verlo & Brandt Chief Executive Anna Moss said the plan was sound. In a Q&A "
                 "session Berg was asked about jobs.");
  const auto types = types_of(r);
  for (const char* org : {"Verlo & Brandt", "Karst Research & Associates Inc.", "Needle & Thread"}) {
    ASSERT_TRUE(types.count(org)) << org;
    EXPECT_EQ(types.at(org), EntityType::Organization) << org;
  }
  for (const char* no : {"Verlo", "Brandt", "Associates Inc.", "Karst Research", "Thread", "Q&A"})
    EXPECT_FALSE(types.count(no)) << no;
  EXPECT_EQ(r.speaker(r.statement("the plan was sound")), "Anna Moss");
  EXPECT_EQ(r.speaker(r.statement("jobs were scarce")), "Ola Berg");
}

// What "&" joins is no body when it is two people (a given name on each
// side), two countries or words that name nothing; an "and" before or after
// it ends the body, and a title inside the name is no person's.
TEST(NameShapeTest, AmpersandJoinsNoPeopleOrCountries) {
  const auto types = types_of(
      run("The show starred Richard & Judy. Talks with Serbia & Montenegro resumed. Shares in "
          "Karlo and Vesk & Daughters rose, and Orla Mail & General Trust fell."));
  EXPECT_FALSE(types.count("Richard & Judy"));
  EXPECT_FALSE(types.count("Serbia & Montenegro"));
  for (const char* org : {"Vesk & Daughters", "Orla Mail & General Trust"}) {
    ASSERT_TRUE(types.count(org)) << org;
    EXPECT_EQ(types.at(org), EntityType::Organization) << org;
  }
  EXPECT_FALSE(types.count("Karlo and Vesk & Daughters"));
}

// "Royal Bank of Canada", "National Bank of Greece": a body's head word and
// "of" before a country make one name; the country is its own mention only
// where it stands alone.
TEST(NameShapeTest, ABodyOfACountryIsOneName) {
  Result r = run("Royal Bank of Canada assistant chief economist Nathan Ilse said rates would fall. "
                 "The National Bank of Greece said it would lend more.");
  const auto types = types_of(r);
  for (const char* org : {"Royal Bank of Canada", "National Bank of Greece"}) {
    ASSERT_TRUE(types.count(org)) << org;
    EXPECT_EQ(types.at(org), EntityType::Organization) << org;
  }
  EXPECT_FALSE(types.count("Royal Bank of"));
  EXPECT_EQ(r.speaker(r.statement("rates would fall")), "Nathan Ilse");
  EXPECT_EQ(r.speaker(r.statement("it would lend more")), "National Bank of Greece");
}

// "the U.S.-South Korea Nuclear Consultative Group": the countries a body
// joins by a hyphen open its name.
TEST(NameShapeTest, HyphenatedCountriesOpenABodysName) {
  const auto types = types_of(run("Officials of the U.S.-Japan Maritime Policy Council met in "
                                  "Osaka. The France-Germany Energy Forum said prices would rise."));
  for (const char* org : {"U.S.-Japan Maritime Policy Council", "France-Germany Energy Forum"}) {
    ASSERT_TRUE(types.count(org)) << org;
    EXPECT_EQ(types.at(org), EntityType::Organization) << org;
  }
  EXPECT_FALSE(types.count("Japan Maritime Policy Council"));
}

// "Ministry of Environment, Forestry and Tourism": a ministry's or
// department's list of portfolios goes on past a comma.
TEST(NameShapeTest, AMinistrysPortfoliosAreItsName) {
  Result r = run("The Ministry of Agriculture, Forestry and Fisheries said the harvest was poor. "
                 "The Department of Health and Social Care said beds were short.");
  const auto types = types_of(r);
  for (const char* org : {"Ministry of Agriculture, Forestry and Fisheries",
                          "Department of Health and Social Care"}) {
    ASSERT_TRUE(types.count(org)) << org;
    EXPECT_EQ(types.at(org), EntityType::Organization) << org;
  }
  EXPECT_EQ(r.speaker(r.statement("the harvest was poor")),
            "Ministry of Agriculture, Forestry and Fisheries");
}

// A name written family name first ("Yoon Suk Yeol", "Xi Jinping") is used
// alone by its first word: "Seo said" is Seo Hae-jin's, when the article
// never uses the last word alone and the first is no known given name and no
// common word.
TEST(CoreferenceTest, AFamilyNameWrittenFirstIsThePersonsShortForm) {
  Result r = run("President Seo Hae-jin addressed the nation on Saturday. Seo said the order "
                 "was a mistake. Opposition leader Baek Sung Ho spoke later. Baek said Seo must "
                 "resign. Correction Appended was printed below. Correction: the date was wrong.");
  EXPECT_EQ(r.speaker(r.statement("the order was a mistake")), "Seo Hae-jin");
  for (const auto& st : r.facts.statements) EXPECT_NE(r.speaker(&st), "Correction Appended");
  EXPECT_EQ(r.speaker(r.statement("must resign")), "Baek Sung Ho");
  const auto types = types_of(r);
  EXPECT_FALSE(types.count("Seo"));
  EXPECT_FALSE(types.count("Baek"));
}

// A given name alone is not taken for a family name: "Jenna" after "Jenna
// Ortiz" is hers only through the known-first-name rule, and a surname used
// alone keeps the usual order ("Ortiz said").
TEST(CoreferenceTest, AWesternSurnameUsedAloneKeepsTheUsualOrder) {
  Result r = run("Striker Dalen Ortiz scored twice. Ortiz said the team was ready.");
  EXPECT_EQ(r.speaker(r.statement("the team was ready")), "Dalen Ortiz");
  EXPECT_FALSE(types_of(r).count("Dalen"));
}

// A name before a job held at a body and a person's name is that body:
// "Vantor chief executive Tim Hale", "Transnet pipelines executive ...".
// Not a person's name ("Marlow aide Jo Tam": the tagger reads Marlow as a
// person after "Senator Ed Marlow"), a country or a demonym.
TEST(NameShapeTest, ANameBeforeAJobAndAPersonIsTheirEmployer) {
  Result r = run("Vantor chief executive Tim Hale said sales rose by a third. Kelvar pipelines executive Ruth "
                 "Bede has doubts. Senator Ed Marlow spoke first. Marlow aide Jo Tam said the "
                 "vote was close. Kenyan trade minister Ali Noor said tariffs would fall.");
  const auto types = types_of(r);
  for (const char* org : {"Vantor", "Kelvar"}) {
    ASSERT_TRUE(types.count(org)) << org;
    EXPECT_EQ(types.at(org), EntityType::Organization) << org;
  }
  EXPECT_EQ(r.speaker(r.statement("sales rose by a third")), "Tim Hale");
  EXPECT_EQ(r.speaker(r.statement("the vote was close")), "Jo Tam");
  EXPECT_FALSE(types.count("Marlow") && types.at("Marlow") == EntityType::Organization);
  EXPECT_EQ(types.at("Ed Marlow"), EntityType::Person);
}

// A kind of body before a name says what the name is: "retailer Loot",
// "campaign group Frack Free Namibia", "the state-owned Transnet".
TEST(NameShapeTest, AKindOfBodyBeforeANameMakesItThatBody) {
  Result r = run("Retailer Loot said orders doubled in a year. Campaign group Frack Free Kenya says the plan is "
                 "dangerous. The project will be run by the state-owned Kelvar. The charity Orvane "
                 "Trust said funds were short.");
  const auto types = types_of(r);
  for (const char* org : {"Loot", "Frack Free Kenya", "Kelvar", "Orvane Trust"}) {
    ASSERT_TRUE(types.count(org)) << org;
    EXPECT_EQ(types.at(org), EntityType::Organization) << org;
  }
  EXPECT_FALSE(types.count("Retailer Loot"));
  EXPECT_EQ(r.speaker(r.statement("orders doubled in a year")), "Loot");
  EXPECT_EQ(r.speaker(r.statement("the plan is dangerous")), "Frack Free Kenya");
  // Named so once, the body keeps its name alone later.
  Result again = run("Campaign group Frack Free Kenya says the plan is dangerous. Frack Free Kenya "
                     "says the pipeline threatens the park.");
  EXPECT_EQ(again.speaker(again.statement("the pipeline threatens the park")), "Frack Free Kenya");
}

// "the company Trump founded": one word after "the" and a kind of body,
// then a verb that is no speech verb, is the subject of a relative clause.
TEST(NameShapeTest, ARelativeClauseAfterAKindOfBodyNamesNoBody) {
  const auto types = types_of(run("Senator Ed Marlow spoke. The company Marlow founded is big. They "
                                  "met at the party Marlow hosted."));
  EXPECT_EQ(types.at("Ed Marlow"), EntityType::Person);
  EXPECT_FALSE(types.count("Marlow") && types.at("Marlow") == EntityType::Organization);
}

// Reported speech of two words is a statement when they are a noun and its
// verb ("said sales rose"), not otherwise ("said so too").
TEST(ExtractorTest, TwoWordReportedSpeechIsANounAndItsVerb) {
  Result r = run("Tim Hale said sales rose. Ann Vey said so too. Ed Moor said 145 had died.");
  EXPECT_EQ(r.speaker(r.statement("sales rose")), "Tim Hale");
  EXPECT_EQ(r.speaker(r.statement("145 had died")), "Ed Moor");
  EXPECT_EQ(r.statement("so too"), nullptr);
}

// "the bank said" stands for a body named before only when it can be a bank:
// a party the lexicons know is none (reference_nouns.tsv kinds); a body they
// do not know may be.
TEST(ExtractorTest, ABodyNounStandsOnlyForABodyOfItsKind) {
  Result r = run("Republicans said the timing was not intentional. The bank said that it had fired "
                 "thousands of employees. Vantor Inc. cut 300 jobs. The company said that profits "
                 "would recover.");
  EXPECT_EQ(r.speaker(r.statement("it had fired thousands")), "");
  EXPECT_EQ(r.speaker(r.statement("profits would recover")), "Vantor Inc.");
}

// A description set off by commas after a name is that person's role, and
// "the governor" stands for them later; a description after a possessive is
// someone else's ("the Prime Minister's wife"), and a description with
// another head ("the band leader") does not fall back on it.
TEST(CoreferenceTest, AnAppositiveDescriptionIsARoleTheDescriptionStandsFor) {
  Result r = run("Dale Fenn, the Ostria governor, spoke in Larch on Monday. The Ostria governor said "
                 "rivals are to blame for the mess. Ona Fenn, the Prime Minister's wife, wore a red "
                 "dress. The Prime Minister said that the gifts were declared. At the fair the band "
                 "leader called local bigwigs to the stage.");
  EXPECT_EQ(r.speaker(r.statement("rivals are to blame")), "Dale Fenn");
  EXPECT_NE(r.speaker(r.statement("the gifts were declared")), "Ona Fenn");
  EXPECT_EQ(r.speaker(r.statement("local bigwigs")), "");
  bool role = false;
  for (const auto& e : r.facts.entities)
    for (const auto& ro : e.roles) role = role || (e.name == "Dale Fenn" && ro.title == "Ostria governor");
  EXPECT_TRUE(role);
}

// "Two councillors who back Mr Flint met Mr Tarn": the name inside a
// relative clause on a common noun is not the one who met.
TEST(MeetingTest, ANameInARelativeClauseBeforeMetIsNoParticipant) {
  Result r = run("Senator Owen Flint spoke first. Two local councillors who back Mr Flint met Mr "
                 "Ian Tarn in Arundel on Tuesday. Senator Ada Crane met Mr Tarn on Friday.");
  ASSERT_EQ(r.facts.meetings.size(), 1u);
  EXPECT_EQ(r.met(0), (std::set<std::string>{"Ada Crane", "Ian Tarn"}));
}

// "Statistics Ostria said", "a Gallup Ostria poll": a noun before a country
// that ends the run names a body when it speaks or publishes right after;
// an adjective before a country names no body ("Nazi Germany").
TEST(NameShapeTest, ANounBeforeACountryThatSpeaksIsABody) {
  Result r = run("Statistics Canada said jobs rose in May. A Gallup Korea poll showed support at "
                 "13%. Nazi Germany's invasion began in 1939.");
  const auto types = types_of(r);
  for (const char* org : {"Statistics Canada", "Gallup Korea"}) {
    ASSERT_TRUE(types.count(org)) << org;
    EXPECT_EQ(types.at(org), EntityType::Organization) << org;
  }
  EXPECT_EQ(r.speaker(r.statement("jobs rose in May")), "Statistics Canada");
  EXPECT_FALSE(types.count("Nazi Germany"));
}

// "Exclusive Books (EB)": capitalized words before an acronym in brackets
// that spells their initials are its body, even words no lexicon types.
TEST(NameShapeTest, WordsBeforeTheirAcronymInBracketsAreItsBody) {
  Result r = run("The talk was at Exclusive Books (EB) Waterfront on Saturday. EB said the shop was "
                 "full. He saw Jon Smith (JS) there.");
  const auto types = types_of(r);
  ASSERT_TRUE(types.count("Exclusive Books"));
  EXPECT_EQ(types.at("Exclusive Books"), EntityType::Organization);
  EXPECT_EQ(r.speaker(r.statement("the shop was full")), "Exclusive Books");
  EXPECT_EQ(types.at("Jon Smith"), EntityType::Person);
}

// "Lauren Nel from Natural Justice in Cape Town says": a person's name,
// "from" and a name the tagger reads as no place is the person's body; the
// speaker is the person before the affiliation and the place.
TEST(ExtractorTest, ThePersonBeforeAnAffiliationAndAPlaceSpeaks) {
  Result r = run("Lauren Nel from Natural Justice in Cape Town says the plan is bad. Ivo Marr in "
                 "Port Elin says the port is full.");
  EXPECT_EQ(r.speaker(r.statement("the plan is bad")), "Lauren Nel");
  EXPECT_EQ(r.speaker(r.statement("the port is full")), "Ivo Marr");
  Result quoted = run("Sam Moko from South African-based Vaal Justice Alliance says: \u201cWe see no "
                      "clear policy direction.\u201d");
  EXPECT_EQ(quoted.speaker(quoted.statement("no clear policy direction")), "Sam Moko");
  const auto types = types_of(r);
  ASSERT_TRUE(types.count("Natural Justice"));
  EXPECT_EQ(types.at("Natural Justice"), EntityType::Organization);
}

// "he said" after "X said he will meet with Lutnick and Jamieson Greer": the
// second of a pair in a prepositional phrase is no more the topic than the
// first; "he" is X.
TEST(CoreferenceTest, APairInAPrepositionalPhraseIsNoPronounsReferent) {
  Result r = run("Marco Ebra said he will meet with Hal Lutz and Jim Greer next week.\n\n"
                 "\u201cSo next week I am going to talk with both of them,\u201d he said.");
  EXPECT_EQ(r.speaker(r.statement("talk with both of them")), "Marco Ebra");
}

// "The UN estimates at least 1.9 million people are displaced": an
// approximate number opens the reported clause; a participle with its agent
// inside content before a final attribution is no report of its own.
TEST(ExtractorTest, ApproximateNumbersAndParticiplesWithAnAgentAreContent) {
  Result r = run("The UN estimates at least 1.9 million people are displaced. The tariffs announced "
                 "by President Dan Orr on Monday are illogical, Economy Minister Marco Ebra said "
                 "Tuesday.");
  EXPECT_EQ(r.speaker(r.statement("1.9 million people are displaced")), "United Nations");
  EXPECT_EQ(r.speaker(r.statement("are illogical")), "Marco Ebra");
}

// A speech verb in the content that reports nothing there ("add" with an
// object) leaves the content to the attribution after it; one that does
// report keeps its own statement.
TEST(ExtractorTest, ASpeechVerbThatReportsNothingIsContent) {
  Result r = run("Ben Corso spoke on Tuesday. He may add to his senior staff or change their "
                 "roles, he said. The firm will add jobs next year, Ida Lund said. Ida Lund "
                 "added that prices would rise, Ben Corso said.");
  EXPECT_EQ(r.speaker(r.statement("add to his senior staff")), "Ben Corso");
  EXPECT_EQ(r.speaker(r.statement("will add jobs next year")), "Ida Lund");
  EXPECT_EQ(r.speaker(r.statement("prices would rise")), "Ida Lund");
  EXPECT_EQ(r.statement("Lund added"), nullptr);
}

// "X said A but added, “B”": the verb after the conjunction attributes the
// quotation and "said" keeps its own content; "and also said" shares the
// subject. A quotation inside the coordinated verb's content leaves that
// verb its statement.
TEST(ExtractorTest, ACoordinatedVerbBeforeAQuotationIsItsCue) {
  Result r = run("Ann Smith said it was too early to congratulate winners but added, \"I think "
                 "so.\" Ann Smith said the count was slow and also said the vote was fair. Tom "
                 "Bell agreed, but added it was hard to answer when people asked \"What has the "
                 "council done for us?\"");
  ASSERT_NE(r.statement("too early to congratulate"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("too early to congratulate")), "Ann Smith");
  EXPECT_EQ(r.statement("too early to congratulate")->text.find("added"), std::string::npos);
  EXPECT_EQ(r.speaker(r.statement("I think so")), "Ann Smith");
  EXPECT_EQ(r.speaker(r.statement("the vote was fair")), "Ann Smith");
  EXPECT_EQ(r.speaker(r.statement("it was hard to answer")), "Tom Bell");
}

// The listener of "told" takes its outlet noun along: "the BBC News
// website", "the newspaper", "the Reuters news agency", and the outlet's
// name after a demonym ("the Argentine newspaper Clarin"); not a name that
// opens the content ("the newspaper Trump was wrong").
TEST(ExtractorTest, TheListenersOutletNounIsNotContent) {
  Result r = run("Ann Smith told the BBC News website it was a laughable suggestion. Tom Bell "
                 "told the Argentine newspaper Clarin the deal was dead. Ida Lund told the "
                 "newspaper Trump was wrong. Ben Corso told reporters paper ballots were fine.");
  ASSERT_NE(r.statement("laughable"), nullptr);
  EXPECT_EQ(r.statement("laughable")->text, "it was a laughable suggestion");
  ASSERT_NE(r.statement("deal was dead"), nullptr);
  EXPECT_EQ(r.statement("deal was dead")->text, "the deal was dead");
  ASSERT_NE(r.statement("was wrong"), nullptr);
  EXPECT_EQ(r.statement("was wrong")->text, "Trump was wrong");
  ASSERT_NE(r.statement("ballots were fine"), nullptr);
  EXPECT_EQ(r.statement("ballots were fine")->text, "paper ballots were fine");
}

// An inverted speaker named by one word, then "of" and a name: `,” said
// Heiserman of the CORE Teachers.`
TEST(ExtractorTest, ABareNameBeforeOfAndANameSpeaks) {
  Result r = run("The union met on Monday. \"The endorsement was early,\" said Heiserman of the "
                 "CORE Teachers.");
  EXPECT_EQ(r.speaker(r.statement("The endorsement was early")), "Heiserman");
}

// "X and Y have both argued": each named subject speaks; not a relative
// clause ("who have all denied") nor a passive ("have all been mentioned").
TEST(ExtractorTest, NamesThenHaveBothSpeak) {
  Result r = run("Dana Pell and Ian Moor have both argued that workers have lost jobs. Ann "
                 "Smith, Tom Bell and Ida Lund, who have all denied the charges, will hear soon. "
                 "Ben Corso and Ann Smith have all been mentioned as candidates for the post.");
  std::set<std::string> speakers;
  for (const auto& s : r.facts.statements)
    if (s.text.find("workers have lost jobs") != std::string::npos) speakers.insert(r.speaker(&s));
  EXPECT_EQ(speakers, (std::set<std::string>{"Dana Pell", "Ian Moor"}));
  EXPECT_EQ(r.statement("the charges"), nullptr);
  EXPECT_EQ(r.statement("candidates for the post"), nullptr);
}

// A conjunction opening the sentence is no fronted adverbial ("But this
// was the first time ..., she said"); an attribution inside the reported
// sentence stays out of its text; after "said," a connective or a
// condition set off by commas, then a clause, is reported speech.
TEST(ExtractorTest, ConjunctionsAsidesAndInsertedAttributions) {
  Result r = run("Anna White spoke on Monday. But this was the first time the tool was used for "
                 "a flood, she said. But the deal, she said, is dead for now. In the end, she "
                 "said, the vote was close. She said, however, the plan was too costly for the "
                 "city. She said, if elected, she would ask the council to act.");
  ASSERT_NE(r.statement("the first time"), nullptr);
  EXPECT_EQ(r.statement("the first time")->text, "this was the first time the tool was used for a flood");
  ASSERT_NE(r.statement("is dead"), nullptr);
  EXPECT_EQ(r.statement("is dead")->text, "the deal is dead for now");
  ASSERT_NE(r.statement("the vote was close"), nullptr);
  EXPECT_EQ(r.statement("the vote was close")->text, "the vote was close");
  ASSERT_NE(r.statement("too costly"), nullptr);
  EXPECT_EQ(r.statement("too costly")->text, "the plan was too costly for the city");
  ASSERT_NE(r.statement("ask the council"), nullptr);
  EXPECT_EQ(r.statement("ask the council")->text, "if elected, she would ask the council to act");
  EXPECT_EQ(r.speaker(r.statement("ask the council")), "Anna White");
}

// "who said" after appositives set off by commas stands for the person
// named first: "Alan Berger, a doctor from Englewood, New Jersey, who said".
TEST(ExtractorTest, WhoAfterAppositivesStandsForThePerson) {
  Result r = run("Anna White spoke on Monday. \"That may be of concern,\" said Alan Berger, a "
                 "doctor from Englewood, New Jersey, who said he is friendly with the family. "
                 "\"I have never voted,\" said Nicky Dale, 24, from Manchester, who said the "
                 "mayor is best suited to the job.");
  EXPECT_EQ(r.speaker(r.statement("he is friendly with the family")), "Alan Berger");
  EXPECT_EQ(r.speaker(r.statement("the mayor is best suited")), "Nicky Dale");
}

// Inverted speakers with a lower-case description before the name or a
// place after it ("says political scientist Ivan Petrov in Almaty"); a
// party label in parentheses inside the content; "told a Senate panel",
// "told a meeting of the Police Authority"; "As X told Y, ...".
TEST(ExtractorTest, MoreShapesOfReportedSpeech) {
  Result r = run("Even India has more pull through its films, says political scientist Ivan Petrov "
                 "in Almaty. Sen. Bernie Sanders (I-Vt.) remains committed to the race, his top "
                 "aide, Tad Devine, told The Huffington Post. The force includes special troops, "
                 "Defense Secretary Ash Carter told a Senate panel Wednesday. Ian Blair told a "
                 "meeting of the Metropolitan Police Authority it would be unwise to speculate. "
                 "As Hillary Clinton told the New York Daily News, tax relief is given for jobs.");
  EXPECT_EQ(r.speaker(r.statement("more pull through its films")), "Ivan Petrov");
  EXPECT_EQ(r.speaker(r.statement("remains committed to the race")), "Tad Devine");
  ASSERT_NE(r.statement("special troops"), nullptr);
  EXPECT_EQ(r.statement("special troops")->text, "The force includes special troops");
  EXPECT_EQ(r.statement("Senate panel"), nullptr);
  ASSERT_NE(r.statement("unwise to speculate"), nullptr);
  EXPECT_EQ(r.statement("unwise to speculate")->text, "it would be unwise to speculate");
  EXPECT_EQ(r.speaker(r.statement("tax relief is given")), "Hillary Clinton");
}

// "said repeatedly that ...": the adverb is not content. "There, the
// district GOP Chairman Chuck Willis declined ... but said": the subject
// past "There," and the words of the office; not a person a verb's object
// ("The film showed Mr Nattrass, apparently talking about the EU").
TEST(ExtractorTest, AdverbsBeforeThatAndOfficesBeforeTheName) {
  Result r = run("Microsoft has said repeatedly that it wants to be first to the market. There, "
                 "the district GOP Chairman Chuck Willis declined to name the delegates but said "
                 "one was a Trump supporter. The film showed Mr Nattrass, apparently talking "
                 "about the EU budget.");
  ASSERT_NE(r.statement("first to the market"), nullptr);
  EXPECT_EQ(r.statement("first to the market")->text, "it wants to be first to the market");
  EXPECT_EQ(r.speaker(r.statement("one was a Trump supporter")), "Chuck Willis");
  EXPECT_EQ(r.statement("talking about the EU"), nullptr);
}

// After a quotation, `said during an interview` and `said introducing X as
// ...` close the attribution ("during" is no gerund; a gerund with no verb
// of its own opens no content); `said leaving the EU would be a disaster`
// reports content of its own.
TEST(ExtractorTest, PrepositionsAndGerundPhrasesAfterTheQuotationsVerb) {
  Result r = run("Ben Corso spoke on Sunday. \"We will release our records,\" Corso said during "
                 "an interview on CNN on Sunday. \"We need someone tested,\" he said introducing "
                 "Ann Smith as a leader. \"We will win,\" he said leaving the EU would be a "
                 "disaster.");
  EXPECT_EQ(r.speaker(r.statement("We will release our records")), "Ben Corso");
  EXPECT_EQ(r.speaker(r.statement("We need someone tested")), "Ben Corso");
  EXPECT_EQ(r.statement("introducing Ann Smith"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("leaving the EU would be a disaster")), "Ben Corso");
}

// `,” Mitch Ross, R-Ky., said.`: the abbreviation's period does not end the
// attribution; `Said Ross, “...”`: the verb opens the sentence, its
// speaker after it ("Said" is no given name here).
TEST(ExtractorTest, PartyAbbreviationsAndASentenceOpeningSaid) {
  Result r = run("Mitch Ross spoke on Monday. \"The plan failed,\" Mitch Ross, R-Ky., said. Said "
                 "Ross, \"The plan failed badly.\"");
  EXPECT_EQ(r.speaker(r.statement("The plan failed,")), "Mitch Ross");
  EXPECT_EQ(r.speaker(r.statement("The plan failed badly")), "Mitch Ross");
  for (const auto& e : r.facts.entities) EXPECT_NE(e.name, "Said Ross");
}

// "..., he said adding that ...": "said" keeps what came before, the
// participle reports what follows, both for the same speaker.
TEST(ExtractorTest, AParticipleRightAfterSaidReportsWhatFollows) {
  Result r = run("John Jackson spoke. People had turned out to show that the Act was a bad law, he "
                 "said adding that foxes had been killed legally as far as he was aware.");
  ASSERT_NE(r.statement("foxes had been killed"), nullptr);
  EXPECT_EQ(r.statement("foxes had been killed")->text.rfind("foxes", 0), 0u);
  EXPECT_EQ(r.speaker(r.statement("foxes had been killed")), "John Jackson");
  EXPECT_EQ(r.speaker(r.statement("People had turned out")), "John Jackson");
}

// "according to X" set off by commas inside a sentence: the statement is
// both parts ("But the next day, according to Roffman, Trump made further
// demands"), the main clause after a fronted subordinate one, and the first
// part when it is a whole clause; the source ends at its comma, past its
// name set off by commas ("according to its lawyer, Emma Gail of Shearman
// and Sterling, the claim ...").
TEST(ExtractorTest, AnAccordingToInsideTheSentence) {
  Result r = run("Jack Roffman spoke. But the next day, according to Roffman, Trump made further "
                 "demands. While most of those were elevated to the confidential level, according "
                 "to Roffman, two in the batch were upgraded. House prices fell 0.4%, according to "
                 "Nationwide, their biggest fall since 2001. According to its lawyer, Emma Gail of "
                 "Shearman and Sterling, the claim is based on that figure. Meanwhile, according to "
                 "state press reports, carmaker Nanjing Auto is in talks with Rover.");
  ASSERT_NE(r.statement("further demands"), nullptr);
  EXPECT_EQ(r.statement("further demands")->text, "the next day Trump made further demands");
  ASSERT_NE(r.statement("two in the batch"), nullptr);
  EXPECT_EQ(r.statement("two in the batch")->text, "two in the batch were upgraded");
  ASSERT_NE(r.statement("House prices fell"), nullptr);
  EXPECT_EQ(r.statement("House prices fell")->text, "House prices fell 0.4%");
  EXPECT_EQ(r.speaker(r.statement("the claim is based")), "Emma Gail");
  EXPECT_EQ(r.statement("the claim is based")->text, "the claim is based on that figure");
  const StatementFact* talks = r.statement("in talks with Rover");
  EXPECT_TRUE(talks == nullptr || r.speaker(talks) != "Nanjing Auto");
}

// "Trump this month announced ...", "earlier this year said": a time phrase
// of a period between the subject and its speech verb.
TEST(ExtractorTest, APeriodTimePhraseBeforeTheVerbKeepsTheSubject) {
  Result r = run("Mayor Dana Pell this month announced the bridge would close. Ian Moor just this "
                 "week said the tolls were too high. The Harbor Authority earlier this year warned "
                 "that the dam could fail.");
  EXPECT_EQ(r.speaker(r.statement("the bridge would close")), "Dana Pell");
  EXPECT_EQ(r.speaker(r.statement("the tolls were too high")), "Ian Moor");
  EXPECT_EQ(r.speaker(r.statement("the dam could fail")), "Harbor Authority");
}

// After the verb too: "said this week that ...", "told reporters last month
// that ..."; not "this year's", which opens the reported noun phrase.
TEST(ExtractorTest, APeriodTimePhraseAfterTheVerbIsNotTheContent) {
  Result r = run("Ian Moor said this week that the tolls were too high. Dana Pell told reporters "
                 "last month that the bridge would close. Ann Lowe said this year's fair would be "
                 "the best yet.");
  const StatementFact* tolls = r.statement("the tolls were too high");
  ASSERT_NE(tolls, nullptr);
  EXPECT_EQ(tolls->text, "the tolls were too high");
  EXPECT_EQ(r.speaker(tolls), "Ian Moor");
  const StatementFact* bridge = r.statement("the bridge would close");
  ASSERT_NE(bridge, nullptr);
  EXPECT_EQ(bridge->text, "the bridge would close");
  EXPECT_EQ(r.speaker(r.statement("this year's fair would be the best yet")), "Ann Lowe");
}

// A name that is also a modal ("Theresa May said") is the speaker; the
// modal before a verb is a prediction ("Moor may say").
TEST(ExtractorTest, AModalWordInANameIsNoPrediction) {
  Result r = run("Prime Minister Theresa May said that the country would leave. Ian Moor may say "
                 "that the tolls were too high.");
  EXPECT_EQ(r.speaker(r.statement("the country would leave")), "Theresa May");
  EXPECT_EQ(r.statement("the tolls were too high"), nullptr);
}

// A month after a given name that follows a title is a surname even when a
// demonym opens the run ("British Prime Minister Theresa May"); after a
// given name elsewhere in a run a non-name still ends it ("Ben Emmerson
// QC", "Christie and Rolf On Art").
TEST(ExtractorTest, AMonthAfterATitledGivenNameIsASurname) {
  Result r = run("British Prime Minister Theresa May said the talks had failed. Ben Emmerson QC "
                 "said the men had been held for three years.");
  EXPECT_EQ(r.speaker(r.statement("the talks had failed")), "Theresa May");
  bool emmerson = false;
  for (const auto& e : r.facts.entities) {
    EXPECT_NE(e.name, "Ben Emmerson QC");
    emmerson = emmerson || e.name == "Ben Emmerson";
  }
  EXPECT_TRUE(emmerson);
}

// "Detective Inspector Paul Miller of Thames Valley Police", "Rep. Charles
// B. Rangel of New York": titles, a name with its initial, then where the
// person works or comes from; not "Secretary of State ...".
TEST(ExtractorTest, ATitledNameOfABodyIsThePersonAndTheBody) {
  Result r = run("\u201cThe enthusiasm might not be there,\u201d said Rep. Charles B. Rangel of New "
                 "York. Detective Inspector Paul Miller of Thames Valley Police said the men were "
                 "held. Secretary of State Ann Lowe said the talks would go on.");
  EXPECT_EQ(r.speaker(r.statement("The enthusiasm might not be there")), "Charles B. Rangel");
  EXPECT_EQ(r.speaker(r.statement("the men were held")), "Paul Miller");
  EXPECT_EQ(r.speaker(r.statement("the talks would go on")), "Ann Lowe");
  bool police = false;
  for (const auto& e : r.facts.entities) {
    EXPECT_EQ(e.name.find(" of "), std::string::npos) << e.name;
    police = police || (e.name == "Thames Valley Police" && e.type == EntityType::Organization);
  }
  EXPECT_TRUE(police);
}

// An inverted attribution after content that ends in a quoted fragment
// (`This is "the same advantage," reported Reuters.`) and a speaker named
// through a body's possessive ("noted NBC's Dante Chinni", "said Reuters'
// chief executive Ulrich Bez"); a possessive that leads to no person is no
// inverted speaker ("said Trump's lawyer").
TEST(ExtractorTest, InvertedAttributionsAfterAFragmentOrThroughAPossessive) {
  Result r = run("This is \u201croughly the same advantage she has held all month,\u201d reported "
                 "Reuters. Debates are not likely to alter the campaign, noted NBC\u2019s Dante "
                 "Chinni. The Vantage is \u201cthe most important car in our history,\u201d said "
                 "Reuters\u2019 chief executive Ulrich Bez. The deal was legal, said Dan Orr\u2019s "
                 "lawyer.");
  EXPECT_EQ(r.speaker(r.statement("roughly the same advantage")), "Reuters");
  EXPECT_EQ(r.speaker(r.statement("not likely to alter the campaign")), "Dante Chinni");
  EXPECT_EQ(r.speaker(r.statement("the most important car")), "Ulrich Bez");
  EXPECT_EQ(r.statement("The deal was legal"), nullptr);
}

// "The Harbor Authority is filing a complaint ..., claiming that ...": the
// article before a body's name does not hide the clause's subject; and an
// aside set off by commas may stand between the verb and "that" ("continues
// to insist, most recently in an interview, that ...").
TEST(ExtractorTest, TheBeforeABodyAndAnAsideBeforeThat) {
  Result r = run("The Harbor Authority is filing a complaint Monday with the state board, claiming "
                 "that the port had been mismanaged. Dana Pell continues to insist, most recently "
                 "in an interview with the Harbor Gazette, that the tolls were too high.");
  EXPECT_EQ(r.speaker(r.statement("the port had been mismanaged")), "Harbor Authority");
  const StatementFact* tolls = r.statement("the tolls were too high");
  ASSERT_NE(tolls, nullptr);
  EXPECT_EQ(tolls->text, "the tolls were too high");
  EXPECT_EQ(r.speaker(tolls), "Dana Pell");
}

// "Rep. Jim Jordan", "coach Joe Jordan", "Elizabeth France": a one-word
// country after a given name is the surname, and the bare surname later
// ("Jordan said") is the person; a country also named otherwise stays.
TEST(ExtractorTest, ACountryAfterAGivenNameIsASurname) {
  Result r = run("Cheryl Mills and Jim Jordan met on Monday. Mills \u201cgot an immunity "
                 "agreement,\u201d Jordan said.");
  EXPECT_EQ(r.speaker(r.statement("got an immunity agreement")), "Jim Jordan");
  for (const auto& e : r.facts.entities) EXPECT_NE(e.type, EntityType::Country) << e.name;
  Result c = run("Elizabeth France visited Paris. France said it would sign the treaty, and the "
                 "French foreign minister agreed.");
  bool country = false;
  for (const auto& e : c.facts.entities)
    country = country || (e.type == EntityType::Country && e.name == "France");
  EXPECT_TRUE(country) << "the demonym names the country too";
}

// "Ivana Trump's brief said", "Mr Kok's report noted": a person's text
// speaks for them; "said that was not her view": "that" is the subject.
TEST(ExtractorTest, APersonsTextSpeaksForThemAndThatMaybeTheSubject) {
  Result r = run("Ann Lowe's brief said that was not her view. Dana Pell's letter said the deal "
                 "was off. Ian Moor said that the tolls were too high.");
  const StatementFact* view = r.statement("was not her view");
  ASSERT_NE(view, nullptr);
  EXPECT_EQ(view->text, "that was not her view");
  EXPECT_EQ(r.speaker(view), "Ann Lowe");
  EXPECT_EQ(r.speaker(r.statement("the deal was off")), "Dana Pell");
  const StatementFact* tolls = r.statement("the tolls were too high");
  ASSERT_NE(tolls, nullptr);
  EXPECT_EQ(tolls->text, "the tolls were too high");
}

// A quotation's attribution may end in a listener and a period time phrase
// (`"It is rigged," Dana Pell told Harbor News this week.`); a person of a
// body after a given name that is also a word, when the tagger reads a
// person ("Grant Wilson of Mellon Bank").
TEST(ExtractorTest, AListenerAndATimePhraseCloseAQuotationsAttribution) {
  Result r = run("\u201cIt is rigged,\u201d Dana Pell told Harbor News this week. The deal was bad, "
                 "said Grant Wilson of Mellon Bank.");
  EXPECT_EQ(r.speaker(r.statement("It is rigged")), "Dana Pell");
  EXPECT_EQ(r.speaker(r.statement("The deal was bad")), "Grant Wilson");
}

// "called the charges unsubstantiated": an adjective after the object's
// noun makes "called" a speech act (not "called the new office"); "RT and
// its defenders say": the named party with its group speaks.
TEST(ExtractorTest, CalledWithAnAdjectiveAndANamedPartyWithItsDefenders) {
  Result r = run("Dana Pell called the charges unsubstantiated and false. Ian Moor called the new "
                 "office twice. Harbor Motors and its defenders say that the plant is safe.");
  EXPECT_EQ(r.speaker(r.statement("the charges unsubstantiated")), "Dana Pell");
  EXPECT_EQ(r.statement("the new office"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("the plant is safe")), "Harbor Motors");
}

// "Best actor nominees are Philippe Torreton for L'Equipier and ...": a
// person's name, then "for" and a work, is the person alone.
TEST(ExtractorTest, APersonForAWorkIsThePerson) {
  Result r = run("The nominees include Philippe Torreton for L\u2019Equipier. Another is Clare "
                 "Higgins for Hecuba. Philippe Torreton said he was delighted.");
  bool torreton = false, higgins = false;
  for (const auto& e : r.facts.entities) {
    EXPECT_EQ(e.name.find(" for "), std::string::npos) << e.name;
    torreton = torreton || (e.name == "Philippe Torreton" && e.type == EntityType::Person);
    higgins = higgins || (e.name == "Clare Higgins" && e.type == EntityType::Person);
  }
  EXPECT_TRUE(torreton);
  EXPECT_TRUE(higgins);
}

// "CONTENT, X said this week, as it exits ...": a subordinate clause after
// the attribution, however long, leaves the content before it.
TEST(ExtractorTest, ASubordinateClauseAfterTheAttributionLeavesTheContentBefore) {
  Result r = run("Sales are expected to fall in 2005, Harbor Motors said this week, as it exits "
                 "unprofitable areas such as the rental car market and the fleet business.");
  EXPECT_EQ(r.speaker(r.statement("Sales are expected to fall in 2005")), "Harbor Motors");
}

// "The UN and other aid organisations have condemned ...", "Netanyahu and
// allies, who claim ...": the named party with an unnamed group speaks.
TEST(ExtractorTest, ANamedPartyWithAnUnnamedGroupSpeaks) {
  Result r = run("The UN and other aid organisations have condemned the decision. The ban followed "
                 "attacks by Prime Minister Ben Nador and allies, who claim the agency has been "
                 "infiltrated by rebels.");
  EXPECT_EQ(r.speaker(r.statement("the decision")), "United Nations");
  EXPECT_EQ(r.speaker(r.statement("infiltrated by rebels")), "Ben Nador");
}

// "the north London derby", "the inquest into Eloise Parry's death": a
// compass point before the place, and the object a possessive owns, belong to
// the event's name.
TEST(EventTest, ACompassPointAndAPossessedObjectBelongToTheEvent) {
  const auto types = types_of(run("He was at Sunday's north Larkton derby against Brill. The "
                                  "inquest into Ela Parrow's death heard evidence."));
  for (const char* ev : {"north Larkton derby", "inquest into Ela Parrow's death"}) {
    ASSERT_TRUE(types.count(ev)) << ev;
    EXPECT_EQ(types.at(ev), EntityType::Event) << ev;
  }
}

// "A and B spent the season together" is a meeting; "Postman Pat and
// Fireman Sam together in an epic adventure" (no verb) is a cast list.
TEST(MeetingTest, TogetherNeedsSomethingDoneTogether) {
  Result r = run("The film puts Ann Pell, Dora Vance and Bo Lund together in an epic adventure. Ted "
                 "Orr and Kim Hale spent the summer together.");
  ASSERT_EQ(r.facts.meetings.size(), 1u);
  EXPECT_EQ(r.met(0), (std::set<std::string>{"Ted Orr", "Kim Hale"}));
}

// "Within hours of his final talks with Mr Thorn, Sir Ed Heald told the
// nation ...": "his" in a fronted phrase is the person opening the clause
// after it, so Heald, not the man named before, had the talks.
TEST(CoreferenceTest, APossessiveInAFrontedPhraseIsTheSubjectAfterIt) {
  Result r = run("Harold Wilmot waited in the wings. Within hours of his final talks with Mr Jeremy "
                 "Thorn, Sir Ed Heald told the nation he was resigning.");
  ASSERT_EQ(r.facts.meetings.size(), 1u);
  EXPECT_EQ(r.met(0), (std::set<std::string>{"Ed Heald", "Jeremy Thorn"}));
}

// "X met Y and Z": each of a pair of objects was met, past their titles.
TEST(MeetingTest, APairOfObjectsWereEachMet) {
  Result r = run("Tony Blade has met Italian Prime Minister Silvo Berlin and German Chancellor "
                 "Gerd Schrode to talk about trade.");
  std::set<std::set<std::string>> pairs;
  for (size_t i = 0; i < r.facts.meetings.size(); ++i) pairs.insert(r.met(i));
  EXPECT_EQ(pairs, (std::set<std::set<std::string>>{{"Tony Blade", "Silvo Berlin"},
                                                     {"Tony Blade", "Gerd Schrode"}}));
}

// "‘...’: Karst Research" before "Ola Berg of Karst Research & Associates
// Inc.": the opening words of a body named in the article are that body.
TEST(NameShapeTest, TheNameAfterTheCountryOpeningABodysNameIsThatBody) {
  Result r = run("The New Zealand Department of Conservation counted the whales. The Department of "
                 "Conservation said the whales had died.");
  const auto types = types_of(r);
  EXPECT_FALSE(types.count("Department of Conservation"));
  EXPECT_EQ(r.speaker(r.statement("the whales had died")), "New Zealand Department of Conservation");
}

TEST(NameShapeTest, TheOpeningWordsOfABodysNameAreThatBody) {
  Result r = run("Karst Research warned of a slowdown.\n\nOla Berg of Karst Research & Associates "
                 "Inc. said the economy is barely scraping by.");
  const auto types = types_of(r);
  EXPECT_FALSE(types.count("Karst Research"));
  ASSERT_TRUE(types.count("Karst Research & Associates Inc."));
  EXPECT_EQ(types.at("Karst Research & Associates Inc."), EntityType::Organization);
  // So is a body of the lexicons: "Merrill" beside "Merrill Lynch".
  Result bank =
      run("A former executive at the London offices of Merrill Lynch has lost her claim. Ms "
          "Villalbe, the former head of Merrill's private client business in Europe, has made no "
          "decision. \u201cWe said from the start that this case was about performance,\u201d "
          "Merrill said in a statement.");
  EXPECT_FALSE(types_of(bank).count("Merrill"));
  EXPECT_EQ(bank.speaker(bank.statement("about performance")), "Merrill Lynch");
}

// A name spelled twice with one letter off is one person ("Rushdiyah Narker",
// "Rushiyah Narker"); short first names one letter apart are two people.
TEST(CoreferenceTest, ANameWithOneLetterOffIsTheSamePerson) {
  Result r = run("Author Rushdiyah Narkel said she reads romance. In front is Rushiyah Narkel, from "
                 "Kensington. Later Dana Lindo and Dina Lindo spoke too.");
  const auto types = types_of(r);
  EXPECT_EQ(types.count("Rushdiyah Narkel") + types.count("Rushiyah Narkel"), 1u);
  EXPECT_TRUE(types.count("Dana Lindo"));
  EXPECT_TRUE(types.count("Dina Lindo"));
}

// A shorter name that opens one longer person's name is that person ("Te
// Kaurinui Robert" beside "Te Kaurinui Robert Parata"), but a father is not
// his son "... Jr.".
TEST(CoreferenceTest, TheOpeningWordsOfAPersonsNameAreThatPerson) {
  Result r = run("Te Kaurinui Robert Parata carved the design. Later Te Kaurinui Robert said the "
                 "whales were sacred. Dale Ruml Jr. spoke after Dale Ruml left.");
  const auto types = types_of(r);
  EXPECT_FALSE(types.count("Te Kaurinui Robert"));
  EXPECT_EQ(r.speaker(r.statement("the whales were sacred")), "Te Kaurinui Robert Parata");
  EXPECT_TRUE(types.count("Dale Ruml"));
  EXPECT_TRUE(types.count("Dale Ruml Jr."));
}

// The byline's authors are people of the article even when the text does
// not print them; "MND Staff" is the outlet; the publisher is a body unless
// the article names it in a fuller form.
TEST(BylineTest, MetadataAuthorsAndThePublisherAreEntities) {
  core::Document doc;
  doc.id = "t";
  doc.text = "Headline\n\nYoon apologized on Saturday. BuzzFeed News reported the story.";
  doc.byline = {"Abigail Wills", "MND Staff"};
  doc.publisher = "BuzzFeed";
  Result r{extract_article(doc, lexicons())};
  const auto types = types_of(r);
  ASSERT_TRUE(types.count("Abigail Wills"));
  EXPECT_EQ(types.at("Abigail Wills"), EntityType::Person);
  ASSERT_TRUE(types.count("MND"));
  EXPECT_EQ(types.at("MND"), EntityType::Organization);
  EXPECT_FALSE(types.count("MND Staff"));
  EXPECT_FALSE(types.count("BuzzFeed"));
  doc.text = "Headline\n\nWhales beached on Monday.";
  doc.byline.clear();
  doc.publisher = "the Guardian";
  Result guardian{extract_article(doc, lexicons())};
  EXPECT_TRUE(types_of(guardian).count("the Guardian"));
}

// A compass word opening a sentence is part of the name after it (it was
// dropped as a sentence-initial common word: "Yorkshire Police", a place).
TEST(ExtractorTest, CompassWordOpeningASentenceOpensTheName) {
  Result r = run(
      "West Yorkshire Police said two men had been arrested. North Wales Police confirmed the "
      "arrests.\n\nSouth American-themed restaurants opened in the city.");
  const auto types = types_of(r);
  for (const char* body : {"West Yorkshire Police", "North Wales Police"}) {
    ASSERT_TRUE(types.count(body)) << body;
    EXPECT_EQ(types.at(body), EntityType::Organization) << body;
  }
  for (const char* cut : {"Yorkshire Police", "Wales Police", "South American-themed"})
    EXPECT_FALSE(types.count(cut)) << cut;
  EXPECT_EQ(r.speaker(r.statement("two men had been arrested")), "West Yorkshire Police");
}

// "Rep. Dana Pell of Ohio said": a state after "of" is a place, not a
// person "Ohio" who speaks; the person before the affiliation speaks, also
// past a relative clause ("of Connecticut, who campaigned ..., said").
TEST(SpeakerTest, AStateAfterANameIsAPlaceAndThePersonSpeaks) {
  Result r = run("Rep. Dana Pell of Ohio said the plan would fail.");
  EXPECT_EQ(r.speaker(r.statement("the plan would fail")), "Dana Pell");
  const auto types = types_of(r);
  ASSERT_TRUE(types.count("Ohio"));
  EXPECT_EQ(types.at("Ohio"), EntityType::Place);

  Result c = run("Sen. Grant Wilson of Connecticut, who campaigned with the governor, said the "
                 "party must focus on turnout.");
  EXPECT_EQ(c.speaker(c.statement("the party must focus on turnout")), "Grant Wilson");
}

// "The New Jersey senator said": a place between the article and the head
// of a description leaves it a description of the senator named before.
TEST(SpeakerTest, APlaceInsideADescription) {
  Result r = run("Sen. Maria Olsen spoke on Monday. The New Jersey senator said she is looking "
                 "ahead to the contest.");
  EXPECT_EQ(r.speaker(r.statement("looking ahead to the contest")), "Maria Olsen");
}

// `“It is just not true.” He said the bank ...`: after a quotation that
// ends its sentence, a speech verb with a clause of its own reports that
// clause; one with only a hearer and a time still attributes the quotation.
TEST(SpeakerTest, AVerbWithAClauseAfterAClosedQuotationReportsTheClause) {
  Result r = run("Tom Varga spoke first. \u201cIt is just not true.\u201d He said the bank would "
                 "not go far enough. \u201cIt was close.\u201d He told reporters on Sunday.");
  EXPECT_EQ(r.speaker(r.statement("the bank would not go far enough")), "Tom Varga");
  EXPECT_EQ(r.speaker(r.statement("It was close")), "Tom Varga");
  EXPECT_EQ(r.speaker(r.statement("It is just not true")), "");
}

// "calling the judge a hater" after a clause that reports nothing is the
// clause subject's statement; after the speaker's own report in the same
// sentence it goes on that one statement (GOLD.md); what the object was
// called runs past an appositive and ends with the quotation's comma.
TEST(SpeakerTest, CallingSomeoneSomething) {
  Result r = run("Dana Pell spoke at a rally on Monday, calling the judge a hater.");
  EXPECT_EQ(r.speaker(r.statement("calling the judge a hater")), "Dana Pell");

  Result c = run("Dana Pell commended the mayor for the plan, calling it \u201ca model for the "
                 "region.\u201d");
  ASSERT_EQ(c.facts.statements.size(), 1u);
  EXPECT_NE(c.facts.statements[0].text.find("commended the mayor"), std::string::npos);
  EXPECT_NE(c.facts.statements[0].text.find("a model for the region"), std::string::npos);

  Result a = run("Dana Pell called Tom Varga, her rival, a \u201chorrible, horrible liar,\u201d and "
                 "then left the hall.");
  const StatementFact* st = a.statement("her rival");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(a.speaker(st), "Dana Pell");
  EXPECT_NE(st->text.find("horrible liar"), std::string::npos);
  EXPECT_EQ(st->text.find("left the hall"), std::string::npos);
}

// ", saying ..." takes the clause's subject: a given name ending in "-ly"
// is no adverb opening the sentence ("Holly Brandt threw ..."), and the
// comma may stand inside a closing quotation mark (`“lied,” saying`).
TEST(SpeakerTest, SayingAfterTheClauseOfANamedSubject) {
  Result r = run("Holly Brandt threw her support behind Tom Varga on Wednesday, saying it is time "
                 "for a change.");
  EXPECT_EQ(r.speaker(r.statement("it is time for a change")), "Holly Brandt");
  Result q = run("Dana Pell blamed the press for the row over the claim that Tom Varga "
                 "\u201clied,\u201d saying they were nitpicking.");
  EXPECT_EQ(q.speaker(q.statement("they were nitpicking")), "Dana Pell");
}

// "King Amrullah of Jordan": the person is "Amrullah", not a name ending
// in "of" (the country after it is its own entity).
TEST(NameShapeTest, APersonsNameDoesNotEndInTheConnectorBeforeACountry) {
  const auto types = types_of(run("Tony Blair said that King Amrullah of Jordan paid for the trip."));
  ASSERT_TRUE(types.count("Amrullah"));
  EXPECT_EQ(types.at("Amrullah"), EntityType::Person);
  ASSERT_TRUE(types.count("Jordan"));
  for (const auto& [name, type] : types) EXPECT_FALSE(name.ends_with(" of")) << name;
}

// "the Dana Varga Award", "the Tom Pell Show": an award or a show named
// after someone is no person; "Kelby Road", "Varga Square" are places.
TEST(NameShapeTest, AnAwardOrAShowIsNoPersonAndAStreetIsAPlace) {
  const auto types = types_of(run("She won the Dana Varga Award last year and appeared on the Tom "
                                  "Pell Show. Crowds gathered on Kelby Road and in Varga Square."));
  EXPECT_FALSE(types.count("Dana Varga Award"));
  EXPECT_FALSE(types.count("Tom Pell Show"));
  for (const auto& [name, type] : types) EXPECT_NE(type, EntityType::Person) << name;
  for (const char* place : {"Kelby Road", "Varga Square"}) {
    ASSERT_TRUE(types.count(place)) << place;
    EXPECT_EQ(types.at(place), EntityType::Place) << place;
  }
}

// "At Milan he won two titles": a word the tagger reads as a club or a
// place where it stands alone is no surname used alone, so "Inter Milan"
// and "Lycos Europe" stay bodies, not people.
TEST(TaggerTypingTest, AClubOrPlaceWordAloneIsNoSurname) {
  const auto clubs = types_of(run("He joined Inter Milan in 2001. At Milan he won two titles, and "
                                  "Milan fans loved him."));
  ASSERT_TRUE(clubs.count("Inter Milan"));
  EXPECT_EQ(clubs.at("Inter Milan"), EntityType::Organization);
  const auto firms = types_of(run("Lycos Europe reported a loss. Europe accounted for most of its "
                                  "sales, Lycos Europe said."));
  ASSERT_TRUE(firms.count("Lycos Europe"));
  EXPECT_EQ(firms.at("Lycos Europe"), EntityType::Organization);
}

// `He said Mr Varga had spoken ..., adding: “He went beyond ...”`: the
// quotation after ", adding:" is the sentence subject's, not the person
// the report names, nor a name inside the quotation.
TEST(SpeakerTest, AddingColonQuotationIsTheClauseSubjects) {
  Result r = run("Dana Pell said the families were delighted. He said Mr Varga had spoken with "
                 "\"such sincerity\", adding: \"He went beyond what we thought he would, he took "
                 "time to listen.\"");
  EXPECT_EQ(r.speaker(r.statement("He went beyond")), "Dana Pell");
}

// A headline that opens with its source and a colon ("Dana Pell: Varga is
// not fit to lead") reports what the source says, as an indirect statement;
// one that opens with a label ("Analysis: ...") reports nothing.
TEST(SpeakerTest, AHeadlineOpeningWithItsSourceAndAColon) {
  core::Document doc;
  doc.id = "t";
  doc.text = "Dana Pell: Tom Varga is not fit to lead the party\n\nThe row went on for weeks.";
  ArticleFacts facts = extract_article(doc, lexicons());
  ASSERT_EQ(facts.statements.size(), 1u);
  EXPECT_EQ(facts.statements[0].text, "Tom Varga is not fit to lead the party");
  EXPECT_EQ(facts.statements[0].kind, StatementKind::Indirect);
  EXPECT_EQ(facts.entities[static_cast<size_t>(facts.statements[0].speaker)].name, "Dana Pell");

  doc.text = "Analysis: Tom Varga is not fit to lead the party\n\nThe row went on for weeks.";
  EXPECT_TRUE(extract_article(doc, lexicons()).statements.empty());
}

// "As reported by The Washington Post, ..." and "..., as reported by The
// Washington Post": the agent of the report is its source.
TEST(SpeakerTest, AsReportedByTheAgent) {
  Result r = run("As reported by The Washington Post, the mayor was told of the risk in March.");
  EXPECT_EQ(r.speaker(r.statement("the mayor was told of the risk")), "The Washington Post");
  Result e = run("The mayor was told of the risk in March, as reported by The Washington Post.");
  EXPECT_EQ(e.speaker(e.statement("mayor was told of the risk")), "The Washington Post");
}

// "Velmora said ... The figures come from the technology group Velmora":
// the lone word that speaks is the body the article names so, one entity,
// not a person "Velmora" besides.
TEST(CoreferenceTest, ALoneSpeakingWordIsTheBodyOfThatName) {
  Result r = run("Velmora said the market would grow. The figures come from the technology group "
                 "Velmora.");
  int velmora = 0;
  for (const auto& e : r.facts.entities) {
    if (e.name != "Velmora") continue;
    ++velmora;
    EXPECT_EQ(e.type, EntityType::Organization);
  }
  EXPECT_EQ(velmora, 1);
  EXPECT_EQ(r.speaker(r.statement("the market would grow")), "Velmora");
  EXPECT_EQ(r.speaker_type(r.statement("the market would grow")), EntityType::Organization);
}

// "if the party won the General Election": a title that is also an
// adjective, then a common word, names no one; "President Varga" does.
TEST(NameShapeTest, ATitleBeforeACommonWordIsNoPerson) {
  const auto types = types_of(run("The plans would be brought in if the party won the General "
                                  "Election, President Varga said."));
  EXPECT_FALSE(types.count("Election"));
  for (const auto& [name, type] : types) EXPECT_NE(name, "Election");
  ASSERT_TRUE(types.count("Varga"));
  EXPECT_EQ(types.at("Varga"), EntityType::Person);
}

// "Dell shares rose after the Dell results. Dell said ...": where the
// tagger reads a word in the article more often as a body's name than a
// person's, the lone word that speaks is that body; "shares in Dell" is
// no place beside the company Dell.
TEST(TaggerTypingTest, ALoneSpeakerTheArticleReadsAsABodyIsTheBody) {
  Result r = run("Dell shares rose after the Dell results. Dell said demand was strong.");
  EXPECT_EQ(r.speaker(r.statement("demand was strong")), "Dell");
  EXPECT_EQ(r.speaker_type(r.statement("demand was strong")), EntityType::Organization);
  const auto types = types_of(run("Shares in Dell rose after Dell reported strong sales of its "
                                  "laptops. Dell said demand was strong."));
  ASSERT_TRUE(types.count("Dell"));
  EXPECT_EQ(types.at("Dell"), EntityType::Organization);
  int dells = 0;
  for (const auto& e : run("Shares in Dell rose after Dell reported strong sales of its laptops. "
                           "Dell said demand was strong.")
                           .facts.entities)
    dells += e.name == "Dell";
  EXPECT_EQ(dells, 1);
}

// "Prince Karvel Island", "Imam Dorsa International Airport": a title that
// opens a place's name is part of it; "Mr Karvik Bay" is still a person.
TEST(NameShapeTest, ATitleOpeningAPlacesNameIsPartOfIt) {
  const auto types = types_of(run("They sailed to Prince Karvel Island and flew home from Imam "
                                  "Dorsa International Airport. Mr Karvik Bay was not with them."));
  for (const char* place : {"Prince Karvel Island", "Imam Dorsa International Airport"}) {
    ASSERT_TRUE(types.count(place)) << place;
    EXPECT_EQ(types.at(place), EntityType::Place) << place;
  }
  ASSERT_TRUE(types.count("Karvik Bay"));
  EXPECT_EQ(types.at("Karvik Bay"), EntityType::Person);
  // An office title makes a titled person, whatever word ends the name.
  const auto office = types_of(run("Governor Bo Park said taxes would fall."));
  ASSERT_TRUE(office.count("Bo Park"));
  EXPECT_EQ(office.at("Bo Park"), EntityType::Person);
}

// "Carter however said ...": a connective between the subject and the
// speech verb, without commas, is passed over like an adverb.
TEST(SpeakerTest, ConnectiveBetweenSubjectAndVerb) {
  Result r = run("Ash Corvel spoke on Monday. Corvel however said he would welcome the deal.");
  EXPECT_EQ(r.speaker(r.statement("he would welcome the deal")), "Ash Corvel");
}

// A word or two in quotation marks inside a relative clause or an
// appositive (a scare quote, a title) does not hide the subject from the
// verb after it: "Hulme, who calls the plan a “disaster,” said ...".
TEST(SpeakerTest, ScareQuoteInsideAnAsideBeforeTheVerb) {
  Result r =
      run("Gordon Hulme spoke at the rally. Hulme, who calls the plan a \u201cdisaster,\u201d "
          "said he does not believe it will pass.");
  EXPECT_EQ(r.speaker(r.statement("he does not believe it will pass")), "Gordon Hulme");
  Result t =
      run("Ed Harlow, the co-author of \"Going Viral,\" about the spread of rumours, said "
          "the days of one shared story are gone.");
  EXPECT_EQ(t.speaker(t.statement("the days of one shared story are gone")), "Ed Harlow");
  // A quotation that stands alone keeps its own attribution.
  Result q = run("Gordon Hulme spoke. \u201cWe will not give up on this plan,\u201d said Hulme.");
  EXPECT_EQ(q.speaker(q.statement("We will not give up")), "Gordon Hulme");
}

// "Small, who attended the rally, said": a surname that is also a common
// word stands for the person named in full before it when a relative
// clause about a person follows it.
TEST(SpeakerTest, CommonWordSurnameBeforeARelativeClause) {
  Result r =
      run("Marty Small spoke at the rally. Small, who attended the rally on Wednesday, said "
          "the city was devastated.");
  EXPECT_EQ(r.speaker(r.statement("the city was devastated")), "Marty Small");
  // Not a common noun opening a clause: "Small businesses, which ..., said" is nobody named.
  Result b =
      run("Marty Small spoke at the rally. Small businesses, which employ most workers, "
          "said the city was devastated.");
  EXPECT_NE(b.speaker(b.statement("the city was devastated")), "Marty Small");
}

// "Pell said in politics it takes time to build trust": after a phrase of
// a preposition, "it" or "there" before a finite verb opens what was said,
// as a subject pronoun does (SubjectPronounOpensTheReportAfterAPhrase).
TEST(ReportedSpeechTest, ClauseAfterAPrepositionalPhrase) {
  Result r = run("Dana Pell spoke. Pell said in politics it takes time to build trust.");
  EXPECT_EQ(r.speaker(r.statement("it takes time to build trust")), "Dana Pell");
  Result s = run("Dana Pell spoke. Pell said on Monday there was no deal yet.");
  EXPECT_EQ(s.speaker(s.statement("there was no deal yet")), "Dana Pell");
  // A tail with no clause of its own reports nothing new.
  Result t = run("Dana Pell spoke. \u201cWe are ready,\u201d Pell said in an interview on Monday.");
  EXPECT_EQ(t.facts.statements.size(), 1u);
}

// `“Thank you,” Cruz replied, before adding that ...`: a gerund after
// "before" or "after", set off by a comma, goes on from the speaker of the
// quotation the sentence opens with.
TEST(ReportedSpeechTest, GerundPhraseAfterAQuotationsAttribution) {
  Result r =
      run("\u201cThank you, son,\u201d Tad Corwin replied, before adding that he thinks "
          "children should speak with respect.");
  EXPECT_EQ(r.speaker(r.statement("children should speak with respect")), "Tad Corwin");
}

// `“...” Strand said the “justice” of the rebate remained.`: a verb after
// a quotation that reports a clause of its own, scare quotes and all, opens
// a new statement and is no attribution of the quotation before it.
TEST(SpeakerTest, ScareQuoteInsideTheNextReportDoesNotEndIt) {
  Result r =
      run("Alan Brady said: \u201cWe must keep the rebate.\n\n\u201cThe UK is already one of "
          "the biggest contributors.\u201d Jon Strand said the \u201cjustice\u201d of the "
          "rebate remained.");
  EXPECT_EQ(r.speaker(r.statement("the biggest contributors")), "Alan Brady");
  EXPECT_EQ(r.speaker(r.statement("of the rebate remained")), "Jon Strand");
}

// "Douglas Harlan shares rose", "Marcus Whitby board members": a name that
// a word only a body has follows (a company's shares, board or chief
// executive, a club's players) is a body's name, whatever the tagger read;
// a manager's "side" is no such word.
TEST(TaggerTypingTest, ANameWithACompanysWordAfterItIsABody) {
  for (const char* text :
       {"Douglas Harlan shares rose 5% on Monday.", "Marcus Whitby board members met on Monday.",
        "Douglas Harlan chief executive Ann Rook spoke."}) {
    const auto types = types_of(run(text));
    const std::string body = text[0] == 'D' ? "Douglas Harlan" : "Marcus Whitby";
    ASSERT_TRUE(types.count(body)) << text;
    EXPECT_EQ(types.at(body), EntityType::Organization) << text;
  }
  const auto types = types_of(run("Ben Harkin's side lost. Ann Rook spoke."));
  for (const char* person : {"Ben Harkin", "Ann Rook"}) {
    ASSERT_TRUE(types.count(person)) << person;
    EXPECT_EQ(types.at(person), EntityType::Person) << person;
  }
}

// "Former Chelsea captain Pyle": "former" opening a sentence is no part of
// the name after it unless a title word follows ("Former President ...");
// a club that is also a given name is no person "Former Chelsea".
TEST(NameShapeTest, FormerBeforeANameIsNoPartOfIt) {
  Result r =
      run("Tom Pyle insists there is no chance of history repeating itself when Chelsea "
          "take on Ajax on Wednesday. Former Chelsea captain Pyle, who is now playing in "
          "Qatar, says there is no comparison. Former President Ann Rook said she was tired.");
  for (const auto& e : r.facts.entities)
    EXPECT_EQ(e.name.find("Former"), std::string::npos) << e.name;
  EXPECT_EQ(r.speaker(r.statement("there is no comparison")), "Tom Pyle");
  EXPECT_EQ(r.speaker(r.statement("she was tired")), "Ann Rook");
}

// Orchestras and choirs are bodies (org_words.tsv), not persons.
TEST(TaggerTypingTest, AnOrchestraIsABody) {
  const auto types =
      types_of(run("The concert by the Dunmore Symphony Orchestra was sold out, and "
                   "the Kelvale Philharmonic played Mahler."));
  for (const char* body : {"Dunmore Symphony Orchestra", "Kelvale Philharmonic"}) {
    ASSERT_TRUE(types.count(body)) << body;
    EXPECT_EQ(types.at(body), EntityType::Organization) << body;
  }
}

// "..., but according to those present, it was embarrassing": after a
// conjunction, "according to X," opens the clause it reports.
TEST(ReportedSpeechTest, AccordingToAfterAConjunctionReportsWhatFollows) {
  Result r =
      run("Lord Ashby went along to listen, but according to Ann Rook, it was embarrassing to "
          "see how little the minister knew.");
  const StatementFact* st = r.statement("embarrassing");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(r.speaker(st), "Ann Rook");
  EXPECT_EQ(st->text.find("went along"), std::string::npos) << st->text;
  // At the end of the sentence it still reports what came before.
  Result e = run("The plan failed, according to Tom Pyle.");
  EXPECT_EQ(e.speaker(e.statement("The plan failed")), "Tom Pyle");
}

// "told the BBC at that time that it had not ...": "that" before a word of
// time is a demonstrative, not the conjunction opening what was told.
TEST(ReportedSpeechTest, ThatTimeIsNotTheConjunction) {
  Result r = run("Acme told the BBC at that time that it had not negotiated with the agency.");
  const StatementFact* st = r.statement("negotiated with the agency");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(st->text, "it had not negotiated with the agency");
}

// "The tone of the campaign, said Mr Milburn, would be more conversational":
// an inverted attribution between the subject and its verb splits one
// reported sentence, which is the statement, as "The museum, Mr. Bush
// said, celebrated ..." is.
TEST(ReportedSpeechTest, InvertedAttributionInsideTheReportedSentence) {
  Result r =
      run("Alan Milbury spoke. The tone of the campaign, said Mr Milbury, would be more "
          "conversational than rhetorical.");
  const StatementFact* st = r.statement("The tone of the campaign");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(r.speaker(st), "Alan Milbury");
  EXPECT_NE(st->text.find("more conversational"), std::string::npos) << st->text;
  Result a = run("The new rules, said Ann Rook, the minister, will take effect in May.");
  EXPECT_EQ(a.speaker(a.statement("will take effect in May")), "Ann Rook");
}

// "Dunmore Bank and Kelvale Trust Group": two bodies' names, each ending in
// a body's head word, joined by "and" are two bodies; "Securities and
// Exchange Commission" stays one.
TEST(NameShapeTest, TwoBodiesJoinedByAnd) {
  const auto types =
      types_of(run("Shares fell at Dunmore Bank and Kelvale Trust Group on Monday. "
                   "The Securities and Exchange Commission said nothing."));
  for (const char* body :
       {"Dunmore Bank", "Kelvale Trust Group", "Securities and Exchange Commission"}) {
    ASSERT_TRUE(types.count(body)) << body;
    EXPECT_EQ(types.at(body), EntityType::Organization) << body;
  }
  EXPECT_FALSE(types.count("Dunmore Bank and Kelvale Trust Group"));
  // A body of the lexicons or a person before "and" is whole by itself too.
  const auto more =
      types_of(run("Shares rose after Gordon Brown and Dunmore Bank agreed a deal, "
                   "and after Microsoft and Kelvale Trust Group did."));
  for (const char* body : {"Dunmore Bank", "Microsoft", "Kelvale Trust Group"}) {
    ASSERT_TRUE(more.count(body)) << body;
    EXPECT_EQ(more.at(body), EntityType::Organization) << body;
  }
  ASSERT_TRUE(more.count("Gordon Brown"));
  EXPECT_EQ(more.at("Gordon Brown"), EntityType::Person);
}

// "The Economist", "The Times": a body of organizations.tsv whose name
// begins with "The" is found where the article writes the "The" (not "up
// the Hill"), and only as the whole run ("The Independent Police ...
// Commission" is another body).
TEST(NameShapeTest, ABodysNameThatBeginsWithThe) {
  const auto types =
      types_of(run("He reads The Economist every week. The Times on Monday said "
                   "the party would lose. The Independent Police Complaints "
                   "Commission said it would act. They met on the Hill."));
  for (const char* body :
       {"The Economist", "The Times", "Independent Police Complaints Commission"}) {
    ASSERT_TRUE(types.count(body)) << body;
    EXPECT_EQ(types.at(body), EntityType::Organization) << body;
  }
  EXPECT_FALSE(types.count("The Independent"));
  EXPECT_FALSE(types.count("The Hill"));
  EXPECT_FALSE(types.count("Times"));
}

// After a quotation that ends its sentence, the next sentence is no
// attribution of it when it introduces a quotation of its own, sources
// itself "according to" someone, or names a hearer after "told".
TEST(SpeakerTest, TheNextSentenceIsNoAttributionOfAClosedQuotation) {
  Result r =
      run("Nick Garvin told reporters the plans were a move onto their turf. He said: "
          "\u201cWe accept that they will take votes from us.\u201d Asked about it, Mr Harwood "
          "told the BBC: \u201cI reject that entirely.\u201d");
  EXPECT_EQ(r.speaker(r.statement("We accept that they will take votes")), "Nick Garvin");
  EXPECT_EQ(r.speaker(r.statement("I reject that entirely")), "Harwood");
  Result a =
      run("Arno Wenz spoke to reporters. \u201cHe does what he likes anyway. He can go "
          "abroad one day and see how it is.\u201d But later, according to The Independent, "
          "Wenz spoke to a smaller group.");
  EXPECT_NE(a.speaker(a.statement("He does what he likes anyway")), "The Independent");
  Result t =
      run("Bo Jansen, who edits the magazine, spoke. \u201cI do not see why the minister "
          "has to get involved in this,\u201d the magazine editor told BBC Radio.");
  EXPECT_NE(t.speaker(t.statement("I do not see why the minister")), "BBC Radio");
}

// "Reiterating Trump's call for a major increase ..., Hegseth stated":
// the participle repeats someone's own report, which stays theirs.
TEST(ReportedSpeechTest, AParticipleRepeatingSomeonesOwnReport) {
  Result r =
      run("President Dan Corrigan spoke. Reiterating Corrigan\u2019s call for a major "
          "increase in military budgets, Pete Halsey stated, \u201cTwo percent is not "
          "enough, and I agree.\u201d");
  const StatementFact* call = r.statement("a major increase in military budgets");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(r.speaker(call), "Dan Corrigan");
  EXPECT_EQ(call->text.find("stated"), std::string::npos) << call->text;
  EXPECT_EQ(r.speaker(r.statement("Two percent is not enough")), "Pete Halsey");
}

// "according to a Deloitte report": a lone name that issues a document
// after "a" is a body, whatever the tagger read.
TEST(TaggerTypingTest, ALoneNameIssuingAReportIsABody) {
  Result r = run("Two billion people will own a mobile, according to a Deloitte report.");
  const StatementFact* st = r.statement("Two billion people");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(r.speaker(st), "Deloitte");
  EXPECT_EQ(r.speaker_type(st), EntityType::Organization);
}

// Three more ways a report opens: "has said for weeks he’s the only
// candidate" (a subject pronoun with its contraction), "shot back that"
// (speech_verbs.tsv), and a speaker "of Columbia, South Carolina" whose
// place has its state after a comma.
TEST(ReportedSpeechTest, ContractionPhrasalVerbAndPlaceWithState) {
  Result a =
      run("Tom Cray spoke. Cray has said for weeks he\u2019s the only candidate who can win.");
  EXPECT_EQ(a.speaker(a.statement("the only candidate who can win")), "Tom Cray");
  Result b = run("Dan Hollis spoke. Hollis shot back that the journalist had not been called on.");
  EXPECT_EQ(b.speaker(b.statement("the journalist had not been called on")), "Dan Hollis");
  Result c = run("Stacy Barber of Columbia, South Carolina says she really thinks Cray can win.");
  EXPECT_EQ(c.speaker(c.statement("she really thinks Cray can win")), "Stacy Barber");
  // Shooting back is speech only with what was said.
  Result d = run("Police shot back at the gunmen, who fled.");
  EXPECT_TRUE(d.facts.statements.empty());
}

// "..., but Mike Goodall thought ...", ", and Ms. Brand is among the few":
// a clause about another person named, with a verb of its own, ends the
// reported words; "but he would not ..." may still be the speaker's.
TEST(ReportedSpeechTest, AClauseAboutAnotherNamedPersonEndsTheReport) {
  Result r =
      run("Dave Karson said the comic might boost younger viewers, but Mike Goodall thought "
          "the humour could prompt viewers to switch off.");
  const StatementFact* st = r.statement("the comic might boost younger viewers");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(st->text, "the comic might boost younger viewers");
  Result a =
      run("The Tories announced they would back the plans although Michael Hurd was forced "
          "to deny the cabinet was split.");
  const StatementFact* at = a.statement("they would back the plans");
  ASSERT_NE(at, nullptr);
  EXPECT_EQ(at->text, "they would back the plans");
  Result p = run("Dave Karson said the plan would pass, but he would not vote for it.");
  EXPECT_NE(p.statement("the plan would pass, but he would not vote for it"), nullptr);
}

// `Rook said Hollis had complained he had inherited a mess. “He does not
// stop there ...”`: an unattributed quotation goes on in the voice of the
// sentence's outer report, not of the report nested in its words.
TEST(SpeakerTest, AFollowingQuotationTakesTheOuterReportsVoice) {
  Result r =
      run("Ann Rook said Dan Hollis had complained he had inherited a mess at the ministry. "
          "\u201cHe does not stop there. He thinks the whole cabinet is weak.\u201d");
  EXPECT_EQ(r.speaker(r.statement("He does not stop there")), "Ann Rook");
  bool nested = false;  // the report inside Rook's words stays Hollis's
  for (const auto& st : r.facts.statements)
    nested = nested || (st.text == "he had inherited a mess at the ministry" &&
                        r.speaker(&st) == "Dan Hollis");
  EXPECT_TRUE(nested);
}

// "promised to defeat Randolph thanks to the family name, Lois Frenkel
// said.": "thanks to" is a preposition, not thanking, and the report
// inside the sentence ends before the sentence's own attribution.
TEST(ReportedSpeechTest, ThanksToIsNoCueAndANestedReportEndsAtTheAttribution) {
  Result r =
      run("Alan Grover promised to defeat Randolph thanks to the family name, Lois Frenkel "
          "said.");
  for (const auto& st : r.facts.statements) {
    EXPECT_EQ(st.text.find("Frenkel said"), std::string::npos) << st.text;
    EXPECT_NE(r.speaker(&st), "Randolph") << st.text;
  }
  Result t = run("Ann Rook thanks Dan Hollis for his work.");
  EXPECT_EQ(t.speaker(t.statement("Dan Hollis for his work")), "Ann Rook");
}

// "The two leaders agreed to “start negotiations”": a subject that counts
// its members is each of the named parties it counts (GOLD.md: one
// statement per named speaker), and a quotation mark may open the
// infinitive that was agreed to.
TEST(SpeakerTest, ACountingSubjectIsEachPartyItCounts) {
  Result r =
      run("President Dan Corrigan spoke with Prime Minister Ivo Maric. During the call, the "
          "two leaders discussed and agreed to \u201cstart negotiations\u201d toward ending "
          "the war.");
  std::set<std::string> speakers;
  for (const auto& st : r.facts.statements)
    if (st.text.find("start negotiations") != std::string::npos) speakers.insert(r.speaker(&st));
  EXPECT_EQ(speakers, (std::set<std::string>{"Dan Corrigan", "Ivo Maric"}));
  // Without two named before it, the subject stays unnamed.
  Result u = run("The two leaders agreed to start negotiations toward ending the war.");
  for (const auto& st : u.facts.statements)
    EXPECT_EQ(u.speaker_type(&st), EntityType::UnnamedSource) << st.text;
}

// "..., spurning its aspirations ... and rejecting proposals that ...": a
// participle coordinated with one set off by a comma is set off too, and
// its speaker is the clause's subject.
TEST(ReportedSpeechTest, ACoordinatedParticipleSharesTheSubject) {
  Result r =
      run("Defence Secretary Pete Halsey drew firm limits on support for the alliance on "
          "Wednesday, spurning its aspirations for membership and rejecting proposals that "
          "troops be deployed.");
  EXPECT_EQ(r.speaker(r.statement("proposals that troops be deployed")), "Pete Halsey");
}

// "the parliamentary commissioner for standards had said": a description's
// head before a phrase of "for" or "of" stands for the person who holds it.
TEST(SpeakerTest, ADescriptionWithAPhraseAfterItsHead) {
  Result r =
      run("Daniel Greenwood, the parliamentary commissioner for standards, spoke on Friday. "
          "Number 10 said the parliamentary commissioner for standards had said there would "
          "be no investigation into late declarations.");
  bool found = false;
  for (const auto& st : r.facts.statements)
    found = found || (st.text == "there would be no investigation into late declarations" &&
                      r.speaker(&st) == "Daniel Greenwood");
  EXPECT_TRUE(found);
}

// "Chairman of the Environmental Audit Committee Peter Ainsford MP, said:":
// a body's head word followed by a person's name is the body, then the
// person; an office stays whole ("Secretary of Energy Spencer Ames").
// And "a strong report" in the words before ", he said" is no cue.
TEST(NameShapeTest, ABodyThenAPersonInOneRun) {
  Result r =
      run("Chairman of the Environmental Audit Committee Peter Ainsford MP, said: "
          "\u201cThe policy is an alarming example of disjointed thinking.\u201d");
  EXPECT_EQ(r.speaker(r.statement("an alarming example")), "Peter Ainsford");
  const auto types = types_of(r);
  ASSERT_TRUE(types.count("Environmental Audit Committee"));
  EXPECT_EQ(types.at("Environmental Audit Committee"), EntityType::Organization);
  Result o = run("The US Secretary of Energy Spencer Ames confirmed the machine was fast.");
  for (const auto& e : o.facts.entities)
    EXPECT_EQ(e.name.find("Secretary"), std::string::npos) << e.name;
  Result n = run("Ben Reitz spoke. The jobs data is a strong report, he said.");
  EXPECT_EQ(n.speaker(n.statement("The jobs data is a strong report")), "Ben Reitz");
}

// "..., said Chartered Accountants of Kelvale's chief economist, Dana
// Brass.": after the inverted verb, a description with no verb, a comma and
// the person's name closing the sentence.
TEST(SpeakerTest, AnInvertedSpeakerAfterADescription) {
  Result r =
      run("Ann Rook spoke. The latest jobs numbers just about end the recession debate, said "
          "Chartered Professional Accountants of Kelvale\u2019s chief economist, Dana Brassard.");
  EXPECT_EQ(r.speaker(r.statement("The latest jobs numbers")), "Dana Brassard");
}

// `“...,” Ebrard said before pointing out that ...`: the participle after
// the quotation's own verb is the same speaker's; "Israel did not appear,
// but, in a written submission ..., rejected the questions": the verb after
// an aside that follows "but" shares the sentence's subject.
TEST(ReportedSpeechTest, AParticipleOrVerbThatGoesOnFromTheSpeaker) {
  Result r =
      run("\u201cThe numbers are in their favor,\u201d Marco Ebrill said before pointing out "
          "that the United States has deficits on steel trade with Australia.");
  EXPECT_EQ(r.speaker(r.statement("the United States has deficits")), "Marco Ebrill");
  Result b =
      run("Israel did not appear at the hearings, but, in a written submission to the court on "
          "28 February, rejected the questions raised by the proceedings as biased.");
  EXPECT_EQ(b.speaker(b.statement("the questions raised by the proceedings")), "Israel");
}

// sports_clubs.tsv: a club is a body. "Arsenal" is a common word
// ("nuclear arsenal") and was no name at all; "Manchester United" was a Place.
EntityType type_of(const Result& r, const std::string& name) {
  for (const auto& e : r.facts.entities)
    if (e.name == name) return e.type;
  return EntityType::Event;  // no such entity: a type no club test expects
}
bool has_entity(const Result& r, const std::string& name, EntityType t) {
  for (const auto& e : r.facts.entities)
    if (e.name == name && e.type == t) return true;
  return false;
}

TEST(ExtractorTest, SportsClubsAreOrganizations) {
  auto r =
      run("Manchester United beat Arsenal on Sunday. The Kansas City Chiefs won the Super Bowl.");
  EXPECT_TRUE(has_entity(r, "Manchester United", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "Arsenal", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "Kansas City Chiefs", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Kansas City Chiefs", EntityType::Person));
}

// A club named like a place is the club in a sentence about sport (a sports
// word, or a club that is one wherever it stands), the place elsewhere.
TEST(ExtractorTest, ClubNamedLikeAPlaceOnlyInASentenceAboutSport) {
  auto r =
      run("He used complimentary seats to watch Arsenal play Manchester City and Porto. "
          "He was at the north London derby against Tottenham.");
  EXPECT_TRUE(has_entity(r, "FC Porto", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "Tottenham Hotspur", EntityType::Organization));
  auto p = run("Mr Lammy, the MP for Tottenham, posted a photo. Liverpool voted Labour.");
  EXPECT_FALSE(has_entity(p, "Tottenham Hotspur", EntityType::Organization));
  EXPECT_NE(type_of(p, "Liverpool"), EntityType::Organization);
  // A full name no place bears is the club anywhere; its short form only
  // in a sentence about sport ("aliases" rows).
  auto full =
      run("Investors made inquiries about Inter Milan's young Brazilian star. "
          "Borussia Dortmund needs 30m euros to pay its bills.");
  EXPECT_TRUE(has_entity(full, "Inter Milan", EntityType::Organization));
  EXPECT_TRUE(has_entity(full, "Borussia Dortmund", EntityType::Organization));
}

// Inside a longer capitalized name the word is no club: a surname, a paper.
TEST(ExtractorTest, ClubNameInsideALongerNameIsNoClub) {
  auto r =
      run("Microsoft security manager Stephen Toulouse said the flaw in the match-up "
          "software was fixed, and Mr Toulouse said no attacks had been seen.");
  EXPECT_TRUE(has_entity(r, "Stephen Toulouse", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Toulouse", EntityType::Organization));
  auto s = run("Ildefonso Guajardo Villarreal said the deal was good.");
  EXPECT_EQ(s.speaker(s.statement("the deal was good")), "Ildefonso Guajardo Villarreal");
}

// "claimed victory", "claimed gold": winning, not saying; "claimed the
// rival had cheated" is still a claim.
TEST(ExtractorTest, SaintsNameAPlaceNotAPerson) {
  Result r =
      run("Paul Sculthorpe left St Helens in May. He was treated at St Mary's Hospital and "
          "later at St Thomas. \u201cIt went well,\u201d said Sculthorpe. Ian St John agreed.");
  const auto types = types_of(r);
  for (const char* place : {"St Helens", "St Thomas"}) {
    ASSERT_TRUE(types.count(place)) << place;
    EXPECT_EQ(types.at(place), EntityType::Place) << place;
  }
  EXPECT_EQ(r.speaker(r.statement("It went well")), "Paul Sculthorpe");
  // A surname may hold the word: the name does not open with it.
  ASSERT_TRUE(types.count("Ian St John"));
  EXPECT_EQ(types.at("Ian St John"), EntityType::Person);
}

TEST(ExtractorTest, ClaimingAWinIsNoSpeech) {
  auto r =
      run("The Kansas City Chiefs, who ultimately claimed victory at the Super Bowl, "
          "celebrated. Mo Farah claimed gold in the 5,000m. Smith claimed the rival "
          "had cheated.");
  EXPECT_EQ(r.statement("victory"), nullptr);
  EXPECT_EQ(r.statement("gold"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("the rival had cheated")), "Smith");
  // Outside sport, claiming victory is saying one won; "at one point" is
  // no point won.
  auto p =
      run("Clinton claimed victory in a tweet. Carson claimed at one point that China "
          "was involved in Syria.");
  EXPECT_EQ(p.speaker(p.statement("victory")), "Clinton");
  EXPECT_EQ(p.speaker(p.statement("China was involved")), "Carson");
  // A set, a seat or lives are taken too; a clause after the verb is said.
  auto t =
      run("Roger Federer made unforced errors early on, allowing Ferrero to take advantage "
          "and claim the first set. Labour claimed the seat in 2001. Andy Roddick claimed his "
          "first Grand Slam title. Willie Walsh claimed they were set to launch an airline.");
  EXPECT_EQ(t.statement("the first set"), nullptr);
  EXPECT_EQ(t.statement("the seat"), nullptr);
  EXPECT_EQ(t.statement("Grand Slam"), nullptr);
  EXPECT_EQ(t.speaker(t.statement("they were set to launch")), "Willie Walsh");
  // Nor is recalling cars.
  auto cars =
      run("General Motors is also recalling 19,924 Cadillac XLR coupes from the 2004 "
          "model year. Clapton recalled seeing him play.");
  EXPECT_EQ(cars.statement("Cadillac"), nullptr);
  EXPECT_EQ(cars.speaker(cars.statement("seeing him play")), "Clapton");
}

// A bare verb form ending a noun phrase after a name is a noun: the label
// does not speak, nor does its name stand in for the subject of "claims".
TEST(ExtractorTest, SpeechVerbAsNounAfterANameIsNoCue) {
  auto r =
      run("Kevin Campbell is a footballer. The Everton striker signed Morrison to his "
          "fledgling 2 Wikid Records label and claims he spent thousands of pounds on it.");
  EXPECT_NE(r.speaker(r.statement("spent thousands")), "Wikid Records");
  auto b = run("The sale of the Maserati brand - at 2.3bn euros - was agreed on Monday.");
  EXPECT_EQ(b.statement("at 2.3bn"), nullptr);
  // After a singular name no rule has named, whatever the tagger reads.
  auto d = run("SSL, which makes the famous Durex brand of condom, would not comment.");
  EXPECT_EQ(d.statement("of condom"), nullptr);
  // A verb all the same: with "to", at the end of the clause, and a text
  // that keeps its author.
  auto v =
      run("The Tories promise to keep the payments. Inflation would be 2% next year, "
          "Mr Brown forecast. The FBI report on her emails that suggested they were "
          "imprudent was published.");
  EXPECT_EQ(v.speaker(v.statement("keep the payments")), "Conservative Party");
  EXPECT_NE(v.statement("Inflation would be"), nullptr);
  EXPECT_EQ(v.speaker(v.statement("they were imprudent")), "FBI");
}

// "said the Tottenham striker", "The Everton striker ... claims": the
// club's name describes one of its players, who is not the club.
TEST(ExtractorTest, ClubBeforeAPlayerDescriptionIsNotTheSpeaker) {
  auto r = run("“It was great play from Damien,” said the Tottenham striker after the derby.");
  EXPECT_NE(r.speaker(r.statement("great play")), "Tottenham Hotspur");
  auto s =
      run("The Everton striker signed Morrison to his label and claims he spent thousands "
          "producing his album during the league season.");
  EXPECT_NE(s.speaker(s.statement("spent thousands")), "Everton");
  // A club's spokesman speaks for it.
  auto t =
      run("Bayern Munich are top of the league. A Bayern Munich spokesman said the "
          "striker was injured.");
  EXPECT_EQ(t.speaker(t.statement("was injured")), "Bayern Munich");
}

// After "the", a courtesy title and one title word are an office, not a
// person ("the Lord Chancellor", "the then Lord Mayor"); "Mr. King" stays
// a surname.
TEST(ExtractorTest, CourtesyAndTitleAfterTheAreAnOffice) {
  auto r =
      run("The advice involved the then Lord Chancellor, Lord Irvine of Lairg. The Lord "
          "Mayor said the bridge would open. Mr. King said he was pleased.");
  EXPECT_FALSE(has_entity(r, "Lord Chancellor", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Lord Mayor", EntityType::Person));
  EXPECT_NE(r.speaker(r.statement("the bridge would open")), "Lord Mayor");
  EXPECT_EQ(r.speaker(r.statement("he was pleased")), "King");
}

// A known body read from a run's shape ("UN chief X", "UKIP leader X")
// is the lexicon's body, under its canonical name: one entity per article.
TEST(ExtractorTest, KnownBodyBeforeATitleIsTheLexiconsBody) {
  auto r =
      run("The plan would work, said UN chief Antonio Guterres. The United Nations said "
          "no. UKIP leader Roger Knapman said the party would win. The UK Independence "
          "Party said no. A Plaid Cymru MP said the attacks were planned.");
  EXPECT_TRUE(has_entity(r, "United Nations", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "UN", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "UK Independence Party", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "UKIP", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "Plaid Cymru", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Plaid Cymru", EntityType::Person));
}

// A known charity or company with a country closing its run is its
// national branch, which speaks; not after a verb that takes a listener.
TEST(ExtractorTest, KnownBodyAndCountryIsANationalBranch) {
  auto r =
      run("Amnesty International UK also questioned whether the decisions had been "
          "based on torture evidence.");
  EXPECT_EQ(r.speaker(r.statement("torture evidence")), "Amnesty International UK");
  EXPECT_FALSE(has_entity(r, "United Kingdom", EntityType::Country));
  auto t = run("A Pentagon official told BBC News US policy prohibits torture.");
  EXPECT_FALSE(has_entity(t, "BBC News US", EntityType::Organization));
  EXPECT_TRUE(has_entity(t, "United States", EntityType::Country));
}

// What someone did not say is no statement of theirs; "not only said" is.
TEST(ExtractorTest, DeniedSpeechVerbIsNoStatement) {
  auto r =
      run("Tom Green did not say that the plan would fail. Ann Lee has never publicly "
          "claimed the plan would work. Bo Park didn\u2019t announce that he would run. "
          "Jo Hill not only said the bridge would open but also left.");
  EXPECT_EQ(r.statement("the plan would fail"), nullptr);
  EXPECT_EQ(r.statement("the plan would work"), nullptr);
  EXPECT_EQ(r.statement("he would run"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("the bridge would open")), "Jo Hill");
  // The sentence's other verb still reports: "did not say when ..., but said ...".
  auto m =
      run("Tom Green did not say when the move would take place, but said it had signed a "
          "letter of intent.");
  EXPECT_EQ(m.statement("the move would take place"), nullptr);
  EXPECT_EQ(m.speaker(m.statement("signed a letter")), "Tom Green");
}

// Names no lexicon knows between "the" and a company noun are a company;
// not a place, an acronym or a club's ground.
TEST(ExtractorTest, NamesBeforeACompanyNounAreACompany) {
  auto r =
      run("It now owns 34 casinos and the Mecca Bingo chain. The London firm grew. The "
          "Anfield board met.");
  EXPECT_TRUE(has_entity(r, "Mecca Bingo", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Mecca Bingo", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "London", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Anfield", EntityType::Organization));
}

// "King Abdullah of Jordan": the title is of the country after the name.
TEST(ExtractorTest, TitleIsOfTheCountryAfterTheName) {
  auto r = run("Tony Blair said King Abdullah of Jordan paid for the flight.");
  bool king_of_jordan = false;
  for (const auto& e : r.facts.entities)
    for (const auto& ro : e.roles)
      king_of_jordan =
          king_of_jordan || (e.name == "Abdullah" && ro.title == "King" && ro.of >= 0 &&
                             r.facts.entities[static_cast<size_t>(ro.of)].name == "Jordan");
  EXPECT_TRUE(king_of_jordan);
  EXPECT_TRUE(has_entity(r, "Jordan", EntityType::Country));
}

// "magazine" says what the name after it is, and "the magazine" stands
// for the one named before.
TEST(ExtractorTest, AMagazineIsABody) {
  auto r =
      run("The laptop was chosen by industry magazine Gadget Weekly as the best. \"We "
          "included only items that were mobile,\" said the magazine.");
  EXPECT_TRUE(has_entity(r, "Gadget Weekly", EntityType::Organization));
  EXPECT_EQ(r.speaker(r.statement("items that were mobile")), "Gadget Weekly");
}

// "Chelsea ridiculed over complaint": a passive without its auxiliary; its
// subject is the target. Active uses with the object elsewhere still report.
TEST(ExtractorTest, ParticipleBeforeAPrepositionIsAPassive) {
  auto r = run("Chelsea ridiculed over complaint. Apple attacked over sources row.");
  EXPECT_EQ(r.statement("over complaint"), nullptr);
  EXPECT_EQ(r.statement("over sources row"), nullptr);
  auto a =
      run("The foundation took money from countries that the State Department criticized "
          "for their records on human rights. Helen Mirren apologised for not being in "
          "London. Tom Green advocated for a speedy withdrawal.");
  EXPECT_EQ(a.speaker(a.statement("their records on human rights")), "State Department");
  EXPECT_EQ(a.speaker(a.statement("not being in London")), "Helen Mirren");
  EXPECT_EQ(a.speaker(a.statement("a speedy withdrawal")), "Tom Green");
}

// "CONTENT, X told LISTENER.": what was told stands before, as with "said";
// not when it follows the listener.
TEST(ExtractorTest, ToldWithNothingAfterTheListenerReportsWhatCameBefore) {
  auto r =
      run("Sanders remains committed to the race, Tad Devine told The Huffington Post. "
          "This estimate is preliminary, Ann Lee told reporters, and could rise in 2006.");
  EXPECT_EQ(r.speaker(r.statement("committed to the race")), "Tad Devine");
  EXPECT_EQ(r.speaker(r.statement("This estimate is preliminary")), "Ann Lee");
  auto f = run("In 1946 Winston Churchill told us - an Iron Curtain has descended across Europe.");
  EXPECT_EQ(f.speaker(f.statement("an Iron Curtain has descended")), "Winston Churchill");
}

// "CONTENT, NAME, DESCRIPTION, said." and "CONTENT, DESCRIPTION, NAME,
// said.": the name and its description are the attribution's.
TEST(ExtractorTest, SpeakerSetOffByCommasIsNotContent) {
  auto r =
      run("Sanders remains committed to the race, his top aide, Tad Devine, said. The bill "
          "will pass in March, Ann Lee, the party's chairman, said.");
  const StatementFact* a = r.statement("committed to the race");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text, "Sanders remains committed to the race");
  EXPECT_EQ(r.speaker(a), "Tad Devine");
  const StatementFact* b = r.statement("will pass in March");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text, "The bill will pass in March");
  EXPECT_EQ(r.speaker(b), "Ann Lee");
}

// "Sanders and his supporters argue": the named party speaks.
TEST(ExtractorTest, NamedPartyAndTheirOwnPeopleSpeakAsTheParty) {
  auto r =
      run("Bernie Sanders is running. But Sanders and his supporters argue the system gives "
          "too much power to party elites.");
  EXPECT_EQ(r.speaker(r.statement("too much power")), "Bernie Sanders");
}

// "ADVERBIAL, according to X, CONTENT.": the source opens the clause it
// reports; an appositive or relative clause on the source is no content.
TEST(ExtractorTest, AccordingToAfterAFrontedAdverbialReportsWhatFollows) {
  auto r =
      run("Since last November, according to Human Rights Watch, security forces have "
          "killed more than 400 protesters. According to Ann Lee, who runs the group, the "
          "plan will fail. According to Bo Park, the plan, which costs a lot, will work.");
  const StatementFact* a = r.statement("security forces have killed");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text, "security forces have killed more than 400 protesters");
  EXPECT_EQ(r.speaker(a), "Human Rights Watch");
  const StatementFact* b = r.statement("the plan will fail");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text, "the plan will fail");
  const StatementFact* c = r.statement("will work");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text, "the plan, which costs a lot, will work");
}

// "George Zornick of The Nation said": a person before a body no rule named.
TEST(ExtractorTest, PersonOfAnUnknownBodySpeaks) {
  auto r = run("George Zornick of The Nation said the plan would fail.");
  EXPECT_EQ(r.speaker(r.statement("the plan would fail")), "George Zornick");
}

// "told BBC Radio 4's Today programme (that) ...", "told the BBC programme
// Go Digital how ...": the programme is the listener, not what was told.
TEST(ExtractorTest, ProgrammeAfterTheListenerIsNoContent) {
  auto r =
      run("Charles Kennedy told BBC Radio 4's Today programme there was no chance of a "
          "coalition. Tim Renner told BBC World Service's The Music Biz programme that the "
          "industry was struggling. Matthew Herren told the BBC programme Go Digital how the "
          "group uses satellite radio. Michael Howard told BBC Radio 4's Today programme Mr "
          "Blair had refused the change. The plan would fail, Ann Lee told BBC Radio 4's "
          "World at One.");
  auto text = [&](const std::string& needle) {
    const StatementFact* s = r.statement(needle);
    return s == nullptr ? std::string() : s->text;
  };
  EXPECT_EQ(text("no chance"), "there was no chance of a coalition");
  EXPECT_EQ(text("was struggling"), "the industry was struggling");
  EXPECT_EQ(text("satellite radio"), "how the group uses satellite radio");
  EXPECT_EQ(text("had refused"), "Mr Blair had refused the change");
  EXPECT_EQ(text("would fail"), "The plan would fail");
  EXPECT_EQ(r.speaker(r.statement("would fail")), "Ann Lee");
}

// "Nortel Networks ... Nortel said": a one-word short form of a body named
// in full in the article is that body, not a person.
TEST(ExtractorTest, OneWordShortFormOfABodyIsTheBody) {
  auto r =
      run("Telecoms maker Nortel Networks has revised its profits. Nortel said it had made "
          "$434m in the year. Sierra Wireless makes modems.");
  EXPECT_FALSE(has_entity(r, "Nortel", EntityType::Person));
  EXPECT_EQ(r.speaker(r.statement("it had made")), "Nortel Networks");
  EXPECT_TRUE(has_entity(r, "Sierra Wireless", EntityType::Organization));
}

// Denying a person something is no speech; denying what they did is.
TEST(ExtractorTest, DenyingAPersonSomethingIsNoStatement) {
  auto r =
      run("Ann Lee denied Steven Gerrard with a last-ditch tackle. The court denied him a "
          "visa. Tom Green denied Bo Park made the remark.");
  EXPECT_EQ(r.statement("last-ditch tackle"), nullptr);
  EXPECT_EQ(r.statement("a visa"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("made the remark")), "Tom Green");
}

// "the Prime Minister's Office said": the office's body, not a person
// called Office.
TEST(ExtractorTest, TitleHoldersOfficeIsABody) {
  auto r =
      run("A spokesman for the Information Commissioner's Office said it would look into "
          "the calls. The Attorney General's Office said it would appeal.");
  EXPECT_FALSE(has_entity(r, "Office", EntityType::Person));
  EXPECT_EQ(r.speaker(r.statement("look into the calls")), "Information Commissioner's Office");
  EXPECT_EQ(r.speaker(r.statement("it would appeal")), "Attorney General's Office");
}

// "Michael Lamberty, a Sony spokesman told the BBC": the person named
// before the description spoke, not the body it names.
TEST(ExtractorTest, PersonBeforeASpokesmanDescriptionSpeaks) {
  auto r =
      run("\"We are doing research into the possibilities we have,\" Michael Lamberty, a "
          "Sony spokesman told the BBC.");
  EXPECT_EQ(r.speaker(r.statement("doing research")), "Michael Lamberty");
}

// "marketing company Doubleclick, one of ...": one word after the kind of
// body is its name, whatever the tagger reads.
TEST(ExtractorTest, OneWordAfterAKindOfBodyIsItsName) {
  auto r = run("Marketing company Doubleclick, one of the leading providers, grew fast.");
  EXPECT_TRUE(has_entity(r, "Doubleclick", EntityType::Organization));
}

// "Lord Chief Justice of England": the courtesy title is the office's;
// England is the office's place, no person.
TEST(ExtractorTest, CourtesyTitleOfAPlaceIsAnOffice) {
  auto r = run("Lord Woolf, who is Lord Chief Justice of England and Wales, gave evidence.");
  EXPECT_FALSE(has_entity(r, "England", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "England", EntityType::Organization));
}

// "Singer-songwriter Casey": the description is no part of the name; "a
// Scooby Doo-style plot" names no one.
TEST(ExtractorTest, HyphenatedDescriptionAndNameAdjectives) {
  auto r =
      run("Paddy Casey played in Dublin. Singer-songwriter Casey won the award. The Scooby "
          "Doo-style plot was odd.");
  EXPECT_FALSE(has_entity(r, "Singer-songwriter Casey", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Scooby Doo-style", EntityType::Person));
  EXPECT_TRUE(has_entity(r, "Paddy Casey", EntityType::Person));
}

// A team sheet's "D Jones" and "R Jones" are two players; a middle
// initial still makes no difference ("Donald J. Trump" is Donald Trump).
TEST(ExtractorTest, LeadingInitialsTellPeopleApart) {
  auto r =
      run("M Davies (Gloucester), A Jones (Ospreys), D Jones (Scarlets), M Williams (Blues). "
          "R McBryde (Scarlets), R Jones (Ospreys), G Cooper (Dragons). Donald J. Trump "
          "spoke, and Donald Trump left.");
  EXPECT_TRUE(has_entity(r, "D Jones", EntityType::Person));
  EXPECT_TRUE(has_entity(r, "R Jones", EntityType::Person));
  int trumps = 0;
  for (const auto& e : r.facts.entities) trumps += e.name.find("Trump") != std::string::npos;
  EXPECT_EQ(trumps, 1);
}


std::set<std::string> about_names(const Result& r, const StatementFact* s) {
  std::set<std::string> out;
  if (s == nullptr) return out;
  for (int e : s->about) out.insert(r.facts.entities[static_cast<size_t>(e)].name);
  return out;
}

// A description in what was said stands for what the article named before:
// "the two countries" for the last two countries, "the agency" and "the
// court" for the body last named with that word in its name.
TEST(AboutTest, ADescriptionInAStatementIsAboutWhatItStandsFor) {
  Result r = run(
      "The Harbour Relief Agency runs the schools. The International Court of Justice heard the "
      "case. Norway and Chile signed a deal on Monday.\n\n"
      "Ann Dorsey said the agency could not be replaced and that the court should act.\n\n"
      "Peter Fenton said the two countries would sign a second agreement.");
  EXPECT_EQ(about_names(r, r.statement("the agency could not")),
            (std::set<std::string>{"Harbour Relief Agency", "International Court of Justice"}));
  EXPECT_EQ(about_names(r, r.statement("the two countries")),
            (std::set<std::string>{"Norway", "Chile"}));
}

TEST(AboutTest, ThePartyAndTheGovernmentAreLeftUnresolved) {
  // "the party" is as often the speaker's own as the one named last.
  Result r =
      run("The Labour Party and the Local Government Association met on Monday.\n\n"
          "Ann Dorsey said the party and the government had failed the town.");
  EXPECT_TRUE(about_names(r, r.statement("the party and")).empty());
}

// "1989's Shirley Valentine" is a film of that year, no person; a dam or
// a tunnel is a place ("Three Gorges Dam", "Channel Tunnel"), a body or an
// event after a year keeps its type.
TEST(ExtractorTest, AYearsWorkIsNoPersonAndADamIsAPlace) {
  Result r =
      run("Ann Dorsey starred in 1989's Shirley Valentine. The builder of the Three Gorges Dam "
          "works on. Trains ran through the Channel Tunnel. Brazil won 2002's World Cup, and "
          "2003's US invasion of Iraq followed.");
  for (const auto& e : r.facts.entities) EXPECT_NE(e.name, "Shirley Valentine");
  EXPECT_TRUE(has_entity(r, "Gorges Dam", EntityType::Place));
  EXPECT_TRUE(has_entity(r, "Channel Tunnel", EntityType::Place));
  EXPECT_TRUE(has_entity(r, "World Cup", EntityType::Event));
  EXPECT_TRUE(has_entity(r, "United States", EntityType::Country));
}

// "which" after a comma stands for the phrase before the comma: "software
// like Linux, which threaten ..." is no statement of the body named further
// back ("who" goes past an appositive to its person: "McConnell, now the
// majority leader, who said").
TEST(ExtractorTest, WhichStandsForThePhraseBeforeItsComma) {
  Result r =
      run("Mr Hale's company, software giant Acme Systems, also hopes to use the summit to shore "
          "up its defences against open source software like Linux, which threaten Acme "
          "Systems' near monopoly on desktops.");
  EXPECT_EQ(r.statement("monopoly"), nullptr);
  Result w = run("Mitch Hale, now the majority leader, who in 2010 said taxes would fall, spoke.");
  EXPECT_EQ(w.speaker(w.statement("taxes would fall")), "Mitch Hale");
}

// "tells the story of", "told a joke": what is told is a story, no report;
// "told reporters the story was false" still reports.
TEST(ExtractorTest, TellingAStoryIsNoReport) {
  for (const char* t : {"Sideways tells the story of two men who take a road trip.",
                        "Peter Fenton told the story of his escape to reporters.",
                        "Peter Fenton told a joke about the harbour."}) {
    Result r = run(t);
    EXPECT_TRUE(r.facts.statements.empty()) << t;
  }
  Result r = run("Peter Fenton told reporters the story was false.");
  EXPECT_EQ(r.speaker(r.statement("the story was false")), "Peter Fenton");
}

// "Members of Parliament" are people of a body, not a body of that name;
// the body named after "of" is the organization.
TEST(ExtractorTest, MembersOfABodyAreNoBody) {
  Result r =
      run("All Members of Parliament get gifts, Ann Dorsey said. Peter Fenton, a Member of the "
          "European Parliament, disagreed.");
  for (const auto& e : r.facts.entities) EXPECT_EQ(e.name.find("Member"), std::string::npos);
  EXPECT_TRUE(has_entity(r, "European Parliament", EntityType::Organization));
}

// A name in a Title Case line (a headline, a live blog's subheading) runs
// on into the line's verb: "Peter Fenton Apologises". The person is the
// one the running text names with the opening words, and the line's words
// are no name of theirs.
TEST(ExtractorTest, TitleCaseLineVerbIsNoPartOfTheName) {
  for (const std::string& text :
       {std::string("Headline\n\nPeter Fenton Apologises – Ann Dorsey Responds\n\n"),
        std::string("Peter Fenton Apologises After Row\n\n")}) {
    core::Document doc;
    doc.id = "t";
    doc.text = text + "When asked, Peter Fenton said he regretted the remark. “It was wrong,” Fenton said.";
    Result r{extract_article(doc, lexicons())};
    for (const auto& e : r.facts.entities) {
      EXPECT_EQ(e.name.find("Apologises"), std::string::npos) << e.name;
      for (const auto& a : e.aliases) EXPECT_EQ(a.find("Apologises"), std::string::npos) << a;
    }
    EXPECT_EQ(r.speaker(r.statement("It was wrong")), "Peter Fenton");
    EXPECT_EQ(r.speaker(r.statement("he regretted the remark")), "Peter Fenton");
    const auto fenton = std::find_if(r.facts.entities.begin(), r.facts.entities.end(),
                                     [](const Entity& e) { return e.name == "Peter Fenton"; });
    ASSERT_NE(fenton, r.facts.entities.end());
    EXPECT_EQ(fenton->mentions.size(), 3u);  // the line's, the full name's, the surname's
    for (const auto& m : fenton->mentions) EXPECT_NE(m.of(doc.text).find("Fenton"), std::string::npos);
    EXPECT_EQ(fenton->mentions.front().of(doc.text), "Peter Fenton");
  }
}

// A quotation its verb introduces and that ends its sentence is that
// verb's speaker's, even of one word; the next sentence's verb is no
// attribution of it, and speaks for itself.
TEST(ExtractorTest, IntroducedQuotationKeepsItsSpeaker) {
  Result r = run("Asked about the plan, Peter Fenton said, \"Probably.\" Ann Dorsey disagreed.");
  EXPECT_EQ(r.speaker(r.statement("Probably.")), "Peter Fenton");
  Result m = run("Peter Fenton derided the event, saying: \"The show was the worst acting I have seen.\" "
                 "The council had broken promises by raising taxes, he said.");
  EXPECT_EQ(m.speaker(m.statement("The show was the worst acting")), "Peter Fenton");
  EXPECT_EQ(m.speaker(m.statement("The council had broken promises")), "Peter Fenton");
  // A word in scare quotes is no quotation of its own.
  Result w = run("Peter Fenton said the plan was \"nonsense\" and left.");
  for (const auto& st : w.facts.statements) EXPECT_NE(st.kind, StatementKind::Direct) << st.text;
}

// "ended by saying “...”": the subject of the sentence speaks.
TEST(ExtractorTest, BySayingTakesTheSubject) {
  Result r = run("Peter Fenton ended his list by saying “Too many.” The audience stood.");
  EXPECT_EQ(r.speaker(r.statement("Too many")), "Peter Fenton");
}

// A fact-check's list: a quotation filling its paragraph, then a paragraph
// of a dash and the speaker's name.
TEST(ExtractorTest, DashLineUnderAQuotationNamesItsSpeaker) {
  Result r = run("Peter Fenton spoke twice.\n\n\"I went to the bank before the crash. I warned them.\"\n\n"
                 "- Ann Dorsey.\n\nThe claim is partly true.");
  EXPECT_EQ(r.speaker(r.statement("I went to the bank before the crash")), "Ann Dorsey");
  // Not a line that goes on past the name.
  Result n = run("Peter Fenton spoke twice.\n\n\"I went to the bank before the crash. I warned them.\"\n\n"
                 "- Ann Dorsey arrived later that day.");
  EXPECT_NE(n.speaker(n.statement("I went to the bank before the crash")), "Ann Dorsey");
}

// "He added, that ...": a comma before the complementizer.
TEST(ExtractorTest, CommaBeforeThatStillReports) {
  Result r = run("Peter Fenton spoke first. He added, that there is a strong emphasis on a fair process.");
  EXPECT_EQ(r.speaker(r.statement("there is a strong emphasis on a fair process")), "Peter Fenton");
}

// `telling the crowd, “A,” and, “B”`: both quotations are the speaker's.
TEST(ExtractorTest, QuotationsJoinedByAndShareTheSpeaker) {
  Result r = run("Peter Fenton took a risk, telling the crowd, “I’m a negotiator like you, folks,” and, “Is "
                 "there anyone in this room who doesn’t negotiate deals?” But it worked.");
  const StatementFact* s = r.statement("Is there anyone in this room");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Peter Fenton");
  EXPECT_TRUE(r.facts.unattributed.empty());
}

// "first" before a report verb is an adverb, not a determiner of a noun.
TEST(ExtractorTest, FirstReportedIsAVerb) {
  for (const char* t : {"As first reported by Politico, the campaign will spend millions on ads in Ohio.",
                        "Politico first reported that the campaign will spend millions on ads in Ohio."}) {
    Result r = run(t);
    EXPECT_EQ(r.speaker(r.statement("the campaign will spend millions")), "Politico") << t;
  }
  Result n = run("Politico said little. The first reported case was in May.");
  EXPECT_EQ(n.statement("case was in May"), nullptr);
}

// "asked X to do Y": the infinitive is what was asked, not a "that" clause
// inside it ("a loan that Yugansk had secured"), and the listener is no
// part of it. A clause with its own verb before "to" is left as it was.
TEST(ExtractorTest, InfinitiveAfterTheListenerIsWhatWasAsked) {
  Result r = run("Halvard Group controls the bank. Halvard Group has asked Norbank to repay a loan that "
                 "Fentonco had secured on its assets.");
  const StatementFact* s = r.statement("to repay a loan");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Halvard Group");
  EXPECT_EQ(s->text, "to repay a loan that Fentonco had secured on its assets");
  Result c = run("Peter Fenton asked the council to drop a plan that residents had opposed.");
  const StatementFact* d = c.statement("to drop a plan");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->text.rfind("to drop", 0), 0u) << d->text;
  Result t = run("Peter Fenton told reporters the combined company will have to shed jobs.");
  EXPECT_NE(t.statement("the combined company will have to shed jobs"), nullptr);
}

// "according to X's Y", Y a body: the body owned is the source, as a
// person after the possessive is ("said Trump's lawyer Michael Cohen").
TEST(ExtractorTest, BodyAfterAPossessiveIsTheSource) {
  Result r = run("The rise in costs stems from mistakes in the research, according to findings published in "
                 "the Quarterly Economic Commentary of Strathclyde University's Fraser of Allander Institute.");
  EXPECT_EQ(r.speaker(r.statement("The rise in costs stems from mistakes")), "Fraser of Allander Institute");
}

// "the British Phonographic Industry (BPI)": the demonym is part of the
// body's name where its initials spell the acronym, and wherever the
// article names the body so; the country stays named through it.
TEST(ExtractorTest, DemonymOpeningAnAcronymsBodyIsPartOfItsName) {
  Result r = run("A spokesman for the British Phonographic Industry (BPI) said the chart was due. Later the "
                 "British Phonographic Industry said sales rose.");
  EXPECT_TRUE(has_entity(r, "British Phonographic Industry", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Phonographic Industry", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "United Kingdom", EntityType::Country));
  EXPECT_EQ(r.speaker(r.statement("sales rose")), "British Phonographic Industry");
  // A body spelled out before its acronym is a unit of its own: the body
  // its opening words name is the one it belongs to.
  Result u = run("The unit was bought by Norvik Bank years ago. Norvik Bank Financial Advisors (NBFA) "
                 "will be sold, Norvik Bank said on Monday.");
  EXPECT_TRUE(has_entity(u, "Norvik Bank Financial Advisors", EntityType::Organization));
  EXPECT_TRUE(has_entity(u, "Norvik Bank", EntityType::Organization));
  EXPECT_EQ(u.speaker(u.statement("will be sold")), "Norvik Bank");
}

// "posted a loss", "adding to a list", "defending champion": no speech.
// "posted her message", "added to reporters" still are.
TEST(ExtractorTest, ResultsPostedAndThingsAddedAreNoSpeech) {
  for (const char* t : {"Norvik Bank posted a loss of $761m, lower than the year before.",
                        "Norvik Bank posted record profits of $3bn in 2004.",
                        "Ann Dorsey won the award, adding to a growing list of prizes she has won.",
                        "Ann Dorsey came second while defending champion Peter Fenton took third."}) {
    Result r = run(t);
    EXPECT_TRUE(r.facts.statements.empty()) << t << " -> " << r.facts.statements.front().text;
  }
  Result p = run("Ann Dorsey posted a message on Facebook saying she would resign.");
  EXPECT_EQ(p.speaker(p.statement("she would resign")), "Ann Dorsey");
  Result a = run("“It was more than the rival show,” Peter Fenton added to reporters.");
  EXPECT_EQ(a.speaker(a.statement("It was more than the rival show")), "Peter Fenton");
}

// "UK advertising giant Norvik Bank has posted ... and predicted that":
// the subject is the body the description names, not the country.
TEST(ExtractorTest, CountryBeforeADescriptionIsNoSubject) {
  Result r = run("UK advertising giant Norvik Bank has cut costs and predicted that it will outperform the "
                 "market in 2005.");
  EXPECT_EQ(r.speaker(r.statement("it will outperform the market")), "Norvik Bank");
}

// A comma inside a source's name does not end the source: "according to
// figures from the Ministry of Economy, Trade and Industry (METI), ...".
TEST(ExtractorTest, CommaInsideTheSourcesNameIsNoEnd) {
  Result r = run("According to figures from the Ministry of Economy, Trade and Industry (METI), the decline "
                 "was led by a fall in demand for electronic parts.");
  const StatementFact* s = r.statement("the decline was led by a fall in demand");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text.rfind("the decline", 0), 0u) << s->text;
  EXPECT_EQ(r.speaker(s), "Ministry of Economy, Trade and Industry");
}

// "asked the court for ...", "told the nation he was resigning": the
// listener's noun is no part of what was said.
TEST(ExtractorTest, ListenersNounIsNoPartOfTheContent) {
  Result r = run("Ann Dorsey also asked the court for new evidence to be admitted.");
  const StatementFact* s = r.statement("new evidence to be admitted");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "for new evidence to be admitted");
  Result n = run("Within hours, Peter Fenton told the nation he was resigning.");
  const StatementFact* t = n.statement("he was resigning");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->text, "he was resigning");
}

// "Singer Fenton 'facing eviction'", "Rapper Zolto": an occupation before
// one name word describes the person that word names. The word is the
// surname of someone named in full, or a one-name person; a given name
// ("Ally") or a name the tagger reads whole ("Star Trek") stays as it was.
TEST(ExtractorTest, OccupationBeforeOneNameWordIsNoPartOfTheName) {
  core::Document doc;
  doc.id = "t";
  doc.text = "Singer Fenton 'facing eviction'\n\nThree Degrees star Sheila Fenton is the favourite to be "
             "evicted on Monday.";
  Result r{extract_article(doc, lexicons())};
  for (const auto& e : r.facts.entities) EXPECT_EQ(e.name.find("Singer"), std::string::npos) << e.name;
  const auto sheila = std::find_if(r.facts.entities.begin(), r.facts.entities.end(),
                                   [](const Entity& e) { return e.name == "Sheila Fenton"; });
  ASSERT_NE(sheila, r.facts.entities.end());
  EXPECT_EQ(sheila->mentions.size(), 2u);
  Result m = run("Rapper Zolto has topped the charts. “I am grateful,” Zolto said.");
  EXPECT_TRUE(has_entity(m, "Zolto", EntityType::Person));
  EXPECT_EQ(m.speaker(m.statement("I am grateful")), "Zolto");
  for (const auto& e : m.facts.entities) {
    EXPECT_EQ(e.name.find("Rapper"), std::string::npos) << e.name;
    for (const auto& a : e.aliases) EXPECT_NE(a, e.name) << "an entity's name is no alias of it";
  }
}

// "the 25-year-old Dubliner underlined": a capitalized word after "the"
// and an age or an adjective describes the person last named; it names
// no one of its own ("the Halifax said" is a body, as British usage has it).
TEST(ExtractorTest, CapitalizedWordAfterAnAgeIsADescription) {
  Result r = run("Peter Fenton has joined the club. But the 25-year-old Dubliner underlined his intention "
                 "to stay at the ground.");
  for (const auto& e : r.facts.entities) EXPECT_NE(e.name, "Dubliner");
  EXPECT_EQ(r.speaker(r.statement("his intention to stay")), "Peter Fenton");
}

// One word after the kind of body is the body's name, whatever the tagger
// reads it as and though it is also a given name: "engineering group
// Jarvis". An "it" later in a sentence that "the company" opens is it.
TEST(ExtractorTest, OneWordAfterAKindOfBodyIsTheBody) {
  Result r = run("Shares in engineering group Jarvis have soared. Jarvis said the sale would help. The "
                 "company gave no details of its plans but it said the plant would open in May.");
  EXPECT_TRUE(has_entity(r, "Jarvis", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Jarvis", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Jarvis", EntityType::Place));
  EXPECT_EQ(r.speaker(r.statement("the plant would open in May")), "Jarvis");
}

// "said a week later that ...", "warned the MPs' committee that ...",
// "repeated its claims that ...": what follows "that" is the content. Not
// after "said" and a noun phrase ("said the plan that was agreed would
// fail"), nor a relative clause ("offered a contract that takes him ...").
TEST(ExtractorTest, ThatAfterATimeOrAListenerOpensTheContent) {
  Result r = run("The Tobacco Monopoly Administration said a week later that it had not approved the deal.");
  EXPECT_NE(r.statement("it had not approved the deal"), nullptr);
  EXPECT_EQ(r.statement("a week later"), nullptr);
  Result w = run("Peter Fenton warned the MPs' committee that binding judges too much might look like "
                 "interference.");
  const StatementFact* s = w.statement("binding judges too much");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text.rfind("binding judges", 0), 0u) << s->text;
  Result f = run("Norvik Bank repeated its claims that the option is still valid.");
  const StatementFact* c = f.statement("the option is still valid");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text, "the option is still valid");
  Result n = run("Ann Dorsey said the plan that was agreed would fail.");
  EXPECT_NE(n.statement("the plan that was agreed would fail"), nullptr);
}

// "The Ugandan Media Council said ... It said ...": a demonym inside a
// body's name is no body that speaks; before an organ of the state it
// stands for the country ("the Venezuelan government ... It said").
TEST(ExtractorTest, ItIsNoDemonym) {
  Result r = run("The Ugandan Media Council said the play would not be put on. It said the production could "
                 "go ahead if the organisers cut it.");
  EXPECT_EQ(r.speaker(r.statement("the production could go ahead")), "Ugandan Media Council");
  Result v = run("The Venezuelan government has expanded the state's role. It recently said all mining "
                 "contracts would be examined.");
  EXPECT_EQ(v.speaker(v.statement("all mining contracts would be examined")), "Venezuela");
}

// "the Media Council" beside "the Ugandan Media Council" is that body
// (GOLD.md's demonym-free alias), and "the council's ruling said" is its.
TEST(ExtractorTest, DemonymFreeBodyAndItsDescribedText) {
  Result r = run("The Ugandan Media Council banned the play. Some church leaders side with the Media Council. "
                 "“The play is hereby banned,” the council's ruling said.");
  int councils = 0;
  for (const auto& e : r.facts.entities) councils += e.name.find("Media Council") != std::string::npos;
  EXPECT_EQ(councils, 1);
  EXPECT_EQ(r.speaker(r.statement("The play is hereby banned")), "Ugandan Media Council");
}

// An occupation right before a name is evidence of a person, whatever the
// tagger reads ("US playwright Eve Ensler", "warned HVB Group economist
// Andreas Rees"); not one of a compound before a body ("market leader
// Norvik Bank", "fund manager Matrix Asset Advisors") nor a run of common
// words ("the magazine's Production Diary").
TEST(ExtractorTest, OccupationBeforeANameIsEvidenceOfAPerson) {
  Result r = run("But the work's author, US playwright Eve Ensler, says it is all about empowerment. "
                 "“There is fear,” Ms Ensler said.");
  EXPECT_TRUE(has_entity(r, "Eve Ensler", EntityType::Person));
  EXPECT_EQ(r.speaker(r.statement("There is fear")), "Eve Ensler");
  Result b = run("It struggles to keep up with market leader Norvik Bank, Ann Dorsey said.");
  EXPECT_FALSE(has_entity(b, "Norvik Bank", EntityType::Person));
}

// "believed he was talking to X": a belief or pretence is no meeting (a
// prank call); "was talking to X" alone is one.
TEST(MeetingTest, ABeliefIsNoMeeting) {
  Result r = run("Peter Fenton was tricked. Fenton believed he was talking to club director Ann Dorsey when "
                 "he praised the club.");
  EXPECT_TRUE(r.facts.meetings.empty());
  Result m = run("Peter Fenton was in Madrid. Fenton was talking to club director Ann Dorsey when he "
                 "praised the club.");
  ASSERT_EQ(m.facts.meetings.size(), 1u);
  EXPECT_EQ(m.met(0), (std::set<std::string>{"Peter Fenton", "Ann Dorsey"}));
}

// In a list of three names or more with a place among them and no body,
// names taken for persons on thin evidence are places; a list of people
// named with given names stays people.
TEST(ExtractorTest, NamesInAListOfPlacesArePlaces) {
  Result r = run("Unemployment is measured in the six main areas of Brazil (Sao Paolo, Rio de Janeiro, "
                 "Belo Horizonte, Recife, Salvador and Porto Alegre), where most people live.");
  EXPECT_FALSE(has_entity(r, "Rio de Janeiro", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Belo Horizonte", EntityType::Person));
  EXPECT_TRUE(has_entity(r, "Belo Horizonte", EntityType::Place));
  Result p = run("The prize went to Ann Dorsey, Peter Fenton and France last year.");
  EXPECT_TRUE(has_entity(p, "Ann Dorsey", EntityType::Person));
  EXPECT_TRUE(has_entity(p, "Peter Fenton", EntityType::Person));
}

// "the sultry Empress Of Time": after a title, a run opening with a
// capitalized connector names no one.
TEST(ExtractorTest, ANameOpensWithNoConnector) {
  Result r = run("Players must kill the sultry Empress Of Time before she creates the sands.");
  for (const auto& e : r.facts.entities) EXPECT_NE(e.type, EntityType::Person) << e.name;
}

// "Fenton acknowledged that ..., the Norvik Gazette reported.": the body
// that reported the sentence is its source too, beside the speaker inside
// it; a person's "he said" after an inner report still adds nothing.
TEST(ExtractorTest, ABodyThatReportedASentenceIsItsSource) {
  Result r = run("Peter Fenton acknowledged that the work could be termed influence peddling, the Norvik "
                 "Gazette reported.");
  bool outer = false, inner = false;
  for (const auto& st : r.facts.statements) {
    outer = outer || (r.speaker(&st) == "Norvik Gazette" && st.text.find("acknowledged") != std::string::npos);
    inner = inner || (r.speaker(&st) == "Peter Fenton" && st.text.find("influence peddling") != std::string::npos);
  }
  EXPECT_TRUE(outer);
  EXPECT_TRUE(inner);
  // The speaker's own words end before the attribution of the sentence.
  const StatementFact* own = r.statement("influence peddling");
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(r.statement("the work could be termed influence peddling, the Norvik"), nullptr);
}

// "The Journal" after "The Wall Street Journal", "the Commission" after
// "the European Commission": after "the", the last word of one body's name
// is that body (not a word after "of": "the Surrey" is no University of
// Surrey). "because, according to X, CLAUSE" reports the clause.
TEST(ExtractorTest, ABodysLastWordAfterTheIsThatBody) {
  Result r = run("The Norvik Gazette wrote about it this week. The Gazette, citing internal documents, "
                 "reported that the campaign is spending more than it takes in.");
  EXPECT_EQ(r.speaker(r.statement("the campaign is spending more")), "Norvik Gazette");
  Result u = run("The University of Halvard published the study. The Halvard team said nothing.");
  for (const auto& e : u.facts.entities)
    for (const auto& a : e.aliases) EXPECT_NE(a, "The Halvard") << e.name;
  Result b = run("Peter Fenton went to that debate because, according to Fenton, the media would call him a "
                 "coward if he did not.");
  const StatementFact* s = b.statement("the media would call him a coward");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text.rfind("the media", 0), 0u) << s->text;
}

// "The campaign, first reported by the Norvik Gazette, is a key element of
// ...": the sentence around a report set off by commas is its agent's.
TEST(ExtractorTest, AReportSetOffByCommasSourcesItsSentence) {
  Result r = run("The nationwide campaign, first reported by the Norvik Gazette, is a key element of the "
                 "government's response.");
  const StatementFact* s = r.statement("is a key element");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Norvik Gazette");
  EXPECT_EQ(s->text, "The nationwide campaign is a key element of the government's response");
}

// "CNN reported at least six planes filled the skies": a number word after
// "at least" or "about" opens the content as a figure does.
TEST(ExtractorTest, ApproximateNumberWordOpensTheContent) {
  Result r = run("Friday morning, as the parade rolled through town, the Norvik Gazette reported at least six "
                 "planes filled the skies.");
  const StatementFact* s = r.statement("planes filled the skies");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "at least six planes filled the skies");
  EXPECT_EQ(r.statement("as the parade rolled"), nullptr);
}

// `“...?” asked Sen. Ada Norvik` right after the closing mark names the
// asker, as "said Norvik" does; "asked" before the quotation still takes
// its hearer ("asked the minister, “...?”" is not the minister's).
TEST(ExtractorTest, AskedRightAfterAQuotationNamesTheAsker) {
  Result r = run("“Asking a delegate to get rid of themselves?” asked Sen. Ada Norvik of Vermont, who wants a "
                 "review of the rules. “I would like to hear more from the grass roots.”");
  const StatementFact* s = r.statement("Asking a delegate");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Ada Norvik");
  EXPECT_NE(s->text.find("hear more from the grass roots"), std::string::npos);
}

// "department store Nordvik said": a store, brand or conglomerate is a kind
// of body, so the word after it names one; "store Pier 1 Imports" goes on
// past the number, so "Pier" alone names nothing.
TEST(ExtractorTest, AStoreOrBrandBeforeOneWordNamesABody) {
  Result r = run("Upscale department store Nordvik said same store sales were 9.3% higher. Fashion brand "
                 "Kelvaro said sales rose.");
  EXPECT_TRUE(has_entity(r, "Nordvik", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "Kelvaro", EntityType::Organization));
  EXPECT_EQ(r.speaker(r.statement("same store sales")), "Nordvik");
  Result p = run("Home furnishings store Pier 1 Imports saw its sales sink.");
  for (const auto& e : p.facts.entities) EXPECT_NE(e.name, "Pier");
}

// The world's largest cities that are no capital (places.tsv, after the UN's
// World Urbanization Prospects) are places wherever the tagger reads them:
// "the city of São Paulo will relish" had made a person of the city.
TEST(ExtractorTest, ALargeCityIsAPlace) {
  Result r = run("Anyone acquainted with the city of São Paulo will relish the nonsense of this declaration. "
                 "The firm moved its base from Karachi to Lagos.");
  EXPECT_TRUE(has_entity(r, "São Paulo", EntityType::Place));
  EXPECT_TRUE(has_entity(r, "Karachi", EntityType::Place));
  EXPECT_TRUE(has_entity(r, "Lagos", EntityType::Place));
  for (const auto& e : r.facts.entities) EXPECT_NE(e.type, EntityType::Person) << e.name;
}

// `“...apart.” One in three women, the survey said, thought ...`: an
// attribution set off by commas inside the sentence after a quotation
// sources that sentence; the quotation goes on from the speaker before.
TEST(ExtractorTest, AnAttributionSetOffInTheNextSentenceIsNotTheQuotations) {
  Result r = run("\"We are a nation of lazy people,\" Dara Kelvane from Norvox said. \"We put the numbers in "
                 "our phones. \"The phone plays such a key role in modern life.\" House prices have risen 0.9% "
                 "this year, Norvox said, and prices would rise by 6% in the year.");
  const StatementFact* q = r.statement("plays such a key role");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.speaker(q), "Dara Kelvane");
  const StatementFact* s = r.statement("House prices have risen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Norvox");
}

// "Russian oil company Kelvaro has dropped ... banks it had accused": the
// demonym opening the subject is no body that speaks; "it" is the company.
TEST(ExtractorTest, ADemonymOpeningTheSubjectIsNotTheItThatSpeaks) {
  Result r = run("Russian oil company Kelvaro has dropped the threat of legal action against five banks it had "
                 "accused of involvement in the sale of its key unit.");
  const StatementFact* s = r.statement("involvement in the sale");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Kelvaro");
}

// "Orvane added more than five million new customers in 2004": "added"
// reports a clause; an object with no verb of its own is a thing added.
// A clause or quoted words after it stay a statement.
TEST(ExtractorTest, AddedWithAnObjectAndNoVerbReportsNothing) {
  Result r = run("Mobile operator Orvane added more than five million new customers in 2004. Kelvaro also added "
                 "a new feature to its search engine last week. Ada Norvik added the company would grow. She "
                 "added such talk \"fans the flames of radicalization.\"");
  EXPECT_EQ(r.statement("five million new customers"), nullptr);
  EXPECT_EQ(r.statement("a new feature"), nullptr);
  const StatementFact* s = r.statement("the company would grow");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Ada Norvik");
  EXPECT_NE(r.statement("fans the flames"), nullptr);
}

// "Federer dropped a set against champion Gaudio, but was content with his
// game. “...,” he said": a possessive late in a sentence its named subject
// opens does not carry its (nearest) referent on to the next "he"; the
// subject speaks. Someone else opening a clause between ("but Pollard
// rejected his comments") is the one who goes on.
TEST(ExtractorTest, APossessiveLateInTheSentenceLeavesTheSubjectSpeaking) {
  Result r = run("Tomas Varek beat Ivo Kelman in Doha. Varek dropped a tight first set against former champion "
                 "Kelman, but was content with his game. \"It was about getting used to the surface,\" he "
                 "said.");
  const StatementFact* s = r.statement("getting used to the surface");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Tomas Varek");
  Result p = run("Tomas Varek criticised the courts. Varek said he had had enough of asking for a faster "
                 "surface but official Ivo Kelman rejected his comments. \"We did ask for it to be made "
                 "faster,\" he said.");
  const StatementFact* q = p.statement("We did ask");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(p.speaker(q), "Ivo Kelman");
}

// "told BBC Sport he did not expect ...", "told BBC Radio Five Live the side
// was ready": the section or station after a body that hears is part of
// the hearer, not of what was told; a title or name there is not ("told
// the BBC Mr Howard had always ...").
TEST(ExtractorTest, AnOutletsSectionIsPartOfTheHearer) {
  Result r = run("Ada Norvik told BBC Sport he did not expect the organisation to act so quickly. Ivo Kelman "
                 "told BBC Radio Five Live the side was ready. A Labour source told the BBC Mr Tomas Varek had "
                 "always been in favour of the plan.");
  const StatementFact* a = r.statement("did not expect the organisation");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text.rfind("he did not expect", 0), 0u) << a->text;
  const StatementFact* b = r.statement("the side was ready");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text, "the side was ready");
  const StatementFact* c = r.statement("always been in favour");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text.rfind("Mr Tomas Varek had", 0), 0u) << c->text;
}

// The plural of a common word ("Prosecutions", "Viruses", with -es after a
// sibilant too) names a person only as the surname of someone the article
// names in full: "Tony Banks ... Mr Banks said".
TEST(ExtractorTest, APluralOfACommonWordIsNoOnesNameAlone) {
  Result r = run("He said he will consult the Director of Public Prosecutions and the police. Viruses written "
                 "to make headlines by infecting millions are rare. Tony Banks spoke first. Mr Banks said it "
                 "was fine.");
  for (const auto& e : r.facts.entities) {
    EXPECT_NE(e.name, "Prosecutions");
    EXPECT_NE(e.name, "Viruses");
  }
  EXPECT_EQ(r.speaker(r.statement("it was fine")), "Tony Banks");
}

// "Labour and Conservative promises": the capitalized adjective is the
// party, as "Tory" is, and no person.
TEST(ExtractorTest, ConservativeNamesTheParty) {
  Result r = run("He said people were highly sceptical about Labour and Conservative promises on tax.");
  EXPECT_TRUE(has_entity(r, "Conservative Party", EntityType::Organization));
  for (const auto& e : r.facts.entities) EXPECT_NE(e.type, EntityType::Person) << e.name;
}

// "The Aviator was declared best film", "Kelvaro was declared insolvent":
// the subject of a passive speech verb is what was spoken of, not who spoke.
TEST(ExtractorTest, ThePassiveSubjectOfASpeechVerbIsNoSpeaker) {
  Result r = run("The Aviator was declared best film, and its star Ada Norvik won best supporting actress. "
                 "Kelvaro was declared insolvent in December after it emerged that its funds did not exist.");
  EXPECT_EQ(r.statement("best film"), nullptr);
  EXPECT_EQ(r.statement("insolvent"), nullptr);
  for (const auto& e : r.facts.entities) EXPECT_NE(e.name, "Aviator");
}

// "The Halifax, meanwhile, said ...": a word after "the" that speaks is a
// body, not a person; a common word or a modifier there is neither ("the
// Bill proposes", "the Virginia state law").
TEST(ExtractorTest, ABareNameAfterTheThatSpeaksIsABody) {
  Result r = run("House prices fell last month. The Halvarbank, meanwhile, said last week that house prices "
                 "increased by 1.1% in December. The Bill proposes control orders. They were unaware of the "
                 "Vermont state law.");
  EXPECT_TRUE(has_entity(r, "Halvarbank", EntityType::Organization));
  EXPECT_EQ(r.speaker(r.statement("house prices increased")), "Halvarbank");
  for (const auto& e : r.facts.entities) {
    EXPECT_NE(e.name, "Bill");
    EXPECT_NE(e.type, EntityType::Person) << e.name;
  }
}

// "Ada Norvik said Wednesday that she called Ivo Kelman ... on what she
// called “an extraordinary campaign.”": the quoted name inside the report is
// part of that indirect statement (GOLD.md), which is not lost to it.
TEST(ExtractorTest, WhatSheCalledInsideAReportIsPartOfIt) {
  Result r = run("Ada Norvik said Wednesday that she called Ivo Kelman after the primaries to congratulate him "
                 "on what she called \"an extraordinary campaign.\" She left early.");
  const StatementFact* s = r.statement("she called Ivo Kelman after the primaries");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Ada Norvik");
  EXPECT_NE(s->text.find("an extraordinary campaign"), std::string::npos) << s->text;
  EXPECT_EQ(s->kind, StatementKind::Indirect);
}

// `tweeted, "Thank you Indiana! #Vote2016"` after its verb is speech though
// its words are capitalized like a title; and "incurred boos upon saying,
// “...”" is the sentence subject's, as "by saying" is.
TEST(ExtractorTest, ACapitalizedQuotationAfterItsVerbAndUponSaying) {
  Result r = run("Tomas Varek spoke in Vermont on Thursday. Ada Norvik spoke too. Varek, who also campaigned "
                 "in the state this week, tweeted, \"Thank you Vermont! #Vote2016\" on Friday afternoon. "
                 "Norvik, herself a supporter during the primary, incurred a wave of boos upon saying, "
                 "\"The governor heard the passion of the people.\"");
  EXPECT_EQ(r.speaker(r.statement("Thank you Vermont")), "Tomas Varek");
  EXPECT_EQ(r.speaker(r.statement("heard the passion of the people")), "Ada Norvik");
}

// "wrote a part for herself in the episode" writes no report; "wrote a
// letter to the board asking that ..." does (a document, a speech verb in
// it). "a book called “...”" names a book: the book says nothing.
TEST(ExtractorTest, WroteReportsOnlyWhatATextSays) {
  Result r = run("Ada Norvik wrote a part for herself in the episode. Ivo Kelman wrote a letter to the board "
                 "asking that all the proceeds go to charity. He wrote a book called \"Make Your Kid a "
                 "Millionaire\" in 2001.");
  EXPECT_EQ(r.statement("a part for herself"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("a letter to the board")), "Ivo Kelman");
  for (const auto& e : r.facts.entities) EXPECT_NE(e.name, "book");
}

// "according to technology analysts IDC", "market analysts Norvex said":
// people in the plural before a name no one bears name the firm, which is
// the source; "analysts Ada Norvik" still names people.
TEST(ExtractorTest, AnalystsBeforeANameNameTheFirm) {
  Result r = run("A fifth of all hard drives will be used in consumer electronics by 2007, according to "
                 "technology analysts IDC. Prices rose, according to analysts Ada Norvik and Ivo Kelman.");
  EXPECT_TRUE(has_entity(r, "IDC", EntityType::Organization));
  EXPECT_EQ(r.speaker(r.statement("hard drives will be used")), "IDC");
  EXPECT_FALSE(has_entity(r, "Ada Norvik and Ivo Kelman", EntityType::Organization));
}

// "Comic Morris returns with sitcom" over "Comedian Ada Morris ...": a
// comic is an occupation (title_descriptions.tsv), as a comedian is.
TEST(ExtractorTest, AComicIsAnOccupation) {
  core::Document doc;
  doc.id = "t";
  doc.text = "Comic Morris returns with sitcom\n\nComedian Ada Morris, who created a controversial TV show, "
             "is to return to screens with a new sitcom.";
  doc.title = "Comic Morris returns with sitcom";
  doc.title_span = {0, static_cast<uint32_t>(doc.title.size())};  // as the readers set it
  Result r{extract_article(doc, lexicons())};
  for (const auto& e : r.facts.entities) EXPECT_EQ(e.name.find("Comic"), std::string::npos) << e.name;
  const auto ada = std::find_if(r.facts.entities.begin(), r.facts.entities.end(),
                                [](const Entity& e) { return e.name == "Ada Morris"; });
  ASSERT_NE(ada, r.facts.entities.end());
  EXPECT_EQ(ada->mentions.size(), 2u);
}

// "The prime minister ratcheted up ... He insisted ...": a subject pronoun
// goes on with the description that opened the sentence before, when it
// names someone by role, over a name later in the text before it.
TEST(ExtractorTest, ASubjectPronounGoesOnWithTheDescriptionBefore) {
  Result r = run("Prime Minister Tomas Varek spoke in Norvik. Opposition leader Ivo Kelman attacked him on "
                 "Monday. The prime minister ratcheted up the campaign at the weekend with a tour of the "
                 "country. He insisted he did not know the poll date.");
  EXPECT_EQ(r.speaker(r.statement("did not know the poll date")), "Tomas Varek");
}

// "Duran Duran are currently promoting ...", "Sun Kelvabrew, which bought
// ...": a name taken for a person on thin evidence that opens its sentence
// before a plural verb or ", which" is a body. A person with a given name
// stays one.
TEST(ExtractorTest, ANameBeforeAreOrWhichIsAGroup) {
  Result r = run("Duran Duran are currently promoting the album's second single. Sun Kelvabrew, which bought "
                 "the brewery last year, said sales rose. Ada Norvik spoke later.");
  EXPECT_FALSE(has_entity(r, "Duran Duran", EntityType::Person));
  EXPECT_TRUE(has_entity(r, "Duran Duran", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Sun Kelvabrew", EntityType::Person));
  EXPECT_TRUE(has_entity(r, "Ada Norvik", EntityType::Person));
}

// "starring in seven films including Jungle Fever, Do The Right Thing and
// ...", "his first novel, Runaway Zero-Eight in 1958": titles listed after
// their kind's plural or set off after the kind name no one; a subject or
// an appositive a verb follows still does ("for best comedy, Walliams
// said", "the director of the film, Ada Norvik, says").
TEST(ExtractorTest, TitlesListedOrSetOffAfterTheirKindNameNoOne) {
  Result r = run("He starred in seven films including Jungle Fever, Do The Right Thing and Malcolm X. It was "
                 "adapted to become his first novel, Runaway Zero-Eight in 1958. After receiving the award for "
                 "best comedy, Walliams said it was a shock. The director of the film, Ada Norvik, says the "
                 "movie is not offensive.");
  for (const auto& e : r.facts.entities) {
    EXPECT_NE(e.name, "Jungle Fever");
    EXPECT_NE(e.name, "Runaway Zero-Eight");
  }
  EXPECT_EQ(r.speaker(r.statement("it was a shock")), "Walliams");
  EXPECT_EQ(r.speaker(r.statement("movie is not offensive")), "Ada Norvik");
}

// "what X called “...”" and "which X called “...”" outside any report quote
// X's own words: a direct statement of X's (the quotation had gone to no one,
// as "called" took no object before the marks). A scare quote of a word or
// two stays none, and a thing so named ("a book called “...”") is no speech.
TEST(ExtractorTest, WhatXCalledQuotesX) {
  Result r = run("Tomas Varek spoke on Monday. As voters prepare for what Varek called \"the loudest, "
                 "most contentious election in modern history,\" the former senator is intrigued. "
                 "Ada Norvik rejected the deal, which she called \"a betrayal of every worker in this "
                 "state.\" Ivo Kelman wrote a book called \"The Long Road Back to Nowhere Again\" in 2001. "
                 "The plan is what Kelman called \"fair.\"");
  const StatementFact* s = r.statement("the loudest, most contentious election in modern history");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Tomas Varek");
  EXPECT_EQ(s->kind, StatementKind::Direct);
  const StatementFact* b = r.statement("a betrayal of every worker");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(r.speaker(b), "Ada Norvik");
  EXPECT_EQ(r.statement("The Long Road Back"), nullptr);
  EXPECT_EQ(r.statement("fair"), nullptr);
  // (A title before the name: "what Mr. Kelman called ''...''".)
  Result t = run("Ivo Kelman spoke. In 2009, under what Mr. Kelman called ''the prior economy model,'' the "
                 "club closed.");
  EXPECT_EQ(t.speaker(t.statement("the prior economy model")), "Ivo Kelman");
}

// "..., X warned on Wednesday" reports a clause that may end with someone
// else's name ("into the arms of Tomas Varek, Ada Norvik warned"); a
// phrase with no clause ("Asked about Varek, Norvik said") or a quotation
// and its speaker before the comma (`"...," shop owner Ivo Kelman, told
// Reuters`) is no content of the verb's subject.
TEST(ExtractorTest, ContentBeforeTheSpeakerMayEndWithAName) {
  Result r = run("The same frustration could send droves of voters into the arms of Tomas Varek, Ada Norvik "
                 "warned on Wednesday. Asked about Tomas Varek, Ada Norvik smiled, her aides said. \"If a "
                 "person has savings this will suddenly decrease,\" shop owner Ivo Kelman, told Reuters.");
  const StatementFact* s = r.statement("could send droves of voters");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Ada Norvik");
  EXPECT_EQ(s->text.find("Ada Norvik"), std::string::npos) << s->text;
  EXPECT_EQ(r.statement("Asked about"), nullptr);
  EXPECT_EQ(r.statement("shop owner"), nullptr);
  for (const auto& st : r.facts.statements) EXPECT_NE(r.speaker(&st), "Reuters") << st.text;
}

// An attribution set off inside the sentence ("Democrats, Frank notes,
// applaud ...") gives the whole sentence without the aside, also when a
// name opens the aside; a participle or a second verb after the aside
// ("..., Spicer said, adding, “...”", "..., Eurotunnel said, but warned
// that ...") goes on from the attribution and is no part of the content.
TEST(ExtractorTest, AnAsideAttributionLeavesItselfOut) {
  Result r = run("Tomas Varek wrote a book. Democrats, Varek notes, applaud the shrewd management of the "
                 "state. Ada Norvik spoke to reporters. Ryan and Trump will meet sometime next week, Norvik "
                 "said, adding, \"They need to sit down and have a good talk.\" The truck market is "
                 "improving, Eurotunnel said, but warned that it was not benefiting from the traffic.");
  const StatementFact* a = r.statement("applaud the shrewd management");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(r.speaker(a), "Tomas Varek");
  EXPECT_EQ(a->text, "Democrats applaud the shrewd management of the state");
  const StatementFact* m = r.statement("will meet sometime next week");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(r.speaker(m), "Ada Norvik");
  EXPECT_EQ(m->text, "Ryan and Trump will meet sometime next week");
  const StatementFact* e = r.statement("truck market is improving");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text, "The truck market is improving");
  EXPECT_EQ(r.speaker(r.statement("it was not benefiting")), "Eurotunnel");
}

// A dateline opening the body ("BUENA PARK, Calif. - ", "DES MOINES — ")
// names the place the story was filed from: a Place, never a person or a
// body, and no speaker of what follows. A word in capitals that is no
// place ("EXCLUSIVE – ") is none.
TEST(ExtractorTest, ADatelineIsAPlace) {
  Result r = run("BUENA PARK, Calif. - Rallying hundreds of workers, Ada Norvik tried here last week to "
                 "win them over. A Norvik presidency, she vowed, would bring better-paying jobs.\n\n"
                 "More text here.");
  EXPECT_EQ(type_of(r, "BUENA PARK"), EntityType::Place);
  for (const auto& st : r.facts.statements) EXPECT_EQ(r.speaker(&st), "Ada Norvik") << st.text;
  Result d = run("TARVOSSA — Tomas Varek said on Monday the vote would be close.");
  EXPECT_EQ(type_of(d, "TARVOSSA"), EntityType::Place);
  EXPECT_EQ(d.speaker(d.statement("the vote would be close")), "Tomas Varek");
  Result x = run("EXCLUSIVE – Tomas Varek said on Monday the vote would be close.");
  for (const auto& e : x.facts.entities) EXPECT_NE(e.name, "EXCLUSIVE");
}

// "Many countries, such as the Maldives, do not buy insurance ..., said an
// expert": the stretch between the name and the verb is the sentence's
// predicate, no appositive, so the name is no speaker (the expert is
// unnamed); an appositive with a participle ("Tomas Varek, asked about it
// by reporters, said") still sets off its person.
TEST(ExtractorTest, APredicateIsNoAppositive) {
  Result r = run("Many countries, such as Indonesia or the Maldives, do not usually buy insurance for these "
                 "disasters, said a US-based insurance expert. Ada Norvik, asked about the plan by "
                 "reporters, said it was important to be careful.");
  for (const auto& st : r.facts.statements) EXPECT_NE(r.speaker(&st), "Maldives") << st.text;
  EXPECT_EQ(r.speaker(r.statement("it was important to be careful")), "Ada Norvik");
}

// "agreed a new deal", "agrees new kit deal" is a deal made, not words
// ("agreed the plan was flawed", "agreed to ..." still report); and
// "states" after a demonym or an adjective is the noun ("Asian states
// such as Japan", "the Baltic states").
TEST(ExtractorTest, AgreeingADealAndStatesAsANoun) {
  Result r = run("Norvik Athletics has agreed a new deal with Varek Sports. Tomas Varek agreed a contract "
                 "until the end of the season. Ada Norvik agreed the plan was flawed. Much of the debt is "
                 "covered by selling bonds to Asian states such as Japan and China, since the dollar is "
                 "strong. The report states that the plan failed.");
  EXPECT_EQ(r.statement("a new deal"), nullptr);
  EXPECT_EQ(r.statement("a contract until"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("the plan was flawed")), "Ada Norvik");
  EXPECT_EQ(r.statement("such as Japan"), nullptr);
  EXPECT_NE(r.statement("the plan failed"), nullptr);
}

// Newspapers' masthead words end a body's name (org_words.tsv): "The
// Philadelphia Inquirer reported", "the Columbus Dispatch".
TEST(ExtractorTest, MastheadWordsNameNewspapers) {
  Result r = run("The Philadelphia Inquirer reported that the plan failed. Ada Norvik told the Columbus "
                 "Dispatch on Monday that she would win.");
  EXPECT_EQ(type_of(r, "Philadelphia Inquirer"), EntityType::Organization);
  EXPECT_EQ(type_of(r, "Columbus Dispatch"), EntityType::Organization);
  EXPECT_EQ(r.speaker(r.statement("the plan failed")), "Philadelphia Inquirer");
}

// A web address is one word and names the body behind it ("the website
// GunBroker.com said"), the same body as one named by its opening word
// ("Varek.com" beside "Varek News").
TEST(ExtractorTest, AWebAddressNamesABody) {
  Result r = run("A statement posted on the website GunBroker.com said listings are user generated. Ada "
                 "Norvik wrote for Varek News on Monday. Read more on Varek.com today.");
  EXPECT_EQ(type_of(r, "GunBroker.com"), EntityType::Organization);
  EXPECT_EQ(r.speaker(r.statement("listings are user generated")), "GunBroker.com");
  bool joined = false;
  for (const auto& e : r.facts.entities) {
    EXPECT_NE(e.name, "Varek.com");
    if (e.name == "Varek News")
      for (const auto& a : e.aliases) joined = joined || a == "Varek.com";
  }
  EXPECT_TRUE(joined);
}

// The plural of an acronym ends no one's name: "Concerns over Windows
// ATMs" is no person, and no "he" stands for "ATMs" later.
TEST(ExtractorTest, APluralAcronymEndsNoName) {
  core::Document doc;
  doc.id = "t";
  doc.text = "Concerns over Windows ATMs\n\nBanks use ATMs. Tomas Varek runs a firm. \"It's pretty "
             "unusual to hear about virus problems with ATMs,\" he said.";
  Result r{extract_article(doc, lexicons())};
  for (const auto& e : r.facts.entities) EXPECT_EQ(e.name.find("ATMs"), std::string::npos) << e.name;
  EXPECT_EQ(r.speaker(r.statement("pretty unusual")), "Tomas Varek");
}

// "RSA said that 26% of wi-fi networks ...": RSA names a body (RSA
// Security) in news far more often than South Africa; it is no alias of
// the country (countries.tsv).
TEST(ExtractorTest, RsaIsNoCountry) {
  Result r = run("A survey of networks in London by RSA Security found a third were open. RSA warned that "
                 "26% of networks used default settings.");
  EXPECT_NE(type_of(r, "South Africa"), EntityType::Country);
  for (const auto& st : r.facts.statements) EXPECT_NE(r.speaker(&st), "South Africa") << st.text;
}

// A title word after a given name, ending the name, is a surname:
// "Charlie King, a former director, said", "David Duke said", "Martin
// Luther King Jr."; before a name it stays a title ("King Abdullah").
TEST(ExtractorTest, ATitleWordAfterAGivenNameIsASurname) {
  Result r = run("Charlie King, a former director of the party, said the group would focus on five states. "
                 "David Duke said the party would win. Martin Luther King Jr. spoke of a dream. King "
                 "Abdullah met the envoy.");
  EXPECT_EQ(r.speaker(r.statement("the group would focus")), "Charlie King");
  EXPECT_EQ(r.speaker(r.statement("the party would win")), "David Duke");
  EXPECT_EQ(type_of(r, "Martin Luther King Jr."), EntityType::Person);
  EXPECT_EQ(type_of(r, "Abdullah"), EntityType::Person);
}

// A party word before a given name describes the person also after the
// place or chamber that opens the description: "Texas Republican Tomas
// Varek", "Senate Intelligence Ranking Democrat Ada Norvik", "Liberal
// Democrat Ivo Kelman"; a place the lexicons know stays a place.
TEST(ExtractorTest, APartyDescriptionAfterAPlaceOrChamber) {
  Result r = run("Texas Republican Tomas Varek said the plan would fail. Senate Intelligence Ranking Democrat "
                 "Ada Norvik last week said the vote was close. Liberal Democrat Ivo Kelman is confident.");
  EXPECT_EQ(r.speaker(r.statement("the plan would fail")), "Tomas Varek");
  EXPECT_EQ(r.speaker(r.statement("the vote was close")), "Ada Norvik");
  EXPECT_EQ(type_of(r, "Ivo Kelman"), EntityType::Person);
  EXPECT_EQ(type_of(r, "Texas"), EntityType::Place);
  EXPECT_EQ(type_of(r, "Senate Intelligence Ranking"), EntityType::Event);  // no such entity
}

// "..., Nefzi said, adding, “...”": the participle after an attribution is
// that attribution's speaker's, not the sentence subject's.
TEST(ExtractorTest, AddingAfterAnAttributionIsItsSpeakers) {
  Result r = run("Tomas Varek prayed there. Ada Norvik spoke to reporters. Varek did not mingle but left as "
                 "soon as prayers were finished, Norvik said, adding, \"He was not very religious.\"");
  EXPECT_EQ(r.speaker(r.statement("He was not very religious")), "Ada Norvik");
}

// A speech verb after "and" shares the subject of its clause's first verb,
// also in a clause the sentence does not open with ("such as when Tomas
// Varek knocked Norvik on trade and called him a “moderate”"); not in an
// "if" clause, not a name inside an embedded clause ("believes Ada Norvik
// is suited ... and says"), and not "blasted in a shot".
TEST(ExtractorTest, ACoordinatedVerbSharesItsClausesSubject) {
  Result r = run("There were pointed references, such as when Tomas Varek knocked Ada Norvik on trade and "
                 "called her a \"moderate,\" a subtle dig. The defender believes Ada Norvik is suited to the "
                 "job and says her expertise will prevent any revolt. First, Ivo Kelman got round the "
                 "defender and blasted in a shot that the keeper parried. The key is if Kelman comes out and "
                 "says that he is happy.");
  EXPECT_EQ(r.speaker(r.statement("a \"moderate")), "Tomas Varek");
  EXPECT_EQ(r.statement("her expertise will prevent"), nullptr);
  EXPECT_EQ(r.statement("a shot that"), nullptr);
  EXPECT_EQ(r.statement("he is happy"), nullptr);
}

// "..., with Sen. Tomas Varek calling it a “Chinese menu.”": the name
// between "with" and the participle is its subject. Not a demonym ("with
// Britons requesting ...") and not "adding" a thing ("with China adding
// 178 million new PCs").
TEST(ExtractorTest, WithNameParticipleHasThatNameForSubject) {
  Result r = run("Republicans were irritated, with Sen. Tomas Varek calling it a \"Chinese menu.\" The plan "
                 "drew fire, with Ada Norvik saying it would fail. Both lists had one classic song each, with "
                 "Britons requesting Amazing Grace. Growth will come from big markets, with China adding 178 "
                 "million new PCs by 2010.");
  EXPECT_EQ(r.speaker(r.statement("Chinese menu")), "Tomas Varek");
  EXPECT_EQ(r.speaker(r.statement("it would fail")), "Ada Norvik");
  EXPECT_EQ(r.statement("Amazing Grace"), nullptr);
  EXPECT_EQ(r.statement("178 million"), nullptr);
}

// Two particles inside a name keep it whole: "Ursula von der Leyen",
// "Tom de la Mare" (not "Leyen", "Mare").
TEST(ExtractorTest, TwoNameParticlesKeepTheNameWhole) {
  Result r = run("On Monday, Ursula von der Leyen said the vote was close. Tom de la Mare resigned.");
  EXPECT_EQ(r.speaker(r.statement("the vote was close")), "Ursula von der Leyen");
  EXPECT_EQ(type_of(r, "Tom de la Mare"), EntityType::Person);
}

// "says, win or lose in Tuesday's primary, he's staying in the race": an
// aside with no verb after the speech verb's comma, then a clause, is all
// content; a participle there goes on from the attribution ("the paper
// said, taking into account high oil prices, the strength ...").
TEST(ExtractorTest, AVerblessAsideAfterSaidOpensTheContent) {
  Result r = run("Tomas Varek says, win or lose in Tuesday's crucial primary, he's staying in the race. Ada "
                 "Norvik has revised her forecasts, the Varek Journal said, taking into account high oil "
                 "prices, the strength of the euro and weak demand.");
  const StatementFact* s = r.statement("staying in the race");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Tomas Varek");
  EXPECT_NE(s->text.find("win or lose"), std::string::npos) << s->text;
  EXPECT_EQ(r.statement("the strength of the euro"), nullptr);
}

// `“...,” he said when asked by a reporter if ...`: a time clause of a
// participle after the verb is the circumstance of the speech, no content
// of it; a "that" after it still opens the content ("said while visiting
// Ohio that ...").
TEST(ExtractorTest, SaidWhenAskedReportsNoQuestion) {
  Result r = run("Tomas Varek spoke. \"We will win this,\" he said when asked by a reporter if that remains "
                 "his view. Ada Norvik said while visiting Ohio that the plan would fail.");
  EXPECT_EQ(r.statement("when asked by a reporter"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("We will win this")), "Tomas Varek");
  const StatementFact* s = r.statement("the plan would fail");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "the plan would fail");
}

// A one-word quotation closed by its own comma or mark, with its speaker
// and verb right after it, is a statement (`"Absolutely," he said`) and
// opens a split quotation (`"Also," he said, "they have to ..."`); a word
// in scare quotes before a participle is none (`"balanced," adding ...`).
TEST(ExtractorTest, AOneWordAnswerWithItsAttributionIsAQuotation) {
  Result r = run("Tomas Varek spoke. \"Absolutely,\" he said. \"Also,\" he said, \"they have to simplify "
                 "the interface.\" Ada Norvik said the question sounded \"neutral\" and \"balanced,\" adding "
                 "it was fair.");
  EXPECT_EQ(r.speaker(r.statement("Absolutely")), "Tomas Varek");
  const StatementFact* s = r.statement("simplify the interface");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text.rfind("Also,", 0), 0u) << s->text;
  for (const auto& st : r.facts.statements) EXPECT_NE(st.text, "balanced,");
}

// A quotation opening a parenthesis, with its attribution inside, stands
// alone: `(''We've persuaded the creators ...,'' he said.)`; a title in
// brackets is none.
TEST(ExtractorTest, AQuotationInParenthesesStandsAlone) {
  Result r = run("Tomas Varek spoke. Mr. Varek said he pursued it. (''We've persuaded the original creators "
                 "to complete their mission,'' he said.) The film (\"The Long Road Back Home\") opened.");
  EXPECT_EQ(r.speaker(r.statement("persuaded the original creators")), "Tomas Varek");
  EXPECT_EQ(r.statement("Long Road"), nullptr);
}

// "states" is the verb only before "that", a colon or comma, a full stop,
// a quotation or a clause: "swing states such as Ohio" and "the March
// states account for more" are the noun ("the report states that ..." and
// `“...,” the lawsuit states.` still report).
TEST(ExtractorTest, StatesIsAVerbOnlyBeforeAClause) {
  Result r = run("Tomas Varek spoke. He would be hard-pressed to sway voters in crucial swing states such as "
                 "Ohio and Florida, Varek said. The first four states hold few delegates, while the March "
                 "states account for more than half and \"better reflect the diversity of the party,\" Varek "
                 "wrote.");
  for (const auto& st : r.facts.statements) EXPECT_NE(st.text.rfind("such as", 0), 0u) << st.text;
  EXPECT_EQ(r.speaker(r.statement("sway voters")), "Tomas Varek");
  EXPECT_EQ(r.speaker(r.statement("account for more than half")), "Tomas Varek");
}

// An aside attribution inside a sentence with a quoted phrase before it
// reports the whole sentence: `Part of the reason these "bot nets" spread,
// Varek said, was a change in ...`; the aside after a quotation that
// opened in an earlier sentence attributes that quotation (`"...
// overwhelming. I'm not used to this," she said, after receiving ...`).
TEST(ExtractorTest, AnAsideAfterAQuotedPhraseReportsTheSentence) {
  Result r = run("Tomas Varek spoke. Part of the reason that these \"bot nets\" have become so prevalent, "
                 "Varek said, was due to a big change in the way viruses were created. Ada Norvik described "
                 "her victory as \"truly overwhelming. I'm really not used to this kind of thing,\" she said, "
                 "after receiving her award.");
  const StatementFact* s = r.statement("bot nets");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Tomas Varek");
  EXPECT_NE(s->text.find("was due to a big change"), std::string::npos) << s->text;
  EXPECT_EQ(r.statement("after receiving her award"), nullptr);
}

// A paragraph that is only a quotation goes on in the voice of the last
// person the paragraph before reported, not of the last one it quoted:
// `Ivo Kelman responded: "..." ... the catastrophe was overshadowing the
// year, Mr Varek said.` then `"We watched the scenes ..."` is Varek's.
TEST(ExtractorTest, AQuotationParagraphGoesOnWithTheLastReportedSpeaker) {
  Result r = run("Tomas Varek spoke on Monday. But Labour's spokesman Ivo Kelman responded: \"Britain is working, "
                 "don't let them wreck it again.\" The catastrophe was overshadowing the hopes for the future, "
                 "Mr Varek said.\n\n\"We watched the scenes of destruction with a sense of disbelief.\"");
  EXPECT_EQ(r.speaker(r.statement("Britain is working")), "Ivo Kelman");
  EXPECT_EQ(r.speaker(r.statement("We watched the scenes")), "Tomas Varek");
}

// "As Varek News first reported, ..." and "(As Varek News first reported,
// ...)" source the clause after them, as "As Varek News reported," does.
TEST(ExtractorTest, AsFirstReportedSourcesTheClauseAfterIt) {
  Result r = run("Ada Norvik spoke. As Varek News first reported, Ms. Norvik backed the war in 2002. (As the "
                 "Kelman Post first reported, Ms. Norvik voted against the budget in 2003.)");
  EXPECT_EQ(r.speaker(r.statement("backed the war in 2002")), "Varek News");
  EXPECT_EQ(r.speaker(r.statement("voted against the budget")), "Kelman Post");
}

// "Mr Varek's statement said: “...” It added: “...”": opening the next
// sentence, "it" is the text of someone's that spoke, so its author goes on
// (not Australia, the last body named).
TEST(ExtractorTest, ItAfterSomeonesStatementIsItsAuthor) {
  Result r = run("The strategist Tomas Varek helped Australia's prime minister win four elections. Mr Varek's "
                 "statement said: \"The party has been making an impact on tax.\" It added: \"Labour will want "
                 "to distract attention from the issues.\"");
  EXPECT_EQ(r.speaker(r.statement("making an impact on tax")), "Tomas Varek");
  EXPECT_EQ(r.speaker(r.statement("want to distract attention")), "Tomas Varek");
}

// "... improve public services without asking people to pay more taxes":
// a speech act done "without" did not happen, and is no statement.
TEST(ExtractorTest, WithoutAskingIsNoSpeech) {
  Result r = run("Tomas Varek said the Tories can cut crime and improve public services without asking "
                 "people to pay more taxes.");
  EXPECT_EQ(r.speaker(r.statement("the Tories can cut crime")), "Tomas Varek");
  for (const auto& st : r.facts.statements) EXPECT_NE(st.text, "to pay more taxes");
}

// A quotation paragraph that names the last speaker in full ("... Tomas
// Varek wanted to try it out ...") is not that speaker's: it talks about
// them, and the guess that the voice goes on is dropped.
TEST(ExtractorTest, AQuotationNamingTheLastSpeakerIsNotTheirs) {
  Result r = run("\"We had more good chances,\" said Tomas Varek. The striker was full of praise.\n\n\"I "
                 "always try to be sniffing around. \"Playing three up was something different. Tomas Varek "
                 "wanted to try it out.\"");
  EXPECT_EQ(r.speaker(r.statement("more good chances")), "Tomas Varek");
  EXPECT_EQ(r.statement("sniffing around"), nullptr);
}

// "But while Varek admitted he liked X, he said ...": a report inside a
// fronted clause ends at its comma, also after a conjunction opening the
// sentence.
TEST(ExtractorTest, AFrontedClauseAfterButEndsAtItsComma) {
  Result r = run("Tomas Varek spoke. But while Varek admitted he liked the more flowing style employed against "
                 "Wales, he said \"the win was most important\".");
  const StatementFact* s = r.statement("he liked the more flowing style");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "he liked the more flowing style employed against Wales");
}

// Two asides in one sentence ("The attack, he says, is ... - a by-product,
// he claims, of ...") report the same words once.
TEST(ExtractorTest, TwoAsidesInOneSentenceGiveOneStatement) {
  Result r = run("Tomas Varek spoke. The mongrel attack, he says, is just the latest example of the party getting "
                 "the tone wrong - a by-product, he claims, of the rivals setting the agenda.");
  int n = 0;
  for (const auto& st : r.facts.statements) n += st.text.find("the latest example") != std::string::npos;
  EXPECT_EQ(n, 1);
  EXPECT_EQ(r.speaker(r.statement("the latest example")), "Tomas Varek");
}

// A word that joins the parts of a title ("Secretary of State", "Minister
// on ...") is no title after a country: "talks with France on Friday" are
// talks with France, as "talks with France." are.
TEST(MeetingTest, ACountryBeforeOnOrOfIsStillTheOtherParty) {
  for (const std::string& s :
       {std::string("Tony Blair held talks with France on Friday."),
        std::string("Tony Blair met France on Friday to discuss the budget."),
        std::string("Ann Dorsey held talks with Japan on trade last week.")}) {
    Result r = run(s);
    ASSERT_EQ(r.facts.meetings.size(), 1u) << s;
    const auto names = r.met(0);
    EXPECT_EQ(names.size(), 2u) << s;
    EXPECT_TRUE(names.count("France") || names.count("Japan")) << s;
  }
}

// A meeting noun owned by its subject: "X's talks with Y were ...". A
// finite verb after the other party ends that party's name; a noun after
// it still makes the name an owner ("met Gary Neville's cross" stays none).
TEST(MeetingTest, APossessiveSubjectOfTalksWithSomeone) {
  for (const std::string& s :
       {std::string("Tony Blair's talks with Jacques Chirac were friendly."),
        std::string("Tony Blair's meeting with Jacques Chirac lasted an hour.")}) {
    Result r = run(s);
    ASSERT_EQ(r.facts.meetings.size(), 1u) << s;
    EXPECT_EQ(r.met(0), (std::set<std::string>{"Tony Blair", "Jacques Chirac"})) << s;
  }
  EXPECT_TRUE(run("Wayne Rooney met Gary Neville's cross with a low shot.").facts.meetings.empty());
  EXPECT_TRUE(run("Tony Blair received Jacques Chirac award money.").facts.meetings.empty());
}

// A body recalling things, or a number of them, takes products back; a
// person recalling what happened tells it.
TEST(ExtractorTest, AProductRecallIsNoStatement) {
  Result r = run("Harbor Motors Corp is recalling nearly 200,000 vehicles in the US on safety "
                 "grounds. Ann Dorsey recalled 5,000 cars last year.");
  EXPECT_EQ(r.statement("vehicles"), nullptr);
  EXPECT_EQ(r.statement("cars"), nullptr);
  Result p = run("Ann Dorsey recalled weekly breakfasts with Peter Fenton at the harbour.");
  EXPECT_EQ(p.speaker(p.statement("weekly breakfasts")), "Ann Dorsey");
}

// A name set off by commas after the kind of body is the body's; a
// person's name there stays a person.
TEST(ExtractorTest, ABodyNamedInAppositionToItsKind) {
  Result r = run("The world's biggest harbour firm, Kelvar Vantor, has reported a rise in profits. "
                 "Kelvar said it was confident.");
  EXPECT_TRUE(has_entity(r, "Kelvar Vantor", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Kelvar Vantor", EntityType::Person));
  Result p = run("A spokesman for the firm, Ann Dorsey, said profits rose.");
  EXPECT_TRUE(has_entity(p, "Ann Dorsey", EntityType::Person));
  Result h = run("The head of the state-owned Kelvar company, Yury Vantor, said he was happy.");
  EXPECT_FALSE(has_entity(h, "Yury Vantor", EntityType::Organization));
}

// A rugby position opening the sentence is no part of the name ("Prop
// Martin Castrogiovanni"), and the members of a faith are no person.
TEST(ExtractorTest, APositionBeforeANameAndAFaithInThePlural) {
  Result r = run("Prop Tomas Varek powered over for a try. Flanker Ida Lunde scored too.");
  EXPECT_TRUE(has_entity(r, "Tomas Varek", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Prop Tomas Varek", EntityType::Person));
  Result f = run("Christians make up about two per cent of the population of Kelvar.");
  EXPECT_FALSE(has_entity(f, "Christians", EntityType::Person));
}

// A one-word name with a capital inside it is a body's, however it is
// used; a surname prefix before the capital keeps a person's.
TEST(ExtractorTest, AWordWithACapitalInsideNamesABody) {
  for (const std::string& s : {std::string("KelvarVantor has said it will sell new shares."),
                               std::string("KelvarVantor said it would cut 300 jobs.")}) {
    Result r = run(s);
    EXPECT_TRUE(has_entity(r, "KelvarVantor", EntityType::Organization)) << s;
    EXPECT_FALSE(has_entity(r, "KelvarVantor", EntityType::Person)) << s;
  }
  for (const std::string& s : {std::string("McDorsey has said he will run again."),
                               std::string("DiFenton said he was happy."),
                               std::string("Dorsey-Fenton has said he will run again.")}) {
    Result r = run(s);
    EXPECT_FALSE(r.facts.entities.empty()) << s;
    for (const auto& e : r.facts.entities) EXPECT_EQ(e.type, EntityType::Person) << s;
  }
}

// The paper a remark stood in is not who made it: "was quoted in the
// Herald saying: “...”" is the subject's.
TEST(SpeakerTest, ThePaperQuotedInIsNoSpeaker) {
  Result r = run("She spoke on Monday. Ann Dorsey was quoted in the Courier saying: “I feel the "
                 "party has over-reacted.”");
  EXPECT_EQ(r.speaker(r.statement("over-reacted")), "Ann Dorsey");
  // (Nor "the newspaper" read as the news body named last.)
  Result n = run("Tom Lee told BBC News: “We have suspended him.” Ann Dorsey was quoted in the "
                 "Courier newspaper saying: “I feel the party has over-reacted.”");
  EXPECT_EQ(n.speaker(n.statement("over-reacted")), "Ann Dorsey");
}

// A report goes on in the next sentence: a subject pronoun opening a
// sentence with a speech verb is the reporter of the sentence before, not
// the person that reporter talked about.
TEST(SpeakerTest, ASubjectPronounGoesOnWithTheReporterBefore) {
  Result r = run("Mark Lund said the main issue would be that Mr Dahl's reported views had been "
                 "presented as party policy. He said they might have been submissions to a "
                 "committee, but would not have been matched to Mr Dahl when he was standing to "
                 "become a candidate. He told BBC News: “He appears to have said these things.”");
  EXPECT_EQ(r.speaker(r.statement("appears to have said")), "Mark Lund");
  Result c = run("Tom Dahl said he would be watching. But George Lund accused Dahl of creating a "
                 "fuss for his own gain, saying viewers may now be afraid. He urged Dahl to "
                 "co-present the TV special, adding in a letter: “We are trying to save lives.”");
  EXPECT_EQ(c.speaker(c.statement("co-present")), "George Lund");
  EXPECT_EQ(c.speaker(c.statement("save lives")), "George Lund");
  // (A pronoun that opens no report keeps the last person named.)
  Result d = run("Mark Lund praised Tom Dahl. Dahl was pleased, and he said the team was ready.");
  EXPECT_EQ(d.speaker(d.statement("the team was ready")), "Tom Dahl");
}

// A possessive inside a sentence is no new topic for the subject pronoun
// after it: "The problem with Carl Moss's film, he believed, ... “...,” he
// said" goes on with the one who was speaking.
TEST(SpeakerTest, APossessiveInsideASentenceBreaksNoPronounChain) {
  Result r = run(
      "Mark Dahl made a film, and Carl Moss made another. Dahl's documentary may have been hurt "
      "by its entry in the best picture category, says Tom Lund, the news editor of Harbor "
      "Weekly. But he also believes the politics of Dahl's film do not sit well with the "
      "Academy. “They tend to go for epics,” he said. While he said the voting panel were not "
      "“snubbing” Dahl's film, he thought a documentary was unlikely to win. “I think it is "
      "more a misjudgement than a snub,” he said.\n\n"
      "The problem with Carl Moss's film, he believed, was its dialogue in Aramaic.\n\n"
      "“Hollywood does not like foreign-language films,” he said.");
  EXPECT_EQ(r.speaker(r.statement("more a misjudgement")), "Tom Lund");
  EXPECT_EQ(r.speaker(r.statement("foreign-language films")), "Tom Lund");
  // (One that opens its sentence is the new topic.)
  Result o = run("Tom Lund praised the side. Mark Dahl's team lost on Sunday. But he denied his "
                 "team was in a slump.");
  EXPECT_EQ(o.speaker(o.statement("in a slump")), "Mark Dahl");
}

// A surname opening a sentence before a speech verb is the one person the
// article names in full with it, not a second person.
TEST(SpeakerTest, ASurnameOpeningAReportIsThePersonNamedInFull) {
  Result r = run("Marcel Dessaly spoke on Monday. Dessaly says the club is strong.");
  EXPECT_EQ(r.speaker(r.statement("the club is strong")), "Marcel Dessaly");
  EXPECT_EQ(r.facts.entities.size(), 1u);
}

// "they" after bodies a verb took as its object are those bodies, and name
// no one; bodies in a clause of their own leave "they" to the body before.
TEST(SpeakerTest, TheyAfterBodiesAVerbTookAreThoseBodies) {
  Result r = run("Harbour tax is set to rise by 4%, Reuters has learned. The minister has urged "
                 "councils to limit increases but they have warned that they will struggle to "
                 "keep services.");
  const StatementFact* s = r.statement("struggle to keep services");
  EXPECT_TRUE(s == nullptr || r.speaker(s) != "Reuters") << r.speaker(s);
  Result k = run("The Harbour Trust praised the plan and embraced the argument that local councils "
                 "are the best judges, but they said it did not go far enough.");
  EXPECT_EQ(k.speaker(k.statement("did not go far enough")), "Harbour Trust");
}

// A body before the words of an office names the person's body: "Tory
// leader Ann Dorsey ..., warning: “...”" is hers.
TEST(SpeakerTest, ABodyBeforeAnOfficeIsNotTheSubject) {
  Result r = run("Tory leader Ann Dorsey repeated her demand, warning: “This issue will not go "
                 "away.”");
  EXPECT_EQ(r.speaker(r.statement("will not go away")), "Ann Dorsey");
}

// An occupation before a surname the article uses alone is no part of the
// name, whatever the tagger reads: "Comic Pasquello" after "Joe Pasquello".
TEST(ExtractorTest, AnOccupationBeforeASurnameUsedAloneDescribes) {
  Result r = run("The final drew 11.2 million viewers, just before Joe Pasquello won.\n\n"
                 "Comic Pasquello beat former royal butler Paul Lund who came second, nightclub "
                 "owner Fran Dahl, who was third.\n\n"
                 "Pasquello follows Kerry Moss and Phil Lee as winners of the show.");
  EXPECT_TRUE(has_entity(r, "Joe Pasquello", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Comic Pasquello", EntityType::Person));
}

// A side defending in a match says nothing: "Italy defended man on man".
// What is defended in words is a thing or someone named: a decision, a
// plan, tax cuts, a goalkeeper.
TEST(ExtractorTest, DefendingInAMatchIsNoStatement) {
  EXPECT_EQ(run("Italy defended man on man which made it easy for him.").statement("man on man"),
            nullptr);
  Result r = run("Ann Dorsey defended her decision to close the harbour. Tom Lee defended tax cuts "
                 "for the rich. Karl Lund defended goalkeeper Ida Berg.");
  EXPECT_EQ(r.speaker(r.statement("her decision")), "Ann Dorsey");
  EXPECT_EQ(r.speaker(r.statement("tax cuts")), "Tom Lee");
  EXPECT_EQ(r.speaker(r.statement("goalkeeper")), "Karl Lund");
}

// "Bookmaker X", "Bookmakers X": the kind of body before its name.
TEST(ExtractorTest, ABookmakerBeforeItsName) {
  Result r = run("Bookmakers Kelvarbet says the singer has even odds. Bookmaker Kelvarbet said it "
                 "would accept bets.");
  EXPECT_TRUE(has_entity(r, "Kelvarbet", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Bookmakers Kelvarbet", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Bookmaker Kelvarbet", EntityType::Person));
}

// A verb of opinion after a quotation attributes it ("“...,” thinks
// Curry"), and reports no clause of its own.
TEST(SpeakerTest, AnOpinionVerbAfterAQuotationAttributesIt) {
  Result r = run("“It is totally going to kill the business model of radio,” thinks Tom Lee.");
  EXPECT_EQ(r.speaker(r.statement("kill the business model")), "Tom Lee");
  Result c = run("Tom Lee thinks the harbour will close next year.");
  EXPECT_EQ(c.statement("harbour will close"), nullptr);
}

// A paragraph of quotations, right after a paragraph whose last sentence
// reports a person, goes on in that person's voice (no quotation before it
// needed).
TEST(SpeakerTest, AQuotationParagraphAfterAReportIsTheReportersVoice) {
  // (Two quotations in the paragraph: not one filling it.)
  Result r = run("The harbour will close in May.\n\n"
                 "Committee chairman Tom Lee said drink was sometimes used as an excuse.\n\n"
                 "“The committee believes that these arguments should be rejected. “Being drunk is "
                 "no excuse.”");
  EXPECT_EQ(r.speaker(r.statement("arguments should be rejected")), "Tom Lee");
  EXPECT_EQ(r.speaker(r.statement("no excuse")), "Tom Lee");
}

// A title written is a work, not words reported; "wrote Tuesday that ..."
// still reports.
TEST(ExtractorTest, WritingAWorkIsNoStatement) {
  Result r = run("Tom Lee wrote Ring of Stones with Ann Dorsey, who went on to sing it on tour.");
  EXPECT_EQ(r.statement("Ring of Stones"), nullptr);
  Result t = run("Tom Lee wrote Tuesday that the harbour would close.");
  EXPECT_EQ(t.speaker(t.statement("the harbour would close")), "Tom Lee");
}

// What an actor starred in is a work, no one's name; a name that owns what
// follows is still a person ("starred in Hughes' 1943 film").
TEST(ExtractorTest, WhatAnActorStarredInIsAWork) {
  Result r = run("Ann Dorsey has starred in Jerry Lundquist and Ida Marlowe.");
  EXPECT_FALSE(has_entity(r, "Jerry Lundquist", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Ida Marlowe", EntityType::Person));
  Result p = run("Howard Lundquist made films. Ann Dorsey starred in Lundquist's 1943 film.");
  EXPECT_TRUE(has_entity(p, "Howard Lundquist", EntityType::Person));
}

// "“...,” a statement read": a text's words, its author's; a person who
// read something after a quotation is no speaker of it.
TEST(SpeakerTest, ATextThatReadGivesItsWords) {
  Result r = run("The rapper was criticised this year. “The performer had been asked to tone his act "
                 "down,” a Kelvar Radio statement read. “His gestures went beyond what is expected.”");
  const StatementFact* s = r.statement("tone his act down");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Kelvar Radio");
  Result p = run("And that is when Mr Lund started to wonder. “Radio links can carry far more "
                 "calls than the old copper wires,” he says.\n\n"
                 "“In every village, there is at least one person who owns a short-wave "
                 "radio.” Half a world away, in the island nation of Kelvaria, Karl Dahl read Tom "
                 "Moss's letters.");
  EXPECT_NE(p.speaker(p.statement("In every village")), "Karl Dahl");
}

// "X delivered a message to Y: “...”": the person a message went to is its
// hearer, not its speaker, however recently named; "a statement from Y:"
// still gives Y's words.
TEST(SpeakerTest, TheHearerOfAColonQuotationIsNoSpeaker) {
  Result r = run("Tom Lund said the plan was fine.\n\n"
                 "Senate leader Ann Dorsey, D-Ore., delivered a blunt message to Lund: “It is time to "
                 "stop attacking people and get on message.”");
  EXPECT_EQ(r.speaker(r.statement("stop attacking people")), "Ann Dorsey");
  Result f = run("Ann Dorsey said the plan was fine.\n\n"
                 "The paper printed a statement from Tom Lund: “We will keep the harbour open.”");
  EXPECT_EQ(f.speaker(f.statement("keep the harbour open")), "Tom Lund");
}

// "Karl Dahl issued a warning. “...”": a person who, in the sentence right
// before, gives a warning or a statement speaks the quotation after it, not
// the voice of an earlier sentence.
TEST(SpeakerTest, AWarningIssuedIntroducesTheQuotationAfterIt) {
  Result r = run("Ann Dorsey tweeted her approval of the bill. On the other side, Sen. Karl Dahl, a "
                 "candidate for governor, tweeted a warning. “Remember in November the members who "
                 "voted for it.”");
  EXPECT_EQ(r.speaker(r.statement("Remember in November")), "Karl Dahl");
  Result b = run("Ann Dorsey backed the bill. Karl Dahl issued a statement. “We will keep the harbour "
                 "open.”");
  EXPECT_EQ(b.speaker(b.statement("keep the harbour open")), "Karl Dahl");
}

// "Adding, “Now, like with all Dorsey scandals, ...”": a participle opening
// the sentence before a quotation has no subject inside the quotation; the
// words go on in the voice of the sentence before.
TEST(SpeakerTest, ANameInsideTheQuotationIsNoSubjectOfAdding) {
  Result r = run("Later in the show, Tom Lund stated of the scandal that the report “was not good.” "
                 "Adding, “Now, like with all Ann Dorsey scandals, what they do is never that bad.”");
  EXPECT_EQ(r.speaker(r.statement("never that bad")), "Tom Lund");
}

// `... asserted that “trust ... is broken.” Karl Dahl said Wednesday she,
// too, wanted an inquiry.`: a verb whose subject pronoun opens a clause of
// its own reports more words, however set off by commas; it is no
// attribution of the quotation before.
TEST(SpeakerTest, SaidThenAPronounSetOffByCommasReportsMore) {
  Result r = run("The ministry is considering a request. In appealing for the inquiry, Attorney General "
                 "Ann M. Dorsey (D) asserted that “trust in the harbour police is broken.” Senate "
                 "candidate Karla Dahl said Wednesday she, too, wanted an inquiry.");
  EXPECT_EQ(r.speaker(r.statement("trust in the harbour police")), "Ann M. Dorsey");
}

// "Tom Lund condemned the attack and Ann Dorsey said it was a crime": the
// second speaker's report is no part of the first one's words (but "said
// Lund and Dorsey agreed" joins two subjects of one reported clause).
TEST(StatementTest, AndANewSpeakerEndsTheReportBefore) {
  Result r = run("Tom Lund condemned the attack and Ann Dorsey said it was a crime.");
  const StatementFact* s = r.statement("condemned the attack");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "condemned the attack");
  EXPECT_EQ(r.speaker(r.statement("it was a crime")), "Ann Dorsey");
  Result j = run("Karl Dahl said Tom Lund and Ann Dorsey agreed to close the harbour.");
  EXPECT_EQ(j.speaker(j.statement("Tom Lund and Ann Dorsey agreed")), "Karl Dahl");
}

// "(the actual number is closer to 15 percent, according to Factcheck.org)":
// a source inside brackets sources the bracketed words only, and the
// sentence around them is no part of its statement, nor of the other.
TEST(StatementTest, AccordingToInsideBracketsSourcesTheBracketsOnly) {
  Result r = run("Tom Lund cites his followers as the source for his claim that most victims were "
                 "killed by strangers (the actual number is closer to 15 percent, according to "
                 "Kelvar Institute). He defended it.");
  const StatementFact* s = r.statement("closer to 15 percent");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Kelvar Institute");
  EXPECT_EQ(s->text, "the actual number is closer to 15 percent");
  const StatementFact* c = r.statement("cites his followers");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text.find("15 percent"), std::string::npos);
}

// "Former Rep. Tom Lund (R-Conn.) was pro Karl Dahl while ..., he said": a
// person the article names for the first time, in full, as the subject of
// the words reported is the "he" who reports them; a person named before
// ("Dahl was wrong, he said") is still talked about.
TEST(SpeakerTest, APersonIntroducedAsTheSubjectOfHisOwnReport) {
  Result r = run("Some members oppose Karl Dahl so strongly that they back his rival.\n\n"
                 "Former Rep. Tom Lund (R-Conn.) was pro Ann Dorsey while the governor was in the "
                 "running, he said Wednesday morning on Kelvar Radio.\n\n"
                 "“Ann is my next choice. Karl Dahl lost me a long time ago,” he said.");
  EXPECT_EQ(r.speaker(r.statement("was pro Ann Dorsey")), "Tom Lund");
  EXPECT_EQ(r.speaker(r.statement("lost me a long time ago")), "Tom Lund");
  Result o = run("Tom Lund spoke to the crowd. Karl Dahl was wrong, he said.");
  EXPECT_EQ(o.speaker(o.statement("Karl Dahl was wrong")), "Tom Lund");
}

// "he supported Karl Dahl over Ann Dorsey and said, “...”": the verb after
// "and" shares the subject of the clause it joins, whatever that clause's
// own verb (here none that reports).
TEST(SpeakerTest, AndSaidSharesTheSubjectOfAnyVerb) {
  Result r = run("Tom Lund left no doubt that he would endorse. Eight years ago, he supported Karl "
                 "Dahl over Ann Dorsey and said, “Ann Dorsey has never done anything for us.”");
  EXPECT_EQ(r.speaker(r.statement("never done anything for us")), "Tom Lund");
}

// "She said, if elected, she would lead a “cancer moonshot” plan": a phrase
// quoted inside the reported clause is part of that one indirect statement,
// even when an aside set off by commas opens the clause.
TEST(StatementTest, AQuotedPhraseAfterAnAsideIsPartOfTheReport) {
  Result r = run("Ann Dorsey spoke. She said, if elected, she would ask Tom Lund to lead a “cancer "
                 "moonshot” plan.");
  const StatementFact* s = r.statement("she would ask Tom Lund");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Ann Dorsey");
  EXPECT_EQ(s->kind, StatementKind::Indirect);
}

// "... but told his supporters, “...”": a coordinated verb with its hearer
// before the quotation still takes the subject of the clause it joins.
TEST(SpeakerTest, ButToldHisSupportersTakesTheSubject) {
  Result r = run("Tom Lund did not mention any of his opponents by name, but told his supporters, "
                 "“our nation is in horrible trouble. Why sit there and talk about each other?”");
  EXPECT_EQ(r.speaker(r.statement("our nation is in horrible trouble")), "Tom Lund");
  EXPECT_EQ(r.statement("supporters, “our nation"), nullptr);
}

// "The paradox of Nancy, says Tom Lund, historian at the National Library,
// is that ...": an inverted attribution splitting the reported sentence,
// with its appositive, is left out of the statement's text.
TEST(StatementTest, AnInvertedAttributionInsideTheSentenceIsLeftOut) {
  Result r = run("The paradox of Nancy, says Tom Lund, historian at the National Library, is that "
                 "she was powerful.");
  const StatementFact* s = r.statement("The paradox of Nancy");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Tom Lund");
  EXPECT_EQ(s->text, "The paradox of Nancy is that she was powerful");
}

// `A spokesman for distributor Kelvo said ... “...,” he added.`: the "he"
// right after a spokesman's report is that spokesman, whose words are the
// body's, not the last man named.
TEST(SpeakerTest, HeAfterASpokesmansReportIsTheBody) {
  Result r = run("Tom Lund won an award earlier this year for his first film.\n\n"
                 "A spokesman for distributor Kelvo said the film “has received strong interest”. "
                 "“We have a good feeling about this film. We saw very good viewer response,” he "
                 "added.");
  EXPECT_EQ(r.speaker(r.statement("good feeling about this film")), "Kelvo");
}

// "Telecoms equipment supplier Kelvo has posted ...": a trade noun before a
// one-word name says the name is a company's.
TEST(ExtractorTest, ASupplierBeforeANameIsACompany) {
  Result r = run("Telecoms equipment supplier Kelvo has posted a rise in profits. Kelvo shares dropped.");
  EXPECT_TRUE(has_entity(r, "Kelvo", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Kelvo", EntityType::Person));
}

// "Baywatch dubbed 'worst TV import'": a naming verb with the name right
// after it and no object between is a passive; its subject was named, it
// said nothing. ("Critics dubbed the show 'a flop'" names an object.)
TEST(StatementTest, DubbedWithTheNameRightAfterIsAPassive) {
  Result r = run("Kelvo dubbed 'worst TV import'\n\nSurf show Kelvo has won the title of worst TV import "
                 "of all time in a poll of UK television executives.");
  EXPECT_EQ(r.statement("worst TV import'"), nullptr);
  Result a = run("Tom Lund dubbed the show “a flop” on Tuesday.");
  EXPECT_EQ(a.speaker(a.statement("a flop")), "Tom Lund");
}

// "Mrs Lund" after "Thomas Lund's wife, Sandra," in an article that also
// has "Mr Lund": with both titles on one surname, the one of the other sex
// from the full name's given name is someone else. (With one title only,
// the given-name lists are no proof: "Mr Sharon" is Ariel Sharon.)
TEST(ExtractorTest, MrsIsNoShortFormOfAMansName) {
  Result r = run("Thomas Lund's ex-model wife, Sandra, is to play a leading role in the campaign.\n\n"
                 "Mrs Lund will make solo visits to target seats. Mr Lund will host a news conference "
                 "every morning. During an interview she said she often criticised her husband.");
  const StatementFact* s = r.statement("often criticised her husband");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Mrs Lund");
  EXPECT_TRUE(has_entity(r, "Thomas Lund", EntityType::Person));
  Result one = run("Ariel Dahl met the envoy. Mr Dahl said the talks went well.");
  EXPECT_EQ(one.speaker(one.statement("the talks went well")), "Ariel Dahl");
}

// "Greek sprinters Tom Lund and Ann Dorsey missed a drugs test and claimed
// to have been ...": a joint subject speaks through a verb coordinated
// after its first one, each party in turn.
TEST(SpeakerTest, AJointSubjectSpeaksThroughACoordinatedVerb) {
  Result r = run("Greek sprinters Tom Lund and Ann Dorsey missed a drugs test and claimed to have been "
                 "involved in a road crash.");
  int lund = 0, dorsey = 0;
  for (const auto& st : r.facts.statements) {
    if (st.text.find("road crash") == std::string::npos) continue;
    lund += r.facts.entities[static_cast<size_t>(st.speaker)].name == "Tom Lund";
    dorsey += r.facts.entities[static_cast<size_t>(st.speaker)].name == "Ann Dorsey";
  }
  EXPECT_EQ(lund, 1);
  EXPECT_EQ(dorsey, 1);
  // (Not the object of the first verb: "Lund met Berg and Dahl and said".)
  Result o = run("Tom Lund met Karl Dahl and Ann Dorsey and said the talks went well.");
  for (const auto& st : o.facts.statements)
    EXPECT_NE(o.facts.entities[static_cast<size_t>(st.speaker)].name, "Karl Dahl");
}

// "..., Kelvar Trade Commissioner Tom Lund has announced.": an attribution
// closing the sentence, with its office and a perfect, is no part of the
// words reported before it.
TEST(StatementTest, AnAttributionWithItsOfficeEndsTheReportBefore) {
  Result r = run("The EU and Norway have agreed to begin talks on ending subsidies, EU Trade "
                 "Commissioner Tom Lund has announced.");
  for (const auto& st : r.facts.statements)
    EXPECT_EQ(st.text.find("Commissioner"), std::string::npos) << st.text;
  EXPECT_EQ(r.speaker(r.statement("have agreed to begin talks")), "Tom Lund");
}

// "Japan's Nippon Steel slid after it agreed to ...": "it" is the body the
// country owns, not the country before the possessive.
TEST(SpeakerTest, ItIsTheBodyNotTheCountryThatOwnsIt) {
  Result r = run("Japan's Kelvo Steel slid after it agreed to pay 72% more for iron ore.");
  EXPECT_EQ(r.speaker(r.statement("to pay 72% more")), "Kelvo Steel");
}

// "In response to Tom Lund's proposal to bar visitors from the port, Ann
// Dorsey's aide rallied supporters": a speech noun in a fronted phrase
// reports up to the comma that closes that phrase.
TEST(StatementTest, ASpeechNounInAFrontedPhraseEndsAtItsComma) {
  Result r = run("In response to Tom Lund’s proposal to bar visitors from the port, Ann Dorsey’s aide "
                 "rallied supporters on Tuesday.");
  const StatementFact* s = r.statement("to bar visitors");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "to bar visitors from the port");
}

// "In response to Tom Lund's proposal, Ann Dorsey's aide rallied
// supporters, saying “...”": the aide speaks for Dorsey, the owner of the
// sentence's subject, not for the person named in the fronted phrase.
TEST(SpeakerTest, APossessiveSubjectSpeaksForItsOwner) {
  Result r = run("In response to Tom Lund’s proposal, Ann Dorsey’s right-hand woman rallied supporters, "
                 "saying “We have to be ready to stop him.”");
  EXPECT_EQ(r.speaker(r.statement("ready to stop him")), "Ann Dorsey");
  Result f = run("In response to Tom Lund’s proposal, an aide rallied supporters, saying “We have to be "
                 "ready to stop him.”");
  EXPECT_NE(f.speaker(f.statement("ready to stop him")), "Tom Lund");
}

// "Lund' rallying cry for Kelvar tennis" then a paragraph that is only a
// quotation: the cry is the person's, and so are its words.
TEST(SpeakerTest, APersonsRallyingCryGivesTheQuotationBelow) {
  Result r = run("Tom Rhodes' rallying cry for Kelvar tennis\n\n“Do you have it in your heart? How "
                 "much do you hate to lose?”\n\nThe coach spoke at a clinic.");
  EXPECT_EQ(r.speaker(r.statement("hate to lose")), "Tom Rhodes");
}

// `"A big truck" plowed through the barriers ..., he said, and "everyone
// started running."`: the quoted phrase is the subject of his report, no
// quotation of its own.
TEST(StatementTest, AQuotedPhraseBeforeTheVerbIsTheSubject) {
  Result r = run("Tom Lund, 39, told reporters that he had been watching the fireworks.\n\n"
                 "\"A big truck\" plowed through security barriers that had been set up for the "
                 "festivities, he said, and \"everyone started running.\"");
  for (const auto& st : r.facts.statements) EXPECT_NE(st.text, "A big truck");
  const StatementFact* s = r.statement("plowed through security barriers");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Tom Lund");
}

// "The answer, says Prof Lund, is wi-fi", "And Dorsey, said Lund, who
// remains friendly with her, doesn't forgive": an attribution after a short
// subject, or with a relative clause about the speaker, splits the clause
// it reports.
TEST(StatementTest, AnInvertedAttributionSplitsAShortSubjectsClause) {
  Result r = run("Tom Lund spoke in Dover.\n\nThe answer, says Lund, is wi-fi.\n\nAnd Ann Dorsey, said "
                 "Lund, who remains friendly with his former boss, doesn't forgive or forget.");
  const StatementFact* a = r.statement("is wi-fi");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text, "The answer is wi-fi");
  EXPECT_EQ(r.speaker(a), "Tom Lund");
  const StatementFact* b = r.statement("forgive or forget");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(r.speaker(b), "Tom Lund");
  EXPECT_EQ(b->text.find("former boss"), std::string::npos);
}

// `Lund said the plan "may have left the station. I don't want to be a
// critic."`: a quotation opened inside a report and closed sentences later
// is reported whole, not cut at its first full stop or comma.
TEST(StatementTest, AQuotationOpenedInAReportIsReportedWhole) {
  Result r = run("Tom Lund, who ran the campaign, said the plan \"may have left the station. I don't want to "
                 "be a critic of what is being tried.\"\n\nAnn Dorsey dismissed the budget as \"vote now, pay "
                 "later\" on Monday.");
  const StatementFact* a = r.statement("left the station");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text, "the plan \"may have left the station. I don't want to be a critic of what is being tried.\"");
  EXPECT_EQ(r.speaker(a), "Tom Lund");
  const StatementFact* b = r.statement("vote now");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(b->text.find("pay later\""), std::string::npos);
}

// "Mark Danish, the owner of a bakery, says ... “...,” Danish said": a
// demonym after a given name, standing alone later, is the person's
// surname: one person, "Danish" among their names, the speaker of both.
TEST(MentionTest, ADemonymSurnameAfterAGivenNameIsThePerson) {
  Result r = run("Mark Danish, the owner of a bakery in Dover, says he is open to running.\n\n“Well, it is "
                 "certainly more of a consideration than it was,” Danish said in an interview airing Sunday "
                 "on NBC.");
  EXPECT_TRUE(has_entity(r, "Mark Danish", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Denmark", EntityType::Country));
  EXPECT_EQ(r.speaker(r.statement("open to running")), "Mark Danish");
  EXPECT_EQ(r.speaker(r.statement("more of a consideration")), "Mark Danish");
  bool alias = false;
  for (const auto& e : r.facts.entities)
    if (e.name == "Mark Danish")
      for (const auto& a : e.aliases) alias = alias || a == "Danish";
  EXPECT_TRUE(alias);
}

// "X created the tool ..., a spokeswoman, Ann Dorsey, said on Saturday, and
// it has activated it five times": a clause joined after the attribution
// reports on, in one statement; one with a report of its own ("and he
// added that ...") is that report's.
TEST(StatementTest, AClauseJoinedAfterTheAttributionReportsOn) {
  Result r = run("Kelvar created the tool to help in times of crisis, a spokeswoman, Ann Dorsey, said on "
                 "Saturday, and it has activated it five times in the last year.\n\nThe plan will fail, Tom "
                 "Lund said on Monday, and he added that it was a shame.");
  const StatementFact* a = r.statement("times of crisis");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text, "Kelvar created the tool to help in times of crisis and it has activated it five times in the "
                     "last year");
  EXPECT_EQ(r.speaker(a), "Ann Dorsey");
  const StatementFact* b = r.statement("The plan will fail");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text, "The plan will fail");
  EXPECT_NE(r.statement("it was a shame"), nullptr);
}

// "(The French are big fans of the show, Mr. Lund said.)": a sentence in
// brackets of its own reports from inside them.
TEST(StatementTest, ABracketedSentenceReportsFromInsideTheBrackets) {
  Result r = run("Tom Lund spoke in Dover.\n\n(The French are big fans of the show, Mr. Lund said.)");
  const StatementFact* s = r.statement("big fans of the show");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "The French are big fans of the show");
  EXPECT_EQ(r.speaker(s), "Tom Lund");
}

// `“I held and hugged” grieving family members before laying flowers ...,
// he said`: a quotation opening its sentence and running on into the
// writer's words is a fragment; the sentence is one indirect statement.
// One closing with its own punctuation (`... leave you'.”`) still stands.
TEST(StatementTest, AQuotationRunningOnIntoTheSentenceIsAFragment) {
  Result r = run("Tom Lund spoke in Dover.\n\n“I held and hugged” grieving family members before laying "
                 "flowers at the memorial, he said.\n\n“She said, ‘you did leave’.” The crowd laughed.");
  const StatementFact* s = r.statement("grieving family members");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, StatementKind::Indirect);
  EXPECT_EQ(r.speaker(s), "Tom Lund");
  for (const auto& st : r.facts.statements) EXPECT_NE(st.text, "I held and hugged");
}

// "..., he told the court in his filing.": a phrase of the medium after the
// hearer closes the sentence; what was told stands before.
TEST(StatementTest, AMediumAfterTheHearerClosesTheAttribution) {
  Result r = run("Tom Lund spoke in Dover.\n\nKelvar was only following 40 other towns, he told the court in "
                 "his filing.");
  const StatementFact* s = r.statement("following 40 other towns");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "Kelvar was only following 40 other towns");
  EXPECT_EQ(r.speaker(s), "Tom Lund");
}

// "Dorsey to Kelvar Farmers: Lund will close the mill", "Dorsey camp: ...":
// a headline opening with its source and the hearer (or the source's
// camp), then a colon, reports what the source says.
TEST(SpeakerTest, AHeadlineSourceWithItsHearerBeforeTheColon) {
  for (const std::string head : {"Dorsey to Kelvar Farmers", "Dorsey camp"}) {
    core::Document doc;
    doc.id = "t";
    doc.text = head + ": Lund will close the mill\n\nAnn Dorsey and Tom Lund spoke on Monday in Dover.";
    const ArticleFacts facts = extract_article(doc, lexicons());
    ASSERT_EQ(facts.statements.size(), 1u) << head;
    EXPECT_EQ(facts.statements[0].text, "Lund will close the mill");
    EXPECT_EQ(facts.entities[static_cast<size_t>(facts.statements[0].speaker)].name, "Ann Dorsey");
  }
}

// "Lund’s Islamophobia threatens ...", "Thatcherism was ...": a word of a
// doctrine, fear or study names no one, and is no speaker.
TEST(MentionTest, ADoctrineWordIsNoEntity) {
  Result r = run("Ann Dorsey spoke in Dover. She said Lund’s Islamophobia threatens national security. "
                 "Thatcherism was the subject, she said.");
  for (const auto& e : r.facts.entities) {
    EXPECT_NE(e.name, "Islamophobia");
    EXPECT_NE(e.name, "Thatcherism");
  }
  for (const auto& st : r.facts.statements) EXPECT_EQ(r.facts.entities[static_cast<size_t>(st.speaker)].name, "Ann Dorsey");
}

// "challenged European nations to “step into the arena”" asks something of
// someone; "is challenging Lund for his Senate seat" reports no words; nor
// does a participle phrase before the speaker ("But challenged on the
// remark, he denied ...").
TEST(StatementTest, ChallengeReportsOnlyWithToAndAVerb) {
  Result r = run("Ann Dorsey challenged European nations to “step into the arena” on Monday.\n\nTom Lund is "
                 "challenging Ann Dorsey for her Senate seat.\n\nBut challenged on the remark, he denied "
                 "accusing Kelvar of anything.");
  EXPECT_EQ(r.speaker(r.statement("step into the arena")), "Ann Dorsey");
  EXPECT_EQ(r.statement("her Senate seat"), nullptr);
  EXPECT_EQ(r.statement("challenged on the remark"), nullptr);
}

// "called him divisive and accused him of lying": an adjective after an
// object pronoun is what the object was called ("called her yesterday" is
// a call).
TEST(StatementTest, CalledAPronounAnAdjective) {
  Result r = run("Ann Dorsey called him divisive and accused him of lying.\n\nTom Lund called her yesterday.");
  const StatementFact* s = r.statement("divisive");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "called him divisive");
  EXPECT_EQ(r.speaker(s), "Ann Dorsey");
  EXPECT_EQ(r.statement("her yesterday"), nullptr);
}

// `Dorsey responds to Lund with, “Why now?” Lund then writes back, “...”`:
// a quotation its verb introduces (past a hearer, closing with "?") is
// that verb's; the next sentence's verb introduces the next quotation, and
// a quotation verb with a hearer after "to" still attributes.
TEST(SpeakerTest, AnIntroducedQuestionIsNotTheNextSentencesQuotation) {
  Result r = run("Tom Lund sent a photo.\n\nAnn Dorsey responds to Lund with, “Why now? That was on my way to "
                 "Oslo?” Lund then writes back, “You look cute.”");
  EXPECT_EQ(r.speaker(r.statement("Why now?")), "Ann Dorsey");
  EXPECT_EQ(r.speaker(r.statement("You look cute")), "Tom Lund");
}

// "Lund is on solid ground attacking Ann Dorsey, Tom Rhodes said Monday":
// a participle after the clause's own verb is part of the reported clause,
// no report of its own that would take the content away.
TEST(StatementTest, AParticipleInsideReportedContentKeepsTheContent) {
  Result r = run("Tom Lund is on solid ground attacking Ann Dorsey, Tom Rhodes said Monday.");
  const StatementFact* s = r.statement("on solid ground");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text, "Tom Lund is on solid ground attacking Ann Dorsey");
  EXPECT_EQ(r.speaker(s), "Tom Rhodes");
  // (So "with the economy adding jobs", a participle after a noun.)
  Result w = run("Tom Rhodes spoke. Unemployment dipped in January, with the economy adding jobs – something "
                 "you would not know, Rhodes said.");
  EXPECT_EQ(w.speaker(w.statement("Unemployment dipped in January")), "Tom Rhodes");
}

// One sentence or two, one speaker each (session 29's speaker fixes):
// the statement holding the fragment is the named person's or body's.
TEST(SpeakerTest, SubjectsPastContractionsAffiliationsAndAsides) {
  struct Case {
    const char* text;
    const char* fragment;
    const char* speaker;
  };
  const Case cases[] = {
      // "The Lund campaign issued a statement saying ...", "Dorsey's campaign
      // sent a fundraising email Tuesday saying ...": the campaign speaks for
      // its candidate, as it does before "said".
      {"Tom Lund spoke in Dover.\n\nThe Lund campaign issued a statement saying that Lund meant farmers "
       "are united.",
       "farmers are united", "Tom Lund"},
      {"Ann Dorsey spoke in Dover.\n\nAnn Dorsey's campaign sent a fundraising email Tuesday saying that "
       "the results show a two-way race.",
       "a two-way race", "Ann Dorsey"},
      // "He’s comparing the gun actions to ... and says Obama is flouting ...":
      // "’s" after a pronoun is "is", not a possessive; "he" is the subject the
      // coordinated verb shares.
      {"Tom Lund spoke in Dover.\n\nHe’s comparing the new rules to the old ones and says the "
       "council is flouting the proper process.",
       "flouting the proper process", "Tom Lund"},
      // "One pastor, Tom Lund of Kelvar Baptist Church, said ...": the person
      // set off by commas before the body they are of spoke, not the body.
      {"One pastor, Tom Lund of Kelvar Baptist Church, said he had made more than 150 phone calls.",
       "150 phone calls", "Tom Lund"},
      // "Lund’s office, when contacted by Reuters, said ...": an aside of a
      // subordinator or a participle between the subject and the verb is passed
      // over.
      {"Tom Lund spoke in Dover.\n\nLund’s office, when contacted by Reuters, said the former "
       "minister could not recall the dinner.",
       "could not recall the dinner", "Tom Lund"},
      // "Senate Democrats blocked the bill because they said ...": a capitalized
      // word before the body's name still leaves it opening the clause, so
      // "they" is the body.
      {"Senate Democrats blocked the bill because they said the language was an untenable poison pill.",
       "untenable poison pill", "Democratic Party"},
      // "Tom Lund on Thursday evening said ...": a part of the day after a
      // weekday stands between the subject and the verb.
      {"Tom Lund on Thursday evening said the party was not in a crisis.",
       "not in a crisis", "Tom Lund"},
      // "Ms. Dorsey's campaign, which has been shadowed by ..., said": a relative
      // clause on someone speaking for a named person.
      // "The company's chief executive Steve Ballmer quit, saying ...": past a
      // body's possessive and the office to the person's name.
      {"Kelvar was criticised. The company's chief executive Tom Lund quit, saying he was tired.",
       "he was tired", "Tom Lund"},
      // "killed in Indonesia. Shares on the Jakarta Stock Exchange gained. On
      // Friday, the government said ...": an organ of a state is the country
      // the article names (most), not a body that happens to be named last;
      // a body whose name has the noun comes first ("the ministry" after
      // "the Finance Ministry").
      {"More than 100,000 people are believed to have been killed in Indonesia. Shares on the Jakarta "
       "Stock Exchange gained ground. On Friday, the government said its estimate of rebuilding costs "
       "was 20 trillion rupiah.",
       "rebuilding costs", "Indonesia"},
      {"South Korea's Finance Ministry spoke on Monday. Korea was hit hard. The ministry said it will ask "
       "firms to roll over loans.",
       "roll over loans", "Finance Ministry"},
      {"Ann Dorsey spoke in Dover.\n\nMs. Dorsey's presidential campaign, which has been shadowed "
       "for months by the controversy, said that the emails had no bearing on the work.",
       "no bearing on the work", "Ann Dorsey"},
  };
  for (const Case& c : cases) {
    Result r = run(c.text);
    EXPECT_EQ(r.speaker(r.statement(c.fragment)), c.speaker) << c.text;
  }
}

// "Richey Edwards wrote lyrics and played guitar": a verb right after "and"
// is the subject's second act, not a clause of what was written; "wrote
// that the plan failed" reports.
TEST(StatementTest, WroteLyricsAndPlayedGuitarReportsNothing) {
  Result r = run("Tom Lund wrote lyrics and played guitar.\n\nAnn Dorsey wrote that the plan failed.");
  EXPECT_EQ(r.statement("lyrics"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("the plan failed")), "Ann Dorsey");
}

// `“...” England said prop Tom Lund was not considered`: a name
// with a verb of its own after the reporting verb is the subject of a
// reported clause, no inverted speaker of the quotation before.
TEST(SpeakerTest, ANameWithItsOwnVerbIsNoInvertedSpeaker) {
  Result r = run("Ann Dorsey spoke in Dover.\n\n“All three players have shown form,” added Dorsey. “This game will "
                 "be massive. We recognise it is a must-win game.” England said prop Tom Lund was not "
                 "considered for selection.");
  EXPECT_NE(r.speaker(r.statement("This game will be massive")), "Tom Lund");
}

// "Drink remark 'acts as diversion'", "Winemaker rejects offer": a word
// opening a sentence that the article writes in lower case elsewhere is a
// common word, no one's name, though too rare for common_words.tsv; a
// surname the article gives in full still speaks ("Tom Price ... Price said").
TEST(MentionTest, CapitalizedOnlyAtASentenceStartIsACommonWord) {
  Result r = run("Winemaker rejects the takeover offer.\n\nThe winemaker said the bid was too low.");
  for (const Entity& e : r.facts.entities) EXPECT_NE(e.name, "Winemaker");
  EXPECT_EQ(r.speaker(r.statement("takeover offer")), "");
  Result p = run("Tom Price spoke in Dover. The price of oil fell.\n\nPrice said the market would recover.");
  EXPECT_EQ(p.speaker(p.statement("market would recover")), "Tom Price");
}

// "after Qwest, which had an earlier offer rejected, said it would bid":
// "after" opens a clause whose subject the name is, past an aside.
TEST(SpeakerTest, SubjectAfterAfterPastAnAside) {
  Result r = run("The suit was filed after Tom Lund, who is a senator, said he would run for the Senate. "
                 "The silence came after Nordvik Partners, which had an offer rejected, said it would "
                 "submit an improved bid.");
  EXPECT_EQ(r.speaker(r.statement("he would run for the Senate")), "Tom Lund");
  EXPECT_EQ(r.speaker(r.statement("submit an improved bid")), "Nordvik Partners");
}

// "One of the men, Jessie Elkins, 70, had served in Vietnam and said ...":
// a description, then the name (and age) between commas, then the verb:
// the name is the subject the joined "and said" shares.
TEST(SpeakerTest, NameBetweenCommasAfterADescriptionIsTheSubject) {
  Result r = run("One of the men, Tom Lund, 70, had served in the navy and said he was convinced that "
                 "the war was lost.");
  EXPECT_EQ(r.speaker(r.statement("the war was lost")), "Tom Lund");
}

// `had served in Vietnam - “13 months in hell” - and said he was
// convinced ...`: a pronoun right after the verb with a verb of its own
// opens a reported clause; it is no inverted speaker of the quotation
// before, and the clause is reported.
TEST(StatementTest, PronounWithItsOwnVerbIsNoInvertedSpeaker) {
  Result r = run("Tom Lund had served in the navy - “13 months in hell” - and said he was convinced that "
                 "the war was lost.");
  EXPECT_EQ(r.speaker(r.statement("the war was lost")), "Tom Lund");
  EXPECT_EQ(r.statement("months in hell"), nullptr);
}

// `on Fox News Channel’s “Hannity,” Newt Gingrich said if ...`: a quoted
// word after a possessive names a show, no one-word answer; the sentence
// reports what follows "said".
TEST(StatementTest, QuotedWordAfterAPossessiveIsATitle) {
  Result r = run("Tom Lund spoke on Wednesday.\n\nOn Fox News Channel’s “Hannity,” Tom Lund said if the party "
                 "picked him it would win.");
  EXPECT_EQ(r.statement("Hannity"), nullptr);
  EXPECT_EQ(r.speaker(r.statement("it would win")), "Tom Lund");
}

// "Tom Lund - who said he would “bomb the [expletive] out of” the fields -
// said at a rally that ...": the aside's report ends at its closing dash,
// and the subject before the aside, past the quoted phrase in it, makes
// the sentence's report. A pair of dashes inside a report stays in it.
TEST(StatementTest, DashAsideBetweenSubjectAndVerb) {
  Result r = run("Tom Lund - who previously said he would “bomb the [expletive] out of” oil fields - said at "
                 "a rally that the country should close its borders. Ann Dorsey said closed primaries -- those "
                 "open only to members -- deny many voters the right to vote.");
  const StatementFact* aside = r.statement("oil fields");
  ASSERT_NE(aside, nullptr);
  EXPECT_EQ(aside->text.find("close its borders"), std::string::npos);
  EXPECT_EQ(r.speaker(r.statement("close its borders")), "Tom Lund");
  EXPECT_NE(r.statement("deny many voters the right to vote"), nullptr);
  EXPECT_NE(r.statement("those open only to members"), nullptr);
}

// `Paul Manafort, citing “the unique magic of Trump,” said the candidate
// could ...`: an aside that ends in a quoted phrase, the comma inside its
// closing mark; the name before the aside spoke.
TEST(SpeakerTest, AsideEndingInAQuotedPhrase) {
  Result r = run("Tom Lund, citing “the unique magic of the party,” said the candidate could win in the "
                 "north.");
  EXPECT_EQ(r.speaker(r.statement("could win in the north")), "Tom Lund");
}

// "Sony touted the machine as the Walkman of the century and has sold
// 800,000 units": a noun-phrase report ends before "and" and a second
// finite verb of the subject's.
TEST(StatementTest, NounPhraseReportEndsBeforeASecondVerb) {
  Result r = run("Tom Lund touted the machine as the best of the century and has sold more than 800,000 "
                 "units in Japan.");
  const StatementFact* s = r.statement("touted the machine");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text.find("800,000"), std::string::npos) << s->text;
}

// "Profits at the Royal Bank of Scotland rose", "met the National Union of
// Teachers": after "the", a name the tagger reads as a body, with a body's
// word before "of", is that body (a name after "the" alone may be a work:
// "The Harbor Hour"; a head word ending it may be a place: "the West Bank").
TEST(MentionTest, BodyWordBeforeOfAfterTheNamesABody) {
  Result r = run("Profits at the Royal Bank of Scotland rose on Monday. Unions met the National Union of "
                 "Teachers on Tuesday. Troops left the West Bank.");
  EXPECT_TRUE(has_entity(r, "Royal Bank of Scotland", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "National Union of Teachers", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "West Bank", EntityType::Organization));
}

// "The Lawn Tennis Association will appeal ... the LTA said": a body named
// in full, no brackets, whose capitals spell an acronym used later is that
// acronym's; when two bodies spell it, neither is.
TEST(MentionTest, AcronymJoinsTheBodyItsCapitalsSpell) {
  Result r = run("The Lawn Tennis Association will appeal the ruling. Later the LTA said it had no comment. "
                 "The LTA met on Monday.");
  size_t bodies = 0;
  for (const Entity& e : r.facts.entities)
    if (e.type == EntityType::Organization) {
      ++bodies;
      EXPECT_EQ(e.name, "Lawn Tennis Association");
      EXPECT_NE(std::find(e.aliases.begin(), e.aliases.end(), "LTA"), e.aliases.end());
    }
  EXPECT_EQ(bodies, 1u);
  Result two = run("The Lawn Tennis Association met the League of Tennis Administrators. Later the LTA said "
                   "it had no comment. The LTA met on Monday.");
  for (const Entity& e : two.facts.entities)
    EXPECT_EQ(std::find(e.aliases.begin(), e.aliases.end(), "LTA"), e.aliases.end()) << e.name;
}

// "the American Federation of Teachers": a demonym may open a body whose
// name is a body's word and "of"; the demonym still names its country.
TEST(MentionTest, DemonymOpensABodyOfPrefixAndOf) {
  Result r = run("Unions met the American Federation of Teachers on Monday.");
  EXPECT_TRUE(has_entity(r, "American Federation of Teachers", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "United States", EntityType::Country));
}

// org_words.tsv knows "Confederation", "Guild", "Forum": "the Confederation
// of British Industry", "the Writers Guild of America", "the World Social
// Forum" are bodies.
TEST(MentionTest, ConfederationGuildAndForumNameBodies) {
  Result r = run("Officials met the Confederation of British Industry on Monday. The Writers Guild of America "
                 "and the World Social Forum met on Tuesday.");
  EXPECT_TRUE(has_entity(r, "Confederation of British Industry", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "Writers Guild of America", EntityType::Organization));
  EXPECT_TRUE(has_entity(r, "World Social Forum", EntityType::Organization));
}

// `“No, I'm Jewish, I was not a war criminal”`, "Like Kevin I'd like to
// see ...": a pronoun's contraction opening a capitalized run is no part
// of a name (non_names.tsv), so no person "I'm Jewish" or "Kevin I'd".
TEST(MentionTest, PronounContractionIsNoName) {
  Result r = run("Tom Lund replies: “No, I'm Jewish, I was not a war criminal.” Ann Dorsey said: “Like Kevin "
                 "I’d like to see some players come in.”");
  for (const Entity& e : r.facts.entities) {
    EXPECT_EQ(e.name.find("I'm"), std::string::npos) << e.name;
    EXPECT_EQ(e.name.find("I’d"), std::string::npos) << e.name;
  }
}

// "She said experts had found her plans effective, to which O'Malley
// interjected: “It's just not true.”": "interjected" attributes the
// quotation (a quotation-only verb), and the report before ends at ", to
// which".
TEST(StatementTest, InterjectedReplyAfterToWhich) {
  Result r = run("Ann Dorsey said experts had found her plans effective, to which Tom Lund interjected: "
                 "“It's just not true.”");
  EXPECT_EQ(r.speaker(r.statement("just not true")), "Tom Lund");
  const StatementFact* s = r.statement("her plans effective");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.speaker(s), "Ann Dorsey");
  EXPECT_EQ(s->text.find("interjected"), std::string::npos) << s->text;
}

// "The Conservatives say voters face higher taxes": the plural is the
// party's short name (organizations.tsv), as "the Democrats", "the Tories".
TEST(SpeakerTest, TheConservativesAreTheParty) {
  Result r = run("The Conservatives say voters face higher taxes under Labour.");
  EXPECT_EQ(r.speaker(r.statement("higher taxes")), "Conservative Party");
}

// "... are behaving like schoolboys and the Liberal Democrats claim ...":
// a body after "the" with a verb of its own opens a report of its own,
// which ends the one before.
TEST(StatementTest, AndTheBodyClaimsOpensANewReport) {
  Result r = run("The Conservatives say the two men are behaving like schoolboys and the Liberal Democrats "
                 "claim personal ambition is obstructing good government.");
  const StatementFact* s = r.statement("behaving like schoolboys");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text.find("ambition"), std::string::npos) << s->text;
  EXPECT_EQ(r.speaker(r.statement("personal ambition")), "Liberal Democrats");
}

// "told BBC Wales he had agreed ...": a nation after the broadcaster names
// its station when a clause opens right after it; "told the BBC Liverpool
// were the better side" keeps the club as the clause's subject.
TEST(StatementTest, BroadcasterAndNationAreTheListener) {
  Result r = run("Tom Lund told BBC Wales he had agreed to step down. Ann Dorsey told the BBC Liverpool were "
                 "the better side.");
  const StatementFact* s = r.statement("agreed to step down");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text.find("Wales"), std::string::npos) << s->text;
  EXPECT_NE(r.statement("Liverpool were the better side"), nullptr);
}

// "Japan Airlines", "France Telecom", "US Airways": a country opening a
// run that a body's head word ends is that body's, even where the tagger
// reads the run as a place.
TEST(MentionTest, CountryThenHeadWordIsABody) {
  Result r = run("Shares in US Airways fell on Monday. Japan Airlines posted a loss.");
  EXPECT_TRUE(has_entity(r, "US Airways", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "US Airways", EntityType::Place));
  EXPECT_TRUE(has_entity(r, "Japan Airlines", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "Japan Airlines", EntityType::Place));
}

// "the China-published Economic Observer", "the US-registered AMBO": a
// hyphenated adjective of publishing or registering is no part of the
// body's name.
TEST(MentionTest, HyphenatedAdjectiveOfPublishingIsNoPartOfTheName) {
  Result r = run("The China-published Economic Observer said the two banks had scrapped their plans.");
  EXPECT_TRUE(has_entity(r, "Economic Observer", EntityType::Organization));
  EXPECT_FALSE(has_entity(r, "China-published Economic Observer", EntityType::Organization));
}

// "surrounding the Holy Grail mythology", "a film of the Magic
// Roundabout": after "the", a run with no title, first name or occupation
// is no one's name; one that speaks is a body ("..., said the Vox Populi
// column"); a description ("the Kentucky Republican") is left to the
// speaker rules.
TEST(MentionTest, NameAfterTheIsNoPerson) {
  Result r = run("The book centres on a conspiracy surrounding the Holy Grail mythology. A film of the Magic "
                 "Roundabout opens soon. He met the Rev. Al Sharpton on Monday.");
  EXPECT_FALSE(has_entity(r, "Holy Grail", EntityType::Person));
  EXPECT_FALSE(has_entity(r, "Magic Roundabout", EntityType::Person));
  EXPECT_TRUE(has_entity(r, "Al Sharpton", EntityType::Person));
}

// `“I have told John I will be around”`: the pronoun "I" before its verb
// ends a name; "John" is the coach the article names in full.
TEST(MentionTest, PronounIAfterAFirstNameIsNoRegnalNumber) {
  Result r = run("Wales coach John Toshack named his side. Ryan Giggs said: “I have told John I will be around "
                 "for the next tournament.”");
  for (const Entity& e : r.facts.entities) EXPECT_NE(e.name, "John I");
}

// "said on Sunday it had no evidence that ...": past a time phrase, a
// pronoun and its verb open the reported clause before a later "that".
TEST(StatementTest, ClauseOpensPastATimePhraseBeforeALaterThat) {
  Result r = run("Tom Lund said on Sunday it had no evidence that the bid was funded.");
  const StatementFact* s = r.statement("the bid was funded");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->text.rfind("it had no evidence", 0), 0u) << s->text;
}

// "An M&S spokesman said ... Mr Paulsmeier ... He also said ...": a
// pronoun opening a report that goes on ("also said") is the spokesman's,
// not the person last named; without "also" the pronoun keeps its own.
TEST(SpeakerTest, HeAlsoSaidGoesOnWithTheSpokesman) {
  Result r = run("Tom Lund issued a statement on Friday. However, a Nordvik spokesman said on Sunday it had no "
                 "evidence that Mr Lund had lined up finance. He also said the panel had been in touch.");
  EXPECT_EQ(r.speaker(r.statement("the panel had been in touch")),
            r.speaker(r.statement("no evidence")));
  EXPECT_NE(r.speaker(r.statement("the panel had been in touch")), "Tom Lund");
}

}  // namespace
}  // namespace newskg::extract
