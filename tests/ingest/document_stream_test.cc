#include "ingest/document_stream.h"

#include <zstd.h>

#include <vector>

#include "gtest/gtest.h"
#include "test_util.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

using testing::CorpusDir;
using testing::TempDir;
using testing::WriteFile;

std::vector<Document> ReadAll(const std::vector<std::string>& inputs, const IngestOptions& opt,
                              absl::Status* status, IngestStats* stats = nullptr) {
  std::vector<Document> docs;
  auto stream = DocumentStream::Open(inputs, opt);
  if (!stream.ok()) {
    *status = stream.status();
    return docs;
  }
  for (;;) {
    Document d;
    auto more = (*stream)->Next(&d);
    if (!more.ok()) {
      *status = more.status();
      return docs;
    }
    if (!*more) break;
    docs.push_back(std::move(d));
  }
  if (stats != nullptr) *stats = (*stream)->stats();
  *status = absl::OkStatus();
  return docs;
}

std::string JsonRecord(const Document& d) {
  JsonLine line;
  line.Str("id", d.id).Str("outlet", d.outlet).Str("date", d.date).Str("maintext", d.text);
  return line.Finish();
}

std::string Zstd(const std::string& raw) {
  std::string out(ZSTD_compressBound(raw.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), 3));
  return out;
}

TEST(DocumentStreamTest, ReadsBundledCorpusWithManifestMetadata) {
  absl::Status st;
  const auto docs = ReadAll({CorpusDir()}, IngestOptions(), &st);
  ASSERT_TRUE(st.ok()) << st;
  ASSERT_EQ(docs.size(), 5u);
  // Sorted by file name.
  EXPECT_EQ(docs[0].id, "dw-2012-04-19");
  EXPECT_EQ(docs[0].outlet, "Deutsche Welle");
  EXPECT_EQ(docs[0].date, "2012-04-19");
  EXPECT_EQ(docs[0].title, "Concerns about NATO plans");
  EXPECT_EQ(docs[1].id, "rferl-2009-12-04");
  EXPECT_EQ(docs[1].outlet, "RFE/RL");
  EXPECT_EQ(docs[1].date, "2009-12-04");
  EXPECT_EQ(docs[1].title, "NATO, Russia Paper Over Differences");
  EXPECT_EQ(docs[2].id, "rferl-2012-04-19");
  EXPECT_EQ(docs[3].id, "russian-state-2013");
  EXPECT_EQ(docs[3].date, "");  // Not in the text: left empty.
  EXPECT_EQ(docs[4].outlet, "SpaceWar.com");
  // Byte-identical to the files.
  EXPECT_EQ(docs[0].text,
            testing::ReadFile(testing::CorpusFile("dw-2012-04-19-concerns-about-nato-plans.txt")));
}

TEST(DocumentStreamTest, ZstdJsonLinesDumpReadsIdenticallyToTextFiles) {
  absl::Status st;
  const auto docs = ReadAll({CorpusDir()}, IngestOptions(), &st);
  ASSERT_TRUE(st.ok());
  std::string jsonl;
  for (const Document& d : docs) jsonl += JsonRecord(d) + "\n";
  TempDir tmp;
  WriteFile(tmp.File("corpus.jsonl.zst"), Zstd(jsonl));
  const auto from_dump = ReadAll({tmp.File("corpus.jsonl.zst")}, IngestOptions(), &st);
  ASSERT_TRUE(st.ok()) << st;
  ASSERT_EQ(from_dump.size(), docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    EXPECT_EQ(from_dump[i].id, docs[i].id);
    EXPECT_EQ(from_dump[i].outlet, docs[i].outlet);
    EXPECT_EQ(from_dump[i].date, docs[i].date);
    EXPECT_EQ(from_dump[i].text, docs[i].text);
    EXPECT_EQ(from_dump[i].line, static_cast<int64_t>(i + 1));
  }
}

TEST(DocumentStreamTest, NewsPleaseFieldsAndOutletFromUrl) {
  TempDir tmp;
  WriteFile(
      tmp.File("a.jsonl"),
      R"({"maintext":"Body one.","url":"https://www.dw.com/en/x","date_publish":"2012-04-19 10:30:00","title":"T"})"
      "\n"
      R"({"text":"Body two.","source":"AFP","published":"2012-04-20T00:00:00Z","id":42})"
      "\n");
  absl::Status st;
  const auto docs = ReadAll({tmp.File("a.jsonl")}, IngestOptions(), &st);
  ASSERT_TRUE(st.ok()) << st;
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].outlet, "dw.com");
  EXPECT_EQ(docs[0].date, "2012-04-19T10:30:00");
  EXPECT_EQ(docs[0].id, "a.jsonl:1");
  EXPECT_EQ(docs[1].outlet, "AFP");
  EXPECT_EQ(docs[1].date, "2012-04-20");
  EXPECT_EQ(docs[1].id, "42");
}

