#include "extract/attribution_tokens.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "extract/person_names.h"
#include "text/ascii_lower.h"

namespace claimdup {
namespace {

// "…discussion." Lavrov said: a speech verb this close after a quote makes the words after
// it an attribution, not a new sentence.
constexpr int kAttributionVerbLookahead = 8;
// `"…?" Oversight and Reform Committee Chairwoman Carolyn B. Maloney (D-N.Y.) said.`: further
// on, up to this many words, when every word before the verb belongs to a titled name
// (nineteenth round (d)).
constexpr int kTitledAttributionVerbLookahead = 14;

// True for the lower-case words inside a title or a body's name: `Secretary of State for East
// Asian and Pacific Affairs`, `Office of Management and Budget Director`.
bool IsTitleJoiner(absl::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "on" || w == "&";
}

std::vector<Span> ParagraphsUpToLastQuote(const std::vector<Span>& paragraphs,
                                          const std::vector<QuoteSpan>& quotes) {
  const size_t last = quotes.empty() ? 0 : quotes.back().last_paragraph + 1;
  return std::vector<Span>(paragraphs.begin(),
                           paragraphs.begin() + std::min(last, paragraphs.size()));
}

// The text up to the end of the last paragraph tokenized: no token lies past it.
absl::string_view TokenizedText(absl::string_view text, const std::vector<Span>& paragraphs,
                                const std::vector<QuoteSpan>& quotes) {
  const size_t last = quotes.empty() ? 0 : quotes.back().last_paragraph + 1;
  const size_t kept = std::min(last, paragraphs.size());
  return text.substr(0, kept == 0 ? 0 : paragraphs[kept - 1].end);
}

}  // namespace

ArticleTokens::ArticleTokens(absl::string_view text, const std::vector<Span>& paragraphs,
                             const std::vector<QuoteSpan>& quotes)
    : text_(text),
      quotes_(quotes),
      tokens_(TokenizeWords(text, ParagraphsUpToLastQuote(paragraphs, quotes), quotes)) {
  const absl::string_view tokenized = TokenizedText(text, paragraphs, quotes);
  lower_buffer_.reset(new char[tokenized.size()]);
  AsciiLowerInto(tokenized, lower_buffer_.get());
  lower_ = absl::string_view(lower_buffer_.get(), tokenized.size());
  AssignSentences();
  const int n = size();
  quote_start_.assign(quotes.size(), -1);
  quote_end_.assign(quotes.size(), -1);
  for (int i = 0; i < n; ++i) {
    const int q = tokens_[i].quote;
    if (q < 0) continue;
    if (quote_start_[q] < 0) quote_start_[q] = i;
    quote_end_[q] = i + 1;
  }
  // Quotes without words: the first token after the opening mark (binary search, since
  // tokens are in text order).
  for (size_t q = 0; q < quotes.size(); ++q) {
    if (quote_start_[q] >= 0) continue;
    const uint32_t mark = quotes[q].marks.begin;
    const auto it =
        std::lower_bound(tokens_.begin(), tokens_.end(), mark,
                         [](const WordSpan& t, uint32_t pos) { return t.span.begin < pos; });
    quote_start_[q] = quote_end_[q] = static_cast<int>(it - tokens_.begin());
  }
}

void ArticleTokens::AssignSentences() {
  const int n = size();
  sentence_.reset(new int[n]);
  int s = 0;
  int quote_begin = -1;  // First token of the quote token i is in.
  sentence_begin_.push_back(0);
  for (int i = 0; i < n; ++i) {
    if (tokens_[i].quote >= 0 && (i == 0 || tokens_[i - 1].quote != tokens_[i].quote)) {
      quote_begin = i;
    }
    if (i > 0 && tokens_[i].paragraph != tokens_[i - 1].paragraph && sentence_[i - 1] == s &&
        sentence_begin_[s] != i) {
      ++s;
      sentence_begin_.push_back(i);
    }
    sentence_[i] = s;
    bool ends = tokens_[i].sentence_end && tokens_[i].quote < 0;
    // A quote ending a sentence: `…discussion."` ends it unless attribution follows.
    if (tokens_[i].quote >= 0 && tokens_[i].sentence_end && i + 1 < n &&
        tokens_[i + 1].quote != tokens_[i].quote && tokens_[i + 1].capitalized &&
        (IsCapitalizedPronoun(i + 1) || !LooksLikeAttributionStart(i + 1) ||
         QuotedAfterThat(quote_begin, s) || QuotedAfterSpeechVerb(quote_begin, s))) {
      ends = true;
    }
    if (ends && i + 1 < n) {
      ++s;
      sentence_begin_.push_back(i + 1);
    }
  }
}

// True when the quote starting at token `begin` follows "that" in sentence s (`William Taylor
// said in a statement that "…rights." Lerner has said …`): its speech verb came before it, so
// a capitalized word after its closing period opens another sentence.
bool ArticleTokens::QuotedAfterThat(int begin, int s) const {
  return begin > 0 && tokens_[begin - 1].quote < 0 && sentence_[begin - 1] == s &&
         Lower(begin - 1) == "that";
}

// True when a speech verb stands before the quote starting at token `begin` in sentence s, at
// most kMaxQuoteHeadWords words back (`Adam Schiff, D-Calif., who led the House impeachment
// inquiry, said "…risk." House Speaker Nancy Pelosi, D-Calif., said the firing …`, `At one
// point Stephanopoulos said, "…tax increase?" Obama replied`): the quote has its attribution
// before it, so the capitalized words after its closing period open another sentence, however
// much they look like an attribution. Not a participle opening the sentence (`Asked about …,
// "…." Trump said`), which has no subject of its own.
bool ArticleTokens::QuotedAfterSpeechVerb(int begin, int s) const {
  if (begin <= 0 || sentence_[begin - 1] != s) return false;
  const int first = sentence_begin_[s];
  for (int k = begin - 1; k >= first && k >= begin - kMaxQuoteHeadWords; --k) {
    // `Turnberry, Politico reports . "…"`: a period standing apart ends a sentence too.
    if (DetachedStopAfter(k)) return false;
    if (tokens_[k].quote >= 0 || !IsSpeechVerb(Lower(k))) continue;
    if (k == first && (Lower(k) == "asked" || Lower(k) == "told")) continue;
    // `One bullet in the notes reads, "…"`: a noun, not a verb.
    if (k > first && IsDeterminerBefore(k)) continue;
    return true;
  }
  return false;
}

// True when a sentence mark stands alone, after a space, between token k and the next.
bool ArticleTokens::DetachedStopAfter(int k) const {
  const absl::string_view gap = GapAfter(k);
  for (size_t i = 1; i < gap.size(); ++i) {
    if ((gap[i] == '.' || gap[i] == '!' || gap[i] == '?') && gap[i - 1] == ' ') return true;
  }
  return false;
}

// True when the word before token k is an article or a possessive pronoun: `the notes`.
bool ArticleTokens::IsDeterminerBefore(int k) const {
  const absl::string_view w = Lower(k - 1);
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" ||
         w == "its" || w == "our" || w == "my" || w == "your";
}

// `…that." He added` starts a sentence; `…that," he added` (lower case) would not.
bool ArticleTokens::IsCapitalizedPronoun(int i) const {
  const absl::string_view w = Word(i);
  return w == "He" || w == "She" || w == "They" || w == "It" || w == "We" || w == "I";
}

bool ArticleTokens::LooksLikeAttributionStart(int i) const {
  // `…even politics.” And Sanders echoed that sentiment, saying, “…”`: a conjunction opens a
  // sentence of its own; an attribution never starts with one (fifteenth round (a)).
  const absl::string_view first = Lower(i);
  if (first == "and" || first == "but" || first == "yet" || first == "so" || first == "or") {
    return false;
  }
  // Past kAttributionVerbLookahead words only a titled name goes on: capitalized words, the
  // joiners inside titles, a party tag (`(D-N.Y.)`, `, D-W.Va.,`); no other comma.
  bool titled = true;
  for (int j = i; j < size() && j < i + kTitledAttributionVerbLookahead; ++j) {
    if (tokens_[j].quote >= 0) return false;
    if (IsSpeechVerb(Lower(j))) {
      // Past the usual reach the verb must end the attribution (`… Carolyn B. Maloney said.`):
      // `… Director of Clinical Research and Quality Vaile Wright told BuzzFeed News Friday
      // that …` is news of its own.
      if (j >= i + kAttributionVerbLookahead) {
        return tokens_[j].sentence_end || tokens_[j].comma_after;
      }
      return !SaysAClause(j);
    }
    if (tokens_[j].sentence_end) return false;
    titled = titled &&
             (tokens_[j].capitalized || tokens_[j].in_parens || IsTitleJoiner(Lower(j))) &&
             (!tokens_[j].comma_after || tokens_[j].in_parens ||
              (j + 1 < size() && tokens_[j + 1].in_parens));
    if (!titled && j + 1 >= i + kAttributionVerbLookahead) return false;
  }
  return false;
}

// True when the speech verb at token v goes on to a clause of its own (`…Constitution.”
// Idaho Attorney General Lawrence Wasden said he would consult …`, `said that …`): reported
// speech opening a new sentence, not the attribution of the quote before it.
bool ArticleTokens::SaysAClause(int v) const {
  if (v + 1 >= size() || tokens_[v].comma_after || tokens_[v].sentence_end ||
      tokens_[v + 1].quote >= 0 || tokens_[v + 1].sentence_end ||
      tokens_[v + 1].paragraph != tokens_[v].paragraph) {
    return false;
  }
  const absl::string_view w = Lower(v + 1);
  return w == "that" || w == "he" || w == "she" || w == "they" || w == "it" || w == "we";
}

bool ArticleTokens::IsQuotedPhrase(int q) const {
  const int b = quote_start_[q];
  const int e = quote_end_[q];
  if (b <= 0 || e <= b || e - b > kMaxQuotedPhraseWords || e >= size()) return false;
  const WordSpan& before = tokens_[b - 1];
  const WordSpan& last = tokens_[e - 1];
  const WordSpan& after = tokens_[e];
  if (before.quote >= 0 || after.quote >= 0 || before.capitalized || after.capitalized ||
      before.comma_after || before.colon_after || before.sentence_end || last.comma_after ||
      last.colon_after || last.sentence_end) {
    return false;
  }
  return before.paragraph == after.paragraph && sentence_[b - 1] == sentence_[e];
}

std::string ArticleTokens::Join(int b, int e) const {
  std::vector<absl::string_view> parts;
  for (int i = b; i < e; ++i) parts.push_back(Word(i));
  return absl::StrJoin(parts, " ");
}

}  // namespace claimdup
