// FoldLatin / FoldLatinWord: Latin letters without their accents, for matching and name lookups.
#include "text/latin_fold.h"

#include <string>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

std::string Fold(absl::string_view word) {
  char buf[24];
  return std::string(FoldLatinWord(word, buf, sizeof(buf)));
}

TEST(LatinFold, LettersLoseTheirAccents) {
  EXPECT_STREQ(FoldLatin(U'\u00E9'), "e");  // é
  EXPECT_STREQ(FoldLatin(U'\u00D1'), "n");  // Ñ
  EXPECT_STREQ(FoldLatin(U'\u00DF'), "ss");  // ß
  EXPECT_STREQ(FoldLatin(U'\u0141'), "l");  // Ł
  EXPECT_STREQ(FoldLatin(U'\u017E'), "z");  // ž
  EXPECT_EQ(FoldLatin(U'\u00D7'), nullptr);  // ×
  EXPECT_EQ(FoldLatin(U'\u0416'), nullptr);  // Ж
  EXPECT_EQ(FoldLatin(U'a'), nullptr);
}

// Given names as the dumps print them: José Pérez (NYT), Raúl Grijalva (The Hill), Renée
// DiResta (The Atlantic), Łukasz, Zoë.
TEST(LatinFold, WordsAreLowerCasedAndFolded) {
  EXPECT_EQ(Fold("Jos\u00E9"), "jose");
  EXPECT_EQ(Fold("Ra\u00FAl"), "raul");
  EXPECT_EQ(Fold("Ren\u00E9e"), "renee");
  EXPECT_EQ(Fold("\u0141ukasz"), "lukasz");
  EXPECT_EQ(Fold("Zo\u00EB"), "zoe");
  EXPECT_EQ(Fold("Mitch"), "mitch");
}

TEST(LatinFold, OtherScriptsAndOverlongWordsGiveNothing) {
  EXPECT_EQ(Fold("\u0416\u0435\u043D\u044F"), "");  // Cyrillic
  EXPECT_EQ(Fold("Jos\u00E9\u2019s"), "");           // a curly apostrophe is no letter
  EXPECT_EQ(Fold("Abcdefghijklmnopqrstuvwxyz"), "");  // 26 bytes into 24
}

}  // namespace
}  // namespace claimdup
