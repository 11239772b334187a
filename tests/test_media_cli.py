"""`claimledger media add` and `media match` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli.media import media_group
from claimledger.media import synthetic


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    original = synthetic.scene(41)
    paths = {
        "original": tmp_path / "original.jpg",
        "copy": tmp_path / "copy.jpg",
        "other": tmp_path / "other.jpg",
    }
    original.save(paths["original"], quality=92)
    synthetic.IMAGE_EDITS["resize_50"](original).save(paths["copy"], quality=60)
    synthetic.scene(42).save(paths["other"], quality=92)
    return paths


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(media_group, list(args))
    return result.exit_code, result.output


def test_add_then_match_as_json(ledger_url: str, files: dict[str, Path]) -> None:
    db = ledger_url
    code, output = _run("add", str(files["original"]), "--report", "r1", "--source", "chan_a",
                        "--first-seen", "2024-02-01T08:00:00Z", "--db", db, "--format", "json")
    assert code == 0, output
    (added,) = json.loads(output)
    assert added["new"] and added["kind"] == "image" and added["matches"] == []
    code, output = _run("match", str(files["copy"]), "--db", db)
    assert code == 0, output
    answer = json.loads(output)
    assert answer["file"] == str(files["copy"])
    assert answer["kind"] == "image"
    assert answer["suggested_review"] == "DecontextualizedContent"
    (match,) = answer["matches"]
    assert match["media_id"] == added["media_id"]
    assert match["sha256"] == added["sha256"]
    assert 0 <= match["distance"] <= 31
    assert match["first_seen"] == {
        "report_id": "r1", "source": "chan_a", "date": "2024-02-01T08:00:00+00:00",
    }


def test_match_of_an_unseen_file(ledger_url: str, files: dict[str, Path]) -> None:
    db = ledger_url
    _run("add", str(files["original"]), "--db", db)
    code, output = _run("match", str(files["other"]), "--db", db)
    assert code == 0
    assert json.loads(output)["matches"] == []
    assert json.loads(output)["suggested_review"] is None


def test_add_reports_recycling_in_a_table(ledger_url: str, files: dict[str, Path]) -> None:
    db = ledger_url
    _run("add", str(files["original"]), "--report", "r1", "--first-seen", "2024-01-01", "--db", db)
    code, output = _run("add", str(files["copy"]), "--report", "r2", "--first-seen",
                        "2024-03-01", "--db", db)
    assert code == 0, output
    assert "DecontextualizedContent" in output and "r1" in output


def test_match_table_format(ledger_url: str, files: dict[str, Path]) -> None:
    db = ledger_url
    _run("add", str(files["original"]), "--report", "r1", "--db", db)
    code, output = _run("match", str(files["copy"]), "--db", db, "--format", "table")
    assert code == 0
    assert "suggested review: DecontextualizedContent" in output


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["match", "{missing}", "--db", "{db}"], "no such file"),
        (["match", "{original}", "--db", "{nodb}"], "no ledger at"),
        (["add", "{original}", "--first-seen", "yesterday", "--db", "{db}"], "not an ISO 8601"),
        (["add", "{missing}", "--db", "{db}"], "no such file"),
        (["add", "{original}", "--db", "{nopg}"], "cannot connect"),
    ],
)
def test_errors_are_one_line_without_traceback(
    ledger_url: str, tmp_path: Path, files: dict[str, Path], args: list[str], says: str
) -> None:
    db = ledger_url
    _run("add", str(files["other"]), "--db", str(db))
    nopg = f"postgresql://nobody@/nowhere?host={tmp_path}&connect_timeout=2"
    names = {"db": str(db), "nodb": str(tmp_path / "none.db"), "nopg": nopg,
             "missing": str(tmp_path / "gone.jpg"), "original": str(files["original"])}
    code, output = _run(*[arg.format(**names) for arg in args])
    assert code != 0
    assert says in output
    assert "Traceback" not in output


def test_a_postgresql_ledger_needs_a_media_folder(
    pg_url: str, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLAIMLEDGER_MEDIA", raising=False)
    code, output = _run("add", str(files["original"]), "--db", pg_url)
    assert code == 1 and "CLAIMLEDGER_MEDIA" in output and "Traceback" not in output
