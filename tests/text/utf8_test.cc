#include "text/utf8.h"

#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

// The rule, a byte at a time: U+00A0, U+2007, U+2009, U+200A and U+202F become as many
// ASCII spaces as their UTF-8 bytes.
int64_t WidenOneByOne(std::string* text) {
  int64_t replaced = 0;
  std::string& s = *text;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s.compare(i, 2, "\xC2\xA0") == 0) {
      s.replace(i, 2, "  ");
      ++replaced;
    } else if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' &&
               (s[i + 2] == '\x87' || s[i + 2] == '\x89' || s[i + 2] == '\x8A' ||
                s[i + 2] == '\xAF')) {
      s.replace(i, 3, "   ");
      ++replaced;
    }
  }
  return replaced;
}

TEST(WidenUnicodeSpacesTest, RealTextKeepsOffsets) {
  // bfw-0887 (BuzzFeed-Webis) writes no-break spaces between words.
  std::string text = "Kathy Miller\xC2\xA0told reporters on\xE2\x80\xAFMonday, \xE2\x80\x9CNo.\xE2\x80\x9D";
  const size_t size = text.size();
  EXPECT_EQ(WidenUnicodeSpaces(&text), 2);
  EXPECT_EQ(text.size(), size);
  EXPECT_EQ(text, "Kathy Miller  told reporters on   Monday, \xE2\x80\x9CNo.\xE2\x80\x9D");
}

TEST(WidenUnicodeSpacesTest, MatchesTheRuleAtEveryPosition) {
  // Spaces, curly marks and plain words mixed at random, so every kind lands on every offset
  // of the 8-byte blocks the scan skips, and at the very end.
  const std::vector<std::string> pieces = {"a",           "word ",      "\xC2\xA0",
                                           "\xE2\x80\x87", "\xE2\x80\x89", "\xE2\x80\x8A",
                                           "\xE2\x80\xAF", "\xE2\x80\x9C", "\xE2\x80\x94",
                                           "\xC3\xA9",     "\xE2\x80\xA6"};
  std::mt19937 rng(11);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 24);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    std::string expected = text;
    const int64_t expected_count = WidenOneByOne(&expected);
    EXPECT_EQ(WidenUnicodeSpaces(&text), expected_count);
    EXPECT_EQ(text, expected);
  }
}

}  // namespace
}  // namespace claimdup
