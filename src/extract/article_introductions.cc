// How an article introduces its people: a title before a name (`Sen. Dick Durbin`), a name
// then an appositive role (`Roby, a 39-year-old former council member,`), a role then an
// appositive name (`The head of …, Ehab Azmy, told`). The ArticlePeople constructor calls
// these once per article (article_people.h); each is one pass over the tokens.
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "extract/article_people.h"
#include "extract/person_names.h"
#include "extract/role_fit.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {
// Longest name read after a title: "Anders Fogh Rasmussen" and a middle initial fit.
constexpr int kMaxNameWords = 4;
// Titles read before a name: "NATO Deputy Secretary General".
constexpr int kMaxTitleWords = 6;
// Lower-case words inside a title: "Democratic presidential nominee".
constexpr int kMaxTitleDescriptors = 1;

// "presidential", "congressional", "democratic": a descriptor inside a title, not a verb
// ("President Trump commuted Mr. Blagojevich") nor a joint ("Ms. Collins and Senator Paul").
bool IsAdjectiveLike(absl::string_view w) {
  return w.size() > 4 && (absl::EndsWith(w, "al") || absl::EndsWith(w, "ic") ||
                          absl::EndsWith(w, "ive") || absl::EndsWith(w, "ary"));
}

// Verbs of title-case headlines, which run on from a name: `Chris Christie Gets His Own
// Boost`, `Sen. Hatch Faces 'Youth Movement'`, `John McCain Makes An Appeal` (read as the
// people "Chris Christie Gets", "Hatch Faces", whose quotes then went to those names).
bool IsHeadlineVerb(absl::string_view lower_word) {
  static constexpr WordSet kVerbs{
      {"gets",    "faces",  "makes",      "says",     "slams",    "tells",      "wants",
       "calls",   "takes",  "gives",      "defends",  "blasts",   "warns",      "rips",
       "urges",   "admits", "vows",       "fires",    "joins",    "backs",      "hits",
       "seeks",   "plans",  "wins",       "explains", "responds", "reacts",     "talks",
       "pushes",  "denies", "claims",     "asks",     "unveils",  "launches",   "announces",
       "signs",   "drops",  "quits",      "endorses", "attacks",  "criticizes", "praises",
       "accuses", "proves", "loses",      "mocks",    "touts",    "rejects",    "meets",
       "picks",   "sues",   "apologizes", "insists",  "reveals",  "becomes",    "is",
       "was",     "has"}};
  return kVerbs.contains(lower_word);
}

bool IsNameWord(const ArticleTokens& t, int j) {
  const WordSpan& w = t[j];
  const absl::string_view lw = t.Lower(j);
  if (w.quote >= 0 || !w.capitalized || w.all_caps || w.in_parens || IsNonNameCapitalized(lw)) {
    return false;
  }
  // `Gov. Jim Justice`, `Peter King`: a surname that is also a title, after a given name.
  // Never before a given name: `Justice John Roberts`.
  return !IsTitleWord(lw) ||
         (IsSurnameTitle(lw) && j > 0 && t[j - 1].capitalized && IsGivenName(t.Word(j - 1)) &&
          (j + 1 >= t.size() || w.comma_after || w.sentence_end || !t[j + 1].capitalized ||
           t[j + 1].paragraph != w.paragraph || !IsGivenName(t.Word(j + 1))));
}

// Last words that make "Sandy Hook Elementary School" a place or body, not a person (and, from
// the fifteenth round (a), `the Christian Democratic Union`, `Republican National Convention`).
bool IsOrganizationWord(absl::string_view lower_word) {
  static constexpr WordSet kWords{
      {"school",     "university",  "college",    "street",   "avenue",     "county",
       "hospital",   "center",      "centre",     "house",    "foundation", "institute",
       "park",       "river",       "hall",       "church",   "company",    "inc",
       "group",      "association", "committee",  "council",  "party",      "department",
       "news",       "times",       "post",       "journal",  "elementary", "city",
       "state",      "airport",     "bank",       "fund",     "project",    "network",
       "media",      "press",       "club",       "island",   "bridge",     "act",
       "agency",     "commission",  "court",      "office",   "services",   "union",
       "alliance",   "league",      "society",    "movement", "caucus",     "coalition",
       "federation", "forum",       "convention", "academy"}};
  return kWords.contains(lower_word);
}

