#include "extract/article_people.h"

#include <algorithm>
#include <bitset>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "extract/courtesy_titles.h"
#include "extract/person_names.h"
#include "extract/role_fit.h"
#include "extract/word_set.h"
#include "text/edit_distance.h"

namespace claimdup {
namespace {

// `role_words`: also the -man / -woman roles, which news writes for either sex ("Senate
// Intelligence Committee Chairman Dianne Feinstein"): weaker than a given name.
Gender GenderFromTitles(const std::vector<std::string>& titles, bool role_words) {
  // Ranks that give a sex; the courtesy titles (Mr, Mrs, Ms, Miss) are courtesy_titles.h's.
  static constexpr WordSet kMale{{"sir", "king", "prince"}};
  static constexpr WordSet kMaleRoles{{"congressman", "spokesman", "chairman", "councilman"}};
  static constexpr WordSet kFemale{{"dame", "queen", "princess"}};
  static constexpr WordSet kFemaleRoles{
      {"congresswoman", "spokeswoman", "chairwoman", "councilwoman"}};
  for (const std::string& t : titles) {
    const Gender courtesy = CourtesyTitleGender(t);
    if (courtesy != Gender::kUnknown) return courtesy;
    if (kMale.contains(t) || (role_words && kMaleRoles.contains(t))) return Gender::kMale;
    if (kFemale.contains(t) || (role_words && kFemaleRoles.contains(t))) return Gender::kFemale;
  }
  return Gender::kUnknown;
}

}  // namespace

absl::string_view Surname(absl::string_view name) {
  const size_t sp = name.rfind(' ');
  return sp == absl::string_view::npos ? name : name.substr(sp + 1);
}

// A surname alone: one word, or words opened by a name particle (`de Blasio`, `bin Laden`,
// `De Blasio`), which is no given name. Not `Van`, `Al`, `Abu`, `El`, also given names or
// forenames (`Van Jones`, `Al Gore`, `Abu Bakr`).
static bool IsBareSurname(absl::string_view name) {
  const size_t sp = name.find(' ');
  if (sp == absl::string_view::npos) return true;
  if (absl::ascii_islower(static_cast<unsigned char>(name[0]))) return true;
  static constexpr WordSet kParticles{{"de", "del", "della", "da", "di", "du", "dos", "von", "der",
                                       "den", "ter", "la", "le", "bin", "ibn"}};
  if (sp > 5) return false;
  char lower[5];
  for (size_t i = 0; i < sp; ++i)
    lower[i] = absl::ascii_tolower(static_cast<unsigned char>(name[i]));
  return kParticles.contains(absl::string_view(lower, sp));
}

ArticlePeople::ArticlePeople(const ArticleTokens& tokens) : t_(tokens) {
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
    Gender g = GenderFromTitles(people_[p].titles, /*role_words=*/false);
    const size_t sp = people_[p].name.find(' ');
    if (g == Gender::kUnknown && sp != std::string::npos) {
      g = GivenNameGender(absl::string_view(people_[p].name).substr(0, sp));
    }
    if (g == Gender::kUnknown) g = GenderFromTitles(people_[p].titles, /*role_words=*/true);
    people_[p].gender = g;
  }
}


// The given names of two spellings of one surname agree: equal, one missing ("Lavrov"), one
// an initial of the other ("S. Lavrov"), or close spellings (Sergei / Sergey). "Barack Obama"
// and "Michelle Obama" are two people.
static bool SameGivenName(absl::string_view a, absl::string_view b) {
  if (IsBareSurname(a) || IsBareSurname(b)) return true;
  const size_t sa = a.find(' '), sb = b.find(' ');
  const absl::string_view fa = a.substr(0, sa), fb = b.substr(0, sb);
  if (fa == fb) return true;
  if (fa[0] != fb[0]) return false;
  if (fa.size() <= 2 || fb.size() <= 2) return true;  // "S." / "S"
  return fa.size() <= 16 && fb.size() <= 16 && EditDistance(fa, fb) <= 2;
}

