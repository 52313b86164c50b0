// Web-page furniture inside an article's text: a newsletter sign-up box (`Newsletter Sign Up
// Continue reading the main story Please verify you're not a robot …`, POLITICO's `Email Sign
// Up By signing up you agree to receive email newsletters …`). A paragraph is furniture when
// it holds no quote and two or more distinct sign-up phrases; its sentences are no narration a
// pronoun reads back through (twenty-third round (b)). No per-outlet lists: the phrases are
// those of the widgets. Photo and video captions are not furniture here (they name people).
#ifndef CLAIMDUP_EXTRACT_WEB_JUNK_H_
#define CLAIMDUP_EXTRACT_WEB_JUNK_H_

#include "extract/attribution_tokens.h"

namespace claimdup {

// Whether the paragraph holding token `token` is page furniture (above). Reads the
// paragraph's tokens once: callers cache per paragraph.
bool IsWebFurnitureParagraph(const ArticleTokens& t, int token);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_WEB_JUNK_H_
