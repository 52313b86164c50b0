// Speaker attribution rules of the fourteenth round (f): names missed because a dash aside
// stands between the speaker and the speech verb, each on real news (../shared/real/: the dump
// and article id are in each comment; "…" marks text left out). docs/speaker_rounds.md,
// fourteenth round (f).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound14fTest, DoubleHyphenAsideBeforeTheVerb) {
  // AllSides xXxEMlJ05hZtIhH9: `Commonwealth’s Attorney Jackie Steele -- also a Republican --
  // said it would be an “…” by the pardons.`
  const V speakers = Speakers(
      "The pardons also drew a rebuke from Kentucky's most powerful Republican, Senate Majority "
      "Leader Mitch McConnell.\n\n"
      "Commonwealth\u2019s Attorney Jackie Steele -- also a Republican -- said it would be an "
      "\u201cunderstatement to say I am aggrieved\u201d by the pardons. He noted that in the "
      "Baker case, Bevin did not pardon Baker\u2019s co-conspirators in the robbery and "
      "homicide.");
  EXPECT_EQ(speakers, (V{"Jackie Steele"}));
}

TEST(SpeakerRulesRound14fTest, EmDashAsideBeforeTheVerb) {
  // AllSides x6fD8x9MAa0ist8o: `The chain Juice Press — which already requires smoothie-makers
  // to wear gloves — says, “…”`. (A dash glued to its words, `Sen. Jeff Longbine—a Republican
  // representing Emporia—said`, is one token with them and still reads as no attribution.)
  const V speakers = Speakers(
      "\u201cThis is best practice all the time,\u201d says Gibson, \u201cThat\u2019s just "
      "cleanliness.\u201d\n\n"
      "Many outlets have stepped up sanitary precautions. The chain Juice Press \u2014 which "
      "already requires smoothie-makers to wear gloves \u2014 says, \u201cWe have increased "
      "the frequency of cleaning and disinfecting our stores . . . and surfaces\u201d in an "
      "e-mail to The Post.");
  EXPECT_EQ(speakers, (V{"Gibson", "Gibson", "Juice Press"}));
}

TEST(SpeakerRulesRound14fTest, EnDashAsideAfterAnOrganization) {
  // Guardian via AllSides Sr7TnSpkc5Wvx2dd: `GNYHA – a lobbying group for hospital systems,
  // including some that own nursing homes – said it “…”`.
  const V speakers = Speakers(
      "And then came Cuomo\u2019s annual budget, which included a little-noticed passage.\n\n"
      "GNYHA \u2013 a lobbying group for hospital systems, including some that own nursing "
      "homes \u2013 said it \u201cdrafted and aggressively advocated for the immunity provision "
      "in the budget\u201d last spring.");
  EXPECT_EQ(speakers, (V{"GNYHA"}));
}

TEST(SpeakerRulesRound14fTest, PersonOpeningAnAppositiveBeforeADashAside) {
  // Politico via AllSides FhTZ46LfSLuZFrhc: `Andrew Bleeker, president of the digital
  // advertising firm Bully Pulpit Interactive — which worked for OFA and now for McAuliffe —
  // said there’s …` + `“…,” he said.`: the firm is in his appositive.
  const V speakers = Speakers(
      "Andrew Bleeker, president of the digital advertising firm Bully Pulpit Interactive "
      "\u2014 which worked for OFA and now for McAuliffe \u2014 said there\u2019s partywide "
      "buy-in to the idea that modeling matters in the nonpresidential cycle.\n\n"
      "\u201cAt least on the Democratic side, all the major statewide [campaigns] are going to "
      "have a turnout model and a persuasion model,\u201d he said.");
  EXPECT_EQ(speakers, (V{"Andrew Bleeker"}));
}

TEST(SpeakerRulesRound14fTest, PersonOpeningAnAppositiveAndADashAside) {
  // Vox via AllSides E0kAlhjFLu6lrNZr: `Lee Gelernt, the deputy director of the ACLU’s
  // Immigrant Rights Project — and the lead attorney in the Ms. L reunification case — agrees
  // …` + `“…,” he explained to Vox`: the person opening the sentence, not the body closing his
  // appositive right before the dash.
  const V speakers = Speakers(
      "Lee Gelernt, the deputy director of the ACLU\u2019s Immigrant Rights Project \u2014 and "
      "the lead attorney in the Ms. L reunification case \u2014 agrees that the government can "
      "do this, and thinks that it\u2019s an acceptable solution.\n\n"
      "\u201cIn the first 20 days of detention,\u201d he explained to Vox, \u201cparents will "
      "make a decision: Do I want the child released or to stay with me?\u201d");
  EXPECT_EQ(speakers, (V{"Lee Gelernt", "Lee Gelernt"}));
}

TEST(SpeakerRulesRound14fTest, NameInsideTheDashesAfterADescription) {
  // Salon via AllSides AkcbLD8TErWJpSBF: `just as another McCain ally – Joe Lieberman – said on
  // “Fox News Sunday” that “…”`: the aside is the name; the description before it names no one.
  const V speakers = Speakers(
      "This came a few days after another Republican senator, Marco Rubio, said he "
      "wouldn\u2019t \u201cpre-judge\u201d Rice\u2019s potential nomination, and just as "
      "another McCain ally \u2013 Joe Lieberman \u2013 said on \u201cFox News Sunday\u201d "
      "that \u201cas I look at what we now know the intelligence community was saying that "
      "week and I look at Ambassador Rice\u2019s statements on television on the following "
      "Sunday morning, I don\u2019t find anything inconsistent.\u201d");
  // "pre-judge" and "Fox News Sunday" are too short to be claims.
  EXPECT_EQ(speakers, (V{"Joe Lieberman"}));
}

TEST(SpeakerRulesRound14fTest, LastWordOfABodyBeforeADashAsideIsNoName) {
  // pac_pairs STORY_83_DOCUMENT_1: `the Vatican’s Congregation for the Doctrine of the Faith —
  // then under the leadership of Cardinal Joseph Ratzinger, … — declared that "…"`.
  const V speakers = Speakers(
      "In 2003, the Vatican\u2019s Congregation for the Doctrine of the Faith \u2014 then under "
      "the leadership of Cardinal Joseph Ratzinger, who later became Pope Benedict XVI \u2014 "
      "declared that \"Legal recognition of homosexual unions or placing them on the same level "
      "as marriage would mean not only the approval of deviant behavior.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Faith");
}

}  // namespace
}  // namespace claimdup
