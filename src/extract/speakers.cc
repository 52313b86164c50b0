#include "extract/speakers.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/types/span.h"
#include "extract/antecedents.h"
#include "extract/article_people.h"
#include "extract/attribution_tokens.h"
#include "extract/bylines.h"
#include "extract/dash_credits.h"
#include "extract/generic_body_words.h"
#include "extract/given_names.h"
#include "extract/inverted_speakers.h"
#include "extract/kin_attributions.h"
#include "extract/named_bodies.h"
#include "extract/person_names.h"
#include "extract/quote_groups.h"
#include "extract/reaction_sentences.h"
#include "extract/statement_issuers.h"
#include "extract/subject_reader.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// Quotes in a row that one byline paragraph after them may sign.
constexpr int kMaxSignedQuotes = 6;
constexpr int kMaxBusinessWords = 3;  // `"…," the streaming company said`.
// Words of a quote whose unnamed speaker "he" or "she" after it refers to.
constexpr int kMinUnnamedStatementWords = 6;

// A resolved speaker: the name, and whether it is a person (who can be "he" or "she").
struct Speaker {
  std::string name;
  bool person = false;
};

// Shortest label in capitals read as a surname: `LE PEN:` reads as the organization `PEN`,
// which is no Marion Maréchal-Le Pen; every surname label on the four dumps has four letters
// or more (`CRUZ`, `PAUL`).
constexpr size_t kMinCapitalsSurname = 4;

// `TRUMP`, a one-word name in capitals (a transcript's or a fact check's label: `TRUMP: "…"`):
// the surname as the article prints it for a person it introduced (`Trump`; `DeVos` for
// `DEVOS`), so that the label names that person as the article does (twenty-third round (e));
// `name` itself when it is not all capitals or no person has that surname (`CNN`). A scan of
// the article's people, only for a name in capitals.

absl::string_view SurnameAsPrinted(absl::string_view name, const ArticlePeople& people) {
  if (name.size() < kMinCapitalsSurname) return name;
  for (char c : name) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(c))) return name;
  }
  for (const Person& person : people.people()) {
    const absl::string_view surname = Surname(person.name);
    if (absl::EqualsIgnoreCase(surname, name)) return surname;
  }
  return name;
}

// `Stockholm-based International Institute for …`, `Kremlin-controlled Sputnik News`,
// `GOP-led House Committee on …`: a speaker string without the hyphenated modifier the
// reporter put before the name (twenty-third round (e)); a modifier alone (`Washington-based`,
// read off `a Washington-based Clinton friend`) names no one: "". No given name ends so.
absl::string_view WithoutModifier(absl::string_view name) {
  size_t hyphen = 0;  // Read the first word only: most names have no hyphen in it.
  while (hyphen < name.size() && name[hyphen] != '-' && name[hyphen] != ' ') ++hyphen;
  if (hyphen == 0 || hyphen == name.size() || name[hyphen] != '-') return name;
  const size_t space = name.find(' ', hyphen);
  const absl::string_view word = name.substr(0, space);
  static constexpr WordSet kModifiers{
      {"based", "led", "controlled", "run", "owned", "backed", "funded", "affiliated"}};
  if (!kModifiers.contains(word.substr(hyphen + 1))) return name;
  return space == absl::string_view::npos ? absl::string_view() : name.substr(space + 1);
}

// `Universe Alicia Machado`: `former Miss Universe Alicia Machado` with the courtesy title
// dropped and the pageant's name kept (twenty-fourth round (g)). A first word that names a
// pageant after `Miss`, before a given name and a surname, is no part of the person's name:
// the rest. `America Ferrera` (two words) and `World Health Organization` (no given name) stay.
absl::string_view WithoutPageant(absl::string_view name) {
  const size_t space = name.find(' ');
  if (space == absl::string_view::npos) return name;
  static constexpr WordSet kPageants{{"Universe", "America", "USA", "World", "Earth", "Teen"}};
  if (!kPageants.contains(name.substr(0, space))) return name;
  const absl::string_view rest = name.substr(space + 1);
  const size_t next = rest.find(' ');
  if (next == absl::string_view::npos || !IsGivenName(rest.substr(0, next))) return name;
  return rest;
}

class Attributor {
 public:
  Attributor(absl::string_view text, const std::vector<Span>& paragraphs,
             const std::vector<QuoteSpan>& quotes)
      : text_(text),
        paragraphs_(paragraphs),
        t_(text, paragraphs, quotes),
        people_(t_),
        reader_(t_, people_),
        antecedents_(t_, people_, reader_),
        bodies_(t_),
        quotes_(quotes) {}

  std::vector<QuoteAttribution> Run() {
    const int n = static_cast<int>(quotes_.size());
    std::vector<QuoteAttribution> out(n);
    std::vector<int> group = GroupSplitQuotes(t_);
    std::vector<Speaker> speaker(n);
    for (int q = 0; q < n; ++q) {
      if (group[q] != q && NamesAnotherSpeaker(q, speaker[group[q]])) {
        // `"…," Pauley said. "…," Clinton said.`: two statements, not one split quote.
        for (int r = q + 1; r < n && group[r] == group[q]; ++r) group[r] = q;
        group[q] = q;
      }
      out[q].group = group[q];
      if (group[q] != q && !speaker[group[q]].name.empty()) {
        speaker[q] = speaker[group[q]];
      } else {
        speaker[q] = Attribute(q, speaker);
        // A later part of a group may carry the attribution: give it to the earlier parts.
        for (int r = group[q]; r < q && !speaker[q].name.empty(); ++r) {
          if (speaker[r].name.empty()) speaker[r] = speaker[q];
        }
      }
      if (speaker[q].person) antecedents_.AddQuoteSpeaker(t_.QuoteStart(q), speaker[q].name);
      // A statement, not a word in quotes (`described as a "farce" by the leader of …`).
      if (speaker[q].name.empty() && unnamed_attribution_ &&
          t_.QuoteEnd(q) - t_.QuoteStart(q) >= kMinUnnamedStatementWords) {
        antecedents_.AddUnnamedSpeaker(t_.QuoteStart(q));
      }
    }
    for (int q = 0; q < n; ++q) {
      const absl::string_view name = WithoutPageant(WithoutModifier(speaker[q].name));
      if (name.size() == speaker[q].name.size()) {
        out[q].speaker = std::move(speaker[q].name);  // `speaker` is not read again.
      } else {
        out[q].speaker = std::string(name);
      }
    }
    return out;
  }

