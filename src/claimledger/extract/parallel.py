"""Many reports extracted on several processes, in the order they came.

`extract_reports` reads a stream of reports with one `Extractor`. On a large input it forks
worker processes once the heavy resources (morphology, gazetteer, registry, lexicon tables) are
loaded (and the first report the fast path lets through has built what reading builds on first
use), so the workers share them copy-on-write instead of each loading its own; chunks of
reports go out to the workers in turn over pipes (`forks`; those the fast path turns away get
their empty extraction in the parent: sending them would cost more than that), the
extractions come back and are yielded in input order, exactly as the serial run yields them.
Either way the run quiets Python's cyclic collector while it lasts (`collector`). At most a
few chunks per worker are in flight, so a file of any size is read with bounded memory. A
small input (under `SERIAL_BELOW` reports), one job, or a platform without `fork` is read
serially in this process: starting workers would cost more than it saves.

A report the extractor fails on goes to `on_error` with the message the serial path gives
("TypeName: message") and the run goes on; without `on_error` the failure is raised (one in a
worker as `ExtractionFailed` with that message: the exception itself stays in the worker).
"""

from __future__ import annotations

import gc
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from claimledger.errors import ClaimledgerError
from claimledger.extract import MAX_EXTRACT_CHARS, Extractor
from claimledger.extract.collector import quiet_collector, tidy
from claimledger.extract.lang import SUPPORTED
from claimledger.model import Extraction, Language, Report

if TYPE_CHECKING:
    from claimledger.extract.forks import Ticket

__all__ = ["ExtractionFailed", "auto_jobs", "extract_reports"]

MAX_AUTO_JOBS = 4  # more workers than this rarely pay: the parent reads and writes alone
SERIAL_BELOW = 400  # reports: under this, forking and feeding workers costs more than it saves
CHUNK = 100  # reports per task: large enough that the pickling is small beside the work
IN_FLIGHT = 2  # chunks per worker queued or running: keeps workers busy, memory bounded

OnError = Callable[[Report, str], None]
# What a worker sends back for one report: its language and outputs, or the failure's message.
_Result = tuple[str | None, list[Any], list[Any], list[Any], list[Any], list[Any]] | str


class ExtractionFailed(ClaimledgerError, RuntimeError):
    """A report a worker process failed on, when no `on_error` takes it."""


