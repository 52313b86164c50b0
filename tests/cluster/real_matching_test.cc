// Matching rules on real news: snippets of six real articles (tests/data/real_excerpts.jsonl,
// the paragraphs around the quotes, from ../shared/real/allsides_dev.jsonl.zst), read by hand.
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "cluster/verify.h"
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::SourceDir;
using testing::TempDir;

class RealMatchingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    RunOptions o;
    o.out_dir = dir_->path();
    o.threads = 2;
    o.progress = false;
    auto r = RunJob({SourceDir() + "/tests/data/real_excerpts.jsonl"}, o, nullptr);
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = new RunResult(std::move(*r));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete dir_;
  }
  // The claim of `outlet` whose text contains `words` (exactly one expected).
  static uint32_t ClaimWith(const std::string& outlet, const std::string& words) {
    int64_t found = -1;
    for (uint32_t i = 0; i < result_->claims.size(); ++i) {
      if (result_->claims.outlet_of(i) == outlet &&
          absl::StrContains(result_->claims.text(i), words)) {
        EXPECT_EQ(found, -1) << "two claims hold: " << words;
        found = i;
      }
    }
    EXPECT_GE(found, 0) << "no claim holds: " << words;
    return static_cast<uint32_t>(found);
  }
  static TempDir* dir_;
  static RunResult* result_;
};
TempDir* RealMatchingTest::dir_ = nullptr;
RunResult* RealMatchingTest::result_ = nullptr;

TEST_F(RealMatchingTest, ShortExcerptsOfALongTweetJoinIt) {
  // Fox carried Trump's 50-word tweet whole; The Hill quoted 7 words of it, BBC 10.
  const RunResult& r = *result_;
  const uint32_t whole = ClaimWith("Fox Online News", "The new Fake News narrative is that there is CHAOS");
  const uint32_t hill = ClaimWith("The Hill", "some people that I want to change");
  const uint32_t bbc = ClaimWith("BBC News", "I still have some people that I want to change");
  EXPECT_EQ(r.cluster_of[hill], r.cluster_of[whole]);
  EXPECT_EQ(r.cluster_of[bbc], r.cluster_of[whole]);
  EXPECT_EQ(r.relations.relation[whole], Relation::kVariant);
  EXPECT_EQ(r.relations.relation[hill], Relation::kExcerpt);
  // Where the excerpts sit in the root: "I still have some people that I want to change"
  // is its words 30-40.
  EXPECT_EQ(r.relations.root_begin[bbc], 30u);
  EXPECT_EQ(r.relations.root_end[bbc], 40u);
  EXPECT_EQ(r.relations.root_begin[hill], 33u);
}

TEST_F(RealMatchingTest, ExcerptsOfASplitQuoteJoinItsWholeAndItsParts) {
  // Politico split Obama's Cuba statement around its attribution; USA TODAY quoted 12 words
  // of the first part, CNN the second part.
  const RunResult& r = *result_;
  const uint32_t first = ClaimWith("Politico", "We will end an outdated approach");
  const uint32_t second = ClaimWith("Politico", "Neither the American nor the Cuban people");
  const uint32_t usa = ClaimWith("USA TODAY", "an outdated approach that, for decades");
  const uint32_t cnn = ClaimWith("CNN (Web News)", "Neither the American nor Cuban people");
  EXPECT_EQ(r.cluster_of[second], r.cluster_of[first]);
  EXPECT_EQ(r.cluster_of[usa], r.cluster_of[first]);
  EXPECT_EQ(r.cluster_of[cnn], r.cluster_of[first]);
  EXPECT_EQ(r.relations.relation[first], Relation::kPart);
  EXPECT_EQ(r.relations.relation[usa], Relation::kExcerpt);
  // The root is Politico's joined quote, not any one claim.
  const auto root = r.relations.root_text.find(r.cluster_of[first]);
  ASSERT_NE(root, r.relations.root_text.end());
  EXPECT_TRUE(absl::StartsWith(root->second, "We will end an outdated approach"));
  EXPECT_TRUE(absl::StrContains(root->second, "before most of us were born"));
}

// The invariant of the matching model: every member of a cluster is near-identical to, or
// contained in, the cluster's root.
TEST_F(RealMatchingTest, EveryMemberIsAVariantOrAnExcerptOfItsRoot) {
  const RunResult& r = *result_;
  ASSERT_FALSE(r.clusters.empty());
  for (const ClusterInfo& c : r.clusters) {
    for (const uint32_t m : c.members) {
      const Relation rel = r.relations.relation[m];
      if (rel == Relation::kVariant) {
        EXPECT_GE(r.relations.similarity[m], 0.5) << r.claims.text(m);
      } else {
        EXPECT_GE(r.relations.similarity[m], kMinRunShareForWordOrder) << r.claims.text(m);
        EXPECT_GT(r.relations.root_end[m], r.relations.root_begin[m]) << r.claims.text(m);
      }
    }
  }
}

}  // namespace
}  // namespace claimdup
