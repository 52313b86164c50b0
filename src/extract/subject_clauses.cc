// SubjectReader's reading of a verb's subject back through its sentence (subject_reader.h),
// clause by clause: past auxiliaries, relative clauses and appositives (`Fred Whitaker,
// chairman of the county Republican Party, said`), to the nearest pronoun, name (extended over
// its titles), description or body. Split from subject_reader.cc.
#include <string>

#include "absl/strings/match.h"
#include "extract/generic_body_words.h"
#include "extract/given_names.h"
#include "extract/named_bodies.h"
#include "extract/person_names.h"
#include "extract/plural_nouns.h"
#include "extract/subject_reader.h"
#include "extract/unnamed_speakers.h"
#include "extract/verb_words.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// True when the text between tokens `a` and `a + 1` holds a dash: an em or en dash, or "--".
bool DashBetween(const ArticleTokens& t, int a) {
  const absl::string_view gap = t.GapAfter(a);
  return absl::StrContains(gap, "\xE2\x80\x94") || absl::StrContains(gap, "\xE2\x80\x93") ||
         absl::StrContains(gap, "--");
}

// The lower-case words inside titles and bodies' names: `Secretary of State for …`.
bool IsTitleJoiner(absl::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "to" || w == "on" ||
         w == "at" || w == "&";
}

// True when [s, end) is one titled name and nothing else: capitalized words, the lower-case
// joiners of titles and bodies' names (`Assistant Secretary of State for East Asian and Pacific
// Affairs Danny Russel`, `Ohio Right to Life President Mike Gonidakis`), party tags; no comma
// outside a tag, no quote, and no given name before `name` (the person's own given name):
// `Sen. Charles Schumer of New York and Sen. John McCain` are two people (nineteenth round
// (d)). The run is read back past `s` (a clause reader's word limit) to its first word.
bool IsOneTitledName(const ArticleTokens& t, int s, int name, int end) {
  constexpr int kMaxTitledNameWords = 16;
  while (s > 0 && end - s < kMaxTitledNameWords && t[s - 1].quote < 0 && !t[s - 1].comma_after &&
         !t[s - 1].sentence_end && (t[s - 1].capitalized || IsTitleJoiner(t.Lower(s - 1)))) {
    --s;
  }
  // The run opens its clause (after a quote, comma or sentence end) with a capitalized word
  // that is no preposition: not `columnist for The Washington Post`, `reporters from The New
  // York Times`, `According to The Washington Post`.
  if (s >= end || end - s >= kMaxTitledNameWords || !t[s].capitalized) return false;
  if (s > 0 && t[s - 1].quote < 0 && !t[s - 1].comma_after && !t[s - 1].sentence_end &&
      t[s - 1].paragraph == t[s].paragraph) {
    return false;
  }
  static constexpr WordSet kOpeners{{"according", "as",    "in",      "on",   "at", "after",
                                     "before",    "for",   "from",    "with", "by", "when",
                                     "while",     "under", "during",  "to",   "of", "and",
                                     "but",       "asked", "speaking"}};
  if (kOpeners.contains(t.Lower(s))) return false;
  // `Aides to Sen. Chuck Grassley, R-Iowa, … said`, `Spokesman for …`: someone speaking for
  // the person named; `… The Washington Post`: an outlet, no person.
  static constexpr WordSet kForOthers{{"spokesman", "spokeswoman", "spokesperson", "aide", "lawyer",
                                       "adviser", "advisor", "friend", "ally", "source"}};
  if (kForOthers.contains(t.Lower(s)) || IsPluralCommonNoun(t.Lower(s)) ||
      IsPublicationWord(t.Lower(end - 1))) {
    return false;
  }
  for (int k = s; k < end; ++k) {
    if (t[k].quote >= 0 || t[k].sentence_end) return false;
    if (t[k].in_parens) continue;
    const absl::string_view w = t.Lower(k);
    if (!t[k].capitalized && !IsTitleJoiner(w)) return false;
    if (t[k].comma_after && !(k + 1 < end && t[k + 1].in_parens) && k + 1 < end) return false;
    if (k < name && t[k].capitalized && IsGivenName(t.Word(k))) return false;
  }
  return true;
}

}  // namespace

