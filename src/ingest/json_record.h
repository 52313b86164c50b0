// Turning one JSON Lines record into a Document.
#ifndef CLAIMDUP_INGEST_JSON_RECORD_H_
#define CLAIMDUP_INGEST_JSON_RECORD_H_

#include <simdjson.h>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "core/document.h"
#include "ingest/ingest_options.h"

namespace claimdup {

// Parses `line` (valid UTF-8, with kLinePadding readable bytes after its end) as a JSON
// object and fills the document's id/outlet/date/url/title/text from the first present field
// of each list in `fields`. Errors (not an object, malformed JSON, no text field, empty
// text) carry a short reason; the caller adds file and line. Escaped lone surrogates
// ("\ud800") are replaced by U+FFFD and counted in doc->utf8_repairs.
absl::Status ParseJsonRecord(simdjson::dom::parser& parser, absl::string_view line,
                             const FieldMap& fields, Document* doc);

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_JSON_RECORD_H_
