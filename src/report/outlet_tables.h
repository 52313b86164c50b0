// Who repeats whom: per-outlet, per-pair and per-speaker tables built from the clusters.
//
// Only cross-outlet clusters count. "First" is the cluster's first member: the earliest
// dated article, ties broken by input order, unless a short excerpt (cluster_summary.h). An
// outlet "had it first" against another when its earliest date in the cluster, counting no
// member dated before the cluster's first, is strictly earlier (same-day ties count for
// neither).
// Clusters carried by more than kMaxPairOutlets outlets add no pairs (they are counted in
// clusters_without_pairs), so the pair table stays linear in the number of claims: a
// cluster adds at most kMaxPairOutlets / 2 pairs per member. Building is linear too.
#ifndef CLAIMDUP_REPORT_OUTLET_TABLES_H_
#define CLAIMDUP_REPORT_OUTLET_TABLES_H_

#include <climits>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "cluster/cluster_summary.h"
#include "core/claim_table.h"

namespace claimdup {

inline constexpr size_t kMaxPairOutlets = 100;

inline constexpr uint32_t kUndated = UINT32_MAX;

struct OutletQuoteRow {
  uint32_t outlet = 0;
  uint32_t cluster = 0;
  int64_t claims = 0;
  // A document of the outlet's earliest date in the cluster (kUndated if none is dated): the
  // date is read from it, so the run's many rows hold no string.
  uint32_t first_doc = kUndated;
  bool is_first = false;  // The outlet of the cluster's first member.
};

// The row's first date ("" if undated).
inline absl::string_view FirstDate(const ClaimTable& claims, const OutletQuoteRow& r) {
  return r.first_doc == kUndated ? absl::string_view()
                                 : absl::string_view(claims.docs[r.first_doc].date);
}

struct OutletPairRow {
  uint32_t a = 0, b = 0;  // Outlet indices; a's name sorts before b's.
  int64_t shared = 0;     // Cross-outlet clusters both carry.
  int64_t a_first = 0;    // Of those, clusters a published strictly earlier.
  int64_t b_first = 0;
  double jaccard = 0;  // shared / (clusters of a + clusters of b - shared).
  // Of `shared`, clusters where no wire is credited both by an article of a and by one of
  // b (report/wire_provenance.h): reuse a common wire credit does not explain.
  int64_t not_wire = 0;
};

struct SpeakerRow {
  uint32_t speaker = 0;
  int64_t clusters = 0;  // Cross-outlet clusters quoting them.
  int64_t outlets = 0;   // Distinct outlets carrying any of their claims.
  int64_t claims = 0;
};

struct OutletTables {
  std::vector<OutletQuoteRow> outlet_quotes;  // By cluster id, then first appearance.
  std::vector<OutletPairRow> pairs;           // Most shared first, then names.
  std::vector<SpeakerRow> speakers;           // Widest carried first (outlets, clusters).
  std::vector<int64_t> clusters_per_outlet;   // Cross-outlet clusters per outlet index.
  int64_t clusters_without_pairs = 0;         // Over kMaxPairOutlets outlets: no pairs.
  // Cross-outlet clusters by how their outlets carried the quote (report/wire_provenance.h's
  // WireCarry: own, mixed, wire), for report.html's wire section.
  int64_t wire_carry[3] = {0, 0, 0};
};

// The outlet_quotes rows of cross-outlet cluster `c` (none for any other), one per outlet in
// order of first appearance, appended to *rows. `row_of` is scratch space reused across calls.
void AppendOutletQuoteRows(const ClaimTable& claims, const ClusterInfo& c,
                           absl::flat_hash_map<uint32_t, size_t>* row_of,
                           std::vector<OutletQuoteRow>* rows);

OutletTables BuildOutletTables(const ClaimTable& claims, const std::vector<ClusterInfo>& clusters);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_OUTLET_TABLES_H_
