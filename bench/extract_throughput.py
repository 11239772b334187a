"""Throughput of claimledger's Russian extraction against natasha's segmentation + NER.

Both read the same posts of the Russian Telegram corpus (a fixed random sample by default, the
whole corpus with --limit 0); models and tables load before the clocks start. natasha does less
than claimledger (it finds names, not claims), so the ratio is a floor on how much cheaper the
rule grammars are than a neural tagger on the same text.

    python bench/extract_throughput.py                  # 1,000 posts
    python bench/extract_throughput.py --limit 0        # every post (natasha takes ~40 min)
    python bench/extract_throughput.py --skip-natasha   # claimledger alone, whole corpus fast
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "ru-telegram" / "posts.jsonl"
SEED = 20241120


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
        f"{label:<28} {count:>6} posts in {seconds:8.2f} s = {rate:8.1f} posts/s ({found} {what})"
    )
    return rate


def claimledger_runner(posts: list[dict[str, Any]]) -> Callable[[], int]:
    from claimledger.extract import Extractor
    from claimledger.sources.read_jsonl import record_report

    extractor = Extractor()
    resources = extractor.resources
    resources.morph("ru")
    resources.gazetteer.get("RU")  # build or load the place tables before the clock
    resources.registry.lookup("x")
    reports = [record_report(post) for post in posts]

    def run() -> int:
        with_claims = 0
        for report in reports:
            if extractor.extract(report, "ru").claims:
                with_claims += 1
        return with_claims

    return run


def natasha_runner(texts: Iterable[str]) -> Callable[[], int]:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter = Segmenter()
    tagger = NewsNERTagger(NewsEmbedding())
    items = list(texts)

    def run() -> int:
        spans = 0
        for text in items:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)
            spans += len(doc.spans)
        return spans

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="claimledger vs natasha throughput")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=1000, help="posts to sample; 0 for all")
    parser.add_argument("--skip-natasha", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}; pass --corpus PATH", file=sys.stderr)
        return 2
    posts = load_posts(args.corpus, args.limit)
    print(f"{len(posts)} posts from {args.corpus}")

    setup = time.perf_counter()
    run_claimledger = claimledger_runner(posts)
    print(f"claimledger setup (morphology, places, registry): {time.perf_counter() - setup:.1f} s")
    ours = timed("claimledger ru extraction", run_claimledger, len(posts), "with claims")
    if args.skip_natasha:
        return 0
    setup = time.perf_counter()
    run_natasha = natasha_runner(post["text"] for post in posts)
    print(f"natasha setup (embeddings, NER model): {time.perf_counter() - setup:.1f} s")
    theirs = timed("natasha segment + NER", run_natasha, len(posts), "name spans")
    print(f"ratio: claimledger is {ours / theirs:.1f}x natasha's throughput (goal >= 20x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
