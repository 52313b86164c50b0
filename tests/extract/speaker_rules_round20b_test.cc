// Speaker attribution rules of the twentieth round (b), on real news (../shared/real/: the dump
// and article id are in each comment): "he"/"she", which person. A person named in a
// subordinate clause opening a sentence yields to the main clause's named subject (`once Obama
// released his birth certificate, Trump hedged`); a surname used as a modifier is no one who
// acts (`said the Sanders campaigner`); whom "he"
// told a quote (`"…," he told Bash`) is not "he" (docs/speaker_rounds.md, twentieth round (b)).
#include <string>
#include <vector>

#include "extract/speakers_of.h"
#include "gtest/gtest.h"

namespace claimdup {
namespace {

constexpr auto Speakers = testing::SpeakersOf;

// BuzzFeed-Webis bfw-0923 (random17): the sentence before the quote opens with a subordinate
// clause naming Obama; "he" is its main clause's subject, Trump. (The dump's no-break spaces
// are written as spaces, as ingestion reads them.)
TEST(SpeakerRulesRound20b, SubordinateClausePersonYieldsToMainSubject) {
  const std::vector<std::string> speakers = Speakers(
      "In 2011, when Trump was spearheading the movement questioning whether President Obama was "
      "born in the United States, Trump told ABC News that he would release his tax returns if "
      "Obama "
      "released his long-form birth certificate. \xE2\x80\x9CI\xE2\x80\x99"
      "d love to give my tax "
      "returns,\xE2\x80\x9D he said. "
      "But once Obama released his birth certificate, Trump "
      "hedged. \xE2\x80\x9C"
      "At the appropriate time I\xE2\x80\x99m going to do it,\xE2\x80\x9D he "
      "said. The appropriate time never came.");
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0], "Trump");
  EXPECT_EQ(speakers[1], "Trump");
}

// AllSides dev Bq29kZyOITbsBMdN (dev half; Jeff Knox and Alan Gottlieb introduced first, as
// the article does): `When subsequent questioners echoed Knox, Gottlieb reminded …` + `"…,"
// he asked` is Gottlieb.
TEST(SpeakerRulesRound20b, WhenClauseObjectIsNotTheSubject) {
  const std::vector<std::string> speakers = Speakers(
      "It's so small that when Jeff Knox stepped up to a microphone, no explanation was needed. "
      "He accused GRPC organizer Alan Gottlieb of betraying the movement.\n\n"
      "When subsequent questioners echoed Knox, Gottlieb reminded his audience that even without "
      "a background-check system in place, there are good reasons not to sell guns to strangers. "
      "\"If you're stupid enough to sell a gun to someone you don't know, forget the criminal "
      "liability "
      "-- what about the civil liability?\" he asked.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Alan Gottlieb");
}

