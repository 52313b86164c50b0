// Speaker attribution rules of the twelfth round (a), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The rules come from
// reading the misses of random9 and the unattributed quotes of the AllSides dev half
// (docs/speaker_rounds.md, twelfth round (a)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound12aTest, NameBeforeLongAppositiveSpeaks) {
  // AllSides ewMBZG2fINuEpcAB (random9) and JpIXto50r2DcoX9C: the verb stands 17-19 words
  // after the quote, past an appositive with a relative clause; both had none.
  EXPECT_EQ(Speakers("“Every data point was altered to present the best picture possible,” Bob "
                     "Crowley, a US Army colonel who served as a senior counterinsurgency "
                     "adviser in 2013 and 2014, told the government interviewers."),
            (V{"Bob Crowley"}));
  EXPECT_EQ(Speakers("“Everything was covered in smoke; there were a lot of firefighters,” Maria "
                     "Smirnova, who was travelling in the next train behind the one where the "
                     "bomb detonated, told TV Rain."),
            (V{"Maria Smirnova"}));
}

TEST(SpeakerRulesRound12aTest, LongAppositiveNamesThePersonNotTheBody) {
  // AllSides 4Klx0EvXNIkjiC9B: the continued quote went to "Center" (of the Tahirih Justice
  // Center in the appositive).
  EXPECT_EQ(
      Speakers("“Remain in Mexico leaves individuals and families fleeing persecution "
               "stranded on the other side of the border, when what they need and deserve "
               "under our laws is protection in America,” Archi Pyati, chief of policy for "
               "the Tahirih Justice Center, one of the plaintiffs in the lawsuit, said in a "
               "statement. \"This policy goes against basic tenets of fairness, and makes "
               "it all but impossible for us to do our jobs. We are glad to see justice served.”"),
      (V{"Archi Pyati", "Archi Pyati"}));
}

TEST(SpeakerRulesRound12aTest, JointSubjectBeforeLongAppositiveGivesNobody) {
  // AllSides wFtPa6HRPcv2wetI: three senators' joint statement; one name would be two
  // thirds wrong.
  EXPECT_EQ(Speakers("\"We are pleased that we now have the access that we have long sought "
                     "and need to conduct the vigilant oversight with which the committee has been "
                     "charged,\" Democrats Ron Wyden of Oregon and Mark Udall of "
                     "Colorado, and Susan Collins, a Maine Republican, said in a statement."),
            (V{""}));
}

TEST(SpeakerRulesRound12aTest, NameAfterVerbEndsAtRelativePronounOrParticiple) {
  // AllSides TBbkLDPYn11PR0sX and Mh6eKq3kddCJ5rVZ: `said X who …`, `said X speaking from …`
  // had none (the name was read as the subject of a clause).
  EXPECT_EQ(Speakers("\"I think I have whiplash,\" said Mary Baranovich who was a plaintiff in a "
                     "Nevada court challenge to the state's gay marriage ban."),
            (V{"Mary Baranovich"}));
  EXPECT_EQ(
      Speakers("Maryland Gov. Larry Hogan announced Wednesday that state officials had "
               "uncovered a massive fraudulent scheme involving 47,500 falsified unemployment "
               "insurance claims.\n\n“This criminal enterprise "
               "seeking to take advantage of a global pandemic to steal hundreds of "
               "millions, perhaps billions, of dollars from taxpayers is despicable,” said "
               "Hogan speaking from a press conference Wednesday."),
      (V{"Larry Hogan"}));
}

