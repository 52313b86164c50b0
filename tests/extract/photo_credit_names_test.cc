// Words that are no one's name in scraped article text: photo credits (`Alex Brandon/AP`,
// `John Shinkle/POLITICO McConnell defends deal`, `[Amber Bracken/Al Jazeera]`;
// extract/word_tokens.cc) and sentence adverbs (`Notably, he …`; person_names.cc).
// On the AllSides dev half 100 quotes were credited to names such as "Alex Brandon/AP" or
// "John Shinkle/POLITICO McConnell" (../shared/real/allsides_dev.jsonl.zst, ids below; "…"
// marks text left out).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(PhotoCreditNamesTest, ACreditBeforeAHeadlineIsNotPartOfTheName) {
  // BkqAj5saPBE91f3z (Politico, 2013): the caption's credit runs into the headline.
  EXPECT_EQ(Speakers("McConnell says his ability to cut a deal wasn\u2019t hamstrung by his "
                     "campaign. | John Shinkle/POLITICO McConnell defends deal, slams ACA "
                     "tactics\n\n"
                     "At the end of the day, Senate Minority Leader Mitch McConnell says he had "
                     "no good option in the 16-day government shutdown fight.\n\n"
                     "\u201cGiven the card I was dealt at that point, what I had hoped to have "
                     "achieved was to punt the ball to a better place on the field,\u201d "
                     "McConnell told POLITICO."),
            (V{"Mitch McConnell"}));
}

TEST(PhotoCreditNamesTest, APhotographerIsNoAntecedentForHe) {
  // GpvP1iDhK5p7TVDf (ABC News, 2020): "he" after a caption ending in its credit was
  // "Alex Brandon/AP"; the caption's subject is the president.
  const V got = Speakers(
      "President Donald Trump speaks during a listening session with African-American leaders "
      "at Ford's Rawsonville Components Plant, May 21, 2020, in Ypsilanti, Mich. Alex "
      "Brandon/AP\n\n"
      "Casting himself as a \"wartime president\" in command of the country's response to an "
      "\"invisible enemy,\" he has suggested American casualties were inevitable. He has "
      "deflected questions about what death toll he finds acceptable by saying \"one death is "
      "too many.\"");
  ASSERT_FALSE(got.empty());
  for (const std::string& s : got) EXPECT_EQ(s.find('/'), std::string::npos) << s;
  EXPECT_NE(got.back(), "Alex Brandon");
}

TEST(PhotoCreditNamesTest, AnAgencyOfTwoWordsIsNoPerson) {
  // A credit in brackets whose agency runs on (`Al Jazeera`), then the network as a subject:
  // "Al" is a given name, but Al Jazeera is no man for "he" (Al Jazeera, 2016, St Paul). Once
  // the credits named no one, the network took Howard's quotes until "Jazeera" became a word
  // that is never a name.
  EXPECT_EQ(Speakers("Howard, right, with another of the Back Streeters [Amber Bracken/Al "
                     "Jazeera]\n\n"
                     "Howard McGillvery claims the shooters were his former coworkers.\n\n"
                     "Al Jazeera has been unable to verify Howard's account of his daughter's "
                     "death with the police.\n\n"
                     "\"My daughter was shot by the window upstairs,\" he says, his eyes "
                     "widening."),
            (V{"Howard McGillvery"}));
}

TEST(PhotoCreditNamesTest, ASentenceAdverbIsNoName) {
  // 5Qf0Lwe2FkfrJ2Vn (National Review, 2019): "Notably" took King's quote as a one-word
  // speaker; the pronoun after it is King's.
  EXPECT_EQ(Speakers("In a statement responding to the Times article, Rep. Steve King insisted "
                     "that he \u201crejects those labels and the evil ideology that they "
                     "define.\u201d Notably, he didn\u2019t dispute that he said what the Times "
                     "printed. Instead, he said this: \u201cAmerica\u2019s values are expressed "
                     "in our founding documents, they are attainable by everyone.\u201d"),
            (V{"Steve King", "Steve King"}));
}

}  // namespace
}  // namespace claimdup
