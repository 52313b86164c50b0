// The exact quotes of four bundled articles, checked by reading the articles (not generated
// from the code's output): text with marks stripped, speaker, and split-quote groups.
#include <string>
#include <vector>

#include "extract/claim_extractor.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace claimdup {
namespace {

struct Expected {
  std::string text;
  std::string speaker;
  int group;  // Index of the first part of its quote group.
};

std::vector<ExtractedClaim> Quotes(const std::string& file, ExtractCounts* counts) {
  const std::string text = testing::ReadFile(testing::CorpusFile(file));
  return ExtractClaims(text, ExtractOptions(), counts);
}

void ExpectQuotes(const std::string& file, const std::vector<Expected>& expected) {
  ExtractCounts counts;
  const std::string text = testing::ReadFile(testing::CorpusFile(file));
  const auto claims = ExtractClaims(text, ExtractOptions(), &counts);
  ASSERT_EQ(claims.size(), expected.size()) << file;
  for (size_t i = 0; i < claims.size(); ++i) {
    EXPECT_EQ(claims[i].text, expected[i].text) << file << " #" << i;
    EXPECT_EQ(claims[i].speaker, expected[i].speaker) << file << " #" << i;
    EXPECT_EQ(claims[i].group, expected[i].group) << file << " #" << i;
    // Offsets point at the quote in the original text.
    EXPECT_EQ(claims[i].span.In(text), claims[i].text) << file << " #" << i;
  }
}

TEST(CorpusQuotesTest, DeutscheWelle) {
  const std::string L = "Sergei Lavrov", R = "Anders Fogh Rasmussen", W = "Guido Westerwelle";
  ExpectQuotes(
      "dw-2012-04-19-concerns-about-nato-plans.txt",
      {{"As long as Afghanistan is not able to ensure by itself the security in the country, "
        "the artificial timelines of withdrawal are not correct and they should not be set this "
        "way",
        L, 0},
       {"Our Central Asian partners are also concerned about that, China and many other states "
        "ask the same questions",
        L, 1},
       // Split by its attribution: two claims, one speaker, one group.
       {"It's definitely not artificial", R, 2},
       {"It has been carefully examined, been carefully discussed with our Afghan partners and "
        "agreed.",
        R, 2},
       {"We would welcome financial contributions from Russia, China and other countries to "
        "ensure (a) sustainable Afghan security force beyond 2014",
        R, 4},
       {"Capabilities will be created which will pose risks to our nuclear deterrent forces", L, 5},
       {"We need clear guarantees that it is not targeted against us.", L, 5},
       {"We do not consider Russia a threat to NATO countries … and Russia should not consider "
        "NATO a threat",
        R, 7},
       {"Security in Europe exists only with, not against Russia", W, 8},
       // "…," the German foreign minister added: resolved through his title.
       {"Even if the cooperation on missile defense is stagnating, the cooperation in many "
        "practical questions is going very well, for example with the fight against terrorism "
        "in Afghanistan",
        W, 9}});
}

TEST(CorpusQuotesTest, RferlMissileDefenseIncludingIsafQuote) {
  const std::string L = "Sergei Lavrov", R = "Anders Fogh Rasmussen";
  ExpectQuotes(
      "rferl-2012-04-19-missile-defense-shield.txt",
      {{"Within NATO, we are making good progress in developing an integrated, alliance-wide "
        "missile defense system",
        R, 0},
       {"This system does not threaten Russia. Nor does it alter the strategic balance. So I am "
        "confident that there, too, we can find a way forward, in a spirit of dialogue, trust, "
        "and transparency that we have built up around this table over the last 15 years.",
        R, 0},
       {"It is well-known that we do not agree on all issues", R, 2},
       {"But it is also clear that we are committed to continue discussing all issues, at all "
        "times -- because the NATO-Russia Council is an all-weather forum. And it still has "
        "untapped potential.",
        R, 2},
       {"We are very concerned about how events will unfold after the planned withdrawal of the "
        "International Security Assistance Force (ISAF) from Afghanistan",
        L, 4},
       {"We believe any withdrawal must be synchronized with the process of ensuring that "
        "Afghan security forces are capable of controlling the situation in their own country "
        "and combating extremist groups and drug traffickers.",
        L, 4}});
}

TEST(CorpusQuotesTest, RferlPaperOverDifferencesWithMismatchedMarks) {
  const std::string L = "Sergei Lavrov", R = "Anders Fogh Rasmussen";
  ExpectQuotes(
      "rferl-2009-12-04-nato-russia-paper-over-differences.txt",
      {// "…challenges,” Rasmussen said. “The aim … each other."  (straight/curly mixed)
       {"We have agreed to launch a joint review of the 21st century common threats and "
        "challenges",
        R, 0},
       {"The aim is to agree on the real threats all 29 nations face today, a list which I am "
        "confident will not include each other.",
        R, 0},
       // NATO “ministers … discussion."  — nobody is named: speaker stays unknown.
       {"ministers made it clear they are open to discuss it, but that the OSCE remains the "
        "primary forum for that discussion.",
        "", 2},
       // "But he said NATO will "…"": he = Rasmussen, first named in the sentence before.
       {"remain our framework for Euro-Atlantic security", R, 3},
       {"at the expense of another.", L, 4},
       {"We are convinced that the principle of the indivisibility of security, which was "
        "addressed by a number of political declarations adopted in the 1990s, must be "
        "reinforced",
        L, 5},
       {"Until now, it hasn't always fully worked -- to put it mildly.", L, 5}});
}

TEST(CorpusQuotesTest, SpaceWarAfpWire) {
  const std::string L = "Sergei Lavrov", R = "Anders Fogh Rasmussen";
  ExpectQuotes(
      "spacewar-2012-04-19-afp-nato-russia.txt",
      {{"It is well known that we do not agree on all issues, but it is also clear that we are "
        "committed to continue discussing all issues at all times",
        R, 0},
       {"Our missile defence system is not designed to threaten Russia or undermine the "
        "strategic position of Russia",
        R, 1},
       {"We need clear guarantees that it is not targeted against us", L, 2},
       // "…," he told a news conference: he = Lavrov (Lavrov countered … in the sentence before).
       {"I have today called on my colleagues to abandon the rhetoric of self-fulfilling "
        "prophecies that (UN-Arab League envoy) Kofi Annan's plan will certainly fail",
        L, 3},
       {"Before thinking about what to do in the future, we should do everything to make this "
        "plan successful",
        L, 3},
       {"The major responsibility for what is happening in Syria is on the Syrian government. "
        "They should ensure the human rights, the security of their citizens and the "
        "sovereignty of their state",
        L, 5},
       {"The crisis cannot be solved if outside players do not demand the same thing from all "
        "conflicting parties in Syria: to stop shooting, give observers a possibility to "
        "evaluate the situation and shift to political dialogue",
        L, 6},
       {"As long as Afghanistan is not able to ensure by itself the security in the country, "
        "the artificial timelines of withdrawal are not correct and they should not be set this "
        "way",
        L, 7}});
}

TEST(CorpusQuotesTest, RussianStateBroadcasterQuotesIntroducedByColonParagraphs) {
  ExtractCounts counts;
  const auto claims = Quotes("russian-state-2013-lavrov-brussels.txt", &counts);
  ASSERT_EQ(claims.size(), 2u);
  // "This is what he had to say:" — he is Lavrov, the subject of the sentence before, not
  // Rasmussen, the last person named there.
  EXPECT_EQ(claims[0].speaker, "Sergei Lavrov");
  EXPECT_EQ(claims[0].text.substr(0, 49), "The US and NATO argue that nothing can be changed");
  // "Mr Lavrov also said that … in 2014:" then the quote as its own paragraph.
  EXPECT_EQ(claims[1].speaker, "Sergei Lavrov");
  EXPECT_EQ(claims[1].text.substr(0, 43), "NATO says it will stay in Afghanistan in li");
}

TEST(CorpusQuotesTest, ScareQuotesAndFragmentsAreSkippedAndCounted) {
  ExtractCounts counts;
  Quotes("rferl-2012-04-19-missile-defense-shield.txt", &counts);
  // "threaten" x2, "legally binding", "artificial", "undesirable organization".
  EXPECT_EQ(counts.short_skipped, 5);
  ExtractCounts counts2009;
  Quotes("rferl-2009-12-04-nato-russia-paper-over-differences.txt", &counts2009);
  // "solid results", "fresh start", "21st century security challenges", "undesirable organization".
  EXPECT_EQ(counts2009.short_skipped, 4);
  EXPECT_EQ(counts2009.unbalanced, 0);
}

TEST(CorpusQuotesTest, NavigationAndCreditLinesAreMenuLike) {
  ExtractCounts counts;
  Quotes("dw-2012-04-19-concerns-about-nato-plans.txt", &counts);
  // Skip-to links (3), headline, date, "Image: AP", section heading, "pfd/mz (dpa, AFP)".
  EXPECT_EQ(counts.menu_lines, 8);
}

}  // namespace
}  // namespace claimdup
