// Speaker attribution rules of the eleventh round (b), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The rules come from
// reading the unattributed quotes of the AllSides dev half by shape (colon introductions,
// `, saying "…"`, a speech verb earlier in the sentence) and the wrong speakers of random8
// (docs/speaker_rounds.md, eleventh round (b)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound11bTest, BodyOpeningTheSentenceSpeaksForItsParticiple) {
  // AllSides gZJZjvZnJTE2Az5c: `The Family Research Council supported it, saying …` had none.
  EXPECT_EQ(Speakers("Conservatives were divided on the current version of the Better Care "
                     "Reconciliation Act.\n\n"
                     "The Family Research Council supported it, saying it would end President "
                     "Obama’s “legacy of taxpayer-funded abortion in health care.”"),
            (V{"Family Research Council"}));
}

TEST(SpeakerRulesRound11bTest, GroupOpeningTheSentenceSpeaksButNotForItsStaff) {
  // AllSides 97FIjg5nqKjqnYNw: `The White House also issued a statement, saying …` had none;
  // ol568cTY7A3Nq9a5: its press secretary, a given name missing from the list, is no
  // White House quote. Since the nineteenth round (b) it is hers (the role words before her
  // name are read as the subject's).
  EXPECT_EQ(Speakers("The White House also issued a statement, saying the two men “remain "
                     "united on many shared priorities, including middle class tax relief, "
                     "strengthening the military.”\n\n"
                     "White House press secretary Kayleigh McEnany also weighed in, saying Mr. "
                     "Mattis’s statement was “little more than a self-promotional stunt to "
                     "appease the DC elite.”"),
            (V{"White House", "Kayleigh McEnany"}));
}

TEST(SpeakerRulesRound11bTest, DateAfterOnIsNoPartOfABodysName) {
  // AllSides 7nWGhosK3AHEWQvU: the body was read as "Treasury Department on Thursday".
  EXPECT_EQ(Speakers("The Treasury Department on Thursday gave big public companies a May 7 "
                     "deadline to return their PPP loans, saying that aid is not intended for "
                     "large enterprises “with access to capital markets.” The more than $300 "
                     "billion set aside this week to replenish the PPP is likely already all "
                     "spoken for."),
            (V{"Treasury Department"}));
}

TEST(SpeakerRulesRound11bTest, BodyBeforeItsLobbyistsNameDoesNotSpeak) {
  // AllSides xZB34v7WzUcGiSwo: the lobbyist speaks, not the National Rifle Association (named
  // since the nineteenth round (b)).
  EXPECT_EQ(Speakers("National Rifle Association lobbyist Todd Vandermyde applauded Chang's "
                     "decision, saying the fact a federal judge appointed by President Barack "
                     "Obama \"ruled in favor of the Second Amendment, shows how out of step and "
                     "outrageous Chicago's ordinances really are.\""),
            (V{"Todd Vandermyde"}));
}

TEST(SpeakerRulesRound11bTest, QuotedAsSayingGivesTheOneQuoted) {
  // BBC RQV73uGttmhb79nq (AllSides): the letter quotes Trump; the quote had none.
  EXPECT_EQ(Speakers("The letter specifically mentions Mr Trump's call last week for the "
                     "whistleblower to be identified, as well as the person that supplied the "
                     "whistleblower with information about the call.\n\n"
                     "It quotes Mr Trump as saying: \"I want to know who's the person that gave "
                     "the whistleblower, who's the person that gave the whistleblower the "
                     "information, because that's close to a spy.\""),
            (V{"Trump"}));
}

TEST(SpeakerRulesRound11bTest, PassiveQuotedAsSayingGivesItsSubject) {
  // AllSides UvsMG9vsQgniu5Rx: `The 10-term congressman was quoted … as saying:`.
  EXPECT_EQ(Speakers("Rigell, Meehan, and Runyan join two other Republicans from moderate "
                     "districts – New York Rep. Peter King and Pennsylvania Rep. Charlie Dent – "
                     "who have been outspoken in trying to convince the House GOP to abandon its "
                     "fight.\n\n"
                     "New Jersey Rep. Frank LoBiondo, who represents an Atlantic City-area seat "
                     "that Obama won by eight percentage points, has indicated that he’s unhappy "
                     "with the House GOP’s course of action. The 10-term congressman was quoted "
                     "in the Philadelphia Inquirer as saying: “At a certain point, if the "
                     "strategy is not going to get us a result or a conclusion, I’m not going to "
                     "go along with it.”"),
            (V{"Frank LoBiondo"}));
}

TEST(SpeakerRulesRound11bTest, PassiveWhoseSubjectIsNoPersonNamesNobody) {
  // AllSides VcehpamnDLJau65w: a flyer is quoted; Nixon is the object of `endorse`.
  EXPECT_EQ(Speakers("A flyer at a New York City DSA meeting to discuss whether to endorse Nixon "
                     "was quoted by Politico as saying: “We don’t just grant endorsements to "
                     "progressives who beg us for one. We endorse people who can advance the "
                     "anti-capitalist struggle.”"),
            (V{""}));
}

