#include "extract/given_names.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"

namespace claimdup {
namespace {

constexpr absl::string_view kGivenNames =
#include "extract/given_names_data.inc"
    ;

// The listed names; kUnknown marks a name used for both.
const absl::flat_hash_map<std::string, Gender>& GivenNames() {
  static const auto* kTable = [] {
    auto* table = new absl::flat_hash_map<std::string, Gender>();
    for (absl::string_view line : absl::StrSplit(kGivenNames, '\n', absl::SkipEmpty())) {
      const size_t sp = line.rfind(' ');
      if (sp == absl::string_view::npos || sp + 1 >= line.size()) continue;
      const char g = line[sp + 1];
      (*table)[std::string(line.substr(0, sp))] =
          g == 'F' ? Gender::kFemale : g == 'M' ? Gender::kMale : Gender::kUnknown;
    }
    return table;
  }();
  return *kTable;
}

}  // namespace

Gender GivenNameGender(absl::string_view name) {
  if (name.empty() || name.size() > 24) return Gender::kUnknown;
  const auto& table = GivenNames();
  const auto it = table.find(absl::AsciiStrToLower(name));
  return it == table.end() ? Gender::kUnknown : it->second;
}

bool IsGivenName(absl::string_view name) {
  if (name.empty() || name.size() > 24) return false;
  return GivenNames().contains(absl::AsciiStrToLower(name));
}

}  // namespace claimdup
