#include "extract/word_set.h"
#include "extract/speakers.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "extract/article_people.h"
#include "extract/given_names.h"
#include "extract/attribution_tokens.h"
#include "extract/person_names.h"
#include "extract/quote_groups.h"

namespace claimdup {
namespace {

// How far attribution reads around a quote. Each bound keeps the work per quote constant,
// so an article is attributed in linear time however many quotes it holds.
constexpr int kTailVerbLookahead = 16;  // `"…," Geoffrey Skelley, a political analyst at the
                                        // University of Virginia, said`.
constexpr int kMaxTailWords = 40;       // Rest of the sentence after a quote.
constexpr int kMaxHeadWords = 60;       // Sentence before a quote, back to its start.
constexpr int kMaxNameAfterWords = 8;   // `said NATO Secretary General Anders Fogh Rasmussen`.
constexpr int kMaxSubjectWords = 9;     // `GOP strategist Brian Walsh said`.
constexpr int kMaxSubjectClauses = 3;   // `X, chairman of Y, who …, said`.
constexpr int kMaxAppositiveWords = 24;  // `X, a Christian author and the senior vice
                                         // president of the National Religious …, argued`.
constexpr int kMaxColonSubjectWords = 5;  // `Lavrov: "…"`.
constexpr int kMaxAntecedents = 40;     // Mentions a pronoun or description looks back over.
constexpr int kMaxPronounSentences = 4;  // "he" refers at most this many sentences back.

// A resolved speaker: the name, and whether it is a person (who can be "he" or "she").
struct Speaker {
  std::string name;
  bool person = false;
};

// Someone named at a token, for pronoun and description resolution: a mention outside
// quotes, or the speaker given to an earlier quote.
struct Antecedent {
  int token;
  std::string name;
  int person;          // Index into ArticlePeople, or -1.
  bool spoke = true;   // A speaker (of a quote or a speech verb), not a mere mention.
  bool possessive = false;
};

class Attributor {
 public:
  Attributor(absl::string_view text, const std::vector<Span>& paragraphs,
             const std::vector<QuoteSpan>& quotes)
      : t_(text, paragraphs, quotes), people_(t_), quotes_(quotes) {}

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
      if (speaker[q].person) {
        events_.push_back({t_.QuoteStart(q), speaker[q].name, people_.Find(speaker[q].name)});
      }
    }
    for (int q = 0; q < n; ++q) out[q].speaker = speaker[q].name;
    return out;
  }

 private:
  // True when quote q's own attribution after it names someone other than `group_speaker`.
  bool NamesAnotherSpeaker(int q, const Speaker& group_speaker) const {
    const Subject own = TailSubject(q);
    if (own.kind != Subject::Kind::kName || group_speaker.name.empty()) return false;
    return Surname(people_.FullName(own.name)) != Surname(group_speaker.name);
  }

  Speaker Attribute(int q, const std::vector<Speaker>& earlier) {
    const Subject tail = TailSubject(q);
    std::optional<Speaker> who = Resolve(tail, t_.QuoteEnd(q));
    if (who) return *who;
    const Subject head = HeadSubject(q);
    who = Resolve(head, t_.QuoteStart(q));
    if (who) return *who;
    // An attribution we could not resolve ("the deputy press secretary said") is someone
    // else than the previous speaker: no guess.
    if (tail.kind != Subject::Kind::kNone || head.kind != Subject::Kind::kNone) return Speaker();
    who = Continued(q, earlier);
    if (!who) who = AfterSpeechSentence(q);
    return who.value_or(Speaker());
  }

  // Tokens after the quote up to the end of its sentence, the next quote or the paragraph.
  std::pair<int, int> TailRange(int q) const {
    const int b = t_.QuoteEnd(q);
    int e = b;
    // `…that." He added` : the quote ended its sentence; what follows is another one.
    if (b < t_.size() && b > 0 && t_.Sentence(b) != t_.Sentence(b - 1)) return {b, b};
    while (e < t_.size() && e < b + kMaxTailWords && t_[e].quote < 0 &&
           t_[e].paragraph == quotes_[q].last_paragraph) {
      ++e;
      if (t_[e - 1].sentence_end) break;
    }
    return {b, e};
  }

