"""Migrations: applied in order, once, all or nothing; statements split as SQLite reads them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimledger.ledger import Ledger, LedgerError, schema
from claimledger.ledger.schema import Migration, bundled_migrations


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("CREATE TABLE a (x);", ["CREATE TABLE a (x);"]),
        (
            "-- a comment; with a semicolon\nCREATE TABLE a (x);\nCREATE INDEX i ON a(x);\n",
            ["-- a comment; with a semicolon\nCREATE TABLE a (x);", "CREATE INDEX i ON a(x);"],
        ),
        (
            "INSERT INTO a VALUES ('semi;colon');\n-- trailing\n",
            ["INSERT INTO a VALUES ('semi;colon');"],
        ),
        (
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\n  DELETE FROM c;\nEND;\n",
            ["CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\n  DELETE FROM c;\nEND;"],
        ),
    ],
)
def test_statements(sql: str, expected: list[str]) -> None:
    assert Migration("m", sql).statements() == expected


def test_unfinished_statement_is_refused() -> None:
    with pytest.raises(LedgerError, match="unfinished statement"):
        Migration("0009_bad", "CREATE TABLE a (x)").statements()


def test_bundled_migrations_are_ordered() -> None:
    names = [m.name for m in bundled_migrations()]
    assert names[0] == "0001_initial"
    assert names == sorted(names)


def test_new_migration_applies_to_an_existing_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "l.db"
    Ledger.open(path).close()
    extra = Migration("0002_notes", "CREATE TABLE notes (report_id TEXT, note TEXT);\n")
    monkeypatch.setattr(schema, "bundled_migrations", lambda: [*bundled_migrations(), extra])
    Ledger.open(path).close()
    db = sqlite3.connect(path)
    names = [r[0] for r in db.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == sorted([*(m.name for m in bundled_migrations()), "0002_notes"])
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    db.close()


def test_failing_migration_leaves_the_ledger_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "l.db"
    Ledger.open(path).close()
    broken = Migration(
        "0002_broken", "CREATE TABLE half (x);\nALTER TABLE nowhere ADD COLUMN y TEXT;\n"
    )
    monkeypatch.setattr(schema, "bundled_migrations", lambda: [*bundled_migrations(), broken])
    with pytest.raises(LedgerError, match="no such table: nowhere"):
        Ledger.open(path)
    db = sqlite3.connect(path)
    applied = [r[0] for r in db.execute("SELECT name FROM migrations ORDER BY name")]
    assert applied == [m.name for m in bundled_migrations()]
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half" not in tables
    db.close()


def test_in_memory_ledger() -> None:
    with Ledger.open(":memory:") as ledger:
        assert ledger.counts()["reports"] == 0
