#include "cluster/clusterer.h"

#include "absl/strings/str_cat.h"
#include "cluster/cluster_summary.h"
#include "cluster/split_quotes.h"
#include "cluster/verify.h"
#include "extract/paragraphs.h"
#include "gtest/gtest.h"
#include "pipeline/run_job.h"
#include "sketch/sketch_text.h"

namespace claimdup {
namespace {

struct Item {
  std::string outlet;
  std::string text;
  int group_offset = 0;  // 0: own group; -k: same group as the claim k rows before.
};

class ClusterFixture : public ::testing::Test {
 protected:
  ClusterFixture() : hasher_(false, match_.num_perms, match_.seed) {}

  ClaimTable Table(const std::vector<Item>& items) {
    ClaimTable t(match_.num_perms);
    SketchScratch s;
    for (const Item& it : items) {
      const uint32_t doc = static_cast<uint32_t>(t.docs.size());
      const uint32_t id = static_cast<uint32_t>(t.size());
      if (it.group_offset == 0) {
        t.docs.push_back({absl::StrCat("d", doc), t.InternOutlet(it.outlet), "", "", ""});
      }
      const uint32_t d = it.group_offset == 0 ? doc : t.doc(id + it.group_offset);
      const uint32_t group = it.group_offset == 0 ? id : t.group(id + it.group_offset);
      SketchText(it.text, match_, hasher_, &s);
      t.AddClaim(d, 0, 0, CountWords(it.text), group, 0, 0, it.text, s.sketch());
    }
    return t;
  }

  std::vector<uint32_t> Cluster(ClaimTable t, ClusterStats* stats = nullptr) {
    const ClusterOptions options = MakeClusterOptions(match_);
    ClusterStats local;
    const ClaimTable joined = JoinSplitQuotes(t, match_, hasher_);
    return ClusterClaims(&t, joined, options, 2, stats ? stats : &local);
  }

