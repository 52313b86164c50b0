// Parsing a subject phrase into a name, pronoun, description or organization (person_names.h):
// where the name starts and ends, the titles before it, a place of origin cut after it.
// The word lists it reads are name_words.cc's; the speech verb lists speech_verbs.cc's.
#include "extract/person_names.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "extract/courtesy_titles.h"
#include "extract/generic_body_words.h"
#include "extract/given_names.h"
#include "extract/named_bodies.h"
#include "extract/plural_nouns.h"
#include "extract/word_set.h"

namespace claimdup {

namespace {

// Words that may stand before a person's name as a description when a role word follows
// them: "Qiagen corporate spokesman Thomas Theuringer", "White House press secretary X".
constexpr int kMaxDescriptorWords = 3;

// True when words [from, end) are `[the] Capitalized …` ending in a publication's word (`the
// Independent`, `The Atlantic`, `the New York Times`, `Vox`).
bool NamesPublicationAfter(absl::string_view lower, absl::Span<const WordSpan> words,
                           size_t from) {
  if (from < words.size() && LowerWord(lower, words[from]) == "the") ++from;
  if (from >= words.size()) return false;
  for (size_t i = from; i < words.size(); ++i) {
    if (!words[i].capitalized || words[i].all_caps ||
        (i + 1 < words.size() && !RunsInto(words[i], words[i + 1]))) {
      return false;
    }
  }
  static constexpr WordSet kOutlets{
      {"independent", "atlantic", "vox", "politico", "axios", "hill", "intercept", "slate"}};
  const absl::string_view last = LowerWord(lower, words.back());
  return IsPublicationWord(last) || kOutlets.contains(last);
}

// Stops a name at "of"/"from" after it: "Sen. Dick Durbin of Illinois" -> "Sen. Dick Durbin".
// Only after a name of two words or a titled one: "Scores of Republican leaders" is no name.
// The writer's paper after the name is cut too: `Matthew Norman for the Independent writes`,
// `Conor Friedersdorf at The Atlantic wrote` (nineteenth round (a)).
size_t CutAtPlaceOfOrigin(absl::string_view lower, absl::Span<const WordSpan> words) {
  int name_words = 0;
  bool titled = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const absl::string_view lw = LowerWord(lower, words[i]);
    if (!words[i].capitalized && (lw == "of" || lw == "from") &&
        (name_words >= 2 || (name_words == 1 && titled))) {
      return i;
    }
    if (!words[i].capitalized && (lw == "for" || lw == "at") && name_words >= 2 &&
        words[i - 1].capitalized && !words[i - 1].comma_after &&
        NamesPublicationAfter(lower, words, i + 1)) {
      return i;
    }
    const bool name_word =
        words[i].capitalized && !words[i].all_caps && !IsTitleWord(lw) && !IsNonNameCapitalized(lw);
    if (name_word) {
      ++name_words;
    } else {
      titled |= name_words == 0 && IsTitleWord(lw) && lw != "of" && lw != "the";
    }
  }
  return words.size();
}

}  // namespace

// True when the word after `w` in `text` (one space on) starts with a capital letter.
static bool CapitalizedWordFollows(absl::string_view text, const WordSpan& w) {
  const size_t next = w.span.end + 1;
  return next < text.size() && text[w.span.end] == ' ' && absl::ascii_isupper(text[next]);
}

// True when the word after `w` in `text` (one space on) is a given name.
static bool GivenNameFollows(absl::string_view text, const WordSpan& w) {
  if (!CapitalizedWordFollows(text, w)) return false;
  const size_t b = w.span.end + 1;
  size_t e = b;
  while (e < text.size() && absl::ascii_isalpha(text[e])) ++e;
  return IsGivenName(text.substr(b, e - b));
}

// `Mrs May said`, `Theresa May said`: "May" at position `i`, the last word of the phrase
// [.., n), is a surname after an honorific or a given name, not the month.
static bool MonthAsSurname(absl::string_view text, absl::string_view lower,
                           absl::Span<const WordSpan> words, size_t i, size_t n) {
  if (i + 1 != n || i == 0 || LowerWord(lower, words[i]) != "may") return false;
  const absl::string_view before = LowerWord(lower, words[i - 1]);
  return IsCourtesyTitle(before) ||
         (words[i - 1].capitalized && IsGivenName(words[i - 1].span.In(text)));
}

