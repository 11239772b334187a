"""`claimledger ingest` of a corpus into SQLite and into PostgreSQL: timings, and the same ledger.

    .venv/bin/python bench/store_bench.py [--corpus PATH] [--pg URL] [--workers N]
                                          [--baseline SRC] [--rounds N] [--limit N]

Runs the real command (`python -m claimledger ingest CORPUS --db ...`) in child processes, into
a fresh SQLite file and a fresh PostgreSQL database each round, and prints for each run the
wall time, the CPU time of the command and its extraction workers (which, unlike the wall
time, hardly depends on what else the machine runs) and the load average before and after.
Then it compares the two ledgers' reports, claims and incidents (claimledger.pipeline.contents)
and says whether they are the same.

PostgreSQL: `--pg` (a server whose user may create databases; one is made and dropped), else
a throwaway cluster started as the tests start it (initdb and pg_ctl installed), else SQLite
only. `--baseline SRC` also times an older claimledger on SQLite, its `src` folder put first on
PYTHONPATH (e.g. `git worktree add /tmp/old <commit>` then `--baseline /tmp/old/src`), the two
versions taking turns round by round, so that before and after meet the same machine load.

`--write-only` times the store alone, which the extraction's cost hides in a whole ingest:
the corpus is extracted once, then each round writes the same extractions into a fresh ledger
(`Ledger.write`, batches of 500) with each version and engine, in a child process each.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared/corpus/ru-telegram/posts.jsonl"
PACKAGES = ("claimledger", "sqlalchemy", "psycopg", "psycopg-binary", "pymorphy3", "numpy")


@dataclass
class Run:
    label: str
    wall_s: float
    cpu_s: float
    load_before: float
    load_after: float
    code: int
    summary: str

    def line(self) -> str:
        return (
            f"{self.label:<28} {self.wall_s:6.1f} s wall {self.cpu_s:6.1f} s CPU   "
            f"load {self.load_before:4.1f} -> {self.load_after:4.1f}   exit {self.code}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pg", help="postgresql:// URL of a server whose user may create DBs")
    parser.add_argument("--workers", type=int, default=None, help="default: the command's own")
    parser.add_argument("--baseline", type=Path, help="an older claimledger's src folder")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="only the first N lines")
    parser.add_argument("--write-only", action="store_true", help="time Ledger.write alone")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus} (../shared is not part of a user's clone)")
        return 2
    print_machine()
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="store-bench-")))
        corpus = limited(args.corpus, args.limit, folder)
        server = stack.enter_context(postgres(args.pg))
        if args.write_only:
            corpus = extracted(corpus, folder)
        runs: list[Run] = []
        last: dict[str, str] = {}
        for number in range(1, args.rounds + 1):
            plan = [("sqlite", ROOT / "src"), ("postgresql", ROOT / "src")]
            if args.baseline:
                plan.insert(0, ("sqlite (baseline)", args.baseline))
            for engine, source in plan:
                if engine == "postgresql" and server is None:
                    continue
                db = fresh(engine, folder, number, server)
                label = f"round {number}: {engine}"
                if args.write_only:
                    run = write(label, corpus, db, source)
                else:
                    run = ingest(label, corpus, db, source, args.workers)
                runs.append(run)
                last[engine] = db
                print(run.line(), flush=True)
                print(f"    {run.summary}", flush=True)
        summarise(runs)
        if "postgresql" in last:
            return compare(last["sqlite"], last["postgresql"])
    return 0


def print_machine() -> None:
    print(f"machine: {platform.node()}, {os.cpu_count()} CPUs, {platform.platform()}")
    print(f"  load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    print(f"  Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")
    print(f"  {', '.join(versions)}")
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
    )
    print(f"  claimledger at {commit.stdout.strip() or 'unknown commit'}")


@contextmanager
def postgres(url: str | None) -> Iterator[str | None]:
    """A server URL: the one given, a throwaway cluster, or None without PostgreSQL."""
    if url:
        yield url
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import PgUnavailable, ThrowawayServer, pg_bindir

    bindir = pg_bindir()
    if bindir is None:
        print("no PostgreSQL (give --pg URL or install initdb/pg_ctl): SQLite only")
        yield None
        return
    server = ThrowawayServer(bindir)
    try:
        server.start()
    except (PgUnavailable, OSError) as exc:
        print(f"could not start a throwaway PostgreSQL ({exc}): SQLite only")
        server.stop()
        yield None
        return
    try:
        yield server.url
    finally:
        server.stop()


def fresh(engine: str, folder: Path, number: int, server: str | None) -> str:
    name = f"bench_{os.getpid()}_{number}"
    if not engine.startswith("postgresql"):
        return str(folder / f"{name}_{engine.split()[-1].strip('()')}.db")
    import psycopg

    assert server is not None
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        version = admin.execute("SHOW server_version").fetchone()
    print(f"  PostgreSQL {version[0] if version else '?'}")
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(server)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def ingest(label: str, corpus: Path, db: str, source: Path, workers: int | None) -> Run:
    command = [sys.executable, "-m", "claimledger", "ingest", str(corpus), "--db", db]
    if workers is not None:
        command += ["--workers", str(workers)]
    return timed(label, command, source, CLAIMLEDGER_MEDIA=str(Path(db).parent))


def timed(label: str, command: list[str], source: Path, **env: str) -> Run:
    """Run a child process with `source` first on PYTHONPATH; its wall and CPU time."""
    environment = {**os.environ, **env, "PYTHONPATH": str(source)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = (done.stdout.strip().splitlines() or [done.stderr.strip()[-300:]])[-1]
    return Run(label, wall, cpu, load, os.getloadavg()[0], done.returncode, summary)


# Run in a child process with the version under test first on PYTHONPATH.
_WRITE = """
import pickle, sys, time
from claimledger.ledger import Ledger
with open(sys.argv[1], "rb") as handle:
    extractions = pickle.load(handle)
