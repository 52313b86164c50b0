#include "extract/article_people.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_split.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// Longest name read after a title: "Anders Fogh Rasmussen" and a middle initial fit.
constexpr int kMaxNameWords = 4;
// Titles read before a name: "NATO Deputy Secretary General".
constexpr int kMaxTitleWords = 6;

Gender GenderFromTitles(const std::vector<std::string>& titles) {
  for (const std::string& t : titles) {
    if (t == "mr" || t == "sir" || t == "king" || t == "prince" || t == "congressman" ||
        t == "spokesman" || t == "chairman" || t == "councilman") {
      return Gender::kMale;
    }
    if (t == "mrs" || t == "ms" || t == "miss" || t == "dame" || t == "queen" || t == "princess" ||
        t == "congresswoman" || t == "spokeswoman" || t == "chairwoman" || t == "councilwoman") {
      return Gender::kFemale;
    }
  }
  return Gender::kUnknown;
}

bool IsNameWord(const ArticleTokens& t, int j) {
  const WordToken& w = t[j];
  const absl::string_view lw = t.Lower(j);
  return w.quote < 0 && w.capitalized && !w.all_caps && !w.in_parens && !IsTitleWord(lw) &&
         !IsNonNameCapitalized(lw);
}

// Last words that make "Sandy Hook Elementary School" a place or body, not a person.
bool IsOrganizationWord(absl::string_view lower_word) {
  static const auto* kWords =
      new WordSet{"school",   "university",  "college",   "street",  "avenue",     "county",
                  "hospital", "center",      "centre",    "house",   "foundation", "institute",
                  "park",     "river",       "hall",      "church",  "company",    "inc",
                  "group",    "association", "committee", "council", "party",      "department",
                  "news",     "times",       "post",      "journal", "elementary", "city",
                  "state",    "airport",     "bank",      "fund",    "project",    "network",
                  "media",    "press",       "club",      "island",  "bridge"};
  return kWords->contains(lower_word);
}

}  // namespace

std::string Surname(const std::string& name) {
  const size_t sp = name.rfind(' ');
  return sp == std::string::npos ? name : name.substr(sp + 1);
}

ArticlePeople::ArticlePeople(const ArticleTokens& tokens) {
  FindIntroduced(tokens);
  // A person written two ways is named by the spelling the article uses most (the longest on
  // a tie, as AddPerson keeps it).
  for (size_t p = 0; p < people_.size(); ++p) {
    int best = 0;
    for (const auto& [spelling, count] : spellings_[p]) {
      const std::string& cur = people_[p].name;
      if (count > best || (count == best && (spelling.size() > cur.size() ||
                                             (spelling.size() == cur.size() && spelling < cur)))) {
        best = count;
        people_[p].name = spelling;
      }
    }
    Gender g = GenderFromTitles(people_[p].titles);
    const size_t sp = people_[p].name.find(' ');
    if (g == Gender::kUnknown && sp != std::string::npos) {
      g = GivenNameGender(absl::string_view(people_[p].name).substr(0, sp));
    }
    people_[p].gender = g;
  }
  FindMentions(tokens);
}

// Title words that qualify a role rather than name one: "former", "top", "senior".
static bool IsTitleModifier(absl::string_view w) {
  return w == "former" || w == "top" || w == "senior" || w == "acting" || w == "deputy" ||
         w == "chief" || w == "head" || w == "of" || w == "the" || w == "for" || w == "vice" ||
         w == "state" || w == "general";
}

// "Roby, a 39-year-old former Montgomery council member,": a name, a comma, then "a"/"the" and
// a role word within kMaxAppositiveRoleWords.
constexpr int kMaxAppositiveRoleWords = 8;

void ArticlePeople::FindAppositiveIntroductions(const ArticleTokens& t) {
  const int n = t.size();
  for (int i = 0; i + 2 < n; ++i) {
    if (!t[i].comma_after || !IsNameWord(t, i) || t[i].possessive) continue;
    if (i > 0 && t[i - 1].capitalized && t[i - 1].quote < 0 && !t[i - 1].sentence_end) continue;
    const absl::string_view article = t.Lower(i + 1);
    if (article != "a" && article != "an" && article != "the") continue;
    for (int j = i + 2; j < n && j < i + 2 + kMaxAppositiveRoleWords; ++j) {
      if (t[j].quote >= 0) break;
      const absl::string_view w = t.Lower(j);
      if (!t[j].capitalized && IsTitleWord(w) && !IsTitleModifier(w)) {
        AddPerson(std::string(t.Word(i)), {std::string(w)});
        break;
      }
      if (t[j].comma_after || t[j].sentence_end) break;
    }
  }
}

