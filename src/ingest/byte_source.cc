#include "ingest/byte_source.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace claimdup {
namespace {

constexpr size_t kMagicBytes = 6;  // The longest magic number recognized (xz).

absl::Status OpenError(const std::string& path) {
  const int err = errno;
  const std::string msg = absl::StrCat(path, ": cannot open: ", std::strerror(err));
  return err == ENOENT ? absl::NotFoundError(msg) : absl::PermissionDeniedError(msg);
}

// The raw bytes of a file, pipe or standard input. The first bytes are read ahead to detect
// the format and served again by Read(), so nothing needs to seek (pipes cannot).
class RawInput {
 public:
  RawInput(std::FILE* f, bool owned, std::string path)
      : f_(f), owned_(owned), path_(std::move(path)) {}
  ~RawInput() {
    if (owned_) std::fclose(f_);
  }
  const std::string& path() const { return path_; }
  int64_t bytes_read() const { return read_; }

  // Reads up to kMagicBytes ahead (fewer at the end of the input) and returns them.
  absl::StatusOr<std::string> PeekHead() {
    head_.resize(kMagicBytes);
    const size_t got = std::fread(head_.data(), 1, head_.size(), f_);
    if (got < head_.size() && std::ferror(f_)) return ReadError();
    head_.resize(got);
    return head_;
  }

  absl::StatusOr<size_t> Read(char* buf, size_t n) {
    if (head_pos_ < head_.size()) {
      const size_t k = std::min(n, head_.size() - head_pos_);
      std::memcpy(buf, head_.data() + head_pos_, k);
      head_pos_ += k;
      read_ += k;
      return k;
    }
    const size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_)) return ReadError();
    read_ += got;
    return got;
  }

 private:
  absl::Status ReadError() const {
    return absl::DataLossError(absl::StrCat(path_, ": read error: ", std::strerror(errno)));
  }

  std::FILE* f_;
  bool owned_;
  std::string path_;
  std::string head_;
  size_t head_pos_ = 0;
  int64_t read_ = 0;
};

class PlainSource : public ByteSource {
 public:
  explicit PlainSource(std::unique_ptr<RawInput> in) : in_(std::move(in)) {}
  absl::StatusOr<size_t> Read(char* buf, size_t n) override { return in_->Read(buf, n); }
  int64_t compressed_bytes_read() const override { return in_->bytes_read(); }

 private:
  std::unique_ptr<RawInput> in_;
};

