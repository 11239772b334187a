"""`kill -9` of `claimledger ingest` at random moments, then one ingest left to complete: the
ledger must equal one ingested cleanly.

Ingests CORPUS once, untouched, into a clean ledger; then, `--kills` times, starts the same
ingest on a second ledger (batch size and workers drawn from 50-2,000 and 1-2; now and then on
a fresh ledger, the killed one removed, and always after a run that completed before its kill)
and sends SIGKILL to it after a random time within the clean run's duration (a run that ends
before its kill counts as completed). After each kill:
`PRAGMA integrity_check`, claims whose report is missing (orphans) and extraction workers left
running. Last, an ingest that completes, and the two ledgers compared: the same reports (id,
version, text hash), the same claims (every column but row ids) and markers. Prints one line
per kill and a summary; exits 1 when anything differs.

    python bench/kill_ingest.py [--kills 30] [--limit LINES] [--seed 19] [--keep FOLDER]
        [--corpus /work/shared/corpus/ru-telegram/posts.jsonl]

`--limit` ingests the first LINES lines of the corpus only (shorter runs); tests/
test_kill_ingest.py runs it with a few kills when CLAIMLEDGER_SLOW=1.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from corpus_part import corpus_part

CORPUS = Path("/work/shared/corpus/ru-telegram/posts.jsonl")
BATCHES = (50, 200, 500, 2000)
WORKERS_GONE_S = 10.0
FRESH_SHARE = 0.15  # kills on a fresh ledger (the earlier one removed)
# Columns compared: everything a report or claim holds but row ids and write times.
REPORT_COLUMNS = "id, version, source, published, lang, url, text_sha256, meta"
CLAIM_COLUMNS = (
    "report_id, ordinal, action, weapon, model, quantity, qualifier, location, claimant, "
    "claimant_side, claimant_kind, attacker_side, date, evidence_start, evidence_end, "
    "evidence_text, spans"
)
MARKER_COLUMNS = "report_id, ordinal, kind, evidence_start, evidence_end, evidence_text"


def ingest_command(corpus: Path, db: Path, batch: int, workers: int) -> list[str]:
    command = [sys.executable, "-m", "claimledger", "ingest", str(corpus), "--db", str(db)]
    return [*command, "--batch-size", str(batch), "--workers", str(workers), "--quiet"]


def children_of(pid: int) -> list[int]:
    """Processes whose parent is `pid` (extraction workers), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def kill_run(command: Sequence[str], after: float) -> tuple[str, int]:
    """Run `command`, SIGKILL it after `after` seconds; how it ended, and the number of its
    workers that outlived it by WORKERS_GONE_S (killed then, by id)."""
    process = subprocess.Popen(command, start_new_session=True)
    try:
        process.wait(timeout=after)
        return f"completed (exit {process.returncode})", 0
    except subprocess.TimeoutExpired:
        pass
    workers = children_of(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    # Workers look for their parent once a second (pipeline/ingest.py); give them ten.
    gone_by = time.monotonic() + WORKERS_GONE_S
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < gone_by:
        time.sleep(0.1)
    left = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return "killed", len(left)


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return list(connection.execute(sql))


def health(db: Path) -> tuple[str, int]:
    """integrity_check's answer and the number of claims or markers without their report."""
    if not db.exists():
        return "no ledger", 0
    integrity = rows(db, "PRAGMA integrity_check")[0][0]
    try:
        orphans = sum(
            rows(
                db, f"SELECT count(*) FROM {table} WHERE report_id NOT IN (SELECT id FROM reports)"
            )[0][0]
            for table in ("claims", "markers")
        )
    except sqlite3.OperationalError:  # killed before the schema was made
        orphans = 0
    return str(integrity), int(str(orphans))


def contents(db: Path) -> dict[str, list[tuple[object, ...]]]:
    return {
        "reports": rows(db, f"SELECT {REPORT_COLUMNS} FROM reports ORDER BY id"),
        "claims": rows(db, f"SELECT {CLAIM_COLUMNS} FROM claims ORDER BY report_id, ordinal"),
        "markers": rows(db, f"SELECT {MARKER_COLUMNS} FROM markers ORDER BY report_id, ordinal"),
    }


def remove(db: Path) -> None:
    for path in (db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))):
        path.unlink(missing_ok=True)


def run(corpus: Path, kills: int, seed: int, folder: Path) -> bool:
    """The whole test in `folder`; whether the completed ledger equals the clean one."""
    rng = random.Random(seed)
    clean, killed = folder / "clean.db", folder / "killed.db"
    began = time.perf_counter()
    subprocess.run(ingest_command(corpus, clean, 500, 1), check=True)
    duration = time.perf_counter() - began
    print(f"clean ingest: {duration:.1f} s")
    bad = killed_runs = 0
    ended = ""
    for number in range(1, kills + 1):
        # A run that completed leaves nothing to interrupt: the next starts on a fresh ledger.
        fresh = number == 1 or ended != "killed" or rng.random() < FRESH_SHARE
        if fresh:
            remove(killed)
        batch, workers = rng.choice(BATCHES), rng.choice((1, 2))
        after = rng.uniform(0.2, duration)
        ended, left = kill_run(ingest_command(corpus, killed, batch, workers), after)
        killed_runs += ended == "killed"
        integrity, orphans = health(killed)
        stored = rows(killed, "SELECT count(*) FROM reports")[0][0] if killed.exists() else 0
        ok = integrity in ("ok", "no ledger") and orphans == 0 and left == 0
        bad += not ok
        print(
            f"kill {number:2d}: {'fresh' if fresh else 'existing'} ledger, batch {batch}, "
            f"{workers} worker(s), after {after:5.1f} s: {ended}; integrity {integrity}, "
            f"{orphans} orphans, {left} workers left, {stored} reports stored"
        )
    subprocess.run(ingest_command(corpus, killed, 500, 1), check=True)
    integrity, orphans = health(killed)
    expected, found = contents(clean), contents(killed)
    differ = [table for table in expected if expected[table] != found[table]]
    counts = ", ".join(f"{len(found[t])} {t}" for t in found)
    print(
        f"after a completing ingest: integrity {integrity}, {orphans} orphans, {counts}; "
        f"equal to the clean ledger: {'yes' if not differ else 'NO: ' + ', '.join(differ)}; "
        f"{killed_runs} of {kills} runs killed, {bad} left a bad ledger or workers"
    )
    return not differ and not bad and integrity == "ok" and orphans == 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--keep", type=Path, default=None, help="keep the ledgers in FOLDER")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        raise SystemExit(f"no corpus at {args.corpus}")
    with tempfile.TemporaryDirectory(prefix="kill-ingest-") as name:
        folder = args.keep or Path(name)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = corpus_part(args.corpus, args.limit, folder)
        return 0 if run(corpus, args.kills, args.seed, folder) else 1


if __name__ == "__main__":
    sys.exit(main())