// AllSides dev UMbCNBu2QEKd0Qxi (random17, Breitbart): `said the Sanders campaigner` names
// Kyle Jurek, not Bernie Sanders; "he adds" is Jurek.
TEST(SpeakerRulesRound20b, SurnameAsModifierIsNoHe) {
  const std::vector<std::string> speakers = Speakers(
      "Undercover footage released by Project Veritas on Tuesday shows a field organizer for Sen. "
      "Bernie Sanders\xE2\x80\x99s (I-VT) 2020 campaign warning that liberals will \xE2\x80\x9Cget "
      "the fucking wall first\xE2\x80\x9D in a socialist revolution.\n\n"
      "The remark, uttered by an individual identified as Kyle Jurek, was prompted by a Project "
      "Veritas "
      "journalist, who asked: \xE2\x80\x9CGuys like that (liberals), what are we going to do with "
      "them?\xE2\x80\x9D\n\n\xE2\x80\x9CGulag,\xE2\x80\x9D Jurek quipped with a laugh, before "
      "adding: "
      "\xE2\x80\x9CLiberals get the fucking wall first.\xE2\x80\x9D\n\nThe Sanders "
      "organizer\xE2\x80\x99s "
      "comment is a play on the expression \xE2\x80\x9C"
      "against the wall,\xE2\x80\x9D a reference "
      "to past left-wing regimes placing dissenters against a wall to be shot.\n\nAt another "
      "point, "
      "the Project Veritas journalist asks, \xE2\x80\x9CWho you gonna throw down "
      "with?\xE2\x80\x9D\n\nJurek "
      "reflects for a moment, then begins counting on his fingers: \xE2\x80\x9CThe billionaire "
      "class, "
      "the fucking media, pundits.\xE2\x80\x9D\n\nRunning with that train of thought, he "
      "fantasizes "
      "about killing the staff of cable news channel MSNBC\xE2\x80\x93"
      "an openly liberal outlet "
      "that has obsessively pursued far-left conspiracy theories about President Trump conspiring "
      "with Russia.\n\n\xE2\x80\x9CWalk into that MSNBC studios, drag these motherfuckers out by "
      "their hair, and light them on fire in the streets,\xE2\x80\x9D he continues.\n\nIn another "
      "part of the video, Jurek is asked what should be done about those who \xE2\x80\x9Cresist "
      "the "
      "change.\xE2\x80\x9D\n\n\xE2\x80\x9CWell, I\xE2\x80\x99ll tell you what. In Cuba, what did "
      "they do to reactionaries?\xE2\x80\x9D\n\n\xE2\x80\x9CThey shot them on the "
      "beach,\xE2\x80\x9D "
      "the Project Veritas journalist answered.\n\n\xE2\x80\x9C"
      "Do you want to fight against the "
      "revolution? You\xE2\x80\x99re gonna die for it, motherfucker,\xE2\x80\x9D Jurek "
      "replied.\n\nDuring "
      "a separate part of the undercover video, Jurek speaks favorably about gulags, arguing they "
      "could be used to re-educate Trump supporters and billionaires.\n\n\xE2\x80\x9CIn Nazi "
      "Germany, "
      "after the fall of the Nazi Party, there was a shit-ton of the populace that was fucking "
      "Nazified,\xE2\x80\x9D "
      "said the Sanders campaigner.\n\n\xE2\x80\x9CGermany had to spend billions of dollars "
      "re-educating "
      "their fucking people to not be Nazis,\xE2\x80\x9D he continues. "
      "\xE2\x80\x9CWe\xE2\x80\x99re "
      "probably going to have to do the same fucking thing here. That\xE2\x80\x99s kind of what "
      "all "
      "Bernie\xE2\x80\x99s whole fucking like, \xE2\x80\x98hey, free education for "
      "everybody\xE2\x80\x99 "
      "because we\xE2\x80\x99re going to have to teach you to not be a fucking "
      "Nazi.\xE2\x80\x9D\n\n\xE2\x80\x9C[The] "
      "greatest way to break a fucking billionaire of their privilege and their idea that their "
      "superior, "
      "go and break rocks for 12 hours a day. You\xE2\x80\x99re now a working class person and "
      "you\xE2\x80\x99re "
      "going to fucking learn what the means, right?\xE2\x80\x9D he adds.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Kyle Jurek");
}

// BuzzFeed-Webis bfw-0490 (random17, CNN): `"…, Dana," he told Bash.` + `"…," Bash said.` +
// `"…," he said`: Dana Bash (of no sex the given-name list knows) was told by "he", so "he"
// is Trump, not Bash.
TEST(SpeakerRulesRound20b, WhomHeToldIsNotHe) {
  const std::vector<std::string> speakers = Speakers(
      "CNN's Dana Bash interviewed Donald Trump after the debate.\n\n"
      "Trump later said in another interview after the debate that Clinton never gets anything "
      "\"fixed.\"\n\n\"She "
      "has been saying these things for years. And nothing ever happens. They never get fixed. "
      "It's "
      "all talk, no action,\" he said.\n\nThe real estate mogul said the debate was \"very "
      "exciting "
      "overall\" and claimed online polls showed him doing well in the immediate aftermath of the "
      "debate.\n\nRELATED: Clinton puts Trump on defense at first debate\n\n\"I just think it was "
      "very exciting overall, Dana,\" he told Bash. \"Based on all of the online polls, we did "
      "tremendously.\"\n\n\"You "
      "haven't had a real poll yet,\" Bash said.\n\n\"Well, I mean, but the online polls were "
      "fantastic. "
      "Hundreds of thousands of people are calling and voting,\" he said.");
  ASSERT_FALSE(speakers.empty());
  EXPECT_EQ(speakers.back(), "Donald Trump");
}

}  // namespace
}  // namespace claimdup
