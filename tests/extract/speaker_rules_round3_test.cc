// Speaker attribution rules of the third round, each on real news (AllSides dev half,
// ../shared/real/allsides_dev.jsonl.zst; the article id is in each comment; a snippet joined
// from two places of one article says so), checked against what a careful reader says.
#include <string>
#include <vector>

#include "extract/claim_extractor.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

// The speaker of each claim of a text.
constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound3Test, ColonIntroducedQuoteTakesTheSentenceSubject) {
  // 5GxLiDDq8UNFTu5v (joined from two places): no speech verb before the colon: the quote had
  // no speaker.
  EXPECT_EQ(Speakers("A couple of months ago, the media, almost as one, decided that "
                     "Governor Ron DeSantis was a public menace who was going to get "
                     "Floridians killed with his lax response to the coronavirus "
                     "crisis.\n\nAt the outset, DeSantis looked at South Korea’s "
                     "experience: “I just thought it was so dramatic, the extent to "
                     "which this was concentrated in the older age groups. I think "
                     "the first real fresh set of South Korea numbers I looked at, I "
                     "think it had no fatalities under 30, and then 80 percent of "
                     "them were 70 and above or something like that. It was really, "
                     "really dramatic.”"),
            V{"Ron DeSantis"});
  // Bcs9md85feCcCq79: the subject of the sentence that ends in the colon (the reported claim
  // before it is still missed).
  EXPECT_EQ(Speakers("Ted Cruz took the usual supply-side happy-talk about tax cuts "
                     "producing massive economic benefits to new, unusually concrete "
                     "levels, claiming that instituting a 10 percent flat personal "
                     "income tax and a 16 percent value-added tax, and eliminating "
                     "the payroll tax, the \"death tax,\" the corporate income tax, "
                     "and the IRS, and the departments of Commerce, Energy, and "
                     "Housing and Urban Development, would lead \"every income "
                     "group\" to \"see double-digit increases…of at least 14 "
                     "percent.\"\n\nFourteen percent increases in what? Cruz provided "
                     "an example that indicated he meant a 14 percent increase in "
                     "income: \"So if you're a single mom, if you're making $40,000 a "
                     "year, what that means is an extra about $5,000 in your pocket…\""),
            (V{"", "Ted Cruz"}));
  // 5GxLiDDq8UNFTu5v (joined from two places): a colon set apart from its word (`control :`).
  EXPECT_EQ(Speakers("A couple of months ago, the media, almost as one, decided that "
                     "Governor Ron DeSantis was a public menace.\n\nFlorida fortified the "
                     "hospitals with PPE, too, but DeSantis realized that it wouldn’t do "
                     "the hospitals any good if infection in the nursing homes ran out "
                     "of control : “If I can send PPE to the nursing homes, and they can "
                     "prevent an outbreak there, that’s going to do more to lower the "
                     "burden on hospitals than me just sending them another 500,000 N95 "
                     "masks.”"),
            V{"Ron DeSantis"});
  // nTJq5MSW3Wx1rNFd: an imperative opening (`See also`) is no person.
  EXPECT_EQ(Speakers("-- See also John Fleck's reply: \"So how are we going to build these "
                     "western water markets?\""),
            V{""});
}

TEST(SpeakerRulesRound3Test, NameRunClosedByCommaBeforeAppositive) {
  // GDYjPxH9jfKDM5pV: `X, R-Calif., ripped …, saying`: the name run ends at its comma.
  EXPECT_EQ(Speakers("House Minority Leader Kevin McCarthy, R-Calif., ripped into the "
                     "Democratic efforts, saying, “This is not a moment this body "
                     "should be proud of. As Pelosi says, impeachment is a national "
                     "civics lesson. Let's use this blunder as a teachable moment.”"),
            V{"Kevin McCarthy"});
}

TEST(SpeakerRulesRound3Test, StatementFromAPersonIsTheirs) {
  // VhcTGBBygh0rKgqU: `said a statement from X`.
  EXPECT_EQ(Speakers("\"It is the position of the Office of the First Lady that she "
                     "(Ricardel) no longer deserves the honor of serving in this "
                     "White House,\" said a statement from Stephanie Grisham, the "
                     "first lady's communications director."),
            V{"Stephanie Grisham"});
}

TEST(SpeakerRulesRound3Test, QuoteOpeningWithAndContinuesTheSpeaker) {
  // 15iTQsmNnnS8BVk0: `… says X. And "…"`.
  EXPECT_EQ(Speakers("“For new diseases, we don’t see 100 to 200 patients a week; it "
                     "usually takes a whole career,” says Megan Coffee, an "
                     "infectious-disease doctor at NYU Langone Health. And “if you "
                     "see enough cases of other diseases, you’ll see unusual things.”"),
            (V{"Megan Coffee", "Megan Coffee"}));
}

