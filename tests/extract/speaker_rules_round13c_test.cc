// Speaker attribution rules of the thirteenth round (c): quotes left unattributed because of
// where they stand in the text, not how the speaker is named. Each on real news
// (../shared/real/: the dump and article id are in each comment; "…" marks text left out).
// The shapes come from a tally of unattributed AllSides dev quotes (docs/speaker_rounds.md,
// thirteenth round (c)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound13cTest, PossessorOfASpeechNounBeforeACommaSaidTheQuote) {
  // AllSides N9DEbWwkDWWFlo8v: `Warren’s catchphrase, “…,”` had none.
  EXPECT_EQ(Speakers("Sen. Elizabeth Warren speaks at a Democratic Party fundraising dinner in "
                     "Des Moines, Iowa, November 1, 2019.\n\n"
                     "Warren’s catchphrase, “I’ve got a plan for that,” has as much cultural "
                     "resonance with her base as any slogan does with his."),
            (V{"Elizabeth Warren"}));
}

TEST(SpeakerRulesRound13cTest, PossessorOfASpeechNounBeforeAColonSaidTheQuote) {
  // AllSides JLygQyxUUwjc3Xx1: `Trump’s claim: “…”` (a fact-check list) had none.
  EXPECT_EQ(Speakers("Here are some of the statements to watch out for in Monday’s debate—six "
                     "topics on which Donald Trump and Hillary Clinton fudge the truth on a "
                     "frequent basis.\n\n"
                     "Trump’s claim: “I was totally against the war in Iraq.”\n\n"
                     "The truth: Trump was for the Iraq War before he was against it."),
            (V{"Donald Trump"}));
}

TEST(SpeakerRulesRound13cTest, InSomeonesWordsGivesThemTheQuote) {
  // AllSides XpQ0NL0TOkP0bcLn: `he is, in Vietor’s words, “…”` had none.
  EXPECT_EQ(Speakers("When I asked National Security Council spokesman Tommy Vietor if the "
                     "president had attended any meetings to discuss the Presidential Daily "
                     "Brief since Sept. 5, he repeatedly refused to answer.\n\n"
                     "This president, you see, does not need briefers. He can forgo his daily "
                     "intelligence meeting because he is, in Vietor’s words, “among the most "
                     "sophisticated consumers of intelligence on the planet.”"),
            (V{"Tommy Vietor"}));
}

TEST(SpeakerRulesRound13cTest, SpeechNounAsTheObjectOfAVerbIsNotItsPossessorsQuote) {
  // AllSides 9JWU7011Kfkm2sZQ: `McConnell called Trump’s remarks “…”` is McConnell's verdict
  // on the remarks, not them; nor is `Short responded to Lieu’s comments: “…”` (AllSides
  // 1qZTOjaeky20H0b6) Lieu's.
  EXPECT_EQ(Speakers("Senate Majority Leader Mitch McConnell called Trump’s remarks “repugnant, "
                     "and unacceptable in any circumstance.” Many other Republicans made "
                     "similar statements."),
            (V{"Mitch McConnell"}));
  EXPECT_EQ(Speakers("Rep. Ted Lieu, D-Calif., called out Pence on Twitter.\n\n"
                     "Marc Short responded to Lieu’s comments: “I think Ted Lieu’s often looking "
                     "to try to get into you all’s news stories.”"),
            (V{"Marc Short"}));
}

TEST(SpeakerRulesRound13cTest, QuoteAfterAddingInItsSentenceIsThePreviousQuotesSpeakers) {
  // AllSides urGaRYsgVrDboIuX: `Sperling claimed “…,” adding, “…”` gave the second quote to
  // "Press" (of `NBC’s “Meet the Press”`).
  EXPECT_EQ(Speakers("Neither does President Obama’s top economic adviser, Gene Sperling. In an "
                     "appearance on NBC’s “Meet the Press,” Sperling claimed “there’s no magic "
                     "number,” adding, “the key is to enroll as many people as we can.”"),
            (V{"Gene Sperling"}));  // The first quote is too short to be a claim.
  // AllSides 5a6mE5XhW4B7eQVk: `she said flatly that “…,” adding, “…”` had none.
  EXPECT_EQ(Speakers("Members of the European Parliament vote on whether to lift the immunity of "
                     "French far-right presidential candidate Marine Le Pen, after she came "
                     "under investigation.\n\n"
                     "Le Pen promises to hold a referendum on EU membership if she becomes "
                     "president. At a rally in Lille, France, in March marking the 60th "
                     "anniversary of the EU, she said flatly that “the European Union will "
                     "die,” adding, “the time has come to defeat globalists.”"),
            (V{"Marine Le Pen", "Marine Le Pen"}));
}

