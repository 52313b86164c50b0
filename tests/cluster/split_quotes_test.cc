#include "cluster/split_quotes.h"

#include <vector>

#include "extract/paragraphs.h"
#include "gtest/gtest.h"
#include "sketch/sketch_text.h"

namespace claimdup {
namespace {

// One article's claims `texts`, each in the quote group `groups` gives it.
ClaimTable Claims(const std::vector<const char*>& texts, const std::vector<uint32_t>& groups,
                  const MatchOptions& match, const MinHasher& hasher) {
  ClaimTable t(match.num_perms);
  t.docs.push_back({"d0", t.InternOutlet("WaPo"), "", "", ""});
  SketchScratch s;
  for (size_t i = 0; i < texts.size(); ++i) {
    SketchText(texts[i], match, hasher, &s);
    t.AddClaim(0, 0, 0, CountWords(texts[i]), groups[i], 0, 0, texts[i], s.sketch());
  }
  return t;
}

// Group 0 is real (allsides dev): McConnell's remark split around "McConnell (R-Ky.) said
// on Louisville radio on Monday". Then a quote of its own, and a made-up split quote whose
// first part is two words.
TEST(SplitQuotesTest, PartsPointAtTheirJoinedTextAndShortPartsMatchOnlyThroughIt) {
  const MatchOptions match;
  const MinHasher hasher(false, match.num_perms, match.seed);
  const ClaimTable t = Claims({"If you look at the shape the world\u2019s in,",
                               "my view is the nation\u2019s defense right now cries out for "
                               "priority.",
                               "We are going to win this election.", "Absolutely not.",
                               "That is the point and we will make it."},
                              {0, 0, 2, 3, 3}, match, hasher);
  const ClaimTable joined = JoinSplitQuotes(t, match, hasher);
  ASSERT_EQ(joined.size(), 2u);
  EXPECT_EQ(joined.text(0),
            "If you look at the shape the world\u2019s in, my view is the nation\u2019s defense "
            "right now cries out for priority.");
  EXPECT_EQ(joined.group(1), 3u);
  EXPECT_EQ(joined.words(0), 21u);
  const auto parts = SplitQuoteParts(t, joined);
  EXPECT_EQ(parts, (std::vector<std::pair<uint32_t, uint32_t>>{{0, 5}, {1, 5}, {3, 6}, {4, 6}}));
  const std::vector<bool> alone = ItemsMatchedAlone(t, joined, parts, match.containment_min_words);
  EXPECT_EQ(alone, (std::vector<bool>{true, true, true, false, true, true, true}));
}

// Real (allsides dev, Washington Times 2019-07-28): `"Anyone who took the walk … in a wealthy
// nation," Mr. Sanders said, according to The Baltimore Sun. "You would think …"` is cut
// before its comma; the joined wording a reader sees gets the period the speaker's sentence
// ended with (Townhall printed it whole: "…in a wealthy nation. You would think…"). A part
// that goes on in lower case, or with "I", keeps a plain space.
TEST(SplitQuotesTest, JoinedWordingEndsTheSentenceACutPartEnded) {
  const MatchOptions match;
  const MinHasher hasher(false, match.num_perms, match.seed);
  const ClaimTable t =
      Claims({"Anyone who took the walk that we took around this neighborhood would not think "
              "you\u2019re in a wealthy nation",
              "You would think that you were in a Third World country.", "When we won",
              "I knew the work had only started."},
             {0, 0, 2, 2}, match, hasher);
  const ClaimTable joined = JoinSplitQuotes(t, match, hasher);
  ASSERT_EQ(joined.size(), 2u);
  EXPECT_EQ(joined.text(0),
            "Anyone who took the walk that we took around this neighborhood would not think "
            "you\u2019re in a wealthy nation. You would think that you were in a Third World "
            "country.");
  EXPECT_EQ(joined.text(1), "When we won I knew the work had only started.");
}

}  // namespace
}  // namespace claimdup
