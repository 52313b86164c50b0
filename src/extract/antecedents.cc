#include "extract/antecedents.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"

#include "extract/generic_body_words.h"
#include "extract/inverted_speakers.h"
#include "extract/person_names.h"
#include "extract/plural_nouns.h"
#include "extract/verb_words.h"
#include "extract/web_junk.h"
#include "extract/word_set.h"

namespace claimdup {

static Gender Opposite(Gender g) {
  return g == Gender::kMale ? Gender::kFemale : g == Gender::kFemale ? Gender::kMale : g;
}

bool AntecedentResolver::IsFurniture(int sb) const {
  auto [it, inserted] = furniture_.try_emplace(t_[sb].paragraph, false);
  if (inserted) it->second = IsWebFurnitureParagraph(t_, sb);
  return it->second;
}

bool AntecedentResolver::IsBodyVoice(absl::string_view name) {
  return IsGenericBodyName(Surname(name));
}

// `… before the Senate Judiciary Committee, her attorneys said`, `… provided to the Senate
// Judiciary Committee, she said: "…" The statement also said`: a body read as a speech verb's
// subject where a pronoun is one of the two words before the verb, or a quote stands between
// the body's last word and the verb, the verb not right after a quote.
bool AntecedentResolver::SubjectMisread(const Antecedent& a) const {
  static constexpr WordSet kPronouns{{"he", "she", "they", "his", "her", "their", "its", "i",
                                      "we", "my", "our"}};
  if (!a.speech_verb) return false;
  const int sb = t_.SentenceBegin(t_.Sentence(a.token));
  for (int k = a.token - 1; k >= sb && a.token - k <= 2; --k) {
    if (kPronouns.contains(t_.Lower(k))) return true;
  }
  // `The Justice Department "…," says Frank Bowman`: a verb right after its quote.
  if (a.token == sb || t_[a.token - 1].quote >= 0) return false;
  const absl::string_view last = Surname(a.name);
  for (int k = a.token - 1; k >= sb; --k) {
    if (t_[k].quote >= 0) return true;
    if (t_.Word(k) == last) return false;
  }
  return false;
}

// Who speaks in sentence `s` without a quote ("Spencer said Twitter had…"), for pronouns.
// Read once per sentence, on the first pronoun that looks there: most sentences never are.
const std::vector<AntecedentResolver::Antecedent>& AntecedentResolver::SpeechSubjects(int s) const {
  auto [it, inserted] = speech_subjects_.try_emplace(s);
  if (!inserted) return it->second;
  const int sb = t_.SentenceBegin(s), se = t_.SentenceEnd(s);
  for (int v = sb + 1; v < se; ++v) {
    if (t_[v].quote >= 0 || t_[v].capitalized || !IsSpeechVerb(t_.Lower(v))) continue;
    // "he’s holding off telling his constituents": a participle shares its clause's subject;
    // read back on its own it reaches names of other clauses ("In Bartlett, Tenn., …").
    if (IsParticiple(t_.Lower(v))) continue;
    // `The gunman, …, had extensive contact with al Qaeda …, said FBI Director Christopher A.
    // Wray.`: an inverted attribution ending the sentence names who speaks there.
    Subject subj = InvertedSpeaker(t_, reader_, v, se, /*appositive_ends_sentence=*/false);
    if (subj.kind != Subject::Kind::kName) {
      subj = reader_.SubjectBefore(std::max(sb, v - kMaxHeadWords), v);
    }
    if (subj.kind != Subject::Kind::kName) continue;
    const std::string& name = names_.emplace_back(people_.FullName(subj.name));
    it->second.push_back({v, name, people_.Find(name), true, false, true});
  }
  return it->second;
}

// True when the name at `i` follows `<kin word> of` (at most kMaxHeadWords back from `i`,
// not before `b`), with only capitalized and title words between (`son of former Canada Prime
// Minister Pierre Trudeau`; not `a mother of two named Ingrid Loyau-Kennett`).
bool AntecedentResolver::KinOfBefore(int b, int i) const {
  for (int k = i - 1; k > b && i - k <= kMaxHeadWords; --k) {
    if (t_[k].quote >= 0 || t_[k].comma_after || t_[k].sentence_end) return false;
    const absl::string_view w = t_.Lower(k);
    if (w == "of") return !t_[k - 1].comma_after && IsKinWord(t_.Lower(k - 1));
    if (!t_[k].capitalized && !IsTitleWord(w) && w != "former" && w != "late" && w != "the") {
      return false;
    }
  }
  return false;
}

// Drops from `found` (candidates of the sentence beginning at `sb`) each person named after
// `son of`/`wife of` …, and a speech verb's subject read back to that name after it.
void AntecedentResolver::DropRelativesOf(int sb, std::vector<Antecedent>* found) const {
  std::vector<std::pair<absl::string_view, int>> relatives;  // Name, token.
  for (const Antecedent& a : *found) {
    if (!a.spoke && KinOfBefore(sb, a.token)) relatives.emplace_back(a.name, a.token);
  }
  if (relatives.empty()) return;
  std::erase_if(*found, [&](const Antecedent& a) {
    return std::any_of(relatives.begin(), relatives.end(), [&](const auto& r) {
      return a.token == r.second || (a.spoke && a.token > r.second && a.name == r.first);
    });
  });
}

// The antecedents before `position`, nearest first: mentions and earlier quote speakers
// merged. At most kMaxAntecedents are read.
template <typename Visit>
void AntecedentResolver::VisitAntecedents(int position, Visit visit) const {
  const auto& mentions = people_.mentions();
  auto m = std::lower_bound(mentions.begin(), mentions.end(), position,
                            [](const Mention& x, int pos) { return x.token < pos; });
  auto before = [position](const std::vector<Antecedent>& v) {
    return std::lower_bound(v.begin(), v.end(), position,
                            [](const Antecedent& x, int pos) { return x.token < pos; });
  };
  auto ev = before(events_);
  for (int read = 0; read < kMaxAntecedents; ++read) {
    const int tm = m != mentions.begin() ? std::prev(m)->token : -1;
    const int te = ev != events_.begin() ? std::prev(ev)->token : -1;
    if (tm < 0 && te < 0) return;
    Antecedent a;
    if (te >= tm) {
      a = *--ev;
    } else {
      --m;
      a = {m->token, people_.people()[m->person].name, m->person, false, m->possessive};
      if (!people_.IsClearlyPerson(m->person)) continue;
    }
    if (!visit(a)) return;
  }
}

bool AntecedentResolver::IsLoneNameSpeaker(absl::string_view name) {
  if (name.size() < 4 || name[0] < 'A' || name[0] > 'Z') return false;
  for (size_t i = 1; i < name.size(); ++i) {
    if (name[i] < 'a' || name[i] > 'z') return false;
  }
  const std::string lower = absl::AsciiStrToLower(name);
  return !IsNonNameCapitalized(lower) && !IsPluralCommonNoun(lower);
}

// The gender of an antecedent: its person's, its given name's, else what the pronouns after a
// one-word speaker's mentions tell (lone_speakers.h); kThing for a word the article calls "they".
LoneSpeakers::Kind AntecedentResolver::KnownKind(const Antecedent& a) const {
  const Gender g = a.person >= 0 ? people_.people()[a.person].gender : people_.GenderOf(a.name);
  if (g == Gender::kMale) return LoneSpeakers::Kind::kMale;
  if (g == Gender::kFemale) return LoneSpeakers::Kind::kFemale;
  if (a.person >= 0 || lone_.empty()) return LoneSpeakers::Kind::kUnknown;
  return lone_.KindOf(a.name);
}

Gender AntecedentResolver::KnownGender(const Antecedent& a) const {
  const LoneSpeakers::Kind k = KnownKind(a);
  return k == LoneSpeakers::Kind::kMale     ? Gender::kMale
         : k == LoneSpeakers::Kind::kFemale ? Gender::kFemale
                                            : Gender::kUnknown;
}

bool AntecedentResolver::Agrees(const Antecedent& a, Gender g) const {
  if (g == Gender::kUnknown) return true;
  // `Walmart confirmed the story, but they did not admit`: no "he" or "she".
  switch (KnownKind(a)) {
    case LoneSpeakers::Kind::kUnknown:
      return true;
    case LoneSpeakers::Kind::kThing:
      return false;
    case LoneSpeakers::Kind::kMale:
      return g == Gender::kMale;
    case LoneSpeakers::Kind::kFemale:
      return g == Gender::kFemale;
  }
  return true;
}

// `which prompted Goldberg to make a gonorrhea joke, and Isgur to let out a performative sigh.
// "…," she said` (a sentence before the pronoun's): beside someone known to take the pronoun, a
// one-word name of unknown gender met outside its own quotes is only a guess, unless it starts a
// clause as its subject
// (`However, Bono did validate the concerns of Trump supporters`, `…, and Linhart, who had
// supported Louisiana governor Bobby Jindal …, heard`). Drops those from `found`.
void AntecedentResolver::DropGenderlessLoneNames(Gender g, std::vector<Antecedent>* found) const {
  if (g == Gender::kUnknown || lone_.empty()) return;
  auto genderless_lone = [&](const Antecedent& a) {
    return !a.spoke && a.person < 0 && lone_.Contains(a.name) &&
           KnownGender(a) == Gender::kUnknown && !lone_.StartsClause(a.token);
  };
  if (std::none_of(found->begin(), found->end(), genderless_lone) ||
      std::none_of(found->begin(), found->end(),
                   [&](const Antecedent& a) { return KnownGender(a) == g; })) {
    return;
  }
  std::erase_if(*found, genderless_lone);
}

// `Speaking on the BBC's Andrew Marr show, he said`, `Speaking to Fox News host Sean Hannity
// he said`: the people named in a participle phrase opening sentence `sb` are whom the
// subject spoke to or about, not the subject. Drops from `found` the ones before the phrase's
// comma (or, with none, before `position`).
template <typename Candidate>
static void DropOpeningParticipleObjects(const ArticleTokens& t, int sb, int position,
                                         std::vector<Candidate>* found) {
  static constexpr WordSet kOpenings{{"speaking", "talking", "appearing", "writing"}};
  if (sb + 2 >= t.size() || t[sb].quote >= 0 || !kOpenings.contains(t.Lower(sb))) return;
  // A participle, not a noun (`Talking points … say he has`): a preposition follows, after
  // an adverb at most (`Speaking directly to Jackson, she told him`).
  static constexpr WordSet kPrepositions{
      {"to", "with", "on", "at", "about", "before", "in", "after", "from", "during", "alongside"}};
  const int prep = absl::EndsWith(t.Lower(sb + 1), "ly") ? sb + 2 : sb + 1;
  if (!kPrepositions.contains(t.Lower(prep))) return;
  int end = sb;
  while (end < position && end < t.size() && !t[end].comma_after) ++end;
  std::erase_if(*found, [&](const Candidate& a) { return a.token <= end; });
}

// The last token of a parenthetical of one to four words opening at `b` and closed by a comma
// before `e` (`by contrast,`, `however,`, `for his part,`), or -1.
static int ParentheticalEnd(const ArticleTokens& t, int b, int e) {
  static constexpr absl::string_view kParentheticals[] = {
      "however",      "by contrast",       "in contrast", "for his part",
      "for her part", "instead",           "meanwhile",   "though",
      "too",          "in turn",           "in fact",     "of course",
      "for example",  "on the other hand", "nevertheless"};
  int end = b;
  while (end < e && end - b < 4 && !t[end].comma_after) ++end;
  if (end >= e || !t[end].comma_after || t[end].quote >= 0) return -1;
  for (absl::string_view p : kParentheticals) {
    int k = b;
    for (absl::string_view rest = p; k <= end; ++k) {
      const absl::string_view w = t.Lower(k);
      if (!absl::StartsWith(rest, w)) break;
      rest.remove_prefix(w.size());
      if (k == end) {
        if (rest.empty()) return end;
        break;
      }
      if (!absl::ConsumePrefix(&rest, " ")) break;
    }
  }
  return -1;
}

// `Mr. Bartlett is “86 years old; …,” he said`: a quote that goes on from the words of its
// sentence before it (no comma but a parenthetical's, no colon, dash or speech verb), then
// the pronoun after it: the people named before the quote are what the quote is about, not
// who says it. Drops them from `found`; the speaker is named before the sentence (fifteenth
// round (a)).
template <typename Candidate>
static void DropQuotedClauseSubjects(const ArticleTokens& t, int sb, int position,
                                     std::vector<Candidate>* found) {
  if (position <= sb + 1 || position >= t.size()) return;
  const int q = t[position - 1].quote;
  if (q < 0 || !t[position - 1].comma_after) return;
  const int start = t.QuoteStart(q);
  if (start <= sb || start >= position) return;
  // `Mr. Trump was offering reassuring words — “tell them not to worry,” he told reporters`:
  // a quote set off by a dash or parenthesis is no part of the clause before it.
  const absl::string_view gap = t.GapAfter(start - 1);
  if (absl::StrContains(gap, "\xE2\x80\x94") || absl::StrContains(gap, "\xE2\x80\x93") ||
      absl::StrContains(gap, "-") || absl::StrContains(gap, "(")) {
    return;
  }
  for (int i = sb; i < start; ++i) {
    if (t[i].quote >= 0 || t[i].colon_after || t[i].sentence_end || IsSpeechVerb(t.Lower(i)) ||
        IsQuotingVerb(t.Lower(i))) {
      return;
    }
    if (t[i].comma_after) {
      // `Romney, by contrast, would "…," he said`: a parenthetical between commas after the
      // subject leaves the clause going on (eighteenth round (d)).
      const int end = ParentheticalEnd(t, i + 1, start);
      if (end < 0) return;
      i = end;
    }
  }
  std::erase_if(*found, [&](const Candidate& a) { return a.token < start; });
}

// "he"/"she" at `position`: the nearest sentence before it (at most kMaxPronounSentences
// back) that names someone who can take the pronoun; in it, the nearest speaker, else the
// first person named (not a possessive: "Bush's predecessor Bill Clinton"). In the
// pronoun's own sentence, the nearest person (not one named in an opening `Speaking to …,`).
// `*quiet_lead` gets the token of the pronoun leading the farthest sentence read that the same
// pronoun leads without speaking (`He worked …`), with no unread name nearer; `*ran_out`
// whether the reach ran out (not a stop such as an unnamed speaker).
std::optional<std::string> AntecedentResolver::NearestAntecedent(int position, Gender g,
                                                                 int* quiet_lead,
                                                                 bool* ran_out) const {
  if (t_.size() == 0) return std::nullopt;
  const int own = t_.Sentence(std::min(position, t_.size() - 1));
  // `He also echoed Trump’s criticism of Barack Obama, saying he wished …`: a pronoun in a
  // sentence led by the same pronoun is that subject, not one of the names between them.
  if (const int lead = LeadingPronoun(own, g, position); lead >= 0 && lead + 1 < position) {
    return ResolvePronoun(lead, g);
  }
  if (std::optional<std::string> owner = OpeningPossessor(own, position, g)) return owner;
  // `While Obama did not mention Hillary by name, he said …` (twentieth round (i)).
  if (std::optional<std::string> lone = OpeningClauseLoneName(own, position, g)) return lone;
  std::vector<Antecedent> found;  // Candidates of one sentence, in text order.
  // `In the real world, he adds, …` + `"…," he acknowledges`: a sentence led by the same
  // pronoun continues a chain about one person, so the reach counts from it on (bounded).
  int reach_from = own;
  bool chain_broken = false;
  bool named_between = false;  // A sentence after s and before own names someone.
  // `Newsletter Sign Up Continue reading the main story Please verify you're not a robot …`
  // between `Representative Howard Coble … said in an interview that he thought …` and
  // `"…," he said`: page furniture is read past and not counted (twenty-third round (b)).
  int furniture = 0;        // Furniture sentences read past, at most kMaxFurnitureSentences.
  int reach_furniture = 0;  // Of them, those after reach_from's sentence.
  for (int s = own; s >= 0 && reach_from - s - reach_furniture <= kMaxPronounSentences &&
                    own - s - furniture <= kMaxPronounChainSentences;
       --s) {
    const int sb = t_.SentenceBegin(s);
    const int se = std::min(t_.SentenceEnd(s), position);
    if (se <= sb) continue;
    if (s != own && furniture < kMaxFurnitureSentences && IsFurniture(sb)) {
      ++furniture;
      ++reach_furniture;
      continue;
    }
    // `In Barack Obama’s farewell address, he congratulated himself …` + `He identified …`.
    if (s != own) {
      if (std::optional<std::string> owner = OpeningPossessor(s, -1, g)) return owner;
      if (std::optional<std::string> lone = OpeningClauseLoneName(s, -1, g)) return lone;
    }
    found.clear();
    CollectAntecedents(s, se, &found);
    AppendLastBefore(SpeechSubjects(s), sb, se, &found);
    if (g != Gender::kUnknown) AppendUnintroduced(s, se, &found);
    if (s == own) {
      DropOpeningParticipleObjects(t_, sb, position, &found);
      DropQuotedClauseSubjects(t_, sb, position, &found);
    }
    // `The Liberal Party leader and son of former Canada Prime Minister Pierre Trudeau also
    // blamed his …` + `"…," he said`: a name after `son of` (and a speech verb whose subject
    // reads back to it) is whose relative the subject is, not the subject; the relative is
    // someone named before.
    DropRelativesOf(sb, &found);
    // `But Rouhani's tone differed from Putin's.`: two possessors and nobody else, so "he" in
    // the next sentence could be either.
    const bool possessors = TwoPossessors(found, g);
    // `He recalled the day he fled his home in El Salvador`: a place is no "he" or "she"; a
    // sentence naming only places is read past as one naming no one (nineteenth round (h)).
    bool place = false;
    std::erase_if(found, [&](const Antecedent& a) {
      if (!Agrees(a, g) || a.possessive) return true;
      // `said the Sanders campaigner` + `"…," he adds`: a surname as a modifier is no one
      // who acts (twentieth round (b)).
      if (!a.spoke && IsModifierMention(a.token)) return true;
      // `"…," he told Bash.` + `"…," Bash said.` + `"…," he said`: whom the pronoun told is
      // someone else (twentieth round (b)).
      if (g != Gender::kUnknown && KnownGender(a) == Gender::kUnknown &&
          ToldByPronoun(a.name, g, t_.SentenceBegin(std::max(0, own - kMaxPronounSentences)),
                        position)) {
        return true;
      }
      if (g == Gender::kUnknown || !IsPlaceName(a)) return false;
      place = true;
      return true;
    });
    // `Johnson's other complaint about the question order concerned …` + `"…," he told the
    // Times`: a sentence about the possessor opening it, no one in it speaking; the names in
    // its object (`an uprising against President Bashar al-Assad`) are not the pronoun
    // (twenty-first round (c)).
    // Not past two possessors (`Pence's flight … was delayed due to the news of Miller's
    // illness.`).
    // Only the nearest sentence naming anyone (`Trump questioned the need for testing …`, a
    // Trump the article does not tell apart, stands between `Pence's flight …` and `he said`).
    if (s != own && !possessors && !named_between && !AnySpoke(found)) {
      if (std::optional<std::string> owner = LeadingPossessor(s, g, se, found)) {
        return owner;
      }
    }
    // `Lipinski did not concede until Wednesday afternoon.` + `"…," he said`: the nearest
    // sentence naming anyone has no candidate but its one-word subject, whose sex the article
    // tells (twenty-second round (g)).
    if (s != own && found.empty() && !named_between) {
      if (std::optional<std::string> subject = LoneSubject(s, g, position)) return subject;
    }
    if (s != own) named_between = named_between || !found.empty() || NamesSomeoneUnread(s, se);
    if (found.empty() && place) continue;
    if (s != own) DropGenderlessLoneNames(g, &found);
    // `Before the debate, one top Biden adviser predicted gleefully that … the Obama legacy,
    // … he wasn't bold enough.` + `"…," he told me`: a sentence whose subject is someone the
    // article does not name, speaking, and nobody named speaking in it: that is the pronoun,
    // not a name in what the speaker said (twentieth round (d)).
    if (s != own && !AnySpoke(found) && LeadingUnnamedSpeaker(s, g, se) >= 0) return std::nullopt;
    // `"…," says an Iraqi official in Baghdad who asked not to be named.` + `"…," he says`:
    // the pronoun is that unnamed speaker, not `Soleimani` named sentences before.
    if (g != Gender::kUnknown && UnnamedSpokeLast(sb, se, found)) return std::nullopt;
    if (found.empty() && s != own && possessors) return std::nullopt;
    // `…'s daughters, Kathleen Hartington Kennedy Townsend. … she posted`: a woman the article
    // names in a way not read as a person stands between; anyone farther back is a guess.
    if (found.empty() && NamesUnreadPerson(s, se, g)) return std::nullopt;
    if (found.empty()) {
      if (s != own && NamesSomeoneUnread(s, se)) {
        // `Levy appealed …` (a surname the article never introduced): a chain past it
        // would guess; only the plain reach is left.
        reach_from = own;
        reach_furniture = furniture;
        chain_broken = true;
      } else if (s != own && !chain_broken && LedBySpeakingPronoun(s, g, se)) {
        reach_from = s;
        reach_furniture = 0;
      } else if (s != own && !chain_broken && SubjectPronoun(s, g, se) >= 0) {
        *quiet_lead = SubjectPronoun(s, g, se);
      }
      continue;
    }
    // `That's why he is developing a relationship with Trump`: a sentence led by the same
    // pronoun goes on about the same person; the names in it are others. Look further back.
    // A speaker in a relative clause (`He also tried to downplay the idea that Bannon, who
    // apparently disagrees with the so-called “globalists” …, was the only concern.`: Bannon
    // the speaker of "disagrees" and of the scare quote) is no subject of that sentence.
    if (s != own && !AnySpokeOutsideRelativeClauses(found) &&
        LedByPronoun(s, g, found.front().token)) {
      if (!chain_broken && LedBySpeakingPronoun(s, g, found.front().token)) {
        reach_from = s;
        reach_furniture = 0;
      } else if (!chain_broken && SubjectPronoun(s, g, found.front().token) >= 0) {
        *quiet_lead = SubjectPronoun(s, g, found.front().token);
      }
      continue;
    }
    // Past the plain reach (through a chain), only a sentence naming one such person.
    if (own - s > kMaxPronounSentences && found.size() > 1 &&
        std::any_of(found.begin(), found.end(),
                    [&](const Antecedent& a) { return a.name != found.front().name; })) {
      return std::nullopt;
    }
    // So does one led by a description (`The senator blamed the lack of evidence on Trump`,
    // `The real estate mogul again blamed Clinton and Obama …`): the pronoun is whom the
    // description resolves to, else someone named before it, not the objects after it.
    std::vector<std::string> description;
    if (s != own && !AnySpoke(found) &&
        LeadingDescription(s, g, found.front().token, &description)) {
      std::optional<std::string> who = ResolveDescription(description, true, t_.SentenceBegin(s));
      if (!who) continue;
      // `The new leader also received congratulations from Arlene Foster … She said`: a
      // subject who cannot be "she" leaves the sentence's other names.
      if (g == Gender::kUnknown || people_.GenderOf(*who) != Opposite(g)) return who;
    }
    std::sort(found.begin(), found.end(),
              [](const Antecedent& x, const Antecedent& y) { return x.token < y.token; });
    // `But once Obama released his birth certificate, Trump hedged.` + `"…," he said`: the
    // main clause's subject, not the subordinate clause's (twentieth round (b)).
    if (s != own) DropOpeningClausePeople(sb, se, &found);
    const Antecedent* pick = &found.front();
    if (s == own && position < t_.size()) {
      // Nearest in the pronoun's own sentence, but `Trump was asked … if Kim agreed … and he
      // said`: a pronoun opening a joined clause takes the subject that opens the sentence.
      pick = &found.back();
      if (const Antecedent* subject = JoinedClauseSubject(position, sb, found)) {
        pick = subject;
      } else if (!pick->spoke) {
        pick = TailPronounSpeaker(position, found, pick);
      }
    } else {
      const Antecedent* speaker = nullptr;
      const Antecedent* body = nullptr;
      for (auto it = found.rbegin(); it != found.rend(); ++it) {
        if (it->spoke && !InObjectsRelativeClause(it->token)) {
          // `"…," … Kayleigh McEnany said, Fox News reported.` + `"…," she continued`: a body
          // speaking is never "he" or "she" (AsPerson would give none); a person speaking in
          // the same sentence is the pronoun (twenty-third round (b)).
          if (g != Gender::kUnknown && IsBodyVoice(it->name) && !SubjectMisread(*it)) {
            if (body == nullptr) body = &*it;
            continue;
          }
          speaker = &*it;  // The nearest speaker of that sentence.
          break;
        }
      }
      // Only a person given a quote before the body speaks (not a speech verb's subject: `the
      // woman said` read past, `lawyers for Ford said`).
      if (speaker == nullptr) speaker = body;
      pick = speaker != nullptr ? speaker : MainClausePerson(found, possessors);
      if (pick == nullptr) return std::nullopt;
    }
    return people_.FullName(pick->name);
  }
  *ran_out = true;
  return std::nullopt;
}

// True when a quote of an unnamed speaker starts in [b, e), no one in `found` (candidates of
// that range) is named before it, and no one in `found` spoke after it.
bool AntecedentResolver::UnnamedSpokeLast(int b, int e,
                                          const std::vector<Antecedent>& found) const {
  auto it = std::lower_bound(unnamed_speakers_.begin(), unnamed_speakers_.end(), e);
  if (it == unnamed_speakers_.begin() || *std::prev(it) < b) return false;
  const int u = *std::prev(it);
  // `Speaking hours later Friday, British Prime Minister David Cameron cast the airstrike as …
  // "…"`: a person named before the quote in its sentence is likelier its speaker.
  return std::none_of(found.begin(), found.end(), [u](const Antecedent& a) {
    return a.token < u || (a.spoke && a.token > u);
  });
}

// `At one of President Trump’s daily press briefings, he said that “…”`, `In George
// Washington’s 1796 farewell address, he argued`: a sentence `s` opening with "in"/"at"/
// "during" and a person's possessive (after "one of" at most), whose phrase ends in a comma
// right before "he" (g male) or "she" (g female): the pronoun is that person, whose event or
// text the phrase names. `position` is that pronoun's token, or -1 for any (a sentence before
// the pronoun being resolved, which it goes on about). Only a person the article names who
// can take the pronoun, and the only possessive of the phrase. `After …`/`Following …` are
// not read: `After a day spent deliberating on Jefferson’s draft …, he wrote` is John Adams.
std::optional<std::string> AntecedentResolver::OpeningPossessor(int s, int position,
                                                                Gender g) const {
  if (g == Gender::kUnknown) return std::nullopt;
  const int se = t_.SentenceEnd(s);
  int i = t_.SentenceBegin(s);
  if (i >= se) return std::nullopt;
  const absl::string_view lead = t_.Lower(i);
  if (lead == "but" || lead == "and" || lead == "so") ++i;
  if (i + 1 >= se) return std::nullopt;
  const absl::string_view prep = t_.Lower(i);
  if (prep != "in" && prep != "at" && prep != "during") return std::nullopt;
  ++i;
  if (i + 2 < se && t_.Lower(i) == "one" && t_.Lower(i + 1) == "of") i += 2;
  int p = i;  // The capitalized run ending in the possessive: `President Trump’s`.
  while (p < se && p - i < kMaxSubjectWords && t_[p].capitalized && !t_[p].possessive &&
         !t_[p].comma_after && t_[p].quote < 0) {
    ++p;
  }
  if (p >= se || !t_[p].capitalized || !t_[p].possessive || t_[p].comma_after ||
      t_[p].quote >= 0) {
    return std::nullopt;
  }
  int c = p + 1;  // The phrase's last word, before its comma: `… daily press briefings,`.
  while (c < se && c - p <= kMaxPossessedPhraseWords && !t_[c].comma_after) {
    if (t_[c].quote >= 0 || t_[c].possessive || t_[c].sentence_end) return std::nullopt;
    ++c;
  }
  const int pronoun = c + 1;
  if (c >= se || pronoun >= se || !t_[c].comma_after || t_[c].quote >= 0 ||
      t_[pronoun].quote >= 0 || (position >= 0 && position != pronoun) ||
      t_.Lower(pronoun) != (g == Gender::kMale ? "he" : "she")) {
    return std::nullopt;
  }
  for (const Mention& m : people_.MentionsInSentence(s)) {
    if (m.token < i || m.token > p) continue;
    const Antecedent a{m.token, people_.people()[m.person].name, m.person, false, true};
    if (!m.possessive || !people_.IsClearlyPerson(m.person) || !Agrees(a, g)) return std::nullopt;
    return people_.FullName(a.name);
  }
  return std::nullopt;
}

// When the pronoun at (or right before) `position` opens a clause joined by "and"/"but", the
// person named last in the run of capitalized and title words opening the sentence at `sb`
// (`New York Police Department spokesman Paul Browne … but he said`); nullptr otherwise.
// `found` is in text order.
const AntecedentResolver::Antecedent* AntecedentResolver::JoinedClauseSubject(
    int position, int sb, const std::vector<Antecedent>& found) const {
  // Resolving may start at the pronoun or at its verb (`and he said`).
  int p = position;
  if (p < t_.size() && t_.Lower(p) != "he" && t_.Lower(p) != "she") --p;
  if (p <= sb || p >= t_.size() || t_[p - 1].quote >= 0 ||
      (t_.Lower(p) != "he" && t_.Lower(p) != "she")) {
    return nullptr;
  }
  const absl::string_view joiner = t_.Lower(p - 1);
  if (joiner != "and" && joiner != "but") return nullptr;
  int run_end = sb;
  while (run_end < p && run_end - sb < kMaxSubjectWords && t_[run_end].quote < 0 &&
         (t_[run_end].capitalized || IsTitleWord(t_.Lower(run_end)))) {
    ++run_end;
    if (t_[run_end - 1].comma_after || t_[run_end - 1].possessive) break;
  }
  const Antecedent* subject = nullptr;
  for (const Antecedent& a : found) {
    if (a.token >= sb && a.token < run_end) subject = &a;
  }
  return subject;
}

// When the pronoun at (or right before) `position` follows a quote (`…, "…," he said`) and
// `nearest` (the nearest person before it in its own sentence) is no speaker: the nearest
// person of `found` (text order) who is the subject of a speech verb before it, since
// `nearest` stands in what that one said (`Graham said Trump must emphasize …, "…," he
// said`), with no comma, colon or quote between the verb and `nearest`. Only a person (not
// `The New York Times later asked Welch …`) in the active voice (not `the raid which killed
// Bin Laden, told by Biden`). Else `nearest`.
const AntecedentResolver::Antecedent* AntecedentResolver::TailPronounSpeaker(
    int position, const std::vector<Antecedent>& found, const Antecedent* nearest) const {
  int p = position;
  if (p < t_.size() && t_.Lower(p) != "he" && t_.Lower(p) != "she") --p;
  if (p <= 0 || p >= t_.size() || t_[p - 1].quote < 0 ||
      (t_.Lower(p) != "he" && t_.Lower(p) != "she")) {
    return nearest;
  }
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    if (!it->spoke) continue;
    // A quote's speaker (`told me: "…" When I asked Richard Edelman …`) is not what governs.
    if (t_[it->token].quote >= 0) return nearest;
    const bool person = it->person >= 0 ? people_.IsClearlyPerson(it->person)
                                        : people_.GenderOf(it->name) != Gender::kUnknown;
    const bool passive = it->token + 1 < t_.size() && t_.Lower(it->token + 1) == "by";
    if (!person || passive) return nearest;
    // `nearest` must stand in the verb's own clause (`Graham said Trump must`), not past a
    // comma, colon or quote (`things Trump has said about women, …, which allowed Kaine`).
    for (int i = it->token; i < nearest->token; ++i) {
      if (t_[i].comma_after || t_[i].colon_after || t_[i].sentence_end || t_[i].quote >= 0) {
        return nearest;
      }
    }
    return &*it;
  }
  return nearest;
}

