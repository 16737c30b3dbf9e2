"""Median wall time of a command, for bench/compare.sh when hyperfine is
not installed.

    python3 bench/timing.py RUNS WARMUP -- CMD ARGS...

Runs CMD WARMUP times untimed, then RUNS times with standard output and
error discarded, and prints the median wall time in seconds
(time.perf_counter around each whole process). Exits 1 if a run fails.
"""

import statistics
import subprocess
import sys
import time


def main(argv):
    runs, warmup = int(argv[0]), int(argv[1])
    cmd = argv[3:] if argv[2] == "--" else argv[2:]
    times = []
    for i in range(warmup + runs):
        t0 = time.perf_counter()
        rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        dt = time.perf_counter() - t0
        if rc != 0:
            print(f"timing.py: {cmd[0]} exited {rc}", file=sys.stderr)
            return 1
        if i >= warmup:
            times.append(dt)
    print(f"{statistics.median(times):.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
