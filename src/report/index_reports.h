// The report files of an indexed run (`run --index`) and of `report --index`: quotes.jsonl
// and clusters.jsonl with stable claim and cluster ids (store/claim_index.h), and
// summary.json with the run's counts. Lines are built from plain stored rows, so `report`
// streams the whole index cluster by cluster without holding it.
#ifndef CLAIMDUP_REPORT_INDEX_REPORTS_H_
#define CLAIMDUP_REPORT_INDEX_REPORTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "store/claim_index.h"
#include "util/stage_timer.h"

namespace claimdup {

// What an indexed run did, as summary.json says it.
struct IndexRunCounts {
  std::string index;               // The index path.
  int64_t run = 0;                 // This run's number (1 = the first); 0 for `report`.
  int64_t new_docs = 0;            // Articles this run added.
  int64_t skipped_docs = 0;        // Articles read but already in (same id, URL and text).
  int64_t updated_docs = 0;        // Added articles whose id and URL were in with other text.
  int64_t new_claims = 0;          // Claims this run added.
  int64_t boilerplate_claims = 0;  // New claims dropped as outlet boilerplate.
  int64_t old_claims_loaded = 0;   // Earlier claims the lookups brought into matching.
  // Earlier claims the key lookups proposed (before the pair verification that decides
  // which of them, with their clusters and quote groups, are loaded).
  int64_t old_claims_found = 0;
  int64_t joined_existing = 0;   // New claims that joined a cluster of earlier runs.
  int64_t new_clusters = 0;      // Clusters of 2+ claims all from this run.
  int64_t clusters_touched = 0;  // Clusters of 2+ listed in clusters.jsonl.
  int64_t gained_outlet = 0;     // Earlier clusters that gained an outlet.
  int64_t merged_clusters = 0;   // Earlier clusters merged into an older one (now aliases).
  int64_t index_claims = 0;      // Claims in the index after the run.
  int64_t index_docs = 0;
  std::vector<StageTime> stages;
  int64_t peak_rss_bytes = 0;
};

// What the day's clustering says of a new claim, as `run`'s quotes.jsonl says it: its
// relation to its cluster's root (empty: none), the similarity, and its edit (empty: none).
struct QuoteFacts {
  std::string relation;
  double similarity = 0;
  uint32_t root_begin = 0, root_end = 0;  // The root's words it covers (0, 0: not located).
  std::string edit;
};

// One quotes.jsonl line: the claim with its stable id, cluster id, the run that added it and
// the wires its article credits; with `facts`, its relation, similarity, root words and edit
// too.
std::string IndexQuoteLine(const StoredClaim& claim, const StoredDoc& doc,
                           const QuoteFacts* facts = nullptr);

// One clusters.jsonl line: the cluster id, the ids merged into it (`aliases`), its members
// (in id order, with their documents) and how many of them `run` added (0: not counted).
// "root" is the longest member's text; "first" the earliest member by date (undated last),
// then by id, but a member under `short_words` words dated long before the root's wording is
// no first (core/first_credit.h: as `run`, with the root and members of `short_words` words
// or more carrying the wording); "wire", "wire_outlets", "carried" as in `run`
// (report/wire_provenance.h).
std::string IndexClusterLine(int64_t cluster, const std::vector<int64_t>& aliases,
                             const std::vector<StoredClaim>& members,
                             const std::vector<StoredDoc>& docs, int64_t run, uint32_t short_words);

// summary.json of an indexed run or report, to `path`.
absl::Status WriteIndexSummary(const IndexRunCounts& counts, const IndexParams& params,
                               const std::string& path);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_INDEX_REPORTS_H_
