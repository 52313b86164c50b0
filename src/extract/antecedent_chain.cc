// AntecedentResolver's pronoun chain (antecedents.h, twenty-second round (h)): `Cory Booker …
// He worked … He wrote about … "I hated gays," he wrote.` When the plain reach
// (NearestAntecedent) runs out, a sentence it read that the same pronoun leads without
// speaking, as its subject (`He worked …`, `In 1989, he landed`), goes on about the same
// person: its pronoun is resolved in its turn (at most kMaxPronounChainSentences back from the
// first pronoun), and the person found is the answer only when
// - the article tells that person's sex, the pronoun's, and the name is no place word
//   (`The moderator said that when he started` -> `Ireland`);
// - no sentence from the name's to the pronoun's introduces an unnamed person who could take
//   the pronoun (`A sporty-looking blonde guy … rose`, `Another New York delegate, who wished
//   to remain anonymous`, `a general who was talking`, `the daft old woman`);
// - none of them reads as a photo caption (`Former Russian police officer Igor Lyakhovets is
//   escorted …`, `(Photo: …)`, `Getty Images`) or holds a description speaking (`the
//   ambassador said`);
// - the name is no noun modifier (`a subtle Marco Rubio impersonation`), no sentence between
//   it and the chain names anyone else (`A few blocks down, Alex, …`), and no quote between
//   was given to someone else or to someone unnamed.
// Otherwise none, as before. Cost: only for a pronoun the plain reach leaves unresolved past
// such a sentence; a bounded scan of the sentences between.
#include <algorithm>
#include <optional>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "extract/antecedents.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {

// Sentences before the chain's farthest pronoun searched for the name it resolved to.
inline constexpr int kMaxChainNameSentences = kMaxPronounSentences + 1;
// Words from a determiner to the person noun it opens (`a sporty-looking blonde guy`).
inline constexpr int kMaxUnnamedPhraseWords = 5;

namespace {

// Nouns for a person the article may leave unnamed, with their sex when they tell it.
Gender UnnamedNounGender(absl::string_view w, bool* person) {
  static constexpr WordSet kMale{{"guy", "man", "boy", "gentleman", "father", "son", "husband",
                                  "brother", "spokesman", "businessman", "policeman",
                                  "councilman", "congressman"}};
  static constexpr WordSet kFemale{{"woman", "girl", "lady", "mother", "daughter", "wife",
                                    "sister", "spokeswoman", "businesswoman", "policewoman",
                                    "councilwoman", "congresswoman"}};
  static constexpr WordSet kAny{
      {"person",   "delegate", "moderator", "general",  "official", "source",    "voter",
       "resident", "aide",     "staffer",   "officer",  "soldier",  "student",   "teacher",
       "worker",   "driver",   "neighbor",  "stranger", "veteran",  "protester", "supporter",
       "attendee", "member",   "friend",    "relative", "witness",  "employee",  "spokesperson",
       "reporter", "journalist", "questioner", "caller", "customer", "passenger", "patient",
       "doctor",   "nurse",    "farmer",    "owner",    "guard",    "agent",     "activist",
       "ally"}};
  *person = true;
  if (kMale.contains(w)) return Gender::kMale;
  if (kFemale.contains(w)) return Gender::kFemale;
  *person = kAny.contains(w);
  return Gender::kUnknown;
}

// Nouns also read as adjectives or in set phrases (`the general election`, `the official
// results`, `a source of income`): a person only when the phrase ends there or a verb or
// `who` follows.
bool IsAmbiguousNoun(absl::string_view w) {
  return w == "general" || w == "official" || w == "source" || w == "member" ||
         w == "resident" || w == "owner" || w == "agent" || w == "guard";
}

bool IsDeterminer(absl::string_view w) {
  return w == "a" || w == "an" || w == "another" || w == "one" || w == "the" || w == "this" ||
         w == "that" || w == "some";
}

}  // namespace

std::optional<std::string> AntecedentResolver::ResolvePronoun(int position, Gender g) const {
  if (t_.size() == 0) return std::nullopt;
  return ChainedAntecedent(position, g, t_.Sentence(std::min(position, t_.size() - 1)));
}

