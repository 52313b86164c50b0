// Speaker attribution rules of the twentieth round (j), on real news (../shared/real/: the
// dump and article id are in each comment): two people sharing a given name
// (docs/speaker_rounds.md, twentieth round (j)). A mention `Joe Biden` is Biden's even when the
// article introduced another Joe first.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev fHcTA8K3ba1UnOkH (random19's wrong name): `Joe` was indexed to Joe Salazar, the
// first Joe introduced, so `Vice President Joe Biden` was a mention of Salazar and `He advised
// her` went to him.
TEST(SpeakerRulesRound20j, SharedGivenNameIsTheFullNamesPerson) {
  const std::vector<std::string> speakers = Speakers(
      "Condescending Democratic Rep. Joe Salazar of Colorado asserted that young women "
      "can't be trusted to assess threatening situations at their colleges or "
      "universities: \"It's why we have call boxes, it's why we have safe zones, it's why "
      "we have the whistles,\" Salazar said during floor debate. \"Because you just don't "
      "know who you're gonna be shooting at. And you don't know if you feel like you're "
      "gonna be raped, or if you feel like someone's been following you around, or if you "
      "feel like you're in trouble when you may actually not be...\"\n\nColorado Sen. "
      "Jessie Ulibarri, another elitist Democrat, argued that instead of firing back at a "
      "crazed gunman, innocent victims would be better off using \"ballpoint pens\" to "
      "stab him when he stops to reload. Colorado Rep. Paul Rosenthal, another Democrat, "
      "told women to rely on the \"buddy system\" instead. And on Tuesday, after "
      "personally lobbying Colorado Democrats to restrict self-defense options, Vice "
      "President Joe Biden blithely dismissed a woman's concerns about family security. He "
      "advised her, \"You don't need an AR-15\" -- even though it is the long arm of "
      "choice of three million law-abiding citizens, half of whom are veterans, law "
      "enforcement officers or both.");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "Joe Salazar");
  EXPECT_EQ(speakers[2], "Joe Biden");
}

}  // namespace
}  // namespace claimdup
