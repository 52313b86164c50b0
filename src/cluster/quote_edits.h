// How each outlet edited a quote: a member's wording against its cluster's root wording.
//
// Both wordings are compared as normalized words (text/normalize.h: case, punctuation,
// quote marks, contractions and spelling variants are not edits). An excerpt is compared
// with the words of the root it covers (ClusterRelations::root_begin/root_end); root words
// left out before or after it are a truncated start or end; the words in between are
// diffed with Myers' O((N+M)D) algorithm, bounded at kMaxEditDistance (past it the middle
// counts as one replaced block), so a 40-word quote costs a few hundred steps.
#ifndef CLAIMDUP_CLUSTER_QUOTE_EDITS_H_
#define CLAIMDUP_CLUSTER_QUOTE_EDITS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "cluster/cluster_summary.h"
#include "cluster/clusterer.h"
#include "core/claim_table.h"
#include "text/shingle.h"

namespace claimdup {

// Beyond this many inserted + deleted words the diff stops and the rest is one block.
inline constexpr int kMaxEditDistance = 64;

// One member's edit. Plain value, 10 bytes: one per claim of a run.
struct QuoteEdit {
  bool known = false;            // False for claims in no reported cluster.
  bool truncated_start = false;  // Root words before the member's first word left out.
  bool truncated_end = false;    // Root words after its last word left out.
  bool ellipsis = false;         // Words left out and the member marks it ("..." or "…").
  uint16_t replaced = 0;         // Root words replaced by other words (pairwise).
  uint16_t dropped = 0;          // Root words left out inside the quote.
  uint16_t added = 0;            // Words the member has and the root does not.

  bool verbatim() const { return known && !truncated_start && !truncated_end && !changed(); }
  bool changed() const { return replaced + dropped + added > 0; }
};

// The compact form written to quotes.jsonl: "verbatim"; else comma-separated parts among
// "excerpt" (both ends cut) or "truncated_start" / "truncated_end", "ellipsis",
// "replaced:N", "dropped:N", "added:N". "" when !known.
std::string EditName(const QuoteEdit& e);

// Reused buffers of DiffWords: a run diffs millions of members without allocating.
struct DiffScratch {
  std::vector<int> frontier;  // Furthest x per diagonal.
  std::vector<int> trace;     // The frontier before each step, for the walk back.
  std::vector<uint8_t> ops;
};

// The edit turning `root` into `member` (normalized word tokens). `ellipsis_in_text` says
// whether the member's original text holds an ellipsis. Root words before the first shared
// word (after the last) are a truncation; member words there are added, and with
// `cut_start` (`cut_end`: `root` is a slice of a longer root that starts before it) they
// do not pair with root words as replacements. Cost O((N+M) * min(D, 64)).
QuoteEdit DiffWords(absl::Span<const WordToken> root, absl::Span<const WordToken> member,
                    bool ellipsis_in_text, DiffScratch* scratch, bool cut_start = false,
                    bool cut_end = false);

// Whether `text` holds "..." or "…".
bool HasEllipsis(absl::string_view text);

// Reused buffers of RootWords and EditOfMember.
struct EditScratch {
  DiffScratch diff;
  std::string normalized;
  std::vector<WordToken> member;
};

// The normalized words of cluster `c`'s root wording, which its members are diffed against.
void RootWords(const ClaimTable& claims, const ClusterRelations& relations, const ClusterInfo& c,
               EditScratch* scratch, std::vector<WordToken>* root);
// The same from the root wording's text (RootText, cluster/cluster_summary.h).
void RootWordsOfText(absl::string_view root_text, EditScratch* scratch,
                     std::vector<WordToken>* root);

// Where member `m` is diffed in its root's words: an excerpt or part located in the root
// (`relations` describes every claim) the words [root_begin, root_end) it covers, else none
// (0, 0: the whole root).
struct RootSlice {
  uint32_t begin = 0, end = 0;
};
RootSlice RootSliceOf(const ClusterRelations& relations, size_t num_claims, uint32_t m);

// The edit of a member whose text is `text` against its root's words `root`, diffed in
// `slice`: what ComputeQuoteEdits gives each member. A distributed run computes it on the
// rank that holds the member's text.
QuoteEdit EditOfMember(absl::Span<const WordToken> root, absl::string_view text, RootSlice slice,
                       EditScratch* scratch);

// The edit of every member of `clusters` against its cluster's root wording (per claim;
// claims outside `clusters` stay !known). Reads each member's text once, cluster by cluster;
// `threads` threads take contiguous shares of the clusters (the result does not depend on it).
std::vector<QuoteEdit> ComputeQuoteEdits(const ClaimTable& claims,
                                         const std::vector<ClusterInfo>& clusters,
                                         const ClusterRelations& relations, int threads = 1);

}  // namespace claimdup

#endif  // CLAIMDUP_CLUSTER_QUOTE_EDITS_H_
