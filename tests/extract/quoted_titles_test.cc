// Titles in quote marks (shows, books, headlines, nicknames) are not quotes, and split quotes
// form only where an attribution interrupts one statement. Snippets are real news from
// ../shared/real/allsides_dev.jsonl.zst (ids in the comments).
#include "extract/quoted_titles.h"

#include <string>
#include <vector>

#include "extract/claim_extractor.h"
#include "extract/paragraphs.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

struct Claim {
  std::string text;
  std::string speaker;
  int group;
  bool operator==(const Claim&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Claim& c) {
  return os << "{\"" << c.text << "\", \"" << c.speaker << "\", " << c.group << "}";
}

std::vector<Claim> Claims(const std::string& text, int min_words = 5,
                          ExtractCounts* counts_out = nullptr) {
  ExtractOptions options;
  options.min_words = min_words;
  ExtractCounts counts;
  std::vector<Claim> out;
  for (const ExtractedClaim& c : ExtractClaims(text, options, &counts)) {
    out.push_back({c.text, c.speaker, c.group});
  }
  if (counts_out) *counts_out = counts;
  return out;
}

std::vector<std::string> Titles(const std::string& text) {
  const auto paragraphs = SplitParagraphs(text);
  QuoteScanCounts counts;
  std::vector<std::string> out;
  for (const QuoteSpan& q : FindQuotes(text, paragraphs, QuoteOptions(), &counts)) {
    if (IsQuotedTitle(text, paragraphs[q.first_paragraph], q)) {
      out.emplace_back(q.content.In(text));
    }
  }
  return out;
}

using S = std::vector<std::string>;

TEST(QuotedTitlesTest, ShowAfterNetworkPossessiveIsATitle) {
  // 31OFmJioIosnSjEW, 11YdubMt8J03oEnK, 3gKUC0RkAUJFYl0R (CBS' and CBS’ too).
  EXPECT_EQ(Titles("\"He's threatening,\" Manafort said of Cruz on NBC's \"Meet the Press.\" "
                   "\"You go to these county conventions, and you see the tactics.\""),
            S{"Meet the Press."});
  EXPECT_EQ(Titles("\"Ted Cruz is trying to step up his whole game on amnesty,\" the Republican "
                   "presidential candidate told CBS' \"Face the Nation.\""),
            S{"Face the Nation."});
  EXPECT_EQ(Titles("“We can do the big deal if we have some leadership,” said Sen. Lindsey "
                   "Graham, speaking on CBS’ “Face the Nation.” “I’m not going to do any more "
                   "small deals.”"),
            S{"Face the Nation."});
}

TEST(QuotedTitlesTest, ShowAfterOutletNameOrCueWordIsATitle) {
  // kOacPQOKma6dsClu: `on ABC News "This Week."`; 0hanzqZbg7gnDbaI: `told "Fox News Sunday."`.
  EXPECT_EQ(Titles("\"By and large the President achieved nothing,\" O'Rourke said on ABC News "
                   "\"This Week.\""),
            S{"This Week."});
  EXPECT_EQ(Titles("“The president has to articulate the challenge,” McCain told “Fox News "
                   "Sunday.” “That’s what has to be explained to the American people.”"),
            S{"Fox News Sunday."});
}

TEST(QuotedTitlesTest, BooksHeadlinesAndSoCalledNamesAreTitles) {
  // DUPPiT85Z7p3xnBe, cWou6I8u5QCHCGhE, jRbbyKgoBrLib9UZ.
  EXPECT_EQ(Titles("“His presence would matter,” Mrs. Clinton wrote in her new book, “Hard "
                   "Choices.”"),
            S{"Hard Choices."});
  EXPECT_EQ(Titles("He flogged \"The Art of the Deal\" like it was the Bible."),
            S{"The Art of the Deal"});
  EXPECT_EQ(Titles("The New York Times published a front-page article on the subject "
                   "headlined, \"Political Divide Splits Relationships -- and Thanksgiving, "
                   "Too.\""),
            // Not title case here (8+ words with its dash); IsHeadlineQuote takes it as a
            // headline, no claim (speaker_rules_round15c_test.cc).
            S{});
  EXPECT_EQ(Titles("Republicans attacked the so-called \"Gang of Eight\" bill."),
            S{"Gang of Eight"});
  // CNN, 2013-04-15: a holiday's name set off by a comma and a relative clause.
  EXPECT_EQ(Titles("Kerry's trip finishes on one of the biggest dates on the North Korean "
                   "calendar: \"The Day of the Sun,\" when citizens celebrate the birthday of "
                   "Kim Il Sung."),
            S{"The Day of the Sun"});
}

TEST(QuotedTitlesTest, ABookWithItsSubtitleIsATitleThoughLong) {
  // 3iF4OqVFhdCFhPTu (CNN): a main title, a colon and a subtitle run past kMaxTitleWords;
  // the book was a cross-outlet "quote" of the dev half.
  EXPECT_EQ(Titles("Julian Zelizer, a history and public affairs professor at Princeton "
                   "University, is the author of \"The Fierce Urgency of Now: Lyndon Johnson, "
                   "Congress, and the Battle for the Great Society.\" He's co-host of a "
                   "podcast."),
            S{"The Fierce Urgency of Now: Lyndon Johnson, Congress, and the Battle for the "
              "Great Society."});
  // MGFtrNxW25sOqqWk (USA TODAY): McCabe's book, set off by a comma.
  EXPECT_EQ(Titles("His book, \u201cThe Threat: How the FBI Protects America in the Age of "
                   "Terror and Trump,\" hit bookshelves on Tuesday."),
            S{"The Threat: How the FBI Protects America in the Age of Terror and Trump"});
  // Long title case with no subtitle stays a quote.
  EXPECT_EQ(Titles("He wrote in \"The Fierce Urgency Of Now And The Battle For The Great "
                   "Society Of Lyndon Johnson And Congress\" that it mattered."),
            S{});
}

TEST(QuotedTitlesTest, AHeadlineWithItsBylineIsATitle) {
  // bfw-1058 (BuzzFeed-Webis, a Politico Playbook): headlines in sentence case, then bylines.
  EXPECT_EQ(Titles("BEYOND THE BELTWAY -- \u201cProtests erupt after fatal shooting by "
                   "police,\u201d by the Charlotte Observer\u2019s Joe Marusak and Ely "
                   "Portillo: \u201cA dozen police officers were injured Tuesday night.\u201d"),
            S{"Protests erupt after fatal shooting by police"});
  EXPECT_EQ(Titles("2016 PLAYERS -- \u201cTrump team talking to veteran GOP ad man Elsass,\u201d "
                   "by Alex Isenstadt: \u201cHe previously served as a top strategist.\u201d"),
            S{"Trump team talking to veteran GOP ad man Elsass"});
  // "by" and no name: a statement.
  EXPECT_EQ(Titles("\u201cWe will not back down,\u201d by all accounts, was his answer."), S{});
}

TEST(QuotedTitlesTest, StatementsStayQuotes) {
  // A title-case statement introduced as speech, and ordinary quotes.
  EXPECT_EQ(Titles("Trump tweeted: \"Witch Hunt!\""), S{});
  EXPECT_EQ(Titles("\"Witch Hunt,\" he said, \"and a disgrace.\""), S{});
  EXPECT_EQ(Titles("\"We will not accept this at all,\" said Sergei Lavrov."), S{});
  EXPECT_EQ(Titles("O'Rourke called President Trump an \"existential threat\" to democracy."), S{});
}

TEST(QuotedTitlesTest, TitleIsNeverAClaimNorPartOfASplitQuote) {
  // 1dDiUdhmbc8SpN0U: the show name used to join the two quotes into one "split quote" and
  // become a claim of its own.
  const std::string text =
      "“I’m saying there is an obsession by the media to delegitimize this president, and we "
      "are not going to sit around and let it happen,” Reince Priebus said on “Fox News "
      "Sunday.” “We are going to fight back tooth and nail every day and twice on Sunday.”";
  EXPECT_EQ(Claims(text),
            (std::vector<Claim>{
                {"I’m saying there is an obsession by the media to delegitimize this president, "
                 "and we are not going to sit around and let it happen",
                 "Reince Priebus", 0},
                {"We are going to fight back tooth and nail every day and twice on Sunday.",
                 "Reince Priebus", 0}}));
  // 01SlRyvJnhEZuvmE: the title ends the paragraph; it is no part of the quote before it.
  ExtractCounts counts;
  EXPECT_EQ(Claims("\"It appears that they may have reacted a little quickly on that force "
                   "continuum,\" he said on CBS News' \"Face the Nation.\"",
                   5, &counts),
            (std::vector<Claim>{{"It appears that they may have reacted a little quickly on "
                                 "that force continuum",
                                 "", 0}}));
  EXPECT_EQ(counts.titles, 1);
}

TEST(SplitQuotesTest, SeparateStatementsInOneParagraphAreNotOneGroup) {
  // KOM4L57eztbyuc6q: a partial quote inside a question, then the answer.
  const auto claims = Claims(
      "Later, asked by CNN's Jake Tapper if he believed Trump was setting a \"bad example for "
      "the nation's children,\" Flake replied, \"Yes.\"");
  ASSERT_EQ(claims.size(), 1u);  // "Yes." alone is under --min-words: no claim.
  EXPECT_EQ(claims[0].text, "bad example for the nation's children");
  // Two full statements: the first ends with a period, not a comma.
  EXPECT_EQ(Claims("\"The meeting was productive and we will meet again.\" Lavrov said. \"We "
                   "need clear guarantees that it is not targeted.\"")[1]
                .group,
            1);
}

TEST(SplitQuotesTest, AttributionInterruptingOneStatementJoinsTheParts) {
  // 9VdQ3EDp99rqf8p0: the parenthesis does not end the sentence; one group, one speaker.
  EXPECT_EQ(
      Claims("“If you look at the shape the world’s in,” McConnell (R-Ky.) said on "
             "Louisville radio on Monday, “my view is the nation’s defense right now cries "
             "out for priority.”"),
      (std::vector<Claim>{
          {"If you look at the shape the world’s in", "McConnell", 0},
          {"my view is the nation’s defense right now cries out for priority.", "McConnell", 0}}));
}

TEST(ClaimExtractorTest, QuoteGroupUnderMinWordsIsNoClaim) {
  EXPECT_EQ(Claims("Johnson replied decisively, \"No.\""), std::vector<Claim>{});
  // 2R3SypVx3PhuIXKZ: a one-word part of a split quote is no claim of its own.
  EXPECT_EQ(Claims("\"No,\" Trump said. \"Nobody even told me about it. You know, they run a "
                   "big operation.\""),
            (std::vector<Claim>{{"Nobody even told me about it. You know, they run a big "
                                 "operation.",
                                 "Trump", 0}}));
}

TEST(ClaimExtractorTest, MenuCheckHonoursMinWords) {
  // A three-word quote paragraph is a claim at --min-words 3 (it was dropped as menu-like).
  EXPECT_EQ(Claims("\"We will win.\"", 3), (std::vector<Claim>{{"We will win.", "", 0}}));
  EXPECT_EQ(Claims("\"We will win.\"", 5), std::vector<Claim>{});
}

}  // namespace
}  // namespace claimdup
