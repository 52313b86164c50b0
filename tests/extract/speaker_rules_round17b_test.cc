// Speaker attribution, seventeenth session (b): dash credit lines after a quote
// (dash_credits.h). `"…" -- Jim Messina, campaign manager to President Obama, talking to
// Politico` and `"…" ¶ — Charles Krauthammer on "Special Report"` credit the quote to the name
// after the dash, when the quote ends a sentence or opens its paragraph; not a tweet embed's
// author, a staff line (`-- Scott Wong contributed.`), a dash aside inside a sentence, a live
// blog's reporter signing an entry, or a list item after the quote. Real news (../shared/real/:
// the article id is in each comment; "…" marks text left out).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound17bTest, CreditLineAfterAQuoteParagraph) {
  // AllSides R5BKX3XiyfWPRaUj (Fox News, random13's miss): the quote opens the article, its
  // credit the next paragraph (was none).
  const V speakers = Speakers(
      "\xE2\x80\x9CLook, I am not going to take any clients that conflict with OFA. What I want "
      "to do with my work is just work with people and causes that I believe in. And OFA will "
      "be the most important thing that I do.\xE2\x80\x9D\n\n"
      "-- Jim Messina, campaign manager to President Obama, talking to Politico for an article "
      "rolling out his new firm.\n\n"
      "So, the president is not disbanding his campaign, and in fact will be continuing to raise "
      "money for what was a billion-dollar effort last year.");
  EXPECT_EQ(speakers, (V{"Jim Messina"}));
}

TEST(SpeakerRulesRound17bTest, EachQuoteOfADigestHasItsOwnCredit) {
  // AllSides EQZG8Pj49vFkSsLI (Fox News First): quotes of the week, each with a title and
  // occasion after its dash (were none, none).
  const V speakers = Speakers(
      "\"As Mitt Romney said once to his own Republican colleagues: Stop whining. I give him "
      "his own advice. Stop whining. If you want to claim Bain Capital as your calling card to "
      "the White House, then defend what happened to Bain Capital.\"\n\n"
      "-- Chicago Mayor Rahm Emanuel, former White House chief of staff, on \xE2\x80\x9CThis "
      "Week.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CRemember who\xE2\x80\x99s up for grabs in this election: independent voters. "
      "They were drawn to Obama in 2008 because he was going to change politics and raise and "
      "elevate the political discourse. This is gutter politics of the worst Chicago "
      "sort.\xE2\x80\x9D\n\n"
      "-- Karl Rove, former senior adviser to President George W Bush, on \xE2\x80\x9C"
      "FOX News Sunday with Chris Wallace.\xE2\x80\x9D");
  EXPECT_EQ(speakers, (V{"Rahm Emanuel", "Karl Rove"}));
}

TEST(SpeakerRulesRound17bTest, CreditOnTheQuoteLineOverridesTheSpeakerBefore) {
  // AllSides 34oxGxPZd4Us5xIm (Politico): a quote paragraph after Hoyer's, signed by Kildee on
  // its own line (was Steny Hoyer, the quote continued).
  const V speakers = Speakers(
      "Instead, the No. 2 House Democrat, Majority Leader Steny Hoyer, called McConnell on "
      "Monday to talk spending bills.\n\n"
      "\xE2\x80\x9CMcConnell wants to get these bills done, and that's fine. I want to get the "
      "bills done,\xE2\x80\x9D Hoyer told reporters Tuesday.\n\n"
      "\xE2\x80\x9CRight now, the president seems to want to see this branch as chaotic as his "
      "branch. And I worry that McConnell will play into that.\" - Rep. Dan Kildee (D-Mich.)\n\n"
      "People close to the speaker say her relationship with McConnell soured after the border "
      "wall fight.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Steny Hoyer");
  EXPECT_EQ(speakers[1], "Dan Kildee");
}

TEST(SpeakerRulesRound17bTest, NameBeforeTheNextQuoteOfATimeline) {
  // AllSides tUo1xVX1jxTOnKSv (Politico timeline, one scraped paragraph): `"…" —Sarah Sanders
  // "…" —Rudy Giuliani`: the name after the dash ends the credit at the next quote's mark
  // (Sanders' quote was none).
  const V speakers = Speakers(
      "Mary Altaffer/AP Photo Michael Cohen on why he paid Stormy Daniels, whose given name is "
      "Stephanie Clifford 2017 \xE2\x80\x99" "18 \xE2\x80\x9CThe payment to Ms. Clifford was "
      "lawful and was not a campaign contribution or a campaign expenditure by anyone.\xE2\x80\x9D "
      "\xE2\x80\x9C[The payment was made] for the purpose of influencing the "
      "election.\xE2\x80\x9D Donald Trump\xE2\x80\x99s spokespeople on whether he reimbursed "
      "Michael Cohen for the Stormy Daniels payment 2017 \xE2\x80\x99" "18 \xE2\x80\x9CNone of "
      "these allegations are true.\xE2\x80\x9D \xE2\x80\x94Sarah Sanders \xE2\x80\x9C[Trump] "
      "paid him back. No campaign finance violations, no crime of any kind. Michael had "
      "discretion to solve these.\xE2\x80\x9D \xE2\x80\x94Rudy Giuliani Pete Marovich/Getty "
      "Images Donald Trump on what kind of work Michael Cohen did for him 2017 \xE2\x80\x99" "18 "
      "\xE2\x80\x9CMichael is my attorney.\xE2\x80\x9D");
  EXPECT_NE(std::find(speakers.begin(), speakers.end(), "Sarah Sanders"), speakers.end());
}

