// Speaker attribution rules of the fifteenth round (a), each on real news (../shared/real/:
// the dump and article id are in each comment). From the fresh labelled set random12 and the
// quotes of all four dumps whose speaker changed: a quote that ends its sentence with a period
// inside the marks, followed by a sentence opening with a conjunction (`…being breached." But
// NPR's Leila Fadel says …`), had that next sentence read as its attribution, so it went to
// the next sentence's subject; and a participle with no subject of its own (`…, saying, "…"`)
// took the subject of an earlier sentence, when the words before the quote ran back past a
// quote that ended that sentence; and a group's name opening with a given name or a title word
// (`the Christian Democratic Union`, `Republican National Convention`) was introduced as a
// person, whom a later "he" or "she" went to; `Mr. Bartlett is “…,” he said` gave "he" to
// the name the quote is about; and a participle after a quote and its attribution (`“…,”
// Conway remarked, adding, “…”`) found no subject when the sentence opens with other words
// (docs/speaker_rounds.md, fifteenth round (a)). Each test fails without its rule but the
// guard of a dash before the quote.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound15aTest, ConjunctionAfterAQuotesPeriodOpensANewSentence) {
  // AllSides dev TLRM9aKGBnrnvFtp (NPR): the second quote went to Leila Fadel. The first is
  // Romney's since the nineteenth round (b) (`Romney stood by his remarks, calling …`).
  EXPECT_EQ(Speakers("On Wednesday, Romney stood by his remarks, calling the State Department's "
                     "early statement \"inappropriate and disgraceful.\"\n\n"
                     "\"It's terrible ... for America to stand in apology for our values,\" he "
                     "said.\n\n"
                     "Romney said that the State Department issued the statement as \"our "
                     "grounds [were] being attacked and being breached.\" But NPR's Leila Fadel "
                     "says the U.S. statement was issued at noon in Cairo, long before "
                     "protesters assaulted the embassy compound there or anyone was killed in "
                     "Libya."),
            (V{"Romney", "Romney"}));
}

TEST(SpeakerRulesRound15aTest, AndOpeningTheNextSentenceIsNoAttribution) {
  // AllSides dev nq5vMFo78UQDBdkY (Washington Times): Allen's quote went to Josh Mandel.
  EXPECT_EQ(Speakers("Former Sen. George Allen, challenging Mr. Kaine in Virginia, said in a "
                     "radio ad that Mr. Kaine supported “Obamacare—a government takeover of "
                     "health care.” And Ohio Treasurer Josh Mandel has said Sen. Brown cast the "
                     "deciding vote on the “government takeover of health care.”"),
            (V{"George Allen", "Josh Mandel"}));
  // AllSides dev 3eACOXS7VwNWNIoS (Associated Press): Pelosi's quote went to Chuck Schumer.
  EXPECT_EQ(Speakers("House Speaker Nancy Pelosi, D-Calif., said the firing “threatens to have "
                     "a chilling effect against all willing to speak truth to power.” And Senate "
                     "Democratic leader Chuck Schumer, D-N.Y., said Trump “fires people for "
                     "telling the truth.”"),
            (V{"Nancy Pelosi", "Chuck Schumer"}));
}

TEST(SpeakerRulesRound15aTest, ParticipleTakesTheSubjectOfItsOwnSentence) {
  // AllSides dev 1E6ib7Fsd6GT8ALU (Vox): the Bezos quote had none (the first quote's
  // attribution, read through the dash aside, is not this rule's).
  const V got = Speakers(
      "Sen. Bernie Sanders, who was campaigning with one of his key surrogates — Rep. "
      "Alexandria Ocasio-Cortez — in Iowa, told supporters, “You’re not going to buy this "
      "election by spending hundreds of millions of dollars on media in California.” "
      "Ocasio-Cortez later told reporters, “They’ve got class solidarity. The billionaires are "
      "looking out for each other. They’re willing to transcend difference and background and "
      "even politics.” And Sanders echoed that sentiment, saying, “Jeff Bezos, worth $150 "
      "billion, supporting Mike Bloomberg, who’s worth only $50 billion, that’s real class "
      "solidarity.”");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[1], "Alexandria Ocasio-Cortez");
  EXPECT_EQ(got[2], "Bernie Sanders");
}

TEST(SpeakerRulesRound15aTest, ParticipleAfterAnEarlierQuotedPhraseIsTheNewSubjects) {
  // AllSides dev XWSh6eRgdAVucBlo (Fox): Murray's quote went to Paul Ryan.
  EXPECT_EQ(Speakers("Rep. Paul Ryan, R-Wis., one of the bill's chief negotiators, said it "
                     "\"will stop Washington's lurch from crisis to crisis.\" Rep. Patty Murray "
                     "of Washington, the key negotiator on the Democratic side, echoed Ryan, "
                     "saying, \"we are now one step closer to a bipartisan budget that would "
                     "prevent another crisis.\""),
            (V{"Paul Ryan", "Patty Murray"}));
}

