// LSH candidate pairs found across the ranks of an MPI job, the pairs one process finds.
//
// The band is the top of an LSH key, so each rank owns the key range of the bands b with
// b % N == its rank. Rank 0 broadcasts the signatures (its arrays as they are, so item ids
// index them the same way on every rank) and the items' shingle counts; every rank sorts the
// entries of its bands into buckets (index/lsh.h BandEntry) and emits each bucket's pairs
// with AddBucketPairs, the signature estimate filter applied (WorthVerifying). A pair is
// emitted only in the first band its items share, whichever rank owns it, so the ranks'
// pairs are disjoint and their union is CandidatePairs's: rank 0 gathers and merges them.
// Nothing is capped over all claims (max_bucket is one bucket's size): no count needs
// combining first.
//
// Why signatures are broadcast rather than entries exchanged by key: an owner needs the
// signatures of every item in its buckets of two or more (to compare rows, skip earlier
// shared bands, order giant buckets and filter by the estimate). Measured on the generated
// 4x dump with entries sent to their owners (Alltoallv) and signatures then fetched, each of
// 2 owners needed 89k of the 126k items' signatures, and the two exchanges moved 2.5x the
// bytes of one broadcast, at 3x the time. Every rank therefore holds all signatures for
// the duration of the request (256 bytes per claim at K = 128).
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
