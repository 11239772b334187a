"""Whole-process extraction time of two revisions of claimledger, side by side in one run.

The throughput bench compares claimledger with natasha; its claimledger figure moves by a tenth
from one run to the next on a shared machine, as much as a speed change moves it. This bench
says what a change did: it checks out each revision into a temporary git worktree, compiles its
modules to bytecode (as an installed wheel has them), and runs `claimledger extract` from each on
the same posts (the throughput bench's sample: 3,000 random Russian Telegram posts, its seed),
alternating A and B, `--runs` times each; it prints every run, the medians and B's median over
A's, with the machine's load and package versions. Both run in this environment, so only the
package's own code differs.

    python bench/extract_revisions.py s16-start HEAD              # default jobs
    python bench/extract_revisions.py s16-start HEAD --jobs 1 --runs 9
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from extract_throughput import DEFAULT_CORPUS, PACKAGES, load_posts, write_posts
from machine import describe

ROOT = Path(__file__).resolve().parents[1]
# Runs the CLI of the package on PYTHONPATH, whatever the environment installed editable.
CLI = "import sys\nfrom claimledger.cli import run\nsys.argv[0] = 'claimledger'\nrun()"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", help="the revision timed first (git rev)")
    parser.add_argument("b", help="the revision compared with it")
    parser.add_argument("--jobs", type=int, default=0, help="extract's --jobs (0: automatic)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if args.a == args.b:
        parser.error("name two different revisions")
    print(describe(PACKAGES))
    with tempfile.TemporaryDirectory() as tmp:
        posts = write_posts(Path(tmp) / "posts.jsonl", load_posts(args.corpus, args.limit))
        revs = (args.a, args.b)
        trees = {rev: _checkout(rev, Path(tmp) / f"tree{i}") for i, rev in enumerate(revs)}
        try:
            times = _alternate(trees, posts, args.jobs, args.runs)
        finally:
            for tree in trees.values():
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                               check=False, capture_output=True)
    print(f"{args.limit} posts of {args.corpus}, --jobs {args.jobs or 'automatic'}, "
          f"{args.runs} alternating runs each")
    for rev, runs in times.items():
        shown = " ".join(f"{t:.2f}" for t in runs)
        print(f"{rev:>14}: median {statistics.median(runs):.3f} s  (runs: {shown})")
    ratio = statistics.median(times[args.b]) / statistics.median(times[args.a])
    print(f"{args.b} / {args.a}: {ratio:.3f} of the time")


def _checkout(rev: str, path: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), rev],
                   check=True, capture_output=True)
    compileall.compile_dir(path / "src" / "claimledger", quiet=1)
    return path


def _alternate(trees: dict[str, Path], posts: Path, jobs: int, runs: int) -> dict[str, list[float]]:
    command = [sys.executable, "-c", CLI, "extract", "--jobs", str(jobs), str(posts)]
    times: dict[str, list[float]] = {rev: [] for rev in trees}
    for _ in range(runs):
        for rev, tree in trees.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL,
                           env=_env(tree / "src"))
            times[rev].append(time.perf_counter() - start)
    return times


def _env(src: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src)}


if __name__ == "__main__":
    main()
