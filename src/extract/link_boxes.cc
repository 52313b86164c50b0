#include "extract/link_boxes.h"

#include <utility>
#include <vector>

#include "absl/strings/match.h"

namespace claimdup {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return IsUpper(c) || IsLower(c) || IsDigit(c); }
bool IsClauseMark(char c) { return c == ',' || c == ';' || c == ':' || c == '.'; }

// A word of a full name: "Donald", "(Jim)", "J.", "McConnell"; not an all-capitals word
// ("THE", in a transcript in capitals).
bool IsNameWord(absl::string_view w) {
  if (!w.empty() && w.front() == '(') w.remove_prefix(1);
  if (w.empty() || !IsUpper(w.front())) return false;
  if (w.size() == 2 && w[1] == '.') return true;  // An initial.
  for (const char c : w) {
    if (IsLower(c)) return true;
  }
  return false;
}

// The first word of a headline: a capital or a digit ("GOP senators…", "2020 Democrats…").
bool IsHeadlineStart(absl::string_view w) { return IsUpper(w.front()) || IsDigit(w.front()); }

struct Token {
  size_t begin, end;
};

// The words of t[lo, hi): split at spaces and at a glue (a lower-case letter followed by a
// capital or digit: "WarrenWarren", "Sanders2020", and also "McConnell").
void Tokens(absl::string_view t, size_t lo, size_t hi, std::vector<Token>* out) {
  out->clear();
  size_t begin = lo;
  for (size_t i = lo; i <= hi; ++i) {
    const bool space = i == hi || t[i] == ' ' || t[i] == '\n';
    const bool glue = !space && i > begin && IsLower(t[i - 1]) && (IsUpper(t[i]) || IsDigit(t[i]));
    if (space || glue) {
      if (i > begin) out->push_back({begin, i});
      begin = space ? i + 1 : i;
    }
  }
}

// The byte where the box ending at MORE (at `more`) begins: the first word of the full name
// that follows a short name ending in the same word ("Paul Ryan" + "Paul Davis Ryan"), the
// last such repeat before MORE; npos when there is none.
size_t BoxStart(absl::string_view t, size_t lo, size_t more, std::vector<Token>* tokens) {
  Tokens(t, lo, more, tokens);
  const std::vector<Token>& w = *tokens;
  auto word = [&](size_t k) { return t.substr(w[k].begin, w[k].end - w[k].begin); };
  for (size_t j = w.size(); j-- > 1;) {
    // Word j ends the full name: MORE or a headline's first word follows.
    if (j + 1 < w.size() && !IsHeadlineStart(word(j + 1))) continue;
    if (!IsNameWord(word(j))) continue;
    for (size_t i = j - 1; i-- > 0 && j - i - 1 <= static_cast<size_t>(kMaxNameWords);) {
      if (word(i) == word(j)) return w[i + 1].begin;
      if (!IsNameWord(word(i))) break;
    }
  }
  return absl::string_view::npos;
}

}  // namespace

bool MayHaveLinkBoxes(absl::string_view text) {
  return text.find("MORE") != absl::string_view::npos;
}

int BlankLinkBoxes(std::string* text) {
  std::string& t = *text;
  const absl::string_view view(t);
  int boxes = 0;
  std::vector<Token> tokens;
  size_t floor = 0;  // Boxes never overlap: the next one starts after the previous one.
  // MORE after a space, or glued to the name when the box lists no headline.
  for (size_t at = view.find("MORE"); at != absl::string_view::npos;
       at = view.find("MORE", at + 4)) {
    const size_t more_end = at + 4;
    if (at == 0 || (t[at - 1] != ' ' && !IsLower(t[at - 1]))) continue;
    if (more_end < t.size() && IsAlnum(t[more_end])) continue;  // "MOREOVER"
    // A box lies inside one paragraph, within kMaxBoxBytes of its MORE.
    size_t lo = at > kMaxBoxBytes && at - kMaxBoxBytes > floor ? at - kMaxBoxBytes : floor;
    const size_t line = view.rfind('\n', at);
    if (line != absl::string_view::npos && line + 1 > lo) lo = line + 1;
    const size_t start = BoxStart(view, lo, at, &tokens);
    if (start == absl::string_view::npos || start == 0) continue;
    const size_t blank = t[start - 1] == ' ' ? start - 1 : start;
    for (size_t i = blank; i < more_end; ++i) t[i] = ' ';
    // A clause mark after the box goes back against the name ("Anthony Fauci, director of
    // …, told"): readers take "Fauci , director" for no appositive. Not when a closing
    // quote mark follows it (`Clinton<box> MORE."`): a mark after spaces would open a quote.
    const size_t mark = more_end;
    if (mark < t.size() && IsClauseMark(t[mark]) &&
        (mark + 1 == t.size() || t[mark + 1] == ' ' || t[mark + 1] == '\n')) {
      std::swap(t[blank], t[mark]);
    }
    floor = more_end;
    ++boxes;
  }
  return boxes;
}

std::string CollapseSpaces(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (text[i] != ' ') {
      out.push_back(text[i++]);
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] == ' ') ++j;
    // A blanked box before a possessive: "Mueller" + box + "’s" reads "Mueller’s".
    const absl::string_view rest = text.substr(j);
    const bool possessive =
        j - i > 1 && (absl::StartsWith(rest, "\u2019") || absl::StartsWith(rest, "'"));
    if (!possessive) out.push_back(' ');
    i = j;
  }
  return out;
}

}  // namespace claimdup