// `Mr. King said`, `said Mr. Pastor`, `Ms. Still wrote`: the last word of the phrase [.., n), at
// position `i`, right after a courtesy title, is a surname even where it is also a title that
// is a surname (`king`, `pastor`, `pope`, …) or a word that is never a name elsewhere; not an
// office a person is addressed by (`Mr. President`, `Mr. Speaker`).
static bool SurnameAfterCourtesyTitle(absl::string_view lower, absl::Span<const WordSpan> words,
                                      size_t i, size_t n) {
  if (i + 1 != n || i == 0 || !words[i].capitalized || words[i].all_caps) return false;
  const absl::string_view before = LowerWord(lower, words[i - 1]);
  if (!IsCourtesyTitle(before)) return false;
  const absl::string_view w = LowerWord(lower, words[i]);
  static constexpr WordSet kSurnameTitles{{"pastor", "rector", "prince", "pope", "cardinal", "head",
                                           "host", "chancellor", "principal", "owner", "sheriff"}};
  return IsSurnameTitle(w) || kSurnameTitles.contains(w) ||
         (IsNonNameCapitalized(w) && !IsTitleWord(w));
}

bool IsPublicationWord(absl::string_view lower_word) {
  static constexpr WordSet kWords{
      {"times",    "post",      "journal",   "news",     "herald",    "tribune",  "gazette",
       "magazine", "review",    "globe",     "examiner", "chronicle", "inquirer", "observer",
       "guardian", "telegraph", "economist", "press",    "network",   "radio",    "television"}};
  return kWords.contains(lower_word);
}

bool BodyNameWithPreposition(absl::string_view text, absl::string_view lower,
                             absl::Span<const WordSpan> words, Subject* s) {
  const size_t n = words.size();
  size_t first = LowerWord(lower, words[0]) == "the" ? 1 : 0;
  size_t i = first;
  while (i < n && words[i].capitalized && !IsBodyNoun(LowerWord(lower, words[i])) &&
         !IsTitleWord(LowerWord(lower, words[i]))) {
    ++i;
  }
  if (i + 2 >= n || !words[i].capitalized || !IsBodyNoun(LowerWord(lower, words[i]))) {
    return false;
  }
  const absl::string_view prep = LowerWord(lower, words[i + 1]);
  if (prep != "of" && prep != "for" && prep != "on") return false;
  for (size_t k = i + 2; k < n; ++k) {
    const absl::string_view w = LowerWord(lower, words[k]);
    if (words[k].comma_after && k + 1 < n) return false;
    if (!words[k].capitalized && w != "the" && w != "of" && w != "and" && w != "for") return false;
    // `Institute for Justice Senior Attorney Erica Smith`, `… Relations' Micah Zenko`: a person.
    if (words[k].possessive || (words[k].capitalized && IsTitleWord(w) && !IsBodyNoun(w) &&
                                k > i + 2 && words[k - 1].capitalized)) {
      return false;
    }
  }
  if (!words[n - 1].capitalized) return false;
  s->kind = Subject::Kind::kOrganization;
  s->name = std::string(
      text.substr(words[first].span.begin, words[n - 1].span.end - words[first].span.begin));
  s->titles.clear();
  return true;
}

// True when every time the article writes `word` (whole, case-sensitive) within
// kPossessiveWindowBytes of `at` (where the word stands) it stands right after a possessive and
// a space (`America's Voice`, `Samaritan’s Purse`): never alone nor after a given name, as a
// surname would be (`Fox's Starnes` + `Todd Starnes`). The window bounds the search, so an
// article holding many such phrases stays linear; it spans a whole article of usual length.
static bool OnlyAfterPossessive(absl::string_view text, absl::string_view word, size_t at) {
  constexpr size_t kPossessiveWindowBytes = 16384;
  const size_t from = at > kPossessiveWindowBytes ? at - kPossessiveWindowBytes : 0;
  const absl::string_view window = text.substr(from, 2 * kPossessiveWindowBytes);
  for (size_t i = window.find(word); i != absl::string_view::npos;
       i = window.find(word, i + word.size())) {
    const size_t pos = from + i, end = pos + word.size();
    const bool starts =
        pos == 0 || !absl::ascii_isalnum(static_cast<unsigned char>(text[pos - 1]));
    const bool ends =
        end >= text.size() || !absl::ascii_isalnum(static_cast<unsigned char>(text[end]));
    if (!starts || !ends) continue;
    const absl::string_view before = text.substr(0, pos);
    if (!absl::EndsWith(before, "'s ") && !absl::EndsWith(before, "\xE2\x80\x99s ")) return false;
  }
  return true;
}

