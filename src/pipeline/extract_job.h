// The `extract` job: claims of every article as JSON Lines, for inspecting extraction.
#ifndef CLAIMDUP_PIPELINE_EXTRACT_JOB_H_
#define CLAIMDUP_PIPELINE_EXTRACT_JOB_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "extract/claim_extractor.h"
#include "ingest/ingest_options.h"

namespace claimdup {

// Writes one line per claim to `out`: doc, outlet, date, speaker, text, begin, end,
// quote_group (the index within the article of the group's first part), words. A failed
// write to `out` (full disk, closed pipe) stops the job with DataLoss "write failed".
absl::Status RunExtractJob(const std::vector<std::string>& inputs, const IngestOptions& ingest,
                           const ExtractOptions& extract, std::ostream& out,
                           IngestStats* ingest_stats, ExtractCounts* counts);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_EXTRACT_JOB_H_
