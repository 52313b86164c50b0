// Speaker attribution rules of the fourth round, each on real news (BuzzFeed-Webis 2016 and
// event_days, ../shared/real/; the article id is in each comment; "…" marks text left out),
// from the errors of benchmarks/data/speaker_labels_tuning3.jsonl.
#include <string>
#include <vector>

#include "extract/claim_extractor.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound4Test, UnnamedPersonAfterSaidIsNoName) {
  // helsinki-9613: the quote went to "Trump", a modifier of the unnamed official.
  EXPECT_EQ(Speakers("Just last month, President Donald Trump tweeted that “Russia continues to "
                     "say they had nothing to do with Meddling in our Election!”\n\nTrump has "
                     "repeatedly highlighted that denial as a way of downplaying the issue. "
                     "“President Trump is now the outlier in his own administration, "
                     "seemingly,” said a former Trump transition official. The president has "
                     "promised multiple times to press Putin on election interference."),
            (V{"Donald Trump", ""}));
}

TEST(SpeakerRulesRound4Test, UnnamedPersonBeforeParticipleIsNoName) {
  // helsinki-11875: "with a U.S. official telling" went to the sentence's subject, Trump.
  EXPECT_EQ(Speakers("President Donald Trump lashed out again at the news media on Sunday.\n\n"
                     "Trump is not, however, expected to offer to halt military exercises in "
                     "the Baltics as part of his discussions with Putin, with a U.S. official "
                     "telling CNN's Jeff Zeleny \"at least that's the plan going in.\""),
            V{""});
}

TEST(SpeakerRulesRound4Test, HeadPronounRefersToSomeoneNamedBeforeIt) {
  // helsinki-13352: "He said Obama …": "he" took Obama, named after it.
  EXPECT_EQ(Speakers("President Donald Trump and Finnish President Sauli Niinistö talk as they "
                     "pose at the Presidential Palace.\n\nTrump also blamed his predecessor, "
                     "Barack Obama, for failing to stop Russia’s efforts in the 2016 "
                     "election.\n\nHe said Obama ‘‘thought that Crooked Hillary was going to win "
                     "the election,’’ so he did ‘‘NOTHING’’ about it when informed by the FBI."),
            V{"Donald Trump"});
}

TEST(SpeakerRulesRound4Test, ClosingMarkGluedToTheNameEndsTheQuote) {
  // helsinki-8601: `…relations,”Peskov told RT.` read "relations,”Peskov" as one word.
  EXPECT_EQ(Speakers("Vladimir Putin’s spokesman Dmitry Peskov insists that the Russian leader "
                     "is pragmatic enough.\n\n“This is what we hope to achieve at this summit. "
                     "We hope this will be a baby step towards overcoming the current critical "
                     "situation in our bilateral relations,”Peskov told RT."),
            V{"Dmitry Peskov"});
}

TEST(SpeakerRulesRound4Test, ShotBackIsASpeechVerb) {
  // bfw-1294: `"…," Trump shot back.` went to Clinton.
  EXPECT_EQ(Speakers("Hillary Clinton and Donald Trump quickly laid into each other over trade "
                     "during the first presidential debate.\n\n“I think my husband did a pretty "
                     "good job [on trade deals] in the 1990s. I think a lot about what worked and "
                     "how we can make it work again,” Clinton said.\n\n“You go to new England, "
                     "Ohio, Pennsylvania, you go anywhere you want, Secretary Clinton, and you "
                     "will see devastation where manufacturing is down 30, 40, sometimes 50 "
                     "percent. NAFTA is the worst trade deal maybe ever,” Trump shot back."),
            (V{"Hillary Clinton", "Donald Trump"}));
}

}  // namespace
}  // namespace claimdup
