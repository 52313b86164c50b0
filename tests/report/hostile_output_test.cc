// Report files and the terminal summary stay safe whatever the input holds (issue 14,
// defects 6, 9, 16, 17, 18): no formula cells, no control characters, no markup escaping
// the page's data, no output growing with the square of a cluster's outlets.
#include <simdjson.h>

#include <regex>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "report/csv_writer.h"
#include "report/outlet_tables.h"
#include "report/report_files.h"
#include "test_util.h"
#include "text/utf8.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

const char kQuote[] =
    "\"This shield is a direct threat to our security <!--<script> and \x1b[31mwe will answer "
    "it firmly\x1b[0m when the time comes\x07,\" Lavrov told reporters on Friday.";

std::string Record(const std::string& outlet, const std::string& text) {
  JsonLine line;
  line.Str("outlet", outlet).Str("text", text);
  return line.Finish() + "\n";
}

RunOptions Options(const std::string& out) {
  RunOptions o;
  o.out_dir = out;
  o.threads = 1;
  o.progress = false;
  return o;
}

class HostileReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string nul_outlet("Null\0Outlet", 11);
    WriteFile(in_.File("d.jsonl"), Record("=cmd|' /C calc'!A0", kQuote) +
                                       Record("<!--<script>", kQuote) +
                                       Record("\x1b]0;pwned\x07"
                                              "Evil",
                                              kQuote) +
                                       Record(nul_outlet, kQuote));
    auto r = RunJob({in_.File("d.jsonl")}, Options(out_.path()), nullptr);
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = std::move(*r);
  }
  TempDir in_, out_;
  RunResult result_;
};

TEST_F(HostileReportTest, CsvCellsAreNeitherFormulasNorControlCharacters) {
  ASSERT_EQ(result_.clusters.size(), 1u);
  for (const char* name : {"outlet_quotes.csv", "outlet_pairs.csv", "speakers.csv"}) {
    const std::string csv = ReadFile(out_.File(name));
    EXPECT_EQ(csv.find("\n=cmd"), std::string::npos) << name;
    EXPECT_EQ(csv.find(",=cmd"), std::string::npos) << name;
    EXPECT_EQ(csv.find('\x1b'), std::string::npos) << name;
    EXPECT_EQ(csv.find('\0'), std::string::npos) << name;
  }
  EXPECT_NE(ReadFile(out_.File("outlet_quotes.csv")).find("\n'=cmd|' /C calc'!A0,"),
            std::string::npos);
  EXPECT_NE(ReadFile(out_.File("outlet_quotes.csv")).find("\nNullOutlet,"), std::string::npos);
}

TEST_F(HostileReportTest, HtmlDataHoldsNoLessThanSign) {
  const std::string html = ReadFile(out_.File("report.html"));
  const std::string open = "<script type=\"application/json\" id=\"data\">";
  const size_t begin = html.find(open);
  ASSERT_NE(begin, std::string::npos);
  const size_t end = html.find("</script>", begin);
  const std::string data = html.substr(begin + open.size(), end - begin - open.size());
  EXPECT_EQ(data.find('<'), std::string::npos);
  EXPECT_NE(data.find("\\u003c!--\\u003cscript>"), std::string::npos);
  EXPECT_EQ(html.find('\x1b'), std::string::npos);
  EXPECT_EQ(html.find('\0'), std::string::npos);
}

TEST_F(HostileReportTest, HtmlWithHostileDataRendersInHeadlessChromium) {
  if (testing::RunCommand("command -v chromium").exit_code != 0) {
    GTEST_SKIP() << "chromium is not installed (.ci/run installs it)";
  }
  TempDir profile;
  const auto dom = testing::RunCommand(
      "timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run "
      "--user-data-dir=" +
      profile.path() + " --dump-dom file://" + out_.File("report.html") + " 2>/dev/null");
  ASSERT_EQ(dom.exit_code, 0);
  EXPECT_NE(dom.output.find("<tr class=\"qrow\""), std::string::npos);  // The script ran.
}

TEST_F(HostileReportTest, TerminalSummaryHasNoControlCharacters) {
  RunOptions o = Options(out_.path());
  const std::string summary = TerminalSummary(ReportOptionsOf(o), result_);
  EXPECT_NE(summary.find("Top cross-outlet quotes"), std::string::npos);
  EXPECT_NE(summary.find("NullOutlet"), std::string::npos);  // Not cut at the NUL.
  for (char c : summary) {
    EXPECT_TRUE(c == '\n' || static_cast<unsigned char>(c) >= 0x20) << static_cast<int>(c);
  }
}

