// Speaker attribution rules of the twentieth round (c), on real news (../shared/real/: the
// dump and article id are in each comment): an owner's possessive ends a person's name after
// it (`the New York Times’s Nate Cohn` is Nate Cohn, not "York Times Nate Cohn"), but not a
// body's name (`Qatar's Ministry of Foreign Affairs`, `Connecticut's Senate`); and a
// possessive speech noun with "that" right before the quote names who said it wherever the
// phrase stands (`agree with … Barbara Bush’s statement that "…"`), but not after a speech
// verb, whose clause "that" opens; `the First Lady said` is a title, which names the one
// person the article writes after "first lady"; `Here's more from Sturgeon:` introduces her
// words (docs/speaker_rounds.md, twentieth round (c)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev QfkYzJfCNoMh3D7L (Vox): the outlet's last words were kept in the name, cut to
// four words: "York Times Nate Cohn".
TEST(SpeakerRulesRound20c, OutletPossessiveIsNoPartOfTheName) {
  const std::vector<std::string> speakers = Speakers(
      "In journalism and polling, premature obituaries of Trump have been one common problem. "
      "In July 2015, the New York Times\xE2\x80\x99s Nate Cohn remarked on \"a shift that will "
      "probably mark the moment when Trump\xE2\x80\x99s candidacy went from boom to bust.\" "
      "(That was a reference to Trump crudely attacking John McCain.)");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Nate Cohn");
}

// AllSides dev 5gf20DJv7UZy2IkJ (CNN): `the New Yorker's Ryan Lizza` was "Yorker Ryan Lizza".
TEST(SpeakerRulesRound20c, NewYorkersWriter) {
  const std::vector<std::string> speakers = Speakers(
      "company officials noted that in the month before the fire Issa had increased his "
      "insurance from $100,000 to $462,000. As the New Yorker's Ryan Lizza noted, the \"Ohio "
      "state fire marshal never determined the cause of the fire and no one was ever charged "
      "with a crime\"; Issa and the insurance company settled out of court.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Ryan Lizza");
}

// AllSides dev TrWXIO2JMZJQuoJT (Media Matters): `Fox's Starnes:` was "Fox Starnes"; cut at
// the possessive, the surname is the Todd Starnes the article names.
TEST(SpeakerRulesRound20c, SurnameAfterOutletPossessive) {
  const std::vector<std::string> speakers = Speakers(
      "In a June 23 post on Fox Nation, Fox News Radio host Todd Starnes framed the South "
      "Carolina flag removal as an attack on Southern heritage.\n\n"
      "Fox's Starnes: \xE2\x80\x9CThe Cultural Cleansing Of The Southern States Begins.\xE2\x80\x9D");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Todd Starnes");
}

// AllSides dev 2nuPI9RlkhiyxtUL: a body's name goes on past the possessive; it stays the
// speaker.
TEST(SpeakerRulesRound20c, BodyAfterCountryPossessiveKept) {
  const std::vector<std::string> speakers = Speakers(
      "On Thursday, a number of countries in the region condemned Foley's murder.\n\n"
      "Qatar's Ministry of Foreign Affairs called the killing a \"heinous crime that goes "
      "against all Islamic and humanitarian principles, as well as international laws and "
      "conventions.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Qatar's Ministry of Foreign Affairs");
}

