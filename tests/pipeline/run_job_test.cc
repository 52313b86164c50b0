#include "pipeline/run_job.h"

#include <algorithm>
#include <atomic>

#include "gtest/gtest.h"
#include "pipeline/ordered_parallel.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::CorpusDir;
using testing::ReadFile;
using testing::TempDir;

RunOptions Options(const std::string& out, int threads = 2) {
  RunOptions o;
  o.out_dir = out;
  o.threads = threads;
  o.progress = false;
  return o;
}

// The members of each cluster as (doc id, text prefix) for readable expectations.
std::vector<std::vector<std::string>> Describe(const RunResult& r) {
  std::vector<std::vector<std::string>> out;
  for (const ClusterInfo& c : r.clusters) {
    std::vector<std::string> members;
    for (uint32_t m : c.members) {
      members.push_back(r.claims.docs[r.claims.doc(m)].id + ": " +
                        std::string(r.claims.text(m).substr(0, 30)));
    }
    out.push_back(members);
  }
  return out;
}

// Read by hand: only three quotes of the bundled corpus are carried by two outlets.
TEST(RunJobTest, BundledCorpusClustersExactlyTheQuotesThatRepeatAcrossOutlets) {
  TempDir tmp;
  auto r = RunJob({CorpusDir()}, Options(tmp.path()), nullptr);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->ingest.documents, 5);
  EXPECT_EQ(r->claims.size(), 33u);
  using V = std::vector<std::string>;
  EXPECT_EQ(
      Describe(*r),
      (std::vector<V>{// Lavrov on the Afghan withdrawal: DW and the AFP wire on SpaceWar.com.
                      V{"dw-2012-04-19: As long as Afghanistan is not ",
                        "spacewar-2012-04-19: As long as Afghanistan is not "},
                      // Lavrov's guarantees: DW split it around "Lavrov said"; AFP carried only the
                      // second part, an excerpt of DW's whole quote: both parts come along.
                      V{"dw-2012-04-19: Capabilities will be created w",
                        "dw-2012-04-19: We need clear guarantees that ",
                        "spacewar-2012-04-19: We need clear guarantees that "},
                      // Rasmussen: RFE/RL split it around "Rasmussen said"; AFP carried it whole.
                      V{"rferl-2012-04-19: It is well-known that we do no",
                        "rferl-2012-04-19: But it is also clear that we a",
                        "spacewar-2012-04-19: It is well known that we do no"}}));
  for (const ClusterInfo& c : r->clusters) {
    EXPECT_EQ(c.outlets.size(), 2u);
    EXPECT_EQ(r->claims.docs[r->claims.doc(c.first)].date, "2012-04-19");
  }
  // "This system does not threaten Russia" (RFE/RL) and "Our missile defence system is not
  // designed to threaten Russia…" (AFP) are different words for one idea: apart.
  for (uint32_t i = 0; i < r->claims.size(); ++i) {
    if (r->claims.text(i).find("designed to threaten Russia") != absl::string_view::npos) {
      EXPECT_EQ(r->cluster_of[i], i);
    }
  }
}

TEST(RunJobTest, OutputIsIdenticalForEveryThreadCount) {
  TempDir a, b, c;
  ASSERT_TRUE(RunJob({CorpusDir()}, Options(a.path(), 1), nullptr).ok());
  ASSERT_TRUE(RunJob({CorpusDir()}, Options(b.path(), 2), nullptr).ok());
  ASSERT_TRUE(RunJob({CorpusDir()}, Options(c.path(), 5), nullptr).ok());
  for (const char* f : {"/quotes.jsonl", "/clusters.jsonl"}) {
    EXPECT_EQ(ReadFile(a.path() + f), ReadFile(b.path() + f)) << f;
    EXPECT_EQ(ReadFile(a.path() + f), ReadFile(c.path() + f)) << f;
    EXPECT_FALSE(ReadFile(a.path() + f).empty());
  }
}

