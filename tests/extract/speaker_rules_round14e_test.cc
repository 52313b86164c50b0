// Speaker attribution rules of the fourteenth round (e): wrong names, each on real news
// (../shared/real/: the dump and article id are in each comment; "…" marks text left out).
// The rules come from reading the labelled wrong speakers and the dev half's possessive
// owners taken for speakers (docs/speaker_rounds.md, fourteenth round (e)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound14eTest, OwnersDoctorIsNotTheOwner) {
  // BuzzFeed-Webis bfw-0333 (ABC News): `Trump's doctor has said` was read as "the doctor",
  // resolved to the person who spoke before: Trump. The doctor is not named: nobody.
  // (Two paragraphs of the article left out between the first and the second.)
  const V speakers = Speakers(
      "(CNN)Even though Donald Trump has said he does not exercise, his supporters can still "
      "break a sweat in campaign style.\n\n\"We need a president in good health, and the "
      "results of Donald Trump's latest physical show he is ready to lead,\" the email "
      "reads.\n\nBut despite the lack of exercise and high consumption of fast food, Trump's "
      "doctor has said in the past that if elected, Trump would be \"healthiest individual "
      "ever elected to the presidency.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "");
}

}  // namespace
}  // namespace claimdup
