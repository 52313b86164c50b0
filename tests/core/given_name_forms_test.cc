// The one table of given names written long and short (core/given_name_forms.h), and the
// run's speaker folding that uses it (twenty-third round (f), docs/speaker_rounds.md). Names
// and counts are extracted speakers of the four real dumps (main at 5d0b984): `Jerrold
// Nadler` 133 quotes beside `Jerry Nadler` 75, `Hal Rogers` 20 (AllSides dev half),
// `Beto O’Rourke` 44 / `Beto O'Rourke` 24, `Al Qaeda` 4 beside `Al Gore` 19.
#include "core/given_name_forms.h"

#include <cstdint>
#include <string>
#include <vector>

#include "extract/speaker_names.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

TEST(GivenNameForms, ShortFormsFromBothFormerListsAgreeEitherWay) {
  // Once only in the speaker folding's list.
  EXPECT_TRUE(AreGivenNameForms("ed", "edward", "markey"));
  EXPECT_TRUE(AreGivenNameForms("thomas", "tom", "perez"));
  // Once only in the misattribution leads' list.
  EXPECT_TRUE(AreGivenNameForms("jerry", "jerrold", "nadler"));
  EXPECT_TRUE(AreGivenNameForms("harold", "hal", "rogers"));
  // In both.
  EXPECT_TRUE(AreGivenNameForms("chuck", "charles", "schumer"));
}

TEST(GivenNameForms, UnlistedNamesAndOnePersonsNicknameElsewhereDoNotAgree) {
  EXPECT_FALSE(AreGivenNameForms("hillary", "bill", "clinton"));
  EXPECT_FALSE(AreGivenNameForms("jerry", "jeremy", "brown"));
  EXPECT_FALSE(AreGivenNameForms("al", "ali", "qaeda"));  // Arabic al- is no Alan.
  EXPECT_FALSE(AreGivenNameForms("jake", "james", "sullivan"));
  // Beto is Robert O'Rourke's name, either apostrophe; not every Robert's.
  EXPECT_TRUE(AreGivenNameForms("beto", "robert", "o'rourke"));
  EXPECT_TRUE(AreGivenNameForms("robert", "beto", "o\xE2\x80\x99rourke"));
  EXPECT_FALSE(AreGivenNameForms("beto", "robert", "mueller"));
  EXPECT_FALSE(AreGivenNameForms("beto", "robert", "o'rourkes"));
}

TEST(GivenNameForms, TheRunFoldsJerroldAndJerryNadlerOntoOneName) {
  const std::vector<std::string> names = {"",
                                          "Jerrold Nadler",
                                          "Jerry Nadler",
                                          "Harold Rogers",
                                          "Hal Rogers",
                                          "Jerry Brown",
                                          "Beto O\xE2\x80\x99Rourke",
                                          "Robert O'Rourke",
                                          "Robert Mueller"};
  const std::vector<int64_t> claims = {0, 133, 75, 2, 20, 40, 44, 2, 300};
  const std::vector<int64_t> articles = {0, 60, 40, 1, 8, 20, 20, 1, 150};
  const std::vector<uint32_t> canon = CanonicalSpeakers(names, claims, articles);
  EXPECT_EQ(canon[2], 1u);  // Jerry Nadler -> Jerrold Nadler, the spelling used most.
  EXPECT_EQ(canon[3], 4u);  // Harold Rogers -> Hal Rogers.
  EXPECT_EQ(canon[5], 5u);  // Jerry Brown stays himself.
  EXPECT_EQ(canon[7], 6u);  // Robert O'Rourke -> Beto O’Rourke.
  EXPECT_EQ(canon[8], 8u);
}

}  // namespace
}  // namespace claimdup
