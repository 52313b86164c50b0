// The word lists of person_names.h that decide a name's shape: title and role words, the
// titles that qualify a role or are also surnames, words that are never part of a name, and
// the words that attach a name to an employer or place. Split from person_names.cc, which
// parses the subject phrase with them.
#include <utility>

#include "absl/strings/match.h"
#include "extract/courtesy_titles.h"
#include "extract/person_names.h"
#include "extract/word_set.h"

namespace claimdup {

bool IsTitleWord(absl::string_view w) {
  static constexpr WordSet kTitles{{"minister",
                                    "ministers",
                                    "secretary",
                                    "secretary-general",
                                    "general",
                                    "president",
                                    "president-elect",
                                    "vice",
                                    "vice-president",
                                    "prime",
                                    "deputy",
                                    "foreign",
                                    "defense",
                                    "defence",
                                    "interior",
                                    "finance",
                                    "state",
                                    "chief",
                                    "head",
                                    "spokesman",
                                    "spokeswoman",
                                    "spokesperson",
                                    "ambassador",
                                    "envoy",
                                    "chancellor",
                                    "senator",
                                    "sen",
                                    "sens",
                                    "representative",
                                    "rep",
                                    "reps",
                                    "governor",
                                    "gov",
                                    "mayor",
                                    "dr",
                                    "prof",
                                    "professor",
                                    "sir",
                                    "dame",
                                    "lord",
                                    "king",
                                    "queen",
                                    "prince",
                                    "princess",
                                    "pope",
                                    "gen",
                                    "admiral",
                                    "adm",
                                    "colonel",
                                    "col",
                                    "commander",
                                    "cmdr",
                                    "cdr",
                                    "corporal",
                                    "cpl",
                                    "pvt",
                                    "pfc",
                                    "supt",
                                    "director",
                                    "chairman",
                                    "chairwoman",
                                    "chair",
                                    "ceo",
                                    "leader",
                                    "official",
                                    "officer",
                                    "diplomat",
                                    "analyst",
                                    "expert",
                                    "lawmaker",
                                    "mp",
                                    "senior",
                                    "top",
                                    "former",
                                    "acting",
                                    "spokesman",
                                    "speaker",
                                    "counterpart",
                                    "secretary-",
                                    "assistant",
                                    "undersecretary",
                                    "under-secretary",
                                    "commissioner",
                                    "attorney",
                                    "judge",
                                    "justice",
                                    "coach",
                                    "captain",
                                    "capt",
                                    "lt",
                                    "sgt",
                                    "sergeant",
                                    "general-secretary",
                                    "premier",
                                    "monarch",
                                    "emir",
                                    "sheikh",
                                    "chairperson",
                                    "strategist",
                                    "adviser",
                                    "advisor",
                                    "aide",
                                    "consultant",
                                    "pollster",
                                    "economist",
                                    "lawyer",
                                    "historian",
                                    "researcher",
                                    "scientist",
                                    "activist",
                                    "founder",
                                    "co-founder",
                                    "executive",
                                    "editor",
                                    "host",
                                    "anchor",
                                    "correspondent",
                                    "reporter",
                                    "columnist",
                                    "candidate",
                                    "nominee",
                                    "congressman",
                                    "congresswoman",
                                    "councilman",
                                    "councilwoman",
                                    "commentator",
                                    "author",
                                    "rector",
                                    "pastor",
                                    "reverend",
                                    "rev",
                                    "democrat",
                                    "republican",
                                    "rabbi",
                                    "bishop",
                                    "archbishop",
                                    "cardinal",
                                    "meteorologist",
                                    "manager",
                                    "owner",
                                    "treasurer",
                                    "whip",
                                    "counsel",
                                    "prosecutor",
                                    "sheriff",
                                    "superintendent",
                                    "principal",
                                    "coordinator",
                                    "czar",
                                    "member",
                                    "of",
                                    "for",
                                    "the"}};
  return kTitles.contains(w) || IsCourtesyTitle(w);
}

bool IsNonNameCapitalized(absl::string_view word) {
  static constexpr WordSet kStop{
      {"the", "but", "however", "and", "in", "on", "at", "this", "that", "it", "he", "she", "they",
       "we", "i", "a", "an", "if", "when", "while", "after", "before", "today", "yesterday",
       "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
       "january", "february", "march", "april", "may", "june", "july", "august", "september",
       "october", "november", "december", "as", "so", "meanwhile", "also", "there", "his", "her",
       "their", "our", "its", "what", "who", "why", "how", "asked", "speaking", "according",
       "still", "yet", "now", "then", "for", "with", "by", "from", "to", "of", "not", "no", "yes",
       "said", "says", "image", "photo", "read", "more", "democrats", "republicans", "americans",
       "officials", "lawmakers", "senators", "scores", "dozens", "many", "some", "others",
       "critics", "supporters", "experts", "people", "watching", "asked", "later", "earlier",
       "during", "like", "unlike", "despite", "although", "because", "since", "until", "under",
       "over", "into", "instead", "every", "both", "each", "one", "two", "all", "any", "several",
       "though", "even", "moreover", "just", "most", "those", "here", "about", "against", "thus",
       "perhaps", "maybe", "indeed", "besides", "furthermore", "nonetheless", "nevertheless",
       "suddenly", "via",
       // `Another seller based in Dallas … he demurred:` names no one (twelfth round (b)).
       "another",
       // The network, whose first word is the given name Al
       // (`Al Jazeera has been unable to verify …`).
       "jazeera",
       // Sentence adverbs opening a sentence, read as one-word speakers on the AllSides dev
       // half ("Finally" 8 claims, "Similarly" 8, "Specifically" 6, …).
       "finally", "similarly", "specifically", "notably", "ultimately", "generally", "accordingly",
       "additionally", "eventually", "previously", "currently", "amazingly", "paradoxically",
       "interestingly", "importantly", "unfortunately", "fortunately", "ironically", "apparently",
       "obviously", "clearly", "certainly", "basically", "essentially", "initially", "originally",
       "increasingly", "consequently", "subsequently", "alternatively", "traditionally",
       "historically", "surprisingly", "unsurprisingly", "predictably", "admittedly", "frankly",
       "honestly", "separately",
       // Holidays: `In a series of phone calls before and after Thanksgiving, the president
       // highlighted …` made "Thanksgiving" the president's name, `right around Halloween —
       // Clinton was asked` made "Halloween Clinton" (twenty-third session, lead). Not
       // "Easter", a given name (`Easter Smith cheers for the … football team`).
       "thanksgiving", "christmas", "halloween", "hanukkah", "ramadan", "passover",
       // More of them, read as speakers on the dev half and in random17 (nineteenth round
       // (e): `Reportedly, June, DT told G7 leaders …, "…"`; "Extraordinarily" 4 claims,
       // "Recently", "Widely", "Lastly", "Ideally" 1 each). None is a surname.
       "reportedly", "allegedly", "extraordinarily", "recently", "widely", "lastly", "ideally",
       "firstly", "secondly", "thirdly", "presumably", "supposedly", "arguably", "famously",
       "curiously", "tellingly", "remarkably", "crucially", "incidentally", "conversely",
       "ostensibly", "evidently", "undoubtedly", "hopefully", "sadly", "luckily", "naturally",
       "oddly", "briefly", "immediately", "shortly", "lately", "formerly", "officially",
       "publicly", "privately", "personally", "technically", "politically",
       // Openers and "You" read as one-word speakers on the AllSides dev half (fourteenth round
       // (d): "You" 13 claims, `You wrote in that 1966 essay that …`; "Well" 5, "Again" 4,
       // "Afterward" 4, "Overall" 3). Not "first": it is also a surname (Harry First).
       "you", "well", "again", "afterward", "afterwards", "overall",
       // Openers, indefinite pronouns and participles read as one-word speakers on the four
       // real dumps (twenty-first round (c): `Further, an official said, "…"` 9 claims,
       // `Already, they say, …` 5, "Often" 3, "Plus" 3, "Elsewhere" 2, "Nobody" 2, "Never" 2,
       // "Having" 2, `Pressed` 2, …). None is a surname in the news; not "first", "prior",
       // "long", "quick", "rich", "rather", "nor" (Harry First, Ian Prior, Huey Long, Danté Quick,
       // Frank Rich, Dan Rather, Fatima Nor), nor "likewise": `Likewise, a coalition of mayors …
       // wrote Lee` + `"…," wrote the mayors group` then goes to Lee.
       "further", "already", "often", "plus", "elsewhere", "nobody", "never", "having",
       "otherwise", "amid", "whoever", "somebody", "someone",
       "anyone", "everyone", "everybody", "pressed",
       // A pronoun's contraction is no name, with either apostrophe (seventeenth round (d):
       // `and I'll say to them, "Read my lips: …"` gave Bush's words to "I'll"; `"Oh, I'm a
       // writer," I'll say cheerily`; `as I've previously noted, "…"`).
       "i'll", "i've", "i'm", "i'd", "we'll", "we've", "we're", "we'd", "you'll", "you've",
       "you're", "you'd", "they'll", "they've", "they're", "they'd", "he'll", "he's", "he'd",
       "she'll", "she's", "she'd", "it's", "it'll", "i\u2019ll", "i\u2019ve", "i\u2019m",
       "i\u2019d", "we\u2019ll", "we\u2019ve", "we\u2019re", "we\u2019d", "you\u2019ll",
       "you\u2019ve", "you\u2019re", "you\u2019d", "they\u2019ll", "they\u2019ve",
       "they\u2019re", "they\u2019d", "he\u2019ll", "he\u2019s", "he\u2019d", "she\u2019ll",
       "she\u2019s", "she\u2019d", "it\u2019s", "it\u2019ll"}};
  return kStop.contains(word);
}

bool IsFigureOfSpeechName(absl::string_view first, absl::string_view second) {
  // Names of laws, eras and types, not of people in the news: `Jim Crow laws` (AllSides dev
  // half: 6 quotes credited to "Jim Crow", all by a pronoun resolved to it).
  static constexpr std::pair<absl::string_view, absl::string_view> kFigures[] = {
      {"jim", "crow"}, {"uncle", "sam"}, {"joe", "sixpack"}, {"joe", "six-pack"}};
  for (const auto& [a, b] : kFigures) {
    if (absl::EqualsIgnoreCase(first, a) && absl::EqualsIgnoreCase(second, b)) return true;
  }
  return false;
}

bool IsKinWord(absl::string_view lower_word) {
  static constexpr WordSet kKin{{"wife", "husband", "son", "daughter", "brother", "sister",
                                 "father", "mother", "widow", "nephew", "niece", "grandson",
                                 "granddaughter", "son-in-law", "daughter-in-law", "stepson",
                                 "stepdaughter"}};
  return kKin.contains(lower_word);
}

bool IsAttachingWord(absl::string_view lower_word) {
  return lower_word == "of" || lower_word == "for" || lower_word == "at" || lower_word == "from" ||
         lower_word == "to" || lower_word == "in" || lower_word == "with" || lower_word == "on" ||
         lower_word == "by" || lower_word == "under" || lower_word == "about" ||
         lower_word == "against" || lower_word == "than" || lower_word == "like" ||
         lower_word == "over";
}

absl::string_view SingularTitle(absl::string_view w) {
  if (w == "sens") return "sen";
  if (w == "reps") return "rep";
  return w;
}

bool IsPersonEpithet(absl::string_view w) {
  static constexpr WordSet kEpithets{
      {"mogul", "billionaire", "businessman", "businesswoman", "tycoon"}};
  return kEpithets.contains(w);
}

bool IsPlaceOpener(absl::string_view w) {
  static constexpr WordSet kPlaceOpeners{
      {"el", "los", "las", "new", "north", "south", "east", "west", "fort", "port"}};
  return kPlaceOpeners.contains(w);
}

bool IsTitleModifier(absl::string_view w) {
  return w == "former" || w == "top" || w == "senior" || w == "acting" || w == "deputy" ||
         w == "chief" || w == "head" || w == "of" || w == "the" || w == "for" || w == "vice" ||
         w == "state" || w == "general";
}

// Title words that are also common surnames: Peter King, Jim Justice.
bool IsSurnameTitle(absl::string_view w) {
  return w == "king" || w == "justice" || w == "judge" || w == "bishop" || w == "dean";
}

bool IsLoneNonName(absl::string_view word) {
  // One-word speakers on the four real dumps (twenty-first round (j)): "First" 9 claims
  // (`First, the president claimed, with no evidence, that "…"`), "Democratic" 8; "New" 12
  // (`New York City Mayor Bill de Blasio called …` + `he said`; twenty-second round (d)).
  // Compared ignoring case, by length first: most names are read here, and none is copied to
  // lower it.
  const auto is = [word](absl::string_view w) { return absl::EqualsIgnoreCase(word, w); };
  switch (word.size()) {
    case 3:
      return is("new");
    case 4:
      return is("next") || is("last");
    case 5:
      return is("first") || is("third");
    case 6:
      return is("second");
    case 10:
      return is("democratic") || is("republican");
    default:
      return false;
  }
}

}  // namespace claimdup
