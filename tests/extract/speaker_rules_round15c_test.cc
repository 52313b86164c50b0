// Speaker attribution rules of the fifteenth round (c): non-quotes and names that are no
// speakers, each on real news (../shared/real/: the dump and article id are in each comment;
// "…" marks text left out). The rules come from the labelled titles still extracted and the
// quotes credited to "Jim Crow" (docs/speaker_rounds.md, fifteenth round (c)).
#include <string>
#include <vector>

#include "extract/claim_extractor.h"
#include "extract/person_names.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

// The text of each claim ExtractClaims finds in `text`.
V ClaimTexts(const std::string& text) {
  ExtractCounts counts;
  V out;
  for (const ExtractedClaim& c : ExtractClaims(text, ExtractOptions(), &counts)) {
    out.push_back(c.text);
  }
  return out;
}

TEST(SpeakerRulesRound15cTest, QuoteAfterHeadlineSaidIsAHeadline) {
  // AllSides 8gq4jDGpoWIMdDui (labelled a title): "said" after "headline" is the headline's.
  EXPECT_EQ(ClaimTexts("The New York Times reports that murders in St. Louis increased 33 "
                       "percent last year, to 159 in a city of 318,000 people.\n\nThe Times "
                       "headline said, \u201cRise in Murders has St. Louis Debating Why.\u201d\n\n"
                       "Really?"),
            V{});
}

TEST(SpeakerRulesRound15cTest, SentenceCaseHeadlineIsNoQuote) {
  // AllSides yzhfVKhkuVuVcpqT (labelled a title): a headline in sentence case, two words
  // between "headline" and the quote.
  EXPECT_EQ(ClaimTexts("New reporting on the subject by Circa\u2019s Sara A. Carter injects "
                       "confusion while adding to the unnecessary suspense. Its headline "
                       "breathlessly proclaims, \u201cFormer Obama aide Ben Rhodes is now a "
                       "person of interest in the unmasking investigation.\u201d Not to pick on "
                       "Ms. Carter, but . . ."),
            V{});
}

TEST(SpeakerRulesRound15cTest, HeadlinesLikeIntroduceAHeadline) {
  // AllSides 0VEHDtF5pWAmesIK: `headlines like "…"`; the second headline, after "and", has
  // another quote between it and the headline word and is left as it was.
  EXPECT_EQ(ClaimTexts("The shoppers-gone-wild videos make examples of these people, and are "
                       "often accompanied by headlines like \u201cMaskless \u2018Karen\u2019 "
                       "coughs on complaining customer in Queens bagel shop\u201d and \u201c8 "
                       "Karens and Kens who threw huge tantrums instead of putting on "
                       "masks.\u201d Their popularity and millions of views make it seem like "
                       "everyone is on the same page about why this behavior is bad."),
            V{"8 Karens and Kens who threw huge tantrums instead of putting on masks."});
}

TEST(SpeakerRulesRound15cTest, StoryTitledIntroducesATitleInAnyCase) {
  // AllSides 22vN4p6LM3wu7uI0: "titled" right before the quote.
  EXPECT_EQ(ClaimTexts("The same insert ran a story titled \u201cTariffs to take toll on U.S. "
                       "homebuyers\u201d that asserted that U.S. tariffs on Chinese lumber "
                       "would rise."),
            V{});
}

TEST(SpeakerRulesRound15cTest, EntitledWithCommaIntroducesATitle) {
  // AllSides gZNcKclQPCcRcLTo (labelled a title, credited to Antonin Scalia): a comma after
  // "entitled" kept the title-case title from the title rule.
  EXPECT_EQ(ClaimTexts("In a 2009 speech entitled, \u201cMullahs of the West: Judges as Moral "
                       "Arbiters,\u201d the late Justice Scalia lamented that many Americans "
                       "have placed their faith in Supreme Court justices to give our nation "
                       "moral guidance."),
            V{});
}

TEST(SpeakerRulesRound15cTest, QuoteAfterTheHeadlineSentenceIsSpeech) {
  // AllSides 3aZpQxZw4gWLCPJT: the headline's sentence has ended; the next quote is the
  // paper's words and stays a quote.
  // (`They won't win` is under five words, no claim.)
  const V want{
      "Truly, we cannot relax. We can never assume that because we have had a period of calm, "
      "the bombers have gone away"};
  EXPECT_EQ(ClaimTexts("\u201cThey won\u2019t win,\u201d blared the headline of an editorial "
                       "in the British tabloid The Sun. \u201cTruly, we cannot relax. We can "
                       "never assume that because we have had a period of calm, the bombers "
                       "have gone away,\u201d the paper wrote."),
            want);
}

