// ArticlePeople::BareSurnameSex and ArticlePeople::SexChecked (article_people.h): the sex the
// article itself gives a bare surname, and a person picked for it that the article contradicts.
//
// `President Trump … told Melania Trump that he` or a caption's `Melanie Trump walks …` before
// `President Donald Trump`: Find gives a bare `Trump` to the first full sharer, a relative of
// the other sex. The article says which sex its bare `Trump` is: the courtesy titles written
// on it (`Mr. Trump`, `Ms. Trump`) and the first he/she/his/her after a bare `Trump` in its
// sentence, outside quotes, before another name. When those agree (two or more, none the
// other way, or four to one), a person of the other sex is not who the bare surname names:
// another sharer of the article's sex is, else nobody (the name stays as written). One pass
// over the article's tokens, on first use, for every surname at once (twenty-third round (d)).
#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "extract/article_people.h"
#include "extract/courtesy_titles.h"
#include "extract/given_names.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

constexpr int kPronounReach = 12;  // Tokens after the bare surname searched for a pronoun.
constexpr int kMaxSubjectOpening = 4;   // Capitalized words before a sentence's subject.
constexpr size_t kMaxSurnamesCounted = 4;  // Surnames whose votes one article counts.

// True when token i opens its sentence's subject: only capitalized words before it in the
// sentence (`President Trump`, `But Trump`), none a subordinator (`When Clinton suggested`).
bool OpensItsSentence(const ArticleTokens& t, int i) {
  static constexpr WordSet kSubordinators{{"when", "if", "after", "before", "while", "as",
                                           "because", "although", "though", "since", "until",
                                           "once", "unless", "whether", "where", "of", "for"}};
  const int b = t.SentenceBegin(t.Sentence(i));
  if (i - b > kMaxSubjectOpening) return false;
  for (int k = b; k < i; ++k) {
    if (!t[k].capitalized || t[k].quote >= 0 || kSubordinators.contains(t.Lower(k))) return false;
  }
  return true;
}

// `Donald Trump`, `George W Bush`, `Donald Trump Jr.`: a listed given name, initials, the
// surname and a generational suffix; not `Jackson Jr Jackson`.
bool IsPlainFullName(absl::string_view name) {
  const std::vector<absl::string_view> words = absl::StrSplit(name, ' ');
  if (words.size() < 2 || !IsGivenName(words.front())) return false;
  size_t last = words.size() - 1;
  if (last >= 2 && IsGenerationalSuffix(words[last])) --last;
  for (size_t k = 1; k < last; ++k) {
    if (IsGenerationalSuffix(words[k])) return false;
    if (words[k].size() > 2 && !(words[k].size() <= 4 && words[k].back() == '.')) return false;
  }
  return !IsGenerationalSuffix(words[last]);
}

}  // namespace

ArticlePeople::SexVotes ArticlePeople::CountSurnameSex(absl::string_view surname) const {
  SexVotes votes;
  const ArticleTokens& t = t_;
  if (t.size() == 0) return votes;
  // Only a sentence's first words can open its subject: a few tokens per sentence.
  const int sentences = t.Sentence(t.size() - 1) + 1;
  for (int s = 0; s < sentences; ++s) {
    const int b = t.SentenceBegin(s), e = std::min(t.SentenceEnd(s), b + kMaxSubjectOpening + 1);
    for (int i = b; i < e; ++i) {
      if (!t[i].capitalized) break;  // Only capitalized words before the subject.
      if (t[i].quote >= 0 || t.Word(i) != surname) continue;
      // Bare: no capitalized name word right before it (`Melania Trump`), no courtesy title
      // (`Mrs. Trump` says who that mention is, not who the untitled `Trump` is), and none
      // right after (`Trump Jr.`, `Trump Tower`).
      if (i + 1 < t.size() && t[i + 1].capitalized && t[i + 1].quote < 0 &&
          t.Sentence(i + 1) == s) {
        break;
      }
      if (i > b && (IsCourtesyTitle(t.Lower(i - 1)) || IsGivenName(t.Word(i - 1)))) break;
      if (!OpensItsSentence(t, i)) break;
      const Gender g = SubjectPronounAfter(t, i);
      if (g != Gender::kUnknown) (g == Gender::kMale ? votes.male : votes.female) += 1;
      break;
    }
  }
  return votes;
}

