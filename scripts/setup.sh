#!/usr/bin/env bash
# Installs missing build dependencies and builds claimdup (Release) into build/.
# Idempotent: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --parallel
echo "Built build/claimdup. Try: build/claimdup run corpus/" >&2