// The sex a given name or a personal title (`Mr.`, `Mrs.`) gives one spelling of a person.
static Gender SpellingGender(absl::string_view name, const std::vector<std::string>& titles) {
  const Gender g = GenderFromTitles(titles, /*role_words=*/false);
  const size_t sp = name.find(' ');
  if (g != Gender::kUnknown || sp == absl::string_view::npos) return g;
  return GivenNameGender(name.substr(0, sp));
}

// True when `titles` name an office (`president`, `senator`), not only a party or a courtesy.
static bool HoldsOffice(const std::vector<std::string>& titles) {
  const absl::string_view head = DescriptionHead(titles);
  return !head.empty() && head != "republican" && head != "democrat" && head != "gop" &&
         head != "democratic";
}

// Whether the spelling `name` (introduced with `titles`, after a kin word when `relative`) may
// be `person`: `Mr. Trump` is not Melania Trump, nor is `President Obama` Michelle Obama, the
// first lady.
bool ArticlePeople::MayJoin(const Person& person, absl::string_view name,
                            const std::vector<std::string>& titles, bool relative) const {
  if (!SameGivenName(person.name, name)) return false;
  const Gender g = SpellingGender(name, titles);
  const Gender pg = SpellingGender(person.name, person.titles);
  if (g != Gender::kUnknown && pg != Gender::kUnknown && g != pg) return false;
  const bool bare = IsBareSurname(name);
  const bool person_bare = IsBareSurname(person.name);
  // A relative and a bare surname holding an office (`President Trump`, `Sen. Kennedy`) are
  // two people; other bare forms (`Kushner, a senior adviser,`) may be the relative.
  if (relative && person_bare) return !HoldsOffice(person.titles);
  if (person.relative && bare) return !HoldsOffice(titles);
  return true;
}

int ArticlePeople::AddPerson(const std::string& name, const std::vector<std::string>& titles,
                             int at, bool relative) {
  std::vector<int>& same_surname = by_surname_[std::string(Surname(name))];
  // Few people share a surname in one article. `Mrs. Obama` joins the person who takes her
  // pronoun (first lady Michelle Obama) before one of unknown sex (President Obama).
  int p = -1;
  const Gender g = SpellingGender(name, titles);
  for (int candidate : same_surname) {
    if (!MayJoin(people_[candidate], name, titles, relative)) continue;
    if (p < 0) p = candidate;
    if (g != Gender::kUnknown &&
        SpellingGender(people_[candidate].name, people_[candidate].titles) == g) {
      p = candidate;
      break;
    }
  }
  if (p < 0) {
    p = static_cast<int>(people_.size());
    same_surname.push_back(p);
    people_.push_back({name, titles, absl::InlinedVector<int, 4>(titles.size(), at), at,
                       Gender::kUnknown, relative});
    spellings_.emplace_back();
  }
  Person& person = people_[p];
  person.first_at = std::min(person.first_at, at);
  if (std::count(name.begin(), name.end(), ' ') >
      std::count(person.name.begin(), person.name.end(), ' ')) {
    person.name = name;
  }
  if (!IsBareSurname(name)) ++spellings_[p][name];
  for (const std::string& title : titles) {
    auto held = std::find(person.titles.begin(), person.titles.end(), title);
    if (held == person.titles.end()) {
      person.titles.push_back(title);
      person.title_at.push_back(at);
    } else {
      int& first = person.title_at[held - person.titles.begin()];
      first = std::min(first, at);  // The two-word appositives are read after the rest.
    }
  }
  return p;
}

// (length, first, last byte) of a name word, for the name filter.
static size_t NameKey(absl::string_view w) {
  return (w.size() * 977u + static_cast<uint8_t>(w.front()) * 31u +
          static_cast<uint8_t>(w.back())) &
         4095u;
}

