// Reading back a finished run's output folder: its settings (summary.json), single claims
// (quotes.jsonl) and cluster roots (clusters.jsonl), for commands that look at a run
// afterwards (`claimdup explain`) without running it again.
//
// quotes.jsonl and clusters.jsonl are written in id order, so a look-up streams the file
// up to the id and parses only the lines it wants: linear in the file's bytes, constant
// memory.
#ifndef CLAIMDUP_PIPELINE_RUN_FOLDER_H_
#define CLAIMDUP_PIPELINE_RUN_FOLDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "core/match_options.h"
#include "extract/claim_extractor.h"

namespace claimdup {

// What summary.json records of how the run matched claims.
struct RunSettings {
  std::string version;
  ClaimUnit unit = ClaimUnit::kQuotes;
  MatchOptions match;  // seed: MatchOptions' fixed default (no option changes it).
};

// One line of quotes.jsonl.
struct QuoteRecord {
  int64_t id = -1;
  std::string doc, outlet, date, speaker, text;
  int64_t quote_group = -1;
  int64_t cluster = -1;
  std::string relation;  // "" for claims outside clusters of 2+.
  double similarity = 0;
  int64_t root_begin = 0, root_end = 0;
  std::vector<std::string> wire;
};

// One line of clusters.jsonl (the fields a reader of one pair needs).
struct ClusterRecord {
  int64_t cluster = -1;
  int64_t size = 0;
  int64_t n_outlets = 0;
  std::string root;     // The longest full wording.
  std::string carried;  // wire, mixed, own ("" from runs before wire provenance).
};

// Reads `dir`/summary.json. Errors: no such folder, no summary.json (not a finished run),
// written by another claimdup version (its fields may mean other things).
absl::StatusOr<RunSettings> ReadRunSettings(const std::string& dir);

// The quotes.jsonl lines of `ids` (in the order asked). NotFound names an id the file does
// not list.
absl::StatusOr<std::vector<QuoteRecord>> ReadQuoteRecords(const std::string& dir,
                                                          const std::vector<int64_t>& ids);

// The clusters.jsonl line of cluster `id`; NotFound when it has none.
absl::StatusOr<ClusterRecord> ReadClusterRecord(const std::string& dir, int64_t id);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_RUN_FOLDER_H_
