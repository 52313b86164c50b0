// Speaker attribution, fourteenth session (b): organizations that speak through a statement
// or by a common noun when no person is named for the quote (`"…," the statement said` after
// `CNN said in a statement`, `"…," the organization said` after the body opening the sentence
// before), on real news (../shared/real/: the article id is in each comment; "…" marks
// text left out).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound14bTest, DatelineOpensTheSentenceOfTheNetworkThatSpeaks) {
  // AllSides AGanqs55hMeuKM9O (USA TODAY): `WASHINGTON – CNN filed a lawsuit …` + `"…," the
  // network said in a statement` + `"…," the statement said. "…"`: all CNN (were none).
  const V speakers = Speakers(
      "WASHINGTON \xE2\x80\x93 CNN filed a lawsuit against the Trump administration in federal "
      "court, demanding that the White House return correspondent Jim Acosta's press "
      "credentials, the cable news network announced Tuesday.\n\n"
      "\"The wrongful revocation of these credentials violates CNN and Acosta\xE2\x80\x99s First "
      "Amendment rights of freedom of the press, and their Fifth Amendment rights to due "
      "process,\" the network said in a statement posted to its website.\n\n"
      "\"While the suit is specific to CNN and Acosta, this could have happened to anyone,\" the "
      "statement said. \"If left unchallenged, the actions of the White House would create a "
      "dangerous chilling effect for any journalist who covers our elected officials.\"");
  EXPECT_EQ(speakers, (V{"CNN", "CNN", "CNN"}));
}

TEST(SpeakerRulesRound14bTest, TheStatementIsItsIssuersQuotedBefore) {
  // AllSides q3G8PlJVBNf94QVQ: `"…," Abbott said in a statement on Wednesday afternoon.` + `The
  // statement continued, "…"`: Greg Abbott (was none).
  const V speakers = Speakers(
      "Texas Gov. Greg Abbott (R) is calling for the release of a Dallas salon owner who was "
      "jailed for not complying with a restraining order to shutter her business.\n\n"
      "\xE2\x80\x9C"
      "As I have made clear through prior pronouncements, jailing Texans for "
      "non-compliance with executive orders should always be the last available option,\xE2\x80"
      "\x9D Abbott said in a statement on Wednesday afternoon.\n\n"
      "The statement continued, \xE2\x80\x9C"
      "Compliance with executive orders during this "
      "pandemic is important to ensure public safety; however, surely there are less "
      "restrictive means to achieving that goal than jailing a Texas mother.\xE2\x80\x9D\n\n"
      "Read the statement below:");
  EXPECT_EQ(speakers, (V{"Greg Abbott", "Greg Abbott"}));
}

TEST(SpeakerRulesRound14bTest, TheStatementIsWhoIssuedIt) {
  // AllSides xcCj9XiYyz22YcBQ (USA TODAY): `The Intercept issued a statement Tuesday saying …`
  // + `"…," the statement said.`: The Intercept (was none).
  const V speakers = Speakers(
      "The Intercept issued a statement Tuesday saying it obtained the report anonymously and "
      "did not know the source until the news broke late Monday.\n\n"
      "\"It is important to keep in mind that these (charging) documents contain unproven "
      "assertions and speculation designed to serve the government\xE2\x80\x99s agenda and as "
      "such warrant skepticism,\" the statement said.");
  EXPECT_EQ(speakers, V{"Intercept"});
}

TEST(SpeakerRulesRound14bTest, TheStatementAfterInAStatementXSaid) {
  // AllSides B7qDQgmxjuTL97B4 (CNN): `In a statement on Tuesday morning, CNN said it is
  // seeking …` + `"…," the statement read.`: CNN (was none).
  const V speakers = Speakers(
      "In a statement on Tuesday morning, CNN said it is seeking a preliminary injunction so "
      "that Acosta can return to the White House right away.\n\n"
      "\"CNN filed a lawsuit against the Trump Administration this morning in DC District "
      "Court,\" the statement read.");
  EXPECT_EQ(speakers, V{"CNN"});
}

