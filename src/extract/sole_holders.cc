// ArticlePeople::SoleHolder (article_people.h): "the Wisconsin senator", "the Republican
// candidate" name the one person the article introduced with that role, when it introduced
// exactly one. Everyone who fits counts, titled before the description or not: two senators
// and "the Wisconsin senator" is nobody; nor is anyone when the article has an unnamed holder
// too (`a spokesperson for the department said`) (nineteenth round (c)).
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "extract/article_people.h"
#include "extract/role_fit.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

constexpr int kMaxIndefiniteWords = 4;  // `a former Obama administration official`.

// "ex-vice" -> "former", "vice": the words role_fit.h reads.
std::vector<std::string> SplitFormer(const std::vector<std::string>& description) {
  std::vector<std::string> out;
  for (const std::string& w : description) {
    if (absl::StartsWith(w, "ex-") && w.size() > 3) {
      out.push_back("former");
      out.push_back(w.substr(3));
    } else {
      out.push_back(w);
    }
  }
  return out;
}

}  // namespace

// Every holder of a role the article does not name: `a spokesperson for the department`, `A
// new pope should be chosen by Easter, a spokesman says`. Not an appositive (`Lombardi, a
// Vatican spokesman`, `A TDCJ spokesman, Jeremy Desel,`), which names its holder. From each
// "a"/"an"/"another", the first word of each office within kMaxIndefiniteWords decides it;
// kept per office: the earliest unnamed one. One pass, on first use.
void ArticlePeople::FindUnnamedHolders() const {
  unnamed_holders_found_ = true;
  static constexpr WordSet kIndefinite{{"a", "an", "another"}};
  const ArticleTokens& t = t_;
  for (int i = 0; i + 1 < t.size(); ++i) {
    if (t[i].quote >= 0 || !kIndefinite.contains(t.Lower(i))) continue;
    if (i > 0 && t[i - 1].comma_after) continue;
    absl::string_view seen[kMaxIndefiniteWords];  // Offices already decided from this i.
    int n_seen = 0;
    for (int j = i + 1; j < t.size() && j <= i + kMaxIndefiniteWords; ++j) {
      if (t[j].quote >= 0) break;
      const absl::string_view office = RoleOffice(t.Lower(j));
      if (std::find(seen, seen + n_seen, office) == seen + n_seen) {
        seen[n_seen++] = office;
        const bool named = t[j].comma_after && j + 1 < t.size() && t[j + 1].capitalized;
        if (!named) {
          const auto [it, added] = unnamed_holder_at_.try_emplace(office, j);
          if (!added) it->second = std::min(it->second, j);
        }
      }
      if (!RunsInto(t[j - 1], t[j])) break;
    }
  }
}

// True when the article, before token `position`, has a holder of `head` it does not name.
bool ArticlePeople::HasUnnamedHolder(absl::string_view head, int position) const {
  if (!unnamed_holders_found_) FindUnnamedHolders();
  const auto it = unnamed_holder_at_.find(head);
  return it != unnamed_holder_at_.end() && it->second < position;
}

int ArticlePeople::SoleHolder(const std::vector<std::string>& words, Gender g,
                              int position) const {
  if (t_.size() == 0) return -1;
  const std::vector<std::string> description = SplitFormer(words);
  const absl::string_view head = DescriptionHead(description);
  if (head.empty()) return -1;
  const uint32_t paragraph = t_[std::min(position, t_.size() - 1)].paragraph;
  int sole = -1, sole_at = -1;
  for (size_t p = 0; p < people_.size(); ++p) {
    const Person& person = people_[p];
    int at = -1;  // The first token of the name this role introduced.
    for (size_t k = 0; k < person.titles.size(); ++k) {
      if (RoleOffice(person.titles[k]) != head) continue;
      at = at < 0 ? person.title_at[k] : std::min(at, person.title_at[k]);
    }
    if (at < 0 || FitRole(description, person.titles) != RoleFit::kFits ||
        !DescribesOnlyHeld(description, person.titles)) {
      continue;
    }
    if (g != Gender::kUnknown && person.gender != Gender::kUnknown && person.gender != g) continue;
    if (!IsClearlyPerson(static_cast<int>(p))) continue;
    if (sole >= 0) return -1;
    sole = static_cast<int>(p);
    sole_at = at;
  }
  // `A new pope should be chosen by Easter, a spokesman says`: a spokesman is named in full
  // or after the role (`spokesman Josh Earnest`), never by one word the role came after;
  // office titles do stand before a lone surname (`President Trump`).
  if (sole >= 0 && head == "spokesman" && people_[sole].name.find(' ') == std::string::npos) {
    return -1;
  }
  // Titled only after the description, in another paragraph: not yet theirs.
  if (sole < 0 || (sole_at >= position && t_[sole_at].paragraph != paragraph)) return -1;
  if (HasUnnamedHolder(head, position)) return -1;
  return sole;
}

}  // namespace claimdup
