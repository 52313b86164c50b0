// Speaker attribution rules of the nineteenth round (c), on real news (../shared/real/: the
// dump and article id are in each comment): a description naming a role ("the Wisconsin
// senator", "the Democratic ex-vice president", "the Republican candidate") is the one person
// the article introduced with that role, paragraphs before; nobody when the article also has
// an unnamed holder of it or names it only by a doubtful one-word name (docs/speaker_rounds.md,
// nineteenth round (c)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev uwqJoFeHcY9EemlK (newsmax.com, the article's start): `Republican Sen. Ron
// Johnson`, its only senator, two paragraphs before `the Wisconsin senator added`. Main gave
// none to both quotes of the paragraph.
TEST(SpeakerRulesRound19c, TheStateSenatorIsTheArticlesOneSenator) {
  const std::vector<std::string> speakers = Speakers(
      "President Barack Obama's \"bugging out of Iraq, not leaving a stabilizing force "
      "behind,\" was an \"incredibly stupid and historic blunder\" that led to ISIS' campaign "
      "of terror, Republican Sen. Ron Johnson said on Newsmax TV 's \"America's Forum.\""
      "\"President Obama's strategy has always been hope and wishful thinking, but we all "
      "know that hope is not a strategy and wishful thinking is not good military tactics,\" "
      "Johnson said Monday.\n"
      "\n"
      "Note: Watch Newsmax TV now on DIRECTV Ch. 349 and DISH Ch. 223\n"
      "\n"
      "Get Newsmax TV on your cable system — Click Here Now\n"
      "\n"
      "While he appreciates Obama \"finally stepping up to the plate\" to provide some support "
      "to the Kurds, \"we need to support Jordan, we need to make sure that Baghdad remains "
      "secure,\" the Wisconsin senator added. \"Because of that historic blunder of not "
      "leaving a stabilizing force behind we have put America's national security at greater "
      "risk.\"");
  ASSERT_GE(speakers.size(), 3u);
  EXPECT_EQ(speakers[speakers.size() - 2], "Ron Johnson");
  EXPECT_EQ(speakers[speakers.size() - 1], "Ron Johnson");
}

// AllSides dev Hq2xFZM1QSU1aS66 (Christian Science Monitor, cut to four paragraphs): `the Democratic ex-vice
// president tweeted` is `former Vice President Al Gore` of the paragraph before; "ex-" reads
// as "former", so President Obama (titled earlier in the article) is no holder. Main gave none;
// without the "ex-" split the rule gave Obama.
TEST(SpeakerRulesRound19c, TheExVicePresidentIsTheFormerVicePresident) {
  const std::vector<std::string> speakers = Speakers(
      "Still, speaking to reporters Thursday afternoon on Air Force One, White House "
      "spokesman Josh Earnest said that privacy tradeoffs come into play when national "
      "security is at stake. And he said President Obama \u201cwelcomes\u201d discussion of that "
      "balance.\n"
      "\n"
      "The order, granted by the secret Foreign Intelligence Surveillance Court, known as a "
      "FISA court, was granted on April 25 and ends on July 19. Since the Guardian story "
      "broke, members of congressional intelligence committees have made clear that such an "
      "order has been in place for years, and that other phone companies face the same "
      "requirement. The program is authorized under Section 215 of the Patriot Act, the "
      "broad antiterrorism legislation that was signed into law right after 9/11.\n"
      "\n"
      "Still, plenty of political figures and groups from across the political spectrum \u2013 "
      "from former Vice President Al Gore to tea party groups -- have expressed outrage over "
      "the program.\n"
      "\n"
      "\"In the digital era, privacy must be a priority. Is it just me, or is secret blanket "
      "surveillance obscenely outrageous?\" the Democratic ex-vice president tweeted late "
      "Wednesday.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Al Gore");
}