// True when `found` (before possessives are dropped) holds possessives of two people who can
// take the pronoun of g.
bool AntecedentResolver::TwoPossessors(const std::vector<Antecedent>& found, Gender g) const {
  const Antecedent* first = nullptr;
  for (const Antecedent& a : found) {
    if (!a.possessive || !Agrees(a, g)) continue;
    if (first != nullptr && a.name != first->name) return true;
    if (first == nullptr) first = &a;
  }
  return false;
}

// True when the speech verb at `token` opens a relative clause about a preposition's object
// (`Unlike Mr. Obama, who said he wanted to look forward, Mr. Romney …`): its subject is not
// the sentence's. (`including Louisiana Gov. Bobby Jindal, who said …` is.)
bool AntecedentResolver::InObjectsRelativeClause(int token) const {
  const int who = RelativeWho(token, 2);
  return who > 0 && IsObjectMention(who - 1);  // The name the clause is about.
}

// True when the name at `token` is the object of a preposition (`laying … on Mr. Obama's
// doorstep`, `Unlike Mr. Obama,`, `According to the Daily Beast's Ronald Radosh, Bannon …`):
// the word before its run of capitalized and title words is one. A sentence that ends
// `…, according to Leon Szeptycki, …` is his: not an object there.
bool AntecedentResolver::IsObjectMention(int token) const {
  const int sb = t_.SentenceBegin(t_.Sentence(token));
  int k = token - 1;
  // Back over the name's titles, not past a day or month (`on Tuesday Paul Ryan, …, refused`)
  // nor an acronym (`aired Sunday on CBS , Trump said`: a comma set apart is not read).
  while (k >= sb && t_[k].quote < 0 && !t_[k].comma_after && !t_[k].colon_after) {
    const absl::string_view w = t_.Lower(k);
    if (w == "unlike" || t_[k].all_caps || (t_[k].capitalized && IsNonNameCapitalized(w)) ||
        !(t_[k].capitalized || IsTitleWord(w) || w == "the")) {
      break;
    }
    --k;
  }
  if (k < sb || t_[k].quote >= 0 || t_[k].comma_after || t_[k].colon_after) return false;
  const absl::string_view w = t_.Lower(k);
  if (w == "to" && k > sb && t_.Lower(k - 1) == "according") return k - 1 == sb;
  // `when I recently spoke with Pepinsky`: who is spoken with speaks.
  if (w == "with" && k > sb && IsSpeechVerb(t_.Lower(k - 1))) return false;
  // `was cheered by Rep. Adam B. Schiff`: a passive's agent acts; `For Jeff Payne, …, the
  // Trump phenomenon …` and `To Ms. Day …, Ms. Jackson is a model` open with whose view the
  // sentence gives.
  if (w == "by" || ((w == "for" || w == "to") && k == sb)) return false;
  return w == "unlike" || ((!t_[k].capitalized || k == sb) && IsAttachingWord(w));
}

