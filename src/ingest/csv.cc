#include "ingest/csv.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace claimdup {

absl::StatusOr<std::vector<CsvRecord>> ParseCsv(absl::string_view text, absl::string_view name) {
  std::vector<CsvRecord> rows;
  CsvRecord row;
  std::string field;
  bool in_quotes = false;
  bool row_has_content = false;
  int line = 1;
  int quote_line = 0;
  row.line = 1;
  auto end_field = [&] {
    row.fields.push_back(std::move(field));
    field.clear();
  };
  auto end_row = [&] {
    if (row_has_content) {
      end_field();
      rows.push_back(std::move(row));
    }
    row = CsvRecord();
    field.clear();
    row_has_content = false;
    row.line = line;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    switch (c) {
      case '"':
        in_quotes = true;
        quote_line = line;
        row_has_content = true;
        break;
      case ',':
        end_field();
        row_has_content = true;
        break;
      case '\r':
        break;
      case '\n':
        ++line;
        end_row();
        break;
      default:
        field.push_back(c);
        row_has_content = true;
    }
  }
  if (in_quotes) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ":", quote_line, ": unterminated quoted field"));
  }
  end_row();
  return rows;
}

}  // namespace claimdup
