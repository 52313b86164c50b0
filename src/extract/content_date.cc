#include "extract/content_date.h"

#include <array>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "core/day_number.h"

namespace claimdup {
namespace {

constexpr std::array<absl::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Reads "Month D, YYYY" at the front of `s` into *day; false if it is not there or no day.
bool ReadUsDate(absl::string_view s, absl::CivilDay* day) {
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (!absl::StartsWith(s, kMonths[m]) || s.size() <= kMonths[m].size() ||
        s[kMonths[m].size()] != ' ') {
      continue;
    }
    s.remove_prefix(kMonths[m].size() + 1);
    int dom = 0, digits = 0;
    while (digits < 2 && digits < static_cast<int>(s.size()) && absl::ascii_isdigit(s[digits])) {
      dom = dom * 10 + (s[digits++] - '0');
    }
    if (digits == 0 || !absl::StartsWith(s.substr(digits), ", ")) return false;
    s.remove_prefix(digits + 2);
    if (s.size() < 4) return false;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
      if (!absl::ascii_isdigit(s[i])) return false;
      year = year * 10 + (s[i] - '0');
    }
    if (s.size() > 4 && absl::ascii_isdigit(s[4])) return false;
    const absl::CivilDay parsed(year, static_cast<int>(m) + 1, dom);
    if (parsed.year() != year || parsed.month() != static_cast<int>(m) + 1 ||
        parsed.day() != dom) {
      return false;  // "February 30" normalizes to another day: not a date.
    }
    *day = parsed;
    return true;
  }
  return false;
}

bool IsHandleChar(char c) { return absl::ascii_isalnum(c) || c == '_'; }

}  // namespace

std::string LatestEmbeddedTweetDay(absl::string_view text) {
  bool found = false;
  absl::CivilDay latest;
  for (size_t at = text.find("(@"); at != absl::string_view::npos; at = text.find("(@", at + 2)) {
    size_t end = at + 2;
    while (end < text.size() && end - at - 2 < 16 && IsHandleChar(text[end])) ++end;
    // A handle of 1-15 characters, ")" and one space before the date.
    if (end == at + 2 || end - at - 2 > 15 || end + 1 >= text.size() || text[end] != ')' ||
        text[end + 1] != ' ') {
      continue;
    }
    absl::CivilDay day;
    if (ReadUsDate(text.substr(end + 2), &day) && (!found || day > latest)) {
      latest = day;
      found = true;
    }
  }
  return found ? absl::StrFormat("%04d-%02d-%02d", latest.year(), latest.month(), latest.day())
               : std::string();
}

std::string ContentDate(const std::string& date, absl::string_view text) {
  const int32_t published = DayNumber(date);
  if (published == kUndated) return date;
  const std::string tweet = LatestEmbeddedTweetDay(text);
  if (tweet.empty() || DayNumber(tweet) - published <= kUpdateDays) return date;
  return tweet;
}

}  // namespace claimdup
