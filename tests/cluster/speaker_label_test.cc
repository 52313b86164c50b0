// SpeakerLabel: the cluster's speaker as the terminal summary and report.html show it. On
// the AllSides dev half the Declaration of Independence ("we hold these truths…", 15 copies,
// 11 outlets) was shown as Joe Biden's because one copy, in a story on his speech, credits
// him and the other credits are single ones too (Philip Bump, Tony Spell, Martin Luther King).
#include <string>
#include <vector>

#include "cluster/cluster_summary.h"
#include "core/claim_table.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

// One cluster of claims whose speakers are `names` ("" for none), one article each.
std::string LabelOf(const std::vector<std::string>& names) {
  ClaimTable t;
  for (size_t i = 0; i < names.size(); ++i) {
    t.docs.push_back({"d" + std::to_string(i), t.InternOutlet("o" + std::to_string(i)), "", "", ""});
    const uint32_t speaker = names[i].empty() ? 0 : t.InternSpeaker(names[i]);
    t.AddClaim(static_cast<uint32_t>(i), 0, 0, 12, static_cast<uint32_t>(i), speaker, 0,
               "we hold these truths to be self-evident, that all men are created equal",
               ClaimSketch());
  }
  const std::vector<ClusterInfo> clusters =
      SummarizeClusters(t, std::vector<uint32_t>(names.size(), 0));
  EXPECT_EQ(clusters.size(), 1u);
  return clusters.empty() ? "?" : SpeakerLabel(t, clusters[0]);
}

TEST(SpeakerLabel, AMajorityCreditIsTheName) {
  EXPECT_EQ(LabelOf({"Robert Mueller", "Robert Mueller", "", "Robert Mueller"}), "Robert Mueller");
  EXPECT_EQ(LabelOf({"Robert Mueller", ""}), "Robert Mueller");  // Half: still the name.
}

TEST(SpeakerLabel, AMinorityCreditSaysHowFewCopiesGiveIt) {
  std::vector<std::string> names(15, "");
  names[2] = "Joe Biden";
  names[5] = "Philip Bump";
  names[9] = "Joe Biden";
  EXPECT_EQ(LabelOf(names), "Joe Biden (credited in 2 of 15 copies)");
}

TEST(SpeakerLabel, ATieHasNoLeadingName) {
  // The dev half's Declaration cluster after the rule above: "Joe Biden (credited in 1 of 15
  // copies)" only because Biden's name was met first.
  std::vector<std::string> names(15, "");
  names[0] = "Joe Biden";
  names[3] = "Philip Bump";
  names[7] = "Tony Spell";
  names[11] = "Martin Luther King";
  EXPECT_EQ(LabelOf(names), "4 speakers tied (each credited in 1 of 15 copies)");
  EXPECT_EQ(LabelOf({"Pauley", "Hillary Clinton", "Hillary Clinton", "Pauley"}),
            "2 speakers tied (each credited in 2 of 4 copies)");
  // One name ahead of a tie below it still leads.
  EXPECT_EQ(LabelOf({"Robert Mueller", "Robert Mueller", "William Barr", "Adam Schiff", ""}),
            "Robert Mueller (credited in 2 of 5 copies)");
}

TEST(SpeakerLabel, NoCreditIsEmpty) { EXPECT_EQ(LabelOf({"", "", ""}), ""); }

}  // namespace
}  // namespace claimdup
