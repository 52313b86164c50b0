// Speaker attribution rules of the fourteenth round (d): wrong names, each on real news
// (../shared/real/: the dump and article id are in each comment; "…" marks text left out).
// The rules come from reading the labelled wrong speakers and the dev half's speakers that
// are no names (docs/speaker_rounds.md, fourteenth round (d)).
#include <string>
#include <vector>

#include "extract/paragraphs.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound14dTest, SplitParagraphsLeavesOutPageFurniture) {
  // The furniture lines as the dev half carries them (counts in paragraphs.cc); a line that
  // only starts like one is text.
  const std::string text =
      "He said this:\nAdvertisement:\n  ADVERTISEMENT \nAD\nStory Continued Below\n"
      "Advertisement for the new show ran all week.\nAddicks\n\"Yes.\"";
  V paragraphs;
  for (const Span& p : SplitParagraphs(text)) paragraphs.emplace_back(p.In(text));
  EXPECT_EQ(paragraphs, (V{"He said this:", "Advertisement for the new show ran all week.",
                           "Addicks", "\"Yes.\""}));
}

TEST(SpeakerRulesRound14dTest, PageFurnitureLineIsNoSpeaker) {
  // AllSides EpNGOauOgDEglDuR (Politico): the `Story Continued Below` line between a quote
  // paragraph and the next was read as `Story continued` and named "Story" (23 dev claims).
  const V speakers = Speakers(
      "The next day, Sen. Tom Cotton took to the Senate floor to slam Ryan\u2019s "
      "so-called border adjustment tax, saying \u201csome ideas are so stupid only an "
      "intellectual could believe them.\u201d\n\nStory Continued Below\n\n\u201cMany "
      "other senators share these concerns and we most certainly will not \u2018keep "
      "our powder dry,\u2019\u201d Cotton went on, without naming the speaker in his "
      "speech.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Tom Cotton");
}

