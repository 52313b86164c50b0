// NamedBodies' organizations introduced by a noun (named_bodies.h, Introduced): `Muslim
// Advocates, a civil rights group,` or `the group TaxMarch.org` makes the name what a later
// `"…," the group said` stands for (sixteenth round (b)).
#include <algorithm>

#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/named_bodies.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// Lower-case words between the article and the noun: `a civil rights group`.
constexpr int kMaxDescriptionWords = 3;
// `the group` reads back this many paragraphs past its own.
constexpr int kMaxIntroductionParagraphs = 4;
// Introductions looked at per lookup.
constexpr int kMaxIntroductionsScanned = 32;
// Organization mentions looked at between an introduction and the quote.
constexpr int kMaxMentionsScanned = 64;
constexpr int kMaxOrganizationNameWords = 10;

bool IsArticleWord(absl::string_view w) { return w == "a" || w == "an" || w == "the"; }

// The kind a noun names, so that `the group` finds `The nonprofit Appalachian Voices` and
// `the firm` finds `Wigdor LLP, a law company`: nouns of one kind stand for each other.
absl::string_view NounKind(absl::string_view w) {
  if (w == "company" || w == "firm") return "company";
  if (w == "agency") return "agency";
  return "group";  // group, organization, nonprofit, charity, coalition, watchdog.
}

}  // namespace

bool NamedBodies::IsIntroducingNoun(absl::string_view w) {
  static constexpr WordSet kNouns{{"group", "organization", "organisation", "nonprofit", "charity",
                                   "company", "firm", "agency", "coalition", "watchdog"}};
  return kNouns.contains(w);
}

bool NamedBodies::NamesNoPerson(int b, int e) const {
  for (int k = b; k < e; ++k) {
    const absl::string_view w = t_.Lower(k);
    if (IsGivenName(t_.Word(k)) || IsTitleWord(w) || w == "jr" || w == "jr." || w == "sr" ||
        w == "sr.") {
      return false;
    }
  }
  return true;
}

std::string NamedBodies::OrganizationEndingAt(int e, int* begin) const {
  if (e < 0 || !t_[e].capitalized || t_[e].quote >= 0 || t_[e].possessive || t_[e].sentence_end) {
    return "";
  }
  int b = e;
  // Back over capitalized words and the joiners inside a name (`Majeed Brigade of the
  // Balochistan Liberation Organisation`), within the sentence and outside quotes.
  while (b > 0 && e - b + 1 < kMaxOrganizationNameWords) {
    const int k = b - 1;
    if (t_[k].quote >= 0 || t_[k].comma_after || t_[k].sentence_end || t_[k].colon_after ||
        t_[k].in_parens != t_[e].in_parens || t_[k].paragraph != t_[e].paragraph) {
      break;
    }
    const absl::string_view w = t_.Lower(k);
    const bool joiner = !t_[k].capitalized && (w == "of" || w == "for" || w == "and" ||
                                               (w == "the" && k > 0 && t_.Lower(k - 1) == "of"));
    if (!t_[k].capitalized && !joiner) break;
    b = k;
    if (t_[k].possessive) break;  // `America's Voice` opens with it.
  }
  while (b < e && (!t_[b].capitalized || t_.Lower(b) == "the")) ++b;
  if (IsNonNameCapitalized(t_.Lower(b)) || !NamesNoPerson(b, e + 1)) return "";
  // `Instead, the group …`, `Today, a …`: one word opening a sentence must be a name the
  // article capitalizes inside a sentence too.
  if (b == e && b == t_.SentenceBegin(t_.Sentence(b)) &&
      !capitalized_inside_.contains(t_.Word(b))) {
    return "";
  }
  *begin = b;
  return NameText(b, e + 1);
}