TEST(SpeakerRulesRound15aTest, PronounSubjectOfTheParticiplesOwnSentence) {
  // AllSides dev UmoWYYv0iydImVgg (NPR; the first sentence is the article's, paragraphs
  // apart): the second quote had none.
  EXPECT_EQ(Speakers("Hours later, though, Trump took a softer line during a face-to-face "
                     "photo op with German Chancellor Angela Merkel.\n\n"
                     "Merkel bristled at the idea that the gas deal has left her country "
                     "\"captive\" to Moscow. The chancellor, who grew up in the former East "
                     "Germany, told reporters, \"I have experienced myself how a part of "
                     "Germany was controlled by the Soviet Union.\" She insisted that Germany "
                     "today makes its decisions independently of Moscow, adding: \"That is very "
                     "good, especially for people in eastern Germany.\""),
            (V{"Angela Merkel", "Angela Merkel"}));
}

TEST(SpeakerRulesRound15aTest, GroupNameOpeningWithAGivenNameIsNoPerson) {
  // BuzzFeed-Webis bfw-0799, the whole article (random12): `the Christian Democratic Union`
  // and `Christian Social Union` were read as one person, Mr. Union, whom "She also said" and
  // "He said" went to.
  EXPECT_EQ(
      Speakers("German Chancellor Angela Merkel finally admitted to the press that if she "
               "could go back in time to change her stance on her open migrant policy she "
               "would. She is also admitting she is willing to consider a new policy "
               "direction. Merkel told the media at a press conference,\n"
               "\n"
               "“If I knew what change in refugee policy the people in Germany want, I would "
               "be prepared to consider it.”\n"
               "\n"
               "These comments came shortly after the defeat of the Christian Democratic Union "
               "in Berlin’s Sunday elections. She also said,\n"
               "\n"
               "“If I could, I would go back in time to be better prepared for the refugee "
               "crisis in 2015, for which we were rather unprepared.”\n"
               "\n"
               "She took responsibility for the poor election results after finding out the "
               "results of the Mecklenburg-Vorpommern election. Callying the defeat bitter and "
               "saying that she took full responsibility as the parties leader and as the "
               "countries leader.\n"
               "\n"
               "The results of the edition are considered to be as a result of the anti "
               "migrant sentiment many Germans now have. As well as the rise of the anti mass "
               "migration Alternative for Germany known as AfD. These factors have forced "
               "Merkel to at least consider a change in her stance.\n"
               "\n"
               "Regardless of her new admission she all but flat out dismissed the possibility "
               "that she would actually implement the change she says she deeply regrets. In "
               "other words it is all talk and no walk. She is willing to regret because it "
               "makes her look good but not enough to actually implement the change people so "
               "desperately want.\n"
               "\n"
               "However, she did say she would not embrace the critiques and criticisms of the "
               "Christian Social Union. They have notoriously called for a cap on the migrants "
               "coming into Germany each year. They specifically want to cap it at 200,000. As "
               "well, they want to prioritize Christian migrants over Muslims. But Merkle will "
               "not budge on that.\n"
               "\n"
               "Merkel stated,\n"
               "\n"
               "“If people don’t want Muslim asylum-seekers purely because of their religion, "
               "that is contrary to our party principles and to Germany’s. The CDU and I "
               "cannot go along with that.”\n"
               "\n"
               "Christian Social Union party leader Horst Seehofer threatened to withdraw "
               "support for Merkle during her 2017 campaign. Specifically for not implementing "
               "the migrant cap. The campaign will be in the federal election. He said,\n"
               "\n"
               "“It is high time we find common ground to survive at the next election.”\n"
               "\n"
               "The growing anti migrant atmosphere has been a direct result of an increase in "
               "terrorism, increasing migrant crime as well as violent crime. Which people "
               "automatically associate with more incoming refugees. Understandably so. If it "
               "ain’t broke don’t fix it.\n"
               "\n"
               "This could perhaps be an indicator as well that she could lose in the next "
               "federal election. Or at least win by an only marginal amount. Serves her right "
               "considering her policies are as progressive as President Obama’s and Hillary "
               "Clinton’s. She is no different which is why many Americans too cannot stand "
               "her."),
      (V{"Angela Merkel", "Angela Merkel", "Angela Merkel", "Horst Seehofer"}));
}