TEST(SpeakerRulesRound14bTest, JointStatementAndNoIssuerGiveNobody) {
  // AllSides MT6NcDRwgDklQd0m shape: `in a rare joint statement, the nation's top law
  // enforcement and intelligence agencies issued a warning …` + `"…," the statement said`:
  // several issuers, no speaker; and a statement no one is said to have issued gives nobody.
  EXPECT_EQ(Speakers("Earlier in the day, in a rare joint statement, the nation's top law "
                     "enforcement and intelligence agencies issued a warning.\n\n"
                     "\"Foreign actors will seek to influence voter perceptions,\" the "
                     "statement said."),
            V{""});
  EXPECT_EQ(Speakers("Senator Jane Smith spoke to reporters on Monday.\n\n"
                     "\"The resolution itself is also not legally binding,\" the statement "
                     "said."),
            V{""});
}

TEST(SpeakerRulesRound14bTest, TheOrganizationIsTheBodyOpeningTheSentenceBefore) {
  // AllSides qH44WhbfIAVhxCea (USA TODAY): `The state chapter of the National Association for
  // the Advancement of Colored People also condemned …` + `"…," the organization said in a
  // statement. "…"`: the NAACP, full name (was none).
  const V speakers = Speakers(
      "The state chapter of the National Association for the Advancement of Colored People "
      "also condemned the violent protests.\n\n"
      "\"We support those who exercise the right to peacefully protest, and encourage the First "
      "Amendment right to call for redress of wrongs,\" the organization said in a statement. "
      "\"We understand efforts that undermine the legitimate calls for justice with unjust, "
      "random or purposeless acts of violence.\"\n\n"
      "Charlotte's bus and light rail services halted shortly after midnight.");
  const std::string naacp = "National Association for the Advancement of Colored People";
  EXPECT_EQ(speakers, (V{naacp, naacp}));
}

TEST(SpeakerRulesRound14bTest, TheOrganizationIsNoBodyNamedInsideASentence) {
  // AllSides z7wMtSsbgd9nIfId: `WikiLeaks published emails from the Democratic National
  // Committee …` + `"…," the organization said` is WikiLeaks, not the DNC: a body that does
  // not open its sentence gives nobody.
  const V speakers = Speakers(
      "In 2016, WikiLeaks published emails from the Democratic National Committee that had been "
      "hacked by Russian intelligence.\n\n"
      "\xE2\x80\x9CWikiLeaks has never been contacted by anyone from his office,\xE2\x80\x9D "
      "the organization said in a statement on Twitter, referring to the special counsel.");
  EXPECT_EQ(speakers, V{""});
}

TEST(SpeakerRulesRound14bTest, NoIssuerFromAQuoteInsideTheStatementOrAListOfNations) {
  // AllSides SGwlwe4bsMsPkao7 (Fox): `A statement released late Tuesday by the Fairfax,
  // Va.-based organization announced that it would hold a "major" news conference` + `"…," the
  // statement said`: not the speaker of "major" (`Fairfax`), not the place; nobody.
  V speakers = Speakers(
      "A statement released late Tuesday by the Fairfax, Va.-based organization announced that "
      "it would hold a \"major\" news conference on Friday. Issued by an aide to NRA President "
      "Wayne LaPierre, the statement also conveyed condolences for the murders and expressed "
      "the group's willingness to offer \"meaningful contributions to help make sure this never "
      "happens again.\"\n\n"
      "\"The National Rifle Association of America is made up of four million moms and dads, "
      "sons and daughters,\" the statement said.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "");
  // AllSides uJ9ghSmcYa80KtTL: `Leaders of the nations …, including the United States, Mexico,
  // Japan and Australia, met Monday and issued a statement saying …`: several issuers.
  speakers = Speakers(
      "Leaders of the nations involved in TPP talks, including the United States, Mexico, Japan "
      "and Australia, met Monday and issued a statement saying they were making progress. The "
      "talks have been delayed repeatedly by disputes over the sweeping nature of its "
      "market-opening proposals.\n\n"
      "\"We have instructed our ministers and negotiators to make concluding this agreement a "
      "top priority,\" the statement said.");
  EXPECT_EQ(speakers, V{""});
}

}  // namespace
}  // namespace claimdup