TEST(SpeakerRulesRound12aTest, ParticipleOrAsEndsOnlyAPersonsName) {
  // AllSides i3AYcJxiKdU7pqJ2: `wrote US campaigning group Human Rights Watch` is no "US"
  // speaking; IiwrtorHFgP6eSN3: `cited Norquist as a winner because "…"` quotes the list's
  // author, not Norquist (a first version gave "US" and "Grover Norquist"); "as he/she"
  // ends the name (AllSides IOkTrUSxlX03Uf7M).
  EXPECT_EQ(Speakers("\"The circus-like atmosphere might be amusing if the stakes weren't so "
                     "high,\" wrote US campaigning group Human Rights Watch."),
            (V{""}));
  EXPECT_EQ(Speakers("In light of all this, not surprisingly, two different lists of winners and "
                     "losers pegged Jindal as loser in all this, and Grover Norquist of Americans "
                     "for Tax Reform as a big winner.\n\nBut Clancy DuBos offered a grittier take "
                     "at the Best of New Orleans, with his list of “Da winnas & da loozas,” which "
                     "cited Norquist as a winner because “he has more sway in the Louisiana "
                     "Legislature than the current governor,” adding hastily that “It’s not "
                     "because he’s so powerful, but rather because our governor and too many "
                     "lawmakers are so spineless.”"),
            // The second quote is the list's author's: "adding" after the quote's comma
            // shares the sentence's subject (twentieth round (a)).
            (V{"", "Clancy DuBos"}));
  EXPECT_EQ(Speakers("“Because this is a movement fuelled by love it can never be stopped,” said "
                     "Hawaii congresswoman Tulsi Gabbard as she formally proposed Sanders for the "
                     "nomination."),
            (V{"Tulsi Gabbard"}));
}

TEST(SpeakerRulesRound12aTest, RoleOpenedByTheGivesTheFullNameAfterIt) {
  // BuzzFeed-Webis bfw-0508 (random9) and AllSides 2ygVwsz3OiMAe7Zq: `the ROLE of BODY, NAME,
  // told/said` gave "Joint Chiefs" and "Texas Democratic Party".
  EXPECT_EQ(Speakers("Last week, the Chairman of the Joint Chiefs of Staff, Gen. Joseph Dunford, "
                     "told the Senate Armed Services Committee that \"we assess it to be a "
                     "sulfur mustard blister agent\" when asked about the attack."),
            (V{"Joseph Dunford"}));
  EXPECT_EQ(Speakers("Some Democrats disagreed. The head of the Texas Democratic Party, Will "
                     "Hailer, said Perry was indicted \"by a Republican-appointed prosecutor and "
                     "a jury of his peers.\""),
            (V{"Will Hailer"}));
}

TEST(SpeakerRulesRound12aTest, FullNameAfterRoleWordsAfterTheVerbSpeaks) {
  // AllSides ab8jUm9ROeCJhSjk and wS9NlbspzCYOYerZ: role words with "and" or lower-case
  // nouns before the name stopped the name reader (none).
  EXPECT_EQ(Speakers("“If you need Trump voters to vote, there’s no better person to ask them "
                     "than Donald Trump himself,” said Republican pollster and focus group expert "
                     "Frank Luntz."),
            (V{"Frank Luntz"}));
  EXPECT_EQ(
      Speakers("\"This is appalling,\" said Coleman prison union chief Joe Rojas. \"We're not "
               "getting paid, and the inmates are eating steak.\""),
      (V{"Joe Rojas", "Joe Rojas"}));
}

TEST(SpeakerRulesRound12aTest, RoleWordsThenNameAsTheVerbsObjectIsNoSpeaker) {
  // AllSides 6LHTJgBBp6hcjR0z: the name after `admitted gang member and illegal alien` is the
  // verb's object; a first version gave him the letter quoted next.
  EXPECT_EQ(Speakers("Earlier this week U.S. Citizenship and Immigration Services admitted gang "
                     "member and illegal alien Jesus Rangel-Hernandez, who has been charged with "
                     "four counts of first-degree murder in North Carolina, should have been "
                     "deported but wasn't thanks to President Obama's executive amnesty, deferred "
                     "action program [DACA].\n\n\"I understand that you are seeking information "
                     "regarding a specific individual, including information regarding his "
                     "involvement in Deferred Action for Childhood Arrivals (DACA).\""),
            (V{""}));
}

}  // namespace
}  // namespace claimdup
