#include "eval/quote_eval.h"

#include "gtest/gtest.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::TempDir;
using testing::WriteFile;

// Three true quotes over four outlets; the prediction merges a distractor and misses one copy.
TEST(QuoteEvalTest, PairwiseBcubedAndEditRecall) {
  TempDir tmp;
  WriteFile(
      tmp.File("gold.jsonl"),
      R"({"doc":"d1","outlet":"A","cluster":1,"edit":"original","text":"we need clear guarantees that it is not targeted against us"})"
      "\n"
      R"({"doc":"d2","outlet":"B","cluster":1,"edit":"exact","text":"we need clear guarantees that it is not targeted against us"})"
      "\n"
      R"({"doc":"d3","outlet":"C","cluster":1,"edit":"typo","text":"we need clear guarnatees that it is not targeted against us"})"
      "\n"
      R"({"doc":"d4","outlet":"D","cluster":2,"edit":"near_miss","text":"we need clear guarantees about the shield in europe now"})"
      "\n"
      R"({"doc":"d4","outlet":"D","cluster":3,"edit":"original","text":"security in europe exists only with not against russia"})"
      "\n");
  // Predicted: d1, d2 and the near-miss d4 together; the typo copy d3 apart.
  WriteFile(
      tmp.File("pred/quotes.jsonl"),
      R"({"id":0,"doc":"d1","outlet":"A","text":"We need clear guarantees that it is not targeted against us","cluster":0})"
      "\n"
      R"({"id":1,"doc":"d2","outlet":"B","text":"We need clear guarantees that it is not targeted against us.","cluster":0})"
      "\n"
      R"({"id":2,"doc":"d3","outlet":"C","text":"We need clear guarnatees that it is not targeted against us","cluster":2})"
      "\n"
      R"({"id":3,"doc":"d4","outlet":"D","text":"We need clear guarantees about the shield in Europe now","cluster":0})"
      "\n"
      R"({"id":4,"doc":"d4","outlet":"D","text":"Security in Europe exists only with, not against Russia","cluster":4})"
      "\n");
  auto r = EvaluateQuotes(tmp.File("gold.jsonl"), tmp.path() + "/pred");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->gold_occurrences, 5);
  EXPECT_EQ(r->matched_occurrences, 5);
  // True cross-outlet pairs: (d1,d2) (d1,d3) (d2,d3) = 3. Predicted: (d1,d2) (d1,d4) (d2,d4).
  EXPECT_EQ(r->pairwise.true_pairs, 3);
  EXPECT_EQ(r->pairwise.predicted_pairs, 3);
  EXPECT_EQ(r->pairwise.correct_pairs, 1);
  EXPECT_NEAR(r->pairwise.precision, 1.0 / 3, 1e-9);
  EXPECT_NEAR(r->pairwise.recall, 1.0 / 3, 1e-9);
  EXPECT_EQ(r->by_edit["exact"].occurrences, 1);
  EXPECT_EQ(r->by_edit["exact"].found, 1);
  EXPECT_EQ(r->by_edit["typo"].found, 0);
  EXPECT_EQ(r->near_miss_merged, 1);
  EXPECT_EQ(r->worst_false_merges.size(), 1u);
  EXPECT_EQ(r->worst_misses.size(), 1u);
  // B-cubed precision: d1,d2: 2/3 each; d4: 1/3; d3: 1; d5: 1 -> (2/3+2/3+1+1/3+1)/5.
  EXPECT_NEAR(r->bcubed_precision, (2.0 / 3 + 2.0 / 3 + 1 + 1.0 / 3 + 1) / 5, 1e-9);
  EXPECT_NE(FormatEvalReport(*r).find("pairwise"), std::string::npos);
}

TEST(QuoteEvalTest, MalformedGoldNamesFileAndLine) {
  TempDir tmp;
  WriteFile(tmp.File("gold.jsonl"), "{\"doc\":\"d1\",\"cluster\":1}\n{oops\n");
  WriteFile(tmp.File("pred/quotes.jsonl"), "");
  auto r = EvaluateQuotes(tmp.File("gold.jsonl"), tmp.path() + "/pred");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("gold.jsonl:2: malformed JSON"), absl::string_view::npos);
}

}  // namespace
}  // namespace claimdup
