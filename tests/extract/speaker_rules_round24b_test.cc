// Speaker attribution rules of the twenty-fourth round (b), on real news (../shared/real/: the
// dump and article id are in each comment): two presidents (docs/speaker_rounds.md,
// twenty-fourth round (b)).
//   `U.S. President Donald Trump and Russia's President Vladimir Putin`, then `"…," the
//   president said alongside British Prime Minister Theresa May`: a president tied to another
//   country by a country name or demonym the nationality suffixes miss (`Russia's`, `Afghan`)
//   is not a US outlet's bare "the president" when someone else holds the office unqualified.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// event_days helsinki-12476 (triblive.com, the AP's "What Trump and Putin hope to achieve at
// Helsinki summit": its photo caption's first sentence, the WHAT TRUMP WANTS heading and
// first line, and the two paragraphs ending in the quote; the quote's last two sentences
// left out). Main gave Vladimir Putin, the nearer holder of "president".
TEST(SpeakerRulesRound24b, ThePresidentIsNotRussiasPresident) {
  const std::vector<std::string> speakers = Speakers(
      "FILE - In this Nov. 11, 2017 file photo, U.S. President Donald Trump and "
      "Russia\xE2\x80\x99s President Vladimir Putin talk during the family photo session at the "
      "APEC Summit in Danang, Vietnam.\n\nWHAT TRUMP WANTS\n\nWhat Trump wants from Russia has "
      "long been one of the great mysteries of his presidency.\n\nTrump also said he and Putin "
      "would discuss the ongoing war in Syria and arms control, negotiations that White House "
      "officials have signaled could be fruitful.\n\n\xE2\x80\x9CI will be talking about nuclear "
      "proliferation,\xE2\x80\x9D the president said alongside British Prime Minister Theresa May "
      "on Friday. \xE2\x80\x9CWe\xE2\x80\x99ve been modernizing and fixing and buying. And "
      "it\xE2\x80\x99s just a devastating technology.\xE2\x80\x9D\n");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Donald Trump");
  EXPECT_EQ(speakers[1], "Donald Trump");
}

}  // namespace
}  // namespace claimdup
