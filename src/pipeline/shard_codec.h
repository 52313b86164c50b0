// Fingerprinted batches (and dedup's article sketches) as bytes, so a batch made on one rank of an MPI job can be merged on
// another (pipeline/distributed_run.h).
//
// A batch travels whole: its documents, outlets, speakers, every claim column, the claim
// text and word tokens, and its extraction counts. Decoding gives a table that Append()s
// exactly as the original would (same outlet and speaker order, same ids).
#ifndef CLAIMDUP_PIPELINE_SHARD_CODEC_H_
#define CLAIMDUP_PIPELINE_SHARD_CODEC_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "ingest/ingest_options.h"
#include "pipeline/dedup_job.h"
#include "pipeline/fingerprint.h"

namespace claimdup {

// Appends `batch` (an unspilled table) to *out.
void EncodeShard(const FingerprintedBatch& batch, std::string* out);

// Reads one batch from the front of *in and advances it. Fails on bytes EncodeShard did not
// write (truncated, or signatures of another size than num_perms x signature_bits). A batch
// encoded without signatures (ClaimTable::TakeSignatures) decodes without them.
absl::StatusOr<FingerprintedBatch> DecodeShard(absl::string_view* in, int num_perms,
                                               int signature_bits);

// The same for a batch of dedup's article sketches (pass 1 of pipeline/dedup_job.h).
void EncodeDedupSketches(const DedupSketches& batch, std::string* out);
absl::StatusOr<DedupSketches> DecodeDedupSketches(absl::string_view* in, size_t signature_bytes);

// A rank's ingest counts (when each rank reads its own share of the input).
void EncodeIngestStats(const IngestStats& stats, std::string* out);
absl::StatusOr<IngestStats> DecodeIngestStats(absl::string_view* in);

// Adds the counts of `later` (read after what *stats counts) to *stats; its warnings follow,
// up to IngestStats::kMaxWarnings in all, as one stream reading both would keep them.
void AddIngestStats(const IngestStats& later, IngestStats* stats);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_SHARD_CODEC_H_
