"""Reports in, ledger rows out: skip what is stored already, extract the rest, write in batches,
then take the reports' photos and videos into the media library (pipeline/media.py).

Extraction is the slow part, so a report whose id and text the ledger holds already is not
extracted again: a second run over the same input only reads. A report the extractor fails on
is reported and left out (not stored), so a later run tries it again.

With `workers` > 1 (or an ExtractionPool passed in) extraction runs in worker processes, each
with its own extractor and resources, built once per worker. The parent reads, skips stored
reports, hands out chunks and writes the results itself, batch by batch and in input order,
through the one write path (`Ledger.write`): a killed run leaves whole batches as before. Two
batches are in flight at a time, so the workers extract the next batch while the parent writes
the last one, and memory stays bounded however long the input.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_all_start_methods, get_context
from types import TracebackType

from claimledger.extract import Extractor
from claimledger.ledger import DEFAULT_BATCH, Ledger, LedgerError, WriteStats
from claimledger.model import Extraction, Report
from claimledger.pipeline.media import MediaIntake, MediaStats
from claimledger.sources.read_errors import ReadError, ReadProblem

# Reports per task sent to a worker: enough to make the round trip cheap, few enough that the
# workers share a batch evenly.
CHUNK = 16
# Batches being extracted while the parent writes: the next one keeps the workers busy.
IN_FLIGHT = 2
# How often a worker checks that its parent is alive: a parent killed with SIGKILL cannot stop
# its workers, which would otherwise wait for work forever.
_PARENT_CHECK_S = 1.0


@dataclass(slots=True)
class IngestStats:
    """Running totals of an ingest; `errors` is shared with the reader so both kinds show."""

    written: WriteStats = field(default_factory=WriteStats)
    read: int = 0
    failed: int = 0  # reports the extractor failed on
    errors: list[ReadProblem] = field(default_factory=list)
    media: MediaStats = field(default_factory=MediaStats)

    @property
    def error_count(self) -> int:
        return sum(1 for error in self.errors if error.is_error)

    @property
    def warning_count(self) -> int:
        return len(self.errors) - self.error_count


def default_workers() -> int:
    """The CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


# An extraction, or the message of the exception it raised (exceptions from workers may not
# pickle; their text always does).
Outcome = Extraction | str


