// Speaker attribution rules of the nineteenth round (e), on real news (../shared/real/: the
// dump and article id are in each comment): a tail `"…," as NAME has said / wrote / noted`
// names its speaker (docs/speaker_rounds.md, nineteenth round (e)); random16's Greenberg and
// Klein misses were of this kind.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 29rBVNMIKVI7Qmfu (New York Times - Opinion): a role before the name, `has
// written`.
TEST(SpeakerRulesRound19e, AsTheHistorianHasWritten) {
  const std::vector<std::string> speakers = Speakers(
      "At the time, the most common complaint against the police was about \xE2\x80\x9C"
      "clubbing\xE2\x80\x9D \xE2\x80\x94 \xE2\x80\x9Cthe routine bludgeoning of citizens by "
      "patrolmen armed with nightsticks or blackjacks,\xE2\x80\x9D as the historian Marilynn "
      "Johnson has written.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Marilynn Johnson");
}

// AllSides dev 9yrtbNkb42TDwN9S (NPR): an outlet's possessive before the writer, `wrote at the
// time`; and AR0ysKBKVA1WHfhB (Reason): a body named as written.
TEST(SpeakerRulesRound19e, AsTheWriterOrTheOutletWrote) {
  std::vector<std::string> speakers = Speakers(
      "As recently as 2016, a group of researchers found that \"women are indeed more likely to "
      "cooperate across party lines, but only if they're Republican, and particularly if "
      "they're working on a bill that focuses on health, education, or social welfare,\" as The "
      "Atlantic's Andrew McGill wrote at the time.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Andrew McGill");
  speakers = Speakers(
      "It's not surprising, then, that \"most law enforcement experts say\" the Virginia Beach "
      "shooter's suppressor \"likely had no bearing on his ability to kill so many people in so "
      "little time,\" as the Associated Press noted.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Associated Press");
}

// AllSides dev 0ukMroXrbqMKvjK7 (Vox): `as he later explained` is John Lewis's, but the
// pronoun resolvers would take James Lawson, named nearer; a pronoun after "as" is left alone.
// And 9JGXwP3BlpOqPs0j (Politico): `as one GOP Senate aide put it` names nobody.
TEST(SpeakerRulesRound19e, PronounsAndUnnamedSourcesAfterAsStayUnnamed) {
  std::vector<std::string> speakers = Speakers(
      "John Lewis was a student of nonviolence. In 1958, as a Baptist seminary student in "
      "Nashville, he started attending nonviolence workshops led by James Lawson; "
      "\xE2\x80\x9Cthese workshops dealt with the question of philosophy, the discipline of "
      "nonviolence, the whole history of the struggle in India,\xE2\x80\x9D as he later "
      "explained to interviewers from the Southern Oral History Program in 1973.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
  speakers = Speakers(
      "The willingness of Republican senators to turn on Attorney General Jeff Sessions is the "
      "result of a furious lobbying campaign from President Donald Trump, who for the past 10 "
      "days has been venting his anger at Sessions to \xE2\x80\x9C" "any senator who will "
      "listen,\xE2\x80\x9D as one GOP Senate aide put it.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// event_days helsinki-11465 (a blog; random17's "Reportedly" miss): a sentence adverb opening
// the sentence is no one-word name; DT, the blog's name for Trump, speaks.
TEST(SpeakerRulesRound19e, SentenceAdverbIsNoName) {
  const std::vector<std::string> speakers = Speakers(
      "Now back to a different Don:\n\nReportedly, June, DT told G7 leaders in June, "
      "\xE2\x80\x9C" "Crimea is Russian because everyone who lives there speaks "
      "Russian.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "DT");
}

}  // namespace
}  // namespace claimdup
