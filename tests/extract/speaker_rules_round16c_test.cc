// Speaker attribution rules of the sixteenth round (c): quotes credited through someone
// else's words, each on real news (../shared/real/: the dump and article id are in each
// comment; "…" marks text left out). The shapes were tallied on the AllSides dev half
// (docs/speaker_rounds.md, sixteenth round (c)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound16cTest, InTheWordsOfNamesTheSpeaker) {
  // AllSides 7OkD4LbpVSO4XFdt (Democracy Now): `in the words of X, "…"` is X's.
  const V speakers = Speakers(
      "We\u2019re not discussing the fundamental fact that we have a catastrophic failed "
      "policy of regime change. If we want to have peace at home, we need to achieve peace "
      "abroad. And in the words of Martin Luther King, \u201cPeace is not simply the absence of "
      "violence: It is the presence of justice.\u201d\n\nSo, let\u2019s look at our foreign "
      "policy.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Martin Luther King");
}

TEST(SpeakerRulesRound16cTest, InTheWordsOfRoleAndNameBeforeColon) {
  // AllSides CR5rINhbxXZMIEwV (Daily Caller): role words before the name, a colon after it.
  const V speakers = Speakers(
      "The women have claimed that UAW leadership knew about the scandal and did nothing to "
      "help them.\n\nIn the words of UAW member Tonya Exum: \u201cI often complained to the "
      "UAW, which was supposed to represent my interests, only to hear crickets in return.\u201d"
      "\n\nSo much for caring about the hard-working women of labor.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Tonya Exum");
}

TEST(SpeakerRulesRound16cTest, InTheWordsOfIsNearerThanTheParticiple) {
  // AllSides Wwz4yeZG7kvVLT9M (City Journal): the progressives maintain it, in Buttigieg's
  // words; the quote is his.
  const V speakers = Speakers(
      "Modern progressives generally reject any thought of American exceptionalism, "
      "maintaining, in the words of Pete Buttigieg, that America was \u201cnever as great as "
      "advertised and never will be.\u201d\n\nIt\u2019s hard to build a positive agenda.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Pete Buttigieg");
}

TEST(SpeakerRulesRound16cTest, InTheWordsOfAfterTheQuote) {
  // AllSides ehhIdwPY09Ja5uWt (Politico): `"…," in the words of Trump, according to Jay
  // Sekulow`: Trump's words, reported by Sekulow.
  const V speakers = Speakers(
      "Giuliani and Trump stand shoulder to shoulder in the midst of the spiraling Ukraine "
      "scandal. As many struggle to explain Giuliani\u2019s willingness to serve, the two often "
      "are characterized as old friends and allies. \u201cMy friend for a long time, a very "
      "good friend,\u201d in the words of Trump, according to Jay Sekulow, another of his "
      "attorneys. It\u2019s not quite that simple, though.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Trump");
}

TEST(SpeakerRulesRound16cTest, InTheWordsOfSomeoneUnnamedLeavesTheVerb) {
  // AllSides phzypDpOQIXPVlR8 (Slate), a guard: nobody named after "of"; Trump warned in a
  // police chief's words (his tweet), as before the rule (giving it nobody was tried).
  const V speakers = Speakers(
      "This weekend, as violence and protests over the death of George Floyd shook the "
      "country, President Donald Trump called for \u201claw and order.\u201d\n\nThen "
      "Floyd\u2019s death engulfed the country, and Trump switched sides. He denounced the "
      "\u201cTHUGS\u201d rioting over Floyd\u2019s death, as he had previously denounced, with "
      "an explicitly racial jab at Obama, the protesters after Gray\u2019s death. He warned, in "
      "the words of an infamous racist police chief, \u201cWhen the looting starts, the shooting "
      "starts.\u201d He threatened protesters and rioters with \u201cvicious dogs,\u201d "
      "\u201cominous weapons,\u201d and \u201cthe unlimited power of our Military.\u201d");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Donald Trump");
}

