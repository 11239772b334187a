"""`extract_reports` on several processes reads exactly what the serial run reads, in order."""

from __future__ import annotations

import json
import os
import weakref
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.extract import Extractor, collector, parallel
from claimledger.extract.parallel import ExtractionFailed, auto_jobs, extract_reports
from claimledger.model import Extraction, Report

# (language, text): claims in each language, and texts with none (the fast path's side too).
TEXTS = [
    ("ru", "Минувшей ночью над Брянской областью уничтожены 12 украинских беспилотников, "
           "сообщили в Минобороны России."),
    ("ru", "Силы ПВО сбили две ракеты Х-59 над Курской областью."),
    ("ru", "В парке открыли новую библиотеку."),
    ("uk", "Сили ППО знищили 14 ударних БпЛА типу «Шахед» над Одещиною, повідомили "
           "Повітряні сили."),
    ("uk", "Вчора в Києві відкрили виставку."),
    ("en", "Air defences shot down four Ukrainian drones over the Kaluga region overnight, "
           "the governor said."),
    ("en", "The city opened a new library on Friday."),
]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers even for a few reports: chunks of two, no serial threshold to speak of."""
    monkeypatch.setattr(parallel, "SERIAL_BELOW", 3)
    monkeypatch.setattr(parallel, "CHUNK", 2)


def _reports(copies: int = 3) -> list[Report]:
    return [
        Report(text, id=f"{n}-{i}", lang=lang)
        for n in range(copies)
        for i, (lang, text) in enumerate(TEXTS)
    ]


def _readings(extractions: list[Extraction]) -> list[dict[str, object]]:
    return [e.to_dict() for e in extractions]


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize("lang", ["auto", "ru"])
def test_two_jobs_read_what_one_reads_in_the_same_order(lang: str) -> None:
    extractor = Extractor()
    serial = list(extract_reports(_reports(), lang, extractor=extractor, jobs=1))
    forked = list(extract_reports(_reports(), lang, extractor=extractor, jobs=2))
    assert [e.report.id for e in forked] == [r.id for r in _reports()]
    assert _readings(forked) == _readings(serial)
    assert any(e.claims for e in forked)


# One report a worker reads (it passes the fast path), one the parent reads (turned away).
FAILING = ("1-1", "1-2")


class _Failing(Extractor):
    def extract(self, report: Report, lang: str | None = "auto") -> Extraction:
        if report.id in FAILING:
            raise ValueError(f"cannot read {report.id}")
        return super().extract(report, lang)


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failed_report_goes_to_on_error_and_the_run_goes_on(jobs: int) -> None:
    failed: list[tuple[str, str]] = []
    read = list(
        extract_reports(
            _reports(2),
            extractor=_Failing(),
            jobs=jobs,
            on_error=lambda report, message: failed.append((report.id, message)),
        )
    )
    assert failed == [(n, f"ValueError: cannot read {n}") for n in FAILING]
    assert len(read) == 2 * len(TEXTS) - 2


@pytest.mark.usefixtures("small_chunks")
def test_without_on_error_a_worker_failure_is_raised() -> None:
    with pytest.raises(ExtractionFailed, match="report 1-1: ValueError"):
        list(extract_reports(_reports(2), extractor=_Failing(), jobs=2))


def test_a_small_input_is_read_in_this_process() -> None:
    # under SERIAL_BELOW reports no worker starts: a failure raises here, as it was raised
    with pytest.raises(ValueError, match="cannot read 1-1"):
        list(extract_reports(_reports(2), extractor=_Failing(), jobs=2))


def test_automatic_jobs_are_at_least_one_and_capped() -> None:
    assert 1 <= auto_jobs() <= parallel.MAX_AUTO_JOBS


@pytest.mark.usefixtures("small_chunks")
def test_cli_jobs_give_the_same_lines_and_the_bad_line_is_named(tmp_path: Path) -> None:
    corpus = tmp_path / "posts.jsonl"
    rows = [{"id": r.id, "text": r.text, "lang": r.lang} for r in _reports()]
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    lines.insert(5, "{broken")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["extract", str(corpus), "--jobs", jobs])
        assert result.exit_code == 1, result.output
        assert f"{corpus}:6" in result.stderr
        outputs.append([line for line in result.stdout.splitlines() if line.startswith("{")])
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["id"] for line in outputs[1]] == [r["id"] for r in rows]


class _Dying(Extractor):
    """Kills the worker process that reads report 1-1 (never the test's own process)."""

    parent = os.getpid()

    def extract(self, report: Report, lang: str | None = "auto") -> Extraction:
        if report.id == "1-1" and os.getpid() != self.parent:
            os._exit(3)
        return super().extract(report, lang)


@pytest.mark.usefixtures("small_chunks")
def test_a_worker_that_dies_is_a_clear_error() -> None:
    with pytest.raises(ExtractionFailed, match="worker process ended abruptly"):
        list(extract_reports(_reports(2), extractor=_Dying(), jobs=2))


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_run_gives_the_garbage_collector_back_as_it_was(jobs: int) -> None:
    """extract/collector.py quiets the collector for a run only: thresholds and frozen objects
    are as before once the run ends, and a run inside a run changes nothing of its own."""
    import gc

    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    outer = extract_reports(_reports(1), jobs=jobs)
    next(outer)
    assert gc.get_threshold()[0] >= before[0]
    inner = list(extract_reports(_reports(1), jobs=1))
    assert len(inner) == len(TEXTS)
    assert len(list(outer)) == len(TEXTS) - 1
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen


class _Cyclic:
    """A report's garbage that only the cyclic collector frees (it refers to itself)."""

    def __init__(self) -> None:
        self.me = self


class _LeavesCycles(Extractor):
    """Leaves one cycle per report, and keeps enough new objects alive (a cache growing) that
    the run tidies between reports (extract/collector.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.cycles: list[weakref.ref[_Cyclic]] = []
        self.kept: list[object] = []

    def extract(self, report: Report, lang: str | None = "auto") -> Extraction:
        self.cycles.append(weakref.ref(_Cyclic()))
        self.kept.extend([] for _ in range(collector.YOUNG))
        return super().extract(report, lang)


def test_a_run_frees_the_cycles_its_reports_leave() -> None:
    """The collector runs between reports during a run (its own passes are held back): a
    report's cyclic garbage is gone by the next reports, not kept until the run's end."""
    extractor = _LeavesCycles()
    reports = extract_reports(_reports(1), jobs=1, extractor=extractor)
    for _ in range(3):
        next(reports)
    assert extractor.cycles[0]() is None
    assert len(list(reports)) == len(TEXTS) - 3
