#include "cluster/quote_edits.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "text/normalize.h"
#include "util/run_on_threads.h"

namespace claimdup {
namespace {

enum Op : uint8_t { kMatch, kDelete, kInsert };

uint16_t Clamp16(size_t n) { return static_cast<uint16_t>(std::min<size_t>(n, UINT16_MAX)); }

// Appends to scratch->ops the edit script of a -> b (Myers, forward pass with the trace
// kept for the walk back). False when more than kMaxEditDistance edits are needed.
bool MyersOps(absl::Span<const WordToken> a, absl::Span<const WordToken> b, DiffScratch* s) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  const int max_d = std::min(n + m, kMaxEditDistance);
  const int width = 2 * max_d + 3, offset = max_d + 1;
  s->trace.assign(static_cast<size_t>(width) * (max_d + 1), 0);
  std::vector<int>& v = s->frontier;
  v.assign(width, 0);
  int found = -1;
  for (int d = 0; d <= max_d && found < 0; ++d) {
    std::copy(v.begin(), v.end(), s->trace.begin() + static_cast<size_t>(d) * width);
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                  ? v[offset + k + 1]
                  : v[offset + k - 1] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return false;
  const size_t start = s->ops.size();
  int x = n, y = m;
  for (int d = found; d >= 0; --d) {
    const int* tv = s->trace.data() + static_cast<size_t>(d) * width;
    const int k = x - y;
    const int prev_k =
        (k == -d || (k != d && tv[offset + k - 1] < tv[offset + k + 1])) ? k + 1 : k - 1;
    const int prev_x = tv[offset + prev_k], prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      s->ops.push_back(kMatch);
      --x, --y;
    }
    if (d > 0) s->ops.push_back(x == prev_x ? kInsert : kDelete);
    x = prev_x, y = prev_y;
  }
  std::reverse(s->ops.begin() + start, s->ops.end());
  return true;
}

}  // namespace

bool HasEllipsis(absl::string_view text) {
  return absl::StrContains(text, "...") || absl::StrContains(text, "\xE2\x80\xA6") ||
         absl::StrContains(text, ". . .");
}

std::string EditName(const QuoteEdit& e) {
  if (!e.known) return "";
  if (e.verbatim()) return "verbatim";
  std::string out;
  auto part = [&](absl::string_view p) { absl::StrAppend(&out, out.empty() ? "" : ",", p); };
  if (e.truncated_start && e.truncated_end) {
    part("excerpt");
  } else if (e.truncated_start) {
    part("truncated_start");
  } else if (e.truncated_end) {
    part("truncated_end");
  }
  if (e.ellipsis) part("ellipsis");
  if (e.replaced) part(absl::StrCat("replaced:", e.replaced));
  if (e.dropped) part(absl::StrCat("dropped:", e.dropped));
  if (e.added) part(absl::StrCat("added:", e.added));
  return out;
}

QuoteEdit DiffWords(absl::Span<const WordToken> root, absl::Span<const WordToken> member,
                    bool ellipsis_in_text, DiffScratch* s, bool cut_start, bool cut_end) {
  QuoteEdit e;
  e.known = true;
  // Anchor the member in the root by its first and last three words, so an excerpt is
  // read as a cut, not as words dropped around an early match of a common word ("I").
  const size_t k = std::min<size_t>(3, member.size());
  if (k > 0 && member.size() < root.size()) {
    auto at = [&](size_t p, size_t m) {
      return std::equal(member.begin() + m, member.begin() + m + k, root.begin() + p);
    };
    size_t lo = root.size(), hi = 0;
    for (size_t p = 0; p + k <= root.size(); ++p) {
      if (at(p, 0)) {
        lo = p;
        break;
      }
    }
    for (size_t p = root.size() - k + 1; p-- > 0 && lo < root.size() && p >= lo;) {
      if (at(p, member.size() - k)) {
        hi = p + k;
        break;
      }
    }
    if (lo < root.size() && hi > lo && (lo > 0 || hi < root.size())) {
      QuoteEdit inner = DiffWords(root.subspan(lo, hi - lo), member, ellipsis_in_text, s,
                                  cut_start || lo > 0, cut_end || hi < root.size());
      inner.truncated_start |= lo > 0;
      inner.truncated_end |= hi < root.size();
      inner.ellipsis =
          ellipsis_in_text && (inner.dropped > 0 || inner.truncated_start || inner.truncated_end);
      return inner;
    }
  }
  size_t prefix = 0;
  while (prefix < root.size() && prefix < member.size() && root[prefix] == member[prefix]) {
    ++prefix;
  }
  size_t suffix = 0;
  while (suffix < root.size() - prefix && suffix < member.size() - prefix &&
         root[root.size() - 1 - suffix] == member[member.size() - 1 - suffix]) {
    ++suffix;
  }
  const auto a = root.subspan(prefix, root.size() - prefix - suffix);
  const auto b = member.subspan(prefix, member.size() - prefix - suffix);
  s->ops.clear();
  s->ops.insert(s->ops.end(), prefix, kMatch);
  if (!MyersOps(a, b, s)) {  // Too different: the middle is one replaced block.
    s->ops.insert(s->ops.end(), a.size(), kDelete);
    s->ops.insert(s->ops.end(), b.size(), kInsert);
  }
  s->ops.insert(s->ops.end(), suffix, kMatch);
  // Runs of deletions and insertions between matches: a run of deletions alone at either
  // end is a truncation; inside, deletions and insertions pair up as replaced words.
  const size_t n = s->ops.size();
  for (size_t i = 0; i < n;) {
    if (s->ops[i] == kMatch) {
      ++i;
      continue;
    }
    size_t j = i, del = 0, ins = 0;
    for (; j < n && s->ops[j] != kMatch; ++j) (s->ops[j] == kDelete ? del : ins) += 1;
    const bool leading = i == 0 && j < n, trailing = j == n && i > 0;
    if ((leading && (ins == 0 || cut_start)) || (trailing && (ins == 0 || cut_end))) {
      // Root words before the first (after the last) shared word were not quoted; words
      // only the member has there were added ("In fact, ...").
      (leading ? e.truncated_start : e.truncated_end) |= del > 0;
      e.added = Clamp16(e.added + ins);
    } else {
      const size_t paired = std::min(del, ins);
      e.replaced = Clamp16(e.replaced + paired);
      e.dropped = Clamp16(e.dropped + del - paired);
      e.added = Clamp16(e.added + ins - paired);
    }
    i = j;
  }
  e.ellipsis = ellipsis_in_text && (e.dropped > 0 || e.truncated_start || e.truncated_end);
  return e;
}

