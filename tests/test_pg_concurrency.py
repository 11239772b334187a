"""Two writers at once on one PostgreSQL ledger lose nothing and duplicate nothing.

The ledger's answer must be the one a single writer gives for the union of their inputs.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimledger.ledger import Ledger, WriteStats
from claimledger.model import Claim, Extraction, Report, Span
from claimledger.pipeline import ingest
from claimledger.sources.readers import read_reports

pytest.importorskip("psycopg", reason="psycopg not installed (pip install -e '.[scale]')")


def claims_of(ledger: Ledger) -> list[dict[str, Any]]:
    return ledger.claims()


def test_two_ingest_processes_with_overlapping_inputs(
    pg_url: str, tmp_path: Path, write_posts: Callable[..., Path]
) -> None:
    first = write_posts("first.jsonl", range(0, 160))
    # Overlapping posts in the opposite order, so that both processes reach them together.
    second = write_posts("second.jsonl", reversed(range(80, 240)))
    runs = [_ingest(path, pg_url, tmp_path) for path in (first, second)]
    for run in runs:
        _out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    with Ledger.open(pg_url, create=False) as shared, Ledger.open(":memory:") as single:
        ingest(read_reports([write_posts("all.jsonl", range(240))]), single)
        assert shared.counts() == single.counts()
        assert shared.counts()["reports"] == 240
        assert claims_of(shared) == claims_of(single)
        assert shared.report_ids("post-", limit=1000) == [f"post-{n:05d}" for n in range(240)]


def test_two_writers_racing_on_the_same_reports(pg_url: str) -> None:
    # Threads, each with its own connection: psycopg waits on the server without the GIL, so
    # the two transactions really interleave. Small batches, opposite orders, an edited report.
    posts = [_extraction(f"r{n:04d}", f"Report {n}: {n % 17} drones.", n % 17) for n in range(300)]
    edited = {
        "A": _extraction("edited", "First text: 5 drones.", 5),
        "B": _extraction("edited", "Second text: 6 drones.", 6),
    }
    work = {"A": [*posts[:200], edited["A"]], "B": [edited["B"], *reversed(posts[100:])]}
    start = threading.Barrier(2)
    results: dict[str, WriteStats] = {}
    failures: list[BaseException] = []

    def write(name: str) -> None:
        try:
            with Ledger.open(pg_url) as ledger:
                start.wait()
                results[name] = ledger.write(work[name], batch_size=4)
        except BaseException as exc:  # handed to the main thread, which fails the test
            failures.append(exc)

    Ledger.open(pg_url).close()  # migrate first: both writers then start on equal terms
    threads = [threading.Thread(target=write, args=(name,)) for name in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    total = WriteStats()
    for stats in results.values():
        total.add(stats)
    # 300 posts new once each, the 100 shared ones unchanged once, "edited" new then changed.
    assert (total.new, total.unchanged, total.changed) == (301, 100, 1)
    with Ledger.open(pg_url) as ledger:
        counts = ledger.counts()
        assert counts["reports"] == 301 and counts["report_versions"] == 1
        assert counts["claims"] == 301
        stored = ledger.report("edited")
        (older,) = ledger.versions("edited")
        assert stored is not None and ledger.version("edited") == 2
        texts = {stored.report.text, older["text"]}
        assert texts == {"First text: 5 drones.", "Second text: 6 drones."}
        quantities = sorted(c["quantity"] for c in ledger.claims() if c["report_id"] != "edited")
        assert quantities == sorted(n % 17 for n in range(300))


def _extraction(report_id: str, text: str, quantity: int) -> Extraction:
    claim = Claim("intercepted", quantity, Span(0, len(text), text), "uav")
    return Extraction(Report(text=text, id=report_id, source="race"), [claim])


def _ingest(path: Path, db: str, cwd: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "claimledger", "ingest", str(path), "--db", db]
    command += ["--batch-size", "7", "--quiet"]
    return subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
