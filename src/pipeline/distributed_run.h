// The `run` and `dedup` jobs as N processes (ranks) of an MPI job, with the output of one.
//
// run: the input is cut into N contiguous shares in input order (ingest/input_share.h):
// whole files, and byte ranges of plain JSON Lines files cut at line boundaries; a rank
// starting inside a file numbers its lines after the earlier ranks' newline counts
// (all-gathered), so doc ids and error messages name the same lines. Each rank reads,
// extracts and fingerprints its share on its own threads; then rank 0 appends its batches
// and each other rank's (sent as bytes, pipeline/shard_codec.h) in rank order, which is input
// order, and adds up their ingest counts. Claim ids, boilerplate, speakers, clusters and every
// report are therefore those of a single process. When the shares cannot be made even (a
// compressed dump cannot be cut by byte offset, so one big .zst would fall to one rank),
// every rank reads the whole input instead and fingerprints every N-th batch, streaming it
// to rank 0. Candidates are found and verified, and members described, across the ranks
// (pipeline/distributed_matching.h); roots and the reports run on rank 0, except, when each
// rank read its own share, the fact-check's diffs and quotes.jsonl, done by the rank holding
// each claim's text (pipeline/distributed_edits.h, pipeline/distributed_quotes.h).
//
// dedup: every rank reads the whole input and sketches every N-th batch of articles; rank 0
// matches and writes the output.
//
// A failure on any rank (bad input in strict mode, an unreadable file, a locked output
// folder) is agreed on before the next exchange: every rank returns the same error, the one
// first in input order.
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_RUN_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_RUN_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "dist/mpi_world.h"
#include "pipeline/dedup_job.h"
#include "pipeline/run_options.h"
#include "report/report_input.h"

namespace claimdup {

// RunJob across the ranks of `world` (a collective call). Rank 0 gets the run's result,
// the other ranks std::nullopt; `log` receives --verbose lines, one per rank included.
absl::StatusOr<std::optional<RunResult>> RunJobAcrossRanks(MpiWorld* world,
                                                           const std::vector<std::string>& inputs,
                                                           const RunOptions& options,
                                                           std::string* log);

// RunDedupJob across the ranks of `world` (a collective call): every rank sketches every
// N-th batch of articles (pass 1), rank 0 gathers the sketches in input order, matches and
// writes the output. Rank 0 gets the result, the other ranks std::nullopt.
absl::StatusOr<std::optional<DedupResult>> RunDedupAcrossRanks(
    MpiWorld* world, const std::vector<std::string>& inputs, const RunOptions& options,
    const std::string& output);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_RUN_H_
