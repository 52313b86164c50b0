// The words of one article as attribution reads them: tokens, sentences, and where each
// quote starts and ends among the tokens.
//
// Built once per article in O(article); every lookup after that is O(1) or O(log tokens),
// so attribution stays linear however many quotes a paragraph holds.
#ifndef CLAIMDUP_EXTRACT_ATTRIBUTION_TOKENS_H_
#define CLAIMDUP_EXTRACT_ATTRIBUTION_TOKENS_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/quotes.h"
#include "extract/text_span.h"
#include "extract/word_tokens.h"

namespace claimdup {

// Most tokens of a quoted phrase run into its sentence (IsQuotedPhrase).
inline constexpr int kMaxQuotedPhraseWords = 3;
// Words before a quote searched for the speech verb that attributes it (`X, who …, said "…"`).
inline constexpr int kMaxQuoteHeadWords = 40;

class ArticleTokens {
 public:
  // Tokenizes the paragraphs of `text` up to the last quote's paragraph (the paragraphs after
  // it are never read). `text`, `paragraphs` and `quotes` must outlive this object.
  ArticleTokens(absl::string_view text, const std::vector<Span>& paragraphs,
                const std::vector<QuoteSpan>& quotes);

  absl::string_view text() const { return text_; }
  // text() lower-cased (ASCII), same offsets, up to the end of the last token's paragraph.
  absl::string_view lower() const { return lower_; }
  const std::vector<QuoteSpan>& quotes() const { return quotes_; }
  const std::vector<WordSpan>& tokens() const { return tokens_; }
  int size() const { return static_cast<int>(tokens_.size()); }
  const WordSpan& operator[](int i) const { return tokens_[i]; }
  absl::string_view Lower(int i) const { return tokens_[i].span.In(lower_); }
  absl::string_view Word(int i) const { return tokens_[i].span.In(text_); }
  // The text between token i and token i + 1 (spaces, punctuation, dashes).
  absl::string_view GapAfter(int i) const {
    return text_.substr(tokens_[i].span.end, tokens_[i + 1].span.begin - tokens_[i].span.end);
  }

  // Sentence index of token i (sentences never cross paragraphs; a quote that ends with a
  // period ends its sentence unless an attribution follows it and none precedes it).
  int Sentence(int i) const { return sentence_[i]; }
  // First token of sentence s.
  int SentenceBegin(int s) const { return sentence_begin_[s]; }
  // One past the last token of sentence s.
  int SentenceEnd(int s) const {
    return s + 1 < static_cast<int>(sentence_begin_.size()) ? sentence_begin_[s + 1] : size();
  }

  // First token of quote q (the first token after its opening mark when it has no words).
  int QuoteStart(int q) const { return quote_start_[q]; }
  // First token after quote q.
  int QuoteEnd(int q) const { return quote_end_[q]; }

  // True when quote q is a few words run into its sentence (`a Tennessee Republican who voted
  // “yes” to break the filibuster`, `called Trump's speech a "manifesto of mistruths" in a
  // statement`): at most kMaxQuotedPhraseWords tokens, with a lower-case word of its sentence
  // right before it and right after it and no punctuation at its edges. The readers of the
  // words around another quote read such a phrase as words of the sentence, not as a quote
  // that ends what they read.
  bool IsQuotedPhrase(int q) const;

  // The words between `b` and `e` joined by single spaces.
  std::string Join(int b, int e) const;

 private:
  void AssignSentences();
  bool LooksLikeAttributionStart(int i) const;
  bool SaysAClause(int v) const;
  bool IsCapitalizedPronoun(int i) const;
  bool QuotedAfterThat(int begin, int s) const;
  bool QuotedAfterSpeechVerb(int begin, int s) const;
  bool DetachedStopAfter(int k) const;
  bool IsDeterminerBefore(int k) const;

  absl::string_view text_;
  // Owned, not a std::string: no zero-fill before the lower-casing writes every byte.
  std::unique_ptr<char[]> lower_buffer_;
  absl::string_view lower_;
  const std::vector<QuoteSpan>& quotes_;
  std::vector<WordSpan> tokens_;
  std::unique_ptr<int[]> sentence_;  // size() entries, each written once (no zero-fill).
  std::vector<int> sentence_begin_;
  std::vector<int> quote_start_, quote_end_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_ATTRIBUTION_TOKENS_H_
