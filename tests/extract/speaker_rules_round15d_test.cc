// Speaker attribution, fifteenth session (d): a business by a common noun as the subject of the
// sentence that introduces a quote (`the social network said in a blog post that "…"`, `The
// streaming music giant said … that it is "…"`), resolved to the business opening a sentence
// just before, as `"…," the company said` already was; and the guards that keep a name that
// is no speaking business out (`Gallup, the polling company, calculated`, a passive's subject,
// a sentence inside an unpaired quote); and verbs by which a court or writer puts its words on
// something (`Judge X ruled that "…"`, `the Supreme Court held that "…"`, `Cleargate describes
// itself as a "…"`), with their guards; and a party named as a group (`"…," Democrats write`,
// `say Democrats, who argue …`). Real news (../shared/real/: the article id is in each
// comment; "…" marks text left out).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound15dTest, BusinessNounBeforeTheQuoteIsTheBusinessNamedBefore) {
  // AllSides 9Xkm825A6NJ6FCOJ (Vox): `Facebook recently did …` + `In fact, the social network
  // said in a blog post that "…" and that it's "…"`: Facebook for both parts (were none).
  const V speakers = Speakers(
      "This is surely why companies like Netflix and Google have lowered the quality of "
      "streaming videos as demand for bandwidth continues to surge. Facebook recently did the "
      "same thing with Facebook Live videos, which it says are seeing record traffic. In fact, "
      "the social network said in a blog post that \xE2\x80\x9Cusage growth from Covid-19 is "
      "unprecedented across the industry\xE2\x80\x9D and that it\xE2\x80\x99s "
      "\xE2\x80\x9C"
      "experiencing new records in usage almost every day.\xE2\x80\x9D This has apparently left "
      "Mark Zuckerberg feeling trepidatious.\n\n"
      "\xE2\x80\x9CIt really is a big technical challenge,\xE2\x80\x9D Zuckerberg told the New "
      "York Times. \xE2\x80\x9CWe\xE2\x80\x99re basically trying to ready everything we "
      "can.\xE2\x80\x9D");
  EXPECT_EQ(speakers, (V{"Facebook", "Facebook", "Mark Zuckerberg", "Mark Zuckerberg"}));
}

TEST(SpeakerRulesRound15dTest, GiantIsABusinessNoun) {
  // event_days spotify-16627 (NBC News): `Spotify on Friday walked back …` + `The streaming
  // music giant said in a blog post that it is "…"`: Spotify (was none).
  const V speakers = Speakers(
      "Spotify on Friday walked back its policy governing how the streaming music platform will "
      "treat the work of musicians accused of harassment and violence \xE2\x80\x94 a move that "
      "likely will not be popular with the women of the #MeToo movement.\n\n"
      "The streaming music giant said in a blog post that it is \"moving away from implementing "
      "a policy around artist conduct\" after receiving criticism for removing artists R. Kelly "
      "and rapper XXXTentacion from its playlists, which are a popular way users listen to "
      "music on Spotify.");
  EXPECT_EQ(speakers, (V{"Spotify"}));
}

TEST(SpeakerRulesRound15dTest, BusinessNounAfterTheQuoteTakesTheBusinessFullName) {
  // AllSides HfnxHDXKe8A66WGN (Politico): `VR Systems told Sen. Wyden …` + `"…," the company
  // wrote POLITICO Magazine in an email. "…"`: VR Systems (was "Systems").
  const V speakers = Speakers(
      "The company told Wyden that in addition to the 2017 FireEye investigation, DHS also "
      "conducted an assessment of VR Systems\xE2\x80\x99 computers and network in 2018, two "
      "years after the phishing campaign. VR Systems told Sen. Wyden that the FireEye "
      "investigation determined that the company had not been hacked, and the DHS assessment "
      "found no malware on the company\xE2\x80\x99s systems and network.\n\n"
      "\"[W]e engaged FireEye, a global cyber security firm, to consult, test and monitor "
      "VR\xE2\x80\x99s systems and servers,\xE2\x80\x9D the company wrote POLITICO Magazine in "
      "an email. \xE2\x80\x9C"
      "Based on analysis by FireEye, there was never an intrusion in our EViD servers or "
      "network.\xE2\x80\x9D");
  EXPECT_EQ(speakers, (V{"VR Systems", "VR Systems"}));
}

