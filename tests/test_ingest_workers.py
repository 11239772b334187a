"""Extraction in worker processes: the same ledger as in-process, in input order, failures
reported per report, a dead worker a clean error, and workers gone when the parent is."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from claimledger.extract import Extractor
from claimledger.ledger import Ledger, LedgerError
from claimledger.model import Claim, Extraction, Report, Span
from claimledger.pipeline import ExtractionPool, default_workers, ingest

_COUNT = re.compile(r"(\d+) drones")
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked on Linux")


class MarkedExtractor(Extractor):
    """One claim per "<n> drones", each tagged with the process that made it; "BOOM" raises,
    "DIE" kills the worker."""

    def extract(self, report: Report, lang: str | None = "auto") -> Extraction:
        if "DIE" in report.text:
            os._exit(3)
        if "BOOM" in report.text:
            raise ValueError("cannot parse this")
        claims = [
            Claim(
                "intercepted",
                int(m.group(1)),
                Span.of(report.text, m.start(), m.end()),
                "uav",
                model=str(os.getpid()),
            )
            for m in _COUNT.finditer(report.text)
        ]
        return Extraction(report, claims)


def reports(count: int, *, special: dict[int, str] | None = None) -> list[Report]:
    texts = {n: f"Report {n}: {n % 50} drones." for n in range(count)}
    texts.update(special or {})
    return [Report(text=text, id=f"r{n:05d}", source="feed") for n, text in texts.items()]


def rows(db: Path) -> list[tuple[str, int]]:
    """(report id, quantity) in the order the reports were written."""
    connection = sqlite3.connect(db)
    try:
        return list(
            connection.execute(
                "SELECT r.id, c.quantity FROM reports r JOIN claims c ON c.report_id = r.id "
                "ORDER BY r.rowid"
            )
        )
    finally:
        connection.close()


def test_workers_store_what_one_process_stores_in_input_order(tmp_path: Path) -> None:
    items = reports(700)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    with Ledger.open(one) as ledger:
        ingest(items, ledger, extractor=MarkedExtractor(), batch_size=100)
    seen: list[tuple[int, int]] = []
    with Ledger.open(two) as ledger:
        stats = ingest(
            items,
            ledger,
            extractor=MarkedExtractor(),
            batch_size=100,
            workers=2,
            on_batch=lambda s: seen.append((s.written.new, s.written.claims)),
        )
        pids = {c["model"] for c in ledger.claims()}
    assert (stats.read, stats.written.new, stats.failed) == (700, 700, 0)
    assert rows(two) == rows(one)
    assert [r[0] for r in rows(two)] == sorted(r[0] for r in rows(two))
    assert len(pids) == 2 and str(os.getpid()) not in pids  # both workers, not the parent
    assert seen == [(100 * n, 100 * n) for n in range(1, 8)]


def test_second_run_with_workers_extracts_nothing(tmp_path: Path) -> None:
    items = reports(120)
    with Ledger.open(tmp_path / "l.db") as ledger:
        ingest(items, ledger, extractor=MarkedExtractor(), workers=2)
        again = ingest(items, ledger, extractor=MarkedExtractor(), workers=2)
    assert (again.written.new, again.written.unchanged, again.written.claims) == (0, 120, 0)


def test_failures_in_workers_are_reported_per_report(tmp_path: Path) -> None:
    items = reports(60, special={7: "BOOM 3 drones", 41: "BOOM again"})
    with Ledger.open(tmp_path / "l.db") as ledger:
        stats = ingest(items, ledger, extractor=MarkedExtractor(), workers=2, batch_size=25)
        assert ledger.report("r00007") is None and ledger.report("r00008") is not None
    assert (stats.written.new, stats.failed, stats.error_count) == (58, 2, 2)
    assert [str(e) for e in stats.errors] == [
        "report r00007: extraction failed: ValueError: cannot parse this",
        "report r00041: extraction failed: ValueError: cannot parse this",
    ]


def test_a_dead_worker_is_a_clean_error_and_whole_batches_stay(tmp_path: Path) -> None:
    items = reports(300, special={230: "DIE"})
    db = tmp_path / "l.db"
    with Ledger.open(db) as ledger, pytest.raises(LedgerError, match="extraction worker died"):
        ingest(items, ledger, extractor=MarkedExtractor(), workers=2, batch_size=50)
    stored = {r[0] for r in rows(db)}
    assert len(stored) % 50 == 0 and len(stored) < 230


def test_pool_is_reused_and_needs_two_workers(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 2"):
        ExtractionPool(MarkedExtractor(), 1)
    with ExtractionPool(MarkedExtractor(), 2) as pool, Ledger.open(tmp_path / "l.db") as ledger:
        pool.start()
        first = ingest(reports(30), ledger, pool=pool)
        second = ingest(reports(40), ledger, pool=pool)
    assert (first.written.new, second.written.new, second.written.unchanged) == (30, 10, 30)


def test_default_workers_is_the_cpu_count() -> None:
    assert 1 <= default_workers() <= (os.cpu_count() or 1)
