// One name per person across a run: spelling variants of a speaker (Sergei / Sergey
// Lavrov, S. Lavrov, a bare "Lavrov", `O’Rourke` / `O'Rourke`) are folded onto the most used
// full spelling.
//
// Names with the same surname are the same person when their first names are compatible:
// equal, one a short form of the other ("Chuck" / "Charles": core/given_name_forms.h), one
// an initial of the other, or close spellings (same first letter, edit distance <= 2), and
// their middle names, when both have one, agree (equal, or one an initial of the other:
// "George W. Bush" is not "George H.W. Bush"); a suffix belongs to the surname
// ("Donald Trump Jr" is not Donald Trump; "Trump Jr" is him). A bare surname joins the person
// holding at least 90% of that surname's full-name uses ("Trump" -> Donald Trump beside a few
// Melania Trump) and, when article counts are given, named in at least half as many articles
// as the bare surname (a governor Henry McMaster in 2 articles does not absorb the "McMaster"
// of 19 articles about H.R. McMaster, nor "Will China" the "China" of 13), else it stays as
// written.
#ifndef CLAIMDUP_EXTRACT_SPEAKER_NAMES_H_
#define CLAIMDUP_EXTRACT_SPEAKER_NAMES_H_

#include <cstdint>
#include <string>
#include <vector>

namespace claimdup {

// For speakers[i] used counts[i] times (in articles[i] articles, when given), the index of
// the name it folds onto. Index 0 is "unknown" and maps to itself.
std::vector<uint32_t> CanonicalSpeakers(const std::vector<std::string>& speakers,
                                        const std::vector<int64_t>& counts,
                                        const std::vector<int64_t>& articles = {});

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_SPEAKER_NAMES_H_
