// The settings an index records (store/claim_index.h's IndexParams): everything that changes
// a claim's fingerprint or how claims match. One table of fields writes them from a run's
// options and reads them back, so a setting cannot be written and not read.
#ifndef CLAIMDUP_PIPELINE_INDEX_PARAMS_H_
#define CLAIMDUP_PIPELINE_INDEX_PARAMS_H_

#include "absl/status/status.h"
#include "pipeline/run_options.h"
#include "store/claim_index.h"

namespace claimdup {

// The settings of `options` (K, signature bits, sketch, token width, shingle size, seed,
// normalizer version, thresholds, claim unit, minimum words, anchor settings), by name.
IndexParams IndexParamsOf(const RunOptions& options);

// The settings an index was built with (IndexParamsOf's names), applied to *options: what
// `report --index` clusters with. Unknown names and the ones no option sets (normalizer
// version, token width, anchor settings) are left alone; a value that does not read is
// DataLoss.
absl::Status ApplyIndexParams(const IndexParams& params, RunOptions* options);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_INDEX_PARAMS_H_
