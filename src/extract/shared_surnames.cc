// ArticlePeople::NearestSharer (article_people.h): a bare surname two people of the article
// share (`Hal Rogers … "…," Rogers said` beside Mike Rogers) names the one the article last
// named in full before it, in its paragraph or the one before, when that name
//  - is plain: a known given name, initials, the surname (not `Clint Bolick Bush` of a list),
//    and not a spelling of the first one's given name (`Mike` / `Michael Bloomberg`);
//  - is no relative (`her father, Gordon Dise`), nor an object (`under Hillary Clinton`,
//    `prosecuted Charles Kushner`, `son of the Rev. Billy Graham`, `she and Bill Clinton`),
//    a side clause's subject (`when … Mike Pence served`) or an embedded tweet's words;
//  - fits the first he/she after the bare name, outside quotes, in its sentence or the next
//    (`Jill Biden had …` + `Biden said … Glancing at his watch` is Joe); a possessive only
//    when that pronoun rules the other out (`Bill Clinton's affair … "…," Clinton, 73, says
//    of his …`).
// Else -1, and Find's order stands (twenty-second round (f)). Bounded: a walk back through
// two paragraphs' tokens that stops at the first full name, two sentences after.
#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "extract/article_people.h"
#include "extract/given_names.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

constexpr int kAnchorReach = 20;  // Tokens from the attribution's position to the bare name.
constexpr int kRunReach = 6;      // Name and title words walked back over.
constexpr int kKinReach = 3;      // Words before those searched for a kin word.
// Tokens walked back from the bare name for the full name, and forward for a tweet's marks:
// two paragraphs of news are far shorter; a scraped page of one paragraph stays linear.
constexpr int kSharerReach = 600;

