#include "text/ascii_lower.h"

#include <random>
#include <string>

#include "absl/strings/ascii.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

TEST(AsciiLowerCopyTest, LowersOnlyAsciiCapitalsAtEveryOffset) {
  // Every byte value, at every position of the 16-byte blocks and in the tail after them.
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  for (size_t len = 0; len <= all.size(); len += 7) {
    for (size_t start = 0; start + len <= all.size(); start += 37) {
      const std::string piece = all.substr(start, len);
      EXPECT_EQ(AsciiLowerCopy(piece), absl::AsciiStrToLower(piece)) << start << "+" << len;
    }
  }
}

TEST(AsciiLowerCopyTest, RealTextKeepsOffsetsAndUtf8) {
  const std::string text =
      "“We’re going to work on it,” Sen. Dick Durbin (D-Ill.) told CNN’s “State of the "
      "Union.” ÉLYSÉE Ω";
  const std::string lower = AsciiLowerCopy(text);
  ASSERT_EQ(lower.size(), text.size());
  EXPECT_EQ(lower, absl::AsciiStrToLower(text));
  EXPECT_NE(lower.find("sen. dick durbin (d-ill.) told cnn’s"), std::string::npos);
  EXPECT_NE(lower.find("ÉlysÉe Ω"), std::string::npos);  // Non-ASCII letters are left alone.
}

TEST(AsciiLowerCopyTest, MatchesAbslOnRandomBytes) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string s(rng() % 100, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    EXPECT_EQ(AsciiLowerCopy(s), absl::AsciiStrToLower(s));
  }
}

}  // namespace
}  // namespace claimdup