 private:
  // True when quote q's own attribution after it names someone other than `group_speaker`.
  bool NamesAnotherSpeaker(int q, const Speaker& group_speaker) const {
    if (group_speaker.name.empty()) return false;
    // `"…," said Kimberley Cathey … "…," said her husband, Ron`: a relative is someone else
    // (round 23 (i)).
    if (TailKinAttribution(t_, q)) return true;
    const Subject own = reader_.TailSubject(q);
    if (own.kind != Subject::Kind::kName) return false;
    return Surname(people_.FullName(own.name)) != Surname(group_speaker.name);
  }

  // The relative a kin attribution names in place (`his wife, Maha`), or nobody: never the
  // person the possessive points to.
  Speaker Relative(const KinAttribution& kin) {
    unnamed_attribution_ = true;
    if (kin.name_begin == kin.name_end) return Speaker();
    const Subject named = ParseSubject(
        t_.text(), t_.lower(),
        absl::MakeConstSpan(&t_[kin.name_begin], kin.name_end - kin.name_begin));
    if (named.kind != Subject::Kind::kName) return Speaker();
    return Resolve(named, kin.verb).value_or(Speaker());
  }

  Speaker Attribute(int q, const std::vector<Speaker>& earlier) {
    unnamed_attribution_ = false;
    if (std::optional<Speaker> credited = DashCredited(q)) return *credited;
    if (std::optional<Speaker> author = DocumentAuthor(q)) return *author;
    // `"…," her mother replied`: the relative, named in place, or nobody (round 23 (i)).
    if (std::optional<KinAttribution> kin = TailKinAttribution(t_, q)) return Relative(*kin);
    Subject tail = reader_.TailSubject(q);
    // `"…," Sasse’s statement read.` (twenty-first round (d)).
    if (tail.kind == Subject::Kind::kNone) tail = reader_.TailTextOwner(q);
    unnamed_attribution_ = tail.kind == Subject::Kind::kUnnamed;
    // `"…" Today, Republicans say the same of Democrats`: a party speaks a quote its comma
    // hands to it (`"…," Senate Democrats wrote`), not one that ends its sentence.
    if (tail.kind == Subject::Kind::kOrganization && NamesPartyGroup(tail.name) &&
        !EndsWithComma(q)) {
      tail = Subject();
    }
    // `"…," the company said`: the business named before the quote (as Business reads it).
    std::optional<Speaker> who =
        Resolve(tail, IsBusiness(tail) ? t_.QuoteStart(q) : t_.QuoteEnd(q));
    // `"…," the company said` with no business found: the rules below decide, as for no
    // attribution (a quote continued, the speech sentence before it).
    if (!who && IsBusiness(tail)) tail = Subject();
    // `X denied the claims, writing on Twitter, "…," Reuters reported`: the outlet carried
    // the quote; a person the sentence gives it to before it said it. So does an outlet or
    // body after `according to` (`Schiff said that "…," according to NPR`); not a person
    // there, who often speaks for himself (`their "…," according to … Steve LaTourette`).
    const bool reported =
        who && InsideSentence(q) &&
        (reader_.TailReports(q) || (!NamesPerson(who->name) && reader_.TailCitesSource(q)));
    if (who && !reported) return *who;
    // `"…," adding, "…"`: the sentence's verb is the previous quote's speaker's, whatever
    // the head reader would make of the words inside that quote.
    if (!who) {
      std::optional<Speaker> added = AddedAfterQuote(q, earlier);
      if (added) return *added;
    }
    if (tail.kind == Subject::Kind::kNone) {
      // `As Melania Trump rose …, her husband remarked, "…"` (round 23 (i)).
      if (std::optional<KinAttribution> kin = HeadKinAttribution(t_, q)) return Relative(*kin);
    }
    Subject head = reader_.HeadSubject(q);
    unnamed_attribution_ |=
        tail.kind == Subject::Kind::kNone && head.kind == Subject::Kind::kUnnamed;
    std::optional<Speaker> said = Resolve(head, HeadPosition(q, head));
    if (!said && IsBusiness(head)) head = Subject();
    if (reported) {
      if (said && said->person) return *said;
      // `The memo also warned that an "…," according to the Times`: the document speaks, not
      // the outlet that carried it; its author when the article names one, else nobody. (Not
      // an unnamed head: a passive, `were believed "…," Politico reported`, is the outlet's.)
      if (head.kind == Subject::Kind::kBody) return said.value_or(Speaker());
      return *who;
    }
    if (said) return *said;
    // `Mitt Romney released a statement that read in part:` + `"…"`: the issuer.
    if (tail.kind == Subject::Kind::kNone && PointsToStatement(head)) {
      if (std::optional<Speaker> issuer = ColonStatementIssuer(q)) return *issuer;
    }
    // `"…," the EPI wrote in a 2012 report, "…"` + `"…," the report continued`: a body or
    // document with no author named speaks for the organization quoted just before.
    if (tail.kind == Subject::Kind::kBody || head.kind == Subject::Kind::kBody) {
      std::optional<Speaker> previous = PreviousOrganization(q, earlier);
      if (!previous) previous = IntroducedBody(q);
      return previous.value_or(Speaker());
    }
    // An attribution we could not resolve ("the deputy press secretary said") is someone
    // else than the previous speaker: no guess; but `"…," the group said` after `Muslim
    // Advocates, a civil rights group,` is the group (sixteenth round (b)).
    if (tail.kind != Subject::Kind::kNone || head.kind != Subject::Kind::kNone) {
      return IntroducedBody(q).value_or(Speaker());
    }
    // `"…" at the Mayflower hotel last April, Sessions insisted.`
    const Subject closing = reader_.ClosingAttribution(q);
    if (closing.kind != Subject::Kind::kNone) {
      return Resolve(closing, t_.QuoteEnd(q)).value_or(Speaker());
    }
    who = SecondFragment(q, earlier);
    if (!who) who = Continued(q, earlier);
    if (!who) who = ContinuedParagraph(q, earlier);
    if (who && TailNamesAnother(q, who->name)) return Speaker();
    if (!who) who = Signed(q);
    if (!who) who = AfterSpeechSentence(q);
    if (!who) who = StatementIssuer(q, earlier);
    if (!who) who = Business(q);
    if (!who) who = IntroducedBody(q);
    // `John Kerry issued a statement condemning the attack.` + `"…"` (twenty-first round (d)).
    if (!who) who = IssuerOfVerb(PeriodStatementVerb(t_, q));
    // `Tiger Woods … expressed how impactful Palmer has been …` + a quote paragraph: a person
    // only (twenty-fourth round (c)).
    if (!who) {
      who = IssuerOfVerb(ReactionVerbBefore(t_, q));
      if (who && !who->person) who.reset();
    }
    return who.value_or(Speaker());
  }