// `W.`, `H.W.`: an initial or two inside a name.
bool IsInitial(absl::string_view w) {
  if (w.empty() || w.size() > 4 || !absl::ascii_isupper(static_cast<unsigned char>(w[0]))) {
    return false;
  }
  for (char c : w) {
    if (c != '.' && !absl::ascii_isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "Bill Clinton", "George W Bush": a known given name, initials, then the surname.
bool IsPlainName(absl::string_view name) {
  const std::vector<absl::string_view> words = absl::StrSplit(name, ' ');
  if (words.size() < 2 || !IsGivenName(words.front())) return false;
  for (size_t k = 1; k + 1 < words.size(); ++k) {
    if (words[k].size() > 1) return false;
  }
  return true;
}

// True when the name opening at token i is an object, a side clause's or a relative:
// the lower-case word before its titles (`under Hillary Clinton`, `his late father, Michigan
// Gov. George Romney`, `when Vice President Mike Pence served`).
bool IsSideMention(const ArticleTokens& t, int i) {
  static constexpr WordSet kBefore{
      {"of", "on", "in", "to", "for", "by", "from", "with", "under", "about", "against", "at",
       "than", "like", "between", "after", "before", "during", "including", "into", "over",
       "toward", "towards", "when", "while", "because", "although", "though", "since", "until",
       "if", "whether", "where", "whom", "and", "or", "nor"}};
  int k = i - 1;
  for (int steps = 0; k >= 0 && steps < kRunReach; --k, ++steps) {
    if (t[k].quote >= 0 || t[k].sentence_end) return false;
    const absl::string_view w = t.Lower(k);
    // `former President Bill Clinton`, `Secretary of State Hillary Clinton`; not `picture of`.
    const bool title_of = w == "of" && k > 0 && t[k - 1].capitalized;
    if (title_of) continue;
    if (kBefore.contains(w) || IsKinWord(w)) break;  // Title words include `of`, `for`.
    if (!t[k].capitalized && !IsTitleWord(w) && w != "former") break;
    if (t[k].comma_after) break;  // `Beth Mynett` after `In her divorce filing,`.
  }
  // `son of the Rev. Billy Graham`: past a determiner to the word that governs the name.
  static constexpr WordSet kDeterminers{{"the", "a", "an", "his", "her", "their", "its", "late"}};
  while (k > 0 && !t[k].comma_after && kDeterminers.contains(t.Lower(k)) && t[k - 1].quote < 0 &&
         !t[k - 1].sentence_end) {
    --k;
  }
  if (k < 0 || t[k].quote >= 0 || t[k].sentence_end || t[k].capitalized) return false;
  const absl::string_view w = t.Lower(k);
  if (IsKinWord(w) || kBefore.contains(w)) return true;
  // `son of legendary preacher Billy Graham`, `father, 89-year-old Eugene Campbell`: a kin
  // word a few words before.
  for (int j = k - 1; j >= 0 && j >= k - kKinReach; --j) {
    if (t[j].quote >= 0 || t[j].sentence_end) break;
    if (IsKinWord(t.Lower(j))) return true;
  }
  // `after marrying Michael Haley`, `prosecuted Charles Kushner`: a verb's object.
  return !t[k].comma_after && (absl::EndsWith(w, "ing") || absl::EndsWith(w, "ed"));
}

// True when the paragraph of token i, from i on, holds an embedded tweet's handle or link
// (`Melania Trump says she wishes … https://t.co/… — CNN Politics (@CNNPolitics)`).
bool InTweet(const ArticleTokens& t, int i) {
  const int end = std::min(t.size(), i + kSharerReach);
  for (int k = i; k < end && t[k].paragraph == t[i].paragraph; ++k) {
    const absl::string_view w = t.Word(k);
    if (w.empty()) continue;
    if (w[0] == '@') return true;
    if ((w[0] == 'h' || w[0] == 'p') &&
        (absl::StrContains(w, "t.co/") || absl::StrContains(w, "pic.twitter"))) {
      return true;
    }
  }
  return false;
}

// The sex of the first he/she/his/her after token `from`, outside quotes and not opening a
// reported clause, in its sentence or the next.
Gender PronounAfter(const ArticleTokens& t, int from) {
  const int end = t.SentenceEnd(t.Sentence(from) + 1);
  for (int i = from + 1; i < end; ++i) {
    if (t[i].quote >= 0) continue;
    // `Trump joked that she had bumped into him`: a reported clause's subject is someone else.
    if (i > 0 && (t.Lower(i - 1) == "that" || IsSpeechVerb(t.Lower(i - 1)))) continue;
    const absl::string_view w = t.Lower(i);
    if (w == "he" || w == "his" || w == "him") return Gender::kMale;
    if (w == "she" || w == "her" || w == "hers") return Gender::kFemale;
  }
  return Gender::kUnknown;
}

// True when the surname at token k follows a name word glued to it (`Chelsea Clinton`), not a
// title (`Sen. Graham`): a full name, not the bare one an attribution wrote.
bool AfterGivenName(const ArticleTokens& t, int k) {
  if (k == 0) return false;
  const WordSpan& before = t[k - 1];
  return before.capitalized && before.quote < 0 && !before.sentence_end && !before.comma_after &&
         before.paragraph == t[k].paragraph && !IsTitleWord(t.Lower(k - 1));
}

}  // namespace

int ArticlePeople::BareNameAt(absl::string_view name, int position) const {
  const ArticleTokens& t = t_;
  if (position <= 0 || t.size() == 0) return -1;
  position = std::min(position, t.size() - 1);
  // The bare name itself (not `Chelsea Clinton` between `Clinton,` and `told`): the
  // attribution's position is its verb or the quote.
  for (int d = 0; d <= kAnchorReach; ++d) {
    for (const int k : {position - d, position + d}) {
      if (k >= 0 && k < t.size() && t[k].quote < 0 && t.Word(k) == name &&
          !AfterGivenName(t, k)) {
        return k;
      }
    }
  }
  return -1;
}

Gender ArticlePeople::PronounAfterBareName(absl::string_view name, int position) const {
  const int anchor = BareNameAt(name, position);
  return anchor < 0 ? Gender::kUnknown : PronounAfter(t_, anchor);
}

int ArticlePeople::NearestSharer(absl::string_view name, int position) const {
  auto it = by_surname_.find(name);
  if (it == by_surname_.end() || it->second.size() < 2 || position <= 0) return -1;
  const ArticleTokens& t = t_;
  const int anchor = BareNameAt(name, position);
  if (anchor < 0) return -1;
  const int paragraph = static_cast<int>(t[anchor].paragraph);
  // Back through the two paragraphs to the nearest full name with this surname: a name word
  // (past initials, `George W. Bush`) glued before the surname, outside quotes. A bare surname
  // or a title before it (`President Clinton`) is nobody's full name; read no further then.
  int pick = -1, at = -1, start = -1;
  const int stop = std::max(0, anchor - kSharerReach - 1);
  for (int k = anchor - 1; k > stop && static_cast<int>(t[k].paragraph) >= paragraph - 1; --k) {
    if (t[k].quote >= 0 || t.Word(k) != name) continue;
    int s = k - 1;
    while (s > 0 && s > k - 3 && IsInitial(t.Word(s)) && t[s - 1].quote < 0) --s;
    if (t[s].quote >= 0 || !t[s].capitalized) continue;
    bool glued = true;
    for (int g = s; g < k; ++g) {
      glued = glued && !t[g].sentence_end && !t[g].comma_after && t[g].paragraph == t[k].paragraph;
    }
    if (!glued) continue;
    const absl::string_view given = t.Word(s);
    for (int p : it->second) {
      const absl::string_view full = people_[p].name;
      if (absl::StartsWith(full, given) && full.size() > given.size() &&
          full[given.size()] == ' ') {
        pick = p;
        break;
      }
    }
    if (pick < 0) continue;
    at = k;
    // A possessive's preposition governs the thing owned (`on Bill Clinton's affair`).
    if (people_[pick].relative || !IsPlainName(people_[pick].name) ||
        (!t[k].possessive && IsSideMention(t, s))) {
      return -1;
    }
    start = s;
    break;
  }
  const bool possessive = at >= 0 && t[at].possessive;
  const int first = Find(name);
  if (pick < 0 || first < 0 || pick == first) return -1;
  if (people_[pick].name[0] == people_[first].name[0]) return -1;  // Mike / Michael.
  if (InTweet(t, start)) return -1;
  // A he/she after the bare name rules out a person of the other sex (`Bill` says neither).
  const Gender pronoun = PronounAfter(t, anchor);
  auto fits = [&](int p) {
    const Gender g = people_[p].gender;
    return pronoun == Gender::kUnknown || g == Gender::kUnknown || g == pronoun;
  };
  if (!fits(pick)) return -1;
  if (!fits(first)) return pick;  // The pronoun tells them apart, a possessive too.
  return possessive ? -1 : pick;
}

}  // namespace claimdup
