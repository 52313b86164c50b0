// Stock phrases and article pairs in sentence mode: on snippets of real articles
// (tests/data/sentence_reuse_excerpts.jsonl: six AllSides articles of different stories and
// years that each end with "X did not respond to requests for comment.", and three reprints
// of one AP story from event_days.jsonl.zst; tests/data/campaign_comment_excerpts.jsonl: the
// five AllSides articles, 2016-2020, whose "The Cruz/Clinton/Biden campaign did not respond
// to a request for comment." one cluster joins), and on small hand-made tables for the rules.
#include "cluster/article_reuse.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "report/report_files.h"
#include "test_util.h"

namespace claimdup {
namespace {

using testing::SourceDir;
using testing::TempDir;

class RealSentenceReuseTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    RunOptions o;
    o.out_dir = dir_->path();
    o.threads = 2;
    o.progress = false;
    o.extract.unit = ClaimUnit::kSentences;
    UseSentenceDefaults({}, &o.match);
    auto r = RunJob({SourceDir() + "/tests/data/sentence_reuse_excerpts.jsonl"}, o, nullptr);
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = new RunResult(std::move(*r));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete dir_;
  }
  // The cluster whose canonical text contains `words`.
  static size_t ClusterWith(const std::string& words) {
    for (size_t k = 0; k < result_->clusters.size(); ++k) {
      if (absl::StrContains(result_->claims.text(result_->clusters[k].canonical), words)) return k;
    }
    ADD_FAILURE() << "no cluster holds: " << words;
    return 0;
  }
  static std::string Doc(uint32_t d) { return result_->claims.docs[d].id; }
  static TempDir* dir_;
  static RunResult* result_;
};
TempDir* RealSentenceReuseTest::dir_ = nullptr;
RunResult* RealSentenceReuseTest::result_ = nullptr;

TEST_F(RealSentenceReuseTest, RequestForCommentAcrossUnrelatedStoriesIsStock) {
  const size_t k = ClusterWith("did not respond to requests for comment.");
  const ClusterInfo& c = result_->clusters[k];
  EXPECT_EQ(c.docs.size(), 6u);
  EXPECT_EQ(c.outlets.size(), 5u);
  EXPECT_TRUE(result_->reuse.stock[k]);
  EXPECT_TRUE(c.stock);
  EXPECT_FALSE(IsCrossOutlet(c));
  EXPECT_EQ(result_->reuse.stock_clusters, 1);
  EXPECT_EQ(result_->reuse.stock_cross_outlet, 1);
}

TEST_F(RealSentenceReuseTest, WireSentencesAreNotStockAndTopTheCrossOutletList) {
  const size_t k = ClusterWith("played a key role in pushing the Trump administration");
  EXPECT_FALSE(result_->reuse.stock[k]);
  const auto ranked = RankCrossOutlet(result_->clusters);
  ASSERT_FALSE(ranked.empty());
  for (const ClusterInfo* c : ranked) EXPECT_FALSE(c->stock);
  EXPECT_EQ(ranked[0]->outlets.size(), 3u);
  // The report's top clusters are taken by a partial sort: the head of the whole ranking.
  for (size_t limit : {size_t{0}, size_t{1}, ranked.size() / 2, ranked.size(), ranked.size() + 5}) {
    const auto head = RankCrossOutlet(result_->clusters, limit);
    ASSERT_EQ(head.size(), std::min(limit, ranked.size())) << limit;
    EXPECT_TRUE(std::equal(head.begin(), head.end(), ranked.begin())) << limit;
  }
}

TEST_F(RealSentenceReuseTest, ArticlePairsAreTheReprintsOnly) {
  // Three reprints of one AP story: three pairs sharing its sentences; the six articles that
  // share only the stock phrase make no pair. Undated: the earlier is the first in input.
  const std::vector<ArticlePair>& pairs = result_->reuse.pairs;
  ASSERT_EQ(pairs.size(), 3u);
  std::vector<std::string> got;
  for (const ArticlePair& p : pairs) {
    got.push_back(Doc(p.earlier) + ">" + Doc(p.later));
    EXPECT_EQ(p.shared, 5u);
    EXPECT_EQ(p.later_sentences, 5u);
    EXPECT_DOUBLE_EQ(p.later_share, 1.0);
  }
  EXPECT_EQ(got, (std::vector<std::string>{"census-8200>census-8818", "census-8200>census-9990",
                                           "census-8818>census-9990"}));
}

