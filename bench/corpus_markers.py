"""Markers, quotes, checks and media the core finds on the Russian Telegram corpus.

Runs `claimledger.extract.Extractor` over every post (the same path `claimledger extract`
takes), counts the outputs by kind, and prints a reproducible sample of the `unverified`,
`no_comment` and `denied` markers with the words around them, for reading by hand. Also counts
what the cheap trigger spares: posts analysed for outputs only, and, with `--check-trigger`, the
markers found when every post is analysed (the trigger must lose none).

    python bench/corpus_markers.py [--corpus PATH] [--limit N] [--sample 30] [--seed 14]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from claimledger.extract import Extractor
from claimledger.extract.document.tokens import analyse
from claimledger.extract.fastpath import may_hold_claims
from claimledger.extract.outputs import may_hold_outputs, read_outputs
from claimledger.extract.outputs.markers import CLAIM_BOUND
from claimledger.model import Extraction, Marker
from claimledger.resources import default_resources
from claimledger.sources.readers import read_reports

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/ru-telegram/posts.jsonl"
READ = ("unverified", "no_comment", "denied")
CONTEXT = 90


def _context(text: str, marker: Marker) -> str:
    start, end = marker.evidence.start, marker.evidence.end
    before = text[max(0, start - CONTEXT) : start].replace("\n", " ")
    after = text[end : end + CONTEXT].replace("\n", " ")
    return f"…{before}[[{text[start:end]}]]{after}…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--check-trigger", action="store_true")
    args = parser.parse_args()

    resources = default_resources()
    extractor = Extractor(resources)
    reports = list(read_reports([args.corpus]))
    if args.limit:
        reports = reports[: args.limit]
    started = time.perf_counter()
    extractions: list[Extraction] = [extractor.extract(r, "ru") for r in reports]
    seconds = time.perf_counter() - started
    kinds: Counter[str] = Counter()
    for extraction in extractions:
        kinds.update(m.kind for m in extraction.markers)
    triggered = sum(may_hold_outputs(r.text, "ru") for r in reports)
    print(f"{len(reports)} posts in {seconds:.1f} s; {triggered} hold a cue of an output")
    print("markers:", dict(sorted(kinds.items())))
    print(
        "quotes:",
        sum(len(e.quotes) for e in extractions),
        "checks:",
        sum(len(e.checks) for e in extractions),
        "media:",
        sum(len(e.media) for e in extractions),
    )
    found = [(e, m) for e in extractions for m in e.markers if m.kind in READ]
    print(
        f"unverified/no_comment/denied: {len(found)} markers in "
        f"{len({e.report.id for e, _ in found})} posts"
    )
    sample = random.Random(args.seed).sample(found, min(args.sample, len(found)))
    for number, (extraction, marker) in enumerate(sample, 1):
        print(f"{number:2}. {marker.kind:10} {extraction.report.id}")
        print(f"    {_context(extraction.report.text, marker)}")
    if args.check_trigger:
        lost = 0
        for report, extraction in zip(reports, extractions, strict=True):
            if may_hold_outputs(report.text, "ru") or may_hold_claims(report.text, "ru"):
                continue  # analysed
            doc = analyse(report.text, resources.lexer("ru"), resources.splitter("ru"))
            every = read_outputs(doc, report, "ru", resources, extraction.claims)
            markers = [m for m in every.markers if m.kind not in CLAIM_BOUND]
            lost += len(markers) + len(every.checks) + len(every.media)
        print(f"markers, checks and media in posts the trigger spared: {lost} (must be 0)")


if __name__ == "__main__":
    main()
