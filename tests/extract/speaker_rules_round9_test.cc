// Speaker attribution rules of the ninth round, each on real news (../shared/real/: the dump
// and article id are in each comment; "…" marks text left out), from the pooled wrong and
// missing speakers of random4, random5, random6 and tuning set 3 (docs/speaker_rounds.md, ninth
// round).
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

TEST(SpeakerRulesRound9Test, PronounAfterSentenceLedByDescriptionSkipsItsObjects) {
  // BuzzFeed-Webis bfw-1007: "he" went to Obama, the first man named in the sentence before;
  // that sentence's subject is "The real estate mogul", who is Trump, named before it.
  EXPECT_EQ(Speakers("Donald Trump called for a change Tuesday in how the U.S. handles the terror "
                     "threat of the Islamic State, a shift away from President Barack Obama and "
                     "Hillary Clinton's policies.\n\n"
                     "Following a series of planted bombs in New York and New Jersey over the "
                     "weekend and a stabbing in Minnesota, Trump on Monday hammered Clinton on "
                     "her record amid increasing concerns regarding the terrorist network and the "
                     "threat of domestic attacks.\n\n"
                     "The real estate mogul again blamed Clinton and Obama for refusing to utter "
                     "the words “radical Islamic terrorism” and accused them of emboldening "
                     "terrorists across the globe.\n\n"
                     "“Today, Hillary Clinton showed again that she will say anything — and blame "
                     "anyone — to shift attention away from the weakness she showed as Secretary "
                     "of State,” he said in a statement Monday."),
            (V{"Donald Trump"}));
}

TEST(SpeakerRulesRound9Test, PronounAfterSentenceLedByDescriptionIsWhomItDescribes) {
  // AllSides QxrrB4EQOJTGJzpf: "The Ohio Republican" is Speaker John A. Boehner, not Obama,
  // named after it.
  EXPECT_EQ(Speakers("After rank-and-file House Republicans rebelled last week against their "
                     "leaders’ strategy, Speaker John A. Boehner said Sunday that his troops were "
                     "united in the fight to defund Mr. Obama’s immigration actions.\n\n"
                     "The Ohio Republican pointed to the 38 times Mr. Obama unilaterally changed "
                     "the Obamacare law, though it was Mr. Obama’s immigration moves that led to "
                     "the funding crisis for the Homeland Security Department.\n\n"
                     "“So the frustration in the country, represented through the frustration of "
                     "our members, has people scared to death that the president is running the "
                     "country right off the cliff,” he said."),
            // With his middle initial since the nineteenth round (a); "Boehner" before.
            (V{"John A Boehner"}));
}

TEST(SpeakerRulesRound9Test, SentenceOpeningWithClauseIsNoDescription) {
  // AllSides GF9FTMN6mnegZTrS: "The only piece of evidence that suggests that justice …" holds
  // a title word ("justice") but is no description of a person; Nunes stays the antecedent.
  EXPECT_EQ(Speakers("The only piece of evidence that suggests that justice might indeed be "
                     "served is that weird new recording of Devin Nunes that Rachel Maddow played "
                     "last Wednesday night. He seems so so so desperate to keep the House because "
                     "of the Mueller investigation, you can’t help wondering if he really thinks "
                     "Mueller could bring down the president: “If Sessions won’t un-recuse and "
                     "Mueller won’t clear the president, we’re the only ones, which is really the "
                     "danger. We have to keep the majority.”"),
            (V{"Devin Nunes"}));
}