TEST_F(RealSentenceReuseTest, ArticlePairsNameTheWiresTheArticlesCredit) {
  // census-8818 and census-9990 carry "NEW YORK (AP) —"; CBS (census-8200) dropped the credit.
  const std::string csv = testing::ReadFile(dir_->path() + "/article_pairs.csv");
  EXPECT_TRUE(absl::StrContains(csv, ",url_a,url_b,wire_a,wire_b,common_wire\n")) << csv;
  EXPECT_TRUE(absl::StrContains(csv, "census-8200,census-8818,"));
  std::vector<std::string> wires;
  for (absl::string_view line : absl::StrSplit(csv, '\n')) {
    if (line.empty() || absl::StartsWith(line, "article_a")) continue;
    const std::vector<absl::string_view> f = absl::StrSplit(line, ',');
    ASSERT_GE(f.size(), 3u);
    wires.push_back(absl::StrCat(f[0], ">", f[1], ":", f[f.size() - 3], "|", f[f.size() - 2], "|",
                                 f[f.size() - 1]));
  }
  EXPECT_EQ(wires, (std::vector<std::string>{"census-8200>census-8818:|AP|",
                                             "census-8200>census-9990:|AP|",
                                             "census-8818>census-9990:AP|AP|AP"}));
  const std::string html = testing::ReadFile(dir_->path() + "/report.html");
  EXPECT_TRUE(absl::StrContains(html, "<td>both credit AP</td>"));
  EXPECT_TRUE(absl::StrContains(html, "<td>later credits AP</td>"));
  EXPECT_TRUE(absl::StrContains(html, "1 of the 3 pairs both credit the same wire"));
}

TEST_F(RealSentenceReuseTest, TerminalSummaryListsSentencesWithoutSpeakers) {
  RunOptions o;
  o.extract.unit = ClaimUnit::kSentences;
  const std::string summary = TerminalSummary(ReportOptionsOf(o), *result_);
  EXPECT_TRUE(absl::StrContains(summary, "Top cross-outlet sentences:\n")) << summary;
  EXPECT_FALSE(absl::StrContains(summary, "Top cross-outlet quotes")) << summary;
  EXPECT_FALSE(absl::StrContains(summary, "unknown speaker")) << summary;
  EXPECT_TRUE(absl::StrContains(summary, "\n     3 outlets: ")) << summary;
  EXPECT_FALSE(absl::StrContains(summary, "did not respond to requests for comment.")) << summary;
}

TEST_F(RealSentenceReuseTest, ReportHtmlCallsTheTopListSentences) {
  const std::string html = testing::ReadFile(dir_->path() + "/report.html");
  EXPECT_TRUE(absl::StrContains(html, "<h2>Top cross-outlet sentences</h2>"));
  EXPECT_TRUE(
      absl::StrContains(html, "40 sentences · 5 sentences carried by more than one outlet"));
  EXPECT_FALSE(absl::StrContains(html, "Top cross-outlet quotes"));
}

