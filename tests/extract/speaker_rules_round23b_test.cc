// Speaker attribution rules of the twenty-third round (b), on real news (../shared/real/: the
// dump and article id are in each comment): `"…," she says` with no speaker
// (docs/speaker_rounds.md, twenty-third round (b)).
//   Rule A: `"…," … Kayleigh McEnany said, Fox News reported.` + `"…," she continued`: a body
//   speaking in the sentence (never "he" or "she") is passed over for the person speaking
//   there; not a body read as the subject of a verb whose subject is a pronoun (`…, her
//   attorneys said`).
//   Rule B: a newsletter sign-up box between the name and `"…," he said` is read past and
//   not counted in the pronoun's reach.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev oVlIHCHjXbmT8F9U (Washington Times, Obama's economy tweet): `Fox News reported`
// after McEnany's attribution took the pronoun (a body: none).
TEST(SpeakerRulesRound23b, PersonBeforeAPublicationReporting) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9C" "By contrast, though, deregulating, lowering taxes, and supporting "
      "free-market policies, President Trump has created the hottest economy on record, "
      "with unemployment hitting generational lows and all-time lows for African Americans, "
      "Hispanics, the disabled, veterans and many other hard-working Americans,\xE2\x80\x9D "
      "Trump campaign national press secretary Kayleigh McEnany said, Fox News reported.\n\n\xE2\x80\x9CPaychecks "
      "are growing at the fastest pace in a decade and twice as fast for low- and middle-income "
      "Americans,\xE2\x80\x9D she continued. \xE2\x80\x9CIt\xE2\x80\x99s no wonder Democrats "
      "seek to take credit for the Trump economy after eight years of betraying blue-collar "
      "workers and inflicting pain upon the middle class as Americans everywhere suffered. "
      "But the failed days of Democrat stagnation are over, and the soaring Trump economy "
      "is here to stay.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[1], "Kayleigh McEnany");
  EXPECT_EQ(speakers[2], "Kayleigh McEnany");
}

// AllSides dev IBgCdcrU55Nol1lC (Fox News, a class action against China): the second
// appositive's `the Berman Law Group` read as the subject of `told`.
TEST(SpeakerRulesRound23b, PersonBeforeABodyInHisAppositive) {
  const std::vector<std::string> speakers = Speakers(
      "\"This is an undertaking against a world superpower who has the ability to pay for "
      "what they've done,\" Jeremy Alters, the chief strategist and non-attorney spokesperson "
      "for the Berman Law Group, the class-action firm backing the suit, told Fox News.\n\n\"They "
      "have the money to pay for what they've done, and we should all together make China "
      "pay for what they've done,\" he said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Jeremy Alters");
}

