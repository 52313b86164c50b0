// LSH candidate pairs found across the ranks of an MPI job, the pairs one process finds.
//
// The band is the top of an LSH key, so each working rank (pipeline/rank_roles.h: every rank
// at small N; above it all but rank 0, whose lone work bounds the run) owns the key range of
// some bands (b with b % (working ranks) == its place among them).
// The signatures stay on the ranks that sketched them (pipeline/distributed_signatures.h):
// every rank sends each band owner the bytes of its bands of its own items, reading each
// signature once (one MPI_Alltoallv per chunk of 16,384 items; CLAIMDUP_MPI_BAND_CHUNK_ITEMS,
// for tests, sets fewer). Every working rank sorts the entries of its bands into buckets
// (index/lsh.h BandEntryOfRows) and takes each bucket's pairs by the one rule CandidatePairs
// uses (ForEachBucketPair: all pairs, or window neighbours in a giant bucket, ordered by
// whole signature: those members' whole signatures alone are fetched from their homes),
// proposing the pairs of each band that agree on its bytes and on none of the rank's earlier
// bands. The proposals are reduced to one per pair, with its smallest proposing band, and
// checked by the owners of the first items' ranges (pipeline/distributed_proposals.h): a
// pair is kept when it shares no earlier band and the signature estimate filter
// (WorthVerifying) keeps it. The kept pairs are CandidatePairs's; rank 0 gathers them.
//
// Why not the whole signatures on every rank (a design before): 256 bytes per claim at
// K = 128 on every rank. Why not the whole signatures of every proposal's items, so that the
// proposing ranks check their own proposals: ~62-70% of all items on each rank, thirteen
// times the bytes of the band rows. Why not every signature on rank 0 (the design before
// this one): rank 0 received them all (129 MB on the generated 16x dump), sent every band
// row and checked every pair alone, work that bounded the run.
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_LSH_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_LSH_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "cluster/clusterer.h"
#include "dist/mpi_world.h"
#include "pipeline/distributed_signatures.h"

namespace claimdup {

// One request, a collective call, with more than one rank: rank 0 passes what an
// LshPairSource gets (a view holding the joined split quotes' signatures alone, the items,
// their shingle counts) and its `homes` (runs and kept rows), the other ranks their `homes`,
// null view and counts and no items. Every rank frees its signatures (homes->mine). Rank 0 gets
// CandidatePairs(signatures, options.lsh, items, options.candidates, the estimate filter)
// and adds the filter's drops to *dropped; the others get nothing. `threads` per rank.
std::vector<uint64_t> LshPairsOnRanks(MpiWorld* world, const ClusterOptions& options, int threads,
                                      SignatureHomes* homes, const SignatureView* signatures,
                                      absl::Span<const uint32_t> items,
                                      const std::function<uint32_t(uint32_t)>* shingle_count,
                                      int64_t* dropped);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_LSH_H_
