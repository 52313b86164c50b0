// Speaker attribution rules, each on real news (../shared/real/allsides_dev.jsonl.zst; the
// article id is in each comment), checked against what a careful reader of the article says.
#include <string>
#include <vector>

#include "extract/claim_extractor.h"
#include "extract/given_names.h"
#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

// The speaker of each claim of a text.
constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesTest, RoleWordsBeforeTheNameAreNotTheName) {
  // XPxKOEXbxuk9pgbQ: "GOP" was taken for the speaker.
  EXPECT_EQ(Speakers("\"President Clinton has been to Kentucky nearly every cycle to promote his "
                     "favored candidate and every cycle that candidate has lost resoundingly,\" "
                     "agreed GOP strategist Brian Walsh, who served as communications director "
                     "for the National Republican Senatorial Committee."),
            V{"Brian Walsh"});
  // GW1yN7Xh4krWNEJ3: the organization, not the person named right there.
  EXPECT_EQ(Speakers("\"This now is an unprecedented situation,\" said Qiagen corporate "
                     "spokesman Thomas Theuringer. \"Demand is exploding, especially in the "
                     "United States.\""),
            (V{"Thomas Theuringer", "Thomas Theuringer"}));
}

TEST(SpeakerRulesTest, PlaceAfterTheNameIsNotTheName) {
  // JP8wBFz0hdaHpH5Z: "Virginia" was taken for the speaker.
  EXPECT_EQ(Speakers("“I wish that he would have said those same words on Saturday,” responded "
                     "Democratic Senator Mark Warner of Virginia on MSNBC. “I’m disappointed it "
                     "took him a couple of days.”"),
            (V{"Mark Warner", "Mark Warner"}));
  // wZf5f9tkb8zVFFJr: the name, its place and a relative clause before the verb.
  EXPECT_EQ(Speakers("\"Based on some of the reports we've seen this weekend, I'm very "
                     "concerned about this,\" Democratic Sen. Amy Klobuchar of Minnesota, who "
                     "sits on the Senate Judiciary Committee, said on CNN."),
            V{"Amy Klobuchar"});
}

TEST(SpeakerRulesTest, AppositiveAfterTheNameKeepsTheName) {
  // Vf0TXLIvyNcAUmPT: the second quote continues the same speaker's statement.
  EXPECT_EQ(Speakers("In Orange County alone, “the number of Election Day vote-by-mail dropoffs "
                     "was unprecedented — over 250,000,” Fred Whitaker, chairman of the county "
                     "Republican Party, said in a note to supporters. “This is a direct result "
                     "of ballot harvesting allowed under California law for the first time.”"),
            (V{"Fred Whitaker", "Fred Whitaker"}));
  // tXMSi0kWWeq5W8ar: a place in the appositive.
  EXPECT_EQ(Speakers("\"It's antiquated as much as it's offensive,\" Clark Lee Walker, a "
                     "Comanche from Austin, Texas, told the paper."),
            V{"Clark Lee Walker"});
  // PoVSfyTJt1wC2GRm: the employer in the appositive is not the speaker.
  EXPECT_EQ(Speakers("Nick Merrill, the spokesman for Clinton, defended the aides' use of "
                     "personal email saying that it was \"their practice to primarily use their "
                     "work email when conducting state business.\""),
            V{"Nick Merrill"});
}

TEST(SpeakerRulesTest, PossessiveIsNotTheSubject) {
  // joctv2xO7gzPWBbS: "he" is Bill Clinton, not Bush.
  EXPECT_EQ(Speakers("Bush's predecessor Bill Clinton perhaps had a higher opinion of Mandela.\n\n"
                     "\"Every time Nelson Mandela walks in a room we all feel a little bigger,\" "
                     "he said."),
            V{"Bill Clinton"});
}

TEST(SpeakerRulesTest, PronounAgreesWithTheGivenName) {
  // gCSQUWRGeDPLMxN8 (shortened): "he" cannot be Tammy Duckworth... nor Nancy.
  EXPECT_EQ(Speakers("Sen. Nancy Duckworth answered Fox News host Tucker Carlson on Monday.\n\n"
                     "“You’re not supposed to criticize Tammy Duckworth in any way because she "
                     "once served in the military,” he said."),
            V{"Tucker Carlson"});
  EXPECT_EQ(GivenNameGender("Nancy"), Gender::kFemale);
  EXPECT_EQ(GivenNameGender("Mitch"), Gender::kMale);
  EXPECT_EQ(GivenNameGender("Alexis"), Gender::kUnknown);
  EXPECT_TRUE(IsGivenName("Alexis"));
}

