// Speaker attribution rules of the twenty-first round (c), on real news (../shared/real/: the
// dump and article id are in each comment): wrong names resolved from afar
// (docs/speaker_rounds.md, twenty-first round (c)).
//   `Johnson's other complaint about the question order concerned …` + `"…," he told the
//   Times`: a sentence whose subject is a person's possessive goes on about that person; the
//   pronoun after it is the possessor, not the speaker of the paragraph before nor a name in
//   the sentence's object (`an uprising against President Bashar al-Assad`).
//   `Often, he said, Facebook won't say …`, `Plus, he added`, `Nobody answered the fourth.`:
//   sentence openers and indefinite pronouns are no one-word speakers.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev HYjCGCK6J84705Gp (politico.com, "Clinton's third-party headache"): Gary
// Johnson's words to the Times were given to the pollster Patrick Murray, quoted before.
TEST(SpeakerRulesRound21c, PossessorOpeningTheSentenceBefore) {
  const std::vector<std::string> speakers = Speakers(
      "Libertarian presidential candidate Gary Johnson said the polls undercount him.\n\n"
      "Murray says the evidence indicates Johnson is mistaken. \xE2\x80\x9CThat actually would "
      "hurt him,\xE2\x80\x9D Murray said. \xE2\x80\x9CWhen you ask it as a follow-up question, "
      "it gives people a chance who reluctantly said Clinton or Trump on the first question a "
      "chance to say they aren\xE2\x80\x99t that happy with their choices.\xE2\x80\x9D\n\n"
      "Johnson\xE2\x80\x99s other complaint about the question order concerned the news "
      "coverage the polls receive. \xE2\x80\x9CThe opening question is Trump and Clinton, and "
      "99 percent of what gets reported is just that line,\xE2\x80\x9D he told the Times.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "Murray");
  EXPECT_EQ(speakers[2], "Gary Johnson");
}

// BuzzFeed-Webis bfw-0408 (edition.cnn.com, "Obama: Syria haunts me"): Obama's four quotes
// after this paragraph were given to Bashar al-Assad, named in its object.
TEST(SpeakerRulesRound21c, PossessorNotTheNameInItsObject) {
  const std::vector<std::string> speakers = Speakers(
      "President Barack Obama said Syria haunts him. \"I would say of all the things that have "
      "happened during my presidency, Syria is the one I think about most,\" he said.\n\n"
      "Obama's efforts to ease the humanitarian crisis in Syria have largely fallen short since "
      "an uprising against President Bashar al-Assad turned violent five years ago. The latest "
      "attempt with Russia to broker peace in Syria is unraveling amid mutual "
      "recriminations.\n\n\"The conventional arguments about what could have been done are "
      "wrong,\" he said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Barack Obama");
}

// AllSides dev HQ6X6gxmz0CwFxZg (motherjones.com, "Facebook just revealed its secret strategy
// for taking down hate groups"): Brian Fishman's two quotes were given to "Often".
TEST(SpeakerRulesRound21c, OpenerOftenIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9CWhat we decided to do is identify as many of their assets as we could, "
      "identities of their supporters and members, groups, pages, and then take them all down "
      "at once,\xE2\x80\x9D Brian Fishman, Facebook\xE2\x80\x99s director of counterterrorism "
      "and dangerous organizations policy, explained on the phone.\n\nFishman was light on a "
      "lot of details about what Facebook looks for in monitoring these types of groups. Often, "
      "he said, Facebook won\xE2\x80\x99t say that it took action on a set of accounts, leaving "
      "users puzzled as their accounts, pages, and groups are deleted without explanation.\n\n"
      "\xE2\x80\x9CSometimes these groups are confused about actions. That\xE2\x80\x99s a "
      "positive effect from my perspective,\xE2\x80\x9D he said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Brian Fishman");
}

// AllSides dev OmISlhZbV7qPoTh3 (foxnews.com, "What would GOP do with Senate majority"): Peter
// Burns's words were given to "Plus".
TEST(SpeakerRulesRound21c, OpenerPlusIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9C" "Clinton is the most brilliant politician in my lifetime,\xE2\x80\x9D said "
      "Peter Burns, political science professor at Loyola University. \xE2\x80\x9CI "
      "don\xE2\x80\x99t know if Obama has the ability to do that.\xE2\x80\x9D Plus, he added, "
      "\xE2\x80\x9C" "Bill Clinton was one of the few presidents who got more popular over time. "
      "Obama is down very low right now\xE2\x80\x9D and not in the best negotiating position.");
  ASSERT_EQ(speakers.size(), 3u);
  for (const std::string& s : speakers) EXPECT_NE(s, "Plus");
  EXPECT_EQ(speakers[2], "Peter Burns");
}

// AllSides dev DGOoYTUDPyvKun3z (nytimes.com, "In Ohio, 2 campaigns offer a study in
// contrasts"): the volunteer Lloyd Kelley's words were given to "Nobody".
TEST(SpeakerRulesRound21c, NobodyIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "Lloyd Kelley, a volunteer, made the calls.\n\nThe second call went better: "
      "\xE2\x80\x9CI\xE2\x80\x99m calling to remind you and your husband to vote in this "
      "election,\xE2\x80\x9D Mr. Kelley said.\n\nThe third call reached an answering machine. "
      "Nobody answered the fourth. The fifth, sixth and seventh reached more answering "
      "machines.\n\n\xE2\x80\x9CThis is the fifth phone bank I\xE2\x80\x99ve worked "
      "on,\xE2\x80\x9D he said later.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Lloyd Kelley");
}

}  // namespace
}  // namespace claimdup
