// Speaker attribution rules of the twenty-second round (c), on real news (../shared/real/: the
// dump and article id are in each comment), found by reading the misattribution leads again.
// "Bill" is a man's given name (given_names_data.inc had it as either sex, the female list
// holding it as short for Billie): a `she` after Bill Clinton is not him, so the pronoun reads
// back to the woman the article names, or to no one (docs/speaker_rounds.md, twenty-second
// round (c)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev KzIwaMsU6qaykhYB (NPR Online News): lead 49300 of the sample, `she said` credited
// to Bill Clinton against the Washington Times' Hillary Clinton.
TEST(SpeakerRulesRound22c, SheAfterBillClintonIsHisWife) {
  const std::vector<std::string> speakers = Speakers(
      "Democratic Reversals\n\nBill Clinton signed DOMA into law but now wants it overturned. "
      "This week, his wife, former Democratic senator, secretary of state and first lady "
      "Hillary Clinton did her own about-face. Without actually mentioning DOMA, Clinton spoke "
      "on a gay-rights advocacy group's website, making it clear she no longer opposed "
      "same-sex couples getting married.\n\n\"They are full and equal citizens and deserve the "
      "rights of citizenship. That includes marriage. That's why I support marriage for "
      "lesbian and gay couples,\" she said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Hillary Clinton");
}

// AllSides dev X5xmxDOWOVZ5MTZw (NPR Online News): the nearest name is Bill Clinton's; `she` is
// the woman the article is about (opening paragraphs cut; the whole article gives Hillary
// Rodham Clinton, this snippet no one).
TEST(SpeakerRulesRound22c, SheSkipsBillClintonToTheWomanBefore) {
  const std::vector<std::string> speakers = Speakers(
      "When the former senator, secretary of state and first lady announced for president on "
      "Sunday she smiled into the camera and said, \"I'm Hillary Clinton.\"\n\nShe was still "
      "Hillary Rodham when she got her law degree from Yale. Even after she wed her ambitious "
      "law-school classmate, she went by Rodham for most of the first decade of their marriage. "
      "It seemed a symbol of the new attitude both Clintons were bringing to the Arkansas of the "
      "1970s.\n\nBut as the 1970s gave way to the 1980s, and Bill Clinton lost his bid for "
      "re-election as governor in 1980, that symbol of the new was taking a toll.\n\n\"I learned "
      "the hard way that some voters in Arkansas were seriously offended by the fact that I kept "
      "my maiden name,\" she later wrote.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_NE(speakers.back(), "Bill Clinton");
}

// AllSides dev 3ULbR89g8THEiz5W (NPR Online News): `Clinton, she says, "…"` is the author
// talking about Bill Clinton, not Bill Clinton.
TEST(SpeakerRulesRound22c, SheIsNotTheManSheTalksAbout) {
  const std::vector<std::string> speakers = Speakers(
      "Mayer says that sense of entitlement from big donors comes partly from Bill Clinton's "
      "presidency. Clinton, she says, \"absolutely coddled big donors,\" with alleged perks like "
      "sleeping in the Lincoln Bedroom at the White House.\n\n\"Obama is just not like that,\" "
      "she says. \"These are not his best friends, and he just doesn't do business the same "
      "way.\"");
  ASSERT_FALSE(speakers.empty());
  for (const std::string& s : speakers) EXPECT_NE(s, "Bill Clinton");
}

}  // namespace
}  // namespace claimdup
