// Fingerprinting a batch of articles: extract claims, normalize, shingle and sketch them.
//
// The per-article work of a run, done on worker threads; each batch becomes a small
// ClaimTable (a shard) that the run appends in input order.
#ifndef CLAIMDUP_PIPELINE_FINGERPRINT_H_
#define CLAIMDUP_PIPELINE_FINGERPRINT_H_

#include <functional>
#include <vector>

#include "core/claim_table.h"
#include "core/document.h"
#include "extract/claim_extractor.h"
#include "pipeline/run_options.h"
#include "sketch/minhash.h"
#include "sketch/sketch_text.h"

namespace claimdup {

struct FingerprintedBatch {
  ClaimTable table;
  ExtractCounts counts;
};

// Fills *out with the documents of `docs` and their claims. The raw text is not kept.
void FingerprintBatch(const std::vector<Document>& docs, const ExtractOptions& extract,
                      const MatchOptions& match, const MinHasher& hasher, FingerprintedBatch* out);

// The worker step of a run's ordered pipeline (pipeline/ordered_parallel.h): fingerprints a
// batch into *out and frees the batch's documents, whose text is no longer needed.
std::function<void(std::vector<Document>&, FingerprintedBatch*)> FingerprintStep(
    const ExtractOptions& extract, const MatchOptions& match, const MinHasher& hasher);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_FINGERPRINT_H_
