"""`claimledger ingest` on bad input: each problem is one clear line naming the file (and the
line or message), the rest is stored whole, and the exit code says that something failed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from claimledger.cli.ledger import LEDGER_COMMANDS
from claimledger.extract import Extractor
from claimledger.ledger import Ledger
from claimledger.model import Report

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
cli = click.Group("claimledger", commands=LEDGER_COMMANDS)
CP1251_TEXT = "Над Белгородской областью ночью сбиты 6 беспилотников, сообщил губернатор."


def run(*args: Any) -> Result:
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, [str(a) for a in args])


def whole_reports(db: Path) -> list[str]:
    """The stored report ids, after checking that each has exactly its claims."""
    connection = sqlite3.connect(db)
    try:
        orphans = connection.execute(
            "SELECT count(*) FROM claims c LEFT JOIN reports r ON r.id = c.report_id "
            "WHERE r.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        connection.close()
    extractor = Extractor()
    with Ledger.open(db, create=False) as ledger:
        ids = ledger.report_ids("", limit=1000)
        for report_id in ids:
            stored = ledger.report(report_id)
            assert stored is not None
            report = stored.report
            fresh = Report(report.text, report.id, report.source, report.published, report.lang)
            assert len(stored.claims) == len(extractor.extract(fresh).claims), report_id
    return sorted(ids)


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    shutil.copytree(FIXTURES / "telegram" / "channel", folder / "tg")
    whole = (folder / "tg" / "result.json").read_bytes()
    (folder / "tg" / "result.json").write_bytes(whole[: whole.index(b'"id": 6')])
    (folder / "tg" / "video_files" / "clip_5.mp4").unlink()
    (folder / "feed.rss").write_text("this is no XML, just words", "utf-8")
    (folder / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    (folder / "legacy.txt").write_bytes(CP1251_TEXT.encode("cp1251"))
    shutil.copy(FIXTURES / "text" / "kaluga.txt", folder / "kaluga.txt")
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_files_are_named_and_the_rest_is_stored(
    bad_folder: Path, tmp_path: Path, workers: int
) -> None:
    db = tmp_path / "l.db"
    result = run("ingest", bad_folder, tmp_path / "absent.json", "--db", db, "--workers", workers)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    expected = [
        f"{bad_folder / 'empty.html'}: no main text in the page (empty, or only menus/scripts)",
        f"{bad_folder / 'feed.rss'}: not an RSS or Atom feed: not XML (SAXParseException: ",
        f"{bad_folder / 'legacy.txt'}: warning: not UTF-8; decoded as cp1251 (guessed)",
        f"{bad_folder / 'tg' / 'result.json'}:82: warning: message 5: media file missing: "
        "video_files/clip_5.mp4",
        f"{bad_folder / 'tg' / 'result.json'}: file ends in the middle (truncated?) after "
        "message 5 of Сводки ночи (тест); rest lost",
        f"{tmp_path / 'absent.json'}: no such file or directory",
    ]
    for line in expected:
        assert any(shown.startswith(line) for shown in lines), (line, lines)
    assert "4 error(s)" in result.stdout
    assert whole_reports(db) == sorted(
        ["kaluga-2024-11-28", *(f"tg:1987654321:{n}" for n in (2, 3, 4, 5)), _legacy_id(db)]
    )


def _legacy_id(db: Path) -> str:
    with Ledger.open(db, create=False) as ledger:
        (found,) = [
            rid
            for rid in ledger.report_ids("sha256:")
            if (stored := ledger.report(rid)) and stored.report.text == CP1251_TEXT
        ]
        return found


def test_rerun_after_fixing_the_export_completes_it(bad_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    run("ingest", bad_folder / "tg", "--db", db, "--workers", 1)
    shutil.copy(FIXTURES / "telegram" / "channel" / "result.json", bad_folder / "tg")
    again = run("ingest", bad_folder / "tg", "--db", db, "--workers", 1)
    assert again.exit_code == 0  # only the missing-media warning is left
    assert "2 new, 4 unchanged" in again.stdout
    assert len(whole_reports(db)) == 6


def test_quiet_shows_errors_only(bad_folder: Path, tmp_path: Path) -> None:
    result = run("ingest", bad_folder, "--db", tmp_path / "l.db", "--quiet", "--workers", 1)
    assert result.exit_code == 1 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 3
    assert "warning" not in result.stderr
