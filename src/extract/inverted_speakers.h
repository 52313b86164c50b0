// The speaker an inverted attribution ending a sentence names after its verb: `…, said FBI
// Director Christopher A. Wray.`, `…, says Angie Gutierrez, a Ph.D. candidate …`, and a name
// before an appositive opened by a role (`…, said Marilyn Ogar, deputy director of …`, `…,
// says Danielle Thomsen, author of …`). Capitalized and title words only between the verb
// and the name's end, so reported speech (`said Mr. Obama recognized …`, `said Trump's …`) is
// no name. With `appositive_ends_sentence`, an appositive the sentence goes on from as a
// clause (`insists Fayette, the state's second-largest county, is well resourced`) names no
// one: the name may be that clause's subject. A verb of telling (`…, told Fox News.`) names its listener: none. Constant time in
// the name's length (at most kMaxTitledNameAfterWords words).
#ifndef CLAIMDUP_EXTRACT_INVERTED_SPEAKERS_H_
#define CLAIMDUP_EXTRACT_INVERTED_SPEAKERS_H_

#include "extract/attribution_tokens.h"
#include "extract/subject_reader.h"

namespace claimdup {

// For a speech verb at token `v` right after a comma, in the sentence ending at token `se`
// (exclusive), the name after it; Subject() when there is none.
Subject InvertedSpeaker(const ArticleTokens& t, const SubjectReader& reader, int v, int se,
                        bool appositive_ends_sentence);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_INVERTED_SPEAKERS_H_
