"""The ingest pipeline: skip stored reports, extract the rest, report extractor failures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimledger.extract import Extractor
from claimledger.ledger import Ledger
from claimledger.model import Claim, Extraction, Report, Span
from claimledger.pipeline import IngestStats, ingest

_COUNT = re.compile(r"(\d+) drones")


class CountingExtractor(Extractor):
    """A stand-in with a known output: one claim per "<n> drones"; fails on "BOOM"."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def extract(self, report: Report, lang: str | None = "auto") -> Extraction:
        self.seen.append(report.id)
        if "BOOM" in report.text:
            raise ValueError("cannot parse this")
        claims = [
            Claim("intercepted", int(m.group(1)), Span.of(report.text, m.start(), m.end()), "uav")
            for m in _COUNT.finditer(report.text)
        ]
        return Extraction(report, claims)


def reports(*texts: str) -> list[Report]:
    return [Report(text=text, id=f"r{n}", source="feed") for n, text in enumerate(texts)]


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    return Ledger.open(tmp_path / "l.db")


def test_second_ingest_reads_but_does_not_extract(ledger: Ledger) -> None:
    extractor = CountingExtractor()
    items = reports("3 drones and 4 drones.", "No numbers.", "12 drones.")
    first = ingest(items, ledger, extractor=extractor)
    assert (first.written.new, first.written.claims, first.read) == (3, 3, 3)
    extractor.seen.clear()
    second = ingest(items, ledger, extractor=extractor)
    assert (second.written.new, second.written.unchanged, second.written.claims) == (0, 3, 0)
    assert extractor.seen == []


def test_extraction_failure_is_reported_and_retried_later(ledger: Ledger) -> None:
    extractor = CountingExtractor()
    items = reports("2 drones.", "BOOM 5 drones.", "7 drones.")
    stats = ingest(items, ledger, extractor=extractor)
    assert (stats.written.new, stats.failed, stats.error_count) == (2, 1, 1)
    assert str(stats.errors[0]) == "report r1: extraction failed: ValueError: cannot parse this"
    assert ledger.report("r1") is None
    items[1].text = "5 drones."  # fixed upstream: the next run stores it
    again = ingest(items, ledger, extractor=extractor)
    assert (again.written.new, again.written.unchanged, again.failed) == (1, 2, 0)


def test_edited_report_is_extracted_again(ledger: Ledger) -> None:
    extractor = CountingExtractor()
    ingest(reports("2 drones."), ledger, extractor=extractor)
    edited = reports("20 drones.")
    stats = ingest(edited, ledger, extractor=extractor)
    assert stats.written.changed == 1
    assert [c["quantity"] for c in ledger.claims()] == [20]


def test_on_batch_sees_running_totals(ledger: Ledger) -> None:
    seen: list[tuple[int, int]] = []

    def on_batch(stats: IngestStats) -> None:
        seen.append((stats.read, stats.written.new))

    items = reports(*(f"{n} drones." for n in range(7)))
    ingest(items, ledger, extractor=CountingExtractor(), batch_size=3, on_batch=on_batch)
    assert seen == [(3, 3), (6, 6), (7, 7)]


def test_lang_is_passed_to_the_extractor(ledger: Ledger) -> None:
    langs: list[str | None] = []

    class LangExtractor(CountingExtractor):
        def extract(self, report: Report, lang: str | None = "auto") -> Extraction:
            langs.append(lang)
            return super().extract(report, lang)

    ingest(reports("1 drones."), ledger, extractor=LangExtractor(), lang="uk")
    assert langs == ["uk"]
