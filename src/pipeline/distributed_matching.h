// Candidate pairs of a distributed run found and verified across its ranks, the pairs and
// edges one process finds.
//
// Rank 0 clusters the run's claims (pipeline/distributed_run.h); MatchAcrossRanks sets its
// clustering's candidate sources so that LSH (pipeline/distributed_lsh.h) and word-run
// anchors (pipeline/distributed_anchors.h) are found by every rank, each on its key range,
// and its pair verifier and member describer so that the working ranks (pipeline/rank_roles.h:
// rank 0 too at N = 2) verify the pairs and describe the members, each a slice
// (pipeline/distributed_verify.h). Meanwhile the other ranks wait in ServeMatching, taking
// part in each request rank 0 broadcasts, until rank 0 calls EndMatching: also the cluster
// summaries after clustering (SummarizeAcrossRanks). Roots and reports stay on rank 0.
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_MATCHING_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_MATCHING_H_

#include "cluster/cluster_summary.h"
#include "cluster/clusterer.h"
#include "cluster/credit_steps.h"
#include "dist/mpi_world.h"
#include "pipeline/distributed_signatures.h"

namespace claimdup {

// Rank 0: sets options->lsh_pairs, anchor_pairs, verify_pairs and describe_members to
// requests that every rank serves with `threads` threads; *seconds adds rank 0's time in
// them (may be null). `homes` (rank 0's signatures, runs and kept rows,
// pipeline/distributed_signatures.h) must outlive the clustering.
void MatchAcrossRanks(MpiWorld* world, int threads, double* seconds, SignatureHomes* homes,
                      ClusterOptions* options);

// The other ranks: serve rank 0's requests with `options` (those of MakeClusterOptions, as on
// rank 0) and this rank's signatures (`homes`, freed by LSH) until EndMatching. Returns the
// seconds spent on requests.
double ServeMatching(MpiWorld* world, const ClusterOptions& options, int threads,
                     SignatureHomes* homes);

// Rank 0, after clustering and before EndMatching: SummarizeClusters' answer, made by the
// working ranks on their ranges of clusters (pipeline/distributed_summaries.h), with
// `credits` also the clusters' credits (cluster/credit_steps.h); *seconds as for
// MatchAcrossRanks.
std::vector<ClusterInfo> SummarizeAcrossRanks(MpiWorld* world, double* seconds,
                                              const ClaimTable& claims,
                                              const std::vector<uint32_t>& cluster_of,
                                              const std::vector<Relation>& relation,
                                              size_t min_size, uint32_t short_words,
                                              std::vector<ClusterCredits>* credits);

// Rank 0: releases the ranks in ServeMatching. Call exactly once, after clustering or
// instead of it (a failure before clustering).
void EndMatching(MpiWorld* world);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_MATCHING_H_
