#include "extract/named_bodies.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/courtesy_titles.h"
#include "extract/given_names.h"
#include "extract/person_names.h"
#include "extract/subject_reader.h"
#include "extract/verb_words.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// Mentions looked at per lookup: a bound on the cost of one quote.
constexpr int kMaxMentionsScanned = 64;
constexpr int kMaxNameWords = 10;
constexpr int kMaxOrganizationLead = 4;  // `The state chapter of the …` before a name.
// "the company" is a business opening one of the sentences this far back.
constexpr int kMaxBusinessSentences = 2;

// A title or article dropped from the front of an author's name. Not `Miss`: before a body
// noun it names a pageant (`the Miss Universe Organization report`), not a woman; where no
// body noun follows, IsTitleWord drops it all the same.
bool IsNameTitle(absl::string_view w) {
  return (IsCourtesyTitle(w) && w != "miss") || w == "dr" || w == "the" || w == "a" || w == "an";
}

bool IsNameJoiner(absl::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "on";
}

}  // namespace

bool IsBodyNoun(absl::string_view w) {
  static constexpr WordSet kNouns{{"committee", "ministry", "department", "agency", "commission",
                                   "council", "bureau", "institute", "foundation", "association",
                                   "board", "corps", "service", "organization", "center", "centers",
                                   "coalition", "federation", "court"}};
  return kNouns.contains(w);
}

bool IsOrganizationNoun(absl::string_view w) {
  static constexpr WordSet kNouns{
      {"company", "firm", "chain", "retailer", "corporation", "startup", "automaker", "carrier",
       "airline", "bank", "insurer", "manufacturer", "platform",
       // Twelfth round (b): `A&E announced …` + `"…," the network said`.
       "network", "newspaper",
       // Fifteenth round (d): `"…," the streaming giant said` (the tally of
       // unattributed quotes' `the <words> NOUN said` on the AllSides dev half).
       "giant"}};
  return kNouns.contains(w);
}

bool IsAuthoredDocumentNoun(absl::string_view w) {
  return w == "report" || w == "study" || w == "paper" || w == "analysis" || w == "survey" ||
         w == "letter" || w == "memo" || w == "filing" || w == "lawsuit";
}

void NamedBodies::FindMentions() const {
  if (found_) return;
  found_ = true;
  // Words capitalized inside a sentence are names; `Demonstrators` opening one need not be.
  for (int i = 0; i < t_.size(); ++i) {
    if (t_[i].capitalized && t_[i].quote < 0 && i != t_.SentenceBegin(t_.Sentence(i))) {
      capitalized_inside_.insert(t_.Word(i));
    }
  }
  for (int i = 0; i < t_.size(); ++i) {
    if (t_[i].quote >= 0) continue;
    if (IsAuthoredDocumentNoun(t_.Lower(i))) {
      if (!AddAuthorAfter(i)) AddAuthorBefore(i);
      continue;
    }
    if (!t_[i].capitalized && IsIntroducingNoun(t_.Lower(i))) AddIntroduction(i);
    if (i == t_.SentenceBegin(t_.Sentence(i))) {
      const int opening = DatelineEnd(i);
      AddSentenceSubject(opening);
      if (opening > i) i = opening;  // The dateline is no body's name.
    } else if (FollowsOpeningPhrase(i)) {
      AddSentenceSubject(i);  // `On Monday morning, Macy's announced …` (sixteenth round (b)).
    }
    i = AddBodyName(i);
  }
}

// `WASHINGTON – CNN filed a lawsuit …`: the token after a dateline in capitals and a dash
// opening the sentence at token `b`, or `b` when there is none.
int NamedBodies::DatelineEnd(int b) const {
  constexpr int kMaxDatelineWords = 3;
  for (int i = b + 1; i < t_.size() && i <= b + kMaxDatelineWords; ++i) {
    if (!t_[i - 1].all_caps || t_[i - 1].quote >= 0 || t_.Sentence(i) != t_.Sentence(b)) break;
    const absl::string_view gap = t_.GapAfter(i - 1);
    if (absl::StrContains(gap, "\xE2\x80\x93") || absl::StrContains(gap, "\xE2\x80\x94") ||
        absl::StrContains(gap, " - ")) {
      return i;
    }
  }
  return b;
}

