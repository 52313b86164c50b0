// Who "he", "she" and "the senator" are: antecedents of pronouns and descriptions.
//
// Candidates are the people an article names (article_people.h), the speakers already given
// to earlier quotes, and the subjects of speech verbs outside quotes ("Spencer said…"). A
// pronoun resolves to the nearest sentence (at most kMaxPronounSentences back) naming
// someone who can take it: preferring who spoke there, never a possessive ("Bush's
// predecessor Bill Clinton") but the one of a phrase opening the pronoun's sentence (`In
// Barr's summary to Congress, he said`), the nearest one in the pronoun's own sentence (but after a
// quote, `Graham said Trump must …, "…," he said`, whose speech verb holds that one). A
// description resolves through titles seen before a name ("the German foreign minister"), or for a
// person role ("the senator", "the New York Democrat") as a pronoun would. Each resolution
// reads a bounded number of candidates, so an article stays linear. A place is never "he" or
// "she" (`in El Salvador`, `in Bremerhaven, Germany,`, `North Korea`), and a sentence naming
// only places is read past. Nor is a person named in a subordinate clause opening a sentence
// whose main clause names its subject (`once Obama released …, Trump hedged`), a surname as a
// modifier (`the Sanders campaigner`), or whom the pronoun told a quote (`"…," he told Bash`).
// The pronoun chain is in antecedents.cc, descriptions and roles in antecedent_roles.cc, places
// in antecedent_places.cc, clause readings in antecedent_clauses.cc, a one-word subject no
// candidate reads (`Lipinski did not concede …` + `"…," he said`) in antecedent_subjects.cc.
#ifndef CLAIMDUP_EXTRACT_ANTECEDENTS_H_
#define CLAIMDUP_EXTRACT_ANTECEDENTS_H_

#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "extract/article_people.h"
#include "extract/attribution_tokens.h"
#include "extract/given_names.h"
#include "extract/lone_speakers.h"
#include "extract/role_fit.h"
#include "extract/subject_reader.h"

namespace claimdup {

inline constexpr int kMaxAntecedents = 40;      // Candidates one resolution looks back over.
inline constexpr int kMaxPronounSentences = 4;  // "he" refers at most this many sentences back.
// Back through sentences led by the same pronoun speaking (`He says …`), at most this many.
inline constexpr int kMaxPronounChainSentences = 12;
// Page-furniture sentences (web_junk.h) a pronoun reads past uncounted, at most this many.
inline constexpr int kMaxFurnitureSentences = 24;
// `Bannon, who apparently disagrees with the so-called “globalists”`: `who` to a speaker.
inline constexpr int kMaxRelativeClauseWords = 8;
inline constexpr int kLongNameWords = 4;        // `Kathleen Hartington Kennedy Townsend`.
inline constexpr int kMaxDescriptionWords = 4;  // `The real estate mogul` opening a sentence.
inline constexpr int kMaxOpeningWords = 6;      // `Before the debate,` opening a sentence.
// `At one of President Trump’s daily press briefings, he said`: words after the possessor to
// the comma before the pronoun.
inline constexpr int kMaxPossessedPhraseWords = 8;
// `But once Obama released his birth certificate,`: words of a subordinate clause opening a
// sentence, to its comma.
inline constexpr int kMaxOpeningClauseWords = 16;
inline constexpr int kMaxLeadWords = 4;  // `That's why he …`: a pronoun this near a sentence's
                                         // start is its subject.

class AntecedentResolver {
 public:
  // All three must outlive the resolver.
  AntecedentResolver(const ArticleTokens& tokens, const ArticlePeople& people,
                     const SubjectReader& reader)
      : t_(tokens), people_(people), reader_(reader), lone_(tokens) {}

  // Records that the quote starting at token `token` was given to the person `name`. Calls
  // come in text order.
  void AddQuoteSpeaker(int token, const std::string& name) {
    const std::string& stored = names_.emplace_back(name);
    events_.push_back({token, stored, people_.Find(name)});
    // `said Maricela Becerra` + `Becerra doesn't expect …`: a speaker the article never
    // introduced is still a person, named later by surname (not someone else's surname).
    // So is one the article only calls by one name no given-name list reads (`said Ehsan`):
    // `Ehsan claims …` + `"…," he said` is Ehsan, not an earlier speaker.
    if (events_.back().person < 0 &&
        (stored.find(' ') != std::string::npos || IsLoneNameSpeaker(stored)) &&
        people_.Find(Surname(stored)) < 0) {
      speaker_surnames_.try_emplace(Surname(stored), stored);
      // Whose gender only the article's pronouns can tell (seventeenth round (a)).
      if (stored.find(' ') == std::string::npos) lone_.Add(stored);
    }
  }