TEST(SpeakerRulesRound9Test, PluralSenatorTitleIntroducesEachSenator) {
  // BuzzFeed-Webis bfw-1350: "Sens. Marco Rubio of Florida" ended a sentence at "Sens." and
  // left Rubio without his title, so "the senator" went to Sen. Jeff Flake.
  EXPECT_EQ(Speakers("The move is sure to draw howls of protest from some hard-core opponents of "
                     "the Cuban government, including Sens. Marco Rubio of Florida and Ted Cruz of "
                     "Texas, who have vowed to block any ambassador nomination for Cuba.\n\n"
                     "Among those appaluding Obama's decision was Sen. Jeff Flake, an Arizona "
                     "Republican who has long advocated for better U.S.-Cuba relations.\n\n"
                     "Asked by POLITICO earlier this year whether he still held firm to his "
                     "denouncement of the rapprochement with Cuba and his vow to block an "
                     "ambassador confirmation, Rubio said yes.\n\n"
                     "\"A U.S. ambassador is not going to influence the Cuban government, which "
                     "is a dictatorial, closed regime,” the senator, who is of Cuban descent, said "
                     "as the one-year anniversary of Cuba-U.S. ties loomed."),
            (V{"Marco Rubio"}));
}

TEST(SpeakerRulesRound9Test, TheCompanyIsTheBusinessOpeningARecentSentence) {
  // event_days spotify-5674: "the company said" had no speaker; Spotify opens the sentence
  // before the quote as its subject and is named inside other sentences.
  EXPECT_EQ(Speakers("On May 10, R&B singer R. Kelly was removed from Spotify playlists in "
                     "response to accusations of sexual assault.\n\n"
                     "Spotify decided to keep its new hate content policy, however. That policy "
                     "covers music and podcasts.\n\n"
                     "“The second part of our policy addressed hate content,” the company said. "
                     "“Spotify does not permit content whose principal purpose is to incite "
                     "hatred or violence against people because of their race.”"),
            (V{"Spotify", "Spotify"}));
}

TEST(SpeakerRulesRound9Test, TheCompanyWithNoBusinessOpeningARecentSentenceStaysUnknown) {
  // AllSides GZXqVLHnEpkIUxd4: Shadow does not open its sentence ("In a series of tweets,
  // Shadow …"), and the business that does, three sentences back, is not meant.
  EXPECT_EQ(Speakers("Shadow, a tech firm that describes itself as a group that creates "
                     "technology for progressive campaigns, is the company that created the Iowa "
                     "Democratic Party's app, according to The New York Times. The COO, CEO, CTO "
                     "and a senior product manager at Shadow all worked for the Hillary Clinton "
                     "presidential campaign, according to LinkedIn profiles.\n\n"
                     "In a series of tweets, Shadow on Tuesday apologized for the mess.\n\n"
                     "“We sincerely regret the delay in the reporting of the results of last "
                     "night’s Iowa caucuses,” the company said."),
            (V{""}));
}

TEST(SpeakerRulesRound9Test, PronounDoesNotReachPastAWomanWithAFourWordName) {
  // BuzzFeed-Webis bfw-0635: "she" went to Hillary Clinton, named before the daughter whose
  // four-word name is not read as a person; a wrong name is worse than none.
  EXPECT_EQ(Speakers("But one insider says the elder Bush of 92 years will be casting his vote "
                     "for the Democratic nominee Hillary Clinton.\n\n"
                     "That insider is one of the late Robert F. Kennedy’s daughters, Kathleen "
                     "Hartington Kennedy Townsend. She is a former Democratic lieutenant governor "
                     "of Maryland.\n\n"
                     "On Monday, she posted a picture of her shaking hands with Bill Clinton’s "
                     "predecessor with the caption: “The President told me he’s voting for "
                     "Hillary!!”"),
            (V{""}));
}

TEST(SpeakerRulesRound9Test, CapitalizedHeadlineIsNoUnreadPerson) {
  // AllSides 8cC5Ws6CADCJv6A3 (Fox News): a headline in capitals between the pronoun and
  // its antecedent names no one ("MERYL STREEP, JIMMY FALLON AND MORE …").
  EXPECT_EQ(Speakers("President-elect Donald Trump said he was not surprised by the attack.\n\n"
                     "MERYL STREEP, JIMMY FALLON AND MORE USE GOLDEN GLOBES STAGE TO SLAM TRUMP\n\n"
                     "“I was never mocking anyone. I was calling into question a reporter who had "
                     "gotten nervous because he had changed his story,” he told the New York "
                     "Times."),
            (V{"Donald Trump"}));
}

}  // namespace
}  // namespace claimdup