// `On Monday morning, Macy's announced`, `Last week, Spotify said`: token `i` follows a comma
// that closes a short phrase of time or cause opening its sentence.
bool NamedBodies::FollowsOpeningPhrase(int i) const {
  constexpr int kMaxOpeningPhraseWords = 6;
  static constexpr WordSet kOpeners{
      {"on",      "in",        "at",       "after",  "before",   "because", "earlier",   "later",
       "last",    "this",      "since",    "during", "late",     "early",   "until",     "monday",
       "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",  "yesterday", "today"}};
  if (i == 0 || !t_[i - 1].comma_after || !t_[i].capitalized || t_[i].quote >= 0) return false;
  const int sb = t_.SentenceBegin(t_.Sentence(i));
  if (i - sb > kMaxOpeningPhraseWords || !kOpeners.contains(t_.Lower(sb))) return false;
  for (int k = sb; k < i - 1; ++k) {
    if (t_[k].comma_after || t_[k].quote >= 0 || t_[k].possessive) return false;
  }
  return true;
}

// `The Congressional Research Service said`, `The state chapter of the National Association …
// also condemned`: the name at token `b` opens its sentence, as its subject does; not `emails
// from the Democratic National Committee`.
bool NamedBodies::OpensSentence(int b) const {
  const int s = t_.SentenceBegin(t_.Sentence(b));
  if (b == s) return true;
  if (t_.Lower(s) != "the" || b - s > kMaxOrganizationLead + 2) return false;
  for (int k = s + 1; k < b; ++k) {
    const absl::string_view w = t_.Lower(k);
    if (t_[k].capitalized || t_[k].quote >= 0 || t_[k].comma_after ||
        (w != "of" && w != "the" && IsAttachingWord(w))) {
      return false;
    }
  }
  return true;
}

// `A 2006 paper by the Centers for Disease Control`: the author after the document `d`.
bool NamedBodies::AddAuthorAfter(int d) const {
  if (d + 2 >= t_.size() || (t_.Lower(d + 1) != "by" && t_.Lower(d + 1) != "from")) return false;
  const int b = d + 2 + (t_.Lower(d + 2) == "the" ? 1 : 0);
  const int e = NameEnd(b);
  if (e > b) mentions_.push_back({b, "", NameText(b, e), ""});
  return true;
}

// `Mr Mueller's report`, `the GAO report`, `the Justice Department report`: the author
// right before the document `d`, titles dropped from a person's name.
void NamedBodies::AddAuthorBefore(int d) const {
  if (d == 0 || t_[d].capitalized || !t_[d - 1].capitalized || t_[d - 1].quote >= 0 ||
      t_[d - 1].paragraph != t_[d].paragraph) {
    return;
  }
  int b = d - 1;
  while (b > 0 && d - b < kMaxNameWords && t_[b - 1].capitalized && t_[b - 1].quote < 0 &&
         !t_[b - 1].comma_after && !t_[b - 1].sentence_end &&
         t_[b - 1].paragraph == t_[d].paragraph) {
    --b;
  }
  // "Special Counsel Robert Mueller's" -> the name; but "Justice" in "Justice Department" stays.
  const bool body = IsBodyNoun(t_.Lower(d - 1)) || t_[d - 1].all_caps;
  while (b < d && (IsNameTitle(t_.Lower(b)) || (!body && IsTitleWord(t_.Lower(b))))) ++b;
  // A lone capitalized word opening the sentence is no author: "Report" headlines, "Its".
  if (b == d || (d - b == 1 && b == t_.SentenceBegin(t_.Sentence(b)))) return;
  mentions_.push_back({b, "", NameText(b, d), ""});
}

// A capitalized name of two or more words holding a body noun, starting at token `i`:
// `Qatar's Ministry of Foreign Affairs`. Returns the last token it read.
int NamedBodies::AddBodyName(int i) const {
  if (!t_[i].capitalized || (i > 0 && t_[i - 1].capitalized && t_[i - 1].quote < 0 &&
                             t_[i - 1].paragraph == t_[i].paragraph && !t_[i - 1].sentence_end)) {
    return i;  // Not the start of a capitalized run.
  }
  const int b = i + (t_.Lower(i) == "the" ? 1 : 0);
  const int e = NameEnd(b);
  for (int k = b; k < e && e - b >= 2; ++k) {
    if (t_[k].capitalized && IsBodyNoun(t_.Lower(k))) {
      mentions_.push_back({b, std::string(t_.Lower(k)), NameText(b, e), PersonAfterTitle(e)});
      break;
    }
  }
  return e > i ? e - 1 : i;
}

