// Speaker attribution rules of the twenty-first round (j), on real news (../shared/real/: the
// dump and article id are in each comment): wrong names near the quote. An inverted
// attribution ending a sentence (`…, said Marilyn Ogar, deputy director of …`) names who
// speaks after its verb, for the quote that opens the next sentence and for a `he said`
// after it, also when a role appositive follows the name; the sentence's opening words
// (`Security forces …`, `Moderate candidates …`) are what was said, not a speaker
// (docs/speaker_rounds.md, twenty-first round (j)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// AllSides dev nuLvYt4j8WDUv6nG (CNN): the quote after the sentence; "Security" is
// capitalized in the appositive too.
TEST(SpeakerRulesRound21j, QuoteAfterInvertedAttributionWithRole) {
  const std::vector<std::string> speakers = Speakers(
      "Government officials disputed Monday that the man in the video with the girls is "
      "Shekau.\n\nSecurity forces have confirmed and are sure Shekau is dead, said "
      "Marilyn Ogar, deputy director of State Security Services in Nigeria. \"So "
      "whoever is speaking as Abubakar Shekau is not Abubakar Shekau.\"");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Marilyn Ogar");
}

// AllSides dev wF9Ovkrj5GS5YWmK (Christian Science Monitor): `author of`, and the quote
// paragraph's `she says` after it.
TEST(SpeakerRulesRound21j, QuoteParagraphAfterAuthorAppositive) {
  const std::vector<std::string> speakers = Speakers(
      "Moderate candidates in both parties are few and far between, says Danielle "
      "Thomsen, author of \xE2\x80\x9C""Opting Out of Congress: Partisan Polarization "
      "and the Decline of Moderate "
      "Candidates.\xE2\x80\x9D""\n\n\xE2\x80\x9C""They\xE2\x80\x99""re just not running "
      "for office at the same rate\xE2\x80\x9D"" as liberals or conservatives, her "
      "research has found. \xE2\x80\x9C""That\xE2\x80\x99""s really changed "
      "dramatically,\xE2\x80\x9D"" she says. \xE2\x80\x9C""Now they\xE2\x80\x99""re "
      "only about three or four percent\xE2\x80\x9D"" of each party\xE2\x80\x99""s "
      "candidates.");
  ASSERT_GE(speakers.size(), 2u);
  for (const std::string& s : speakers) EXPECT_EQ(s, "Danielle Thomsen");
}

// AllSides dev MRd7LdkSKwohuj3s (NPR): `he said` resolves to the name after the inverted
// verb, whose appositive is a role (`president of`), not to "the Net".
TEST(SpeakerRulesRound21j, PronounAfterInvertedAttributionWithRole) {
  const std::vector<std::string> speakers = Speakers(
      "Those rules will lead to legal uncertainty and prevent innovation on the Net, "
      "said Randolph May, president of the Free State Foundation, which supports "
      "limited government. \"These terms are so standardless that the commission can "
      "exercise discretion arbitrarily to favor one company or market segment or "
      "another,\" he said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Randolph May");
}

// AllSides dev U1QfQrZdqam172ut (Christian Science Monitor): a role of two words before
// `at` (`litigation director at`); `she said` is hers, not a country's.
TEST(SpeakerRulesRound21j, PronounAfterRoleBeforeAt) {
  const std::vector<std::string> speakers = Speakers(
      "Pablo has spent his entire young adulthood in search of safety, peace, and a "
      "place where he can be open about his sexual orientation. He left El Salvador "
      "because his life was in danger, and he knew Guatemala and Mexico were similarly "
      "dangerous for him as a gay man, said Keren Zwick, litigation director at the "
      "NIJC.\n\n\xE2\x80\x9C""Like so many people who have been shut out from safety by "
      "this administration, Pablo believed the United States would provide him "
      "safety,\xE2\x80\x9D"" she said.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], "Keren Zwick");
}

// AllSides dev gJeLnyzk69logZc4 (Politico): the sentence goes on after the appositive
// (`insists Fayette, the state's second-largest county, is well resourced`): Fayette is
// that clause's subject, no speaker; the quote after it keeps the sentence's subject.
TEST(SpeakerRulesRound21j, ClauseAfterAppositiveNamesNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "While Blevins, a Democratic elected official, insists Fayette, the "
      "state\xE2\x80\x99""s second-largest county, is well resourced and equipped to "
      "securely conduct balloting, he worries about less populated "
      "regions.\n\n\xE2\x80\x9C""Mitch\xE2\x80\x99""s inaction is directly harming his "
      "home state\xE2\x80\xA6""there\xE2\x80\x99""s no "
      "question.\xE2\x80\x9D""\n\n\xE2\x80\x9C""The smaller counties are in dire "
      "straits, and Kentucky for a combination of reasons,\xE2\x80\x9D"" Blevins said.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_NE(speakers[0], "Fayette");
  EXPECT_EQ(speakers[1], "Blevins");
}

// AllSides dev XxJjC9XfWvmCU7PO (Salon): `First, he mocked … by calling the airstrikes on ISIS
// "…": "…"` read "First" as a one-word name; it names no one (none, not "First").
TEST(SpeakerRulesRound21j, SentenceAdverbIsNoSpeaker) {
  const std::vector<std::string> speakers = Speakers(
      "Jon Stewart has offered viewers a full range of critique of the ISIS coverage. On "
      "September 23 he focused on a couple of key issues. First, he mocked the "
      "media\xE2\x80\x99""s excitement and \xE2\x80\x9C""anticipation\xE2\x80\x9D"" of "
      "the war by calling the airstrikes on ISIS \xE2\x80\x9C""the IPhone 6 of "
      "wars\xE2\x80\x9D"": \xE2\x80\x9C""It\xE2\x80\x99""s expensive, a little bigger, "
      "a little more unwieldy than you thought it was going to be; it\xE2\x80\x99""s going "
      "to be at least a two-year commitment.\xE2\x80\x9D""");
  ASSERT_GE(speakers.size(), 1u);
  for (const std::string& s : speakers) EXPECT_NE(s, "First");
}

// AllSides dev TiUwFZzdqJplZTIk (CNN): `he told an audience` reached the adjective of
// `Democratic front-runner Hillary Clinton`; no one rather than "Democratic".
TEST(SpeakerRulesRound21j, PartyAdjectiveIsNoAntecedent) {
  const std::vector<std::string> speakers = Speakers(
      "The Sanders campaign -- which has been looking to debate Democratic front-runner "
      "Hillary Clinton before California's primary on June 7 -- continued to push the idea "
      "on Thursday, with Sanders himself broaching the topic at the top of remarks at a "
      "Revolt TV town hall on Thursday morning in Hollywood.\n\n\"Now I understand that "
      "yesterday on the Jimmy Kimmel show, which I'm going to be recording later today, "
      "Donald Trump has agreed to debate me. I look forward to that,\" he told an audience "
      "during the live-streamed event.");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_NE(speakers[0], "Democratic");
}

}  // namespace
}  // namespace claimdup
