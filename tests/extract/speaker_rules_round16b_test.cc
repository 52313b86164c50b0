// Speaker attribution, sixteenth session (b): an organization the article introduced by a
// noun (`Muslim Advocates, a civil rights group,`, `The College Board, the organization that
// …`, `the group TaxMarch.org`) speaks a later `"…," the group said`; not when two were
// introduced with that noun, nor when the noun heads someone's role; and `"…," the agency
// said` after an acronym or a government body's name opening a sentence just before; a subject
// after a short opening phrase (`In response, CNN said …`) opens its sentence too. Real news
// (../shared/real/: the article id is in each comment; "…" marks text left out).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound16bTest, GroupIsTheOrganizationAnAppositiveIntroduced) {
  // AllSides rQRkwz5k4Bwp2eN3 (NPR): `Muslim Advocates, a civil rights group,` + `"…," the
  // group said`: Muslim Advocates (was none).
  const V speakers = Speakers(
      "Various advocacy groups have been seeking guidance as to what constitutes \"a bona fide "
      "relationship\" with a person or entity in the U.S.\n\n"
      "In a statement, Muslim Advocates, a civil rights group, questioned the wisdom of the "
      "administration's approach. The State Department guidelines \"are extremely "
      "disappointing and troubling,\" the group said. \"Defining close family to exclude "
      "grandparents, cousins, and other relatives defies common sense; it also directly goes "
      "against the intent of the Supreme Court's order.\"");
  EXPECT_EQ(speakers, (V{"Muslim Advocates", "Muslim Advocates"}));
}

TEST(SpeakerRulesRound16bTest, GroupIsTheOrganizationADescribedAppositiveIntroduced) {
  // AllSides ErwwlvqBjm0whcVb (Politico): `Tea Party Patriots, the conservative group that …`
  // + a paragraph on + `"…," the group wrote`: Tea Party Patriots (was none).
  const V speakers = Speakers(
      "Tea Party Patriots, the conservative group that supported several challenges to "
      "Republican incumbents, has demanded that McConnell pledge to block every presidential "
      "nomination or appointment (save for the national security ones) in response to his "
      "executive action. The group has already blasted out fundraising appeals that hammer "
      "McConnell as soft on \xE2\x80\x9C"
      "amnesty.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9COnce again, the Tea Party must do the work that the political elites in "
      "Washington refuse to do,\xE2\x80\x9D the group wrote in a letter to supporters.");
  EXPECT_EQ(speakers, (V{"Tea Party Patriots"}));
}

TEST(SpeakerRulesRound16bTest, OrganizationIsTheOneIntroducedAsTheOrganization) {
  // AllSides 02HZDNvRjrn6Tic4 (USA Today): `The College Board, the organization that
  // administers the SAT,` + `"…," the organization said`: College Board (was none).
  const V speakers = Speakers(
      "The College Board, the organization that administers the SAT, contends standardized "
      "tests remain pertinent, because grade inflation in U.S. schools is higher than ever. "
      "From 1998-2016, high school GPA has increased by .11 GPA points, according to U.S. "
      "Department of Education data. At the same time, U.S. high school officials are less "
      "frequently disclosing students' class rank, adding another layer of fog for admissions "
      "counselors reviewing transcripts.\n\n"
      "\xE2\x80\x9CThe College Board continues to help students clear a path to college across "
      "a changing college admission landscape,\" the organization said in a statement in "
      "response to the University of Chicago announcement.");
  EXPECT_EQ(speakers, (V{"College Board"}));
}

TEST(SpeakerRulesRound16bTest, GroupIsTheOrganizationNamedAfterTheNoun) {
  // AllSides nPmEnxXOO2ksvAb1 (Fox News): `organized by the group TaxMarch.org` + `"…," the
  // group says`: TaxMarch.org (was none).
  const V speakers = Speakers(
      "About 150 protests were held across the county, largely organized by the group "
      "TaxMarch.org, whose executive committee includes a former Occupy Wall Street "
      "protester.\n\n"
      "\xE2\x80\x9CThe Tax March is a movement gaining momentum around the country to demand "
      "transparency and fairness from our commander in chief,\" the group says on its "
      "website.");
  EXPECT_EQ(speakers, (V{"TaxMarch.org"}));
}

TEST(SpeakerRulesRound16bTest, GroupFindsAnOrganizationIntroducedByANounOfItsKind) {
  // AllSides eNFBcbHo1i75ZwuB (Grist): `The nonprofit Appalachian Voices has conducted tests …:
  // "…," the group reports`: Appalachian Voices (was none).
  const V speakers = Speakers(
      "The nonprofit Appalachian Voices has conducted tests of the affected area: "
      "\xE2\x80\x9CThe water in the creek was extremely turbid and was a dark grey, almost black "
      "color. Significant sediment had already built up on the banks,\xE2\x80\x9D the group "
      "reports.\n\n"
      "The Charleston Gazette has the disturbing tale of what went wrong this time:");
  EXPECT_EQ(speakers, (V{"Appalachian Voices"}));
}

TEST(SpeakerRulesRound16bTest, GroupIsNobodyWhenAnotherOrganizationOpensASentenceBetween) {
  // AllSides 8HLIQK4zkztGBXTC (Fox News): `the conservative youth group Turning Point USA`,
  // then `The Foundation for Individual Rights in Education … said` + `"…," the group said`:
  // FIRE's words, not Turning Point USA's (none, as before).
  const V speakers = Speakers(
      "At Trump's CPAC speech where he first mentioned the executive order, the president "
      "brought to the stage Hayden Williams, a conservative activist who was punched in the "
      "face while recruiting on the Berkeley campus for the conservative youth group Turning "
      "Point USA.\n\n"
      "The Foundation for Individual Rights in Education, which has sued colleges it believes "
      "are stifling speech, said in a statement that the order could result in \"unintended "
      "consequences that threaten free expression and academic freedom.\"\n\n"
      "\"To the extent that today\xE2\x80\x99s executive order asks colleges and universities to "
      "meet their existing legal obligations, it should be uncontroversial,\" the group said.");
  EXPECT_EQ(speakers.back(), "");
}