TEST(SpeakerRulesRound11bTest, AdverbOpeningTheSentenceIsSkippedBeforeAName) {
  // AllSides 0DEXAqIIQ76eTtie: `And then Rubio pointed to Trump, …, and said:` had none.
  EXPECT_EQ(Speakers("Florida Sen. Marco Rubio and Texas Sen. Ted Cruz took more shots at Trump "
                     "in Fox News' debate.\n\n"
                     "\"I really hope that we don't see yoga on this stage,\" Cruz answered.\n\n"
                     "And then Rubio pointed to Trump, who'd just admitted his flexibility on "
                     "policies, and said: \"Well he's very flexible, so you never know.\""),
            (V{"Ted Cruz", "Marco Rubio"}));
}

TEST(SpeakerRulesRound11bTest, PronounAfterAnOpeningAdverbIsNotGuessed) {
  // AllSides FM878GHIUDpcgFk6: `Then he hurls this zinger:` is More's, whom the article names
  // only as "More"; reading the pronoun gave Roper.
  EXPECT_EQ(
      Speakers("Roper says that he would cut down all the laws in England to get rid of "
               "the Devil.\n\n"
               "More counters that even the Devil is entitled to the benefits of the law. "
               "Then he hurls this zinger: \"And, when the last law was down, and the Devil "
               "turned round on you, where would you hide, Roper, the laws all being flat?\""),
      (V{""}));
}

TEST(SpeakerRulesRound11bTest, OpeningPersonBeforeAnAppositiveWithCommasSpeaks) {
  // AllSides LizLjbGGQud31MLX gave "Trump Organization" for its spokeswoman, and
  // rxCfQdwoxM5DfEPz "Texas" for the judge (through `he said` after his sentence).
  EXPECT_EQ(Speakers("Amanda Miller, a spokeswoman for the Trump Organization, the umbrella "
                     "company for the Trump family’s many business interests, said: “We have no "
                     "knowledge of any ‘flagged’ transactions with Deutsche Bank.”\n\n"
                     "Judge Clay Jenkins, executive of Dallas County, Texas, said the economy is "
                     "too fragile to handle the combined blow of across-the-board tax hikes and "
                     "spending cuts.\n\n"
                     "“If we hold the middle class hostage and we fall off this cliff, I do think "
                     "that in areas like ours, where things are going well, we’ll fall right back "
                     "into recession,” he said."),
            (V{"Amanda Miller", "Clay Jenkins"}));
}

TEST(SpeakerRulesRound11bTest, JointSubjectIsCreditedToNobodyAlone) {
  // Synthetic variant of AllSides NawuO7bbTVAsj4X5 (`Sens. Lindsey Graham, R-S.C., and John
  // McCain, R-Ariz., said in a joint statement that …`), with the quote in the sentence.
  EXPECT_EQ(Speakers("Sens. Lindsey Graham, R-S.C., and John McCain, R-Ariz., said in a joint "
                     "statement: \"Unfortunately, we fear the most damaging chapter to America’s "
                     "national security is still being written.\""),
            (V{""}));
}

TEST(SpeakerRulesRound11bTest, ReportingOutletDoesNotTakeTheQuoteFromItsSpeaker) {
  // AllSides GMQnr7LD1IVuSDq9 (random8): `…, writing on Twitter, "…," Reuters reported.` gave
  // Reuters.
  EXPECT_EQ(Speakers("The Czech Republic's foreign minister, Martin Stropnicky, denied "
                     "Zakharova's claims, writing on Twitter, \"this is a standard way of "
                     "manipulating information in the public space through a highly speculative "
                     "message being introduced which can not be proven,\" Reuters reported."),
            (V{"Martin Stropnicky"}));
}

TEST(SpeakerRulesRound11bTest, ReportingOutletKeepsAQuoteThatOpensItsSentence) {
  // pac_pairs STORY_7_DOCUMENT_1: the quote is CNBC's own text; Biden is only its subject.
  EXPECT_EQ(Speakers("Biden will not, however, meet his stated deadline for passing the George "
                     "Floyd Justice in Policing Act by May 25th, amid concerns that the existing "
                     "draft measure does not have “teeth.” “President Joe Biden will host George "
                     "Floyd’s family at the White House on Tuesday,” CNBC reported Sunday."),
            (V{"CNBC"}));
}

TEST(SpeakerRulesRound11bTest, MayAfterAnHonorificIsASurnameNotTheMonth) {
  // AllSides fbQCpX9MCBBPH29W: `Mrs May replied:` had none ("May" read as the month);
  // 9YvTRvfKjpDHghgu: `said Erica May, 34, …` had none.
  EXPECT_EQ(Speakers("She admitted transitional periods would be needed - including potentially "
                     "on free movement from Europe - after 2019.\n\n"
                     "Asked if free movement would end within two years, Mrs May replied: \"We "
                     "want to have the agreements done in two years. There may then be a period "
                     "when we are implementing those arrangements.\"\n\n"
                     "“I feel that the good people need to have their voices heard in this "
                     "election,” said Erica May, 34, a political independent."),
            (V{"May", "Erica May"}));
}

}  // namespace
}  // namespace claimdup
