#include "report/table_rows.h"

#include "cluster/cluster_summary.h"
#include "report/csv_writer.h"
#include "text/utf8.h"
#include "util/output_file.h"

namespace claimdup {

absl::Status WriteOutletPairRows(const std::vector<std::string>& outlets,
                                 const std::vector<OutletPairRow>& rows, const std::string& path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->Write("outlet_a,outlet_b,shared_clusters,a_first,b_first,jaccard,shared_not_wire\n");
  for (const OutletPairRow& p : rows) {
    (*file)->Write(CsvRow()
                       .Add(outlets[p.a])
                       .Add(outlets[p.b])
                       .Add(p.shared)
                       .Add(p.a_first)
                       .Add(p.b_first)
                       .Add(p.jaccard)
                       .Add(p.not_wire)
                       .Finish());
  }
  return (*file)->Close();
}

absl::Status WriteSpeakerRows(const std::vector<std::string>& names,
                              const std::vector<SpeakerRow>& rows, const std::string& path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->Write("speaker,clusters,outlets,claims\n");
  for (const SpeakerRow& s : rows) {
    (*file)->Write(
        CsvRow().Add(names[s.speaker]).Add(s.clusters).Add(s.outlets).Add(s.claims).Finish());
  }
  return (*file)->Close();
}

MisattributedRows MisattributedRowsOf(const ClaimTable& claims, const ClusterRelations& relations,
                                      const MisattributionReport& report) {
  MisattributedRows out;
  const auto add = [&](absl::string_view s) {
    out.strings.emplace_back(s);
    return static_cast<uint32_t>(out.strings.size() - 1);
  };
  int64_t rank = 0;
  for (const MisattributedCluster& lead : report.clusters) {
    ++rank;
    const uint32_t quote = add(
        TruncateUtf8(RootText(claims, relations, *lead.cluster), kMisattributedQuoteBytes));
    for (const CreditedSpeaker& s : lead.speakers) {
      const DocInfo& first = claims.docs[claims.doc(s.first)];
      MisattributedRow row{.cluster = int64_t{lead.cluster->id},
                           .outlets = s.outlets,
                           .claims = s.claims,
                           .rank = rank};
      row.speaker = add(claims.speakers[s.speaker]);
      row.first_date = add(first.date);
      row.first_outlet = add(claims.outlets[first.outlet]);
      row.quote = quote;
      out.rows.push_back(row);
    }
  }
  return out;
}

absl::Status WriteMisattributedRows(const MisattributedRows& rows, const std::string& path) {
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->Write("cluster,speaker,outlets,claims,first_date,first_outlet,rank,quote\n");
  // Every row of a lead ends with its rank and quote: formatted (escaped) once per lead.
  CsvRow tail;
  int64_t tail_rank = -1;
  for (const MisattributedRow& r : rows.rows) {
    if (r.rank != tail_rank) {
      tail_rank = r.rank;
      tail = CsvRow();
      tail.Add(r.rank).Add(rows.strings[r.quote]);
    }
    (*file)->Write(CsvRow()
                       .Add(r.cluster)
                       .Add(rows.strings[r.speaker])
                       .Add(r.outlets)
                       .Add(r.claims)
                       .Add(rows.strings[r.first_date])
                       .Add(rows.strings[r.first_outlet])
                       .Append(tail)
                       .Finish());
  }
  return (*file)->Close();
}

}  // namespace claimdup
