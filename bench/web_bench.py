"""Latency of the web stage on a large ledger: list and filter queries, and page renders.

Builds a temporary ledger of synthetic reports and claims (1M claims by default) through the
ledger's one write path (batches of 5,000 reports; FTS triggers included), serves it with
uvicorn on 127.0.0.1 (a free port, in this process) and times, over one kept-alive connection:
- API list and filter queries (GET /api/claims, /api/reports, ...), each shape repeated with
  varying values; p50 and p95 in milliseconds, request to last byte (goal: p95 < 50 ms);
- page renders of the pages that read the ledger directly (report, reports, claims, search,
  sources), warm, p50 and p95;
- on a second, smaller ledger (10k claims by default): the incident clustering of the whole
  ledger once (cold), which the map, timeline and incident pages share and cache until the
  ledger changes, then those pages' renders. Clustering is the incidents stage's own cost and
  grows faster than linearly on relay-heavy data (see the report of issue 8), hence the
  smaller ledger.

    python bench/web_bench.py [--claims 1000000] [--incident-claims 10000] [--repeat 30]
                              [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import random
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import uvicorn

from claimledger.ledger import Ledger
from claimledger.model import Claim, Extraction, Marker, Report, Span
from claimledger.web import WebSettings, create_app

CLAIMS_PER_REPORT = 4
REGIONS = [
    "RU-KLU", "RU-BRY", "RU-BEL", "RU-KRS", "RU-MOS", "RU-MOW", "RU-VOR", "RU-ORL", "RU-TUL",
    "RU-ROS", "RU-KDA", "RU-LIP", "RU-TAM", "RU-RYA", "RU-SMO", "RU-TVE", "RU-YAR", "RU-SAR",
    "UA-30", "UA-63", "UA-32", "UA-12", "UA-51", "UA-48", "UA-18", "UA-59", "UA-14", "UA-46",
    "UA-43", "UA-40", "UA-65", "UA-53", "UA-74", "UA-35", "UA-05", "UA-68", "UA-71", "UA-26",
    "RU", "UA", "city:Kaluga", "city:Bryansk", "city:Belgorod", "city:Kursk", "city:Odesa",
]  # fmt: skip
ACTIONS = ["intercepted"] * 6 + ["launched"] * 2 + ["hit", "suppressed", "killed", "injured"]
WEAPONS = ["uav"] * 6 + ["cruise_missile", "ballistic_missile", "missile", "guided_bomb", None]
CLAIMANTS = [
    ("Russian Ministry of Defence", "ru", "military"),
    ("Ukrainian Air Force", "ua", "military"),
    ("Vladislav Shapsha", "ru", "official"),
    ("Alexander Bogomaz", "ru", "official"),
    ("Vyacheslav Gladkov", "ru", "official"),
    ("Oleh Syniehubov", "ua", "official"),
    ("local residents", "other", "witness"),
] + [(f"Channel {n}", "other", "outlet") for n in range(40)]
SOURCES = [f"source-{n}" for n in range(300)]
COMMON = "drones shot down over the region overnight air defence said".split()
# Rarer words follow a Zipf-like law, so that a search matches a realistic share of reports.
RARE = [f"w{n}" for n in range(5000)] + "debris governor warehouse refinery substation".split()
RARE_CUMULATIVE = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(RARE))))


def synthesise(path: Path, claims: int, seed: int = 7) -> None:
    """A ledger at `path` with `claims` claims in reports of four, over ~1,000 nights."""
    rng = random.Random(seed)
    with Ledger.open(path) as ledger:
        ledger.write(_reports(rng, claims // CLAIMS_PER_REPORT), batch_size=5_000)


def _reports(rng: random.Random, count: int) -> Iterator[Extraction]:
    start = date(2022, 3, 1)
    for number in range(count):
        night = start + timedelta(days=rng.randrange(1000))
        text = _text(rng, number)
        report = Report(
            text=text,
            id=f"bench:{number}",
            source=rng.choice(SOURCES),
            published=datetime.fromisoformat(f"{night}T0{rng.randrange(10)}:00:00+00:00"),
            lang="en",
        )
        claims = [_claim(rng, night, text) for _ in range(CLAIMS_PER_REPORT)]
        markers = [Marker("unverified", Span.of(text, 0, 10))] if number % 3 == 0 else []
        yield Extraction(report, claims, markers=markers)


def _text(rng: random.Random, number: int) -> str:
    words = [rng.choice(COMMON) for _ in range(15)]
    words += rng.choices(RARE, cum_weights=RARE_CUMULATIVE, k=15)
    rng.shuffle(words)
    return f"Synthetic report {number}: {rng.randrange(1, 90)} {' '.join(words)}."


def _claim(rng: random.Random, night: date, text: str) -> Claim:
    # Drawn in the order earlier versions of this bench drew them: the same seed, the same data.
    claimant, side, kind = rng.choice(CLAIMANTS)
    action, weapon = rng.choice(ACTIONS), rng.choice(WEAPONS)
    quantity, place = rng.randrange(1, 90), rng.choice(REGIONS)
    return Claim(
        action,  # type: ignore[arg-type]
        quantity,
        Span.of(text, 0, 20),
        weapon=weapon,  # type: ignore[arg-type]
        location=place,
        claimant=claimant,
        claimant_side=side,  # type: ignore[arg-type]
        claimant_kind=kind,  # type: ignore[arg-type]
        date=night.isoformat(),
        spans={"number": Span.of(text, 18, 20)},
    )


def timed(call: Callable[[], Any], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        call()
        times.append((time.perf_counter() - began) * 1000)
    return times


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"p50 {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   max {ordered[-1]:7.1f} ms"
    )


class Client:
    """GET requests over one kept-alive HTTP connection to the bench's own server."""

    def __init__(self, port: int) -> None:
        self._connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)

    def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        self._connection.request("GET", path + ("?" + urlencode(params) if params else ""))
        response = self._connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"{path} {params}: {response.status} {body[:300]!r}")
        return (
            json.loads(body)
            if response.getheader("content-type", "").startswith("application/json")
            else body
        )