// AllSides dev 1aSYVOclpUtD10AA (Christian Science Monitor, Roger Stone's sentence): `The
// Justice Department "…," says Frank Bowman, … School of Law` + `"…," he adds, "…"`.
TEST(SpeakerRulesRound23b, InvertedSpeakerBesideABody) {
  const std::vector<std::string> speakers = Speakers(
      "The Justice Department \xE2\x80\x9Ctends to be pretty aggressive [with white collar "
      "sentencing], and to have a sudden outbreak of moderation in the case of a guy who "
      "happens to be a crony of the president raises questions,\xE2\x80\x9D says Frank Bowman, "
      "a professor at the University of Missouri School of Law.\n\n\xE2\x80\x9CThe minute "
      "the public begins to suspect that whether you are prosecuted or what your penalties "
      "end up being are affected by whether you are friends or enemies of the president,\xE2\x80\x9D "
      "he adds, \xE2\x80\x9Cthen a critical pillar of the American judicial system starts "
      "to crumble.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[1], "Frank Bowman");
  EXPECT_EQ(speakers[2], "Frank Bowman");
}

// AllSides dev NXRqfMtFb5lJQHoU (NPR, Ford will testify): `… before the Senate Judiciary
// Committee, her attorneys said` reads the committee as the subject of `said`; its words are
// her lawyers', so `lawyers for Ford said that while she has agreed to "…"` stays none.
TEST(SpeakerRulesRound23b, NotPastABodyMisreadBeforeAPronoun) {
  const std::vector<std::string> speakers = Speakers(
      "Kavanaugh Accuser Christine Blasey Ford Will Testify To Senate Panel, Lawyers Say\n\nEnlarge "
      "this image toggle caption Win McNamee/Getty Images Win McNamee/Getty Images\n\nUpdated "
      "at 9:05 p.m. ET\n\nChristine Blasey Ford, the woman who has accused Supreme Court "
      "nominee Judge Brett Kavanaugh of sexual assaulting her in high school, has agreed "
      "to testify before the Senate Judiciary Committee, her attorneys said Saturday.\n\nBipartisan "
      "negotiators have tentatively agreed to work toward a Thursday hearing before the "
      "Senate Judiciary Committee with Kavanaugh and Ford, but talks continue on a final "
      "agreement, according to multiple congressional sources.\n\nAfter multiple extensions "
      "last week, Senate Judiciary Chairman Chuck Grassley, R-Iowa, gave Ford a deadline "
      "of 2:30 p.m. on Saturday to decide whether she would testify before the panel next "
      "week. If she did not comply, the committee would go ahead with a vote on Kavanaugh's "
      "nomination on Monday.\n\nIn an email to the committee, lawyers for Ford said that "
      "while she has agreed to \"provide first-hand knowledge of Kavanaugh's sexual misconduct,\" "
      "they are disappointed \"with the leaks and bullying that have tainted the process.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "");
  EXPECT_EQ(speakers[1], "");
}

// AllSides dev IVkQawktdCXlq8d2 (New York Times, Obama's gun control push): the newsletter box
// (nine sentences) between Coble and `"…," he said`.
TEST(SpeakerRulesRound23b, PastANewsletterBox) {
  const std::vector<std::string> speakers = Speakers(
      "Representative Howard Coble, Republican of North Carolina , said in an interview "
      "that he thought the talk of gun control was \xE2\x80\x9Cprobably a rush to judgment\xE2\x80\x9D "
      "that missed the real issue.\n\nNewsletter Sign Up Continue reading the main story "
      "Please verify you're not a robot by clicking the box. Invalid email address. Please "
      "re-enter. You must select a newsletter to subscribe to. Sign Up You will receive "
      "emails containing news content , updates and promotions from The New York Times. "
      "You may opt-out at any time. You agree to receive occasional updates and special "
      "offers for The New York Times's products and services. Thank you for subscribing. "
      "An error has occurred. Please try again later. View all New York Times newsletters.\n\n\xE2\x80\x9CI "
      "think it\xE2\x80\x99s more of a mental health problem than a gun problem right now,\xE2\x80\x9D "
      "he said. \xE2\x80\x9CTraditionally states that enact rigid, inflexible gun laws do "
      "not show a corresponding diminishment in crime.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[1], "Howard Coble");
  EXPECT_EQ(speakers[2], "Howard Coble");
}

// AllSides dev ILdibrJ1bwHbxAgo (Politico, Marjorie Taylor Greene's videos): POLITICO's
// election-results sign-up box between `Greene said` and `She said …`.
TEST(SpeakerRulesRound23b, PastASignUpBox) {
  const std::vector<std::string> speakers = Speakers(
      "\"There is an Islamic invasion into our government offices right now,\xE2\x80\x9D "
      "Greene said. \xE2\x80\x9CYou saw after midterm elections what we saw so many Muslims "
      "elected. I don\xE2\x80\x99t know the exact number but there were quite a few.\xE2\x80\x9D\n\n2020 "
      "Election Results Who\xE2\x80\x99s winning 2020? We\xE2\x80\x99ll tell you. The latest "
      "election results sent straight to your inbox. Sign Up Loading By signing up you agree "
      "to receive email newsletters or alerts from POLITICO. You can unsubscribe at any "
      "time. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms "
      "of Service apply.\n\nShe said Muslims \xE2\x80\x9C" "are not being held back in any "
      "way\xE2\x80\x9D because the Constitution guarantees equality. \xE2\x80\x9C" "But "
      "what you people want,\xE2\x80\x9D she said, \xE2\x80\x9Cis special treatment. You "
      "want to rise above us, and that\xE2\x80\x99s what we\xE2\x80\x99re against.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 5u);
  EXPECT_EQ(speakers[2], "Greene");
  EXPECT_EQ(speakers[3], "Greene");
  EXPECT_EQ(speakers[4], "Greene");
}

}  // namespace
}  // namespace claimdup
