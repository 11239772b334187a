"""The ledger commands through click: ingest, claims, show, demo; clean errors, exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import click
import pytest
import sqlalchemy as sa
from click.testing import CliRunner, Result

from claimledger.cli.ledger import LEDGER_COMMANDS
from claimledger.extract import Extractor
from claimledger.ledger import Ledger
from claimledger.ledger import store as store_module
from claimledger.model import Claim, Extraction, Marker, Quote, Report, Span
from conftest import sql

# The commands on a bare group, so these tests see this module's behaviour only.
cli = click.Group("claimledger", commands=LEDGER_COMMANDS)

POSTS = [
    {
        "id": "t:1",
        "channel": "Test channel",
        "published": "2024-11-28T05:11:01+00:00",
        "lang": "ru",
        "text": "Дежурные средства ПВО уничтожили 14 украинских беспилотников над территорией "
        "Краснодарского края, сообщило Минобороны России.",
    },
    {
        "id": "t:2",
        "published": "2024-11-28T07:00:00+00:00",
        "lang": "en",
        "text": "Russian air defences shot down 25 Ukrainian drones over the Bryansk region "
        "overnight, the Russian Ministry of Defence said.",
    },
    {
        "id": "t:3",
        "published": "2024-03-12T06:00:00+00:00",
        "lang": "uk",
        "text": "У ніч на 12 березня противник атакував 40 ударними БпЛА. Силами ППО збито 36 "
        "дронів, повідомили Повітряні сили.",
    },
    {"id": "t:4", "published": "2024-11-28T08:00:00+00:00", "text": "Погода на выходные."},
]


def run(*args: Any, input: bytes | None = None) -> Result:
    # Wide enough that table cells are not folded mid-word.
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, [str(a) for a in args], input=input)


def write_jsonl(path: Path, records: list[dict[str, Any]], broken_at: int | None = None) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if broken_at is not None:
        lines.insert(broken_at, '{"id": "broken", "text": "no closing quote}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def expected_claims(report: Report) -> int:
    """What the real extractor finds in a stored report's text, computed here independently."""
    fresh = Report(
        text=report.text,
        id=report.id,
        source=report.source,
        published=report.published,
        lang=report.lang,
        url=report.url,
        meta=report.meta,
    )
    return len(Extractor().extract(fresh).claims)


def assert_whole_reports(db: str | Path) -> None:
    """No claim without its report, and every stored report has all its claims."""
    orphans = sql(
        db,
        "SELECT count(*) FROM claims c LEFT JOIN reports r ON r.id = c.report_id "
        "WHERE r.id IS NULL",
    )[0][0]
    assert orphans == 0
    if not str(db).startswith("postgresql://"):
        assert sql(db, "PRAGMA integrity_check")[0][0] == "ok"
    with Ledger.open(db, create=False) as ledger:
        for report_id in ledger.report_ids(""):
            stored = ledger.report(report_id)
            assert stored is not None
            assert len(stored.claims) == expected_claims(stored.report), report_id


# -- ingest ----------------------------------------------------------------------------------


def test_ingest_twice_adds_nothing_the_second_time(tmp_path: Path, ledger_url: str) -> None:
    posts = write_jsonl(tmp_path / "posts.jsonl", POSTS)
    db = ledger_url
    first = run("ingest", posts, "--db", db)
    assert first.exit_code == 0, first.output + first.stderr
    assert "4 reports read" in first.stdout and "4 new" in first.stdout
    with Ledger.open(db) as ledger:
        counts = ledger.counts()
    assert counts["reports"] == 4
    assert counts["claims"] > 0  # the three air-war posts carry claims
    second = run("ingest", posts, "--db", db)
    assert second.exit_code == 0
    assert "0 new, 4 unchanged, 0 changed" in second.stdout
    assert "0 claims written" in second.stdout
    with Ledger.open(db) as ledger:
        assert ledger.counts() == counts
    assert_whole_reports(db)


def test_broken_line_in_the_middle(tmp_path: Path, ledger_url: str) -> None:
    posts = write_jsonl(tmp_path / "posts.jsonl", POSTS, broken_at=2)
    db = ledger_url
    result = run("ingest", posts, "--db", db)
    assert result.exit_code == 1
    assert f"{posts}:3: not valid JSON" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    with Ledger.open(db) as ledger:
        assert sorted(ledger.report_ids("t:")) == ["t:1", "t:2", "t:3", "t:4"]


