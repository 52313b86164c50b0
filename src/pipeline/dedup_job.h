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

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "core/document.h"
#include "index/lsh.h"
#include "ingest/ingest_options.h"
#include "pipeline/run_options.h"
#include "report/report_input.h"
#include "sketch/minhash.h"

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

// The parts of the job, for running pass 1 on several processes (pipeline/distributed_run.h).

// One article as matching sees it, and pass 1's output for articles in input order.
struct DedupDoc {
  std::string id, outlet, date;
};
struct DedupSketches {
  std::vector<DedupDoc> docs;
  std::vector<uint8_t> signatures;  // docs.size() x the signature's bytes.
  std::vector<uint8_t> has_words;   // 0 for a body without a word: it matches nothing.
  // Moves `batch` (later articles) to the end of this one.
  void Append(DedupSketches& batch);
};

// Pass 1 reads articles in batches of these sizes (the cut does not change the result).
inline constexpr size_t kDedupBatchDocs = 256;
inline constexpr size_t kDedupBatchBytes = 1u << 20;

// Sketches the bodies of `batch` (whole texts, as pass 1 does) onto the end of *out.
void SketchArticles(const std::vector<Document>& batch, const MatchOptions& match,
                    const MinHasher& hasher, DedupSketches* out);

// The errors RunDedupJob gives before reading anything: an output among the inputs, a pipe
// as input, an output named removed.jsonl.
absl::Status CheckDedupPaths(const std::vector<std::string>& inputs, const std::string& output);
// removed.jsonl beside `output`.
std::string RemovedPath(const std::string& output);

// Pass 1 over the job's inputs read with `ingest`: every article's sketch in input order,
// and what ingest saw.
using DedupSketchPass =
    std::function<absl::Status(const IngestOptions& ingest, DedupSketches* all, IngestStats* stats)>;
// RunDedupJob with pass 1 done by `sketch_pass`.
absl::StatusOr<DedupResult> RunDedupJobWith(const std::vector<std::string>& inputs,
                                            const RunOptions& options, const std::string& output,
                                            const DedupSketchPass& sketch_pass);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DEDUP_JOB_H_
