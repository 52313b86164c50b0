// Extraction is linear per record: one paragraph holding thousands of quotes costs in
// proportion to its length (it was quadratic: the paragraph was hashed again per quote and
// pronouns rescanned every mention).
#include <chrono>
#include <string>

#include "extract/claim_extractor.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

// A single-paragraph article with a quote every ~600 bytes, half of them "she said".
std::string OneParagraphArticle(int quotes) {
  std::string text = "Senator Jane Doe spoke to reporters on Tuesday. ";
  const std::string filler =
      "The committee met again on Tuesday to discuss the budget and many other matters of "
      "state that were pending before it this week, including the roads, the schools, the "
      "water system and the long list of requests that the towns sent in over the winter. ";
  for (int i = 0; i < quotes; ++i) {
    text += filler + filler;
    text += "\"We will review proposal number " + std::to_string(i) +
            " carefully and report back soon,\" " + (i % 2 ? "she said. " : "Doe said. ");
  }
  return text;
}

double SecondsToExtract(const std::string& text, int* claims) {
  double best = 1e9;
  for (int run = 0; run < 5; ++run) {  // Best of 5: a busy machine slows single runs.
    ExtractCounts counts;
    const auto start = std::chrono::steady_clock::now();
    *claims = static_cast<int>(ExtractClaims(text, ExtractOptions(), &counts).size());
    best = std::min(
        best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

TEST(ExtractionScalingTest, OneLongParagraphIsLinear) {
  constexpr int kSmall = 1500, kLarge = 6000;  // ~0.9 MB and ~3.6 MB, one paragraph.
  int small_claims = 0, large_claims = 0;
  const double small = SecondsToExtract(OneParagraphArticle(kSmall), &small_claims);
  const double large = SecondsToExtract(OneParagraphArticle(kLarge), &large_claims);
  EXPECT_EQ(small_claims, kSmall);
  EXPECT_EQ(large_claims, kLarge);
  // 4x the text: linear work takes ~4x, quadratic ~16x. A generous bound for noisy machines
  // and sanitizers; the floor keeps timer noise on tiny runs out of it.
  EXPECT_LT(large, 9.0 * std::max(small, 0.01)) << "small " << small << " s, large " << large;
}

TEST(ExtractionScalingTest, EveryQuoteOfALongParagraphKeepsItsSpeaker) {
  ExtractCounts counts;
  const auto claims = ExtractClaims(OneParagraphArticle(200), ExtractOptions(), &counts);
  ASSERT_EQ(claims.size(), 200u);
  for (const ExtractedClaim& c : claims) EXPECT_EQ(c.speaker, "Jane Doe") << c.text;
}

}  // namespace
}  // namespace claimdup