TEST(SpeakerRulesRound3Test, PartyStateTagIsAnAside) {
  // DSLAVevpxoUVN31n: `D-R.I.,` ended the sentence, leaving the verb without its subject.
  EXPECT_EQ(Speakers("\"From a human level, cutting 1.3 million Americans off their "
                     "lifeline doesn't make any sense and it's not anything we should "
                     "be doing,\" Sen. Jack Reed, D-R.I., said Thursday in a "
                     "conference call with reporters."),
            V{"Jack Reed"});
  // QWyuTzIeu9eW1HNH: `R-Md.` is no name for the pronoun after it.
  EXPECT_EQ(Speakers("Rep. Elijah Cummings, R-Md., ranking Democrat on the oversight "
                     "committee, told \"Fox News Sunday\" that the confrontation was "
                     "entirely avoidable.\n\n\"I think it's extremely unfortunate,\" "
                     "he said. \"The attorney general has made it clear that he is "
                     "willing to work with this Congress.\""),
            (V{"Elijah Cummings", "Elijah Cummings"}));
}

TEST(SpeakerRulesRound3Test, TitlesBeforeANameKeepTheName) {
  // hzmIwqAyW8rxSnA5: "Fraternal Order" was taken for the speaker.
  EXPECT_EQ(Speakers("In a statement, Fraternal Order of Police president Chuck "
                     "Canterbury said Sessions is \"a great friend of the FOP and to "
                     "police.\""),
            V{"Chuck Canterbury"});
  // ZhwYzwqfSNNbfxB9: the employer after the name is not the speaker.
  EXPECT_EQ(Speakers("Indeed, as James Hohmann of the Washington Post writes, “many "
                     "Americans seem far less interested in partisan politics now "
                     "than the virus’s potential impact on their lives and their "
                     "livelihoods.”"),
            V{"James Hohmann"});
}

TEST(SpeakerRulesRound3Test, NameAfterAnEmployerWordIsNoSpeaker) {
  // 7qkyjzgEupDLzP4Y: "Human Services" (of the Department of Health and …) was taken for the
  // speaker; the official is not named.
  EXPECT_EQ(Speakers("As an official from the Department of Health and Human Services "
                     "said in an email, \"The pill, the ring and the patch are "
                     "different types of hormonal methods. ... It is not permissible "
                     "to cover only the pill, but not the ring or the patch.\""),
            V{""});
}

TEST(SpeakerRulesRound3Test, TitleWordAsSurname) {
  // KSCIgxmVd0IhbyBQ: "King" is a surname here, not a title.
  EXPECT_EQ(Speakers("\"If they willingly knew that this was classified information, "
                     "I think actions should be taken, especially on something of "
                     "this magnitude,\" said Rep. Peter King, a New York Republican "
                     "who leads the House Homeland Security subcommittee on "
                     "Counterintelligence and Terrorism."),
            V{"Peter King"});
}

TEST(SpeakerRulesRound3Test, PlaceBeforeATitleIsNoPerson) {
  // MQpiF8ZZH8fuWqnd: "New York City" (former New York City Mayor Michael Bloomberg) was taken
  // for "she". Since the sixteenth round (a) "she" is Gabbard, right: the one-word speaker of
  // the first quote is an antecedent (`Gabbard, who has refused …`); before, it got none.
  EXPECT_EQ(Speakers("“@JoeBiden @BernieSanders I’m sure you would agree that our "
                     "Democratic nominee should be a person who will stand up for "
                     "what is right. So I ask that you have the courage to do that "
                     "now in the face of the DNC's effort to keep me from "
                     "participating in the debates. #LetTulsiDebate,” Gabbard tweeted "
                     "late Friday night.\n\nTo keep me off the stage, the DNC again "
                     "arbitrarily changed the debate qualifications. Previously they "
                     "changed the qualifications in the OPPOSITE direction so "
                     "Bloomberg could debate. I ask that you stand w/ me against the "
                     "DNC’s transparent effort to exclude me from the debates. — "
                     "Tulsi Gabbard (@TulsiGabbard) March 7, "
                     "2020\n\nADVERTISEMENT\n\nThe direct call to Biden and Sanders, "
                     "the two heavyweights remaining in the 2020 primary race, comes "
                     "after the DNC said candidates must have garnered at least 20 "
                     "percent of the delegates awarded thus far to make the debate "
                     "stage in Phoenix on March 15.\n\nGabbard, who has refused to "
                     "drop her long-shot White House bid despite dismal results in "
                     "the first several nominating states, has garnered just two of "
                     "the 1,385 delegates awarded thus far, falling way below the "
                     "threshold. She has not qualified for a debate since November "
                     "under previous standards from the DNC.\n\nSix states will hold "
                     "primaries and caucuses Tuesday, though it is virtually "
                     "impossible that Gabbard will net enough delegates from the "
                     "contests to hit the 20 percent mark.\n\nADVERTISEMENT\n\nThe "
                     "Hawaii lawmaker has repeatedly railed against the DNC, accusing "
                     "it at times of seeking to kneecap her campaign. She "
                     "specifically cited a rule change last month regarding the "
                     "polling qualifications for debates that allowed former New York "
                     "City Mayor Michael Bloomberg Michael BloombergBiden proves old "
                     "dogs can learn new tricks Bloomberg donates M to group looking "
                     "to turn out black voters Biden holds wide lead over Sanders in "
                     "Arizona: poll MORE to appear onstage twice before he dropped "
                     "out of the race.\n\n“To keep me off the stage, the DNC again "
                     "arbitrarily changed the debate qualifications,” she tweeted."),
            (V{"Gabbard", "Gabbard"}));
}

