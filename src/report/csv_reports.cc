#include "report/csv_reports.h"

#include "report/csv_writer.h"
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
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->Write("outlet_a,outlet_b,shared_clusters,a_first,b_first,jaccard,shared_not_wire\n");
  for (const OutletPairRow& p : t.pairs) {
    (*file)->Write(CsvRow()
                       .Add(claims.outlets[p.a])
                       .Add(claims.outlets[p.b])
                       .Add(p.shared)
                       .Add(p.a_first)
                       .Add(p.b_first)
                       .Add(p.jaccard)
                       .Add(p.not_wire)
                       .Finish());
  }
  return (*file)->Close();
}

absl::Status WriteSpeakersCsv(const ClaimTable& claims, const OutletTables& t,
                              const std::string& path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->Write("speaker,clusters,outlets,claims\n");
  for (const SpeakerRow& s : t.speakers) {
    (*file)->Write(CsvRow()
                       .Add(claims.speakers[s.speaker])
                       .Add(s.clusters)
                       .Add(s.outlets)
                       .Add(s.claims)
                       .Finish());
  }
  return (*file)->Close();
}

}  // namespace claimdup
