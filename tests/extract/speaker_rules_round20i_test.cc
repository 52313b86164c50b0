// Speaker attribution rules of the twentieth round (i), on real news (../shared/real/: the
// dump and article id are in each comment): pronoun leftovers (docs/speaker_rounds.md,
// twentieth round (i)).
//   `Putin, for his part, said he and Trump have maintained regular contact …, but "…"`: a
//   verb whose subject joins "he"/"she" and a name right after a speech verb is inside what
//   that verb reports; the quote is the reporting verb's subject's, not the name's.
//   `After Barry was accepted, he flew to Sulaimaniya` + `"…," he says`: "he" right after the
//   comma of a subordinate clause opening its sentence is the one capitalized word opening the
//   clause, a surname or nickname the article never introduced as a person.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// event_days helsinki-5822 (dallasnews.com, AP): Putin's two quotes were given to Trump, the
// name in `he and Trump have maintained` ("maintained" a speech verb).
TEST(SpeakerRulesRound20i, JointPronounSubjectIsReportedSpeech) {
  const std::vector<std::string> speakers = Speakers(
      "\"We have not been getting along well for the last number of years,\" Trump said as he "
      "and Putin sat down at the Presidential Palace in Finland's capital. \"But I think we "
      "will end up having an extraordinary relationship. ... I really think the world wants "
      "to see us get along.\"\n\nTrump's bombast, alienation of allies tarnishes America's "
      "role as 'shining city upon a hill'\n\nPutin, for his part, said he and Trump have "
      "maintained regular contact by phone and meeting at international events, but \"the "
      "time has come to have a thorough discussion on various international problems and "
      "sensitive issues.\" He added: \"There are quite a few of them for us to pay attention "
      "to.\"");
  ASSERT_EQ(speakers.size(), 4u);
  EXPECT_EQ(speakers[0], "Trump");
  EXPECT_EQ(speakers[2], "Putin");
  EXPECT_EQ(speakers[3], "Putin");
}

// AllSides dev sglUk9sYnvEoNjqr (Mother Jones): an American volunteer the reporter calls
// Barry; his quotes got no speaker (`Barry` is introduced only as `I'll just call him Barry`).
TEST(SpeakerRulesRound20i, PronounAfterOpeningClauseOfALoneName) {
  const std::vector<std::string> speakers = Speakers(
      "Bastien had one applicant who said that he was a centrist, but when he checked the "
      "applicant\xE2\x80\x99s social media, he saw a bunch of racist and pro-Trump posts.\n\n"
      "After Barry was accepted, he flew to Sulaimaniya, in Iraqi Kurdistan. On the way there, "
      "he was stopped and questioned for five hours by American officials at an airport outside "
      "the United States\xE2\x80\x94he won\xE2\x80\x99t say where. He says they looked up his "
      "criminal record, searched his old Facebook account, and let him go. \xE2\x80\x9CI think "
      "they were concerned I was joining Daesh,\xE2\x80\x9D he says, using an insulting term "
      "for ISIS. \xE2\x80\x9CThey asked about how I felt about Islam, stuff like "
      "that.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Barry");
  EXPECT_EQ(speakers[1], "Barry");
}

}  // namespace
}  // namespace claimdup