void RootWords(const ClaimTable& claims, const ClusterRelations& relations, const ClusterInfo& c,
               EditScratch* scratch, std::vector<WordToken>* root) {
  RootWordsOfText(RootText(claims, relations, c), scratch, root);
}

void RootWordsOfText(absl::string_view root_text, EditScratch* scratch,
                     std::vector<WordToken>* root) {
  NormalizeForMatching(root_text, NormalizeOptions(), &scratch->normalized);
  WordTokens(scratch->normalized, root);
}

RootSlice RootSliceOf(const ClusterRelations& relations, size_t num_claims, uint32_t m) {
  if (relations.relation.size() != num_claims || relations.relation[m] == Relation::kVariant ||
      relations.root_end[m] <= relations.root_begin[m]) {
    return RootSlice();
  }
  return RootSlice{relations.root_begin[m], relations.root_end[m]};
}

QuoteEdit EditOfMember(absl::Span<const WordToken> root, absl::string_view text, RootSlice slice,
                       EditScratch* scratch) {
  NormalizeForMatching(text, NormalizeOptions(), &scratch->normalized);
  WordTokens(scratch->normalized, &scratch->member);
  // An excerpt located in the root is diffed against the words it covers.
  size_t begin = 0, end = root.size();
  if (slice.end > slice.begin) {
    end = std::min<size_t>(slice.end, root.size());
    begin = std::min<size_t>(slice.begin, end);
  }
  const auto words = root.subspan(begin, end - begin);
  const bool ellipsis = HasEllipsis(text);
  QuoteEdit e = DiffWords(words, scratch->member, ellipsis, &scratch->diff, begin > 0,
                          end < root.size());
  e.truncated_start |= begin > 0;
  e.truncated_end |= end < root.size();
  e.ellipsis = ellipsis && (e.dropped > 0 || e.truncated_start || e.truncated_end);
  return e;
}

std::vector<QuoteEdit> ComputeQuoteEdits(const ClaimTable& claims,
                                         const std::vector<ClusterInfo>& clusters,
                                         const ClusterRelations& relations, int threads) {
  std::vector<QuoteEdit> edits(claims.size());
  threads = std::max(1, threads);
  // Each thread: its own buffers, a contiguous share of the clusters; members are disjoint,
  // so every edits[m] is written by one thread.
  auto work = [&](int t) {
    EditScratch scratch;
    std::vector<WordToken> root;
    size_t read = 0;
    const size_t lo = clusters.size() * t / threads, hi = clusters.size() * (t + 1) / threads;
    for (size_t k = lo; k < hi; ++k) {
      const ClusterInfo& c = clusters[k];
      RootWords(claims, relations, c, &scratch, &root);
      for (const uint32_t m : c.members) {
        if (++read % 4096 == 0) claims.ReleaseText();  // Texts scattered: see ReleaseText.
        edits[m] = EditOfMember(root, claims.text(m), RootSliceOf(relations, claims.size(), m),
                                &scratch);
      }
    }
  };
  RunOnThreads(threads, work);
  claims.ReleaseText();
  return edits;
}

}  // namespace claimdup
