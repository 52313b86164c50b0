// Byline paragraphs as AllSides dev digests sign the columns they quote (../shared/real/).
#include "extract/bylines.h"

#include <string>

#include "gtest/gtest.h"

namespace claimdup {
namespace {

Byline Read(const std::string& paragraph) {
  return ReadByline(paragraph, Span{0, static_cast<uint32_t>(paragraph.size())});
}

TEST(BylinesTest, PersonAndOutlet) {
  EXPECT_EQ(Read("John Fund, National Review").name, "John Fund");
  EXPECT_TRUE(Read("John Fund, National Review").person);
  EXPECT_EQ(Read("Timothy P. Carney, Washington Examiner").name, "Timothy P. Carney");
  EXPECT_EQ(Read("Timothy L. O’Brien, Bloomberg").name, "Timothy L. O’Brien");
  EXPECT_EQ(Read("Daniel Larison, The American Conservative").name, "Daniel Larison");
  EXPECT_EQ(Read("Paul Mirengoff, Power Line Blog").name, "Paul Mirengoff");
}

TEST(BylinesTest, EditorialIsTheOutlets) {
  const Byline b = Read("Editorial Board, Wall Street Journal");
  EXPECT_EQ(b.name, "Wall Street Journal");
  EXPECT_FALSE(b.person);
  EXPECT_EQ(Read("The Editors, National Review").name, "National Review");
}

TEST(BylinesTest, CaptionsDegreesAndSentencesAreNoBylines) {
  // 1pn6oDxVqCgp6Zrh: a photo caption naming three people.
  EXPECT_EQ(Read("David Pecker, Barry Levine and Dylan Howard").name, "");
  // JY8USBK1VgaVjrQF: a signature with a degree.
  EXPECT_EQ(Read("Mike Wadman, M.D.").name, "");
  EXPECT_EQ(Read("Nahal Toosi, Anita Kumar, Wesley Morgan and Victoria Guida, Politico").name, "");
  EXPECT_EQ(Read("But then, Trump said the deal was done").name, "");
  EXPECT_EQ(Read("Washington, D.C.").name, "");
}

}  // namespace
}  // namespace claimdup