void ArticlePeople::BuildNameIndex() const {
  name_index_built_ = true;
  // Views into people_, which no longer changes: no allocation per name or title.
  // Office holders first: a lone surname is theirs before a relative's, as Find reads it.
  for (const bool owners : {true, false}) {
    for (size_t p = 0; p < people_.size(); ++p) {
      if (owners && !IsSurnameOwner(static_cast<int>(p))) continue;
      for (absl::string_view part : absl::StrSplit(people_[p].name, ' ')) {
        // A particle (`de` of `Bill de Blasio`) names no one alone; `al-Jubeir` does. Nor does
        // the initial `A` or `I` (`John A Boehner`): a word opening `A hundred people …`.
        if (part.empty() || part == "A" || part == "I" ||
            (absl::ascii_islower(static_cast<unsigned char>(part[0])) &&
             part.find('-') == absl::string_view::npos)) {
          continue;
        }
        by_word_.try_emplace(part, static_cast<int>(p));
        name_filter_.set(NameKey(part));
      }
    }
  }
  // "the president" -> the one person introduced with that title ("President Trump").
  for (size_t p = 0; p < people_.size(); ++p) {
    const Person& person = people_[p];
    for (size_t k = 0; k < person.titles.size(); ++k) {
      const std::string& title = person.titles[k];
      if (!IsTitleWord(title) || IsTitleModifier(title)) continue;
      // `Sen. Rand Paul` titled him before a later `Senator Rand Paul` did.
      int at = person.title_at[k];
      const absl::string_view short_form = AbbreviatedTitle(title);
      if (short_form != title) {
        auto held = std::find(person.titles.begin(), person.titles.end(), short_form);
        if (held != person.titles.end()) {
          at = std::min(at, person.title_at[held - person.titles.begin()]);
        }
      }
      auto [slot, inserted] = by_title_.try_emplace(title, TitleHolder{static_cast<int>(p), at});
      if (!inserted && slot->second.person != static_cast<int>(p)) slot->second.person = -1;
    }
  }
}

// True when `word` is one of the space-separated words of `name`.
static bool NameHasWord(absl::string_view name, absl::string_view word) {
  for (absl::string_view part : absl::StrSplit(name, ' ')) {
    if (part == word) return true;
  }
  return false;
}

void ArticlePeople::ScanMentions(int b, int e, std::vector<Mention>* out) const {
  if (people_.empty()) return;
  if (!name_index_built_) BuildNameIndex();
  const ArticleTokens& t = t_;
  for (int i = b; i < e; ++i) {
    if (t[i].quote >= 0) continue;
    if (!by_title_.empty() && i + 2 < e && t.Lower(i) == "the" && !t[i + 2].capitalized &&
        t[i + 1].quote < 0) {
      auto title = by_title_.find(t.Lower(i + 1));
      // Before the title introduced them only for the article's main subject named already
      // (`Donald Trump on Monday defended …` + `the president again denied` + a caption's
      // `U.S. President Donald Trump` later), never for one named only later (`President
      // Ronald Reagan`, 4,700 bytes after `the president said`, of an article on Trump).
      // Later in the same paragraph too (`The foreign minister of Indonesia … said …. He said
      // …. But Foreign Minister Marty Natalegawa added`).
      if (title != by_title_.end() && title->second.person >= 0 &&
          (title->second.at < i || t[title->second.at].paragraph == t[i].paragraph ||
           (people_[title->second.person].first_at < i && IsMostNamed(title->second.person)))) {
        out->push_back({i, title->second.person, t[i + 1].possessive});
        ++i;
        continue;
      }
    }
    if (!t[i].capitalized || !name_filter_.test(NameKey(t.Word(i)))) continue;
    auto it = by_word_.find(t.Word(i));
    if (it == by_word_.end()) continue;
    out->push_back({i, it->second, t[i].possessive});
    const int start = i;
    // Skip the rest of the same name (past a middle initial `A.`, which is not indexed).
    while (i + 1 < e && t[i + 1].quote < 0) {
      const int k = i + 2 < e && IsArticleLikeInitial(t.text(), t[i + 1]) ? i + 2 : i + 1;
      if (t[k].quote >= 0) break;
      auto next = by_word_.find(t.Word(k));
      if (next == by_word_.end()) break;
      if (next->second != it->second) {
        // `Vice President Joe Biden` after `Rep. Joe Salazar`: a given name the index gave to
        // the first person introduced is the next word's person when their name holds it too
        // (twentieth round (j)).
        if (i != start || !NameHasWord(people_[next->second].name, t.Word(i))) break;
        it = next;
        out->back().person = it->second;
      }
      i = k;
      out->back().possessive = t[i].possessive;
    }
  }
}

