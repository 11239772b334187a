"""Where a whole `claimledger extract` process's wall time goes, and what bounds it.

bench/extract_throughput.py times whole processes against natasha; this script opens them up.
Over the same random posts of the Russian Telegram corpus (3,000 by default, its seed), it runs
`claimledger extract` at its default jobs `--runs` times, each a fresh process that runs the
command as the console script does (`claimledger.cli.run`), with hooks set first that log:
- the prefix: from the process's start to the fork of the workers, on one core, in four steps:
  the interpreter's start, the imports with the input's first reports (`parallel.SERIAL_BELOW`
  of them decide the languages), the resources (`parallel._prepare`), and the reports up to the
  first the fast path lets through (what it builds on first use is then shared by the workers);
- after the fork: each worker's busy time and CPU, and the parent's CPU (it reads, judges and
  writes the reports meanwhile);
- the tail: from the end of the workers' last chunk to the end of the process.
Then as many fresh processes of their own do the prefix's work with clocks around its parts
(imports, resources, the first passing report) and count two costs inside them: Python making
the methods of the `dataclasses` records (it compiles each with `exec`) and compiling regular
expressions.

After the fork both cores are busy, so the wall time is about the prefix plus half of the CPU
spent after it; the summary prints that sum beside the measured wall, and each part's seconds of
the wall, which is the most that removing the part could save. The machine's load and the
package versions are printed with the figures.

    python bench/extract_anatomy.py                     # 3,000 posts, 5 runs
    python bench/extract_anatomy.py --python build/compiled/venv/bin/python
    python bench/extract_anatomy.py --posts posts.jsonl --jobs 2
"""

from __future__ import annotations

import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

# Only what the interpreter has loaded at its start, or claimledger loads anyway, is imported at
# the top: the measured process runs this file first, and its imports count as the interpreter's.
ROOT = Path(__file__).resolve().parents[1]


class Run(NamedTuple):
    """One whole process, from its log: seconds since the bench started it."""

    wall: float
    steps: dict[str, float]  # start, prepare, prepared, fork: when each was reached
    parent_cpu_at_fork: float
    parent_cpu: float
    workers_busy: tuple[float, ...]
    workers_cpu: tuple[float, ...]
    last_chunk_end: float


def _child(log: str, started: float, argv: list[str]) -> None:
    """In the measured process: set the hooks, then run the command as the console script."""
    import atexit

    def write(line: str) -> None:
        with open(log, "a", encoding="utf-8") as handle:  # one short append per event
            handle.write(line + "\n")

    def now() -> float:
        return time.time() - started

    write(f"start {now():.6f}")  # the interpreter is up; nothing of claimledger imported yet
    from claimledger.extract import forks, parallel

    fork = forks.Forks.__init__
    chunk = parallel._extract_chunk
    prepare = parallel._prepare

    def prepared(*args: object) -> None:
        write(f"prepare {now():.6f}")
        prepare(*args)  # type: ignore[arg-type]
        write(f"prepared {now():.6f}")

    def forked(self: forks.Forks, *args: object, **kwargs: object) -> None:
        write(f"fork {now():.6f} {time.process_time():.6f}")
        fork(self, *args, **kwargs)  # type: ignore[arg-type]

    def chunked(reports: list[object]) -> list[object]:
        begun = now()
        results = chunk(reports)  # type: ignore[arg-type]
        write(f"chunk {os.getpid()} {begun:.6f} {now():.6f} {time.process_time():.6f}")
        return results  # type: ignore[return-value]

    forks.Forks.__init__ = forked  # type: ignore[method-assign]
    parallel._extract_chunk = chunked  # type: ignore[assignment]
    parallel._prepare = prepared  # type: ignore[assignment]
    atexit.register(lambda: write(f"end {now():.6f} {time.process_time():.6f}"))
    sys.argv = ["claimledger", *argv]
    from claimledger.cli import run

    run()


def _parts(posts: str) -> None:
    """In a fresh process: the prefix's parts and the costs counted inside them, printed."""
    import dataclasses
    import json
    import re

    spent: dict[str, float] = defaultdict(float)
    hooked = _count(dataclasses, "_process_class", spent, "dataclasses")
    hooked &= _count(getattr(re, "_compiler", None), "compile", spent, "regex")
    start = time.perf_counter()
    import claimledger.cli  # what the console script imports first
    import claimledger.extract.pipeline  # noqa: F401 - imported by the first report read
    from claimledger.extract import Extractor, parallel
    from claimledger.extract.fastpath import may_hold_claims
    from claimledger.model import Report

    imported = time.perf_counter()
    counted = dict(spent)
    extractor = Extractor()
    parallel._prepare(extractor, ["ru"])
    prepared = time.perf_counter()
    with open(posts, encoding="utf-8") as handle:
        for line in handle:
            post = json.loads(line)
            report = Report(text=post["text"], id=str(post.get("id", "")), lang="ru")
            extractor.extract(report, "ru")
            if may_hold_claims(report.text, "ru"):
                break
    done = time.perf_counter()
    print(json.dumps({
        "imports": imported - start, "resources": prepared - imported, "first": done - prepared,
        "dataclasses_in_imports": counted.get("dataclasses", 0.0),
        "dataclasses": spent["dataclasses"], "regex": spent["regex"], "counted": float(hooked),
    }))


def _count(module: object, name: str, spent: dict[str, float], key: str) -> bool:
    """Add the seconds spent in `module.name` to `spent[key]`; False where it is absent (a
    private name of the standard library, which another Python may lack)."""
    from timed import timed

    inner = getattr(module, name, None)
    if inner is not None:
        setattr(module, name, timed(spent, key, inner))
    return inner is not None


