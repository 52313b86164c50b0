// The canonical wording of a cluster (cluster_summary.h): what the terminal summary, report.html
// and clusters.jsonl show as "the quote". Real (AllSides dev half): Trump's tweet of May 29,
// 2020 is printed whole by one outlet, while most outlets that carry it print only "when the
// looting starts, the shooting starts"; the cluster was shown as the whole tweet.
#include <string>
#include <vector>

#include "cluster/cluster_summary.h"
#include "core/claim_table.h"
#include "extract/paragraphs.h"
#include "gtest/gtest.h"
#include "sketch/sketch_text.h"

namespace claimdup {
namespace {

constexpr char kTweet[] =
    "These THUGS are dishonoring the memory of George Floyd, and I won\u2019t let that happen. "
    "Just spoke to Governor Tim Walz and told him that the Military is with him all the way. "
    "Any difficulty and we will assume control but, when the looting starts, the shooting "
    "starts. Thank you!";

struct Member {
  const char* outlet;
  const char* text;
  Relation relation;
};

// One cluster of `members` (one article each); returns its canonical member's text.
std::string CanonicalOf(const std::vector<Member>& members) {
  const MatchOptions match;
  const MinHasher hasher(false, match.num_perms, match.seed);
  ClaimTable t(match.num_perms);
  SketchScratch s;
  std::vector<Relation> relation;
  for (size_t i = 0; i < members.size(); ++i) {
    t.docs.push_back({"d" + std::to_string(i), t.InternOutlet(members[i].outlet), "", "", ""});
    SketchText(members[i].text, match, hasher, &s);
    t.AddClaim(static_cast<uint32_t>(i), 0, 0, CountWords(members[i].text),
               static_cast<uint32_t>(i), 0, 0, members[i].text, s.sketch());
    relation.push_back(members[i].relation);
  }
  const std::vector<ClusterInfo> clusters =
      SummarizeClusters(t, std::vector<uint32_t>(members.size(), 0), relation);
  EXPECT_EQ(clusters.size(), 1u);
  return clusters.empty() ? "?" : std::string(t.text(clusters[0].canonical));
}

TEST(CanonicalWording, AnExcerptMostOutletsCarryStandsForTheCluster) {
  EXPECT_EQ(
      CanonicalOf(
          {{"The Daily Signal", kTweet, Relation::kVariant},
           {"Mother Jones", "when the looting starts, the shooting starts", Relation::kExcerpt},
           {"The Atlantic", "When the looting starts, the shooting starts.", Relation::kExcerpt},
           {"Slate", "When the looting starts, the shooting starts.", Relation::kExcerpt}}),
      "When the looting starts, the shooting starts.");
}

TEST(CanonicalWording, TheRootStaysWhenItsOutletsAreAsMany) {
  EXPECT_EQ(
      CanonicalOf(
          {{"The Daily Signal", kTweet, Relation::kVariant},
           {"Vice", kTweet, Relation::kVariant},
           {"Mother Jones", "when the looting starts, the shooting starts", Relation::kExcerpt},
           {"Slate", "When the looting starts, the shooting starts.", Relation::kExcerpt}}),
      kTweet);
}

TEST(CanonicalWording, AnExcerptOfFewOutletsOrFewWordsDoesNot) {
  // Two of five outlets: not most of them.
  EXPECT_EQ(
      CanonicalOf(
          {{"The Daily Signal", kTweet, Relation::kVariant},
           {"Mother Jones", "when the looting starts, the shooting starts", Relation::kExcerpt},
           {"Slate", "When the looting starts, the shooting starts.", Relation::kExcerpt},
           {"Vice", "These THUGS are dishonoring the memory of George Floyd", Relation::kExcerpt},
           {"NPR", "the Military is with him all the way", Relation::kExcerpt}}),
      kTweet);
  // Real (dev half): "It's not a big deal" said too little to stand for Trump's remark.
  const char* remark =
      "Yeah, its fine, I mean it\u2019s not a big deal. What they said, though, is that we have "
      "to create rules and regulations for conduct etc. etc.";
  EXPECT_EQ(CanonicalOf({{"Politico", remark, Relation::kVariant},
                         {"CNN", "It\u2019s not a big deal", Relation::kExcerpt},
                         {"Vox", "It\u2019s not a big deal", Relation::kExcerpt}}),
            remark);
}

TEST(CanonicalWording, AnExcerptCutAtANestedQuoteIsPassedOver) {
  // Real (dev half): outlets that print Trump's tweet with curly inner quotes were cut at
  // them, leaving `Google search results for “Trump News` as an excerpt of the tweet.
  const char* tweet =
      "Google search results for \u2018Trump News\u2019 shows only the viewing/reporting of "
      "Fake New Media. In other words, they have it RIGGED, for me & others, so that almost "
      "all stories & news is BAD.";
  const char* cut = "Google search results for \u201cTrump News and more of it";
  EXPECT_EQ(CanonicalOf({{"CNN", tweet, Relation::kVariant},
                         {"Townhall", cut, Relation::kExcerpt},
                         {"Fox News", cut, Relation::kExcerpt}}),
            tweet);
}

}  // namespace
}  // namespace claimdup
