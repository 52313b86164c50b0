// clusters.jsonl's lines as plain data: a range of clusters packed with every name and text
// their lines print, and the one writer of those lines.
//
// WriteClustersJsonl (report/claim_files.h) packs the run's clusters a chunk at a time and
// writes each pack. A distributed run (pipeline/distributed_quotes.h) packs each rank's
// contiguous range of clusters on rank 0 and sends it; the rank writes the lines to its part
// of the file without the run's claim table, and the parts, placed in rank order, are the
// file one process writes. Packing copies names and texts; the formatting (JSON escaping,
// numbers) is the writer's.
#ifndef CLAIMDUP_REPORT_CLUSTER_LINES_H_
#define CLAIMDUP_REPORT_CLUSTER_LINES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "cluster/cluster_summary.h"
#include "cluster/clusterer.h"
#include "core/claim_table.h"
#include "report/outlet_tables.h"
#include "util/output_file.h"

namespace claimdup {

// Clusters' lines, packed: per cluster, numbers in `fields` (its id, members, indices into
// the strings, wire provenance, stock; laid out by PackClusterLines), and the strings they
// name (outlets, document ids, dates, speakers, canonical and root wordings), each stored once
// per pack, one after another in `bytes`. Plain vectors, so they travel as bytes.
struct ClusterLinesPack {
  std::vector<uint32_t> fields;
  // With outlet rows: the clusters' outlet_quotes.csv rows (report/outlet_tables.h), five
  // numbers each: cluster id, outlet (a string), claims, first date (a string), is_first.
  std::vector<uint32_t> outlet_rows;
  std::string bytes;
  std::vector<uint64_t> string_at{0};  // String s is bytes[string_at[s], string_at[s + 1]).

  absl::string_view str(uint32_t s) const {
    return absl::string_view(bytes).substr(string_at[s], string_at[s + 1] - string_at[s]);
  }
};

// How many clusters' lines a pack holds when a file is written a pack at a time (about
// 10 MB of names and wordings on generated news).
constexpr size_t kClusterLinesPerPack = 16384;

// Where the packs of one run note the strings they already hold: a slot per outlet, document,
// date and speaker of the run, allocated once and reused by every pack (a slot of an earlier
// pack is stale), so naming one is an array look-up, not a hash, and no pack pays for the
// run's size.
struct ClusterLinesSlots {
  uint32_t pack = 0;  // Packs made with these slots so far.
  // Outlets, documents, dates, speakers: (pack << 32) | the string, by index.
  std::vector<uint64_t> by_kind[4];
};

// Packs the lines of clusters [from, to) of `clusters` (the run's, with its `claims` and
// `relations`; `stock`: per cluster, empty outside sentence mode), and with `outlet_rows`
// (the run's outlet_quotes rows, report/outlet_tables.h: by cluster id) those clusters'
// rows too. Reads the canonical wordings in text order (they are
// scattered over the spilled text) and lets them go. Pass the same `slots` to every pack of a
// run (without, each pack allocates its own: fine for one pack).
ClusterLinesPack PackClusterLines(const ClaimTable& claims,
                                  const std::vector<ClusterInfo>& clusters,
                                  const ClusterRelations& relations, const std::vector<bool>& stock,
                                  size_t from, size_t to,
                                  const std::vector<OutletQuoteRow>* outlet_rows = nullptr,
                                  ClusterLinesSlots* slots = nullptr);

// Writes the pack's lines, in order, to `file`.
void WriteClusterLines(const ClusterLinesPack& pack, OutputFile* file);

// Writes the pack's outlet_quotes.csv rows (no header), in order, to `file`: the lines
// WriteOutletQuotesCsv (report/csv_reports.h) writes for the pack's clusters.
void WriteOutletQuoteLines(const ClusterLinesPack& pack, OutputFile* file);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_CLUSTER_LINES_H_
