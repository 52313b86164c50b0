// Speaker attribution rules of the seventeenth round (a), on real news (../shared/real/: the
// dump and article id are in each comment). Sixteenth round (a) made a one-word speaker no
// given-name list reads (`said Ehsan`) an antecedent of "he"/"she"; with no gender it took
// `she` for a company and `he` for a woman. Here the pronouns after its own mentions give it
// one (`Clinton tried to regain her train of speech`), `they` makes it a thing (`Walmart
// confirmed the story, but they did not admit`), a genderless one beside someone known to take
// the pronoun is passed over, and a live blog's `[Updated …]` is no one (docs/speaker_rounds.md,
// seventeenth round (a)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

// BuzzFeed-Webis bfw-0826 (Freedom Daily), its first two sentences and its last four
// paragraphs: the officer's daughter is never named, so her `she said` is nobody's; it went to
// Walmart.
constexpr char kWalmart[] =
    "Man, at this rate I\u2019m going to run out of places to shop. Walmart proved and admitted "
    "they have cop-hating asshats working for them.\n\n"
    "A friend of the family did indeed put this on Facebook and what do you know\u2026 management "
    "called the police officer\u2019s wife and daughter and apologized. Sort of. \u201cHe said he "
    "was so sorry,\u201d the daughter said. \u201cHe offered to make the cake free of charge and "
    "he gave me a $50 gift card.\u201d Walmart confirmed the story, but they did not admit their "
    "employees called the cake racist. Only that the employee made a \u2018mistake\u2019. Damn "
    "right they did\u2026 I\u2019d still boycott them.\n\n"
    "Now, for the cherry on this cake. The manager offered to make and decorate a new cake. But "
    "there was just one problem \u2014 the cake decorators refused to comply. \u201cSo the manager "
    "told me that he would decorate it \u2014 but it looked terrible,\u201d the police "
    "officer\u2019s daughter said. \u201cIt doesn\u2019t look professional.\u201d In the end, the "
    "daughter did not have time to get a cake after all this. Walmart should be ashamed.\n\n"
    "\u201cIt irritates me that in Charlotte, North Carolina, the Walmart was looted and the cops "
    "were protecting them,\u201d she said. \u201cAnd you can\u2019t make a cake for the people who "
    "are protecting you?\u201d";

TEST(SpeakerRulesRound17aTest, OneWordSpeakerTheArticleCallsTheyIsNoShe) {
  // The last two, `she said`: the daughter, unnamed. (`"He offered …" Walmart confirmed the
  // story` is a tail credit read before this round.)
  const V got = Speakers(kWalmart);
  ASSERT_EQ(got.size(), 6u);
  EXPECT_EQ(got[4], "");
  EXPECT_EQ(got[5], "");
}

// AllSides dev mQBFw9EHvhjleM3R (The Atlantic), shortened: Isgur's `she said` went to Goldberg,
// a one-word speaker of unknown gender named before her in the sentence.
constexpr char kIsgur[] =
    "\u201cAt places like Breitbart and further off into the swamplands,\u201d Goldberg said, "
    "\u201cyou can literally just make stuff up as long as it makes people angry enough to click "
    "on it.\u201d\n\n"
    "There was a certain sitcom-family energy to the proceedings. Hayes presided over the group "
    "with a calming, dad-like earnestness. Goldberg offered wisecracking comic relief. Sarah "
    "Isgur, a former Republican strategist\u2014and the only woman in the room\u2014played the "
    "eye-rolling spouse tasked with putting the men in their place. At one point, the producer "
    "instructed everyone to clap so as to synchronize their audio, which prompted Goldberg to "
    "make a gonorrhea joke, and Isgur to let out a performative sigh. \u201cThat\u2019s why we "
    "have a woman on the podcast,\u201d she said. \u201cTo make sure we don\u2019t talk about "
    "World War II\u2013era venereal diseases.\u201d";

TEST(SpeakerRulesRound17aTest, GenderlessOneWordNameYieldsToAKnownWoman) {
  EXPECT_EQ(Speakers(kIsgur), (V{"Goldberg", "Goldberg", "Sarah Isgur", "Sarah Isgur"}));
}

// BuzzFeed-Webis bfw-1282 (Politico), shortened: Trump's `"Excuse me," he shot back` went to
// Clinton, whom the article only calls by her surname.
constexpr char kExcuseMe[] =
    "Clinton continued with an extended, number-filled defense of her record on trade, touting "
    "her ability to create jobs and boost exports.\n\n"
    "\u201cI've been a senator and I have,\u201d Clinton edged in.\n\n"
    "\u201cYou haven\u2019t done it,\u201d Trump retorted.\n\n"
    "Clinton tried to regain her train of speech, but Trump wouldn\u2019t have it.\n\n"
    "\u201cExcuse me,\u201d he shot back. \u201cYour husband signed NAFTA, which was one of the "
    "worst things that ever happened to the manufacturing industry.\u201d";

TEST(SpeakerRulesRound17aTest, OneWordSpeakerWithHerIsNoHe) {
  // The short quotes (`"Excuse me,"`) are no claims; `"Your husband …"` goes on from it.
  EXPECT_EQ(Speakers(kExcuseMe), (V{"Clinton", "Trump"}));
}

// AllSides dev UcKiiwbw1KXhHmSL (CNN live blog), two of its update paragraphs (the later one
// first, as a reader scrolling down meets them): a quote credited to `Updated` made the next
// `[Updated 11:20 a.m. ET]` line a person, and Kerry's `he said` went to `Updated`.
constexpr char kUpdated[] =
    "[Updated 2:19 a.m. ET]: Boston Police Department's official Twitter feed says \"there is an "
    "active incident ongoing in Watertown. Residents in that area are advised to remain in their "
    "homes. More details when available.\"\n\n"
    "[Updated 11:20 a.m. ET] U.S. Secretary of State John Kerry praised law enforcement in their "
    "hunt for the Boston Marathon attack suspects.\n\n"
    "\"I think it is fair to say this entire week we have been in pretty direct confrontation "
    "with evil,\" he said.";

TEST(SpeakerRulesRound17aTest, UpdateLineOpensNoPerson) {
  EXPECT_EQ(Speakers(kUpdated), (V{"Updated", "John Kerry"}));
}

}  // namespace
}  // namespace claimdup
