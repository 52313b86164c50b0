// Speaker attribution rules of the twenty-first round (l), on real news (../shared/real/: the
// dump and article id are in each comment): role descriptions that name nobody yet. An
// epithet that is no title (`the billionaire`, `the real estate mogul`) names the one person
// the nearest sentence before it names; none when that sentence names someone the article
// never introduced, or when the article called someone unnamed by the epithet
// (docs/speaker_rounds.md, twenty-first round (l)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev svsa3bGzWOZ68zIS (BBC News): the person the sentence before names, split quote.
TEST(SpeakerRulesRound21l, EpithetNamesTheSentenceBeforesPerson) {
  const std::vector<std::string> speakers = Speakers(
      "Asked by News 12 if she would run again for any public office in future, she said: "
      "\"I don't think so.\"\n\nMeanwhile, former New York Mayor Michael Bloomberg ruled "
      "himself out of the 2020 race.\n\n\"I believe I would defeat Donald Trump in a general "
      "election,\" the billionaire said in a statement on Tuesday afternoon. \"But I am "
      "clear-eyed about the difficulty of winning the Democratic nomination in such a crowded "
      "field.\"");
  ASSERT_EQ(speakers.size(), 2u);  // `I don't think so.` is too short a quote.
  EXPECT_EQ(speakers[0], "Michael Bloomberg");
  EXPECT_EQ(speakers[1], "Michael Bloomberg");
}

// AllSides dev NnrmB5nsuQ1EtAZP (Washington Times): the subject, not the possessor beside it.
TEST(SpeakerRulesRound21l, EpithetSkipsThePossessor) {
  const std::vector<std::string> speakers = Speakers(
      "Republican presidential candidate Donald Trump said Sunday he doesn\xE2\x80\x99t owe Sen. "
      "John McCain an apology for saying over the weekend that the senator, who was a prisoner "
      "of war in Vietnam for six years, isn\xE2\x80\x99t a true war hero.\n\nAt the summit, Mr. "
      "Trump downplayed Mr. McCain\xE2\x80\x99s status as a war hero.\n\n\xE2\x80\x9CHe\xE2\x80"
      "\x99s not a war hero. He\xE2\x80\x99s a war hero because he was captured. I like people "
      "who weren\xE2\x80\x99t captured. He\xE2\x80\x99s a war hero because he was captured,"
      "\xE2\x80\x9D the real estate mogul said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Donald Trump");
}

// AllSides dev mB78Dkn4UWxs8e9J (CBN): a sentence naming only a possessor names them; the
// description before it (`the Wisconsin lawmaker`) names no one.
TEST(SpeakerRulesRound21l, EpithetTakesALonePossessor) {
  const std::vector<std::string> speakers = Speakers(
      "A top GOP leader is calling the meeting between Donald Trump and Speaker of the House "
      "Paul Ryan critical.\n\n\"Look, I said this the other day: To pretend we are unified as a "
      "party after coming through a very bruising primary, then we go into the fall with half "
      "strength,\" the Wisconsin lawmaker warned.\n\nThe meeting comes in the backdrop of "
      "ongoing questions over Trump's refusal to release his tax returns.\n\n\"You don't learn "
      "much from tax returns, but I would love to give the tax returns,\" the real estate mogul "
      "said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Donald Trump");
}

// AllSides dev 229819xfPurl9hga (Townhall; the third sentence's opening clause, `Unhappy with
// the way the speaker has handled trade deals and immigration,`, cut): `a ‘wealthy
// businessman,’` the article does not name; `the businessman` is him, not Ryan.
TEST(SpeakerRulesRound21l, EpithetOfAnUnnamedHolderIsNobody) {
  const std::vector<std::string> speakers = Speakers(
      "Speaker of the House Paul Ryan will reportedly face a primary challenge from a "
      "\xE2\x80\x98wealthy businessman,\xE2\x80\x99 The Washington Times reports.\n\nWhile his "
      "name has not yet been revealed, the businessman reportedly has ties to the tea party and "
      "has donated to Ryan\xE2\x80\x99s campaigns in the past.\n\nThe businessman promised that "
      "his challenge will \xE2\x80\x9Cshake up the establishment in a profound way,\xE2\x80\x9D a "
      "political consultant for the prospective candidate told the Times.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev ROUHbR3WyTNXtXmJ (CBN): the sentence before names Trump, whom the article never
// introduces outside quotes; not Fiorina, named farther back.
TEST(SpeakerRulesRound21l, EpithetStopsAtAnUnreadSubject) {
  const std::vector<std::string> speakers = Speakers(
      "\"This is the fight of our time,\" Carly Fiorina said during Wednesday's announcement. "
      "\"And I am prepared to stand by his side, to defeat Donald Trump.\"\n\nFiorina tussled "
      "with Trump early in the primary season for comments he made about her face. The GOP "
      "front-runner dismissed this latest move.\n\nMeanwhile, Trump questioned Cruz's "
      "actions.\n\n\"A new relationship has started \xE2\x80\x93 Cruz and Carly,\" the tycoon "
      "said. \"Cruz can't win. What's he doing picking a vice president?\"");
  ASSERT_GE(speakers.size(), 3u);
  EXPECT_NE(speakers[speakers.size() - 1], "Carly Fiorina");
  EXPECT_NE(speakers[speakers.size() - 2], "Carly Fiorina");
}

// AllSides dev VLZv30bVAzb8yCxd (The Guardian): an article that never titles Trump President;
// "the president" is the one person the sentence before names (rule 2).
TEST(SpeakerRulesRound21l, PresidentNamesTheSentenceBeforesPerson) {
  const std::vector<std::string> speakers = Speakers(
      "Florida recount: Rick Scott accuses opponent Bill Nelson of voter fraud Read more\n\n"
      "Donald Trump duly weighed in on Twitter on Monday morning, calling for an end to the "
      "legally required recount.\n\n\xE2\x80\x9CThe Florida Election should be called in favor "
      "of Rick Scott and Ron DeSantis in that large numbers of new ballots showed up out of "
      "nowhere, and many ballots are missing or forged,\xE2\x80\x9D the president wrote, "
      "repeating Republican claims of voter fraud for which election officials in the state "
      "have said there is no evidence.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Donald Trump");
}

// AllSides dev fwx9NVdA1DeSzhLT (Politico; the article's opening paragraphs, a sentence
// introducing Cohn, then the passage of the quote): the sentence right before names Trump alone, the one before it Cohn (rule 2).
TEST(SpeakerRulesRound21l, PresidentAfterASentenceNamingOnlyHim) {
  const std::vector<std::string> speakers = Speakers(
      "Donald Trump swept into the White House on a promise to run the government like a "
      "business and stock his administration with titans of industry.\n\nThe partnership "
      "hasn\xE2\x80\x99t worked out.\n\nHe repeatedly rejected the advice of National "
      "Economic Council Director Gary Cohn, driving the former president of Wall Street "
      "powerhouse Goldman Sachs nuts with his stubborn insistence on tariffs and hastening "
      "Cohn\xE2\x80\x99s exit.\n\nTrump rejected Cohn\xE2\x80\x99s facts and "
      "pushed ahead with tariffs, announcing them in a rushed manner with no actual policy ready "
      "to roll out.\n\nDays later, Cohn said he was leaving. And Trump slipped in a parting jab. "
      "\xE2\x80\x9CHe may be a globalist, but I still like him,\xE2\x80\x9D the president told "
      "reporters. \xE2\x80\x9CHe is seriously a globalist. There's no question.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Donald Trump");
  EXPECT_EQ(speakers[1], "Donald Trump");
}

}  // namespace
}  // namespace claimdup
