// AntecedentResolver's clause readings (antecedents.h, twentieth round (b)): who in a sentence
// can be "he"/"she" by the clause each name stands in. A person named in a subordinate clause
// opening the sentence (`But once Obama released his birth certificate, Trump hedged.`) is not
// the main clause's subject, named right after its comma; a surname used as a modifier (`said
// the Sanders campaigner`, `the Trump administration`) names no one who acts. Each reading
// looks at a bounded number of tokens.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "extract/antecedents.h"
#include "extract/generic_body_words.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {

static constexpr WordSet kSubordinatorWords{{"once", "when", "after", "because", "if", "although",
                                             "though", "since", "before", "while", "until",
                                             "unless", "whereas", "whenever"}};

// The last token (the one before its comma) of a subordinate clause opening the sentence that
// begins at `sb` (after `But`/`And`/`So` at most: `But once Obama released his birth
// certificate,`), within kMaxOpeningClauseWords and before `se`; -1 when there is none.
int AntecedentResolver::OpeningClauseEnd(int sb, int se) const {
  int i = sb;
  if (i < se && t_[i].quote < 0) {
    const absl::string_view lead = t_.Lower(i);
    if (lead == "but" || lead == "and" || lead == "so" || lead == "yet") ++i;
  }
  if (i + 1 >= se || t_[i].quote >= 0 || t_[i].comma_after ||
      !kSubordinatorWords.contains(t_.Lower(i))) {
    return -1;
  }
  for (int k = i + 1; k < se && k - i <= kMaxOpeningClauseWords; ++k) {
    if (t_[k].quote >= 0 || t_[k].colon_after || t_[k].sentence_end) return -1;
    if (t_[k].comma_after) return k;
  }
  return -1;
}

// `But once Obama released his birth certificate, Trump hedged.`: when the sentence of
// `found` (candidates in text order, all of one sentence beginning at `sb`, before `se`)
// opens with a subordinate clause and a candidate is the main clause's subject (named right
// after the clause's comma, after title words at most), drops the candidates of the clause.
void AntecedentResolver::DropOpeningClausePeople(int sb, int se,
                                                 std::vector<Antecedent>* found) const {
  if (found->size() < 2) return;
  const int end = OpeningClauseEnd(sb, se);
  if (end < 0 || found->front().token > end) return;
  const bool subject_after = std::any_of(found->begin(), found->end(), [&](const Antecedent& a) {
    if (a.token <= end || a.possessive) return false;
    if (a.speech_verb) return false;  // Its token is the verb, not the name.
    for (int k = end + 1; k < a.token; ++k) {
      if (t_[k].quote >= 0 || t_[k].comma_after ||
          !(t_[k].capitalized || IsTitleWord(t_.Lower(k)))) {
        return false;
      }
    }
    return true;
  });
  if (!subject_after) return;
  std::erase_if(*found, [end](const Antecedent& a) { return a.token <= end; });
}

std::optional<std::string> AntecedentResolver::OpeningClauseLoneName(int s, int position,
                                                                    Gender g) const {
  if (g == Gender::kUnknown) return std::nullopt;
  const int sb = t_.SentenceBegin(s), se = t_.SentenceEnd(s);
  const int end = OpeningClauseEnd(sb, se);
  const int pronoun = end + 1;
  if (end < 0 || pronoun >= se || t_[pronoun].quote >= 0 ||
      (position >= 0 && position != pronoun) ||
      t_.Lower(pronoun) != (g == Gender::kMale ? "he" : "she")) {
    return std::nullopt;
  }
  // `Unless Congress expands …, he promises`: a body by its one word, no surname.
  static constexpr WordSet kInstitutions{{"congress", "parliament", "senate", "house",
                                          "government", "washington", "moscow", "beijing",
                                          "kremlin", "pentagon", "republicans", "democrats"}};
  // The subordinator's token: the sentence's first, or its second after `But`/`And`/`So`/`Yet`.
  int name = sb + 1;
  if (!kSubordinatorWords.contains(t_.Lower(sb))) ++name;
  if (name + 1 > end || t_[name].quote >= 0 || !t_[name].capitalized || t_[name].all_caps ||
      IsNonNameCapitalized(t_.Lower(name)) || IsTitleWord(t_.Lower(name)) ||
      IsGenericBodyWord(t_.Lower(name)) || IsGenericBodyName(t_.Word(name)) ||
      kInstitutions.contains(t_.Lower(name)) ||
      t_[name].possessive ||
      t_[name].comma_after || t_[name + 1].capitalized ||
      !IsLoneNameSpeaker(t_.Word(name))) {
    return std::nullopt;
  }
  if (!places_found_) FindPlaceWords();
  if (places_.contains(t_.Word(name))) return std::nullopt;
  // A person the article introduced is a candidate the chain already reads.
  for (const Mention& m : people_.MentionsInSentence(s)) {
    if (m.token == name) return std::nullopt;
  }
  // `After Biden issued his unequivocal denial …, she pressed`: the clause's "his" is the name.
  const Gender other = g == Gender::kMale ? Gender::kFemale : Gender::kMale;
  for (int k = name + 1; k <= end; ++k) {
    if (t_[k].quote < 0 && PronounGender(t_.Lower(k)) == other) {
      return std::nullopt;
    }
  }
  const absl::string_view word = t_.Word(name);
  if (auto it = speaker_surnames_.find(word); it != speaker_surnames_.end()) {
    return std::string(it->second);
  }
  // `Rep. Adam Schiff` + `When Schiff was grilled …, he replied`: the full name.
  if (people_.Find(word) >= 0) return people_.FullName(word);
  return std::string(word);
}