// A hand-made table: `docs` articles of `sentences` claims each, dated `dates`.
class ReuseRulesTest : public ::testing::Test {
 protected:
  uint32_t AddDoc(const std::string& date, int sentences) {
    const uint32_t d = static_cast<uint32_t>(claims_.docs.size());
    claims_.docs.push_back(
        {absl::StrCat("d", d), claims_.InternOutlet(absl::StrCat("o", d)), date, "", ""});
    for (int s = 0; s < sentences; ++s) {
      claims_.AddClaim(d, 0, 0, 8, claims_.size(), 0, 0, "text", ClaimSketch());
    }
    return d;
  }
  // A cluster carried once by each of `docs`, with these members' ids when given.
  void AddCluster(const std::vector<uint32_t>& docs, const std::vector<uint32_t>& members = {}) {
    ClusterInfo c;
    c.id = static_cast<uint32_t>(clusters_.size());
    c.docs = docs;
    c.members = members;
    for (uint32_t d : docs) c.outlets.push_back(claims_.docs[d].outlet);
    clusters_.push_back(c);
  }
  // An article of 20 sentences dated `date` whose first sentence says `text`: a cluster
  // member, its claim id into *member.
  uint32_t AddDocSaying(const std::string& date, const std::string& text,
                        std::vector<uint32_t>* member) {
    const uint32_t d = static_cast<uint32_t>(claims_.docs.size());
    claims_.docs.push_back(
        {absl::StrCat("d", d), claims_.InternOutlet(absl::StrCat("o", d)), date, "", ""});
    member->push_back(static_cast<uint32_t>(claims_.size()));
    claims_.AddClaim(d, 0, 0, 8, claims_.size(), 0, 0, text, ClaimSketch());
    for (int s = 1; s < 20; ++s) claims_.AddClaim(d, 0, 0, 8, claims_.size(), 0, 0, "text", ClaimSketch());
    return d;
  }
  // One cluster of five articles, each saying "The <name> campaign did not respond to a
  // request for comment." with the name and date given.
  ArticleReuse FiveCampaigns(const std::vector<std::pair<std::string, std::string>>& name_date) {
    std::vector<uint32_t> docs, members;
    for (const auto& [name, date] : name_date) {
      docs.push_back(AddDocSaying(
          date, absl::StrCat("The ", name, " campaign did not respond to a request for comment."),
          &members));
    }
    AddCluster(docs, members);
    return FindArticleReuse(claims_, clusters_);
  }
  ClaimTable claims_;
  std::vector<ClusterInfo> clusters_;
};

TEST_F(ReuseRulesTest, ATravellingClaimPublishedInOneBurstIsNotStock) {
  std::vector<uint32_t> burst, years;
  for (int i = 0; i < 5; ++i) burst.push_back(AddDoc("2017-03-0" + std::to_string(4 + i), 20));
  for (int i = 0; i < 5; ++i) years.push_back(AddDoc(std::to_string(2013 + i) + "-06-01", 20));
  AddCluster(burst);
  AddCluster(years);
  const ArticleReuse r = FindArticleReuse(claims_, clusters_);
  EXPECT_FALSE(r.stock[0]);
  EXPECT_TRUE(r.stock[1]);
  EXPECT_TRUE(r.pairs.empty());  // One shared sentence of 20: no reprint.
}

TEST_F(ReuseRulesTest, ATemplateWhoseNamesChangeIsStockThoughTwoArticlesAreDaysApart) {
  // The dev half's cluster: two of the four dated articles lie 10 days apart, but one names
  // Cruz and the other Clinton: not one claim travelling.
  const ArticleReuse r = FiveCampaigns({{"Cruz", "2016-05-01"},
                                        {"Clinton", "2016-05-11"},
                                        {"Clinton", "2016-08-06"},
                                        {"Biden", "2020-05-13"},
                                        {"Biden", ""}});
  EXPECT_TRUE(r.stock[0]);
}

TEST_F(ReuseRulesTest, TheSameNamesDaysApartAreABurst) {
  const ArticleReuse r = FiveCampaigns({{"Clinton", "2016-05-01"},
                                        {"Clinton", "2016-05-11"},
                                        {"Clinton", "2016-08-06"},
                                        {"Clinton", "2020-05-13"},
                                        {"Clinton", ""}});
  EXPECT_FALSE(r.stock[0]);
}

TEST_F(ReuseRulesTest, AWordingThatNamesNobodyGoesWithAnyName) {
  // "the President" / "the president" (as the Mueller report's line on the dev half): the
  // lower-case wording names nobody and counts with the capitalized one.
  std::vector<uint32_t> docs, members;
  const std::string line = " committed a crime, it also does not exonerate him.";
  docs.push_back(AddDocSaying("2019-04-18", "While the President" + line, &members));
  docs.push_back(AddDocSaying("2019-04-18", "While the president" + line, &members));
  docs.push_back(AddDocSaying("2019-07-04", "While the President" + line, &members));
  docs.push_back(AddDocSaying("2020-05-28", "“While the President" + line, &members));
  docs.push_back(AddDocSaying("", "“While the president" + line, &members));
  AddCluster(docs, members);
  EXPECT_FALSE(FindArticleReuse(claims_, clusters_).stock[0]);
}