// True when words [b, e) after an owner's possessive read as a person's name: a given name
// and more (`Ryan Lizza`), or one or two words none of which is a body, group, outlet, title
// or non-name word (`Fox's Starnes`, `Vox's German Lopez`; not `Qatar's Ministry of Foreign
// Affairs`, `London's Daily Mail`); the article's people resolve a surname to a full name.
static bool PersonAfterOwner(absl::string_view text, absl::string_view lower,
                             absl::Span<const WordSpan> words, size_t b, size_t e) {
  // `the National Women’s Law Center`: a body's name, though its first word is a given name
  // (twenty-first round (e)).
  if (IsBodyNoun(LowerWord(lower, words[e - 1]))) return false;
  if (e - b >= 2 && IsGivenName(words[b].span.In(text))) return true;
  if (e - b > 2) return false;
  for (size_t i = b; i < e; ++i) {
    const absl::string_view w = LowerWord(lower, words[i]);
    if (IsBodyNoun(w) || IsGenericBodyWord(w) || IsPluralCommonNoun(w) || IsPublicationWord(w) ||
        IsTitleWord(w) || IsNonNameCapitalized(w) || w == "senate" || w == "house") {
      return false;
    }
  }
  // `America's Voice`, `Samaritan's Purse`: one word the article writes only right after a
  // possessive is the rest of a name that holds one, no surname (twentieth round (h)).
  // Not a party's adjective (`Florida's Democratic congressional delegation`): a modifier.
  const absl::string_view one = LowerWord(lower, words[b]);
  return e - b != 1 || one == "democratic" || one == "republican" ||
         IsGivenName(words[b].span.In(text)) ||
         !OnlyAfterPossessive(text, words[b].span.In(text), words[b].span.begin);
}

// True for a word shaped as a nationality adjective: `russian`, `chinese`, `british`,
// `korean`, `american`, `pakistani`, `israeli`, `iraqi`, `saudi`, `german`, `afghan`.
static bool IsNationalityLike(absl::string_view w) {
  for (absl::string_view end : {"ian", "ese", "ish", "ean", "can", "ani", "eli", "aqi", "udi"}) {
    if (w.size() > end.size() + 2 && absl::EndsWith(w, end)) return true;
  }
  return w == "german" || w == "afghan" || w == "french" || w == "dutch" || w == "greek";
}

// The word `w` of `text` with the possessive mark the article writes after it, when it has
// one (`America’s` of `America’s Voice`, `Samaritan's`): a name holding a possessive is
// written as the article gives it (twenty-first round (e); the tokenizer strips the mark).
static absl::string_view WithPossessiveMark(absl::string_view text, const WordSpan& w) {
  const absl::string_view word = w.span.In(text);
  if (!w.possessive) return word;
  const absl::string_view rest = text.substr(w.span.end);
  for (absl::string_view mark : {"'s", "\xE2\x80\x99s"}) {
    if (absl::StartsWith(rest, mark)) return text.substr(w.span.begin, word.size() + mark.size());
  }
  return word;
}

// `.@GovChristie: "…"`: a tweet handle glued to a title (Gov, Sen, Rep) names the person by
// the rest, when that is one capitalized word (`Christie`); any other word is itself.
static absl::string_view HandleSurname(absl::string_view text, const WordSpan& w) {
  const absl::string_view word = w.span.In(text);
  if (w.span.begin == 0 || text[w.span.begin - 1] != '@' || word.size() < 6) return word;
  size_t title = 0;
  for (absl::string_view t : {"Gov", "Sen", "Rep"}) {
    if (absl::StartsWith(word, t)) title = t.size();
  }
  if (title == 0 || !absl::ascii_isupper(word[title])) return word;
  for (size_t i = title + 1; i < word.size(); ++i) {
    if (!absl::ascii_islower(word[i])) return word;
  }
  return word.substr(title);
}

static bool IsRomanNameSuffix(absl::string_view lower_word) {
  return lower_word == "ii" || lower_word == "iii" || lower_word == "iv";
}

