// Speaker attribution rules of the twenty-second round (f), on real news (../shared/real/: the
// dump and article id are in each comment): a bare surname two people of the article share
// names the one named in full nearest before it, in its paragraph or the one before, unless
// that mention is a relative's, an object's or a side clause's, or a he/she after the bare
// name says the other sex (docs/speaker_rounds.md, twenty-second round (f)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev u8V7P1ZylJqZmYNl (Jezebel): the three quotes went to Hillary Clinton, the
// first Clinton the article names.
TEST(SpeakerRulesRound22f, PossessiveFullNameAndHisDecide) {
  const std::vector<std::string> speakers = Speakers(
      "There\xE2\x80\x99s a new biographical docuseries coming out about Hillary Clinton and of "
      "course, it mentions the emails. It\xE2\x80\x99s also another opportunity for former "
      "president Bill Clinton to stick his foot in his mouth.\n\n"
      "The New York Post reports that the entire third episode of the series (entitled "
      "\xE2\x80\x9CThe Hardest Choice\xE2\x80\x9D) focuses on Bill Clinton\xE2\x80\x99s affair "
      "with Monica Lewinsky during his time as President.\n\n"
      "\xE2\x80\x9C" "And here\xE2\x80\x99s something that\xE2\x80\x99ll take your mind off it "
      "for a while,\xE2\x80\x9D Clinton, 73, says of his two-year tryst with Lewinsky that began "
      "in 1995 when she was 22. \xE2\x80\x9C" "Everybody\xE2\x80\x99s life has pressures and "
      "disappointments, terrors, fears of whatever,\xE2\x80\x9D he continues.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Bill Clinton");
  EXPECT_EQ(speakers[1], "Bill Clinton");
}

// AllSides dev 19fGCyQ84Cjldvmc (Politico): two House chairmen named Rogers; `Rogers said`
// after `Appropriations Committee Chairman Hal Rogers` went to Mike Rogers, named first.
TEST(SpeakerRulesRound22f, NearestFullNameBeforeDecides) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9CHave 12 years gone by and our memories faded so badly that we forgot what "
      "happened on September 11,\xE2\x80\x9D asked House Intelligence Committee Chairman Mike "
      "Rogers (R-Mich.).\n\n"
      "As chairman, Rogers promised that he would come back and address privacy concerns when "
      "his panel writes its annual authorization for intelligence agencies this fall.\n\n"
      "In a candid moment during the floor debate, Appropriations Committee Chairman Hal Rogers "
      "(R-Ky.) freely admitted the bill will be decimated come January if no agreement is "
      "reached on sequestration.\n\n"
      "\xE2\x80\x9CSome will complain that the bill breaks the cap placed on defense spending "
      "under the sequester level for fiscal 2014 put into place by the Budget Control "
      "Act,\xE2\x80\x9D Rogers said.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Hal Rogers");
}

// AllSides dev gZe0uzpgq42aIqys (CNN): `she and Bill Clinton` names a second person beside
// the subject, no speaker: the quote stays Hillary Clinton's.
TEST(SpeakerRulesRound22f, CoordinatedNameDecidesNothing) {
  const std::vector<std::string> speakers = Speakers(
      "Hillary Clinton sought to clarify her \"dead broke\" comment that generated a critical "
      "reaction in social media and energized her detractors.\n\n"
      "Clinton told Robin Roberts on ABC's \"Good Morning America\" that she understood the "
      "critical reaction to her comments.\n\n"
      "She also said that she and Bill Clinton had to support themselves at a young age and pay "
      "for college, too.\n\n"
      "\"We understand what that struggle was because we had student debts, both of us, we had "
      "to pay off, we had to work,\" Clinton said.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Hillary Clinton");
}

// AllSides dev USU9moHunv40jR5n (CNN): `a picture of Heidi Cruz` is an object; `Cruz warned`
// is Ted Cruz, the Cruz the article names first.
TEST(SpeakerRulesRound22f, ObjectNameDecidesNothing) {
  const std::vector<std::string> speakers = Speakers(
      "Sen. Ted Cruz won the Iowa caucuses.\n\n"
      "He offended some female voters when he re-tweeted an unflattering picture of Heidi Cruz, a "
      "Goldman Sachs executive, next to Melania. \"A picture is worth a thousand words,\" the "
      "caption said.\n\n"
      "Angered by the tweets, Cruz warned his then-adversary to \"leave Heidi the hell alone,\" "
      "and told reporters: \"Strong women scare Donald.\"");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Ted Cruz");
}

}  // namespace
}  // namespace claimdup
