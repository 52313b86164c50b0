// Speaker attribution rules of the eleventh round (c), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The rules come from the
// wrong and missing speakers of random8 and from tallies of the AllSides dev half
// (docs/speaker_rounds.md, eleventh round (c)).
#include <string>
#include <vector>

#include "extract/given_names.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound11cTest, GivenNameSpelledAsNewsSpellsItOpensAPersonsName) {
  // buzzfeed_webis_2016 (random8): "Jeffery" was in no list, so the union in the appositive
  // took the quote ("International Union").
  EXPECT_EQ(Speakers("Jeffery Bell, the president of the International Union of Police "
                     "Associations, Local 6020, said:\n\n"
                     "“We’ve asked the deputies and the Broward Sheriff’s Office not to do the "
                     "details anymore.”"),
            (V{"Jeffery Bell"}));
}

TEST(SpeakerRulesRound11cTest, NewsGivenNamesGiveTheFullName) {
  // AllSides cUd9V7UFr1Es2fRY: the quote went to Rowling, named in the sentence before;
  // "Maya Forstater" was no person's name.
  EXPECT_EQ(Speakers("Rowling’s tweet was immediately met with disappointment and anger. "
                     "Maya Forstater’s contract with the Center for Global Development was not "
                     "renewed. Forstater repeatedly tweeted statements like, “I think that male "
                     "people are not women. I don’t think being a woman/female is a matter of "
                     "identity or womanly feelings.”"),
            (V{"Maya Forstater"}));
}

TEST(SpeakerRulesRound11cTest, CapitalizedWordsOfNewsThatAreNoGivenNames) {
  // The words scripts/given_names_from_news.py must keep out: months, weekdays, places,
  // parties, bodies, photo credits.
  for (const char* w : {"January", "Tuesday", "Senate", "Republican", "Democrat", "Texas",
                        "Angeles", "Hopkins", "Getty", "Advertisement", "House", "White"}) {
    EXPECT_FALSE(IsGivenName(w)) << w;
  }
  EXPECT_TRUE(IsGivenName("Jeffery"));
  EXPECT_TRUE(IsGivenName("Kayleigh"));
}

TEST(SpeakerRulesRound11cTest, AsNamePutItAfterAQuoteGivesTheName) {
  // AllSides aZ9amDYl71U1cNxf: `"…," as Quintana put it` had none.
  EXPECT_EQ(Speakers("For the other panelists—Ana Quintana of the Heritage Foundation, Greg "
                     "Dolin of the American Conservative Union Foundation, and Mercedes Schlapp "
                     "of The Washington Times—it was simply a sign that millennials \"have "
                     "absolutely no concept of reality,\" as Quintana put it."),
            (V{"Quintana"}));
}

TEST(SpeakerRulesRound11cTest, AsNamePutItBeforeAQuoteGivesTheName) {
  // AllSides TGFOcn0chUB6m0GP and 97xZ8xMtW6iazftF: `As X put it, … “…”` had none, or the
  // person named in the sentence before (Nancy Pelosi). Pronouns and descriptions (`as he put
  // it`, `as the president put it`) are left to the rules that resolve them.
  EXPECT_EQ(Speakers("As White House spokesman Sean Spicer put it, negotiations devolved to the "
                     "point where, to get “two members, you’re giving up 14.”"),
            (V{"Sean Spicer"}));
  EXPECT_EQ(Speakers("Ossoff has been pilloried over his support from the House minority "
                     "leader, Nancy Pelosi, and his “San Francisco values”. As the US "
                     "representative Doug Collins put it at Handel’s final campaign event: “The "
                     "last thing we need in Washington is another Democrat from California, "
                     "especially coming from Georgia.”"),
            (V{"Doug Collins"}));
}

}  // namespace
}  // namespace claimdup
