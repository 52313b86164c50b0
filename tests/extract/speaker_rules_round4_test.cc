// Speaker attribution rules of the fourth round, each on real news (BuzzFeed-Webis 2016 and
// event_days, ../shared/real/; the article id is in each comment; "…" marks text left out),
// from the errors of benchmarks/data/speaker_labels_tuning3.jsonl.
#include <string>
#include <vector>

#include "extract/claim_extractor.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound4Test, UnnamedPersonAfterSaidIsNoName) {
  // helsinki-9613: the quote went to "Trump", a modifier of the unnamed official.
  EXPECT_EQ(Speakers("Just last month, President Donald Trump tweeted that “Russia continues to "
                     "say they had nothing to do with Meddling in our Election!”\n\nTrump has "
                     "repeatedly highlighted that denial as a way of downplaying the issue. "
                     "“President Trump is now the outlier in his own administration, "
                     "seemingly,” said a former Trump transition official. The president has "
                     "promised multiple times to press Putin on election interference."),
            (V{"Donald Trump", ""}));
}

TEST(SpeakerRulesRound4Test, UnnamedPersonOpeningTheTailIsNoName) {
  // mjOa29NYmsDktN6U (AllSides dev, its typo kept): the doctor the source refers to does not
  // speak (a first version of the unnamed-person rule read past the source to him).
  EXPECT_EQ(Speakers("“We need to talk with the Attending Physician,” one senior GOP source, "
                     "referring o Dr. Brian Monahan, the attending physician for the Capitol, "
                     "told Fox News. “And, Rand Paul.”"),
            V{""});
}

TEST(SpeakerRulesRound4Test, UnnamedPersonBeforeParticipleIsNoName) {
  // helsinki-11875: "with a U.S. official telling" went to the sentence's subject, Trump.
  EXPECT_EQ(Speakers("President Donald Trump lashed out again at the news media on Sunday.\n\n"
                     "Trump is not, however, expected to offer to halt military exercises in "
                     "the Baltics as part of his discussions with Putin, with a U.S. official "
                     "telling CNN's Jeff Zeleny \"at least that's the plan going in.\""),
            V{""});
}

TEST(SpeakerRulesRound4Test, AppositiveWithAnIndefiniteRoleKeepsTheName) {
  // tord25Aq3tYojo37 (AllSides dev): the appositive is no unnamed speaker (a first version of
  // the unnamed-person rule dropped the name).
  EXPECT_EQ(Speakers("Ben LaBolt, an Obama campaign spokesman, said in a statement that “Mitt "
                     "Romney promised to eliminate even more public-sector jobs.”"),
            V{"Ben LaBolt"});
}

TEST(SpeakerRulesRound4Test, AppositiveThatLostItsCommaKeepsTheName) {
  // joJO5BpNFNnxsAHI (AllSides dev; a first version of the unnamed-person rule dropped it).
  EXPECT_EQ(Speakers("In an emailed reply to the new measures that was obtained by the Alaska "
                     "Landmine, Ben Carpenter, a Republican wrote: “If my sticker falls off, do I "
                     "get a new one or do I get publicly shamed?”"),
            V{"Ben Carpenter"});
}

TEST(SpeakerRulesRound4Test, SaidThatAfterAFinishedQuoteIsNoAttribution) {
  // zCLZnMTJDBt9lAor (AllSides dev, scraped without spaces): the NRA statement's last quote
  // went to Obama, whose own reported speech starts after it, once the glued mark was split.
  EXPECT_EQ(Speakers("“The NRA will continue to work with Republicans and Democrats who are "
                     "committed to protecting our children in schools,” according to the "
                     "statement. “We are grateful for the hard work and leadership of those "
                     "senators who voted against this misguided legislation.”Obama said that "
                     "most Americans think that the tougher background checks are already "
                     "required."),
            (V{"", ""}));
}

TEST(SpeakerRulesRound4Test, TheOneQuotedSpeaks) {
  // B5JA5I5LBDW2yfpe (AllSides dev): "He quotes X:" gives the quote to X, not to "he" (the
  // head-pronoun rule alone gave it to Smock).
  EXPECT_EQ(Speakers("A functioning Congress requires its members to want to govern, Mr. Smock "
                     "says.\n\nHe quotes former Democratic Speaker Tip O’Neill: “If you want "
                     "efficient government, get yourself a dictatorship.”"),
            V{"Tip O’Neill"});
}

TEST(SpeakerRulesRound4Test, HeadPronounRefersToSomeoneNamedBeforeIt) {
  // helsinki-13352: "He said Obama …": "he" took Obama, named after it.
  EXPECT_EQ(Speakers("President Donald Trump and Finnish President Sauli Niinistö talk as they "
                     "pose at the Presidential Palace.\n\nTrump also blamed his predecessor, "
                     "Barack Obama, for failing to stop Russia’s efforts in the 2016 "
                     "election.\n\nHe said Obama ‘‘thought that Crooked Hillary was going to win "
                     "the election,’’ so he did ‘‘NOTHING’’ about it when informed by the FBI."),
            V{"Donald Trump"});
}

TEST(SpeakerRulesRound4Test, ClosingMarkGluedToTheNameEndsTheQuote) {
  // helsinki-8601: `…relations,”Peskov told RT.` read "relations,”Peskov" as one word.
  EXPECT_EQ(Speakers("Vladimir Putin’s spokesman Dmitry Peskov insists that the Russian leader "
                     "is pragmatic enough.\n\n“This is what we hope to achieve at this summit. "
                     "We hope this will be a baby step towards overcoming the current critical "
                     "situation in our bilateral relations,”Peskov told RT."),
            V{"Dmitry Peskov"});
}

TEST(SpeakerRulesRound4Test, ShotBackIsASpeechVerb) {
  // bfw-1294: `"…," Trump shot back.` went to Clinton.
  EXPECT_EQ(Speakers("Hillary Clinton and Donald Trump quickly laid into each other over trade "
                     "during the first presidential debate.\n\n“I think my husband did a pretty "
                     "good job [on trade deals] in the 1990s. I think a lot about what worked and "
                     "how we can make it work again,” Clinton said.\n\n“You go to new England, "
                     "Ohio, Pennsylvania, you go anywhere you want, Secretary Clinton, and you "
                     "will see devastation where manufacturing is down 30, 40, sometimes 50 "
                     "percent. NAFTA is the worst trade deal maybe ever,” Trump shot back."),
            (V{"Hillary Clinton", "Donald Trump"}));
}

}  // namespace
}  // namespace claimdup
