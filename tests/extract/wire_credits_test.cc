// Wire credits on real text: every string below is a paragraph (or line) of an article in
// ../shared/real/event_days.jsonl.zst or allsides_dev.jsonl.zst.
#include "extract/wire_credits.h"

#include "gtest/gtest.h"

namespace claimdup {
namespace {

TEST(WireCreditsTest, DatelineTagFollowedByADashCreditsTheWire) {
  EXPECT_EQ(DetectWireCredits("HELSINKI (AP) — The outcome of the first summit between the "
                              "United States and Russia"),
            kWireAp);
  EXPECT_EQ(DetectWireCredits("By Jeff Mason and Andrew Osborn HELSINKI (Reuters) - Donald Trump "
                              "met one-on-one with Vladimir Putin"),
            kWireReuters);
  EXPECT_EQ(DetectWireCredits("Hong Kong (AFP) – Viral video platform TikTok’s withdrawal from "
                              "Hong Kong"),
            kWireAfp);
  EXPECT_EQ(DetectWireCredits("HELSINKI - HELSINKI (AP) - The Latest on President Donald Trump's "
                              "summit with Russian President Vladimir Putin"),
            kWireAp);
  // The bundled corpus's SpaceWar.com copy of an AFP story: a date where the dash would be.
  EXPECT_EQ(DetectWireCredits("by Staff Writers Brussels (AFP) April 19, 2012 NATO allies and "
                              "Russia vowed Thursday"),
            kWireAfp);
}

TEST(WireCreditsTest, TagsWithoutADashAreNoCredit) {
  // An organization's initials, a caption's credit.
  EXPECT_EQ(DetectWireCredits("Tim Phillips, president of Americans for Prosperity (AFP), said his "
                              "outside conservative group has not taken any"),
            0);
  EXPECT_EQ(DetectWireCredits("Carl Bernstein (AP)"), 0);
  EXPECT_EQ(DetectWireCredits("Square on the eve of the summit taking place in the nearby "
                              "presidential palace. (AFP)"),
            0);
}

TEST(WireCreditsTest, PhotoCreditsAreNoCredit) {
  EXPECT_EQ(
      DetectWireCredits("President Trump attends a working breakfast with Finnish President "
                        "Sauli Niinisto in Helsinki on Monday. (Pablo Martinez Monsivais/AP)"),
      0);
  EXPECT_EQ(DetectWireCredits("mir Putin to settle things \"like adults\". (AP Photo/Markus "
                              "Schreiber)"),
            0);
  EXPECT_EQ(DetectWireCredits("Photo: Pablo Martinez Monsivais, AP"), 0);
  EXPECT_EQ(DetectWireCredits("abad, Pakistan July 14, 2018. REUTERS/Faisal Mahmood"), 0);
  EXPECT_EQ(DetectWireCredits("Image copyright AFP Image caption President Trump spoke to "
                              "journalists"),
            0);
  EXPECT_EQ(DetectWireCredits("Rep. Tim Murphy hates abortion in public, but loves it in "
                              "private. Jim Watson/AFP/Getty Images"),
            0);
}

TEST(WireCreditsTest, MentionsAreNoCredit) {
  EXPECT_EQ(DetectWireCredits("Ferguson Police Chief Tom Jackson told The Associated Press that he "
                              "was informed Monday that the FBI was going"),
            0);
  EXPECT_EQ(DetectWireCredits("According to Reuters, roughly 50,000 unaccompanied minors"), 0);
  EXPECT_EQ(DetectWireCredits("On Friday, former New York Mayor Michael Bloomberg warned "
                              "Republicans that fixing immigration is essential"),
            0);
  EXPECT_EQ(DetectWireCredits("By Michael Bloomberg"), 0);
  // "dpa" inside a word.
  EXPECT_EQ(DetectWireCredits("the party of their parents and grandparents – and saying"), 0);
  EXPECT_EQ(DetectWireCredits("Copyright © 2019 The Washington Times, LLC."), 0);
}

TEST(WireCreditsTest, CreditLinesAndBylines) {
  EXPECT_EQ(DetectWireCredits("The Associated Press\n\nHELSINKI — The outcome"), kWireAp);
  EXPECT_EQ(DetectWireCredits("THE ASSOCIATED PRESS"), kWireAp);
  EXPECT_EQ(DetectWireCredits("By Jean H. Lee, Associated Press"), kWireAp);
  EXPECT_EQ(DetectWireCredits("By JONATHAN LEMIRE, JILL COLVIN and VLADIMIR ISACHENKOV Associated "
                              "Press"),
            kWireAp);
  EXPECT_EQ(DetectWireCredits("Justin Sink, Margaret Talev and Ilya Arkhipov, Bloomberg"),
            kWireBloomberg);
  EXPECT_EQ(DetectWireCredits("By ROBERT BURNS AP National Security Writer"), kWireAp);
  EXPECT_EQ(DetectWireCredits("Reuters"), kWireReuters);
  EXPECT_EQ(DetectWireCredits("AFP\n\n14 Jul 2018"), kWireAfp);
}

TEST(WireCreditsTest, ContributionNotesNameTheirWires) {
  EXPECT_EQ(DetectWireCredits("Fox News’ John Roberts and The Associated Press contributed to this "
                              "report."),
            kWireAp);
  EXPECT_EQ(DetectWireCredits("• Associated Press writer Jim Kuhnhenn contributed to this report."),
            kWireAp);
  EXPECT_EQ(DetectWireCredits("AFP and the Associated Press contributed to this report"),
            kWireAp | kWireAfp);
  EXPECT_EQ(DetectWireCredits("Material from Bloomberg News and AFP was used in this report."),
            kWireBloomberg | kWireAfp);
  EXPECT_EQ(DetectWireCredits("Contributing: Kim Hjelmgaard, USA TODAY; Associated Press"),
            kWireAp);
  // Another outlet's reporters.
  EXPECT_EQ(DetectWireCredits("- CNN's Ashley Killough and Paul Steinhauser contributed to this "
                              "report."),
            0);
}

TEST(WireCreditsTest, CopyrightLinesAndSignOffs) {
  EXPECT_EQ(DetectWireCredits("Copyright 2018 The Associated Press. All rights reserved. This "
                              "material may not be published"),
            kWireAp);
  EXPECT_EQ(DetectWireCredits("© 2019 Thomson/Reuters. All rights reserved."), kWireReuters);
  EXPECT_EQ(DetectWireCredits("(Writing by Kay Johnson; Editing by Mark Potter)"), kWireReuters);
  EXPECT_EQ(DetectWireCredits("To contact the reporter on this story: Jennifer Jacobs in "
                              "Washington"),
            kWireBloomberg);
}

TEST(WireCreditsTest, TitleEndingInAnAgency) {
  EXPECT_EQ(DetectWireCredits("no credit in the text", "Trump meets Putin in Helsinki - Reuters"),
            kWireReuters);
  EXPECT_EQ(DetectWireCredits("no credit in the text", "Trump meets Putin | AP News"), kWireAp);
  EXPECT_EQ(DetectWireCredits("no credit in the text", "Trump - Putin summit opens"), 0);
}

TEST(WireCreditsTest, NamesAreInBitOrder) {
  EXPECT_EQ(WireNames(kWireAfp | kWireAp | kWireUpi),
            (std::vector<absl::string_view>{"AP", "AFP", "UPI"}));
  EXPECT_EQ(WireOfName("dpa"), kWireDpa);
  EXPECT_EQ(WireOfName("Agence"), 0);
}

}  // namespace
}  // namespace claimdup
