#include "ingest/line_reader.h"

#include <cstring>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

// Serves a string in small, uneven chunks to exercise buffer refills.
class StringSource : public ByteSource {
 public:
  StringSource(std::string data, size_t chunk) : data_(std::move(data)), chunk_(chunk) {}
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    const size_t k = std::min({n, chunk_, data_.size() - pos_});
    std::memcpy(buf, data_.data() + pos_, k);
    pos_ += k;
    return k;
  }
  int64_t compressed_bytes_read() const override { return pos_; }

 private:
  std::string data_;
  size_t chunk_;
  size_t pos_ = 0;
};

std::vector<std::string> Lines(const std::string& data, size_t chunk, size_t max_line,
                               std::vector<bool>* too_long = nullptr) {
  LineReader reader(std::make_unique<StringSource>(data, chunk), max_line);
  std::vector<std::string> out;
  Line line;
  while (*reader.Next(&line)) {
    out.emplace_back(line.text.data(), line.text.size());
    if (too_long) too_long->push_back(line.too_long);
  }
  return out;
}

TEST(LineReaderTest, SplitsLinesAcrossChunksAndStripsCarriageReturns) {
  for (size_t chunk : {1, 3, 7, 1 << 20}) {
    EXPECT_EQ(Lines("ab\r\ncd\n\nlast", chunk, 100),
              (std::vector<std::string>{"ab", "cd", "", "last"}))
        << chunk;
  }
}

TEST(LineReaderTest, OverLongLinesAreReportedNotBuffered) {
  std::vector<bool> too_long;
  const auto lines = Lines("short\n" + std::string(5000, 'x') + "\nnext\n", 64, 100, &too_long);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(too_long, (std::vector<bool>{false, true, false}));
  EXPECT_EQ(lines[2], "next");
}

TEST(LineReaderTest, EmptyInputHasNoLines) { EXPECT_TRUE(Lines("", 10, 10).empty()); }

}  // namespace
}  // namespace claimdup