// `Jackie Steele -- also a Republican -- said`, `Nevada Gov. Steve Sisolak — the governor of an
// early primary state … — said`: when a dash aside ends right before the verb at `v`, the token
// its opening dash follows; `v` when there is none. The aside describes the subject before it,
// and names in it do not speak. (A dash glued to its words, `Longbine—a`, is inside a token.)
int SubjectReader::BeforeDashAside(int b, int v) const {
  if (v <= b + 1 || !DashBetween(t_, v - 1)) return v;
  for (int s = v - 1; s > b && v - s <= kMaxAppositiveWords; --s) {
    if (t_[s].quote >= 0 || t_.Sentence(s) != t_.Sentence(v)) return v;
    if (DashBetween(t_, s - 1)) return t_[s - 1].quote < 0 ? s : v;
  }
  return v;
}

// The clause before `end` back to `b`: the words after the last comma (the word before
// `end` may carry the comma that closes the clause), stopping at a quote.
int SubjectReader::ClauseStart(int b, int end) const {
  int s = end - 1;
  while (s > b && end - s < kMaxSubjectWords && !t_[s - 1].comma_after && t_[s - 1].quote < 0) {
    --s;
  }
  return s;
}

// Clauses that cannot hold the subject: relative clauses ("who sits on the committee"),
// places and times ("of Des Moines", "In Washington", "on Sunday"), participle asides.
bool SubjectReader::IsSubjectlessClause(int s) const {
  static constexpr WordSet kRelative{{"who", "which", "whose", "where", "whom", "that", "later",
                                      "earlier", "speaking", "asked", "watching", "appearing",
                                      "writing", "citing", "adding"}};
  static constexpr WordSet kPrepositions{{"of", "from", "in", "on", "at", "for", "with", "during",
                                          "despite", "by", "to", "into", "over", "under"}};
  const absl::string_view lead = t_.Lower(s);
  if (kRelative.contains(lead)) return true;
  // `Zeldin, without calling out Trump specifically, said`, `Paul, while saying President
  // Obama must …, told`: a preposition or subordinator opening a participle phrase after a
  // comma, an aside (not `In announcing the indictments Rosenstein said`, which opens the
  // sentence and runs on to its subject); the names inside are its objects (twenty-first
  // round (g)).
  static constexpr WordSet kBeforeParticiple{{"without", "while", "after", "before", "since",
                                              "despite", "upon", "when", "through", "in", "on",
                                              "by", "besides"}};
  // Not one holding "he"/"she" before its comma, a verb's own subject (`True, after
  // experiencing …—what he once called "…"`, `before citing … what he called "…"`).
  if (kBeforeParticiple.contains(lead) && s > 0 && t_[s - 1].comma_after &&
      t_[s - 1].quote < 0 && s + 1 < t_.size() && !t_[s + 1].capitalized &&
      absl::EndsWith(t_.Lower(s + 1), "ing")) {
    for (int k = s + 2; k < t_.size() && k - s < kMaxAppositiveWords && !t_[k - 1].comma_after;
         ++k) {
      if (t_.Lower(k) == "he" || t_.Lower(k) == "she") return false;
    }
    return true;
  }
  // "of Des Moines", "In Washington": the preposition governs the name right after it
  // ("in what Ben Franklin … called" does not).
  return kPrepositions.contains(lead) && s + 1 < t_.size() && t_[s + 1].capitalized;
}

// True when the name at token `start` is the agent of `obtained|reviewed|seen|viewed|acquired
// by (the)` inside the clause starting at `s`.
bool SubjectReader::ObtainedBy(int s, int start) const {
  int k = start - 1;
  if (k > s && t_.Lower(k) == "the") --k;
  if (k <= s || t_.Lower(k) != "by" || t_[k - 1].quote >= 0) return false;
  static constexpr WordSet kObtaining{{"obtained", "reviewed", "seen", "viewed", "acquired"}};
  return kObtaining.contains(t_.Lower(k - 1));
}

