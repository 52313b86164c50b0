// SubjectReader's reading of the name after an inverted verb (subject_reader.h): `"…," said X`,
// `according to X`: titles, role words and descriptors before the name (`said Republican
// pollster Frank Luntz`), where the name ends, a role's modifier (`said Mr. Boehner's
// spokesman`), a statement's author, and organizations named past of/for/on (`said the Union
// of Concerned Scientists`, `University of Richmond law professor Carl Tobias`), an office's
// definite description (`said the president.`, twentieth round (e)), and a person after a
// manner adjective (`said an emotional House Speaker John Boehner`, twenty-first round (i)).
// Split from subject_reader.cc.
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/named_bodies.h"
#include "extract/role_fit.h"
#include "extract/subject_reader.h"
#include "extract/described_speakers.h"
#include "extract/unnamed_speakers.h"
#include "extract/word_set.h"

namespace claimdup {

// True when the capitalized words of [b, name_end) are a modifier: opened by "the"/"a"/"an",
// or ending in a possessive (`Obama's`).
bool SubjectReader::ModifiesARole(int b, int name_end) const {
  const absl::string_view first = t_.Lower(b);
  return first == "the" || first == "a" || first == "an" || t_[name_end - 1].possessive;
}

bool SubjectReader::InvertedDescription(int b, int n, bool closed) const {
  if (!closed || n - b < 2 || n - b > kMaxInvertedDescriptionWords + 1 || t_.Lower(b) != "the") {
    return false;
  }
  // `saying the congresswoman “obviously disagrees …”`: the words run into a quote.
  if (!t_[n - 1].comma_after && !t_[n - 1].sentence_end) return false;
  // `said the spokeswoman, Pooja Jhunjhunwala.`: the appositive names whoever speaks, though
  // AppositiveFullName could not read the name.
  if (t_[n - 1].comma_after && n < t_.size() && t_[n].capitalized) return false;
  std::vector<std::string> words;
  for (int i = b + 1; i < n; ++i) {
    if (t_[i].quote >= 0 || t_[i].possessive) return false;
    if (t_[i].capitalized && people_.Find(t_.Word(i)) >= 0) return false;
    words.emplace_back(t_.Lower(i));
  }
  // An office (`the president`, `the Texas senator`), not a role the resolver cannot place
  // (`said the professor`, `adds the lawyer`): those stay with the rules that read them.
  return IsTitleWord(t_.Lower(n - 1)) && !DescriptionHead(words).empty() &&
         DescriptionHead(words) == RoleOffice(t_.Lower(n - 1));
}

// `said the senator, who did not want to be identified`: a relative clause at token n keeps
// the speaker unnamed (anonymity, identified, named, condition within kMaxUnnamedClauseWords).
bool SubjectReader::AnonymityClauseAt(int n, int e) const {
  static constexpr WordSet kWords{{"anonymity", "identified", "named", "condition", "anonymously"}};
  if (n >= e || t_.Lower(n) != "who") return false;
  for (int i = n + 1; i < e && i <= n + kMaxUnnamedClauseWords; ++i) {
    if (kWords.contains(t_.Lower(i))) return true;
    if (t_[i].sentence_end) break;
  }
  return false;
}

// `…, David Axelrod,` from token `b`: 2 to 4 capitalized words opening with a given name,
// closed by a comma, a sentence end or `e`; else nobody named.
Subject SubjectReader::AppositiveFullName(int b, int e) const {
  int n = b;
  while (n < e && n < b + 4 && t_[n].capitalized && t_[n].quote < 0) {
    ++n;
    if (t_[n - 1].comma_after || t_[n - 1].sentence_end) break;
  }
  const bool closed = n == e || t_[n - 1].comma_after || t_[n - 1].sentence_end;
  if (n - b < 2 || !closed || !IsGivenName(t_.Word(b))) return Subject::Unnamed();
  return ParseSubject(t_.text(), t_.lower(), Tokens(b, n));
}

// Words naming a written statement: `a statement from X`, `a release by X`.
static bool IsStatementWord(absl::string_view w) {
  return w == "statement" || w == "release" || w == "letter" || w == "memo" || w == "post" ||
         w == "tweet" || w == "email";
}

// Documents through which a body speaks: `according to the AP report`.
static bool IsDocumentWord(absl::string_view w) {
  return IsStatementWord(w) || w == "report" || w == "study" || w == "survey" || w == "analysis" ||
         w == "website" || w == "complaint" || w == "filing";
}

// Words that end a name after "said" as a comma would: a relative pronoun (`said Mary
// Baranovich who was a plaintiff`), and after a person's name a time word, "as he/she" or a
// participle (`said Senator Lautenberg last month when he introduced the bill`, `said Hogan
// speaking from a press conference`, `said Abrams as she awaited a flight`; `cited Norquist as
// a winner`, `wrote US campaigning group Human Rights Watch` name no speaker).
// `smiled Captain Paul Ryan smarmily as he steered`, `tweeted Rep. Jim Banks (R-IN)
// sarcastically, linking`: a manner adverb at token n closing the clause (a comma or sentence
// end after it, or `as`/`while`/`when` next) ends the person's name (eighteenth round (e)).
// Not `noted Clinton recently wore` (the adverb of another verb), nor `Blair's family`.
static bool IsClosingMannerAdverb(const ArticleTokens& t, int n, int e) {
  const absl::string_view w = t.Lower(n);
  if (w.size() <= 5 || !absl::EndsWith(w, "ly") || t[n - 1].possessive) return false;
  if (t[n].comma_after || t[n].sentence_end) return true;
  const absl::string_view next = n + 1 < e ? t.Lower(n + 1) : "";
  return next == "as" || next == "while" || next == "when";
}

static bool ClosesNameAfterVerb(absl::string_view w, absl::string_view next, bool person) {
  static constexpr WordSet kRelative{{"who", "whose"}};
  static constexpr WordSet kAfterPerson{
      {"when", "while", "after", "last", "today", "earlier", "yesterday"}};
  if (kRelative.contains(w)) return true;
  if (!person) return false;
  if (w == "as") return next == "he" || next == "she";
  return kAfterPerson.contains(w) || (w.size() > 5 && absl::EndsWith(w, "ing"));
}

// True when the capitalized run ending at `name_end` (after `b`) names a person: a given
// name or a personal title in it (`Politico's Shane Goldmacher`, `U.S. Rep. Lloyd Doggett
// (D-Texas)`) or the surname of someone the article introduced (`Hogan`); not after a
// determiner (`one Playbooker … Justice Elena Kagan yesterday`: someone unnamed speaks;
// `repeated the Biden talking point`).
bool SubjectReader::PersonEndsAt(int b, int name_end) const {
  const absl::string_view first = t_.Lower(b);
  if (first == "a" || first == "an" || first == "one" || first == "the") return false;
  if (people_.Find(t_.Word(name_end - 1)) >= 0) return true;
  for (int r = name_end - 1; r >= b && t_[r].capitalized && !t_[r].possessive; --r) {
    if (IsGivenName(t_.Word(r)) || IsTitleWord(t_.Lower(r))) return true;
  }
  return false;
}

// `said Republican pollster and focus group expert Frank Luntz`, `said Coleman prison union
// chief Joe Rojas`: role words, lower-case among them, then a full name (a given name and
// capitalized words, ending the clause), after a verb that follows the quote. Not past a
// comma, a preposition (`a former aide to Bill Clinton`), a relative word or a verb form.
Subject SubjectReader::FullNameAfterRoleWords(int b, int e) const {
  static constexpr WordSet kStops{{"who", "whose", "whom", "which", "that", "when", "while"}};
  // Only a verb right after the quote (`"…," said …`): in `Immigration Services admitted gang
  // member and illegal alien Jesus Rangel-Hernandez` the name is the verb's object.
  if (b < 2 || t_[b - 2].quote < 0) return Subject();
  bool lower = false;
  for (int i = b; i < e && i < b + kMaxTitledNameAfterWords; ++i) {
    if (t_[i].quote >= 0) return Subject();
    const absl::string_view w = t_.Lower(i);
    if (!t_[i].capitalized) {
      if (IsAttachingWord(w) || kStops.contains(w) || absl::EndsWith(w, "ing") ||
          absl::EndsWith(w, "ed")) {
        return Subject();
      }
      // `the New York Times`: a determiner alone is no role.
      if (w != "the" && w != "a" && w != "an") lower = true;
    } else if (lower && !t_[i - 1].capitalized && IsGivenName(t_.Word(i)) && i + 1 < e &&
               t_[i + 1].capitalized && !t_[i].comma_after) {
      int n = i + 1;
      while (n < e && n < i + 4 && t_[n].capitalized && !t_[n - 1].comma_after) ++n;
      const bool closed = n == e || t_[n - 1].comma_after || t_[n - 1].sentence_end ||
                          IsAttachingWord(t_.Lower(n)) ||
                          ClosesNameAfterVerb(t_.Lower(n), n + 1 < e ? t_.Lower(n + 1) : "", true);
      if (!closed) return Subject();
      const Subject name = ParseSubject(t_.text(), t_.lower(), Tokens(i, n));
      return name.kind == Subject::Kind::kName ? name : Subject();
    }
    if (t_[i].comma_after || t_[i].sentence_end || t_[i].colon_after) return Subject();
  }
  return Subject();
}

// True when the "of" at token n joins a capitalized office to its department inside a title
// before a name: `Secretary of State Brad Raffensperger`, `Director of National Intelligence
// Dan Coats` (a capitalized title word before it, capitalized words after it, then a given
// name within the title's reach).
bool SubjectReader::OfInsideTitle(int n, int e) const {
  if (!t_[n - 1].capitalized || t_[n - 1].comma_after || !IsTitleWord(t_.Lower(n - 1)) ||
      IsTitleModifier(t_.Lower(n - 1))) {
    return false;
  }
  for (int k = n + 1; k < e && k <= n + 4 && t_[k].capitalized && t_[k].quote < 0; ++k) {
    if (k > n + 1 && IsGivenName(t_.Word(k))) return k + 1 < e && t_[k + 1].capitalized;
    if (t_[k].comma_after || t_[k].sentence_end || t_[k].possessive) return false;
  }
  return false;
}

// `"…," said an emotional House Speaker John Boehner.`, `said a dour Sen. John McCain
// (R-Ariz.)`, `says a smirking Trump—`: "a"/"an", one lower-case word that is no role, then a
// capitalized run that closes the attribution (comma, sentence end, parentheses, a dash, "of"
// or the range's end) and ends in a person the article names. The person as NameAfter reads
// the run; Subject() otherwise. Not `said a senior House Democratic aide` (a lower-case word
// follows), `said an uncommitted New Hampshire Democrat.` (nobody the article names), `said a
// former George W. Bush national security official`.
Subject SubjectReader::NameAfterMannerAdjective(int b, int e) const {
  if (b + 2 >= e || (t_.Lower(b) != "a" && t_.Lower(b) != "an")) return Subject();
  const int a = b + 1;
  if (t_[a].capitalized || t_[a].quote >= 0 || t_[a].comma_after || t_[a].sentence_end ||
      IsTitleWord(t_.Lower(a)) || IsAttachingWord(t_.Lower(a)) || !t_[a + 1].capitalized) {
    return Subject();
  }
  int n = a + 1;
  while (n < e && n < a + 1 + kMaxNameAfterWords && t_[n].capitalized && t_[n].quote < 0 &&
         !t_[n].possessive && !t_[n].in_parens) {
    ++n;
    if (t_[n - 1].comma_after || t_[n - 1].sentence_end || t_[n - 1].colon_after) break;
  }
  const bool closed = n == e || t_[n - 1].comma_after || t_[n - 1].sentence_end ||
                      t_[n - 1].colon_after || t_[n].in_parens || t_.Lower(n) == "of" ||
                      t_.GapAfter(n - 1).find("\xE2\x80\x94") != absl::string_view::npos;
  if (!closed || n - 1 <= a || t_[n - 1].possessive || people_.Find(t_.Word(n - 1)) < 0) {
    return Subject();
  }
  const Subject name = NameAfter(a + 1, e);
  return name.kind == Subject::Kind::kName ? name : Subject();
}

// The name after "said"/"according to": titles, role words and descriptors, then the
// capitalized name, ending at a comma, a sentence end, a preposition or the range's end
// ("said Massachusetts neuroscientist Laurie Cestnick, a Sanders supporter"). "said the
// United States is …" names nobody: a clause follows, not an attribution.
Subject SubjectReader::NameAfter(int b, int e) const {
  // `"…," said a statement from Stephanie Grisham, …`: the statement's author speaks.
  if (b + 3 < e && (t_.Lower(b) == "a" || t_.Lower(b) == "the") &&
      IsStatementWord(t_.Lower(b + 1)) && (t_.Lower(b + 2) == "from" || t_.Lower(b + 2) == "by") &&
      t_[b + 3].capitalized) {
    b += 3;
  }
  // `"…," said the adviser, Aaron Pickrell.`: the holder named after the description speaks.
  const Subject holder = HolderAfterDescription(b, e);
  if (holder.kind != Subject::Kind::kNone) return holder;
  // `"…," said an emotional House Speaker John Boehner.`: a manner adjective before a person.
  const Subject described = NameAfterMannerAdjective(b, e);
  if (described.kind != Subject::Kind::kNone) return described;
  // `"…," said a former Trump transition official`: nobody the article names.
  if (NamesUnnamedPerson(t_, b, e)) return Subject::Unnamed();
  // `"…," says one DC veteran`: nor does a plain description (round 24 (e)).
  if (NamesIndefiniteDescription(t_, b, e)) return Subject::Unnamed();
  const Subject after_roles = FullNameAfterRoleWords(b, e);
  if (after_roles.kind != Subject::Kind::kNone) return after_roles;
  int n = b, name_end = b;
  bool closed = false;
  while (n < e && n < b + kMaxTitledNameAfterWords && t_[n].quote < 0) {
    const absl::string_view w = t_.Lower(n);
    // `said Republican Secretary of State Brad Raffensperger`: an office's "of" inside a title.
    if (w == "of" && n > b && OfInsideTitle(n, e)) {
      ++n;
      continue;
    }
    if (!t_[n].capitalized) {
      if (IsAttachingWord(w) ||
          !(IsTitleWord(w) ||
            (n + 1 < e && (t_[n + 1].capitalized || IsTitleWord(t_.Lower(n + 1)))))) {
        // "… Warner of Virginia on MSNBC"; `said Mary Baranovich who was a plaintiff`.
        closed = name_end > b &&
                 (IsAttachingWord(w) ||
                  ClosesNameAfterVerb(w, n + 1 < e ? t_.Lower(n + 1) : "",
                                      PersonEndsAt(b, name_end)) ||
                  (IsClosingMannerAdverb(t_, n, e) && PersonEndsAt(b, name_end)));
        break;
      }
      if ((w == "of" || w == "the" || w == "for") && n > b) break;
    }
    ++n;
    if (t_[n - 1].capitalized) name_end = n;
    if (t_[n - 1].comma_after || t_[n - 1].sentence_end || t_[n - 1].colon_after) {
      closed = true;
      break;
    }
  }
  if (n == e) closed = true;
  // `According to the AP report, "…"`: the body whose document speaks.
  if (!closed && name_end == n && n < e && IsDocumentWord(t_.Lower(n)) && t_[n].comma_after) {
    closed = true;
  }
  // `said the Union of Concerned Scientists`, `said University of Richmond law professor Carl
  // Tobias`: an organization's name goes on past "of"/"for"/"on".
  if (closed && name_end > b && name_end == n && n < e) {
    const Subject body = OrganizationWithPreposition(b, n, e);
    if (body.kind != Subject::Kind::kNone) return body;
  }
  if (name_end == b) {
    // "said he" / "he said" inverted.
    if (b < e && (t_.Lower(b) == "he" || t_.Lower(b) == "she")) {
      return ParseSubject(t_.text(), t_.lower(), Tokens(b, b + 1));
    }
    // `"…," said the president.`: a definite description, as `the president said` is.
    if (InvertedDescription(b, n, closed)) {
      if (AnonymityClauseAt(n, e)) return Subject::Unnamed();
      return ParseSubject(t_.text(), t_.lower(), Tokens(b, n));
    }
    return Subject();
  }
  if (!closed && name_end == n && n < e && !t_[name_end - 1].comma_after) return Subject();
  // `"…," recalls the Romney deputy` / `said Mr. Boehner's spokesman`: a role word after a
  // determiner or possessive name makes the name a modifier of someone unnamed, unless the
  // full name follows as an appositive (`said Obama's former adviser, David Axelrod`).
  // (`said Richard Painter,a law professor`, a comma glued in scraped text, is a name.)
  if (closed && name_end < n && IsTitleWord(t_.Lower(n - 1)) && ModifiesARole(b, name_end)) {
    if (t_[n - 1].comma_after) {
      const Subject appositive = AppositiveFullName(n, e);
      if (appositive.kind != Subject::Kind::kNone) return appositive;
    }
    // `said the Massachusetts senator.`: a place or party qualifies the role (not a
    // surname, `the Romney deputy`): a definite description.
    if (InvertedDescription(b, n, closed)) {
      if (AnonymityClauseAt(n, e)) return Subject::Unnamed();
      return ParseSubject(t_.text(), t_.lower(), Tokens(b, n));
    }
    return t_[n - 1].comma_after ? Subject() : Subject::Unnamed();
  }
  // `said the Grand Mufti of Jerusalem and Palestinian lands, Mohammed Hussein, in a
  // statement`: an office after "the", its domain after "of", then the holder's full name
  // after the next comma speaks.
  if (t_.Lower(b) == "the" && name_end < e && t_.Lower(name_end) == "of") {
    for (int c = name_end; c < e && c < name_end + kMaxNameAfterWords && t_[c].quote < 0 &&
                           !t_[c].sentence_end;
         ++c) {
      if (!t_[c].comma_after) continue;
      const Subject holder = AppositiveFullName(c + 1, e);
      if (holder.kind == Subject::Kind::kName) return holder;
      break;
    }
  }
  return ParseSubject(t_.text(), t_.lower(), Tokens(b, name_end));
}

// Words that head an organization's name before "of"/"for"/"on" (`University of Richmond`,
// `Union of Concerned Scientists`, `Council on Foreign Relations`), besides the body nouns.
static bool IsOrganizationHead(absl::string_view w) {
  static constexpr WordSet kWords{{"university", "college", "union", "society", "league",
                                   "alliance", "academy", "school", "fund", "party", "club",
                                   "conference", "caucus", "network", "centre", "group", "friends",
                                   "people"}};
  return IsBodyNoun(w) || kWords.contains(w);
}

// True when token i is an organization's acronym heading its branch (`ACLU of San Diego
// executive director Norma Chavez-Peterson`): three or more capitals, no periods.
bool SubjectReader::IsAcronymHead(int i) const {
  const absl::string_view word = t_.Word(i);
  return t_[i].all_caps && word.size() >= 3 && word.find('.') == absl::string_view::npos &&
         !IsTitleWord(t_.Lower(i));  // `said the CEO of All Sides`: a role, not a body.
}

// True when token i is a possessive: `Virginia’s`, or a plural's `Scientists’`.
bool SubjectReader::EndsPossessive(int i) const {
  if (t_[i].possessive) return true;
  const uint32_t after = t_[i].span.end;
  const absl::string_view text = t_.text();
  return after < text.size() &&
         (text[after] == '\'' || absl::StartsWith(text.substr(after), "\xE2\x80\x99")) &&
         (after + 1 >= text.size() || text[after + 1] == ' ' ||
          absl::StartsWith(text.substr(after), "\xE2\x80\x99 "));
}

// The name after "said" at [b, n) stopped at the preposition at `n`. When it ends in an
// organization's head word (`the Union`, `Council`), the organization's name goes on with
// capitalized words joined by of/for/on/and/the up to a title word (`Council on Foreign
// Relations President`), and: a role and a person named after it speak (`University of
// Richmond law professor Carl Tobias`); else the organization does when its name closes the
// attribution (`said the Union of Concerned Scientists.`, `… in a statement`). Else nothing.
Subject SubjectReader::OrganizationWithPreposition(int b, int n, int e) const {
  const absl::string_view w = t_.Lower(n);
  if ((w != "of" && w != "for" && w != "on") ||
      !(IsOrganizationHead(t_.Lower(n - 1)) || IsAcronymHead(n - 1))) {
    return Subject();
  }
  int o = n;
  while (o < e && o < n + kMaxNameAfterWords && t_[o].quote < 0 && !t_[o].in_parens) {
    const absl::string_view x = t_.Lower(o);
    const bool joiner = x == "of" || x == "for" || x == "on" || x == "and" || x == "the";
    if (!t_[o].capitalized && !joiner) break;
    if (t_[o].capitalized && IsTitleWord(x) && !IsBodyNoun(x) && o > n && t_.Lower(o - 1) != "on" &&
        t_.Lower(o - 1) != "of" && t_.Lower(o - 1) != "for") {
      break;  // `… Relations President Richard Haass`.
    }
    ++o;
    if (t_[o - 1].comma_after || t_[o - 1].sentence_end || t_[o - 1].colon_after ||
        EndsPossessive(o - 1)) {
      break;
    }
  }
  while (o > n && !t_[o - 1].capitalized) --o;  // `of the`, `and` end no name.
  if (o == n) return Subject();
  // `University of Virginia’s Larry Sabato`, `Federation of American Scientists’ Steven
  // Aftergood`: the person after the possessive.
  if (EndsPossessive(o - 1)) return NameAfter(o, e);
  // A role, then the person: `… law professor Carl Tobias`, `… President Richard Haass`,
  // `University of California, Berkeley law school dean Erwin Chemerinsky`.
  if (!t_[o - 1].sentence_end) {
    for (int k = o; k < e && k < o + kMaxNameAfterWords / 2 && t_[k].quote < 0; ++k) {
      if (k > o && (t_[k - 1].comma_after || t_[k - 1].sentence_end)) break;
      if (!IsTitleWord(t_.Lower(k)) || k + 1 >= e || !t_[k + 1].capitalized) continue;
      const Subject person = NameAfter(k, e);
      if (person.kind == Subject::Kind::kName) return person;
      break;
    }
  }
  const bool ends =
      o == e || t_[o - 1].comma_after || t_[o - 1].sentence_end || t_[o - 1].colon_after ||
      (!t_[o].capitalized && !IsTitleWord(t_.Lower(o)) && IsAttachingWord(t_.Lower(o)));
  if (!ends) return Subject();
  const int first = t_.Lower(b) == "the" ? b + 1 : b;
  Subject body;
  body.kind = Subject::Kind::kOrganization;
  body.name = std::string(
      t_.text().substr(t_[first].span.begin, t_[o - 1].span.end - t_[first].span.begin));
  return body;
}

}  // namespace claimdup
