#include "extract/boilerplate.h"

#include "extract/speaker_names.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

TEST(BoilerplateTest, RecurringParagraphOfAnOutletIsBoilerplate) {
  BoilerplateDetector d(/*min_fraction=*/0.3, /*min_docs=*/50);
  // Outlet 0: the footer (7) is in both articles; outlet 1 has 7 once.
  d.AddDocument(0, {1, 7, 7});
  d.AddDocument(0, {2, 7});
  d.AddDocument(1, {7, 3});
  d.Finish();
  EXPECT_TRUE(d.IsBoilerplate(0, 7));
  EXPECT_FALSE(d.IsBoilerplate(0, 1));
  EXPECT_FALSE(d.IsBoilerplate(1, 7));  // Once in outlet 1: not its boilerplate.
}

TEST(BoilerplateTest, RareRepeatInALargeOutletIsNotBoilerplate) {
  BoilerplateDetector d(0.3, 50);
  for (int i = 0; i < 100; ++i) d.AddDocument(0, {static_cast<uint64_t>(1000 + i), 5});
  d.AddDocument(0, {42});
  d.AddDocument(0, {42});
  d.Finish();
  EXPECT_TRUE(d.IsBoilerplate(0, 5));    // In 100 of 102 articles.
  EXPECT_FALSE(d.IsBoilerplate(0, 42));  // A paragraph reused in 2 of 102: news, not template.
}

// Issue 14, defect 11: a story and its update (most paragraphs shared) are one story, so the
// quote they both carry is not the outlet's boilerplate; neither is an article read twice.
TEST(BoilerplateTest, StoryAndItsUpdateAreOneStory) {
  BoilerplateDetector d(0.3, 50);
  d.AddDocument(0, {10, 11, 12, 13, 42});      // The story, quote paragraph 42.
  d.AddDocument(0, {10, 11, 12, 14, 42, 15});  // Its update.
  d.AddDocument(1, {20, 21, 42});              // The same text twice in outlet 1.
  d.AddDocument(1, {20, 21, 42});
  d.AddDocument(2, {30, 99});  // Outlet 2: a footer (99) under two different stories.
  d.AddDocument(2, {31, 32, 99});
  d.Finish();
  EXPECT_FALSE(d.IsBoilerplate(0, 42));
  EXPECT_FALSE(d.IsBoilerplate(0, 10));
  EXPECT_FALSE(d.IsBoilerplate(1, 42));
  EXPECT_TRUE(d.IsBoilerplate(2, 99));
}

TEST(SpeakerNamesTest, SpellingVariantsFoldToMostUsedFullName) {
  const std::vector<std::string> names = {"",          "Sergei Lavrov",    "Sergey Lavrov",
                                          "Lavrov",    "S. Lavrov",        "Anders Fogh Rasmussen",
                                          "Rasmussen", "Guido Westerwelle"};
  const std::vector<int64_t> counts = {0, 5, 2, 3, 1, 4, 2, 1};
  const auto canon = CanonicalSpeakers(names, counts);
  EXPECT_EQ(canon[2], 1u);
  EXPECT_EQ(canon[3], 1u);
  EXPECT_EQ(canon[4], 1u);
  EXPECT_EQ(canon[6], 5u);
  EXPECT_EQ(canon[7], 7u);
  EXPECT_EQ(canon[0], 0u);
}

TEST(SpeakerNamesTest, DifferentFirstNamesStayApartAndBareSurnameIsNotGuessed) {
  const std::vector<std::string> names = {"", "John Smith", "Mary Smith", "Smith"};
  const auto canon = CanonicalSpeakers(names, {0, 1, 1, 1});
  EXPECT_EQ(canon[1], 1u);
  EXPECT_EQ(canon[2], 2u);
  EXPECT_EQ(canon[3], 3u);  // Two Smiths: "Smith" stays as written.
}

TEST(SpeakerNamesTest, BareSurnameJoinsTheDominantPerson) {
  // AllSides dev half: "Trump" 2756 claims, "Donald Trump" 5724, "Melania Trump" 148;
  // "Clinton" beside Hillary (1228) and Bill (203) Clinton stays as written.
  const std::vector<std::string> names = {
      "", "Donald Trump", "Trump", "Melania Trump", "Clinton", "Hillary Clinton", "Bill Clinton"};
  const auto canon = CanonicalSpeakers(names, {0, 5724, 2756, 148, 54, 1228, 203});
  EXPECT_EQ(canon[2], 1u);
  EXPECT_EQ(canon[3], 3u);
  EXPECT_EQ(canon[4], 4u);
  EXPECT_EQ(canon[5], 5u);
  // AllSides dev half: the Washington Times writes "Bernard Sanders" (65 claims), most outlets
  // "Bernie Sanders" (727); "Sarah Sanders" is another person.
  const std::vector<std::string> sanders = {"", "Bernie Sanders", "Bernard Sanders",
                                            "Sarah Sanders"};
  const auto folded = CanonicalSpeakers(sanders, {0, 727, 65, 336});
  EXPECT_EQ(folded[2], 1u);
  EXPECT_EQ(folded[3], 3u);
}

TEST(SpeakerNamesTest, DifferentMiddleNamesStayApart) {
  // AllSides dev half: the same first and last word folded "House Judiciary Committee" into
  // "House Intelligence Committee", "John Lott Jr" into "John G Roberts Jr" and "New
  // England Cable News" into "New York Daily News".
  const std::vector<std::string> names = {"",
                                          "New York Daily News",
                                          "New England Cable News",
                                          "George W. Bush",
                                          "George H.W. Bush",
                                          "John F. Kennedy",
                                          "John Fitzgerald Kennedy",
                                          "John Kennedy",
                                          "House Intelligence Committee",
                                          "House Judiciary Committee",
                                          "Carmen Yulín Cruz",
                                          "Carmen Yulin Cruz"};
  const auto canon = CanonicalSpeakers(names, {0, 9, 2, 5, 3, 4, 1, 2, 7, 5, 3, 2});
  EXPECT_EQ(canon[1], 1u);
  EXPECT_EQ(canon[2], 2u);
  EXPECT_NE(canon[3], canon[4]);
  EXPECT_EQ(canon[6], 5u);  // An initial agrees with the full middle name.
  EXPECT_EQ(canon[7], 5u);  // No middle name agrees with any.
  EXPECT_EQ(canon[9], 9u);
  EXPECT_EQ(canon[11], 10u);  // A close spelling of the middle name folds.
}

TEST(SpeakerNamesTest, ShortFormsOfGivenNamesFold) {
  // AllSides dev half: "Chuck Schumer" 436 claims, "Charles Schumer" 242.
  const std::vector<std::string> names = {"", "Chuck Schumer", "Charles Schumer",
                                          "Bill Clinton", "William Clinton", "Hillary Clinton"};
  const auto canon = CanonicalSpeakers(names, {0, 436, 242, 197, 3, 1270});
  EXPECT_EQ(canon[2], 1u);
  EXPECT_EQ(canon[4], 3u);
  EXPECT_EQ(canon[5], 5u);
  // AllSides dev half: the Washington Times writes "Bernard Sanders" (65 claims), most outlets
  // "Bernie Sanders" (727); "Sarah Sanders" is another person.
  const std::vector<std::string> sanders = {"", "Bernie Sanders", "Bernard Sanders",
                                            "Sarah Sanders"};
  const auto folded = CanonicalSpeakers(sanders, {0, 727, 65, 336});
  EXPECT_EQ(folded[2], 1u);
  EXPECT_EQ(folded[3], 3u);
}

}  // namespace
}  // namespace claimdup
