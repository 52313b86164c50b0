#include "extract/claim_extractor.h"

// Inlined: the hot loops hash a few bytes at a time, where a call costs as much as the hash.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "extract/bullet_lines.h"
#include "extract/link_boxes.h"
#include "extract/paragraphs.h"
#include "extract/quoted_titles.h"
#include "extract/sentence_quotes.h"
#include "extract/sentences.h"
#include "extract/speakers.h"

namespace claimdup {

ExtractCounts& ExtractCounts::operator+=(const ExtractCounts& o) {
  paragraphs += o.paragraphs;
  menu_lines += o.menu_lines;
  quotes_found += o.quotes_found;
  short_skipped += o.short_skipped;
  unbalanced += o.unbalanced;
  overlong += o.overlong;
  titles += o.titles;
  link_boxes += o.link_boxes;
  tweet_dated += o.tweet_dated;
  claims += o.claims;
  return *this;
}

namespace {

// Parts of a split quote shorter than this are interjections ("No," "Today,"), not claims.
constexpr int kMinSplitPartWords = 3;

uint64_t HashParagraph(absl::string_view text, Span p) {
  const absl::string_view s = p.In(text);
  return XXH3_64bits(s.data(), s.size());
}

// Paragraph hashes computed once per paragraph, on first use: a paragraph holding many
// quotes is hashed once, not once per quote (which was quadratic in a long paragraph).
class ParagraphHashes {
 public:
  ParagraphHashes(absl::string_view text, const std::vector<Span>& paragraphs)
      : text_(text),
        paragraphs_(paragraphs),
        hashes_(paragraphs.size()),
        known_(paragraphs.size(), false) {}
  uint64_t Get(uint32_t p) {
    if (!known_[p]) {
      hashes_[p] = HashParagraph(text_, paragraphs_[p]);
      known_[p] = true;
    }
    return hashes_[p];
  }

 private:
  absl::string_view text_;
  const std::vector<Span>& paragraphs_;
  std::vector<uint64_t> hashes_;
  std::vector<bool> known_;
};

std::vector<ExtractedClaim> ExtractQuoteClaims(absl::string_view text,
                                               const std::vector<Span>& paragraphs,
                                               const std::vector<bool>& menu,
                                               const ExtractOptions& options,
                                               ExtractCounts* counts) {
  QuoteScanCounts scan;
  std::vector<QuoteSpan> quotes = FindQuotes(text, paragraphs, options.quotes, &scan);
  counts->unbalanced += scan.unbalanced;
  counts->overlong += scan.overlong;
  counts->quotes_found += quotes.size();
  counts->titles += DropQuotedTitles(text, paragraphs, &quotes);
  const std::vector<QuoteAttribution> who = AttributeSpeakers(text, paragraphs, quotes);
  // Headlines introduced as such are no claims but stay quotes for attribution (quoted_titles.h).
  std::vector<bool> headline(quotes.size());
  for (size_t q = 0; q < quotes.size(); ++q) {
    headline[q] = IsHeadlineQuote(text, paragraphs[quotes[q].first_paragraph], quotes[q]);
    counts->titles += headline[q];
  }

  // Words per quote group, so the parts of a split quote are judged together.
  std::vector<int> words(quotes.size()), group_words(quotes.size(), 0);
  for (size_t q = 0; q < quotes.size(); ++q) {
    words[q] = quotes[q].words;  // Counted by FindQuotes in the same text.
    if (words[q] < 0) {
      words[q] = 0;
      for (const Span& s : quotes[q].pieces) words[q] += CountWords(s.In(text));
    }
    group_words[who[q].group] += words[q];
  }
  std::vector<ExtractedClaim> claims;
  std::vector<int> claim_index(quotes.size(), -1);
  ParagraphHashes paragraph_hash(text, paragraphs);
  for (size_t q = 0; q < quotes.size(); ++q) {
    // Navigation/headline lines and quoted headlines: no claims.
    if (menu[quotes[q].first_paragraph] || headline[q]) continue;
    // A group under min_words is no claim; nor is a one- or two-word part of a longer group
    // ("No," Trump said. "Nobody even told me…"): on its own it would match every "No".
    if (group_words[who[q].group] < options.min_words || words[q] == 0 ||
        (words[q] < kMinSplitPartWords && words[q] < group_words[who[q].group])) {
      ++counts->short_skipped;
      continue;
    }
    ExtractedClaim c;
    c.span = quotes[q].content;
    c.text = QuoteText(text, quotes[q]);
    c.speaker = who[q].speaker;
    c.words = words[q];
    c.paragraph_hash = paragraph_hash.Get(quotes[q].first_paragraph);
    const int first = claim_index[who[q].group];
    c.group = first >= 0 ? first : static_cast<int>(claims.size());
    claim_index[q] = static_cast<int>(claims.size());
    if (first < 0) claim_index[who[q].group] = claim_index[q];
    claims.push_back(std::move(c));
  }
  return claims;
}

std::vector<ExtractedClaim> ExtractSentenceClaims(absl::string_view text,
                                                  const std::vector<Span>& paragraphs,
                                                  const std::vector<bool>& menu,
                                                  const ExtractOptions& options,
                                                  ExtractCounts* counts) {
  std::vector<ExtractedClaim> claims;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    if (menu[p]) continue;
    const uint64_t hash = HashParagraph(text, paragraphs[p]);
    for (Span s : SplitSentences(text, paragraphs[p])) {
      s = TrimUnbalancedQuotes(text, s);
      const int words = CountWords(s.In(text));
      if (words < options.min_words) {
        ++counts->short_skipped;
        continue;
      }
      ExtractedClaim c;
      c.span = s;
      c.text = BalanceQuoteMarks(s.In(text));
      c.words = words;
      c.paragraph_hash = hash;
      c.group = static_cast<int>(claims.size());
      claims.push_back(std::move(c));
    }
  }
  return claims;
}

}  // namespace

std::vector<ExtractedClaim> ExtractClaims(absl::string_view text, const ExtractOptions& options,
                                          ExtractCounts* counts) {
  // Related-link boxes are blanked in a copy (offsets stay valid), only where one may be.
  std::string blanked;
  int boxes = 0;
  if (MayHaveLinkBoxes(text)) {
    blanked.assign(text.data(), text.size());
    boxes = BlankLinkBoxes(&blanked);
    if (boxes > 0) text = blanked;
  }
  counts->link_boxes += boxes;
  const std::vector<Span> paragraphs = SplitParagraphs(text);
  std::vector<bool> menu(paragraphs.size());
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    menu[p] = IsMenuLike(paragraphs[p].In(text), options.min_words);
    counts->menu_lines += menu[p];
  }
  if (options.unit == ClaimUnit::kSentences) {
    counts->menu_lines -= KeepBulletSummaries(text, paragraphs, options.min_words, &menu);
  }
  counts->paragraphs += paragraphs.size();
  std::vector<ExtractedClaim> claims =
      options.unit == ClaimUnit::kQuotes
          ? ExtractQuoteClaims(text, paragraphs, menu, options, counts)
          : ExtractSentenceClaims(text, paragraphs, menu, options, counts);
  if (boxes > 0) {
    for (ExtractedClaim& c : claims) c.text = CollapseSpaces(c.text);
  }
  counts->claims += claims.size();
  return claims;
}

}  // namespace claimdup
