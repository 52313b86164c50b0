// Speaker attribution rules of the twentieth round (a), on real news (../shared/real/: the
// dump and article id are in each comment): participles whose clause subject was refused. A
// state abbreviation after a town's comma is an aside, not a sentence end (`in Ferguson, Mo.,
// saying`); rank abbreviations (`Cpl.`) end no sentence; a participle after a quote whose comma
// is its own shares the sentence's subject (`rejected the NRA's "…," saying "…"`)
// (docs/speaker_rounds.md, twentieth round (a)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 0gFN83VCXcdM44gG (Politico): `Mo.,` ended the sentence, so "saying" had no
// subject.
TEST(SpeakerRulesRound20a, StateAfterATownEndsNoSentence) {
  const std::vector<std::string> speakers = Speakers(
      "President Barack Obama expressed concern Thursday about the \xE2\x80\x9Cviolent "
      "turn\xE2\x80\x9D "
      "in Ferguson, Mo., saying \xE2\x80\x9Cnow is the time for healing\xE2\x80\x9D following "
      "days of protests after a fatal police shooting.\n\n\xE2\x80\x9CNow is the time for "
      "peace and calm on the streets of Ferguson,\xE2\x80\x9D Obama said from Martha\xE2\x80\x99s "
      "Vineyard, where he is vacationing. \xE2\x80\x9CNow is the time for an open and transparent "
      "process to see that justice is done.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(speakers[0], "Barack Obama");
}

// AllSides dev fGhv46bcV0njU89u (TIME): after "the", the town is an aside too; read on, it was
// the subject of "says" (`Portland`).
TEST(SpeakerRulesRound20a, TownAfterTheIsNoSubject) {
  const std::vector<std::string> speakers = Speakers(
      "Now, however, there are signs of change. Many people in the mostly-white U.S. teacher "
      "population haven\xE2\x80\x99t taken a dedicated course in black history and are learning "
      "as they go, but Ursula Wolfe-Rocca, 44, a white high-school social studies teacher "
      "who teaches black history lessons year-round at a predominantly white school district "
      "in the Portland, Ore., area, says it\xE2\x80\x99s crucial that educators become better "
      "equipped to teach the subject. Otherwise, \xE2\x80\x9Cit reinforces the fundamental "
      "flaw, which is that black history is seen as peripheral,\xE2\x80\x9D she says. "
      "\xE2\x80\x9CThe "
      "answer to why do white kids need black history is that it is history and it\xE2\x80\x99s "
      "their history too. It\xE2\x80\x99s a shared collective past.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Ursula Wolfe-Rocca");
  EXPECT_EQ(speakers[1], "Ursula Wolfe-Rocca");
}

// AllSides dev 5tIfiG1jV0U8gs7L: `Cpl.` ended the sentence before the name (a rank, now an
// abbreviation and a title).
TEST(SpeakerRulesRound20a, RankAbbreviationEndsNoSentence) {
  const std::vector<std::string> speakers = Speakers(
      "The duo was treated for minor burns and frostbite. And it turns out both men were "
      "in possession of cell phones. The sage advice from the Mounties: \xE2\x80\x9CWe certainly "
      "don't recommend lighting your vehicle on fire to stay warm,\" Royal Canadian Mounted "
      "Police Cpl. Jeffrey Feist said. \xE2\x80\x9CStay inside your vehicle and call 911 "
      "if you can.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Jeffrey Feist");
  EXPECT_EQ(speakers[1], "Jeffrey Feist");
}

// AllSides dev 2hi0mfFIKlFXi5ja (Reason): the word before "saying" closes a quote with its
// comma; the participle shares the sentence's subject as after a word.
TEST(SpeakerRulesRound20a, ParticipleAfterAQuotesComma) {
  const std::vector<std::string> speakers = Speakers(
      "Accepting the National Rifle Association's endorsement last week, Donald Trump warned "
      "that Hillary Clinton \"wants to abolish the Second Amendment.\" CNN corrected him, "
      "noting that Clinton \"has never called for the abolition of the 2nd Amendment.\"\n\nThree "
      "of those references to the Second Amendment criticize people for taking it too seriously. "
      "After a mass shooting in Oregon last fall, for instance, Clinton rejected the NRA's "
      "\"single-minded, absolutist theology about the Second Amendment being sacrosanct,\" "
      "saying \"every constitutional right and amendment can be tailored in an appropriate "
      "way without breaching the Constitution.\"");
  ASSERT_EQ(speakers.size(), 4u);
  EXPECT_EQ(speakers[3], "Hillary Clinton");
}

// AllSides dev tiEi6YB0u4UMyOeH (Washington Examiner; its opening sentence, then the paragraph):
// "noting", a speech participle that is no quoting verb, introduces the quote after `"memo 2,"`.
TEST(SpeakerRulesRound20a, SpeechParticipleAfterAQuotesComma) {
  const std::vector<std::string> speakers = Speakers(
      "A scathing inspector general report released Thursday said that fired FBI Director "
      "James Comey violated bureau policies by drafting, leaking and retaining memos documenting "
      "private discussions with President Trump.\n\nAccording to the report, Comey reviewed "
      "his memos on the back porch of his home on June 7, 2017, after the FBI provided them "
      "to him. His first reaction was that some of the classification markings seemed "
      "\"reasonable\" "
      "and some seemed \"overly conservative.\" Comey took issue with the classification "
      "markings on \"memo 2,\" noting that he \"did not see how release of that [information] "
      "damages the security of the United States.\"");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "James Comey");
}

// AllSides dev 091etRvDWuUatVSP (Salon): "pointing out", the participle of a two-word speech
// verb, shares the sentence's subject as "noting" does.
TEST(SpeakerRulesRound20a, PointingOutAfterACommaSharesTheSubject) {
  const std::vector<std::string> speakers = Speakers(
      "\"He obviously knew what he was doing when he had extended magazines, he had suppressors. "
      "He was coming to kill as many people as possible, which is chilling,\" Shannon Watts "
      "of Moms Demand Action told Salon.\n\nWatts disputed the claim that silencers are "
      "necessary to protect from hearing loss, pointing out that \"the military uses ear "
      "protection, not silencers, to protect soldiers' hearing.\"");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1], "Shannon Watts");
}

// AllSides dev 2MYoJIAwZggMLsRF: `insist on pointing out …` follows no comma: no speaker (a first
// draft read it back to "Berkeley").
TEST(SpeakerRulesRound20a, PointingOutAfterNoCommaIsNoAttribution) {
  const std::vector<std::string> speakers = Speakers(
      "I mention all of this because every time I read or hear about the pathetic state "
      "of affairs at the University of California, Berkeley \xE2\x80\x94 where conservative "
      "speakers and rabble-rousers alike are banned from speaking lest they be assaulted "
      "by a mob \xE2\x80\x94 journalists and other commentators insist on pointing out the "
      "irony that this is all happening \xE2\x80\x9Cwhere the Free Speech Movement was "
      "born.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "");
}

}  // namespace
}  // namespace claimdup
