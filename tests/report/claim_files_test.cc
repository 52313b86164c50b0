// quotes.jsonl written in parts (report/claim_files.h QuoteFacts): the facts of any ranges
// of a run's claims, written one after the other, make the file of the whole run; and
// clusters.jsonl from packed ranges of clusters (report/cluster_lines.h) likewise.
#include "report/claim_files.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "report/cluster_lines.h"
#include "report/csv_reports.h"
#include "report/outlet_tables.h"
#include "test_util.h"
#include "util/json_writer.h"

namespace claimdup {
namespace {

using testing::ReadFile;
using testing::TempDir;

class QuoteFactsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RunOptions o;
    o.out_dir = tmp_.path();
    o.progress = false;
    auto r = ComputeClusters({testing::CorpusDir()}, o, nullptr);
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = std::move(*r);
    ASSERT_GT(result_.clusters.size(), 2u);
  }
  std::string Whole(bool only_repeated) {
    const std::string path = tmp_.File("whole.jsonl");
    EXPECT_TRUE(WriteQuotesJsonl(result_.claims, result_.cluster_of, result_.relations,
                                 only_repeated, path, result_.quote_edits)
                    .ok());
    return ReadFile(path);
  }
  // The lines of claims [from, to), their speakers renumbered into a list of their own (as a
  // rank of a distributed run is sent them).
  std::string Part(const QuoteFactSource& source, uint32_t from, uint32_t to) {
    std::vector<QuoteFacts> facts;
    source.Append(from, to, &facts);
    std::vector<std::string> names;
    for (QuoteFacts& f : facts) {
      names.push_back(result_.claims.speakers[f.speaker]);
      f.speaker = static_cast<uint32_t>(names.size() - 1);
    }
    const std::string path = tmp_.File("part.jsonl");
    EXPECT_TRUE(WriteQuoteFactsJsonl(result_.claims, names, facts, false, path).ok());
    return ReadFile(path);
  }
  TempDir tmp_;
  RunResult result_;
};

TEST_F(QuoteFactsTest, PartsInOrderMakeTheWholeFile) {
  const QuoteFactSource source(result_.claims, result_.cluster_of, result_.relations,
                               result_.quote_edits, false);
  const uint32_t n = static_cast<uint32_t>(result_.claims.size());
  const std::string whole = Whole(false);
  EXPECT_EQ(std::count(whole.begin(), whole.end(), '\n'), n);
  // Cut inside a cluster: its members' facts come from the run, not from the part.
  const uint32_t cut = result_.clusters[0].members[1];
  EXPECT_EQ(Part(source, 0, cut) + Part(source, cut, n), whole);
  EXPECT_EQ(Part(source, 0, 0), "");
}

TEST_F(QuoteFactsTest, OnlyRepeatedListsTheSameClaimsInParts) {
  const QuoteFactSource source(result_.claims, result_.cluster_of, result_.relations,
                               result_.quote_edits, true);
  const uint32_t n = static_cast<uint32_t>(result_.claims.size());
  const std::string whole = Whole(true);
  // Repeated: in a cluster of 2+, whose id is its smallest member's.
  std::vector<int> size(n, 0);
  for (uint32_t c : result_.cluster_of) ++size[c];
  int64_t repeated = 0;
  for (uint32_t i = 0; i < n; ++i) repeated += size[result_.cluster_of[i]] > 1;
  EXPECT_GT(repeated, 2);
  EXPECT_LT(repeated, n);
  EXPECT_EQ(std::count(whole.begin(), whole.end(), '\n'), repeated);
  EXPECT_EQ(Part(source, 0, n / 2) + Part(source, n / 2, n), whole);
}

// The lines of clusters [from, to), packed and written as a rank of a distributed run
// writes its part: from the pack alone.
std::string ClusterPart(const RunResult& r, size_t from, size_t to, const std::string& path) {
  const ClusterLinesPack pack =
      PackClusterLines(r.claims, r.clusters, r.relations, r.reuse.stock, from, to);
  auto file = OutputFile::Create(path);
  EXPECT_TRUE(file.ok());
  WriteClusterLines(pack, file->get());
  EXPECT_TRUE((*file)->Close().ok());
  return ReadFile(path);
}