  // Tokens before the quote back to its sentence start (earlier quotes included).
  std::pair<int, int> HeadRange(int q) const {
    const int e = t_.QuoteStart(q);
    int b = e;
    while (b > 0 && e - b < kMaxHeadWords && t_[b - 1].paragraph == quotes_[q].first_paragraph &&
           !(t_[b - 1].sentence_end && t_[b - 1].quote < 0)) {
      --b;
    }
    return {b, e};
  }

  // "…," X said  /  "…," said X  /  "…," according to X  /  "…," X, chairman of Y, said
  Subject TailSubject(int q) const {
    auto [b, e] = TailRange(q);
    // `"…," X said` / `"…," said X` / `"…," the senator said`: the attribution opens the tail.
    // `"…" stood in contradiction to what Comey said` continues the sentence instead.
    if (b < e && !t_[b].capitalized) {
      const absl::string_view first = t_.Lower(b);
      if (first != "he" && first != "she" && first != "the" && first != "a" && first != "an" &&
          first != "according" && !IsSpeechVerb(first) && !IsTitleWord(first)) {
        return Subject();
      }
    }
    for (int v = b; v < e && v < b + kTailVerbLookahead; ++v) {
      const absl::string_view w = t_.Lower(v);
      if (w == "according" && v + 1 < e && t_.Lower(v + 1) == "to") return NameAfter(v + 2, e);
      if (!IsSpeechVerb(w)) continue;
      if (v == b) return NameAfter(v + 1, e);
      // `"…," X, a political analyst at Y, said`: the clause right after the quote first.
      for (int c = b; c + 1 < v; ++c) {
        if (!t_[c].comma_after) continue;
        // Only when the name opens the tail: `"…," in Tulsa, the Times reported` is no name.
        if (!t_[b].capitalized && !IsTitleWord(t_.Lower(b))) break;
        Subject first = NameOrPronounIn(b, c + 1);
        if (first.kind != Subject::Kind::kNone) return first;
        break;
      }
      return SubjectBefore(b, v);
    }
    return Subject();
  }

  // X said: "…"  /  X noted that "…"  /  X called it "…"  /  according to X, "…"  /  X: "…"
  // / a paragraph ending in ':' just before a quote that opens the next paragraph. The verb
  // nearest the quote wins.
  Subject HeadSubject(int q) const {
    auto [b, e] = HeadRange(q);
    if (b == e && e > 0 && t_[e - 1].colon_after && t_[e - 1].quote < 0 &&
        t_[e - 1].paragraph + 1 == quotes_[q].first_paragraph) {
      // Previous paragraph ends with ':': its last sentence introduces the quote.
      b = e - 1;
      while (b > 0 && e - b < kMaxHeadWords && t_[b - 1].quote < 0 &&
             t_[b - 1].paragraph == t_[e - 1].paragraph && !t_[b - 1].sentence_end) {
        --b;
      }
    }
    if (b == e) return Subject();
    for (int v = e - 1; v >= b; --v) {
      if (t_[v].quote >= 0) continue;
      const absl::string_view w = t_.Lower(v);
      if (w == "according" && v + 1 < e && t_.Lower(v + 1) == "to") return NameAfter(v + 2, e);
      if (!IsQuotingVerb(w) && !(w == "say" && v > b)) continue;
      Subject s = SubjectBefore(b, v);
      if (s.kind != Subject::Kind::kNone) return s;
      if (IsSpeechVerb(w) && !IsListenerVerb(w)) {
        s = NameAfter(v + 1, e);
        if (s.kind != Subject::Kind::kNone) return s;
      }
      // `And he said he wants …, calling the address "…"`: the clause's or sentence's subject.
      return ClauseOpeningSubject(b, v);
    }
    // "Lavrov: "…"
    if (t_[e - 1].colon_after && e - b <= kMaxColonSubjectWords) {
      return ParseSubject(t_.text(), t_.lower(), Tokens(b, e));
    }
    return Subject();
  }