// The shortest phrase ending at `end` and starting in [s, end) that is a pronoun or a name
// (extended over its titles: "Foreign Minister Sergei Lavrov said").
Subject SubjectReader::NameOrPronounIn(int s, int end) const {
  // `Director of National Intelligence Dan Coats`: when the run of capitalized words has no
  // clean start (a title phrase with "of" in it), the name from its given name on.
  Subject from_given_name;
  int given_start = -1;  // Where from_given_name starts.
  for (int start = end - 1; start >= s; --start) {
    if (t_[start].in_parens) continue;
    // A name or pronoun starts at a capitalized word or "he"/"she"; nothing else parses.
    if (!t_[start].capitalized && t_.Lower(start) != "he" && t_.Lower(start) != "she") continue;
    // `an email obtained by the Washington Free Beacon said`: who obtained or reviewed a
    // document is not its voice; the document speaks, for an author not named here.
    if (ObtainedBy(s, start)) return Subject::Unnamed();
    // "the spokesman for Clinton": a name after "for"/"of"/"at" is not who speaks.
    if (start > s && !t_[start - 1].capitalized && IsAttachingWord(t_.Lower(start - 1))) {
      // "appointed by President Bill Clinton": the whole run is an object. Only a title
      // phrase keeps its name: "Director of National Intelligence Dan Coats", "U.S.
      // Ambassador to Russia Jon Huntsman" (a capitalized title before "to").
      const bool title_of =
          start - 1 > s && t_[start - 2].capitalized &&
          (t_.Lower(start - 1) == "of" ||
           (t_.Lower(start - 1) == "to" && IsTitleWord(t_.Lower(start - 2))));
      // `Assistant Secretary for Tax Policy Mark J. Mazur said`: a title phrase opening the
      // clause, the person's name at its end.
      if (!title_of && !(given_start >= 0 && IsOneTitledName(t_, s, given_start, end))) {
        from_given_name = Subject();
      }
      continue;
    }
    // `the 9th Circuit noted`: an ordinal opens a body's name (eighteenth round (g)).
    const int from = start > s && start + 1 == end && !t_[start - 1].capitalized &&
                             IsOrdinalWord(t_.Lower(start - 1)) &&
                             TakesAcronymBefore(t_.Lower(start))
                         ? start - 1
                         : start;
    Subject subj = ParseSubject(t_.text(), t_.lower(), Tokens(from, end));
    // `Trump's doctor`: someone speaking for the owner, unnamed (person_names.h).
    if (subj.kind == Subject::Kind::kPronoun || subj.kind == Subject::Kind::kUnnamed) return subj;
    if (subj.kind != Subject::Kind::kName) continue;
    if (start > s && t_[start - 1].capitalized && !t_[start - 1].in_parens) {
      if (IsGivenName(t_.Word(start)) && subj.name.find(' ') != std::string::npos) {
        from_given_name = subj;
        given_start = start;
      }
      continue;
    }
    // "the Department of Health and Human Services": the run after "and" ends a name that
    // an employer word governs; it is an object, not a speaker.
    if (start >= s + 2 && t_.Lower(start - 1) == "and" && t_[start - 2].capitalized) {
      int r = start - 2;
      while (r > s && t_[r - 1].capitalized) --r;
      if (r > s && IsAttachingWord(t_.Lower(r - 1))) {
        // `Office of Management and Budget Director Mick Mulvaney explained`: not in a title.
        if (!(given_start >= 0 && IsOneTitledName(t_, s, given_start, end))) {
          from_given_name = Subject();
        }
        continue;
      }
    }
    int first = from;
    while (first > s && (t_[first - 1].capitalized || t_[first - 1].in_parens ||
                         IsTitleWord(t_.Lower(first - 1)))) {
      --first;
    }
    Subject full = ParseSubject(t_.text(), t_.lower(), Tokens(first, end));
    if (full.kind != Subject::Kind::kName) return subj;
    // After a role word the titles before it only add titles: "Fraternal Order of Police
    // president Chuck Canterbury" is still Chuck Canterbury ("James Hohmann of the
    // Washington Post" is James Hohmann).
    const absl::string_view before = start > s ? t_.Lower(start - 1) : absl::string_view();
    const bool after_role =
        IsTitleWord(before) && before != "of" && before != "the" && before != "for";
    const bool same_name =
        full.name.size() >= subj.name.size() &&
        absl::string_view(full.name).substr(full.name.size() - subj.name.size()) == subj.name;
    return after_role && !same_name ? subj : full;
  }
  return from_given_name;
}

