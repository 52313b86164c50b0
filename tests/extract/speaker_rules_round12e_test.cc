// Speaker attribution rules of the twelfth round (e), each on real news (../shared/real/: the
// dump and article id are in each comment; "…" marks text left out). The rule comes from the
// unattributed quotes of the AllSides dev half shaped `"…," NAME VERB` whose name is also an
// ordinary or list word (a month, a title, a common noun): in 15 of 17 such dev cases read, the
// article had introduced that person by full name (docs/speaker_rounds.md, twelfth round (e)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound12eTest, MonthIsTheSurnameOfAPersonIntroducedByFullName) {
  // AllSides 23JQ4hyrHr35ZcJt: `"…," May said` had none though Theresa May opens the article.
  EXPECT_EQ(Speakers("LONDON — Theresa May ended her failed three-year quest to lead Britain "
                     "out of the European Union on Friday, announcing that she will step down "
                     "as Conservative Party leader June 7.\n\n"
                     "“I have done my best,” May said in a speech outside 10 Downing St., as "
                     "close aides and her husband Philip looked on."),
            (V{"Theresa May"}));
}

TEST(SpeakerRulesRound12eTest, TitleWordIsTheSurnameOfAPersonIntroducedByFullName) {
  // AllSides fl3cXWoUhGgrTTjb: `"…," Pope told The Hill` / `Pope added` had none.
  EXPECT_EQ(Speakers("Art Pope, a major GOP donor in North Carolina, said Republicans’ fate "
                     "had more to do with other factors, such as Trump.\n\n"
                     "“What is more impactful on the support of donors and activists is whether "
                     "the threat of tariffs or a trade war has an impact on the economy,” Pope "
                     "told The Hill.\n\n"
                     "“There are much more graver concerns than Speaker Ryan making an "
                     "understandable decision at this point in his life,” Pope added."),
            (V{"Art Pope", "Art Pope"}));
}

TEST(SpeakerRulesRound12eTest, CommonNounIsTheSurnameOfAPersonIntroducedByFullName) {
  // AllSides 8N5rJ2QX63uRL3pX: `"…," Pastor said` had none after Robert Pastor's introduction.
  EXPECT_EQ(Speakers("Robert Pastor, a professor of international relations at American "
                     "University, said Romney joins a long line of candidates who promise too "
                     "much.\n\n"
                     "\"He will have to wake up if he were elected,\" Pastor said."),
            (V{"Robert Pastor"}));
}

TEST(SpeakerRulesRound12eTest, DayNameIsTheSurnameOfAPersonIntroducedWithATitle) {
  // AllSides BL4vQzbKuaKR8pGO: `"…," Sunday told WSBA` had none.
  EXPECT_EQ(Speakers("(UPDATE: York County District Attorney Dave Sunday has announced his "
                     "intention to withdraw the citation against Shaffer. \"Based on the facts in "
                     "this one specific case, I think that prosecution from my office of this "
                     "may not be in the public interest,\" Sunday told WSBA Morning News.)"),
            (V{"Dave Sunday"}));
}

TEST(SpeakerRulesRound12eTest, ListWordNamesNobodyWhenNoOneHasThatSurname) {
  // AllSides puNB0f1IICOBcmDE: `"…," State said` is the State Department, no person; and a
  // month with no Theresa May introduced names nobody.
  EXPECT_EQ(Speakers("The State Department announced Friday morning that its undersecretary "
                     "had issued the permit.\n\n"
                     "“The under secretary considered a range of factors,” State said."),
            (V{""}));
  EXPECT_EQ(Speakers("Lawmakers met in London on Friday.\n\n"
                     "“I have done my best,” May said in a speech outside 10 Downing St."),
            (V{""}));
}

TEST(SpeakerRulesRound12eTest, AsideAfterAQuoteThatClosedItsSentenceNamesNoSpeaker) {
  // AllSides l4ugkoMdNXq9Xumu: `…security.” (Gilbert told me …)` after Dennis Gilbert's
  // introduction took the quote from Steve Rosenfeld in a draft of the rule.
  EXPECT_EQ(Speakers("In January 1989, he contacted the chair of the sociology department at "
                     "Hamilton College. Sanders wrote to Dennis Gilbert about a job.\n\n"
                     "At 50 and mulling another crapshoot of a congressional bid, he fretted. "
                     "“At Hamilton,” Steve Rosenfeld, his 1990 press secretary, said, “Bernie "
                     "would often confide in Dennis, saying he was worried about his "
                     "professional future and financial security.” (Gilbert told me he doesn’t "
                     "recall this.)"),
            (V{"Steve Rosenfeld"}));
}

}  // namespace
}  // namespace claimdup
