#include "extract/quote_groups.h"

#include "absl/strings/match.h"
#include "extract/person_names.h"

namespace claimdup {
namespace {

// True when `quote` stops mid-statement: a comma or a dash ends its words, inside or right
// after the closing mark.
bool EndsMidStatement(absl::string_view text, const QuoteSpan& quote) {
  for (uint32_t i = quote.content.end; i < quote.marks.end; ++i) {
    if (text[i] == ',') return true;
  }
  if (quote.marks.end < text.size() && text[quote.marks.end] == ',') return true;
  const absl::string_view content = quote.content.In(text);
  return absl::EndsWith(content, "\xE2\x80\x94") || absl::EndsWith(content, "\xE2\x80\x93") ||
         absl::EndsWith(content, "--") || absl::EndsWith(content, " -");
}

// A quote opens a statement when it starts its paragraph or sentence, follows a colon or
// another quote, or continues a group; `asked if he was a "bad example,"` does not.
bool OpensStatement(const ArticleTokens& t, const std::vector<int>& group, int q) {
  if (group[q] != q) return true;
  const int start = t.QuoteStart(q);
  if (start == 0 || start >= t.size()) return true;
  const WordSpan& before = t[start - 1];
  if (before.quote >= 0) return true;
  return before.paragraph != t[start].paragraph || before.sentence_end || before.colon_after;
}

bool IsSplitContinuation(const ArticleTokens& t, const std::vector<int>& group, int q) {
  const QuoteSpan& prev = t.quotes()[q - 1];
  if (prev.last_paragraph != t.quotes()[q].first_paragraph) return false;
  if (!EndsMidStatement(t.text(), prev) || !OpensStatement(t, group, q - 1)) return false;
  const int b = t.QuoteEnd(q - 1), e = t.QuoteStart(q);
  if (e - b <= 0 || e - b > kMaxAttributionWords) return false;
  bool verb = false;
  for (int i = b; i < e; ++i) {
    if (t[i].quote >= 0) return false;
    if (t[i].sentence_end && i + 1 < e) return false;
    const absl::string_view w = t.Lower(i);
    verb |= IsSpeechVerb(w) || (w == "according" && i + 1 < e);
  }
  return verb;
}

}  // namespace

std::vector<int> GroupSplitQuotes(const ArticleTokens& tokens) {
  const int n = static_cast<int>(tokens.quotes().size());
  std::vector<int> group(n);
  for (int q = 0; q < n; ++q) {
    group[q] = q;
    if (q > 0 && IsSplitContinuation(tokens, group, q)) group[q] = group[q - 1];
  }
  return group;
}

}  // namespace claimdup