started = time.perf_counter()
with Ledger.open(sys.argv[2]) as ledger:
    stats = ledger.write(extractions)
print(f"{stats.new:,} reports, {stats.claims:,} claims written in "
      f"{time.perf_counter() - started:.2f} s")
"""


def extracted(corpus: Path, folder: Path) -> Path:
    """The corpus's extractions, pickled once (the model is the same in every version)."""
    import pickle

    sys.path.insert(0, str(ROOT / "src"))
    from claimledger.extract import Extractor
    from claimledger.sources.readers import read_reports

    started = time.perf_counter()
    extractions = list(Extractor().extract_many(read_reports([str(corpus)])))
    path = folder / "extractions.pickle"
    with path.open("wb") as handle:
        pickle.dump(extractions, handle)
    print(f"extracted {len(extractions):,} reports once in {time.perf_counter() - started:.1f} s")
    return path


def write(label: str, extractions: Path, db: str, source: Path) -> Run:
    return timed(label, [sys.executable, "-c", _WRITE, str(extractions), db], source)


def summarise(runs: list[Run]) -> None:
    by_engine: dict[str, list[Run]] = {}
    for run in runs:
        by_engine.setdefault(run.label.split(": ", 1)[1], []).append(run)
    print("\nbest of each (least CPU):")
    for engine, found in by_engine.items():
        best = min(found, key=lambda run: run.cpu_s)
        print(f"  {engine:<20} {best.wall_s:6.1f} s wall {best.cpu_s:6.1f} s CPU")


def compare(sqlite_db: str, postgres_db: str) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from claimledger.ledger import Ledger
    from claimledger.pipeline.contents import contents

    found: list[Any] = []
    for db in (sqlite_db, postgres_db):
        with Ledger.open(db, create=False) as ledger:
            found.append(contents(ledger))
    on_sqlite, on_postgres = found
    differences = on_sqlite.differences(on_postgres)
    counts = ", ".join(
        f"{len(getattr(on_sqlite, name)):,} {name}" for name in ("reports", "claims", "incidents")
    )
    if differences:
        print(f"\nSQLite and PostgreSQL differ ({counts} in SQLite):")
        for line in differences:
            print(f"  {line}")
        return 1
    print(f"\nSQLite and PostgreSQL hold the same {counts}")
    return 0


def limited(corpus: Path, limit: int | None, folder: Path) -> Path:
    if limit is None:
        return corpus
    part = folder / corpus.name
    with corpus.open("rb") as source, part.open("wb") as out:
        for number, line in enumerate(source):
            if number >= limit:
                break
            out.write(line)
    return part


if __name__ == "__main__":
    raise SystemExit(main())