// The subject of the verb at `v`, read back to `b`, clause by clause across appositives
// ("Fred Whitaker, chairman of the county Republican Party, said"): the nearest clause that
// ends in a pronoun or a name; else a description or organization right before the verb.
Subject SubjectReader::SubjectBefore(int b, int v) const {
  Subject fallback;
  // A dash aside before the verb: the subject before it, when that is a name, body, pronoun or
  // unnamed person; else (`another McCain ally – Joe Lieberman – said`: a description) the
  // words up to the verb as before.
  const int aside = BeforeDashAside(b, v);
  if (aside != v) {
    // `Andrew Bleeker, president of the … firm Bully Pulpit Interactive — which worked for OFA
    // … — said`: a person opening the sentence, then an appositive up to the dash.
    const Subject opening = OpeningPersonBeforeAppositive(b, aside);
    if (opening.kind == Subject::Kind::kName) return opening;
    const Subject before = SubjectBefore(b, aside);
    // A one-word name must be a person the article names: `the Vatican’s Congregation for the
    // Doctrine of the Faith — … — declared` is no "Faith".
    const bool name = before.kind == Subject::Kind::kName &&
                      (before.name.find(' ') != std::string::npos ||
                       people_.Find(before.name) >= 0);
    if (name || before.kind == Subject::Kind::kOrganization ||
        before.kind == Subject::Kind::kPronoun || before.kind == Subject::Kind::kUnnamed) {
      return before;
    }
  }
  // `"…," another user wrote` / `with a U.S. official telling CNN "…"`.
  if (UnnamedPersonBefore(t_, b, v)) return Subject::Unnamed();
  const Subject relative = WhoClauseSubject(b, v);
  if (relative.kind != Subject::Kind::kNone) return relative;
  // `Dan Coats has said that "…"`: auxiliaries and adverbs stand between subject and verb.
  while (v - 1 > b && t_[v - 1].quote < 0 && !t_[v - 1].capitalized &&
         IsAuxiliaryBeforeVerb(t_.Lower(v - 1))) {
    --v;
  }
  // `…'s tweet … in which the President said "…"`: the relative clause has its own subject.
  for (int r = v - 2; r >= b && v - r <= kMaxSubjectWords && t_[r].quote < 0 && !t_[r].comma_after;
       --r) {
    const absl::string_view w = t_.Lower(r);
    if (w != "which" && w != "whom" && w != "where") continue;
    // Only a subject right after the relative word and up to the verb: `, which supports
    // Warren, called` has none of its own.
    const absl::string_view next = t_.Lower(r + 1);
    if (t_[v - 1].comma_after ||
        !(t_[r + 1].capitalized || next == "the" || next == "he" || next == "she")) {
      break;
    }
    Subject inner = NameOrPronounIn(r + 1, v);
    if (inner.kind == Subject::Kind::kNone) {
      inner = ParseSubject(t_.text(), t_.lower(), Tokens(r + 1, v));
      if (inner.kind != Subject::Kind::kDescription || !inner.definite) inner = Subject();
    }
    if (inner.kind != Subject::Kind::kNone) return inner;
    break;
  }
  // `Darren Caldwell, chief executive of DeWitt Hospital in DeWitt, Ark., said:`: a person
  // opening the sentence, then an appositive of any length (commas inside), then the verb.
  if (v > b && t_[v - 1].comma_after) {
    const Subject opening = OpeningPersonBeforeAppositive(b, v);
    if (opening.kind != Subject::Kind::kNone) return opening;
  }
  int end = v;
  // "X, <appositive>, verb": the appositive (between two commas, right before the verb)
  // describes X, and names in it ("spokesman under Eric Holder") do not speak.
  if (v > b && t_[v - 1].comma_after) {
    int s = v - 1;
    while (s > b && v - s < kMaxAppositiveWords && !t_[s - 1].comma_after && t_[s - 1].quote < 0) {
      --s;
    }
    if (s > b && t_[s - 1].comma_after && t_[s - 1].quote < 0) {
      const int s1 = ClauseStart(b, s);
      const bool pronoun_clause =
          v - s == 1 && (t_.Lower(s) == "he" || t_.Lower(s) == "she");  // "Change, he said,"
      if (!pronoun_clause && !IsSubjectlessClause(s1)) {
        Subject head = NameOrPronounIn(s1, s);
        // `the Chairman of the Joint Chiefs of Staff, Gen. Joseph Dunford, told`: a role
        // opened by "the" is described by the full name after it, not by a name inside it.
        if (head.kind == Subject::Kind::kName && t_.Lower(s1) == "the" &&
            AppositiveNamesPerson(s, v)) {
          return ParseSubject(t_.text(), t_.lower(), Tokens(s, v));
        }
        // Only a person: "Change, he said," has no appositive.
        if (head.kind == Subject::Kind::kName &&
            (head.name.find(' ') != std::string::npos || people_.Find(head.name) >= 0)) {
          return head;
        }
        // `The former secretary of state, who made …, wrote that "…"`; but `the group's
        // president, Vicki Saporta, said`: the appositive names the person.
        Subject whole = ParseSubject(t_.text(), t_.lower(), Tokens(s1, s));
        if (whole.kind == Subject::Kind::kDescription && whole.definite &&
            ParseSubject(t_.text(), t_.lower(), Tokens(s, v)).kind != Subject::Kind::kName) {
          return whole;
        }
      }
    }
  }
  for (int clause = 0; clause < kMaxSubjectClauses && end > b; ++clause) {
    const int s = ClauseStart(b, end);
    if (t_[end - 1].quote < 0 && !IsSubjectlessClause(s)) {
      Subject subj = NameOrPronounIn(s, end);
      if (subj.kind != Subject::Kind::kNone) return subj;
      if (clause == 0) {
        Subject whole = ParseSubject(t_.text(), t_.lower(), Tokens(s, end));
        // `Clinton is the "consummate pro," the Wisconsin Republican said`: a definite
        // description right before the verb is its subject; the names before are objects.
        // (`which Leonard, the executive director of Greenpeace US, calls` is an appositive.)
        if (whole.kind == Subject::Kind::kDescription && whole.definite &&
            !t_[end - 1].comma_after) {
          return whole;
        }
        // `the committee said`; but `Gallup, the polling company, calculated`: a business
        // noun after a comma describes the name before it, which the next clause reads.
        const bool appositive = s > b && t_[s - 1].comma_after && t_[s - 1].capitalized &&
                                IsOrganizationNoun(whole.name);
        if (whole.kind == Subject::Kind::kBody && !appositive) return whole;
        if (whole.kind == Subject::Kind::kDescription ||
            whole.kind == Subject::Kind::kOrganization) {
          fallback = whole;
        }
      }
    }
    end = s;
    while (end > b && t_[end - 1].quote >= 0) --end;
  }
  return fallback;
}