bool ArticlePeople::IsMostNamed(int p) const {
  if (name_counts_.empty()) {
    // One pass, only for articles whose "the president" comes before the title: rare.
    name_counts_.assign(people_.size(), 0);
    const ArticleTokens& t = t_;
    for (int i = 0; i < t.size(); ++i) {
      if (t[i].quote >= 0 || !t[i].capitalized || !name_filter_.test(NameKey(t.Word(i)))) continue;
      auto it = by_word_.find(t.Word(i));
      if (it == by_word_.end()) continue;
      ++name_counts_[it->second];
      while (i + 1 < t.size() && t[i + 1].quote < 0) {  // The rest of the same name.
        auto next = by_word_.find(t.Word(i + 1));
        if (next == by_word_.end() || next->second != it->second) break;
        ++i;
      }
    }
  }
  for (size_t q = 0; q < name_counts_.size(); ++q) {
    if (static_cast<int>(q) != p && name_counts_[q] >= name_counts_[p]) return false;
  }
  return true;
}

void ArticlePeople::FindMentions() const {
  mentions_found_ = true;
  ScanMentions(0, t_.size(), &mentions_);
}

const std::vector<Mention>& ArticlePeople::MentionsInSentence(int s) const {
  if (mentions_found_) {
    // All mentions are known: cut the sentence out of them (cached like the rest).
    auto [it, inserted] = sentence_mentions_.try_emplace(s);
    if (inserted) {
      const int b = t_.SentenceBegin(s), e = t_.SentenceEnd(s);
      auto m = std::lower_bound(mentions_.begin(), mentions_.end(), b,
                                [](const Mention& x, int pos) { return x.token < pos; });
      for (; m != mentions_.end() && m->token < e; ++m) it->second.push_back(*m);
    }
    return it->second;
  }
  auto [it, inserted] = sentence_mentions_.try_emplace(s);
  if (inserted) ScanMentions(t_.SentenceBegin(s), t_.SentenceEnd(s), &it->second);
  return it->second;
}

bool ArticlePeople::IsSurnameOwner(int p) const {
  // `former President Bill Clinton` beside `Hillary Clinton` keeps no claim on "Clinton".
  const std::vector<std::string>& titles = people_[p].titles;
  if (people_[p].relative || !HoldsOffice(titles) ||
      std::find(titles.begin(), titles.end(), "former") != titles.end()) {
    return false;
  }
  // Only where the surname is shared with a relative: elsewhere the first introduced keeps it.
  for (int other : by_surname_.find(Surname(people_[p].name))->second) {
    if (people_[other].relative) return true;
  }
  return false;
}

int ArticlePeople::Find(absl::string_view name) const {
  auto it = by_surname_.find(Surname(name));
  if (it == by_surname_.end() || it->second.empty()) return -1;
  for (int p : it->second) {
    if (people_[p].name == name) return p;
  }
  // A bare surname is the office holder's before a relative's (`President Trump`, not `first
  // lady Melania Trump`); else the first introduced (`For son Eric Trump, Donald Trump …`).
  const bool bare = IsBareSurname(name);
  int first = -1;
  for (int p : it->second) {
    if (!SameGivenName(people_[p].name, name)) continue;
    if (!bare || IsSurnameOwner(p)) return p;
    if (first < 0) first = p;
  }
  return first;
}

