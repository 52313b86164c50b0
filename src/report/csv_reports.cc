#include "report/csv_reports.h"

#include "report/csv_writer.h"
#include "report/table_rows.h"
#include "util/output_file.h"

namespace claimdup {

std::string OutletQuoteCsvLine(absl::string_view outlet, uint32_t cluster, int64_t claims,
                               absl::string_view first_date, bool is_first) {
  return CsvRow()
      .Add(outlet)
      .Add(int64_t{cluster})
      .Add(claims)
      .Add(first_date)
      .Add(is_first ? "true" : "false")
      .Finish();
}

absl::Status WriteOutletQuotesCsv(const ClaimTable& claims, const OutletTables& t,
                                  const std::string& path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->Write(kOutletQuotesCsvHeader);
  for (const OutletQuoteRow& r : t.outlet_quotes) {
    (*file)->Write(OutletQuoteCsvLine(claims.outlets[r.outlet], r.cluster, r.claims,
                                      FirstDate(claims, r), r.is_first));
  }
  return (*file)->Close();
}

absl::Status WriteOutletPairsCsv(const ClaimTable& claims, const OutletTables& t,
                                 const std::string& path) {
  return WriteOutletPairRows(claims.outlets, t.pairs, path);
}

absl::Status WriteSpeakersCsv(const ClaimTable& claims, const OutletTables& t,
                              const std::string& path) {
  return WriteSpeakerRows(claims.speakers, t.speakers, path);
}

}  // namespace claimdup