// The capitalized name opening the sentence at token `i` (after "The", or "The <lower-case
// words> of the": `The state chapter of the National Association …`) when a lower-case word
// follows it (its verb) and it opens with no given name or title: a person is no organization.
void NamedBodies::AddSentenceSubject(int i) const {
  int b = i;
  if (t_.Lower(b) == "the") {
    ++b;
    const int limit = b + kMaxOrganizationLead;
    int k = b;
    while (k < t_.size() && k < limit && !t_[k].capitalized && t_[k].quote < 0 &&
           !t_[k].comma_after && t_.Lower(k) != "of") {
      ++k;
    }
    if (k > b && k + 2 < t_.size() && t_.Lower(k) == "of" && t_.Lower(k + 1) == "the") b = k + 2;
  }
  if (b >= t_.size() || !t_[b].capitalized || t_[b].quote >= 0 ||
      IsNonNameCapitalized(t_.Lower(b)) || !capitalized_inside_.contains(t_.Word(b))) {
    return;
  }
  int e = NameEnd(b);
  // `Michigan Gov. Gretchen Whitmer`, `Donald Trump Jr.`: a person is no organization.
  if (!NamesNoPerson(b, e)) return;
  // `Google on Tuesday said`: a date is no part of the name.
  for (int k = b + 1; k < e; ++k) {
    if (t_[k].capitalized && IsNonNameCapitalized(t_.Lower(k))) {
      e = IsNameJoiner(t_.Lower(k - 1)) ? k - 1 : k;
      break;
    }
  }
  if (e <= b || e >= t_.size() || (t_[e].capitalized && !IsNameJoiner(t_.Lower(e))) ||
      t_[e].quote >= 0 || t_[e - 1].comma_after || t_[e - 1].sentence_end ||
      t_[e - 1].colon_after) {
    return;
  }
  // `The An-148 was built by Voronezh Aircraft`: a passive's subject is acted on, no business
  // that speaks (fifteenth round (d)).
  if (e + 2 < t_.size() && IsPassiveAuxiliary(t_.Lower(e)) && t_[e + 1].quote < 0 &&
      (absl::EndsWith(t_.Lower(e + 1), "ed") || t_.Lower(e + 2) == "by")) {
    return;
  }
  // `…announced."The Adelsons have detached …`: a sentence opening with a quotation mark the
  // quote reader left unpaired is someone's words.
  if (OpensWithQuoteMark(i)) return;
  Mention m{b, "", NameText(b, e), ""};
  m.subject = true;
  m.verb_follows = !t_[e - 1].possessive && VerbLike(e);
  mentions_.push_back(std::move(m));
}

bool NamedBodies::OpensWithQuoteMark(int i) const {
  const size_t at = t_[i].span.begin;
  const absl::string_view text = t_.text();
  return (at >= 1 && text[at - 1] == '"') ||
         (at >= 3 && text.substr(at - 3, 3) == "\xE2\x80\x9C");  // “
}

int NamedBodies::NameEnd(int b, bool join_the) const {
  int e = b, last_capitalized = b;
  bool body_seen = false;
  while (e < t_.size() && e - b < kMaxNameWords && t_[e].quote < 0 && !t_[e].in_parens &&
         t_[e].paragraph == t_[b].paragraph &&
         (t_[e].capitalized || (e > b && IsNameJoiner(t_.Lower(e))) ||
          (join_the && JoinedThe(b, e)))) {
    // `House Judiciary Committee Chairman Jerrold Nadler`: a title ends the body's name.
    if (body_seen && t_[e].capitalized && IsTitleWord(t_.Lower(e)) && !IsBodyNoun(t_.Lower(e)) &&
        !IsNameJoiner(t_.Lower(e - 1))) {
      break;
    }
    // `The Treasury Department on Thursday gave …`: a date is no part of the name.
    if (IsNameJoiner(t_.Lower(e)) && e + 1 < t_.size() && IsNonNameCapitalized(t_.Lower(e + 1)) &&
        !(join_the && JoinedThe(b, e + 1))) {
      break;
    }
    body_seen |= IsBodyNoun(t_.Lower(e));
    ++e;
    if (t_[e - 1].capitalized) last_capitalized = e;
    // A possessive ends the name unless it opens it: `Qatar's Ministry` goes on.
    if (t_[e - 1].comma_after || t_[e - 1].sentence_end || t_[e - 1].colon_after) break;
    if (t_[e - 1].possessive && e - 1 > b) break;
    // `National Association of Manufacturers’ Chad Moutray`: a plural possessive ends it too.
    const uint32_t after = t_[e - 1].span.end;
    if (!t_[e - 1].possessive && after < t_.text().size() &&
        (t_.text()[after] == '\'' || t_.text()[after] == '\xE2')) {
      break;
    }
  }
  return last_capitalized;
}

