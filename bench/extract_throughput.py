"""Throughput of claimledger's extraction against natasha's segmentation + NER, two ways.

Both read the same random posts of the Russian Telegram corpus (3,000 by default, a fixed seed):
- in one process: models and tables loaded before the clocks start, and each side warmed up on
  the same few posts from outside the sample (`WARMUP`, posts that pass claimledger's fast path),
  so that what either builds on first use (claimledger's automata, compiled patterns, the
  gazetteer's part of the language) is built before the clock, as a long run builds it once;
  posts per second of each;
- as whole processes, as a user runs them: `claimledger extract posts.jsonl` against
  `bench/natasha_ner.py posts.jsonl` (load, read, segment + NER, print a count), wall and CPU
  time each, the median of `--runs` alternating runs, with the range of the runs and the ratio
  within each round of the alternation (how steady a ratio is on a machine whose speed
  moves). claimledger's modules are compiled to bytecode first, as pip compiles a wheel's (and
  natasha's) when it installs them.
Each side runs at its default and on one core: claimledger with its automatic `--jobs` (forked
workers, one per core up to 4) and with `--jobs 1`; natasha with numpy's BLAS threads as they
come (its tagger's matrix products) and pinned to one (OPENBLAS_/OMP_/MKL_NUM_THREADS=1). The
ratios are printed default against default and at equal cores, by wall and by CPU time; the
in-process natasha runs are child processes (the BLAS threads are fixed when numpy loads), timed
inside the child after loading.
Where `make compiled` has built the wheel whose extraction mypyc compiled (setup.py), its
environment's claimledger is timed too, each way, beside the pure one (`--compiled PYTHON` names
another such environment's python; `--compiled ""` leaves it out); its rows say which modules
it ran compiled.
natasha does less than claimledger (it finds names, not claims), so the ratio is a floor on how
much cheaper the rule grammars are than a neural tagger on the same text. The machine's load and
the package versions are printed with the figures, since both move them.

    python bench/extract_throughput.py                 # 3,000 posts, 3 whole-process runs each
    python bench/extract_throughput.py --limit 0       # every post (natasha takes minutes)
    python bench/extract_throughput.py --skip-natasha  # claimledger alone
    python bench/extract_throughput.py --write-sample posts.jsonl  # the sample, for other tools

Wall times on a shared virtual machine move by tens of per cent from run to run. For a change
of a few per cent, count instructions instead (deterministic; a run takes a minute or two):

    python -m compileall -q src/claimledger
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        python -m claimledger extract posts.jsonl --lang ru --format jsonl --quiet --jobs 1

Compile the bytecode first, as this script does before it times anything: where
PYTHONDONTWRITEBYTECODE is set, a module edited since its bytecode was written is compiled from
source at every run, and its compiling is counted with the rest (tens of millions of
instructions a module, more than most changes save).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from machine import describe
from natasha_ner import ONE_THREAD

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "ru-telegram" / "posts.jsonl"
SEED = 20241120
WARMUP = 20  # posts outside the sample read by both sides before their clocks start
PACKAGES = ("claimledger", "natasha", "pymorphy3", "razdel", "pyahocorasick", "simplemma")
COMPILED_PYTHON = ROOT / "build" / "compiled" / "venv" / "bin" / "python"  # `make compiled`


def machine() -> str:
    return describe(PACKAGES)


def compiled_bytecode() -> str:
    """Compile claimledger's modules to bytecode, as pip does when it installs the wheel (and
    had done for natasha's): an editable checkout run with PYTHONDONTWRITEBYTECODE set would
    otherwise compile every module again at each whole-process start, which no installed copy
    does."""
    import compileall

    import claimledger

    package = Path(claimledger.__file__).parent
    compileall.compile_dir(package, quiet=1)
    return f"bytecode of {package} compiled, as an installed wheel has it"


def load_posts(path: Path, limit: int) -> list[dict[str, Any]]:
    return _sample(_read(path), limit)


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _sample(posts: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    if 0 < limit < len(posts):
        return random.Random(SEED).sample(posts, limit)
    return posts


def warmup_posts(path: Path, limit: int) -> list[dict[str, Any]]:
    """`WARMUP` posts of the corpus outside the sample that pass claimledger's fast path (one
    that does not would build nothing), in a seeded order: what both sides read before their
    clocks. None when the sample is the whole corpus."""
    from claimledger.extract.fastpath import may_hold_claims

    posts = _read(path)
    taken = {id(p) for p in _sample(posts, limit)}
    rest = [p for p in posts if id(p) not in taken]
    random.Random(SEED + 1).shuffle(rest)
    return [p for p in rest if may_hold_claims(p.get("text") or "", "ru")][:WARMUP]


def write_posts(path: Path, posts: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts), "utf-8")
    return path


@dataclass(frozen=True)
class Timing:
    """One run: wall and CPU seconds (every thread and worker process of it)."""

    label: str
    cores: str  # claimledger's jobs or natasha's BLAS threads
    wall: float
    cpu: float
    walls: tuple[float, ...] = ()  # whole processes: each run's wall, in the order run


def _cpu() -> float:
    """This process's CPU seconds and its finished children's (forked workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def show(timing: Timing, count: int, found: str) -> None:
    if timing.walls:
        found = f"runs {min(timing.walls):.2f}-{max(timing.walls):.2f} s {found}"
    print(
        f"{timing.label:<42} {timing.cores:>9} {timing.wall:8.2f} s {count / timing.wall:9.1f}/s "
        f"  CPU {timing.cpu:7.2f} s {count / timing.cpu:9.1f}/s   {found}"
    )


def claimledger_in_process(
    path: Path, warmup: Path, jobs: int | None, python: str = sys.executable, label: str = ""
) -> tuple[Timing, int]:
    """claimledger's extraction of the posts in a fresh child process (no cache warmed by an
    earlier run) of `python`, `jobs` as the CLI's --jobs (None: automatic), timed there after
    loading and the warm-up."""
    command = [python, __file__, "--corpus", str(path), "--limit", "0",
               "--warmup", str(warmup), "--time-claimledger", str(jobs or 0)]
    run = subprocess.run(command, check=True, capture_output=True, text=True)
    out = json.loads(run.stdout.strip().splitlines()[-1])
    cores = f"{out['jobs']} job" + ("s" if out["jobs"] > 1 else "")
    name = f"claimledger{label} extraction (ru)"
    return Timing(name, cores, out["wall"], out["cpu"]), out["found"]


def compiled_modules(python: str) -> str:
    """How many of claimledger's modules `python` imports as compiled extensions, and where
    from: what the compiled rows ran (a wheel built without CLAIMLEDGER_COMPILE=1 has none)."""
    probe = (
        "import claimledger, pkgutil, importlib, sys\n"
        "names = [m.name for m in pkgutil.walk_packages(claimledger.__path__, 'claimledger.')]\n"
        "files = [importlib.import_module(n).__file__ or '' for n in names "
        "if n.startswith(('claimledger.extract', 'claimledger.places', 'claimledger.morph'))]\n"
        "print(sum(f.endswith('.so') for f in files), len(files), claimledger.__file__)"
    )
    run = subprocess.run([python, "-c", probe], check=True, capture_output=True, text=True)
    native, total, where = run.stdout.split()
    return f"{native} of {total} modules of extract/, places/ and morph compiled, from {where}"


def time_claimledger(posts: list[dict[str, Any]], warmup: list[dict[str, Any]], jobs: int) -> None:
    """In the child: load the extraction's code and tables, read the warm-up posts (one job:
    the parent of forked workers builds what they share), then time the extraction."""
    import claimledger.extract.pipeline  # noqa: F401
    from claimledger.extract import Extractor
    from claimledger.extract.parallel import auto_jobs, extract_reports
    from claimledger.sources.read_jsonl import record_report

    extractor = Extractor()
    resources = extractor.resources
    resources.lexer("ru")
    resources.gazetteer.get("RU")  # build or load the place tables before the clock
    resources.registry.lookup("x")
    for _ in extract_reports([record_report(post) for post in warmup], "ru",
                             extractor=extractor, jobs=1):
        pass
    reports = [record_report(post) for post in posts]
    start, cpu_start = time.perf_counter(), _cpu()
    found = sum(1 for e in extract_reports(reports, "ru", extractor=extractor, jobs=jobs or None)
                if e.claims)
    wall, cpu = time.perf_counter() - start, _cpu() - cpu_start
    print(json.dumps({"wall": wall, "cpu": cpu, "found": found, "jobs": jobs or auto_jobs()}))


def natasha_in_process(path: Path, warmup: Path, one_thread: bool) -> tuple[Timing, int]:
    """natasha tagging the posts in a child process, timed there after its models load and it
    tagged the warm-up posts."""
    env = {**os.environ, **(ONE_THREAD if one_thread else {})}
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "natasha_ner.py"), str(path), "--time",
         "--warmup", str(warmup)],
        check=True, capture_output=True, text=True, env=env,
    )
    out = json.loads(run.stdout.strip().splitlines()[-1])
    threads = f"{out['threads']} thread" + ("" if out["threads"] == "1" else "s")
    return Timing("natasha segment + NER", threads, out["wall"], out["cpu"]), out["spans"]


