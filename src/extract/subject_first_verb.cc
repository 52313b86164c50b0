// SubjectReader's reading of the subject of a sentence's first verb for a second verb that
// has none of its own (subject_reader.h; nineteenth round (b)): `McConnell repeatedly called
// out Pelosi …, accused her of bowing to the “far left,” and said "…"`, `Then he claimed "total
// credit" for …, and warned that "…"`, `Gen. Mark A. Welsh III, from the Air Force, labeled …
// a "cancer" and said that "…"`, `Khan began the war of words with an op-ed …, calling Donald
// Trump "…"`. The sentence reads: opening words, a name or "he"/"she" (an appositive after it
// allowed), a verb, then the second verb. SharedSubject reads the same shape for people the
// article introduced; this one also takes a surname it never introduced and a pronoun after an
// opening adverb or time phrase. A description or body opening the sentence is left to the
// other readers. Bounded by the sentence's words before the verb: O(kMaxHeadWords).
#include <string>

#include "absl/strings/match.h"
#include "extract/given_names.h"
#include "extract/person_names.h"
#include "extract/subject_reader.h"
#include "extract/unnamed_speakers.h"
#include "extract/verb_words.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// Words opening a sentence before its subject: `Then he …`, `But later McConnell …`.
bool IsOpeningAdverb(absl::string_view w) {
  static constexpr WordSet kWords{{"and", "but", "so", "yet", "then", "later", "still", "now",
                                   "again", "finally", "instead", "earlier", "afterward",
                                   "afterwards", "meanwhile", "also", "only", "even", "today",
                                   "yesterday", "separately", "similarly", "likewise"}};
  return kWords.contains(w);
}

// `last week he …`, `this month McConnell …`: the first word of a two-word time phrase.
bool OpensTimePhrase(absl::string_view w) { return w == "last" || w == "this" || w == "on"; }

// Words that open a phrase before the subject, closed by a comma: `In his speech, Biden …`,
// `When asked who …, Trump …`, `Traveling to the rally, educator …`. Not "if"/"unless": `if John
// Boehner stood up and said, "…"` puts words in someone's mouth.
bool OpensFrontedPhrase(absl::string_view w) {
  static constexpr WordSet kWords{
      {"as", "when", "after", "while", "because", "although", "since", "before", "though", "in",
       "on", "at", "for", "with", "during", "speaking", "asked", "writing", "traveling",
       "travelling", "appearing", "responding", "addressing", "days", "hours", "weeks", "months",
       "years", "minutes", "moments", "shortly", "soon", "later", "earlier", "back"}};
  return kWords.contains(w);
}

// Past forms that do not end in -ed: `Biden spoke …`, `Trump took …`.
bool IsIrregularPast(absl::string_view w) {
  static constexpr WordSet kWords{
      {"said",  "told",  "wrote",  "made",  "took", "gave", "sent", "went", "came",  "began",
       "spoke", "stood", "threw",  "struck", "held", "put",  "got",  "sat",  "shook", "brought",
       "left",  "led",   "fought", "drew",  "hit",  "won",  "lost", "kept", "met",   "ran",
       "saw",   "set",   "felt",   "found", "rose", "broke", "chose", "sought", "stuck"}};
  return kWords.contains(w);
}

// Words that open a clause or are no part of a subject's noun phrase: `I think if …`,
// `Climate experts and even presidential candidates including Beto O’Rourke credited`.
bool IsClauseWord(absl::string_view w) {
  static constexpr WordSet kWords{{"i", "we", "you", "they", "it", "if", "unless", "when",
                                   "whether", "that", "who", "which", "whose", "whom", "think",
                                   "thinks", "believe", "is", "are", "was", "were", "would",
                                   "could", "should", "will", "can", "not", "where", "while",
                                   "including", "like", "such", "among"}};
  return kWords.contains(w);
}

}  // namespace