def get(client: Client, path: str, params: dict[str, Any] | None = None) -> Any:
    return client.get(path, params)


def serve(path: Path) -> tuple[uvicorn.Server, int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    app = create_app(WebSettings(path))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, port


def api_shapes(client: Client, rng: random.Random) -> Iterator[tuple[str, Callable[[], Any]]]:
    def claims(**fixed: Any) -> Callable[[], Any]:
        return lambda: get(client, "/api/claims", {"limit": 50, **fixed})

    def varying(make: Callable[[], dict[str, Any]], path: str = "/api/claims") -> Callable[[], Any]:
        return lambda: get(client, path, {"limit": 50, **make()})

    def deep_page() -> Any:
        cursor = None
        for _ in range(20):  # page 20 of a filtered list, one cursor after another
            params = {"limit": 50, "place": "RU-BRY", **({"cursor": cursor} if cursor else {})}
            cursor = get(client, "/api/claims", params)["next"]

    def day() -> str:
        return (date(2022, 3, 1) + timedelta(days=rng.randrange(1000))).isoformat()

    yield "claims, no filter", claims()
    yield "claims, place (region + towns)", varying(lambda: {"place": rng.choice(REGIONS[:38])})
    yield "claims, place prefix RU-", claims(place="RU-")
    yield "claims, action", varying(lambda: {"action": rng.choice(ACTIONS)})
    yield "claims, weapon", varying(lambda: {"weapon": rng.choice(["uav", "guided_bomb"])})
    yield "claims, side", varying(lambda: {"side": rng.choice(["ru", "ua"])})
    yield "claims, claimant (part of name)", varying(lambda: {"claimant": "shapsha"})
    yield "claims, one night", varying(lambda: {"since": (d := day()), "until": d})
    yield (
        "claims, 30 nights + place + action",
        varying(
            lambda: {"since": day(), "place": rng.choice(REGIONS[:38]), "action": "intercepted"}
        ),
    )
    yield "claims, rare combination", claims(place="UA-26", weapon="ballistic_missile", side="ua")
    yield "claims, 20 pages deep (x20 calls)", deep_page
    yield "reports, no filter", varying(lambda: {}, "/api/reports")
    yield "reports, source", varying(lambda: {"source": rng.choice(SOURCES)}, "/api/reports")
    yield "reports, one week", varying(lambda: {"since": day()}, "/api/reports")
    yield "search, one common word", varying(lambda: {"q": "overnight"}, "/api/search")
    yield "search, two rarer words", varying(lambda: {"q": "debris governor"}, "/api/search")
    yield "markers, kind", varying(lambda: {"kind": "unverified"}, "/api/markers")


def ledger_pages() -> Iterator[tuple[str, str]]:
    """Pages that read the ledger itself (no incidents)."""
    yield "report page", "/reports/" + quote("bench:12345")
    yield "reports list", "/reports"
    yield "claims list, one region", "/claims?place=RU-KLU"
    yield "search page", "/search?q=debris+governor"
    yield "sources page (cached aggregate)", "/sources"


def incident_pages(client: Client) -> Iterator[tuple[str, str]]:
    """Pages built on the incidents of the whole ledger (clustered once, then cached)."""
    incidents = get(client, "/api/incidents", {"limit": 1, "place": "RU-KLU"})["items"]
    yield "map", "/"
    yield "map, one night + region", f"/?night={incidents[0]['date']}&region=RU-KLU"
    yield "timeline", "/timeline"
    yield "incidents list", "/incidents"
    yield "incident page", "/incidents/" + quote(incidents[0]["id"])


def build(path: Path, claims: int) -> None:
    if not path.exists():
        began = time.perf_counter()
        synthesise(path, claims)
        print(f"built {path}: {claims:,} claims in {time.perf_counter() - began:.0f} s")


def cold(client: Client, path: str, what: str) -> None:
    began = time.perf_counter()
    get(client, path)
    print(f"  {what}: {time.perf_counter() - began:.1f} s")


def render(client: Client, pages: Iterator[tuple[str, str]], repeat: int) -> None:
    for name, page in pages:
        get(client, page)
        print(f"  {name:38} {summary(timed(lambda p=page: get(client, p), repeat))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument(
        "--incident-claims",
        type=int,
        default=10_000,
        help="Claims of the second ledger, for the pages built on incidents.",
    )
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="A folder to build (or reuse) the ledgers in.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="web-bench-") as folder:
        where = args.keep or Path(folder)
        large = where / f"web-bench-{args.claims}.db"
        small = where / f"web-bench-{args.incident_claims}.db"
        build(large, args.claims)
        build(small, args.incident_claims)

        server, port = serve(large)
        client = Client(port)
        rng = random.Random(11)
        print(f"\n{args.claims:,} claims: API queries, limit 50, {args.repeat} calls each")
        print(f"  {'(floor: /openapi.json, no ledger)':38} ", end="")
        print(summary(timed(lambda: get(client, "/openapi.json"), args.repeat)))
        for name, call in api_shapes(client, rng):
            call()  # warms SQLite's page cache for this shape
            print(f"  {name:38} {summary(timed(call, args.repeat))}")
        print(f"\n{args.claims:,} claims: pages, warm, {args.repeat} renders each")
        cold(client, "/api/sources", "source aggregate, cold (once per ledger state)")
        render(client, ledger_pages(), args.repeat)
        server.should_exit = True

        server, port = serve(small)
        client = Client(port)
        print(f"\n{args.incident_claims:,} claims: pages on incidents, {args.repeat} renders each")
        cold(client, "/api/incidents?limit=1", "incident clustering, cold (once per ledger state)")
        render(client, incident_pages(client), args.repeat)
        nights = [n["night"] for n in get(client, "/api/timeline")["nights"]]
        fresh = iter(rng.sample(nights, min(len(nights), args.repeat)))
        first = timed(lambda: get(client, "/", {"night": next(fresh, nights[0])}), args.repeat)
        print(f"  {'map, a new night each time (uncached)':38} {summary(first)}")
        server.should_exit = True


if __name__ == "__main__":
    main()
