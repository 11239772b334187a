"""Migrations: one list for both engines, applied in order, once, all or nothing; and ledgers
made by earlier versions (their SQL files, kept in tests/fixtures/legacy_schema) upgrade in
place with their rows intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from claimledger.ledger import Ledger, LedgerError, migrations
from claimledger.ledger.migrations import Migration, bundled
from claimledger.ledger.tables import metadata
from claimledger.model import Claim, Extraction, Report, Span
from claimledger.web.tokens import create_token, verify_token
from conftest import sql

LEGACY = Path(__file__).parent / "fixtures" / "legacy_schema"


def simple(report_id: str, text: str, quantity: int) -> Extraction:
    report = Report(text=text, id=report_id, source="test")
    claim = Claim("intercepted", quantity, Span(0, len(text), text), "uav", location="RU-KLU")
    return Extraction(report, [claim])


def test_bundled_migrations_are_ordered_and_keep_the_old_names() -> None:
    names = [m.name for m in bundled()]
    assert names[:5] == ["0001_initial", "0005_search", "0010_web", "0020_exports", "0100_media"]
    assert names == sorted(names)
    assert len(set(names)) == len(names)


def test_every_table_and_index_is_made_by_exactly_one_migration(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    Ledger.open(path).close()
    made = sql(path, "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    tables = {name for kind, name in made if kind == "table"}
    indexes = {name for kind, name in made if kind == "index"}
    defined_tables = set(metadata.tables)
    defined_indexes = {i.name for t in metadata.tables.values() for i in t.indexes}
    assert defined_tables <= tables
    assert defined_indexes <= indexes
    named = [
        index.name for table in metadata.tables.values() for index in table.indexes if index.name
    ]
    assert len(named) == len(set(named))


def test_new_migration_applies_to_an_existing_ledger(
    ledger_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    Ledger.open(ledger_url).close()

    def notes(connection: sa.Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE notes (report_id TEXT, note TEXT)")

    extra = Migration("0300_notes", (notes,))
    known = bundled()
    monkeypatch.setattr(migrations, "bundled", lambda: [*known, extra])
    Ledger.open(ledger_url).close()
    names = [r[0] for r in sql(ledger_url, "SELECT name FROM migrations ORDER BY name")]
    assert names == [*(m.name for m in known), "0300_notes"]
    assert sql(ledger_url, "SELECT count(*) FROM notes") == [(0,)]


def test_failing_migration_leaves_the_ledger_as_it_was(
    ledger_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    Ledger.open(ledger_url).close()

    def half(connection: sa.Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE half (x TEXT)")
        connection.exec_driver_sql("ALTER TABLE nowhere ADD COLUMN y TEXT")

    known = bundled()
    monkeypatch.setattr(migrations, "bundled", lambda: [*known, Migration("0300_broken", (half,))])
    with pytest.raises(LedgerError, match="nowhere"):
        Ledger.open(ledger_url)
    applied = [r[0] for r in sql(ledger_url, "SELECT name FROM migrations ORDER BY name")]
    assert applied == [m.name for m in known]
    with pytest.raises(Exception, match="half"):
        sql(ledger_url, "SELECT count(*) FROM half")


def test_in_memory_ledger() -> None:
    with Ledger.open(":memory:") as ledger:
        assert ledger.counts()["reports"] == 0
        ledger.write([simple("a", "Four drones.", 4)])
        assert ledger.search("drones")[0]["id"] == "a"


# -- ledgers made by earlier versions ----------------------------------------------------------


def legacy_sqlite(path: Path, upto: str) -> Path:
    """An SQLite ledger as the SQL files of earlier versions made it, up to migration `upto`,
    with a report, its claim, an API token and a media file's rows in it."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for file in sorted((LEGACY / "sqlite").glob("*.sql")):
        if file.stem > upto:
            break
        db.executescript(file.read_text(encoding="utf-8"))
        db.execute("INSERT INTO migrations VALUES (?, '2024-11-01T00:00:00+00:00')", (file.stem,))
    _legacy_rows(lambda statement, params: db.execute(statement, params), upto)
    db.commit()
    db.close()
    return path


