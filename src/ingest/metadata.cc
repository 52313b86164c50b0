#include "ingest/metadata.h"

#include <optional>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"

namespace claimdup {
namespace {

bool Digits(absl::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

int Num(absl::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool ValidDate(int year, int month, int day) {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

// A valid date-time, or nullopt. A leap second (:60) is read as :59.
std::optional<absl::CivilSecond> MakeTime(int y, int mo, int d, int h, int mi, int s) {
  if (!ValidDate(y, mo, d) || h > 23 || mi > 59 || s > 60) return std::nullopt;
  return absl::CivilSecond(y, mo, d, h, mi, s == 60 ? 59 : s);
}

std::string Format(absl::CivilSecond t) {
  std::string out = absl::StrFormat("%04d-%02d-%02d", t.year(), t.month(), t.day());
  if (t.hour() != 0 || t.minute() != 0 || t.second() != 0) {  // Midnight: a date-only value.
    absl::StrAppendFormat(&out, "T%02d:%02d:%02d", t.hour(), t.minute(), t.second());
  }
  return out;
}

// "Z", "+HH:MM", "+HHMM", "+HH" (or '-') at the start of `s`: the offset in seconds east of
// UTC. nullopt when `s` holds no zone.
std::optional<int> IsoOffset(absl::string_view s) {
  if (s.empty()) return std::nullopt;
  if (s[0] == 'Z' || s[0] == 'z') return 0;
  if ((s[0] != '+' && s[0] != '-') || !Digits(s, 1, 2)) return std::nullopt;
  int minutes = Num(s, 1, 2) * 60;
  if (Digits(s, 3, 2)) {
    minutes += Num(s, 3, 2);
  } else if (s.size() > 3 && s[3] == ':' && Digits(s, 4, 2)) {
    minutes += Num(s, 4, 2);
  }
  return (s[0] == '-' ? -60 : 60) * minutes;
}

// Parses ISO 8601 (raw starts with YYYY-MM-DD); "" when impossible.
std::string IsoDate(absl::string_view raw) {
  const int year = Num(raw, 0, 4), month = Num(raw, 5, 2), day = Num(raw, 8, 2);
  if (!ValidDate(year, month, day)) return "";
  // Optional time: [T ]HH:MM[:SS][.fff][zone]
  if (!(raw.size() >= 16 && (raw[10] == 'T' || raw[10] == ' ') && Digits(raw, 11, 2) &&
        raw[13] == ':' && Digits(raw, 14, 2))) {
    return Format(absl::CivilSecond(year, month, day));
  }
  size_t pos = 16;
  int second = 0;
  if (raw.size() >= 19 && raw[16] == ':' && Digits(raw, 17, 2)) {
    second = Num(raw, 17, 2);
    pos = 19;
  }
  if (pos < raw.size() && (raw[pos] == '.' || raw[pos] == ',')) {
    ++pos;
    while (pos < raw.size() && absl::ascii_isdigit(static_cast<unsigned char>(raw[pos]))) ++pos;
  }
  auto t = MakeTime(year, month, day, Num(raw, 11, 2), Num(raw, 14, 2), second);
  if (!t) return "";
  if (auto offset = IsoOffset(raw.substr(pos))) *t -= *offset;
  return Format(*t);
}

// Epoch seconds (9-10 digits) or milliseconds (12-13 digits), optionally with a fraction.
std::string EpochDate(absl::string_view raw) {
  const absl::string_view whole = raw.substr(0, raw.find('.'));
  int64_t n;
  if (whole.size() < 9 || whole.size() > 13 || whole.size() == 11 ||
      !Digits(whole, 0, whole.size()) || !absl::SimpleAtoi(whole, &n)) {
    return "";
  }
  if (whole.size() >= 12) n /= 1000;
  return Format(absl::CivilSecond(1970, 1, 1, 0, 0, 0) + n);
}

// RFC 2822 / RSS: "[Www, ]D Mon YYYY HH:MM[:SS] [zone]".
std::string Rfc2822Date(absl::string_view raw) {
  std::vector<absl::string_view> t = absl::StrSplit(raw, ' ', absl::SkipEmpty());
  if (!t.empty() && absl::EndsWith(t[0], ",")) t.erase(t.begin());
  if (t.size() < 4 || t.size() > 5) return "";
  static constexpr const char* kMonths[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                              "jul", "aug", "sep", "oct", "nov", "dec"};
  int month = 0;
  for (int m = 0; m < 12; ++m) {
    if (t[1].size() >= 3 && absl::EqualsIgnoreCase(t[1].substr(0, 3), kMonths[m])) month = m + 1;
  }
  int day, year;
  if (month == 0 || !absl::SimpleAtoi(t[0], &day) || !absl::SimpleAtoi(t[2], &year)) return "";
  if (t[2].size() == 2) year += year < 50 ? 2000 : 1900;
  const absl::string_view time = t[3];
  if (!(time.size() >= 5 && Digits(time, 0, 2) && time[2] == ':' && Digits(time, 3, 2))) {
    return "";
  }
  const int second = time.size() >= 8 && time[5] == ':' && Digits(time, 6, 2) ? Num(time, 6, 2) : 0;
  auto when = MakeTime(year, month, day, Num(time, 0, 2), Num(time, 3, 2), second);
  if (!when) return "";
  int offset = 0;
  if (t.size() == 5) {
    static constexpr std::pair<const char*, int> kZones[] = {
        {"GMT", 0},  {"UT", 0},   {"UTC", 0},  {"Z", 0},    {"EST", -5}, {"EDT", -4},
        {"CST", -6}, {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
    bool known = false;
    for (const auto& [name, hours] : kZones) {
      if (absl::EqualsIgnoreCase(t[4], name)) {
        offset = hours * 3600;
        known = true;
      }
    }
    if (!known) {
      auto iso = IsoOffset(t[4]);
      if (!iso) return "";
      offset = *iso;
    }
  }
  return Format(*when - offset);
}

}  // namespace

std::string NormalizeDate(absl::string_view raw) {
  raw = absl::StripAsciiWhitespace(raw);
  if (raw.size() >= 10 && Digits(raw, 0, 4) && raw[4] == '-' && Digits(raw, 5, 2) &&
      raw[7] == '-' && Digits(raw, 8, 2)) {
    return IsoDate(raw);
  }
  if (!raw.empty() && absl::ascii_isdigit(static_cast<unsigned char>(raw[0])) &&
      raw.find(' ') == absl::string_view::npos) {
    return EpochDate(raw);
  }
  return Rfc2822Date(raw);
}

std::string OutletFromUrl(absl::string_view url) {
  size_t start = url.find("://");
  start = (start == absl::string_view::npos) ? 0 : start + 3;
  size_t end = url.find_first_of("/?#", start);
  absl::string_view host =
      url.substr(start, end == absl::string_view::npos ? url.npos : end - start);
  if (size_t at = host.rfind('@'); at != host.npos) host.remove_prefix(at + 1);
  if (size_t colon = host.find(':'); colon != host.npos) host = host.substr(0, colon);
  std::string out = absl::AsciiStrToLower(host);
  if (absl::StartsWith(out, "www.")) out.erase(0, 4);
  return out;
}

}  // namespace claimdup
