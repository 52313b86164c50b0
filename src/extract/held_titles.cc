// ArticlePeople::TitlesHeldAt (article_people.h): a title the article gives someone only
// paragraphs after a description is not yet theirs where the description stands
// (`"…," the president said in Havana` long before `President Castro then mocked …`; twenty-
// third round (g)). The paragraph rule is SoleHolder's (sole_holders.cc).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/article_people.h"

namespace claimdup {

const std::vector<std::string>& ArticlePeople::TitlesHeldAt(
    int p, int position, std::vector<std::string>* scratch) const {
  const Person& person = people_[p];
  if (t_.size() == 0) return person.titles;
  const int at = std::min(position, t_.size() - 1);
  const uint32_t paragraph = t_[at].paragraph;
  auto late = [&](int k) {
    const int title_at = person.title_at[k];
    return title_at >= position && t_[title_at].paragraph != paragraph;
  };
  const int n = static_cast<int>(person.titles.size());
  int k = 0;
  while (k < n && !late(k)) ++k;
  if (k == n) return person.titles;  // The usual case: no copy.
  scratch->assign(person.titles.begin(), person.titles.begin() + k);
  for (++k; k < n; ++k) {
    if (!late(k)) scratch->push_back(person.titles[k]);
  }
  return *scratch;
}

}  // namespace claimdup
