// The LSH proposals of the ranks of an MPI job (pipeline/distributed_lsh.h), reduced to one per
// pair before rank 0 checks them, so rank 0 reads two whole signatures once per distinct pair
// instead of once per proposal (a near-duplicate pair shares most bands and is proposed by
// most ranks: 4.6 million proposals, 1.4 million pairs on the generated 16x dump at N = 16).
//
// The rule kept is CandidatePairs's: a pair is emitted only in the first band its members
// share. A rank proposes a pair in one of its bands when they agree there and on none of its
// earlier bands; every band a pair is proposed in is one they share, so the pair is
// CandidatePairs's exactly when they share no band before the smallest band it was proposed
// in. The ranks that own bands send each proposal (pair, band) to the rank that owns the
// range of its first item (MPI_Alltoallv), which keeps each pair once with its smallest band;
// rank 0, which holds the whole signatures, gets these ranges in rank order (so the pairs
// arrive sorted) and keeps a pair when its members share no earlier band and the signature
// estimate filter keeps it.
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_PROPOSALS_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_PROPOSALS_H_

#include <cstdint>
#include <vector>

#include "absl/types/span.h"
#include "dist/mpi_world.h"
#include "index/lsh.h"

namespace claimdup {

// One rank's proposals of one of its bands: pairs (a << 32 | b, a < b), sorted.
struct BandProposals {
  int band = 0;
  std::vector<uint64_t> pairs;
};

// Collective, every rank but 0: sends `proposals` (any number of bands, each band proposed
// by one rank only) to the ranks owning their first items' ranges of `items` (ascending, the
// same on every rank), and sends rank 0 this rank's range: each pair proposed anywhere once,
// with its smallest band, sorted. Frees `proposals`.
void ReduceProposals(MpiWorld* world, absl::Span<const uint32_t> items,
                     std::vector<BandProposals>* proposals);

// Collective, rank 0 (which proposes nothing): takes part in ReduceProposals's exchange and
// returns the pairs of every range, in rank order (sorted), that share no band before their
// smallest proposing band and that `keep` keeps, checked on `threads` threads; refusals of
// `keep` are added to *dropped.
std::vector<uint64_t> CheckReducedProposals(MpiWorld* world, const SignatureView& view,
                                            LshParams params, const PairFilter& keep, int threads,
                                            int64_t* dropped);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_PROPOSALS_H_