// True when the name at token i follows a word naming a relative (`first lady Melania Trump`,
// `his son, Eric Trump,`): someone else of the article has that surname.
bool IsAfterKinWord(const ArticleTokens& t, int i) {
  int k = i - 1;
  if (k < 0 || t[k].quote >= 0 || t[k].sentence_end) return false;
  const absl::string_view w = t.Lower(k);
  if (w == "lady") return k > 0 && t.Lower(k - 1) == "first";
  return IsKinWord(w);
}

// Tokens read back from a name for a gallery's `Photos:` label.
constexpr int kMaxCaptionLabelDistance = 10;

// True when token j repeats the name word before it, which ends the name there (twenty-third
// round (e)): a CNN photo gallery glues each caption's subject to the gallery's title
// (`Hide Caption 1 of 16 Photos: Attorney General Eric Holder Holder talks with his father`,
// `Photos: The many facial expressions of Donald Trump Trump speaks …`). A two-word name
// stays as printed (`Abdullah Abdullah, the nation's chief executive`) unless a `Photos:`
// label opens its caption (`Photos: Pope Francis Francis speaks with US President …`).
bool IsRepeatedNameWord(const ArticleTokens& t, int name_begin, int j) {
  if (j <= name_begin ||
      t[j].span.end - t[j].span.begin != t[j - 1].span.end - t[j - 1].span.begin ||
      t.Word(j) != t.Word(j - 1)) {
    return false;
  }
  if (j - name_begin >= 2) return true;
  for (int k = name_begin - 1; k >= 0 && name_begin - k <= kMaxCaptionLabelDistance; --k) {
    if (t[k].quote >= 0 || t[k].paragraph != t[name_begin].paragraph) break;
    if (t[k].colon_after) return t.Lower(k) == "photos";
  }
  return false;
}

}  // namespace

// "Roby, a 39-year-old former Montgomery council member,": a name, a comma, then "a"/"the" and
// a role word within kMaxAppositiveRoleWords.
constexpr int kMaxAppositiveRoleWords = 8;

void ArticlePeople::FindAppositiveIntroductions(const ArticleTokens& t, bool two_words) {
  const int n = t.size();
  for (int i = 0; i + 2 < n; ++i) {
    if (!t[i].comma_after || !IsNameWord(t, i) || t[i].possessive) continue;
    // `Roby, a former council member,`, or two words whose first is a given name outside the
    // list: `Shugufta Zahid, a 55-year-old homemaker and poet,`.
    int b = i;
    const bool after_capitalized =
        i > 0 && t[i - 1].capitalized && t[i - 1].quote < 0 && !t[i - 1].sentence_end;
    if (after_capitalized != two_words) continue;
    if (two_words) {
      b = i - 1;
      if (!IsNameWord(t, b) || t[b].comma_after || t[b].possessive ||
          IsNonNameCapitalized(t.Lower(b)) || IsTitleWord(t.Lower(b))) {
        continue;
      }
      if (b > 0 && t[b - 1].capitalized && t[b - 1].quote < 0 && !t[b - 1].sentence_end) {
        continue;
      }
      // `at Mantyniemi Palace, a residence of the Finnish president,`: a place.
      static constexpr WordSet kPlaceLead{{"in", "at", "to", "from", "of", "into", "near", "on",
                                           "by", "for", "the", "a", "an", "via", "across",
                                           "through", "outside", "toward"}};
      if (b > 0 && !t[b - 1].capitalized && kPlaceLead.contains(t.Lower(b - 1))) continue;
      // `New Jersey, the …`: a place name (surnames such as Park, Hall, Press stay names).
      static constexpr WordSet kPlaceFirstWords{{"new", "north", "south", "east", "west", "united",
                                                 "saint", "san", "los", "las", "fort", "port",
                                                 "mount", "lake", "st"}};
      if (kPlaceFirstWords.contains(t.Lower(b))) continue;
    }
    const absl::string_view article = t.Lower(i + 1);
    if (article != "a" && article != "an" && article != "the") continue;
    for (int j = i + 2; j < n && j < i + 2 + kMaxAppositiveRoleWords; ++j) {
      if (t[j].quote >= 0) break;
      const absl::string_view w = t.Lower(j);
      if (!t[j].capitalized && IsTitleWord(w) && !IsTitleModifier(w)) {
        // A two-word name never shadows a person the article introduced otherwise (`Eric
        // Trump, the president's son,` is not who a bare `Trump` is).
        if (two_words && by_surname_.contains(t.Word(i))) break;
        const std::string name =
            b == i ? std::string(t.Word(i)) : absl::StrCat(t.Word(b), " ", t.Word(i));
        AddPerson(name, {std::string(w)}, b);
        break;
      }
      if (t[j].comma_after || t[j].sentence_end) break;
    }
  }
}