// The sex of the first pronoun that plainly goes back to the subject at token i, in its
// clause: a possessive (`Trump stressed his administration's`, `posted to her official
// Twitter`) or a he/she after a conjunction (`…, and he`); kUnknown at another name, a
// clause word (`that`, `who`: `Clinton suggested that he`, `Clinton, who referenced his`) or
// an object (`called her a`).
Gender ArticlePeople::SubjectPronounAfter(const ArticleTokens& t, int i) const {
  static constexpr WordSet kClauseWords{{"who", "whom", "which", "whose", "if", "whether",
                                         "when", "while", "because", "after", "before", "as",
                                         "since", "until", "where", "though", "although",
                                         "unless", "what"}};
  static constexpr WordSet kObjectFollowers{
      {"that", "to", "and", "or", "a", "an", "the", "in", "on", "at", "for", "with", "as",
       "of", "about", "by", "from", "into", "over", "after", "before", "up", "down", "out",
       "back", "off", "is", "was", "would", "will", "had", "has", "if", "not"}};
  const int s = t.Sentence(i);
  for (int j = i + 1; j < t.size() && j <= i + kPronounReach && t.Sentence(j) == s; ++j) {
    if (t[j].quote >= 0) return Gender::kUnknown;
    const absl::string_view w = t.Lower(j);
    if (kClauseWords.contains(w)) return Gender::kUnknown;
    if (t[j].capitalized && (IsGivenName(t.Word(j)) || by_surname_.contains(t.Word(j)))) {
      return Gender::kUnknown;
    }
    const Gender g = PronounGender(w);
    if (g == Gender::kUnknown) continue;
    if (w == "him") return Gender::kUnknown;
    if (w == "her") {
      // Possessive only: a lower-case word of the sentence after it, no object's follower.
      if (j + 1 >= t.size() || t.Sentence(j + 1) != s || t[j + 1].capitalized ||
          t[j + 1].quote >= 0 || kObjectFollowers.contains(t.Lower(j + 1)) || t[j].comma_after) {
        return Gender::kUnknown;
      }
    }
    return g;
  }
  return Gender::kUnknown;
}

Gender ArticlePeople::BareSurnameSex(absl::string_view surname) const {
  const auto known = by_surname_.find(surname);
  if (known == by_surname_.end()) return Gender::kUnknown;
  const absl::string_view key = known->first;  // Lives as long as this object.
  auto it = surname_sexes_.find(key);
  if (it == surname_sexes_.end()) {
    // A few surnames an article (a woman picked, a shared surname): beyond, nothing is read.
    if (surname_sexes_.size() >= kMaxSurnamesCounted) return Gender::kUnknown;
    it = surname_sexes_.emplace(key, CountSurnameSex(key)).first;
  }
  const int m = it->second.male, f = it->second.female;
  if (m >= 2 && (f == 0 || m >= 4 * f)) return Gender::kMale;
  if (f >= 2 && (m == 0 || f >= 4 * m)) return Gender::kFemale;
  return Gender::kUnknown;
}

int ArticlePeople::SexChecked(int p, absl::string_view surname,
                              const std::vector<std::string>& titles, int position) const {
  if (p < 0 || people_[p].gender == Gender::kUnknown) return p;
  auto it = by_surname_.find(surname);
  if (it == by_surname_.end()) return p;
  // A man alone with his surname is asked nothing (most bare surnames: no pass at all).
  if (people_[p].gender == Gender::kMale && it->second.size() < 2) return p;
  const Gender sex = BareSurnameSex(surname);
  if (sex == Gender::kUnknown || sex == people_[p].gender) return p;
  // `Judge Jackson said` of `U.S. District Judge Amy Berman Jackson`: the titled person.
  if (!titles.empty() && HasTitles(p, titles)) return p;
  // `Clinton declared, "…" … but he said`: the pronoun at the quote outweighs the article's.
  if (PronounAfterBareName(surname, position) == people_[p].gender) return p;
  // A sharer of the article's sex, when plainly named (`Donald Trump`, not a list's `Jackson
  // Jr Jackson`); else the surname as written.
  for (int q : it->second) {
    if (people_[q].gender != sex) continue;
    return IsPlainFullName(people_[q].name) ? q : -1;
  }
  return -1;
}

}  // namespace claimdup