TEST(SpeakerRulesRound15dTest, BusinessNounAfterANameAndACommaDescribesTheName) {
  // AllSides z1pSJGTN7dvQtU1W (NPR): `Gallup, the polling company, calculated that …, which
  // was "…"`: Gallup, not the BLS of the sentence before (read as the company's own sentence
  // subject, it gave "BLS").
  const V speakers = Speakers(
      "The BLS report is supported by an independent measure, which found similar results. "
      "Gallup, the polling company, calculated that September's unemployment rate, without "
      "seasonal adjustments, fell to 7.9 percent, which was \"the lowest [level] Gallup has "
      "recorded since it began collecting employment data in January 2010.\"");
  EXPECT_EQ(speakers, (V{"Gallup"}));
}

TEST(SpeakerRulesRound15dTest, PassiveSubjectIsNoBusinessThatSpeaks) {
  // AllSides 1vutnmyxCAhCGzMo (USA TODAY): `The An-148 was built by Voronezh Aircraft in 2010,
  // the company said in a statement …. The company promised its own probe.` + `"…," the
  // statement said`: not the plane (Saratov Airlines, the company, opens no sentence the
  // reader takes for a business: none).
  const V speakers = Speakers(
      "President Vladimir Putin \"expresses deep condolences to all people who lost their "
      "relatives,\" Kremlin spokesman Dmitry Peskov said.\n\n"
      "Saratov Airlines is a subsidiary of Aeroflot, Russia's largest airline. The An-148 was "
      "built by Voronezh Aircraft in 2010, the company said in a statement released through "
      "TASS. The company promised its own probe.\n\n"
      "\"We were grieved to learn about the crash,\" the statement said.\n\n"
      "Fragments of the An-148 and several bodies have been found.");
  EXPECT_EQ(speakers, (V{"Dmitry Peskov", ""}));
}

TEST(SpeakerRulesRound15dTest, SentenceInsideAnUnpairedQuoteIsNoBusiness) {
  // AllSides 16SycLgEbs5k5Any (Newsmax, the article's opening, scraped without spaces after
  // periods): `announced."The Adelsons have detached …` opens no sentence of the reporter's,
  // so `The newspaper cited "many" reasons …` + `"…," the editorial said` are not the
  // Adelsons' (gave "Adelsons" to the first two).
  const V speakers = Speakers(
      "Marco Rubio was endorsed Friday byin the Nevada Republican caucus on Feb. 23.The "
      "newspaper was secretly purchased for $140 million last year by billionaire Sheldon "
      "Adelson, the casino mogul and chairman of the Las Vegas Sands Corp.News reportsas "
      "the company's new owner.Adelson, long a heavy contributor to Republican and "
      "pro-Israel causes, has not yet endorsed a candidate. He has, though, expressed "
      "interest in Rubio and donated $2,700 to Ted Cruz's campaign in November,\"After much "
      "consideration, the Review-Journal is endorsing Sen. Marco Rubio for Nevada's "
      "first-in-the-West Republican caucus on Feb. 23,\" the newspaper's editorial board "
      "said.The board met with Rubio on Oct. 9, two months before the Adelson purchase was "
      "announced.\"The Adelsons have detached themselves from our endorsement process, and "
      "our endorsement of Sen. Rubio does not represent the support of the family,\" the "
      "editorial said.The newspaper cited \"many\" reasons for its endorsement, including "
      "the Florida senator's \"deep personal connections to the state.\"Rubio lived in Las "
      "Vegas between the ages of 8 and 14.\"The driving force behind the 44-year-old's "
      "compelling story is his family's pursuit of better opportunities and a better "
      "life,\" the editorial said. \"The policies he champions in his campaign are intended "
      "to provide all Americans as much.\"The editorial board added that it agreed with "
      "Rubio in that the federal government \"owns too much land within Nevada's borders\" "
      "and the senator's \"reasonable approach to fix a broken system\" of immigration in "
      "the country.");
  // The Review-Journal's words; none, not a wrong name. (Six quotes since round 18h pairs the
  // straight marks glued after a period, `announced."The`, `state."Rubio`: three before.)
  EXPECT_EQ(speakers, (V{"", "", "", "", "", ""}));
}

