#include "extract/speakers.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "extract/person_names.h"
#include "extract/word_tokens.h"

namespace claimdup {
namespace {

constexpr int kMaxAttributionWords = 12;  // A gap longer than this is not "…," X said. "…".

// A person introduced in the article, with the titles used for them.
struct Person {
  std::string name;                    // Full name: the spelling written most often.
  std::vector<std::string> titles;     // Lower-case title words seen before the name.
  std::vector<std::string> spellings;  // Full-name spellings seen (Sergei / Sergey Lavrov).
};

// True when `quote` stops mid-statement: a comma or a dash ends its words, inside or right
// after the closing mark ("…," / "…", / "…—").
bool EndsMidStatement(absl::string_view text, const QuoteSpan& quote) {
  for (uint32_t i = quote.content.end; i < quote.marks.end; ++i) {
    if (text[i] == ',') return true;
  }
  if (quote.marks.end < text.size() && text[quote.marks.end] == ',') return true;
  const absl::string_view content = quote.content.In(text);
  return absl::EndsWith(content, "\xE2\x80\x94") || absl::EndsWith(content, "\xE2\x80\x93") ||
         absl::EndsWith(content, "--") || absl::EndsWith(content, " -");
}

// Occurrences of `needle` in `text`.
int CountOccurrences(absl::string_view text, absl::string_view needle) {
  int n = 0;
  for (size_t pos = text.find(needle); pos != absl::string_view::npos;
       pos = text.find(needle, pos + needle.size())) {
    ++n;
  }
  return n;
}

// Attribution reads only what comes before a quote and the rest of its paragraph: the
// paragraphs after the last quote are never tokenized.
std::vector<Span> ParagraphsUpToLastQuote(const std::vector<Span>& paragraphs,
                                          const std::vector<QuoteSpan>& quotes) {
  const size_t last = quotes.empty() ? 0 : quotes.back().last_paragraph + 1;
  return std::vector<Span>(paragraphs.begin(),
                           paragraphs.begin() + std::min(last, paragraphs.size()));
}

class Attributor {
 public:
  Attributor(absl::string_view text, const std::vector<Span>& paragraphs,
             const std::vector<QuoteSpan>& quotes)
      : text_(text),
        lower_(absl::AsciiStrToLower(text)),
        paragraphs_(paragraphs),
        quotes_(quotes),
        tokens_(TokenizeWords(text, ParagraphsUpToLastQuote(paragraphs, quotes), quotes)) {
    AssignSentences();
    FindIntroducedPeople();
  }