// `…welcomed by Prime Minister Netanyahu, who said:`, `a tough response from Reince Priebus,
// who tweeted:`: "who" right before the verb at `v` (adverbs between, no passive) stands for
// the person named right before its comma, whatever governs that name (an agent after "by",
// a source after "from"); read back to `b`. A name that ends an appositive (`said Josh Holmes,
// a former chief of staff to … Mitch McConnell, who added`) is inside the description of the
// person before it, whom "who" stands for.
Subject SubjectReader::WhoClauseSubject(int b, int v) const {
  int w = v - 1;
  while (w > b && t_[w].quote < 0 && !t_[w].capitalized && IsAuxiliaryBeforeVerb(t_.Lower(w)) &&
         !IsPassiveAuxiliary(t_.Lower(w))) {
    --w;
  }
  // `Newt Gingrich, who in 2002 began suggesting …`: a participle is no verb of "who".
  if (w > b && t_[w].quote < 0 && t_.Lower(w) != "who" && !IsParticiple(t_.Lower(v))) {
    w = WhoBeforeTimePhrase(b, w + 1);
    if (w < 0) return Subject();
  }
  if (w <= b || t_[w].quote >= 0 || t_.Lower(w) != "who") return Subject();
  // `Mitch McConnell (R-Ky.), who told`: the aside after the name carries its comma.
  int last = w - 1;
  if (!t_[last].comma_after) return Subject();
  while (last > b && t_[last].in_parens && t_[last].quote < 0) --last;
  const WordSpan& before = t_[last];
  if (before.quote >= 0 || before.possessive || before.in_parens || before.sentence_end) {
    return Subject();
  }
  // `Adm. James Stockdale, Perot's running mate, who said,`, `Defense Secretary James Mattis,
  // a retired Marine general, who once told lawmakers,`: "who" stands for the person the
  // appositive before it describes.
  if (!before.capitalized) return last == w - 1 ? PersonBeforeAppositive(b, w - 1, w) : Subject();
  int first = last;
  while (first > b && last + 1 - first < kMaxSubjectWords && t_[first - 1].quote < 0 &&
         !t_[first - 1].comma_after && !t_[first - 1].sentence_end &&
         (t_[first - 1].capitalized || IsTitleWord(t_.Lower(first - 1)))) {
    --first;
  }
  // `It goes for John Kerry, who`: title words ("for", "of") that open no title phrase.
  while (first < last && !t_[first].capitalized) ++first;
  const Subject described = PersonBeforeAppositive(b, first, last + 1);
  if (described.kind != Subject::Kind::kNone) return described;
  // Only a person the article names: `a professor … in Washington, who adds:` ends an
  // appositive with a place.
  const Subject named = ParseSubject(t_.text(), t_.lower(), Tokens(first, last + 1));
  if (named.kind != Subject::Kind::kName || people_.Find(named.name) < 0) return Subject();
  // `a physician at Stanford Health Care, who said`: the employer after of/at/for is not
  // the one "who" stands for; but `caught the attention of Mr. Trump, who tweeted:`, `It goes
  // for John Kerry, who in 2004 said,` name a person by a title or given name.
  if (first > b) {
    const absl::string_view governs = t_.Lower(first - 1);
    const absl::string_view given = absl::string_view(named.name).substr(0, named.name.find(' '));
    const bool person_of =
        (governs == "of" || governs == "for") && (!named.titles.empty() || IsGivenName(given));
    if ((governs == "of" || governs == "at" || governs == "for") && !person_of) {
      return Subject();
    }
  }
  return named;
}