TEST(WideClusterTest, PairsAndTerminalStayBoundedWhenOneQuoteIsEverywhere) {
  TempDir in, out;
  std::string dump;
  const int outlets = static_cast<int>(kMaxPairOutlets) + 20;
  for (int i = 0; i < outlets; ++i) {
    dump += Record("outlet" + std::to_string(i), kQuote);
  }
  WriteFile(in.File("d.jsonl"), dump);
  auto r = RunJob({in.File("d.jsonl")}, Options(out.path()), nullptr);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->clusters.size(), 1u);
  const OutletTables t = BuildOutletTables(r->claims, r->clusters);
  EXPECT_EQ(t.pairs.size(), 0u);  // Would be 120 * 119 / 2.
  EXPECT_EQ(t.clusters_without_pairs, 1);
  EXPECT_EQ(t.outlet_quotes.size(), static_cast<size_t>(outlets));
  const std::string csv = ReadFile(out.File("outlet_pairs.csv"));
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1);  // The header.
  EXPECT_NE(ReadFile(out.File("summary.json")).find("\"clusters_without_pairs\":1"),
            std::string::npos);
  const std::string summary = TerminalSummary(ReportOptionsOf(Options(out.path())), *r);
  EXPECT_NE(summary.find("and " + std::to_string(outlets - 10) + " more"), std::string::npos);
  EXPECT_EQ(summary.find("outlet119"), std::string::npos);
}

// Whatever bytes come in (names, manifest fields, text, JSON strings with escapes), every
// output file is valid UTF-8 and every JSON line parses.
TEST(OutputEncodingTest, EveryOutputFileIsValidUtf8WhateverTheInputBytes) {
  TempDir in, out;
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));
  const std::string quote(kQuote);
  WriteFile(in.File("t/manifest.csv"),
            "file,outlet,date,title\na\xff.txt,Out\xc3let,2024-02-31,T\xe2\x82\n"
            "b.txt,=Other\x80,Fri\xff,x\n");
  WriteFile(in.File("t/a\xff.txt"), bytes + "\n\n" + quote);
  WriteFile(in.File("t/b.txt"), "\xEF\xBB\xBF" + quote + bytes);
  WriteFile(in.File("j.jsonl"), "{\"outlet\":\"J\\u0000\\u001b\xfe\",\"text\":" +
                                    std::string("\"\\ud83d\\ude00 \xc0\xaf ") +
                                    "\\\"This shield is a direct threat to our security and we "
                                    "will answer it firmly when the time comes,\\\" Lavrov "
                                    "said.\"}\n");
  RunOptions o = Options(out.path());
  o.ingest.lenient = true;
  auto r = RunJob({in.File("t"), in.File("j.jsonl")}, o, nullptr);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->ingest.documents, 3);
  EXPECT_EQ(r->ingest.invalid_dates, 2);
  simdjson::dom::parser parser;
  for (const std::string& path : r->files) {
    const std::string content = ReadFile(path);
    EXPECT_TRUE(IsValidUtf8(content)) << path;
    if (!absl::EndsWith(path, ".jsonl") && !absl::EndsWith(path, ".json")) continue;
    for (absl::string_view line : absl::StrSplit(content, '\n', absl::SkipEmpty())) {
      simdjson::padded_string padded(line.data(), line.size());
      simdjson::dom::element e;
      EXPECT_EQ(parser.parse(padded).get(e), simdjson::SUCCESS) << path << ": " << line;
    }
  }
  EXPECT_TRUE(IsValidUtf8(TerminalSummary(ReportOptionsOf(o), *r)));
}

TEST(CsvWriterTest, NeutralizesFormulaCellsAndDropsControlCharacters) {
  EXPECT_EQ(CsvRow().Add("=1+1").Add("+1").Add("-x").Add("@SUM(1)").Add("ok=1").Finish(),
            "'=1+1,'+1,'-x,'@SUM(1),ok=1\n");
  EXPECT_EQ(CsvRow().Add(int64_t{-3}).Add(-0.5).Finish(), "-3,-0.5\n");  // Numbers stay numbers.
  EXPECT_EQ(CsvRow().Add(std::string("a\0b\x1b[1mc", 8)).Add("x\ny").Finish(), "ab[1mc,\"x\ny\"\n");
}

}  // namespace
}  // namespace claimdup