std::string ArticlePeople::FullName(absl::string_view name) const {
  if (!IsBareSurname(name)) return std::string(name);
  // `Le Pen` beside Marine, Jean-Marie and Marion Maréchal-Le Pen: a particle surname names
  // the one person who has it, or stays as written.
  if (name.find(' ') != absl::string_view::npos) {
    auto it = by_surname_.find(Surname(name));
    if (it != by_surname_.end() && it->second.size() > 1) return std::string(name);
  }
  const int p = Find(name);
  return p < 0 ? std::string(name) : people_[p].name;
}

std::string ArticlePeople::FullName(absl::string_view name,
                                    const std::vector<std::string>& titles, int position) const {
  // A courtesy title decides first (`Mrs. Obama`); then the full name nearest before. Only a
  // one-word surname two people share gets that far (most subjects: one hash look-up).
  if (name.find(' ') == absl::string_view::npos) {
    auto it = by_surname_.find(name);
    if (it != by_surname_.end() && it->second.size() > 1 &&
        GenderFromTitles(titles, /*role_words=*/false) == Gender::kUnknown) {
      const int p = NearestSharer(name, position);
      if (p >= 0) return people_[p].name;
    }
    // The person Find picks, unless the article gives the bare surname the other sex.
    if (it != by_surname_.end() && GenderFromTitles(titles, /*role_words=*/false) ==
                                       Gender::kUnknown) {
      const int p = Find(name);
      if (p >= 0) {
        const int checked = SexChecked(p, name, titles, position);
        return checked < 0 ? std::string(name) : people_[checked].name;
      }
    }
  }
  return FullName(name, titles);
}

std::string ArticlePeople::FullName(absl::string_view name,
                                    const std::vector<std::string>& titles) const {
  const Gender g = GenderFromTitles(titles, /*role_words=*/false);
  if (g == Gender::kUnknown || !IsBareSurname(name)) return FullName(name);
  auto it = by_surname_.find(Surname(name));
  if (it == by_surname_.end()) return std::string(name);
  for (int p : it->second) {
    if (people_[p].gender == g) return people_[p].name;
  }
  // `Mr. Trump` where the only Trump named in full is Melania: nobody the article names.
  const int p = Find(name);
  if (p >= 0 && people_[p].gender != Gender::kUnknown && people_[p].gender != g) {
    return std::string(name);
  }
  return FullName(name);
}

Gender ArticlePeople::GenderOf(absl::string_view name) const {
  const int p = Find(name);
  if (p >= 0 && people_[p].gender != Gender::kUnknown) return people_[p].gender;
  const size_t sp = name.find(' ');
  return sp == absl::string_view::npos ? Gender::kUnknown : GivenNameGender(name.substr(0, sp));
}

bool ArticlePeople::IsClearlyPerson(int p) const {
  static constexpr WordSet kPersonal{
      {"dr",         "sen",         "senator",       "rep",         "representative",
       "gov",        "governor",    "president",     "minister",    "secretary",
       "mayor",      "judge",       "justice",       "prof",        "professor",
       "gen",        "ambassador",  "spokesman",     "spokeswoman", "chairman",
       "chairwoman", "congressman", "congresswoman", "sir",         "lord",
       "king",       "queen",       "pope",          "rev",         "reverend"}};
  const Person& person = people_[p];
  if (person.gender != Gender::kUnknown || person.name.find(' ') != std::string::npos) {
    return true;
  }
  static constexpr WordSet kModifiers{{"former", "top", "senior", "acting", "deputy", "chief",
                                       "head", "state", "foreign", "general", "of", "the", "for",
                                       "vice", "prime", "interior", "finance", "defense"}};
  for (const std::string& t : person.titles) {
    if (IsCourtesyTitle(t) || kPersonal.contains(t)) return true;
    if (IsTitleWord(t) && !kModifiers.contains(t)) return true;  // "council member"
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
