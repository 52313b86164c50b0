// AntecedentResolver's leading possessors (antecedents.h, twenty-first round (c)): a sentence
// whose subject is a person's possessive (`Johnson's other complaint about the question order
// concerned …`, `Obama's efforts to ease the humanitarian crisis in Syria have largely fallen
// short since an uprising against President Bashar al-Assad …`) goes on about that person; a
// pronoun after it is the possessor, not a speaker named sentences before nor a name in a
// prepositional phrase of the sentence. Bounded: the possessor's run, a few words after it,
// and the sentence's words once.
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/antecedents.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {

// Nouns of people a possessive may own (`Trump's lawyer argued …`, `Trump's surrogates`): the
// sentence is then about them, not the possessor. Titles and kin words have their own lists.
static bool IsOwnedPersonNoun(absl::string_view w) {
  static constexpr WordSet kNouns{
      {"lawyer",      "lawyers",      "attorney",   "attorneys",   "spokesman",  "spokeswoman",
       "spokesperson", "aide",        "aides",      "adviser",     "advisers",   "advisor",
       "advisors",    "friend",       "friends",    "fixer",       "successor",  "predecessor",
       "opponent",    "opponents",    "rival",      "rivals",      "challenger", "deputy",
       "deputies",    "nominee",      "nominees",   "pick",        "appointee",  "ally",
       "allies",      "critics",      "supporters", "surrogate",   "surrogates", "biographer",
       "doctor",      "physician",    "boss",       "partner",     "girlfriend", "boyfriend",
       "running",     "campaign",     "staff",      "staffers",    "team",       "office",
       "manager",     "backers",    "loyalists",   "defenders",  "accuser",
       "accusers",    "people",       "family",     "children",    "kids",       "mother",
       "father",      "parents",      "replacement", "counterpart", "colleague", "colleagues"}};
  return kNouns.contains(w);
}

// Words that, opening a sentence before a possessive, make it no subject (`While North
// Korea's nuclear tests are "unwanted," … said Robert E. Kelly`).
static bool IsClauseOpener(absl::string_view w) {
  static constexpr WordSet kOpeners{
      {"while", "although", "though", "if", "when", "after", "before", "since", "because",
       "once", "unless", "as", "for", "despite", "with", "like", "unlike", "in", "at", "on",
       "during", "from", "to", "by", "of", "whether", "until", "whereas", "without", "under"}};
  return kOpeners.contains(w);
}

// When sentence `s` (before token `se`, its candidates `found`, possessives dropped) opens
// (after `But`/`And`/`So`/`Yet` at most) with a capitalized run ending in the possessive of a
// person the article names whose known gender is g; the possessed words (to a preposition or
// article, at most kMaxOwnedWords) name no person (no title, kin or person noun: `Trump's
// former attorney`, `Obama's wife`); no other person is named within kMaxPossessedPhraseWords
// after it (`Trump's fixer Michael Cohen`); the sentence has no speech verb (`…, said Dan
// Holler`); it ends as a sentence does; and every candidate of `found` stands in a prepositional phrase (`against President
// Bashar al-Assad`, not `and Mr. Trump eagerly embraced it`): the possessor's full name.
std::optional<std::string> AntecedentResolver::LeadingPossessor(
    int s, Gender g, int se, const std::vector<Antecedent>& found) const {
  constexpr int kMaxOwnedWords = 4;
  if (g == Gender::kUnknown) return std::nullopt;
  const int sb = t_.SentenceBegin(s);
  int i = sb;
  if (i >= se || t_[i].quote >= 0) return std::nullopt;
  const absl::string_view lead = t_.Lower(i);
  if (lead == "but" || lead == "and" || lead == "so" || lead == "yet") ++i;
  if (i >= se || IsClauseOpener(t_.Lower(i))) return std::nullopt;
  int p = i;  // The capitalized run ending in the possessive: `Mr. Obama's`.
  while (p < se && p - i < kMaxSubjectWords && t_[p].capitalized && !t_[p].possessive &&
         !t_[p].comma_after && t_[p].quote < 0) {
    ++p;
  }
  if (p + 1 >= se || !t_[p].capitalized || !t_[p].possessive || t_[p].comma_after ||
      t_[p].quote >= 0 || t_[p + 1].capitalized || t_[p + 1].quote >= 0) {
    return std::nullopt;
  }
  for (int k = p + 1; k < se && k <= p + kMaxOwnedWords; ++k) {
    if (t_[k].capitalized || t_[k].quote >= 0) break;
    const absl::string_view w = t_.Lower(k);
    // The possessed noun phrase ends at a preposition or article (`efforts to ease the …`).
    if (IsAttachingWord(w) || w == "the" || w == "a" || w == "an") break;
    if (IsTitleWord(w) || IsKinWord(w) || IsOwnedPersonNoun(w)) return std::nullopt;
    if (t_[k].comma_after || t_[k].sentence_end) break;
  }
  for (int k = sb; k < se; ++k) {
    if (t_[k].quote >= 0 || IsSpeechVerb(t_.Lower(k))) return std::nullopt;
  }
  // A sentence, not a link's headline (`Trump's relationship with Russia – what we know and
  // what comes next Read more`): it ends in a full stop, "!" or "?".
  const absl::string_view end = t_.GapAfter(se - 1);
  if (end.empty() || (end[0] != '.' && end[0] != '!' && end[0] != '?')) return std::nullopt;
  for (const Antecedent& a : found) {
    // Back over the name's capitalized and title words to the word governing it.
    int k = a.token - 1;
    while (k > p && a.token - k <= kMaxSubjectWords &&
           (t_[k].capitalized || IsTitleWord(t_.Lower(k))) && !t_[k].comma_after) {
      --k;
    }
    if (k <= p || !IsAttachingWord(t_.Lower(k))) return std::nullopt;
  }
  std::optional<std::string> owner;
  for (const Mention& m : people_.MentionsInSentence(s)) {
    if (m.token < i) continue;
    if (m.token <= p) {
      const Antecedent a{m.token, people_.people()[m.person].name, m.person, false, true};
      if (!m.possessive || !people_.IsClearlyPerson(m.person) || KnownGender(a) != g ||
          IsPlaceName(a)) {
        return std::nullopt;
      }
      owner = people_.FullName(a.name);
    } else if (m.token <= p + kMaxPossessedPhraseWords && !m.possessive) {
      return std::nullopt;
    }
  }
  return owner;
}

}  // namespace claimdup
