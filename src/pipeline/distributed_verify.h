// Verification of a distributed run's candidate pairs, and its members' relations to their
// roots, shared out to the other ranks.
//
// Rank 0 holds the claim table and the candidate pairs (pipeline/distributed_matching.h).
// It cuts the pairs, in order, into equal slices, one per working rank (pipeline/rank_roles.h:
// every rank at small N; above it rank 0, whose lone work bounds the run, verifies none),
// and sends each other rank its slice in blocks of
// at most kVerifyBlockPairs pairs, each block with the word tokens and word counts of the
// items it names (cluster/token_pairs.h: 2 bytes a word; no shingle sets, which the rank
// builds). The ranks verify a round of blocks at once (a working rank 0 its own block after
// sending the others theirs) and each sends back one Match per pair; rank 0 places them in
// pair order. The Matches are VerifyPair's on the same sets and words,
// so the edges are one process's. Members' relations go the same way after roots are
// assigned: (member, root) pairs in root order, with a variant flag each, and a RootCover
// (12 bytes) back per member (cluster/root_cover.h). Requires N >= 2.
//
// Why from rank 0 and not where each claim was read: rank 0 still receives every rank's
// claims (boilerplate, speakers, roots and most reports read them there), so it holds every
// token, and a pair whose items were read on two ranks would need one side shipped anyway.
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_VERIFY_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_VERIFY_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "cluster/clusterer.h"
#include "dist/mpi_world.h"

namespace claimdup {

// The most pairs one block (one message, one reply) carries (CLAIMDUP_MPI_VERIFY_BLOCK_PAIRS,
// for tests, sets fewer).
inline constexpr size_t kVerifyBlockPairs = size_t{1} << 15;

// Rank 0, a collective call with ServeSharedPairs on the others: one Match per pair, as a
// PairVerifier returns them (cluster/clusterer.h), under `options` (the other ranks': those
// of MakeClusterOptions); when it works, rank 0 verifies its slice on `threads` threads.
std::vector<Match> VerifyPairsOnRanks(MpiWorld* world, const ClusterOptions& options,
                                      int threads, absl::Span<const uint64_t> pairs,
                                      const TokensOf& tokens,
                                      const std::function<uint32_t(uint32_t)>& words);

// Rank 0, a collective call with ServeSharedPairs on the others: one RootCover per (member,
// root) pair, as a MemberDescriber returns them (cluster/clusterer.h); `options` and
// `threads` as for VerifyPairsOnRanks.
std::vector<RootCover> DescribeMembersOnRanks(MpiWorld* world, const ClusterOptions& options,
                                              int threads, absl::Span<const uint64_t> pairs,
                                              absl::Span<const uint8_t> variant,
                                              const TokensOf& tokens);

// The other ranks: verify or describe the blocks rank 0 sends, with `options`
// (MakeClusterOptions's, as on rank 0) on `threads` threads, until rank 0 says the pairs of
// this request are done.
void ServeSharedPairs(MpiWorld* world, const ClusterOptions& options, int threads);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_VERIFY_H_
