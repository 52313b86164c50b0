// LSH banding over MinHash signatures: choosing bands x rows, and candidate pairs.
//
// b bands of r rows are chosen for a similarity threshold t by minimizing the weighted
// false-positive + false-negative area under the S-curve P(s) = 1 - (1 - s^r)^b. Candidate
// pairs come from sorting (band key, item) per band, so the work is linear in the number of
// items times bands, in two 8-byte words per item and thread (a band's entries and their
// sort buffer). A bucket larger than `max_bucket` is not expanded into all its pairs (that
// is quadratic) but each member is paired with its `window` neighbours in signature order,
// so a boilerplate line repeated 100k times costs 100k x window, not 5e9 pairs. Each pair
// is emitted only in the first band its two members share (no de-duplication pass); two
// members of one giant bucket that are not window neighbours there are not paired again in
// a later band — the window chain already connects such a group.
#ifndef CLAIMDUP_INDEX_LSH_H_
#define CLAIMDUP_INDEX_LSH_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <vector>

#include "absl/types/span.h"

namespace claimdup {

struct LshParams {
  int bands = 0;
  int rows = 0;
};

// The (bands, rows) with bands * rows <= num_perms that minimize
// fp_weight * FP(t) + fn_weight * FN(t). Misses weigh more by default: every candidate is
// verified exactly, so a false positive costs a little time, a miss loses a match.
LshParams ChooseBandsRows(int num_perms, double threshold, double fp_weight = 0.1,
                          double fn_weight = 0.9);

// Probability that two items of Jaccard similarity s share at least one band.
double CollisionProbability(double s, LshParams params);

// Stored signatures of items 0..main_count-1 in `main`, then of further items in `extra` (the
// joined texts of split quotes), each num_perms values of `bits` (8 or 16) bits.
struct SignatureView {
  absl::Span<const uint8_t> main;
  absl::Span<const uint8_t> extra;
  int num_perms = 0;
  int bits = 16;
  size_t bytes() const { return static_cast<size_t>(num_perms) * (bits / 8); }
  // `main` holds whole signatures, so comparing byte offsets needs no division (this is
  // read once per item and band by LSH).
  const uint8_t* operator()(uint32_t item) const {
    const size_t at = item * bytes();
    return at < main.size() ? main.data() + at : extra.data() + (at - main.size());
  }
};

// Key of band `band` of a stored signature of `bits`-bit values: the band's values
// themselves when they fit in 64 bits (no collisions), else a seeded hash of them.
uint64_t BandKey(const uint8_t* signature, int bits, LshParams params, int band);

struct CandidateOptions {
  int max_bucket = 64;  // Buckets up to this size give all their pairs.
  int window = 16;      // Larger buckets: each member with this many following neighbours.
  int threads = 1;
};

// Decides whether a candidate pair (a < b) is kept; called from several threads.
using PairFilter = std::function<bool(uint32_t a, uint32_t b)>;

// Candidate pairs (a < b, as a << 32 | b, sorted, unique) among `items`. With a `keep`
// filter, only the pairs it accepts are kept (a cheap test, e.g. the signature estimate,
// applied before the pair is stored) and the others are counted in *dropped.
std::vector<uint64_t> CandidatePairs(const SignatureView& signatures, LshParams params,
                                     absl::Span<const uint32_t> items,
                                     const CandidateOptions& options,
                                     const PairFilter& keep = nullptr, int64_t* dropped = nullptr);

// The pieces of CandidatePairs, for callers that bucket band entries elsewhere (a
// distributed run, pipeline/distributed_lsh.h): the sort entry of `item`'s band `band` (the
// band key folded to 32 bits, above the item), and the pairs of one bucket: the `m` entries
// of one folded key of band `band`, items ascending, as CandidatePairs emits them.
uint64_t BandEntry(const uint8_t* signature, int bits, LshParams params, int band, uint32_t item);
void AddBucketPairs(const uint64_t* bucket, size_t m, const SignatureView& signatures,
                    LshParams params, int band, const CandidateOptions& options,
                    const PairFilter& keep, std::vector<uint64_t>* out, int64_t* dropped);

// The same pieces for a caller that holds only some bands' rows of each signature (a rank
// of a distributed run): a band's bytes (rows x bits / 8), the entry made from band `band`'s
// own bytes `band_rows` (BandEntry's value), whether two signatures' band bytes agree, and
// whether two whole signatures share a band before `band` (AddBucketPairs emits a pair only
// in the first band its members share).
size_t BandBytes(int bits, LshParams params);
uint64_t BandEntryOfRows(const uint8_t* band_rows, int bits, LshParams params, int band,
                         uint32_t item);
bool SameBandRows(const uint8_t* x, const uint8_t* y, size_t band_bytes);
bool ShareBandBefore(const uint8_t* x, const uint8_t* y, int bits, LshParams params, int band);

// The pairs one bucket of `m` entries proposes before its members' rows are compared, the one
// rule CandidatePairs applies: every pair of a bucket of up to options.max_bucket members (in
// entry order), else each member with its options.window following neighbours in the order
// `before` (a strict total order over the members: CandidatePairs orders them by whole
// signature, then id). Calls emit(x, y) with the entries' low halves, once per pair.
template <typename Before, typename Emit>
void ForEachBucketPair(const uint64_t* bucket, size_t m, const CandidateOptions& options,
                       Before before, Emit emit) {
  if (m <= static_cast<size_t>(options.max_bucket)) {
    for (size_t i = 0; i < m; ++i) {
      for (size_t j = i + 1; j < m; ++j) {
        emit(static_cast<uint32_t>(bucket[i]), static_cast<uint32_t>(bucket[j]));
      }
    }
    return;
  }
  // Giant bucket: similar members sit together in the order `before`; each is paired with
  // its next `window` neighbours.
  std::vector<uint32_t> members(m);
  for (size_t i = 0; i < m; ++i) members[i] = static_cast<uint32_t>(bucket[i]);
  std::sort(members.begin(), members.end(), before);
  for (size_t i = 0; i < m; ++i) {
    for (size_t j = i + 1; j < m && j <= i + options.window; ++j) emit(members[i], members[j]);
  }
}

}  // namespace claimdup

#endif  // CLAIMDUP_INDEX_LSH_H_
