#include "util/json_writer.h"

#include <emmintrin.h>

#include <cmath>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace claimdup {

namespace {

bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// The first byte at or after `pos` that needs an escape (a control byte, '"' or '\\'), or
// s.size(). Sixteen bytes at a time: text runs hundreds of bytes between escapes.
size_t NextEscape(absl::string_view s, size_t pos) {
  const char* p = s.data();
  const size_t n = s.size();
  const __m128i last_control = _mm_set1_epi8(0x1F);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  for (; pos + 16 <= n; pos += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, last_control), bytes);
    const int mask = _mm_movemask_epi8(_mm_or_si128(
        control, _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash))));
    if (mask != 0) return pos + static_cast<size_t>(__builtin_ctz(mask));
  }
  while (pos < n && !NeedsEscape(static_cast<unsigned char>(p[pos]))) ++pos;
  return pos;
}

}  // namespace

void AppendJsonString(absl::string_view s, std::string* out) {
  out->push_back('"');
  // Runs of bytes that need no escape (nearly all of them) are appended whole.
  size_t run = 0;
  for (size_t i = NextEscape(s, 0); i < s.size(); i = NextEscape(s, run)) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        absl::StrAppendFormat(out, "\\u%04x", c);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void JsonLine::Key(absl::string_view key) {
  // Keys are short plain words: `,"key":` is built on the stack and appended at once.
  constexpr size_t kMaxPlainKey = 60;
  if (key.size() <= kMaxPlainKey && NextEscape(key, 0) == key.size()) {
    char buf[kMaxPlainKey + 4];
    size_t n = 0;
    if (!first_) buf[n++] = ',';
    buf[n++] = '"';
    std::memcpy(buf + n, key.data(), key.size());
    n += key.size();
    buf[n++] = '"';
    buf[n++] = ':';
    out_.append(buf, n);
  } else {
    if (!first_) out_.push_back(',');
    AppendJsonString(key, &out_);
    out_.push_back(':');
  }
  first_ = false;
}

JsonLine& JsonLine::Str(absl::string_view key, absl::string_view value) {
  Key(key);
  AppendJsonString(value, &out_);
  return *this;
}

JsonLine& JsonLine::StrOrNull(absl::string_view key, absl::string_view value) {
  if (value.empty()) return Raw(key, "null");
  return Str(key, value);
}

JsonLine& JsonLine::Int(absl::string_view key, int64_t value) {
  Key(key);
  absl::StrAppend(&out_, value);
  return *this;
}

JsonLine& JsonLine::Num(absl::string_view key, double value) {
  Key(key);
  if (!std::isfinite(value)) {
    out_.append("null");
  } else {
    absl::StrAppendFormat(&out_, "%.6g", value);
  }
  return *this;
}

JsonLine& JsonLine::Bool(absl::string_view key, bool value) {
  Key(key);
  out_.append(value ? "true" : "false");
  return *this;
}

JsonLine& JsonLine::Raw(absl::string_view key, absl::string_view json) {
  Key(key);
  absl::StrAppend(&out_, json);
  return *this;
}

const std::string& JsonLine::Finish() {
  if (!done_) out_.push_back('}');
  done_ = true;
  return out_;
}

}  // namespace claimdup