// For a pronoun resolved to an earlier sentence where nobody speaks: the first person of
// `found` (text order), unless a preposition governs that one (`Unlike Mr. Obama, …`): then
// the first later person who is no object and whose sex is known (`Mr. Romney`, not `South
// Korean`); when there is none, the one person named, or nullptr when the sentence names two
// (`possessors` counts possessives too).
const AntecedentResolver::Antecedent* AntecedentResolver::MainClausePerson(
    const std::vector<Antecedent>& found, bool possessors) const {
  const Antecedent* first = nullptr;
  bool two = possessors;
  for (const Antecedent& a : found) {
    if (a.spoke && InObjectsRelativeClause(a.token)) continue;
    if (!IsObjectMention(a.token)) {
      if (first == nullptr) return &a;
      if (people_.GenderOf(a.name) != Gender::kUnknown) return &a;
      continue;
    }
    if (first == nullptr) {
      first = &a;
    } else if (a.name != first->name) {
      two = true;
    }
  }
  return two ? nullptr : first;
}

bool AntecedentResolver::AnySpoke(const std::vector<Antecedent>& found) {
  return std::any_of(found.begin(), found.end(), [](const Antecedent& a) { return a.spoke; });
}

bool AntecedentResolver::AnySpokeOutsideRelativeClauses(
    const std::vector<Antecedent>& found) const {
  return std::any_of(found.begin(), found.end(), [this](const Antecedent& a) {
    return a.spoke && RelativeWho(a.token, kMaxRelativeClauseWords) < 0;
  });
}