  // `"…" -- Jim Messina, campaign manager to President Obama, talking to Politico`: the person
  // a credit line after the quote names (dash_credits.h): a given name opening a name of two
  // words or more, a title before the name (`President Obama`), or someone the article names
  // (`— Sondland.`); never a body or a publication (`— Daily Telegraph, Jan. 30, 1975.`). A
  // document's author (`— Statement from former Gov. John H. Sununu`) is read the same way.
  std::optional<Speaker> DashCredited(int q) const {
    const Subject credit = DashCreditAfter(text_, paragraphs_, quotes_[q]);
    // `-- A letter from 20 Republican senators to President Obama …`: a document whose author
    // is no person; nobody, not a name another reader finds near the quote.
    if (credit.kind == Subject::Kind::kUnnamed) return Speaker();
    if (credit.kind != Subject::Kind::kName || NamedBodies::IsBodyName(credit.name)) {
      return std::nullopt;
    }
    bool titled = false;
    for (const std::string& title : credit.titles) {
      titled = titled || (IsTitleWord(title) && !IsTitleModifier(title));
    }
    if (!NamesPerson(credit.name) && !titled && people_.Find(credit.name) < 0) {
      return std::nullopt;
    }
    return Speaker{people_.FullName(credit.name, credit.titles), true};
  }

  // True when a resolved organization name ends in a party word: `Senate Democrats`.
  static bool NamesPartyGroup(absl::string_view name) {
    const size_t space = name.rfind(' ');
    const absl::string_view last = space == absl::string_view::npos ? name : name.substr(space + 1);
    return IsPartyPlural(absl::AsciiStrToLower(last));
  }

  bool EndsWithComma(int q) const {
    const int last = t_.QuoteEnd(q) - 1;
    return last >= 0 && last < t_.size() && t_[last].quote == q && t_[last].comma_after;
  }

  // `the company`, `the streaming giant`: a business by a common noun (named_bodies.h).
  static bool IsBusiness(const Subject& s) {
    return s.kind == Subject::Kind::kBody && IsOrganizationNoun(s.name);
  }

  // `he said that “It’s only a recommendation,” adding, “I don’t think …”`: a quote that goes
  // on from the previous quote in its sentence through a verb with no subject of its own
  // (`adding`, `and added`, `continuing`) is the previous quote's speaker's.
  std::optional<Speaker> AddedAfterQuote(int q, const std::vector<Speaker>& earlier) const {
    if (q == 0 || earlier[q - 1].name.empty()) return std::nullopt;
    int i = t_.QuoteEnd(q - 1);
    const int to = t_.QuoteStart(q);
    if (to >= t_.size() || i >= to || t_.Sentence(i) != t_.Sentence(to)) return std::nullopt;
    for (int k = i; k < to; ++k) {
      if (t_[k].quote >= 0) return std::nullopt;
    }
    if (t_.Lower(i) == "and" || t_.Lower(i) == "then") ++i;
    if (i >= to || !IsContinuingVerb(t_.Lower(i))) return std::nullopt;
    ++i;
    if (i < to && t_.Lower(i) == "that") ++i;  // `, adding that "…"`.
    if (i != to) return std::nullopt;
    return earlier[q - 1];
  }

  // `said Sen. Chuck Grassley. "I keep notes on all my town meetings" and "tax cuts haven't
  // come up."`, `noting that "…" and "…"`: a quote with no attribution of its own joined to
  // the previous quote of its sentence by a bare "and", "but" or "or" goes on with it
  // (eighteenth round (e)).
  std::optional<Speaker> SecondFragment(int q, const std::vector<Speaker>& earlier) const {
    if (q == 0 || earlier[q - 1].name.empty()) return std::nullopt;
    const int i = t_.QuoteEnd(q - 1);
    const int to = t_.QuoteStart(q);
    if (i + 1 != to || to >= t_.size() || t_.Sentence(i) != t_.Sentence(to)) return std::nullopt;
    if (t_[i].quote >= 0 || t_[i].comma_after || !IsFragmentJoiner(t_.Lower(i))) {
      return std::nullopt;
    }
    return earlier[q - 1];
  }

