"""What a user gets from `pip install claimledger`, without extras: the wheel smoke test.

`make smoke` (a step of `make test`) builds the sdist, then the wheel from it, installs the
wheel into a fresh virtual environment with no extras and runs this script with that
environment's Python. It checks, with the installed `claimledger` command only:

- the wheel holds every file the package reads at run time (each non-Python file under src/),
  and the build printed no deprecation warning;
- extract of a JSON Lines file and of a saved web page, ingest, claims of a region (with its
  towns), incidents, the demo (every sample read), one page and the API from `claimledger
  serve`, and each export format;
- a feature of a missing extra (Dask, PostgreSQL) says which extra in one line and exits 2.

Usage: python tests/smoke/smoke.py DIST SRC, where DIST holds the built files and the build log
(build.log) and SRC is the source tree's src/ folder. Every sentence below is written for this
test.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

CLAIMLEDGER = str(Path(sys.executable).parent / "claimledger")
SERVE_TIMEOUT_S = 90
POSTS = [
    {
        "id": "smoke:1",
        "channel": "smoke_channel",
        "published": "2024-11-22T06:00:00+00:00",
        "lang": "ru",
        "text": "Ночью над Калужской областью уничтожены восемь украинских беспилотников, "
        "сообщило Минобороны России.",
    },
    {
        "id": "smoke:2",
        "channel": "smoke_channel",
        "published": "2024-11-22T07:00:00+00:00",
        "lang": "ru",
        "text": "Этой ночью над Калугой сбиты три беспилотника, пострадавших нет, сообщил "
        "губернатор.",
    },
]
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Night of drones</title>
<meta property="og:title" content="Night of drones">
</head><body><nav><a href="/">Home</a></nav>
<main><h1>Night of drones</h1>
<p>Russian air defences destroyed six Ukrainian drones over the Bryansk region overnight,
the Russian Defence Ministry said on Friday morning.</p>
<p>The regional governor said nobody was hurt and that debris fell on an empty field.</p>
</main></body></html>
"""


class SmokeFailure(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeFailure(what)


def run(*args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([CLAIMLEDGER, *args], capture_output=True, text=True, check=False)
    check(
        done.returncode == expect,
        f"claimledger {' '.join(args)}: exit {done.returncode}, expected {expect}\n"
        f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}",
    )
    check("Traceback" not in done.stderr, f"claimledger {' '.join(args)}: a traceback\n"
          f"{done.stderr[-2000:]}")
    return done


def wheel_holds_every_package_file(dist: Path, src: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [
        path.relative_to(src).as_posix()
        for path in src.rglob("*")
        if path.is_file()
        and path.suffix not in (".py", ".pyc")
        and path.name != ".gitignore"
        and not any(part.endswith(".egg-info") or part == "__pycache__" for part in path.parts)
    ]
    lost = sorted(name for name in wanted if name not in names)
    check(not lost, f"the wheel leaves out files the package reads: {lost}")
    log = (dist / "build.log").read_text(encoding="utf-8", errors="replace")
    check("deprecat" not in log.lower(), "the build warns of something deprecated:\n" + log[-3000:])


def extract_and_ingest() -> None:
    lines = run("extract", "posts.jsonl").stdout.splitlines()
    check(len(lines) == 2 and all(json.loads(line)["claims"] for line in lines),
          f"extract of JSON Lines: {lines}")
    page = json.loads(run("extract", "page.html", "--format", "json").stdout)
    check(bool(page and page[0]["claims"]), "extract of a saved web page found no claim")
    run("ingest", "posts.jsonl", "page.html", "--db", "smoke.db", "--workers", "1")
    claims = run("claims", "--db", "smoke.db", "--location", "RU-KLU", "--format", "jsonl")
    places = {json.loads(line)["location"] for line in claims.stdout.splitlines()}
    check(places == {"RU-KLU", "city:Kaluga"}, f"claims of RU-KLU (with its towns): {places}")
    incidents = json.loads(run("incidents", "--db", "smoke.db", "--format", "json").stdout)
    check(any(i["id"] == "2024-11-22/RU-KLU/uav/ua" for i in incidents), f"incidents: {incidents}")
    demo = run("demo", "--db", "demo.db")
    check(not demo.stderr.strip(), f"demo: every sample should read cleanly:\n{demo.stderr}")


def serve_one_page() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [CLAIMLEDGER, "serve", "--db", "demo.db", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        for path in ("/", "/sources", "/api/incidents?place=RU-KLU"):
            status, body = _get(f"http://127.0.0.1:{port}{path}", server)
            check(status == 200 and len(body) > 100, f"serve {path}: {status}")
            if path.startswith("/api"):
                check(bool(json.loads(body)["items"]), f"serve {path}: no incidents")
    finally:
        server.terminate()
        server.wait(timeout=30)


def _get(url: str, server: subprocess.Popen[str]) -> tuple[int, str]:
    deadline = time.monotonic() + SERVE_TIMEOUT_S
    while True:
        try:
            with urllib.request.urlopen(url, timeout=30) as answer:
                return int(answer.status), answer.read().decode("utf-8")
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                err = server.stderr.read() if server.stderr else ""
                raise SmokeFailure(f"serve did not answer {url}: {err[-2000:]}") from None
            time.sleep(0.5)


def every_export_format() -> None:
    from claimledger.cli.export import FORMATS

    incident = "2024-11-22/RU-KLU/uav/ua"
    run("review", incident, "--rating", "mixed", "--db", "demo.db")
    for fmt in FORMATS:
        if fmt == "sqlite-incidents":
            run("export", "--format", fmt, "--db", "demo.db")
            continue
        out = Path(f"export-{fmt}")
        done = run("export", "--format", fmt, "--db", "demo.db", "--out", str(out))
        check(not done.stderr.strip() or fmt == "parquet", f"export {fmt}: {done.stderr}")
        written = sum(p.stat().st_size for p in out.rglob("*")) if out.is_dir() else (
            out.stat().st_size
        )
        check(written > 100, f"export {fmt}: {written} bytes")


def missing_extras_say_which() -> None:
    for args in (
        ("extract", "--engine", "dask", "--out", "batch", "posts.jsonl"),
        ("batch-extract", "posts.jsonl", "--out", "batch"),
        ("claims", "--db", "postgresql://someone@localhost/ledger"),
    ):
        done = run(*args, expect=2)
        lines = done.stderr.strip().splitlines()
        check(len(lines) == 1 and "claimledger[scale]" in lines[0],
              f"claimledger {' '.join(args)} without the scale extra: {done.stderr}")


def main() -> int:
    dist, src = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    started = time.monotonic()
    steps = [extract_and_ingest, serve_one_page, every_export_format, missing_extras_say_which]
    try:
        wheel_holds_every_package_file(dist, src)
        with tempfile.TemporaryDirectory(prefix="claimledger-smoke-") as folder:
            os.chdir(folder)
            Path("posts.jsonl").write_text(
                "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in POSTS), encoding="utf-8"
            )
            Path("page.html").write_text(PAGE, encoding="utf-8")
            for step in steps:
                step()
    except SmokeFailure as failure:
        print(f"smoke: FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"smoke: the wheel installed without extras passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