  // Records that the quote starting at token `token` was said by someone the article does not
  // name (`says an Iraqi official who asked not to be named`): a "he" or "she" after it, with
  // no one named speaking between, is that speaker, not a person named before (nineteenth
  // round (a)). Calls come in text order.
  void AddUnnamedSpeaker(int token) { unnamed_speakers_.push_back(token); }

  // A one-word speaker that reads as a surname: a capital and 3 or more lower-case letters,
  // not a word person_names.h knows is capitalized for other reasons.
  static bool IsLoneNameSpeaker(absl::string_view name);

  // The person "he" (g = kMale) or "she" (kFemale) at token `position` refers to.
  std::optional<std::string> ResolvePronoun(int position, Gender g) const;
  // The person the description with title words `titles` ("the German foreign minister";
  // `definite` when it starts with "the") at token `position` refers to.
  std::optional<std::string> ResolveDescription(const std::vector<std::string>& titles,
                                                bool definite, int position) const;

 private:
  // `"…," the First Lady said`: the one person the article names right after "first lady"
  // (`first lady Melania Trump`); none when it names none or several (twentieth round (c)).
  // One pass over the article, on first use.
  std::optional<std::string> SoleFirstLady() const;
  // Someone named at a token: a mention, an earlier quote's speaker or a speech subject.
  struct Antecedent {
    int token;
    absl::string_view name;  // Into ArticlePeople or names_: stable while the resolver lives.
    int person;              // Index into ArticlePeople, or -1.
    bool spoke = true;       // A speaker (of a quote or a speech verb), not a mere mention.
    bool possessive = false;
    bool speech_verb = false;  // A speech verb's subject, `token` being the verb.
  };

