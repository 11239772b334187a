"""Throughput of claimledger's extraction against natasha's segmentation + NER, two ways.

Both read the same random posts of the Russian Telegram corpus (3,000 by default, a fixed seed):
- in one process: models and tables loaded before the clocks start, posts per second of each;
- as whole processes, as a user runs them: `claimledger extract posts.jsonl` against
  `bench/natasha_ner.py posts.jsonl` (load, read, segment + NER, print a count), wall time each,
  the median of `--runs` alternating runs.
natasha does less than claimledger (it finds names, not claims), so the ratio is a floor on how
much cheaper the rule grammars are than a neural tagger on the same text. The machine's load and
the package versions are printed with the figures, since both move them.

    python bench/extract_throughput.py                 # 3,000 posts, 3 whole-process runs each
    python bench/extract_throughput.py --limit 0       # every post (natasha takes minutes)
    python bench/extract_throughput.py --skip-natasha  # claimledger alone
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from machine import describe

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "ru-telegram" / "posts.jsonl"
SEED = 20241120
PACKAGES = ("claimledger", "natasha", "pymorphy3", "razdel", "pyahocorasick", "simplemma")


def machine() -> str:
    return describe(PACKAGES)


def load_posts(path: Path, limit: int) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        posts = [json.loads(line) for line in handle if line.strip()]
    if 0 < limit < len(posts):
        posts = random.Random(SEED).sample(posts, limit)
    return posts


def timed(label: str, work: Callable[[], int], count: int, what: str) -> float:
    """Run `work` once; print and return posts per second. `work` returns a count of `what`.
    The CPU seconds are printed beside the wall time: on a shared, loaded machine they move
    less than the wall clock."""
    start, cpu_start = time.perf_counter(), time.process_time()
    found = work()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    rate = count / seconds if seconds else float("inf")
    print(
        f"{label:<34} {count:>6} posts in {seconds:8.2f} s = {rate:9.1f} posts/s "
        f"(CPU {cpu:.2f} s = {count / cpu if cpu else float('inf'):.1f} posts/s; "
        f"{found} {what})"
    )
    return rate


def claimledger_runner(posts: list[dict[str, Any]]) -> Callable[[], int]:
    # the extraction's code is imported before the clock, as natasha's is
    import claimledger.extract.pipeline  # noqa: F401
    from claimledger.extract import Extractor
    from claimledger.sources.read_jsonl import record_report

    extractor = Extractor()
    resources = extractor.resources
    resources.lexer("ru")
    resources.gazetteer.get("RU")  # build or load the place tables before the clock
    resources.registry.lookup("x")
    reports = [record_report(post) for post in posts]

    def run() -> int:
        return sum(1 for report in reports if extractor.extract(report, "ru").claims)

    return run


def natasha_runner(texts: list[str]) -> Callable[[], int]:
    sys.path.insert(0, str(ROOT / "bench"))
    from natasha_ner import NatashaNer

    ner = NatashaNer()
    return lambda: sum(ner.spans(text) for text in texts)


Timing = tuple[float, float]  # wall seconds, CPU seconds (user + system) of one command


def whole_process(path: Path, runs: int, skip_natasha: bool) -> tuple[Timing, Timing | None]:
    """Median wall and CPU seconds of the two commands, alternating so load hits both alike."""
    ours_cmd = [sys.executable, "-m", "claimledger", "extract", str(path), "--lang", "ru",
                "--format", "jsonl", "--quiet"]
    theirs_cmd = [sys.executable, str(ROOT / "bench" / "natasha_ner.py"), str(path)]
    ours: list[Timing] = []
    theirs: list[Timing] = []
    for _ in range(runs):
        ours.append(_run(ours_cmd))
        if not skip_natasha:
            theirs.append(_run(theirs_cmd))
    return _median(ours), (_median(theirs) if theirs else None)


def _median(timings: list[Timing]) -> Timing:
    return statistics.median(t[0] for t in timings), statistics.median(t[1] for t in timings)


def _run(command: list[str]) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="claimledger vs natasha throughput")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=3000, help="posts to sample; 0 for all")
    parser.add_argument("--runs", type=int, default=3, help="whole-process runs of each command")
    parser.add_argument("--skip-natasha", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}; pass --corpus PATH", file=sys.stderr)
        return 2
    posts = load_posts(args.corpus, args.limit)
    print(machine())
    if sys.flags.dont_write_bytecode:  # the whole-process runs inherit it
        print("PYTHONDONTWRITEBYTECODE set: a source with no cached .pyc compiles at each start")
    print(f"{len(posts)} posts from {args.corpus} (seed {SEED})\n")

    print("-- in one process, models loaded before the clock --")
    ours = timed("claimledger extraction (ru)", claimledger_runner(posts), len(posts),
                 "with claims")
    theirs = None
    if not args.skip_natasha:
        theirs = timed("natasha segment + NER", natasha_runner([p["text"] for p in posts]),
                       len(posts), "name spans")
        print(f"ratio: {ours / theirs:.1f}x natasha (goal >= 20x)")

    print(f"\n-- whole processes, median of {args.runs} runs (load, read, extract, write) --")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "posts.jsonl"
        path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts), "utf-8")
        ours_took, theirs_took = whole_process(path, args.runs, args.skip_natasha)
    print(f"{'':<34} {'wall':>8}   {'CPU':>8}")
    print(f"{'claimledger extract':<34} {ours_took[0]:8.2f} s {ours_took[1]:8.2f} s")
    if theirs_took is not None:
        print(f"{'bench/natasha_ner.py':<34} {theirs_took[0]:8.2f} s {theirs_took[1]:8.2f} s")
        print(
            f"ratio: {theirs_took[0] / ours_took[0]:.1f}x natasha by wall time, "
            f"{theirs_took[1] / ours_took[1]:.1f}x by CPU time (goal >= 20x)"
        )
    print(f"\nload average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
