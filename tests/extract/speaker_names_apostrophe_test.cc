// Speaker names folded across a run: the two ways outlets write an apostrophe are one name
// (twenty-first round (h), docs/speaker_rounds.md). Names and counts are the AllSides dev
// half's extracted speakers (main at ccf5500): `Beto O’Rourke` 44 quotes beside `Beto
// O'Rourke` 24, `Ford O'Connell` 10 beside `Ford O’Connell` 47, and bare `O’Rourke` 28 /
// `O'Rourke` 10.
#include <cstdint>
#include <string>
#include <vector>

#include "extract/speaker_names.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

TEST(SpeakerNamesApostrophe, CurlyAndStraightApostropheAreOneName) {
  const std::vector<std::string> names = {"",
                                          "Beto O\xE2\x80\x99Rourke",
                                          "Beto O'Rourke",
                                          "Ford O'Connell",
                                          "Ford O\xE2\x80\x99"
                                          "Connell",
                                          "O\xE2\x80\x99Rourke",
                                          "O'Rourke",
                                          "America\xE2\x80\x99s Voice",
                                          "America's Voice"};
  const std::vector<int64_t> claims = {0, 44, 24, 10, 47, 28, 10, 3, 2};
  const std::vector<int64_t> articles = {0, 20, 12, 6, 25, 14, 6, 2, 2};
  const std::vector<uint32_t> canon = CanonicalSpeakers(names, claims, articles);
  EXPECT_EQ(canon[2], 1u);  // The spelling used most.
  EXPECT_EQ(canon[3], 4u);
  EXPECT_EQ(canon[5], 1u);  // The bare surname joins the full name, either spelling.
  EXPECT_EQ(canon[6], 1u);
  EXPECT_EQ(canon[8], 7u);
}

}  // namespace
}  // namespace claimdup
