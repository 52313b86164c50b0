// Who had a quote first: the rule that keeps a generic short phrase, printed long before a
// statement ("What the hell is going on?" five months before Trump's December 2015 words),
// from being credited as the statement's first appearance. One rule for every report that
// names a cluster's first member: `run`'s clusters (cluster/cluster_summary.h) and the
// index's clusters.jsonl (report/index_reports.h), which know "carries the root's wording"
// differently (a variant of the root, or the longest member) but decide the same way.
#ifndef CLAIMDUP_CORE_FIRST_CREDIT_H_
#define CLAIMDUP_CORE_FIRST_CREDIT_H_

#include <cstddef>
#include <cstdint>

#include "absl/container/flat_hash_set.h"
#include "core/day_number.h"

namespace claimdup {

// How long before the earliest member carrying the root's wording a short excerpt may be
// dated and still be the cluster's first. On the dev half, of 30 first credits read that a
// short excerpt lost to a later long member, 14 of the 16 within 30 days were the line's real
// first report (the longer wording printed days later); of the 14 beyond, 11 were stock
// phrases said earlier by others ("the point of no return", "Hope is not a strategy").
constexpr int32_t kShortFirstLeadDays = 30;

// The cluster's first member among members 0..n-1 (in id order), given `earliest`, its
// earliest dated member (ties: the smaller). When `earliest` does not carry the root's
// wording and is dated more than kShortFirstLeadDays before every dated member that does, it
// is a phrase said before the statement: the first is then the earliest member that carries
// the wording, is dated no earlier than that lead, or credits a speaker of those members (a
// line its own speaker said first). `day_of(k)` is a DayNumber (kUndated allowed),
// `carries(k)` whether member k carries the root's wording, `speaker_of(k)` a hashable
// speaker key equal to `no_speaker` when none. Linear in n.
template <typename Key, typename DayOf, typename Carries, typename SpeakerOf>
size_t FirstAppearance(size_t n, size_t earliest, const DayOf& day_of, const Carries& carries,
                       const SpeakerOf& speaker_of, const Key& no_speaker,
                       absl::flat_hash_set<Key>* long_speakers) {
  if (carries(earliest)) return earliest;
  long_speakers->clear();
  int32_t long_day = kUndated;
  for (size_t k = 0; k < n; ++k) {
    if (!carries(k)) continue;
    if (speaker_of(k) != no_speaker) long_speakers->insert(speaker_of(k));
    const int32_t day = day_of(k);
    if (day != kUndated && (long_day == kUndated || day < long_day)) long_day = day;
  }
  // Nothing dated carries the wording: no date to hold the short member's against.
  if (long_day == kUndated) return earliest;
  auto may_be_first = [&](size_t k) {
    const int32_t day = day_of(k);
    return day != kUndated &&
           (day >= long_day - kShortFirstLeadDays || carries(k) ||
            (speaker_of(k) != no_speaker && long_speakers->contains(speaker_of(k))));
  };
  if (may_be_first(earliest)) return earliest;
  size_t first = n;  // A dated member carries the wording: one is found.
  for (size_t k = 0; k < n; ++k) {
    if (may_be_first(k) && (first == n || day_of(k) < day_of(first))) first = k;
  }
  return first;
}

}  // namespace claimdup

#endif  // CLAIMDUP_CORE_FIRST_CREDIT_H_
