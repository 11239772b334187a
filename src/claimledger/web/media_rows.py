"""Media and recycling matches, read-only from the tables of claimledger.media (0100_media.sql).

The web stage only reads them: files, where each was seen, and the earlier appearances a file
was found to repeat. A ledger with no media rows simply shows none.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from claimledger.web.paging import Page, decode_cursor, keyset_page

_MEDIA_COLUMNS = (
    "id, sha256, kind, mime, size, width, height, duration_s, codec, created, gps_lat, gps_lon, "
    "added_at"
)
# Appearances and matches listed per file; a file seen thousands of times shows the first ones.
_PER_FILE = 50


def has_media(db: sqlite3.Connection) -> bool:
    try:
        return db.execute("SELECT 1 FROM media LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:  # a ledger made before the media migration
        return False


def media_page(
    db: sqlite3.Connection, report_id: str | None, limit: int, cursor: str | None
) -> Page:
    if not has_media(db):
        return Page([], limit, None)
    where: list[str] = []
    params: list[Any] = []
    if report_id:
        where.append("id IN (SELECT media_id FROM media_appearances WHERE report_id = ?)")
        params.append(report_id)
    key = decode_cursor(cursor, (int,))
    if key:
        where.append("id < ?")
        params.append(key[0])
    sql = (
        f"SELECT {_MEDIA_COLUMNS} FROM media"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + " ORDER BY id DESC LIMIT ?"
    )
    found = [dict(r) for r in db.execute(sql, (*params, limit + 1))]
    page = keyset_page(found, limit, lambda r: [r["id"]])
    for item in page.items:
        item["appearances"] = _appearances(db, [item["id"]])
        item["matches"] = _matches(db, "m.media_id = ?", [item["id"]])
    return page


def media_for_reports(db: sqlite3.Connection, report_ids: Sequence[str]) -> dict[str, Any]:
    """What the media tables say about some reports: their files (with where each was seen)
    and the recycling matches of their appearances."""
    if not report_ids or not has_media(db):
        return {"files": [], "matches": []}
    marks = ", ".join("?" * len(report_ids))
    files = [
        dict(r)
        for r in db.execute(
            f"SELECT {_MEDIA_COLUMNS} FROM media WHERE id IN "
            f"(SELECT media_id FROM media_appearances WHERE report_id IN ({marks})) ORDER BY id",
            list(report_ids),
        )
    ]
    for item in files:
        item["appearances"] = _appearances(db, [item["id"]])
    matches = _matches(
        db,
        f"m.appearance_id IN (SELECT id FROM media_appearances WHERE report_id IN ({marks}))",
        list(report_ids),
    )
    return {"files": files, "matches": matches}


def _appearances(db: sqlite3.Connection, media_ids: list[int]) -> list[dict[str, Any]]:
    marks = ", ".join("?" * len(media_ids))
    return [
        dict(r)
        for r in db.execute(
            "SELECT id, media_id, report_id, source, first_seen, file_name FROM media_appearances "
            f"WHERE media_id IN ({marks}) ORDER BY first_seen, id LIMIT ?",
            (*media_ids, _PER_FILE),
        )
    ]


def _matches(db: sqlite3.Connection, where: str, params: list[Any]) -> list[dict[str, Any]]:
    sql = (
        "SELECT m.id, m.media_id, m.matched_media_id, m.distance, m.frame_share, "
        "m.earliest_report_id, m.earliest_source, m.earliest_date, m.place_codes, "
        "m.suggested_review, m.found_at, a.report_id AS report_id, a.source AS source, "
        "a.first_seen AS seen "
        "FROM media_matches m JOIN media_appearances a ON a.id = m.appearance_id "
        f"WHERE {where} ORDER BY m.id LIMIT ?"
    )
    found = []
    for row in db.execute(sql, (*params, _PER_FILE)):
        record = dict(row)
        record["place_codes"] = json.loads(row["place_codes"] or "[]")
        found.append(record)
    return found