  const std::vector<Antecedent>& SpeechSubjects(int s) const;
  // Whether the sentence opening at token sb is page furniture (web_junk.h); per paragraph,
  // read once.
  bool IsFurniture(int sb) const;
  // A body's name (`Fox News`, `Law Group`: a generic last word), which AsPerson never
  // gives as "he" or "she". Not a non-name (`No` of `say 'No.'" The statement also said`).
  static bool IsBodyVoice(absl::string_view name);
  // Whether a speech verb's subject `a` was read past its real subject: a pronoun (`she
  // said`, `her attorneys said`) among the two words before the verb, or a quote between its
  // last word and the verb.
  bool SubjectMisread(const Antecedent& a) const;
  template <typename Visit>
  void VisitAntecedents(int position, Visit visit) const;
  bool Agrees(const Antecedent& a, Gender g) const;
  LoneSpeakers::Kind KnownKind(const Antecedent& a) const;
  Gender KnownGender(const Antecedent& a) const;
  void DropGenderlessLoneNames(Gender g, std::vector<Antecedent>* found) const;
  static bool AnySpoke(const std::vector<Antecedent>& found);
  // AnySpoke, but not counting a speaker (a speech verb or a quote) inside a relative clause
  // (RelativeWho, kMaxRelativeClauseWords back).
  bool AnySpokeOutsideRelativeClauses(const std::vector<Antecedent>& found) const;
  // The token of a `who` after a comma at most `max_back` tokens before `token`, in its
  // sentence, with no quote or comma between (`Bannon, who apparently disagrees`), or -1.
  int RelativeWho(int token, int max_back) const;
  bool KinOfBefore(int b, int i) const;
  void DropRelativesOf(int sb, std::vector<Antecedent>* found) const;
  bool TwoPossessors(const std::vector<Antecedent>& found, Gender g) const;
  bool InObjectsRelativeClause(int token) const;
  bool IsObjectMention(int token) const;
  const Antecedent* MainClausePerson(const std::vector<Antecedent>& found,
                                     bool possessors) const;
  std::optional<std::string> OpeningPossessor(int s, int position, Gender g) const;
  // `Johnson's other complaint … concerned …` + `"…," he told the Times`: the possessor
  // opening sentence s (before token se) as its subject (antecedent_possessors.cc).
  std::optional<std::string> LeadingPossessor(int s, Gender g, int se,
                                              const std::vector<Antecedent>& found) const;
  // ResolvePronoun's reading within the plain reach (antecedents.cc); the chain through
  // sentences led by the pronoun that do not speak, and its guards (antecedent_chain.cc).
  std::optional<std::string> NearestAntecedent(int position, Gender g, int* quiet_lead,
                                               bool* ran_out) const;
  std::optional<std::string> ChainedAntecedent(int position, Gender g, int origin) const;
  bool ChainCrossesUnnamed(int from, int to, Gender g) const;
  bool IsCaptionLike(int s) const;
  int SubjectPronoun(int s, Gender g, int before) const;
  bool IsModifierName(int at) const;
  bool LedByPronoun(int s, Gender g, int before) const { return LeadingPronoun(s, g, before) >= 0; }
  int LeadingPronoun(int s, Gender g, int before) const;
  bool LedBySpeakingPronoun(int s, Gender g, int before) const;
  bool NamesSomeoneUnread(int s, int e) const;
  bool UnnamedSpokeLast(int b, int e, const std::vector<Antecedent>& found) const;
  bool NamesUnreadPerson(int s, int e, Gender g) const;
  bool LeadingDescription(int s, Gender g, int before, std::vector<std::string>* words) const;
  int IndefiniteOpening(int sb, int e, int* comma) const;
  int LeadingUnnamedSpeaker(int s, Gender g, int before) const;
  // Whether the sentence [sb, se) opens with an unnamed person of a role (`A Republican
  // senator who requested anonymity`), not an appositive (antecedent_roles.cc).
  bool OpensWithUnnamedPerson(int sb, int se) const;
  const Antecedent* TailPronounSpeaker(int position, const std::vector<Antecedent>& found,
                                       const Antecedent* nearest) const;
  const Antecedent* JoinedClauseSubject(int position, int sb,
                                        const std::vector<Antecedent>& found) const;
  // The last kMaxAntecedents mentions of clear persons and quote speakers of sentence s
  // before token e.
  void CollectAntecedents(int s, int e, std::vector<Antecedent>* out) const;
  // People of sentence s before token e whom article_people.h does not introduce: surnames
  // of earlier quote speakers (`said Maricela Becerra`, then `Becerra doesn't expect`).
  void AppendUnintroduced(int s, int e, std::vector<Antecedent>* out) const;
  // Clause readings (antecedent_clauses.cc): a subordinate clause opening a sentence, the
  // people named in it when the main clause's subject is named, a surname as a modifier, and
  // whether `name` was told a quote by the pronoun of g in [b, e).
  int OpeningClauseEnd(int sb, int se) const;
  void DropOpeningClausePeople(int sb, int se, std::vector<Antecedent>* found) const;
  bool IsModifierMention(int token) const;
  // `While Obama did not mention Hillary by name, he said …`: the one capitalized word (a
  // surname the article never introduced, no place) opening sentence s's subordinate clause,
  // when "he"/"she" of g stands right after the clause's comma (at `position`, or anywhere for
  // -1) and the clause holds no pronoun of the other sex.
  std::optional<std::string> OpeningClauseLoneName(int s, int position, Gender g) const;
  bool ToldByPronoun(absl::string_view name, Gender g, int b, int e) const;
  // `Lipinski did not concede until Wednesday afternoon.` + `"…," he said`: the one
  // capitalized word opening sentence s as its subject (after `But`/`And`/`So`/`Yet`, a courtesy
  // title at most; a lower-case word after it), no place, title or given name, when the article
  // gives it the sex g (LoneSubjectGender); its full name when an introduced person of that
  // sex owns it (antecedent_subjects.cc, twenty-second round (g)).
  // Not when the quote right before `position` names the word (`"… told us that Osaib …"`).
  std::optional<std::string> LoneSubject(int s, Gender g, int position) const;
  // LoneSubject's word when it is a given name (`Suzanne raised her hand`): the one introduced
  // person of that first name, else the word; none when the list or an owner gives the other
  // sex, or two own it (antecedent_given_subjects.cc, twenty-fourth round (d)).
  std::optional<std::string> GivenNameSubject(absl::string_view word, Gender g) const;
  // The sex of the word at token `at` from a given name before another use of it, else from
  // the owner's pronouns after its uses (subject_votes_); kUnknown when they disagree.
  Gender LoneSubjectGender(int at) const;
  // One pass over the article, for at most kMaxLoneReads words per article.
  Gender ReadLoneSubjectGender(absl::string_view word) const;
  void FindPlaceWords() const;
  // Names the article writes after a preposition of place (`in El Salvador`); and whether
  // `a`, of no known sex, is one (antecedent_places.cc).
  void FindPlaceNames() const;
  bool IsPlaceName(const Antecedent& a) const;
  bool PlaceBefore(int v) const;
  bool IsLoneCapitalized(int i) const;
  static void AppendLastBefore(const std::vector<Antecedent>& sorted, int b, int e,
                               std::vector<Antecedent>* out);
  // ResolveRole's answer, and whether that person spoke in the sentence it was read in.
  struct RoleAnswer {
    std::optional<std::string> name;
    bool spoke = false;
  };
  // With `held_only`, a title the article gives someone only paragraphs after `position` does
  // not make them fit (a later title that conflicts still rules them out: round 23 (g));
  // `*late` (when given) is set when such a title was seen.
  RoleAnswer ResolveRole(const std::vector<std::string>& titles, int position, bool held_only,
                         bool* late) const;
  // `"…," the real estate mogul said` (`epithet` "mogul"): the one person the nearest
  // sentence before the description's names (one it names only as a possessor, `Trump's
  // refusal`, when it names nobody else); none when it names two or someone it never
  // introduced, when the description's own sentence names someone before it, or when the
  // article called someone unnamed by the epithet (`a wealthy businessman`)
  // (antecedent_roles.cc, round 21 (l)).
  std::optional<std::string> ResolveEpithet(absl::string_view epithet, int position) const;
  // ResolveEpithet's reading, with no unnamed holder check: the one person the nearest
  // sentence before `position` naming anyone names. With `titles` (a description), one whose
  // role conflicts with it (role_fit.h) stops the reading too.
  std::optional<std::string> SolePersonBefore(const std::vector<std::string>* titles,
                                              int position) const;
  static Gender RoleGender(const std::vector<std::string>& titles);

