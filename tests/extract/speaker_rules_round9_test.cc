// Speaker attribution rules of the ninth round, each on real news (../shared/real/: the dump
// and article id are in each comment; "…" marks text left out), from the pooled wrong and
// missing speakers of random4, random5, random6 and tuning set 3 (README, "Quotes and
// speakers", ninth round).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound9Test, PronounInSentenceLedBySamePronounIsItsSubject) {
  // event_days helsinki-4157: "he wished" went to Barack Obama, the nearest man in its own
  // sentence, and the quotes after it followed; the sentence is led by "He", which is Paul.
  EXPECT_EQ(Speakers("Sen. Rand Paul, R-Ky., on Sunday defended President Donald Trump’s rebuke "
                     "of special counsel Robert Mueller’s Russia probe.\n\n"
                     "“If the president was involved, by all means put the information "
                     "forward,” he said.\n\n"
                     "He also echoed Trump’s criticism of former President Barack Obama, saying "
                     "he wished “Obama had been more aggressive in pursuing” Russian election "
                     "meddling.\n\n"
                     "“But the Department of Justice can get to the bottom of this without a "
                     "special counsel.”\n\n"
                     "“The problem with special counsels is exactly what happened in the Starr "
                     "investigation and that is that they run far afield,” he said."),
            (V{"Rand Paul", "Rand Paul", "Rand Paul", "Rand Paul"}));
}

TEST(SpeakerRulesRound9Test, PronounAfterNameInOwnSentenceStillTakesTheName) {
  // AllSides ot7AbKyKO5GRA6AH: "he" third in its sentence, after the subject Trump.
  EXPECT_EQ(Speakers("President Donald Trump voiced strong support Thursday for his former "
                     "national security adviser Michael Flynn.\n\n"
                     "Trump said he believes Flynn should now be cleared in court, but if that "
                     "doesn’t happen, he as president has “a different type of power.”"),
            (V{"Donald Trump"}));
}

}  // namespace
}  // namespace claimdup
