// Speaker attribution rules of the twenty-third round (d), on real news (../shared/real/: the
// dump and article id are in each comment): a bare surname whose one full sharer is of the
// other sex than the article's own pronouns for that bare surname (`President Trump … Trump
// continued to unload on his opponents` beside `told Melania Trump`) names the sharer of the
// article's sex, else nobody but the surname as written (docs/speaker_rounds.md, twenty-third
// round (d)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 0CQ88udySJPShFnE (Fox News), paragraphs 1-3 and 17 of the article: `President
// Trump` joined `Melania Trump`, the only Trump named in full, and every `Trump said` went to
// her.
TEST(SpeakerRulesRound23d, BareSurnameOfTheOtherSexIsNotTheOneFullSharer) {
  const std::vector<std::string> speakers = Speakers(
      "In his first major rally since Special Counsel Robert Mueller cleared him of any collusion "
      "with Russia, President Trump took the stage before a boisterous full house at the Van "
      "Andel Arena in Grand Rapids, Michigan, Thursday night -- and proceeded to tear into "
      "Democrats and the FBI as unintelligent \"frauds\" who tried desperately to undermine the "
      "results of the 2016 election.\n\n"
      "\"The Democrats have to now decide whether they will continue defrauding the public with "
      "ridiculous bullsh--,\" Trump said to thunderous applause, \"-- partisan investigations, "
      "or whether they will apologize to the American people.\"\n\n"
      "Trump continued to unload on his opponents: \"I have a better education than them, I'm "
      "smarter than them, I went to the best schools; they didn't. Much more beautiful house, "
      "much more beautiful apartment. Much more beautiful everything. And I'm president and "
      "they're not.\"\n\n"
      "Trump relived the Election Day rally on Thursday, telling the crowd that he got home at 4 "
      "a.m. in the morning and told Melania Trump that he had an \"incredible crowd\" late into "
      "the evening and thought, \"How the hell can I lose Michigan? And guess what: We didn't "
      "lose Michigan.\"");
  ASSERT_GE(speakers.size(), 2u);
  for (const std::string& s : speakers) EXPECT_NE(s, "Melania Trump");
  EXPECT_EQ(speakers[0], "Trump");
}

}  // namespace
}  // namespace claimdup
