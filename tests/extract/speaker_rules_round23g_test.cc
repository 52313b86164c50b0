// Speaker attribution rules of the twenty-third round (g), on real news (../shared/real/: the
// dump and article id are in each comment): the role holder named later
// (docs/speaker_rounds.md, twenty-third round (g)).
//   `"…," the president said in Havana` in an opinion piece that calls Barack Obama "the
//   president" throughout, while `President Castro` is titled so only paragraphs later:
//   someone untitled until paragraphs after a description takes it only as the last resort;
//   a speaker nearby whom the role may fit is meant.
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev 1EJQiG5YoqztBin4 (Washington Times opinion, Obama in Cuba; from its first
// sentence to the Castro paragraph, two paragraphs on the two revolutions left out): "the
// president said in Havana" went to Raul Castro, titled `President Castro` only later.
TEST(SpeakerRulesRound23g, ThePresidentIsNotTheOneTitledLater) {
  const std::vector<std::string> speakers = Speakers(
      "Barack Obama loves to talk, mostly about himself, and he\xE2\x80\x99s never as happy "
      "as when he\xE2\x80\x99s talking about America\xE2\x80\x99s faults, even in foreign capitals "
      "where tradition says a good citizen doesn\xE2\x80\x99t do that.\n\nThe president had "
      "a great time in Cuba. As is his right and wont, he doesn\xE2\x80\x99t understand America "
      "like the rest of us. It\xE2\x80\x99s not altogether his fault. He obtained his early "
      "education in Muslim schools in Indonesia, where whatever pride is taken is pride taken "
      "in the exceptionalism of Mr. Mohammed. Most of us learn the customs and rituals of American "
      "history in the early years, and Mr. Obama was deprived of that (more\xE2\x80\x99s the "
      "pity).\n\nListening to others taking pride, sometimes even inordinate pride, in the "
      "nation\xE2\x80\x99s history makes the president\xE2\x80\x99s toes itch. He has heard "
      "plenty about Lincoln\xE2\x80\x99s description of America as \xE2\x80\x9Cthe exceptional "
      "nation\xE2\x80\x9D \xE2\x80\x94 not \xE2\x80\x9C" "an\xE2\x80\x9D exceptional nation, "
      "but \xE2\x80\x9Cthe\xE2\x80\x9D exceptional nation \xE2\x80\x94 and enough was finally "
      "enough. He filed an exception.\n\n\xE2\x80\x9CI believe in American exceptionalism,\xE2\x80\x9D "
      "he once told an inquiring reporter, \xE2\x80\x9Cjust as I suspect the Brits believe "
      "in British exceptionalism and the Greeks in Greek exceptionalism.\xE2\x80\x9D The president "
      "had not a clue to what his inquirer was talking about.\n\nAnd there was more: \xE2\x80\x9CNow, "
      "the fact that I am very proud of my country and I think that we\xE2\x80\x99ve got a "
      "whole lot to offer does not lessen my interest in recognizing the value and wonderful "
      "qualities of other countries, or recognizing that we\xE2\x80\x99re not always going "
      "to be right, or that other people may have good ideas, or that in order for us to work "
      "collectively, all parties have to compromise and that includes us.\xE2\x80\x9D\n\nSome "
      "of that is true enough, but that is not what American exceptionalism, as Lincoln defined "
      "it, means. Mr. Obama, who is said to have learned enough to make good grades as a college "
      "student (though he has steadfastly refused to release any of his transcripts, as other "
      "presidents have done), apparently cut classes the day his classmates and the teacher "
      "talked about Abraham Lincoln and his famous tribute to his exceptional native land.\n\nMr. "
      "Obama had a wonderful opportunity to make his visit to Cuba a teaching moment, to draw "
      "a distinction between a government that holds freedom dear, and making sure that freedom "
      "is protected and spread to all the people, against a government that restricts freedom, "
      "and punishes severely anyone bold enough to try to taste freedom.\n\nInstead, the president "
      "went out of his way to equate the freedom that Americans take for granted, because they "
      "practice it a hundred times a day, with life in the miserable satrap that is the daily "
      "lot of the common people in the Castro dictatorship.\n\n\xE2\x80\x9CHere\xE2\x80\x99s "
      "my message to the Cuban government and the Cuban people,\xE2\x80\x9D the president said "
      "in Havana. \xE2\x80\x9CThe ideals that are the starting point for every revolution \xE2\x80\x94 "
      "America\xE2\x80\x99s revolution, Cuba\xE2\x80\x99s revolution, the liberation movements "
      "around the world \xE2\x80\x94 these ideals find their truest expression, I believe, "
      "in democracy.\xE2\x80\x9D\n\nThe mockery was most acute of the political prisoners who "
      "were suffering pain and abuse in the political prisons at the very moment Mr. Obama "
      "and Raul Castro were happily performing \xE2\x80\x9Cthe wave\xE2\x80\x9D at a baseball "
      "game. President Castro then mocked Mr. Obama himself: \xE2\x80\x9CYou can give me a "
      "list of political prisoners,\xE2\x80\x9D he said, \xE2\x80\x9C" "and if we have those "
      "political prisoners they will be released before tonight ends.\xE2\x80\x9D\n\n");
  ASSERT_EQ(speakers.size(), 7u);
  EXPECT_EQ(speakers[3], "Barack Obama");  // `Here's my message …`
  EXPECT_EQ(speakers[4], "Barack Obama");  // `The ideals …`
}

}  // namespace
}  // namespace claimdup
