// WordToken: a normalized word's 16-bit fingerprint, the unit that claims are stored,
// shingled and compared in. How tokens are computed lives in text/shingle.h; this header
// holds only the type, so the claim table can store tokens without depending on text/.
#ifndef CLAIMDUP_CORE_WORD_TOKEN_H_
#define CLAIMDUP_CORE_WORD_TOKEN_H_

#include <cstdint>

namespace claimdup {

using WordToken = uint16_t;

}  // namespace claimdup

#endif  // CLAIMDUP_CORE_WORD_TOKEN_H_
