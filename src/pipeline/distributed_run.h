// The `run` and `dedup` jobs as N processes (ranks) of an MPI job, with the output of one.
//
// Every rank reads the same input stream and cuts it into the same batches; rank r extracts
// and fingerprints batches r, r+N, r+2N, ... (the bulk of a run's time) on its own threads.
// Each batch goes to rank 0 as bytes (pipeline/shard_codec.h) as soon as it is made, and
// rank 0 appends all batches in input order, so claim ids, and from there boilerplate,
// speakers, clusters, ids and every report, are those of a single process; it then clusters
// and writes the reports as RunJob does. Reading (decompressing, parsing JSON) is repeated on every rank;
// matching and reports run on rank 0 alone.
//
// A failure on any rank (bad input in strict mode, an unreadable file, a locked output
// folder) is agreed on before the next exchange: every rank returns the same error.
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