  static bool IsFragmentJoiner(absl::string_view w) {
    return w == "and" || w == "but" || w == "or";
  }

  static bool IsContinuingVerb(absl::string_view w) {
    return w == "adding" || w == "added" || w == "continuing" || w == "continued" ||
           w == "concluding" || w == "concluded";
  }

  // `Spotify decided …` + `"…," the company said`, with no one else named for the quote: the
  // business the article is about (named_bodies.h, SubjectOrganization), never a person.
  // `KCNA blamed the U.S. …` + `"…," it said`: "it" speaks for it the same way.
  std::optional<Speaker> Business(int q) const {
    const int e = t_.QuoteEnd(q);
    if (e >= t_.size() || t_[e].quote >= 0) return std::nullopt;
    // Only `"…," it said` inside the quote's sentence: `“…” It added that …` opens a new one.
    if (t_.Lower(e) == "it" && !t_[e].capitalized && e + 1 < t_.size() &&
        IsSpeechVerb(t_.Lower(e + 1))) {
      std::optional<std::string> body = bodies_.SubjectOrganization("it", t_.QuoteStart(q));
      if (!body || people_.Find(*body) >= 0) return std::nullopt;
      return Speaker{*body, false};
    }
    if (t_.Lower(e) != "the") return std::nullopt;
    // `the company said`, `the streaming company said` right after the quote.
    for (int i = e + 1; i < t_.size() && i <= e + kMaxBusinessWords; ++i) {
      if (t_[i].quote >= 0 || t_[i].capitalized) break;
      if (!IsOrganizationNoun(t_.Lower(i))) continue;
      if (i + 1 >= t_.size() || !IsSpeechVerb(t_.Lower(i + 1))) break;
      std::optional<std::string> business =
          bodies_.SubjectOrganization(t_.Lower(i), t_.QuoteStart(q));
      if (!business || people_.Find(*business) >= 0) break;
      return Speaker{*business, false};
    }
    return std::nullopt;
  }

  // The capitalized issuer StatementAuthor finds for document noun `noun` (`Fairfax's
  // office`, `President Trump's statement`; titles skipped), a person or a body: false when it
  // names none, else true with *who its resolved speaker (nullopt when it resolves to nobody).
  bool NamedStatementAuthor(int noun, std::optional<Speaker>* who) const {
    auto [b, e] = StatementAuthor(t_, noun);
    while (b < e && IsTitleWord(t_.Lower(b))) ++b;
    if (e <= b) return false;
    Subject named;
    named.name = t_.Join(b, e);
    named.kind = people_.Find(named.name) >= 0 || NamedBodies::IsBodyName(named.name)
                     ? Subject::Kind::kName
                     : Subject::Kind::kOrganization;
    *who = Resolve(named, noun);
    return true;
  }

  // `"…," a statement from Downing Street said`, `"…," the letter from Kelly read, according
  // to NPR`: the document speaks for the issuer it names (statement_issuers.h), a person or
  // body; an issuer it names by no name (`a statement from her office`, `the agency`) is
  // nobody, never a name read past it (an outlet after `according to`, someone named before).
  std::optional<Speaker> DocumentAuthor(int q) const {
    if (!EndsWithComma(q)) return std::nullopt;
    const DocumentFrom doc = DocumentFromAt(t_, t_.QuoteEnd(q));
    if (doc.verb < 0) return std::nullopt;
    const Subject author = ParseSubject(
        t_.text(), t_.lower(), absl::MakeConstSpan(t_.tokens()).subspan(doc.b, doc.e - doc.b));
    // `from National Security Council spokesperson Ned Price`, `from Senate Democrats`; else
    // the capitalized issuer (`from Fairfax's office`).
    if (author.kind == Subject::Kind::kName || author.kind == Subject::Kind::kOrganization) {
      if (std::optional<Speaker> who = Resolve(author, doc.noun)) return who;
    }
    std::optional<Speaker> who;
    if (NamedStatementAuthor(doc.noun, &who) && who) return who;
    return Speaker();
  }

  // `"…," the group said` right after the quote, no person named for it: the organization
  // the article introduced with that noun (named_bodies.h, Introduced).
  std::optional<Speaker> IntroducedBody(int q) const {
    const int e = t_.QuoteEnd(q);
    // `"…" The firm said …` opens a new sentence.
    if (e >= t_.size() || t_[e].quote >= 0 || t_.Word(e) != "the") return std::nullopt;
    for (int i = e + 1; i < t_.size() && i <= e + kMaxBusinessWords; ++i) {
      if (t_[i].quote >= 0 || t_[i].capitalized || t_[i].comma_after) break;
      if (!NamedBodies::IsIntroducingNoun(t_.Lower(i))) continue;
      if (i + 1 >= t_.size() || !IsSpeechVerb(t_.Lower(i + 1))) break;
      std::optional<std::string> body = bodies_.Introduced(t_.Lower(i), t_.QuoteStart(q));
      if (!body || people_.Find(*body) >= 0) break;
      return Speaker{*body, false};
    }
    return std::nullopt;
  }

