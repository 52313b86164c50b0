#include "extract/bylines.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/given_names.h"

namespace claimdup {
namespace {

constexpr int kMaxNameWords = 4;
constexpr int kMaxOutletWords = 8;

bool Capitalized(absl::string_view w) { return !w.empty() && absl::ascii_isupper(w[0]); }

// A name word: capitalized letters with . ' ’ - inside (`O’Brien`, `P.`, `Swenson-Klatt`).
bool IsNameWord(absl::string_view w) {
  if (!Capitalized(w)) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = w[i];
    if (absl::ascii_isalpha(c) || c == '.' || c == '\'' || c == '-' || c >= 0x80) continue;
    return false;
  }
  return true;
}

// An outlet word: capitalized, or a joiner inside a name (`Power Line Blog`, `Foundation for
// Economic Education`, `Fox & Friends`), or digits (`FiveThirtyEight`, `538`).
bool IsOutletWord(absl::string_view w) {
  static constexpr absl::string_view kJoiners[] = {"of", "for", "and", "the", "on", "&"};
  for (absl::string_view j : kJoiners) {
    if (w == j) return true;
  }
  return IsNameWord(w) || (!w.empty() && absl::ascii_isdigit(w[0]));
}

// `Mike Wadman, M.D.`: a degree or suffix after a name, no outlet.
bool IsDegree(absl::string_view w) {
  return w == "M.D." || w == "MD" || w == "Ph.D." || w == "PhD" || w == "Jr." || w == "Sr." ||
         w == "Esq." || w == "R.N." || w == "J.D.";
}

bool IsEditorialSignature(absl::string_view name) {
  return name == "Editorial Board" || name == "The Editorial Board" || name == "The Editors" ||
         name == "Editors" || name == "Editorial Staff";
}

}  // namespace

bool OnlyBlankBetween(absl::string_view text, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to && i < text.size(); ++i) {
    const char c = text[i];
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '-') return false;
  }
  return true;
}

Byline ReadByline(absl::string_view text, Span paragraph) {
  if (paragraph.end <= paragraph.begin || paragraph.end > text.size()) return {};
  absl::string_view p =
      absl::StripAsciiWhitespace(text.substr(paragraph.begin, paragraph.end - paragraph.begin));
  if (p.size() > kMaxBylineBytes || p.find('\n') != absl::string_view::npos) return {};
  const size_t comma = p.find(", ");
  if (comma == absl::string_view::npos || p.find(',', comma + 1) != absl::string_view::npos) {
    return {};
  }
  const absl::string_view name = p.substr(0, comma);
  const absl::string_view outlet = p.substr(comma + 2);
  const std::vector<absl::string_view> name_words = absl::StrSplit(name, ' ');
  const std::vector<absl::string_view> outlet_words = absl::StrSplit(outlet, ' ');
  if (outlet_words.empty() || outlet_words.size() > kMaxOutletWords ||
      !Capitalized(outlet_words.front())) {
    return {};
  }
  for (size_t i = 0; i < outlet_words.size(); ++i) {
    const absl::string_view w = outlet_words[i];
    if (!IsOutletWord(w) || IsDegree(w)) return {};
    // `David Pecker, Barry Levine and Dylan Howard`: a caption naming people, no outlet.
    if (w == "and" && i + 1 < outlet_words.size() && IsGivenName(outlet_words[i + 1])) return {};
  }
  if (IsEditorialSignature(name)) return {std::string(outlet), false};
  if (name_words.size() < 2 || name_words.size() > kMaxNameWords ||
      !IsGivenName(name_words.front())) {
    return {};
  }
  for (absl::string_view w : name_words) {
    if (!IsNameWord(w)) return {};
  }
  return {std::string(name), true};
}

}  // namespace claimdup
