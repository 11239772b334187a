"""CPU seconds of one command under two source trees, side by side: the before/after of a speed
change on a shared, loaded machine, where wall time across runs says little.

    python bench/cpu_compare.py --before ../main/src --after src --runs 5 -- \
        -m claimledger extract posts.jsonl --lang ru --format jsonl --quiet

Runs `python ARGS` with PYTHONPATH set to each tree, alternating, and prints the median user+sys
CPU seconds of each (the child's own rusage), the ratio, and the load average.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys


def cpu_seconds(tree: str, args: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "PYTHONPATH": tree}
    subprocess.run([sys.executable, *args], check=True, env=env, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="CPU seconds of a command under two trees")
    parser.add_argument("--before", required=True, help="PYTHONPATH of the before run")
    parser.add_argument("--after", required=True, help="PYTHONPATH of the after run")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("args", nargs=argparse.REMAINDER, help="arguments of python, after --")
    options = parser.parse_args(argv)
    args = options.args[1:] if options.args[:1] == ["--"] else options.args
    times: dict[str, list[float]] = {"before": [], "after": []}
    for _ in range(options.runs):
        times["before"].append(cpu_seconds(options.before, args))
        times["after"].append(cpu_seconds(options.after, args))
    before, after = (statistics.median(times[k]) for k in ("before", "after"))
    print(f"python {' '.join(args)}")
    print(f"before ({options.before}): {before:.3f} CPU s  {sorted(times['before'])}")
    print(f"after  ({options.after}): {after:.3f} CPU s  {sorted(times['after'])}")
    print(f"after/before: {after / before:.2f}; load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