void ArticlePeople::FindIntroduced(const ArticleTokens& t) {
  FindAppositiveIntroductions(t, /*two_words=*/false);
  const int n = t.size();
  for (int i = 0; i + 1 < n; ++i) {
    if (t[i].quote >= 0 || !t[i + 1].capitalized) continue;  // Cheap test first.
    const absl::string_view lower = t.Lower(i);
    // `fans will miss Ryan`: a lower-case "miss" is the verb, no title.
    // `… a check on the president: Note this, from Tom Malinowski`: a title before a colon
    // introduces no one after it (twenty-first round (g)).
    const bool title = IsTitleWord(lower) && lower != "of" && lower != "the" && lower != "for" &&
                       (lower != "miss" || t[i].capitalized) && !t[i].colon_after;
    // "Bill Clinton": a capitalized given name followed by a capitalized surname.
    const bool given = !title && IsNameWord(t, i) && t[i].comma_after == false &&
                       !t[i].sentence_end && !t[i].possessive && IsGivenName(t.Word(i));
    if (!title && !given) continue;
    const int name_begin = given ? i : i + 1;
    int j = i + 1;
    // A headline verb after the name ends it (`Sen. Hatch Faces …`, `Chris Christie Gets …`).
    // `Speaker John A. Boehner`: a middle initial "A." goes on to the surname after it.
    while (j < n && j < name_begin + kMaxNameWords &&
           (IsNameWord(t, j) || (j > name_begin && j + 1 < n && t[j].capitalized &&
                                 IsArticleLikeInitial(t.text(), t[j]) && IsNameWord(t, j + 1))) &&
           t[j].paragraph == t[i].paragraph && !IsRepeatedNameWord(t, name_begin, j) &&
           !(j >= name_begin + (given ? 2 : 1) && IsHeadlineVerb(t.Lower(j)))) {
      ++j;
      // `Georgia's Stacey Abrams Admits Defeat`: a possessive ends a name too.
      if (t[j - 1].sentence_end || t[j - 1].comma_after || t[j - 1].colon_after ||
          t[j - 1].possessive) {
        break;
      }
    }
    if (j == i + 1) continue;
    // `Martin Luther King Jr.`, `John J. Pitney Jr.`: a Jr. or Sr. ends the name and is no word
    // of its length. (A roman numeral is read as no part of it, as by ParseSubject.)
    if (j < n && j - name_begin >= 2 && !IsGenerationalSuffix(t.Word(j - 1)) && t[j].quote < 0 &&
        RunsInto(t[j - 1], t[j]) && !t[j - 1].possessive && !t[j].all_caps &&
        IsGenerationalSuffix(t.Word(j))) {
      ++j;
    }
    const int suffix = j - name_begin >= 3 && IsGenerationalSuffix(t.Word(j - 1)) ? 1 : 0;
    if (given && (j - i - suffix > 3 || IsOrganizationWord(t.Lower(j - 1)))) continue;
    // `Obama used Jim Crow laws …`: a name that stands for a thing introduces no one.
    if (given && j - name_begin == 2 &&
        IsFigureOfSpeechName(t.Word(name_begin), t.Word(name_begin + 1))) {
      continue;
    }
    // "Foreign Intelligence Security Act": a title before a body's name introduces no one.
    if (title && IsOrganizationWord(t.Lower(j - 1))) continue;
    // "former New York City Mayor Michael Bloomberg": a run right before a title word is the
    // title's place or office, not a person; the title introduces the name after it.
    if (title && j < n && t[j].capitalized && !t[j - 1].comma_after && !t[j - 1].sentence_end &&
        IsTitleWord(t.Lower(j)) && t.Lower(j) != "of" && t.Lower(j) != "the" &&
        t.Lower(j) != "for") {
      i = j - 1;
      continue;
    }
    // `the former New York mayor said`, `the former New Jersey governor`: after a modifier
    // ("former", "top"), a run opening like a place name (IsPlaceOpener) right before a
    // lower-case role word is the role's place, not a person (twenty-first round (g)). Not any
    // run: `top Biden adviser` may be the only introduction of Biden.
    if (title && j < n && j - name_begin >= 2 && !t[j].capitalized && t[j].quote < 0 &&
        IsPlaceOpener(t.Lower(name_begin)) && IsTitleModifier(lower) &&
        !t[j - 1].comma_after && !t[j - 1].sentence_end && !t[j - 1].possessive &&
        IsTitleWord(t.Lower(j)) && !IsTitleModifier(t.Lower(j))) {
      i = j - 1;
      continue;
    }
    std::vector<std::string> titles;
    const bool relative = given && IsAfterKinWord(t, i);
    if (title) {
      int k = i + 1, descriptors = 0;
      while (k > 0 && i + 1 - k < kMaxTitleWords) {
        const WordSpan& w = t[k - 1];
        if (w.quote >= 0 || w.sentence_end || w.paragraph != t[i].paragraph) break;
        // "Democratic presidential nominee Hillary Clinton": a lower-case descriptor right
        // before the role, after a capitalized qualifier, keeps the qualifier (the party).
        const bool descriptor = !w.capitalized && k >= 2 && k == i &&
                                descriptors < kMaxTitleDescriptors && t[k - 2].capitalized &&
                                t[k - 2].quote < 0 && !t[k - 2].sentence_end &&
                                !t[k - 2].comma_after && !IsAttachingWord(t.Lower(k - 1)) &&
                                IsAdjectiveLike(t.Lower(k - 1));  // Not "Trump commuted Mr. X"
        if (descriptor) ++descriptors;
        if (!IsTitleWord(t.Lower(k - 1)) && !w.capitalized && !descriptor) break;
        if (k - 1 < i && w.comma_after) break;
        --k;
      }
      for (int k2 = k; k2 <= i; ++k2) titles.emplace_back(SingularTitle(t.Lower(k2)));
    }
    AddPerson(t.Join(name_begin, j), titles, name_begin, relative);
    i = j - 1;
  }
  FindAppositiveIntroductions(t, /*two_words=*/true);
  FindRoleFirstAppositives(t);
}