int AntecedentResolver::RelativeWho(int token, int max_back) const {
  const int sb = t_.SentenceBegin(t_.Sentence(token));
  for (int k = token - 1; k > sb && k >= token - max_back; --k) {
    if (t_[k].quote >= 0 || t_[k].comma_after) return -1;
    if (t_.Lower(k) == "who" && t_[k - 1].comma_after) return k;
  }
  return -1;
}

// The token of "he" (g = kMale) or "she" when it stands among the first kMaxLeadWords words of
// sentence s, before token `before`, and the sentence does not open with a subordinate clause
// ("When he arrived, Trump said"); -1 otherwise.
int AntecedentResolver::LeadingPronoun(int s, Gender g, int before) const {
  if (g == Gender::kUnknown) return -1;
  const absl::string_view pronoun = g == Gender::kMale ? "he" : "she";
  static constexpr WordSet kSubordinators{
      {"when", "as", "after", "if", "while", "because", "although", "though", "since", "before"}};
  const int sb = t_.SentenceBegin(s);
  if (kSubordinators.contains(t_.Lower(sb))) return -1;
  for (int i = sb; i < before && i < sb + kMaxLeadWords; ++i) {
    if (t_[i].quote < 0 && t_.Lower(i) == pronoun) return i;
  }
  return -1;
}

