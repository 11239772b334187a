"""The fuzz harness, long profile: hostile inputs for every reader, in this process and through
whole `claimledger extract` and `claimledger ingest` processes, with the figures issue 19 asks
for printed at the end:

    inputs tried, tracebacks (must be 0), runs over 30 s (0), good records lost from files that
    also hold bad ones (0), peak RSS (< 500 MB)

    python bench/fuzz.py                      # 10,800 inputs in-process, 80 runs of each command
    python bench/fuzz.py --inputs 600 --runs 4   # a quick look

The inputs are tests/fuzz_inputs.py's Hypothesis strategies (random bytes, truncated and nested
JSON, wrong types, invalid UTF-8 and surrogates, huge numbers, NULs, XML bombs, billion laughs
and XXE in feeds, deep HTML, Telegram exports with missing keys), drawn afresh from `--seed`.
Every report must also be sound (tests/fuzz_checks.py). Exit status 0 only when every figure is
as it must be.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the strategies and checks live with the tests

import fuzz_inputs  # noqa: E402
from claimledger.sources.readers import ReadProblem, read_reports  # noqa: E402
from fuzz_checks import problem_soundness, soundness  # noqa: E402

HANG_S = 30
RSS_LIMIT_MB = 500
KINDS = {
    "jsonl": fuzz_inputs.jsonl_inputs,
    "array": fuzz_inputs.array_inputs,
    "telegram": fuzz_inputs.telegram_inputs,
    "feed": fuzz_inputs.feed_inputs,
    "html": fuzz_inputs.html_inputs,
    "text": fuzz_inputs.text_inputs,
}


class Hang(BaseException):  # raised by the alarm, through any `except Exception`
    pass


@dataclass
class Tally:
    inputs: Counter[str] = field(default_factory=Counter)
    malformed: int = 0
    good: int = 0
    lost: int = 0
    tracebacks: int = 0
    hangs: int = 0
    unsound: int = 0
    extraction_failures: int = 0
    slowest_s: float = 0.0
    peak_child_mb: float = 0.0
    notes: list[str] = field(default_factory=list)

    def note(self, line: str) -> None:
        if len(self.notes) < 20:
            self.notes.append(line)


def draw(kind: str, count: int, seed_value: int) -> list[fuzz_inputs.Input]:
    """`count` inputs of one kind, drawn by Hypothesis from `seed_value`."""
    found: list[fuzz_inputs.Input] = []

    @seed(seed_value)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(KINDS[kind]())
    def collect(value: fuzz_inputs.Input) -> None:
        found.append(value)

    collect()
    return found


# -- in this process ------------------------------------------------------------------------


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def read_in_process(found: fuzz_inputs.Input, folder: Path, tally: Tally) -> None:
    path = folder / (found.name or "input")
    path.write_bytes(found.data)
    problems: list[ReadProblem] = []
    started = time.monotonic()
    signal.alarm(HANG_S)
    try:
        reports = list(read_reports([path], errors=problems))
    except Hang:
        tally.hangs += 1
        tally.note(f"hang: {found.kind} {found.name} {found.data[:120]!r}")
        return
    except BaseException:
        tally.tracebacks += 1
        tally.note(f"traceback: {found.kind} {found.data[:120]!r}\n{traceback.format_exc()}")
        return
    finally:
        signal.alarm(0)
        path.unlink()
    tally.slowest_s = max(tally.slowest_s, time.monotonic() - started)
    lost = found.good - {report.id for report in reports}
    tally.good += len(found.good)
    tally.lost += len(lost)
    if lost:
        tally.note(f"lost {sorted(lost)} from {found.kind} {found.name}: {found.data[:200]!r}")
    for report in reports:
        if wrong := soundness(report):
            tally.unsound += 1
            tally.note(f"unsound report from {found.kind}: {wrong}")
    for problem in problems:
        if wrong := problem_soundness(problem):
            tally.unsound += 1
            tally.note(f"unsound problem from {found.kind}: {wrong}")


# -- whole processes --------------------------------------------------------------------------


def run_command(args: list[str], tally: Tally) -> subprocess.CompletedProcess[str] | None:
    """One claimledger process; None when it hung or died."""
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "claimledger", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
    )
    try:
        out, err = process.communicate(timeout=HANG_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        tally.hangs += 1
        tally.note(f"run over {HANG_S} s: claimledger {' '.join(args[:3])} ...")
        return None
    seconds = time.monotonic() - started
    tally.slowest_s = max(tally.slowest_s, seconds)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    tally.peak_child_mb = max(tally.peak_child_mb, children)
    if process.returncode not in (0, 1) or "Traceback" in err or "Traceback" in out:
        tally.tracebacks += 1
        tally.note(f"exit {process.returncode}: claimledger {args[0]}\n{err[-2000:]}")
        return None
    tally.extraction_failures += err.count("extraction failed")
    return subprocess.CompletedProcess(args, process.returncode, out, err)


def run_both(inputs: list[fuzz_inputs.Input], folder: Path, tally: Tally) -> None:
    paths = []
    for number, found in enumerate(inputs):
        path = folder / f"{number:03d}-{found.name or 'input'}"
        path.write_bytes(found.data)
        paths.append(str(path))
    good = set().union(*(found.good for found in inputs))
    extracted = run_command(["extract", *paths], tally)
    if extracted is not None:
        ids = {json.loads(line)["id"] for line in extracted.stdout.splitlines() if line}
        _lost(good, ids, "extract", tally)
    db = folder / "ledger.db"
    workers = random.choice(["1", "2"])
    ingested = run_command(["ingest", *paths, "--db", str(db), "-j", workers, "--quiet"], tally)
    if ingested is not None:
        connection = sqlite3.connect(db)
        try:
            ids = {row[0] for row in connection.execute("SELECT id FROM reports")}
        finally:
            connection.close()
        _lost(good, ids, "ingest", tally)
    tally.good += 2 * len(good)


def _lost(good: set[str], found: set[str], command: str, tally: Tally) -> None:
    lost = good - found
    tally.lost += len(lost)
    if lost:
        tally.note(f"{command} lost {sorted(lost)[:5]}")


# -- the run ----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_800, help="inputs read in-process")
    parser.add_argument("--runs", type=int, default=80, help="runs of each command")
    parser.add_argument("--files-per-run", type=int, default=30)
    parser.add_argument("--seed", type=int, default=19)
    options = parser.parse_args()
    random.seed(options.seed)
    signal.signal(signal.SIGALRM, _alarm)
    started = time.monotonic()
    process_tally, own = Tally(), Tally()
    with tempfile.TemporaryDirectory(prefix="claimledger-fuzz-") as temporary:
        folder = Path(temporary)
        per_kind = max(1, options.inputs // len(KINDS))
        for offset, kind in enumerate(KINDS):
            for found in draw(kind, per_kind, options.seed + offset):
                own.inputs[kind] += 1
                own.malformed += found.hostile
                read_in_process(found, folder, own)
        kinds = list(KINDS)
        for run in range(options.runs):
            batch: list[fuzz_inputs.Input] = []
            for offset, kind in enumerate(kinds):
                count = max(1, options.files_per_run // len(kinds))
                batch += draw(kind, count, options.seed * 1000 + run * 10 + offset)
            for found in batch:
                process_tally.inputs[found.kind] += 1
                process_tally.malformed += found.hostile
            run_folder = folder / f"run-{run:03d}"
            run_folder.mkdir()
            run_both(batch, run_folder, process_tally)
    report(options, own, process_tally, time.monotonic() - started)
    return 0 if passed(own, process_tally) else 1


def peak_own_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def passed(own: Tally, processes: Tally) -> bool:
    return (
        own.tracebacks + processes.tracebacks == 0
        and own.hangs + processes.hangs == 0
        and own.lost + processes.lost == 0
        and own.unsound == 0
        and max(peak_own_mb(), processes.peak_child_mb) < RSS_LIMIT_MB
    )


def report(options: Any, own: Tally, processes: Tally, seconds: float) -> None:
    total_files = sum(own.inputs.values()) + 2 * sum(processes.inputs.values())
    total_malformed = own.malformed + 2 * processes.malformed
    runs = 2 * options.runs
    print(f"claimledger fuzz, long profile (seed {options.seed}, {seconds / 60:.1f} min)")
    print(
        f"inputs tried: {total_files:,} hostile files holding {total_malformed:,} malformed "
        "records or documents"
    )
    print(
        f"  in-process (read_reports): {sum(own.inputs.values()):,} files, "
        f"{own.malformed:,} malformed: " + ", ".join(f"{k} {v:,}" for k, v in own.inputs.items())
    )
    print(
        f"  whole processes: {options.runs} runs of extract and {options.runs} of ingest "
        f"({runs} runs), {sum(processes.inputs.values()):,} files each, "
        f"{processes.malformed:,} malformed: "
        + ", ".join(f"{k} {v:,}" for k, v in processes.inputs.items())
    )
    print(f"tracebacks: {own.tracebacks + processes.tracebacks}")
    print(
        f"runs over {HANG_S} s: {own.hangs + processes.hangs} (slowest: one input read "
        f"{own.slowest_s:.1f} s, one extract or ingest process {processes.slowest_s:.1f} s)"
    )
    print(
        f"good records lost from files that also hold bad ones: {own.lost + processes.lost} "
        f"(of {own.good + processes.good:,} good records)"
    )
    print(f"unsound reports or problem lines: {own.unsound}")
    print(
        f"peak RSS: {max(peak_own_mb(), processes.peak_child_mb):.0f} MB (this process "
        f"{peak_own_mb():.0f} MB, largest extract/ingest process {processes.peak_child_mb:.0f} MB)"
    )
    print(
        f"reports the extractor failed on (error lines, not tracebacks): "
        f"{processes.extraction_failures}"
    )
    print("result:", "PASS" if passed(own, processes) else "FAIL")
    for line in own.notes + processes.notes:
        print("  " + line.replace("\n", "\n    "))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