  std::vector<QuoteAttribution> Run() {
    std::vector<QuoteAttribution> out(quotes_.size());
    quote_first_token_.assign(quotes_.size(), -1);
    quote_last_token_.assign(quotes_.size(), -1);
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].quote < 0) continue;
      const int q = tokens_[i].quote;
      if (quote_first_token_[q] < 0) quote_first_token_[q] = static_cast<int>(i);
      quote_last_token_[q] = static_cast<int>(i);
    }
    // Groups first: "…," X said. "…" — the gap between two quotes is only an attribution.
    group_.assign(quotes_.size(), 0);
    for (size_t q = 0; q < quotes_.size(); ++q) {
      group_[q] = static_cast<int>(q);
      if (q > 0 && IsSplitContinuation(q)) group_[q] = group_[q - 1];
      out[q].group = group_[q];
    }
    for (size_t q = 0; q < quotes_.size(); ++q) {
      if (out[q].group != static_cast<int>(q)) {
        out[q].speaker = out[out[q].group].speaker;
        if (!out[q].speaker.empty()) continue;
      }
      std::optional<std::string> who = Resolve(q, TailSubject(q), TailPosition(q));
      if (!who) who = Resolve(q, HeadSubject(q), QuoteStartToken(q));
      if (who) out[q].speaker = *who;
      // A later part of a group may carry the attribution: give it to the earlier parts.
      if (!out[q].speaker.empty()) {
        for (size_t r = out[q].group; r < q; ++r) {
          if (out[r].speaker.empty()) out[r].speaker = out[q].speaker;
        }
        speaker_events_.push_back({QuoteStartToken(q), out[q].speaker});
      }
    }
    return out;
  }

 private:
  struct Mention {
    int token;
    std::string person;
  };

  void AssignSentences() {
    sentence_.resize(tokens_.size());
    int s = 0;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (i > 0 && tokens_[i].paragraph != tokens_[i - 1].paragraph) ++s;
      sentence_[i] = s;
      if (tokens_[i].sentence_end && tokens_[i].quote < 0) ++s;
      // A quote ending a sentence: `…discussion."` ends it unless attribution follows.
      if (tokens_[i].quote >= 0 && tokens_[i].sentence_end && i + 1 < tokens_.size() &&
          tokens_[i + 1].quote != tokens_[i].quote && tokens_[i + 1].capitalized &&
          !LooksLikeAttributionStart(i + 1)) {
        ++s;
      }
    }
  }

  bool LooksLikeAttributionStart(size_t i) const {
    for (size_t j = i; j < tokens_.size() && j < i + 8; ++j) {
      if (tokens_[j].quote >= 0) return false;
      if (IsSpeechVerb(LowerWord(lower_, tokens_[j]))) return true;
      if (tokens_[j].sentence_end) return false;
    }
    return false;
  }

  // Names introduced with a title ("Foreign Minister Sergei Lavrov", "Mr Lavrov") or as the
  // subject of a speech verb, outside quotes.
  void FindIntroducedPeople() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      // A title is followed by a capitalized name: test that first, it is cheap.
      if (tokens_[i].quote >= 0 || i + 1 >= tokens_.size() || !tokens_[i + 1].capitalized) {
        continue;
      }
      const absl::string_view lower = LowerWord(lower_, tokens_[i]);
      if (!IsTitleWord(lower) || lower == "of" || lower == "the" || lower == "for") continue;
      size_t j = i + 1;
      while (j < tokens_.size() && tokens_[j].quote < 0 && j < i + 5) {
        const WordToken& t = tokens_[j];
        const absl::string_view w = LowerWord(lower_, t);
        if (!t.capitalized || t.all_caps || IsTitleWord(w) || IsNonNameCapitalized(w)) break;
        ++j;
        if (t.sentence_end || t.comma_after || t.colon_after) break;
      }
      if (j == i + 1) continue;
      // Titles: the title words and capitalized words just before the name.
      size_t k = i + 1;
      while (k > 0 && i + 1 - k < 6) {
        const WordToken& t = tokens_[k - 1];
        if (t.quote >= 0 || t.sentence_end || t.paragraph != tokens_[i].paragraph) break;
        const absl::string_view w = LowerWord(lower_, t);
        if (!IsTitleWord(w) && !t.capitalized) break;
        if (k - 1 < i && (tokens_[k - 1].comma_after)) break;
        --k;
      }
      std::vector<std::string> titles;
      for (size_t t = k; t <= i; ++t) titles.emplace_back(LowerWord(lower_, tokens_[t]));
      AddPerson(JoinTokens(i + 1, j), titles);
      i = j - 1;
    }
    // A person written two ways is named by the spelling the article uses most.
    for (Person& p : people_) {
      int best = -1;
      for (const std::string& spelling : p.spellings) {
        const int n = CountOccurrences(text_, spelling);
        if (n > best) {
          best = n;
          p.name = spelling;
        }
      }
    }
    // Mentions of every known person outside quotes, for pronoun resolution.
    absl::flat_hash_map<std::string, std::string> by_token;  // word -> full name
    for (const Person& p : people_) {
      for (absl::string_view part : absl::StrSplit(p.name, ' ')) {
        by_token.try_emplace(std::string(part), p.name);
      }
    }
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].quote >= 0 || !tokens_[i].capitalized) continue;
      auto it = by_token.find(tokens_[i].span.In(text_));
      if (it == by_token.end()) continue;
      mentions_.push_back({static_cast<int>(i), it->second});
      // Skip the rest of the same name.
      while (i + 1 < tokens_.size() && tokens_[i + 1].quote < 0 &&
             by_token.contains(tokens_[i + 1].span.In(text_)) &&
             by_token.at(std::string(tokens_[i + 1].span.In(text_))) == it->second) {
        ++i;
      }
    }
  }

  std::string JoinTokens(size_t b, size_t e) const {
    std::vector<absl::string_view> parts;
    for (size_t i = b; i < e; ++i) parts.push_back(tokens_[i].span.In(text_));
    return absl::StrJoin(parts, " ");
  }

  // Records a person, merging with a known one that shares the surname.
  const Person& AddPerson(const std::string& name, const std::vector<std::string>& titles) {
    const std::string surname = Surname(name);
    for (Person& p : people_) {
      if (Surname(p.name) != surname) continue;
      if (std::count(name.begin(), name.end(), ' ') >
          std::count(p.name.begin(), p.name.end(), ' ')) {
        p.name = name;
      }
      if (name.find(' ') != std::string::npos &&
          std::find(p.spellings.begin(), p.spellings.end(), name) == p.spellings.end()) {
        p.spellings.push_back(name);
      }
      for (const std::string& t : titles) {
        if (std::find(p.titles.begin(), p.titles.end(), t) == p.titles.end()) p.titles.push_back(t);
      }
      return p;
    }
    people_.push_back({name, titles, {}});
    if (name.find(' ') != std::string::npos) people_.back().spellings.push_back(name);
    return people_.back();
  }

  static std::string Surname(const std::string& name) {
    const size_t sp = name.rfind(' ');
    return sp == std::string::npos ? name : name.substr(sp + 1);
  }

  int QuoteStartToken(size_t q) const {
    if (quote_first_token_[q] >= 0) return quote_first_token_[q];
    // Empty of words: the first token after the opening mark.
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].span.begin >= quotes_[q].marks.begin) return static_cast<int>(i);
    }
    return static_cast<int>(tokens_.size());
  }
  int QuoteEndToken(size_t q) const {  // First token after the quote.
    if (quote_last_token_[q] >= 0) return quote_last_token_[q] + 1;
    return QuoteStartToken(q);
  }
  int TailPosition(size_t q) const { return QuoteEndToken(q); }

  // Tokens after the quote up to the end of its sentence, the next quote or the paragraph.
  std::pair<int, int> TailRange(size_t q) const {
    const int b = QuoteEndToken(q);
    int e = b;
    if (b >= static_cast<int>(tokens_.size()) ||
        tokens_[b].paragraph != quotes_[q].last_paragraph) {
      return {b, b};
    }
    while (e < static_cast<int>(tokens_.size()) && tokens_[e].quote < 0 &&
           tokens_[e].paragraph == quotes_[q].last_paragraph) {
      ++e;
      if (tokens_[e - 1].sentence_end) break;
    }
    return {b, e};
  }

  // Tokens before the quote, from its sentence start (or the previous quote) to the mark.
  std::pair<int, int> HeadRange(size_t q) const {
    const int e = QuoteStartToken(q);
    int b = e;
    while (b > 0 && tokens_[b - 1].quote < 0 &&
           tokens_[b - 1].paragraph == quotes_[q].first_paragraph && !tokens_[b - 1].sentence_end) {
      --b;
    }
    return {b, e};
  }

  // "…," X said  /  "…," said X  /  "…," according to X
  Subject TailSubject(size_t q) const {
    auto [b, e] = TailRange(q);
    for (int v = b; v < e && v < b + 8; ++v) {
      const absl::string_view w = LowerWord(lower_, tokens_[v]);
      if (w == "according" && v + 1 < e && LowerWord(lower_, tokens_[v + 1]) == "to") {
        return NameAfter(v + 2, e);
      }
      if (!IsSpeechVerb(w)) continue;
      if (v == b) return NameAfter(v + 1, e);
      return ParseSubject(text_, lower_, absl::MakeConstSpan(tokens_).subspan(b, v - b));
    }
    return Subject();
  }

  Subject NameAfter(int b, int e) const {
    int n = b;
    while (n < e && n < b + 8) {
      const absl::string_view w = LowerWord(lower_, tokens_[n]);
      if (!tokens_[n].capitalized && !IsTitleWord(w)) break;
      ++n;
      if (tokens_[n - 1].comma_after || tokens_[n - 1].sentence_end) break;
    }
    if (n == b) {
      // "said he" / "he said" inverted.
      if (b < e) {
        const absl::string_view w = LowerWord(lower_, tokens_[b]);
        if (w == "he" || w == "she")
          return ParseSubject(text_, lower_, absl::MakeConstSpan(tokens_).subspan(b, 1));
      }
      return Subject();
    }
    return ParseSubject(text_, lower_, absl::MakeConstSpan(tokens_).subspan(b, n - b));
  }

  // X said: "…"  /  X said that "…"  /  according to X, "…"  /  X: "…"  /  a paragraph
  // ending in ':' just before a quote that opens the next paragraph.
  Subject HeadSubject(size_t q) const {
    auto [b, e] = HeadRange(q);
    if (b == e && e > 0 && tokens_[e - 1].colon_after && tokens_[e - 1].quote < 0 &&
        tokens_[e - 1].paragraph + 1 == quotes_[q].first_paragraph) {
      // Previous paragraph ends with ':': its last sentence introduces the quote.
      e = e;
      b = e - 1;
      while (b > 0 && tokens_[b - 1].quote < 0 &&
             tokens_[b - 1].paragraph == tokens_[e - 1].paragraph && !tokens_[b - 1].sentence_end) {
        --b;
      }
    }
    if (b == e) return Subject();
    for (int v = e - 1; v >= b; --v) {
      const absl::string_view w = LowerWord(lower_, tokens_[v]);
      if (w == "according" && v + 1 < e && LowerWord(lower_, tokens_[v + 1]) == "to") {
        return NameAfter(v + 2, e);
      }
      if (!IsSpeechVerb(w) && !(w == "say" && v > b)) continue;
      // The subject: the words just before the verb, back to a clause boundary.
      int s = v;
      while (s > b && v - s < 9 && !tokens_[s - 1].comma_after) --s;
      // Take the shortest suffix that parses as a subject: "But he said" -> "he".
      for (int start = v - 1; start >= s; --start) {
        Subject subj =
            ParseSubject(text_, lower_, absl::MakeConstSpan(tokens_).subspan(start, v - start));
        if (subj.kind == Subject::Kind::kPronoun) return subj;
        if (subj.kind == Subject::Kind::kName && (start == s || !tokens_[start - 1].capitalized)) {
          // Extend over titles: "Foreign Minister Sergei Lavrov said".
          int t = start;
          while (t > s &&
                 (tokens_[t - 1].capitalized || IsTitleWord(LowerWord(lower_, tokens_[t - 1]))))
            --t;
          return ParseSubject(text_, lower_, absl::MakeConstSpan(tokens_).subspan(t, v - t));
        }
      }
      return NameAfter(v + 1, e);
    }
    // "Lavrov: "…"
    if (tokens_[e - 1].colon_after && e - b <= 5) {
      return ParseSubject(text_, lower_, absl::MakeConstSpan(tokens_).subspan(b, e - b));
    }
    return Subject();
  }

  // A quote opens a statement when it starts its paragraph or sentence, follows a colon, or
  // is itself the continuation of a split quote; `asked if he was a "bad example,"` does not.
  bool OpensStatement(size_t q) const {
    if (group_[q] != static_cast<int>(q)) return true;
    const int start = QuoteStartToken(q);
    if (start == 0) return true;
    const WordToken& before = tokens_[start - 1];
    if (before.quote >= 0) return true;  // Right after another quote (“ ‘Li’—the l.”).
    return before.paragraph != tokens_[start].paragraph || before.sentence_end ||
           before.colon_after;
  }

  // "…," X said. "…"  /  "…," X said, "…": the previous quote stops at a comma or dash and
  // the words between the two are one attribution clause (a speech verb, no sentence end
  // before its last word). Two statements in one paragraph, or a quote after a title, are
  // not one split quote.
  bool IsSplitContinuation(size_t q) const {
    const QuoteSpan& prev = quotes_[q - 1];
    if (prev.last_paragraph != quotes_[q].first_paragraph) return false;
    if (!EndsMidStatement(text_, prev)) return false;
    if (!OpensStatement(q - 1)) return false;
    const int b = QuoteEndToken(q - 1), e = QuoteStartToken(q);
    if (e - b <= 0 || e - b > kMaxAttributionWords) return false;
    bool verb = false;
    for (int i = b; i < e; ++i) {
      if (tokens_[i].quote >= 0) return false;
      if (tokens_[i].sentence_end && i + 1 < e) return false;
      const absl::string_view w = LowerWord(lower_, tokens_[i]);
      verb |= IsSpeechVerb(w) || (w == "according" && i + 1 < e);
    }
    return verb;
  }

  std::optional<std::string> Resolve(size_t q, const Subject& s, int position) const {
    switch (s.kind) {
      case Subject::Kind::kNone:
        return std::nullopt;
      case Subject::Kind::kOrganization:
        return s.name;
      case Subject::Kind::kName:
        return FullName(s.name);
      case Subject::Kind::kPronoun:
        return ResolvePronoun(q, position);
      case Subject::Kind::kDescription:
        return ResolveDescription(s.titles, position);
    }
    return std::nullopt;
  }

  // "Lavrov" -> "Sergei Lavrov" when the article introduced him.
  std::string FullName(const std::string& name) const {
    if (name.find(' ') != std::string::npos) return name;
    for (const Person& p : people_) {
      if (Surname(p.name) == name) return p.name;
    }
    return name;
  }

  // The first person named in the nearest sentence before `position` that names someone.
  std::optional<std::string> ResolvePronoun(size_t q, int position) const {
    std::vector<Mention> events;
    for (const Mention& m : mentions_) {
      if (m.token < position && (tokens_[m.token].quote < 0)) events.push_back(m);
    }
    for (const Mention& m : speaker_events_) {
      if (m.token < position && tokens_[m.token].quote != static_cast<int>(q)) events.push_back(m);
    }
    if (events.empty()) return std::nullopt;
    int best_sentence = -1;
    for (const Mention& m : events) best_sentence = std::max(best_sentence, sentence_[m.token]);
    const Mention* first = nullptr;
    for (const Mention& m : events) {
      if (sentence_[m.token] == best_sentence && (first == nullptr || m.token < first->token)) {
        first = &m;
      }
    }
    return FullName(first->person);
  }

  // "the German foreign minister" -> the person introduced with all those title words;
  // the most recently mentioned one when several fit.
  std::optional<std::string> ResolveDescription(const std::vector<std::string>& words,
                                                int position) const {
    std::optional<std::string> best;
    int best_token = -1;
    for (const Person& p : people_) {
      bool fits = true;
      for (const std::string& w : words) {
        if (std::find(p.titles.begin(), p.titles.end(), w) == p.titles.end()) fits = false;
      }
      if (!fits) continue;
      int last = -1;
      for (const Mention& m : mentions_) {
        if (m.person == p.name && m.token < position) last = std::max(last, m.token);
      }
      for (const Mention& m : speaker_events_) {
        if (m.person == p.name && m.token < position) last = std::max(last, m.token);
      }
      if (last > best_token) {
        best_token = last;
        best = p.name;
      }
    }
    return best;
  }

  absl::string_view text_;
  std::string lower_;  // text_ lower-cased (ASCII), same byte offsets.
  const std::vector<Span>& paragraphs_;
  const std::vector<QuoteSpan>& quotes_;
  std::vector<WordToken> tokens_;
  std::vector<int> sentence_;
  std::vector<Person> people_;
  std::vector<Mention> mentions_;
  std::vector<Mention> speaker_events_;
  std::vector<int> quote_first_token_, quote_last_token_;
  std::vector<int> group_;  // Split-quote group of each quote, filled in quote order.
};

}  // namespace

std::vector<QuoteAttribution> AttributeSpeakers(absl::string_view text,
                                                const std::vector<Span>& paragraphs,
                                                const std::vector<QuoteSpan>& quotes) {
  if (quotes.empty()) return {};
  return Attributor(text, paragraphs, quotes).Run();
}

}  // namespace claimdup