void ArticlePeople::FindIntroduced(const ArticleTokens& t) {
  FindAppositiveIntroductions(t);
  const int n = t.size();
  for (int i = 0; i + 1 < n; ++i) {
    if (t[i].quote >= 0 || !t[i + 1].capitalized) continue;  // Cheap test first.
    const absl::string_view lower = t.Lower(i);
    const bool title = IsTitleWord(lower) && lower != "of" && lower != "the" && lower != "for";
    // "Bill Clinton": a capitalized given name followed by a capitalized surname.
    const bool given = !title && IsNameWord(t, i) && t[i].comma_after == false &&
                       !t[i].sentence_end && IsGivenName(t.Word(i));
    if (!title && !given) continue;
    const int name_begin = given ? i : i + 1;
    int j = i + 1;
    while (j < n && j < name_begin + kMaxNameWords && IsNameWord(t, j)) {
      ++j;
      if (t[j - 1].sentence_end || t[j - 1].comma_after || t[j - 1].colon_after) break;
    }
    if (j == i + 1) continue;
    if (given && (j - i > 3 || IsOrganizationWord(t.Lower(j - 1)))) continue;
    std::vector<std::string> titles;
    if (title) {
      int k = i + 1;
      while (k > 0 && i + 1 - k < kMaxTitleWords) {
        const WordToken& w = t[k - 1];
        if (w.quote >= 0 || w.sentence_end || w.paragraph != t[i].paragraph) break;
        if (!IsTitleWord(t.Lower(k - 1)) && !w.capitalized) break;
        if (k - 1 < i && w.comma_after) break;
        --k;
      }
      for (int k2 = k; k2 <= i; ++k2) titles.emplace_back(t.Lower(k2));
    }
    AddPerson(t.Join(name_begin, j), titles);
    i = j - 1;
  }
}

