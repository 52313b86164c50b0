// The people an article names, and where it names them.
//
// A person is introduced with a title or role ("Foreign Minister Sergei Lavrov", "Mr Lavrov",
// "GOP strategist Brian Walsh"), by a known given name ("Bill Clinton") or by an appositive
// role ("Roby, a former council member,"); "the president" is a mention of the one person
// introduced as President, after that introduction, or before it when they were named before
// and are named most in the article (never of one titled only later and named no earlier: a
// `President Ronald Reagan` 4,700 bytes on is not who "the president" said this);
// spellings with the
// same surname are one person, named by the spelling the article introduces most. Each person
// has a gender when the article says it ("Mr.", "Ms.") or the given name decides it, for
// resolving "he" and "she". Mentions are every later occurrence of a person's name outside
// quotes, in text order. Everything is built in O(article).
#ifndef CLAIMDUP_EXTRACT_ARTICLE_PEOPLE_H_
#define CLAIMDUP_EXTRACT_ARTICLE_PEOPLE_H_

#include <bitset>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "extract/attribution_tokens.h"
#include "extract/given_names.h"

namespace claimdup {

struct Person {
  std::string name;                 // Full name: the spelling introduced most often.
  std::vector<std::string> titles;  // Lower-case title words seen before the name.
  // Per title, the first token of the earliest name it introduced: "the president" is this
  // person only after the article has called them President.
  absl::InlinedVector<int, 4> title_at;  // Inline: no allocation per person.
  int first_at = 0;  // The first token of the earliest name that introduced them, any spelling.
  Gender gender = Gender::kUnknown;
  // Introduced as someone's relative (`first lady Melania Trump`, `his son Eric Trump`): a bare
  // surname holding an office (`President Trump`) is someone else, and a lone surname is the
  // office holder's when the article names one.
  bool relative = false;
};

struct Mention {
  int token;                // First token of the name.
  int person;               // Index into ArticlePeople::people().
  bool possessive = false;  // "Adolf Hitler's power": named, but not the one who acts.
};

class ArticlePeople {
 public:
  // Bare mentions of a surname the first pronoun after calls male or female.
  struct SexVotes {
    int male = 0;
    int female = 0;
  };
  // `tokens` must outlive this object.
  explicit ArticlePeople(const ArticleTokens& tokens);

  const std::vector<Person>& people() const { return people_; }
  // Found on first use: only pronouns and descriptions need them.
  const std::vector<Mention>& mentions() const {
    if (!mentions_found_) FindMentions();
    return mentions_;
  }

  // The person named `name`: the one with that full name, else the first introduced with
  // that surname; -1 when none.
  int Find(absl::string_view name) const;
  // "Lavrov" -> "Sergei Lavrov" when the article introduced him; `name` otherwise.
  std::string FullName(absl::string_view name) const;
  // As FullName, for a name written with lower-case `titles`: a courtesy title picks the
  // person of that sex among those sharing a bare surname (`Mrs. Obama` -> Michelle Obama
  // beside President Obama).
  std::string FullName(absl::string_view name, const std::vector<std::string>& titles) const;
  // As FullName(name, titles), for a name written at token `position`: a bare surname two
  // people share names the one NearestSharer picks, when it picks one.
  std::string FullName(absl::string_view name, const std::vector<std::string>& titles,
                       int position) const;
  // Among the people sharing the bare surname `name` written near token `position`, the one
  // named in full nearest before it, in its paragraph or the one before, unless that mention is
  // a relative's, an object's or a tweet's, or a he/she after the name says otherwise (`Bill
  // Clinton's affair … "…," Clinton, 73, says of his`); -1 when none (shared_surnames.cc).
  int NearestSharer(absl::string_view name, int position) const;
  // The sex the article gives the bare surname `surname` (`Mr. Trump`, `Trump said he`) when
  // its courtesy titles and the first pronouns after it agree; kUnknown else (surname_sexes.cc).
  Gender BareSurnameSex(absl::string_view surname) const;
  // Person p, picked for the bare `surname`, unless the article gives that surname the other
  // sex: then the sharer of the article's sex, else -1 (`President Trump … told Melania Trump
  // that he`: the bare `Trump` is not Melania).
  // Titles the attribution wrote (`Judge Jackson`) that p holds keep p; so does the first
  // he/she after the bare name at `position` when it is p's (`Clinton declared, "…" … he said`).
  int SexChecked(int p, absl::string_view surname, const std::vector<std::string>& titles,
                 int position) const;
  // The first he/she/his/her after the bare `name` written near token `position`, in its
  // sentence or the next, outside quotes (shared_surnames.cc); kUnknown when none.
  Gender PronounAfterBareName(absl::string_view name, int position) const;
  // The gender of `name`: its person's, else its given name's.
  Gender GenderOf(absl::string_view name) const;
  // The mentions inside sentence s, in text order; read on first use, once per sentence.
  const std::vector<Mention>& MentionsInSentence(int s) const;
  // True when person p can be the antecedent of "he"/"she": a known gender, a full name, or
  // a personal title (Sen., Mr., Gov.). "Montgomery" or "Facebook" alone cannot.
  bool IsClearlyPerson(int p) const;
  // The one person the article introduced with every role word of `description` ("the
  // Wisconsin senator": `Republican Sen. Ron Johnson`, its only senator; role_fit.h), of sex
  // `g` when both are known, titled so before token `position` or in its paragraph; -1 when
  // nobody or several fit (sole_holders.cc).
  int SoleHolder(const std::vector<std::string>& description, Gender g, int position) const;
  // True when person p was introduced with every one of `titles`.
  bool HasTitles(int p, const std::vector<std::string>& titles) const;
  // The titles person p holds at token `position`: those that introduced them before it or in
  // its paragraph. `President Castro`, paragraphs after `"…," the president said`, is not yet
  // the president there (held_titles.cc). The person's own list when every title came in
  // time, else `*scratch`, filled.
  const std::vector<std::string>& TitlesHeldAt(int p, int position,
                                               std::vector<std::string>* scratch) const;
  // True when the article has a holder of role `head` it does not name before `position`:
  // `a spokesperson for the department`, `a 'wealthy businessman'` (sole_holders.cc).
  bool HasUnnamedHolder(absl::string_view head, int position) const;

