"""A small ledger for the web tests, built through the real extractor and `Ledger.write`.

The texts are written for these tests. One report is hostile: its text and its channel name
carry markup, event handlers and `javascript:` links that must only ever show as text.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from claimledger.ledger import Ledger
from claimledger.media import MediaLibrary
from claimledger.media.synthetic import jpeg_bytes, scene
from claimledger.model import Report
from claimledger.pipeline import ingest

HOSTILE_SOURCE = '<b>Evil</b> "chan" <img src=x onerror="window.__pwned=9">'
HOSTILE_TEXT = (
    "Russia's Defence Ministry said air defences intercepted 5 Ukrainian drones over the "
    "Bryansk region overnight.\n"
    "<script>window.__pwned = 1</script>\n"
    '<img src=x onerror="window.__pwned = 2">\n'
    "[read the statement](javascript:window.__pwned=3) and javascript:alert(document.cookie)\n"
    '<a href="javascript:window.__pwned=4">open</a>'
)
HOSTILE_URL = "javascript:window.__pwned=5"

REPORTS: list[dict[str, Any]] = [
    {
        "source": "Example Wire",
        "published": "2024-11-22T07:00:00+00:00",
        "url": "https://example.org/kaluga-drones",
        "text": "Russia's Defence Ministry said on Friday that air defences destroyed 12 Ukrainian "
        "drones over the Kaluga region overnight. Kyiv did not comment.",
    },
    {
        "source": "Northern Courier",
        "published": "2024-11-22T08:30:00+00:00",
        "text": "Kaluga region governor Vladislav Shapsha said 7 drones were shot down over the "
        "region overnight. Debris damaged a warehouse roof, he added.",
    },
    {
        "source": "kpszsu",
        "published": "2024-11-22T06:10:00+00:00",
        "text": "Overnight Russia launched 48 Shahed attack drones and 2 Iskander-M ballistic "
        "missiles at Ukraine, the Air Force said. Air defence shot down 30 drones over 9 "
        'regions.\n\n"Most of the drones were downed over the Kyiv region," Air Force '
        "spokesman Yuriy Ihnat said.",
    },
    {
        "source": "Example Wire",
        "published": "2024-11-22T10:00:00+00:00",
        "text": "A drone struck an oil depot in Lyudinovo, about 180 km southwest of Kaluga, the "
        "regional governor said. The claim could not be independently verified.",
    },
    {
        "source": HOSTILE_SOURCE,
        "published": "2024-11-23T09:00:00+00:00",
        "url": HOSTILE_URL,
        "text": HOSTILE_TEXT,
    },
]


def report_of(row: dict[str, Any]) -> Report:
    return Report(
        text=row["text"],
        source=row["source"],
        published=datetime.fromisoformat(row["published"]),
        url=row.get("url"),
    )


def build_ledger(target: str | Path) -> str | Path:
    """The test ledger at `target` (a path or a postgresql:// URL), with one picture that a
    later report repeats."""
    reports = [report_of(row) for row in REPORTS]
    with Ledger.open(target) as ledger:
        stats = ingest(reports, ledger)
        assert stats.failed == 0
        add_media(ledger, reports[0].id, reports[3].id)
    return target


def hostile_id() -> str:
    return report_of(REPORTS[-1]).id


def kaluga_id() -> str:
    return report_of(REPORTS[0]).id


def add_media(ledger: Ledger, first_report: str, later_report: str) -> None:
    """A picture seen in one report, then again (recycled) in a later one, taken in through
    the media library as `claimledger media add` does."""
    folder = Path(tempfile.mkdtemp(prefix="web-media-"))
    picture = folder / "fire.jpg"
    picture.write_bytes(jpeg_bytes(scene(7)))
    root = None if ledger.file is not None else folder / "store"
    with MediaLibrary(ledger, root) as library:
        library.add(picture, report_id=first_report)
        library.add(picture, report_id=later_report)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def built_ledger(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The test ledger, built once per module on each backend."""
    if request.param == "sqlite":
        return build_ledger(tmp_path_factory.mktemp("web") / "web.db")
    return build_ledger(request.getfixturevalue("module_pg_url"))


def test_fixture_ledger_has_what_the_web_tests_need(ledger_url: str) -> None:
    path = build_ledger(ledger_url)
    with Ledger.open(path, create=False) as ledger:
        hostile = ledger.report(hostile_id())
        kaluga = ledger.claims(location="RU-KLU")
        counts = ledger.counts()
    assert hostile is not None and hostile.claims, "the hostile report must reach the map"
    assert {c["claimant"] for c in kaluga} >= {"Russian Ministry of Defence", "Vladislav Shapsha"}
    assert counts["checks"] >= 1 and counts["quotes"] >= 1 and counts["markers"] >= 1
