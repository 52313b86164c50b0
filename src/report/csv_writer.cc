#include "report/csv_writer.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "text/control_chars.h"

namespace claimdup {

void CsvRow::Separator() {
  if (!first_) line_.push_back(',');
  first_ = false;
}

CsvRow& CsvRow::Add(absl::string_view text) {
  Separator();
  std::string safe;
  if (HasControlChars(text)) {
    safe = WithoutControlChars(text, /*keep_line_breaks=*/true);
    text = safe;
  }
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) {
    safe = absl::StrCat("'", text);
    text = safe;
  }
  const absl::string_view field = text;
  if (field.find_first_of(",\"\n\r") == absl::string_view::npos) {
    absl::StrAppend(&line_, field);
    return *this;
  }
  line_.push_back('"');
  for (char c : field) {
    if (c == '"') line_.push_back('"');
    line_.push_back(c);
  }
  line_.push_back('"');
  return *this;
}

CsvRow& CsvRow::Add(int64_t value) {
  Separator();
  absl::StrAppend(&line_, value);
  return *this;
}

CsvRow& CsvRow::Add(double value) {
  Separator();
  absl::StrAppendFormat(&line_, "%.6g", value);
  return *this;
}

CsvRow& CsvRow::Append(const CsvRow& more) {
  if (more.first_) return *this;
  Separator();
  line_ += more.line_;
  return *this;
}

}  // namespace claimdup
