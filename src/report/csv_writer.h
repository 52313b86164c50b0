// CsvWriter: RFC 4180 CSV rows (fields with commas, quotes or newlines are quoted), so the
// files load as they are in pandas, DuckDB and spreadsheets.
#ifndef CLAIMDUP_REPORT_CSV_WRITER_H_
#define CLAIMDUP_REPORT_CSV_WRITER_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

class CsvRow {
 public:
  CsvRow& Add(absl::string_view field);  // Text, neutralized as above.
  CsvRow& Add(int64_t value);
  CsvRow& Add(double value);  // Up to 6 significant digits.
  // The fields of `more`, already formatted, after this row's: fields many rows end with are
  // formatted once.
  CsvRow& Append(const CsvRow& more);
  // The row with its trailing newline.
  std::string Finish() const { return line_ + "\n"; }

 private:
  void Separator();
  std::string line_;
  bool first_ = true;
};

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_CSV_WRITER_H_
