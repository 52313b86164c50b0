// Word-run anchor pairs (index/anchors.h) found across the ranks of an MPI job, the pairs
// one process finds.
//
// The items are LSH's (the same request's: every rank keeps LSH's ItemHomes and, with
// anchors on, the other ranks their own claims' words, pipeline/distributed_signatures.h), and
// an item's words are read on its LSH home: a rank's own claims where they were made, rank 0's
// own claims and the joined split quotes (which moved in LSH) sent by rank 0 to their homes,
// so rank 0 no longer sends every item's words out. Rank 0 broadcasts every item's length.
// Each rank picks its items' grams as AnchorPairs does (winnowed grams, and the grams
// short items pick, whose set is all-gathered first) and sends each entry to the rank owning
// its gram's hash range (all-to-all; above a few ranks rank 0 owns none,
// pipeline/rank_roles.h). A gram's posts lie whole on its owner, so the document
// frequency cap (max_df) and the longest-holders rule see the counts over all claims, as in
// one process; owners send each (query item, holder) proposal to the query item's rank, which
// counts them against the item's query grams (min_shared_queries). Rank 0 gathers the pairs
// and applies the caller's filter to each distinct one, as AnchorPairs does.
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_ANCHORS_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_ANCHORS_H_

#include <cstdint>
#include <vector>

#include "dist/mpi_world.h"
#include "index/anchors.h"
#include "pipeline/distributed_signatures.h"

namespace claimdup {

// One request, a collective call, after LshPairsOnRanks on the same items: rank 0 passes its
// `homes`, the items and their words (as AnchorPairs takes them), the other ranks their
// `homes`, no items and a null. Every rank frees homes->tokens and homes->items. Rank 0 gets
// AnchorPairs(items, tokens, options, dropped)'s pairs and drops; the others nothing. Each
// rank works on `threads` threads.
std::vector<uint64_t> AnchorPairsOnRanks(MpiWorld* world, const AnchorOptions& options, int threads,
                                         SignatureHomes* homes, absl::Span<const uint32_t> items,
                                         const TokensOf* tokens, int64_t* dropped);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_ANCHORS_H_