  const ArticleTokens& t_;
  const ArticlePeople& people_;
  const SubjectReader& reader_;
  std::vector<Antecedent> events_;         // Speakers given to quotes, in text order.
  mutable std::deque<std::string> names_;  // Names of events_ and speech subjects.
  // Subjects of speech verbs per sentence, read on first use by SpeechSubjects.
  mutable absl::flat_hash_map<int, std::vector<Antecedent>> speech_subjects_;
  // Surname -> full name of quote speakers not in ArticlePeople (views into names_).
  absl::flat_hash_map<absl::string_view, absl::string_view> speaker_surnames_;
  // Capitalized words the article uses after a preposition or article (`in China`): places
  // and things, no surnames. Read on first use.
  mutable absl::flat_hash_set<absl::string_view> places_;
  mutable bool places_found_ = false;
  // Name -> times written as a place; read on first use.
  mutable absl::flat_hash_map<std::string, int> place_names_;
  mutable absl::flat_hash_set<int> place_starts_;  // First tokens of those place runs.
  mutable bool place_names_found_ = false;
  // Tokens of the names after `he told`/`she asked` (with the pronoun's gender), text order.
  mutable std::vector<std::pair<int, Gender>> told_;
  mutable bool told_found_ = false;
  // Epithet -> first token of it after "a"/"an" (`a 'wealthy businessman'`: someone unnamed);
  // read once per article on first use by ResolveEpithet.
  mutable absl::flat_hash_map<absl::string_view, int> unnamed_epithet_at_;
  mutable bool unnamed_epithets_found_ = false;
  // SoleFirstLady's answer, read once per article on first use.
  mutable std::optional<std::string> first_lady_;
  mutable bool first_lady_found_ = false;
  mutable absl::flat_hash_map<uint32_t, bool> furniture_;  // Paragraph -> IsFurniture.
  mutable LoneSpeakers subject_votes_{t_};  // LoneSubject's words, read on first use.
  mutable absl::flat_hash_map<absl::string_view, Gender> lone_subject_genders_;  // Per word.
  LoneSpeakers lone_;  // One-word speakers the article never introduces, and their genders.
  std::vector<int> unnamed_speakers_;  // Starts of quotes of unnamed speakers, in text order.
};

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_ANTECEDENTS_H_
