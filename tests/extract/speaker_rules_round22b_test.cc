// Speaker attribution rules of the twenty-second round (b), on real news (../shared/real/: the
// dump and article id are in each comment): a definite description after an inverted verb,
// then the holder's name after its comma (`"…," said the adviser, Aaron Pickrell.`): the
// holder speaks; not when the verb does not follow the quote (the name is whom the words are
// about), nor when the name is a title or a place's state (docs/speaker_rounds.md,
// twenty-second round (b)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev DGOoYTUDPyvKun3z (New York Times): `said the adviser, Aaron Pickrell.`, and
// the split quote's second part.
TEST(SpeakerRulesRound22b, HolderAfterTheAdvisersComma) {
  const std::vector<std::string> speakers = Speakers(
      "cing them to drive long distances to take part, a senior campaign adviser said.\n\nAdver"
      "tisement Continue reading the main story\n\n\xE2\x80\x9CThe whole goal is to allow for e"
      "veryone who wants to help us to go communicate to voters who are likely to vote for the "
      "president in every corner of the state,\xE2\x80\x9D said the adviser, Aaron Pickrell. "
      "\xE2\x80\x9CSo that\xE2\x80\x99s the purpose \xE2\x80\x94 it\xE2\x80\x99s not to have mu"
      "scle and show that we have a bunch of offices.\xE2\x80\x9D\n\nThe Romney campaign");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Aaron Pickrell");
  EXPECT_EQ(speakers[1], "Aaron Pickrell");
}

// AllSides dev aMOpKij1LcUmFwdh (ProPublica): a spokeswoman named after the description (an
// unnamed USAID spokeswoman just before is the same person).
TEST(SpeakerRulesRound22b, HolderAfterTheSpokeswomansComma) {
  const std::vector<std::string> speakers = Speakers(
      "A USAID spokeswoman did not respond to specific questions, including about Ferguson\xE2"
      "\x80\x99s email, but said the latest grants were appropriate.\n\n\xE2\x80\x9CThe Trump A"
      "dministration has made responding to the genocide committed by the so-called Islamic Sta"
      "te of Iraq and Syria (ISIS) against religious and ethnic minorities a top priority,\xE2"
      "\x80\x9D said the spokeswoman, Pooja Jhunjhunwala. \xE2\x80\x9C" "Assistance to religiou"
      "s and ethnic communities targeted by ISIS is not a departure from the norm, but rather a"
      " continuation of USAID\xE2\x80\x99s rich history of promoting inclusive development and "
      "defending human dignity and religious freedom in our partner countries.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Pooja Jhunjhunwala");
  EXPECT_EQ(speakers[1], "Pooja Jhunjhunwala");
}

// AllSides dev 8mJeZ1GpQo81BvOT (Wall Street Journal): the minister, not the prime minister
// named in the sentence before.
TEST(SpeakerRulesRound22b, HolderOverThePersonBefore) {
  const std::vector<std::string> speakers = Speakers(
      "to the tariffs, the administration absorbed one punch after another. Canadian Prime Mini"
      "ster Justin Trudeau called the U.S. move \xE2\x80\x9C" "frankly insulting and unacceptab"
      "le\xE2\x80\x9D in a televised interview Sunday, while his foreign-affairs minister compa"
      "red it to pre-Depression U.S. policies.\n\n\xE2\x80\x9CWe know that beggar-thy-neighbor "
      "policies don\xE2\x80\x99t work. That was the lesson of the 1920s and the 1930s,\xE2\x80"
      "\x9D said the minister, Chrystia Freeland, on CNN. \xE2\x80\x9C" "And I really hope peop"
      "le will take some time to reflect on the lessons of history, and not go down that path a"
      "gain.\xE2\x80\x9D\n\nM\xC3\xA1rio Centeno, the Portuguese finance minister who parti");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Chrystia Freeland");
  EXPECT_EQ(speakers[1], "Chrystia Freeland");
}

// AllSides dev UhIJerEbQpRaCcpW (Associated Press): a party as the role, a titled name.
TEST(SpeakerRulesRound22b, HolderWithTitleAfterAParty) {
  const std::vector<std::string> speakers = Speakers(
      "for broader economic stimulus from a bipartisan highway bill they said was shovel-ready "
      "and popular. The payroll tax plan remains a work in progress.\n\n\xE2\x80\x9CThey didn"
      "\xE2\x80\x99t get into specifics,\xE2\x80\x9D said the No. 2 Republican, Sen. John Thune"
      " of South Dakota.\n\nIncreasingly, it appears a solution will originate in the ");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "John Thune");
}

// AllSides dev UPGgKmltLf3yjPh9 (Fox News): `saying the state's governor, Greg Abbott, ‘…’`:
// the verb does not follow a quote; the governor is whom the words are about.
TEST(SpeakerRulesRound22b, NoHolderBeforeTheQuote) {
  const std::vector<std::string> speakers = Speakers(
      "A Democratic judge in Texas apologized Friday for saying the state's governor, Greg Abbo"
      "tt, \xE2\x80\x98hates trees because one fell on him,\xE2\x80\x99 a reference to an accid"
      "ent 35 years ago which left Abbott paralyzed.\n\nTravis County Judge Sarah Eckhardt made"
      " the quip during a discussion at the Texas Tribune Festival in Austin about the Texas Le"
      "gislature overriding local ordinances such one in the state capital ");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Greg Abbott");
}

// AllSides dev otn9dK9eYpRIeEWQ (NPR): `says the Taliban's spiritual leader, Mullah Omar,
// "died …"`: the government speaks of him.
TEST(SpeakerRulesRound22b, NoHolderOfReportedWords) {
  for (const std::string& s : Speakers(
      "ET.)\n\nThe Afghan government says the Taliban's spiritual leader, Mullah Omar, \"died i"
      "n April 2013 in Pakistan.\"\n\nIn a statement issued by the office of the president, the"
      " government said their report was based on \"credible information.\"\n\nThe announcement"
      " comes just two days before the Taliban and the Afghan government hold a second round of"
      " peace talks in Pa")) {
    EXPECT_NE(s, "Mullah Omar");
  }
}

// AllSides dev wO8kVbL8Wuk4C2Dz (Christian Science Monitor): `says the resident of Daytona,
// Florida.`: one word after a place is its state, not a holder.
TEST(SpeakerRulesRound22b, NoHolderForAPlacesState) {
  const std::vector<std::string> speakers = Speakers(
      "mind.\n\nEd Thomas has a very different point of view. Readying his fishing bait on the "
      "docks at Tybee Island, Georgia, he says he\xE2\x80\x99" "d been waffling on whether to i"
      "mpeach the president or let the people oust him on Election Day. But after seeing the la"
      "test headlines he now is now leaning toward impeachment of a president he calls \xE2\x80"
      "\x9Cnasty and divisive.\xE2\x80\x9D\n\n\xE2\x80\x9CGet rid of him, I say,\xE2\x80\x9D sa"
      "ys the resident of Daytona, Florida. Mr. Thomas\xE2\x80\x99s go-to source of political n"
      "ews, he adds, is MSNBC.\n\nWelcome to Impeachment Autumn, 2019.\n\nAs Washington struggl"
      "es with high-stakes");
  ASSERT_GE(speakers.size(), 1u);
  for (const std::string& s : speakers) EXPECT_NE(s, "Florida");
}

}  // namespace
}  // namespace claimdup
