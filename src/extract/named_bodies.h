// Organizations and documents that speak for them, as an article names them before a quote.
//
// When a quote's attribution names no person but a body or a document by a common noun
// (`"…," the committee said`, `"…," the ministry said`, `"…," the study said`), the speaker
// is the organization the article named before: `the House Appropriations Committee` for
// "the committee", `Qatar's Ministry of Foreign Affairs` for "the ministry", `the Centers for
// Disease Control and Prevention` for "the study" after `A 2006 paper by the Centers for …`.
// Only an organization whose name carries the noun, or the author of a document named with
// `by`/`from`, is taken; anything else leaves the quote without a speaker. One pass over the
// article's tokens; each lookup scans back a bounded number of mentions.
#ifndef CLAIMDUP_EXTRACT_NAMED_BODIES_H_
#define CLAIMDUP_EXTRACT_NAMED_BODIES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "extract/attribution_tokens.h"

namespace claimdup {

// How far back (in tokens) a body or document mention may stand from its description.
inline constexpr int kMaxBodyDistance = 600;

// True for nouns that head the name of an organization and stand for it alone: committee,
// ministry, department, agency, commission, council, institute, ...
bool IsBodyNoun(absl::string_view lower_word);
// True for common nouns a reporter calls a business by, which its name does not carry:
// company, firm, chain, retailer, airline, network, newspaper, ... (`Spotify decided …` +
// `"…," the company said`, `CNN also asserted …` + `"…," the network said`).
bool IsOrganizationNoun(absl::string_view lower_word);
// True for documents through which an organization speaks: report, study, paper, letter, ...
bool IsAuthoredDocumentNoun(absl::string_view lower_word);

class NamedBodies {
 public:
  // `tokens` must outlive this object. The article is read on the first lookup: most
  // articles never name a body as a speaker.
  explicit NamedBodies(const ArticleTokens& tokens) : t_(tokens) {}

  // The organization that `the <noun>` stands for at token `position`: the nearest earlier
  // organization name containing the noun (a body noun), or the author of the nearest earlier
  // document named `<document> by|from <Organization>` (a document noun). nullopt if none.
  std::optional<std::string> Resolve(absl::string_view noun, int position) const;

  // The business that `the <organization noun>` (`the company`, `the retailer`), "it"
  // (`"…," it said`) or "the agency" (an acronym or body's name, ReadsAsAgency) stands for at
  // token `position`: the nearest name that opens a sentence as
  // its subject (`Spotify decided to keep …`, `KCNA blamed …`), in position's sentence or the
  // kMaxBusinessSentences before it, is capitalized inside some sentence too and holds no
  // given name or title; for "it" and "agency", a word that reads as a verb follows the name.
  // nullopt if none.
  std::optional<std::string> SubjectOrganization(absl::string_view noun, int position) const;

  // The organization that `the <noun>` (`"…," the group said`) stands for at token
  // `position` when the article introduced one with that noun (named_bodies_introduced.cc):
  // `Muslim Advocates, a civil rights group,`, `The College Board, the organization that …`,
  // `the group TaxMarch.org`, or one of its kind (`The nonprofit Appalachian Voices` for "the
  // group"); the nearest such introduction at most kMaxBodyDistance tokens
  // and four paragraphs before. nullopt when none, when another organization was introduced
  // with that noun in that reach, or when an organization opens a sentence between the
  // introduction and the quote's sentence: which one is meant the text does not say.
  std::optional<std::string> Introduced(absl::string_view noun, int position) const;
  // True for the nouns Introduced reads: group, organization, nonprofit, company, agency, ...
  static bool IsIntroducingNoun(absl::string_view lower_word);

  // True when `name`, read as a person's name, ends in a body noun: "Justice Department",
  // "Qatar Ministry" (cut from `Qatar's Ministry of Foreign Affairs`).
  static bool IsBodyName(absl::string_view name);
  // Who speaks for `name` around token `position` (its attribution may stand up to
  // kMaxTailWords after it), from the nearest mention whose body noun ends `name` and whose
  // words start with name's first word: the person its title introduces (`Select Committee on
  // Benghazi Communications Director Jamal Ware`: person = true), else the organization's
  // full name; `name` itself when there is no such mention.
  struct Voice {
    std::string name;
    bool person = false;
  };
  Voice FullName(absl::string_view name, int position) const;