TEST(SpeakerRulesRound15cTest, JimCrowIsNoPerson) {
  EXPECT_TRUE(IsFigureOfSpeechName("Jim", "Crow"));
  EXPECT_TRUE(IsFigureOfSpeechName("JIM", "CROW"));
  EXPECT_FALSE(IsFigureOfSpeechName("Harlan", "Crow"));
  EXPECT_FALSE(IsFigureOfSpeechName("Jim", "Jordan"));
}

TEST(SpeakerRulesRound15cTest, PronounSkipsJimCrow) {
  // AllSides QTVTEDCXZz20LnCX: "he" went to "Jim Crow", the nearest name; it is Obama.
  const V speakers = Speakers(
      "\"Obviously, we've made enormous strides,\" said Obama. \"I'm a testament to it. "
      "You're a testament to it.\"\n\nAt the same time, Obama said, discrimination has not "
      "disappeared. And while it's nothing like it was 50 years ago, the legacy of Jim Crow "
      "has left lasting barriers to success.\n\n\"There are a lot of folks who are poor and "
      "whose families have become dysfunctional because of a long legacy of poverty, and live "
      "in neighborhoods that are run down and schools that are underfunded,\" he said.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[2], "Obama");
}

TEST(SpeakerRulesRound15cTest, JimCrowBeforeAVerbSpeaksForNoOne) {
  // AllSides MdUsscNt4z12abRM: the dissent decried the changes, not "Jim Crow".
  const V speakers = Speakers(
      "Last month\u2019s dissent, in Schuette v. BAMN, was a mix of legal analysis, historical "
      "overview and policy arguments. It looked closely at the governing precedents, reminded "
      "readers of the legacies of slavery and Jim Crow, decried recent \u201cdiscriminatory "
      "changes to voting procedures\u201d and reproduced graphs on declining enrollment rates.");
  EXPECT_EQ(speakers, V{""});
}

TEST(SpeakerRulesRound15cTest, AccusedOfSayingIsTheAccusedsWords) {
  // AllSides fykJVN4v2AFvlHTj (Guardian): the words AMI told Bezos, not Bezos's (the title
  // before it, now dropped, had put "Mr Pecker" in the reader's way).
  const V speakers = Speakers(
      "Bezos said an \u201cAMI leader\u201d subsequently told him that David Pecker, the chief "
      "executive of AMI, was \u201capoplectic\u201d about the private investigation.\n\nIn "
      "the blogpost, titled \u201cNo thank you, Mr Pecker\u201d, Bezos accused AMI of telling "
      "him \u201cthey had more of my text messages and photos that they would publish if we "
      "didn\u2019t stop our investigation\u201d.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "AMI");
}

TEST(SpeakerRulesRound15cTest, CondemnedForSayingIsTheCondemnedsWords) {
  // AllSides mNSd8WtnDS1iuZep: an article of impeachment condemned Trump for his words.
  const V speakers = Speakers(
      "Another still condemned Trump for saying \u201cthree to five million people voted "
      "illegally in the 2016 presidential election.\u201d");
  EXPECT_EQ(speakers, V{"Trump"});
}

TEST(SpeakerRulesRound15cTest, InsistingOnAPhraseIsNotSpeech) {
  // AllSides N2WtXF0wK6cxbbig: the quote is the document's words for what the U.S. wants,
  // the object of "on", not something the U.S. said.
  const V speakers = Speakers(
      "Despite the presidents\u2019 efforts, Beijing\u2019s white paper came just a day after it "
      "introduced new tariffs on goods imported from the United States.\n\nIn a separate "
      "allegation, Sunday\u2019s document accused the U.S. of insisting on \u201cmandatory "
      "requirements concerning China\u2019s sovereign affairs.\u201d");
  EXPECT_EQ(speakers, V{""});
}

TEST(SpeakerRulesRound15cTest, AccusedOfPromisingKeepsTheAccuser) {
  // AllSides RxeqvuKb9SJe0ahI (AP): words between the participle and the quote that are not
  // a "that" clause: Biden's own words, continued by `adding:`.
  const V speakers = Speakers(
      "On Tuesday, Romney and Republicans bristled when Biden accused Romney of promising to "
      "lift regulations on big banks in an effort to \"unchain Wall Street,\" adding: \"He is "
      "going to put y'all back in chains.\"");
  EXPECT_EQ(speakers, V{"Biden"});
}

}  // namespace
}  // namespace claimdup
