// Span: a half-open byte range [begin, end) into an article's text.
#ifndef CLAIMDUP_EXTRACT_TEXT_SPAN_H_
#define CLAIMDUP_EXTRACT_TEXT_SPAN_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace claimdup {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  absl::string_view In(absl::string_view text) const { return text.substr(begin, end - begin); }
  bool operator==(const Span&) const = default;
};

}  // namespace claimdup

#endif  // CLAIMDUP_EXTRACT_TEXT_SPAN_H_