  // The pronoun or name that opens the sentence at `b` (after "And", "But", "So"), if the
  // sentence opens with one: the subject of its verbs.
  Subject SentenceOpeningSubject(int b, int v) const {
    int i = b;
    while (i < v && i < b + 2 && (t_.Lower(i) == "and" || t_.Lower(i) == "but" ||
                                  t_.Lower(i) == "so" || t_.Lower(i) == "yet")) {
      ++i;
    }
    if (i >= v || t_[i].quote >= 0) return Subject();
    // `As NPR's Nina Totenberg reported, opponents contended "…"`: a subordinate opening.
    static const auto* kSubordinators = new WordSet{
        "as", "when", "if", "after", "while", "because", "although", "since", "before",
        "though", "unlike", "like", "in", "on", "at", "for", "with", "during", "according"};
    if (kSubordinators->contains(t_.Lower(i))) return Subject();
    if (t_.Lower(i) == "he" || t_.Lower(i) == "she") {
      return ParseSubject(t_.text(), t_.lower(), Tokens(i, i + 1));
    }
    int e = i;
    while (e < v && e < i + kMaxSubjectWords && t_[e].quote < 0 &&
           (t_[e].capitalized || IsTitleWord(t_.Lower(e)))) {
      ++e;
      if (t_[e - 1].comma_after || t_[e - 1].sentence_end) break;
    }
    if (e == i || e >= v || t_[e].capitalized) return Subject();
    Subject s = ParseSubject(t_.text(), t_.lower(), Tokens(i, e));
    if (s.kind != Subject::Kind::kName) return Subject();
    // Only a person: "Another voter says", "A Senate Democratic leadership aide said" are not.
    const size_t sp = s.name.find(' ');
    const bool person = IsGivenName(absl::string_view(s.name).substr(0, sp)) ||
                        people_.Find(s.name) >= 0;
    return person ? s : Subject();
  }

  // The subject opening the clause of the verb at `v` ("In a recent statement, Mr. Snowden
  // praised the ruling saying, "…""), else the sentence's.
  Subject ClauseOpeningSubject(int b, int v) const {
    int c = v;
    while (c > b && v - c < kMaxHeadWords && !t_[c - 1].comma_after && t_[c - 1].quote < 0) --c;
    if (c > b) {
      Subject s = SentenceOpeningSubject(c, v);
      if (s.kind != Subject::Kind::kNone) return s;
    }
    return SentenceOpeningSubject(b, v);
  }

  absl::Span<const WordToken> Tokens(int b, int e) const {
    return absl::MakeConstSpan(t_.tokens()).subspan(b, e - b);
  }

  // The clause before `end` back to `b`: the words after the last comma (the word before
  // `end` may carry the comma that closes the clause), stopping at a quote.
  int ClauseStart(int b, int end) const {
    int s = end - 1;
    while (s > b && end - s < kMaxSubjectWords && !t_[s - 1].comma_after &&
           t_[s - 1].quote < 0) {
      --s;
    }
    return s;
  }

  // Clauses that cannot hold the subject: relative clauses ("who sits on the committee"),
  // places and times ("of Des Moines", "In Washington", "on Sunday").
  bool IsSubjectlessClause(int s) const {
    static const auto* kRelative = new WordSet{
        "who", "which", "whose", "where", "whom", "that", "later", "earlier", "speaking",
        "asked", "watching", "appearing", "writing", "citing", "adding"};
    static const auto* kPrepositions = new WordSet{
        "of", "from", "in", "on", "at", "for", "with", "during", "despite", "by", "to", "into",
        "over", "under"};
    const absl::string_view lead = t_.Lower(s);
    if (kRelative->contains(lead)) return true;
    // "of Des Moines", "In Washington": the preposition governs the name right after it
    // ("in what Ben Franklin … called" does not).
    return kPrepositions->contains(lead) && s + 1 < t_.size() && t_[s + 1].capitalized;
  }

  // The shortest phrase ending at `end` and starting in [s, end) that is a pronoun or a name
  // (extended over its titles: "Foreign Minister Sergei Lavrov said").
  Subject NameOrPronounIn(int s, int end) const {
    for (int start = end - 1; start >= s; --start) {
      if (t_[start].in_parens) continue;
      // A name or pronoun starts at a capitalized word or "he"/"she"; nothing else parses.
      if (!t_[start].capitalized && t_.Lower(start) != "he" && t_.Lower(start) != "she") continue;
      // "the spokesman for Clinton": a name after "for"/"of"/"at" is not who speaks.
      if (start > s && !t_[start - 1].capitalized && IsAttachingWord(t_.Lower(start - 1))) {
        continue;
      }
      Subject subj = ParseSubject(t_.text(), t_.lower(), Tokens(start, end));
      if (subj.kind == Subject::Kind::kPronoun) return subj;
      if (subj.kind != Subject::Kind::kName) continue;
      if (start > s && t_[start - 1].capitalized && !t_[start - 1].in_parens) continue;
      int first = start;
      while (first > s && (t_[first - 1].capitalized || t_[first - 1].in_parens ||
                           IsTitleWord(t_.Lower(first - 1)))) {
        --first;
      }
      Subject full = ParseSubject(t_.text(), t_.lower(), Tokens(first, end));
      return full.kind == Subject::Kind::kName ? full : subj;
    }
    return Subject();
  }

