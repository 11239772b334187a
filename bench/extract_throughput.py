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
    """Run `work` once; print and return posts per second. `work` returns a count of `what`."""
    start = time.perf_counter()
    found = work()
    seconds = time.perf_counter() - start
    rate = count / seconds if seconds else float("inf")
    print(
        f"{label:<34} {count:>6} posts in {seconds:8.2f} s = {rate:9.1f} posts/s "
        f"({found} {what})"
    )
    return rate


def claimledger_runner(posts: list[dict[str, Any]]) -> Callable[[], int]:
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


def whole_process(path: Path, runs: int, skip_natasha: bool) -> tuple[float, float | None]:
    """Median wall seconds of the two commands, alternating so load hits both alike."""
    ours_cmd = [sys.executable, "-m", "claimledger", "extract", str(path), "--lang", "ru",
                "--format", "jsonl", "--quiet"]
    theirs_cmd = [sys.executable, str(ROOT / "bench" / "natasha_ner.py"), str(path)]
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        ours.append(_wall(ours_cmd))
        if not skip_natasha:
            theirs.append(_wall(theirs_cmd))
    return statistics.median(ours), (statistics.median(theirs) if theirs else None)


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


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
        our_wall, their_wall = whole_process(path, args.runs, args.skip_natasha)
    print(f"{'claimledger extract':<34} {our_wall:8.2f} s")
    if their_wall is not None:
        print(f"{'bench/natasha_ner.py':<34} {their_wall:8.2f} s")
        print(f"ratio: {their_wall / our_wall:.1f}x natasha (goal >= 20x)")
    print(f"\nload average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
