// The LSH proposals of the ranks of an MPI job (pipeline/distributed_lsh.h), reduced to one per
// pair and checked where the signatures live, so no rank reads two whole signatures more than
// once per distinct pair (a near-duplicate pair shares most bands and is proposed by most
// ranks: 4.6 million proposals, 1.4 million pairs on the generated 16x dump at N = 16) and
// rank 0 reads none when it does not work (pipeline/rank_roles.h).
//
// The rule kept is CandidatePairs's: a pair is emitted only in the first band its members
// share. A rank proposes a pair in one of its bands when they agree there and on none of its
// earlier bands; every band a pair is proposed in is one they share, so the pair is
// CandidatePairs's exactly when they share no band before the smallest band it was proposed
// in. The ranks that own bands send each proposal (pair, band) to the working rank that owns
// the range of its first item (MPI_Alltoallv), which keeps each pair once with its smallest band.
// The ranges follow the signatures' homes (pipeline/distributed_signatures.h) where they can,
// so a range's owner holds its first items' signatures and fetches those of the second items
// homed elsewhere; it keeps a pair when its members share no earlier band and the signature
// estimate filter keeps it, and sends the kept pairs to rank 0, which gets the ranges in rank
// order (so the pairs arrive sorted).
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_PROPOSALS_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_PROPOSALS_H_

#include <cstdint>
#include <vector>

#include "absl/types/span.h"
#include "cluster/clusterer.h"
#include "dist/mpi_world.h"
#include "index/lsh.h"
#include "pipeline/distributed_signatures.h"

namespace claimdup {

// One rank's proposals of one of its bands: pairs (a << 32 | b, a < b), sorted.
struct BandProposals {
  int band = 0;
  std::vector<uint64_t> pairs;
};

// Collective, every rank: sends `proposals` (any number of bands, each band proposed by one
// rank only; none on a rank that owns no band) to the working ranks (pipeline/rank_roles.h)
// owning their first items' ranges of homes.items; a working rank reduces its own range to
// each pair once with its smallest band and checks it with the signatures of `mine` and
// those fetched from their homes (ShareBandBefore, then WorthVerifying of `options`) on
// `threads` threads. Rank 0 gets the kept pairs of every range, in rank order (sorted), and
// adds the estimate's refusals to *dropped; the others get nothing. Frees `proposals`.
std::vector<uint64_t> CheckProposalsOfRange(MpiWorld* world, const ItemHomes& homes,
                                            const HomeSignatures& mine,
                                            const ClusterOptions& options, int threads,
                                            std::vector<BandProposals>* proposals,
                                            int64_t* dropped);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_PROPOSALS_H_