TEST(SpeakerRulesRound15aTest, GroupNameAfterATitleWordIsNoPerson) {
  // AllSides dev ZAcx8MrolrKMxz99 (CNN): `Republican National Convention` introduced a
  // "National Convention", whom "he said" went to.
  EXPECT_EQ(Speakers("As for the primary calendar, Priebus said he would like to see it "
                     "condensed to allow the eventual GOP nominee more time to prepare for the "
                     "general election.\n\n"
                     "In an ideal world, he said, the intra-party fight would start later and "
                     "finish sooner, with the Republican National Convention possibly being "
                     "held as early as June.\n\n"
                     "But he doesn't talk about changing the order of the four leadoff primary "
                     "and caucus states -- Iowa, New Hampshire, Nevada and South Carolina -- "
                     "that have traditionally kicked off the nomination process.\n\n"
                     "\"I think that the carve-out states have served us well, but I think the "
                     "timing of the calendar and the rest of the calendar issue should be "
                     "looked at,\" he said."),
            (V{"Priebus"}));
  // AllSides dev yBohJxfalbu4hNE6: `the Police Executive Research Forum` took "he said".
  EXPECT_EQ(Speakers("“I still have guys who have the warrior mentality,” said Mike Chitwood, "
                     "the sheriff of Volusia County, Florida. Speaking, at a recent town hall "
                     "hosted by the Police Executive Research Forum, a Washington D.C. "
                     "think-tank, he said, “We are working to try to change that. And it’s a "
                     "battle every day to do that.”"),
            (V{"Mike Chitwood", "Mike Chitwood"}));
}

TEST(SpeakerRulesRound15aTest, PronounAfterAQuoteGoingOnFromItsClauseIsNotThatClausesName) {
  // AllSides dev dF2Vy8g5BobFzg1x (Washington Times; random12): both quotes went to Bartlett,
  // whom the first one is about. The second also needs the next rule (`he said, adding`).
  EXPECT_EQ(Speakers("“You look at the map, and basically they carved it up like a Thanksgiving "
                     "turkey,” said Tony Campbell, president of Marylanders for Coherent and "
                     "Fair Representation, which backed the referendum that would have forced "
                     "the state to redraw its lines in time for the 2014 elections.\n\n"
                     "Mr. Bartlett is “86 years old; it’s not like he was going to be in office "
                     "for the next 10 years anyway,” he said, adding that “Maryland is not only "
                     "dominated by Democrats, but they feel like they can’t be touched.”"),
            (V{"Tony Campbell", "Tony Campbell", "Tony Campbell"}));
  // AllSides dev P3hMM1sUBIMGvWW5 (Wall Street Journal): the second quote went to Rubio.
  EXPECT_EQ(Speakers("\"This is going to be a very tough battle,\" said Frank Sharry, executive "
                     "director of immigration-advocacy group America's Voice. Mr. Rubio is "
                     "\"going to be one of many caught in the crossfire from the right and the "
                     "left,\" he said."),
            (V{"Frank Sharry", "Frank Sharry"}));
}

TEST(SpeakerRulesRound15aTest, DashBeforeTheQuoteKeepsTheClausesName) {
  // AllSides dev aUJKsxaJWQFNZfJn (New York Times, the article's first sentence): the guard,
  // a quote set off by a dash is no part of the clause before it.
  EXPECT_EQ(Speakers("And even as Mr. Trump was offering reassuring words to the Dreamers — “tell "
                     "them not to worry,” he told reporters Wednesday evening — senior White "
                     "House officials were emphasizing the more hard-line features."),
            (V{"Trump"}));
}

TEST(SpeakerRulesRound15aTest, ParticipleAfterAQuoteAndItsAttributionIsThatSpeakers) {
  // AllSides dev VyRosQ61m7PMA8qN (Politico): the third quote had none.
  EXPECT_EQ(Speakers("\"What I would like him to do is let everyone get the benefit of his "
                     "leadership. He scores very well in strong leader, and that's what so many "
                     "Americans are starving for,\" Conway told CNN's Alisyn Camerota during a "
                     "lengthy two-part interview on \"New Day.\"\n\n"
                     "When Trump is able to give a speech \"in his own words, in his own delivery "
                     "system, then people can actually focus on the content,\" Conway remarked, "
                     "adding, \"I think that's what's so important.\""),
            (V{"Conway", "Conway", "Conway"}));
  // BuzzFeed-Webis bfw-1190 (Politico): the second quote had none.
  EXPECT_EQ(Speakers("Clinton’s performance at NBC’s commander in chief forum earlier this month "
                     "“wasn’t her best night,” Conway continued, adding that it was “a very "
                     "typical debate performance or forum performance for Hillary Clinton.”"),
            (V{"Conway"}));
}

}  // namespace
}  // namespace claimdup
