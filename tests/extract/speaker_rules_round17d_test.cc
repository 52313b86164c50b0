// Speaker attribution rules of the seventeenth round (d), on real news (../shared/real/: the
// dump and article id are in each comment): a pronoun's contraction (`I'll`, `I’ve`) opening
// a clause before or after a quote is no one's name (docs/speaker_rounds.md, seventeenth
// round (d)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev TPp7s40BtTuf38F4: Bush's 1988 acceptance speech set as an unmarked block; the
// quote inside it went to "I'll" (random14's miss). The article names nobody for it here.
TEST(SpeakerRulesRound17d, AContractionBeforeTheQuoteIsNoName) {
  const std::vector<std::string> speakers = Speakers(
      "My opponent won't rule out raising taxes. But I will. The Congress will push me to "
      "raise taxes, and I'll say no, and they'll push, and I'll say no, and they'll push "
      "again, and I'll say to them, \"Read my lips: no new taxes.\"\n\n"
      "He won easily.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev 9jckpLQrfz9e4zfT: the writer's own words (`I'll say cheerily`), curly
// apostrophes; no name.
TEST(SpeakerRulesRound17d, ACurlyContractionAfterTheQuoteIsNoName) {
  const std::vector<std::string> speakers = Speakers(
      "I brace myself a bit, battening down the proverbial mental hatches. \u201cOh, I\u2019m a "
      "writer and I cover the news,\u201d I\u2019ll say cheerily, warily scanning my new "
      "friend\u2019s eyes.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

}  // namespace
}  // namespace claimdup
