// Speaker attribution rules of the sixth round, each on real news (AllSides dev half,
// ../shared/real/; the article id is in each comment; "…" marks text left out), from the
// pooled wrong and missing speakers of every tuning set (docs/speaker_rounds.md).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

using V = std::vector<std::string>;

TEST(SpeakerRulesRound6Test, OutletPossessiveBeforeNameSharesParticiple) {
  // rT0DiSv29m38ytJZ: "NBC’s" opened the sentence, so the participle's subject was dropped.
  EXPECT_EQ(Speakers("Earlier in the evening, Chief Political Analyst Gloria Borger blamed the "
                     "Tea Party for Senate losses, instead of crediting them with motivating GOP "
                     "grassroots voters. “Has the Tea Party really hurt the Republican chances in "
                     "the last two elections to take control of the Senate?” she asked.\n\n"
                     "NBC’s Chuck Todd echoed the theme, saying “The Republican party has some "
                     "serious soul-searching to do.”"),
            (V{"Gloria Borger", "Chuck Todd"}));
}

TEST(SpeakerRulesRound6Test, OutletPossessiveBeforeNameSharesColon) {
  // fkDPfXPy7z0yFBGP: a colon sentence opened by "The Washington Post's Ezra Klein".
  EXPECT_EQ(Speakers("The Washington Post's Ezra Klein summed up the shape of the still-evolving "
                     "deal this way:\n\n-- \"Boehner offered to let tax rates rise for income "
                     "over $1 million. The White House wanted to let tax rates rise for income "
                     "over $250,000. The compromise will likely be somewhere in between.\""),
            (V{"Ezra Klein"}));
}

TEST(SpeakerRulesRound6Test, OutletPossessiveDoesNotReachIntoReportedSpeech) {
  // aeJzTi3k0KU9HqyK: the words are Chao's, reported by NPR's David Schaper; a verb joined
  // by "but" inside the reported clause is not the reporter's.
  EXPECT_EQ(Speakers("NPR's David Schaper reported that Chao talked about the \"bold vision\" "
                     "Trump has to rebuild the country's crumbling infrastructure, but "
                     "acknowledged that \"the government doesn't have the resources to do it "
                     "all.\""),
            (V{""}));
}

TEST(SpeakerRulesRound6Test, PossessiveNounAfterPossessiveIsNoName) {
  // w6zit1Z5RYYaCdBA: "Here’s Hunter’s Dad" named no person (a first version gave "Hunter
  // Dad").
  EXPECT_EQ(Speakers("Here’s Hunter’s Dad physically pushing an Iowa man and telling him “Go "
                     "vote for someone else.”"),
            (V{""}));
}

TEST(SpeakerRulesRound6Test, PronounOfJoinedClauseIsTheSentenceSubject) {
  // hNeDRPcua6AOBjmz: "he" went to Kim, the nearest man; the clause joined by "and" goes on
  // about the sentence's subject.
  EXPECT_EQ(Speakers("President Trump, on the heels of his historic summit with Kim Jong Un, "
                     "told Fox News’ Sean Hannity that he believes the North Korean leader will "
                     "begin to work toward dismantling his country’s nuclear program “virtually "
                     "immediately.”\n\nIn an interview with Fox News, Trump said the process is "
                     "“really moving rapidly.”\n\n“I just think that we are now we are going to "
                     "start the process of denuclearization of North Korea,” Trump said.\n\n"
                     "The historic agreement "
                     "came after the two leaders held several meetings throughout the day. Trump "
                     "was asked by a reporter if Kim agreed to denuclearize and he said, “We are "
                     "starting that process very quickly.”"),
            (V{"Trump", "Trump"}));
}

TEST(SpeakerRulesRound6Test, PronounOfJoinedClauseTakesTheNameAfterTheTitles) {
  // mQY5YAO57ssjaUf3: the subject is the last name of the opening run, not "New York".
  EXPECT_EQ(Speakers("Bloomberg said he didn't \"feel threatened.\"\n\nNew York Police "
                     "Department spokesman Paul Browne would not confirm the language in the "
                     "letters, but he said the \"subject matter was gun-owner rights and they "
                     "contained the same threatening language.\""),
            (V{"Paul Browne"}));
}

