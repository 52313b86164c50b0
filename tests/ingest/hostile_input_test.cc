// Careless and hostile input (issue 14): pipes, cut or disguised compressed files, byte order
// marks, ambiguous manifests, bad UTF-8 in names, impossible dates, --lenient skipping.
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "ingest/document_stream.h"
#include "ingest/metadata.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

struct ReadResult {
  absl::Status status;
  std::vector<Document> docs;
  IngestStats stats;
};

ReadResult ReadAll(const std::vector<std::string>& inputs, IngestOptions opt = {}) {
  ReadResult r;
  auto stream = DocumentStream::Open(inputs, opt);
  if (!stream.ok()) {
    r.status = stream.status();
    return r;
  }
  for (;;) {
    Document d;
    auto more = (*stream)->Next(&d);
    if (!more.ok()) {
      r.status = more.status();
      return r;
    }
    if (!*more) break;
    r.docs.push_back(std::move(d));
  }
  r.stats = (*stream)->stats();
  return r;
}

std::string Records(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"record number " + std::to_string(i) +
           " says hello\"}\n";
  }
  return out;
}

// Writes `text` gzip-compressed with a full flush after `flush_at` bytes; returns the
// compressed size at the flush point (a cut there decodes cleanly up to it).
size_t WriteGzip(const std::string& path, const std::string& text, size_t flush_at) {
  gzFile f = gzopen(path.c_str(), "wb");
  gzwrite(f, text.data(), static_cast<unsigned>(flush_at));
  gzflush(f, Z_FULL_FLUSH);
  const size_t at_flush = static_cast<size_t>(gzoffset(f));
  gzwrite(f, text.data() + flush_at, static_cast<unsigned>(text.size() - flush_at));
  gzclose(f);
  return at_flush;
}

TEST(HostileInputTest, FifoIsReadLikeAFile) {
  TempDir tmp;
  const std::string fifo = tmp.File("pipe");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { WriteFile(fifo, Records(3)); });
  auto stream = DocumentStream::Open({fifo}, IngestOptions());
  ASSERT_TRUE(stream.ok()) << stream.status();
  EXPECT_EQ((*stream)->total_input_bytes(), 0);  // Not fs::file_size's error value.
  Document d;
  int n = 0;
  while (*(*stream)->Next(&d)) ++n;
  writer.join();
  EXPECT_EQ(n, 3);
}

TEST(HostileInputTest, CompressionIsDetectedByMagicBytesNotName) {
  TempDir tmp;
  WriteGzip(tmp.File("gzip-named-plain.jsonl"), Records(4), 10);
  const ReadResult r = ReadAll({tmp.File("gzip-named-plain.jsonl")});
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.docs.size(), 4u);
  EXPECT_EQ(r.docs[3].text, "record number 3 says hello");
}

TEST(HostileInputTest, GzipCutAtAFlushPointIsTruncated) {
  TempDir tmp;
  const std::string full = tmp.File("full.jsonl.gz");
  const size_t cut = WriteGzip(full, Records(500), Records(250).size());
  WriteFile(tmp.File("cut.jsonl.gz"), ReadFile(full).substr(0, cut));
  const ReadResult r = ReadAll({tmp.File("cut.jsonl.gz")});
  ASSERT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(r.status.message().find("cut.jsonl.gz: truncated gzip stream"), std::string::npos)
      << r.status;
}

TEST(HostileInputTest, GzipTrailingGarbageIsAnErrorButMembersConcatenate) {
  TempDir tmp;
  WriteGzip(tmp.File("a.gz"), Records(2), 5);
  const std::string member = ReadFile(tmp.File("a.gz"));
  WriteFile(tmp.File("two.jsonl.gz"), member + member);
  const ReadResult two = ReadAll({tmp.File("two.jsonl.gz")});
  ASSERT_TRUE(two.status.ok()) << two.status;
  EXPECT_EQ(two.docs.size(), 4u);
  WriteFile(tmp.File("junk.jsonl.gz"), member + "junk");
  const ReadResult junk = ReadAll({tmp.File("junk.jsonl.gz")});
  ASSERT_FALSE(junk.status.ok());
  EXPECT_NE(junk.status.message().find("trailing garbage"), std::string::npos) << junk.status;
}

