"""`claimledger ingest` of a corpus into a fresh ledger, twice: speed, memory, idempotence.

    .venv/bin/python bench/ingest_bench.py [--corpus PATH] [--workers N] [--limit N]

Runs the real command (`python -m claimledger ingest CORPUS --db TMP`) in a child process and
prints the wall time, reports per second, claims stored, the peak memory (ru_maxrss of the
largest process of the run: the command or one of its extraction workers, from
resource.getrusage(RUSAGE_CHILDREN)) and the CPU time of the command and its workers, which
unlike the wall time does not depend on what else the machine runs. Then it runs the same
command again on the same ledger and prints how many reports the second run added (must be
0). Goal for the Russian Telegram corpus (22,099 posts): under 60 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/ru-telegram/posts.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=None, help="default: the command's own")
    parser.add_argument("--limit", type=int, default=None, help="only the first N lines")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus} (../shared is not part of a user's clone)")
        return 2
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as folder:
        corpus = _limited(args.corpus, args.limit, Path(folder))
        db = Path(folder) / "bench.db"
        first = _run(corpus, db, args.workers)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = usage.ru_utime + usage.ru_stime
        stored = _reports(db)
        print(
            f"first run:  {first.seconds:.1f} s wall, {stored:,} reports "
            f"({stored / first.seconds:,.0f}/s), {_claims(db):,} claims, "
            f"peak RSS {usage.ru_maxrss / 1024:.0f} MB (largest process), exit {first.code}"
        )
        print(
            f"  CPU {cpu:.1f} s (command and workers); on {_cpus()} idle CPU(s) the wall time "
            f"cannot be below {cpu / _cpus():.1f} s; load average now {os.getloadavg()[0]:.1f}"
        )
        print(f"  {first.summary}")
        second = _run(corpus, db, args.workers)
        added = _reports(db) - stored
        print(f"second run: {second.seconds:.1f} s wall, {added} reports added, exit {second.code}")
        print(f"  {second.summary}")
        return 0 if added == 0 and first.code == second.code == 0 else 1


class _Run:
    def __init__(self, seconds: float, code: int, summary: str) -> None:
        self.seconds = seconds
        self.code = code
        self.summary = summary


def _run(corpus: Path, db: Path, workers: int | None) -> _Run:
    command = [sys.executable, "-m", "claimledger", "ingest", str(corpus), "--db", str(db)]
    if workers is not None:
        command += ["--workers", str(workers)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ))
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
    return _Run(seconds, done.returncode, done.stdout.strip())


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _limited(corpus: Path, limit: int | None, folder: Path) -> Path:
    if limit is None:
        return corpus
    part = folder / f"first-{limit}.jsonl"
    with corpus.open("rb") as source, part.open("wb") as out:
        out.writelines(itertools.islice(source, limit))
    return part


def _reports(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM reports").fetchone()[0])


def _claims(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM claims").fetchone()[0])


if __name__ == "__main__":
    sys.exit(main())