// True when sentence s is led by "he"/"she" (LeadingPronoun) speaking: a speech verb within
// two words after it (`She says`, `he told me`, `he later added`), before token `before`.
bool AntecedentResolver::LedBySpeakingPronoun(int s, Gender g, int before) const {
  const int lead = LeadingPronoun(s, g, before);
  if (lead < 0) return false;
  for (int i = lead + 1; i < before && i <= lead + 2; ++i) {
    if (t_[i].quote >= 0) return false;
    if (IsSpeechVerb(t_.Lower(i)) || IsTailSpeechVerb(t_.Lower(i))) return true;
  }
  return false;
}

// True when sentence s, before token e, has a subject that may be a name: capitalized words
// opening the sentence or a clause after a comma, then a lower-case word or a comma (`Levy
// appealed …`, `In El Paso, Levy prepared`, `Sujey Flores, 28,`), no stop word nor possessive
// (`In the end, Clinton’s main challenge`). Called where
// no one in s can take the pronoun, so the subject is someone the pronoun chain cannot cross.
bool AntecedentResolver::NamesSomeoneUnread(int s, int e) const {
  const int sb = t_.SentenceBegin(s);
  for (int i = sb; i + 1 < e; ++i) {
    if (i > sb && !t_[i - 1].comma_after) continue;
    if (t_[i].quote >= 0 || !t_[i].capitalized || t_[i].all_caps || t_[i].possessive ||
        IsNonNameCapitalized(t_.Lower(i)) || absl::EndsWith(t_.Lower(i), "ly")) {
      continue;
    }
    int j = i + 1;
    while (j < e && t_[j].capitalized && t_[j].quote < 0 && !t_[j - 1].comma_after) ++j;
    // `Alex, who only wanted to be identified by his first name,` is a subject too.
    if (j < e && !t_[j - 1].sentence_end && !t_[j].capitalized && t_[j].quote < 0) return true;
    if (j < e && t_[j - 1].comma_after) return true;
  }
  return false;
}