// gzip through zlib's inflate, member by member (concatenated members are one stream, as
// gzip -d reads them). The end of the input must fall between members.
class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<RawInput> in) : in_(std::move(in)), in_buf_(1 << 18) {
    std::memset(&z_, 0, sizeof(z_));
    inflateInit2(&z_, 16 + MAX_WBITS);
  }
  ~GzipSource() override { inflateEnd(&z_); }

  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    size_t produced = 0;
    while (produced == 0 && n > 0) {
      if (z_.avail_in == 0) {
        auto got = in_->Read(in_buf_.data(), in_buf_.size());
        if (!got.ok()) return got.status();
        if (*got == 0) {
          if (in_member_) {
            return absl::DataLossError(
                absl::StrCat(in_->path(), ": truncated gzip stream (unexpected end of file)"));
          }
          return 0;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_buf_.data());
        z_.avail_in = static_cast<uInt>(*got);
      }
      if (!in_member_) {
        if (static_cast<unsigned char>(z_.next_in[0]) != 0x1f) {
          return absl::DataLossError(
              absl::StrCat(in_->path(), ": trailing garbage after the gzip stream"));
        }
        in_member_ = true;
      }
      z_.next_out = reinterpret_cast<Bytef*>(buf);
      z_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
      const uInt out_before = z_.avail_out;
      const int ret = inflate(&z_, Z_NO_FLUSH);
      produced = out_before - z_.avail_out;
      if (ret == Z_STREAM_END) {
        in_member_ = false;
        inflateReset(&z_);
      } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
        return absl::DataLossError(absl::StrCat(
            in_->path(), ": corrupt gzip stream: ", z_.msg != nullptr ? z_.msg : zError(ret)));
      }
    }
    return produced;
  }
  int64_t compressed_bytes_read() const override { return in_->bytes_read(); }

 private:
  std::unique_ptr<RawInput> in_;
  std::vector<char> in_buf_;
  z_stream z_;
  bool in_member_ = false;  // Inside a member: the input may not end here.
};

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<RawInput> in)
      : in_(std::move(in)), dctx_(ZSTD_createDCtx()), in_buf_(ZSTD_DStreamInSize()) {}
  ~ZstdSource() override { ZSTD_freeDCtx(dctx_); }
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    ZSTD_outBuffer out = {buf, n, 0};
    while (out.pos == 0 && n > 0) {
      if (zin_.pos == zin_.size) {
        auto got = in_->Read(in_buf_.data(), in_buf_.size());
        if (!got.ok()) return got.status();
        if (*got == 0) {
          if (!frame_done_) {
            return absl::DataLossError(absl::StrCat(in_->path(), ": truncated zstd stream"));
          }
          return 0;
        }
        zin_ = {in_buf_.data(), *got, 0};
      }
      const size_t ret = ZSTD_decompressStream(dctx_, &out, &zin_);
      if (ZSTD_isError(ret)) {
        return absl::DataLossError(
            absl::StrCat(in_->path(), ": corrupt zstd stream: ", ZSTD_getErrorName(ret)));
      }
      frame_done_ = (ret == 0);
    }
    return out.pos;
  }
  int64_t compressed_bytes_read() const override { return in_->bytes_read(); }

 private:
  std::unique_ptr<RawInput> in_;
  ZSTD_DCtx* dctx_;
  std::vector<char> in_buf_;
  ZSTD_inBuffer zin_ = {nullptr, 0, 0};
  bool frame_done_ = true;
};

}  // namespace

Compression DetectCompression(const char* head, size_t n) {
  auto starts = [&](const char* magic, size_t len) {
    return n >= len && std::memcmp(head, magic, len) == 0;
  };
  if (starts("\x1f\x8b", 2)) return Compression::kGzip;
  if (starts("\x28\xb5\x2f\xfd", 4)) return Compression::kZstd;
  if (starts("BZh", 3)) return Compression::kBzip2;
  static constexpr char kXzMagic[] = {'\xfd', '7', 'z', 'X', 'Z', '\0'};
  if (starts(kXzMagic, sizeof(kXzMagic))) return Compression::kXz;
  return Compression::kNone;
}

absl::StatusOr<std::unique_ptr<ByteSource>> OpenByteSource(const std::string& path) {
  const bool is_stdin = path == kStdinPath;
  errno = 0;
  std::FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) return OpenError(path);
  auto raw = std::make_unique<RawInput>(f, !is_stdin, is_stdin ? "(standard input)" : path);
  auto head = raw->PeekHead();
  if (!head.ok()) return head.status();
  switch (DetectCompression(head->data(), head->size())) {
    case Compression::kGzip:
      return std::unique_ptr<ByteSource>(new GzipSource(std::move(raw)));
    case Compression::kZstd:
      return std::unique_ptr<ByteSource>(new ZstdSource(std::move(raw)));
    case Compression::kBzip2:
    case Compression::kXz:
      return absl::InvalidArgumentError(
          absl::StrCat(raw->path(),
                       ": bzip2/xz compression is not supported; recompress with gzip or zstd "
                       "(e.g. bzcat FILE | zstd > FILE.zst, or xzcat FILE | zstd > FILE.zst)"));
    case Compression::kNone:
      break;
  }
  return std::unique_ptr<ByteSource>(new PlainSource(std::move(raw)));
}

}  // namespace claimdup