// AllSides dev LRtV2Qk0rSjqyLQU (CNN, Julian Zelizer, cut to five paragraphs): `GOP candidate
// Mitt Romney`, the article's one candidate, is `the Republican candidate` (a party word
// spelled otherwise is still his). Main gave none.
TEST(SpeakerRulesRound19c, ThePartyCandidateIsTheArticlesOneCandidate) {
  const std::vector<std::string> speakers = Speakers(
      "Like Republicans, Democrats must use this high-visibility media opportunity to "
      "outline their arguments for the fall. Although President Barack Obama is more of a "
      "known commodity than GOP candidate Mitt Romney after three and a half years in the "
      "White House, there is still a lot of work for Democrats to do in the coming days.\n"
      "\n"
      "Obama has sometimes been reluctant to tell his side of the story, often responding to "
      "Republican criticism rather than laying out his understanding of what has happened. "
      "If Democrats are to do well, the president will have to do more than blame President "
      "George W. Bush or congressional Republicans, or just warn about what a Romney-Ryan "
      "White House would do.\n"
      "\n"
      "In his keynote address to the Republican convention, New Jersey Gov. Chris Christie "
      "argued that \"Our ideas are right for America and their ideas have failed America.\" "
      "Democrats will need to respond. Recently, Obama sloppily tried to explain how "
      "governments have been essential to businesses, but said this in a way that opened him "
      "up to attack for being anti-business, leading to the GOP mantra of \"I built this!\"\n"
      "\n"
      "The last argument that Democrats, and especially President Obama, must make is that "
      "he has not given up on his vision of changing the way that politics works. When Obama "
      "ran in 2008, Americans were excited about the possibility of a politician who would "
      "transcend the old politics and devote political capital to fixing a broken process.\n"
      "\n"
      "But in Mitt Romney's acceptance speech, the Republican candidate asked, \"If you felt "
      "that excitement when you voted for Barack Obama, shouldn't you feel that way now that "
      "he's President Obama?\"");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Mitt Romney");
}

// AllSides dev 1lCnJsAzY3Hk342o (The Marshall Project, cut): `A TDCJ spokesman, Jeremy Desel,`
// (Texas) is the article's one named spokesman, but `the spokesperson` is New Jersey's,
// `a spokesperson for the department` just before: an unnamed holder, so nobody. Passes on
// main; the rule without its unnamed-holder check gave Desel.
TEST(SpeakerRulesRound19c, AnUnnamedHolderKeepsTheDescriptionUnnamed) {
  const std::vector<std::string> speakers = Speakers(
      "A TDCJ spokesman, Jeremy Desel, said he had no specific information about why the "
      "family was told they could not attend, but pointed out that outside of prisons, many "
      "funerals have been postponed as state and local governments ban public gatherings to "
      "halt virus transmission.\n"
      "\n"
      "At least 63 people in state and federal custody have died from the coronavirus, "
      "according to data collected by The Marshall Project. We reached eight families who "
      "lost someone to the pandemic. Some are still wrangling with prison officials to even "
      "obtain the bodies of their loved ones and to learn basic information about their "
      "final days. And their grief is compounded by the fact they\u2019ll have to mourn at a safe "
      "distance from their families as coronavirus puts large gatherings on hold.\n"
      "\n"
      "Nineteen guards and five prisoners at the New Jersey facility where James died have "
      "tested positive for coronavirus as of April 15, according to an online dashboard "
      "posted by the New Jersey Department of Corrections.\n"
      "\n"
      "The first guards tested positive on April 1, according to a spokesperson for the "
      "department. The spokesperson would not confirm whether James was tested for "
      "coronavirus, saying that \u201can incarcerated person\u2019s medical record is confidential, "
      "even in death.\u201d");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "");
}

// AllSides dev 232cmv3Zzx8MyEsb (CNN, cut): `A new pope should be chosen by Easter, a
// spokesman says` makes "Easter" a spokesman; `the Vatican spokesman` is Lombardi, whom the
// article never titles so. A one-word spokesman is no holder: nobody. Passes on main; the
// rule without that check gave Easter.
TEST(SpeakerRulesRound19c, AOneWordSpokesmanIsNoHolder) {
  const std::vector<std::string> speakers = Speakers(
      "Story highlights Pope Benedict XVI surprises the world with his decision to step "
      "down\n"
      "\n"
      "He says his strength in the past few months \"has deteriorated\"\n"
      "\n"
      "A new pope should be chosen by Easter, a spokesman says\n"
      "\n"
      "No more than 117 cardinals will select the next pontiff\n"
      "\n"
      "While not quite unprecedented, his resignation is certainly historic. The last pope "
      "to step down before his death was Gregory XII, who in 1415 quit to end a civil war "
      "within the church in which more than one man claimed to be pope.\n"
      "\n"
      "Benedict took months to decide that he wasn't up for the job anymore, Lombardi said.\n"
      "\n"
      "\"It's not a decision he has just improvised,\" the Vatican spokesman said.\n"
      "\n");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "");
}

}  // namespace
}  // namespace claimdup
