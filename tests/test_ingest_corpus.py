"""The first 2,000 posts of the Russian Telegram corpus, ingested twice: the second run adds
nothing. (The whole corpus is bench/ingest_bench.py's job.)"""

from __future__ import annotations

import itertools
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from claimledger.cli.ledger import LEDGER_COMMANDS
from claimledger.ledger import Ledger

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "ru-telegram" / "posts.jsonl"
POSTS = 2000

pytestmark = pytest.mark.skipif(
    not CORPUS.exists(), reason="../shared not present (a user's clone has none)"
)
cli = click.Group("claimledger", commands=LEDGER_COMMANDS)


def test_first_posts_twice_second_run_adds_nothing(tmp_path: Path) -> None:
    part = tmp_path / "first.jsonl"
    with CORPUS.open("rb") as source, part.open("wb") as out:
        out.writelines(itertools.islice(source, POSTS))
    db = tmp_path / "l.db"
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(part), "--db", str(db), "--workers", "2"])
    assert first.exit_code == 0, first.stderr
    assert f"{POSTS:,} new" in first.stdout
    with Ledger.open(db) as ledger:
        counts = ledger.counts()
    assert counts["reports"] == POSTS and counts["claims"] > 0
    second = runner.invoke(cli, ["ingest", str(part), "--db", str(db), "--workers", "2"])
    assert second.exit_code == 0, second.stderr
    assert f"0 new, {POSTS:,} unchanged, 0 changed" in second.stdout
    with Ledger.open(db) as ledger:
        assert ledger.counts() == counts


def test_the_same_ledger_on_both_engines(tmp_path: Path, pg_url: str) -> None:
    """2,000 posts ingested into SQLite and into PostgreSQL: the same reports, claims and
    incidents (bench/store_bench.py does the whole corpus and times both)."""
    from claimledger.pipeline.contents import contents

    part = tmp_path / "first.jsonl"
    with CORPUS.open("rb") as source, part.open("wb") as out:
        out.writelines(itertools.islice(source, POSTS))
    runner = CliRunner()
    found = []
    for db in (str(tmp_path / "l.db"), pg_url):
        result = runner.invoke(cli, ["ingest", str(part), "--db", db, "--workers", "2", "-q"])
        assert result.exit_code == 0, result.stderr
        with Ledger.open(db, create=False) as ledger:
            found.append(contents(ledger))
    on_sqlite, on_postgres = found
    assert len(on_sqlite.reports) == POSTS
    assert on_sqlite.claims and on_sqlite.incidents
    assert on_sqlite.differences(on_postgres) == []
    assert on_sqlite == on_postgres
