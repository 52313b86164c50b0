// Speaker attribution rules of the twenty-second round (g), on real news (../shared/real/: the
// dump and article id are in each comment): `"…," he said` with no speaker
// (docs/speaker_rounds.md, twenty-second round (g)).
//   `Lipinski did not concede until Wednesday afternoon.` + `"…," he said`: the nearest
//   sentence naming anyone opens with one capitalized word no candidate reads (a surname the
//   article never introduced), whose sex the article tells (`Lipinski was left to fend for
//   himself`): the pronoun is that word.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev m8jOPcvoyb3CGWcy (Politico): Rep. Dan Lipinski is only ever `Lipinski`; his
// concession got no speaker.
TEST(SpeakerRulesRound22g, PronounAfterALoneSurnameSubject) {
  const std::vector<std::string> speakers = Speakers(
      "A coalition of women\xE2\x80\x99s groups, including EMILY\xE2\x80\x99s List and NARAL "
      "Pro-Choice, funneled $1 million into TV ads to help Newman, but Lipinski was left to fend "
      "for himself on the airwaves, a dynamic that made his team nervous heading into the "
      "election.\n\nIn a statement Tuesday night, NARAL President Ilyse Hogue hailed the victory "
      "as a \"culmination of years of work to unseat an entrenched incumbent.\"\n\nBusinesswoman "
      "Marie Newman. | Sara Burnett/AP Photo\n\n\"Voters across the country are in no mind to "
      "stand by as their elected officials throw women and families under the bus,\" she said."
      "\n\nLipinski did not concede until Wednesday afternoon. \"As the numbers stand right now, "
      "it appears that I will not prevail,\" he said in a news conference. He called Newman to "
      "congratulate her.");
  ASSERT_GE(speakers.size(), 2u);
  EXPECT_EQ(speakers.back(), "Lipinski");
}

// AllSides dev hpg2UfislIZ6nnbF (Quillette): Seneca the Younger, whom the article never reads
// as a person (`Seneca the Younger, a Roman philosopher`); his line got no speaker.
TEST(SpeakerRulesRound22g, PronounPastItsChainToALoneName) {
  const std::vector<std::string> speakers = Speakers(
      "Illness, financial hardship, and loneliness are, nevertheless, well-trodden paths. One man "
      "who can guide us along the way is Seneca the Younger, a Roman philosopher and statesman "
      "and contemporary of Jesus. Seneca suffered from asthma, and his condition sometimes left "
      "him bedridden and gasping for air. As he grew older, he even contemplated suicide because "
      "his affliction was so severe. Seneca\xE2\x80\x99s lifelong illness, as well as his "
      "background in Stoic philosophy, gave him the insight he needed to find dignity and joy in "
      "periods of extended hardship. \xE2\x80\x9CThere are times,\xE2\x80\x9D he once wrote, "
      "\xE2\x80\x9Cwhen even to live is an act of bravery.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Seneca");
  EXPECT_EQ(speakers[1], "Seneca");
}

// AllSides dev lMK3QENYzs2XRp98 (Al Jazeera): `Osaib did not know how to swim.` opens the
// sentence before `"…," he said`, but the quote tells of Osaib: his brother Suhail speaks.
TEST(SpeakerRulesRound22g, NotTheSubjectTheQuoteTellsOf) {
  const std::vector<std::string> speakers = Speakers(
      "Suhail Ahmad Marazi, Osaib's older brother, was not home on August 5. He later gathered "
      "witness accounts of what happened to his brother in the moments before his death.\n\n"
      "Osaib had been with his friends and together they walked a short distance from his home "
      "in Palpora village on the outskirts of Srinagar, the main city in the region, when they "
      "found themselves surrounded by paramilitary forces.\n\n\"They were 10 boys. As they "
      "reached the middle of a footbridge they saw CRPF [Central Reserve Police Force] personnel "
      "running after them from both the sides. They were scared and jumped into the river,\" "
      "Suhail told Al Jazeera.\n\nOsaib did not know how to swim.\n\n\"The other boys who "
      "were present at the spot told us that Osaib held to the edge of the bridge for [a] few "
      "seconds before the armed men hit him with a stick on his head and hands and he slipped "
      "into [the] waters. It was a murder,\" he said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_NE(speakers[1], "Osaib");
}

}  // namespace
}  // namespace claimdup