// `National Association for the Advancement of Colored People`: "the" after a joiner and
// before a capitalized word, inside the name starting at `b`.
bool NamedBodies::JoinedThe(int b, int e) const {
  return e > b + 1 && t_.Lower(e) == "the" && IsNameJoiner(t_.Lower(e - 1)) && e + 1 < t_.size() &&
         t_[e + 1].capitalized && t_[e + 1].quote < 0 && RunsInto(t_[e], t_[e + 1]);
}

std::string NamedBodies::NameText(int b, int e) const {
  const uint32_t begin = t_[b].span.begin;
  uint32_t end = t_[e - 1].span.end;
  // "U.N." keeps its last period.
  if (end < t_.text().size() && t_.text()[end] == '.' &&
      t_[e - 1].span.In(t_.text()).find('.') != absl::string_view::npos) {
    ++end;
  }
  absl::string_view name = t_.text().substr(begin, end - begin);
  // `… Chemical Biological Center—a`: a dash glued to the last word ends the name.
  const size_t dash = name.find("\xE2\x80\x94");
  if (dash != absl::string_view::npos) name = name.substr(0, dash);
  return std::string(name);
}

std::optional<std::string> NamedBodies::Resolve(absl::string_view noun, int position) const {
  const bool document = IsAuthoredDocumentNoun(noun);
  if (!document && !IsBodyNoun(noun)) return std::nullopt;
  const int lo = FirstMentionFrom(position);
  for (int m = lo - 1; m >= 0 && lo - m <= kMaxMentionsScanned; --m) {
    const Mention& x = mentions_[m];
    if (position - x.position > kMaxBodyDistance) break;
    if (x.subject) continue;
    if (document ? x.noun.empty() : x.noun == noun) return x.name;
  }
  // `The state chapter of the National Association for the Advancement of Colored People
  // also condemned …` + `"…," the organization said`: "organization" names no body alone; the
  // body named in the sentences just before stands for it.
  if (noun == "organization" && position < t_.size()) {
    const int first_sentence = t_.Sentence(position) - kMaxBusinessSentences;
    for (int m = lo - 1; m >= 0 && lo - m <= kMaxMentionsScanned; --m) {
      const Mention& x = mentions_[m];
      if (t_.Sentence(x.position) < first_sentence) break;
      if (x.subject || x.noun.empty() || !OpensSentence(x.position)) continue;
      return NameText(x.position, NameEnd(x.position, /*join_the=*/true));
    }
  }
  return std::nullopt;
}

std::optional<std::string> NamedBodies::SubjectOrganization(absl::string_view noun,
                                                            int position) const {
  // "it" and "the agency" need a name that reads as a subject, its verb right after.
  const bool needs_verb = noun == "it" || noun == "agency";
  if ((!IsOrganizationNoun(noun) && !needs_verb) || position >= t_.size()) return std::nullopt;
  const int lo = FirstMentionFrom(position);
  const int first_sentence = t_.Sentence(position) - kMaxBusinessSentences;
  for (int m = lo - 1; m >= 0 && lo - m <= kMaxMentionsScanned; --m) {
    const Mention& x = mentions_[m];
    if (t_.Sentence(x.position) < first_sentence) break;
    if (!x.subject) continue;
    if (!needs_verb) return x.name;
    // `The CBO looked at …`, `the Secret Service said`: "the agency" is an acronym or a name
    // ending in a government body's noun, else nobody (`Chinese officials sought …`, a
    // `Continued tensions on Tuesday` heading).
    if (noun == "agency" && !ReadsAsAgency(x)) return std::nullopt;
    // `The US had informed …, according to Syria's government. "…," it said`: "it" is the
    // source, not the subject.
    if (SentenceCitesSource(t_.Sentence(x.position))) return std::nullopt;
    if (x.verb_follows) return x.name;
  }
  return std::nullopt;
}

bool NamedBodies::ReadsAsAgency(const Mention& m) const {
  const size_t space = m.name.rfind(' ');
  if (space == std::string::npos) return t_[m.position].all_caps && m.name.size() >= 2;
  const std::string last = absl::AsciiStrToLower(m.name.substr(space + 1));
  return IsBodyNoun(last) || last == "office" || last == "administration" || last == "protection" ||
         last == "enforcement";
}

