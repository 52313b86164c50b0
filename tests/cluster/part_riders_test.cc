// Riders of a split quote's part, on real news: four article snippets from
// ../shared/real/allsides_dev.jsonl.zst (tests/data/part_riders.jsonl), read by hand.
// Washington Times, 2014-09-10 (BsZVj3mgUEopUMpp): Pascrell's "If you can't shoot the dog,
// starve it," he said. "That's what this is all about." Vox, 2018-11-13 (3PT6hsN10EW0z8xX):
// "That's what this is all about," Cook, of Duke University, said. "Saving lives." The two
// five-word quotes are one wording, so one variant group with Pascrell's part, which joined
// his whole quote through the part and took Cook's gun-law line with it (a cross-outlet
// cluster of the dev half). CNN, 2014-08-28 (YznOfUcTgOlbCOpe): Obama's "I don't want to put
// the cart before the horse," ... "We don't have a strategy yet." Washington Times,
// 2014-08-31 (T6VAES7NkYSb5qu0): his "We don't have a strategy yet." three days later, a
// real excerpt of the same statement.
#include <string>

#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "run_util.h"

namespace claimdup {
namespace {

class PartRidersTest : public testing::RealRunTest {
 protected:
  PartRidersTest() : RealRunTest("part_riders.jsonl") {}
};

TEST_F(PartRidersTest, AnotherStorysIdenticalLineDoesNotRideAPartIntoItsWhole) {
  const uint32_t pascrell = ClaimStarting("BsZVj3mgUEopUMpp", "That’s what this is all about");
  const uint32_t pascrell_first = ClaimStarting("BsZVj3mgUEopUMpp", "If you can’t shoot the dog");
  const uint32_t cook = ClaimStarting("3PT6hsN10EW0z8xX", "That’s what this is all about");
  EXPECT_EQ(result_.cluster_of[pascrell], result_.cluster_of[pascrell_first]);
  EXPECT_EQ(result_.relations.relation[pascrell], Relation::kPart);
  EXPECT_NE(result_.cluster_of[cook], result_.cluster_of[pascrell]);
  EXPECT_GE(result_.cluster_stats.short_excerpts_far_apart +
                result_.cluster_stats.short_excerpts_other_speaker,
            1);
}

TEST_F(PartRidersTest, TheSameStatementsLineDaysLaterStillJoins) {
  const uint32_t cnn = ClaimStarting("YznOfUcTgOlbCOpe", "We don't have a strategy yet");
  const uint32_t cnn_first = ClaimStarting("YznOfUcTgOlbCOpe", "I don't want to put the cart");
  const uint32_t times = ClaimStarting("T6VAES7NkYSb5qu0", "We don’t have a strategy yet");
  EXPECT_EQ(result_.cluster_of[cnn], result_.cluster_of[cnn_first]);
  EXPECT_EQ(result_.cluster_of[times], result_.cluster_of[cnn_first]);
  EXPECT_EQ(result_.relations.relation[times], Relation::kExcerpt);
}

}  // namespace
}  // namespace claimdup
