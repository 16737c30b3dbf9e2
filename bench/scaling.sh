#!/usr/bin/env bash
# Does the run time grow linearly with the input? Generates hostile inputs of
# growing size — press-release phrases, emoji, combining marks, control
# characters and mixed scripts on ONE line without sentence ends — and times
# `pressfacts extract` on each. Linear work shows as a flat MB/s column.
#
#   bench/scaling.sh             # SIZES="5 10 25 50" (megabytes) RUNS=3
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"5 10 25 50"}
RUNS=${RUNS:-3}

cargo build --release --quiet --bin pressfacts
PF=target/release/pressfacts
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

printf '%8s %10s %10s %10s\n' "MB" "median s" "MB/s" "peak MB"
for mb in $SIZES; do
    python3 - "$DIR/h$mb.txt" "$mb" <<'PY'
import sys
pieces = ["重庆市与科伦坡签署友好合作协议13项", "近200位嘉宾", "😀🚄✈️", "e\u0301a\u0308",
          "\u0001\u0007\u001b[0m", "Москва—Париж", "مرحبا", "ＡＢＣ１２３", "《未闭合的书名",
          "—————", "三四五六七八九十百千万亿", "\u200b", "开通重庆—越南河内航线", "1.2.3.4.5"]
path, mb = sys.argv[1], int(sys.argv[2])
out, n, i = [], 0, 0
while n < mb * 1_000_000:
    p = pieces[i % len(pieces)]
    out.append(p)
    n += len(p.encode())
    i = (i * 31 + 7) % 1009
open(path, "w").write("".join(out))
PY
    times=()
    peak=0
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f '%e %M' -o "$DIR/t" "$PF" extract "$DIR/h$mb.txt" --stdout --format jsonl > /dev/null
        read -r secs kb < "$DIR/t"
        times+=("$secs")
        (( kb > peak )) && peak=$kb
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    awk -v mb="$mb" -v s="$median" -v kb="$peak" 'BEGIN { printf "%8d %10.2f %10.2f %10.0f\n", mb, s, mb / s, kb / 1024 }'
    rm -f "$DIR/h$mb.txt"
done
