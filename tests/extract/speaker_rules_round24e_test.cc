// Speaker attribution rules of the twenty-fourth round (e), on real news (../shared/real/: the
// dump and article id are in each comment): an indefinite description as the speech verb's
// subject (`says one DC veteran`, `one attendee said`)
// names nobody unless a name stands right there (`a passenger named Oleg`); the chain's last
// person is not its speaker (docs/speaker_rounds.md, twenty-fourth round (e)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev FdgXCtdFRmtkdjxw (Townhall): `says one DC veteran` after Jonathan Alter's
// quotes; main gave the veteran's words to Alter.
TEST(SpeakerRulesRound24e, OneVeteranIsNobodyNotThePreviousSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "rs. Finally, this week, reporters are pushing back. Even Jonathan Alter \u2014 who frequen"
      "tly appears on the Obama-friendly MSNBC \u2014 came forward to say he, too, had been treat"
      "ed horribly by the administration for writing something they didn\u2019t like. \u201cThere"
      " is a kind of threatening tone that, from time to time \u2014 not all the time \u2014 come"
      "s out of these guys,\u201d Alter said this week. During the 2008 campaign swing through Be"
      "rlin, Alter said that future White House press secretary Robert Gibbs disinvited him from "
      "a dinner between Obama and the press corps over it. \u201cI was told \u2018Don\u2019t come"
      ",\u2019 in a fairly abusive e-mail,\u201d he said. \u201c[It] made what Gene Sperling wrot"
      "e [to Woodward] look like patty-cake.\u201d \u201cI had a young reporter asking tough, imp"
      "ortant questions of an Obama Cabinet secretary,\u201d says one DC veteran. \u201cShe was d"
      "oing her job, and they were trying to bully her. In an e-mail, they called her the vilest "
      "names \u2014 bitch, c--t, a--hole.");
  ASSERT_GE(speakers.size(), 4u);
  EXPECT_EQ(speakers[0], "Jonathan Alter");
  EXPECT_EQ(speakers.back(), "");
}

// AllSides dev qrGLmEt01tMBoysQ (Politico): `one attendee said` after a paragraph on Kushner's
// talk; main gave the attendee's words to Kushner.
TEST(SpeakerRulesRound24e, OneAttendeeIsNobodyNotTheSubject) {
  const std::vector<std::string> speakers = Speakers(
      "Kushner also said that he had learned far more about the country by traveling with Trump "
      "and was now a different person, calling the thousands of people who would show up to "
      "Trump rallies \u201camazing Americans.\u201d\n\n"
      "\u201cHere he is with 400 elites, CEOs of the banks, those are his people. He\u2019s among "
      "his people, but he\u2019s speaking this Trump-like language,\u201d one attendee said.");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers.back(), "");
}

// AllSides dev rakCpFlyge4j1jn7 (MarketWatch): `one woman told the Post` among Emily
// Applegate's colleagues; main gave her words to the Washington Post.
TEST(SpeakerRulesRound24e, OneWomanIsNobodyNotTheOutlet) {
  const std::vector<std::string> speakers = Speakers(
      "r marketing coordinator Emily Applegate, told the Post she cried at work daily due to the "
      "constant harassment and verbal abuse she and other women experienced from top team executi"
      "ves, and the indifference she received after she complained.\n\n\u201cIt was the most mise"
      "rable experience of my life,\u201d she said. \u201cAnd we all tolerated it, because we kne"
      "w if we complained \u2014 and they reminded us of this \u2014 there were 1,000 people out "
      "there who would take our job in a heartbeat.\u201d\n\nApplegate and the other women gave t"
      "he Post numerous examples of receiving unwelcome sexual comments or overtures, and being t"
      "old to wear revealing clothing and to flirt with clients. \u201cI was propositioned basica"
      "lly every day at training camp,\u201d one woman told the Post, claiming a coach and staffe"
      "rs invited her to their hotel rooms.\n\nThree male members o");
  ASSERT_GE(speakers.size(), 3u);
  EXPECT_EQ(speakers.back(), "");
}

// AllSides dev JpIXto50r2DcoX9C (The Guardian): `a passenger named Oleg told` keeps its name.
TEST(SpeakerRulesRound24e, PassengerNamedInPlaceSpeaks) {
  const std::vector<std::string> speakers = Speakers(
      "\u201cWe went past Tekhnologicheskii Institut, and I could see people lying on the "
      "platform and smoke\u201d a passenger named Oleg told the news site Bumaga. \u201cWhen the "
      "train stopped, people got out, but then the doors quickly closed.\u201d");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Oleg");
}

}  // namespace
}  // namespace claimdup
