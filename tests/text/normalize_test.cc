#include "text/normalize.h"

#include "gtest/gtest.h"
#include "text/shingle.h"
#include "text/spelling_fold.h"
#include "text/utf8.h"

namespace claimdup {
namespace {

std::string N(const std::string& s, bool fold = true) {
  std::string out;
  NormalizeForMatching(s, NormalizeOptions{fold}, &out);
  return out;
}

TEST(NormalizeTest, FoldsQuotesApostrophesDashesAndCase) {
  EXPECT_EQ(N("It\u2019s \u201Cwell-known\u201D -- we DON'T agree\u2026 at all times."),
            "it is well known we do not agree at all times");
  EXPECT_EQ(N("It is well known"), N("It is well-known"));
}

TEST(NormalizeTest, KeepsNumbersDropsPunctuation) {
  EXPECT_EQ(N("(a) 350,000 soldiers by 2014; 21st century!"),
            "a 350 000 soldiers by 2014 21st century");
}

TEST(NormalizeTest, CaseFoldingBeyondAscii) {
  EXPECT_EQ(
      N("\u0421\u0415\u0420\u0413\u0415\u0419 \u041B\u0430\u0432\u0440\u043E\u0432"),
      "\u0441\u0435\u0440\u0433\u0435\u0439 \u043B\u0430\u0432\u0440\u043E\u0432");  // Cyrillic
  EXPECT_EQ(N("\u0391\u0398\u0397\u039D\u0391"), "\u03B1\u03B8\u03B7\u03BD\u03B1");  // Greek
  EXPECT_EQ(N("Alain Jupp\u00E9 \u00C9COLE \u0141\u00F3d\u017A"), "alain juppe ecole lodz");
}

TEST(NormalizeTest, ExoticSpacesSeparateWords) {
  EXPECT_EQ(N("no\u00A0break\u2009thin\u3000wide"), "no break thin wide");
}

TEST(NormalizeTest, UsUkSpellingFoldIsOptional) {
  EXPECT_EQ(N("Our missile defence programme will organise the centre"),
            "our missile defense program will organize the center");
  EXPECT_EQ(N("Our missile defence", /*fold=*/false), "our missile defence");
}

TEST(SpellingFoldTest, SuffixRulesAndExceptions) {
  std::string out;
  const std::vector<std::pair<std::string, std::string>> folded = {
      {"labour", "labor"},
      {"behaviour", "behavior"},
      {"honourable", "honorable"},
      {"favourite", "favorite"},
      {"criticised", "criticized"},
      {"organisations", "organizations"},
      {"analysed", "analyzed"},
      {"travelled", "traveled"},
      {"cancelling", "canceling"},
      {"theatres", "theaters"},
      {"neighbourhood", "neighborhood"},
      // Whole-word spellings, past the filter that spares most words the lookup.
      {"grey", "gray"},
      {"whilst", "while"},
      {"amongst", "among"},
      {"storey", "story"},
      {"kerb", "curb"},
      {"cheque", "check"},
      {"pyjamas", "pajamas"},
      {"encyclopaedia", "encyclopedia"},
      {"litres", "liters"},
      {"metre", "meter"}};
  for (const auto& [uk, us] : folded) {
    ASSERT_TRUE(FoldSpelling(uk, &out)) << uk;
    EXPECT_EQ(out, us);
  }
  for (const char* keep : {"four", "hours", "tourist", "resources", "promise", "advised",
                           "exercise", "raise", "otherwise", "killed", "rise", "devour"}) {
    EXPECT_FALSE(FoldSpelling(keep, &out)) << keep;
  }
}

TEST(ShingleTest, ThreeWordShinglesSortedUnique) {
  std::vector<WordToken> scratch;
  std::vector<uint32_t> set;
  ShingleSet("a b c d a b c", 3, 1, &scratch, &set);
  EXPECT_EQ(set.size(), 4u);  // abc bcd cda dab (abc repeated)
  EXPECT_TRUE(std::is_sorted(set.begin(), set.end()));
}

TEST(ShingleTest, ShortTextIsOneShingleAndEmptyIsNone) {
  std::vector<WordToken> scratch;
  std::vector<uint32_t> a, b, empty;
  ShingleSet("two words", 3, 1, &scratch, &a);
  ShingleSet("two words", 3, 1, &scratch, &b);
  ShingleSet("", 3, 1, &scratch, &empty);
  EXPECT_EQ(a.size(), 1u);
  EXPECT_EQ(a, b);
  EXPECT_TRUE(empty.empty());
}

TEST(ShingleTest, SeedChangesFingerprints) {
  std::vector<WordToken> scratch;
  std::vector<uint32_t> a, b;
  ShingleSet("one two three four", 3, 1, &scratch, &a);
  ShingleSet("one two three four", 3, 2, &scratch, &b);
  EXPECT_NE(a, b);
}

TEST(Utf8Test, RepairReplacesEachInvalidSequence) {
  std::string out;
  EXPECT_EQ(RepairUtf8("ok", &out), 0);
  EXPECT_EQ(out, "ok");
  EXPECT_EQ(RepairUtf8("a\xC3(b\xF0\x9F\x98", &out), 2);  // Truncated 2- and 4-byte sequences.
  EXPECT_EQ(out, "a\xEF\xBF\xBD(b\xEF\xBF\xBD");
  EXPECT_EQ(RepairUtf8("\xED\xA0\x80x", &out), 1);  // A surrogate is invalid.
  EXPECT_TRUE(IsValidUtf8(out));
}

TEST(Utf8Test, DecodeForwardAndBackward) {
  const std::string s = "a\u00E9\u201C\U0001F600";
  int len = 0;
  EXPECT_EQ(DecodeUtf8(s, 1, &len), 0xE9u);
  EXPECT_EQ(len, 2);
  EXPECT_EQ(DecodeUtf8Before(s, s.size(), &len), 0x1F600u);
  EXPECT_EQ(len, 4);
  EXPECT_EQ(DecodeUtf8Before(s, 6, &len), 0x201Cu);
}

}  // namespace
}  // namespace claimdup

namespace claimdup {
namespace {

TEST(NormalizeTest, ContractionsExpandAndPossessivesJoin) {
  EXPECT_EQ(
      N("It's not targeted; we won't, can't, don't. Cannot. They're here, we've gone, I'm in."),
      "it is not targeted we will not can not do not can not they are here we have gone i am in");
  EXPECT_EQ(N("Russia\u2019s deterrent and the ministers' meeting"),
            "russias deterrent and the ministers meeting");
  EXPECT_EQ(N("'Quoted' words"), "quoted words");
}

}  // namespace
}  // namespace claimdup
