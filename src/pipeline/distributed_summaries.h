// The cluster summaries of a distributed run (SummarizeClusters, cluster/cluster_summary.h)
// made on the working ranks, each on its range of clusters (pipeline/cluster_ranges.h).
//
// Rank 0 gathers the clusters' members (GatherClusters, linear in the claims) and sends each
// working rank the columns SummarizeGathered reads of its range's members (a table of the
// range's documents with their outlets and dates; per member its document's place in it,
// speaker, set key, text length, words, relation; the text of excerpts only, the one
// relation it is read for); the rank runs SummarizeGathered (cluster/summary_steps.h), the
// code one process runs, on them and sends back each cluster's canonical and first member
// (as places in its member list), outlets, documents and speakers, which rank 0 places in
// cluster order. The summaries are one process's.
//
// With credits asked for (quotes mode), each range also carries its speakers' names, and the
// rank credits its cross-outlet clusters (CreditClusters, cluster/credit_steps.h, the
// misattributions' per-cluster half) on the same columns and sends each cluster's outcome
// and people back with its summary; rank 0 finishes the report (FinishMisattributions).
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_SUMMARIES_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_SUMMARIES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "cluster/cluster_summary.h"
#include "cluster/credit_steps.h"
#include "core/claim_table.h"
#include "dist/mpi_world.h"

namespace claimdup {

// Rank 0, a collective call with ServeSummaries on the other ranks: SummarizeClusters(claims,
// cluster_of, relation, min_size, short_words). `relation` is empty or has one entry per claim.
// With `credits`, also sets it to CreditClusters' answer for the clusters returned.
std::vector<ClusterInfo> SummarizeOnRanks(MpiWorld* world, const ClaimTable& claims,
                                          const std::vector<uint32_t>& cluster_of,
                                          const std::vector<Relation>& relation, size_t min_size,
                                          uint32_t short_words,
                                          std::vector<ClusterCredits>* credits = nullptr);

// The other ranks' side of SummarizeOnRanks.
void ServeSummaries(MpiWorld* world);

// The three steps of one range, apart for tests. Appends to *bytes the columns of the members
// of `clusters` (gathered: id and members set) that SummarizeRange reads (with `credits`, also
// what CreditClusters reads).
void PackSummaryRange(const ClaimTable& claims, const std::vector<Relation>& relation,
                      uint32_t short_words, bool credits, absl::Span<const ClusterInfo> clusters,
                      std::string* bytes);
// SummarizeGathered (and, when packed with credits, CreditClusters) on a packed range: the
// reply TakeSummaryRange reads.
std::string SummarizeRange(absl::string_view bytes);
// Fills `clusters` (those packed, in the same order) from SummarizeRange's reply, and
// `credits` (one per cluster when packed with credits, else empty) too.
void TakeSummaryRange(absl::string_view reply, absl::Span<ClusterInfo> clusters,
                      absl::Span<ClusterCredits> credits = {});

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_SUMMARIES_H_