TEST(HostileInputTest, RecordCutMidLineSaysTruncated) {
  TempDir tmp;
  WriteFile(tmp.File("cut.jsonl"), Records(2) + "{\"text\":\"half a rec");
  const ReadResult r = ReadAll({tmp.File("cut.jsonl")});
  ASSERT_FALSE(r.status.ok());
  EXPECT_NE(r.status.message().find("cut.jsonl:3: truncated record"), std::string::npos)
      << r.status;
}

TEST(HostileInputTest, ByteOrderMarkBeforeFirstRecordAndManifestIsSkipped) {
  TempDir tmp;
  WriteFile(tmp.File("bom.jsonl"), "\xEF\xBB\xBF" + Records(2));
  const ReadResult r = ReadAll({tmp.File("bom.jsonl")});
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "r0");

  WriteFile(tmp.File("txt/manifest.csv"), "\xEF\xBB\xBFid,file,outlet\nA1,a.txt,Outlet A\n");
  WriteFile(tmp.File("txt/a.txt"), "\xEF\xBB\xBFSome article text.");
  const ReadResult t = ReadAll({tmp.File("txt")});
  ASSERT_TRUE(t.status.ok()) << t.status;
  ASSERT_EQ(t.docs.size(), 1u);
  EXPECT_EQ(t.docs[0].id, "A1");
  EXPECT_EQ(t.docs[0].outlet, "Outlet A");
  EXPECT_EQ(t.docs[0].text, "Some article text.");
}

TEST(HostileInputTest, ManifestBareNameMatchesOnlyAUniqueFile) {
  TempDir tmp;
  WriteFile(tmp.File("sub/manifest.csv"), "id,file,outlet\nA,a/x.txt,Outlet A\nY,y.txt,Outlet Y\n");
  WriteFile(tmp.File("sub/a/x.txt"), "Article a.");
  WriteFile(tmp.File("sub/b/x.txt"), "Article b.");
  WriteFile(tmp.File("sub/c/y.txt"), "Article y.");
  WriteFile(tmp.File("sub/d/y.txt"), "Another y.");
  WriteFile(tmp.File("sub/e/z.txt"), "Article z.");
  const ReadResult r = ReadAll({tmp.File("sub")});
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.docs.size(), 5u);
  EXPECT_EQ(r.docs[0].id, "A");        // sub/a/x.txt: by path.
  EXPECT_EQ(r.docs[1].id, "b/x.txt");  // Not a/x.txt's metadata.
  EXPECT_EQ(r.docs[1].outlet, "unknown");
  EXPECT_EQ(r.docs[2].outlet, "unknown");  // Two y.txt: the bare name is ambiguous.
  EXPECT_EQ(r.docs[3].outlet, "unknown");

  // A bare name that only one input file has still matches.
  WriteFile(tmp.File("m2.csv"), "id,file,outlet\nZ,z.txt,Outlet Z\n");
  IngestOptions opt;
  opt.manifest_path = tmp.File("m2.csv");
  const ReadResult z = ReadAll({tmp.File("sub/e")}, opt);
  ASSERT_TRUE(z.status.ok()) << z.status;
  EXPECT_EQ(z.docs[0].outlet, "Outlet Z");
}

TEST(HostileInputTest, InvalidUtf8InManifestFieldsAndFileNamesIsRepaired) {
  TempDir tmp;
  WriteFile(tmp.File("d/manifest.csv"), "id,file,outlet\nid\xff,a.txt,Bad \xc3 outlet\n");
  WriteFile(tmp.File("d/a.txt"), "Article a.");
  WriteFile(tmp.File("d/b\xfe.txt"), "Article b.");
  const ReadResult r = ReadAll({tmp.File("d")});
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "id\xEF\xBF\xBD");
  EXPECT_EQ(r.docs[0].outlet, "Bad \xEF\xBF\xBD outlet");
  EXPECT_EQ(r.docs[1].id, "b\xEF\xBF\xBD.txt");
}