bool NamedBodies::SentenceCitesSource(int s) const {
  const int end = t_.SentenceEnd(s);
  for (int i = t_.SentenceBegin(s); i + 1 < end; ++i) {
    if (t_.Lower(i) == "according" && t_.Lower(i + 1) == "to") return true;
  }
  return false;
}

bool NamedBodies::VerbLike(int i) const {
  if (i >= t_.size() || t_[i].capitalized || t_[i].quote >= 0) return false;
  const absl::string_view w = t_.Lower(i);
  if (IsQuotingVerb(w) || IsTailSpeechVerb(w) || IsAuxiliaryBeforeVerb(w)) return true;
  if (w.size() < 4 || !absl::ascii_isalpha(w.front())) return false;
  return absl::EndsWith(w, "ed") || (absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss"));
}

int NamedBodies::FirstMentionFrom(int position) const {
  FindMentions();
  int lo = 0, hi = static_cast<int>(mentions_.size());
  while (lo < hi) {
    const int mid = (lo + hi) / 2;
    if (mentions_[mid].position < position) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

bool NamedBodies::IsBodyName(absl::string_view name) {
  const size_t sp = name.rfind(' ');
  if (sp == absl::string_view::npos) return false;
  const absl::string_view last = name.substr(sp + 1);
  char lower[16];  // Longer than any body noun: no allocation per name.
  if (last.size() > sizeof(lower)) return false;
  for (size_t i = 0; i < last.size(); ++i) lower[i] = absl::ascii_tolower(last[i]);
  return IsBodyNoun(absl::string_view(lower, last.size()));
}

std::string NamedBodies::PersonAfterTitle(int e) const {
  int i = e;
  while (i < t_.size() && i < e + kMaxNameWords && t_[i].quote < 0 && t_[i].capitalized &&
         IsTitleWord(t_.Lower(i)) && !t_[i].comma_after) {
    ++i;
  }
  if (i == e) return "";
  const int b = i;
  // `Patrick Leahy (D-Vt.)`: a party tag is no part of the name.
  while (i < t_.size() && i < b + 3 && t_[i].quote < 0 && t_[i].capitalized && !t_[i].in_parens &&
         !IsTitleWord(t_.Lower(i)) && !(i > b + 1 && absl::StrContains(t_.Word(i), "-"))) {
    ++i;
    if (t_[i - 1].comma_after || t_[i - 1].sentence_end || t_[i - 1].possessive) break;
  }
  return i - b >= 2 ? t_.Join(b, i) : "";
}

NamedBodies::Voice NamedBodies::FullName(absl::string_view name, int position) const {
  const size_t sp = name.rfind(' ');
  if (sp == absl::string_view::npos) return {std::string(name), false};
  const std::string noun = absl::AsciiStrToLower(name.substr(sp + 1));
  const absl::string_view first = name.substr(0, name.find(' '));
  const int lo = FirstMentionFrom(position + kMaxTailWords);
  for (int m = lo - 1; m >= 0 && lo - m <= kMaxMentionsScanned; --m) {
    const Mention& x = mentions_[m];
    if (position - x.position > kMaxBodyDistance) break;
    if (x.noun != noun || !absl::StartsWith(x.name, first)) continue;
    if (!x.person.empty()) return {x.person, true};
    return {x.name, false};
  }
  return {std::string(name), false};
}

std::optional<std::string> NamedBodies::Publication(absl::string_view word) const {
  for (const auto& [w, name] : publications_) {
    if (w == word) return name;
  }
  // Longest name read before the publication word: "The Atlanta Journal-Constitution" fits.
  constexpr int kMaxPublicationWords = 4;
  std::optional<std::string> found;
  bool several = false;
  for (int i = 1; i < t_.size() && !several; ++i) {
    if (t_[i].quote >= 0 || t_.Word(i) != word) continue;
    int b = i;
    while (b > 0 && i - b < kMaxPublicationWords && t_[b - 1].capitalized &&
           t_[b - 1].quote < 0 && RunsInto(t_[b - 1], t_[b]) && !t_[b - 1].possessive &&
           t_.Lower(b - 1) != "the" && t_.Lower(b - 1) != "a" && t_.Lower(b - 1) != "an") {
      --b;
    }
    if (b == i) continue;  // `the Times` again, or `Times Square`'s word alone.
    std::string name = t_.Join(b, i + 1);
    if (!found) {
      found = std::move(name);
    } else if (*found != name) {
      several = true;
    }
  }
  if (several) found.reset();
  publications_.emplace_back(std::string(word), found);
  return found;
}

}  // namespace claimdup
