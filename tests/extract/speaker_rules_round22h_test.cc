// Speaker attribution rules of the twenty-second round (h), on real news (../shared/real/: the
// dump and article id are in each comment): the pronoun chain (docs/speaker_rounds.md,
// twenty-second round (h)).
//   `Gregory McCauley estimates …` + `His 2006 Pontiac …` + `He has nothing against …` + `But
//   he is also certain …` + `"…," he said`: past the plain reach, a sentence the same pronoun
//   leads without speaking goes on about the same person; its pronoun is resolved in turn.
//   The chain gives none past an unnamed person (`A sporty-looking blonde guy … rose`), a
//   photo caption (`… Igor Lyakhovets is escorted to a courtroom`), someone named between
//   (`A few blocks down, Alex, …`) or a description speaking (`the ambassador said`).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev aJiEIuYQgPBbff23 (WSJ, food deserts): McCauley's second quote, three sentences
// led by he/his after his name, got no speaker.
TEST(SpeakerRulesRound22h, ChainBackToTheManNamed) {
  const std::vector<std::string> speakers = Speakers(
      "From his house in Oklahoma City\xE2\x80\x99s 73111 ZIP Code, an area dotted with "
      "suburban neighborhoods and home to the city\xE2\x80\x99s sprawling zoo and science "
      "museum, Gregory McCauley estimates it takes him more than an hour by bus to get to a "
      "grocery store.\n\nHis 2006 Pontiac G6 doesn\xE2\x80\x99t run well, so he limits "
      "driving distances to a mile or so and relies on the bus for longer "
      "trips.\n\n\xE2\x80\x9CMost of the time I just go by the little convenience store to "
      "get what I can, or the dollar store,\xE2\x80\x9D said the 47-year-old, who works as "
      "a cashier at Leo\xE2\x80\x99s BBQ, a popular restaurant. He has nothing against "
      "dollar stores, saying they provide a service to a community with no other option. "
      "But he is also certain that having a supermarket nearby would help him make better "
      "dietary choices. \xE2\x80\x9CTo get real food, I have to go to a grocery "
      "store,\xE2\x80\x9D he said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Gregory McCauley");
}

// AllSides dev XknvtFRDIznkELPX (USA Today, Common Core tests): `She has …`, `Still, the
// perky 11-year-old worries.`, `she couldn't even log on` between Kayla Hunter and her quote.
TEST(SpeakerRulesRound22h, ChainBackToTheGirlNamed) {
  const std::vector<std::string> speakers = Speakers(
      "STOCKPORT, Ohio \xE2\x80\x93 Sixth-grader Kayla Hunter considers herself pretty tech "
      "savvy. She has a computer at "
      "home unlike about half her classmates at her elementary school. And it matches up "
      "well with the one she'll use this week to take a new test linked to the Common Core "
      "standards.\n\nStill, the perky 11-year-old worries. During a recent practice exam at "
      "her school in Ohio, she couldn't even log on. \"It wouldn't let me,\" she said. \"It "
      "kept saying it wasn't right, and it just kept loading the whole time.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Kayla Hunter");
  EXPECT_EQ(speakers[1], "Kayla Hunter");
}

