// Speaker attribution rules of the eleventh round (pronouns and context), each on real news
// (../shared/real/: the dump and article id are in each comment; "…" marks text left out).
// The rules come from reading the unattributed `"…," he/she VERB` quotes and quote paragraphs
// of the AllSides dev half in their articles (docs/speaker_rounds.md, eleventh round).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound11Test, PronounChainOfSpeakingSentencesReachesTheName) {
  // AllSides qNXlfvKP5kogwJQq (Salon): David Kennedy is named five sentences before `"…," he
  // says`; the sentences between are led by `He says` or end `, he says`: one chain.
  EXPECT_EQ(Speakers("David Kennedy, a 33-year-old black man in a loose undershirt, falls on a "
                     "different place in the tragedy spectrum. He says he's in possession of a "
                     "housing voucher and he works at Eately, the upscale Italian eatery "
                     "frequented by tourists, and probably, residents of Murray Hill.\n\n"
                     "Advertisement:\n\n"
                     "A series of brutal logistical complications have kept him from finding an "
                     "apartment, so he's been in the shelter for about two months, he says. When "
                     "people see him rounding the corner from the shelter, they just assume bad "
                     "things about him.\n\n"
                     "\"Not everybody in here has attitudes or is all crazy or all on drugs. "
                     "There's a lot of different people here from all kinds of walks of life,\" "
                     "he says. \"Or some people just lost their homes, so they end up here.\""),
            (V{"David Kennedy", "David Kennedy"}));
}

TEST(SpeakerRulesRound11Test, PronounChainStopsAtASubjectNeverIntroduced) {
  // AllSides oHL9CNT75GHGpxmn (The Guardian): `Fox sat …` is a subject the chain of `He …`
  // sentences cannot cross (the article's two Foxes make his sex unknown), so the pronoun does
  // not reach `the Trump plunge` further back: no speaker rather than Trump.
  EXPECT_EQ(Speakers("Every Christmas, Jeff and Denise Fox have the neighbors over.\n\n"
                     "Last year, the reasons to celebrate included the election of President "
                     "Donald Trump.\n\n"
                     "By his description, Fox took the Trump plunge out of a conviction that "
                     "politics as usual was irreversibly broken.\n\n"
                     "We have voted with our principle and our conscience for all these years. "
                     "It’s time to vote to shake things up.\n\n"
                     "As the anniversary of Trump’s inauguration approached, Fox sat in his "
                     "dining room and reflected on how that decision had played out. He lamented "
                     "what he said was a decline in civil discourse. He was not thrilled with tax "
                     "legislation the president was preparing to sign. He said his personal "
                     "economic prospects had not improved. And he said the president should "
                     "“keep his hands off the tweet button, just take the high road and govern”."),
            (V{""}));
}

TEST(SpeakerRulesRound11Test, ClosingAttributionAfterTheQuotesTrailingWords) {
  // AllSides 2vYdo6qm9dU1HLHN (Townhall): the quote's sentence goes on past it and ends with
  // `, Sessions insisted.`; the quote had no speaker.
  EXPECT_EQ(Speakers("Then, he proceeded to try and exonerate himself from any wrongdoing, "
                     "particularly in regards to accusations that he met privately with Russian "
                     "officials during last year’s presidential campaign.\n\n"
                     "“I did not have any private meetings with any Russian officials” at the "
                     "Mayflower hotel last April, Sessions insisted."),
            (V{"Sessions"}));
  // AllSides RhZoCUQ6y1IVoGui (CNN): the first comma after which an attribution reads, not
  // the appositive's last one (`…, told CNN's "Amanpour."` gave "Amanpour").
  EXPECT_EQ(Speakers("The jihadists suspected in Tuesday night's attack \"are a very small "
                     "minority\" who are taking advantage of a fledgling democracy, Ali Suleiman "
                     "Aujali, the Libyan ambassador the United States, told CNN's \"Amanpour.\""),
            (V{"Ali Suleiman Aujali"}));
}

TEST(SpeakerRulesRound11Test, ClosingAttributionNotPastAnAside) {
  // AllSides fEkBQUqwbWJN9H6W (The Daily Wire): the words after the quote open an aside in
  // parentheses, and the attribution later in the sentence is of something else.
  EXPECT_EQ(Speakers("There were, however, two problems with this story: first, CNN got caught "
                     "blatantly lying when its reporters claimed that “contacted by CNN, one of "
                     "Cohen’s attorneys, Lanny Davis, declined to comment” (in fact, Davis was one "
                     "of CNN’s key sources, if not its only source, for this story), and second, "
                     "numerous other outlets retracted the story after the source, Davis, "
                     "admitted he had lied."),
            (V{""}));
}

TEST(SpeakerRulesRound11Test, SurnameOfAnEarlierSpeakerIsSomeoneHeCanReferTo) {
  // AllSides b531AUX95LNNpals (NPR): `Giorgos Papadopoulos … says` (a given name not in the
  // list, so the article introduces no person) speaks first; `Papadopoulos takes …` is then
  // a man "he" can be, nearer than `Conservatives said …`, which the quote had been given.
  EXPECT_EQ(
      Speakers("At an upscale cafe in another suburb, Giorgos Papadopoulos, who runs his "
               "family's kitchen furniture business, says Greeks owe Europeans a lot.\n\n"
               "\"We have access to one of the largest markets on the planet,\" he says.\n\n"
               "Greece was also divided when it debated whether to join the European Union, "
               "which it did in 1981. At the time, socialists said Greece belonged to the "
               "Greeks and should not join. Conservatives said Greece was part of the West "
               "and should integrate with Europe.\n\n"
               "Papadopoulos takes the latter view and says Greece would be exposed and "
               "isolated if it leaves the eurozone.\n\n"
               "\"This is the biggest union of countries in the history of this planet, but "
               "everyone joined in willingly and still countries want to join in,\" he says."),
      (V{"Giorgos Papadopoulos", "Giorgos Papadopoulos"}));
}