// People who speak for or beside someone else: `Trump's doctor`, `Sondland's lawyer`,
// `Khan's father`.
static bool IsOwnersAgent(absl::string_view w) {
  static constexpr WordSet kAgents{
      {"doctor",      "physician",    "lawyer",  "lawyers", "attorney", "attorneys", "spokesman",
       "spokeswoman", "spokesperson", "aide",    "aides",   "adviser",  "advisers",  "advisor",
       "advisors",    "publicist",    "counsel", "father",  "mother",   "son",       "daughter",
       "wife",        "husband",      "brother", "sister",  "friend",   "parents",   "widow"}};
  return kAgents.contains(w);
}

bool IsPartyPlural(absl::string_view w) { return w == "democrats" || w == "republicans"; }

// True for a party's members named as a group: "Democrats", "House Republicans", "the Senate
// Judiciary Committee Democrats"; capitalized qualifiers of Congress only (a person's name or
// "Some" before the party word is no group that speaks).
static bool IsPartyGroup(absl::string_view lower, absl::Span<const WordSpan> words) {
  const size_t n = words.size();
  if (n == 0 || n > 5 || !words[n - 1].capitalized) return false;
  if (!IsPartyPlural(LowerWord(lower, words[n - 1]))) return false;
  static constexpr WordSet kQualifiers{
      {"senate", "house", "congressional", "committee", "judiciary", "intelligence"}};
  for (size_t i = 0; i + 1 < n; ++i) {
    const absl::string_view w = LowerWord(lower, words[i]);
    if (words[i].comma_after || (w == "the" && i == 0)) {
      if (words[i].comma_after) return false;
      continue;
    }
    if (!words[i].capitalized || !kQualifiers.contains(w)) return false;
  }
  return true;
}