// AllSides dev oD8b6JbVC2f8MW1g (The Atlantic, Teach for America; its first sentence, then
// paragraphs from the middle): `He realized … He wanted …`
// is Robert Schwartz, but `A sporty-looking blonde guy … rose` and speaks next: not Schwartz.
TEST(SpeakerRulesRound22h, NotPastAnUnnamedMan) {
  const std::vector<std::string> speakers = Speakers(
      "Robert Schwartz loved being a Teach for America teacher.\n\n"
      "\"My argument was: let's take the resources you're investing in a corps member "
      "\xE2\x80\x94 tens of thousands of dollars per year \xE2\x80\x94 and put that into "
      "professional development for training current staff on campuses,\" Schwartz said. "
      "\"You'll see teachers that are going to stick around longer and are really invested "
      "in the community.\"\n\nBut then he took a job as an administrator at an LA-based "
      "charter school network called the Inner City Education Foundation. It was there that "
      "he started asking questions. He realized he wasn't interested in hiring brand-new "
      "Teach for America corps members. He wanted to hire experienced teachers who were "
      "familiar with his students' neighborhoods \xE2\x80\x94 not fresh recruits to the "
      "profession, most from other cities, who'd been through just five weeks of training "
      "and could only be counted on to stay for two or three years.\n\nA sporty-looking "
      "blonde guy in his mid-thirties rose, identifying himself as an administrator for a "
      "small network of Harlem charter schools. He was proud of Teach for America; it had "
      "\"injected a huge amount of human capital into education,\" he said. But he was "
      "deeply worried about income inequality and the fact that one-fifth of American "
      "children were living in poverty. School reformers did not often acknowledge these "
      "issues, he complained.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "Robert Schwartz");
  EXPECT_EQ(speakers[2], "");
}

// AllSides dev SKWBQEe9ame7kqHJ (Christian Science Monitor): the journalist Golunov tells his own
// story, a photo caption (`Former Russian police officer Igor Lyakhovets is escorted …. He is one
// of five …`) between: not Lyakhovets.
TEST(SpeakerRulesRound22h, NotPastAPhotoCaption) {
  const std::vector<std::string> speakers = Speakers(
      "Mr. Golunov is a child of Russia\xE2\x80\x99s turbulent 1990s when Russian society "
      "imploded, old value systems were utterly discredited, and almost everyone was "
      "struggling to reinvent himself. His parents, Moscow professionals, kept changing his "
      "school. At one point he found himself in one of the new experimental schools that "
      "cropped up amid the post-Soviet wasteland, where teachers encouraged him to "
      "concentrate on self-development.\n\nDmitry Serebryakov/AP Former Russian police "
      "officer Igor Lyakhovets is escorted to a courtroom in Moscow on Jan. 30, 2020. He is "
      "one of five former officers facing charges stemming from the June 2019 arrest of "
      "Ivan Golunov.\n\nThat\xE2\x80\x99s how he discovered journalism, he says, at the age "
      "of 13. He went to work for a local free paper aimed at youth where, in the wake of "
      "Russia\xE2\x80\x99s devastating 1998 financial crisis, he wrote about "
      "counterculture, educational affairs, and other news from his own district. Later he "
      "joined a municipal paper put out by local authorities, where he covered the news "
      "from the point of view of his bosses.\n\n\xE2\x80\x9CI was happily writing about "
      "successes, how great our local authorities were,\xE2\x80\x9D he says. \xE2\x80\x9CI "
      "believe my last story for them was something about how, by the efforts of our local "
      "authorities, a war veteran had his bathroom replaced. That was the sort of thing I "
      "did.\xE2\x80\x9D");
  ASSERT_GE(speakers.size(), 1u);
  for (const std::string& s : speakers) EXPECT_NE(s, "Igor Lyakhovets");
}

// AllSides dev fxjdiwvW6dhdOINA (Yahoo, Baltimore riots): `A few blocks down, Alex, who only
// wanted to be identified by his first name,` stands between Pierre Thomas and `He pointed …`.
TEST(SpeakerRulesRound22h, NotPastSomeoneNamedBetween) {
  const std::vector<std::string> speakers = Speakers(
      "Pierre Thomas, 37, was hanging out at the perimeter set up by police.\n\nHe said "
      "that yes, Baltimore has a history of inequality and yes the black community feels "
      "forgotten, but he didn't agree with setting properties on fire.\n\n\"Everybody is "
      "angry,\" he said. \"But there is a right and a wrong way to do it. I understand why "
      "they're doing it but I don't support it. They're trashing their own place.\"\n\nA "
      "few blocks down, Alex, who only wanted to be identified by his first name, was "
      "watching a small corner market burn down.\n\nHe pointed at the fire trucks that were "
      "trying to make their way through the street. He pointed at the police officers. He "
      "said those flames were the only way to get them to come into this part of "
      "Baltimore.\n\nNobody was calling for peace when Baltimore police officers were "
      "beating innocent black men, he said.\n\n\"Where was the peace when we were getting "
      "shot? Where's the peace when we were getting laid out? Where is the peace when we "
      "are in the back of ambulances? Where is the peace then? They don't want to call for "
      "peace then. But you know when people really want peace? When the white people have "
      "to get out of bed, when cops have to wear riot gear, when the cops start talking "
      "about, oh we got broken arms. Then they want peace,\" he said. \"Peace? It's too "
      "late for peace.\"");
  ASSERT_GE(speakers.size(), 3u);
  EXPECT_NE(speakers.back(), "Pierre Thomas");
}

// event_days helsinki-11943 (Daily Caller): `"…," the ambassador said.` (Jon Huntsman) +
// `He listed some of the challenges Trump will face` + `"…," he said`: not Trump.
TEST(SpeakerRulesRound22h, NotPastADescriptionSpeaking) {
  const std::vector<std::string> speakers = Speakers(
      "U.S. Ambassador to Russia Jon Huntsman called President Donald Trump \xE2\x80\x9Cthe "
      "most experienced negotiator ever elected to the presidency\xE2\x80\x9D ahead of "
      "Trump\xE2\x80\x99s summit with Russian leader Vladimir Putin on \xE2\x80\x9C" "Fox & "
      "Friends\xE2\x80\x9D on Sunday morning.\n\n\xE2\x80\x9CI can tell you that in the "
      "president, we have the most experienced negotiator ever elected to the "
      "presidency,\xE2\x80\x9D Huntsman said. \xE2\x80\x9CYou have a lot of presidents who "
      "have never had a negotiation before, unbelievable as that sounds, before they were "
      "elected president. So the president has pretty good instincts on these kinds of "
      "things.\xE2\x80\x9D\n\nHuntsman discussed U.S. strategy going into the talks in "
      "Helsinki, Finland, on the show. The summit will be the first time that Trump and "
      "Putin have had a one-on-one meeting. (RELATED:\xC2\xA0McCain Wants Trump To Cancel "
      "The Putin Meeting \xE2\x80\x94 Here\xE2\x80\x99s Why)\n\n\xE2\x80\x9CWe need to "
      "reduce the tension in the relationship,\xE2\x80\x9D the ambassador said. "
      "\xE2\x80\x9CWe need to take the danger to the American people out of a bilateral "
      "relationship, a relationship that contains 90 percent of the world\xE2\x80\x99s "
      "nuclear weapons \xE2\x80\xA6 You have to build trust in a relationship that has "
      "none.\xE2\x80\x9D\n\nWATCH:\n\nHe listed some of the challenges Trump will face at "
      "the summit.\n\n\xE2\x80\x9C[The U.S. and Russia are] not talking with one "
      "another,\xE2\x80\x9D he said.");
  ASSERT_GE(speakers.size(), 3u);
  EXPECT_NE(speakers.back(), "Donald Trump");
}

}  // namespace
}  // namespace claimdup
