"""The PostgreSQL backend where it differs from SQLite: opening, schema, errors, search syntax.

Behaviour common to both backends is tested once, on both, in test_ledger_store.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimledger.ledger import Ledger, LedgerError, is_database_url, ledger_target, redact
from claimledger.ledger.migrations import bundled
from claimledger.ledger.transactions import lock_key
from claimledger.model import Claim, Extraction, Report, Span
from conftest import sql

psycopg = pytest.importorskip("psycopg", reason="psycopg not installed (pip install -e '.[scale]')")


def simple(report_id: str, text: str, quantity: int = 1) -> Extraction:
    report = Report(text=text, id=report_id, source="test")
    return Extraction(report, [Claim("intercepted", quantity, Span(0, len(text), text), "uav")])


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("postgresql://team@db.example/ledger", "postgresql://team@db.example/ledger"),
        ("postgres://db/ledger", "postgres://db/ledger"),
        ("claimledger.db", Path("claimledger.db")),
        ("/srv/ledgers/team.db", Path("/srv/ledgers/team.db")),
        (Path("postgresql:/x"), Path("postgresql:/x")),  # a Path is a file, whatever its name
    ],
)
def test_ledger_target(target: str | Path, expected: str | Path) -> None:
    assert ledger_target(target) == expected
    assert is_database_url(target) == isinstance(expected, str)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "postgresql://team:s3cret@db.example:5433/ledger",
            "postgresql://team:***@db.example:5433/ledger",
        ),
        ("postgresql://team@db.example/ledger", "postgresql://team@db.example/ledger"),
        ("postgresql:///ledger?host=/run/pg", "postgresql:///ledger?host=/run/pg"),
    ],
)
def test_passwords_never_shown(url: str, shown: str) -> None:
    assert redact(url) == shown


def test_one_store_for_both_engines(pg_url: str, tmp_path: Path) -> None:
    """No subclass per engine: the same Ledger, the same methods, on both."""
    with Ledger.open(pg_url) as on_pg, Ledger.open(tmp_path / "l.db") as on_sqlite:
        assert type(on_pg) is type(on_sqlite) is Ledger
        assert (on_pg.engine, on_sqlite.engine) == ("postgresql", "sqlite")
        assert not hasattr(on_pg, "connection")  # no raw connection for other stages


def test_every_migration_applies_on_postgresql(pg_url: str) -> None:
    names = [m.name for m in bundled()]
    assert names[:5] == ["0001_initial", "0005_search", "0010_web", "0020_exports", "0100_media"]
    with Ledger.open(pg_url):
        pass
    with Ledger.open(pg_url) as again:  # reopening applies nothing twice
        assert again.counts()["reports"] == 0
    applied = [row[0] for row in sql(pg_url, "SELECT name FROM migrations ORDER BY 1")]
    indexes = {row[0] for row in sql(pg_url, "SELECT indexname FROM pg_indexes")}
    views = {row[0] for row in sql(pg_url, "SELECT viewname FROM pg_views")}
    assert applied == names
    assert {"claims_date", "claims_location", "claims_claimant", "reports_search"} <= indexes
    assert {"claims_web_location", "media_appearances_once", "reports_web_published_id"} <= indexes
    assert {"latest_reviews", "claims_with_reports", "incidents_with_reviews"} <= views


def test_foreign_keys_are_enforced(pg_url: str) -> None:
    with Ledger.open(pg_url):
        pass
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        sql(
            pg_url,
            "INSERT INTO markers (report_id, ordinal, kind, evidence_start, evidence_end, "
            "evidence_text) VALUES ('nobody', 0, 'hedged', 0, 1, 'x')",
        )


def test_opening_an_empty_database_without_create(pg_url: str) -> None:
    with pytest.raises(LedgerError, match="no ledger in"):
        Ledger.open(pg_url, create=False)
    with Ledger.open(pg_url):
        pass
    with Ledger.open(pg_url, create=False) as ledger:
        assert ledger.counts()["reports"] == 0


def test_a_foreign_database_is_refused(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as db:
        db.execute("CREATE TABLE people (name TEXT)")
    with pytest.raises(LedgerError, match=r"not a claimledger ledger \(tables: people\)"):
        Ledger.open(pg_url)


def test_newer_schema_is_refused(pg_url: str) -> None:
    with Ledger.open(pg_url):
        pass
    with psycopg.connect(pg_url, autocommit=True) as db:
        db.execute("INSERT INTO migrations VALUES ('0099_from_the_future', '2030-01-01')")
    with pytest.raises(LedgerError, match=r"newer claimledger.*0099_from_the_future"):
        Ledger.open(pg_url)


def test_unreachable_server_is_a_ledger_error(tmp_path: Path) -> None:
    url = f"postgresql://nobody:hunter2@/ledger?host={tmp_path}&connect_timeout=2"
    with pytest.raises(LedgerError, match="cannot connect") as caught:
        Ledger.open(url)
    assert "hunter2" not in str(caught.value)


def test_text_with_nul_is_a_ledger_error(pg_url: str) -> None:
    # PostgreSQL text cannot hold U+0000 (SQLite can): the batch fails and says why.
    with Ledger.open(pg_url) as ledger:
        with pytest.raises(LedgerError, match="NUL"):
            ledger.write([simple("nul", "Two drones\x00 shot down.")])
        assert ledger.counts()["reports"] == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("калужской", ["a", "c"]),
        ("КАЛУЖСКОЙ дроны", ["a"]),
        ('"сбиты дроны"', ["a"]),  # a phrase
        ("калужской -дроны", ["c"]),  # not
        ("выставка or тихо", ["b", "c"]),
        ("channel-7", ["b"]),  # the source is searched too
        ("калужская", []),  # 'simple' does not stem, as FTS5's unicode61
    ],
)
def test_search_syntax(pg_url: str, query: str, expected: list[str]) -> None:
    with Ledger.open(pg_url) as ledger:
        ledger.write(
            [
                Extraction(Report(text="Над Калужской областью сбиты дроны", id="a", source="X")),
                Extraction(Report(text="В Москве открылась выставка", id="b", source="channel-7")),
                Extraction(Report(text="В Калужской области тихо", id="c", source="Y")),
            ]
        )
        assert sorted(r["id"] for r in ledger.search(query)) == expected


def test_streamed_claims_leave_the_connection_free(pg_url: str) -> None:
    with Ledger.open(pg_url) as ledger:
        ledger.write(simple(f"r{n:04d}", f"Report {n}.", n) for n in range(50))
        seen: list[Any] = []
        for record in ledger.iter_claims():
            # Another query mid-walk, as `incidents` or an export may make.
            stored = ledger.report(record["report_id"])
            assert stored is not None
            seen.append(stored.claims[0].quantity)
        assert seen == list(range(50))


def test_lock_keys_are_stable_signed_64_bit() -> None:
    keys = {lock_key(f"post-{n}") for n in range(1000)}
    assert len(keys) == 1000
    assert all(-(2**63) <= key < 2**63 for key in keys)
    assert lock_key("post-1") == lock_key("post-1")