def _count(path: Path) -> int:
    return sum(1 for line in path.read_text("utf-8").splitlines() if line.strip())


def ratios(ours: list[Timing], theirs: list[Timing]) -> None:
    """Each build's ratios (the pure package's, then the compiled wheel's where timed)."""
    for compiled in (False, True):
        rows = [o for o in ours if ("compiled" in o.label) == compiled]
        if rows:
            _ratios(rows, theirs)


def _ratios(ours: list[Timing], theirs: list[Timing]) -> None:
    """claimledger's speed over natasha's, default against default and at equal cores (each
    pair once: where the automatic jobs equal natasha's threads, default is equal cores)."""
    pairs = [("default vs default", ours[-1], theirs[0])]
    for o in ours:
        for t in theirs:
            cores = o.cores.split()[0]
            if cores == t.cores.split()[0] and (o, t) != (ours[-1], theirs[0]):
                pairs.append((f"{cores} core{'s' if cores != '1' else ''} each", o, t))
    for name, o, t in pairs:
        build = " compiled" if "compiled" in o.label else ""
        print(
            f"ratio{build} {name:<20} ({o.cores} vs {t.cores}): {t.wall / o.wall:5.1f}x natasha by "
            f"wall, {t.cpu / o.cpu:5.1f}x by CPU (goal >= 20x)"
        )
        if o.walls and len(o.walls) == len(t.walls):
            # run i of each came in the same round of the alternation, under much the same load
            each = " ".join(f"{b / a:.1f}x" for a, b in zip(o.walls, t.walls, strict=True))
            print(f"  by wall in each round of runs: {each}")
    if any(t.cores.split()[0] != "1" for t in theirs):
        print(
            "  (natasha's CPU with several BLAS threads counts their spinning while they wait for "
            "work; on a loaded machine\n   it grows, and so does its wall time: the 1-core "
            "figures are the steadier comparison)"
        )


