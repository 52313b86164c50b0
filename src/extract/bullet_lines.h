// Bullet summaries in sentence mode: unpunctuated lines that are text, not menus.
//
// Some outlets open an article with a bullet summary whose lines carry no end punctuation
// ("He meets the Russian president for 90 minutes one-on-one"), so the menu-line rule
// (extract/paragraphs.h) drops them with the navigation. Such a line is written in sentence
// case (most words after the first start in lower case; menus, headlines in title case and
// bylines do not) and stands among others like it: three or more in a row form a bullet
// summary, whose lines are text. Quotes mode does not use this (its output is unchanged).
#ifndef CLAIMDUP_EXTRACT_BULLET_LINES_H_
#define CLAIMDUP_EXTRACT_BULLET_LINES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extract/text_span.h"

namespace claimdup {

// Whether `paragraph` has min_words words or more, in sentence case, and does not end like
// a sentence (the shape of one bullet line).
bool IsBulletLine(absl::string_view paragraph, int min_words);

// Clears (*menu)[p] for the paragraphs of every run of 3+ consecutive bullet lines of
// `text`; returns how many were cleared. menu->size() == paragraphs.size().
int KeepBulletSummaries(absl::string_view text, const std::vector<Span>& paragraphs, int min_words,
                        std::vector<bool>* menu);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_BULLET_LINES_H_
