"""The command line on a PostgreSQL ledger: `--db URL` or CLAIMLEDGER_DB, same output as SQLite."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.ledger import Ledger

psycopg = pytest.importorskip("psycopg", reason="psycopg not installed (pip install -e '.[scale]')")


def as_user(url: str, user: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, ""))


def run(*args: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.output


def test_same_answers_as_sqlite(
    pg_url: str, tmp_path: Path, write_posts: Callable[..., Path]
) -> None:
    posts = str(write_posts("posts.jsonl", range(24)))
    sqlite_db = str(tmp_path / "l.db")
    run("ingest", posts, "--db", sqlite_db, "--quiet")
    run("ingest", posts, "--quiet", env={"CLAIMLEDGER_DB": pg_url})
    for args in (["--format", "jsonl"], ["--location", "RU-", "--format", "json"]):
        on_pg = run("claims", *args, "--db", pg_url)
        assert on_pg == run("claims", *args, "--db", sqlite_db)
        assert on_pg.strip()
    incidents = run("incidents", "--format", "json", "--db", pg_url)
    assert incidents == run("incidents", "--format", "json", "--db", sqlite_db)
    assert json.loads(incidents)
    shown = run("show", "post-00002", env={"CLAIMLEDGER_DB": pg_url})
    assert shown == run("show", "post-00002", "--db", sqlite_db)
    assert "post-00002" in shown


def test_missing_ledger_and_bad_server_are_one_line_errors(pg_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["claims", "--db", pg_url])
    assert result.exit_code == 1 and "no ledger in" in result.output
    url = f"postgresql://someone:pw@/nowhere?host={tmp_path}&connect_timeout=2"
    result = CliRunner().invoke(main, ["claims", "--db", url])
    assert result.exit_code == 1 and "cannot connect" in result.output
    assert "Traceback" not in result.output and ":pw@" not in result.output


def test_a_read_only_role_can_read(pg_url: str, write_posts: Callable[..., Path]) -> None:
    run("ingest", str(write_posts("posts.jsonl", range(8))), "--db", pg_url, "--quiet")
    with psycopg.connect(pg_url, autocommit=True) as db:
        schema = db.execute("SELECT current_schema()").fetchone()[0]
        role = f"reader_{schema}"
        db.execute(f"CREATE ROLE {role} LOGIN")
        db.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        db.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
    try:
        reader_url = as_user(pg_url, role)
        with Ledger.open(reader_url, create=False) as ledger:
            assert ledger.counts()["reports"] == 8
            assert len(ledger.claims()) > 0
            assert ledger.search("drones")
        assert json.loads(run("claims", "--db", reader_url, "--format", "json"))
    finally:
        with psycopg.connect(pg_url, autocommit=True) as db:
            db.execute(f"DROP OWNED BY {role}")
            db.execute(f"DROP ROLE {role}")
