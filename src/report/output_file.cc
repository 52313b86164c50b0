#include "report/output_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "absl/strings/str_cat.h"

namespace claimdup {

absl::StatusOr<std::unique_ptr<OutputFile>> OutputFile::Create(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot create: ", std::strerror(errno)));
  }
  std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
  return std::unique_ptr<OutputFile>(new OutputFile(f, path));
}

OutputFile::~OutputFile() {
  if (f_ != nullptr) std::fclose(f_);
}

void OutputFile::Write(absl::string_view s) {
  if (f_ == nullptr || s.empty()) return;
  if (std::fwrite(s.data(), 1, s.size(), f_) != s.size()) failed_ = true;
}

absl::Status OutputFile::Close() {
  if (f_ == nullptr) return absl::OkStatus();
  const bool flush_failed = std::fclose(f_) != 0;
  f_ = nullptr;
  if (failed_ || flush_failed) {
    return absl::DataLossError(absl::StrCat(path_, ": write failed: ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

absl::Status EnsureDirectory(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return absl::PermissionDeniedError(absl::StrCat(dir, ": cannot create: ", ec.message()));
  return absl::OkStatus();
}

}  // namespace claimdup