  // `"…," the statement said` + `CNN said in a statement`, when nothing else names who speaks:
  // the issuer of the statement named before quote q (statement_issuers.h): the speaker of a
  // quote in the statement's sentence (`"…," the network said in a statement`), else its
  // author (`a statement from the Justice Department`, `A White House statement`), else the
  // subject of its verb (`The Intercept issued a statement`, `In a statement, CNN said`).
  std::optional<Speaker> StatementIssuer(int q, const std::vector<Speaker>& earlier) const {
    // `"…," the statement said` or `The statement said: "…"` only.
    const int opening = t_.SentenceBegin(t_.Sentence(std::min(t_.QuoteStart(q), t_.size() - 1)));
    if (!StatementSpeaksAt(t_, t_.QuoteEnd(q)) &&
        !(opening < t_.QuoteStart(q) && StatementSpeaksAt(t_, opening))) {
      return std::nullopt;
    }
    const int d = IssuedStatementBefore(t_, t_.QuoteStart(q));
    if (d < 0) return std::nullopt;
    const int s = t_.Sentence(d);
    // Bounded by kMaxStatementDistance, as the statement's other readers are.
    const int first = std::max(t_.SentenceBegin(s), d - kMaxStatementDistance);
    for (int r = q - 1; r >= 0 && t_.QuoteEnd(r) > first; --r) {
      // A quote the sentence attributes before naming the statement (`"…," the network said in
      // a statement`); not one inside what the statement is said to say (`A statement …
      // announced that it would hold a "major" news conference`).
      const int last = std::max(t_.QuoteStart(r), t_.QuoteEnd(r) - 1);
      const bool in_sentence =
          t_.QuoteEnd(r) <= d && (t_.Sentence(t_.QuoteStart(r)) == s || t_.Sentence(last) == s);
      if (in_sentence && !earlier[r].name.empty()) return earlier[r];
    }
    // `a statement from committee chairman Sen. Lamar Alexander`: a person after role words.
    if (const auto [wb, we] = AuthorWords(t_, d); we > wb) {
      const Subject author = ParseSubject(t_.text(), t_.lower(),
                                          absl::MakeConstSpan(t_.tokens()).subspan(wb, we - wb));
      if (author.kind == Subject::Kind::kName && NamesPerson(author.name)) {
        if (std::optional<Speaker> who = Resolve(author, d)) return who;
      }
    }
    if (std::optional<Speaker> who; NamedStatementAuthor(d, &who)) return who;
    const int v = StatementVerb(t_, d);
    if (v < 0) return std::nullopt;
    const Subject issuer = reader_.SubjectBefore(t_.SentenceBegin(s), v);
    // `Knowles and the Ferguson City Council released a statement`: several issuers.
    if ((issuer.kind == Subject::Kind::kDescription && !issuer.definite) ||
        absl::StrContains(issuer.name, " and ") || absl::StrContains(issuer.name, "\xE2\x80\x94")) {
      return std::nullopt;
    }
    for (int k = std::max(t_.SentenceBegin(s), v - kMaxStatementDistance); k + 1 < v; ++k) {
      // `Knowles and the Ferguson City Council`, `Hayley Horowitz and Jessica Clarke said`,
      // `the United States, Mexico, Japan and Australia … issued a statement`.
      if (t_[k].quote < 0 && t_.Lower(k) == "and" &&
          (t_.Lower(k + 1) == "the" || t_[k + 1].capitalized)) {
        return std::nullopt;
      }
    }
    return Resolve(issuer, v);
  }

  // A head that names no one who could have issued a statement: none, `It read:`, `The
  // statement said:`.
  static bool PointsToStatement(const Subject& head) {
    return head.kind == Subject::Kind::kNone ||
           (head.kind == Subject::Kind::kPronoun && head.name == "it") ||
           (head.kind == Subject::Kind::kBody && head.name == "statement");
  }

  // `Hewlett-Packard issued a statement:`, `Vladimir Putin gave a brief statement …` + `Here's
  // the translation:` before quote q (statement_issuers.h, ColonStatementVerb): the subject of
  // the issuing verb, a name, organization, body or he/she; nobody when several issue it
  // (`Fred and Cindy Warmbier released`, `House leadership, including Boehner, issued`).
  std::optional<Speaker> ColonStatementIssuer(int q) const {
    return IssuerOfVerb(ColonStatementVerb(t_, q));
  }

  // The subject of the issuing verb at token v (ColonStatementVerb, PeriodStatementVerb).
  std::optional<Speaker> IssuerOfVerb(int v) const {
    if (v < 0) return std::nullopt;
    const int b = std::max(t_.SentenceBegin(t_.Sentence(v)), v - kMaxHeadWords);
    for (int k = b; k + 1 < v; ++k) {
      const absl::string_view w = t_.Lower(k);
      if (t_[k].quote >= 0 || w == "including" ||
          (w == "and" && (t_.Lower(k + 1) == "the" || t_[k + 1].capitalized))) {
        return std::nullopt;
      }
    }
    const Subject issuer = reader_.SubjectBefore(b, v);
    if (issuer.kind == Subject::Kind::kDescription || issuer.kind == Subject::Kind::kUnnamed ||
        (issuer.kind == Subject::Kind::kPronoun && issuer.name != "he" && issuer.name != "she")) {
      return std::nullopt;
    }
    return Resolve(issuer, v);
  }

  // True when `name` opens with a given name and goes on: `Steve LaTourette`, not `Los Angeles
  // Times`, `Washington Examiner`, `NPR` (a resolved kName is a "person" whatever it names).
  static bool NamesPerson(absl::string_view name) {
    const size_t space = name.find(' ');
    if (space == absl::string_view::npos || !IsGivenName(name.substr(0, space))) return false;
    // `Washington Examiner`: a publication word ends an outlet's name.
    return !IsPublicationWord(absl::AsciiStrToLower(name.substr(name.rfind(' ') + 1)));
  }

