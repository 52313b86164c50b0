// Content dates from embedded tweets, on real text (AllSides dev half).
#include "extract/content_date.h"

#include <string>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

// Vox, "Donald Trump's long history of racism, from the 1970s to 2018", dated 2016-07-25 by
// its URL and updated in July 2019 with Trump's tweets (doc AutYBpAQPHPqGqvb).
constexpr char kVoxUpdated[] =
    "Democrats, including House Speaker Nancy Pelosi, condemned Trump\xE2\x80\x99s tweets as "
    "racist.\n\nSo interesting to see \xE2\x80\x9CProgressive\xE2\x80\x9D Democrat "
    "Congresswomen, who originally came from countries whose governments are a complete and "
    "total catastrophe, the worst, most corrupt and inept anywhere in the world (if they even "
    "have a functioning government at all), now loudly...... \xE2\x80\x94 Donald J. Trump "
    "(@realDonaldTrump) July 14, 2019\n\n....and viciously telling the people of the United "
    "States";

// CNN's New Year story, dated 2016-12-31, embeds a tweet of the next day (doc
// 05m7nC3gtZwcZK6t): time zones, not a new version.
constexpr char kCnnNextDay[] =
    "Seattle shot from Alki....2017 pic.twitter.com/Nokueiy9Ki \xE2\x80\x94 Daniel Acosta "
    "(@DanielA92559262) January 1, 2017\n\nNew York\n\nIn New York's";

TEST(ContentDateTest, ReadsTheEmbeddedTweetSignature) {
  EXPECT_EQ(LatestEmbeddedTweetDay(kVoxUpdated), "2019-07-14");
  EXPECT_EQ(LatestEmbeddedTweetDay(kCnnNextDay), "2017-01-01");
}

TEST(ContentDateTest, ALiveUpdatedArticleTakesItsLatestTweetsDay) {
  EXPECT_EQ(ContentDate("2016-07-25", kVoxUpdated), "2019-07-14");
  EXPECT_EQ(ContentDate("2016-07-25T09:00:00", kVoxUpdated), "2019-07-14");
}

TEST(ContentDateTest, ADayOrTwoLaterIsLeftAlone) {
  EXPECT_EQ(ContentDate("2016-12-31", kCnnNextDay), "2016-12-31");
  EXPECT_EQ(ContentDate("2016-12-25", kCnnNextDay), "2016-12-25");  // 7 days: still left.
  EXPECT_EQ(ContentDate("2016-12-24", kCnnNextDay), "2017-01-01");  // 8 days: updated.
}

TEST(ContentDateTest, AnEarlierTweetOrAnUndatedArticleKeepsItsDate) {
  EXPECT_EQ(ContentDate("2019-08-01", kVoxUpdated), "2019-08-01");
  EXPECT_EQ(ContentDate("", kVoxUpdated), "");
}

TEST(ContentDateTest, OnlyTheSignatureShapeCounts) {
  // A handle in prose, a handle of 16 characters, an impossible day, no space.
  EXPECT_EQ(LatestEmbeddedTweetDay("He wrote to (@FoxNews) that July 14, 2019 was the day."), "");
  EXPECT_EQ(LatestEmbeddedTweetDay("(@abcdefghijklmnop) July 14, 2019"), "");
  EXPECT_EQ(LatestEmbeddedTweetDay("(@realDonaldTrump) February 30, 2019"), "");
  EXPECT_EQ(LatestEmbeddedTweetDay("(@realDonaldTrump)July 14, 2019"), "");
  EXPECT_EQ(LatestEmbeddedTweetDay("(@x) July 14, 20199"), "");
  EXPECT_EQ(LatestEmbeddedTweetDay("(@x) July 4, 2019 and (@y) June 30, 2020"), "2020-06-30");
}

}  // namespace
}  // namespace claimdup
