// SubjectReader's reading of a verb's subject back through its sentence (subject_reader.h),
// clause by clause: past auxiliaries, relative clauses and appositives (`Fred Whitaker,
// chairman of the county Republican Party, said`), to the nearest pronoun, name (extended over
// its titles), description or body. Split from subject_reader.cc.
#include <string>

#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/subject_reader.h"
#include "extract/unnamed_speakers.h"
#include "extract/verb_words.h"
#include "extract/word_set.h"

namespace claimdup {

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
// places and times ("of Des Moines", "In Washington", "on Sunday").
bool SubjectReader::IsSubjectlessClause(int s) const {
  static const auto* kRelative = new WordSet{
      "who",      "which", "whose",    "where",     "whom",    "that",   "later", "earlier",
      "speaking", "asked", "watching", "appearing", "writing", "citing", "adding"};
  static const auto* kPrepositions =
      new WordSet{"of",     "from",    "in", "on", "at",   "for",  "with",
                  "during", "despite", "by", "to", "into", "over", "under"};
  const absl::string_view lead = t_.Lower(s);
  if (kRelative->contains(lead)) return true;
  // "of Des Moines", "In Washington": the preposition governs the name right after it
  // ("in what Ben Franklin … called" does not).
  return kPrepositions->contains(lead) && s + 1 < t_.size() && t_[s + 1].capitalized;
}

// The shortest phrase ending at `end` and starting in [s, end) that is a pronoun or a name
// (extended over its titles: "Foreign Minister Sergei Lavrov said").
Subject SubjectReader::NameOrPronounIn(int s, int end) const {
  // `Director of National Intelligence Dan Coats`: when the run of capitalized words has no
  // clean start (a title phrase with "of" in it), the name from its given name on.
  Subject from_given_name;
  for (int start = end - 1; start >= s; --start) {
    if (t_[start].in_parens) continue;
    // A name or pronoun starts at a capitalized word or "he"/"she"; nothing else parses.
    if (!t_[start].capitalized && t_.Lower(start) != "he" && t_.Lower(start) != "she") continue;
    // "the spokesman for Clinton": a name after "for"/"of"/"at" is not who speaks.
    if (start > s && !t_[start - 1].capitalized && IsAttachingWord(t_.Lower(start - 1))) {
      // "appointed by President Bill Clinton": the whole run is an object. Only a title
      // phrase keeps its name: "Director of National Intelligence Dan Coats".
      const bool title_of =
          t_.Lower(start - 1) == "of" && start - 1 > s && t_[start - 2].capitalized;
      if (!title_of) from_given_name = Subject();
      continue;
    }
    Subject subj = ParseSubject(t_.text(), t_.lower(), Tokens(start, end));
    if (subj.kind == Subject::Kind::kPronoun) return subj;
    if (subj.kind != Subject::Kind::kName) continue;
    if (start > s && t_[start - 1].capitalized && !t_[start - 1].in_parens) {
      if (IsGivenName(t_.Word(start)) && subj.name.find(' ') != std::string::npos) {
        from_given_name = subj;
      }
      continue;
    }
    // "the Department of Health and Human Services": the run after "and" ends a name that
    // an employer word governs; it is an object, not a speaker.
    if (start >= s + 2 && t_.Lower(start - 1) == "and" && t_[start - 2].capitalized) {
      int r = start - 2;
      while (r > s && t_[r - 1].capitalized) --r;
      if (r > s && IsAttachingWord(t_.Lower(r - 1))) {
        from_given_name = Subject();
        continue;
      }
    }
    int first = start;
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
  // `"…," another user wrote` / `with a U.S. official telling CNN "…"`.
  if (UnnamedPersonBefore(t_, b, v)) return Subject::Unnamed();
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
        if (whole.kind == Subject::Kind::kBody) return whole;  // `the committee said`
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
