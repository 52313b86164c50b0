#include "extract/web_junk.h"

#include <array>

#include "absl/strings/string_view.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// Lower-case phrases of sign-up and subscription widgets. Not caption strips (`Image
// copyright Getty Images Image caption …`): a caption names the people of its story, and
// reading past one reached `Major League Baseball` for Colin Kaepernick's words.
constexpr std::array<absl::string_view, 11> kFurniture = {
    "sign up",        "newsletter",       "subscrib",
    "not a robot",    "email address",    "continue reading the main story",
    "privacy policy", "terms of service", "recaptcha",
    "try again later", "advertisement",
};

}  // namespace

bool IsWebFurnitureParagraph(const ArticleTokens& t, int token) {
  const uint32_t p = t[token].paragraph;
  int b = token, e = token + 1;
  while (b > 0 && t[b - 1].paragraph == p) --b;
  while (e < t.size() && t[e].paragraph == p) ++e;
  // A cheap pre-check: two or more words that open a sign-up phrase (most paragraphs have none).
  static constexpr WordSet kOpeners{{"sign", "newsletter", "newsletters", "subscribe",
                                     "subscribing", "subscribed", "subscription", "subscriber",
                                     "subscribers", "unsubscribe", "robot", "email", "continue",
                                     "privacy", "terms", "recaptcha", "again", "advertisement"}};
  int openers = 0;
  for (int i = b; i < e; ++i) {
    if (t[i].quote >= 0) return false;
    if (kOpeners.contains(t.Lower(i))) ++openers;
  }
  if (openers < 2) return false;
  const absl::string_view text = t.lower().substr(
      t[b].span.begin, t[e - 1].span.end - t[b].span.begin);
  int found = 0;
  for (absl::string_view phrase : kFurniture) {
    if (text.find(phrase) != absl::string_view::npos && ++found >= 2) return true;
  }
  return false;
}

}  // namespace claimdup