TEST(SpeakerRulesTest, SheResolvesToSomeoneWhoCanBeShe) {
  // 7qYnjHPrFF2xJVXX: the last man named is not "she".
  EXPECT_EQ(Speakers("Watching Sanders at the state fair on Sunday, Alexis Johnson, 33, of Des "
                     "Moines, said beating Trump was her top priority as a voter.\n\n"
                     "“It’s going to Bernie or Biden, I feel like,” she said. “And Bernie’s my "
                     "man.”"),
            (V{"Alexis Johnson", "Alexis Johnson"}));
}

TEST(SpeakerRulesTest, QuoteAfterASpeechSentenceIsThatSpeakers) {
  // slPhAGhse6tXLkoV.
  EXPECT_EQ(Speakers("Boehner can’t corral Tea Party Republicans to support a bipartisan "
                     "compromise to raise the debt ceiling, Van Hollen said. “I’m very nervous "
                     "that he can’t see his way to putting on the table a decent way out.”"),
            V{"Van Hollen"});
}

TEST(SpeakerRulesTest, ContinuedQuoteParagraphKeepsTheSpeaker) {
  // yqdFnHmtFJFIqNlP.
  EXPECT_EQ(Speakers("“The concern for Democrats has to be that Republicans are pretty united,” "
                     "Geoffrey Skelley, a political analyst at the University of Virginia, said, "
                     "citing issues like immigration.\n\n"
                     "“If you are looking for a way to make sure more Republicans turn up than "
                     "expected, these kinds of issues might be the ticket.”"),
            (V{"Geoffrey Skelley", "Geoffrey Skelley"}));
}

TEST(SpeakerRulesTest, PartialQuoteBelongsToTheSentenceSubject) {
  // 69mkc7zfiZ1pUEDv: the subject before a relative clause holding another quote.
  EXPECT_EQ(Speakers("Mr. Jindal, who praised Mr. Robertson and his family as “great citizens "
                     "of the State of Louisiana,” noted that “the politically correct crowd is "
                     "tolerant of all viewpoints, except those they disagree with.”"),
            (V{"Jindal", "Jindal"}));
}

TEST(SpeakerRulesTest, NearestAttributionVerbWins) {
  // Two quotes, two speakers in one paragraph: the second is not the first one's.
  EXPECT_EQ(Speakers("\"We are confident about the plan going forward,\" Pauley said. \"We will "
                     "see what the voters decide in November,\" Clinton said."),
            (V{"Pauley", "Clinton"}));
}

TEST(SpeakerRulesTest, OrganizationOnlyWhenNoPersonIsNamed) {
  // zYAWH3jIuHb1VBFy: told CNN: CNN is the listener; the person is in the appositive.
  EXPECT_EQ(Speakers("His wife, Paige Mitchell, told CNN on Wednesday that \"95% of what is "
                     "being said\" about her mother-in-law is not true.\n\n"
                     "\"They don't have the facts to prove this,\" she said."),
            (V{"Paige Mitchell", "Paige Mitchell"}));
  EXPECT_EQ(Speakers("\"We will keep fighting for our members every single day,\" NATO said."),
            V{"NATO"});
}

TEST(SpeakerRulesTest, AuxiliaryBetweenNameAndVerb) {
  // KXXn1Z9ulAPrjMgC: "has said that" left both quotes without a speaker.
  EXPECT_EQ(Speakers("Director of National Intelligence Dan Coats has said that the \"warning "
                     "lights are blinking red again\" about future Russian cyberattacks and that "
                     "\"the digital infrastructure that serves this country is literally under "
                     "attack.\""),
            (V{"Dan Coats", "Dan Coats"}));
}

TEST(SpeakerRulesTest, ParticipleSharesTheSentenceSubject) {
  // vizNWmaxvRKXVicY: `…, saying "…"` after an opening phrase; Obama was taken for the
  // speaker.
  EXPECT_EQ(Speakers("In responding to Biden's attacks, Warren made sure to praise former "
                     "President Barack Obama, saying, \"We all owe huge debt to President "
                     "Obama\" for the Affordable Care Act."),
            V{"Warren"});
  // hgZljmEW8cb8xByd: `… and accused …`: the sentence's subject, not the speaker of the
  // reported speech before it.
  EXPECT_EQ(Speakers("Strategic Affairs Minister Yuval Steinitz told reporters in Jerusalem on "
                     "Sunday that Kerry had said \"hurtful, unfair, intolerable things,\" and "
                     "accused the secretary of trying to force the Jewish state to \"negotiate "
                     "with a gun to its head.\""),
            V{"Yuval Steinitz"});
  // siUI1ufauYDOhFLQ: `X called Y a "…" and said, "…"`: X, not the man X called.
  EXPECT_EQ(Speakers("President Donald Trump defended Acosta.\n\nIn 2002, about three years "
                     "before investigators opened their first probe into Epstein, Trump told New "
                     "York Magazine he had known Epstein for 15 years. Trump called Epstein a "
                     "\"terrific guy\" and said, \"He's a lot of fun to be with. It is even said "
                     "that he likes beautiful women as much as I do.\""),
            V{"Donald Trump"});
}