std::optional<std::string> AntecedentResolver::ChainedAntecedent(int position, Gender g,
                                                                 int origin) const {
  int quiet = -1;
  bool ran_out = false;
  std::optional<std::string> near = NearestAntecedent(position, g, &quiet, &ran_out);
  if (near || !ran_out || quiet < 0 || quiet >= position || g == Gender::kUnknown ||
      origin - t_.Sentence(quiet) > kMaxPronounChainSentences) {
    return near;
  }
  std::optional<std::string> named = ChainedAntecedent(quiet, g, origin);
  if (!named || people_.GenderOf(*named) != g) return std::nullopt;
  const size_t space = named->rfind(' ');
  const std::string last = space == std::string::npos ? *named : named->substr(space + 1);
  // A one-word name the article writes as a place (`Ireland`); a full name is a person's
  // (places_ holds `Trump` after `to Trump` too).
  if (space == std::string::npos) {
    if (!places_found_) FindPlaceWords();
    if (places_.contains(last)) return std::nullopt;
  }
  // The sentence naming the person, nearest before the chain's farthest pronoun.
  const int qs = t_.Sentence(quiet);
  int name_s = -1, name_at = -1;
  for (int i = quiet - 1; i >= 0 && qs - t_.Sentence(i) <= kMaxChainNameSentences; --i) {
    if (t_[i].quote < 0 && t_.Word(i) == last) {
      name_s = t_.Sentence(i);
      name_at = i;
      break;
    }
  }
  if (name_s < 0 || IsModifierName(name_at) || ChainCrossesUnnamed(name_s, position, g)) {
    return std::nullopt;
  }
  // `"…," the ambassador said.` (Jon Huntsman) + `He listed some of the challenges Trump will
  // face`: a quote between given to someone else, or to someone unnamed, leaves the chain in
  // doubt.
  for (auto it = std::lower_bound(events_.begin(), events_.end(), name_at,
                                  [](const Antecedent& e, int tok) { return e.token < tok; });
       it != events_.end() && it->token < position; ++it) {
    if (people_.FullName(it->name) != *named) return std::nullopt;
  }
  if (auto it = std::lower_bound(unnamed_speakers_.begin(), unnamed_speakers_.end(), name_at);
      it != unnamed_speakers_.end() && *it < position) {
    return std::nullopt;
  }
  // `Pierre Thomas, 37, was hanging out …` + `A few blocks down, Alex, who only wanted to be
  // identified by his first name, was watching …. He pointed …`: a sentence between the name
  // and the chain naming someone else (read or not) is whom the chain may be about.
  const int person = people_.Find(*named);
  for (int s = name_s + 1; s < qs; ++s) {
    if (NamesSomeoneUnread(s, t_.SentenceEnd(s))) return std::nullopt;
    for (const Mention& m : people_.MentionsInSentence(s)) {
      if (m.person != person && t_[m.token].quote < 0) return std::nullopt;
    }
  }
  return named;
}

// LeadingPronoun's token when the pronoun is the sentence's subject: its first word, after
// `But`/`And`/`So`/`Yet`/`Then`/`Still`, or after an opening phrase's comma (`In 1989, he
// landed`); not `Buttigieg's defenders say he's …`. -1 otherwise.
int AntecedentResolver::SubjectPronoun(int s, Gender g, int before) const {
  static constexpr WordSet kOpeners{{"but", "and", "so", "yet", "then", "still"}};
  const int lead = LeadingPronoun(s, g, before);
  if (lead < 0) return -1;
  const int sb = t_.SentenceBegin(s);
  if (lead == sb || (lead == sb + 1 && kOpeners.contains(t_.Lower(sb))) ||
      t_[lead - 1].comma_after) {
    return lead;
  }
  return -1;
}

// True when the name ending at token `at` modifies a noun (`a subtle Marco Rubio
// impersonation`): "a"/"an"/"the" at most two words before its capitalized run, no comma
// between, and a lower-case word after it.
bool AntecedentResolver::IsModifierName(int at) const {
  int b = at;
  while (b > 0 && t_[b - 1].capitalized && !t_[b - 1].comma_after && !t_[b - 1].sentence_end &&
         t_[b - 1].quote < 0) {
    --b;
  }
  if (at + 1 >= t_.size() || t_[at].possessive || t_[at].comma_after || t_[at].sentence_end ||
      t_[at + 1].capitalized || t_[at + 1].quote >= 0) {
    return false;
  }
  for (int k = b - 1; k >= 0 && k >= b - 2; --k) {
    if (t_[k].comma_after || t_[k].sentence_end || t_[k].capitalized) return false;
    const absl::string_view w = t_.Lower(k);
    if (w == "a" || w == "an" || w == "the") return true;
  }
  return false;
}

