// Related-link boxes pasted into article text by some sites' scrapes.
//
// The Hill (about 590 of its 680 articles in the AllSides dump) follows the first mention of
// a person with a hidden box: their full name glued to two or three related headlines and
// the word MORE ("…said Sen. Elizabeth Warren Elizabeth Ann WarrenWarren goes local in race
// to build 2020 movement 2020 Democrats make play for veterans' votes MORE (D-Mass.)…").
// Scraped as text, the box lands inside quotes and attributions: the same headlines then
// match unrelated quotes across articles, and the speaker reads "Trump Donald John TrumpGOP".
//
// A box is recognized by its shape, not by outlet: the word MORE, and within kMaxBoxBytes
// before it a short name followed by the same person's full name ending in the same word
// ("Paul Ryan Paul Davis Ryan", "Trump Donald John TrumpGOP…": at most kMaxNameWords
// capitalized words apart), the full name followed by MORE or a capitalized headline word.
// The box is the full name through MORE; the short name the article wrote stays, and a
// comma, colon, semicolon or period right after MORE (and before a space) moves back against
// it. Linear in the text (a bounded window per MORE).
#ifndef CLAIMDUP_EXTRACT_LINK_BOXES_H_
#define CLAIMDUP_EXTRACT_LINK_BOXES_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdup {

inline constexpr int kMaxNameWords = 5;       // Words of a full name ("James (Jim) Daniel Jordan").
inline constexpr size_t kMaxBoxBytes = 600;   // From the glue to MORE (two or three headlines).

// Overwrites each box (from the full name through MORE) with spaces, so byte offsets into
// the text stay valid; returns the number of boxes blanked.
int BlankLinkBoxes(std::string* text);

// True when `text` may hold a box (it contains the word MORE): the cheap test before a copy.
bool MayHaveLinkBoxes(absl::string_view text);

// `text` with every run of spaces collapsed to one, and a run of two or more before an
// apostrophe dropped (claim text cut from a blanked article: "Mueller’s").
std::string CollapseSpaces(absl::string_view text);

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_LINK_BOXES_H_
