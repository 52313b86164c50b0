#include "extract/named_bodies.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/person_names.h"
#include "extract/subject_reader.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// Mentions looked at per lookup: a bound on the cost of one quote.
constexpr int kMaxMentionsScanned = 64;
constexpr int kMaxNameWords = 10;

bool IsNameTitle(absl::string_view w) {
  return w == "mr" || w == "mrs" || w == "ms" || w == "dr" || w == "the" || w == "a" ||
         w == "an";
}

bool IsNameJoiner(absl::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "on";
}

}  // namespace

bool IsBodyNoun(absl::string_view w) {
  static const auto* kNouns =
      new WordSet{"committee", "ministry",   "department", "agency",      "commission",
                  "council",   "bureau",     "institute",  "foundation",  "association",
                  "board",      "corps",      "service",     "organization",
                  "center",    "centers",    "coalition",  "federation",  "court"};
  return kNouns->contains(w);
}

bool IsAuthoredDocumentNoun(absl::string_view w) {
  return w == "report" || w == "study" || w == "paper" || w == "analysis" || w == "survey" ||
         w == "letter" || w == "memo" || w == "filing" || w == "lawsuit";
}

void NamedBodies::FindMentions() const {
  if (found_) return;
  found_ = true;
  const int n = t_.size();
  for (int i = 0; i < n; ++i) {
    if (t_[i].quote >= 0) continue;
    // `A 2006 paper by the Centers for Disease Control`: the document's author.
    if (IsAuthoredDocumentNoun(t_.Lower(i)) && i + 2 < n &&
        (t_.Lower(i + 1) == "by" || t_.Lower(i + 1) == "from")) {
      const int b = i + 2 + (t_.Lower(i + 2) == "the" ? 1 : 0);
      const int e = NameEnd(b);
      if (e > b) mentions_.push_back({b, "", NameText(b, e)});
      continue;
    }
    // `Mr Mueller's report`, `the GAO report`, `a CBO analysis`: the author right before.
    if (IsAuthoredDocumentNoun(t_.Lower(i)) && !t_[i].capitalized && i > 0 &&
        t_[i - 1].capitalized &&
        t_[i - 1].quote < 0 && t_[i - 1].paragraph == t_[i].paragraph) {
      int b = i - 1;
      while (b > 0 && i - b < kMaxNameWords && t_[b - 1].capitalized && t_[b - 1].quote < 0 &&
             !t_[b - 1].comma_after && !t_[b - 1].sentence_end &&
             t_[b - 1].paragraph == t_[i].paragraph) {
        --b;
      }
      // "Mr Mueller's", "Special Counsel Robert Mueller's" -> the name.
      const bool body = IsBodyNoun(t_.Lower(i - 1)) || t_[i - 1].all_caps;  // "Justice Department"
      while (b < i && (IsNameTitle(t_.Lower(b)) || (!body && IsTitleWord(t_.Lower(b))))) ++b;
      if (b < i && !(i - b == 1 && b == t_.SentenceBegin(t_.Sentence(b)))) {
        mentions_.push_back({b, "", NameText(b, i)});
      }
      continue;
    }
    // A capitalized name holding a body noun: `Qatar's Ministry of Foreign Affairs`.
    if (!t_[i].capitalized || (i > 0 && t_[i - 1].capitalized && t_[i - 1].quote < 0 &&
                               t_[i - 1].paragraph == t_[i].paragraph &&
                               !t_[i - 1].sentence_end)) {
      continue;
    }
    const int b = i + (t_.Lower(i) == "the" ? 1 : 0);
    const int e = NameEnd(b);
    for (int k = b; k < e; ++k) {
      if (e - b >= 2 && t_[k].capitalized && IsBodyNoun(t_.Lower(k))) {
        mentions_.push_back({b, std::string(t_.Lower(k)), NameText(b, e), PersonAfterTitle(e)});
        break;
      }
    }
    if (e > i) i = e - 1;
  }
}

