// SubjectReader's reading of a speaker an event moved to speak (subject_reader.h): `prompting
// the Democratic pundit Van Jones to declare grandiloquently on CNN: "…"`, `which led Matthew
// Continetti to say, "…"`: the object of a causing verb, before "to" and the speech verb in
// its base form that introduce the quote, says it; not the subject of the causing verb, nor
// the subject of the sentence (eighteenth round (a)).
#include "extract/subject_reader.h"
#include "extract/word_set.h"

namespace claimdup {
namespace {

// `prompting X to`, `led X to`, `forced X to`.
bool IsCausingVerb(absl::string_view w) {
  static constexpr WordSet kVerbs{{"prompting", "prompted", "prompts", "prompt", "leading", "led",
                                   "causing", "caused", "forcing", "forced", "inspiring",
                                   "inspired", "spurring", "spurred", "compelling", "compelled",
                                   "provoking", "provoked"}};
  return kVerbs.contains(w);
}

// The base form of a speech verb after "to": `to say`, `to declare`, `to tweet back`.
bool IsBaseSpeechVerb(absl::string_view w) {
  static constexpr WordSet kVerbs{
      {"say",      "declare",  "tweet", "write",   "reply",  "respond",  "joke",    "quip",
       "complain", "announce", "state", "warn",    "remark", "proclaim", "comment", "post",
       "note",     "insist",   "argue", "exclaim", "tell",   "ask",      "wonder",  "retort",
       "observe",  "lament",   "quote", "muse",    "shout",  "scream",   "yell",    "add"}};
  return kVerbs.contains(w);
}

}  // namespace

// Words from the speech verb to the quote, and from the causing verb to "to".
constexpr int kMaxCausedVerbToQuote = 10;
constexpr int kMaxCausedObjectWords = 10;

// `v` a speech verb after "to" in the words [b, e) before a quote, with no quoting verb between
// it and the quote (HeadSubject's verb loop stops at the first): when it stands at most
// kMaxCausedVerbToQuote words before the quote, in its base form, and a causing verb stands at
// most kMaxCausedObjectWords words before "to", the words between them are who speaks, parsed
// as any subject (a name, `the president`, `the host`); nobody named when they name no one
// (`prompting others to ask`). Else kNone.
Subject SubjectReader::CausedToSpeak(int b, int v, int e) const {
  if (e - v > kMaxCausedVerbToQuote || v - 1 <= b || t_.Lower(v - 1) != "to" ||
      !IsBaseSpeechVerb(t_.Lower(v))) {
    return Subject();
  }
  for (int k = v + 1; k < e; ++k) {
    if (t_[k].sentence_end) return Subject();
  }
  const int to = v - 1;
  for (int c = to - 1; c >= b && to - c <= kMaxCausedObjectWords; --c) {
    if (t_[c].quote >= 0 || t_[c].sentence_end) return Subject();
    if (!IsCausingVerb(t_.Lower(c))) continue;
    if (c + 1 == to) return Subject();  // `led to say`: no object.
    // `prompted Erick Erickson, of the conservative blog Redstate, to write`: the name
    // before an aside's comma.
    int end = c + 1;
    while (end < to && !t_[end].comma_after) ++end;
    if (end < to) ++end;
    const Subject who = ParseSubject(t_.text(), t_.lower(), Tokens(c + 1, end));
    return who.kind == Subject::Kind::kNone ? Subject::Unnamed() : who;
  }
  return Subject();
}

}  // namespace claimdup