  // The publication `word` (`Times`, `Post`, `Journal`: a publication word alone, as in
  // `"…," the Times said`) stands for: the one capitalized name ending in it outside quotes
  // in the article (`the New York Times`, `The Wall Street Journal`; a leading "The", "A" or
  // "An" dropped). nullopt when the article names none, or two (`New York Times` and `Los
  // Angeles Times`). The article is read once per word.
  std::optional<std::string> Publication(absl::string_view word) const;

 private:
  struct Mention {
    int position = 0;      // First token of the name.
    std::string noun;      // Lower-case body noun in the name, or "" for a document's author.
    std::string name;      // As written: "House Appropriations Committee".
    std::string person;    // `… Committee Chairman Jerrold Nadler`: "Jerrold Nadler".
    bool subject = false;  // A name opening its sentence, noun "": `Spotify decided …`.
    // A subject whose next word reads as its verb (`KCNA blamed`, `The FAA has`), not as a
    // noun it modifies (`The Wentzville facility`, `Media playback`, `Rights group`).
    bool verb_follows = false;
  };
  // True when the word at token `i` reads as a finite verb or an auxiliary after a subject:
  // `blamed`, `says`, `has`, `also`; not `facility`, `playback`, `12:30`.
  bool VerbLike(int i) const;
  // The first token after a dateline in capitals and a dash (`WASHINGTON –`) that opens the
  // sentence at token `b`; `b` when there is none.
  int DatelineEnd(int b) const;
  // True when token `i` follows a short phrase of time or cause and its comma opening the
  // sentence (`On Monday morning, Macy's announced`): a subject there opens the sentence too.
  bool FollowsOpeningPhrase(int i) const;
  // True when the name at token `b` opens its sentence (after "The", or "The <lower-case
  // words> of the").
  bool OpensSentence(int b) const;
  // True when the token at `i` follows a quotation mark right away.
  bool OpensWithQuoteMark(int i) const;
  // True when mention `m` reads as a government agency's name: an acronym (`CBO`, `FDA`) or
  // a name ending in a body noun or office, administration, protection, enforcement.
  bool ReadsAsAgency(const Mention& m) const;
  // True when sentence `s` credits someone with `according to`.
  bool SentenceCitesSource(int s) const;
  // The person's name after a title right after a body's name ending at `e`, or "".
  std::string PersonAfterTitle(int e) const;
  // Index of the first mention at or after `position`.
  int FirstMentionFrom(int position) const;
  // The capitalized name starting at token `b` ("of", "for", "and", "on" may join its words,
  // and with `join_the` "the" after them: `National Association for the Advancement of
  // Colored People`): its end token, or `b` when there is none.
  int NameEnd(int b, bool join_the = false) const;
  std::string NameText(int b, int e) const;
  bool JoinedThe(int b, int e) const;

  // An organization introduced by a noun: `X, a <words> group`, `the group X`.
  struct Introduction {
    int position = 0;    // The noun's token.
    int name_begin = 0;  // The name's first token.
    std::string noun;    // Lower case.
    std::string name;    // As written.
  };
  // Adds the introduction the noun at token `i` makes, if any (named_bodies_introduced.cc).
  void AddIntroduction(int i) const;
  // The organization name of up to ten words ending at token `e` (inclusive), read
  // backwards, its first token to `begin`; "" when it is no organization's (a person, a
  // date, a lone sentence opener).
  std::string OrganizationEndingAt(int e, int* begin) const;
  // True when no token in [b, e) is a given name or title (`Michigan Gov. Gretchen Whitmer`).
  bool NamesNoPerson(int b, int e) const;

  // Fills mentions_ from the article, once.
  void FindMentions() const;
  bool AddAuthorAfter(int d) const;
  void AddAuthorBefore(int d) const;
  int AddBodyName(int i) const;
  void AddSentenceSubject(int i) const;

  const ArticleTokens& t_;
  mutable bool found_ = false;
  mutable std::vector<Mention> mentions_;            // In text order.
  mutable std::vector<Introduction> introductions_;  // In text order of their nouns.
  // Words capitalized other than at a sentence's start: names, not sentence openers.
  mutable absl::flat_hash_set<absl::string_view> capitalized_inside_;
  // Publication() answers by word.
  mutable std::vector<std::pair<std::string, std::optional<std::string>>> publications_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_NAMED_BODIES_H_