  // True when quote q stands inside a sentence of prose: the word before it is in its
  // sentence and paragraph and belongs to no other quote.
  bool InsideSentence(int q) const {
    const int start = t_.QuoteStart(q);
    return start > 0 && start < t_.size() && t_[start - 1].quote < 0 &&
           t_[start - 1].paragraph == t_[start].paragraph &&
           t_.Sentence(start - 1) == t_.Sentence(start);
  }

  // Where the head subject of quote q stands: a pronoun's own token (`He said Obama "…"`:
  // "he" refers to someone named before it, not to Obama), else the quote's start.
  int HeadPosition(int q, const Subject& head) const {
    const int start = t_.QuoteStart(q);
    if (head.kind != Subject::Kind::kPronoun) return start;
    for (int i = start - 1; i >= 0 && i >= start - kMaxHeadWords; --i) {
      if (t_.Sentence(i) != t_.Sentence(start)) break;
      if (t_[i].quote < 0 && t_.Lower(i) == head.name) return i;
    }
    return start;
  }

  // The token before quote q when q opens a sentence (its paragraph's, or the previous
  // paragraph's last one when q opens its paragraph); -1 when q is inside a sentence.
  // `…," says Megan Coffee. And "if you see …"`: a sentence opening "And"/"But" before the
  // quote counts as the quote opening it.
  int TokenBeforeOpeningQuote(int q) const {
    int start = t_.QuoteStart(q);
    if (start <= 0 || start >= t_.size()) return -1;
    if (start >= 2 && t_[start - 1].quote < 0 && t_[start - 1].capitalized &&
        t_.Sentence(start - 1) == t_.Sentence(start) &&
        (t_.Lower(start - 1) == "and" || t_.Lower(start - 1) == "but")) {
      --start;
    }
    const WordSpan& before = t_[start - 1];
    const bool opens =
        before.paragraph != t_[start].paragraph || t_.Sentence(start - 1) != t_.Sentence(start);
    return opens ? start - 1 : -1;
  }

  // The previous quote's speaker when it is an organization (not a person) quoted in the
  // same or the previous paragraph.
  std::optional<Speaker> PreviousOrganization(int q, const std::vector<Speaker>& earlier) const {
    if (q == 0 || earlier[q - 1].name.empty() || earlier[q - 1].person) return std::nullopt;
    if (quotes_[q - 1].last_paragraph + 1 < quotes_[q].first_paragraph) return std::nullopt;
    return earlier[q - 1];
  }

  // True when right after quote q and its comma stands a person of the article other than
  // `name`, then a lower-case word: an attribution the readers did not parse (`"…," Carson
  // cut in.`, `"…," Carson shot back`), so the quote does not continue `name`'s.
  bool TailNamesAnother(int q, const std::string& name) const {
    const int e = t_.QuoteEnd(q);
    if (e <= 0 || e + 1 >= t_.size() || !t_[e - 1].comma_after || t_[e].quote >= 0 ||
        !t_[e].capitalized || t_[e].possessive || t_[e].comma_after || t_[e].sentence_end ||
        t_[e + 1].capitalized || t_[e + 1].quote >= 0 || t_[e].paragraph != t_[e - 1].paragraph ||
        IsNonNameCapitalized(t_.Lower(e))) {
      return false;
    }
    const absl::string_view word = t_.Word(e);
    return people_.Find(word) >= 0 && Surname(people_.FullName(word)) != Surname(name);
  }

  // `"…" ¶ "…" ¶ Paul Mirengoff, Power Line Blog`: a quote filling its paragraphs, followed
  // by a byline paragraph (bylines.h) or by at most kMaxSignedQuotes - 1 more such quotes
  // and then the byline, is the byline's.
  std::optional<Speaker> Signed(int q) const {
    const int n = static_cast<int>(quotes_.size());
    for (int r = q; r < n && r < q + kMaxSignedQuotes && FillsItsParagraphs(r); ++r) {
      const uint32_t next = quotes_[r].last_paragraph + 1;
      if (next >= paragraphs_.size()) return std::nullopt;
      const Byline byline = ReadByline(text_, paragraphs_[next]);
      if (!byline.name.empty()) {
        return Speaker{byline.person ? people_.FullName(byline.name) : byline.name, byline.person};
      }
      if (r + 1 >= n || quotes_[r + 1].first_paragraph != next) return std::nullopt;
    }
    return std::nullopt;
  }

  bool FillsItsParagraphs(int q) const {
    const QuoteSpan& quote = quotes_[q];
    return OnlyBlankBetween(text_, paragraphs_[quote.first_paragraph].begin, quote.marks.begin) &&
           OnlyBlankBetween(text_, quote.marks.end, paragraphs_[quote.last_paragraph].end);
  }

  // A quote with no attribution of its own that opens a sentence continues the previous
  // quote when that quote (with its attribution) is the sentence right before it:
  // `"…," Holder said. "…"` with the parts too far apart to be one split quote, or a quote
  // paragraph after `"…," said Peter Pasi, a search specialist.`
  std::optional<Speaker> Continued(int q, const std::vector<Speaker>& earlier) const {
    const int before = TokenBeforeOpeningQuote(q);
    if (q == 0 || before < 0 || earlier[q - 1].name.empty()) return std::nullopt;
    if (quotes_[q - 1].last_paragraph + 1 < quotes_[q].first_paragraph) return std::nullopt;
    const int prev_end = t_.QuoteEnd(q - 1) - 1;
    if (prev_end < 0 || t_.Sentence(before) != t_.Sentence(prev_end)) return std::nullopt;
    return earlier[q - 1];
  }