TEST(RunJobTest, SentenceModeDropsOutletBoilerplateAndFindsWireCopy) {
  TempDir tmp;
  RunOptions o = Options(tmp.path());
  o.extract.unit = ClaimUnit::kSentences;
  UseSentenceDefaults({}, &o.match);
  auto r = RunJob({CorpusDir()}, o, nullptr);
  ASSERT_TRUE(r.ok());
  // RFE/RL's footer (3 sentences) in both of its articles.
  EXPECT_EQ(r->boilerplate_claims, 6);
  for (uint32_t i = 0; i < r->claims.size(); ++i) {
    EXPECT_EQ(r->claims.text(i).find("undesirable organization"), absl::string_view::npos);
  }
  // Two of Lavrov's quote sentences, DW and SpaceWar, attributed differently: the shorter
  // holds over two thirds of the longer.
  int cross = 0;
  for (const ClusterInfo& c : r->clusters) cross += IsCrossOutlet(c);
  EXPECT_EQ(cross, 2);
  // quotes.jsonl lists the repeated sentences only, unless all_claims.
  auto lines = [&](const std::string& dir) {
    const std::string q = ReadFile(dir + "/quotes.jsonl");
    return std::count(q.begin(), q.end(), '\n');
  };
  int64_t repeated = 0;
  for (const ClusterInfo& c : r->clusters) repeated += c.members.size();
  EXPECT_EQ(lines(tmp.path()), repeated);
  TempDir all;
  o.out_dir = all.path();
  o.all_claims = true;
  auto r_all = RunJob({CorpusDir()}, o, nullptr);
  ASSERT_TRUE(r_all.ok());
  EXPECT_EQ(lines(all.path()), static_cast<int64_t>(r_all->claims.size()));
  EXPECT_GT(r_all->claims.size(), static_cast<size_t>(repeated));
}

TEST(RunJobTest, QuotesJsonlHasOneLinePerClaimWithTheContractFields) {
  TempDir tmp;
  ASSERT_TRUE(RunJob({CorpusDir()}, Options(tmp.path()), nullptr).ok());
  const std::string quotes = ReadFile(tmp.File("quotes.jsonl"));
  EXPECT_EQ(std::count(quotes.begin(), quotes.end(), '\n'), 33);
  const std::string first = quotes.substr(0, quotes.find('\n'));
  EXPECT_EQ(
      first.substr(0, 123),
      R"({"id":0,"doc":"dw-2012-04-19","outlet":"Deutsche Welle","date":"2012-04-19","speaker":"Sergei Lavrov","text":"As long as Af)");
  EXPECT_NE(first.find(R"("begin":655,"end":829,"quote_group":0,"cluster":0,"relation":"variant",)"
                       R"("similarity":1,"root_words":[0,32],"edit":"verbatim","wire":[]})"),
            std::string::npos)
      << first;
  // AFP's copy of the second part of DW's split quote: an excerpt of its words 13-24.
  EXPECT_NE(quotes.find(R"("quote_group":27,"cluster":5,"relation":"excerpt","similarity":1,)"
                        R"("root_words":[13,24],"edit":"truncated_start","wire":["AFP"]})"),
            std::string::npos);
  EXPECT_NE(quotes.find(R"("quote_group":5,"cluster":5,"relation":"part","similarity":1,)"
                        R"("root_words":[13,24],"edit":"truncated_start","wire":[]})"),
            std::string::npos);
  // Singletons carry no relation.
  EXPECT_NE(
      quotes.find(R"("relation":null,"similarity":null,"root_words":null,"edit":null,"wire":[]})"),
      std::string::npos);
  const std::string summary = ReadFile(tmp.File("summary.json"));
  EXPECT_NE(summary.find(R"("cross_outlet_clusters":3)"), std::string::npos);
  EXPECT_NE(summary.find(R"("lsh_bands":)"), std::string::npos);
}

TEST(RunJobTest, MissingInputIsAnError) {
  TempDir tmp;
  auto r = RunJob({"/no/such/dir"}, Options(tmp.path()), nullptr);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound);
}

TEST(OrderedParallelTest, ConsumesInProductionOrder) {
  for (int workers : {1, 2, 7}) {
    int next = 0;
    std::vector<int> seen;
    std::function<absl::StatusOr<bool>(int*)> produce = [&](int* x) -> absl::StatusOr<bool> {
      if (next == 500) return false;
      *x = next++;
      return true;
    };
    std::function<void(int&, int*)> process = [](int& x, int* y) {
      if (x % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
      *y = x * 2;
    };
    std::function<void(int&)> consume = [&](int& y) { seen.push_back(y); };
    ASSERT_TRUE((OrderedParallel<int, int>(workers, 8, produce, process, consume).ok()));
    ASSERT_EQ(seen.size(), 500u);
    for (int i = 0; i < 500; ++i) ASSERT_EQ(seen[i], 2 * i) << workers;
  }
}

TEST(OrderedParallelTest, ProducerErrorStopsTheRun) {
  int n = 0;
  std::function<absl::StatusOr<bool>(int*)> produce = [&](int* x) -> absl::StatusOr<bool> {
    if (n == 10) return absl::InvalidArgumentError("bad record");
    *x = n++;
    return true;
  };
  std::function<void(int&, int*)> process = [](int& x, int* y) { *y = x; };
  std::function<void(int&)> consume = [](int&) {};
  EXPECT_EQ((OrderedParallel<int, int>(2, 4, produce, process, consume).message()), "bad record");
}

}  // namespace
}  // namespace claimdup
