// LSH candidate pairs found across the ranks of an MPI job, the pairs one process finds.
//
// Rank 0 holds the run's claims; when its clustering asks for the LSH candidates
// (ClusterOptions::lsh_pairs) it sends each rank a contiguous range of the items (their
// signatures and shingle counts), and every rank computes its items' band entries (the band
// key folded to 32 bits, above the item, index/lsh.h BandEntry) and sends each to the rank
// owning its (band, key range) with one all-to-all exchange. Each owner sorts its entries into
// buckets, fetches the signatures of the items in buckets of two or more from their ranks (a
// second exchange: most items share no bucket), and emits each bucket's pairs with
// AddBucketPairs, the signature estimate filter applied (WorthVerifying). A bucket lies whole
// on one rank and a pair is emitted only in the first band its items share, so the owners'
// pairs are disjoint and their union is CandidatePairs's: rank 0 gathers and sorts them.
// Nothing is capped over all claims here (max_bucket is a bucket's own size), so no count
// needs combining first.
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_LSH_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_LSH_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "cluster/clusterer.h"
#include "dist/mpi_world.h"

namespace claimdup {

// One request, a collective call: rank 0 passes what an LshPairSource gets (the
// signatures, the items, their shingle counts), the other ranks nulls and no items. Rank 0
// gets CandidatePairs(signatures, options.lsh, items, options.candidates, the estimate filter)
// and adds the filter's drops to *dropped; the others get nothing. `threads` per rank.
std::vector<uint64_t> LshPairsOnRanks(MpiWorld* world, const ClusterOptions& options, int threads,
                                      const SignatureView* signatures,
                                      absl::Span<const uint32_t> items,
                                      const std::function<uint32_t(uint32_t)>* shingle_count,
                                      int64_t* dropped);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_LSH_H_
