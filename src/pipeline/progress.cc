#include "pipeline/progress.h"

#include <unistd.h>

#include <cstdio>

#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "util/human_bytes.h"

namespace claimdup {

Progress::Progress(bool enabled, std::string label)
    : active_(enabled && isatty(STDERR_FILENO)),
      label_(std::move(label)),
      start_(absl::Now()),
      last_draw_(absl::InfinitePast()) {}

void Progress::Update(int64_t bytes_done, int64_t bytes_total, int64_t documents) {
  if (!active_) return;
  const absl::Time now = absl::Now();
  if (now - last_draw_ < absl::Milliseconds(200)) return;
  last_draw_ = now;
  const double secs = std::max(1e-3, absl::ToDoubleSeconds(now - start_));
  const double frac = bytes_total > 0 ? std::min(1.0, double(bytes_done) / bytes_total) : 0.0;
  constexpr int kWidth = 28;
  const int fill = static_cast<int>(frac * kWidth);
  std::string bar(fill, '#');
  bar.resize(kWidth, '.');
  const double eta = frac > 0.001 ? secs * (1.0 - frac) / frac : 0.0;
  std::fprintf(stderr, "\r%s [%s] %5.1f%%  %s/s  %.0f docs/s  ETA %.0fs   ", label_.c_str(),
               bar.c_str(), 100.0 * frac, HumanBytes(bytes_done / secs).c_str(), documents / secs,
               eta);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Finish() {
  if (!active_ || !drawn_) return;
  std::fprintf(stderr, "\r%*s\r", 100, "");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace claimdup
