// Speaker attribution rules of the nineteenth round (a), wrong names, on real news
// (../shared/real/: the dump and article id are in each comment): a middle initial `A.` is part
// of a name, not the article "a" (`Speaker John A. Boehner`); a writer's paper after the name is
// cut (`Matthew Norman for the Independent writes`); a "he"/"she" after a statement of an unnamed
// speaker (`says an Iraqi official who asked not to be named`) is that speaker, nobody named
// (docs/speaker_rounds.md, nineteenth round (a)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 1IfJ2HJP8AI0eLtT: `Speaker John A. Boehner` was introduced as "John" (the
// initial read as the article "a"), and `The speaker said` went to "John".
TEST(SpeakerRulesRound19a, AMiddleInitialIsPartOfTheName) {
  const std::vector<std::string> speakers = Speakers(
      "The delay angered Speaker John A. Boehner, Ohio Republican, who called it a "
      "\u201crefusal\u201d by Mrs. Sebelius to testify Thursday. He said the public deserves "
      "answers now about the burgeoning problems with the HealthCare.gov website.\n\n"
      "The speaker said Mrs. Sebelius\u2018 decision \u201ccontinues a troubling pattern of this "
      "administration seeking to avoid accountability and stonewall the public.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "John A Boehner");
}

// AllSides dev alMRWpVn4zINfnG2 (three paragraphs of it, the first cut short): with `James A.
// Stimson` a person, the initial `A` must not make `A hundred people …` a mention of him; "He
// noted" is Obama.
TEST(SpeakerRulesRound19a, AnInitialAloneNamesNoOne) {
  const std::vector<std::string> speakers = Speakers(
      "President Obama, who in November could face one of the tightest bids for re\u00ebelection "
      "in history, has a second-term vision.\n\n"
      "In a 2006 book, \u201cMandate Politics,\u201d the political scientists Lawrence J. "
      "Grossback, David A. M. Peterson, and James A. Stimson apply some fancy methodological "
      "techniques to congressional voting patterns.\n\n"
      "Increasingly, hints of Obama\u2019s second-term vision are becoming evident on the "
      "campaign trail. On June 1st, Obama spoke before a luncheon crowd at a farm-to-table "
      "restaurant in a converted warehouse in the North Loop of Minneapolis, just yards from "
      "the Mississippi River. The restaurant, the Bachelor Farmer, is owned by two sons of the "
      "Minnesota governor, Mark Dayton. They had designed a special menu, which highlighted "
      "fresh produce grown on the restaurant\u2019s roof, and the staff wore matching ties made "
      "to commemorate the President\u2019s visit. A hundred people who each gave five thousand "
      "dollars to the President\u2019s campaign dined on a salad of house-smoked pork and a "
      "choice of roasted chicken or Copper River sockeye salmon (a vegetarian menu was also "
      "available), as Obama spoke about the politics of his potential second term. He noted, as "
      "he does with some frequency these days, that his original vision of a bipartisan "
      "Washington was a mirage. \u201cMy hope, when I came into office, was that we would have "
      "Republicans and Democrats coming together because the nation was facing extraordinary "
      "challenges,\u201d he said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Obama");
}

// event_days helsinki-6816 (random12's miss): the columnist's words went to "Independent".
TEST(SpeakerRulesRound19a, AWritersPaperIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "Trump\u2019s UK visit was comically disastrous, but his meeting with Putin could be "
      "deadly\n\n"
      "Matthew Norman for the Independent writes that 'semi-lobotimised Putin would easily "
      "bamboozle the proudest ignoramus who ever sat in the Oval Office'.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Matthew Norman");
}

// AllSides dev 0kfggEdUvSVFkYfk: `X at The Atlantic wrote:` gave no speaker.
TEST(SpeakerRulesRound19a, AWritersMagazineIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "As Conor Friedersdorf at The Atlantic wrote: \u201cIt ought to be disputed rather than "
      "indulged for the sake of these students, who need someone to teach them how empowered "
      "they are by virtue of their mere enrollment.\u201d");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Conor Friedersdorf");
}

