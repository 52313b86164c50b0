// AntecedentResolver's place names (antecedents.h): a name the article writes as a place
// (`his home in El Salvador`, `the Rohingya settlement near Kalindi Kunj`, `Masterpiece in
// Lakewood, Colorado,`) is never "he" or "she", though article_people.h reads two capitalized
// words as a full name (nineteenth round (h)). Found once per article, on first use: linear.
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "extract/antecedents.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {

// The end (one past) of the run of capitalized words from `i` (at most kLongNameWords, not
// past a comma, sentence end or quote), or -1 when it ends in a possessive (`in Trump's`) or
// runs on into another capitalized word.
static int PlaceRunEnd(const ArticleTokens& t, int i) {
  int j = i;
  while (j < t.size() && j - i < kLongNameWords && t[j].capitalized && !t[j].all_caps &&
         t[j].quote < 0) {
    ++j;
    // `in Francis’ speech`: a possessive written with the apostrophe alone.
    const absl::string_view gap = t.GapAfter(j - 1);
    if (t[j - 1].possessive || absl::StartsWith(gap, "'") ||
        absl::StartsWith(gap, "\xE2\x80\x99")) {
      return -1;
    }
    if (t[j - 1].comma_after || t[j - 1].sentence_end) return j;
  }
  if (j == i || (j < t.size() && t[j].capitalized)) return -1;
  return j;
}

void AntecedentResolver::FindPlaceNames() const {
  place_names_found_ = true;
  // Prepositions of place only: not `from`/`to`/`with`/`at`/`into` (`a message from Trump`,
  // `a letter to Trump`, `met with Spencer`, `tore into Kavanaugh`), nor `of`.
  static constexpr WordSet kPlacePrepositions{
      {"in", "near", "across", "outside", "inside", "throughout"}};
  // `in May`: a month is no place, and `May` may be Theresa May.
  static constexpr WordSet kMonths{{"january", "february", "march", "april", "may", "june",
                                    "july", "august", "september", "october", "november",
                                    "december"}};
  auto run_name = [&](int b, int e) {
    std::vector<absl::string_view> words;
    for (int k = b; k < e; ++k) words.push_back(t_.Word(k));
    return absl::StrJoin(words, " ");
  };
  auto add = [&](int b, int e) {
    ++place_names_[run_name(b, e)];
    place_starts_.insert(b);
  };
  for (int i = 1; i < t_.size(); ++i) {
    if (t_[i - 1].quote >= 0 || t_[i - 1].comma_after || t_[i - 1].sentence_end ||
        !kPlacePrepositions.contains(t_.Lower(i - 1))) {
      continue;
    }
    // `in both Iraq and Afghanistan`.
    int b = i;
    if (b + 1 < t_.size() && t_.Lower(b) == "both" && !t_[b].comma_after) ++b;
    if (t_[b].quote >= 0 || !t_[b].capitalized || kMonths.contains(t_.Lower(b))) continue;
    const int e = PlaceRunEnd(t_, b);
    if (e < 0) continue;
    add(b, e);
    if (t_[e - 1].sentence_end || e + 1 >= t_.size() || t_[e].quote >= 0 ||
        !t_[e].capitalized) {
      if (!t_[e - 1].comma_after && e + 1 < t_.size() &&
          (t_.Lower(e) == "and" || t_.Lower(e) == "or") && t_[e + 1].capitalized &&
          t_[e + 1].quote < 0) {
        // `in Syria and Iraq`: the place joined to it.
        const int e2 = PlaceRunEnd(t_, e + 1);
        if (e2 > 0) add(e + 1, e2);
      }
      continue;
    }
    // `in Lakewood, Colorado, in 1993`: the state or country after a town's comma, one word
    // closed by a comma or the sentence's end (not `in Tunisia, Abdelkader Amri, told`).
    if (t_[e - 1].comma_after && PlaceRunEnd(t_, e) == e + 1 &&
        (t_[e].comma_after || t_[e].sentence_end)) {
      add(e, e + 1);
    }
  }
}

// True when the capitalized run ending right before token v (`…, Germany, says`) starts
// where the article writes a place.
bool AntecedentResolver::PlaceBefore(int v) const {
  int k = v - 1;
  if (k < 0 || t_[k].quote >= 0 || !t_[k].capitalized || t_[k].sentence_end) return false;
  while (k > 0 && t_[k - 1].capitalized && t_[k - 1].quote < 0 && !t_[k - 1].comma_after &&
         !t_[k - 1].sentence_end && v - k < kLongNameWords) {
    --k;
  }
  return place_starts_.contains(k);
}

// True when `a` has no given name nor title and the article writes its name as a place. One word written so once is a place unless it is a quote's speaker, a
// speech verb's subject (`Tillis says`; but not `in Bremerhaven, Germany, says iron …`, whose
// words right before the verb are the place itself), or the surname of someone the article
// names in full.
bool AntecedentResolver::IsPlaceName(const Antecedent& a) const {
  // `El Salvador`, `North Korean`, `New York`: two words or more opening with a word that
  // opens place names (some given-name lists hold `El`), with no title, name no one, written
  // as a place or not (`Guatemala, El Salvador and Honduras`).
  const size_t space = a.name.find(' ');
  const bool untitled = a.person < 0 || people_.people()[a.person].titles.empty();
  if (space != absl::string_view::npos && untitled &&
      IsPlaceOpener(absl::AsciiStrToLower(a.name.substr(0, space)))) {
    return true;
  }
  if (KnownGender(a) != Gender::kUnknown) return false;
  if (!place_names_found_) FindPlaceNames();
  auto it = place_names_.find(a.name);
  if (it == place_names_.end()) return false;
  if (it->second >= 2 || a.name.find(' ') != absl::string_view::npos) return true;
  if (a.spoke && !a.speech_verb) return false;  // `"…," Tillis said`.
  // A speech verb's subject read back to a place: `in Bremerhaven, Germany, says iron …`.
  if (a.speech_verb) return PlaceBefore(a.token);
  const int p = a.person >= 0 ? a.person : people_.Find(a.name);
  return p < 0 || people_.people()[p].name.find(' ') == std::string::npos;
}

}  // namespace claimdup
