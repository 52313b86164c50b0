#include "ingest/manifest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "ingest/csv.h"
#include "text/utf8.h"

namespace claimdup {
namespace {

std::string NormalPath(const std::filesystem::path& p) {
  std::error_code ec;
  auto abs = std::filesystem::weakly_canonical(p, ec);
  return (ec ? p : abs).lexically_normal().string();
}

// Whether the components of `tail` are the last components of `path`.
bool IsPathTail(const std::filesystem::path& tail, const std::filesystem::path& path) {
  std::vector<std::filesystem::path> a(tail.begin(), tail.end()), b(path.begin(), path.end());
  if (a.size() > b.size()) return false;
  return std::equal(a.rbegin(), a.rend(), b.rbegin());
}

}  // namespace

absl::StatusOr<Manifest> Manifest::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open manifest"));
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  auto rows = ParseCsv(absl::StripPrefix(text, "\xEF\xBB\xBF"), path);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return absl::InvalidArgumentError(absl::StrCat(path, ":1: empty manifest"));

  const auto& header = (*rows)[0].fields;
  int col[6] = {-1, -1, -1, -1, -1, -1};  // id, file, outlet, url, date, title
  static constexpr const char* kNames[6] = {"id", "file", "outlet", "url", "date", "title"};
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string h = absl::AsciiStrToLower(absl::StripAsciiWhitespace(header[i]));
    for (int k = 0; k < 6; ++k) {
      if (h == kNames[k]) col[k] = static_cast<int>(i);
    }
  }
  if (col[1] < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ":1: manifest header has no 'file' column"));
  }

  Manifest m;
  m.dir_ = std::filesystem::path(path).parent_path().string();
  for (size_t r = 1; r < rows->size(); ++r) {
    const CsvRecord& row = (*rows)[r];
    auto get = [&](int k) -> std::string {
      std::string value;
      if (col[k] >= 0 && col[k] < static_cast<int>(row.fields.size())) {
        const absl::string_view field = absl::StripAsciiWhitespace(row.fields[col[k]]);
        // File names are matched byte for byte; every other field reaches the outputs.
        if (k == 1) {
          value.assign(field.data(), field.size());
        } else {
          RepairUtf8(field, &value);
        }
      }
      return value;
    };
    ManifestEntry e{get(0), get(1), get(2), get(3), get(4), get(5)};
    if (e.file.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", row.line, ": empty 'file' field"));
    }
    const size_t idx = m.entries_.size();
    const std::filesystem::path fp(e.file);
    m.by_path_.emplace(NormalPath(fp.is_absolute() ? fp : std::filesystem::path(m.dir_) / fp), idx);
    m.by_name_[fp.filename().string()].push_back(idx);
    m.entries_.push_back(std::move(e));
  }
  return m;
}

const ManifestEntry* Manifest::Find(absl::string_view path, bool unique_name) const {
  const std::filesystem::path p{std::string(path)};
  if (auto it = by_path_.find(NormalPath(p)); it != by_path_.end()) return &entries_[it->second];
  auto it = by_name_.find(p.filename().string());
  if (it == by_name_.end()) return nullptr;
  const std::filesystem::path full = std::filesystem::path(NormalPath(p));
  const ManifestEntry* found = nullptr;
  for (size_t idx : it->second) {
    const std::filesystem::path entry =
        std::filesystem::path(entries_[idx].file).lexically_normal();
    if (!IsPathTail(entry, full)) continue;
    if (found != nullptr) return nullptr;  // Two entries fit: neither is trusted.
    found = &entries_[idx];
  }
  if (found == nullptr) return nullptr;
  const bool bare = !std::filesystem::path(found->file).has_parent_path();
  return bare && !unique_name ? nullptr : found;
}

}  // namespace claimdup
