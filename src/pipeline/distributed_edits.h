// The fact-check's quote edits of a distributed run (cluster/quote_edits.h), computed where
// the members' text lives.
//
// A member's edit is its text, normalized, diffed against its cluster's root words. When
// each rank read its own share (pipeline/distributed_quotes.h: the other ranks keep their
// claims' text), rank 0 sends each rank the root wordings (text, not words) its members
// need with the members' rows and root slices; each rank normalizes those roots and diffs
// its members on its threads and sends back their edits (10 bytes each), while rank 0 does
// its own members. So rank 0 normalizes only the roots of clusters with members it read,
// not every cluster's. The edits are those ComputeQuoteEdits gives one process (EditOfMember is
// the one rule).
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_EDITS_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_EDITS_H_

#include <vector>

#include "absl/status/status.h"
#include "cluster/quote_edits.h"
#include "core/claim_table.h"
#include "dist/mpi_world.h"
#include "pipeline/distributed_quotes.h"
#include "report/report_input.h"

namespace claimdup {

// Rank 0: the edit of every claim of `result` (clustered and summarized; per claim, as
// ComputeQuoteEdits returns them), computed across the ranks on `threads` threads each.
// Collective with ServeQuoteEdits.
std::vector<QuoteEdit> QuoteEditsAcrossRanks(MpiWorld* world, const QuotePartsPlan& plan,
                                             const RunResult& result, int threads);

// Rank 0, instead of QuoteEditsAcrossRanks when the run stopped before the fact-check:
// releases the ranks in ServeQuoteEdits.
void SkipQuoteEdits(MpiWorld* world);

// The other ranks: diffs the members rank 0 sends against their roots, with their text
// from `own` (unless `own_status` says it could not be filled: then every edit is unknown,
// and the run fails when the ranks agree on their quotes.jsonl parts).
void ServeQuoteEdits(MpiWorld* world, const ClaimTable& own, const absl::Status& own_status,
                     int threads);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_EDITS_H_
