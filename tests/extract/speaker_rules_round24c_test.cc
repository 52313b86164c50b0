// Speaker attribution rules of the twenty-fourth round (c), on real news (../shared/real/: the
// dump and article id are in each comment): a quote alone in its paragraph after a sentence
// whose subject is its speaker and whose verb tells of a reaction, with no speech verb
// (`American golfer, Tiger Woods, expressed how impactful Palmer has been over the years.`,
// `… she called out Black Lives Matter …`) (docs/speaker_rounds.md, twenty-fourth round (c)).
// A negated verb (`Facebook has not responded …`) gives nobody.
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// BuzzFeed-Webis bfw-1549 (Right Wing News, Arnold Palmer's death): `expressed`, the name set
// off by commas after a fronted clause.
TEST(SpeakerRulesRound24c, ExpressedBeforeQuoteParagraph) {
  const std::vector<std::string> speakers = Speakers(
      "Palmer had a major influence on practically every golfer in the world. Upon hearing "
      "the devastating news, American golfer, Tiger Woods, expressed how impactful Palmer "
      "has been over the years.\n\n\xE2\x80\x9C" "Arnold meant everything to golf. Are you "
      "kidding me?.\xC2\xA0I mean, without his charisma, without his personality in conjunction "
      "with TV \xE2\x80\x94 it was just the perfect symbiotic growth. You finally had someone "
      "who had this charisma, and they\xE2\x80\x99re capturing it on TV for the very first "
      "time.\xC2\xA0" "Everyone got hooked to the game of golf via TV because of Arnold.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Tiger Woods");
}

// BuzzFeed-Webis bfw-1560 (Right Wing News, a Chicago boy's murder): `she called out`, the
// pronoun resolved to the aunt the same sentence names.
TEST(SpeakerRulesRound24c, CalledOutByPronounBeforeQuoteParagraph) {
  const std::vector<std::string> speakers = Speakers(
      "After his body was found, his mother and aunt pleaded with the community to come "
      "forward with any information they had about his murder(ers).\n\n\xE2\x80\x98What "
      "I need this community to understand is when you took this baby\xE2\x80\x99s life "
      "you affected this whole family. You didn\xE2\x80\x99t just take his life. And if "
      "you\xE2\x80\x99re out here and you see this and you\xE2\x80\x99re listening, look "
      "at what you did to this family.\xE2\x80\x9D\n\nWhen his aunt Virginia Riley took "
      "to the microphone, she called out Black Lives Matter, who has been noticeably silent "
      "during this whole case.\n\n\xE2\x80\x9C" "Don\xE2\x80\x99t turn your back this time, "
      "y\xE2\x80\x99" "all. We really need to find the solution or real, I mean, if you "
      "all talk about \xE2\x80\x98" "Black Lives Matter,\xE2\x80\x99 this life did matter.\xE2\x80\x9C");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Virginia Riley");
}

// AllSides dev 9euGj3FotJ9ZO6Ie (Fox News, protests after the 2016 election): `reacted`, then
// his tweet in its own paragraph.
TEST(SpeakerRulesRound24c, ReactedBeforeTweetParagraph) {
  const std::vector<std::string> speakers = Speakers(
      "\"I actually thought it was a beautiful expression of democracy. I think it was a "
      "marvelous thing to see the next generation of this country get engaged and involved,\" "
      "he said at a news conference, adding that at one time in his life he might have joined "
      "them.\n\nPresident-elect Trump reacted for the first time to the protests on "
      "Thursday.\n\n\xE2\x80\x9C" "Just had a very open and successful presidential election. "
      "Now professional protesters, incited by the media, are protesting. Very unfair!\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_TRUE(absl::StrContains(speakers[1], "Trump")) << speakers[1];
}

// AllSides dev nhGUF9X12S7EOaN2 (CNN, Boehner's debt plan): `echoed the sentiment` after
// McConnell's quote; Thune speaks, not McConnell.
TEST(SpeakerRulesRound24c, EchoedBeforeQuoteParagraph) {
  const std::vector<std::string> speakers = Speakers(
      "Senate Republican Leader Mitch McConnell sidestepped the question when at a press "
      "conference he was asked directly if he backed the plan, which was presented Monday "
      "by House Speaker John Boehner and other House leaders.\n\n\"I commend the House "
      "Republican leadership for trying to move the process along and getting to a point "
      "where, hopefully, we can have a real discussion,\" he said.\n\nSen. John Thune of South "
      "Dakota, the third-ranking Senate Republican, echoed the sentiment.\n\n\"I'm not "
      "prepared to come out and embrace it or support it other than to say it's a good faith "
      "effort. It's serious and it ought to be taken seriously by the White House.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Mitch McConnell");
  EXPECT_EQ(speakers[1], "John Thune");
}

// AllSides dev iphQ9cEXeCwonFPP (Gizmodo, Facebook's trending topics): a negated verb, and an
// organization: nobody from this rule.
TEST(SpeakerRulesRound24c, NegatedVerbGivesNobody) {
  const std::vector<std::string> speakers = Speakers(
      "Update 4:10 p.m. EST: A Facebook spokesperson has issued the following statement "
      "to outlets including BuzzFeed and TechCrunch. Facebook has not responded to "
      "Gizmodo\xE2\x80\x99s repeated requests for comment.\n\n\xE2\x80\x9CWe take allegations "
      "of bias very seriously. Facebook is a platform for people and perspectives from across "
      "the political spectrum.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev 5ZhmfxpvjEru3NiQ (Politico, California Republicans): `described` opens a
// relative clause about John Cox; the quote (its closing marks garbled, so it runs over the
// whole paragraph and its `said Madrid`) is not his.
TEST(SpeakerRulesRound24c, RelativeClauseVerbGivesNobody) {
  const std::vector<std::string> speakers = Speakers(
      "None of that altered the party\xE2\x80\x99s downward trajectory, however, or caused "
      "a wholesale rethinking among some leading candidates and party leaders. Madrid cites "
      "the recent gubernatorial contest in which Republican nominee John Cox, who described "
      "himself repeatedly as a \xE2\x80\x9CJack Kemp\xE2\x80\x9D Republican, pushed for "
      "Trump policies that are abhorrent to many Californians.\n\n\xE2\x80\x9CIt is completely "
      "unfathomable ... for a Republican nominee to run on building a wall,\xE2\x80\x99\xE2\x80\x99 "
      "said Madrid, a nationally recognized expert on Latino voting trends who noted that "
      "the party has spent 20 years trying to extricate itself from the damage done by Prop. "
      "187, the anti-illegal immigration ballot measure that eviscerated Latino support "
      "in the state. \xE2\x80\x9C" "And everyone acts like it\xE2\x80\x99s normal ... Cox "
      "was running on that, in California. Are you out of your mind?\xE2\x80\x9D");
  for (const std::string& speaker : speakers) EXPECT_NE(speaker, "John Cox");
}

}  // namespace
}  // namespace claimdup