TEST(DocumentStreamTest, FieldOverrideReadsCustomTextField) {
  TempDir tmp;
  WriteFile(tmp.File("a.jsonl"), R"({"body_html_stripped":"Hello there.","text":"wrong"})"
                                 "\n");
  IngestOptions opt;
  ASSERT_TRUE(opt.fields.Override("text=body_html_stripped").ok());
  absl::Status st;
  const auto docs = ReadAll({tmp.File("a.jsonl")}, opt, &st);
  ASSERT_TRUE(st.ok());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Hello there.");
  EXPECT_FALSE(opt.fields.Override("colour=x").ok());
  EXPECT_FALSE(opt.fields.Override("text").ok());
}

TEST(DocumentStreamTest, MissingPathIsAnErrorNamingIt) {
  absl::Status st;
  ReadAll({"/nonexistent/dump.jsonl"}, IngestOptions(), &st);
  EXPECT_EQ(st.code(), absl::StatusCode::kNotFound);
  EXPECT_NE(st.message().find("/nonexistent/dump.jsonl"), absl::string_view::npos);
}

TEST(DocumentStreamTest, UnreadableFileIsAnErrorNamingIt) {
  TempDir tmp;
  std::filesystem::create_directories(tmp.File("dir.jsonl"));  // A folder posing as a dump.
  absl::Status st;
  ReadAll({tmp.File("dir.jsonl")}, IngestOptions(), &st);
  // As an input folder it holds nothing to read.
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("dir.jsonl"), absl::string_view::npos) << st;
}

TEST(DocumentStreamTest, MalformedJsonStopsWithFileAndLine) {
  TempDir tmp;
  WriteFile(tmp.File("bad.jsonl"),
            "{\"text\":\"ok one\"}\n{\"text\": \"broken\n{\"text\":\"ok\"}\n");
  absl::Status st;
  const auto docs = ReadAll({tmp.File("bad.jsonl")}, IngestOptions(), &st);
  EXPECT_EQ(st.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("bad.jsonl:2: malformed JSON"), absl::string_view::npos) << st;
  EXPECT_EQ(docs.size(), 1u);
}

TEST(DocumentStreamTest, LenientSkipsAndCountsBadRecords) {
  TempDir tmp;
  WriteFile(tmp.File("bad.jsonl"),
            "{\"text\":\"ok one\"}\n{\"text\": \"broken\n[1,2]\n{\"title\":\"no text\"}\n"
            "{\"text\":\"   \"}\n\n{\"text\":\"ok two\"}\n");
  WriteFile(tmp.File("empty.txt"), "");
  IngestOptions opt;
  opt.lenient = true;
  absl::Status st;
  IngestStats stats;
  const auto docs = ReadAll({tmp.File("bad.jsonl"), tmp.File("empty.txt")}, opt, &st, &stats);
  ASSERT_TRUE(st.ok()) << st;
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].text, "ok two");
  EXPECT_EQ(docs[1].line, 7);
  EXPECT_EQ(stats.skipped["malformed JSON"], 1);
  EXPECT_EQ(stats.skipped["record is not a JSON object"], 1);
  EXPECT_EQ(stats.skipped["no text field"], 1);
  EXPECT_EQ(stats.skipped["empty text"], 1);
  EXPECT_EQ(stats.skipped["empty file"], 1);
  EXPECT_EQ(stats.total_skipped(), 5);
  ASSERT_FALSE(stats.warnings.empty());
  EXPECT_NE(stats.warnings[0].find("bad.jsonl:2"), std::string::npos);
}

TEST(DocumentStreamTest, NoTextFieldIsAnErrorInStrictMode) {
  TempDir tmp;
  WriteFile(tmp.File("a.jsonl"), "{\"title\":\"no body\"}\n");
  absl::Status st;
  ReadAll({tmp.File("a.jsonl")}, IngestOptions(), &st);
  EXPECT_NE(st.message().find("a.jsonl:1: no text field"), absl::string_view::npos) << st;
}

TEST(DocumentStreamTest, EmptyFilesAreErrorsInStrictMode) {
  TempDir tmp;
  WriteFile(tmp.File("empty.jsonl"), "\n\n");
  WriteFile(tmp.File("empty.txt"), "  \n");
  absl::Status st;
  ReadAll({tmp.File("empty.jsonl")}, IngestOptions(), &st);
  EXPECT_NE(st.message().find("empty.jsonl: empty file"), absl::string_view::npos) << st;
  ReadAll({tmp.File("empty.txt")}, IngestOptions(), &st);
  EXPECT_NE(st.message().find("empty.txt: empty file"), absl::string_view::npos) << st;
}

