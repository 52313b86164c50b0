#include "ingest/json_record.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "ingest/line_reader.h"
#include "ingest/metadata.h"

namespace claimdup {
namespace {

// Stores the value of the first of `names` present in `obj` in *out (strings as they are,
// numbers as their JSON text); returns false when none is present or all are null.
bool FirstField(const simdjson::dom::object& obj, const std::vector<std::string>& names,
                std::string* out) {
  for (const std::string& name : names) {
    simdjson::dom::element value;
    if (obj.at_key(name).get(value) != simdjson::SUCCESS) continue;
    switch (value.type()) {
      case simdjson::dom::element_type::STRING: {
        std::string_view s;
        if (value.get_string().get(s) != simdjson::SUCCESS) continue;
        out->assign(s.data(), s.size());
        return true;
      }
      case simdjson::dom::element_type::NULL_VALUE:
        continue;
      case simdjson::dom::element_type::INT64:
      case simdjson::dom::element_type::UINT64:
      case simdjson::dom::element_type::DOUBLE:
        *out = simdjson::minify(value);
        return true;
      default:
        continue;  // Arrays/objects are not usable as a scalar field.
    }
  }
  return false;
}

}  // namespace

absl::Status ParseJsonRecord(simdjson::dom::parser& parser, absl::string_view line,
                             const FieldMap& fields, Document* doc) {
  simdjson::dom::element root;
  const auto error = parser.parse(line.data(), line.size(), /*realloc_if_needed=*/false).get(root);
  if (error != simdjson::SUCCESS) {
    return absl::InvalidArgumentError(
        absl::StrCat("malformed JSON: ", simdjson::error_message(error)));
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    return absl::InvalidArgumentError("record is not a JSON object");
  }
  if (!FirstField(obj, fields.text, &doc->text)) {
    return absl::InvalidArgumentError(
        absl::StrCat("no text field (tried: ", absl::StrJoin(fields.text, ", "), ")"));
  }
  if (doc->text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return absl::InvalidArgumentError("empty text");
  }
  std::string raw_date;
  FirstField(obj, fields.id, &doc->id);
  FirstField(obj, fields.url, &doc->url);
  FirstField(obj, fields.title, &doc->title);
  if (FirstField(obj, fields.date, &raw_date)) {
    doc->date = NormalizeDate(raw_date);
    doc->invalid_date = doc->date.empty() && !absl::StripAsciiWhitespace(raw_date).empty();
  }
  if (!FirstField(obj, fields.outlet, &doc->outlet) || doc->outlet.empty()) {
    doc->outlet = OutletFromUrl(doc->url);
  }
  return absl::OkStatus();
}

}  // namespace claimdup