// True when the lower-case token `k` reads as a finite verb after a subject: a past form or a
// speech verb (`said`, `says`, `notes`).
bool SubjectReader::ReadsAsVerb(int k) const {
  if (t_[k].capitalized || t_[k].quote >= 0) return false;
  const absl::string_view w = t_.Lower(k);
  if (IsIrregularPast(w) || IsSpeechVerb(w) || IsQuotingVerb(w)) return true;
  // `op-ed`, `Iranian armed forces spokesman …`: no verb; an -ed word before a plural noun
  // is an adjective.
  if (w.size() <= 4 || w.substr(w.size() - 2) != "ed" || w.find('-') != absl::string_view::npos) {
    return false;
  }
  if (k + 1 >= t_.size() || t_[k + 1].capitalized || t_[k + 1].quote >= 0) return true;
  const absl::string_view next = t_.Lower(k + 1);
  static constexpr WordSet kNotPlural{{"his", "its", "this", "was", "as", "us", "is", "has",
                                       "across", "towards", "afterwards", "always", "perhaps"}};
  return next.size() < 3 || next.back() != 's' || kNotPlural.contains(next) ||
         absl::EndsWith(next, "ss") || absl::EndsWith(next, "ous");
}

// For the verb at `v`, which has no subject of its own (joined by "and"/"but", or a participle
// after a comma), in the sentence starting at `sb`: the name or "he"/"she" that opens the
// sentence as the subject of its first verb; else nothing.
Subject SubjectReader::FirstVerbSubject(int sb, int v) const {
  int i = sb;
  // Opening adverbs, a two-word time phrase, one fronted phrase closed by a comma.
  bool fronted = false;
  for (int guard = 0; i < v && guard < 4; ++guard) {
    if (t_[i].quote >= 0) return Subject();
    const absl::string_view w = t_.Lower(i);
    if (IsOpeningAdverb(w)) {
      ++i;
    } else if (OpensTimePhrase(w) && i + 2 < v && !t_[i].comma_after &&
               !t_[i + 1].comma_after && !IsTitleWord(t_.Lower(i + 1))) {
      i += 2;
    } else if (!fronted && OpensFrontedPhrase(w)) {
      int c = i;
      while (c < v && c - i < kMaxHeadWords && !t_[c].comma_after && t_[c].quote < 0) ++c;
      if (c >= v || !t_[c].comma_after || t_[c].quote >= 0) return Subject();
      i = c + 1;
      fronted = true;
    } else {
      break;
    }
  }
  if (i >= v || t_[i].quote >= 0) return Subject();
  Subject s;
  int k = i;  // The token after the subject.
  if (t_.Lower(i) == "he" || t_.Lower(i) == "she") {
    s = ParseSubject(t_.text(), t_.lower(), Tokens(i, i + 1));
    k = i + 1;
  } else {
    // The words up to the first verb, adverb, aside or comma: `EU foreign affairs chief
    // Federica Mogherini condemned`, `The candidate's son Donald Trump Jr. called`; the name
    // must end them (NameOrPronounIn: role words before it allowed, an object after "of" not).
    while (k < v && k - i < kMaxSubjectWords && t_[k].quote < 0 && !t_[k].in_parens &&
           !ReadsAsVerb(k) && !IsMannerAdverb(t_.Lower(k)) &&
           !(IsAuxiliaryBeforeVerb(t_.Lower(k)) && !t_[k].capitalized) && !t_[k].comma_after) {
      ++k;
    }
    if (k < v && t_[k].comma_after && t_[k].quote < 0 && !ReadsAsVerb(k)) ++k;
    if (k == i || k >= v || !t_[k - 1].capitalized || t_[k - 1].possessive) return Subject();
    // `A spokesman for the New Hampshire Democratic Party`, `Lawyers for the American Civil
    // Liberties Union`, `A readout from the State Department`: the name after "for", "of" or
    // "from" is no speaker, and whoever speaks for it is left to the other readers.
    if (NamesUnnamedPerson(t_, i, k)) return Subject();
    int from = i;
    bool acronym = false;
    int cut_at = -1;  // The word after an "and" inside the subject's words.
    for (int j = i; j + 1 < k; ++j) {
      if (!t_[j].capitalized && IsAttachingWord(t_.Lower(j))) return Subject();
      // `Syria's Jaafari`, `The candidate's son Donald Trump Jr.`: the name after the owner.
      if (t_[j].possessive) from = j + 1;
    }
    for (int j = from; j + 1 < k; ++j) {
      // `And I think if John Boehner stood up and said, "…"`: a clause, not a subject.
      if (IsClauseWord(t_.Lower(j))) return Subject();
      if (t_.Lower(j) == "and" && cut_at < 0) cut_at = j + 1;
      acronym |= t_[j].all_caps;
    }
    s = NameOrPronounIn(from, k);
    if (s.kind != Subject::Kind::kName) return Subject();
    // `PEN America`, `CGI Federal`: the name read would drop the acronym opening it.
    const bool lone = s.name.find(' ') == std::string::npos;
    // `Gabbard’s most recent Fox hit took place`: after an owner only a full name is a person
    // (`The candidate's son Donald Trump Jr.`), as for SharedSubject (OwnerNamedPerson).
    if (acronym && lone) return Subject();
    if (from > i && lone) return Subject();
    // `The NAACP Legal Defense and Education Fund sent`: a name read from "and" on is cut.
    if (cut_at >= 0 && absl::StartsWith(s.name, t_.Word(cut_at))) return Subject();
    // `Groups have challenged …, arguing`: a plural noun opening the sentence is no surname
    // (`McConnell`, `Tufekci` are read though the article never introduced them).
    static constexpr WordSet kPluralVerbs{{"have", "are", "were", "do", "say", "argue", "warn"}};
    if (lone && s.name.back() == 's' && kPluralVerbs.contains(t_.Lower(k)) &&
        people_.Find(s.name) < 0) {
      return Subject();
    }
    // `Gen. Mark A. Welsh III, from the Air Force, labeled`, `Harischandra, who witnessed …,
    // said`: an appositive closed by a second comma.
    if (t_[k - 1].comma_after) {
      int c = k;
      while (c < v && c - k < kMaxAppositiveWords && !t_[c].comma_after && t_[c].quote < 0 &&
             !t_[c].sentence_end) {
        ++c;
      }
      if (c >= v || !t_[c].comma_after || t_[c].quote >= 0) return Subject();
      k = c + 1;
    }
  }
  if (s.kind != Subject::Kind::kName && s.kind != Subject::Kind::kPronoun) return Subject();
  // `Andrew Cuomo (D) reacted`: an aside; `McConnell repeatedly called`: adverbs.
  while (k < v && (t_[k].in_parens || IsMannerAdverb(t_.Lower(k)) ||
                   (IsAuxiliaryBeforeVerb(t_.Lower(k)) && !t_[k].capitalized))) {
    ++k;
  }
  if (k + 1 >= v || !ReadsAsVerb(k)) return Subject();
  // `She said Democrats were trying …, but added`, `NPR's … reported that Chao talked … but
  // acknowledged`: after a speech verb that opens reported speech, the second verb may be the
  // reported subject's.
  if (IsSpeechVerb(t_.Lower(k)) || IsQuotingVerb(t_.Lower(k))) {
    const absl::string_view next = t_.Lower(k + 1);
    if (next == "that" || t_[k + 1].capitalized || next == "he" || next == "she" ||
        next == "they" || next == "it") {
      return Subject();
    }
  }
  // Between the first verb and the second: no sentence end, only short quotes, and no speech
  // verb with a subject of its own (`The Marines are assigned to …, CENTCOM said, adding`).
  for (int j = k + 1; j < v; ++j) {
    const absl::string_view w = t_.Lower(j);
    if (t_[j].quote < 0 && (IsSpeechVerb(w) || IsQuotingVerb(w)) && !IsParticiple(w) &&
        !t_[j - 1].comma_after &&
        (t_[j - 1].capitalized || t_.Lower(j - 1) == "he" || t_.Lower(j - 1) == "she" ||
         t_.Lower(j - 1) == "they")) {
      return Subject();
    }
    if (t_[j].sentence_end && t_[j].quote < 0) return Subject();
    if (t_[j].quote >= 0) {
      const int q = t_[j].quote;
      if (t_.QuoteEnd(q) - t_.QuoteStart(q) > kMaxQuotedWordsBetweenVerbs ||
          (t_[t_.QuoteEnd(q) - 1].sentence_end && !t_[t_.QuoteEnd(q) - 1].comma_after)) {
        return Subject();
      }
      j = t_.QuoteEnd(q) - 1;
    }
  }
  return s;
}

}  // namespace claimdup
