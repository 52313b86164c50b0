// LSH candidate pairs found across the ranks of an MPI job, the pairs one process finds.
//
// The band is the top of an LSH key, so each rank but 0 owns the key range of some bands
// (b with 1 + b % (N - 1) == its rank; rank 0, whose lone work bounds the run, owns none).
// Rank 0 holds the whole signatures; it sends each other rank only the bytes of that rank's
// bands, reading each signature once (one message per rank and chunk of 16,384 items;
// CLAIMDUP_MPI_BAND_CHUNK_ITEMS, for tests, sets fewer), and broadcasts the item ids. Every other rank sorts the entries of its bands into
// buckets (index/lsh.h BandEntryOfRows) and takes each bucket's pairs by the one rule
// CandidatePairs uses (ForEachBucketPair: all pairs, or window neighbours in a giant bucket,
// ordered by whole signature: those members' whole signatures alone are fetched from rank
// 0), proposing the pairs of each band that agree on its bytes and on none of the rank's
// earlier bands. The proposals are reduced to one per pair, with its smallest proposing
// band, among the ranks that own bands (pipeline/distributed_proposals.h), and rank 0, which
// holds the whole signatures, keeps a pair when it shares no earlier band and the signature
// estimate filter (WorthVerifying) keeps it. The kept pairs are CandidatePairs's.
//
// Why not the whole signatures on every rank (a design before): 256 bytes per claim at
// K = 128 on every rank, 60-130 MB per rank on the generated 16x dump. Why not the whole
// signatures of every item in a bucket of two or more, or of every proposal's items, so that
// the ranks check their own proposals (designs before and measured since): ~62-70% of all
// items on each rank, thirteen times the bytes of the band rows. What it costs instead: rank 0
// reads two whole signatures per distinct proposed pair (1.4 million on the generated 16x
// dump) and sends the band rows (one copy of the signatures' band bytes in all).
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
