// SubjectReader's reading of a credit with no verb after a quote that ends in a comma
// (subject_reader.h): `"…," Neil Birrell, chief investment officer at fund manager Premier
// Asset Management.`, `"…," Governor Nikki Haley, a Republican, in a tearful statement.`,
// `"…," Frank Sharry, executive director of America's Voice, a pro-immigration group.` The
// comma inside the quote marks the words after it as its attribution; the sentence gives the
// name and its role and has no verb of its own (twenty-third round (c)). Read only when
// - the quote ends in a comma and the credit runs to the end of its sentence (a full stop),
//   with no other quote, aside or verb of speech in it;
// - the name opens the tail: 2 to 5 capitalized words (titles allowed), no possessive, a
//   given name first after the titles, closed by a comma;
// - every comma-separated part after the name is a role: `a`/`an`/`the …`, `who …`, a
//   lower-case role phrase holding `of`/`at`/`for`/`with`/`in` whose first word is no -s/-ed
//   verb (`informs the paper`, `lashed out on …` are verbs of their own), a short capitalized
//   tag that is no second person (`D-N.Y.`, `Massachusetts Democrat`; not `Michael Scherer`),
//   an age, or, last, `in` and the document or occasion (`in the letter`).
// A second name joined by `and` is a joint credit (reporters' bylines): nobody.
#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/subject_reader.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

constexpr int kMaxCreditNameWords = 5;
constexpr int kMaxCreditTagWords = 4;     // `Massachusetts Democrat`, `D-N.Y.`.
constexpr int kMaxRolePrepositionAt = 5;  // `chief investment officer at`.
constexpr int kMaxOccasionWords = 10;     // `in The Journal of the American Medical …`.

bool IsDeterminerWord(absl::string_view w) { return w == "a" || w == "an" || w == "the"; }

bool IsRolePreposition(absl::string_view w) {
  return w == "of" || w == "at" || w == "for" || w == "with" || w == "in";
}

bool IsDigits(absl::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

Subject SubjectReader::VerblessCredit(int b, int e) const {
  if (b == 0 || b + 2 >= e || t_[b - 1].quote < 0 || !t_[b - 1].comma_after ||
      t_[b - 1].sentence_end || !t_[e - 1].sentence_end) {
    return Subject();
  }
  // A full stop ends the credit: not a question's mark, not a colon.
  const size_t stop = t_[e - 1].span.end;
  if (stop >= t_.text().size() || t_.text()[stop] != '.') return Subject();
  for (int i = b; i < e; ++i) {
    if (t_[i].quote >= 0 || t_[i].in_parens || t_[i].colon_after) return Subject();
    const absl::string_view w = t_.Lower(i);
    if (!t_[i].capitalized && (IsTailSpeechVerb(w) || IsQuotingVerb(w))) return Subject();
    if (w == "and" && i + 1 < e && t_[i + 1].capitalized && IsGivenName(t_.Word(i + 1))) {
      return Subject();
    }
  }
  // The name: capitalized words to a comma, titles first, then a given name.
  int n = b;
  while (n < e && n < b + kMaxCreditNameWords && t_[n].capitalized && !t_[n].possessive) {
    ++n;
    if (t_[n - 1].comma_after) break;
  }
  if (n - b < 2 || !t_[n - 1].comma_after || n >= e) return Subject();
  int g = b;
  while (g < n && IsTitleWord(t_.Lower(g))) ++g;
  if (g + 1 >= n || !IsGivenName(t_.Word(g))) return Subject();
  // Each part after the name is a role, a tag or (last) the occasion.
  for (int s = n; s < e;) {
    int t = s;
    while (t < e && !t_[t].comma_after) ++t;
    t = std::min(t + 1, e);  // [s, t): the part, its comma or full stop on its last word.
    const absl::string_view first = t_.Lower(s);
    bool role = false;
    if (IsDeterminerWord(first) || first == "who") {
      role = true;
    } else if (t_[s].capitalized || IsDigits(first)) {
      // `D-N.Y.`, `Massachusetts Democrat`, `17`: a short tag, no second person.
      role = t - s <= kMaxCreditTagWords && !IsGivenName(t_.Word(s));
      for (int i = s; role && i < t; ++i) role = t_[i].capitalized || IsDigits(t_.Lower(i));
    } else if (first == "in" && t == e) {
      role = t - s <= kMaxOccasionWords && s + 1 < t &&
             (IsDeterminerWord(t_.Lower(s + 1)) || t_[s + 1].capitalized);
    } else if (!absl::EndsWith(first, "s") && !absl::EndsWith(first, "ed")) {
      // `co-founder of …`, `executive director of …`, `chief investment officer at …`.
      for (int i = s + 1; i < t && i <= s + kMaxRolePrepositionAt; ++i) {
        if (IsRolePreposition(t_.Lower(i))) {
          role = true;
          break;
        }
      }
    }
    if (!role) return Subject();
    s = t;
  }
  const Subject name = ParseSubject(t_.text(), t_.lower(), Tokens(b, n));
  return name.kind == Subject::Kind::kName && name.name.find(' ') != std::string::npos
             ? name
             : Subject();
}

}  // namespace claimdup