TEST(PersonSurnameTest, PeopleAreComparedBySurnameOrganizationsNot) {
  EXPECT_EQ(PersonSurname("Jim Risch"), "risch");
  EXPECT_EQ(PersonSurname("James Risch"), "risch");
  EXPECT_EQ(PersonSurname("Donald Trump Jr."), "trump");
  EXPECT_EQ(PersonSurname("Martin Luther King Jr"), "king");
  EXPECT_EQ(PersonSurname("Trump"), "");              // One word says too little.
  EXPECT_EQ(PersonSurname("White House"), "");        // Not a given name first.
  EXPECT_EQ(PersonSurname("Bureau of Prisons"), "");
  EXPECT_EQ(PersonSurname("Though Hassett"), "");     // A misread name is no person.
  // "Washington" is also a given name: a publication credited for Deborah Ramirez's words
  // (AllSides dev, cluster "attacked by students 'from an elitist boys' school'") must not
  // keep the two copies apart as two people.
  EXPECT_EQ(PersonSurname("Washington Post"), "");
  EXPECT_EQ(PersonSurname(""), "");
}

TEST(SpeakerRulesTest, APublicationNamedAfterAPlaceKeepsItsWholeName) {
  // Fox Online News and Breitbart (dev half): "York" is also a given name, and a given name
  // inside a long capitalized run starts a person's name ("National Intelligence Dan
  // Coats"), which made the speaker "York Times".
  EXPECT_EQ(testing::SpeakersOf(
                "The New York Times reported that \u201cin private, aides said, Mr. Trump has "
                "been nursing a collection of festering grievances, including Mr. Comey\u2019s "
                "handling of the Russia investigation.\u201d"),
            (std::vector<std::string>{"New York Times"}));
  EXPECT_EQ(testing::SpeakersOf("The New York Times wrote, \u201cMrs. Reagan was a fierce guardian "
                                "of her husband\u2019s image, sometimes at the expense of her "
                                "own.\u201d"),
            (std::vector<std::string>{"New York Times"}));
}

TEST(SpeakerRulesTest, SentenceAdverbsBeforeANameAreNotPartOfIt) {
  // Christian Science Monitor (dev half): "Though Reuters reports that …" gave the speaker
  // "Though Reuters"; "Even Bernie Sanders" and "Moreover" did the same.
  EXPECT_EQ(testing::SpeakersOf("Though Reuters reports that Centcom did not identify the "
                                "group, other media outlets write that the target was the "
                                "Khorasan group, a cadre of Al Qaeda veterans that poses \"a more "
                                "direct and imminent threat to the United States\" than IS."),
            (std::vector<std::string>{"Reuters"}));
  EXPECT_EQ(testing::SpeakersOf("Even Bernie Sanders admits it: \u201cI have not done enough to "
                                "explain my foreign policy positions.\u201d"),
            (std::vector<std::string>{"Bernie Sanders"}));
}

TEST(SpeakerRulesTest, AQuoteAfterASentenceOfTellingIsTheTellers) {
  // bfw-0887 (BuzzFeed-Webis): "… when Kathy Miller told reporters that …" + a quote.
  EXPECT_EQ(testing::SpeakersOf(
                "Republican nominee Donald Trump\u2019s Ohio chairwoman recently took it upon "
                "herself to prove to the world just how delusional the right-wing in America "
                "really is when Kathy Miller told reporters that racism in America didn\u2019t "
                "exist until President Obama. \u201cI don\u2019t think there was any racism until "
                "Obama got elected. We never had problems like this.\u201d"),
            (std::vector<std::string>{"Kathy Miller"}));
  // After "asked" the quote is the answer: no speaker from the asker.
  EXPECT_EQ(testing::SpeakersOf("Reporters asked Kathy Miller about racism. \u201cI don\u2019t "
                                "think there was any racism until Obama got elected.\u201d"),
            (std::vector<std::string>{""}));
}

}  // namespace
}  // namespace claimdup
