// Speaker attribution rule of the twenty-fourth round (d), on real news (../shared/real/: the
// dump and article id are in each comment): `"…," she says` with no speaker
// (docs/speaker_rounds.md, twenty-fourth round (d)).
//   A one-word subject that is also a given name (`Suzanne raised her hand`, `Roy set the
//   deadline`), of the pronoun's sex by the article's own evidence and not of the other sex
//   by the name list, is the pronoun: the one introduced person of that first name, else the
//   word.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 8MqrJkyWaRpgWDXQ (Townhall, concealed carry in schools): a teacher the article
// calls only `Suzanne`, then `She told the class …` + `"…," she said`.
TEST(SpeakerRulesRound24d, LoneGivenNameSubject) {
  const std::vector<std::string> speakers = Speakers(
      "\"Suzanne,\xE2\x80\x9D a K-12 teacher in Detroit, Mich., entered the classroom. "
      "Students filed in and took their seats. In minutes the lecture would start, "
      "followed by a written exam and then a practical exam. Today, however, was a "
      "Saturday, and Suzanne was not the teacher, but the student. And this "
      "wasn\xE2\x80\x99t her classroom, but that of Rick Ector, a certified instructor for "
      "those wishing to obtain a concealed pistol license in Michigan.\n\nAs Ector "
      "introduced himself and the topic of concealed carry, the discussion naturally "
      "turned to recent school shootings. Suzanne raised her hand, and Ector motioned for "
      "her to speak. She told the class she was a teacher and shared her concerns over "
      "security at her job.\n\n\xE2\x80\x9CThe school where I teach has almost identical "
      "safety measures that were in place at the Sandy Hook Elementary School,\xE2\x80\x9D "
      "she said. \xE2\x80\x9CPaltry measures, such as simply locking the front door, are "
      "inadequate because if a bad guy just bursts the door free or if an authorized "
      "visitor, such as parent, opens the door\xE2\x80\x94 the bad guy still has "
      "access.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Suzanne");
  EXPECT_EQ(speakers[1], "Suzanne");
}

// AllSides dev A6zif8YmkETGlk98 (Vox, conservatives after repeal): `Avik Roy` (a given name
// the list does not hold, so no introduced `Roy`), later `Roy said`; `Roy set the … deadline`
// + `"…," he said`, past Marie Fishpaw's quote.
TEST(SpeakerRulesRound24d, SurnameThatIsAGivenName) {
  const std::vector<std::string> speakers = Speakers(
      "\xE2\x80\x9CWe\xE2\x80\x99ve had this seven-year period where the whole "
      "conversation on the right has been about repeal and replace,\xE2\x80\x9D Avik Roy "
      "at the Foundation for Research on Equal Opportunity, one of the foremost supporters "
      "of the bills that Congress considered this year, said. \xE2\x80\x9CThere was no "
      "plan B on what to do if repeal and replace were to "
      "fail.\xE2\x80\x9D\n\n\xE2\x80\x9CWe know what we don\xE2\x80\x99t want to "
      "see,\xE2\x80\x9D Marie Fishpaw, director of domestic policy studies at the Heritage "
      "Foundation, told me. \xE2\x80\x9CWe don\xE2\x80\x99t want to see any bailout of a "
      "program we believe is fundamentally flawed.\xE2\x80\x9D\n\nRoy described his ideal "
      "end state as one similar to the Swiss system: Universal coverage, through private "
      "insurance and subsidization, but without that country\xE2\x80\x99s individual "
      "mandate or overly prescriptive federal mandates for benefits.\n\n\xE2\x80\x9CPeople "
      "were so stunned by the unraveling of everything so rapidly,\xE2\x80\x9D Roy said. "
      "\xE2\x80\x9CPeople are not really sure how to think about this "
      "stuff.\xE2\x80\x9D\n\nThe work never stops, of course. But it might need to "
      "change.\n\n\xE2\x80\x9CThere\xE2\x80\x99s no permanent victory. There\xE2\x80\x99s "
      "no permanent defeat,\xE2\x80\x9D Fishpaw told me. \xE2\x80\x9CWe have a very clear "
      "definition of the problem, and we\xE2\x80\x99re returning to the basics of where we "
      "agree.\xE2\x80\x9D\n\nRoy set the (early and admittedly arbitrary) deadline of six "
      "months from now, March 2018. That would be the time perhaps to judge whether "
      "conservatives have started to move their health care conversation forward "
      "again.\n\n\xE2\x80\x9C" "Did Republicans and conservatives make progress in "
      "thinking about health care, or are they playing the same record they\xE2\x80\x99ve "
      "been playing since 2010?\xE2\x80\x9D he said. \xE2\x80\x9CI think that\xE2\x80\x99s "
      "a good test.\xE2\x80\x9D");
  ASSERT_EQ(speakers.size(), 10u);
  EXPECT_EQ(speakers[4], "Roy");
  EXPECT_EQ(speakers[6], "Marie Fishpaw");
  EXPECT_EQ(speakers[8], "Roy");
  EXPECT_EQ(speakers[9], "Roy");
}

}  // namespace
}  // namespace claimdup
