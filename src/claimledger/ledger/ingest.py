"""Reports in, ledger rows out: skip what is stored already, extract the rest, write in batches.

Extraction is the slow part, so a report whose id and text the ledger holds already is not
extracted again: a second run over the same input only reads. A report the extractor fails on
is reported and left out (not stored), so a later run tries it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from claimledger.extract import Extractor
from claimledger.ledger.store import DEFAULT_BATCH, Ledger, WriteStats
from claimledger.model import Extraction, Report
from claimledger.sources.read_errors import ReadError


@dataclass(slots=True)
class IngestStats:
    """Running totals of an ingest; `errors` is shared with the reader so both kinds show."""

    written: WriteStats = field(default_factory=WriteStats)
    read: int = 0
    failed: int = 0  # reports the extractor failed on
    errors: list[ReadError] = field(default_factory=list)

    @property
    def error_count(self) -> int:
        return sum(1 for error in self.errors if error.is_error)

    @property
    def warning_count(self) -> int:
        return len(self.errors) - self.error_count


def ingest(
    reports: Iterable[Report],
    ledger: Ledger,
    *,
    extractor: Extractor | None = None,
    lang: str | None = "auto",
    batch_size: int = DEFAULT_BATCH,
    errors: list[ReadError] | None = None,
    on_batch: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Extract and store `reports`; `on_batch` sees the totals after every committed batch."""
    stats = IngestStats(errors=errors if errors is not None else [])
    extractor = extractor or Extractor()
    for batch in _batches(reports, batch_size):
        stats.read += len(batch)
        stored = ledger.stored(batch)
        fresh = [report for report, known in zip(batch, stored, strict=True) if not known]
        stats.written.unchanged += len(batch) - len(fresh)
        extractions = [e for e in (_extract(extractor, r, lang, stats) for r in fresh) if e]
        stats.written.add(ledger.write(extractions, batch_size=max(len(extractions), 1)))
        if on_batch is not None:
            on_batch(stats)
    return stats


def _extract(
    extractor: Extractor, report: Report, lang: str | None, stats: IngestStats
) -> Extraction | None:
    try:
        return extractor.extract(report, lang)
    except Exception as exc:  # one bad report must not stop a run of thousands; it is reported
        stats.failed += 1
        message = f"extraction failed: {type(exc).__name__}: {exc}"
        stats.errors.append(ReadError(f"report {report.id}", None, message))
        return None


def _batches(reports: Iterable[Report], size: int) -> Iterator[list[Report]]:
    iterator = iter(reports)
    while batch := list(islice(iterator, size)):
        yield batch
