#include "extract/speakers.h"

#include "extract/paragraphs.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

std::vector<std::string> Speakers(const std::string& text, std::vector<int>* groups = nullptr) {
  const auto paragraphs = SplitParagraphs(text);
  QuoteScanCounts counts;
  const auto quotes = FindQuotes(text, paragraphs, QuoteOptions(), &counts);
  std::vector<std::string> out;
  for (const QuoteAttribution& a : AttributeSpeakers(text, paragraphs, quotes)) {
    out.push_back(a.speaker);
    if (groups) groups->push_back(a.group);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(SpeakersTest, NameThenVerbAfterQuote) {
  EXPECT_EQ(Speakers("\"We need clear guarantees that it is not targeted,\" Lavrov told a news "
                     "conference."),
            V{"Lavrov"});
}

TEST(SpeakersTest, VerbThenNameAfterQuote) {
  EXPECT_EQ(Speakers("\"We will not accept this at all,\" said Sergei Lavrov."),
            V{"Sergei Lavrov"});
}

TEST(SpeakersTest, TitlesAreDroppedFromTheName) {
  EXPECT_EQ(Speakers("\"It is well known that we do not agree,\" NATO Secretary General Anders "
                     "Fogh Rasmussen said."),
            V{"Anders Fogh Rasmussen"});
}

TEST(SpeakersTest, SurnameResolvesToFullNameFromEarlierInArticle) {
  EXPECT_EQ(Speakers("Russian Foreign Minister Sergei Lavrov met allies.\n\n"
                     "\"Our partners are also concerned about that,\" Lavrov said."),
            V{"Sergei Lavrov"});
}

TEST(SpeakersTest, SaidInAStatementAndAccordingTo) {
  EXPECT_EQ(Speakers("Deputy Foreign Minister Alexei Meshkov said in a statement: \"Russia "
                     "will take asymmetric measures.\""),
            V{"Alexei Meshkov"});
  EXPECT_EQ(Speakers("According to Hillary Clinton, \"the plan is still on the table today.\""),
            V{"Hillary Clinton"});
}

TEST(SpeakersTest, LeadingNameWithColon) {
  EXPECT_EQ(Speakers("Lavrov: \"We are ready to talk about everything.\""), V{"Lavrov"});
}

TEST(SpeakersTest, PronounResolvesToSubjectOfPreviousSentenceNotLastName) {
  // From the Russian state broadcaster's article.
  EXPECT_EQ(Speakers("Foreign Minister Sergei Lavrov spoke about this in Brussels Monday after "
                     "discussing matters with NATO head Anders Fogh Rasmussen.\nThis is what he "
                     "had to say:\n\"The US and NATO argue that nothing can be changed.\""),
            V{"Sergei Lavrov"});
}

TEST(SpeakersTest, PronounAfterQuoteUsesPreviousQuoteSpeaker) {
  EXPECT_EQ(Speakers("\"The major responsibility is on the government,\" Lavrov said. But "
                     "the Russian minister accused the opposition. \"The crisis cannot be "
                     "solved this way,\" he said."),
            (V{"Lavrov", "Lavrov"}));
}

TEST(SpeakersTest, DescriptionResolvesThroughTitle) {
  EXPECT_EQ(Speakers("German Foreign Minister Guido Westerwelle stressed the need.\n\n"
                     "\"Security in Europe exists only with Russia,\" Westerwelle said.\n\n"
                     "\"The cooperation is going very well,\" the German foreign minister "
                     "added."),
            (V{"Guido Westerwelle", "Guido Westerwelle"}));
}

TEST(SpeakersTest, SplitQuoteSharesSpeakerAndGroup) {
  std::vector<int> groups;
  EXPECT_EQ(Speakers("\"It's definitely not artificial,\" Rasmussen said. \"It has been "
                     "carefully examined and agreed.\"",
                     &groups),
            (V{"Rasmussen", "Rasmussen"}));
  EXPECT_EQ(groups, (std::vector<int>{0, 0}));
}

TEST(SpeakersTest, UnknownStaysEmpty) {
  EXPECT_EQ(Speakers("NATO \u201Cministers made it clear they are open to discuss it.\""), V{""});
  EXPECT_EQ(Speakers("The report said the situation was \"deeply worrying for everyone.\""), V{""});
  // A pronoun with nobody named before it.
  EXPECT_EQ(Speakers("\"We will see what happens next week,\" he said."), V{""});
}

}  // namespace
}  // namespace claimdup
