#!/usr/bin/env bash
# Accuracy of quote clustering on a generated corpus with ground truth: pairwise precision,
# recall and F1 over cross-outlet pairs for thresholds 0.5-0.95, then the full report (B-cubed,
# recall per edit type, worst false merges and misses) at the default threshold 0.8.
#
#   benchmarks/accuracy.sh            # ARTICLES=5000 OUTLETS=100 SEED=42 BUILD=build
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
ARTICLES=${ARTICLES:-5000}
OUTLETS=${OUTLETS:-100}
SEED=${SEED:-42}
[ -x "$BUILD/gen_corpus" ] || { echo "build first: scripts/setup.sh" >&2; exit 2; }
mkdir -p .bench
base=".bench/acc_${ARTICLES}_${OUTLETS}_${SEED}"
if [ ! -f "$base.jsonl.zst" ]; then
  "$BUILD/gen_corpus" --articles "$ARTICLES" --outlets "$OUTLETS" --seed "$SEED" \
    --out "$base.jsonl.zst" --gold "$base"
fi
printf "%-9s %-9s %-9s %-9s\n" threshold precision recall F1
for t in 0.5 0.6 0.7 0.75 0.8 0.85 0.9 0.95; do
  out="$base.out_$t"
  "$BUILD/claimdup" run "$base.jsonl.zst" --threshold "$t" --out "$out" --quiet
  "$BUILD/claimdup" eval --gold "$base.quotes.jsonl" --pred "$out" |
    awk -v t="$t" '/^pairwise/ {printf "%-9s %-9s %-9s %-9s\n", t, $5, $7, $9}'
done
echo
echo "At the default threshold 0.8:"
"$BUILD/claimdup" eval --gold "$base.quotes.jsonl" --pred "$base.out_0.8"
