// outlet_pairs.csv, speakers.csv and misattributed.csv written from plain rows: every name
// and text their lines print comes with the rows, so a process without the run's claim
// table (another rank of a distributed run, pipeline/distributed_quotes.h) writes the
// same bytes. These writers are the three files' one format: WriteOutletPairsCsv,
// WriteSpeakersCsv (report/csv_reports.h) and WriteMisattributedCsv
// (report/factcheck_files.h) call them on the run's own tables. Making the rows reads the
// claim table (misattributed.csv's root wordings from the spilled text); writing them is
// the formatting (CSV quoting, numbers) alone.
#ifndef CLAIMDUP_REPORT_TABLE_ROWS_H_
#define CLAIMDUP_REPORT_TABLE_ROWS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "cluster/clusterer.h"
#include "cluster/misattribution.h"
#include "core/claim_table.h"
#include "report/outlet_tables.h"

namespace claimdup {

// outlet_pairs.csv: `rows` in order, a row's `a` and `b` naming `outlets`.
absl::Status WriteOutletPairRows(const std::vector<std::string>& outlets,
                                 const std::vector<OutletPairRow>& rows, const std::string& path);

// speakers.csv: `rows` in order, a row's `speaker` naming `names`.
absl::Status WriteSpeakerRows(const std::vector<std::string>& names,
                              const std::vector<SpeakerRow>& rows, const std::string& path);

// The quote misattributed.csv (and report.html's section) shows per lead, in bytes.
inline constexpr size_t kMisattributedQuoteBytes = 400;

// misattributed.csv's rows, one per lead and person, leads in rank order; the numbers are
// the file's, the strings indices into MisattributedRows::strings.
struct MisattributedRow {
  int64_t cluster = 0, outlets = 0, claims = 0, rank = 0;
  uint32_t speaker = 0, first_date = 0, first_outlet = 0, quote = 0;
};
struct MisattributedRows {
  std::vector<std::string> strings;  // Each lead's quote once; names and dates per row.
  std::vector<MisattributedRow> rows;
};

// The rows of `report` (a lead's quote: its root wording, cut to the file's length).
MisattributedRows MisattributedRowsOf(const ClaimTable& claims, const ClusterRelations& relations,
                                      const MisattributionReport& report);

absl::Status WriteMisattributedRows(const MisattributedRows& rows, const std::string& path);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_TABLE_ROWS_H_
