// Web-page furniture inside an article's text: a newsletter sign-up box (`Newsletter Sign Up
// Continue reading the main story Please verify you're not a robot …`), a photo or video
// caption strip (`Image copyright Getty Images Image caption …`, `Media playback is unsupported
// on your device Media caption …`). A paragraph is furniture when it holds no quote and two or
// more distinct furniture phrases; its sentences are no narration a pronoun reads back through
// (twenty-third round (b)). No per-outlet lists: the phrases are those of page widgets.
#ifndef CLAIMDUP_EXTRACT_WEB_JUNK_H_
#define CLAIMDUP_EXTRACT_WEB_JUNK_H_

#include "extract/attribution_tokens.h"

namespace claimdup {

// Whether the paragraph holding token `token` is page furniture (above). Reads the
// paragraph's tokens once: callers cache per paragraph.
bool IsWebFurnitureParagraph(const ArticleTokens& t, int token);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_WEB_JUNK_H_
