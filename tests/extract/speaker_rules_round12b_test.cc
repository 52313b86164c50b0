// Speaker attribution rules of the twelfth round (b), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The verbs come from
// benchmarks/attribution_words.py over the quotes claimdup left without a speaker on the
// AllSides dev half (docs/speaker_rounds.md, twelfth round (b)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound12bTest, MannerOfSpeakingVerbAfterQuoteAttributes) {
  // AllSides Znon8AJJS5ie9oAq: `"…," Baker admonished the Israeli leader.` went to the
  // article's source "Haber"; 0F2YHZGDAqOB5Ogn: `"…," Trump taunted` to Scarborough.
  EXPECT_EQ(Speakers("Haber recalled a menacing conversation Rabin had with then-US secretary "
                     "of state James Baker during which Baker became angry at Rabin.\n\n"
                     "\"America is right even when it is wrong,\" Baker admonished the Israeli "
                     "leader."),
            (V{"James Baker"}));
  EXPECT_EQ(Speakers("“Go to break, go to break,” an exasperated Scarborough said when Trump "
                     "filibustered the hosts.\n\n“Go to break, then, Joe. Go to break,” Trump "
                     "taunted before the segment abruptly ended."),
            (V{"Scarborough", "Trump"}));
}

TEST(SpeakerRulesRound12bTest, MannerOfSpeakingVerbBeforeQuoteAttributes) {
  // AllSides xbeDtL5AzhLEomke: `Guthrie protested: “…”` went to Sarah Huckabee Sanders, who
  // spoke before.
  const V speakers = Speakers(
      "“In the legal community, when you can’t convict somebody on something, you’re "
      "exonerating them, legally exonerating them,” Sarah Huckabee Sanders said. Guthrie "
      "protested: “I mean, you’re not. I mean, to say – just as a legal matter – to say that "
      "you can’t convict is not exoneration.”");
  EXPECT_EQ(speakers, (V{"Sarah Huckabee Sanders", "Guthrie"}));
}

TEST(SpeakerRulesRound12bTest, VerbsSpeakingOnlyAfterTheQuote) {
  // AllSides 7z0kSHwqQ1gk6tc8: `"…," Sanders began.` went to Clinton; jPeo4WSyQYkzAvNU:
  // `“…,” offered Mary Landrieu of Louisiana` to Mark Pryor, who spoke before.
  EXPECT_EQ(Speakers("Clinton answered him first.\n\n\"If you are talking about the Wall Street "
                     "bailout where some of your friends destroyed this economy,\" Sanders "
                     "began."),
            (V{"Sanders"}));
  EXPECT_EQ(Speakers("“The website has been a failure so far and that is unacceptable,” said "
                     "Mark Pryor of Arkansas, whose re-election race is expected to be one of the "
                     "closest contests next year.\n\n“These "
                     "technical problems can be fixed, and they’re working very hard every day "
                     "to fix them,” offered Mary Landrieu of Louisiana, another top GOP "
                     "target."),
            (V{"Mark Pryor", "Mary Landrieu"}));
  // `states` was read and dropped: after a quote it is most often "the United States"
  // (w9mYCNRCOje3nz9A: Kevin Rudd's words went to "United" in a first version).
  EXPECT_EQ(Speakers("In an interview with the BBC, former Australian Prime Minister Kevin Rudd "
                     "said it would be \"grossly irresponsible in international humanitarian "
                     "terms\" for the United States to permanently withdraw its funding for the "
                     "WHO."),
            (V{"Kevin Rudd"}));
}

TEST(SpeakerRulesRound12bTest, PointsOutAndChimesInAttribute) {
  // AllSides KNxWAGudA1ofkLR1: `“…,” Wallace pointed out.` went to Hakeem Jeffries;
  // vRd3cYE3KfUys4Dm: `“…,” Sen. Patrick J. Toomey, R-PA, chimed in.` to "Advertisement".
  EXPECT_EQ(Speakers("Jeffries noted pieces of legislation on which Democrats had worked with "
                     "President Donald Trump.\n\n“You’ve also been talking about impeachment, a "
                     "lot of your members, since he took the oath of office,” Wallace pointed "
                     "out."),
            (V{"Wallace"}));
  EXPECT_EQ(Speakers("Advertisement:\n\n“I think this is a completely unprecedented level of "
                     "obstruction,” Sen. Patrick J. Toomey, R-PA, chimed in."),
            (V{"Patrick J Toomey"}));
}

