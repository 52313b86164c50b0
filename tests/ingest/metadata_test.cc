#include "ingest/metadata.h"

#include "gtest/gtest.h"
#include "ingest/csv.h"
#include "ingest/manifest.h"
#include "test_util.h"

namespace claimdup {
namespace {

TEST(NormalizeDateTest, AcceptsCommonDumpFormats) {
  EXPECT_EQ(NormalizeDate("2012-04-19"), "2012-04-19");
  EXPECT_EQ(NormalizeDate("2012-04-19 10:30:00"), "2012-04-19T10:30:00");
  EXPECT_EQ(NormalizeDate("2012-04-19T10:30:00Z"), "2012-04-19T10:30:00");
  EXPECT_EQ(NormalizeDate("2012-04-19T10:30:00.000+02:00"), "2012-04-19T08:30:00");  // UTC.
  EXPECT_EQ(NormalizeDate("2012-04-19T10:30"), "2012-04-19T10:30:00");
  EXPECT_EQ(NormalizeDate("2012-04-19 00:00:00"), "2012-04-19");
  EXPECT_EQ(NormalizeDate(" 2009-12-04 "), "2009-12-04");
}

TEST(NormalizeDateTest, RejectsWhatIsNotADate) {
  EXPECT_EQ(NormalizeDate(""), "");
  EXPECT_EQ(NormalizeDate("April 19, 2012"), "");
  EXPECT_EQ(NormalizeDate("2012-13-01"), "");
  EXPECT_EQ(NormalizeDate("2012/04/19"), "");
}

TEST(OutletFromUrlTest, HostWithoutWww) {
  EXPECT_EQ(OutletFromUrl("https://www.dw.com/en/concerns/a-1"), "dw.com");
  EXPECT_EQ(OutletFromUrl("http://WWW.RFERL.org"), "rferl.org");
  EXPECT_EQ(OutletFromUrl("https://user@news.example.co.uk:8080/x?y#z"), "news.example.co.uk");
  EXPECT_EQ(OutletFromUrl("spacewar.com/reports"), "spacewar.com");
  EXPECT_EQ(OutletFromUrl(""), "");
}

TEST(CsvTest, QuotedFieldsCommasAndNewlines) {
  auto rows = ParseCsv("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\n2,\"multi\nline\",z\n", "t.csv");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[1].fields, (std::vector<std::string>{"1", "x, y", "say \"hi\""}));
  EXPECT_EQ((*rows)[2].fields, (std::vector<std::string>{"2", "multi\nline", "z"}));
  EXPECT_EQ((*rows)[2].line, 4);
}

TEST(CsvTest, UnterminatedQuoteNamesLine) {
  auto rows = ParseCsv("a,b\n1,\"open\n", "m.csv");
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().message(), "m.csv:2: unterminated quoted field");
}

TEST(ManifestTest, BundledManifestMatchesByNameAndPath) {
  auto m = Manifest::Load(testing::CorpusFile("manifest.csv"));
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_EQ(m->size(), 5u);
  const ManifestEntry* e = m->Find(testing::CorpusFile("spacewar-2012-04-19-afp-nato-russia.txt"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->outlet, "SpaceWar.com");
  EXPECT_EQ(e->date, "2012-04-19");
  EXPECT_NE(m->Find("elsewhere/dw-2012-04-19-concerns-about-nato-plans.txt"), nullptr);
  EXPECT_EQ(m->Find("nope.txt"), nullptr);
}

TEST(ManifestTest, MissingFileColumnIsAnError) {
  testing::TempDir tmp;
  testing::WriteFile(tmp.File("m.csv"), "id,outlet\n1,x\n");
  auto m = Manifest::Load(tmp.File("m.csv"));
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("m.csv:1: manifest header has no 'file' column"),
            absl::string_view::npos);
}

}  // namespace
}  // namespace claimdup
