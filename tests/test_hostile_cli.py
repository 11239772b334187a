"""Issue 19 through the commands: every bad line or report is one error line, and `extract` and
`ingest` go on to the next; a ledger holding a time without offset still clusters."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from claimledger.cli import main
from claimledger.extract import Extractor
from claimledger.ledger import Ledger
from claimledger.model import Report

GOOD = "Над Курской областью ночью сбиты 3 беспилотника, сообщил губернатор."


def run(*args: Any) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def line(rid: str, **fields: Any) -> str:
    record = {"id": rid, "text": GOOD, "published": "2024-11-22T05:00:00+00:00", **fields}
    return json.dumps(record, ensure_ascii=False)


def hostile_corpus(path: Path) -> tuple[Path, list[str], int]:
    """Good lines with one line of each hostile kind between them: (path, good ids, bad lines)."""
    bad = [
        line("lang-xx", lang="xx"),
        line("far", published="9999-12-31T23:59:59-14:00"),
        '{"id": "digits", "text": "x", "n": ' + "9" * 4_301 + "}",
        '{"id": "deep", "text": "x", "meta": ' + "[" * 900 + "]" * 900 + "}",
        '{"id": "inf", "text": "x", "n": 1e999}',
        "[" * 100_000 + "]" * 100_000,
        '{"id": "nul", "text": "a\x00b"}',
        '{"id": "cut", "text": "Сбит',
    ]
    kept = [
        line("en-US", lang="en-US"),
        line("spaced", lang=" ru"),
        line("naive", published="2024-11-22T08:00:00"),
        '{"id": "surrogate\\ud800", "text": "Сбиты 3 беспилотника \\udfff."}',
    ]
    survivors = ["en-US", "spaced", "naive", "surrogate\ufffd"]  # read with a warning
    lines: list[str] = []
    good: list[str] = []
    for number, hostile in enumerate(bad + kept):
        lines += [line(f"g{number}"), hostile]
        good.append(f"g{number}")
        if number >= len(bad):
            good.append(survivors[number - len(bad)])
    path.write_bytes("\n".join(lines).encode("utf-8") + b"\n")
    return path, good, len(bad)


def test_case_8_extract_goes_on_after_each_bad_line(tmp_path: Path) -> None:
    path, good, bad = hostile_corpus(tmp_path / "posts.jsonl")
    result = run("extract", path)
    assert result.exit_code == 1 and "Traceback" not in result.output
    ids = [json.loads(out)["id"] for out in result.stdout.splitlines()]
    assert ids == good
    errors = [e for e in result.stderr.splitlines() if ": warning: " not in e]
    assert len(errors) == bad, errors
    assert all(e.startswith(f"{path}:") for e in errors)


@pytest.mark.parametrize("workers", [1, 2])
def test_case_4_ingest_stores_all_good_lines_and_reruns_add_nothing(
    tmp_path: Path, workers: int
) -> None:
    path, good, bad = hostile_corpus(tmp_path / "posts.jsonl")
    db = tmp_path / "l.db"
    first = run("ingest", path, "--db", db, "--workers", workers)
    assert first.exit_code == 1 and "Traceback" not in first.output
    assert f"{bad} error(s)" in first.stdout
    with Ledger.open(db, create=False) as ledger:
        assert sorted(ledger.report_ids("", limit=100)) == sorted(good)
        naive = ledger.report("naive")
        assert naive is not None and naive.report.published == datetime(2024, 11, 22, 8, tzinfo=UTC)
    again = run("ingest", path, "--db", db, "--workers", workers)
    assert again.exit_code == 1 and f"0 new, {len(good)} unchanged" in again.stdout


def test_extract_reports_a_report_the_extractor_fails_on_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(line(f"r{n}") for n in range(3)) + "\n", "utf-8")
    original = Extractor.extract

    def failing(self: Extractor, report: Report, lang: str | None = "auto") -> Any:
        if report.id == "r1":
            raise OverflowError("date value out of range")
        return original(self, report, lang)

    monkeypatch.setattr(Extractor, "extract", failing)
    result = run("extract", path)
    assert result.exit_code == 1
    assert [json.loads(out)["id"] for out in result.stdout.splitlines()] == ["r0", "r2"]
    assert result.stderr.splitlines() == [
        "report r1: extraction failed: OverflowError: date value out of range"
    ]


def test_case_5_a_5000_digit_export_id_is_no_segfault(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text('{"id": ' + "9" * 5_000 + ', "messages": []}', "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "claimledger", "extract", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr  # was -11 (SIGSEGV) in ijson's C backend
    assert "Traceback" not in done.stderr and done.stdout == ""


# -- case 1: a time without offset in a ledger ------------------------------------------------


def naive_ledger(db: Path) -> Path:
    """A ledger holding a report with a time without offset beside one with an offset, written
    as a ledger of before issue 19 could hold them (readers now store UTC)."""
    extractor = Extractor()
    reports = [
        Report(GOOD, "naive", "Губернатор", datetime(2024, 11, 22, 8), "ru"),
        Report(GOOD, "aware", "Минобороны", datetime(2024, 11, 22, 5, tzinfo=UTC), "ru"),
    ]
    with Ledger.open(db) as ledger:
        ledger.write([extractor.extract(report) for report in reports])
    stored = sqlite3.connect(db)
    try:
        (published,) = stored.execute("SELECT published FROM reports WHERE id = 'naive'").fetchone()
    finally:
        stored.close()
    assert published == "2024-11-22T08:00:00"  # no offset, as the issue found it
    return db


def test_case_1_incidents_over_a_ledger_with_a_naive_time(tmp_path: Path) -> None:
    db = naive_ledger(tmp_path / "l.db")
    result = run("incidents", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    assert "offset-naive" not in result.output


def test_case_1_a_naive_time_is_stored_in_utc(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text(line("a", published="2024-11-22T08:00:00") + "\n" + line("b") + "\n")
    db = tmp_path / "l.db"
    result = run("ingest", path, "--db", db, "--workers", 1)
    assert result.exit_code == 0, result.output
    assert f"{path}:1: warning: published 2024-11-22T08:00:00 has no UTC offset" in result.stderr
    stored = sqlite3.connect(db)
    try:
        times = dict(stored.execute("SELECT id, published FROM reports").fetchall())
    finally:
        stored.close()
    assert times == {"a": "2024-11-22T08:00:00+00:00", "b": "2024-11-22T05:00:00+00:00"}
    assert run("incidents", "--db", db).exit_code == 0
