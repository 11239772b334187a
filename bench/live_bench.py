"""Reads of incidents and the map while a corpus is ingested: full recomputation after each
commit against incidents kept up to date per night (claimledger.incidents.live), one run.

For each mode, on a fresh SQLite ledger: serves it with uvicorn on 127.0.0.1 (in this process),
starts `python -m claimledger ingest CORPUS` in another process, and while it runs, reader
threads GET /api/incidents and /api/map (a few filters each) over kept-alive connections, each
request timed to its last byte. Prints per mode and endpoint p50, p95, p99 and max in
milliseconds side by side (goal: p95 < 300 ms incremental), the ingest's time, the load average
before and after, versions, and whether the incremental incidents at the end equal those
computed from the whole ledger.

    python bench/live_bench.py [--corpus /work/shared/corpus/ru-telegram/posts.jsonl]
        [--readers 4] [--batch-size 200] [--workers 1] [--limit N] [--modes full,incremental]

`--limit N` ingests the first N lines of the corpus only (a shorter run).
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import platform
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import uvicorn

from claimledger.incidents import build_incidents, records_from_ledger
from claimledger.incidents.cluster import GazetteerPlaces
from claimledger.ledger import Ledger
from claimledger.web import WebSettings, create_app
from claimledger.web.state import WebState
from corpus_part import corpus_part

CORPUS = Path("/work/shared/corpus/ru-telegram/posts.jsonl")
REQUESTS: list[tuple[str, str, dict[str, str]]] = [
    ("incidents", "/api/incidents", {}),
    ("map", "/api/map", {}),
    ("incidents", "/api/incidents", {"status": "claimed"}),
    ("map", "/api/map", {"side": "ru"}),
    ("incidents", "/api/incidents", {"since": "2024-11-15"}),
    ("map", "/api/map", {"action": "intercepted"}),
]


def percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def serve(path: Path, incremental: bool) -> tuple[uvicorn.Server, int, WebState]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    app = create_app(WebSettings(path))
    state: WebState = app.state.web
    state.incremental = incremental
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, port, state


def read_while(port: int, running: threading.Event, times: dict[str, list[float]]) -> None:
    """GET the requests in turn until `running` is cleared; times per endpoint, in ms."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    for name, path, params in itertools.cycle(REQUESTS):
        if not running.is_set():
            break
        began = time.perf_counter()
        connection.request("GET", path + ("?" + urlencode(params) if params else ""))
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"{path} {params}: {response.status} {body[:300]!r}")
        times[name].append((time.perf_counter() - began) * 1000)


def run_mode(mode: str, corpus: Path, args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    db = folder / f"{mode}.db"
    Ledger.open(db).close()
    server, port, state = serve(db, incremental=mode == "incremental")
    load_before = os.getloadavg()
    times: dict[str, list[float]] = defaultdict(list)
    running = threading.Event()
    running.set()
    command = [sys.executable, "-m", "claimledger", "ingest", str(corpus), "--db", str(db)]
    command += ["--batch-size", str(args.batch_size), "--workers", str(args.workers), "--quiet"]
    began = time.perf_counter()
    ingest = subprocess.Popen(command)
    readers = [
        threading.Thread(target=read_while, args=(port, running, times), daemon=True)
        for _ in range(args.readers)
    ]
    for reader in readers:
        reader.start()
    code = ingest.wait()
    ingest_s = time.perf_counter() - began
    running.clear()
    for reader in readers:
        reader.join()
    load_after = os.getloadavg()
    server.should_exit = True
    if code != 0:
        raise SystemExit(f"ingest exited with {code}")
    equal = None
    with Ledger.open(db, create=False) as ledger:
        counts = ledger.counts()
        if mode == "incremental":
            state.live.refresh(ledger)
            full = build_incidents(records_from_ledger(ledger), GazetteerPlaces(state.gazetteer))
            equal = [i.to_dict() for i in full] == [i.to_dict() for i in state.live.incidents()]
    return {
        "times": times,
        "ingest_s": ingest_s,
        "load": (load_before, load_after),
        "reports": counts["reports"],
        "claims": counts["claims"],
        "equal": equal,
        "refreshes": state.live.refreshes if mode == "incremental" else None,
    }


def versions() -> str:
    found = [f"Python {platform.python_version()}", f"SQLite {sqlite3.sqlite_version}"]
    for package in ("claimledger", "fastapi", "uvicorn", "sqlalchemy"):
        try:
            found.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    return ", ".join(found)


def report(results: dict[str, dict[str, Any]]) -> None:
    print(f"versions: {versions()}; {os.cpu_count()} CPUs, {platform.platform()}")
    header = f"{'mode':<12} {'endpoint':<10} {'n':>5} {'p50':>8} {'p95':>8} {'p99':>8} {'max':>8}"
    print(header + "   (ms, request to last byte)")
    for mode, result in results.items():
        for endpoint in ("incidents", "map"):
            ordered = sorted(result["times"][endpoint])
            if not ordered:
                print(f"{mode:<12} {endpoint:<10} {0:>5}")
                continue
            p50, p95, p99 = (percentile(ordered, s) for s in (0.5, 0.95, 0.99))
            print(
                f"{mode:<12} {endpoint:<10} {len(ordered):>5} {p50:8.1f} {p95:8.1f} "
                f"{p99:8.1f} {ordered[-1]:8.1f}"
            )
    for mode, result in results.items():
        before, after = result["load"]
        extra = ""
        if result["equal"] is not None:
            extra = (
                f"; {result['refreshes']} refreshes; equal to a full recomputation: "
                f"{'yes' if result['equal'] else 'NO'}"
            )
        print(
            f"{mode}: ingest {result['ingest_s']:.1f} s, {result['reports']} reports, "
            f"{result['claims']} claims; load average before {before[0]:.2f}, after "
            f"{after[0]:.2f}{extra}"
        )
    modes = list(results)
    if len(modes) == 2:
        for endpoint in ("incidents", "map"):
            first, second = (sorted(results[m]["times"][endpoint]) for m in modes)
            if first and second:
                ratio = percentile(first, 0.95) / max(percentile(second, 0.95), 1e-9)
                median = statistics.median(first) / max(statistics.median(second), 1e-9)
                print(f"{endpoint}: {modes[0]}/{modes[1]} p95 x{ratio:.1f}, p50 x{median:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--modes", default="full,incremental")
    args = parser.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"no corpus at {args.corpus}")
    with tempfile.TemporaryDirectory(prefix="live-bench-") as name:
        folder = Path(name)
        corpus = corpus_part(args.corpus, args.limit, folder)
        results = {mode: run_mode(mode, corpus, args, folder) for mode in args.modes.split(",")}
    report(results)


if __name__ == "__main__":
    main()