def whole_process(
    commands: list[tuple[str, str, list[str], dict[str, str]]], runs: int
) -> list[Timing]:
    """Median wall and CPU seconds of each command, alternating so load hits all alike, with
    each run's wall."""
    times: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(runs):
        for timings, (_, _, command, env) in zip(times, commands, strict=True):
            timings.append(_run(command, env))
    return [
        Timing(label, cores, statistics.median(t[0] for t in timings),
               statistics.median(t[1] for t in timings), tuple(t[0] for t in timings))
        for (label, cores, _, _), timings in zip(commands, times, strict=True)
    ]


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env={**os.environ, **env})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="claimledger vs natasha throughput")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=3000, help="posts to sample; 0 for all")
    parser.add_argument("--runs", type=int, default=3, help="whole-process runs of each command")
    parser.add_argument("--skip-natasha", action="store_true")
    parser.add_argument("--compiled", default=str(COMPILED_PYTHON) if COMPILED_PYTHON.exists()
                        else "", help="python of an environment with the compiled wheel")
    parser.add_argument("--write-sample", type=Path, metavar="PATH",
                        help="write the sampled posts there and stop (for other tools: valgrind)")
    parser.add_argument("--time-claimledger", type=int, metavar="JOBS", help=argparse.SUPPRESS)
    parser.add_argument("--warmup", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}; pass --corpus PATH", file=sys.stderr)
        return 2
    posts = load_posts(args.corpus, args.limit)
    if args.write_sample is not None:
        write_posts(args.write_sample, posts)
        return 0
    if args.time_claimledger is not None:  # the child of claimledger_in_process
        time_claimledger(posts, _read(args.warmup) if args.warmup else [], args.time_claimledger)
        return 0
    print(machine())
    print(compiled_bytecode())
    builds = [(sys.executable, "")]
    if args.compiled:
        builds.append((args.compiled, ", compiled"))
        print(f"compiled build: {compiled_modules(args.compiled)}")
    print(f"{len(posts)} posts from {args.corpus} (seed {SEED})\n")
    sys.path.insert(0, str(ROOT / "bench"))
    from claimledger.extract.parallel import auto_jobs

    with tempfile.TemporaryDirectory() as folder:
        path = write_posts(Path(folder) / "posts.jsonl", posts)
        warm = write_posts(Path(folder) / "warmup.jsonl", warmup_posts(args.corpus, args.limit))

        print("-- in one process, models loaded and both sides warmed up on the same "
              f"{_count(warm)} posts outside the sample before the clock --")
        print(f"{'':<42} {'cores':>9} {'wall':>8}   {'posts':>9}     {'CPU':>7}   {'posts':>9}")
        ours: list[Timing] = []
        for python, label in builds:
            for jobs in (1, None):
                timing, found = claimledger_in_process(path, warm, jobs, python, label)
                show(timing, len(posts), f"{found} with claims")
                ours.append(timing)
        theirs: list[Timing] = []
        if not args.skip_natasha:
            for one_thread in (False, True):
                timing, spans = natasha_in_process(path, warm, one_thread)
                show(timing, len(posts), f"{spans} name spans")
                theirs.append(timing)
            ratios(ours, theirs)

        print(f"\n-- whole processes, median of {args.runs} runs (load, read, extract, write) --")
        theirs_cmd = [sys.executable, str(ROOT / "bench" / "natasha_ner.py"), str(path)]
        auto = auto_jobs()
        commands: list[tuple[str, str, list[str], dict[str, str]]] = []
        for python, label in builds:
            ours_cmd = [python, "-m", "claimledger", "extract", str(path), "--lang", "ru",
                        "--format", "jsonl", "--quiet"]
            commands += [
                (f"claimledger{label} extract --jobs 1", "1 job", [*ours_cmd, "--jobs", "1"], {}),
                (f"claimledger{label} extract", f"{auto} job{'s' if auto > 1 else ''}", ours_cmd,
                 {}),
            ]
        ours_count = len(commands)
        if not args.skip_natasha:
            from natasha_ner import blas_threads

            threads = blas_threads()
            commands += [
                ("bench/natasha_ner.py", f"{threads} thread{'s' if threads != '1' else ''}",
                 theirs_cmd, {}),
                ("bench/natasha_ner.py, BLAS pinned", "1 thread", theirs_cmd, ONE_THREAD),
            ]
        took = whole_process(commands, args.runs)
    print(f"{'':<42} {'cores':>9} {'wall':>8}   {'posts':>9}     {'CPU':>7}   {'posts':>9}")
    for timing in took:
        show(timing, len(posts), "")
    if not args.skip_natasha:
        ratios(took[:ours_count], took[ours_count:])
    print(f"\nload average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
