"""Batch extraction on Dask against one process: the same readings, and what they cost.

    .venv/bin/python bench/dask_bench.py [--corpus PATH] [--limit N] [--workers 2]

Runs the single-process extraction (`claimledger extract`'s path: read_reports, one
Extractor) and `claimledger.batch.extract_to_parquet` on a local cluster, reads the Parquet
back and checks that every reading is identical (report, claims, quotes, markers, checks,
media), then prints both times and the overhead: the Dask run's time beyond an ideal split of
the single-process time over the workers. CPU seconds are printed beside: on a busy machine the
wall times say how many cores were free, the CPU times what the work cost. Exit status 1 when
the readings differ.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import claimledger
from claimledger.batch import DEFAULT_PARTITION_SIZE, extract_to_parquet, read_parquet_dir
from claimledger.batch.engine import connect
from claimledger.extract import Extractor
from claimledger.sources.readers import read_reports

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "ru-telegram" / "posts.jsonl"


def single_process(path: Path) -> tuple[list[dict[str, Any]], float, float]:
    """Readings, wall seconds and CPU seconds of one process."""
    started, cpu = time.perf_counter(), time.process_time()
    extractor = Extractor()  # its resources load inside the timing, as in a real run
    readings = [extraction.to_dict() for extraction in extractor.extract_many(read_reports([path]))]
    return readings, time.perf_counter() - started, time.process_time() - cpu


def on_dask(path: Path, workers: int, partition_size: int, folder: Path) -> dict[str, Any]:
    """Readings and timings of a run on the local cluster extract_to_parquet would start,
    started here so that the workers' CPU time can be read before it stops."""
    out = folder / "batch"
    with ExitStack() as stack:
        started = time.perf_counter()
        client = connect(stack, None, workers)
        cluster_s = time.perf_counter() - started
        cpu_before = sum(client.run(time.process_time).values())
        stats = extract_to_parquet(
            [path], out, scheduler=client.scheduler.address, partition_size=partition_size
        )
        cpu = sum(client.run(time.process_time).values()) - cpu_before
        wall = time.perf_counter() - started
    readings = [extraction.to_dict() for extraction in read_parquet_dir(out)]
    return {"readings": readings, "wall": wall, "cluster": cluster_s, "cpu": cpu, "stats": stats}


def source_digest() -> str:
    """A hash of claimledger's code: workers import it afresh, so an edit during the run makes
    the two runs read with different code."""
    digest = hashlib.sha256()
    for file in sorted(Path(claimledger.__file__).parent.rglob("*.py")):
        digest.update(file.read_bytes())
    return digest.hexdigest()


def limited_copy(path: Path, limit: int, folder: Path) -> Path:
    copy = folder / f"first-{limit}.jsonl"
    with path.open(encoding="utf-8") as source:
        copy.write_text("".join(itertools.islice(source, limit)), encoding="utf-8")
    return copy


def first_difference(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> str:
    if len(a) != len(b):
        return f"{len(a)} readings against {len(b)}"
    for left, right in zip(a, b, strict=True):
        if left != right:
            keys = sorted(key for key in left if left[key] != right.get(key))
            return f"report {left['id']} differs in {', '.join(keys)}"
    return "none"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="only the first N posts")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=DEFAULT_PARTITION_SIZE)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    load_before = os.getloadavg()[0]
    code = source_digest()
    with tempfile.TemporaryDirectory(prefix="dask-bench-") as scratch:
        folder = Path(scratch)
        corpus = limited_copy(args.corpus, args.limit, folder) if args.limit else args.corpus
        single, single_s, single_cpu = single_process(corpus)
        dask = on_dask(corpus, args.workers, args.partition_size, folder)
    batch, dask_s = dask["readings"], dask["wall"]
    claims = sum(len(reading["claims"]) for reading in single)
    ideal = single_s / args.workers
    identical = single == batch
    print(f"corpus          {corpus.name}: {len(single):,} reports, {claims:,} claims")
    print(
        f"single process  {single_s:7.1f} s  ({len(single) / single_s:,.0f} reports/s; "
        f"CPU {single_cpu:.1f} s)"
    )
    print(
        f"dask x{args.workers}         {dask_s:7.1f} s  ({len(batch) / dask_s:,.0f} reports/s; "
        f"cluster start {dask['cluster']:.1f} s, partitions of {args.partition_size}, "
        f"workers' CPU {dask['cpu']:.1f} s)"
    )
    print(f"speed-up        {single_s / dask_s:7.2f}x")
    print(f"overhead        {dask_s - ideal:7.1f} s over an ideal {ideal:.1f} s split")
    print(f"identical       {'yes' if identical else 'NO: ' + first_difference(single, batch)}")
    if source_digest() != code:
        print("warning         claimledger's code changed during the run: compare again")
    # Other work on the machine slows both runs, the parallel one most: say how busy it was.
    print(f"load average    {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
