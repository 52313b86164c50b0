#include "ingest/byte_source.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace claimdup {
namespace {

absl::Status OpenError(const std::string& path) {
  const int err = errno;
  const std::string msg = absl::StrCat(path, ": cannot open: ", std::strerror(err));
  return err == ENOENT ? absl::NotFoundError(msg) : absl::PermissionDeniedError(msg);
}

class PlainSource : public ByteSource {
 public:
  explicit PlainSource(std::FILE* f, std::string path) : f_(f), path_(std::move(path)) {}
  ~PlainSource() override { std::fclose(f_); }
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    const size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_)) {
      return absl::DataLossError(absl::StrCat(path_, ": read error: ", std::strerror(errno)));
    }
    read_ += got;
    return got;
  }
  int64_t compressed_bytes_read() const override { return read_; }

 private:
  std::FILE* f_;
  std::string path_;
  int64_t read_ = 0;
};

class GzipSource : public ByteSource {
 public:
  GzipSource(gzFile f, std::string path) : f_(f), path_(std::move(path)) {}
  ~GzipSource() override { gzclose(f_); }
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    const int got = gzread(f_, buf, static_cast<unsigned>(n));
    if (got < 0) {
      int errnum = 0;
      const char* msg = gzerror(f_, &errnum);
      return absl::DataLossError(absl::StrCat(path_, ": corrupt gzip stream: ", msg));
    }
    return static_cast<size_t>(got);
  }
  int64_t compressed_bytes_read() const override { return gzoffset(f_); }

 private:
  gzFile f_;
  std::string path_;
};

class ZstdSource : public ByteSource {
 public:
  ZstdSource(std::FILE* f, std::string path)
      : f_(f), path_(std::move(path)), dctx_(ZSTD_createDCtx()), in_buf_(ZSTD_DStreamInSize()) {}
  ~ZstdSource() override {
    ZSTD_freeDCtx(dctx_);
    std::fclose(f_);
  }
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    ZSTD_outBuffer out = {buf, n, 0};
    while (out.pos == 0) {
      if (in_.pos == in_.size) {
        const size_t got = std::fread(in_buf_.data(), 1, in_buf_.size(), f_);
        if (got == 0) {
          if (std::ferror(f_)) return absl::DataLossError(absl::StrCat(path_, ": read error"));
          if (!frame_done_) {
            return absl::DataLossError(absl::StrCat(path_, ": truncated zstd stream"));
          }
          return 0;
        }
        read_ += got;
        in_ = {in_buf_.data(), got, 0};
      }
      const size_t ret = ZSTD_decompressStream(dctx_, &out, &in_);
      if (ZSTD_isError(ret)) {
        return absl::DataLossError(
            absl::StrCat(path_, ": corrupt zstd stream: ", ZSTD_getErrorName(ret)));
      }
      frame_done_ = (ret == 0);
    }
    return out.pos;
  }
  int64_t compressed_bytes_read() const override { return read_; }

 private:
  std::FILE* f_;
  std::string path_;
  ZSTD_DCtx* dctx_;
  std::vector<char> in_buf_;
  ZSTD_inBuffer in_ = {nullptr, 0, 0};
  bool frame_done_ = true;
  int64_t read_ = 0;
};

}  // namespace

absl::StatusOr<std::unique_ptr<ByteSource>> OpenByteSource(const std::string& path) {
  if (absl::EndsWith(path, ".gz")) {
    errno = 0;
    gzFile f = gzopen(path.c_str(), "rb");
    if (f == nullptr) return OpenError(path);
    gzbuffer(f, 1 << 18);
    return std::unique_ptr<ByteSource>(new GzipSource(f, path));
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return OpenError(path);
  if (absl::EndsWith(path, ".zst")) return std::unique_ptr<ByteSource>(new ZstdSource(f, path));
  return std::unique_ptr<ByteSource>(new PlainSource(f, path));
}

}  // namespace claimdup
