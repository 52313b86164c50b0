// Speaker attribution rules of the thirteenth round (a), each on real news (../shared/real/:
// the dump and article id are in each comment; "…" marks text left out). The rules come from
// the unattributed quotes of the AllSides dev half whose speaker is named in a form the name
// reader did not take: a surname with a lower-case particle (`al-Abadi`, `de León`, `von
// Spakovsky`), a courtesy title before a surname that is also a title word (`Mr. King`), and
// names that ran on into the next words (a headline's verb, `Chris Christie Gets`; a
// possessive, `Chelsea's Manhattan`; a verb glued to the next sentence, `Reid said.But`), and
// a manner adverb between a name and its verb (`Bullock pointedly told`) (docs/speaker_rounds.md,
// thirteenth round (a)). Each test fails without its rule.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound13aTest, HyphenedParticleSurnameEndsATitledName) {
  // AllSides nvP91mk5dLp3GkRz: `"…," Prime Minister Haider al-Abadi said` had none.
  EXPECT_EQ(Speakers("In Baghdad, Iraq's new prime minister told The Associated Press in an "
                     "interview that his government wants no part of a U.S. ground combat "
                     "mission. \"Not only is it not necessary; we don't want them. We won't "
                     "allow them,\" Prime Minister Haider al-Abadi said."),
            (V{"Haider al-Abadi"}));
}

TEST(SpeakerRulesRound13aTest, HyphenedParticleSurnameIsThePersonNotTheOutlet) {
  // AllSides zXXOxqbYcti5cDmH: the name before `said he was "…"` lost its surname, and the
  // quote went to the outlet that reported it.
  EXPECT_EQ(Speakers("Mohammad al-Chalabi, the leader of a Jordanian Muslim Salafi group, said "
                     "he was \"happy to see the horror in America,\" the Associated Press "
                     "reported."),
            (V{"Mohammad al-Chalabi"}));
}

TEST(SpeakerRulesRound13aTest, ParticleInsideANameAfterAnInvertedVerb) {
  // AllSides U5pxiPehtqmChLKK: `said Kevin de León, president pro tem …` had none.
  EXPECT_EQ(Speakers("“Given the extreme, vitriolic, pernicious rhetoric of the campaign, the "
                     "Democrats have an obligation to their constituents to prepare for anything "
                     "that undermines the progress of America,” said Kevin de León, president "
                     "pro tem of the California state Senate and a rising star within the "
                     "party."),
            (V{"Kevin de León"}));
}

TEST(SpeakerRulesRound13aTest, ParticleSurnameAfterAQuoteIsThePersonIntroduced) {
  // AllSides lT1si0RtGMuvIKHn: `"…," von Spakovsky said` went to "Heritage Foundation".
  EXPECT_EQ(Speakers("Hans von Spakovsky, a legal fellow with the conservative Heritage "
                     "Foundation, noted that Alabama’s abortion law is unlikely to hold up under "
                     "the legal standard set by Roe. But he said the point of the new law is to "
                     "force the Supreme Court to revisit abortion.\n\n"
                     "“I think the sponsors have made it clear that they are passing this law "
                     "with a full expectation in Alabama that the lower courts will strike it "
                     "down,” von Spakovsky said."),
            (V{"Hans von Spakovsky"}));
}

TEST(SpeakerRulesRound13aTest, ParticleInATitleIsNoName) {
  // AllSides ncpM3QCfQOaSkN5H: a particle between a capitalized word that is no given name and
  // another (`Cherchez la Femme`) names no one; "she" stays Vivien Goldman (a first version
  // of the particle rule gave "la Femme").
  EXPECT_EQ(Speakers("Vivien Goldman has a particular fascination with the rise of Donald "
                     "Trump in this year’s presidential election.\n\n"
                     "The New York City bohemian – a playwright, musician, and part-time “punk "
                     "professor” residing in Queens, who co-wrote a new play called “Cherchez la "
                     "Femme” (“Look for the Woman”) – admits that she’s intrigued by the Trump "
                     "women, daughter Ivanka and wife Melania.\n\n"
                     "“They all seem such strong, competent women,” she says."),
            (V{"Vivien Goldman"}));
}