TEST(SpeakerRulesRound11Test, QuoteParagraphContinuesTheOneSpeakerOfTheParagraphBefore) {
  // AllSides V9QFL1dQfBAbkdGj (The Guardian): a paragraph quoting only Carrie DeCell, then
  // `She added that …` naming no one else, then a quote paragraph with no attribution.
  EXPECT_EQ(Speakers("Yochai Benkler, a Harvard law professor who wrote the first major legal "
                     "study of the legal implications of prosecuting WikiLeaks, said the charge "
                     "sheet contained some “very dangerous elements that pose significant risk to "
                     "national security reporting.”\n\n"
                     "Carrie DeCell, staff attorney with the Knight First Amendment Institute at "
                     "Columbia University, said the charges “risk having a chill on journalism”. "
                     "She added that the tone of the indictment and the public release from the "
                     "Department of Justice that went with it suggested that the US government "
                     "desired precisely that effect.\n\n"
                     "“Many of the allegations fall absolutely within the first amendment’s "
                     "protections of journalistic activity. That’s very troubling to us.”"),
            (V{"Yochai Benkler", "Carrie DeCell", "Carrie DeCell"}));
}

TEST(SpeakerRulesRound11Test, QuoteParagraphAfterAnAsideIsNobodysByContext) {
  // AllSides 8AqvlTho1OGP9vJN, shortened (the speaker named as in the article's paragraphs
  // before): an aside in parentheses after the last quote of the paragraph before (`(She’s
  // right; Omar won …)`) may be about someone else, so context gives no speaker (here it
  // would have been right; in the article the quote before had gone to the mother).
  EXPECT_EQ(Speakers("“I live in a district where everybody is obsessed with my mother,” Isra "
                     "Hirsi said. (She’s right; her mother won 78 percent of the vote in her "
                     "district.)\n\n"
                     "“My identity has kind of forced me into this box. You're that one "
                     "intersectional person.”"),
            (V{"Isra Hirsi", ""}));
}

TEST(SpeakerRulesRound11Test, SubjectOfAPassiveVerbDoesNotSpeak) {
  // BuzzFeed-Webis bfw-0907 (Occupy Democrats): the charges are no words of Sherry Hall's.
  EXPECT_EQ(Speakers("To cap off a week in which police officers shot and killed two unarmed "
                     "black men, a Georgia police officer has been arrested after it was "
                     "discovered that she had fabricated a story about being shot by black man. "
                     "Jackson Officer Sherry Hall has been charged with “false statements, "
                     "tampering, interference with government property and a violation of oath "
                     "of office.”"),
            (V{""}));
  // AllSides 30wPujCBIqlXZNlD (CNN): whoever wrote the maxim, Robert Gates is only reported
  // to have kept it.
  EXPECT_EQ(Speakers("Former CIA director Robert Gates is reported to have kept a maxim on his "
                     "desk that read, \"As a general rule, the way to achieve complete strategic "
                     "surprise is to commit an act that makes no sense or is even "
                     "self-destructive.\""),
            (V{""}));
}

TEST(SpeakerRulesRound11Test, PassiveInsideReportedSpeechOrAskedKeepsTheSpeaker) {
  // AllSides K0IuhoZqZCCUjBkt (Politico): after `He was asked whether …:` the quote is
  // Graham's answer.
  EXPECT_EQ(Speakers("“I’m glad that activity is going on, but it is limited to tracking people "
                     "who are suspected to be terrorists,” Graham said. He was asked whether he "
                     "was sure: “Yes, I am sure that that’s what they’re doing.”"),
            (V{"Graham", "Graham"}));
}

TEST(SpeakerRulesRound11Test, TwoWordNameWithAnAppositiveRoleIsAPerson) {
  // AllSides kt6opixbFvFFGzqe (Politico): `Mila` is in no given-name list, but `Mila Kofman,
  // the executive director of …,` introduces a person "she" can be.
  EXPECT_EQ(Speakers("He expects spurts of enrollment in the first two weeks of December — "
                     "closer to to the start of coverage on Jan. 1 — and toward the end of open "
                     "season in March.\n\n"
                     "That’s what Mila Kofman, the executive director of the DC Health Link, "
                     "anticipates. Consumer education in October — and a rush of enrollment in "
                     "December.\n\n"
                     "“We want to make sure that they’re not pushed into making a quick "
                     "decision,” she said."),
            (V{"Mila Kofman"}));
  // event_days helsinki-163 (The New York Times): a place after `at` is no person, so the
  // quote stays Mr. Trump's.
  EXPECT_EQ(Speakers("In a pair of tweets sent on Monday before he headed for breakfast at "
                     "Mantyniemi Palace, a residence of the Finnish president, Mr. Trump twice "
                     "branded the special counsel investigation into Russia’s election "
                     "interference the “Rigged Witch Hunt.” That investigation, and “many years "
                     "of U.S. foolishness and stupidity,” he wrote, are why the United States’ "
                     "relationship with Russia “has NEVER been worse.”"),
            (V{"Trump"}));
}

}  // namespace
}  // namespace claimdup
