#!/usr/bin/env bash
# Scores the extractor on the development corpus (input/*.txt against
# tests/gold/*.json) with the shared scorer. Usage: scripts/score_corpus.sh [BIN] [extra scorer args]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/pressfacts}
shift || true
scorer=../shared/tools/score_facts.py
[ -f "$scorer" ] || { echo "no ../shared/tools/score_facts.py: skipping corpus score"; exit 0; }
pred=$(mktemp -d)
trap 'rm -rf "$pred"' EXIT
for gold in tests/gold/*.json; do
  stem=$(basename "$gold" .json)
  "$bin" extract "input/$stem.txt" --stdout --format json > "$pred/$stem.json"
done
python3 "$scorer" --gold-dir tests/gold --pred-dir "$pred" --text-dir input "$@"