def auto_jobs() -> int:
    """The processes an automatic run uses: the cores this process may run on, capped."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_AUTO_JOBS))


def extract_reports(
    reports: Iterable[Report],
    lang: str | None = "auto",
    *,
    extractor: Extractor | None = None,
    jobs: int | None = None,
    on_error: OnError | None = None,
) -> Iterator[Extraction]:
    """The extraction of each report, in order, on `jobs` processes (None: `auto_jobs()`)."""
    extractor = extractor or Extractor()
    workers = auto_jobs() if jobs is None or jobs < 1 else jobs
    stream = iter(reports)
    head = list(islice(stream, SERIAL_BELOW))
    if workers == 1 or len(head) < SERIAL_BELOW or not _can_fork():
        with quiet_collector():
            yield from _serial(extractor, chain(head, stream), lang, on_error)
        return
    with quiet_collector():  # the workers inherit it; _parallel freezes before the fork
        _prepare(extractor, _languages(head, lang))
        # The reports up to the first the fast path lets through are read here: whatever
        # reading it builds on first use (lexicon tables, automata, compiled patterns) is then
        # built once, before the fork, and shared. The reports after it go to the workers:
        # read here, they kept the second core idle.
        warm = _first_passing(head, lang) + 1
        yield from _serial(extractor, head[:warm], lang, on_error)
        yield from _parallel(extractor, chain(head[warm:], stream), lang, on_error, workers)


def _first_passing(head: list[Report], lang: str | None) -> int:
    """The index of the first report the fast path lets through (the first chunk's last when
    none does)."""
    passing = (i for i, report in enumerate(head[:CHUNK]) if not _turned_away(report, lang))
    return next(passing, min(CHUNK, len(head)) - 1)


def _can_fork() -> bool:
    # fork shares the loaded resources; a spawned worker would load them all again, and on
    # macOS forking a process with loaded system libraries is not safe.
    return sys.platform.startswith("linux")


def _serial(
    extractor: Extractor, reports: Iterable[Report], lang: str | None, on_error: OnError | None
) -> Iterator[Extraction]:
    for report in reports:
        if on_error is None:
            yield extractor.extract(report, lang)
        else:
            try:
                yield extractor.extract(report, lang)
            except Exception as exc:  # one bad report must not stop a run of thousands
                on_error(report, _message(exc))
        tidy()


def _message(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def _languages(head: list[Report], lang: str | None) -> list[Language]:
    """The languages to load: the one asked for, else those the first reports name."""
    named = {lang} if lang not in (None, "auto") else {r.lang for r in head}
    return [language for language in SUPPORTED if language in named]


def _prepare(extractor: Extractor, langs: Iterable[Language]) -> None:
    """Load what every report of these languages needs, so the workers inherit it loaded."""
    from claimledger.extract.fastpath import may_hold_claims
    from claimledger.extract.lexicon import lexicon

    resources = extractor.resources
    resources.gazetteer.places  # noqa: B018 - loads the place tables
    resources.registry.lookup("")
    for lang in langs:
        lexicon(lang)
        resources.lexer(lang)
        resources.place_morph(lang)
        may_hold_claims("", lang)


# The extractor and language of the run in progress: set before the workers fork, so each
# inherits them (a fork copies the module's globals) and no task carries them.
_RUN: tuple[Extractor, str | None] | None = None


def _parallel(
    extractor: Extractor,
    reports: Iterator[Report],
    lang: str | None,
    on_error: OnError | None,
    workers: int,
) -> Iterator[Extraction]:
    from claimledger.extract.forks import Forks, WorkerDied

    global _RUN
    _RUN = (extractor, lang)
    # Objects alive now are never collected in the workers: freezing them keeps a worker's
    # collector from writing to (and so copying) every page of the shared resources.
    gc.freeze()
    block: list[Report] = []
    ended = False
    try:
        pool = Forks(workers, _extract_chunk)
    except BaseException:
        _RUN = None
        gc.unfreeze()
        raise
    # Each block of reports in flight: the reports, which of them went to a worker, and the
    # worker's results for those. A report the fast path turns away is read here when its
    # turn comes (reading it costs less than sending it and its reading between processes).
    # Whether `extract` is the package's own, whose reading of a turned-away report is known;
    # a subclass may read any report its own way.
    plain = type(extractor).extract is Extractor.extract
    pending: deque[tuple[list[Report], list[bool], Ticket | None]] = deque()
    try:
        while True:
            while len(pending) < workers * IN_FLIGHT:
                block = list(islice(reports, CHUNK))
                if not block:
                    break
                sent = [not _turned_away(report, lang) for report in block]
                heavy = [report for report, to_worker in zip(block, sent, strict=True) if to_worker]
                ticket = pool.submit(heavy) if heavy else None
                pending.append((block, sent, ticket))
            if not pending:
                ended = True
                return
            block, sent, ticket = pending.popleft()
            results = iter(ticket.result() if ticket is not None else ())
            for report, to_worker in zip(block, sent, strict=True):
                if to_worker:
                    yield from _result(report, next(results), on_error)
                elif plain and len(report.text) <= MAX_EXTRACT_CHARS:
                    yield _nothing_found(report, lang)
                else:  # a text read in windows (each judged), or a subclass's own reading
                    yield from _serial(extractor, [report], lang, on_error)
            tidy()
    except WorkerDied as exc:
        # a worker killed (out of memory, a signal): seen at a result, or at a submit
        raise ExtractionFailed(
            f"a worker process ended abruptly near report {block[0].id}: {exc}"
        ) from None
    finally:
        # at the end the workers are idle and end as their pipes close; a run given up
        # (a failure, a reader that stopped early) kills them rather than wait on their tasks
        pool.close(abort=not ended)
        _RUN = None
        gc.unfreeze()


def _turned_away(report: Report, lang: str | None) -> bool:
    """Whether the fast path surely rejects the report (in the language it will be read in)."""
    from claimledger.extract.fastpath import may_hold_claims

    language = report.lang if lang in (None, "auto") else lang
    return language in SUPPORTED and not may_hold_claims(report.text, language)


def _nothing_found(report: Report, lang: str | None) -> Extraction:
    """What `Extractor.extract` gives a report `_turned_away` judged (one read whole): the
    report in its language, nothing found. Asking `extract` would judge the text a second
    time, which cost the parent as much as the judging."""
    report.lang = report.lang if lang in (None, "auto") else lang
    return Extraction(report)


def _extract_chunk(chunk: list[Report]) -> list[_Result]:
    """In a worker: each report's outputs, without the report (the parent has it)."""
    assert _RUN is not None, "a worker runs only inside extract_reports"
    extractor, lang = _RUN
    out: list[_Result] = []
    for report in chunk:
        try:
            found = extractor.extract(report, lang)
        except Exception as exc:  # reported in the parent, as in the serial path
            out.append(_message(exc))
            continue
        finally:
            tidy()
        out.append(
            (found.report.lang, found.claims, found.quotes, found.markers, found.checks,
             found.media)
        )
    return out


def _result(report: Report, result: _Result, on_error: OnError | None) -> Iterator[Extraction]:
    """A worker's result for one report: its extraction, or its failure to `on_error`."""
    if isinstance(result, str):
        if on_error is None:
            raise ExtractionFailed(f"report {report.id}: {result}")
        on_error(report, result)
        return
    report.lang, claims, quotes, markers, checks, media = result
    yield Extraction(report, claims, quotes, markers, checks, media)
