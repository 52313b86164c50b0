// LSH candidate pairs found across the ranks of an MPI job, the pairs one process finds.
//
// The band is the top of an LSH key, so each rank owns the key range of the bands b with
// b % N == its rank. Rank 0 holds the whole signatures; it sends each other rank only the
// bytes of that rank's bands (1/N of the signature bytes) and broadcasts the item ids. Every
// rank sorts the entries of its bands into buckets (index/lsh.h BandEntryOfRows) and takes
// each bucket's pairs by the one rule CandidatePairs uses (ForEachBucketPair: all pairs, or
// window neighbours in a giant bucket, ordered by whole signature: those members' whole
// signatures alone are fetched from rank 0). Rank 0 finds its own bands' pairs as
// CandidatePairs does; another rank proposes the pairs of each band that agree on its bytes
// and on none of the rank's earlier bands, and rank 0, which holds the whole signatures,
// keeps each proposal only in the first band the pair shares and if the signature estimate
// filter (WorthVerifying) keeps it. The kept pairs are CandidatePairs's.
//
// Why not the whole signatures on every rank (the design before): 256 bytes per claim at
// K = 128 on every rank, 60-130 MB per rank on the generated 16x dump. Why not the whole
// signatures of every item in a bucket of two or more (the design before that): ~70% of all
// items on each rank of the generated 4x dump. What it costs instead: rank 0 checks the
// earlier bands and the estimate of the other ranks' proposals (a pair that shares bands
// on several ranks is proposed by each), which the other ranks did before.
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
