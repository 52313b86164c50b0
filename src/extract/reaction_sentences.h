// A quote paragraph after a sentence about its speaker's reaction (twenty-fourth round (c)):
// `American golfer, Tiger Woods, expressed how impactful Palmer has been over the years.` +
// `"Arnold meant everything to golf. …"`, `When his aunt Virginia Riley took to the
// microphone, she called out Black Lives Matter, …` + a quote paragraph. The reader finds the
// verb; speakers.cc reads its subject (as for an issued statement) and keeps a person only.
// O(kMaxHeadWords) per quote.
#ifndef CLAIMDUP_EXTRACT_REACTION_SENTENCES_H_
#define CLAIMDUP_EXTRACT_REACTION_SENTENCES_H_

#include "extract/attribution_tokens.h"

namespace claimdup {

// The token of the reaction verb (`expressed`, `reacted`, `praised`, `defended`, `called
// out`, `hit back`, `tweeted`, … a closed list, finite forms only) nearest the end of the
// sentence right before quote q, when q fills its paragraph, that sentence ends the paragraph
// just before with a period, holds no quote and negates nothing before the verb (`Facebook has
// not responded`), and the verb opens no relative clause (`John Cox, who described himself`);
// -1 otherwise.
int ReactionVerbBefore(const ArticleTokens& t, int q);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_REACTION_SENTENCES_H_
