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

}  // namespace
}  // namespace claimdup