TEST(HostileInputTest, UnknownExtensionIsReadByContentOrRefused) {
  TempDir tmp;
  WriteFile(tmp.File("dump.json"), Records(3));
  const ReadResult json = ReadAll({tmp.File("dump.json")});
  ASSERT_TRUE(json.status.ok()) << json.status;
  EXPECT_EQ(json.docs.size(), 3u);  // JSON Lines, not one text article.

  WriteFile(tmp.File("array.json"), "[{\"text\":\"a\"}]");
  const ReadResult array = ReadAll({tmp.File("array.json")});
  EXPECT_NE(array.status.message().find("JSON array"), std::string::npos) << array.status;

  WriteFile(tmp.File("dump.jsonl.bz2"), std::string("BZh91AY&SY\x01\x02", 12));
  const ReadResult bz = ReadAll({tmp.File("dump.jsonl.bz2")});
  EXPECT_NE(bz.status.message().find("bzip2/xz compression is not supported"), std::string::npos)
      << bz.status;

  WriteFile(tmp.File("blob.bin"), std::string("\x00\x01\x02garbage", 10));
  const ReadResult bin = ReadAll({tmp.File("blob.bin")});
  EXPECT_NE(bin.status.message().find("unknown format"), std::string::npos) << bin.status;

  WriteGzip(tmp.File("story.txt.gz"), "A plain article, gzipped.", 3);
  const ReadResult txt = ReadAll({tmp.File("story.txt.gz")});
  ASSERT_TRUE(txt.status.ok()) << txt.status;
  ASSERT_EQ(txt.docs.size(), 1u);
  EXPECT_EQ(txt.docs[0].text, "A plain article, gzipped.");
}

TEST(HostileInputTest, EscapedLoneSurrogatesAreRepairedNotFatal) {
  TempDir tmp;
  WriteFile(tmp.File("s.jsonl"),
            "{\"text\":\"a \\ud800 b \\udc00 c \\ud83d\\ude00 d \\\\ud800\"}\n");
  const ReadResult r = ReadAll({tmp.File("s.jsonl")});
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "a \uFFFD b \uFFFD c \U0001F600 d \\ud800");
  EXPECT_EQ(r.stats.utf8_replacements, 2);
}

TEST(HostileInputTest, LenientSkipsMissingPathsAndBrokenFilesCountingThem) {
  TempDir tmp;
  WriteFile(tmp.File("good.jsonl"), Records(2));
  const std::string full = tmp.File("full.jsonl.gz");
  const size_t cut = WriteGzip(full, Records(50), Records(20).size());
  WriteFile(tmp.File("cut.jsonl.gz"), ReadFile(full).substr(0, cut));
  WriteFile(tmp.File("bad.jsonl.zst"), "\x28\xb5\x2f\xfd garbage garbage");
  const std::vector<std::string> inputs = {tmp.File("good.jsonl"), tmp.File("missing.jsonl"),
                                           tmp.File("cut.jsonl.gz"), tmp.File("bad.jsonl.zst")};
  EXPECT_FALSE(ReadAll(inputs).status.ok());  // Strict stays the default.
  IngestOptions lenient;
  lenient.lenient = true;
  const ReadResult r = ReadAll(inputs, lenient);
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_EQ(r.docs.size(), 2u + 20u);  // Records before the cut are kept.
  EXPECT_EQ(r.stats.skipped.at("missing path"), 1);
  EXPECT_EQ(r.stats.skipped.at("corrupt or truncated file"), 2);
  ASSERT_EQ(r.stats.warnings.size(), 3u);
  EXPECT_NE(r.stats.warnings[0].find("missing.jsonl"), std::string::npos);
  EXPECT_NE(r.stats.warnings[1].find("cut.jsonl.gz"), std::string::npos);
}

