// Speaker attribution, thirteenth session (lead): a publication named by its last word alone
// (`According to the Times, "…"`, `"…," the Post reported`) is the one publication the
// article names in full with that word, on real news (../shared/real/: the article id is in
// each comment; "…" marks text left out).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound13eTest, PublicationWordIsTheArticlesFullPublicationName) {
  // AllSides YgtKEU79PcT1lRGJ: `A New York Times analysis of … found a rate of $11.80 an hour
  // in 2019. According to the Times, "…"`: the New York Times (it was "Times").
  const V speakers = Speakers(
      "A New York Times analysis of the effective national minimum wage — an average across "
      "all federal, state and local minimum wage laws — found a rate of $11.80 an hour in "
      "2019. According to the Times, \xE2\x80\x9Cthis is probably the highest minimum wage in "
      "American history,\xE2\x80\x9D adjusted for inflation.");
  EXPECT_EQ(speakers, V{"New York Times"});
}

TEST(SpeakerRulesRound13eTest, PublicationWordAfterTheWithTheFullNameEarlier) {
  // AllSides (Newsmax, the Enzi race): `The New York Times quoted Enzi as saying. The Times said
  // he has just $488,000 in the bank and has raised "a paltry $171,000" …`.
  const V speakers = Speakers(
      "\"Money-raising has always been a problem for me,\" The New York Times quoted Enzi as "
      "saying.\n\n"
      "The Times said he has just $488,000 in the bank and has raised \"a paltry $171,000 in "
      "the past three months.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "New York Times");
}

TEST(SpeakerRulesRound13eTest, TwoPublicationsWithTheWordLeaveItAsWritten) {
  // The same shape when the article names two Times: which one is not decided.
  const V speakers = Speakers(
      "The Los Angeles Times and The New York Times both covered the hearing.\n\n"
      "The Times said the senator \"would not answer questions about the payments.\"");
  EXPECT_EQ(speakers, V{"Times"});
}

}  // namespace
}  // namespace claimdup
