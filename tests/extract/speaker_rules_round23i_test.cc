// Speaker attribution rules of the twenty-third round (i), on real news (../shared/real/: the
// dump and article id are in each comment): a quote attributed to a relative by a possessive
// pronoun (`"…," her mother replied`, `"…," says his wife, Maha`) is the relative's when named
// right there, else nobody's: never the person "his"/"her" points to (docs/speaker_rounds.md,
// twenty-third round (i)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev gyaQHMCbLPlDBGHk (ProPublica): Grace's mother, unnamed, answers her; main gave
// the mother's words to Grace.
TEST(SpeakerRulesRound23i, UnnamedMotherIsNobodyNotTheDaughter) {
  const std::vector<std::string> speakers = Speakers(
      "A Children\u2019s Village case coordinator, listening, tried to be encouraging. \u201cYou "
      "are doing very well right now,\u201d she said. \u201cWhatever happens, it looks good. "
      "You are respectful, you are following the rules.\u201d\n\n"
      "Then she told them their time was up.\n\n"
      "\u201cStay strong,\u201d Grace told her mom.\n\n"
      "\u201cYou stay strong, too,\u201d her mother replied. \u201cI love you.\u201d");
  for (const std::string& s : speakers) EXPECT_NE(s, "Grace");
}

// AllSides dev 1sHSkHmflhazVyib (Politico): `his father` of Jordan Sekulow is Jay Sekulow, not
// Jordan; main gave the father's reply to the son.
TEST(SpeakerRulesRound23i, UnnamedFatherIsNotTheSon) {
  const std::vector<std::string> speakers = Speakers(
      "\u201cI bet they really want that,\u201d said Jordan Sekulow, the show\u2019s co-host and "
      "Jay Sekulow\u2019s son.\n\n"
      "\u201cYeah, I don\u2019t think they do,\u201d his father replied.\n\n"
      "Trump\u2019s lawyers aren\u2019t just filing court papers, writing letters to Congress "
      "and throttling their opponents in public.");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Jordan Sekulow");
  EXPECT_NE(speakers[1], "Jordan Sekulow");
}

// AllSides dev 9Q8aUmru1GOGvZQZ (Christian Science Monitor): `says his wife, Maha`: main gave
// nobody.
TEST(SpeakerRulesRound23i, WifeNamedAfterHerCommaSpeaks) {
  const std::vector<std::string> speakers = Speakers(
      "Other members of his legal team said that the judge had not even read the case file, "
      "which ran to 6,000 pages.\n\n"
      "\"Even after the verdict, Ahmed was certain that the judge will look at his papers and "
      "will acquit him,\" says his wife, Maha. \"We thought that the justice system was fair\u2026 "
      "Now we know the truth\".");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Maha");
}

// AllSides dev 7D78QdWjMaZ6PdFO (Politico): `his wife Deb added`: main gave Deb's words to her
// husband Larry Dunn.
TEST(SpeakerRulesRound23i, WifeNamedBeforeTheVerbSpeaks) {
  const std::vector<std::string> speakers = Speakers(
      "Larry Dunn, an Iowa Democrat who\u2019s leaning toward Sanders, was bitter about not "
      "being invited to private events Clinton has held here in Iowa.\n\n"
      "\u201cWhen she was here two months, she had a private party,\u201d he complained.\n\n"
      "\u201cThe public wasn\u2019t invited to any of it,\u201d his wife Deb added aghast. "
      "\u201cBernie\u2019s been making himself available \u2026 anybody could come.\u201d");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Larry Dunn");
  EXPECT_EQ(speakers[1], "Deb");
}

// AllSides dev S1L9WPheB2ix1yvX (USA TODAY): `his wife added` two paragraphs after `Stuart
// Elliott, 62, and his wife Vilma Elliott, 59`: the wife named there; main gave her husband.
TEST(SpeakerRulesRound23i, WifeNamedParagraphsBeforeSpeaks) {
  const std::vector<std::string> speakers = Speakers(
      "May's call was heeded. Tourists streamed across Westminster Bridge on Thursday, hours "
      "after it was reopened to pedestrians and traffic. Stuart Elliott, 62, and his wife Vilma "
      "Elliott, 59, from Newcastle in northern England, were in London celebrating their 40th "
      "wedding anniversary. They traveled to the British capital Thursday morning.\n\n"
      "\"We were shocked, definitely,\" said Stuart Elliott, a gas technician. \"But life just "
      "carries on.\"\n\n"
      "\"It was all booked for us to come,\" his wife added.\n\n"
      "Hundreds of people gathered Thursday as dusk fell in Trafalgar Square.");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers.front(), "Stuart Elliott");
  EXPECT_EQ(speakers.back(), "Vilma Elliott");
}

// AllSides dev 3gevRuXhAyMHVTus (New York Times): `said her husband, Ron` after the first part
// of a split quote by Kimberley Cathey; main gave Ron's words to her.
TEST(SpeakerRulesRound23i, HusbandAfterAnotherSpeakersQuoteIsNotHer) {
  const std::vector<std::string> speakers = Speakers(
      "\u201cWe didn\u2019t really talk about politics very much,\u201d said Kimberley Cathey, "
      "41, a speech language pathologist from North Carolina. \u201cI don\u2019t recall really "
      "in the hour and a half we talked anything major about the election,\u201d said her "
      "husband, Ron, also 41. \u201cIt was pretty much a night away from that.\u201d");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers.front(), "Kimberley Cathey");
  EXPECT_EQ(speakers.back(), "Ron");
}

}  // namespace
}  // namespace claimdup
