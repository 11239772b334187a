"""Clustering time for the Russian Telegram corpus at 1x, 2x and 4x its size, side by side.

Extraction runs once; the claim records are then replicated onto later nights (each copy shifted
by whole years, so every copy is a new set of nights and reports) to show that clustering grows
linearly with the number of claims. Prints claims, seconds and microseconds per claim for each
size, and the ratio of each size's time to the 1x time.

    python bench/cluster_bench.py [--corpus PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from claimledger.extract import Extractor
from claimledger.incidents import ClaimRecord, build_incidents, records_from_extractions
from claimledger.incidents.cluster import GazetteerPlaces
from claimledger.resources import default_resources
from claimledger.sources.readers import read_reports

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/ru-telegram/posts.jsonl"


def shifted(records: list[ClaimRecord], copy: int) -> list[ClaimRecord]:
    if copy == 0:
        return records
    days = 366 * 3 * copy
    out = []
    for r in records:
        night = r.claim.date
        moved = (date.fromisoformat(night) + timedelta(days=days)).isoformat() if night else None
        out.append(
            replace(
                r,
                claim_id=f"{copy}:{r.claim_id}",
                report_id=f"{copy}:{r.report_id}",
                published=r.published + timedelta(days=days) if r.published else None,
                claim=replace(r.claim, date=moved),
                fingerprint=r.fingerprint ^ copy,
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: not found (the corpus lives in ../shared)")
    resources = default_resources()
    extractor = Extractor(resources)
    started = time.perf_counter()
    reports = read_reports([args.corpus])
    extractions = []
    for n, report in enumerate(reports):
        if args.limit is not None and n >= args.limit:
            break
        extractions.append(extractor.extract(report))
    base = records_from_extractions(extractions)
    print(
        f"extraction: {len(extractions)} reports, {len(base)} claims, "
        f"{time.perf_counter() - started:.1f} s"
    )
    places = GazetteerPlaces(resources.gazetteer)
    baseline = 0.0
    print(
        f"{'size':>5} {'claims':>8} {'incidents':>10} {'seconds':>8} "
        f"{'us/claim':>9} {'x 1x time':>9}"
    )
    for factor in (1, 2, 4):
        records = [r for copy in range(factor) for r in shifted(base, copy)]
        started = time.perf_counter()
        incidents = build_incidents(records, places)
        elapsed = time.perf_counter() - started
        baseline = baseline or elapsed
        print(
            f"{factor:>4}x {len(records):>8} {len(incidents):>10} {elapsed:>8.3f} "
            f"{1e6 * elapsed / max(1, len(records)):>9.1f} {elapsed / baseline:>9.2f}"
        )


if __name__ == "__main__":
    main()
