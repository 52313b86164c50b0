// The one courtesy-title table (extract/courtesy_titles.h, twenty-fourth round (f)) and the
// rules that read it, on real news (../shared/real/: the dump and article id are in each
// comment): `Mrs May said` is the surname, not the month; `Mr. King said` is the King the
// article named, not the title; `Ms.`/`Mrs.` pick the woman of a shared surname; `Miss` is a
// woman's title where a person follows.
#include "extract/courtesy_titles.h"

#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

TEST(CourtesyTitles, TableGivesTheSex) {
  EXPECT_EQ(CourtesyTitleGender("mr"), Gender::kMale);
  EXPECT_EQ(CourtesyTitleGender("mrs"), Gender::kFemale);
  EXPECT_EQ(CourtesyTitleGender("ms"), Gender::kFemale);
  EXPECT_EQ(CourtesyTitleGender("miss"), Gender::kFemale);
  // Titles of degree or rank are not courtesy titles; the table reads lower case, no period.
  for (const char* w : {"dr", "sir", "dame", "mister", "m", "misses", "Mrs", "mrs.", ""}) {
    EXPECT_EQ(CourtesyTitleGender(w), Gender::kUnknown) << w;
    EXPECT_FALSE(IsCourtesyTitle(w)) << w;
  }
  for (const char* w : {"mr", "mrs", "ms", "miss"}) EXPECT_TRUE(IsCourtesyTitle(w)) << w;
}

// AllSides dev 2XnpKvH0pkxjCfbT (BBC News): `Mrs May said:` is Theresa May, not the month.
TEST(CourtesyTitles, MrsMaySaidIsTheSurname) {
  const std::vector<std::string> speakers = Speakers(
      "EU leaders are discussing whether to grant the UK's request and examining other Brexit "
      "options\n\n"
      "Mrs May is also expected to make a statement\n\n"
      "On her arrival in Brussels, Mrs May said: \"A short extension gives us that opportunity "
      "to decide to leave the European Union, to deliver on that result of that referendum and "
      "I sincerely hope that will be with a negotiated deal.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "May");
}

// AllSides dev yB1sALvmjWtxZjxP (Washington Times): `Mr. King said` after `Rep. Peter King`:
// the surname King, not the title.
TEST(CourtesyTitles, MrKingSaidIsTheNamedKing) {
  const std::vector<std::string> speakers = Speakers(
      "Rep. Peter King, New York Republican, also was a passenger on Air Force One for the trip "
      "and said Mr. Priebus gave no indication of the pending move as they chatted on the "
      "flights to and from Washington.\n\n"
      "\xE2\x80\x9CWe didn\xE2\x80\x99t even know it,\xE2\x80\x9D Mr. King said. "
      "\xE2\x80\x9CWe were sitting right across from him and he kept a poker face. Good poker "
      "face, showed nothing.\xE2\x80\x9D");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Peter King");
}

// AllSides dev VaRzTXPJpZFPZcJa (The Observer): `Ms. Clinton said` right after `her husband,
// President Bill Clinton` is Hillary Clinton.
TEST(CourtesyTitles, MsClintonIsHillaryBesideBill) {
  const std::vector<std::string> speakers = Speakers(
      "Hillary Clinton told a Staten Island crowd today that she was the candidate who could "
      "reach across party lines to get things done as president.\n\n"
      "Ms. Clinton said with 3,000 people murdered, people pulled together. She had criticized "
      "President Bush for his handling of a strong economy he \xE2\x80\x9Cinherited\xE2\x80\x9D "
      "from her husband, President Bill Clinton, and for other reasons. But she praised him for "
      "approving billions of dollars to rebuild lower Manhattan after the terror attacks, even "
      "as others in Washington didn\xE2\x80\x99t want to spend it.\n\n"
      "\xE2\x80\x9CI publicly say, \xE2\x80\x98Thank you President George W. Bush,\xE2\x80\x99 "
      "for making sure that we got the money that we needed to rebuild our city,"
      "\xE2\x80\x9D Ms. Clinton said.");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers.back(), "Hillary Clinton");
}

// AllSides dev 9NwiruwqjMWXhake (Washington Times): `Mrs. Obama said` is Michelle Obama, and
// `Mrs. Trump told ABC News` Melania Trump.
TEST(CourtesyTitles, MrsObamaSaidIsHer) {
  const std::vector<std::string> speakers = Speakers(
      "From Hillary Clinton abetting the anti-Trump resistance to Michelle Obama\xE2\x80\x99s "
      "warning that men should indeed be on edge amid the MeToo movement, the former White House "
      "sidekicks are stepping deeply into the political moment.\n\n"
      "So, too, is current first lady Melania Trump, who took her first solo strides on the world "
      "stage this month.\n\n"
      "\xE2\x80\x9CI could say I\xE2\x80\x99m the most bullied person in the world \xE2\x80\x94 "
      "one of them,\xE2\x80\x9D Mrs. Trump told ABC News in interviews taped during her trip to "
      "Africa last week.\n\n"
      "A day after Mrs. Trump\xE2\x80\x99s comments aired, Mrs. Obama was on NBC\xE2\x80\x99s "
      "\xE2\x80\x9CToday\xE2\x80\x9D show.\n\n"
      "\xE2\x80\x9CThere\xE2\x80\x99s going to be little upheaval, there\xE2\x80\x99s going to be "
      "a little discomfort, but I think it\xE2\x80\x99s up to the women out there to say "
      "\xE2\x80\x98Sorry.\xE2\x80\x99\xE2\x80\x9D Mrs. Obama said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Melania Trump");
  EXPECT_EQ(speakers[1], "Michelle Obama");
}

// AllSides dev PuuhWWIYCKA9Cw3v (Daily Beast): `Miss Appleberry said it was his turn … “…,” she
// said to him`: the teacher, titled Miss.
TEST(CourtesyTitles, MissIsAWomansTitle) {
  const std::vector<std::string> speakers = Speakers(
      "And then came Felix. He had missed three words and Miss Appleberry said it was his turn "
      "in the hallway. \xE2\x80\x9CYou come take your punishment, Felix,\xE2\x80\x9D she said to "
      "him, holding the paddle at her hip.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Appleberry");
}

// BuzzFeed-Webis bfw-0515 (CNN): `former Miss Universe Alicia Machado … Machado says`: the
// woman the pageant title is written before. Main (bb5c7f1) gave "Universe Alicia Machado" (the
// title-dropping loop drops `Miss` and keeps `Universe`); twenty-fourth round (g) drops the
// pageant's name from the speaker string.
TEST(CourtesyTitles, MissUniverseIsNoPerson) {
  const std::vector<std::string> speakers = Speakers(
      "To top things off, Trump unloaded on former Miss Universe Alicia Machado, who has alleged "
      "that the businessman's disparaging treatment of her had led to eating disorders and "
      "depression.\n\n"
      "Late Monday, the Clinton campaign released a new video featuring Machado. \"He'd tell me, "
      "'You look ugly,' or, 'You look fat,'\" Machado says in the video.");
  ASSERT_GE(speakers.size(), 1u);
  EXPECT_EQ(speakers.back(), "Alicia Machado");
}

}  // namespace
}  // namespace claimdup
