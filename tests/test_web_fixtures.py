"""A small ledger for the web tests, built through the real extractor and `Ledger.write`.

The texts are written for these tests. One report is hostile: its text and its channel name
carry markup, event handlers and `javascript:` links that must only ever show as text.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from claimledger.ledger import Ledger, ingest
from claimledger.model import Report

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


def build_ledger(path: Path) -> Path:
    """The test ledger at `path`, with one media file that repeats an earlier one."""
    reports = [report_of(row) for row in REPORTS]
    with Ledger.open(path) as ledger:
        stats = ingest(reports, ledger)
        assert stats.failed == 0
    add_media_rows(path, reports[0].id, reports[3].id)
    return path


def hostile_id() -> str:
    return report_of(REPORTS[-1]).id


def kaluga_id() -> str:
    return report_of(REPORTS[0]).id


def add_media_rows(path: Path, first_report: str, later_report: str) -> None:
    """Media rows as claimledger.media writes them: a picture seen in one report, then again
    (recycled) in a later one. Written with SQL: the web stage only reads these tables."""
    db = sqlite3.connect(path)
    with db:
        db.execute(
            "INSERT INTO media (id, sha256, kind, mime, size, path, width, height, added_at) "
            "VALUES (1, ?, 'image', 'image/jpeg', 2048, 'ab/cd/x.jpg', 640, 480, "
            "'2024-11-22T12:00:00+00:00')",
            ("ab" * 32,),
        )
        db.executemany(
            "INSERT INTO media_appearances (id, media_id, report_id, source, first_seen, "
            "file_name, added_at) VALUES (?, 1, ?, ?, ?, 'fire.jpg', '2024-11-22T12:00:00+00:00')",
            [
                (1, first_report, "Example Wire", "2024-11-22T07:00:00+00:00"),
                (2, later_report, "Example Wire", "2024-11-22T10:00:00+00:00"),
            ],
        )
        db.execute(
            "INSERT INTO media_matches (appearance_id, media_id, matched_media_id, distance, "
            "earliest_appearance_id, earliest_report_id, earliest_source, earliest_date, "
            "place_codes, suggested_review, found_at) VALUES (2, 1, 1, 4, 1, ?, 'Example Wire', "
            "'2024-11-22T07:00:00+00:00', '[\"RU-KLU\"]', 'DecontextualizedContent', "
            "'2024-11-22T12:00:00+00:00')",
            (first_report,),
        )
    db.close()


def test_fixture_ledger_has_what_the_web_tests_need(tmp_path: Path) -> None:
    path = build_ledger(tmp_path / "web.db")
    with Ledger.open(path, create=False) as ledger:
        hostile = ledger.report(hostile_id())
        kaluga = ledger.claims(location="RU-KLU")
        counts = ledger.counts()
    assert hostile is not None and hostile.claims, "the hostile report must reach the map"
    assert {c["claimant"] for c in kaluga} >= {"Russian Ministry of Defence", "Vladislav Shapsha"}
    assert counts["checks"] >= 1 and counts["quotes"] >= 1 and counts["markers"] >= 1