TEST(SpeakerRulesRound16cTest, AsHePutItBeforeTheQuoteIsTheSubjectsPronoun) {
  // AllSides 8o2De4LJiNpOQwjw (NPR): `As he put it last year: "…"` is the man the sentence
  // before is about. (Without the article's first paragraph, which introduces John Roberts,
  // "he" goes to George W. Bush, the one full name in that sentence: the resolvers' reading,
  // as for `He said: "…"`.)
  const V speakers = Speakers(
      "When the Senate impeachment trial of President Trump opens, the man in the center chair "
      "will be Chief Justice John Roberts. His role is spelled out in the Constitution.\n\n"
      "Roberts, a conservative appointed to the court by President George W. Bush almost 15 "
      "years ago, has tried mightily to convey an image of the court as apolitical. As he put "
      "it last year: \"We do not speak for the people, but we speak for the Constitution. Our "
      "role is very clear.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "John Roberts");
}

TEST(SpeakerRulesRound16cTest, AsShePutItAfterTheQuote) {
  // AllSides BKsMjlMQHGzaKOCn (New York Times): `"…," as she put it in a speech last month`.
  const V speakers = Speakers(
      "Good news, then, that Elizabeth Warren has emerged as a standard-bearer for the "
      "Democratic left.\n\nSenator Warren is a gifted storyteller. She speaks elegantly of how "
      "the economic system is rigged against all but the wealthiest Americans, and of \u201cour "
      "chance to rewrite the rules of power in our country,\u201d as she put it in a speech last "
      "month. In her hands, that story has the passion of a convert.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Elizabeth Warren");
}

TEST(SpeakerRulesRound16cTest, AsShePutItAfterTheSpeakersNamedSentence) {
  // AllSides SO3KFpvnB8es4BYg (Deseret News): Killian told Quartz …; `As she put it, "…"`.
  const V speakers = Speakers(
      "Killian told Quartz that leaves people with a positive exchange that makes it hard to "
      "demonize people of different viewpoints.\n\nAs she put it, \u201cI wouldn\u2019t expect "
      "someone who\u2019s been injured to hear my side until they felt that I had fully "
      "understood the depth of their pain.\u201d\n\n4. Take the conversation offline");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Killian");
}

TEST(SpeakerRulesRound16cTest, RemembersThinkingIsTheRememberersThought) {
  // AllSides oT1hj0hTJTwpoiji (CNN): the participle after a memory verb introduces the quote;
  // the memory verb's subject thought it.
  const V speakers = Speakers(
      "The analysts working on the bin Laden hunt came back to the White House one day and "
      "started their intelligence update, saying, \"Looks like there's a dog on the "
      "compound.\"\n\nDenis McDonough, Obama's then-deputy national security adviser, "
      "remembers thinking, \"Oh, that's a bummer. You know, no self-respecting Muslim's gonna "
      "have a dog.\" (Many Muslims believe dogs to be \"unclean.\")");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Denis McDonough");
}

TEST(SpeakerRulesRound16cTest, HeRemembersWonderingIsThePronounsAntecedent) {
  // AllSides ROOk0Anz9umZ7U7q (Christian Science Monitor).
  const V speakers = Speakers(
      "Former Army Sgt. Nate Vass deployed to Afghanistan in 2006 convinced he had entered a "
      "just war. His view of the U.S. occupation, then in its fifth year, changed over the "
      "ensuing 16 months as he learned about the Afghan people and culture. He remembers "
      "wondering, \u201cWhy are we trying to westernize a country that really does not want to "
      "be westernized?\u201d\n\nSoon after his tour, Mr. Vass left the Army.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Nate Vass");
}

TEST(SpeakerRulesRound16cTest, HeWondersWithACommaIntroducesTheQuote) {
  // AllSides 1WdWTYzQeDhfxrTb (NPR): `he wonders, "…?"` after a sentence about Stepp.
  const V speakers = Speakers(
      "\"Even though it is not completed and won't be until the end of 2019, [this building] is "
      "fully funded at $20 million,\" says Westerfield.\n\nStepp says he understands how "
      "competition for students can make new facilities seem urgent. At the same time, he "
      "wonders, \"How much debt should a college really go into as an institution? Do you need "
      "to put as much money into the facilities when students ultimately are going to pay for "
      "that through tuition?\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Stepp");
}

TEST(SpeakerRulesRound16cTest, AsXPointsOutIntroducesTheQuote) {
  // AllSides angMeOnWWp6cVkLl (Reason): `As Pape points out, "…"`, the two-word verb read
  // before the quote as it was after one.
  const V speakers = Speakers(
      "Middle Eastern terrorists figured out long ago it was too hard to get their people into "
      "this country. What is easy is transmitting propaganda. As Pape points out, \"ISIS "
      "terrorists in America are walk-in volunteers\"\u2014people living in the U.S. who have "
      "been radicalized by its online videos.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Pape");
}

TEST(SpeakerRulesRound16cTest, FiredBackIntroducesTheQuote) {
  // BuzzFeed-Webis bfw-0081 (ABC News): `Clinton fired back, "…"` after Trump's quote.
  const V speakers = Speakers(
      "Trump accused Clinton of supporting TPP, the proposed trade agreement between the United "
      "States and 11 other countries along the Pacific Rim.\n\n\u201cAnd now you want to approve "
      "Trans-Pacific Partnership. You were totally in favor of it,\u201d Trump said.\n\nClinton "
      "fired back, \u201cWell, that is just not accurate. I was against it once it was finally "
      "negotiated and the terms were laid out.\u201d");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Trump");
  EXPECT_EQ(speakers[1], "Clinton");
}

TEST(SpeakerRulesRound16cTest, StrikesBackInATitleIsNoVerb) {
  // AllSides vVGnFyuvhT62Fhu4 (National Review), a guard: `Strikes Back` in a title read as
  // words gave the quote to "Journalism Empire" in a first version; the quote is Grove's.
  const V speakers = Speakers(
      "The most emblematic of these testimonials, because the most obnoxiously "
      "self-congratulatory, was from the Daily Beast \u2019s Lloyd Grove. Flynn\u2019s ouster, he "
      "declared in a piece titled \u201cThe Journalism Empire Strikes Back,\u201d had compelled "
      "the White House \u201cto confront a basic fact: Journalists matter.\u201d");
  for (const std::string& s : speakers) EXPECT_NE(s, "Journalism Empire");
}

}  // namespace
}  // namespace claimdup