CP1251_TEXT = "Над Белгородской областью сбиты 6 беспилотников, сообщил губернатор."
UTF16_TEXT = "Над Курською областю збито 3 дрони, повідомили у Повітряних силах."


@pytest.mark.parametrize(
    ("name", "content", "stored_text", "message"),
    [
        ("empty.txt", b"", None, "empty.txt: empty file"),
        ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50, None, "binary file"),
        (
            "cp1251.txt",
            CP1251_TEXT.encode("cp1251"),
            CP1251_TEXT,
            "cp1251.txt: warning: not UTF-8; decoded as cp1251",
        ),
        (
            "utf16.txt",
            UTF16_TEXT.encode("utf-16"),
            UTF16_TEXT,
            "utf16.txt: warning: decoded as utf-16-le",
        ),
    ],
    ids=["empty", "binary", "cp1251", "utf-16"],
)
def test_awkward_files(
    tmp_path: Path,
    ledger_url: str,
    name: str,
    content: bytes,
    stored_text: str | None,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    db = ledger_url
    result = run("ingest", path, "--db", db)
    assert result.exit_code == (0 if stored_text else 1), result.stderr
    assert message in result.stderr
    with Ledger.open(db) as ledger:
        texts = [ledger.report(rid).report.text for rid in ledger.report_ids("")]  # type: ignore[union-attr]
    assert texts == ([stored_text] if stored_text else [])


def test_missing_path_still_stores_the_others(tmp_path: Path, ledger_url: str) -> None:
    posts = write_jsonl(tmp_path / "posts.jsonl", POSTS[:1])
    db = ledger_url
    result = run("ingest", tmp_path / "nope.txt", posts, "--db", db)
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in result.stderr
    assert "1 new" in result.stdout


def test_quiet_prints_only_errors(tmp_path: Path, ledger_url: str) -> None:
    posts = write_jsonl(tmp_path / "posts.jsonl", POSTS[:2], broken_at=1)
    result = run("ingest", posts, "--db", ledger_url, "--quiet")
    assert result.exit_code == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{posts}:2: not valid JSON: ")


def test_stdin(ledger_url: str) -> None:
    data = "\n".join(json.dumps(p, ensure_ascii=False) for p in POSTS).encode()
    result = run("ingest", "-", "--db", ledger_url, input=data)
    assert result.exit_code == 0, result.stderr
    assert "4 new" in result.stdout


def test_failure_mid_write_leaves_no_half_written_report(
    tmp_path: Path, ledger_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [dict(p, id=f"{p['id']}-{n}") for n in range(5) for p in POSTS[:3]]
    posts = write_jsonl(tmp_path / "posts.jsonl", records)
    db = ledger_url
    real = store_module._Pending.add_children
    calls = 0

    def failing(self: Any, extraction: Extraction) -> None:
        nonlocal calls
        calls += 1
        if calls == 6:  # the 2nd report of the 2nd batch, after its report row is in
            disk = sqlite3.OperationalError("database or disk is full")
            raise sa.exc.OperationalError("INSERT", {}, disk)
        real(self, extraction)

    monkeypatch.setattr(store_module._Pending, "add_children", failing)
    result = run("ingest", posts, "--db", db, "--batch-size", 5)
    assert result.exit_code == 1
    assert "disk is full" in result.stderr and "batches before this one are kept" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    with Ledger.open(db) as ledger:
        assert ledger.counts()["reports"] == 5  # the first batch only
    assert_whole_reports(db)
    monkeypatch.setattr(store_module._Pending, "add_children", real)
    again = run("ingest", posts, "--db", db, "--batch-size", 5)
    assert again.exit_code == 0
    assert "10 new, 5 unchanged" in again.stdout
    assert_whole_reports(db)


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["ingest"], 2, "Missing argument"),
        (["ingest", "x.txt", "--published", "soon"], 2, "not an ISO 8601"),
        (["ingest", "x.txt", "--lang", "de"], 2, "Invalid value for '--lang'"),
        (["ingest", "x.txt", "--batch-size", "0"], 2, "--batch-size"),
        (["claims", "--since", "28.11.2024"], 2, "--since"),
        (["claims", "--format", "xml"], 2, "--format"),
    ],
)
def test_usage_errors(tmp_path: Path, args: list[str], exit_code: int, message: str) -> None:
    result = run(*args, "--db", tmp_path / "l.db")
    assert result.exit_code == exit_code
    assert message in result.stderr


