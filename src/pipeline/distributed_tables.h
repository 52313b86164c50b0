// outlet_pairs.csv, speakers.csv and misattributed.csv of a distributed run, written by other
// ranks while rank 0 writes report.html.
//
// In a distributed run (pipeline/distributed_quotes.h) rank 0 wrote every report file but
// the parts; these three are formatting alone once their rows are made
// (report/table_rows.h), so rank 0 makes the rows and sends each one's rows, with every name
// and text they print and the file's staged path, to another rank: table k (outlet_pairs,
// speakers, misattributed) to rank N - 1 - k % (N - 1), the ranks whose cluster packs come
// last in a round. Every other rank gets one message after its last pack (empty when it
// writes none, or when rank 0 writes them itself: SendTableRows without paths); the rank
// writes its tables once it has copied its parts, beside rank 0's report.html, and its
// outcome joins the ranks' agreement. The files are the ones one process writes: the same
// writers on the same rows.
//
// report.html's outlet sections (the heatmap and the wire section, report/html_report.h)
// go the same way: rank N - 1, which writes outlet_pairs.csv, also gets the clusters per
// outlet and the wire carry counts, renders the two sections from them and the pair rows as
// soon as its message arrives (before the ranks place their parts) and sends them to rank 0,
// which takes them after writing its own lines and puts them in its report.html: the same
// renderer on the same tables.
#ifndef CLAIMDUP_PIPELINE_DISTRIBUTED_TABLES_H_
#define CLAIMDUP_PIPELINE_DISTRIBUTED_TABLES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "dist/mpi_world.h"
#include "report/html_report.h"
#include "report/outlet_tables.h"
#include "report/report_files.h"
#include "report/report_input.h"
#include "report/table_rows.h"

namespace claimdup {

// The message for each of `ranks` ranks (rank 0's, the first, unused) that SendTableRows
// sends: table k's rows, with `paths`'s path, in rank N - 1 - k % (N - 1)'s; with `paths`
// null, none.
std::vector<std::string> TableRowsMessages(const RunResult& result, const OutletTables& tables,
                                           const TablePaths* paths, int ranks);

// Rank 0: sends every other rank its share of the three tables of `result` (`tables` its
// outlet tables) to write at `paths`; with `paths` null, an empty message to each (rank 0
// writes them). Returns whether the tables went to the ranks.
bool SendTableRows(MpiWorld* world, const RunResult& result, const OutletTables& tables,
                   const TablePaths* paths);

// The other ranks: the message SendTableRows sent this rank.
std::string ReceiveTableRows(MpiWorld* world);

// A message's tables, read back once for both uses below; the outlet sections' inputs (in
// `sections`: the pair rows, clusters per outlet, wire carry counts) when it holds them.
struct TableRows {
  std::vector<std::string> outlets, names;
  std::vector<OutletPairRow> pairs;
  std::vector<SpeakerRow> speakers;
  MisattributedRows misattributed;
  std::string pairs_path, speakers_path, misattributed_path;
  bool has_pairs = false, has_speakers = false, has_misattributed = false;
  std::optional<OutletTables> sections;
};

// The tables in `message` (none for an empty one).
TableRows ReadTableRows(absl::string_view message);

// Writes the tables `rows` holds; the first failure.
absl::Status WriteTableRows(const TableRows& rows);

// The other ranks: when `rows` ask for report.html's outlet sections (rank N - 1's, with
// paths), the bytes to send rank 0: the sections, rendered; otherwise empty (send nothing).
std::string HtmlSectionsMessage(const TableRows& rows);

// Rank 0: the sections in HtmlSectionsMessage's bytes (received from rank N - 1 when
// SendTableRows returned true).
HtmlOutletSections ReadHtmlSections(absl::string_view bytes);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_DISTRIBUTED_TABLES_H_