def legacy_postgres(url: str) -> str:
    """A PostgreSQL ledger as earlier versions made it (0001_initial and 0005_search only)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        for file in sorted((LEGACY / "postgresql").glob("*.sql")):
            db.execute(file.read_text(encoding="utf-8").encode())
            db.execute("INSERT INTO migrations VALUES (%s, '2024-11-01')", (file.stem,))
        _legacy_rows(lambda s, p: db.execute(s.replace("?", "%s"), p), "0005_search")
    return url


def _legacy_rows(execute: Any, upto: str) -> None:
    text = "Governor Shapsha said 4 drones were shot down over the Kaluga region."
    execute(
        "INSERT INTO reports (id, source, published, lang, text, text_sha256, meta, ingested_at) "
        "VALUES ('old-1', 'kaluga', '2024-11-02T06:00:00+00:00', 'en', ?, ?, '{}', "
        "'2024-11-02T07:00:00+00:00')",
        (text, __import__("hashlib").sha256(text.encode()).hexdigest()),
    )
    execute(
        "INSERT INTO claims (report_id, ordinal, action, weapon, quantity, location, claimant, "
        "date, evidence_start, evidence_end, evidence_text) VALUES ('old-1', 0, 'intercepted', "
        "'uav', 4, 'RU-KLU', 'Vladislav Shapsha', '2024-11-02', 0, 10, 'Governor S')",
        (),
    )
    if upto >= "0100_media":
        execute(
            "INSERT INTO media (sha256, kind, mime, size, path, added_at) VALUES "
            "(?, 'image', 'image/jpeg', 10, 'ab/cd/x.jpg', '2024-11-02T08:00:00+00:00')",
            ("ab" * 32,),
        )


@pytest.mark.parametrize("upto", ["0005_search", "0100_media"])
def test_a_legacy_sqlite_ledger_upgrades_in_place(tmp_path: Path, upto: str) -> None:
    path = legacy_sqlite(tmp_path / "old.db", upto)
    with Ledger.open(path, create=False) as ledger:
        assert [c["quantity"] for c in ledger.claims(location="RU-KLU")] == [4]
        assert [r["id"] for r in ledger.search("kaluga")] == ["old-1"]
        ledger.write([simple("old-1", "Governor Shapsha said 5 drones were downed.", 5)])
        assert ledger.version("old-1") == 2
        assert [r["id"] for r in ledger.search("downed")] == ["old-1"]
        info, token = create_token(ledger, "after the upgrade")
        assert verify_token(ledger, token) == info.id
        media = ledger.media.page(None, None, 10)
        assert len(media) == (1 if upto == "0100_media" else 0)
    applied = [r[0] for r in sql(path, "SELECT name FROM migrations ORDER BY name")]
    assert applied == [m.name for m in bundled()]


def test_a_legacy_postgresql_ledger_upgrades_in_place(pg_url: str) -> None:
    legacy_postgres(pg_url)
    with Ledger.open(pg_url, create=False) as ledger:
        assert [c["quantity"] for c in ledger.claims(location="RU-KLU")] == [4]
        assert [r["id"] for r in ledger.search("kaluga")] == ["old-1"]
        info, token = create_token(ledger, "after the upgrade")
        assert verify_token(ledger, token) == info.id
        ledger.write([simple("new-1", "Two drones over Kaluga.", 2)])
        assert ledger.counts()["claims"] == 2
    applied = [r[0] for r in sql(pg_url, "SELECT name FROM migrations ORDER BY name")]
    assert applied == [m.name for m in bundled()]


def test_new_and_upgraded_sqlite_ledgers_have_the_same_columns(tmp_path: Path) -> None:
    old = legacy_sqlite(tmp_path / "old.db", "0100_media")
    new = tmp_path / "new.db"
    for path in (old, new):
        Ledger.open(path).close()

    def columns(path: Path) -> dict[str, list[tuple[Any, ...]]]:
        # (name, type, NOT NULL, default, position in the key); new ledgers also say NOT NULL
        # of key columns, which SQLite would otherwise let be NULL.
        tables = [r[0] for r in sql(path, "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            table: [
                (name, kind, bool(notnull or key), default, key)
                for _, name, kind, notnull, default, key in sql(path, f"PRAGMA table_info({table})")
            ]
            for table in tables
            if not table.startswith(("reports_fts", "sqlite_"))
        }

    assert columns(old) == columns(new)
