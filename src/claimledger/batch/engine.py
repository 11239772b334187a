"""Archive backfills on Dask: the input split into partitions, extracted on the workers.

The client reads the inputs with the one reader (`read_reports`: the same reports, ids and
errors as `claimledger ingest`) and cuts the stream into partitions of `partition_size`
reports, in order. Each partition is one task: a worker extracts it with an `Extractor` built
once per worker process (`worker_extractor`, so the morphology dictionaries and the gazetteer
load once, not once per task) and returns Arrow tables; the client writes them as Parquet
(see parquet.py). Only a few partitions are in flight at a time, so memory stays bounded on
both sides whatever the size of the archive, and the workers need no access to the inputs or
to DIR: any Dask cluster that has claimledger installed will do.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from distributed import Client, Future, LocalCluster, as_completed

from claimledger.batch.parquet import (
    BatchError,
    Partition,
    partition_tables,
    write_manifest,
    write_partition,
)
from claimledger.extract import Extractor
from claimledger.model import Extraction, Report
from claimledger.sources.read_errors import ReadError, ReadProblem
from claimledger.sources.readers import read_reports

DEFAULT_PARTITION_SIZE = 500
DEFAULT_WORKERS = 2
# Partitions queued per worker thread: enough to keep every worker busy while the client
# writes results, few enough to keep the archive out of memory.
IN_FLIGHT_PER_THREAD = 2

_extractor: Extractor | None = None
_extractor_lock = threading.Lock()


@dataclass(slots=True)
class BatchStats:
    """What a batch run did."""

    partitions: int = 0
    reports: int = 0
    claims: int = 0
    failed: int = 0  # reports the extractor failed on (left out, listed in `errors`)
    errors: list[ReadProblem] = field(default_factory=list)
    cluster_seconds: float = 0.0  # starting a local cluster, or connecting to a scheduler
    seconds: float = 0.0  # the whole run, cluster start included

    @property
    def error_count(self) -> int:
        return sum(1 for error in self.errors if error.is_error)


def extract_to_parquet(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    scheduler: str | None = None,
    workers: int = DEFAULT_WORKERS,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    *,
    lang: str | None = "auto",
    published: datetime | None = None,
    on_partition: Callable[[BatchStats], None] | None = None,
) -> BatchStats:
    """Extract `inputs` (files, directories, JSON Lines) on Dask into the batch directory
    `out_dir` (new or empty), for `claimledger ingest out_dir`.

    `scheduler`: the address of a running Dask scheduler ("tcp://host:8786"); without it a
    local cluster of `workers` processes, one thread each, is started and stopped. Raises
    BatchError when `out_dir` is unusable or a task fails for good.
    """
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    started = time.monotonic()
    target = _prepare(Path(out_dir))
    stats = BatchStats()
    with ExitStack() as stack:
        client = connect(stack, scheduler, workers)
        stats.cluster_seconds = time.monotonic() - started
        reports = read_reports(inputs, published=published, errors=stats.errors)
        partitions = _partitions(reports, partition_size)
        entries = _run(client, partitions, lang, target, stats, on_partition)
    stats.seconds = time.monotonic() - started
    write_manifest(
        target,
        {
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "inputs": [str(path) for path in inputs],
            "lang": lang,
            "partition_size": partition_size,
            "reports": stats.reports,
            "claims": stats.claims,
            "failed": stats.failed,
            "errors": [str(error) for error in stats.errors],
            "partitions": sorted(entries, key=lambda entry: int(entry["index"])),
        },
    )
    return stats


def extract_partition(reports: list[Report], lang: str | None) -> Partition:
    """A task: one partition's reports extracted on a worker, as tables. A report the
    extractor fails on is left out and named in `failures`, as `ingest` does."""
    extractor = worker_extractor()
    done: list[Extraction] = []
    failures: list[tuple[str, str]] = []
    for report in reports:
        try:
            done.append(extractor.extract(report, lang))
        except Exception as exc:  # one bad report must not sink a partition of hundreds
            failures.append((report.id, f"extraction failed: {type(exc).__name__}: {exc}"))
    report_table, claim_table = partition_tables(done)
    return Partition(report_table, claim_table, failures)


def worker_extractor() -> Extractor:
    """This process's Extractor, built on first use: heavy resources load once per worker."""
    global _extractor
    with _extractor_lock:
        if _extractor is None:
            _extractor = Extractor()
        return _extractor


def _prepare(out_dir: Path) -> Path:
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchError(f"{out_dir} is a file; give a new or empty directory")
    if out_dir.is_dir() and any(out_dir.iterdir()):
        raise BatchError(f"{out_dir} is not empty; give a new or empty directory")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"cannot create {out_dir}: {exc.strerror or exc}") from None
    return out_dir


def connect(stack: ExitStack, scheduler: str | None, workers: int) -> Client:
    """A client of the scheduler, or of a local cluster that `stack` stops afterwards."""
    if scheduler:
        try:
            remote: Client = stack.enter_context(Client(scheduler, timeout="30s"))
        except OSError as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        return remote
    if workers < 1:
        raise ValueError("workers must be at least 1")
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,  # no web server (nor port) for a run that ends by itself
    )
    stack.enter_context(cluster)
    local: Client = stack.enter_context(Client(cluster))
    return local


def _partitions(reports: Iterator[Report], size: int) -> Iterator[list[Report]]:
    while partition := list(islice(reports, size)):
        yield partition


def _run(
    client: Client,
    partitions: Iterator[list[Report]],
    lang: str | None,
    out_dir: Path,
    stats: BatchStats,
    on_partition: Callable[[BatchStats], None] | None,
) -> list[dict[str, Any]]:
    run = uuid.uuid4().hex[:12]
    numbered = enumerate(partitions)
    indexes: dict[Future[Partition], int] = {}
    pending = as_completed()

    def submit_next() -> bool:
        found = next(numbered, None)
        if found is None:
            return False
        index, reports = found
        future = client.submit(
            extract_partition, reports, lang, key=f"claimledger-extract-{run}-{index}", retries=1
        )
        indexes[future] = index
        pending.add(future)
        return True

    threads = sum(client.nthreads().values())
    limit = max(2, IN_FLIGHT_PER_THREAD * threads)
    while len(indexes) < limit and submit_next():
        pass
    entries: list[dict[str, Any]] = []
    for future in pending:
        index = indexes.pop(future)
        partition = _result(future, index)
        entries.append(write_partition(out_dir, index, partition))
        _count(stats, partition)
        future.release()
        if on_partition is not None:
            on_partition(stats)
        submit_next()
    return entries


def _result(future: Future[Partition], index: int) -> Partition:
    try:
        return future.result()
    except Exception as exc:  # a task error arrives as whatever the worker raised
        raise BatchError(f"partition {index} failed: {type(exc).__name__}: {exc}") from exc


def _count(stats: BatchStats, partition: Partition) -> None:
    stats.partitions += 1
    stats.reports += partition.report_count
    stats.claims += partition.claim_count
    stats.failed += len(partition.failures)
    stats.errors += [ReadError(f"report {rid}", None, text) for rid, text in partition.failures]