// The noun at token `i` introduces a name: `X, a|an|the <words> NOUN` (not `X, a group of
// students`, `Smith, a company spokesman`), or `the <words> NOUN X` (`the group TaxMarch.org`,
// `The nonprofit Appalachian Voices`).
void NamedBodies::AddIntroduction(int i) const {
  if (t_[i].quote >= 0 || t_[i].possessive) return;
  static constexpr WordSet kAfterNoun{
      {"that",          "which",      "whose",     "who",      "based",      "founded", "active",
       "with",          "in",         "for",       "at",       "on",         "led",     "run",
       "known",         "formed",     "created",   "funded",   "backed",     "behind",  "to",
       "representing",  "working",    "dedicated", "devoted",  "opposed",    "seeking", "focused",
       "headquartered", "advocating", "pushing",   "fighting", "campaigning"}};
  const int next = i + 1;
  const bool ends = t_[i].comma_after || t_[i].sentence_end || t_[i].colon_after;
  int d = i - 1;
  while (d >= 0 && i - d <= kMaxDescriptionWords && !IsArticleWord(t_.Lower(d)) &&
         t_[d].quote < 0 && !t_[d].comma_after && !t_[d].sentence_end && !t_[d].possessive) {
    --d;
  }
  if (d < 0 || !IsArticleWord(t_.Lower(d)) || t_[d].quote >= 0 || t_[d].comma_after) return;
  std::string name;
  int name_begin = i;
  if (d > 0 && t_[d - 1].comma_after && t_[d].paragraph == t_[d - 1].paragraph) {
    // An appositive whose noun ends the description, a clause or a comma after it: not `Smith, a
    // company spokesman`, `ProPublica, a nonprofit newsroom`, `X, a group of students`, nor the
    // subject of a verb (`March For Our Lives: Road to Change, the group announced`).
    if (!ends && (next >= t_.size() || t_[next].capitalized || t_[next].quote >= 0 ||
                  !kAfterNoun.contains(t_.Lower(next)))) {
      return;
    }
    name = OrganizationEndingAt(d - 1, &name_begin);
  } else if (t_.Lower(d) == "the" && !ends && next < t_.size() && t_[next].capitalized &&
             t_[next].quote < 0 && t_[next].paragraph == t_[i].paragraph) {
    const int e = NameEnd(next);
    // `the nonprofit Committee for a Responsible Federal Budget`: a name cut short is none.
    const bool cut = e < t_.size() && (t_.Lower(e) == "of" || t_.Lower(e) == "for");
    if (e > next && !cut && NamesNoPerson(next, e) && !IsNonNameCapitalized(t_.Lower(next))) {
      name = NameText(next, e);
      name_begin = next;
    }
  }
  if (!name.empty()) {
    introductions_.push_back({i, name_begin, std::string(t_.Lower(i)), std::move(name)});
  }
}

std::optional<std::string> NamedBodies::Introduced(absl::string_view noun, int position) const {
  FindMentions();
  auto it = std::lower_bound(introductions_.begin(), introductions_.end(), position,
                             [](const Introduction& a, int p) { return a.position < p; });
  const std::string* found = nullptr;
  int found_begin = 0;
  for (int scanned = 0; it != introductions_.begin() && scanned < kMaxIntroductionsScanned;
       ++scanned) {
    --it;
    if (position - it->position > kMaxBodyDistance ||
        t_[position].paragraph - t_[it->position].paragraph > kMaxIntroductionParagraphs) {
      break;
    }
    if (NounKind(it->noun) != NounKind(noun)) continue;
    if (found == nullptr) {
      found = &it->name;
      found_begin = it->name_begin;
    } else if (it->name != *found) {
      return std::nullopt;  // Two organizations of that noun: `the group` is either.
    }
  }
  if (found == nullptr) return std::nullopt;
  // `The Foundation for Individual Rights in Education … said` between the introduction and
  // the quote's sentence: either may be "the group".
  const int until = t_.SentenceBegin(t_.Sentence(position));
  for (int m = FirstMentionFrom(found_begin + 1), scanned = 0;
       m < static_cast<int>(mentions_.size()) && mentions_[m].position < until &&
       scanned < kMaxMentionsScanned;
       ++m, ++scanned) {
    const Mention& other = mentions_[m];
    // A subject needs its verb (`U.S. high school officials are …` names no organization).
    const bool speaks =
        other.subject ? other.verb_follows : !other.noun.empty() && OpensSentence(other.position);
    if (!speaks) continue;
    if (!absl::StrContains(*found, other.name) && !absl::StrContains(other.name, *found)) {
      return std::nullopt;
    }
  }
  return *found;
}

}  // namespace claimdup