// True when sentence s, before token e, holds a name article_people.h does not read as a
// person: a run of kLongNameWords or more capitalized words opening with a given name that
// takes the pronoun of g ("Kathleen Hartington Kennedy Townsend") and starting no mention.
bool AntecedentResolver::NamesUnreadPerson(int s, int e, Gender g) const {
  if (g == Gender::kUnknown) return false;
  const std::vector<Mention>& mentions = people_.MentionsInSentence(s);
  for (int i = t_.SentenceBegin(s); i + kLongNameWords <= e; ++i) {
    // Not a headline in capitals (`MERYL STREEP, JIMMY FALLON AND MORE …`) nor a photo credit
    // in parentheses.
    if (!t_[i].capitalized || t_[i].all_caps || t_[i].in_parens || t_[i].quote >= 0 ||
        GivenNameGender(t_.Word(i)) != g) {
      continue;
    }
    int run = 1;
    while (run < kLongNameWords && t_[i + run].capitalized && !t_[i + run].all_caps &&
           t_[i + run].quote < 0 && !t_[i + run - 1].comma_after && !t_[i + run - 1].sentence_end &&
           !t_[i + run - 1].possessive) {
      ++run;
    }
    if (run < kLongNameWords) continue;
    const bool mentioned = std::any_of(mentions.begin(), mentions.end(),
                                       [i](const Mention& m) { return m.token == i; });
    if (!mentioned) return true;
  }
  return false;
}

