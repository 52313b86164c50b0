#include "ingest/line_reader.h"

#include <algorithm>
#include <cstring>

namespace claimdup {
namespace {
constexpr size_t kChunk = 1 << 20;
}

LineReader::LineReader(std::unique_ptr<ByteSource> source, size_t max_line_bytes)
    : source_(std::move(source)), max_line_bytes_(max_line_bytes) {
  buf_.resize(kChunk + kLinePadding);
}

absl::StatusOr<bool> LineReader::Fill() {
  if (eof_) return false;
  if (begin_ > 0) {  // Compact: move the unconsumed tail to the front.
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buf_.size() - kLinePadding - end_ < kChunk / 2) {
    buf_.resize(std::max(buf_.size() * 2, end_ + kChunk + kLinePadding));
  }
  auto got = source_->Read(buf_.data() + end_, buf_.size() - kLinePadding - end_);
  if (!got.ok()) return got.status();
  if (*got == 0) {
    eof_ = true;
    return false;
  }
  end_ += *got;
  bytes_read_ += *got;
  return true;
}

absl::StatusOr<bool> LineReader::Next(Line* line) {
  if (line_number_ == 0 && !bom_checked_) {
    bom_checked_ = true;
    while (end_ - begin_ < 3) {
      auto more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) break;
    }
    if (end_ - begin_ >= 3 && std::memcmp(buf_.data() + begin_, "\xEF\xBB\xBF", 3) == 0) {
      begin_ += 3;
    }
  }
  size_t scan = begin_;
  int64_t discarded = 0;  // Bytes of an over-long line already thrown away.
  for (;;) {
    const char* nl = static_cast<const char*>(std::memchr(buf_.data() + scan, '\n', end_ - scan));
    if (nl != nullptr) {
      const size_t nl_pos = nl - buf_.data();
      size_t len = nl_pos - begin_;
      ++line_number_;
      line->number = line_number_;
      const int64_t total = discarded + static_cast<int64_t>(len);
      if (discarded > 0 || len > max_line_bytes_) {
        *line = Line{{}, line_number_, true, total};
      } else {
        if (len > 0 && buf_[begin_ + len - 1] == '\r') --len;
        *line = Line{absl::string_view(buf_.data() + begin_, len), line_number_, false, total};
      }
      begin_ = nl_pos + 1;
      return true;
    }
    if (end_ - begin_ > max_line_bytes_) {  // Over-long: drop what we have, keep scanning.
      discarded += end_ - begin_;
      begin_ = end_;
    }
    scan = end_ - begin_;  // Offset of the unscanned part, relative to begin_ after Fill.
    auto more = Fill();
    if (!more.ok()) return more.status();
    scan += begin_;
    if (!*more) break;
  }
  if (begin_ == end_ && discarded == 0) return false;
  // Last line without a trailing newline.
  ++line_number_;
  size_t len = end_ - begin_;
  const int64_t total = discarded + static_cast<int64_t>(len);
  if (discarded > 0 || len > max_line_bytes_) {
    *line = Line{{}, line_number_, true, total};
  } else {
    if (len > 0 && buf_[begin_ + len - 1] == '\r') --len;
    *line = Line{absl::string_view(buf_.data() + begin_, len), line_number_, false, total};
  }
  line->unterminated = true;
  begin_ = end_;
  return true;
}

}  // namespace claimdup
