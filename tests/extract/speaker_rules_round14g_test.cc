// Speaker attribution rules of the fourteenth round (g): a person named as whose relative the
// subject is (`son of X`) taken for the pronoun after it, on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). docs/speaker_rounds.md,
// fourteenth round (g).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound14gTest, RelativeNamedInTheSubjectIsNotThePronoun) {
  // Fox via AllSides Ijxo5aizhV8ja1sC: `The Liberal Party leader and son of former Canada Prime
  // Minister Pierre Trudeau also blamed his "place of privilege" …` + `"…," he said.`: "he" is
  // the son, Justin Trudeau, not the father named in his description.
  const V speakers = Speakers(
      "Canadian Prime Minister Justin Trudeau apologized Thursday over his growing blackface "
      "scandal but stopped short of saying whether there were more pictures or videos of him "
      "dressed up in darkened makeup.\n\n"
      "\"I am wary of being definitive about this because the recent pictures that came out, I "
      "had not remembered,\" he said during a news conference in Winnipeg.\n\n"
      "The Liberal Party leader and son of former Canada Prime Minister Pierre Trudeau also "
      "blamed his \"place of privilege\" for his actions.\n\n"
      "\"I've always acknowledged that I come from a place of privilege but now I need to "
      "acknowledge that that comes with a massive blindspot,\" he said.\n\n"
      "During his apology, he said he has since known dressing up in blackface was \"always "
      "unacceptable.\"\n\n"
      "\"I should have understood that then, and I never should have done it,\" he said.");
  EXPECT_EQ(speakers, (V{"Justin Trudeau", "Justin Trudeau", "Justin Trudeau"}));
}

TEST(SpeakerRulesRound14gTest, MotherOfTwoNamedKeepsTheName) {
  // AllSides czcJmOT6pIrH56mz: `a mother of two named Ingrid Loyau-Kennett approached …` +
  // `"…," she told ITV`: "of two named" is no `mother of X`; she is the one named.
  const V speakers = Speakers(
      "After the attack, a mother of two named Ingrid Loyau-Kennett approached one of the "
      "attackers and engaged him in conversation. Loyau-Kennet can be seen in a photograph "
      "calmly talking to the man. He was carrying a bloody knife -- she carried only her "
      "resolve.\n\n"
      "\"I just talked to him. He looked like a normal guy. He wasn't high, he wasn't on "
      "drugs,\" she told ITV's Daybreak.");
  EXPECT_EQ(speakers, (V{"Ingrid Loyau-Kennett"}));
}

}  // namespace
}  // namespace claimdup
