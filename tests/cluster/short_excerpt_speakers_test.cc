// Short excerpts and their speakers, on real news: four article snippets from
// ../shared/real/allsides_dev.jsonl.zst (tests/data/short_excerpt_speakers.jsonl), read by
// hand. Virginia's attorney general called the Constitution "the law of the land" (2014);
// a congressman's statement of 2013 uses the same five words. Trump's "We don't have much
// of a race anymore" is carried whole by one outlet and in part by another.
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "run_util.h"

namespace claimdup {
namespace {

class ShortExcerptSpeakersTest : public testing::RealRunTest {
 protected:
  ShortExcerptSpeakersTest() : RealRunTest("short_excerpt_speakers.jsonl") {}
};

TEST_F(ShortExcerptSpeakersTest, AStockPhraseOfAnotherSpeakerIsNoExcerpt) {
  const uint32_t phrase = ClaimStarting("2zIEiOaEdhQ69vza", "the law of the land");
  const uint32_t statement = ClaimStarting("Hm9B7tmHtxk08vWR", "They are placing our economy");
  EXPECT_TRUE(absl::EndsWith(result_.claims.speakers[result_.claims.speaker(phrase)], "Herring"));
  EXPECT_EQ(result_.claims.speakers[result_.claims.speaker(statement)], "Elijah Cummings");
  EXPECT_NE(result_.cluster_of[phrase], result_.cluster_of[statement]);
  EXPECT_EQ(result_.cluster_stats.short_excerpts_other_speaker, 1);
}

TEST_F(ShortExcerptSpeakersTest, AShortExcerptOfTheSameSpeakerJoinsItsRoot) {
  const uint32_t part = ClaimStarting("MbV83fGXDfJXnQLb", "We don’t have much of a race anymore");
  const uint32_t whole = ClaimStarting("hkXrZeOCFWTE2LXj", "We don’t have much of a race anymore");
  EXPECT_EQ(result_.cluster_of[part], result_.cluster_of[whole]);
  EXPECT_EQ(result_.relations.relation[part], Relation::kExcerpt);
}

}  // namespace
}  // namespace claimdup
