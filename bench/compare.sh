#!/usr/bin/env bash
# Times pressfacts against the Python jieba + regex pipeline on the bench
# corpus, and the whole-process start-up of `extract` on one article against
# a process that only builds jieba-rs's default dictionary.
#
#   bench/compare.sh            # ARTICLES=400 RUNS=5 PY_RUNS=3 STARTUP_RUNS=30
#
# Needs cargo and python3 (with venv); uses hyperfine when installed, else
# bench/timing.py. Creates a venv in target/bench-venv and installs jieba
# there from PyPI on first use. Prints a table; numbers are medians of
# whole-process wall times.
set -euo pipefail

cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-400}
RUNS=${RUNS:-5}
PY_RUNS=${PY_RUNS:-3}
STARTUP_RUNS=${STARTUP_RUNS:-30}
ONE=${ONE:-input/article.txt}

echo "== building release binaries" >&2
cargo build --release --quiet --bin pressfacts --example gen_corpus --example jieba_only
PF=target/release/pressfacts
JO=target/release/examples/jieba_only

CORPUS=$(mktemp -d)
trap 'rm -rf "$CORPUS"' EXIT
target/release/examples/gen_corpus "$CORPUS" "$ARTICLES"
FILES=("$CORPUS"/*.txt)
BYTES=$(cat "${FILES[@]}" | wc -c)

VENV=target/bench-venv
if ! "$VENV/bin/python" -c 'import jieba' 2>/dev/null; then
    echo "== creating $VENV and installing jieba" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet jieba
fi
PY="$VENV/bin/python"
JIEBA_PY=$("$PY" -c 'import jieba; print(jieba.__version__)')

# median_seconds RUNS WARMUP CMD ARGS...: median whole-process wall time.
median_seconds() {
    local runs=$1 warmup=$2
    shift 2
    if command -v hyperfine >/dev/null; then
        local json
        json=$(mktemp)
        hyperfine --style none --shell=none --runs "$runs" --warmup "$warmup" \
            --export-json "$json" -- "$*" >&2
        python3 -c 'import json,sys; print("%.6f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$json"
        rm -f "$json"
    else
        python3 bench/timing.py "$runs" "$warmup" -- "$@"
    fi
}

echo "== pressfacts extract over $ARTICLES articles ($BYTES bytes), $RUNS runs" >&2
T_PF=$(median_seconds "$RUNS" 1 "$PF" extract -j 1 --stdout --format jsonl "${FILES[@]}")

echo "== Python jieba $JIEBA_PY + regex over the same files, $PY_RUNS runs" >&2
# One untimed run warms jieba's dictionary cache and reports the time after load.
PY_INFO=$("$PY" bench/python_pipeline.py "${FILES[@]}" 2>&1 >/dev/null | tail -1)
echo "$PY_INFO" >&2
T_PY=$(median_seconds "$PY_RUNS" 0 "$PY" bench/python_pipeline.py "${FILES[@]}")

echo "== start-up on $ONE, $STARTUP_RUNS runs each" >&2
T_ONE=$(median_seconds "$STARTUP_RUNS" 3 "$PF" extract "$ONE" --stdout)
T_JO=$(median_seconds "$STARTUP_RUNS" 3 "$JO")
T_JO_OOV=$(median_seconds "$STARTUP_RUNS" 3 "$JO" --oov)

python3 - "$BYTES" "$T_PF" "$T_PY" "$T_ONE" "$T_JO" "$T_JO_OOV" "$PY_INFO" "$ARTICLES" "$ONE" <<'PY'
import re, sys
nbytes = int(sys.argv[1])
t_pf, t_py, t_one, t_jo, t_jo_oov = map(float, sys.argv[2:7])
info, articles, one = sys.argv[7], sys.argv[8], sys.argv[9]
m = re.search(r"= ([0-9.]+) MB/s after load", info)
py_loaded = float(m.group(1)) if m else float("nan")
mb = nbytes / 1e6
pf, py = mb / t_pf, mb / t_py
print()
print(f"Whole-process medians; corpus: {articles} articles, {nbytes} bytes (MB = 10^6 bytes)")
print("| measurement | median | MB/s |")
print("| --- | ---: | ---: |")
print(f"| pressfacts extract --format jsonl, 1 thread | {t_pf:.3f} s | {pf:.2f} |")
print(f"| Python jieba.posseg + regex | {t_py:.3f} s | {py:.3f} |")
print(f"| Python, after its dictionary load (one run) | | {py_loaded:.3f} |")
print(f"| pressfacts extract {one} --stdout | {t_one * 1e3:.1f} ms | |")
print(f"| jieba_only (Jieba::new + tag a line of dictionary words) | {t_jo * 1e3:.1f} ms | |")
print(f"| jieba_only --oov (… + tag an unknown word: loads jieba's HMM table) | {t_jo_oov * 1e3:.1f} ms | |")
print()
def ratio(label, r, target, higher_is_better=True):
    ok = r >= target if higher_is_better else r <= target
    sign = ">=" if higher_is_better else "<="
    print(f"{label}: {r:.2f}x (target {sign} {target}x: {'met' if ok else 'NOT met'})")
ratio("pressfacts / Python (whole process)", pf / py, 30)
ratio("one-article extract / jieba_only (wall time)", t_one / t_jo, 1.15, higher_is_better=False)
ratio("one-article extract / jieba_only --oov (wall time)", t_one / t_jo_oov, 1.15, higher_is_better=False)
PY
