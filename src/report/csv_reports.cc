#include "report/csv_reports.h"

#include "report/csv_writer.h"
#include "util/output_file.h"

namespace claimdup {

absl::Status WriteOutletQuotesCsv(const ClaimTable& claims, const OutletTables& t,
                                  const std::string& path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->Write("outlet,cluster,claims,first_date,is_first\n");
  for (const OutletQuoteRow& r : t.outlet_quotes) {
    (*file)->Write(CsvRow()
                       .Add(claims.outlets[r.outlet])
                       .Add(int64_t{r.cluster})
                       .Add(r.claims)
                       .Add(r.first_date)
                       .Add(r.is_first ? "true" : "false")
                       .Finish());
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
