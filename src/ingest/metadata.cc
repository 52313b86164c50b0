#include "ingest/metadata.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace claimdup {
namespace {

bool Digits(absl::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

}  // namespace

std::string NormalizeDate(absl::string_view raw) {
  raw = absl::StripAsciiWhitespace(raw);
  // YYYY-MM-DD
  if (!Digits(raw, 0, 4) || raw.size() < 10 || raw[4] != '-' || !Digits(raw, 5, 2) ||
      raw[7] != '-' || !Digits(raw, 8, 2)) {
    return "";
  }
  const int month = (raw[5] - '0') * 10 + (raw[6] - '0');
  const int day = (raw[8] - '0') * 10 + (raw[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  std::string out(raw.substr(0, 10));
  // Optional time: [T ]HH:MM[:SS]
  if (raw.size() >= 16 && (raw[10] == 'T' || raw[10] == ' ') && Digits(raw, 11, 2) &&
      raw[13] == ':' && Digits(raw, 14, 2)) {
    out += 'T';
    absl::StrAppend(&out, raw.substr(11, 5));
    if (raw.size() >= 19 && raw[16] == ':' && Digits(raw, 17, 2)) {
      absl::StrAppend(&out, raw.substr(16, 3));
    } else {
      out.append(":00");
    }
    if (absl::EndsWith(out, "T00:00:00")) out.resize(10);  // Midnight: a date-only value.
  }
  return out;
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