// Edit distance of two short words, for transliterations (Sergei / Sergey).
static int EditDistance(absl::string_view a, absl::string_view b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// The given names of two spellings of one surname agree: equal, one missing ("Lavrov"), one
// an initial of the other ("S. Lavrov"), or close spellings (Sergei / Sergey). "Barack Obama"
// and "Michelle Obama" are two people.
static bool SameGivenName(absl::string_view a, absl::string_view b) {
  const size_t sa = a.find(' '), sb = b.find(' ');
  if (sa == absl::string_view::npos || sb == absl::string_view::npos) return true;
  const absl::string_view fa = a.substr(0, sa), fb = b.substr(0, sb);
  if (fa == fb) return true;
  if (fa[0] != fb[0]) return false;
  if (fa.size() <= 2 || fb.size() <= 2) return true;  // "S." / "S"
  return fa.size() <= 16 && fb.size() <= 16 && EditDistance(fa, fb) <= 2;
}

int ArticlePeople::AddPerson(const std::string& name, const std::vector<std::string>& titles) {
  std::vector<int>& same_surname = by_surname_[Surname(name)];
  int p = -1;
  for (int candidate : same_surname) {  // Few people share a surname in one article.
    if (SameGivenName(people_[candidate].name, name)) {
      p = candidate;
      break;
    }
  }
  if (p < 0) {
    p = static_cast<int>(people_.size());
    same_surname.push_back(p);
    people_.push_back({name, titles, Gender::kUnknown});
    spellings_.emplace_back();
  }
  Person& person = people_[p];
  if (std::count(name.begin(), name.end(), ' ') >
      std::count(person.name.begin(), person.name.end(), ' ')) {
    person.name = name;
  }
  if (name.find(' ') != std::string::npos) ++spellings_[p][name];
  for (const std::string& title : titles) {
    if (std::find(person.titles.begin(), person.titles.end(), title) == person.titles.end()) {
      person.titles.push_back(title);
    }
  }
  return p;
}

void ArticlePeople::FindMentions(const ArticleTokens& t) {
  absl::flat_hash_map<std::string, int> by_word;  // Any word of a person's name -> person.
  for (size_t p = 0; p < people_.size(); ++p) {
    for (absl::string_view part : absl::StrSplit(people_[p].name, ' ')) {
      by_word.try_emplace(std::string(part), static_cast<int>(p));
    }
  }
  // "the president" -> the one person introduced with that title ("President Trump").
  absl::flat_hash_map<std::string, int> by_title;  // title -> person, -1 when several.
  for (size_t p = 0; p < people_.size(); ++p) {
    for (const std::string& title : people_[p].titles) {
      auto [slot, inserted] = by_title.try_emplace(title, static_cast<int>(p));
      if (!inserted && slot->second != static_cast<int>(p)) slot->second = -1;
    }
  }
  const int n = t.size();
  for (int i = 0; i < n; ++i) {
    if (t[i].quote >= 0) continue;
    if (!by_title.empty() && i + 2 < n && t.Lower(i) == "the" && !t[i + 2].capitalized &&
        t[i + 1].quote < 0) {
      auto title = by_title.find(t.Lower(i + 1));
      if (title != by_title.end() && title->second >= 0 && IsTitleWord(t.Lower(i + 1)) &&
          t.Lower(i + 1) != "of" && t.Lower(i + 1) != "the") {
        mentions_.push_back({i, title->second, t[i + 1].possessive});
        ++i;
        continue;
      }
    }
    if (!t[i].capitalized) continue;
    auto it = by_word.find(t.Word(i));
    if (it == by_word.end()) continue;
    mentions_.push_back({i, it->second, t[i].possessive});
    // Skip the rest of the same name.
    while (i + 1 < n && t[i + 1].quote < 0) {
      auto next = by_word.find(t.Word(i + 1));
      if (next == by_word.end() || next->second != it->second) break;
      ++i;
      mentions_.back().possessive = t[i].possessive;
    }
  }
}

int ArticlePeople::Find(const std::string& name) const {
  auto it = by_surname_.find(Surname(name));
  if (it == by_surname_.end() || it->second.empty()) return -1;
  for (int p : it->second) {
    if (people_[p].name == name) return p;
  }
  for (int p : it->second) {
    if (SameGivenName(people_[p].name, name)) return p;
  }
  return -1;
}

std::string ArticlePeople::FullName(const std::string& name) const {
  if (name.find(' ') != std::string::npos) return name;
  const int p = Find(name);
  return p < 0 ? name : people_[p].name;
}

Gender ArticlePeople::GenderOf(const std::string& name) const {
  const int p = Find(name);
  if (p >= 0 && people_[p].gender != Gender::kUnknown) return people_[p].gender;
  const size_t sp = name.find(' ');
  return sp == std::string::npos ? Gender::kUnknown
                                 : GivenNameGender(absl::string_view(name).substr(0, sp));
}

bool ArticlePeople::IsClearlyPerson(int p) const {
  static const auto* kPersonal =
      new WordSet{"mr",          "mrs",           "ms",          "miss",           "dr",
                  "sen",         "senator",       "rep",         "representative", "gov",
                  "governor",    "president",     "minister",    "secretary",      "mayor",
                  "judge",       "justice",       "prof",        "professor",      "gen",
                  "ambassador",  "spokesman",     "spokeswoman", "chairman",       "chairwoman",
                  "congressman", "congresswoman", "sir",         "lord",           "king",
                  "queen",       "pope",          "rev",         "reverend"};
  const Person& person = people_[p];
  if (person.gender != Gender::kUnknown || person.name.find(' ') != std::string::npos) {
    return true;
  }
  static const auto* kModifiers = new WordSet{
      "former",  "top", "senior", "acting", "deputy", "chief", "head",     "state",   "foreign",
      "general", "of",  "the",    "for",    "vice",   "prime", "interior", "finance", "defense"};
  for (const std::string& t : person.titles) {
    if (kPersonal->contains(t)) return true;
    if (IsTitleWord(t) && !kModifiers->contains(t)) return true;  // "council member"
  }
  return false;
}

bool ArticlePeople::HasTitles(int p, const std::vector<std::string>& titles) const {
  for (const std::string& w : titles) {
    if (std::find(people_[p].titles.begin(), people_[p].titles.end(), w) ==
        people_[p].titles.end()) {
      return false;
    }
  }
  return true;
}

}  // namespace claimdup