// AllSides dev OvlCNrKK6O8Uz7RB: `said a Democrat close to the Biden campaign` + `He added,
// "…"` went to Joe Biden, named in the paragraph before.
TEST(SpeakerRulesRound19a, HeAfterAnUnnamedDemocratIsNotTheCandidate) {
  const std::vector<std::string> speakers = Speakers(
      "At the end of the day I\u2019ll take a 90-year old Joe Biden over Donald Trump.\n\n"
      "The tricky part about attacking Biden is that few Democratic voters have any hostility "
      "toward Biden personally. The most aggressive public attack against him was by Harris in "
      "the first debate, when she confronted him about his past positions on busing and working "
      "with segregationist senators. Biden\u2019s advisers now frequently mention the episode as "
      "a cautionary tale for others.\n\n"
      "\u201cKamala going after Biden didn\u2019t really work out for her so I\u2019m curious to "
      "see how many try that again on Thursday,\u201d said a Democrat close to the Biden "
      "campaign. \u201cHow do you tear down the front-runner that everyone actually likes?\u201d"
      "\n\n"
      "He added, \u201cDo I believe that Joe Biden is the future of the party? No. But he\u2019s "
      "the right person to beat this president in 2020.\"");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[2], "");
}

// AllSides dev r1bs8okpj3mMHw5Q: a former senior intelligence officer's `he said` went to
// Robert Mueller, named in a photo caption before.
TEST(SpeakerRulesRound19a, HeAfterAnUnnamedOfficerIsNotTheCaptionsMan) {
  const std::vector<std::string> speakers = Speakers(
      "Former FBI Director Robert Mueller leaves a meeting with members of the Senate Judiciary "
      "Committee in June 2017. (Photo: Chip Somodevilla/Getty Images) More\n\n"
      "In the meantime, those familiar with Russian operations warn that the threat from Moscow "
      "is far from over. \u201cMake no mistake, we\u2019re in an intelligence war with the "
      "Russians, every bit as dangerous as the Cold War,\u201d said a former senior intelligence "
      "officer. \u201cThey\u2019re trying all the time ... and we caught them from time to "
      "time,\u201d he said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "");
}

// AllSides dev JlHmfEt6NYhgqZJS: Cameron's quote in his own sentence was read with an unnamed
// subject; a person named before a quote in its sentence is no unnamed speaker's (a first
// draft gave Cameron's `he said` to no one).
TEST(SpeakerRulesRound19a, APersonNamedBeforeTheQuoteIsNoUnnamedSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "Speaking hours later Friday, British Prime Minister David Cameron cast the airstrike as an "
      "act of self-defense that, if it is confirmed Emwazi is dead, \"will strike at the heart of "
      "ISIS.\"\n\n"
      "JUST WATCHED 'Jihadi John' targeted by U.S. airstrike Replay More Videos ... MUST WATCH "
      "'Jihadi John' targeted by U.S. airstrike 03:14\n\n"
      "\"We always said we will do whatever is necessary to track down Emwazi and stop him "
      "taking the lives of others,\" he said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "David Cameron");
}

// AllSides dev MneHj5mVmorzCqeU: a word in quotes is no unnamed speaker's statement
// (`described as the "kingmaker"`): "he said" stays Clyburn.
TEST(SpeakerRulesRound19a, AQuotedWordHasNoUnnamedSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "James Clyburn, who is African American and the majority whip in the House of "
      "Representatives, said on Friday: \u201cIt was an unforced error that hopefully he "
      "won\u2019t make too many of.\u201d\n\n"
      "Clyburn has been described as the \u201ckingmaker\u201d in South Carolina, the first "
      "southern state to vote. \u201cJust from the reports I\u2019m getting, people are telling "
      "me that Biden is performing exceptionally well,\u201d he said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "James Clyburn");
}

}  // namespace
}  // namespace claimdup