TEST_F(QuoteFactsTest, PackedClusterRangesInOrderMakeTheWholeClustersFile) {
  const std::string path = tmp_.File("clusters.jsonl");
  ASSERT_TRUE(WriteClustersJsonl(result_.claims, result_.clusters, result_.relations, path).ok());
  const std::string whole = ReadFile(path);
  const size_t k = result_.clusters.size();
  EXPECT_EQ(std::count(whole.begin(), whole.end(), '\n'), static_cast<int64_t>(k));
  const std::string part = tmp_.File("part.jsonl");
  EXPECT_EQ(ClusterPart(result_, 0, 1, part) + ClusterPart(result_, 1, k / 2, part) +
                ClusterPart(result_, k / 2, k / 2, part) + ClusterPart(result_, k / 2, k, part),
            whole);
  // The first line carries the first cluster's wordings and first article, read from the run.
  const ClusterInfo& c = result_.clusters[0];
  std::string canonical, root, doc;
  AppendJsonString(CanonicalText(result_.claims, result_.relations, c), &canonical);
  AppendJsonString(RootText(result_.claims, result_.relations, c), &root);
  AppendJsonString(result_.claims.docs[result_.claims.doc(c.first)].id, &doc);
  const std::string first = whole.substr(0, whole.find('\n'));
  EXPECT_NE(first.find(absl::StrCat("\"canonical\":", canonical, ",\"root\":", root, ",")),
            std::string::npos)
      << first;
  EXPECT_NE(first.find(absl::StrCat("\"doc\":", doc, "}")), std::string::npos) << first;
}

// outlet_quotes.csv's rows of clusters [from, to), from their pack alone, as a rank writes them.
std::string OutletRowsPart(const RunResult& r, size_t from, size_t to, const std::string& path) {
  const OutletTables tables = BuildOutletTables(r.claims, r.clusters);
  const ClusterLinesPack pack = PackClusterLines(r.claims, r.clusters, r.relations, r.reuse.stock,
                                                 from, to, &tables.outlet_quotes);
  auto file = OutputFile::Create(path);
  EXPECT_TRUE(file.ok());
  WriteOutletQuoteLines(pack, file->get());
  EXPECT_TRUE((*file)->Close().ok());
  return ReadFile(path);
}

TEST_F(QuoteFactsTest, PackedOutletRowsInOrderMakeTheWholeOutletQuotesFile) {
  const std::string path = tmp_.File("outlet_quotes.csv");
  const OutletTables tables = BuildOutletTables(result_.claims, result_.clusters);
  ASSERT_TRUE(WriteOutletQuotesCsv(result_.claims, tables, path).ok());
  const std::string whole = ReadFile(path);
  ASSERT_GT(tables.outlet_quotes.size(), 2u);
  EXPECT_EQ(std::count(whole.begin(), whole.end(), '\n'),
            static_cast<int64_t>(tables.outlet_quotes.size()) + 1);
  const size_t k = result_.clusters.size();
  const std::string part = tmp_.File("part.csv");
  EXPECT_EQ(std::string(kOutletQuotesCsvHeader) + OutletRowsPart(result_, 0, 1, part) +
                OutletRowsPart(result_, 1, k / 2, part) +
                OutletRowsPart(result_, k / 2, k / 2, part) + OutletRowsPart(result_, k / 2, k, part),
            whole);
}

// A pack stores each outlet, article and speaker name once, however many clusters name it.
TEST_F(QuoteFactsTest, ClusterPackStoresEachNameOnce) {
  const ClusterLinesPack pack = PackClusterLines(result_.claims, result_.clusters,
                                                 result_.relations, {}, 0, result_.clusters.size());
  std::vector<absl::string_view> outlets;
  for (size_t s = 0; s + 1 < pack.string_at.size(); ++s) {
    for (const std::string& o : result_.claims.outlets) {
      if (pack.str(static_cast<uint32_t>(s)) == o) outlets.push_back(o);
    }
  }
  std::sort(outlets.begin(), outlets.end());
  EXPECT_FALSE(outlets.empty());
  EXPECT_EQ(std::adjacent_find(outlets.begin(), outlets.end()), outlets.end());
}

// Slots shared by the packs of a run hold a name for the pack that stored it: a later pack
// (here the same clusters again, and the next range) stores its own copy, as a pack made alone.
TEST_F(QuoteFactsTest, PacksSharingSlotsEachHoldTheirOwnNames) {
  const size_t k = result_.clusters.size();
  ASSERT_GT(k, 2u);
  ClusterLinesSlots slots;
  auto pack = [&](size_t from, size_t to, ClusterLinesSlots* with) {
    return PackClusterLines(result_.claims, result_.clusters, result_.relations, {}, from, to,
                            nullptr, with);
  };
  const ClusterLinesPack first = pack(0, k / 2, &slots);
  const ClusterLinesPack again = pack(0, k / 2, &slots);
  const ClusterLinesPack next = pack(k / 2, k, &slots);
  const ClusterLinesPack alone = pack(k / 2, k, nullptr);
  EXPECT_EQ(slots.pack, 3u);
  EXPECT_EQ(again.bytes, first.bytes);
  EXPECT_EQ(again.fields, first.fields);
  EXPECT_EQ(again.string_at, first.string_at);
  EXPECT_EQ(next.bytes, alone.bytes);
  EXPECT_EQ(next.fields, alone.fields);
  EXPECT_EQ(next.string_at, alone.string_at);
}

}  // namespace
}  // namespace claimdup