TEST(SpeakerRulesRound15dTest, JudgeWhoRuledThatSpeaksTheQuoteInTheRuling) {
  // AllSides fCpLAKjOBGYFx9ef (USA TODAY): `U.S. District Judge Gray Miller ruled late Friday
  // that while … "…," men and women …`: Gray Miller (was none).
  const V speakers = Speakers(
      "But U.S. District Judge Gray Miller ruled late Friday that while historical restrictions "
      "on women serving in combat \"may have justified past discrimination,\" men and women are "
      "now equally able to fight. In 2015, the Pentagon lifted all restrictions for women in "
      "military service.");
  EXPECT_EQ(speakers, (V{"Gray Miller"}));
}

TEST(SpeakerRulesRound15dTest, CourtThatHeldThatSpeaksTheQuote) {
  // AllSides 9V38WxHeSd7Kf6y2 (Reason): `In Barenblatt v. United States (1959), the Supreme
  // Court held that "…"`: the Supreme Court (was none).
  const V speakers = Speakers(
      "In Barenblatt v. United States (1959), the Supreme Court held that \"Congress may only "
      "investigate into those areas in which it may potentially legislate or appropriate.\" In "
      "Eastland v. U.S. Servicemen's Fund (1975), the Court said that the congressional "
      "subpoena power is broad.");
  EXPECT_EQ(speakers, (V{"Supreme Court"}));
}

TEST(SpeakerRulesRound15dTest, WhoDescribesItselfAsSpeaksTheDescription) {
  // AllSides w3ADVnDSBmb3VNLZ (ProPublica): `Cleargate describes itself as a "…" on its
  // website`: Cleargate (was none; labelled in tuning3).
  const V speakers = Speakers(
      "Fillakit and another Wexler company, Cleargate Labs, operate out of the same warehouse in "
      "The Woodlands, a sprawling Houston suburb.\n\n"
      "Cleargate describes itself as a \xE2\x80\x9Cnetwork of primary clinical "
      "laboratories\xE2\x80\x9D on its website. Last year, the company cold-called an elderly "
      "Iowa woman.");
  EXPECT_EQ(speakers, (V{"Cleargate"}));
}

TEST(SpeakerRulesRound15dTest, PronounThatDescribesSomethingAsSpeaksTheQuote) {
  // AllSides Exq7jvHyxTfEgC3R (Politico): `Sen. Marco Rubio (R-Fla.), …, when he describes the
  // bill as containing "…"`: Marco Rubio (was none).
  const V speakers = Speakers(
      "Or they\xE2\x80\x99ll stop believing Sen. Marco Rubio (R-Fla.), another member of the "
      "gang, when he describes the bill as containing \xE2\x80\x9Cthe toughest border security "
      "and enforcement measures in U.S. history.\xE2\x80\x9D\n\n"
      "The gang\xE2\x80\x99s press conference unveiling the bill Thursday was delayed.");
  EXPECT_EQ(speakers, (V{"Marco Rubio"}));
}

TEST(SpeakerRulesRound15dTest, JudgingVerbAfterWhichOrItLeavesTheQuoteToTheOtherRules) {
  // AllSides CLXwCFUf4tyZHkKV (Washington Times): `Mr. McClintock has sponsored H.R. 1668, …,
  // which he describes as "…"`: not a body named before (none, as on main); AllSides
  // 3lGpniBALUGf1kCn: `Facebook says it defines hate speech as "…"`: Facebook, from "says".
  EXPECT_EQ(Speakers("The House approved legislation most recently in 2014 to restore some of "
                     "the water. That bill died in the Democrat-controlled Senate.\n\n"
                     "This year Mr. McClintock has sponsored H.R. 1668, the Save Our Water Act, "
                     "which he describes as \xE2\x80\x9Cthis radical idea that maybe when an "
                     "area is suffering a severe drought, they shouldn\xE2\x80\x99t continue to "
                     "release water.\xE2\x80\x9D"),
            (V{""}));
  EXPECT_EQ(Speakers("Facebook says it defines hate speech as \xE2\x80\x9C"
                     "content that attacks people based on their actual or perceived race, "
                     "ethnicity, national origin, religion, sex, gender or gender "
                     "identity.\xE2\x80\x9D\n\nIt specifies that it does allow satire."),
            (V{"Facebook"}));
}

