// Cutting a job's input into per-rank shares (ingest/input_share.h, ingest/file_range.h):
// the shares read in rank order give the documents, line numbers and counts of one stream.
#include "ingest/input_share.h"

#include <zstd.h>

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "ingest/document_stream.h"
#include "ingest/file_range.h"
#include "test_util.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

using testing::TempDir;
using testing::WriteFile;

// `n` records of varied length, every 7th without an id, blank lines here and there.
std::string Dump(int n, const std::string& tag) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    JsonLine line;
    if (i % 7 != 0) line.Str("id", absl::StrCat(tag, i));
    line.Str("outlet", "o.example").Str("text", std::string(20 + (i * 37) % 300, 'a' + i % 26));
    absl::StrAppend(&out, line.Finish(), "\n", i % 11 == 0 ? "\n  \n" : "");
  }
  return out;
}

std::string Zstd(const std::string& raw) {
  std::string out(ZSTD_compressBound(raw.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), 3));
  return out;
}

struct Read {
  std::vector<std::string> ids, sources;
  std::vector<int64_t> lines;
  IngestStats stats;
};

void ReadInto(DocumentStream* stream, Read* read) {
  for (;;) {
    Document d;
    auto more = stream->Next(&d);
    ASSERT_TRUE(more.ok()) << more.status();
    if (!*more) break;
    read->ids.push_back(d.id);
    read->sources.push_back(d.source);
    read->lines.push_back(d.line);
  }
}

// Reads `inputs` whole, then as `ranks` shares in rank order (parts numbered from the true
// newline count before them): the same documents, lines and counts.
void ExpectSharesReadLikeOneStream(const std::vector<std::string>& inputs, int ranks,
                                   bool expect_balanced = true) {
  auto whole_stream = DocumentStream::Open(inputs, IngestOptions());
  ASSERT_TRUE(whole_stream.ok()) << whole_stream.status();
  Read whole;
  ReadInto(whole_stream->get(), &whole);
  whole.stats = (*whole_stream)->stats();
  Read shared;
  int parts = 0;
  for (int r = 0; r < ranks; ++r) {
    auto stream = DocumentStream::Open(inputs, IngestOptions());
    ASSERT_TRUE(stream.ok());
    auto share = ShareOfInput((*stream)->files(), r, ranks);
    ASSERT_TRUE(share.ok()) << share.status();
    EXPECT_EQ(share->balanced, expect_balanced);
    ASSERT_EQ(share->files.size(), share->listed.size());
    for (InputFile& f : share->files) {
      if (f.begin > 0) {
        auto before = CountNewlines(f.path, 0, f.begin);
        ASSERT_TRUE(before.ok());
        f.first_line = *before + 1;
      }
    }
    parts += static_cast<int>(share->files.size());
    (*stream)->KeepShare(share->files, r == 0);
    ReadInto(stream->get(), &shared);
    shared.stats.files += (*stream)->stats().files;
    shared.stats.documents += (*stream)->stats().documents;
    shared.stats.bytes += (*stream)->stats().bytes;
  }
  EXPECT_GT(parts, 0);
  EXPECT_EQ(shared.ids, whole.ids);
  EXPECT_EQ(shared.lines, whole.lines);
  EXPECT_EQ(shared.sources, whole.sources);
  EXPECT_EQ(shared.stats.files, whole.stats.files);
  EXPECT_EQ(shared.stats.documents, whole.stats.documents);
  EXPECT_EQ(shared.stats.bytes, whole.stats.bytes);
}

