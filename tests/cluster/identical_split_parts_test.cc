// Identical parts of two split quotes, on real news: five article snippets from
// ../shared/real/allsides_dev.jsonl.zst (tests/data/identical_split_parts.jsonl), read by
// hand. Sessions (2017): "I have said whenever it's appropriate, I will recuse myself,"
// he told NBC News. "There's no doubt about that." Fauci (2020): "It absolutely came from
// Wuhan," Dr. Fauci said. "There's no doubt about that." The two second parts are one
// wording of two statements by two people. Nadler's "This conduct is not remotely
// acceptable" closes one outlet's split quote and opens another's: one statement.
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "run_util.h"

namespace claimdup {
namespace {

class IdenticalSplitPartsTest : public testing::RealRunTest {
 protected:
  IdenticalSplitPartsTest() : RealRunTest("identical_split_parts.jsonl") {}
};

TEST_F(IdenticalSplitPartsTest, APartOfAnotherPersonsSplitQuoteStaysWithItsOwnQuote) {
  const uint32_t sessions = ClaimStarting("2qQczPHqEWiZHWnG", "There's no doubt about that");
  const uint32_t sessions_first = ClaimStarting("2qQczPHqEWiZHWnG", "I have said whenever");
  const uint32_t fauci = ClaimStarting("4Kh8fP5ROJo5NBbr", "There’s no doubt about that");
  const uint32_t fauci_first = ClaimStarting("4Kh8fP5ROJo5NBbr", "It absolutely came from Wuhan");
  EXPECT_EQ(result_.claims.speakers[result_.claims.speaker(fauci)], "Anthony Fauci");
  EXPECT_EQ(result_.claims.speakers[result_.claims.speaker(sessions)], "Jeff Sessions");
  EXPECT_EQ(result_.cluster_of[sessions], result_.cluster_of[sessions_first]);
  EXPECT_NE(result_.cluster_of[fauci], result_.cluster_of[sessions]);
  EXPECT_EQ(result_.cluster_of[fauci], result_.cluster_of[fauci_first]);
  EXPECT_EQ(result_.relations.relation[fauci], Relation::kPart);
  EXPECT_EQ(result_.cluster_stats.short_excerpts_other_speaker, 1);
}

TEST_F(IdenticalSplitPartsTest, IdenticalPartsOfOnePersonStayJoined) {
  const uint32_t fox = ClaimStarting("SmhHBj5atUlzYemB", "This conduct is not remotely");
  const uint32_t usa_today = ClaimStarting("jg9f1yamRGp8LJOi", "This conduct is not remotely");
  EXPECT_EQ(result_.cluster_of[fox], result_.cluster_of[usa_today]);
  EXPECT_EQ(result_.relations.relation[usa_today], Relation::kPart);
}

}  // namespace
}  // namespace claimdup
