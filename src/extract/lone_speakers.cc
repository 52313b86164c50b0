#include "extract/lone_speakers.h"

#include <algorithm>

#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {

bool LoneSpeakers::StartsClause(int i) const {
  static constexpr WordSet kOpeners{{"but", "and", "so", "yet", "still", "however"}};
  const int sb = t_.SentenceBegin(t_.Sentence(i));
  if (i == sb || t_[i - 1].comma_after) return true;
  // `"…," the daughter said. "…." Walmart confirmed the story`: a sentence the quote ended.
  if (t_[i - 1].quote >= 0 && t_[i].quote < 0 &&
      absl::string_view(".?!").find(t_.GapAfter(i - 1).substr(0, 1)) != absl::string_view::npos) {
    return true;
  }
  if (!kOpeners.contains(t_.Lower(i - 1)) || t_[i - 1].quote >= 0) return false;
  return i - 1 == sb || t_[i - 2].comma_after;
}

// The mention at token i acting in the words after it: it starts a clause and a lower-case
// word follows, not `and` (`Bergstrom and West developed …, and they made`: two people).
// Sets *speaks when that word is a speech verb (`Hogg has always been earnest, Lauren says,
// but in recent months he has grown`: "he" is in what she says). Not an apposition (`called
// Hunter, his baby mama`).
bool LoneSpeakers::ActsAt(int i, bool* speaks) const {
  if (!StartsClause(i) || i + 1 >= t_.size() || !RunsInto(t_[i], t_[i + 1]) || t_[i].possessive ||
      t_[i + 1].capitalized || t_[i + 1].quote >= 0) {
    return false;
  }
  const absl::string_view verb = t_.Lower(i + 1);
  *speaks = IsSpeechVerb(verb) || IsTailSpeechVerb(verb);
  return verb != "and" && verb != "or";
}

// Each mention of a recorded name outside quotes opening a clause votes with the first third-person
// pronoun after it in its sentence (within kLonePronounWindow words, outside quotes), unless
// another name stands between (`prompted Goldberg to make a joke, and Isgur to let out … her`).
LoneSpeakers::Votes LoneSpeakers::Read(absl::string_view name) const {
  Votes votes;
  // Only an owner's pronoun tells: `Clinton tried to regain her train of speech`; a subject
  // pronoun may be someone the clause talks of (`Lauren attributes the way he talks …`).
  static constexpr WordSet kMale{{"his", "himself"}};
  static constexpr WordSet kFemale{{"her", "hers", "herself"}};
  static constexpr WordSet kThing{{"they", "their", "themselves", "its"}};
  static constexpr WordSet kObjectVerbs{
      {"help",   "helped", "helps",   "let",     "lets",    "make",  "made",    "makes",
       "have",   "had",    "has",     "see",     "saw",     "watch", "watched", "hear",
       "heard",  "tell",   "told",    "ask",     "asked",   "urge",  "urged",   "want",
       "wanted", "allow",  "allowed", "get",     "got",     "give",  "gave",    "send",
       "sent",   "call",   "called",  "calling", "thanked", "named", "joined",  "saying"}};
  static constexpr WordSet kObjectFollowers{
      {"of",   "to",  "for", "in", "on",   "at",    "with", "and",   "that", "as", "by",
       "from", "the", "a",   "an", "into", "about", "over", "after", "when", "if"}};
  for (int i = 0; i < t_.size(); ++i) {
    // `Ivanka: I've told dad to withhold his fire`: a caption's words are the name's own.
    bool speaks = false;
    if (t_[i].quote >= 0 || !t_[i].capitalized || t_[i].colon_after || t_.Word(i) != name ||
        !ActsAt(i, &speaks)) {
      continue;
    }
    const int se = std::min(t_.SentenceEnd(t_.Sentence(i)), i + 1 + kLonePronounWindow);
    for (int j = i + 1; j < se && !t_[j - 1].colon_after; ++j) {
      if (t_[j].quote >= 0) continue;
      const absl::string_view w = t_.Lower(j);
      // `King had accused him of …`: whom the name acts on is someone else; so is "her"
      // before a preposition or article (`accused her of`), not before a noun (`regain her
      // train of speech`).
      if (w == "he" || w == "she" || w == "him" || w == "them" ||
          (w == "her" && (j + 1 >= se || !RunsInto(t_[j], t_[j + 1]) || t_[j + 1].capitalized ||
                          kObjectFollowers.contains(t_.Lower(j + 1))))) {
        break;
      }
      if (t_[j].capitalized && !t_[j].all_caps) break;  // Someone else the pronoun may be.
      // `to help her make sense of the meeting`: an object before a verb.
      if (w == "her" && kObjectVerbs.contains(t_.Lower(j - 1))) break;
      if (kMale.contains(w)) {
        votes.male += speaks ? 0 : 1;
      } else if (kFemale.contains(w)) {
        votes.female += speaks ? 0 : 1;
      } else if (kThing.contains(w)) {  // `Walmart confirmed the story, but they did not`
        ++votes.thing;
      } else {
        continue;
      }
      break;
    }
  }
  return votes;
}

LoneSpeakers::Kind LoneSpeakers::KindOf(absl::string_view name) const {
  if (!names_.contains(name)) return Kind::kUnknown;
  auto it = votes_.find(name);
  if (it == votes_.end()) {
    if (votes_.size() >= kMaxLoneReads) return Kind::kUnknown;
    it = votes_.emplace(name, Read(name)).first;
  }
  const Votes& v = it->second;
  if (v.male > v.female) return Kind::kMale;
  if (v.female > v.male) return Kind::kFemale;
  if (v.male == 0 && v.thing >= kLoneThingVotes) return Kind::kThing;
  return Kind::kUnknown;
}

Gender LoneSpeakers::GenderOf(absl::string_view name) const {
  switch (KindOf(name)) {
    case Kind::kMale:
      return Gender::kMale;
    case Kind::kFemale:
      return Gender::kFemale;
    default:
      return Gender::kUnknown;
  }
}

}  // namespace claimdup