TEST(SpeakerRulesRound14dTest, QuoteParagraphAfterAnAdContinuesTheSpeaker) {
  // AllSides 6JSvbQyav1VEOKSZ (The Hill): an `ADVERTISEMENT` line split a quote paragraph
  // from the speaker's previous quote paragraph; left out, the quote continues Phelps.
  // (The first paragraph is the article's earlier introduction of Phelps.)
  const V speakers = Speakers(
      "Wallace never saw the rope. He said NASCAR President Steve Phelps came to see him "
      "Sunday night at the track with \u201ctears running down his face.\u201d\n\n"
      "Phelps continued to call it a noose after "
      "authorities said no charges would be filed, and held firm in that NASCAR is "
      "investigating why the rope was tied that way. He was pleased it wasn\u2019t a "
      "hate crime directed at Wallace, but insisted NASCAR would have conducted its "
      "investigation the same way even now knowing it was just a "
      "coincidence.\n\n\u201cWe would have done the same investigation. It was "
      "important for us to do,\u201d he said.\n\nADVERTISEMENT\n\n\u201cThe evidence "
      "was very clear that the noose that was in the garage was in there previously. "
      "The last race we had in October, that noose was present. The evidence we had, "
      "it was clear we needed to look into this.\u201d\n\nHe took no questions on the "
      "FBI\u2019s findings.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[2], "Steve Phelps");
}

TEST(SpeakerRulesRound14dTest, AdLineAfterAColonParagraphIsNoSpeaker) {
  // AllSides XjYnlSbtwi1sDj5i (Salon): `he said this:` + `Advertisement:` + the quote was
  // given to "Advertisement", the colon line read as `X: "…"`.
  const V speakers = Speakers(
      "According to a number of well-respected journalists, the Koch brothers are "
      "putting their heft and muscle behind Scott Walker for president. Or maybe not. "
      "It depends on whom you ask.\n\nWalker, being a proven anti-union, "
      "pro-immigration governor, was naturally at the top of their list of nominees. "
      "He had recently \"moderated\" his stance on illegal immigration but it was "
      "widely assumed to be a mild feint to the right for the purposes of winning the "
      "nomination.\n\nBut yesterday he went a step further. He appeared on Glenn "
      "Beck's radio show and he said this:\n\nAdvertisement:\n\n\u201cIn terms of "
      "legal immigration, how we need to approach that going forward is saying \u2014 "
      "the next president and the next Congress need to make decisions about a legal "
      "immigration system that\u2019s based on, first and foremost, on protecting "
      "American workers and American wages.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Scott Walker");
}

TEST(SpeakerRulesRound14dTest, ColonParagraphDoesNotReachOverAnAd) {
  // AllSides ZPmx0Jpwrab7avZn (Salon): `According to Tyson, Bush made the following
  // statement …:` + `Advertisement:` + the quote. The colon paragraph's reading gave Tyson
  // (Bush is quoted); over the left-out ad line it introduces nothing: no name.
  const V speakers = Speakers(
      "Over the past few weeks, Neil deGrasse Tyson has found himself in the "
      "crosshairs of the conservative media\u2014 and, surprisingly, not without "
      "reason.\n\nThe controversy revolves around a quote used by Tyson in many of his "
      "public speaking engagements, which for years he has been misattributing to "
      "former President George W. Bush. According to Tyson, Bush made the following "
      "statement in the immediate aftermath of the September 11th terrorist "
      "attacks:\n\nAdvertisement:\n\n\u201cOur God is the God who named the "
      "stars.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

TEST(SpeakerRulesRound14dTest, NameSaidHeOpensANewSentenceAfterAQuote) {
  // pac_pairs STORY_43_DOCUMENT_1: `"…," Otter said in a statement. "…Constitution."
  // Idaho Attorney General Lawrence Wasden said he would consult …` — the second quote was
  // given to Wasden, read as its tail; `X said he …` opens a sentence of reported speech.
  const V speakers = Speakers(
      "Gov. C.L. \u201cButch\u201d Otter already has said he intends to appeal the "
      "case. \u201cIn 2006, the people of Idaho exercised their fundamental right, "
      "reaffirming that marriage is the union of a man and a woman,\u201d Otter said "
      "in a statement. \u201cToday\u2019s decision, while disappointing, is a small "
      "setback in a long-term battle that will end at the U.S. Supreme Court. I am "
      "firmly committed to upholding the will of the people and defending our "
      "Constitution.\u201d Idaho Attorney General Lawrence Wasden said he would "
      "consult with the governor on the next steps.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Otter");
}

TEST(SpeakerRulesRound14dTest, NameSaidHeAfterAQuoteIsNotItsSpeaker) {
  // AllSides 9JWU7011Kfkm2sZQ: `Priebus said, "… Ever." House Speaker Paul Ryan, who said
  // he was "sickened" …` — Priebus's quote went to Ryan through `Ryan, who said he`.
  const V speakers = Speakers(
      "Republican National Committee Chair Reince Priebus said, \u201cNo woman should "
      "ever be described in these terms or talked about in this manner. Ever.\u201d "
      "House Speaker Paul Ryan, who said he was \u201csickened\u201d by Trump\u2019s "
      "comments, went on, \u201cI hope Mr. Trump treats this situation with the "
      "seriousness it deserves and works to demonstrate to the country that he has "
      "greater respect for women than this clip suggests.\u201d");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Reince Priebus");
  EXPECT_EQ(speakers[1], "Paul Ryan");
}

TEST(SpeakerRulesRound14dTest, YouIsNoName) {
  // AllSides 5IPkHskJQG3ibi04 (an interview with Frances Fox Piven): the interviewer's `You
  // wrote in that 1966 essay that …` gave the quoted words to "You".
  const V speakers = Speakers(
      "You wrote in that 1966 essay that although the \u201cultimate objective\u201d should "
      "be to \u201cwipe out poverty by establishing a guaranteed annual income,\u201d "
      "\u201ceven activists seem reluctant\u201d to \u201cbecause the idea of individual "
      "social and economic mobility has deep roots.\u201d Does that remain a problem?");
  for (const std::string& s : speakers) EXPECT_NE(s, "You");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "");
}

TEST(SpeakerRulesRound14dTest, QuoteOpeningYouKeepsItsTailSpeaker) {
  // AllSides 8dIGPcz0iZmi49GQ: `"… You also hear people …," says Tom Gruber, a Siri
  // co-founder …. "…"` — the quote after was given to "You", read from the first quote.
  const V speakers = Speakers(
      "\u201c \u2018Oh, I heard someone having sex\u2019 or whatever. You also hear people "
      "farting and sneezing\u2014there\u2019s all kind of noise out there when you turn a "
      "microphone on,\u201d says Tom Gruber, a Siri co-founder who led its advanced "
      "development group through 2018. \u201cIt\u2019s not like the machine has an intention "
      "to record people making certain kinds of sounds. It\u2019s like a statistical "
      "fluke.\u201d");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Tom Gruber");
}

TEST(SpeakerRulesRound14dTest, NameRightAfterAQuoteStopsAContinuation) {
  // AllSides VM6CbdnaEa4Z75cn: `"…," Roggensack interrupted to clarify.` — "interrupted" is
  // no speech verb the readers know, so the quote paragraph was taken to continue Roth's.
  // Another person of the article named right after the quote's comma: nobody.
  const V speakers = Speakers(
      "This tangled dynamic played out on Tuesday, during oral arguments over "
      "Wisconsin Governor Tony Evers\u2019s statewide stay-at-home order before the "
      "state Supreme Court, held remotely. Chief Justice Patience Roggensack was "
      "listening to Wisconsin Assistant Attorney General Colin Roth defend the "
      "order.\n\n\u201cWhen you see a virus like this one that does not respect county "
      "boundaries, this started out predominantly in Madison and Milwaukee; then we "
      "just had this outbreak in Brown County very recently in the meatpacking "
      "plants,\u201d Roth explained. \u201cThe cases in Brown County in a span of two "
      "weeks surged over tenfold, from 60 to almost 800\u2014\u201d\n\n\u201cDue to "
      "the meatpacking, though, that\u2019s where Brown County got the flare,\u201d "
      "Roggensack interrupted to clarify. \u201cIt wasn\u2019t just the regular folks "
      "in Brown County.\u201d");
  // Twenty-third round (c): `interrupted` is a tail verb now, and the quote opens its
  // sentence: Roggensack speaks (was none here, never Roth).
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Patience Roggensack");
  EXPECT_EQ(speakers[1], "Patience Roggensack");
}

TEST(SpeakerRulesRound14dTest, NameRightAfterAQuoteStopsAContinuationOverAnAd) {
  // AllSides Tq42hsCCSLcX14Vm (Salon): `"…," Carson cut in.` after Camerota's quote and an
  // `Advertisement:` line gave "Advertisement", then (the ad left out) Camerota.
  const V speakers = Speakers(
      "In a nearly 30-minute interview on CNN's \"New Day,\" Ben Carson repeatedly "
      "lashed out at recent inquiries into his violent childhood as \"pathetic\" and "
      "attacked host Alisyn Camerota Friday morning for pushing what he called a "
      "\"smear campaign.\"\n\nCamerota attempted, to no avail, to get Carson to "
      "clarify which Americans he was describing as \"stupid.\"\n\n\u201cSo, just to "
      "be clear, people who support food stamps or Medicaid or welfare,\" Camerota "
      "asked.\n\nAdvertisement:\n\n\u201cI didn\u2019t say that, now you\u2019re "
      "trying to put words into my mouth,\u201d Carson cut in. \u201cWhy don\u2019t "
      "you listen to what I just told you?\u201d");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "Alisyn Camerota");
  EXPECT_EQ(speakers[1], "");
  EXPECT_EQ(speakers[2], "");
}

}  // namespace
}  // namespace claimdup
