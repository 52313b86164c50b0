// Organizations and documents as speakers (extract/named_bodies.h), each on real news from the
// AllSides dev half (../shared/real/allsides_dev.jsonl.zst; the article id is in each
// comment): `the bureau said` / `the ministry tweeted` resolve to the organization named
// before, `the report says` to its author, a name ending in a body noun is no person.
#include <string>
#include <vector>

#include "extract/named_bodies.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesBodiesTest, TheBureauIsTheBureauNamedBefore) {
  // yQJM4TUpqE4duUxG: "The bureau said" was none.
  EXPECT_EQ(Speakers("Some observers noticed that details on the officials' uniforms indicated "
                     "that they were members of the Federal Bureau of Prisons.\n\nThe bureau said "
                     "in a statement to news outlets that the officials were members of a "
                     "crisis-management unit (like those involved in quelling prison riots).\n\n"
                     "The bureau said they were \"not wearing BOP specific clothing as they are "
                     "serving a broader mission.\""),
            V{"Federal Bureau of Prisons"});
}

TEST(SpeakerRulesBodiesTest, TheMinistryKeepsItsFullName) {
  // iomDfDbywjVAroIK: was "Greenland Ministry", a name cut at "of" and taken for a person.
  EXPECT_EQ(
      Speakers("Greenland's Ministry of Foreign Affairs reminded Trump of its autonomy: "
               "Greenland \"is rich in valuable resources such as minerals, the purest water "
               "and ice, fish stocks, seafood, renewable energy and is a new frontier for "
               "adventure tourism,\" the ministry tweeted. \"We're open for business, not "
               "for sale.\""),
      (V{"Greenland's Ministry of Foreign Affairs", "Greenland's Ministry of Foreign Affairs"}));
}

TEST(SpeakerRulesBodiesTest, TheReportIsItsAuthors) {
  // 88GhExn4F5lT31sc: "the report says" was "Donald Trump", the last person named.
  EXPECT_EQ(Speakers("Mr Mueller's report says he found no criminal conspiracy between Mr Trump's "
                     "campaign and Russia, but could not reach a concrete legal conclusion on "
                     "whether Mr Trump tried to obstruct the investigation.\n\n\"If we had "
                     "confidence after a thorough investigation of the facts that the president "
                     "clearly did not commit obstruction of justice, we would so state,\" the "
                     "report says. \"Based on the facts and the applicable legal standards, we are "
                     "unable to reach that judgement.\""),
            (V{"Mueller", "Mueller"}));
}

TEST(SpeakerRulesBodiesTest, AReportWithNoAuthorIsTheOrganizationJustQuoted) {
  // MlZLcFu4A7rRkQSo: `the EPI wrote in a 2012 report, "…"` then `the report continued`.
  EXPECT_EQ(Speakers("Women held almost 60 percent of all government jobs back in 2010, according "
                     "to the Economic Policy Institute. And because they \"have historically been "
                     "over-represented in public-sector employment,\" the EPI wrote in a 2012 "
                     "report, \"they have been disproportionately affected by state and local "
                     "government budget cuts.\"\n\n\"Without a change of course in state and local "
                     "governments' budget decisions,\" the report continued, women \"stand to "
                     "suffer disproportionately from continued cuts in the public sector.\""),
            (V{"EPI", "EPI", "EPI", "EPI"}));
}

TEST(SpeakerRulesBodiesTest, APersonTitledAfterACommitteeSpeaksNotTheCommittee) {
  // O9Rq0N6y2nZaWL4e: both quotes went to "Select Committee" (a name cut at "on").
  EXPECT_EQ(Speakers("“The committee will take his response into consideration, and Chairman "
                     "Gowdy will issue a statement on behalf of the committee regarding the path "
                     "forward,” said Select Committee on Benghazi Communications Director Jamal "
                     "Ware said Monday.\n\nHe added, “The committee has consistently shown it is "
                     "interested in getting the facts and doing so in a deliberate and diligent "
                     "manner.”"),
            (V{"Jamal Ware", "Jamal Ware"}));
}

TEST(SpeakerRulesBodiesTest, BodyNounsAndNames) {
  EXPECT_TRUE(IsBodyNoun("committee"));
  EXPECT_FALSE(IsBodyNoun("company"));  // Never in the name: `Spotify`, `Macy's`.
  EXPECT_TRUE(IsAuthoredDocumentNoun("report"));
  EXPECT_TRUE(NamedBodies::IsBodyName("Justice Department"));
  EXPECT_FALSE(NamedBodies::IsBodyName("Department"));
  EXPECT_FALSE(NamedBodies::IsBodyName("Jamal Ware"));
}

}  // namespace
}  // namespace claimdup