  // A quote paragraph with no attribution of its own after a paragraph whose quotes all have
  // one speaker, and whose words after its last quote name no one else (`"…," said Crowley.
  // He added that the vote would be close in Ohio.` + `"…"`): the journalist's convention
  // for a speaker quoted on.
  std::optional<Speaker> ContinuedParagraph(int q, const std::vector<Speaker>& earlier) const {
    if (q == 0 || !FillsItsParagraphs(q) || !earlier[q - 1].person) return std::nullopt;
    const uint32_t prev = quotes_[q].first_paragraph - 1;
    if (quotes_[q].first_paragraph == 0 || quotes_[q - 1].last_paragraph != prev) {
      return std::nullopt;
    }
    const std::string& name = earlier[q - 1].name;
    for (int r = q - 1; r >= 0 && quotes_[r].last_paragraph >= prev; --r) {
      if (earlier[r].name != name) return std::nullopt;
    }
    // The words after the last quote, to the paragraph's end, name no one else: no other
    // person the article introduced, and no sentence opened by a capitalized word that may be
    // a name ("He", "The" may open one).
    const int from = t_.QuoteEnd(q - 1);
    int last_sentence = -1;
    for (int i = from; i < t_.size() && t_[i].paragraph == prev; ++i) {
      // `(She’s right; Omar won 78 percent …)`: an aside may be about anyone.
      if (t_[i].quote >= 0 || t_[i].in_parens) return std::nullopt;
      const int s = t_.Sentence(i);
      if (s != last_sentence) {
        last_sentence = s;
        for (const Mention& m : people_.MentionsInSentence(s)) {
          if (m.token >= from && people_.people()[m.person].name != name) return std::nullopt;
        }
      }
      if (!t_[i].capitalized || absl::StrContains(name, t_.Word(i))) continue;
      if (i == t_.SentenceBegin(s) && !IsNonNameCapitalized(t_.Lower(i))) return std::nullopt;
    }
    return earlier[q - 1];
  }

  // True when a closing quotation mark stands between token v - 1 and token v.
  bool AfterClosingMark(int v) const {
    const uint32_t from = t_[v - 1].span.end, to = t_[v].span.begin;
    if (to - from < 2) return false;  // Most words are one space apart.
    const absl::string_view gap = text_.substr(from, to - from);
    return absl::StrContains(gap, "\xE2\x80\x9D") || absl::StrContains(gap, "\"");
  }

