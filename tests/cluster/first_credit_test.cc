// A cluster's first appearance (cluster_summary.h): who "had it first" in clusters.jsonl,
// report.html, the terminal and the outlet tables. Real (AllSides dev half): Trump's December
// 2015 statement on Muslims was shown as "first: Salon (2015-07-03)", whose member is the
// generic "What the hell is going on?", five months before the statement.
#include <string>
#include <vector>

#include "cluster/cluster_summary.h"
#include "core/claim_table.h"
#include "extract/paragraphs.h"
#include "gtest/gtest.h"
#include "report/outlet_tables.h"
#include "sketch/sketch_text.h"

namespace claimdup {
namespace {

constexpr char kStatement[] =
    "Donald J. Trump is calling for a total and complete shutdown of Muslims entering the United "
    "States until our country's representatives can figure out what the hell is going on.";

struct Member {
  const char* outlet;
  const char* date;
  const char* speaker;  // "" for none.
  const char* text;
  Relation relation;
};

struct Summarized {
  ClaimTable table{MatchOptions{}.num_perms};
  std::vector<ClusterInfo> clusters;
};

// One cluster of `members` (one article each).
Summarized Summarize(const std::vector<Member>& members) {
  const MatchOptions match;
  const MinHasher hasher(false, match.num_perms, match.seed);
  Summarized out;
  ClaimTable& t = out.table;
  SketchScratch s;
  std::vector<Relation> relation;
  for (size_t i = 0; i < members.size(); ++i) {
    t.docs.push_back(
        {"d" + std::to_string(i), t.InternOutlet(members[i].outlet), members[i].date, "", ""});
    const uint32_t speaker =
        std::string(members[i].speaker).empty() ? 0 : t.InternSpeaker(members[i].speaker);
    SketchText(members[i].text, match, hasher, &s);
    t.AddClaim(static_cast<uint32_t>(i), 0, 0, CountWords(members[i].text),
               static_cast<uint32_t>(i), speaker, 0, members[i].text, s.sketch());
    relation.push_back(members[i].relation);
  }
  out.clusters = SummarizeClusters(t, std::vector<uint32_t>(members.size(), 0), relation);
  EXPECT_EQ(out.clusters.size(), 1u);
  return out;
}

std::string FirstOutlet(const Summarized& s) {
  if (s.clusters.empty()) return "?";
  return s.table.outlets[s.table.docs[s.table.doc(s.clusters[0].first)].outlet];
}

TEST(FirstCredit, AShortLineBeforeTheStatementIsNotItsFirst) {
  const Summarized s = Summarize(
      {{"Salon", "2015-07-03", "", "What the hell is going on?", Relation::kExcerpt},
       {"Fox News", "2015-12-08", "Donald Trump", kStatement, Relation::kVariant},
       {"Vox", "2015-12-07", "Donald Trump", kStatement, Relation::kVariant},
       {"National Review", "2016-03-10", "", "what the hell is going on", Relation::kExcerpt}});
  EXPECT_EQ(FirstOutlet(s), "Vox");
  // Nor does Salon's line date its outlet before the others in the outlet tables.
  const OutletTables tables = BuildOutletTables(s.table, s.clusters);
  for (const OutletQuoteRow& r : tables.outlet_quotes) {
    EXPECT_EQ(r.is_first, s.table.outlets[r.outlet] == "Vox");
    if (s.table.outlets[r.outlet] == "Salon") {
      EXPECT_EQ(FirstDate(s.table, r), "");
    }
  }
}

TEST(FirstCredit, TheStatementsOwnSpeakerSaidItFirst) {
  // Real (dev half): Trump's "Everybody's got to be covered" of January 2016, printed in his
  // longer March 2017 wording.
  const char* longer =
      "Everybody\u2019s got to be covered. This is an un-Republican thing for me to say, because "
      "a lot of times they say, 'No, no, the lower 25 percent that can\u2019t afford private.'";
  const Summarized s =
      Summarize({{"National Review", "2016-01-21", "Donald Trump",
                  "Everybody\u2019s got to be covered", Relation::kExcerpt},
                 {"Vox", "2017-03-10", "Donald Trump", longer, Relation::kVariant}});
  EXPECT_EQ(FirstOutlet(s), "National Review");
}

TEST(FirstCredit, AShortLineDaysBeforeTheLongerWordingIsItsFirstReport) {
  // Real (dev half): The Hill quoted Ocasio-Cortez's line on June 18, 2019, two days before
  // the longer wording was printed.
  const Summarized s = Summarize(
      {{"The Hill", "2019-06-18", "", "being brutalized with dehumanizing conditions and dying.",
        Relation::kExcerpt},
       {"CBN", "2019-06-20", "Alexandria Ocasio-Cortez",
        "This administration has established concentration camps on the southern border of the "
        "United States for immigrants, where they are being brutalized with dehumanizing "
        "conditions and dying.",
        Relation::kVariant}});
  EXPECT_EQ(FirstOutlet(s), "The Hill");
}

TEST(FirstCredit, AShortLineOnOrAfterTheStatementKeepsItsDate) {
  // Real (dev half): Mitt Romney's line on Akin, quoted short the same day.
  const Summarized s = Summarize(
      {{"CNN", "2012-08-20", "", "insulting, inexcusable, and, frankly, wrong.",
        Relation::kExcerpt},
       {"Fox News", "2012-08-20", "Mitt Romney",
        "Congressman Akin's comments on rape are insulting, inexcusable, and, frankly, wrong",
        Relation::kVariant}});
  EXPECT_EQ(FirstOutlet(s), "CNN");
}

}  // namespace
}  // namespace claimdup