// The last kMaxAntecedents mentions of clear persons and quote speakers of sentence s before e
// (bounded, so a sentence holding thousands of quotes stays linear).
void AntecedentResolver::CollectAntecedents(int s, int e, std::vector<Antecedent>* out) const {
  const std::vector<Mention>& mentions = people_.MentionsInSentence(s);
  auto m = std::lower_bound(mentions.begin(), mentions.end(), e,
                            [](const Mention& x, int pos) { return x.token < pos; });
  for (int n = 0; m != mentions.begin() && n < kMaxAntecedents; ++n) {
    --m;
    if (!people_.IsClearlyPerson(m->person)) continue;
    out->push_back({m->token, people_.people()[m->person].name, m->person, false, m->possessive});
  }
  AppendLastBefore(events_, t_.SentenceBegin(s), e, out);
}

// True when token i is a capitalized word standing alone: outside quotes, no capitalized
// word right before or after it in its sentence, no stop word ("May", "The").
bool AntecedentResolver::IsLoneCapitalized(int i) const {
  if (t_[i].quote >= 0 || !t_[i].capitalized || t_[i].all_caps ||
      IsNonNameCapitalized(t_.Lower(i))) {
    return false;
  }
  const int sb = t_.SentenceBegin(t_.Sentence(i));
  if (i > sb && t_[i - 1].capitalized && !t_[i - 1].comma_after && !t_[i - 1].sentence_end) {
    return false;
  }
  return i + 1 >= t_.size() || t_[i].comma_after || t_[i].sentence_end || t_[i].possessive ||
         !t_[i + 1].capitalized;
}

// A word the article also uses after a preposition or article (`from China`, `an Atlanta
// suburb`, `the Duke lacrosse case`), or after one opening a sentence (`In Texas`), or joined
// by `and`/`or` to such a word (`Texas and Arizona`) is a place or thing, not a person.
void AntecedentResolver::FindPlaceWords() const {
  places_found_ = true;
  // Not `by` or `on`: `the allegations made by Ehsan`, `no comment on Ehsan` name a person.
  static constexpr WordSet kPlaceWords{
      {"in", "at",  "to",     "from", "of",     "into",    "near",    "across",  "for",  "the", "a",
       "an", "via", "toward", "over", "around", "outside", "towards", "through", "with", "like"}};
  // Places by a preposition of place, lower-case or opening a sentence (`In Texas "we saw …"`,
  // one word there), for the `and` below.
  static constexpr WordSet kLocationWords{
      {"in", "at", "from", "into", "near", "across", "via", "toward", "towards", "outside",
       "through", "around", "throughout", "inside"}};
  absl::flat_hash_set<absl::string_view> located;
  // `Key red states to watch are Texas and Arizona, says …`: a word ending a phrase joined to
  // such a place is a place (not `in Syria and Iraq and Ehsan says`). Token pairs.
  std::vector<std::pair<int, int>> joined;
  for (int i = 1; i < t_.size(); ++i) {
    if (t_[i].quote >= 0 || !t_[i].capitalized) continue;
    const absl::string_view before = t_.Lower(i - 1);
    if ((t_[i].comma_after || t_[i].sentence_end) && i >= 2 && t_[i - 2].capitalized &&
        t_[i - 2].quote < 0 && (before == "and" || before == "or")) {
      joined.emplace_back(i - 2, i);
    }
    if (!t_[i - 1].capitalized) {
      if (!kPlaceWords.contains(before)) continue;
      places_.insert(t_.Word(i));
      if (kLocationWords.contains(before)) located.insert(t_.Word(i));
    } else if (i - 1 == t_.SentenceBegin(t_.Sentence(i))) {
      if (t_[i - 1].quote < 0 && !t_[i].possessive && kLocationWords.contains(before) &&
          (t_[i].comma_after || i + 1 >= t_.size() || !t_[i + 1].capitalized)) {
        located.insert(t_.Word(i));
      }
    }
  }
  for (const auto& [place, other] : joined) {
    if (located.contains(t_.Word(place))) places_.insert(t_.Word(other));
  }
}