TEST(SpeakerRulesRound15dTest, RulingInAClauseBeforeTheSubjectIsNotTheQuotes) {
  // AllSides ZTveT1xNoIW0RJuG (Daily Beast): `after the Supreme Court ruled that part of the
  // Voting Rights Act was unconstitutional, the state "…"`: not the Supreme Court's; event_days
  // census-967: `Thomas Hofeller, who The New York Times describes as having achieved "…"`:
  // not Hofeller's (none for both, as on main).
  EXPECT_EQ(Speakers("But that year, after the Supreme Court ruled that part of the Voting "
                     "Rights Act was unconstitutional, the state \xE2\x80\x9Crequested data on "
                     "the use, by race, of a number of voting practices.\xE2\x80\x9D"),
            (V{""}));
  EXPECT_EQ(Speakers("Thomas Hofeller, who The New York Times describes as having achieved "
                     "\xE2\x80\x9Cnear-mythic status in the Republican Party as the "
                     "Michelangelo of gerrymandering,\xE2\x80\x9D died last August at age 75."),
            (V{""}));
}

TEST(SpeakerRulesRound15dTest, PartyNamedAsAGroupSpeaks) {
  // pac_pairs STORY_19_DOCUMENT_1 (Washington Times): `Mr. McConnell said … “…” Bring it on, say
  // Democrats, who argue that … will “…”`: Democrats (was Mitch McConnell; labelled in
  // random11).
  const V speakers = Speakers(
      "Mr. McConnell said Mr. Trump intends to craft his own plan, which he will "
      "\xE2\x80\x9Ctake to the American people during the 2020 campaign.\xE2\x80\x9D Bring it "
      "on, say Democrats, who argue that the issue has slipped from Mr. Trump and that his "
      "attempts to kill Obamacare in the courts without a clear backup plan will "
      "\xE2\x80\x9Chold Americans hostage through 2020.\xE2\x80\x9D");
  EXPECT_EQ(speakers, (V{"McConnell", "Democrats"}));
}

TEST(SpeakerRulesRound15dTest, PartyAfterTheQuoteAndItsCommaSpeaks) {
  // AllSides q48TKBveC4F0J7co (Townhall): `"…," Democrats write in the letter.`: Democrats (was
  // none).
  const V speakers = Speakers(
      "In a draft letter first obtained by The Hill, Democrats are urging the director of the "
      "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) to act.\n\n"
      "\xE2\x80\x9CWe hope that the Bureau will swiftly review comments on the proposed "
      "framework and issue a revised proposal,\xE2\x80\x9D Democrats write in the letter.");
  EXPECT_EQ(speakers, (V{"Democrats"}));
}

TEST(SpeakerRulesRound15dTest, PartyThatIsTheObjectOrTopicIsNoSpeaker) {
  // AllSides Zp5k1ayna3yuM5eA (Christian Science Monitor): `Nadler … declared … “…” Today,
  // Republicans say the same …`: Jerry Nadler (a quote ending its sentence is not the party's
  // after it); BN0vzEN3GdSxolCj (Washington Times): `an ad saying Democrats who oppose … will
  // be “…”`: not Democrats (the campaign's ad, read as Trump's as on main).
  EXPECT_EQ(Speakers("In 1998, Democratic Rep. Jerry Nadler of New York declared the "
                     "impeachment of President Bill Clinton \xE2\x80\x9C"
                     "an undoing of a national election.\xE2\x80\x9D Today, Republicans say the "
                     "same of Democrats over the Trump impeachment."),
            (V{"Jerry Nadler"}));
  EXPECT_EQ(Speakers("As the shutdown continues, Mr. Trump\xE2\x80\x99s campaign team released "
                     "an ad saying Democrats who oppose the president\xE2\x80\x99s border "
                     "security policies will be \xE2\x80\x9C"
                     "complicit for every murder committed by illegal immigrants.\xE2\x80\x9D"),
            (V{"Trump"}));
}

}  // namespace
}  // namespace claimdup