Subject ParseSubject(absl::string_view text, absl::string_view lower,
                     absl::Span<const WordSpan> all_words) {
  // Asides in parentheses are not part of the subject: "McConnell (R-Ky.)".
  constexpr size_t kMaxSubjectWords = 12;
  WordSpan buffer[kMaxSubjectWords];
  size_t kept = 0;
  for (const WordSpan& t : all_words) {
    if (t.in_parens) continue;
    if (kept == kMaxSubjectWords) return Subject();
    buffer[kept++] = t;
  }
  absl::Span<const WordSpan> words(buffer, kept);
  words = words.subspan(0, CutAtPlaceOfOrigin(lower, words));
  static constexpr WordSet kSkippable{
      {"also",        "has",        "had",        "have",         "was",
       "is",          "later",      "then",       "again",        "further",
       "would",       "will",       "did",        "does",         "reportedly",
       "once",        "previously", "earlier",    "recently",     "simply",
       "repeatedly",  "bluntly",    "flatly",     "today",        "yesterday",
       "to",          "who",        "separately", "subsequently", "finally",
       "however",     "only",       "told",       "in",           "a",
       "statement",   "on",         "thursday",   "monday",       "tuesday",
       "wednesday",   "friday",     "saturday",   "sunday",       "quickly",
       "immediately", "publicly",   "privately",  "firmly",       "angrily",
       "first",       "famously",   "went",       "go",           "goes",
       "going",       "just",       "even",       "herself",      "himself",
       "personally"}};
  Subject s;
  size_t n = words.size();
  s.definite = n > 0 && LowerWord(lower, words[0]) == "the";
  // `"…," the First Lady said`: a title, no name; the resolver names her (twentieth round (c)).
  if (const size_t from = s.definite ? 1 : 0; n == from + 2 &&
      LowerWord(lower, words[from]) == "first" && LowerWord(lower, words[from + 1]) == "lady") {
    s.kind = Subject::Kind::kDescription;
    s.titles = {"first", "lady"};
    return s;
  }
  // `the committee`, `the study`, `the cable news network`: a body or document, lower case;
  // `the streaming giant`, `the department-store chain`: a business (fifteenth round (d)).
  if (s.definite && n >= 2 && n <= 4) {
    const absl::string_view noun = LowerWord(lower, words[n - 1]);
    bool lower_case = true;  // Past "The" opening a sentence.
    for (size_t i = 1; i < n; ++i) lower_case &= !words[i].capitalized;
    if (lower_case &&
        (IsBodyNoun(noun) || IsAuthoredDocumentNoun(noun) || IsOrganizationNoun(noun))) {
      s.kind = Subject::Kind::kBody;
      s.name = std::string(noun);
      return s;
    }
  }
  while (n > 0 && !words[n - 1].capitalized &&
         kSkippable.contains(LowerWord(lower, words[n - 1]))) {
    --n;
  }
  if (n == 0 || n > 9) return s;
  // `John Bellinger III said`, `said John Philip Sousa IV, who …`: a generational suffix in
  // roman numerals after a person's name is no acronym; the name is read without it (Jr. and
  // Sr. are words of the name already). Only after a surname with a given name at most two
  // words before it (`Mark A. Welsh III`): `World War II`, `Title II` name no one.
  if (n >= 3 && words[n - 1].all_caps && IsRomanNameSuffix(LowerWord(lower, words[n - 1])) &&
      words[n - 2].capitalized && !words[n - 2].all_caps && !words[n - 2].comma_after &&
      !IsTitleWord(LowerWord(lower, words[n - 2]))) {
    for (size_t k = n - 2; k-- > 0 && k + 5 > n;) {
      if (!words[k].capitalized || words[k].comma_after) break;
      if (IsGivenName(words[k].span.In(text))) {
        --n;
        break;
      }
    }
  }
  // `Martin Luther King Jr. said`, `Trump Jr. said`: a Jr. or Sr. is read apart and given back
  // to the name it ends (`King` before it is a surname, no title), which stays another
  // person's than the name without it.
  bool jr_suffix = false;
  if (n >= 2 && !words[n - 1].all_caps && words[n - 2].capitalized && !words[n - 2].comma_after &&
      IsGenerationalSuffix(LowerWord(lower, words[n - 1]))) {
    --n;
    jr_suffix = true;
  }
  if (IsPartyGroup(lower, words.subspan(0, n))) {
    // `"…," Senate Democrats wrote`, `Democrats argued that "…"`: the party's members speak
    // as a group (fifteenth round (d)); `Some Democrats` and `many Republicans` are nobody.
    const size_t from = LowerWord(lower, words[0]) == "the" ? 1 : 0;
    std::vector<absl::string_view> parts;
    for (size_t i = from; i < n; ++i) parts.push_back(words[i].span.In(text));
    s.kind = Subject::Kind::kOrganization;
    s.name = absl::StrJoin(parts, " ");
    return s;
  }
  if (n == 1) {
    const absl::string_view w = LowerWord(lower, words[0]);
    if (w == "he" || w == "she") {
      s.kind = Subject::Kind::kPronoun;
      s.name = std::string(w);
      return s;
    }
  }
  // `Trump's doctor has said`, `the president's top spokesman said`: someone who speaks for an
  // owner, with no name after the role, names neither the owner nor anyone the article
  // introduced (read back to the owner, it went to the owner). Nobody, as for `a spokesman`.
  // Only the roles of IsOwnersAgent: not a country's office (`Russia's foreign minister`).
  // `Kushner's attorney, Jamie Gorelick, said`: a comma after the role brings its name.
  if (n >= 2 && !words[n - 1].capitalized && !words[n - 1].comma_after &&
      IsOwnersAgent(LowerWord(lower, words[n - 1]))) {
    for (size_t i = n - 1; i-- > 0 && n - 1 - i <= 3 && !words[i].comma_after;) {
      if (words[i].possessive) return Subject::Unnamed();
      if (words[i].capitalized) break;
    }
  }
  // The trailing run of capitalized, non-title, non-acronym words is the name.
  size_t name_begin = n;
  while (name_begin > 0) {
    const WordSpan& t = words[name_begin - 1];
    const absl::string_view lw = LowerWord(lower, t);
    // "Rep. Peter King": a title word after a given name, ending the phrase, is a surname.
    // `"…," King said on NBC`: alone and capitalized, with no article, it is a surname too.
    // Never before a given name (`Justice John Roberts`), nor alone before any capitalized
    // word (`the Justice Department`).
    // Before a Jr., always a surname (`the Rev. Dr. Martin Luther King Jr.`).
    const bool title_surname =
        name_begin == n && IsSurnameTitle(lw) && t.capitalized &&
        ((jr_suffix && n >= 2 && words[n - 2].capitalized) ||
         (!s.definite &&
          (n == 1 ? !CapitalizedWordFollows(text, t)
                  : words[n - 2].capitalized && !IsTitleWord(LowerWord(lower, words[n - 2])) &&
                        IsGivenName(words[n - 2].span.In(text)) && !GivenNameFollows(text, t))));
    const bool courtesy_surname =
        name_begin == n && SurnameAfterCourtesyTitle(lower, words, name_begin - 1, n);
    // `Sen. Cory A. Booker said`: a middle initial "A." between a name's words is no article.
    const bool initial = name_begin < n && name_begin >= 2 && IsArticleLikeInitial(text, t) &&
                         words[name_begin - 2].capitalized && !words[name_begin - 2].comma_after;
    if (!t.capitalized || t.all_caps || (IsTitleWord(lw) && !title_surname && !courtesy_surname) ||
        (IsNonNameCapitalized(lw) && !courtesy_surname && !initial &&
         !MonthAsSurname(text, lower, words, name_begin - 1, n))) {
      break;
    }
    if (name_begin < n && t.comma_after) break;  // "Lavrov, Rasmussen" is two people.
    // `@ClaudeBrodesser: .@GovChristie: "…"`: a tweet's author, then whom it quotes; a colon
    // ends a name (eighteenth round (d)).
    if (name_begin < n && t.colon_after) break;
    // `The New Yorker's Ryan Lizza noted`, `the Washington Post’s Robert Costa wrote`: an
    // owner's possessive ends a person's name after it; the outlet stays out of the name
    // (twentieth round (c)). Not a body's (`Qatar's Ministry of Foreign Affairs`).
    if (name_begin < n && t.possessive && PersonAfterOwner(text, lower, words, name_begin, n)) {
      break;
    }
    --name_begin;
  }
  // `Respondents were asked: "…"`, `Investigators said`: a plural common noun alone is a group
  // or a thing, never a person's name (eighteenth round (d)).
  if (name_begin + 1 == n && IsPluralCommonNoun(LowerWord(lower, words[n - 1]))) name_begin = n;
  // `the State Department`, `the Justice Department`, `North Korea's Foreign Ministry`: a body
  // noun alone keeps the capitalized title words before it, its name's first words; so does a
  // longer body's name (`the Republican National Committee`, `the Republican State Leadership
  // Committee`: cut at the title word, they were "National Committee", twenty-first round (e)).
  const bool body_name = name_begin < n && IsBodyNoun(LowerWord(lower, words[n - 1]));
  const size_t body_start = name_begin;
  if (body_name) {
    while (name_begin > 0 && words[name_begin - 1].capitalized && !words[name_begin - 1].all_caps &&
           !words[name_begin - 1].comma_after && !words[name_begin - 1].colon_after) {
      const absl::string_view lw = LowerWord(lower, words[name_begin - 1]);
      if (!IsTitleWord(lw) || lw == "the" || lw == "former" || lw == "acting") break;
      --name_begin;
    }
    // `the Russian Foreign Ministry`, `the Chinese State Council Tariff Commission`: a
    // nationality before the title words taken back opens the body's name too; cut there, the
    // ministries of several countries were one "Foreign Ministry" (twenty-first round (e)).
    if (name_begin > 0 && name_begin < body_start) {
      const WordSpan& w = words[name_begin - 1];
      if (w.capitalized && !w.all_caps && !w.possessive && !w.comma_after && !w.colon_after &&
          IsNationalityLike(LowerWord(lower, w)) && !IsGivenName(w.span.In(text))) {
        --name_begin;
      }
    }
  }
  // `ABC News reported`, `the 9th Circuit noted`: a generic last word keeps the acronyms or
  // the ordinal right before it, its name's first words; cut to `News`, two networks were one
  // (eighteenth round (g)).
  if (name_begin + 1 == n && name_begin > 0 &&
      (words[name_begin - 1].all_caps ||
       absl::ascii_isdigit(static_cast<unsigned char>(text[words[name_begin - 1].span.begin]))) &&
      TakesAcronymBefore(LowerWord(lower, words[n - 1]))) {
    while (name_begin > 0 && n - name_begin <= 2 && !words[name_begin - 1].comma_after &&
           !words[name_begin - 1].possessive &&
           ((words[name_begin - 1].capitalized && words[name_begin - 1].all_caps) ||
            IsOrdinalWord(LowerWord(lower, words[name_begin - 1])))) {
      --name_begin;
    }
  }
  // Everything before the name must be title-like: title words or capitalized words
  // (nationalities, organizations), or a few descriptors right before a role word ("GOP
  // corporate spokesman X"). Another lowercase content word means this is no subject.
  // "the deputy press secretary": a description may carry descriptors before its role word.
  // `the real estate mogul`: an epithet heads a description as a role does (round 21 (l)).
  const bool role_description =
      name_begin == n && (IsTitleWord(LowerWord(lower, words[n - 1])) ||
                          (s.definite && IsPersonEpithet(LowerWord(lower, words[n - 1]))));
  const bool role_before_name =
      role_description || (name_begin > 0 && name_begin < n &&
                           (IsTitleWord(LowerWord(lower, words[name_begin - 1])) ||
                            (n - name_begin >= 2 && IsGivenName(words[name_begin].span.In(text)))));
  int descriptors = 0;
  for (size_t i = 0; i < name_begin; ++i) {
    const absl::string_view lw = LowerWord(lower, words[i]);
    // "by President X" names no subject; "the former secretary of state" is a role, and so is
    // an office written in capitals before a name (`Secretary of State Brad Raffensperger`).
    const bool title_of = lw == "of" && i > 0 && IsTitleWord(LowerWord(lower, words[i - 1])) &&
                          (name_begin == n || words[i - 1].capitalized);
    if (IsAttachingWord(lw) && !words[i].capitalized && !title_of) return s;
    if (words[i].capitalized || IsTitleWord(lw) || lw == "a" || lw == "an") continue;
    if (!role_before_name || ++descriptors > kMaxDescriptorWords) return s;
  }
  for (size_t i = 0; i < name_begin; ++i) {
    const absl::string_view lw = LowerWord(lower, words[i]);
    if (lw != "the" && lw != "a" && lw != "an") s.titles.emplace_back(lw);
  }
  // "National Intelligence Dan Coats": a given name inside a long capitalized run starts the
  // name, the words before it are titles; not in a run that names a publication ("The New
  // York Times", where "York" is also a given name).
  // Not in a body's name (`the Southern Poverty Law Center`, `the National Immigration Law
  // Center`: "Law" is a given name; cut there, both were "Law Center", twenty-first round (e)).
  if (n - name_begin > 2 && !IsGivenName(words[name_begin].span.In(text)) &&
      !IsPublicationWord(LowerWord(lower, words[n - 1])) && !body_name) {
    for (size_t i = name_begin + 1; i + 1 < n; ++i) {
      if (IsGivenName(words[i].span.In(text))) {
        name_begin = i;
        break;
      }
    }
  }
  if (name_begin < n && name_begin > 0 && !words[name_begin - 1].capitalized &&
      IsAttachingWord(LowerWord(lower, words[name_begin - 1]))) {
    return s;  // "the spokesman for Clinton": Clinton is not who speaks.
  }
  if (name_begin < n) {
    if (n - name_begin > 4) name_begin = n - 4;
    std::vector<absl::string_view> parts;
    for (size_t i = name_begin; i < n; ++i) {
      parts.push_back(i + 1 < n ? WithPossessiveMark(text, words[i]) : words[i].span.In(text));
    }
    if (jr_suffix) parts.push_back(words[n].span.In(text));
    // `the legacies of slavery and Jim Crow, decried …`: a law or era, nobody who speaks.
    if (parts.size() == 2 && IsFigureOfSpeechName(parts[0], parts[1])) return Subject();
    s.kind = Subject::Kind::kName;
    s.name = parts.size() == 1 ? std::string(HandleSurname(text, words[name_begin]))
                               : absl::StrJoin(parts, " ");
    return s;
  }
  // No name: a description if it has a title word, an organization if it is one short name.
  bool has_title = false;
  for (const std::string& w : s.titles) has_title |= IsTitleWord(w) && w != "of" && w != "the";
  // `"…," the billionaire said`: the resolver names the one person near it (round 21 (l)).
  has_title |= s.definite && !s.titles.empty() && IsPersonEpithet(s.titles.back());
  const WordSpan& last = words[n - 1];
  if (last.all_caps && n <= 2) {
    s.kind = Subject::Kind::kOrganization;
    s.name = std::string(last.span.In(text));
    s.titles.clear();
    return s;
  }
  if (has_title) s.kind = Subject::Kind::kDescription;
  return s;
}

}  // namespace claimdup
