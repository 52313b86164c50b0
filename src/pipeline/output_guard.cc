#include "pipeline/output_guard.h"

#include <filesystem>

#include "absl/strings/str_cat.h"
#include "ingest/byte_source.h"

namespace claimdup {
namespace fs = std::filesystem;
namespace {

// The absolute path with links resolved as far as the path exists.
fs::path Resolved(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path).lexically_normal() : p;
}

bool Inside(const fs::path& path, const fs::path& dir) {
  auto d = dir.begin(), p = path.begin();
  for (; d != dir.end() && !d->empty(); ++d, ++p) {
    if (p == path.end() || *p != *d) return false;
  }
  return true;
}

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (fs::equivalent(a, b, ec) && !ec) return true;
  return Resolved(a) == Resolved(b);
}

}  // namespace

absl::Status CheckOutputFolderApart(const std::vector<std::string>& inputs,
                                    const std::string& out_dir) {
  const fs::path out = Resolved(out_dir);
  for (const std::string& input : inputs) {
    if (input == kStdinPath) continue;
    if (SameFile(input, out_dir) || Inside(Resolved(input), out)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--out ", out_dir, ": the output folder ", SameFile(input, out_dir) ? "is" : "holds",
          " the input ", input, "; its files would be replaced: choose a separate folder"));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckOutputFilesApart(const std::vector<std::string>& inputs,
                                   const std::vector<std::string>& outputs) {
  for (const std::string& output : outputs) {
    std::error_code ec;
    if (fs::is_directory(output, ec)) {
      return absl::InvalidArgumentError(absl::StrCat("--out ", output, ": is a folder"));
    }
    for (const std::string& input : inputs) {
      if (input == kStdinPath) continue;
      if (SameFile(input, output)) {
        return absl::InvalidArgumentError(absl::StrCat(
            output, ": is also an input; writing it would destroy it: choose another --out"));
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace claimdup
