#include "ingest/json_record.h"

#include <cstdint>
#include <string>

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

bool Hex4(absl::string_view s, size_t pos, uint32_t* value) {
  if (pos + 4 > s.size()) return false;
  *value = 0;
  for (size_t i = pos; i < pos + 4; ++i) {
    const char c = s[i];
    const int d = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
    if (d < 0) return false;
    *value = *value * 16 + d;
  }
  return true;
}

// Copies `json` to *out with each \uD800-\uDFFF escape that is not half of a valid surrogate
// pair replaced by \uFFFD (simdjson rejects the record otherwise); returns how many.
int64_t RepairLoneSurrogates(absl::string_view json, std::string* out) {
  out->clear();
  out->reserve(json.size() + kLinePadding);
  int64_t repaired = 0;
  for (size_t i = 0; i < json.size(); ++i) {
    uint32_t v, w;
    if (json[i] != '\\' || i + 1 == json.size()) {
      out->push_back(json[i]);
    } else if (json[i + 1] != 'u' || !Hex4(json, i + 2, &v)) {
      absl::StrAppend(out, json.substr(i, 2));  // Any other escape, "\\" included, as it is.
      ++i;
    } else if (v >= 0xD800 && v <= 0xDBFF && json.substr(i + 6, 2) == "\\u" &&
               Hex4(json, i + 8, &w) && w >= 0xDC00 && w <= 0xDFFF) {
      absl::StrAppend(out, json.substr(i, 12));  // A valid pair.
      i += 11;
    } else if (v >= 0xD800 && v <= 0xDFFF) {
      out->append("\\ufffd");
      ++repaired;
      i += 5;
    } else {
      absl::StrAppend(out, json.substr(i, 6));
      i += 5;
    }
  }
  return repaired;
}

}  // namespace

absl::Status ParseJsonRecord(simdjson::dom::parser& parser, absl::string_view line,
                             const FieldMap& fields, Document* doc) {
  simdjson::dom::element root;
  auto error = parser.parse(line.data(), line.size(), /*realloc_if_needed=*/false).get(root);
  std::string repaired;
  if (error == simdjson::STRING_ERROR && line.find("\\u") != absl::string_view::npos) {
    // Lone surrogates (\ud800) are invalid UTF-16: repaired like invalid UTF-8, not fatal.
    const int64_t n = RepairLoneSurrogates(line, &repaired);
    if (n > 0) {
      error = parser.parse(repaired.data(), repaired.size(), /*realloc_if_needed=*/false).get(root);
      if (error == simdjson::SUCCESS) doc->utf8_repairs += n;
    }
  }
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
