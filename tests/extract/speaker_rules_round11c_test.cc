// Speaker attribution rules of the eleventh round (c), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The rules come from the
// wrong and missing speakers of random8 and from tallies of the AllSides dev half (README,
// "Quotes and speakers", eleventh round (c)).
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

}  // namespace
}  // namespace claimdup