TEST(RealCampaignComments, TheFiveCampaignsLineIsStock) {
  TempDir dir;
  RunOptions o;
  o.out_dir = dir.path();
  o.threads = 2;
  o.progress = false;
  o.extract.unit = ClaimUnit::kSentences;
  UseSentenceDefaults({}, &o.match);
  auto r = RunJob({SourceDir() + "/tests/data/campaign_comment_excerpts.jsonl"}, o, nullptr);
  ASSERT_TRUE(r.ok()) << r.status();
  size_t found = 0;
  for (size_t k = 0; k < r->clusters.size(); ++k) {
    if (!absl::StrContains(r->claims.text(r->clusters[k].canonical), "to a request for comment")) {
      continue;
    }
    ++found;
    EXPECT_EQ(r->clusters[k].docs.size(), 5u);
    EXPECT_TRUE(r->reuse.stock[k]);
  }
  EXPECT_EQ(found, 1u);
}

TEST_F(ReuseRulesTest, ABioBlockAcrossOneWritersColumnsIsStock) {
  // Six columns of 30 sentences, each ending in the same three-sentence bio, one of them
  // reprinted whole at a second outlet.
  std::vector<uint32_t> docs;
  for (int i = 0; i < 6; ++i) docs.push_back(AddDoc("201" + std::to_string(i) + "-01-01", 30));
  const uint32_t reprint = AddDoc("2015-01-02", 30);
  std::vector<uint32_t> with_reprint = docs;
  with_reprint.push_back(reprint);
  for (int s = 0; s < 3; ++s) AddCluster(with_reprint);
  for (int s = 0; s < 27; ++s) AddCluster({docs[5], reprint});
  const ArticleReuse r = FindArticleReuse(claims_, clusters_);
  for (int s = 0; s < 3; ++s) EXPECT_TRUE(r.stock[s]) << s;
  for (size_t s = 3; s < clusters_.size(); ++s) EXPECT_FALSE(r.stock[s]) << s;
  ASSERT_EQ(r.pairs.size(), 1u);
  EXPECT_EQ(r.pairs[0].earlier, docs[5]);
  EXPECT_EQ(r.pairs[0].later, reprint);
  EXPECT_EQ(r.pairs[0].shared, 27u);  // The bio is not counted.
  EXPECT_DOUBLE_EQ(r.pairs[0].later_share, 0.9);
}

TEST_F(ReuseRulesTest, AWideClusterPairsEachArticleWithItsNeighboursOnly) {
  std::vector<uint32_t> docs;
  // One story of three sentences reprinted by 200 outlets.
  for (int i = 0; i < 200; ++i) docs.push_back(AddDoc("", 3));
  for (int s = 0; s < 3; ++s) AddCluster(docs);
  ArticleReuseOptions o;
  const ArticleReuse r = FindArticleReuse(claims_, clusters_, o);
  // 200 articles x 8 neighbours, less the last ones' missing neighbours: not 19,900 pairs.
  EXPECT_EQ(r.pairs.size(), 200u * 8 - 8 * 9 / 2);
  EXPECT_EQ(r.wide_clusters, 3);
  EXPECT_EQ(r.stock_clusters, 0);  // One story: neighbours share all three sentences.
  EXPECT_EQ(r.pairs[0].shared, 3u);
}

TEST_F(ReuseRulesTest, AStockLineOfTenThousandArticlesIsFoundWithoutItsPairs) {
  // 10,000 articles of 10 sentences end in the same line; 1,000 of them are reprinted
  // (5 sentences shared with a second article). Counting the line's 49,995,000 article
  // pairs would be quadratic; each article is paired with its 8 neighbours only.
  std::vector<uint32_t> docs;
  for (int i = 0; i < 10000; ++i) docs.push_back(AddDoc("", 10));
  AddCluster(docs);
  for (int i = 0; i < 1000; ++i) {
    for (int s = 0; s < 5; ++s) AddCluster({docs[2 * i], docs[2 * i + 1]});
  }
  const ArticleReuse r = FindArticleReuse(claims_, clusters_);
  EXPECT_TRUE(r.stock[0]);  // 9,000 stories in 10,000 articles.
  EXPECT_EQ(r.stock_clusters, 1);
  EXPECT_EQ(r.wide_clusters, 1);
  EXPECT_LE(r.counted_pairs, 10000 * 8 + 1000);
  ASSERT_EQ(r.pairs.size(), 1000u);  // The reprints, the stock line not counted.
  EXPECT_EQ(r.pairs[0].shared, 5u);
  EXPECT_EQ(r.pairs.back().shared, 5u);
}

}  // namespace
}  // namespace claimdup