TEST(FileRangeTest, AlignsCountsAndLooksAhead) {
  TempDir tmp;
  const std::string path = tmp.File("a.jsonl");
  WriteFile(path, "ab\ncdef\n\n  \r\nxyz");
  EXPECT_EQ(*AlignToLine(path, 0), 0);
  EXPECT_EQ(*AlignToLine(path, 1), 3);
  EXPECT_EQ(*AlignToLine(path, 3), 3);  // Right after a newline: a line starts here.
  EXPECT_EQ(*AlignToLine(path, 4), 8);
  EXPECT_EQ(*AlignToLine(path, 9), 9);
  EXPECT_EQ(*AlignToLine(path, 14), 16);  // No newline after: the end of the file.
  EXPECT_EQ(*CountNewlines(path, 0, 16), 4);
  EXPECT_EQ(*CountNewlines(path, 3, 9), 2);
  EXPECT_TRUE(*HasNonBlankAfter(path, 8));
  EXPECT_FALSE(*HasNonBlankAfter(path, 16));
  WriteFile(path, "{}\n \n\t\r\n");
  EXPECT_FALSE(*HasNonBlankAfter(path, 3));
  EXPECT_FALSE(AlignToLine(tmp.File("missing.jsonl"), 5).ok());
  auto source = OpenFileRange(path, 3, 5);
  ASSERT_TRUE(source.ok());
  char buf[16];
  EXPECT_EQ(*(*source)->Read(buf, sizeof(buf)), 2u);
  EXPECT_EQ(std::string(buf, 2), " \n");
  EXPECT_EQ(*(*source)->Read(buf, sizeof(buf)), 0u);
}

TEST(InputShareTest, OneBigDumpIsCutAtLineBoundaries) {
  TempDir tmp;
  WriteFile(tmp.File("big.jsonl"), Dump(400, "b"));
  for (int ranks : {1, 2, 3, 4, 7}) ExpectSharesReadLikeOneStream({tmp.File("big.jsonl")}, ranks);
}

TEST(InputShareTest, SeveralFilesGoWholeOrInPartsInInputOrder) {
  TempDir tmp;
  WriteFile(tmp.File("in/a.jsonl"), Dump(50, "a"));
  WriteFile(tmp.File("in/b.jsonl"), Dump(300, "b"));
  WriteFile(tmp.File("in/c.jsonl.zst"), Zstd(Dump(40, "c")));
  WriteFile(tmp.File("in/d.txt"), "A text article, read whole.\n");
  WriteFile(tmp.File("in/e.jsonl"), Dump(120, "e"));
  for (int ranks : {2, 3, 5}) ExpectSharesReadLikeOneStream({tmp.File("in")}, ranks);
}

TEST(InputShareTest, ACompressedDumpCannotBeCut) {
  TempDir tmp;
  WriteFile(tmp.File("big.jsonl.zst"), Zstd(Dump(400, "z")));
  WriteFile(tmp.File("small.jsonl"), Dump(5, "s"));
  auto stream = DocumentStream::Open({tmp.File("big.jsonl.zst"), tmp.File("small.jsonl")},
                                     IngestOptions());
  ASSERT_TRUE(stream.ok());
  auto share = ShareOfInput((*stream)->files(), 0, 2);
  ASSERT_TRUE(share.ok());
  EXPECT_FALSE(share->balanced);  // The .zst weighs far more than half of the input.
  ASSERT_EQ(share->files.size(), 1u);
  EXPECT_TRUE(share->files[0].whole());
  EXPECT_EQ(share->listed[0], 0u);
  ExpectSharesReadLikeOneStream({tmp.File("big.jsonl.zst"), tmp.File("small.jsonl")}, 2,
                                /*expect_balanced=*/false);
}

// A long first line spans several ranks' stretches: they read nothing; the file is not
// called empty, and the rank owning its start reports an all-blank file as empty.
TEST(InputShareTest, RanksInsideOneLongLineReadNothing) {
  TempDir tmp;
  JsonLine line;
  line.Str("id", "long").Str("text", std::string(5000, 'x'));
  WriteFile(tmp.File("long.jsonl"), line.Finish() + "\n" + Dump(3, "t"));
  ExpectSharesReadLikeOneStream({tmp.File("long.jsonl")}, 6);
  WriteFile(tmp.File("blank.jsonl"), std::string(300, '\n'));
  auto stream = DocumentStream::Open({tmp.File("blank.jsonl")}, IngestOptions());
  ASSERT_TRUE(stream.ok());
  auto share = ShareOfInput((*stream)->files(), 0, 3);
  ASSERT_TRUE(share.ok());
  ASSERT_EQ(share->files.size(), 1u);
  EXPECT_EQ(share->files[0].end, 100);
  (*stream)->KeepShare(share->files, true);
  Document d;
  auto more = (*stream)->Next(&d);
  ASSERT_FALSE(more.ok());
  EXPECT_NE(more.status().message().find("empty file"), std::string::npos) << more.status();
}

}  // namespace
}  // namespace claimdup