TEST(HostileInputTest, LenientSkipsUnreadableFolders) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads every folder";
  TempDir tmp;
  WriteFile(tmp.File("in/a.jsonl"), Records(1));
  WriteFile(tmp.File("in/locked/b.jsonl"), Records(1));
  chmod(tmp.File("in/locked").c_str(), 0);
  EXPECT_FALSE(ReadAll({tmp.File("in")}).status.ok());
  IngestOptions lenient;
  lenient.lenient = true;
  const ReadResult r = ReadAll({tmp.File("in")}, lenient);
  chmod(tmp.File("in/locked").c_str(), 0700);
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.stats.skipped.at("unreadable folder"), 1);
}

TEST(HostileInputTest, FolderWalkSkipsOutputFoldersAndTheJobsOwnFiles) {
  TempDir tmp;
  WriteFile(tmp.File("in/a.jsonl"), Records(1));
  WriteFile(tmp.File("in/claimdup-out/quotes.jsonl"), Records(5));
  WriteFile(tmp.File(std::string("in/claimdup-out/") + kOutputFolderMarker), "");
  WriteFile(tmp.File("in/clean.jsonl"), Records(7));
  WriteFile(tmp.File(std::string("in/") + kPartialFilePrefix + "99-clean.jsonl"), Records(3));
  IngestOptions opt;
  opt.skip_paths = {tmp.File("in/clean.jsonl")};
  const ReadResult r = ReadAll({tmp.File("in")}, opt);
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_EQ(r.docs.size(), 1u);
}

TEST(HostileInputTest, DatesAreOrderedInUtcAndImpossibleOnesCounted) {
  // 23:30 at -08:00 is 07:30Z the next day, after 01:00 at +09:00 (16:00Z on Jan 5).
  EXPECT_EQ(NormalizeDate("2024-01-05T23:30:00-08:00"), "2024-01-06T07:30:00");
  EXPECT_EQ(NormalizeDate("2024-01-06T01:00:00+09:00"), "2024-01-05T16:00:00");
  EXPECT_LT(NormalizeDate("2024-01-06T01:00:00+09:00"), NormalizeDate("2024-01-05T23:30:00-08:00"));
  EXPECT_EQ(NormalizeDate("2024-01-05T10:00:00+0530"), "2024-01-05T04:30:00");
  EXPECT_EQ(NormalizeDate("2024-01-05T10:00:00Z"), "2024-01-05T10:00:00");
  EXPECT_EQ(NormalizeDate("2024-02-31"), "");
  EXPECT_EQ(NormalizeDate("2023-02-29"), "");
  EXPECT_EQ(NormalizeDate("2024-02-29"), "2024-02-29");
  EXPECT_EQ(NormalizeDate("2024-01-05T99:99:99"), "");
  EXPECT_EQ(NormalizeDate("1704499200"), "2024-01-06");     // Epoch seconds.
  EXPECT_EQ(NormalizeDate("1704499200000"), "2024-01-06");  // Epoch milliseconds.
  EXPECT_EQ(NormalizeDate("Fri, 05 Jan 2024 23:30:00 -0800"), "2024-01-06T07:30:00");
  EXPECT_EQ(NormalizeDate("5 Jan 2024 10:00:00 GMT"), "2024-01-05T10:00:00");
  EXPECT_EQ(NormalizeDate("Fri, 05 Jan 2024 10:00 EST"), "2024-01-05T15:00:00");
  EXPECT_EQ(NormalizeDate("Fri, 31 Feb 2024 10:00:00 GMT"), "");

  TempDir tmp;
  WriteFile(tmp.File("d.jsonl"),
            "{\"text\":\"a\",\"date\":\"2024-02-31\"}\n{\"text\":\"b\",\"date\":1704499200}\n"
            "{\"text\":\"c\"}\n");
  const ReadResult r = ReadAll({tmp.File("d.jsonl")});
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_EQ(r.docs[0].date, "");
  EXPECT_EQ(r.docs[1].date, "2024-01-06");
  EXPECT_EQ(r.stats.invalid_dates, 1);
  EXPECT_EQ(r.stats.undated_documents, 2);
}

}  // namespace
}  // namespace claimdup