TEST(SpeakerRulesRound6Test, PronounAfterJoinedVerbKeepsNearestAgreeing) {
  // TCHhtRy0HLizYmvh: "but noted she" is no pronoun opening a joined clause: "she" is the
  // speaker named just before (a first version gave Barbara Walters).
  EXPECT_EQ(Speakers("Romney was initially scheduled to appear with her husband, according to "
                     "host Barbara Walters.\n\nWalters grilled Romney on abortion, and stem cell "
                     "research, but noted she is not the one running for office.\n\n“I am "
                     "pro-life and I’m happy to say that,” said Ann Romney when asked by Walters "
                     "if her thoughts on the issue changed like her husband of 43 years."),
            (V{"Ann Romney"}));
}

TEST(SpeakerRulesRound6Test, TitleWordAloneIsTheSurnameOfAPersonNamedBefore) {
  // YYQLwg7tXXy44oiF: "Rep. Peter King" is a person named King ("King" was a title word, so
  // the person was "Peter" and `King said` named nobody).
  EXPECT_EQ(
      Speakers("Rep. Peter King, chairman of the House Homeland Security Committee's "
               "subcommittee on terrorism and Intelligence, said on CNN's \"The Situation "
               "Room\" that Americans, the airlines and those at the Olympics should take "
               "the threat \"very seriously.\"\n\nKing said he has some confidence in how "
               "the Russians are handling security, but \"really not enough because they are "
               "not sharing enough intelligence\" about what's happening inside the country."),
      (V{"Peter King"}));
}

TEST(SpeakerRulesRound6Test, TitleWordAloneBeforeSaidIsASurname) {
  // 9SLazWWLi0HE8Fff: the article never gives King's given name.
  EXPECT_EQ(Speakers("“I agree entirely with Saxby Chambliss,” King said on NBC’s “Meet the "
                     "Press.” “A pledge you signed 20 years ago, 18 years ago, is for that "
                     "Congress. … The world has changed, and the economic situation is "
                     "different.”\n\n“I will violate the pledge, long story short, for the good "
                     "of the country, only if Democrats will do entitlement reform,” Graham said "
                     "on ABC’s “This Week.”"),
            (V{"King", "King", "Graham"}));
}

TEST(SpeakerRulesRound6Test, SurnameJudgeIsNotTheJudgeNamedBefore) {
  // x3dL4KGZBBai96Sd: "Judge, a recovering alcoholic," is Mark Judge; the quotes went to
  // Judge Brett Kavanaugh.
  EXPECT_EQ(Speakers("The high school friend of Judge Brett Kavanaugh, whose name has been drawn "
                     "into the allegations leveled against the Supreme Court nominee by several "
                     "women, said Friday he would cooperate with any law enforcement "
                     "investigation.\n\nIn a letter to Senate Judiciary Committee Chairman Chuck "
                     "Grassley, R-Iowa, and Ranking Member Dianne Feinstein, D-Calif., Friday, "
                     "Mark Judge, denied the latest round of accusations brought against him and "
                     "Kavanaugh by Julie Swetnick.\n\n“The allegations in the Swetnick affidavit "
                     "are so bizarre that, even while suffering from my addiction, I would "
                     "remember actions so outlandish. I categorically deny them,” Judge, a "
                     "recovering alcoholic, said in the letter.\n\n“I do not know Julie "
                     "Swetnick,” he continued. “I do not recall attending parties during "
                     "1981-1983 when I fondled or grabbed women in an aggressive or unwanted "
                     "manner.”"),
            (V{"Mark Judge", "Mark Judge", "Mark Judge"}));
}

TEST(SpeakerRulesRound6Test, GovernorNamedJusticeSpeaks) {
  // bUfM8VIIYpYXKfte.
  EXPECT_EQ(Speakers("West Virginia Gov. Jim Justice, a Republican, meanwhile, was lavish in his "
                     "praise.\n\n“We’re just so appreciative, but we really need you,” Justice "
                     "told Trump."),
            (V{"Jim Justice"}));
}

