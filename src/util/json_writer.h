// JsonLine: builds one JSON object on one line (JSON Lines), escaping strings correctly.
//
// The one JSON writer of the project: quotes.jsonl, clusters.jsonl, summary.json, extract
// output and dedup's removed.jsonl all go through it, so every file loads in pandas/DuckDB.
#ifndef CLAIMDUP_UTIL_JSON_WRITER_H_
#define CLAIMDUP_UTIL_JSON_WRITER_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

// Appends `s` as a JSON string literal (with quotes) to *out.
void AppendJsonString(absl::string_view s, std::string* out);

class JsonLine {
 public:
  JsonLine() { out_.push_back('{'); }
  JsonLine& Str(absl::string_view key, absl::string_view value);
  JsonLine& StrOrNull(absl::string_view key, absl::string_view value);  // "" -> null
  JsonLine& Int(absl::string_view key, int64_t value);
  JsonLine& Num(absl::string_view key, double value);
  JsonLine& Bool(absl::string_view key, bool value);
  JsonLine& Raw(absl::string_view key, absl::string_view json);  // Already-encoded JSON value.
  // The finished object, without a newline.
  const std::string& Finish();
  // Starts a new object, keeping the buffer's capacity (for writing millions of lines).
  void Clear() {
    out_.assign(1, '{');
    first_ = true;
    done_ = false;
  }

 private:
  void Key(absl::string_view key);
  std::string out_;
  bool first_ = true;
  bool done_ = false;
};

// A JSON array of strings.
template <typename Range>
std::string JsonStringArray(const Range& items) {
  std::string out = "[";
  bool first = true;
  for (const auto& item : items) {
    if (!first) out.push_back(',');
    first = false;
    AppendJsonString(item, &out);
  }
  out.push_back(']');
  return out;
}

}  // namespace claimdup

#endif  // CLAIMDUP_UTIL_JSON_WRITER_H_