  // The subject of the verb at `v`, read back to `b`, clause by clause across appositives
  // ("Fred Whitaker, chairman of the county Republican Party, said"): the nearest clause that
  // ends in a pronoun or a name; else a description or organization right before the verb.
  Subject SubjectBefore(int b, int v) const {
    Subject fallback;
    int end = v;
    // "X, <appositive>, verb": the appositive (between two commas, right before the verb)
    // describes X, and names in it ("spokesman under Eric Holder") do not speak.
    if (v > b && t_[v - 1].comma_after) {
      int s = v - 1;
      while (s > b && v - s < kMaxAppositiveWords && !t_[s - 1].comma_after &&
             t_[s - 1].quote < 0) {
        --s;
      }
      if (s > b && t_[s - 1].comma_after && t_[s - 1].quote < 0) {
        const int s1 = ClauseStart(b, s);
        const bool pronoun_clause =
            v - s == 1 && (t_.Lower(s) == "he" || t_.Lower(s) == "she");  // "Change, he said,"
        if (!pronoun_clause && !IsSubjectlessClause(s1)) {
          Subject head = NameOrPronounIn(s1, s);
          // Only a person: "Change, he said," has no appositive.
          if (head.kind == Subject::Kind::kName &&
              (head.name.find(' ') != std::string::npos || people_.Find(head.name) >= 0)) {
            return head;
          }
        }
      }
    }
    for (int clause = 0; clause < kMaxSubjectClauses && end > b; ++clause) {
      const int s = ClauseStart(b, end);
      if (t_[end - 1].quote < 0 && !IsSubjectlessClause(s)) {
        Subject subj = NameOrPronounIn(s, end);
        if (subj.kind != Subject::Kind::kNone) return subj;
        if (clause == 0) {
          Subject whole = ParseSubject(t_.text(), t_.lower(), Tokens(s, end));
          if (whole.kind == Subject::Kind::kDescription ||
              whole.kind == Subject::Kind::kOrganization) {
            fallback = whole;
          }
        }
      }
      end = s;
      while (end > b && t_[end - 1].quote >= 0) --end;
    }
    return fallback;
  }

  // The name after "said"/"according to": titles, role words and descriptors, then the
  // capitalized name, ending at a comma, a sentence end, a preposition or the range's end
  // ("said Massachusetts neuroscientist Laurie Cestnick, a Sanders supporter"). "said the
  // United States is …" names nobody: a clause follows, not an attribution.
  Subject NameAfter(int b, int e) const {
    int n = b, name_end = b;
    bool closed = false;
    while (n < e && n < b + kMaxNameAfterWords && t_[n].quote < 0) {
      const absl::string_view w = t_.Lower(n);
      if (!t_[n].capitalized) {
        if (IsAttachingWord(w) || !(IsTitleWord(w) || (n + 1 < e && (t_[n + 1].capitalized ||
                                                                     IsTitleWord(t_.Lower(n + 1)))))) {
          closed = name_end > b && IsAttachingWord(w);  // "… Warner of Virginia on MSNBC"
          break;
        }
        if ((w == "of" || w == "the" || w == "for") && n > b) break;
      }
      ++n;
      if (t_[n - 1].capitalized) name_end = n;
      if (t_[n - 1].comma_after || t_[n - 1].sentence_end || t_[n - 1].colon_after) {
        closed = true;
        break;
      }
    }
    if (n == e) closed = true;
    if (name_end == b) {
      // "said he" / "he said" inverted.
      if (b < e && (t_.Lower(b) == "he" || t_.Lower(b) == "she")) {
        return ParseSubject(t_.text(), t_.lower(), Tokens(b, b + 1));
      }
      return Subject();
    }
    if (!closed && name_end == n && n < e && !t_[name_end - 1].comma_after) return Subject();
    return ParseSubject(t_.text(), t_.lower(), Tokens(b, name_end));
  }