TEST(SpeakerRulesRound12bTest, AllegedlyStandsBetweenSubjectAndVerb) {
  // AllSides 6612hM4z7hYYVrx6: `"…" Collins allegedly replied to the email.` went to
  // "Investigators".
  EXPECT_EQ(Speakers("Investigators said he was at the White House Congressional Picnic and was "
                     "stunned by the news.\n\n\"Wow. Makes no sense. How are these results even "
                     "possible???\" Rep. Chris Collins allegedly replied to the email."),
            (V{"Chris Collins"}));
}

TEST(SpeakerRulesRound12bTest, AnotherOpeningASentenceIsNoName) {
  // AllSides Gs5U1WQfpVRtfRVw: `Another seller based in Dallas … he demurred: “…”` gave
  // "Another" once `demurred` spoke.
  EXPECT_EQ(Speakers("Another seller based in Dallas — where cannabis is not legal — also "
                     "reported a big jump in their sales. When asked if he’s worried about his "
                     "supply, he demurred: “Not at all. I run with the wolves.”"),
            (V{""}));
}

TEST(SpeakerRulesRound12bTest, ItSaidSpeaksForTheOrganizationOpeningASentence) {
  // AllSides SgNKbCFX52fuj5yx: `KCNA blamed the U.S. …` + `"…," it said` had none;
  // JSMyDixsfqeO6SmL: `The Los Angeles Police Department provided few additional details.`
  EXPECT_EQ(
      Speakers("The statement was carried by the official KCNA news agency.\n\nKCNA blamed "
               "the U.S. and its South Korean allies for the situation, "
               "however.\n\n\"We formally inform the White House and Pentagon that the "
               "ever-escalating U.S. hostile acts will be met with merciless counter-action,\" "
               "it said."),
      (V{"KCNA"}));
  EXPECT_EQ(Speakers("The Los Angeles Police Department provided few additional details.\n\n\"LAPD "
                     "Detectives have arrested three adult males and two juvenile males related to "
                     "the Feb 19th murder,\" it said in a tweet."),
            (V{"Los Angeles Police Department"}));
}

TEST(SpeakerRulesRound12bTest, ItSaidNeedsASubjectThatSpeaks) {
  // AllSides vwZcNIDIxgXd34DJ: `The Wentzville facility has 660 employees` names a place, not
  // who says it (a first version gave "Wentzville"); ArBiRL7s2tysp0PF: a BBC caption `Media
  // playback is unsupported` gave "Media"; SjnQRj4Z3Dk2Tv1x: `The US had informed …, according
  // to Syria's government. "…," it said` is Syria's, not the US's.
  EXPECT_EQ(Speakers("The Wentzville facility has 660 employees and is one of three contracted to "
                     "process paper applications.\n\n\"We are working to ensure that federal funds "
                     "are spent appropriately,\" it said."),
            (V{""}));
  EXPECT_EQ(Speakers("Media playback is unsupported on your device Media caption Vladimir Putin is "
                     "challenged by the BBC\n\n\"To identify a substance, formula and samples are "
                     "needed - means UK has capacity to produce suspected nerve agent,\" it said."),
            (V{""}));
  EXPECT_EQ(Speakers("The US had informed the government of Syrian President Bashar al-Assad that "
                     "the strikes would be taking place, according to Syria's government. \"The "
                     "foreign minister received a letter from his American counterpart via the "
                     "Iraqi foreign minister,\" it said, according to Reuters."),
            (V{""}));
}