TEST(SpeakerRulesRound16bTest, NounThatIsAVerbsSubjectIntroducesNobody) {
  // AllSides LaU9Y51TeyxQIhEL (Time): `dubbed March For Our Lives: Road to Change, the group
  // announced Monday` is no introduction of "Change" (none, as before).
  const V speakers = Speakers(
      "The students are embarking on a two-month, nationwide bus tour dubbed March For Our "
      "Lives: Road to Change, the group announced Monday. They plan more than 50 stops in 20 "
      "states to rally young voters and campaign to end gun violence.\n\n"
      "The tour comes after 17 students and staffers were killed in a mass shooting at Marjory "
      "Stoneman Douglas High School in Parkland, Fla. on Feb. 14.\n\n"
      "\xE2\x80\x9CWe\xE2\x80\x99re going to places where the NRA has bought and paid for "
      "politicians who refuse to take simple steps to save our lives,\xE2\x80\x9D the group "
      "said in a statement.");
  EXPECT_EQ(speakers, (V{""}));
}

TEST(SpeakerRulesRound16bTest, AgencyIsTheAgencyOpeningASentenceJustBefore) {
  // AllSides dDyu8pYVme4WXJei (Vox): `The Congressional Budget Office has projected …` +
  // `"…," the agency wrote`: Congressional Budget Office (was none).
  const V speakers = Speakers(
      "The Senate bill would begin ratcheting down that Medicaid expansion funding in 2021. By "
      "2024, states would get that same match rate they typically get to cover other "
      "populations.\n\n"
      "The Congressional Budget Office has projected in a separate analysis that this policy "
      "change would mean no additional states expand Medicaid \xE2\x80\x94 and that some current "
      "expansion states would drop out of the program, resulting in millions losing "
      "coverage.\n\n"
      "\xE2\x80\x9C"
      "CBO anticipates some states that have already expanded their Medicaid programs would no "
      "longer offer that coverage,\xE2\x80\x9D the agency wrote in its analysis of the House "
      "bill, which makes a similar change.");
  EXPECT_EQ(speakers, (V{"Congressional Budget Office"}));
}

TEST(SpeakerRulesRound16bTest, AgencyIsNoNationalityOpeningASentence) {
  // AllSides a9Dm9KoV4GPrKSg0 (NPR): `Chinese officials sought …` then `State-run Xinhua News
  // reports` + `the agency reports that "…"`: Xinhua's words, not "Chinese" (none, as before).
  const V speakers = Speakers(
      "China says U.S. charges against five Chinese military officials for allegedly hacking "
      "into U.S. companies are hypocritical.\n\n"
      "Chinese officials sought to back their claim Tuesday, releasing data they called proof "
      "of U.S. hacking efforts in China. State-run Xinhua News reports that in a recent "
      "two-month span, \"a total of 2,077 Trojan horse networks or botnet servers in the U.S. "
      "directly controlled 1.18 million host computers in China.\"\n\n"
      "Citing a government technical report, the agency reports that \"in the same period, the "
      "center found 2,016 IP addresses in the U.S. had implanted backdoors in 1,754 Chinese "
      "websites, involving 57,000 backdoor attacks.\"");
  EXPECT_EQ(speakers.back(), "");
}

TEST(SpeakerRulesRound16bTest, NetworkIsTheSubjectAfterAnOpeningPhrase) {
  // AllSides CcynfbslaHUVhDDZ (CNN): `In response, CNN said in a court filing …` + `"…," the
  // network said in a statement. "…"`: CNN for both (were none).
  const V speakers = Speakers(
      "(CNN) The White House on Monday said that CNN correspondent Jim Acosta's press pass has "
      "been \"restored,\" bowing to days of pressure and a federal lawsuit against the "
      "administration.\n\n"
      "In response, CNN said in a court filing that it has dropped the ongoing litigation over "
      "Acosta's access to the White House.\n\n"
      "\"Today the White House fully restored Jim Acosta's press pass. As a result, our lawsuit "
      "is no longer necessary,\" the network said in a statement. \"We look forward to "
      "continuing to cover the White House.\"");
  EXPECT_EQ(speakers, (V{"CNN", "CNN"}));
}

TEST(SpeakerRulesRound16bTest, NounModifyingAnotherNounIntroducesNobody) {
  // AllSides zVFP4gMD6Ze0pHtU (Mother Jones): `ProPublica, a nonprofit newsroom` introduces
  // no "organization": the American College of Emergency Physicians' letter (none, as before).
  const V speakers = Speakers(
      "This story was published in partnership with ProPublica, a nonprofit newsroom that "
      "investigates abuses of power.\n\n"
      "Emergency room visits across the country have fallen roughly 30%, and the patients who "
      "are coming tend to be sicker and costlier to treat, the American College of Emergency "
      "Physicians said in an April 3 letter to Health and Human Services Secretary Alex Azar. "
      "The professional group asked the Trump administration to provide $3.6 billion of aid to "
      "emergency physician practices.\n\n"
      "\xE2\x80\x9CWithout immediate federal financial resources and support separate from what "
      "is provided to hospitals, fewer emergency physicians will be left to care for "
      "patients,\xE2\x80\x9D the organization said in the letter.");
  EXPECT_EQ(speakers, (V{""}));
}

}  // namespace
}  // namespace claimdup
