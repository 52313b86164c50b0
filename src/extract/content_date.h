// Content dates: the day an article's text is known to exist by.
//
// A live-updated article keeps the date of its first version (often in its URL) while its
// text grows for weeks or years: Vox's "Donald Trump's long history of racism" is dated
// 2016-07-25 and embeds Trump's tweets of July 14, 2019. Dated by its URL, it would be the
// "first" outlet to carry a 2019 tweet. The one dependable trace of such an update is an
// embedded tweet's signature line, which Twitter's embed code prints as
// "— Donald J. Trump (@realDonaldTrump) July 14, 2019". When the latest such date is more
// than kUpdateDays after the article's own date, the article was rewritten since and its
// text dates from that day. A gap of a day or two is time zones and overnight edits, not a
// new version, and is left alone. Undated articles stay undated (a tweet gives only a lower
// bound). One pass over the text, looking only at "(@" occurrences: linear.
#ifndef CLAIMDUP_EXTRACT_CONTENT_DATE_H_
#define CLAIMDUP_EXTRACT_CONTENT_DATE_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

inline constexpr int kUpdateDays = 7;

// The latest day an embedded tweet's signature in `text` names, as "YYYY-MM-DD"; "" if none.
std::string LatestEmbeddedTweetDay(absl::string_view text);

// The date of an article whose publication date is `date` (ISO 8601, or "" when unknown) and
// whose text is `text`: `date`, or the latest embedded tweet's day when that is more than
// kUpdateDays later.
std::string ContentDate(const std::string& date, absl::string_view text);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_CONTENT_DATE_H_