// True when a sentence from sentence `from` to token `to` (outside quotes) introduces an
// unnamed person who could take the pronoun of g, or reads as a photo caption.
bool AntecedentResolver::ChainCrossesUnnamed(int from, int to, Gender g) const {
  const int last = t_.Sentence(std::min(to, t_.size() - 1));
  for (int s = from; s <= last; ++s) {
    if (IsCaptionLike(s)) return true;
    const int se = std::min(t_.SentenceEnd(s), to);
    for (int i = t_.SentenceBegin(s); i < se; ++i) {
      if (t_[i].quote >= 0) continue;
      const absl::string_view w = t_.Lower(i);
      // `Another New York delegate, who wished to remain anonymous`.
      if (w == "anonymous" || w == "anonymity") return true;
      if (!IsDeterminer(w)) continue;
      // `Cory Booker, a man of faith,`: an appositive describes the name before it.
      if (i > 0 && t_[i - 1].comma_after && t_[i - 1].capitalized) continue;
      for (int k = i + 1; k < se && k <= i + kMaxUnnamedPhraseWords; ++k) {
        if (t_[k].quote >= 0 || (t_[k].capitalized && k > i + 1 && t_[k - 1].capitalized)) break;
        // `"…," the ambassador said.`: a description speaking, someone other than the name
        // or the chain would have read it.
        const absl::string_view noun = t_.Lower(k);
        if (((IsTitleWord(noun) && !IsTitleModifier(noun)) || IsPersonEpithet(noun)) &&
            k + 1 < se && t_[k + 1].quote < 0 &&
            (IsSpeechVerb(t_.Lower(k + 1)) || IsTailSpeechVerb(t_.Lower(k + 1)))) {
          return true;
        }
        bool person = false;
        const Gender ng = UnnamedNounGender(noun, &person);
        if (!person) {
          if (t_[k].comma_after || t_[k].sentence_end || t_[k].possessive) break;
          continue;
        }
        // `the moderator, John Smith,`, `delegate Mira Bowin`: named after all.
        const bool ends = t_[k].comma_after || t_[k].sentence_end || k + 1 >= se;
        if (!ends && t_[k + 1].capitalized && t_[k + 1].quote < 0) break;
        if (k + 1 < se && t_[k].comma_after && t_[k + 1].capitalized) break;
        if (IsAmbiguousNoun(t_.Lower(k)) && !ends) {
          const absl::string_view next = t_.Lower(k + 1);
          if (next != "who" && next != "said" && next != "says" && next != "told" &&
              next != "was" && next != "is" && next != "had" && next != "has" &&
              !absl::EndsWith(next, "ed")) {
            break;
          }
        }
        if (ng == Gender::kUnknown || ng == g) return true;
        break;
      }
    }
  }
  return false;
}

// True when sentence s reads as a photo caption: a credit (`Getty Images`, `(Photo: …)`,
// `AP Photo`), `is escorted`/`pictured`, or a present-tense sentence opened by a name of two
// or more capitalized words (`Former Russian police officer Igor Lyakhovets is …`, `Trump
// walks on stage`) with no speech verb.
bool AntecedentResolver::IsCaptionLike(int s) const {
  const int sb = t_.SentenceBegin(s), se = t_.SentenceEnd(s);
  bool speech = false;
  for (int i = sb; i < se; ++i) {
    if (t_[i].quote >= 0) continue;
    const absl::string_view w = t_.Lower(i);
    if (w == "getty" || w == "escorted" || w == "pictured" || w == "photograph" ||
        ((w == "photo" || w == "image") && (t_[i].colon_after || t_[i].in_parens ||
                                            (i > sb && t_.Lower(i - 1) == "ap")))) {
      return true;
    }
    speech = speech || IsSpeechVerb(w) || IsTailSpeechVerb(w);
  }
  if (speech) return false;
  int i = sb;
  while (i < se && t_[i].capitalized && t_[i].quote < 0 && !t_[i].comma_after &&
         !t_[i].possessive) {
    ++i;
  }
  if (i - sb < 2 || i >= se || t_[i].quote >= 0) return false;
  const absl::string_view v = t_.Lower(i);
  if (v == "is" || v == "are") return true;
  return v.size() >= 4 && absl::EndsWith(v, "s") && !absl::EndsWith(v, "ss") &&
         !absl::EndsWith(v, "us") && !absl::EndsWith(v, "is");
}

}  // namespace claimdup
