// Speaker attribution rules of the tenth round, each on real news (../shared/real/: the dump
// and article id are in each comment; "…" marks text left out). The rules come from counting
// the attribution shapes around every unattributed quote of the AllSides dev half,
// BuzzFeed-Webis and event_days (docs/speaker_rounds.md, tenth round).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound10Test, VerbOutsideSpeechListAttributesTheQuoteItFollows) {
  // AllSides QPtk6a6TmJAq7LHl: `"…," Schumer jabbed.` had no speaker; `retorted` was listed.
  EXPECT_EQ(Speakers("The tense exchanges underscored the challenges in the coming two years of "
                     "divided government. Trump diverted from discussing Democrats' takeover of "
                     "the House, choosing to focus on GOP gains in the Senate — thanks, in large "
                     "part, to a very Republican-friendly map in the 2018 midterms.\n\n"
                     "\"When the president brags that he won North Dakota and Indiana, he's in "
                     "real trouble,\" Schumer jabbed.\n\n"
                     "\"Well, I did, and it was a great night,\" Trump retorted."),
            (V{"Schumer", "Trump"}));
}

TEST(SpeakerRulesRound10Test, InvertedTailVerbNamesTheSpeakerAfterIt) {
  // AllSides 8o2De4LJiNpOQwjw: `"…," recalls Ziglar.` and a pronoun after it.
  EXPECT_EQ(Speakers("On one occasion, Ziglar found the chief, with his three clerks, sitting in "
                     "shirtsleeves in the ornate gilded room assigned to them during the trial. "
                     "They were playing poker.\n\n"
                     "\"I looked at him and smiled and said nothing at all,\" recalls Ziglar."),
            (V{"Ziglar"}));
}

TEST(SpeakerRulesRound10Test, DefiniteAnonymousSourceNamesNobody) {
  // AllSides JoehZPAXUpxzj0aR: `"…," the source said.` went to Reid, named in the sentence
  // before as the source's employer; the source is nobody the article names.
  EXPECT_EQ(Speakers("Leading congressional Democrats also pushed Sanders to rein in his "
                     "supporters. Reid called Sanders' response \"a test of leadership\" for "
                     "Sanders, and a source in his office told CNN that the Nevada senator is "
                     "waiting to hear from the senator himself on the matter.\n\n"
                     "\"The convention was Saturday. It's now Wednesday afternoon. And he hasn't "
                     "spoken about it,\" the source said."),
            (V{""}));
}

TEST(SpeakerRulesRound10Test, AnonymousThisPersonNamesNobody) {
  // AllSides 5l10yunen0Nmh437: `"…," this person said.` (an anonymous business leader) went to
  // Brandon Scholz, who spoke in the paragraph before.
  EXPECT_EQ(Speakers("Cruz “may not be their first choice, but he may be their only choice,” said "
                     "Brandon Scholz, a longtime GOP operative who runs a governmental and public "
                     "affairs shop in Madison.\n\n"
                     "A prominent Wisconsin Republican business leader, who required anonymity in "
                     "order to speak freely, added that he expects that the business community "
                     "will turn out next Tuesday …\n\n"
                     "“There will be a stop-Trump vote, but I do not think it reflects enthusiasm "
                     "for Cruz,” this person said. “It’s going to be an unenthusiastic vote.”"),
            (V{"Brandon Scholz", "", ""}));
}

TEST(SpeakerRulesRound10Test, RoleAfterInvertedVerbGivesTheAppositiveName) {
  // AllSides aV6rjqdn0iGSvk9x: `said Mr. Boehner's spokesman, Brendan Buck.` gave "Boehner";
  // lXJu5uH2hBX64uho: `said Obama's former adviser, David Axelrod,` gave "Barack Obama".
  EXPECT_EQ(Speakers("Mr. Boehner has not said when or whether he would call the House back in "
                     "session.\n\n"
                     "“It is time for the Democratic-run Senate to act, and that is what the "
                     "speaker told the president tonight,” said Mr. Boehner’s spokesman, "
                     "Brendan Buck."),
            (V{"Brendan Buck"}));
  EXPECT_EQ(Speakers("Obama’s mentoring program for black youth, My Brother’s Keeper, is expected "
                     "to become part of the institution as well.\n\n"
                     "“I know, just from our conversations, that in whatever idle time he has, "
                     "he’s been thinking through what comes next,” said Obama’s former adviser, "
                     "David Axelrod, saying those conversations date back years."),
            (V{"David Axelrod"}));
}

TEST(SpeakerRulesRound10Test, NameModifyingARoleAfterTheVerbIsNoSpeaker) {
  // AllSides auXX9uDQ3nBF95WK: `recalls the Romney deputy, "…"` is an unnamed deputy, not
  // Mitt Romney (as it became once `recalls` attributed a quote it follows).
  EXPECT_EQ(Speakers("In Romney’s own retelling, he casts himself as a selfless and loyal company "
                     "man.\n\n"
                     "After all, Bain sold top-dollar strategic advice to big businesses about how "
                     "to protect themselves from going bust. If Bain & Company went bankrupt, "
                     "recalls the Romney deputy, “anyone associated with them would have looked "
                     "clownish.”"),
            (V{""}));
}

TEST(SpeakerRulesRound10Test, FullNameBeforeUnlistedVerbAttributesTheQuote) {
  // AllSides 1lfgry1059WrDMc0: `"…," David Blankenhorn empathizes at …` has a verb in no list;
  // its quote went to Michelle Cottle, the previous quote's speaker, and so did the next one.
  EXPECT_EQ(Speakers("“Trumpism has, in part, made the rest of the nation all the more eager to "
                     "ignore the millions of white voters living on the edges of the economy,” "
                     "Michelle Cottle worries at the Atlantic.\n\n"
                     "“Many decent, sincere people who feel disregarded, disrespected, and left "
                     "behind … can disproportionately embrace political opinions that I view as "
                     "bigoted or paranoid,” David Blankenhorn empathizes at the American Interest. "
                     "“Today’s upscale Americans are less and less likely even to interact with, "
                     "much less actually give a damn about, those other Americans.”"),
            (V{"Michelle Cottle", "David Blankenhorn", "David Blankenhorn"}));
}

TEST(SpeakerRulesRound10Test, NameAfterAnonymousSourceNounSpeaks) {
  // AllSides S8TMaCTKcURfWsOq: `says the longtime Clinton family adviser Paul Begala` names him.
  EXPECT_EQ(Speakers("“My question is not will Benghazi rise to the level of Whitewater,” says the "
                     "longtime Clinton family adviser Paul Begala. “It won’t because there’s no "
                     "independent counsel, no Ken Starr with an unlimited budget.”"),
            (V{"Paul Begala", "Paul Begala"}));
}

TEST(SpeakerRulesRound10Test, DateIsNoDocumentsAuthor) {
  // AllSides euKnaH1pAldtA34Q: `Tuesday's lawsuit` + `"…," the lawsuit contends` gave "Tuesday".
  EXPECT_EQ(Speakers("The first of the \"sanctuary\" ordinances listed in Tuesday's lawsuit was "
                     "passed by the city of Waskom back in June.\n\n"
                     "\"As a result of being designated criminal, Plaintiffs are prohibited from "
                     "operating, speaking, and associating within these cities,\" the lawsuit "
                     "contends."),
            (V{""}));
}

}  // namespace
}  // namespace claimdup
