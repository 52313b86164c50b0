// CSV reading (RFC 4180: quoted fields, doubled quotes, newlines inside quotes).
//
// Used for manifests. Writing CSV lives in report/csv_writer.h.
#ifndef CLAIMDUP_INGEST_CSV_H_
#define CLAIMDUP_INGEST_CSV_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimdup {

// One parsed row (report/csv_writer.h's CsvRow is the writer's row).
struct CsvRecord {
  std::vector<std::string> fields;
  int line = 0;  // 1-based line where the row starts.
};

// Parses `text` into rows. Blank lines are skipped. An unterminated quoted field is an error
// naming `name` and the line it started on.
absl::StatusOr<std::vector<CsvRecord>> ParseCsv(absl::string_view text, absl::string_view name);

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_CSV_H_