// `John Kerry, who in 2004 said,`, `Biden, who on Monday said,`, `Richard Trumka, who Tuesday
// wrote`: "who" before a short time or place phrase (a preposition or a weekday first; no comma,
// clause word, personal pronoun, auxiliary, speech verb or lower-case -ed word in it) that ends
// at token `v` (exclusive; auxiliaries already skipped); the token of "who", or -1 when the
// words read otherwise. Read back to `b`.
int SubjectReader::WhoBeforeTimePhrase(int b, int v) const {
  static constexpr WordSet kOpeners{{"in",       "on",      "at",        "during",   "after",
                                     "before",   "since",   "until",     "last",     "earlier",
                                     "monday",   "tuesday", "wednesday", "thursday", "friday",
                                     "saturday", "sunday",  "back",      "years",    "decades"}};
  static constexpr WordSet kStops{{"that", "who", "which", "whom", "whose", "and", "but", "or",
                                   "when", "as", "it", "he", "she", "they", "we", "i", "you"}};
  for (int w = v - 1; w > b && v - w <= kMaxWhoPhraseWords + 1; --w) {
    if (t_[w].quote >= 0 || t_[w].comma_after || t_[w].colon_after || t_[w].sentence_end ||
        t_[w].in_parens) {
      return -1;
    }
    const absl::string_view word = t_.Lower(w);
    if (word == "who") return w + 1 < v && kOpeners.contains(t_.Lower(w + 1)) ? w : -1;
    // `who in 2002 began suggesting`, `who in 2016 endorsed Trump and said`: a verb of its own.
    if (kStops.contains(word) || IsSpeechVerb(word) || IsAuxiliaryBeforeVerb(word) ||
        (absl::EndsWith(word, "ed") && !t_[w].capitalized) || word == "began") {
      return -1;
    }
  }
  return -1;
}

