// The `run` job: ingest -> extract -> fingerprint -> boilerplate filter -> speakers ->
// cluster -> reports.
//
// Articles stream through; per-article work runs on `threads` workers and is merged in input
// order, so the result is identical for every thread count. The raw text of an article is
// dropped once its claims are extracted.
#ifndef CLAIMDUP_PIPELINE_RUN_JOB_H_
#define CLAIMDUP_PIPELINE_RUN_JOB_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "cluster/credit_steps.h"
#include "core/document.h"
#include "pipeline/run_options.h"
#include "report/output_set.h"
#include "report/report_files.h"
#include "report/report_input.h"

namespace claimdup {

// The LSH candidate threshold for `match`: the Jaccard threshold, lowered so that a claim
// holding at least half of a longer claim's shingles at the containment level is found.
double CandidateThreshold(const MatchOptions& match);

// How ClusterClaims matches claims fingerprinted with `match`: verification thresholds, the
// shingling to recompute sets with, LSH bands for CandidateThreshold, estimate slack for K.
ClusterOptions MakeClusterOptions(const MatchOptions& match);

// Reserves room in *claims for the claims of `input_bytes` of `inputs` (sizes on disk), as a
// run expects them: over-reserving costs address space only.
void ReserveForInput(const std::vector<std::string>& inputs, size_t input_bytes, ClaimUnit unit,
                     ClaimTable* claims);

// Runs the whole job and writes the report files into options.out_dir; `log` receives
// --verbose lines (may be null).
absl::StatusOr<RunResult> RunJob(const std::vector<std::string>& inputs, const RunOptions& options,
                                 std::string* log);

// The first stages of a run: ingest, extract and fingerprint `inputs` into result->claims
// (text and tokens spilled to options.out_dir, which must exist; sealed), drop outlet
// boilerplate, fold speaker spellings. Fills threads, ingest, extract, boilerplate_claims
// and the stages' times. With `keep`, only the articles it returns true for are extracted
// (it is called once per article, in input order, on the calling thread); the others count
// as read (ingest) but leave no trace in result->claims.
absl::Status ReadClaims(const std::vector<std::string>& inputs, const RunOptions& options,
                        RunResult* result,
                        const std::function<bool(const Document&)>& keep = nullptr);

// Everything up to clustering, without writing report files (tests and benchmarks use
// this). The claim text is kept in an unnamed temporary file in options.out_dir, which must
// exist. The result's claims keep no paragraph hashes, tokens or signatures (see
// ClaimTable::DropMatchingColumns).
absl::StatusOr<RunResult> ComputeClusters(const std::vector<std::string>& inputs,
                                          const RunOptions& options, std::string* log);

// Where a distributed run (pipeline/distributed_run.h) does some stages' work across its
// ranks; empty members: here, as one process does.
struct AcrossRanks {
  // Sets where the candidates come from (ClusterOptions::lsh_pairs, anchor_pairs).
  std::function<void(ClusterOptions*)> matching;
  // The clusters' summaries (SummarizeClusters' answer for the same arguments) and, when
  // `credits` is not null, their credits (CreditClusters' answer, cluster/credit_steps.h)
  // for the misattributions.
  std::function<std::vector<ClusterInfo>(
      const ClaimTable& claims, const std::vector<uint32_t>& cluster_of,
      const std::vector<Relation>& relation, size_t min_size, uint32_t short_words,
      std::vector<ClusterCredits>* credits)>
      summarize;
  // The fact-check's quote edits of `result` (ComputeQuoteEdits' answer).
  std::function<std::vector<QuoteEdit>(const RunResult& result)> quote_edits;
  // Set to which rows of the table given outlived the boilerplate filter (empty when all
  // did): a distributed run maps each rank's claims to their ids by it.
  std::vector<bool>* kept = nullptr;
};

// The stages of ComputeClusters after ingest: *result holds the sealed claim table of the
// whole run (in input order), its ingest and extract counts and its thread count; this
// removes boilerplate, folds speakers, clusters, summarizes and fact-checks, as
// ComputeClusters does. The distributed run calls it on rank 0 with `across` set.
absl::Status ClusterIngestedClaims(const RunOptions& options, std::string* log,
                                   RunResult* result, const AcrossRanks& across = {});

// The report half of RunJob: writes every report file of `result` and summary.json into
// `outputs` and commits them.
// `write_claim_files` as WriteReportFiles takes it.
absl::StatusOr<RunResult> WriteRunReports(const RunOptions& options, OutputSet* outputs,
                                          RunResult result, std::string* log,
                                          const ClaimFilesWriter& write_claim_files = nullptr);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_RUN_JOB_H_
