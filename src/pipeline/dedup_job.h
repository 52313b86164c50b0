// The `dedup` job: the dump written back without near-duplicate articles.
//
// Whole article bodies are normalized, shingled and sketched with the same code as claims;
// LSH at the threshold finds candidates and the signature estimate (K values, standard
// error ~ sqrt(J(1-J)/K)) decides: bodies are too long to keep their shingle sets for exact
// verification at dump scale. Each group keeps its earliest dated article (then the first
// seen). Kept JSONL records are written byte for byte as read; text-file articles become
// JSON records. removed.jsonl beside the output names, for each removed article, the kept
// article it duplicates and their estimated similarity. Inputs are read twice, so standard
// input and pipes are refused; so are outputs that are inputs (pipeline/output_guard.h).
#ifndef CLAIMDUP_PIPELINE_DEDUP_JOB_H_
#define CLAIMDUP_PIPELINE_DEDUP_JOB_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "index/lsh.h"
#include "ingest/ingest_options.h"
#include "pipeline/run_options.h"
#include "report/report_input.h"

namespace claimdup {

struct DedupResult {
  int64_t documents = 0;
  int64_t kept = 0;
  int64_t removed = 0;
  LshParams lsh;
  IngestStats ingest;
  std::string output;
  std::string removed_path;
  std::vector<StageTime> stages;
};

absl::StatusOr<DedupResult> RunDedupJob(const std::vector<std::string>& inputs,
                                        const RunOptions& options, const std::string& output);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DEDUP_JOB_H_