// The person an appositive describes when the words from a comma to token `i` open one (`a`,
// `the` or a title word after the comma: `Josh Holmes, a former chief of staff to …`,
// `Adam Schiff, chairman of …`), or are a short tag up to `end` (`Lindsey Graham, R-S.C.,`,
// `Martin Luther King, Jr.,`); read back to `b`. None when the comma follows no person the
// article names, or the words after it are no appositive (`McCain and Tom Coburn, as well as
// … Mitt Romney`).
Subject SubjectReader::PersonBeforeAppositive(int b, int i, int end) const {
  for (int c = i - 1; c >= b && i - c <= kMaxAppositiveWords; --c) {
    if (t_[c].quote >= 0 || t_[c].sentence_end) return Subject();
    if (!t_[c].comma_after) continue;
    bool tag = end - (c + 1) <= kMaxTagWords;
    for (int k = c + 1; k < end && tag; ++k) tag = t_[k].capitalized;
    // `a …`, `the …`, `chairman of …`, `outgoing president of …`; not a list going on
    // (`Mr. Pence, including Louisiana Gov. Bobby Jindal, who`).
    static constexpr WordSet kListWords{
        {"including", "and", "as", "like", "such", "or", "but", "with", "plus"}};
    bool opens = false;
    for (int k = c + 1;
         k < end && k <= c + kMaxTagWords && !opens && !kListWords.contains(t_.Lower(c + 1)); ++k) {
      const absl::string_view word = t_.Lower(k);
      opens = word == "a" || word == "an" || word == "the" || IsTitleWord(word);
    }
    int name_end = c;  // `Rep. Steve Israel (D-NY), chairman of …`: the aside is no name.
    while (name_end > b && t_[name_end].in_parens) --name_end;
    if (!t_[name_end].capitalized || t_[name_end].in_parens || !(tag || opens)) return Subject();
    c = name_end;
    int n = c;
    while (n > b && c - n < kMaxSubjectWords && t_[n - 1].capitalized && t_[n - 1].quote < 0 &&
           !t_[n - 1].comma_after && !t_[n - 1].sentence_end) {
      --n;
    }
    const Subject person = ParseSubject(t_.text(), t_.lower(), Tokens(n, c + 1));
    if (person.kind != Subject::Kind::kName || people_.Find(person.name) < 0) return Subject();
    return person;
  }
  return Subject();
}

// True when [s, v) is a person's full name and nothing else: capitalized words, a given
// name or personal title first (`Gen. Joseph Dunford`).
bool SubjectReader::AppositiveNamesPerson(int s, int v) const {
  if (v - s < 2 || !(IsGivenName(t_.Word(s)) || IsTitleWord(t_.Lower(s)))) return false;
  for (int i = s; i < v; ++i) {
    if (!t_[i].capitalized || t_[i].possessive || t_[i].quote >= 0) return false;
  }
  return ParseSubject(t_.text(), t_.lower(), Tokens(s, v)).kind == Subject::Kind::kName;
}

}  // namespace claimdup