  // A quote with no attribution of its own that opens a sentence, right after a sentence
  // that says who speaks: `…the debt ceiling, Van Hollen said. "I'm very nervous…"`,
  // `Change, he said, must come from the American people.` + a quote paragraph.
  std::optional<Speaker> AfterSpeechSentence(int q) const {
    const int before = TokenBeforeOpeningQuote(q);
    if (before < 0) return std::nullopt;
    const int sb = std::max(t_.SentenceBegin(t_.Sentence(before)), before + 1 - kMaxHeadWords);
    for (int v = before; v >= sb; --v) {
      if (t_[v].quote >= 0) continue;
      // `"Everything's fine," smiled Captain Paul Ryan smarmily as …` + a quote: a verb right
      // after a closing mark (a quote too short to be kept, or one left unattributed) is
      // inverted, its subject after it; a verb of the tail lists speaks only there.
      const bool speech = IsSpeechVerb(t_.Lower(v));
      if (!speech && (v == sb || t_[v - 1].quote < 0 || !AfterClosingMark(v) ||
                      !IsTailSpeechVerb(t_.Lower(v)))) {
        continue;
      }
      if (!speech || (v > sb && AfterClosingMark(v))) {
        const Subject after = reader_.NameAfter(v + 1, before + 1);
        if (after.kind == Subject::Kind::kName) return Resolve(after, v);
        // `one so-called "Dreamer" shouted.`: a tail verb's subject is no one here.
        if (!speech) return std::nullopt;
      }
      // `Security forces have confirmed Shekau is dead, said Marilyn Ogar, deputy director of
      // State Security Services.` + a quote: an inverted attribution names who speaks after
      // its verb; the words before it are what was said (twenty-first round (j)).
      if (speech) {
        const Subject inverted = InvertedSpeaker(t_, reader_, v, before + 1,
                                                 /*appositive_ends_sentence=*/true);
        if (inverted.kind == Subject::Kind::kName) return Resolve(inverted, v);
      }
      // `Kathy Miller told reporters that …` + a quote: the teller speaks; after "asked" the
      // quote is more often the answer, and the name after either verb is the listener.
      const bool listener_verb = IsListenerVerb(t_.Lower(v));
      if (listener_verb && t_.Lower(v) != "told") continue;
      Subject subj = v > sb ? reader_.SubjectBefore(sb, v) : Subject();
      if (subj.kind == Subject::Kind::kNone && !listener_verb) {
        subj = reader_.NameAfter(v + 1, before + 1);
      }
      // `The chief said that …` + a quote paragraph: a description resolves as after a quote.
      if (subj.kind == Subject::Kind::kName || subj.kind == Subject::Kind::kPronoun ||
          subj.kind == Subject::Kind::kBody ||
          (subj.kind == Subject::Kind::kDescription && subj.definite)) {
        return Resolve(subj, v);
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  std::optional<Speaker> Resolve(const Subject& s, int position) const {
    switch (s.kind) {
      case Subject::Kind::kNone:
      case Subject::Kind::kUnnamed:
        return std::nullopt;
      case Subject::Kind::kOrganization: {
        // `TRUMP: "…"`: a label in capitals, read as an acronym, is the person the article
        // introduced with that surname, named as it names them (twenty-third round (e)).
        const absl::string_view surname = SurnameAsPrinted(s.name, people_);
        if (surname != s.name) return Speaker{people_.FullName(surname, s.titles, position), true};
        return Speaker{s.name, false};
      }
      case Subject::Kind::kBody: {
        // `The department-store chain … noted in a press release that "…"`: the business
        // opening a sentence just before (named_bodies.h), never a person.
        if (IsOrganizationNoun(s.name)) {
          std::optional<std::string> business = bodies_.SubjectOrganization(s.name, position);
          if (!business || people_.Find(*business) >= 0) return std::nullopt;
          return Speaker{*business, false};
        }
        std::optional<std::string> body = bodies_.Resolve(s.name, position);
        // `The Congressional Budget Office has projected …` + `"…," the agency wrote`: a
        // government body by its common noun, as a business is (sixteenth round (b)).
        if (!body && s.name == "agency") body = bodies_.SubjectOrganization(s.name, position);
        // `Tuesday's lawsuit` + `the lawsuit contends`: a date is no author.
        if (!body || IsNonNameCapitalized(absl::AsciiStrToLower(*body))) return std::nullopt;
        // `Mr Mueller's report`: the author is a person the article names.
        if (people_.Find(*body) >= 0) return Speaker{people_.FullName(*body), true};
        return Speaker{*body, false};
      }
      case Subject::Kind::kName:
        // `Qatar's Ministry of Foreign Affairs called …`: an organization, never "he"/"she".
        if (NamedBodies::IsBodyName(s.name)) {
          NamedBodies::Voice voice = bodies_.FullName(s.name, position);
          if (voice.person) return Speaker{people_.FullName(voice.name), true};
          return Speaker{voice.name, false};
        }
        // `"…," the Times said`: the publication the article names in full.
        if (s.name.find(' ') == std::string::npos &&
            IsPublicationWord(absl::AsciiStrToLower(s.name)) && people_.Find(s.name) < 0) {
          if (std::optional<std::string> paper = bodies_.Publication(s.name)) {
            return Speaker{*paper, false};
          }
        }
        // `First, he mocked … by calling the airstrikes "…"`, `said a Democratic congressman`:
        // an adverb or adjective alone names no one (twenty-first round (j)).
        if (IsLoneNonName(s.name) && people_.Find(s.name) < 0) {
          return std::nullopt;
        }
        // `News reports that …`, `"…," the U.S. Attorney's Office said`, `the Court said`: a
        // body's generic last word alone names nobody (eighteenth round (g)).
        if (IsGenericBodyName(s.name, s.definite) && people_.Find(s.name) < 0) {
          // `the Supreme Court … the Court said`: the court the article named before, as for
          // `the committee said`; none when it named none. Only `the Court`: `the Bureau`,
          // `the Service` read so were mostly objects (`It also cited the Bureau of …`).
          const std::string lower = absl::AsciiStrToLower(s.name);
          if (!s.definite || lower != "court") return std::nullopt;
          std::optional<std::string> court = bodies_.Resolve(lower, position);
          if (court && court->find(' ') != std::string::npos) return Speaker{*court, false};
          return std::nullopt;
        }
        return Speaker{people_.FullName(SurnameAsPrinted(s.name, people_), s.titles, position),
                       true};
      case Subject::Kind::kPronoun:
        return AsPerson(antecedents_.ResolvePronoun(position, PronounGender(s)));
      case Subject::Kind::kDescription:
        return AsPerson(antecedents_.ResolveDescription(s.titles, s.definite, position));
    }
    return std::nullopt;
  }

  static std::optional<Speaker> AsPerson(const std::optional<std::string>& name) {
    if (!name) return std::nullopt;
    // `a spokesman for the … Sheriff's Office said` + `"…," he said`: "he" reached a body
    // (`Office`, `RFK Center`: its generic last word), which is never "he" or "she"; no one is
    // named (eighteenth round (g)).
    if (IsGenericBodyName(Surname(*name))) return std::nullopt;
    // `Democratic front-runner Hillary Clinton …` + `"…," he told an audience`: nor an
    // adverb or adjective read as a one-word name (twenty-first round (j)).
    if (IsLoneNonName(*name)) return std::nullopt;
    // `… Hide Caption 44 of 44` + `But he cautioned …`: a CNN gallery's control, read as the
    // person "Hide Caption", is the name nearest before the pronoun; the gallery's captions
    // name other people than the story's, so no one is named (twenty-third round (e): dropping
    // it as a person gave 3 of 11 such quotes to someone a caption names, Biden for Ryan).
    if (Surname(*name) == "Caption") return std::nullopt;
    return Speaker{*name, true};
  }

  static Gender PronounGender(const Subject& s) {
    return s.name == "she" ? Gender::kFemale : s.name == "he" ? Gender::kMale : Gender::kUnknown;
  }

  absl::string_view text_;
  const std::vector<Span>& paragraphs_;
  ArticleTokens t_;
  ArticlePeople people_;
  SubjectReader reader_;
  AntecedentResolver antecedents_;
  NamedBodies bodies_;
  const std::vector<QuoteSpan>& quotes_;
  // Whether the last quote Attribute read has its own attribution to an unnamed speaker
  // (`says an Iraqi official who asked not to be named`).
  bool unnamed_attribution_ = false;
};

}  // namespace

std::vector<QuoteAttribution> AttributeSpeakers(absl::string_view text,
                                                const std::vector<Span>& paragraphs,
                                                const std::vector<QuoteSpan>& quotes) {
  if (quotes.empty()) return {};
  return Attributor(text, paragraphs, quotes).Run();
}

}  // namespace claimdup