TEST(SpeakerRulesRound12bTest, TitleWordsBeforeABodyNounNameIt) {
  // AllSides QKrfy68CBkbR4HR5: `"…," the Justice Department said.` gave "Department";
  // dIvsH4h47aXJtO5x: `North Korea's Foreign Ministry accused …` gave "Ministry".
  EXPECT_EQ(Speakers("Officers also have used excessive force on those \"who are mentally ill or "
                     "in crisis and had been restrained for a long time,\" the Justice Department "
                     "said."),
            (V{"Justice Department"}));
  EXPECT_EQ(Speakers("The State Department said Wednesday that once the order is implemented, it "
                     "will process visa applications for nationals of affected countries \"in "
                     "accordance with the order and all other laws of the land.\""),
            (V{"State Department"}));
}

TEST(SpeakerRulesRound12bTest, PersonNamedAfterAnOrganizationWithOfSpeaks) {
  // AllSides gTAjsbKmn4b9o00s: `said University of Richmond law professor Carl Tobias` gave
  // "University"; QLS0f6751qjvVb9q: `said Council on Foreign Relations President Richard Haass`
  // gave "Council"; Zp5k1ayna3yuM5eA: `says the University of Virginia’s Larry Sabato`.
  EXPECT_EQ(Speakers("\"I think the state will make that argument and say it was narrower than it "
                     "seems,\" said University of Richmond law professor Carl Tobias."),
            (V{"Carl Tobias"}));
  EXPECT_EQ(Speakers("\"My own hunch is that the military will stay out of the fight for a long "
                     "time,\" said Council on Foreign Relations President Richard Haass."),
            (V{"Richard Haass"}));
  EXPECT_EQ(Speakers("“Hypocrisy is the lifeblood of politics and always has been,” says the "
                     "University of Virginia’s Larry Sabato."),
            (V{"Larry Sabato"}));
}

TEST(SpeakerRulesRound12bTest, OrganizationNameGoesOnPastOfAndFor) {
  // AllSides 4TfNhLtY: `says the Association for Professionals in Infection Control` gave
  // "Association"; ruS0GVFGdOMHxXgA (orgs set): `“…,” the U.S. Department of Transportation
  // said in a statement` had none; AImJF1pLap960y64: `the Court of the Judiciary concluded`.
  EXPECT_EQ(Speakers("\"Hospitals are running low on the masks that protect their staff,\" says "
                     "the Association for Professionals in Infection Control and Epidemiology."),
            (V{"Association for Professionals"}));
  EXPECT_EQ(Speakers("“It is important to understand the factors that contributed to this tragic "
                     "accident and how all stakeholders can ensure a safe and reliable rail system "
                     "going forward,” the U.S. Department of Transportation said in a statement."),
            (V{"U.S. Department of Transportation"}));
  // Not after a quote that ends its sentence: Vnbt4UJrqueYEfvM, a tweet of Trump's.
  EXPECT_EQ(Speakers("In an early morning tweetstorm Wednesday, Trump said the sole suspect in the "
                     "attack “came into our country through what is called the Diversity Visa "
                     "Lottery Program.” The Department of Homeland Security confirmed Wednesday "
                     "afternoon that Saipov had come into the US in 2010."),
            (V{"Trump"}));
}

TEST(SpeakerRulesRound12bTest, TheNetworkSpeaksForTheBroadcasterOpeningASentence) {
  // AllSides B7qDQgmxjuTL97B4: `CNN also asserted …` + `"…," the network said` had none;
  // D4ryb6v5mw4cx1pp: `The Globe and Mail quotes …` + `"…," the newspaper says`.
  EXPECT_EQ(
      Speakers(
          "Sanders pointed out that lots of other CNN reporters and producers have press "
          "passes.\n\nCNN also asserted that other news organizations could have been targeted by "
          "the Trump administration this way, and could be in the future.\n\n\"While the "
          "suit is specific to CNN and Acosta, this could have happened to anyone,\" the "
          "network said."),
      (V{"CNN"}));
}

}  // namespace
}  // namespace claimdup