class ExtractionPool:
    """Worker processes that extract reports, each with its own copy of `extractor`.

    Start it before any other thread runs (a progress bar's refresh thread, say): on Linux the
    workers are forked, and a fork copies locks that another thread may hold at that moment.
    Workers ignore Ctrl-C (the parent stops them) and exit when the parent dies.
    """

    def __init__(self, extractor: Extractor, workers: int) -> None:
        if workers < 2:
            raise ValueError("an extraction pool needs at least 2 workers")
        self.workers = workers
        self._extractor = extractor
        self._executor: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Start the workers now rather than on the first batch (idempotent)."""
        if self._executor is not None:
            return
        # fork shares the parent's imported modules and built resources with the workers at no
        # cost; elsewhere (macOS, Windows) the extractor is pickled to spawned workers.
        method = "fork" if "fork" in get_all_start_methods() else "spawn"
        self._executor = ProcessPoolExecutor(
            self.workers,
            mp_context=get_context(method),
            initializer=_start_worker,
            initargs=(self._extractor, os.getpid()),
        )
        # With fork every worker is started at the first submit; make that happen now.
        self._executor.submit(_ready).result()

    def submit(self, reports: Sequence[Report], lang: str | None) -> list[Future[list[Outcome]]]:
        """Futures of the outcomes of `reports`, a chunk each, in order."""
        self.start()
        assert self._executor is not None
        try:
            return [
                self._executor.submit(_extract_chunk, list(reports[i : i + CHUNK]), lang)
                for i in range(0, len(reports), CHUNK)
            ]
        except BrokenProcessPool as exc:
            raise _worker_died(exc) from None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def ingest(
    reports: Iterable[Report],
    ledger: Ledger,
    *,
    extractor: Extractor | None = None,
    lang: str | None = "auto",
    batch_size: int = DEFAULT_BATCH,
    errors: list[ReadProblem] | None = None,
    on_batch: Callable[[IngestStats], None] | None = None,
    workers: int = 1,
    pool: ExtractionPool | None = None,
) -> IngestStats:
    """Extract and store `reports`; `on_batch` sees the totals after every committed batch.

    `workers` > 1 extracts in that many processes (a pool started here and stopped at the
    end); or pass a started `pool` to use, which the caller stops.
    """
    stats = IngestStats(errors=errors if errors is not None else [])
    sink = _Sink(ledger, batch_size, stats, MediaIntake(ledger, stats.errors), on_batch)
    extractor = extractor or Extractor()
    if pool is not None:
        _pooled(reports, sink, pool, lang)
    elif workers > 1:
        with ExtractionPool(extractor, workers) as own:
            _pooled(reports, sink, own, lang)
    else:
        for batch in _batches(reports, batch_size):
            fresh = _fresh(batch, ledger, stats)
            sink.write(fresh, [_extract(extractor, report, lang) for report in fresh])
    stats.media = sink.media.stats
    return stats


@dataclass(slots=True)
class _Sink:
    """Where extractions go: the ledger, batch by batch, then their media."""

    ledger: Ledger
    batch_size: int
    stats: IngestStats
    media: MediaIntake
    on_batch: Callable[[IngestStats], None] | None

    def write(self, reports: list[Report], outcomes: list[Outcome]) -> None:
        extractions: list[Extraction] = []
        for report, outcome in zip(reports, outcomes, strict=True):
            if isinstance(outcome, Extraction):
                extractions.append(outcome)
                continue
            self.stats.failed += 1
            self.stats.errors.append(ReadError(f"report {report.id}", None, outcome))
        size = max(len(extractions), self.batch_size)
        self.stats.written.add(self.ledger.write(extractions, batch_size=size))
        # After the commit: analysing media is slow and must not hold the write lock.
        self.media.take(extractions)
        self.stats.media = self.media.stats
        if self.on_batch is not None:
            self.on_batch(self.stats)


@dataclass(slots=True)
class _Pending:
    reports: list[Report]
    futures: list[Future[list[Outcome]]]

    def outcomes(self) -> list[Outcome]:
        try:
            return [outcome for future in self.futures for outcome in future.result()]
        except BrokenProcessPool as exc:
            raise _worker_died(exc) from None


def _worker_died(exc: BrokenProcessPool) -> LedgerError:
    return LedgerError(f"an extraction worker died (out of memory? killed?): {exc}")


def _pooled(reports: Iterable[Report], sink: _Sink, pool: ExtractionPool, lang: str | None) -> None:
    pending: deque[_Pending] = deque()

    def write_oldest() -> None:
        done = pending.popleft()
        sink.write(done.reports, done.outcomes())

    try:
        for batch in _batches(reports, sink.batch_size):
            fresh = _fresh(batch, sink.ledger, sink.stats)
            pending.append(_Pending(fresh, pool.submit(fresh, lang)))
            if len(pending) >= IN_FLIGHT:
                write_oldest()
        while pending:
            write_oldest()
    finally:
        for left in pending:  # stopped early: nothing more to extract
            for future in left.futures:
                future.cancel()


def _fresh(batch: list[Report], ledger: Ledger, stats: IngestStats) -> list[Report]:
    """The reports of `batch` whose id and text the ledger does not hold yet."""
    stats.read += len(batch)
    stored = ledger.stored(batch)
    fresh = [report for report, known in zip(batch, stored, strict=True) if not known]
    stats.written.unchanged += len(batch) - len(fresh)
    return fresh


def _extract(extractor: Extractor, report: Report, lang: str | None) -> Outcome:
    try:
        return extractor.extract(report, lang)
    except Exception as exc:  # one bad report must not stop a run of thousands; it is reported
        return f"extraction failed: {type(exc).__name__}: {exc}"


def _batches(reports: Iterable[Report], size: int) -> Iterator[list[Report]]:
    iterator = iter(reports)
    while batch := list(islice(iterator, size)):
        yield batch


# -- in the workers --------------------------------------------------------------------------

_WORKER_EXTRACTOR: Extractor | None = None


def _start_worker(extractor: Extractor, parent: int) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor
    # Ctrl-C reaches the whole process group; the parent alone decides what to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_S)
    os._exit(1)


def _ready() -> None:
    """A task that does nothing: submitting it starts the workers."""


def _extract_chunk(reports: list[Report], lang: str | None) -> list[Outcome]:
    assert _WORKER_EXTRACTOR is not None, "worker not initialised"
    return [_extract(_WORKER_EXTRACTOR, report, lang) for report in reports]
