"""Where one process's extraction time goes, stage by stage, on the throughput bench's posts.

The same random posts of the Russian Telegram corpus as bench/extract_throughput.py (3,000 by
default, its seed), read in this process with one job after the same warm-up posts. Each
pipeline stage is timed where `extract/pipeline.py` calls it: the document (tokens and
morphology), places, claims, and the outputs (quotes, markers, checks, media); the rest is the
fast path and what joins the stages. The posts are then read a second time with the same
resources: what a stage saves the second time is what it built for words and places new to the
run (pymorphy3's parses, the place keys). Posts the fast path passes are counted apart from
those that yield nothing. Machine load and package versions are printed with the figures.

    python bench/extract_stages.py
    python bench/extract_stages.py --limit 1000
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import defaultdict
from pathlib import Path

import claimledger.extract.pipeline as pipeline
from claimledger.extract import Extractor
from claimledger.extract.fastpath import may_hold_claims
from claimledger.model import Report
from claimledger.sources.read_jsonl import record_report
from extract_throughput import DEFAULT_CORPUS, load_posts, machine, warmup_posts
from timed import timed

STAGES = ("analyse", "_places", "claims_in", "read_outputs")  # as pipeline.py names them


def _read(
    extractor: Extractor, reports: list[Report], spent: dict[str, float]
) -> dict[str, float]:
    """Read every report; the seconds of each stage in `spent`, and in the table returned the
    whole run's and the passing posts' (by what they yield), with the passing posts' counts."""
    whole: dict[str, float] = defaultdict(float)
    for report in reports:
        start = time.perf_counter()
        found = extractor.extract(report, "ru")
        took = time.perf_counter() - start
        whole["all"] += took
        if may_hold_claims(report.text, "ru"):
            yields = found.claims or found.quotes or found.markers or found.checks or found.media
            whole["passing, yield something" if yields else "passing, yield nothing"] += took
            whole["passing posts"] += 1
            whole["of them yield nothing"] += not yields
    return whole


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=3000)
    args = parser.parse_args()
    print(machine())
    posts = load_posts(args.corpus, args.limit)
    extractor = Extractor()
    for post in warmup_posts(args.corpus, args.limit):
        extractor.extract(record_report(post), "ru")
    spent: dict[str, float] = defaultdict(float)
    for name in STAGES:
        setattr(pipeline, name, timed(spent, name, getattr(pipeline, name)))
    gc.disable()  # as the extract command quiets the collector
    print(f"{len(posts)} posts from {args.corpus}, one process, one job")
    for label in ("first reading", "second reading, the same resources"):
        spent.clear()
        whole = _read(extractor, [record_report(post) for post in posts], spent)
        rest = whole["all"] - sum(spent.values())
        stages = ", ".join(f"{name.lstrip('_')} {spent[name]:.2f} s" for name in STAGES)
        print(f"{label}: {whole['all']:.2f} s: {stages}, the rest {rest:.2f} s")
        print(f"  {whole['passing posts']:.0f} posts pass the fast path "
              f"({whole['of them yield nothing']:.0f} yield nothing): "
              f"{whole['passing, yield something']:.2f} s for those that yield something, "
              f"{whole['passing, yield nothing']:.2f} s for the others")
    gc.enable()
    return 0


if __name__ == "__main__":
    sys.exit(main())
