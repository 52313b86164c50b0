// Options and counters of the ingest stage.
#ifndef CLAIMDUP_INGEST_INGEST_OPTIONS_H_
#define CLAIMDUP_INGEST_INGEST_OPTIONS_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace claimdup {

// JSON field names tried, in order, for each document attribute. The defaults cover
// news-please / CC-NEWS dumps and the generic shapes.
struct FieldMap {
  std::vector<std::string> text = {"maintext", "text", "content", "body", "article"};
  std::vector<std::string> outlet = {"source_domain", "outlet", "source", "domain", "publisher"};
  std::vector<std::string> date = {"date_publish", "date",         "published",
                                   "published_at", "publish_date", "date_published"};
  std::vector<std::string> url = {"url", "link"};
  std::vector<std::string> title = {"title", "headline"};
  std::vector<std::string> id = {"id", "_id", "doc_id", "uuid"};

  // Applies an override "attribute=field" (e.g. "text=body"): `field` becomes the only name
  // tried for `attribute`. Errors on an unknown attribute or a malformed spec.
  absl::Status Override(absl::string_view spec);
};

struct IngestOptions {
  std::string manifest_path;  // Empty: use DIR/manifest.csv of an input folder if present.
  bool lenient = false;       // Skip and count bad records instead of stopping.
  int64_t max_record_bytes = 64ll << 20;  // A longer line or text file is a bad record.
  FieldMap fields;
  bool keep_raw = false;  // Keep each JSONL record's text in Document::raw (dedup output).
  // The job's own output files: skipped when found while walking an input folder.
  std::vector<std::string> skip_paths;
};

// A file of this name marks a folder as a claimdup output folder (it is also the folder's
// lock, report/output_set.h): folders holding it are skipped when walking inputs.
inline constexpr const char* kOutputFolderMarker = ".claimdup-output";
// Single-file outputs (dedup, extract --out) are written to ".partial-PID-NAME" beside their
// target until done (report/output_set.h); walks skip such files, even left by a killed job.
inline constexpr const char* kPartialFilePrefix = ".partial-";

// What ingest saw. Skips are counted per reason; the first few messages are kept verbatim.
struct IngestStats {
  int64_t files = 0;
  int64_t documents = 0;
  int64_t bytes = 0;  // Uncompressed bytes read.
  int64_t utf8_repaired_records = 0;
  int64_t utf8_replacements = 0;
  int64_t undated_documents = 0;
  int64_t invalid_dates = 0;  // Dates given but impossible or unreadable: read as undated.
  std::map<std::string, int64_t> skipped;  // reason -> count (lenient mode)
  std::vector<std::string> warnings;       // first kMaxWarnings "file:line: reason" messages

  static constexpr size_t kMaxWarnings = 20;
  int64_t total_skipped() const {
    int64_t n = 0;
    for (const auto& [reason, count] : skipped) n += count;
    return n;
  }
};

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_INGEST_OPTIONS_H_