def _measure(python: str, posts: Path, jobs: int | None) -> Run:
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "log"
        args = ["extract", str(posts), "--lang", "ru", "--format", "jsonl", "--quiet"]
        args += ["--jobs", str(jobs)] if jobs else []
        started = time.time()
        subprocess.run(
            [python, __file__, "--child", str(log), repr(started), "--", *args],
            check=True, stdout=subprocess.DEVNULL, cwd=ROOT,
        )
        wall = time.time() - started
        return _parse(log.read_text("utf-8").splitlines(), wall)


def _parse(lines: list[str], wall: float) -> Run:
    steps: dict[str, float] = {}
    at_fork = cpu = last = 0.0
    busy: dict[str, float] = defaultdict(float)
    workers_cpu: dict[str, float] = {}
    for line in lines:
        kind, *fields = line.split()
        if kind in ("start", "prepare", "prepared", "fork"):
            steps[kind] = float(fields[0])
        if kind == "fork":
            at_fork = float(fields[1])
        elif kind == "chunk":
            pid, begun, ended = fields[0], float(fields[1]), float(fields[2])
            busy[pid] += ended - begun
            workers_cpu[pid] = float(fields[3])
            last = max(last, ended)
        elif kind == "end":
            cpu = float(fields[1])
    return Run(wall, steps, at_fork, cpu, tuple(busy.values()), tuple(workers_cpu.values()), last)


def _median(values: list[float]) -> float:
    import statistics

    return statistics.median(values) if values else 0.0


def _summary(runs: list[Run]) -> None:
    forked = [r for r in runs if "fork" in r.steps]
    wall = _median([r.wall for r in runs])
    print(f"whole process, median of {len(runs)}: {wall:.3f} s")
    if not forked:
        print("  no run forked workers (one job, or fewer reports than parallel.SERIAL_BELOW)")
        return

    def step(name: str, before: str) -> float:
        return _median([r.steps[name] - r.steps.get(before, 0.0) for r in forked])

    prefix = step("fork", "")
    print(f"  prefix, start to fork on one core: {prefix:.3f} s ({prefix / wall:.0%} of the "
          f"wall): interpreter {step('start', ''):.3f} s, imports and the input's head "
          f"{step('prepare', 'start'):.3f} s, resources {step('prepared', 'prepare'):.3f} s, "
          f"reports up to the first passing one {step('fork', 'prepared'):.3f} s")
    workers = _median([sum(r.workers_cpu) for r in forked])
    parent = _median([r.parent_cpu - r.parent_cpu_at_fork for r in forked])
    busiest = _median([max(r.workers_busy) for r in forked])
    print(f"  after the fork: CPU of the {len(forked[0].workers_cpu)} workers {workers:.3f} s "
          f"(the busiest busy {busiest:.3f} s), of the parent {parent:.3f} s")
    tail = _median([r.wall - r.last_chunk_end for r in forked])
    print(f"  tail, last chunk to exit: {tail:.3f} s")
    cores = min(os.cpu_count() or 1, 1 + len(forked[0].workers_cpu))
    print(f"  prefix + CPU after the fork over {cores} cores = "
          f"{prefix + (workers + parent) / cores:.3f} s (measured {wall:.3f} s); of it the "
          f"workers hold {workers / cores:.3f} s, the parent after the fork {parent / cores:.3f} s")


def _print_parts(python: str, posts: Path, runs: int) -> None:
    import json
    import subprocess

    found: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        done = subprocess.run([python, __file__, "--parts", str(posts)], check=True,
                              capture_output=True, text=True, cwd=ROOT)
        for key, value in json.loads(done.stdout.splitlines()[-1]).items():
            found[key].append(value)
    m = {key: _median(values) for key, values in found.items()}
    print(f"prefix parts, median of {runs} fresh processes: imports {m['imports']:.3f} s, "
          f"resources {m['resources']:.3f} s, first passing report {m['first']:.3f} s")
    if not m["counted"]:
        print("  (this Python lacks the private functions counted inside them)")
        return
    print(f"  inside them: dataclass methods made {m['dataclasses']:.3f} s "
          f"({m['dataclasses_in_imports']:.3f} s of it in the imports), "
          f"regular expressions compiled {m['regex']:.3f} s")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], float(sys.argv[3]), sys.argv[5:])
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--parts":
        _parts(sys.argv[2])
        return 0
    import argparse
    import tempfile

    from extract_throughput import (
        DEFAULT_CORPUS,
        compiled_bytecode,
        load_posts,
        machine,
        write_posts,
    )

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=3000, help="posts to sample; 0 for all")
    parser.add_argument("--posts", type=Path, help="a JSON Lines file of posts to read instead")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, help="claimledger's --jobs (default: its own)")
    parser.add_argument("--python", default=sys.executable,
                        help="the python of the environment to measure (a compiled build's)")
    args = parser.parse_args()
    print(machine())
    if args.python == sys.executable:
        print(compiled_bytecode())
    with tempfile.TemporaryDirectory() as folder:
        posts = args.posts
        if posts is None:
            if not args.corpus.exists():
                print(f"no corpus at {args.corpus}; pass --corpus or --posts", file=sys.stderr)
                return 2
            posts = write_posts(Path(folder) / "posts.jsonl", load_posts(args.corpus, args.limit))
        print(f"posts from {posts}, {args.runs} runs, python {args.python}\n")
        _summary([_measure(args.python, posts, args.jobs) for _ in range(args.runs)])
        _print_parts(args.python, posts, args.runs)
    print(f"\nload average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