TEST(SpeakerRulesRound13cTest, WhoAfterANameIsThatPersonWhateverGovernsTheName) {
  // AllSides rTbbIBs4JBjTaMsa: `a tough response from … Reince Priebus, who tweeted: "…"`
  // had none: the name after "from" read as an object.
  EXPECT_EQ(Speakers("At a special CNN town hall in New York City, Donald Trump said: \"I know "
                     "the rules very well, but I know it's stacked against me by the "
                     "establishment.\"\n\n"
                     "His comments elicited a tough response from Republican National Committee "
                     "Chairman Reince Priebus, who tweeted: \"Nomination process known for a year "
                     "+ beyond. It's the responsibility of the campaigns to understand it.\""),
            (V{"Donald Trump", "Reince Priebus"}));
  // AllSides eDDhSNDydtGlFGKC: `it was welcomed by Prime Minister Netanyahu, who said: "…"`.
  EXPECT_EQ(Speakers("Israeli Prime Minister Benjamin Netanyahu spoke in Jerusalem.\n\n"
                     "However, it was welcomed by Prime Minister Netanyahu, who said: \"This "
                     "decision will turn Israel's 70th Independence Day into an even bigger "
                     "celebration.\""),
            (V{"Benjamin Netanyahu"}));
}

TEST(SpeakerRulesRound13cTest, WhoAfterAnAppositiveStandsForThePersonItDescribes) {
  // AllSides ExxYsZueBsVRehWr: `said Josh Holmes, a former chief of staff to … Mitch
  // McConnell, who added, "…"` is Holmes's second quote, not McConnell's.
  EXPECT_EQ(Speakers("“The Republican Party is still operating as an opposition party,” said "
                     "Josh Holmes, a former chief of staff to Senate Majority Leader Mitch "
                     "McConnell, who added, “If they can't break the fever…it says an enormous "
                     "amount about the prospects of tax reform.”"),
            (V{"Josh Holmes", "Josh Holmes"}));
}

TEST(SpeakerRulesRound13cTest, SpeechNounFromAPersonBeforeAColonGivesThemTheQuote) {
  // AllSides IfOSpyTqBPCtSJDR: `a sharp rejoinder from Barrett: “…”` had none.
  EXPECT_EQ(Speakers("Amy Coney Barrett was also a clerk for the late Justice Antonin Scalia. "
                     "Barrett became the subject of national headlines when Sen. Diane "
                     "Feinstein, D-Calif., questioned whether her Catholic faith would have any "
                     "impact on her rulings from the bench. The question brought harsh criticism "
                     "from leading Catholics and a sharp rejoinder from Barrett: “It's never "
                     "appropriate for a judge to impose that judge's personal convictions, "
                     "whether they arise from faith or anywhere else, on the law.\""),
            (V{"Amy Coney Barrett"}));
  // AllSides L08L1Ijf9EFfygeI: `this statement from Senator Jeff Flake: “…”` had none.
  EXPECT_EQ(Speakers("Most who were asked about the shutdown this week offered a variation on "
                     "this statement from Senator Jeff Flake: “We don’t need a government "
                     "shutdown. The government should stay open while we work this out.”"),
            (V{"Jeff Flake"}));
}

TEST(SpeakerRulesRound13cTest, SpeechNounFromAPersonIsNotTheirsWhenTheColonIntroducesMore) {
  // AllSides qHRb8T1l6Ye9hmAd: `an old line from Mr. T in “Rocky III”:` made Mr. T a speaker,
  // and the `he asked` of McInturff's next quote went to him in a first version.
  // (The short “Prediction? Pain!” is credited to McInturff as before; only the last is checked.)
  EXPECT_EQ(Speakers("“We are not going to win national elections this way,” Bill McInturff "
                     "said at a recent forum.\n\n"
                     "But McInturff summed up the national party’s prospects with an old line from "
                     "Mr. T in “Rocky III”: “Prediction? Pain!” He said the party’s instinct is "
                     "that younger voters don’t vote. “Why am I a Republican?” he asked. “I "
                     "believe in the power of markets, and you will keep losing national "
                     "elections until you keep up.”")
                .back(),
            "Bill McInturff");
}

}  // namespace
}  // namespace claimdup
