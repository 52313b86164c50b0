// `claimdup explain`: why two claims of a finished run matched, or did not.
//
// Reads the run's output folder (pipeline/run_folder.h) and recomputes, with the run's own
// settings and the same library code as the run, what matching saw of the pair: normalized
// words, shingle sets, exact Jaccard and containment, words in order, the MinHash
// signature estimate, the shared word-run anchors (index/anchors.h) and the verification
// rule (cluster/verify.h) that joins or separates them. When both are in one cluster it
// also shows the path through the cluster's root: a member is near-identical to the root
// or contained in it (cluster/roots.h), so two members that do not match each other (two
// excerpts of one statement) are joined through it.
#ifndef CLAIMDUP_PIPELINE_EXPLAIN_JOB_H_
#define CLAIMDUP_PIPELINE_EXPLAIN_JOB_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"

namespace claimdup {

// The explanation of claims `id_a` and `id_b` (quotes.jsonl ids) of the run in `dir`, as
// text for a terminal. Errors: see ReadRunSettings and ReadQuoteRecords.
absl::StatusOr<std::string> ExplainPair(const std::string& dir, int64_t id_a, int64_t id_b);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_EXPLAIN_JOB_H_
