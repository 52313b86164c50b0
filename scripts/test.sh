#!/usr/bin/env bash
# Configures, builds (RelWithDebInfo with AddressSanitizer + UBSan, assert() on) into build-test/ and
# runs the whole test suite with ctest. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMDUP_SANITIZE=ON \
  -DCLAIMDUP_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-test --parallel
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-test --output-on-failure --timeout 600 -j "$(nproc)"