TEST(SpeakerRulesRound3Test, NamesStopAtParagraphEnds) {
  // oSFtw6ToH909RiqK: a byline's outlet and the next paragraph's first word are no person.
  EXPECT_EQ(Speakers("Lisa Lerer, New York Times\n\nDated but relevant: “The fact is "
                     "that a foreign policy that elevates America's narrow national "
                     "interest above any broader concerns will inevitably lead to "
                     "unsavory realpolitik alliances, regardless of whether it is "
                     "pro- or anti-war. If ‘The Blob’ — as the bipartisan "
                     "interventionist foreign policy establishment is sarcastically "
                     "called — has a tendency to exaggerate the threat posed to the "
                     "international order by regimes that don't play by America's "
                     "rules in order to justify overthrowing them, Gabbard-style "
                     "anti-interventionist nationalists have a tendency to downplay "
                     "the threat that odious regimes who play ball with America pose "
                     "for their own people in order to enlist them…”"),
            V{""});
}

TEST(SpeakerRulesRound3Test, ParticipleGivesNoSpeechSubject) {
  // M6nOw7koDQAWfKGd: `… he’s holding off telling …` read back across `In Bartlett, Tenn.,`.
  EXPECT_EQ(Speakers("In Bartlett, Tenn., a town of about 55,000 just northeast of "
                     "Memphis, Mayor Keith McDonald told POLITICO that he’s holding "
                     "off telling his constituents they won’t face a tax increase in "
                     "the coming year — as he likes to do each winter — because of "
                     "the sequester sting.\n\n“We’re still waiting to see the actual "
                     "impact to our community,” he said in an interview."),
            V{"Keith McDonald"});
}

TEST(SpeakerRulesRound3Test, PronounLedSentenceIsNotTheAntecedent) {
  // R1Hu3e1fC83ZQRWY (joined from two places): `he` in the sentence before leads it; the names
  // after are others.
  EXPECT_EQ(Speakers("France's President Emmanuel Macron and Donald Trump skipped "
                     "through Tuesday kissing, hugging, holding hands and rubbing "
                     "each others' shoulders.\n\nMacron can't achieve any of those "
                     "goals without bringing along Trump himself, and effectively "
                     "convincing the US leader to compromise on positions he feels "
                     "with visceral and genuine intensity or at least to keep him "
                     "from damaging a global system he often deplores.\n\nThat's why "
                     "he is developing an unusually touchy-feely relationship with "
                     "Trump -- which he compared to the kissing, hugging and "
                     "hand-shaking that went on between US founding father Benjamin "
                     "Franklin and the French philosopher Voltaire.\n\n\"It can "
                     "remind you something,\" he quipped in the House of "
                     "Representatives."),
            V{"Emmanuel Macron"});
}

TEST(SpeakerRulesRound3Test, RoleWordsBeforeAFullName) {
  // DrbwLREZRvdWACkh: a lower-case role before the name hid the attribution.
  EXPECT_EQ(Speakers("\"We had the riots, we had cities burning, the rise of the "
                     "Black Panther Party, turbulence in the country,\" broadcaster "
                     "and writer Earl Ofari Hutchinson told The Hill."),
            V{"Earl Ofari Hutchinson"});
}

TEST(SpeakerRulesRound3Test, GivenNameDecidesOverAManRole) {
  // K5rgodUOd0sn8Lu3: "Chairman" made Dianne Feinstein a "he"; "she" went to Obama.
  EXPECT_EQ(Speakers("Senate Intelligence Committee Chairman Dianne Feinstein, D-Calif., on "
                     "Friday warned the militants’ next target may be Baghdad, with "
                     "ambitions to attack the West. She urged an expanded confrontation."
                     "\n\n“It takes an army to defeat an army, and I believe that we "
                     "either confront [IS] now or we will be forced to deal with an even "
                     "stronger enemy in the future. Inaction is no longer an option,” she "
                     "said in a statement."),
            V{"Dianne Feinstein"});
}

}  // namespace
}  // namespace claimdup