  // The token before quote q when q opens a sentence (its paragraph's, or the previous
  // paragraph's last one when q opens its paragraph); -1 when q is inside a sentence.
  int TokenBeforeOpeningQuote(int q) const {
    const int start = t_.QuoteStart(q);
    if (start <= 0 || start >= t_.size()) return -1;
    const WordToken& before = t_[start - 1];
    const bool opens = before.paragraph != t_[start].paragraph ||
                       t_.Sentence(start - 1) != t_.Sentence(start);
    return opens ? start - 1 : -1;
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

  // A quote with no attribution of its own that opens a sentence, right after a sentence
  // that says who speaks: `…the debt ceiling, Van Hollen said. "I'm very nervous…"`,
  // `Change, he said, must come from the American people.` + a quote paragraph.
  std::optional<Speaker> AfterSpeechSentence(int q) const {
    const int before = TokenBeforeOpeningQuote(q);
    if (before < 0) return std::nullopt;
    const int sb = std::max(t_.SentenceBegin(t_.Sentence(before)), before + 1 - kMaxHeadWords);
    for (int v = before; v >= sb; --v) {
      if (t_[v].quote >= 0 || !IsSpeechVerb(t_.Lower(v)) || IsListenerVerb(t_.Lower(v))) continue;
      Subject subj = v > sb ? SubjectBefore(sb, v) : Subject();
      if (subj.kind == Subject::Kind::kNone) subj = NameAfter(v + 1, before + 1);
      if (subj.kind == Subject::Kind::kName || subj.kind == Subject::Kind::kPronoun) {
        return Resolve(subj, v);
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  std::optional<Speaker> Resolve(const Subject& s, int position) const {
    switch (s.kind) {
      case Subject::Kind::kNone:
        return std::nullopt;
      case Subject::Kind::kOrganization:
        return Speaker{s.name, false};
      case Subject::Kind::kName:
        return Speaker{people_.FullName(s.name), true};
      case Subject::Kind::kPronoun:
        return ResolvePronoun(position, PronounGender(s));
      case Subject::Kind::kDescription:
        return ResolveDescription(s.titles, s.definite, position);
    }
    return std::nullopt;
  }

  static Gender PronounGender(const Subject& s) {
    return s.name == "she" ? Gender::kFemale : s.name == "he" ? Gender::kMale : Gender::kUnknown;
  }

  // Who speaks in sentence `s` without a quote ("Spencer said Twitter had…"), for pronouns.
  // Read once per sentence, on the first pronoun that looks there: most sentences never are.
  const std::vector<Antecedent>& SpeechSubjects(int s) const {
    auto [it, inserted] = speech_subjects_.try_emplace(s);
    if (!inserted) return it->second;
    const int sb = t_.SentenceBegin(s), se = t_.SentenceEnd(s);
    for (int v = sb + 1; v < se; ++v) {
      if (t_[v].quote >= 0 || t_[v].capitalized || !IsSpeechVerb(t_.Lower(v))) continue;
      const Subject subj = SubjectBefore(std::max(sb, v - kMaxHeadWords), v);
      if (subj.kind != Subject::Kind::kName) continue;
      const std::string name = people_.FullName(subj.name);
      it->second.push_back({v, name, people_.Find(name)});
    }
    return it->second;
  }

  // The antecedents before `position`, nearest first: mentions and earlier quote speakers
  // merged. At most kMaxAntecedents are read.
  template <typename Visit>
  void VisitAntecedents(int position, Visit visit) const {
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

  bool Agrees(const Antecedent& a, Gender g) const {
    if (g == Gender::kUnknown) return true;
    const Gender ag = a.person >= 0 ? people_.people()[a.person].gender : people_.GenderOf(a.name);
    return ag == Gender::kUnknown || ag == g;
  }

  // "he"/"she" at `position`: the nearest sentence before it (at most kMaxPronounSentences
  // back) that names someone who can take the pronoun; in it, the nearest speaker, else the
  // first person named (not a possessive: "Bush's predecessor Bill Clinton"). In the
  // pronoun's own sentence, the nearest person.
  std::optional<Speaker> ResolvePronoun(int position, Gender g) const {
    if (t_.size() == 0) return std::nullopt;
    const int own = t_.Sentence(std::min(position, t_.size() - 1));
    std::vector<Antecedent> found;  // Candidates of one sentence, in text order.
    for (int s = own; s >= 0 && own - s <= kMaxPronounSentences; --s) {
      const int sb = t_.SentenceBegin(s);
      const int se = std::min(t_.SentenceEnd(s), position);
      if (se <= sb) continue;
      found.clear();
      CollectAntecedents(sb, se, &found);
      AppendLastBefore(SpeechSubjects(s), sb, se, &found);
      std::erase_if(found, [&](const Antecedent& a) { return !Agrees(a, g) || a.possessive; });
      if (found.empty()) continue;
      std::sort(found.begin(), found.end(),
                [](const Antecedent& x, const Antecedent& y) { return x.token < y.token; });
      const Antecedent* pick = &found.front();
      if (s == own && position < t_.size()) {
        pick = &found.back();  // Nearest in the pronoun's own sentence.
      } else {
        for (auto it = found.rbegin(); it != found.rend(); ++it) {
          if (it->spoke) {
            pick = &*it;  // The nearest speaker of that sentence.
            break;
          }
        }
      }
      return Speaker{people_.FullName(pick->name), true};
    }
    return std::nullopt;
  }

  // The last kMaxAntecedents mentions of clear persons and quote speakers in tokens [b, e)
  // (bounded, so a sentence holding thousands of quotes stays linear).
  void CollectAntecedents(int b, int e, std::vector<Antecedent>* out) const {
    const auto& mentions = people_.mentions();
    auto m = std::lower_bound(mentions.begin(), mentions.end(), e,
                              [](const Mention& x, int pos) { return x.token < pos; });
    for (int n = 0; m != mentions.begin() && std::prev(m)->token >= b && n < kMaxAntecedents;
         ++n) {
      --m;
      if (!people_.IsClearlyPerson(m->person)) continue;
      out->push_back({m->token, people_.people()[m->person].name, m->person, false, m->possessive});
    }
    AppendLastBefore(events_, b, e, out);
  }

  // The last kMaxAntecedents of `sorted` (by token) in tokens [b, e).
  static void AppendLastBefore(const std::vector<Antecedent>& sorted, int b, int e,
                               std::vector<Antecedent>* out) {
    auto it = std::lower_bound(sorted.begin(), sorted.end(), e,
                               [](const Antecedent& x, int pos) { return x.token < pos; });
    for (int n = 0; it != sorted.begin() && std::prev(it)->token >= b && n < kMaxAntecedents;
         ++n) {
      out->push_back(*--it);
    }
  }

  // Roles a reporter uses for the person just named: "the senator", "the New York Democrat".
  static bool IsPersonRole(absl::string_view w) {
    return w == "senator" || w == "congressman" || w == "congresswoman" || w == "democrat" ||
           w == "republican" || w == "lawmaker" || w == "governor" || w == "mayor";
  }

  static Gender RoleGender(const std::vector<std::string>& titles) {
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

  std::optional<Speaker> ResolveDescription(const std::vector<std::string>& titles,
                                            bool definite, int position) const {
    std::optional<Speaker> found;
    VisitAntecedents(position, [&](const Antecedent& a) {
      if (a.person >= 0 && people_.HasTitles(a.person, titles)) {
        found = Speaker{people_.people()[a.person].name, true};
        return false;
      }
      return true;
    });
    if (found || !definite || !IsPersonRole(titles.empty() ? "" : titles.back())) return found;
    return ResolvePronoun(position, RoleGender(titles));
  }

  ArticleTokens t_;
  ArticlePeople people_;
  const std::vector<QuoteSpan>& quotes_;
  std::vector<Antecedent> events_;  // Speakers given to quotes, in quote order.
  // Subjects of speech verbs per sentence, read on first use by SpeechSubjects.
  mutable absl::flat_hash_map<int, std::vector<Antecedent>> speech_subjects_;
};

}  // namespace

std::vector<QuoteAttribution> AttributeSpeakers(absl::string_view text,
                                                const std::vector<Span>& paragraphs,
                                                const std::vector<QuoteSpan>& quotes) {
  if (quotes.empty()) return {};
  return Attributor(text, paragraphs, quotes).Run();
}

}  // namespace claimdup