int NamedBodies::NameEnd(int b) const {
  int e = b, last_capitalized = b;
  bool body_seen = false;
  while (e < t_.size() && e - b < kMaxNameWords && t_[e].quote < 0 && !t_[e].in_parens &&
         t_[e].paragraph == t_[b].paragraph &&
         (t_[e].capitalized || (e > b && IsNameJoiner(t_.Lower(e))))) {
    // `House Judiciary Committee Chairman Jerrold Nadler`: a title ends the body's name.
    if (body_seen && t_[e].capitalized && IsTitleWord(t_.Lower(e)) && !IsBodyNoun(t_.Lower(e)) &&
        !IsNameJoiner(t_.Lower(e - 1))) {
      break;
    }
    body_seen |= IsBodyNoun(t_.Lower(e));
    ++e;
    if (t_[e - 1].capitalized) last_capitalized = e;
    // A possessive ends the name unless it opens it: `Qatar's Ministry` goes on.
    if (t_[e - 1].comma_after || t_[e - 1].sentence_end || t_[e - 1].colon_after) break;
    if (t_[e - 1].possessive && e - 1 > b) break;
    // `National Association of Manufacturers’ Chad Moutray`: a plural possessive ends it too.
    const uint32_t after = t_[e - 1].span.end;
    if (!t_[e - 1].possessive && after < t_.text().size() && (t_.text()[after] == '\'' || t_.text()[after] == '\xE2')) {
      break;
    }
  }
  return last_capitalized;
}

std::string NamedBodies::NameText(int b, int e) const {
  const uint32_t begin = t_[b].span.begin;
  uint32_t end = t_[e - 1].span.end;
  // "U.N." keeps its last period.
  if (end < t_.text().size() && t_.text()[end] == '.' &&
      t_[e - 1].span.In(t_.text()).find('.') != absl::string_view::npos) {
    ++end;
  }
  absl::string_view name = t_.text().substr(begin, end - begin);
  // `… Chemical Biological Center—a`: a dash glued to the last word ends the name.
  const size_t dash = name.find("\xE2\x80\x94");
  if (dash != absl::string_view::npos) name = name.substr(0, dash);
  return std::string(name);
}

std::optional<std::string> NamedBodies::Resolve(absl::string_view noun, int position) const {
  const bool document = IsAuthoredDocumentNoun(noun);
  if (!document && !IsBodyNoun(noun)) return std::nullopt;
  const int lo = FirstMentionFrom(position);
  for (int m = lo - 1; m >= 0 && lo - m <= kMaxMentionsScanned; --m) {
    const Mention& x = mentions_[m];
    if (position - x.position > kMaxBodyDistance) break;
    if (document ? x.noun.empty() : x.noun == noun) return x.name;
  }
  return std::nullopt;
}

int NamedBodies::FirstMentionFrom(int position) const {
  FindMentions();
  int lo = 0, hi = static_cast<int>(mentions_.size());
  while (lo < hi) {
    const int mid = (lo + hi) / 2;
    if (mentions_[mid].position < position) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

bool NamedBodies::IsBodyName(absl::string_view name) {
  const size_t sp = name.rfind(' ');
  if (sp == absl::string_view::npos) return false;
  const absl::string_view last = name.substr(sp + 1);
  char lower[16];  // Longer than any body noun: no allocation per name.
  if (last.size() > sizeof(lower)) return false;
  for (size_t i = 0; i < last.size(); ++i) lower[i] = absl::ascii_tolower(last[i]);
  return IsBodyNoun(absl::string_view(lower, last.size()));
}

std::string NamedBodies::PersonAfterTitle(int e) const {
  int i = e;
  while (i < t_.size() && i < e + kMaxNameWords && t_[i].quote < 0 && t_[i].capitalized &&
         IsTitleWord(t_.Lower(i)) && !t_[i].comma_after) {
    ++i;
  }
  if (i == e) return "";
  const int b = i;
  // `Patrick Leahy (D-Vt.)`: a party tag is no part of the name.
  while (i < t_.size() && i < b + 3 && t_[i].quote < 0 && t_[i].capitalized && !t_[i].in_parens &&
         !IsTitleWord(t_.Lower(i)) && !(i > b + 1 && absl::StrContains(t_.Word(i), "-"))) {
    ++i;
    if (t_[i - 1].comma_after || t_[i - 1].sentence_end || t_[i - 1].possessive) break;
  }
  return i - b >= 2 ? t_.Join(b, i) : "";
}

NamedBodies::Voice NamedBodies::FullName(absl::string_view name, int position) const {
  const size_t sp = name.rfind(' ');
  if (sp == absl::string_view::npos) return {std::string(name), false};
  const std::string noun = absl::AsciiStrToLower(name.substr(sp + 1));
  const absl::string_view first = name.substr(0, name.find(' '));
  const int lo = FirstMentionFrom(position + kMaxTailWords);
  for (int m = lo - 1; m >= 0 && lo - m <= kMaxMentionsScanned; --m) {
    const Mention& x = mentions_[m];
    if (position - x.position > kMaxBodyDistance) break;
    if (x.noun != noun || !absl::StartsWith(x.name, first)) continue;
    if (!x.person.empty()) return {x.person, true};
    return {x.name, false};
  }
  return {std::string(name), false};
}

}  // namespace claimdup