  MatchOptions match_;
  MinHasher hasher_;
};

TEST_F(ClusterFixture, NearIdenticalQuotesClusterAcrossOutlets) {
  const ClaimTable t = Table({
      {"DW", "We need clear guarantees that it is not targeted against us."},
      {"AFP", "We need clear guarantees that it is not targeted against us"},
      {"RT", "We need clear guarantees that it's not targeted against us,"},
      {"BBC", "Security in Europe exists only with, not against Russia"},
  });
  EXPECT_EQ(Cluster(t), (std::vector<uint32_t>{0, 0, 0, 3}));
}

TEST_F(ClusterFixture, ParaphrasesWithDifferentWordsStayApart) {
  // RFE/RL and SpaceWar.com: the same idea in different words is not the same quote.
  const ClaimTable t = Table({
      {"RFE/RL", "This system does not threaten Russia."},
      {"SpaceWar",
       "Our missile defence system is not designed to threaten Russia or undermine "
       "the strategic position of Russia"},
  });
  EXPECT_EQ(Cluster(t), (std::vector<uint32_t>{0, 1}));
}

TEST_F(ClusterFixture, TruncatedQuoteJoinsTheFullOneByContainment) {
  const ClaimTable t = Table({
      {"DW",
       "As long as Afghanistan is not able to ensure by itself the security in the "
       "country, the artificial timelines of withdrawal are not correct and they should "
       "not be set this way"},
      {"AFP",
       "the artificial timelines of withdrawal are not correct and they should not be "
       "set this way"},
  });
  ClusterStats stats;
  EXPECT_EQ(Cluster(t, &stats), (std::vector<uint32_t>{0, 0}));
  EXPECT_EQ(stats.containment_joined, 1);
}

TEST_F(ClusterFixture, ShortGenericQuoteDoesNotChainUnrelatedQuotes) {
  // A short line contained in two unrelated long quotes joins one of them (the one with
  // more outlets, then the earliest), never both. (The two share the line's 11 words, under
  // half of either: not one statement quoted in two stretches.)
  const ClaimTable t = Table({
      {"A", "We are committed to continue discussing all issues at all times"},
      {"B",
       "We are committed to continue discussing all issues at all times because the "
       "council is an all weather forum and it still has untapped potential for both sides"},
      {"C",
       "Our ministers said on Thursday in Brussels that we are committed to continue "
       "discussing all issues at all times, whatever the council decides next week or next "
       "year"},
  });
  ClusterStats stats;
  const auto cluster = Cluster(t, &stats);
  EXPECT_NE(cluster[1], cluster[2]);
  EXPECT_EQ(cluster[0], cluster[1]);  // B: as many outlets as C, and earlier.
  EXPECT_EQ(stats.containment_ambiguous, 1);
}

TEST_F(ClusterFixture, OverlappingStretchesOfOneStatementCluster) {
  // Two outlets quote different, overlapping stretches of one statement (MemeTracker's
  // 10-word rule): the run ends one wording and starts the other.
  const ClaimTable t = Table({
      {"A",
       "how did you get home I don't remember how did you get there I don't remember where "
       "is the place I don't remember"},
      {"B",
       "how did you get there I don't remember where is the place I don't remember how many "
       "years ago was it I don't know"},
  });
  ClusterStats stats;
  EXPECT_EQ(Cluster(t, &stats), (std::vector<uint32_t>{0, 0}));
  EXPECT_EQ(stats.overlap_edges, 1);
}

TEST_F(ClusterFixture, OneSentenceQuotedInsideDifferentNeighboursClusters) {
  // Real (allsides dev, 2016-04-29): Fox carried Pence's endorsement with the sentence after
  // it, NPR with the sentence before it and "in the Republican primary": a 12-word run opens
  // one wording and sits inside the other, over half the shorter.
  const ClaimTable t = Table({
      {"Fox Online News",
       "I'm not against anybody but I will be voting for Ted Cruz. I see Ted Cruz as a "
       "principled conservative who's dedicated his career to advocating the Reagan agenda."},
      {"NPR Online News",
       "for his voice in the national debate. I'm not against anybody, but I will be voting "
       "for Ted Cruz in the Republican primary."},
  });
  ClusterStats stats;
  EXPECT_EQ(Cluster(t, &stats), (std::vector<uint32_t>{0, 0}));
  EXPECT_EQ(stats.overlap_edges, 1);
}

TEST_F(ClusterFixture, AFiveWordExcerptJoinsTheLongQuoteHoldingIt) {
  // Real (allsides dev, 2017-09-15 / 10-08): USA TODAY quoted the first five words of what
  // The Hill carried. Too short to pick a gram its container must pick: found through the
  // container's post-only grams (index/anchors.h).
  const ClaimTable t = Table({
      {"The Hill",
       "The wall will come later, we're right now renovating large sections of wall, massive "
       "sections, making it brand new"},
      {"USA TODAY", "the wall will come later."},
  });
  EXPECT_EQ(Cluster(t), (std::vector<uint32_t>{0, 0}));
}

TEST_F(ClusterFixture, AnExcerptWithAnEditedMiddleJoinsItsRoot) {
  // Real (allsides dev, 2018-05-09/10): CBN's excerpt drops "a" and "but it will be" from
  // the statement the Washington Times carried whole: the stretches either side of the edit
  // (6 and 7 words) still share picked grams.
  const ClaimTable t = Table({
      {"Washington Times",
       "My proudest achievement will be \u2014 this is a part of it, but it will be when we "
       "denuclearize that entire peninsula. This is what people have been waiting for for a "
       "long time. Nobody thought we could be on this track in terms of the speed."},
      {"CBN",
       "My proudest achievement will be - this is part of it - when we denuclearize that "
       "entire peninsula."},
  });
  EXPECT_EQ(Cluster(t), (std::vector<uint32_t>{0, 0}));
}

TEST_F(ClusterFixture, AShortLineYearsAwayIsNoExcerpt) {
  // Real (allsides dev): NPR quoted Matt McTighe in 2012, "meet people where they are";
  // Politico quoted David Heifetz in 2019 with the same five words inside a longer remark.
  // Dated seven years apart, the short line is a stock phrase said again; a week apart
  // it would be an excerpt.
  ClaimTable t = Table({
      {"Politico",
       "And to remember that you still need to meet people where they are and where their "
       "lives are and not get caught up in all the day to day."},
      {"NPR Online News", "meet people where they are"},
  });
  t.docs[0].date = "2019-07-27";
  t.docs[1].date = "2012-07-11";
  ClusterStats stats;
  EXPECT_EQ(Cluster(t, &stats), (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(stats.short_excerpts_far_apart, 1);
  t.docs[1].date = "2019-07-20";
  EXPECT_EQ(Cluster(t), (std::vector<uint32_t>{0, 0}));
  t.docs[1].date = "";  // Undated: no evidence against.
  EXPECT_EQ(Cluster(t), (std::vector<uint32_t>{0, 0}));
}

TEST_F(ClusterFixture, NothingFollowsAnOverlapIntoItsRoot) {
  // The NPR wording joins the Fox root through an overlap; a line held only by the NPR
  // wording (its opening, not in the root) does not follow it.
  const ClaimTable t = Table({
      {"Fox Online News",
       "I'm not against anybody but I will be voting for Ted Cruz. I see Ted Cruz as a "
       "principled conservative who's dedicated his career to advocating the Reagan agenda."},
      {"NPR Online News",
       "He has a voice in the national debate. I'm not against anybody, but I will be voting "
       "for Ted Cruz in the Republican primary."},
      {"Politico", "a voice in the national debate. I'm not against anybody"},
  });
  const auto cluster = Cluster(t);
  EXPECT_EQ(cluster[0], cluster[1]);
  EXPECT_NE(cluster[2], cluster[0]);
}

TEST_F(ClusterFixture, QuotesThatOpenAlikeAndGoOnDifferentlyStayApart) {
  // The same opening words continued differently: two statements, not one.
  const ClaimTable t = Table({
      {"A",
       "We will not allow anyone to dictate to us what we do in our own country and we will "
       "defend our borders with every means"},
      {"B",
       "We will not allow anyone to dictate to us what we do in our own country because the "
       "elections are ours and ours alone to decide"},
  });
  EXPECT_EQ(Cluster(t), (std::vector<uint32_t>{0, 1}));
}

TEST_F(ClusterFixture, WholeQuoteMeetsTheQuoteSplitByItsAttribution) {
  // RFE/RL split the Rasmussen quote around "Rasmussen said"; SpaceWar.com carried it whole.
  const ClaimTable t = Table({
      {"RFE/RL", "It is well-known that we do not agree on all issues"},
      {"RFE/RL",
       "But it is also clear that we are committed to continue discussing all issues, at all "
       "times -- because the NATO-Russia Council is an all-weather forum. And it still has "
       "untapped potential.",
       -1},
      {"SpaceWar",
       "It is well known that we do not agree on all issues, but it is also clear "
       "that we are committed to continue discussing all issues at all times"},
  });
  EXPECT_EQ(Cluster(t), (std::vector<uint32_t>{0, 0, 0}));
}

TEST_F(ClusterFixture, SplitQuotePartsAloneAreNoRepeat) {
  // The parts of one split quote share its cluster, but one quote is no repeat.
  ClaimTable t = Table({
      {"DW", "It's definitely not artificial"},
      {"DW",
       "It has been carefully examined, been carefully discussed with our Afghan partners "
       "and agreed.",
       -1},
  });
  const auto cluster = Cluster(t);
  EXPECT_EQ(cluster, (std::vector<uint32_t>{0, 0}));
  EXPECT_TRUE(SummarizeClusters(t, cluster).empty());
}

// Set keys are 64-bit fingerprints: two different sets sharing one (forced here) are
// confirmed apart on their sets, counted, and never merged.
TEST_F(ClusterFixture, DifferentSetsWithOneSetKeyStayApart) {
  ClaimTable t(match_.num_perms);
  t.docs.push_back({"d", t.InternOutlet("o"), "", "", ""});
  SketchScratch s;
  for (const char* text : {"The minister said the talks would resume next week in Geneva",
                           "A completely different sentence about the weather on the coast"}) {
    SketchText(text, match_, hasher_, &s);
    ClaimSketch sketch = s.sketch();
    sketch.set_key = 42;
    const uint32_t id = static_cast<uint32_t>(t.size());
    t.AddClaim(0, 0, 0, CountWords(text), id, 0, 0, text, sketch);
  }
  ClusterStats stats;
  EXPECT_EQ(Cluster(t, &stats), (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(stats.set_key_collisions, 1);
  EXPECT_EQ(stats.exact_duplicates, 0);
}

TEST_F(ClusterFixture, ExactDuplicatesCollapseBeforeLsh) {
  std::vector<Item> items;
  for (int i = 0; i < 1000; ++i)
    items.push_back({absl::StrCat("O", i % 7), "Click here to subscribe to our newsletter today"});
  items.push_back({"X", "Something else entirely that nobody else has ever said before"});
  ClusterStats stats;
  const auto cluster = Cluster(Table(items), &stats);
  EXPECT_EQ(stats.exact_duplicates, 999);
  EXPECT_EQ(stats.lsh_items, 2);
  EXPECT_EQ(cluster[999], 0u);
  EXPECT_EQ(cluster[1000], 1000u);
}

TEST_F(ClusterFixture, SummaryPicksMostFrequentWordingAndEarliestDate) {
  ClaimTable t = Table({
      {"A", "We need clear guarantees that it is not targeted against us, he said"},
      {"B", "We need clear guarantees that it is not targeted against us"},
      {"C", "We need clear guarantees that it is not targeted against us."},
  });
  t.docs[0].date = "2012-04-20";
  t.docs[1].date = "2012-04-19";
  t.docs[2].date = "";
  const auto cluster = Cluster(t);
  const auto clusters = SummarizeClusters(t, cluster);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].members, (std::vector<uint32_t>{0, 1, 2}));
  EXPECT_EQ(clusters[0].canonical, 2u);  // B and C word it alike; C is the longer text.
  EXPECT_EQ(clusters[0].first, 1u);      // 2012-04-19.
  EXPECT_EQ(clusters[0].outlets.size(), 3u);
}

TEST(VerifyTest, JaccardAndContainment) {
  const std::vector<uint32_t> a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  const std::vector<uint32_t> b = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11};
  const std::vector<uint32_t> c = {1, 2, 3, 4, 5};
  const VerifyParams p{0.8, 0.9, 5, 0.85};
  const std::vector<WordToken> none;
  const std::vector<uint32_t> d = {1, 2, 3};  // Inside a, but under half of it.
  EXPECT_EQ(IntersectionSize(a, b), 9u);
  EXPECT_EQ(VerifyPair(a, b, none, none, 12, 12, p), Match::kJaccard);     // 9/11 = 0.82
  EXPECT_EQ(VerifyPair(a, c, none, none, 12, 7, p), Match::kContainment);  // c inside a
  EXPECT_EQ(VerifyPair(a, c, none, none, 12, 4, p), Match::kNone);         // too short
  EXPECT_EQ(VerifyPair(a, d, none, none, 12, 5, p), Match::kNone);         // too small a share
  EXPECT_EQ(VerifyPair(a, {}, none, none, 12, 0, p), Match::kNone);
}

TEST(VerifyTest, WordOrderSimilarityCatchesOneWordEdits) {
  // Shingles disjoint enough to fail Jaccard; words: 14 of 15 in order.
  const std::vector<uint32_t> sa = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
  const std::vector<uint32_t> sb = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 21, 22, 23};
  std::vector<WordToken> wa, wb;
  for (WordToken i = 0; i < 15; ++i) wa.push_back(100 + i);
  wb = wa;
  wb[12] = 999;  // One replaced word.
  const VerifyParams p{0.8, 0.9, 5, 0.85};
  EXPECT_EQ(LongestCommonSubsequence(wa, wb), 14u);
  EXPECT_EQ(VerifyPair(sa, sb, wa, wb, 15, 15, p), Match::kJaccard);
  // Half the words replaced: a different quote.
  for (int i = 7; i < 15; ++i) wb[i] = 500 + i;
  EXPECT_EQ(VerifyPair(sa, sb, wa, wb, 15, 15, p), Match::kNone);
  // An ellipsized copy: 11 words, all in order in the original -> containment.
  std::vector<WordToken> we(wa.begin(), wa.begin() + 5);
  we.insert(we.end(), wa.begin() + 9, wa.end());
  const std::vector<uint32_t> se = {1, 2, 3, 11, 12, 13, 30, 31};
  EXPECT_EQ(VerifyPair(sa, se, wa, we, 15, 11, p), Match::kContainment);
}

}  // namespace
}  // namespace claimdup