def test_bad_ledger_paths_are_clean_errors(tmp_path: Path) -> None:
    not_db = tmp_path / "notes.db"
    not_db.write_text("plain words, not SQLite " * 50, "utf-8")
    posts = write_jsonl(tmp_path / "posts.jsonl", POSTS[:1])
    for args, message in [
        (["ingest", posts, "--db", tmp_path], "is a directory"),
        (["claims", "--db", not_db], "not a claimledger ledger"),
        (["claims", "--db", tmp_path / "absent.db"], "no ledger at"),
        (["show", "x", "--db", tmp_path / "absent.db"], "no ledger at"),
    ]:
        result = run(*args)
        assert result.exit_code == 1
        assert message in result.stderr
        assert "Traceback" not in result.output + result.stderr
    assert not (tmp_path / "absent.db").exists()


def test_bad_sources_file_is_a_clean_error(tmp_path: Path, ledger_url: str) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "X"\nkind = "wizard"\n', "utf-8")
    posts = write_jsonl(tmp_path / "posts.jsonl", POSTS[:1])
    result = run("ingest", posts, "--db", ledger_url, "--sources", sources)
    assert result.exit_code == 1
    assert "kind 'wizard' is not one of" in result.stderr


def test_db_from_environment(
    tmp_path: Path, ledger_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ledger_url
    monkeypatch.setenv("CLAIMLEDGER_DB", str(db))
    posts = write_jsonl(tmp_path / "posts.jsonl", POSTS[3:])
    assert run("ingest", posts).exit_code == 0
    if not db.startswith("postgresql://"):
        assert Path(db).exists()
    with Ledger.open(db, create=False) as ledger:
        assert ledger.counts()["reports"] == 1


# -- claims and show (on a ledger written directly, independent of the extractors) -----------

HOSTILE = "[bold red]Twelve[/] drones \x1b[2J were downed near [link=file:///etc]Kursk[/link]."


def hand_made() -> list[Extraction]:
    text = HOSTILE
    start = text.index("Twelve")
    evidence = Span.of(text, start, text.index("downed") + len("downed"))
    hostile = Extraction(
        Report(text=text, id="hostile-1", source="[i]channel[/i]"),
        claims=[
            Claim(
                "intercepted",
                12,
                evidence,
                weapon="uav",
                location="RU-KRS",
                claimant="[blink]Someone[/blink]",
                claimant_side="ru",
                date="2024-11-28",
                spans={"number": Span.of(text, start, start + 6)},
            )
        ],
        quotes=[
            Quote(
                "Someone",
                None,
                "drones",
                [Span.of(text, text.index("drones"), text.index("drones") + 6)],
            )
        ],
        markers=[Marker("hedged", Span.of(text, text.index("near"), text.index("near") + 4))],
    )
    plain_text = "Four drones were shot down over the Kaluga region."
    plain = Extraction(
        Report(text=plain_text, id="kaluga-1", source="Kaluga government"),
        claims=[
            Claim(
                "intercepted",
                4,
                Span.of(plain_text, 0, 26),
                weapon="uav",
                location="RU-KLU",
                claimant="Vladislav Shapsha",
                claimant_side="ru",
                date="2024-11-27",
            )
        ],
    )
    return [hostile, plain]


@pytest.fixture
def filled(ledger_url: str) -> str:
    """A ledger of the hand-made reports, once per backend."""
    with Ledger.open(ledger_url) as ledger:
        ledger.write(hand_made())
    return ledger_url


def test_claims_table(filled: str) -> None:
    result = run("claims", "--db", filled)
    assert result.exit_code == 0
    assert "RU-KLU" in result.stdout and "RU-KRS" in result.stdout
    assert "[blink]Someone[/blink]" in result.stdout  # shown literally, not as markup
    assert "\x1b[2J" not in result.stdout


@pytest.mark.parametrize(
    ("args", "expected_ids"),
    [
        ([], ["kaluga-1", "hostile-1"]),
        (["--location", "RU-KLU"], ["kaluga-1"]),
        (["--location", "RU-"], ["kaluga-1", "hostile-1"]),
        (["--claimant", "SHAPSHA"], ["kaluga-1"]),
        (["--since", "2024-11-28"], ["hostile-1"]),
        (["--until", "2024-11-27"], ["kaluga-1"]),
        (["--location", "UA-"], []),
    ],
)
def test_claims_json_and_filters(filled: str, args: list[str], expected_ids: list[str]) -> None:
    as_json = run("claims", "--db", filled, "--format", "json", *args)
    assert as_json.exit_code == 0
    assert [c["report_id"] for c in json.loads(as_json.stdout)] == expected_ids
    as_jsonl = run("claims", "--db", filled, "--format", "jsonl", *args)
    rows = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert [c["report_id"] for c in rows] == expected_ids


def test_claims_none_match(filled: str) -> None:
    result = run("claims", "--db", filled, "--location", "UA-")
    assert result.exit_code == 0
    assert "no claims match" in result.stderr


def test_show_escapes_untrusted_text(filled: str) -> None:
    result = run("show", "hostile-1", "--db", filled)
    assert result.exit_code == 0, result.stderr
    assert "[bold red]Twelve[/] drones" in result.stdout
    assert "[link=file:///etc]Kursk[/link]" in result.stdout
    assert "[i]channel[/i]" in result.stdout
    assert "\x1b[2J" not in result.stdout and "\ufffd[2J" in result.stdout
    for section in ("claims", "quotes", "markers", "no checks", "no media"):
        assert section in result.stdout


def test_show_styles_spans(filled: str) -> None:
    from rich.console import Console

    from claimledger.ledger.display import SPAN_STYLES, highlighted

    with Ledger.open(filled) as ledger:
        extraction = ledger.report("kaluga-1")
        hostile = ledger.report("hostile-1")
    assert extraction is not None and hostile is not None
    text = highlighted(hostile)
    styles = {(s.start, s.end, str(s.style)) for s in text.spans}
    start = HOSTILE.index("Twelve")
    assert (start, start + 6, SPAN_STYLES["number"]) in styles
    assert any(s == "underline" and a == start for a, _, s in styles)
    console = Console(record=True, width=200, color_system="truecolor", force_terminal=True)
    console.print(highlighted(extraction))
    assert "\x1b[4m" in console.export_text(styles=True)  # the evidence is underlined


def test_show_by_unique_prefix_and_misses(filled: str) -> None:
    assert "Kaluga government" in run("show", "kalu", "--db", filled).stdout
    missing = run("show", "nothing", "--db", filled)
    assert missing.exit_code == 1 and "no report 'nothing'" in missing.stderr


def test_show_edited_report_says_its_version(ledger_url: str) -> None:
    db = ledger_url
    with Ledger.open(db) as ledger:
        ledger.write([Extraction(Report(text="First text.", id="p"))])
        ledger.write([Extraction(Report(text="Edited text.", id="p"))])
    result = run("show", "p", "--db", db)
    assert "Edited text." in result.stdout and "version: 2" in result.stdout


# -- demo ------------------------------------------------------------------------------------


def test_demo_builds_a_ledger_from_the_bundled_samples(ledger_url: str) -> None:
    db = ledger_url
    result = run("demo", "--db", db)
    assert result.exit_code == 0, result.stderr
    with Ledger.open(db, create=False) as ledger:
        counts = ledger.counts()
    assert counts["reports"] >= 1 and counts["claims"] >= 1
    assert f"{counts['claims']} claims" in result.stdout
    assert "claimledger show" in result.stdout
    again = run("demo", "--db", db)
    assert again.exit_code == 0 and "0 new" in again.stdout


def test_claims_table_is_capped_unless_limit_given(
    filled: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("claimledger.cli.ledger.TABLE_LIMIT", 1)
    capped = run("claims", "--db", filled)
    assert "more than 1 claims match; showing the first 1" in capped.stderr
    assert "kaluga-1" in capped.stdout and "hostile-1" not in capped.stdout
    full = run("claims", "--db", filled, "--limit", 5)
    assert full.stderr == "" and "hostile-1" in full.stdout


def test_claims_table_fits_a_narrow_terminal(filled: str) -> None:
    result = CliRunner(env={"COLUMNS": "80"}).invoke(cli, ["claims", "--db", str(filled)])
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "qualifier" not in result.stdout  # folded into the quantity
    assert "Vladislav" in result.stdout and "(ru)" in result.stdout
    assert "kaluga-1" in result.stdout