TEST(DocumentStreamTest, InvalidUtf8IsRepairedAndCounted) {
  TempDir tmp;
  WriteFile(tmp.File("a.jsonl"), "{\"text\":\"caf\xE9 ok \xFF\xFE end\"}\n");
  WriteFile(tmp.File("b.txt"), "Latin-1 caf\xE9.");
  absl::Status st;
  IngestStats stats;
  const auto docs = ReadAll({tmp.File("a.jsonl"), tmp.File("b.txt")}, IngestOptions(), &st, &stats);
  ASSERT_TRUE(st.ok()) << st;
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, "caf\xEF\xBF\xBD ok \xEF\xBF\xBD\xEF\xBF\xBD end");
  EXPECT_EQ(docs[1].text, "Latin-1 caf\xEF\xBF\xBD.");
  EXPECT_EQ(stats.utf8_repaired_records, 2);
  EXPECT_EQ(stats.utf8_replacements, 4);
}

TEST(DocumentStreamTest, UnicodeSpacesBetweenWordsBecomeAsciiSpacesAtTheSameOffsets) {
  // bfw-0887 (BuzzFeed-Webis; a quarter of its articles use no-break spaces): "Kathy
  // Miller<NBSP>told reporters" read as the name "Kathy Miller told". A JSON escape, a raw
  // U+00A0, a narrow no-break space (U+202F) and a text file's thin space (U+2009).
  TempDir tmp;
  WriteFile(tmp.File("a.jsonl"),
            "{\"text\":\"when Kathy Miller\\u00a0told reporters.\xC2\xA0\u201cI don\u2019t "
            "think\u202fso.\u201d\"}\n");
  WriteFile(tmp.File("b.txt"), "Miller\u2009said\xC2\xA0so.");
  absl::Status st;
  IngestStats stats;
  const auto docs = ReadAll({tmp.File("a.jsonl"), tmp.File("b.txt")}, IngestOptions(), &st, &stats);
  ASSERT_TRUE(st.ok()) << st;
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, "when Kathy Miller  told reporters.  \u201cI don\u2019t think   so.\u201d");
  EXPECT_EQ(docs[1].text, "Miller   said  so.");
  EXPECT_EQ(stats.utf8_repaired_records, 0);
}

TEST(DocumentStreamTest, FiftyMegabyteLineIsReadOrRejectedWithoutCrashing) {
  TempDir tmp;
  const std::string body(50 << 20, 'a');
  WriteFile(tmp.File("huge.jsonl"),
            "{\"text\":\"" + body + "\"}\n{\"text\":\"after the huge line\"}\n");
  absl::Status st;
  // Within the default 64 MiB record limit: read.
  auto docs = ReadAll({tmp.File("huge.jsonl")}, IngestOptions(), &st);
  ASSERT_TRUE(st.ok()) << st;
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text.size(), body.size());
  // Over a 16 MiB limit: a clear error in strict mode...
  IngestOptions opt;
  opt.max_record_bytes = 16 << 20;
  docs = ReadAll({tmp.File("huge.jsonl")}, opt, &st);
  EXPECT_NE(st.message().find("huge.jsonl:1: line of 52428811 bytes exceeds the record limit"),
            absl::string_view::npos)
      << st;
  // ...and a counted skip in lenient mode, the next line still read.
  opt.lenient = true;
  IngestStats stats;
  docs = ReadAll({tmp.File("huge.jsonl")}, opt, &st, &stats);
  ASSERT_TRUE(st.ok());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "after the huge line");
  EXPECT_EQ(docs[0].line, 2);
  EXPECT_EQ(stats.skipped["record too large"], 1);
}

TEST(DocumentStreamTest, TruncatedZstdIsAnError) {
  TempDir tmp;
  const std::string z = Zstd("{\"text\":\"hello world\"}\n");
  WriteFile(tmp.File("t.jsonl.zst"), z.substr(0, z.size() - 4));
  absl::Status st;
  ReadAll({tmp.File("t.jsonl.zst")}, IngestOptions(), &st);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("t.jsonl.zst"), absl::string_view::npos) << st;
}

TEST(DocumentStreamTest, TextFilesWithoutManifestUseFileNameAndUnknownOutlet) {
  TempDir tmp;
  WriteFile(tmp.File("sub/story.txt"), "Some text.");
  absl::Status st;
  const auto docs = ReadAll({tmp.path()}, IngestOptions(), &st);
  ASSERT_TRUE(st.ok());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "sub/story.txt");
  EXPECT_EQ(docs[0].outlet, "unknown");
}

}  // namespace
}  // namespace claimdup
