// Statements that speak for whoever issued them: `"…," the statement said` after `CNN said in
// a statement`, `The Intercept issued a statement`, `A White House statement released …` or
// `a statement from the Justice Department`. These readers find the words; speakers.cc
// resolves them (the issuer's quote, name or subject). Each read is bounded: O(1) per quote.
#ifndef CLAIMDUP_EXTRACT_STATEMENT_ISSUERS_H_
#define CLAIMDUP_EXTRACT_STATEMENT_ISSUERS_H_

#include <cstdint>
#include <utility>

#include "extract/attribution_tokens.h"

namespace claimdup {

// How far back (in tokens) the statement's first mention may stand from its quote.
inline constexpr int kMaxStatementDistance = 600;
// Paragraph breaks at most between the statement's first mention and its quote.
inline constexpr uint32_t kMaxStatementParagraphs = 3;

// True when the tokens at `i` read `the statement <speech verb>` (also `release`):
// `"…," the statement said`, `The statement continued: "…"`.
bool StatementSpeaksAt(const ArticleTokens& t, int i);

// The token of the nearest "statement" before token `position`, outside quotes and at most
// kMaxStatementDistance and kMaxStatementParagraphs back; -1 when there is none or it is a joint
// statement (`in a joint statement`, `X and Y released a statement`): several issuers give no
// speaker.
int IssuedStatementBefore(const ArticleTokens& t, int position);

// The capitalized issuer written with the statement at token `d`: `a statement from (the) X`,
// `X's statement`, `A White House statement`; [b, e) of its words, or {d, d} when none.
std::pair<int, int> StatementAuthor(const ArticleTokens& t, int d);

// The words of the issuer after the document word at `d` (`a statement from|by X`, `… attributed
// to X`), up to the first lower-case preposition or speech verb, or through a sentence end
// (`from committee chairman Sen. Lamar Alexander.`): [b, e), or {-1, -1} when none follows.
std::pair<int, int> AuthorWords(const ArticleTokens& t, int d);

// `"…," a statement from Downing Street said`, `"…," the letter from Kelly read`: the words
// at token `i` read `a|an|the <document> from|by X … <speech verb>` in one sentence (the
// document a statement, release, letter, memo, email, message or note). `noun` is the
// document's token, [b, e) the words of X up to the first lower-case preposition or verb
// (`the U.S. military command` of `… command in Baghdad read`), `verb` the verb's token; all
// -1 when the words read otherwise.
struct DocumentFrom {
  int noun = -1;
  int b = -1;
  int e = -1;
  int verb = -1;
};
DocumentFrom DocumentFromAt(const ArticleTokens& t, int i);

// The verb of the statement's sentence that its issuer speaks or issues it by, nearest `d`:
// `X said in a statement`, `In a statement, X said`, `X issued a statement`; -1 if none.
int StatementVerb(const ArticleTokens& t, int d);

// `Mitt Romney released a statement that read in part:`, `Hewlett-Packard issued a statement:`,
// `Vladimir Putin gave a brief statement in Russian …` + `Here's the translation:`, `Clinton
// issued the only statement that night … .` + `It read in part:`: a colon right before quote q
// ends a sentence that names a statement (or translation) issued by a verb (`released`,
// `issued`, `gave`, `made`, `sent`, `offered` …) whose subject is its issuer, or a short
// sentence that points back to one named in the sentence before (`It read:`, `The statement
// said:`, `Here's the translation:`). The token of that verb, -1 when the words read otherwise
// or the statement names an author of its own (`this statement from John Bolton:`).
int ColonStatementVerb(const ArticleTokens& t, int q);

// `Secretary of State John Kerry issued a statement condemning the attack.` + `"…"`: the
// sentence right before quote q (the quote opens the next sentence, in its paragraph or the
// next) names a statement issued by a verb, as ColonStatementVerb reads it, and ends with a
// period, no quote inside it; not a joint or identical statement. The verb's token, or -1.
int PeriodStatementVerb(const ArticleTokens& t, int q);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_STATEMENT_ISSUERS_H_
