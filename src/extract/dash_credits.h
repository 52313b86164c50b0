// Credit lines after a quote, the way digests, fact checks and epigraphs sign what they quote:
//
//   "…the most important thing that I do." -- Jim Messina, campaign manager to President Obama,
//   talking to Politico
//   "…there is no logic in that."
//   — Charles Krauthammer on "Special Report with Bret Baier."
//
// The credit is read only where the quote ends a sentence (`."`, `?"`, `!"`, `…"`) or opens its
// paragraph, and a dash (`--`, `—`, `–`, ` - `) follows its closing mark on the same line, or
// opens the next paragraph when the quote fills its own. It is a name, titles allowed (`Sen.
// Marco Rubio`), ending the line or followed by `,` / `.` / a parenthesis / the next quote's mark
// / `on`, `in`, `to`, `talking`, … . Refused: tweet embeds (`— Jim Acosta (@Acosta) October 21,
// 2016`: the quote is inside someone's tweet, not the tweeter's words), staff lines (`-- Scott
// Wong contributed.`, `With assistance by`, `updated`), a possessive (`CNN's Elise Labott`), an
// all-capital heading, a name followed by a verb (`Michelle Malkin is host of`), and a bare
// name alone in its paragraph (a live blog's reporter signing an entry). A document credit
// (`— Statement from former Gov. John H. Sununu`, `— email Wednesday from Steve Guest`) gives
// the name after `from`; one by no person (`-- A letter from 20 Republican senators`, `— White
// House statement on …`) gives kUnnamed: nobody speaks. Whether a name is a person is the
// caller's to judge (speakers.cc). Reads at most kMaxCreditBytes: O(1) a quote.
#ifndef CLAIMDUP_EXTRACT_DASH_CREDITS_H_
#define CLAIMDUP_EXTRACT_DASH_CREDITS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extract/person_names.h"
#include "extract/quotes.h"
#include "extract/text_span.h"

namespace claimdup {

// Bytes of a credit line read after its dash: a name with its role and occasion.
inline constexpr size_t kMaxCreditBytes = 240;

// The name a dash credit line gives `quote` of `text` (split into `paragraphs`): a kName
// Subject (name and titles as ParseSubject reads them), kUnnamed for a document by no person,
// or kNone when there is no credit line or it is refused.
Subject DashCreditAfter(absl::string_view text, const std::vector<Span>& paragraphs,
                        const QuoteSpan& quote);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_DASH_CREDITS_H_