TEST(SpeakerRulesRound17bTest, TweetEmbedAuthorIsNoCredit) {
  // BuzzFeed-Webis bfw-1459 (right-wing blog): the quote is Christie's inside Angelo
  // Carusone's embedded tweet; the tweeter quoted it, he did not say it (Christie before and
  // after the rule).
  const V speakers = Speakers(
      "Enter Chris Christie, who definitely knows a political opportunist when he sees one. He "
      "pretty much dropped the bomb on Hillary\xE2\x80\x99s racist assumption when calling in to "
      "Laura Ingraham\xE2\x80\x99s radio show. And it is GLORIOUS \xE2\x80\x93\n\n"
      "Christie responds to Hillary citing systemic racism: \xE2\x80\x9CShe is a disgrace. Its "
      "typical HRC. She knows nothing but the mouth never stops.\xE2\x80\x9D\n\n"
      "\xE2\x80\x94 Angelo Carusone (@GoAngelo) September 21, 2016");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Angelo Carusone");
}

TEST(SpeakerRulesRound17bTest, StaffLineIsNoCredit) {
  // AllSides wT8lBtugO3nXS92N (The Hill): `-- Scott Wong contributed.` after an unnamed Bannon
  // ally's quote paragraph.
  const V speakers = Speakers(
      "\xE2\x80\x9CThey should all be very worried that they\xE2\x80\x99re efforts to undermine "
      "the president will be exposed. If they think what\xE2\x80\x99s happened with Steve is "
      "rough, wait until they see what he does outside the White House.\xE2\x80\x9D\n\n"
      "-- Scott Wong contributed.\n\n"
      "-- This story was updated at 1:12 p.m.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Scott Wong");
}

TEST(SpeakerRulesRound17bTest, DashAsideInsideASentenceIsNoCredit) {
  // AllSides HA9TYnsQ9sWFZCa7 (ProPublica): the quote is Trump's tweet inside a sentence that
  // goes on past the dash to its own subject, Scott Becker, who wrote a letter.
  const V speakers = Speakers(
      "On Feb. 24 \xE2\x80\x94 the same day Trump tweeted \xE2\x80\x9Cthe Coronavirus is very "
      "much under control\xE2\x80\x9D \xE2\x80\x94 Scott Becker, executive director of the "
      "Association of Public Health Laboratories, sent a letter to the FDA begging the agency "
      "to scale back its original strategy and lift the home-brew restrictions preventing them "
      "from making their own tests.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Scott Becker");
}

TEST(SpeakerRulesRound17bTest, LiveBlogSignatureIsNoCredit) {
  // AllSides nuwVf6we8BpNVL5f (USA Today live blog): `– Maureen Groppe` alone under an entry
  // signs it; the quote (its marks garbled in the scrape) is Trump's.
  const V speakers = Speakers(
      "Before that disclosure at a White House briefing, President Donald Trump was asked if he "
      "and Pence are trying to stay separate to protect the chain of command in case one of "
      "them gets sick.\n\n"
      "\xE2\x80\x9CWe haven\xE2\x80\x99t thought about it, Trump said. "
      "\xE2\x80\x9CWe\xE2\x80\x99re very careful. We\xE2\x80\x99re very careful with being "
      "together. Even the people behind me. They\xE2\x80\x99ve been very strongly "
      "tested.\xE2\x80\x9D\n\n"
      "\xE2\x80\x93 Maureen Groppe\n\n"
      "Trump dismisses false reports of national lockdown");
  ASSERT_FALSE(speakers.empty());
  for (const std::string& s : speakers) EXPECT_NE(s, "Maureen Groppe");
}

TEST(SpeakerRulesRound17bTest, ListItemAfterAQuoteIsNoCredit) {
  // AllSides Bq8ZVGIcfCAPRqN8 (NPR): the next item of a results round-up opens with a dash and
  // a place (`-- In North Dakota, as The Bismarck Tribune reports`), no credit.
  const V speakers = Speakers(
      "As the Arizona Republic writes, the Arizona race became a testing ground for the major "
      "parties' themes as:\n\n"
      "\"Kelly promoted a strict diet of lower taxes, growing jobs and reducing gas prices by "
      "increasing American energy production. Barber called Kelly too 'extreme' for the "
      "district and promised to embrace bipartisanship, touting moderate Republican supporters "
      "and distancing himself from Obama.\"\n\n"
      "-- In North Dakota, as The Bismarck Tribune reports, \"with 97 percent of precincts "
      "reporting, more than 1,000 votes separate the candidates.\"");
  ASSERT_FALSE(speakers.empty());
  EXPECT_NE(speakers[0], "North Dakota");
}

}  // namespace
}  // namespace claimdup
