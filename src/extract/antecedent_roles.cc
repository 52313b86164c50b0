// AntecedentResolver's descriptions and roles (antecedents.h): a definite description
// opening a sentence ("The real estate mogul said"), the gender a role implies
// ("congresswoman"), and who "the German foreign minister" or "the president" is in the
// article (role_fit.h decides who may hold a role). The pronoun chain is antecedents.cc.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "extract/antecedents.h"
#include "extract/person_names.h"
#include "extract/unnamed_speakers.h"
#include "extract/verb_words.h"
#include "extract/word_set.h"

namespace claimdup {

// True for a word that heads a description of a person: a role ("senator", not the modifier
// "former") or an epithet ("mogul").
static bool IsRoleHead(absl::string_view w) {
  return (IsTitleWord(w) && !IsTitleModifier(w)) || IsPersonEpithet(w);
}

// True when sentence s opens with a definite description of a person, "the" and up to
// kMaxDescriptionWords words ending in a role or epithet ("The real estate mogul", "The Utah
// senator") that is its subject (a verb or adverb follows, not "of" or a name), all before
// token `before`; a gendered role must agree with g ("the congresswoman"). Its lower-case
// words (without "the") go to `description`.
bool AntecedentResolver::LeadingDescription(int s, Gender g, int before,
                                            std::vector<std::string>* description) const {
  const int sb = t_.SentenceBegin(s);
  if (t_.Lower(sb) != "the" || t_[sb].quote >= 0) return false;
  std::vector<std::string>& words = *description;
  words.clear();
  static constexpr WordSet kClauseWords{{"of", "that", "which", "who", "is", "was", "are", "were",
                                         "in", "on", "to", "by", "with", "and", "or", "at", "for",
                                         "from"}};
  for (int i = sb + 1; i + 1 < before && i <= sb + kMaxDescriptionWords; ++i) {
    if (t_[i].quote >= 0 || t_[i].possessive) return false;
    const absl::string_view w = t_.Lower(i);
    // `The only piece of evidence that suggests that justice …` is no description.
    if (kClauseWords.contains(w)) return false;
    words.emplace_back(w);
    const bool head = IsRoleHead(w);
    if (head) {
      const int next = i + 1;
      const bool ends = t_[i].comma_after || t_[i].sentence_end || t_[i].colon_after;
      if (ends || t_[next].capitalized || t_[next].quote >= 0) return false;
      // `The Sergeant is Demetrick Pennie`: a clause word after it names the person there.
      if (kClauseWords.contains(t_.Lower(next))) return false;
      const Gender rg = RoleGender(words);
      return g == Gender::kUnknown || rg == Gender::kUnknown || rg == g;
    }
    // A capitalized word inside ("The Republican nominee") may qualify; a name may not.
    if (t_[i].comma_after || t_[i].sentence_end) return false;
  }
  return false;
}

// The token of "a"/"an"/"one"/"another" (outside quotes) opening the sentence that begins at
// `sb`, or opening it after an opening phrase of at most kMaxOpeningWords words and its comma
// (`Before the debate, one top Biden adviser`), before token `e`; -1 otherwise. `*comma` gets
// the opening phrase's last token (the one before its comma), or -1 when there is none.
int AntecedentResolver::IndefiniteOpening(int sb, int e, int* comma) const {
  static constexpr WordSet kIndefinites{{"a", "an", "one", "another"}};
  *comma = -1;
  int i = sb;
  if (!kIndefinites.contains(t_.Lower(i))) {
    while (i < e && i - sb < kMaxOpeningWords && !t_[i].comma_after) ++i;
    if (i >= e || !t_[i].comma_after) return -1;
    *comma = i++;
  }
  if (i >= e || t_[i].quote >= 0 || !kIndefinites.contains(t_.Lower(i))) return -1;
  return i;
}

// The speech verb of sentence s when the sentence, after an opening phrase of at most
// kMaxOpeningWords words and its comma, opens with an indefinite description of a person who
// speaks (`Before the debate, one top Biden adviser predicted gleefully that …`, `A senior
// official said`): "a"/"an"/"one"/"another", at most kMaxDescriptionWords words ending in a
// role or epithet (a gendered one agreeing with g), then the verb (an adverb between at most;
// not one of asking), all before token `before`, and no "he"/"she" of g in the opening
// phrase; -1 otherwise. That speaker is nobody the article names.
int AntecedentResolver::LeadingUnnamedSpeaker(int s, Gender g, int before) const {
  // `And what exactly, a reporter asked, was that going to be?` + `"…," he responded`: who
  // asks is not who answers.
  static constexpr WordSet kAskingVerbs{{"asked", "asks", "wondered", "inquired", "queried"}};
  const absl::string_view pronoun = g == Gender::kFemale ? "she" : "he";
  const int sb = t_.SentenceBegin(s);
  int comma = -1;
  const int i = IndefiniteOpening(sb, before, &comma);
  if (i < 0) return -1;
  // `As she was giving her take, a reporter asked`: the pronoun is in the opening phrase.
  for (int k = sb; k <= comma; ++k) {
    if (t_.Lower(k) == pronoun) return -1;
  }
  std::vector<std::string> words;
  for (int k = i + 1; k < before && k <= i + kMaxDescriptionWords; ++k) {
    if (t_[k].quote >= 0 || t_[k].possessive || t_[k].comma_after || t_[k].sentence_end) {
      return -1;
    }
    const absl::string_view w = t_.Lower(k);
    words.emplace_back(w);
    if (!IsRoleHead(w)) continue;
    const Gender rg = RoleGender(words);
    if (g != Gender::kUnknown && rg != Gender::kUnknown && rg != g) return -1;
    int v = k + 1;
    if (v < before && absl::EndsWith(t_.Lower(v), "ly")) ++v;
    if (v >= before || t_[v].quote >= 0 || IsParticiple(t_.Lower(v)) ||
        !IsSpeechVerb(t_.Lower(v)) || kAskingVerbs.contains(t_.Lower(v))) {
      return -1;
    }
    return v;
  }
  return -1;
}

// True when [sb, se), from its start or after an opening phrase of at most kMaxOpeningWords
// words and its comma, opens with "a"/"an"/"one"/"another" and within kMaxDescriptionWords
// words a person noun or role (`One Democrat on the panel told The Hill`, `A Republican
// senator who requested anonymity`, `Another GOP senator on the fence`), unnamed: no comma
// and capitalized name after the role.
bool AntecedentResolver::OpensWithUnnamedPerson(int sb, int se) const {
  int comma = -1;
  const int i = IndefiniteOpening(sb, se, &comma);
  // `Sen. Tom Carper, another member of the bipartisan group, said`: an appositive.
  if (i < 0 || (comma >= 0 && t_[comma].capitalized)) return false;
  // `A prominent critic of the administration, Schiff opposed`: the phrase's comma is
  // followed by the person it describes.
  for (int k = i + 1; k < se && k <= i + kMaxOpeningWords; ++k) {
    if (t_[k].quote >= 0 || t_[k].sentence_end) break;
    if (t_[k].comma_after) {
      if (k + 1 < se && t_[k + 1].capitalized) return false;
      break;
    }
  }
  for (int k = i + 1; k < se && k <= i + kMaxDescriptionWords; ++k) {
    if (t_[k].quote >= 0 || t_[k].possessive) break;
    const absl::string_view w = t_.Lower(k);
    if (IsRoleHead(w)) {
      // `a tired Oversight Chairman Elijah Cummings delivered`: a title before a name.
      return t_[k].comma_after || t_[k].sentence_end || k + 1 >= se || !t_[k + 1].capitalized;
    }
    if (t_[k].comma_after || t_[k].sentence_end) break;
  }
  return NamesUnnamedPerson(t_, i, se);
}

Gender AntecedentResolver::RoleGender(const std::vector<std::string>& titles) {
  for (const std::string& w : titles) {
    if (w == "congresswoman" || w == "spokeswoman" || w == "chairwoman" || w == "queen") {
      return Gender::kFemale;
    }
    if (w == "congressman" || w == "spokesman" || w == "chairman" || w == "king") {
      return Gender::kMale;
    }
  }
  return Gender::kUnknown;
}

// True when `titles` hold a role word, not only a party ("Republican National Convention").
static bool HasPersonalRole(const std::vector<std::string>& titles) {
  return std::any_of(titles.begin(), titles.end(), [](const std::string& t) {
    return IsTitleWord(t) && t != "republican" && t != "democrat" && t != "of" && t != "the" &&
           t != "for";
  });
}

// "the president" at `position`, when nobody nearby was introduced with all its words: the
// nearest sentence (as far back as a pronoun reaches) naming someone who may hold the role
// (role_fit.h: not another office, party or nationality), and in it the best fit, then a
// speaker, then someone whose sex is known; on a tie the first.
// The description's own sentence is skipped: the names in it are others. Someone who merely
// holds no conflicting role is taken only for roles a reporter uses for the person just named
// (for "the president" only one who spoke), and yields to a farther speaker who holds the role.
AntecedentResolver::RoleAnswer AntecedentResolver::ResolveRole(
    const std::vector<std::string>& titles, int position, bool held_only, bool* late) const {
  const absl::string_view head = DescriptionHead(titles);
  if (head.empty() || t_.size() == 0) return {};
  const Gender g = RoleGender(titles);
  const RoleFit least = IsNearestPersonRole(head) ? RoleFit::kUnknown : RoleFit::kFits;
  // Roles of lawmakers, which anonymous sources hold (`a Republican senator who requested
  // anonymity`); a president or governor speaks on the record.
  static constexpr WordSet kAnonymousRoles{
      {"senator", "congressman", "lawmaker", "legislator", "republican", "democrat"}};
  const bool anonymous_role = kAnonymousRoles.contains(head);
  const int own = t_.Sentence(std::min(position, t_.size() - 1));
  constexpr int kFitsAndSpoke = static_cast<int>(RoleFit::kFits) * 4 + 2;
  RoleAnswer nearest;
  std::vector<Antecedent> found;
  std::vector<std::string> scratch;  // Titles held at `position` (round 23 (g)).
  // The description's own sentence names others: `The presumptive GOP nominee told Tapper`.
  for (int s = own - 1; s >= 0 && own - s <= kMaxPronounSentences; --s) {
    const int sb = t_.SentenceBegin(s), se = t_.SentenceEnd(s);
    if (se <= sb) continue;
    // `A Republican senator who requested anonymity … said` + `"…," said the lawmaker`: the
    // description is most likely that unnamed person, not someone named before or in it.
    if (anonymous_role && OpensWithUnnamedPerson(sb, se)) return nearest;
    found.clear();
    CollectAntecedents(s, se, &found);
    AppendLastBefore(SpeechSubjects(s), sb, se, &found);
    std::sort(found.begin(), found.end(),
              [](const Antecedent& x, const Antecedent& y) { return x.token < y.token; });
    int best_rank = -1;
    const Antecedent* pick = nullptr;
    for (const Antecedent& a : found) {
      if (!Agrees(a, g) || a.possessive) continue;
      // `President Castro`, untitled until paragraphs after the description: not yet the
      // president (held_only). A later title that conflicts (`Attorney General Barbara Underwood`)
      // still says who is not meant.
      const std::vector<std::string>* all =
          a.person >= 0 ? &people_.people()[a.person].titles : nullptr;
      const std::vector<std::string>* held =
          all != nullptr ? &people_.TitlesHeldAt(a.person, position, &scratch) : nullptr;
      if (held != nullptr && !held->empty()) held = all;  // Titled by then: as before.
      if (late != nullptr && held != all) *late = true;
      RoleFit fit = all != nullptr ? FitRole(titles, *all) : RoleFit::kUnknown;
      if (held_only && held != all && fit == RoleFit::kFits) fit = FitRole(titles, *held);
      if (fit < least || fit == RoleFit::kQualifiedOtherwise) continue;
      const bool gendered = a.person >= 0
                                ? people_.people()[a.person].gender != Gender::kUnknown
                                : people_.GenderOf(a.name) != Gender::kUnknown;
      // Someone whose role is unknown must be a person (a known sex, a role of any kind, or a
      // speaker: not "National Convention"); "the president" someone who spoke.
      const bool titled = (held_only ? held : all) != nullptr &&
                          HasPersonalRole(held_only ? *held : *all);
      if (fit == RoleFit::kUnknown &&
          (!(gendered || titled || a.spoke) || (head == "president" && !a.spoke))) {
        continue;
      }
      const int rank = static_cast<int>(fit) * 4 + (a.spoke ? 2 : 0) + (gendered ? 1 : 0);
      if (rank > best_rank) {
        best_rank = rank;
        pick = &a;
      }
    }
    if (pick == nullptr) continue;
    // A nearer person who merely may hold the role yields to a farther one who holds it and
    // spoke (`'…,' Manley continued. The police chief said that Conditt …`).
    if (!nearest.name) {
      nearest = {people_.FullName(pick->name), pick->spoke};
      if (best_rank >= kFitsAndSpoke) return nearest;
    } else if (best_rank >= kFitsAndSpoke) {
      return {people_.FullName(pick->name), pick->spoke};
    }
  }
  return nearest;
}

std::optional<std::string> AntecedentResolver::ResolveEpithet(absl::string_view epithet,
                                                              int position) const {
  if (t_.size() == 0) return std::nullopt;
  // `the businessman reportedly has ties to the tea party` after `a ‘wealthy businessman,’`
  // (quoted, so ArticlePeople::HasUnnamedHolder does not read it): someone unnamed. Not an
  // appositive (`Trump, a billionaire businessman,`). One pass over the article.
  if (!unnamed_epithets_found_) {
    unnamed_epithets_found_ = true;
    constexpr int kMaxEpithetWords = 3;  // `a wealthy New York businessman`.
    for (int i = 0; i + 1 < t_.size(); ++i) {
      if (t_[i].quote >= 0 || (i > 0 && t_[i - 1].comma_after)) continue;
      if (t_.Lower(i) != "a" && t_.Lower(i) != "an") continue;
      for (int j = i + 1; j < t_.size() && j <= i + kMaxEpithetWords; ++j) {
        if (IsPersonEpithet(t_.Lower(j))) unnamed_epithet_at_.try_emplace(t_.Lower(j), j);
        if (t_[j].comma_after || t_[j].sentence_end) break;
      }
    }
  }
  if (const auto it = unnamed_epithet_at_.find(epithet);
      it != unnamed_epithet_at_.end() && it->second < position) {
    return std::nullopt;
  }
  return SolePersonBefore(nullptr, position);
}

std::optional<std::string> AntecedentResolver::SolePersonBefore(
    const std::vector<std::string>* titles, int position) const {
  if (t_.size() == 0) return std::nullopt;
  const int own = t_.Sentence(std::min(position, t_.size() - 1));
  std::vector<Antecedent> found;
  // `Hillary Clinton said Trump was rooting for …, to which the real-estate mogul
  // responded`: either may be meant.
  CollectAntecedents(own, position, &found);
  if (!found.empty() || NamesSomeoneUnread(own, position)) return std::nullopt;
  for (int s = own - 1; s >= 0 && own - s <= kMaxPronounSentences; --s) {
    const int sb = t_.SentenceBegin(s), se = t_.SentenceEnd(s);
    if (se <= sb) continue;
    found.clear();
    CollectAntecedents(s, se, &found);
    AppendLastBefore(SpeechSubjects(s), sb, se, &found);
    std::optional<std::string> subject, possessor;
    bool several = false, several_possessors = false, unsure = false;
    for (const Antecedent& a : found) {
      if (IsPlaceName(a)) continue;
      // A person, not `National Convention`: one the article introduces as a person, a
      // known sex, or a speaker. Any other name still stops the reading: it may be meant.
      const bool person = a.person >= 0 ? people_.IsClearlyPerson(a.person)
                                        : people_.GenderOf(a.name) != Gender::kUnknown || a.spoke;
      unsure |= !person;
      // `Sen. Ben Sasse` is not "the president", nor `Russian President Vladimir Putin`: the
      // description means someone else.
      if (titles != nullptr && a.person >= 0) {
        const RoleFit fit = FitRole(*titles, people_.people()[a.person].titles);
        unsure |= fit == RoleFit::kConflict || fit == RoleFit::kQualifiedOtherwise;
      }
      std::string name = people_.FullName(a.name);
      std::optional<std::string>& slot = a.possessive ? possessor : subject;
      bool& two = a.possessive ? several_possessors : several;
      if (slot && *slot != name) two = true;
      slot = std::move(name);
    }
    if (several || unsure) return std::nullopt;
    if (subject) return subject;
    // `Meanwhile, Trump questioned Cruz's actions.`: a subject the article never introduced
    // (named only inside a quote) is likelier meant than anyone farther back.
    if (NamesSomeoneUnread(s, se)) return std::nullopt;
    if (possessor) {
      if (several_possessors) return std::nullopt;
      return possessor;
    }
  }
  return std::nullopt;
}

}  // namespace claimdup