TEST(SpeakerRulesRound13aTest, CourtesyTitleBeforeASurnameThatIsATitleWord) {
  // AllSides OOPrECv0t6Ks8Otm: `"…," Mr. King said` had none ("King" read as a title).
  EXPECT_EQ(Speakers("Rep. Steve King, Iowa Republican, said Mr. Boehner’s proposal is better "
                     "than Mr. Obama’s offer last week.\n\n"
                     "But Mr. King said the Republican leadership plan doesn’t strike the right "
                     "balance on policy either.\n\n"
                     "“In the end, the speaker’s got to be looking at, ‘Where are 218 votes going "
                     "to come from?’ And the closer he gets to the president’s proposal, the "
                     "harder that is to get [it] out of the Republican conference,” Mr. King "
                     "said. “That’s just a fact.”"),
            (V{"Steve King", "Steve King"}));
}

TEST(SpeakerRulesRound13aTest, HeadlineVerbEndsTheNameItFollows) {
  // AllSides IIriyeeWidIgz6gw: the headline introduced "Chris Christie Gets", which his
  // quotes then went to.
  EXPECT_EQ(Speakers("Stumping For GOP Governors, Chris Christie Gets His Own Boost\n\n"
                     "It's good to be Chris Christie these days.\n\n"
                     "Just a few weeks after his landslide re-election victory, the New Jersey "
                     "governor won a second election this week: chairman of the Republican "
                     "Governors Association.\n\n"
                     "Christie's brand of inclusiveness is what Republicans hope will rub off on "
                     "other gubernatorial candidates next year.\n\n"
                     "He told NBC that Republicans have to show up to places they aren't always "
                     "comfortable.\n\n"
                     "\"I got 4.7 percent of the vote in Irvington [N.J.] in 2009,\" he said."),
            (V{"Chris Christie"}));
}

TEST(SpeakerRulesRound13aTest, PossessiveGivenNameIntroducesNoOne) {
  // AllSides glP6xH1QLTCmXpdA: `her daughter Chelsea's Manhattan apartment` introduced a
  // "Chelsea Manhattan", who took Hillary Clinton's words.
  EXPECT_EQ(Speakers("The American public may soon learn more about the medical records of "
                     "Hillary Clinton and Donald Trump, with both campaigns saying they'll "
                     "release more information in days ahead.\n\n"
                     "The news comes amid increased scrutiny over Clinton's health after the "
                     "Democratic nominee nearly collapsed at a 9/11 memorial ceremony Sunday."
                     "\n\n"
                     "After taking refuge at her daughter Chelsea's Manhattan apartment, she "
                     "later emerged, telling reporters, \"I'm feeling great. It's a beautiful "
                     "day in New York.\""),
            (V{"Hillary Clinton"}));
}

TEST(SpeakerRulesRound13aTest, PeriodGluedToTheNextSentenceEndsTheVerb) {
  // AllSides lx0mGMWu01kBiygN (scraped without spaces after periods): `"…," Reid said.But
  // Reid’s decision …` had none, "said.But" being one word.
  EXPECT_EQ(Speakers("Obama spent his weekend playing golf in Florida, including a game with "
                     "Tiger Woods.Senate Majority Leader Harry Reid claims Democrats will issue "
                     "their answer at some point in that time.“Democrats believe the right way "
                     "to eliminate the deficit is to target waste and abuse with smart spending "
                     "cuts with closing tax loopholes,\" Reid said.But Reid’s decision to hold "
                     "off, just adds to the brinksmanship."),
            (V{"Harry Reid"}));
}

TEST(SpeakerRulesRound13aTest, MannerAdverbBetweenTheNameAndItsVerb) {
  // AllSides pbOvAfGMwiNOm8g7: `"…," Bullock pointedly told the Montana Legislature` had none.
  EXPECT_EQ(Speakers("In an increasingly crowded primary, the question for Hickenlooper, Montana "
                     "Gov. Steve Bullock and others is whether charged-up Democratic voters will "
                     "opt for governing over grievances.\n\n"
                     "\"I'm optimistic that we can demonstrate that while we may have our "
                     "differences at times, Republicans and Democrats can work together in "
                     "Montana to get things done,\" Bullock pointedly told the Montana "
                     "Legislature during his State of the State address last week."),
            (V{"Steve Bullock"}));
}

TEST(SpeakerRulesRound13aTest, MannerAdverbAfterAnAppositiveBeforeAQuote) {
  // AllSides KgN2wErGdBG07nO2 (a random10 quote): `X, president of the … Susan B. Anthony
  // List, ominously warned the Republicans, "…"` went to the organization.
  EXPECT_EQ(Speakers("Marjorie Dannenfelser, president of the antiabortion Susan B. Anthony "
                     "List, ominously warned the Republicans, \"Abortion will bubble over into "
                     "the general election. If you don't know how to handle this issue, you will "
                     "be eviscerated.\""),
            (V{"Marjorie Dannenfelser"}));
}

}  // namespace
}  // namespace claimdup
