// Speaker attribution rules of the nineteenth round (h), on real news (../shared/real/: the
// dump and article id are in each comment): a place is never "he" or "she" (a name written
// after `in`/`near`/…, a state after a town's comma, or two words opening with `El`, `West`,
// `North` …), and a sentence naming only places is read past (docs/speaker_rounds.md, nineteenth
// round (h)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev ab8jUm9ROeCJhSjk (The Hill; the opening sentence without its link box):
// `El Salvador` (male to the given-name list for `Salvador`) was taken for "he"; the president
// named before it said it.
TEST(SpeakerRulesRound19h, ElSalvadorIsNoHe) {
  const std::vector<std::string> speakers = Speakers(
      "President Trump is hitting the same fiery rhetorical notes that helped get him elected in "
      "2016 \xE2\x80\x94 and it might just be working, with the midterm elections two weeks "
      "away.\n\nOn Monday, Trump encouraged his followers in a tweet to \xE2\x80\x9C"
      "blame the Democrats\xE2\x80\x9D for the migrant caravan, now about 7,000-strong. Another "
      "tweet threatened to cut off U.S. aid to Guatemala, Honduras and El Salvador in response to "
      "the caravan\xE2\x80\x99s progress.\n\nMost controversially, he also asserted that "
      "\xE2\x80\x9C"
      "criminals and unknown Middle Easterners are mixed in\xE2\x80\x9D with asylum-seekers "
      "\xE2\x80\x94 a claim that opponents saw as a borderline-racist dog whistle.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Trump");
}

// AllSides dev j64rO2p4fXWdnKKe (NPR): `in Bremerhaven, Germany, says` read the speech verb's
// subject back to the country; "he" is the scientist.
TEST(SpeakerRulesRound19h, StateAfterATownsCommaIsNoHe) {
  const std::vector<std::string> speakers = Speakers(
      "Victor Smetacek at the Alfred Wegener Institute for Polar and Marine Research in "
      "Bremerhaven, Germany, says iron in the ocean is as precious as water is for plants on the "
      "land.\n\n\"Where you have heavy rainfall you have forests, and where you have no rainfall "
      "you have deserts,\" he says. \"And you have the same thing with iron falling from the "
      "atmosphere on the oceans.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Victor Smetacek");
  EXPECT_EQ(speakers[1], "Victor Smetacek");
}

// AllSides dev icovjpKEHOEGBOKn (USA TODAY): the sentence before the quote names only a place
// (`a web design company in El Paso`); read past it, as one naming no one, to O'Rourke.
TEST(SpeakerRulesRound19h, SentenceNamingOnlyAPlaceIsReadPast) {
  const std::vector<std::string> speakers = Speakers(
      "Presidential hopeful Beto O'Rourke acknowledged during a campaign stop Friday that he was "
      "once part of a hacking group, but did not say whether he regrets his involvement.\n\n"
      "O'Rourke, 46, was a member of the group in the 1980s. He's been involved in tech since: "
      "he co-founded the Stanton Street Technology Group, a web design company in El Paso.\n\n"
      "\xE2\x80\x9CI haven\xE2\x80\x99t seen the piece,\xE2\x80\x9D he said, declining to say "
      "whether he regrets his involvement in the group.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Beto O'Rourke");
}

// AllSides dev NXZLbvbXdPZxXJgX (Fox News; the doctor's introduction, then the paragraphs
// before the quote): `he left for West Africa` named only a place, taken for "he".
TEST(SpeakerRulesRound19h, WestAfricaIsNoHe) {
  const std::vector<std::string> speakers = Speakers(
      "The doctor, Craig Spencer, a member of Doctors Without Borders who had been working in "
      "Guinea, returned six days ago and reported Thursday morning coming down with a "
      "100.3-degree fever and diarrhea.\n\nSpencer, 33, is from Michigan and attended Wayne "
      "State University School of Medicine and Columbia's University Mailman School of Public "
      "Health.\n\nAccording to his Facebook page, he left for West Africa via Brussels in "
      "mid-September. A photo shows him in full protective gear. He returned to Brussels Oct. "
      "16.\n\n\"Off to Guinea with Doctors Without Borders,\" he wrote. \"Please support "
      "organizations that are sending support or personnel to West Africa.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Craig Spencer");
  EXPECT_EQ(speakers[1], "Craig Spencer");
}

}  // namespace
}  // namespace claimdup
