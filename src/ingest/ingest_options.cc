#include "ingest/ingest_options.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace claimdup {

absl::Status FieldMap::Override(absl::string_view spec) {
  const size_t eq = spec.find('=');
  if (eq == spec.npos || eq == 0 || eq + 1 == spec.size()) {
    return absl::InvalidArgumentError(
        absl::StrCat("--field expects ATTRIBUTE=NAME (e.g. text=body), got '", spec, "'"));
  }
  const absl::string_view attr = spec.substr(0, eq);
  std::vector<std::string> value = {std::string(spec.substr(eq + 1))};
  if (attr == "text") {
    text = value;
  } else if (attr == "outlet") {
    outlet = value;
  } else if (attr == "date") {
    date = value;
  } else if (attr == "url") {
    url = value;
  } else if (attr == "title") {
    title = value;
  } else if (attr == "id") {
    id = value;
  } else {
    return absl::InvalidArgumentError(absl::StrCat(
        "--field: unknown attribute '", attr, "' (one of text, outlet, date, url, title, id)"));
  }
  return absl::OkStatus();
}

}  // namespace claimdup