// AllSides dev 2FFl1RZDKZqjkWJP: `Connecticut's Senate` is no person "Senate" (cut at the
// possessive, it went to "the New York Senate" named later in the article); the governor said
// it. A guard: this snippet passes with or without the generic-body check, the whole article
// did not.
TEST(SpeakerRulesRound20c, ChamberAfterStatePossessiveIsNoPerson) {
  const std::vector<std::string> speakers = Speakers(
      "Connecticut's Senate gave final approval to the bill over the weekend, using a 21-14 "
      "vote to send the legislation to Gov. Dannel Malloy \xE2\x80\x94 who responded by saying, "
      "\"I applaud the General Assembly for passing this legislation.\"\n\n"
      "Republicans control three legislative chambers: the Arizona House, the Oklahoma Senate "
      "and the New York Senate.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "York Senate");
  EXPECT_NE(speakers[0], "New York Senate");
}

// AllSides dev 1nk9a9J17h9UELlx (Washington Times): the poll's respondents agree with the
// statement; its words are Barbara Bush's (none before: the phrase opens no clause).
TEST(SpeakerRulesRound20c, PossessiveStatementThatAfterAVerb) {
  const std::vector<std::string> speakers = Speakers(
      "Mr. Bush\xE2\x80\x99s last name could present a problem for him if he chooses to run, "
      "said a new NBC News/Wall Street Journal poll.\n\n"
      "Sixty-nine percent agree with former first lady Barbara Bush\xE2\x80\x99s statement that "
      "\xE2\x80\x9Cthere are more than two or three families who should run for high office in "
      "America.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Barbara Bush");
}

// AllSides dev A4yV01kXYi1g3TJz (CNN): the spokesman cites the analyst's comment; the words
// are Peter Bergen's.
TEST(SpeakerRulesRound20c, CitingAnalystsCommentThat) {
  const std::vector<std::string> speakers = Speakers(
      "Other former administration officials have panned the report as well, and during the "
      "daily press briefing, White House spokesman Josh Earnest again dismissed the report, "
      "citing CNN National Security Analyst Peter Bergen's comment that \"what's true in this "
      "story isn't new, and what's new in the story isn't true.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Peter Bergen");
}

// AllSides dev TLRM9aKGBnrnvFtp (NPR): "that" opens what Kerry said, not Romney's remarks.
TEST(SpeakerRulesRound20c, ThatAfterSpeechVerbIsTheVerbs) {
  const std::vector<std::string> speakers = Speakers(
      "In the first hours after the embassy attack, Republican presidential hopeful Mitt Romney "
      "weighed in, criticizing a statement issued by the State Department.\n\n"
      "Asked whether he might have spoken too soon about the events in Libya, Romney said: \"I "
      "don't think we ever hesitate when we see something that is a violation of our "
      "principles.\"\n\nSen. John Kerry, D-Mass., chairman of the Senate Foreign Relations "
      "Committee, said in apparent reference to Romney's remarks that \"it is exactly the wrong "
      "time to throw political punches. It is a time to restore calm and proceed wisely.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "John Kerry");
}

// BuzzFeed-Webis bfw-0182 (Addicting Info): "First Lady" was taken for a name.
TEST(SpeakerRulesRound20c, TheFirstLadyIsTheOneNamed) {
  const std::vector<std::string> speakers = Speakers(
      "Because when First Lady Michelle Obama talked about slavery and the great progress our "
      "country has made since the Civil War, conservatives took to Twitter to whine.\n\n"
      "\xE2\x80\x9CWhen you think about the fact that my great-great grandfather was a slave "
      "and today I live in the White House, that progress is huge and it\xE2\x80\x99s "
      "fast,\xE2\x80\x9D the First Lady said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Michelle Obama");
}

// AllSides dev 9KQruH1Zhd7YzomR (New York Post): `the first lady continued` was nobody.
TEST(SpeakerRulesRound20c, LowerCaseFirstLady) {
  const std::vector<std::string> speakers = Speakers(
      "First lady Melania Trump was both cheered and loudly booed by students when she appeared "
      "Tuesday in Baltimore to speak at the B\xE2\x80\x99MORE Youth Summit on Opioid "
      "Awareness.\n\nShe also touted her \xE2\x80\x9C" "Be Best\xE2\x80\x9D initiative that "
      "aims to stop bullying.\n\n\xE2\x80\x9CI hope that in the days and weeks ahead, you "
      "will think about what you learned here today,\xE2\x80\x9D the first lady continued.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Melania Trump");
}

// Two first ladies named (the same sentences with Jill Biden added): nobody.
TEST(SpeakerRulesRound20c, TwoFirstLadiesNameNobody) {
  const std::vector<std::string> speakers = Speakers(
      "First lady Melania Trump and former first lady Jill Biden appeared Tuesday in Baltimore "
      "at the Youth Summit on Opioid Awareness.\n\n\xE2\x80\x9CI hope that in the days and "
      "weeks ahead, you will think about what you learned here today,\xE2\x80\x9D the first "
      "lady continued.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

// AllSides dev NATCiDucgNkJ0SqQ (NPR): `more from NAME:` + a quote paragraph was nobody's.
TEST(SpeakerRulesRound20c, MoreFromNameColon) {
  const std::vector<std::string> speakers = Speakers(
      "Meanwhile, Scottish First Minister Nicola Sturgeon raised a whole new set of questions "
      "Sunday when she suggested Scotland could potentially block Britain from leaving the EU.\n\n"
      "She says in that case, she'd ask the parliament not to consent. Here's more from "
      "Sturgeon:\n\n\"If the Scottish parliament is judging this on the basis of what's right "
      "for Scotland, then the option of saying we're not going to vote for something that's "
      "against Scotland's interests, that's got to be on the table.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Nicola Sturgeon");
}

// AllSides dev VvDw5pXtl5OrKfF7 (Slate): `a … question from Chief Justice John Roberts:`.
TEST(SpeakerRulesRound20c, QuestionFromNameColon) {
  const std::vector<std::string> speakers = Speakers(
      "If a law produces socially undesirable results, it\xE2\x80\x99s the job of Congress to "
      "amend that law. This prompted a stunning but revealing question from Chief Justice John "
      "Roberts: \xE2\x80\x9CWhat law is Congress supposed to change?\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "John Roberts");
}

}  // namespace
}  // namespace claimdup