TEST(SpeakerRulesRound6Test, SurnameTitleBeforeAGivenNameStaysATitle) {
  // xGeEtHashUm6LopF: "Justice John Roberts" is John Roberts (a first version of the surname
  // rule read "Court Justice" as a name and left "Roberts" bare).
  EXPECT_EQ(Speakers("A rare public spat broke out between Trump and Chief Supreme Court Justice "
                     "John Roberts Wednesday over the president's angry comments about judges "
                     "who rule against him.\n\nRoberts, in a rare rebuke of a sitting president, "
                     "said the country doesn't have \"Obama judges or Trump judges, Bush judges "
                     "or Clinton judges.\""),
            (V{"John Roberts"}));
}

TEST(SpeakerRulesRound6Test, SurnameTitleOfABodyNameIsNoSpeaker) {
  // KgWYGAXqMJ7tQ5o3: "Justice" of "the Justice Department" is no one who speaks.
  EXPECT_EQ(Speakers("Republicans, who are investigating what they say is bias and possible "
                     "wrongdoing by the Justice Department in the run-up to the 2016 "
                     "presidential election, say the memos show Comey was “blind to biases "
                     "within the FBI and had terrible judgment with respect to his deputy Andrew "
                     "McCabe.”"),
            (V{""}));
}

TEST(SpeakerRulesRound6Test, ByLineParagraphSignsTheQuotesBeforeIt) {
  // 9u45ZjNOEHs9Um7o: a digest quoting columns, each signed by a byline paragraph; the second
  // quote runs over two paragraphs.
  EXPECT_EQ(
      Speakers("“The issue of rogue police officers who routinely violate constitutional rights "
               "and their superiors and unions who protect them is no longer a Right-versus-Left "
               "issue. It should be an issue that unites all Americans.”\n\nJohn Fund, National "
               "Review\n\n\n\n“Unfortunately, union protection plays no small role in keeping "
               "cops like Chauvin and Thao out on the streets. Collective bargaining agreements "
               "for police generally include normal language around wages and benefits but can "
               "also act as an unbreachable firewall between the cops and those they have "
               "injured…\n\n\n\n“Ultimately, police unions protect their own, and the contracts "
               "they bargain keep killers, domestic abusers, and white supremacists in positions "
               "of deadly power—or provide them with generous pensions should they "
               "leave.”\n\nKim Kelly, New Republic\n\n\n\nOther opinions follow."),
      (V{"John Fund", "Kim Kelly"}));
}

TEST(SpeakerRulesRound6Test, EditorialByLineGivesTheOutlet) {
  // r60lP6TJqyBb27vd.
  EXPECT_EQ(Speakers("Both sides generally oppose the executive order:\n\n\n\n“The government "
                     "has no place second-guessing such decisions. Speech isn’t always either "
                     "black or white, to say nothing of red or blue.”\n\nEditorial Board, Wall "
                     "Street Journal\n\n\n\n“It’s an especially ridiculous overreach coming "
                     "from a president who supposedly hates regulation.”"),
            (V{"Wall Street Journal", ""}));
}

TEST(SpeakerRulesRound6Test, CaptionAfterAContinuedQuoteIsNoByline) {
  // 1pn6oDxVqCgp6Zrh: the quote continues Swalwell's; the caption after it names others.
  EXPECT_EQ(Speakers("\"Mr. Weisselberg is a relevant witness for many committees,\" Rep. Eric "
                     "Swalwell, a California Democrat on the House intelligence committee, told "
                     "NPR.\n\n\"We have a Trump Organization that, for a very long time, has "
                     "wanted to do business in Russia and has also had Russians invest in Trump "
                     "Tower in the United States.\"\n\nDavid Pecker, Barry Levine and Dylan "
                     "Howard\n\ntoggle caption Marion Curtis/AP"),
            (V{"Eric Swalwell", "Eric Swalwell"}));
}

}  // namespace
}  // namespace claimdup