void AntecedentResolver::AppendUnintroduced(int s, int e, std::vector<Antecedent>* out) const {
  if (speaker_surnames_.empty()) return;
  if (!places_found_) FindPlaceWords();
  for (int i = t_.SentenceBegin(s); i < e; ++i) {
    if (!IsLoneCapitalized(i)) continue;
    // `[Updated 11:20 a.m. ET] U.S. Secretary of State John Kerry praised …`: a live blog's
    // update line, no person.
    const size_t at = t_[i].span.begin;
    if (at > 0 && t_.text()[at - 1] == '[') continue;
    const absl::string_view w = t_.Word(i);
    auto it = speaker_surnames_.find(w);
    if (it == speaker_surnames_.end() || places_.contains(w)) continue;
    out->push_back({i, it->second, -1, false, t_[i].possessive});
  }
}

void AntecedentResolver::AppendLastBefore(const std::vector<Antecedent>& sorted, int b, int e,
                                          std::vector<Antecedent>* out) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), e,
                             [](const Antecedent& x, int pos) { return x.token < pos; });
  for (int n = 0; it != sorted.begin() && std::prev(it)->token >= b && n < kMaxAntecedents; ++n) {
    out->push_back(*--it);
  }
}

std::optional<std::string> AntecedentResolver::SoleFirstLady() const {
  if (first_lady_found_) return first_lady_;
  first_lady_found_ = true;
  constexpr int kMaxNameWords = 3;
  int sole = -1;
  for (int i = 0; i + 2 < t_.size(); ++i) {
    if (t_.Lower(i) != "first" || t_.Lower(i + 1) != "lady" || t_[i + 1].comma_after ||
        t_[i + 1].possessive || t_[i + 1].sentence_end || t_[i + 2].quote >= 0 ||
        !t_[i + 2].capitalized) {
      continue;
    }
    int j = i + 2;
    while (j < t_.size() && j < i + 2 + kMaxNameWords && t_[j].capitalized && !t_[j].all_caps &&
           t_[j].quote < 0) {
      ++j;
      if (t_[j - 1].comma_after || t_[j - 1].sentence_end || t_[j - 1].possessive) break;
    }
    const int p = people_.Find(t_.Join(i + 2, j));
    if (p < 0) continue;
    if (sole >= 0 && sole != p) return first_lady_;  // Two first ladies: nobody.
    sole = p;
  }
  if (sole >= 0) first_lady_ = people_.people()[sole].name;
  return first_lady_;
}

// True when `held` has a modifier of office (`former`, `deputy`, `vice`, `acting`,
// `assistant`) that `description` lacks: `Deputy Attorney General Rod Rosenstein` is not
// "the attorney general" a later `Attorney General Jeff Sessions` is.
static bool HoldsUnsaidModifier(const std::vector<std::string>& description,
                                const std::vector<std::string>& held) {
  static constexpr WordSet kModifiers{{"former", "deputy", "vice", "acting", "assistant"}};
  for (const std::string& w : held) {
    if (kModifiers.contains(w) &&
        std::find(description.begin(), description.end(), w) == description.end()) {
      return true;
    }
  }
  return false;
}

std::optional<std::string> AntecedentResolver::ResolveDescription(
    const std::vector<std::string>& titles, bool definite, int position) const {
  if (titles.size() == 2 && titles[0] == "first" && titles[1] == "lady") return SoleFirstLady();
  // "the President" is not "Russian President Vladimir Putin" when someone else is
  // President with no other qualifier: that one is only the last resort.
  // Someone untitled until paragraphs later (`President Castro`) is not yet so titled, only
  // the last resort (`late`): someone else may be meant (round 23 (g)).
  std::optional<std::string> found, qualified, late;
  std::vector<std::string> scratch;
  VisitAntecedents(position, [&](const Antecedent& a) {
    if (a.person < 0) return true;
    // Only someone with no title at all by then: `Russian President Vladimir Putin` stays
    // "the Russian leader" though `the authoritarian leader` comes later (helsinki-10037).
    const std::vector<std::string>& all = people_.people()[a.person].titles;
    const std::vector<std::string>& some = people_.TitlesHeldAt(a.person, position, &scratch);
    const std::vector<std::string>& held = some.empty() ? some : all;
    if (!late && &held != &all && HasEveryTitle(titles, all) && Agrees(a, RoleGender(titles)) &&
        FitRole(titles, all) == RoleFit::kFits) {
      late = people_.people()[a.person].name;
    }
    if (!HasEveryTitle(titles, held) ||
        !Agrees(a, RoleGender(titles))) {  // "the congresswoman" is not Rep. Adam Schiff
      return true;
    }
    // Past someone titled so only later, not one whose office the description does not say:
    // `former President Bill Clinton` is not "the president" who `stated` (DjnTNbFMTqucvRf8).
    if (late && HoldsUnsaidModifier(titles, held)) return true;
    const RoleFit fit = FitRole(titles, held);
    // `Vice President Mike Pence` holds every word of "the president", but not the office.
    if (fit == RoleFit::kConflict) return true;
    if (fit == RoleFit::kQualifiedOtherwise) {
      if (!qualified) qualified = people_.people()[a.person].name;
      return true;
    }
    found = people_.people()[a.person].name;
    return false;
  });
  if (found) return found;
  // "the Ukrainian president": a person introduced with every word of it, though qualified
  // more, is nearer the mark than anyone the role alone would suggest.
  if (qualified && titles.size() > 1) return qualified;
  // `"…," the real estate mogul said`: no office, so nobody introduced with it.
  if (definite && DescriptionHead(titles).empty() && IsPersonEpithet(titles.back())) {
    found = ResolveEpithet(titles.back(), position);
    return found ? found : late;
  }
  if (definite) {
    // Round 23 (g): a title given paragraphs later (`President Castro`) moves the description
    // to someone else only when that one spoke, or nobody was found with it.
    bool saw_late = false;
    RoleAnswer role = ResolveRole(titles, position, false, &saw_late);
    if (saw_late) {
      RoleAnswer held = ResolveRole(titles, position, true, nullptr);
      if (held.name && held.name != role.name && (held.spoke || !role.name)) role = std::move(held);
    }
    found = std::move(role.name);
  }
  if (found) return found;
  // `Republican Sen. Ron Johnson` + `"…," the Wisconsin senator added`: the article's one
  // holder of the role, though named paragraphs before (nineteenth round (c)).
  if (definite) {
    const int holder = people_.SoleHolder(titles, RoleGender(titles), position);
    if (holder >= 0) return people_.people()[holder].name;
    // `Trump used parts of his speech at the World Economic Forum …` + `"…," the president
    // said`: an article that never titles him President (round 21 (l)).
    if (DescriptionHead(titles) == "president" && !qualified &&
        !people_.HasUnnamedHolder("president", position)) {
      found = SolePersonBefore(&titles, position);
      if (found) return found;
    }
  }
  if (qualified) return qualified;
  return late;
}

}  // namespace claimdup