 private:
  // How the article introduces people (article_introductions.cc): `Sen. Dick Durbin`.
  void FindIntroduced(const ArticleTokens& t);
  // `Roby, a former council member,`; with two_words, `Shugufta Zahid, a … poet,` (a given name
  // outside the list), after every other introduction and only for a new surname.
  void FindAppositiveIntroductions(const ArticleTokens& t, bool two_words);
  // `The head of Egypt's … services, Ehab Azmy, told`: a two-word name between commas after
  // a role phrase, for a new surname.
  void FindRoleFirstAppositives(const ArticleTokens& t);
  void FindMentions() const;
  // The token of the bare `name` an attribution near `position` wrote; -1 when none.
  int BareNameAt(absl::string_view name, int position) const;
  // The sex of the first pronoun that plainly goes back to the subject at token i
  // (surname_sexes.cc; not shared_surnames.cc's PronounAfter, which any he/she after a name
  // answers).
  Gender SubjectPronounAfter(const ArticleTokens& t, int i) const;
  SexVotes CountSurnameSex(absl::string_view surname) const;
  void FindUnnamedHolders() const;
  void BuildNameIndex() const;
  void ScanMentions(int b, int e, std::vector<Mention>* out) const;
  // True when person p is named (by a name word outside quotes) more often than anyone else.
  bool IsMostNamed(int p) const;
  // `at`: the name's first token.
  int AddPerson(const std::string& name, const std::vector<std::string>& titles, int at,
                bool relative = false);
  // True when person p holds an office and shares the surname with a relative: a lone
  // surname is theirs (`President Trump` and `first lady Melania Trump`).
  bool IsSurnameOwner(int p) const;
  bool MayJoin(const Person& person, absl::string_view name, const std::vector<std::string>& titles,
               bool relative) const;

  std::vector<Person> people_;
  std::vector<absl::flat_hash_map<std::string, int>> spellings_;  // Per person: name -> count.
  // Surname -> people with it, in order of introduction ("Barack Obama", "Michelle Obama").
  absl::flat_hash_map<std::string, std::vector<int>> by_surname_;
  const ArticleTokens& t_;
  mutable std::vector<Mention> mentions_;
  mutable bool mentions_found_ = false;
  mutable absl::flat_hash_map<int, std::vector<Mention>> sentence_mentions_;
  // Name words and titles -> person, built on first use (views into people_).
  mutable bool name_index_built_ = false;
  mutable absl::flat_hash_map<absl::string_view, int> by_word_;
  // A title -> its one holder (-1: several people) and the token where it first named them.
  struct TitleHolder {
    int person;
    int at;
  };
  mutable absl::flat_hash_map<absl::string_view, TitleHolder> by_title_;
  mutable std::bitset<4096> name_filter_;
  mutable std::vector<int> name_counts_;  // Per person, for IsMostNamed; counted on first use.
  // Role office -> the first token naming an unnamed holder of it (`a spokesperson`), found
  // in one pass on first use (views into the tokens' lower-case text or static offices).
  mutable absl::flat_hash_map<absl::string_view, int> unnamed_holder_at_;
  mutable bool unnamed_holders_found_ = false;
  // Per surname asked (views into by_surname_'s keys): the article's votes on its sex, counted
  // on first use, for at most a few surnames.
  mutable absl::flat_hash_map<absl::string_view, SexVotes> surname_sexes_;
};

// The last word of `name`: "Sergei Lavrov" -> "Lavrov".
absl::string_view Surname(absl::string_view name);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_ARTICLE_PEOPLE_H_