// Words read back from a role-first appositive's comma for its role word.
constexpr int kMaxRolePhraseWords = 12;

void ArticlePeople::FindRoleFirstAppositives(const ArticleTokens& t) {
  const int n = t.size();
  for (int b = 1; b + 2 < n; ++b) {
    const int i = b + 1;
    if (!t[b - 1].comma_after || t[b - 1].quote >= 0 || !t[i].comma_after || t[b].comma_after ||
        !IsNameWord(t, b) || !IsNameWord(t, i) || t[b].possessive || t[i].possessive ||
        IsTitleWord(t.Lower(b)) || t[b].paragraph != t[i].paragraph ||
        by_surname_.contains(t.Word(i))) {
      continue;
    }
    // The clause before the first comma names a role (`the head of …`, `the campaign's
    // spokeswoman`), in lower case, not a place (`in Cairo, Egypt Air,`).
    std::string role;
    for (int k = b - 1; k >= 0 && b - 1 - k < kMaxRolePhraseWords; --k) {
      if (t[k].quote >= 0 || t[k].sentence_end || (k < b - 1 && t[k].comma_after)) break;
      const absl::string_view w = t.Lower(k);
      // `the head of …`, `the chief of …`: a modifier word is a role here.
      if (!t[k].capitalized && IsTitleWord(w) && !IsAttachingWord(w) && w != "the" &&
          w != "former" && w != "state" && w != "general") {
        role = std::string(w);
        break;
      }
    }
    if (role.empty()) continue;
    AddPerson(absl::StrCat(t.Word(b), " ", t.Word(i)), {role}, b);
  }
}

}  // namespace claimdup
