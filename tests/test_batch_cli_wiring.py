"""`extract --engine dask --out DIR` then `ingest DIR`: the batch path through the main CLI.

Running it needs the `scale` extra; the checks before (a missing --out) need nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.ledger import Ledger

POSTS = [
    {
        "id": "t:1",
        "channel": "X",
        "published": "2024-11-22T05:00:00+00:00",
        "lang": "ru",
        "text": "Над Калужской областью ночью уничтожены четыре беспилотника, сообщило Минобороны.",
    },
    {
        "id": "t:2",
        "channel": "X",
        "published": "2024-11-22T06:00:00+00:00",
        "lang": "ru",
        "text": "В Москве открылась выставка современного искусства.",
    },
]


def test_dask_engine_then_ingest_of_the_folder(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="dask not installed (pip install -e '.[scale]')")
    corpus = tmp_path / "posts.jsonl"
    corpus.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in POSTS))
    out, db = tmp_path / "batch", tmp_path / "l.db"
    runner = CliRunner()
    made = runner.invoke(main, ["extract", "--engine", "dask", "--out", str(out), str(corpus)])
    assert made.exit_code == 0, made.output
    assert "2 reports, 1 claims" in made.output
    first = runner.invoke(main, ["ingest", str(out), "--db", str(db)])
    again = runner.invoke(main, ["ingest", str(out), "--db", str(db)])
    assert first.exit_code == 0 and "2 new" in first.output
    assert again.exit_code == 0 and "0 new, 2 unchanged" in again.output
    with Ledger.open(db) as ledger:
        (claim,) = ledger.claims()
    assert (claim["quantity"], claim["location"]) == (4, "RU-KLU")


def test_dask_engine_needs_an_output_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--engine", "dask", str(tmp_path)])
    assert result.exit_code == 2 and "--out" in result.output