// True when the mention at `token` is one capitalized word between `the`/`a`/`an` and a
// lower-case word of its noun phrase (`said the Sanders campaigner`, `the Trump
// administration`): a modifier naming whose campaign or staff, not a person who acts.
bool AntecedentResolver::IsModifierMention(int token) const {
  if (token < 1 || token + 1 >= t_.size()) return false;
  const WordSpan& w = t_[token];
  if (w.quote >= 0 || w.possessive || w.comma_after || w.sentence_end || w.colon_after ||
      w.all_caps || t_[token - 1].quote >= 0 || t_[token - 1].comma_after) {
    return false;
  }
  const absl::string_view before = t_.Lower(token - 1);
  if (before != "the" && before != "a" && before != "an") return false;
  const WordSpan& next = t_[token + 1];
  if (next.quote >= 0 || next.capitalized) return false;
  const absl::string_view n = t_.Lower(token + 1);
  static constexpr WordSet kNotNouns{
      {"and",   "or",  "who",  "whom", "whose",   "that",    "which",  "is",  "was",
       "has",   "had", "have", "will", "would",   "could",   "should", "can", "may",
       "might", "did", "does", "also", "himself", "herself", "to",     "of",  "in",
       "on",    "at",  "for",  "with", "by",      "from",    "as"}};
  return !kNotNouns.contains(n) && !IsSpeechVerb(n) && !IsTailSpeechVerb(n) &&
         !absl::EndsWith(n, "ed");
}

// `"…, Dana," he told Bash.` + `"…," Bash said.` + `"…," he said`: someone of unknown sex
// whom "he" (g male; "she" for female) told or asked a quote in [b, e) is not who "he" is.
// The article's `he told X` phrases are read once, on first use: linear.
bool AntecedentResolver::ToldByPronoun(absl::string_view name, Gender g, int b, int e) const {
  if (!told_found_) {
    told_found_ = true;
    // Only a quote's attribution (`"…," he told Bash.`): in dialogue the one told is the
    // other speaker; `She told Gabbard that …` may be a woman other than the later "she".
    for (int i = 1; i + 2 < t_.size(); ++i) {
      if (t_[i - 1].quote < 0 || t_[i].quote >= 0 || t_[i + 1].quote >= 0 || t_[i + 2].quote >= 0 ||
          !IsListenerVerb(t_.Lower(i + 1)) || !t_[i + 2].capitalized || t_[i].comma_after ||
          t_[i + 1].comma_after) {
        continue;
      }
      const absl::string_view p = t_.Lower(i);
      if (p == "he" || p == "she")
        told_.push_back({i + 2, p == "he" ? Gender::kMale : Gender::kFemale});
    }
  }
  const absl::string_view surname = Surname(name);
  auto it =
      std::lower_bound(told_.begin(), told_.end(), b,
                       [](const std::pair<int, Gender>& x, int pos) { return x.first < pos; });
  for (; it != told_.end() && it->first < e; ++it) {
    if (it->second != g) continue;
    // The name told: its run of capitalized words, ending in `surname`.
    int k = it->first;
    while (k + 1 < t_.size() && k - it->first < kLongNameWords && t_[k + 1].capitalized &&
           !t_[k].comma_after && !t_[k].sentence_end && t_[k + 1].quote < 0) {
      ++k;
    }
    if (t_.Word(k) == surname || t_.Word(it->first) == surname) return true;
  }
  return false;
}

}  // namespace claimdup
