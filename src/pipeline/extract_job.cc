#include "pipeline/extract_job.h"

#include "extract/content_date.h"
#include "ingest/document_stream.h"
#include "util/json_writer.h"

namespace claimdup {

absl::Status RunExtractJob(const std::vector<std::string>& inputs, const IngestOptions& ingest,
                           const ExtractOptions& extract, std::ostream& out,
                           IngestStats* ingest_stats, ExtractCounts* counts) {
  auto stream = DocumentStream::Open(inputs, ingest);
  if (!stream.ok()) return stream.status();
  Document doc;
  JsonLine line;  // One buffer for every line: cleared, its capacity kept.
  for (;;) {
    auto more = (*stream)->Next(&doc);
    if (!more.ok()) return more.status();
    if (!*more) break;
    const std::vector<ExtractedClaim> claims = ExtractClaims(doc.text, extract, counts);
    const std::string date = ContentDate(doc.date, doc.text);  // As `run` dates it.
    counts->tweet_dated += date != doc.date;
    for (const ExtractedClaim& c : claims) {
      line.Clear();
      line.Str("doc", doc.id)
          .Str("outlet", doc.outlet)
          .StrOrNull("date", date)
          .StrOrNull("speaker", c.speaker)
          .Str("text", c.text)
          .Int("begin", c.span.begin)
          .Int("end", c.span.end)
          .Int("quote_group", c.group)
          .Int("words", c.words);
      out << line.Finish() << '\n';
    }
    if (!out) return absl::DataLossError("write failed");
  }
  if (!out.flush()) return absl::DataLossError("write failed");
  *ingest_stats = (*stream)->stats();
  return absl::OkStatus();
}

}  // namespace claimdup
