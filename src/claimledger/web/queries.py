"""Read-only SQL of the web stage: filtered, keyset-paged lists of claims, reports, markers,
checks and media, and full-text search. All values go in as parameters, never into the SQL.

Claims run newest first by their date (claims without a date last), reports by publication
time; migration 0010_web indexes exactly these orders (`coalesce(date, '')`).
"""

from __future__ import annotations

import heapq
import itertools
import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from claimledger.ledger import rows
from claimledger.web.errors import ApiError
from claimledger.web.paging import Page, decode_cursor, keyset_page

# Snippet delimiters: control characters, which report text shown on a page never needs.
MATCH_OPEN = "\x02"
MATCH_CLOSE = "\x03"
_WORD = re.compile(r"\w+\*?")


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Claim filters. `places`: the place codes a place filter stands for (a region with its
    towns, or every code under a prefix), None for no place filter; an empty tuple matches
    nothing."""

    since: str | None = None
    until: str | None = None
    places: tuple[str, ...] | None = None
    claimant: str | None = None
    side: str | None = None
    action: str | None = None
    weapon: str | None = None
    report_id: str | None = None


def claim_where(f: ClaimFilter, with_places: bool = True) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.since or f.until:
        where.append("coalesce(c.date, '') BETWEEN ? AND ?")
        params += [f.since or "0", f.until or "9"]
    if with_places and f.places is not None:
        where.append(f"c.location IN ({', '.join('?' * len(f.places)) or 'NULL'})")
        params += f.places
    if f.claimant:
        where.append("instr(casefold(c.claimant), ?) > 0")
        params.append(f.claimant.casefold())
    for column, value in (
        ("c.claimant_side", f.side),
        ("c.action", f.action),
        ("c.weapon", f.weapon),
        ("c.report_id", f.report_id),
    ):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    return where, params


_KEYSET = "(coalesce(c.date, ''), c.id) < (?, ?)"


def _claims_sql(where: list[str], index: str = "") -> str:
    return (
        "SELECT c.*, r.source AS report_source, r.published AS report_published "
        f"FROM claims c {index} JOIN reports r ON r.id = c.report_id"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + " ORDER BY coalesce(c.date, '') DESC, c.id DESC"
    )


def claim_page(db: sqlite3.Connection, f: ClaimFilter, limit: int, cursor: str | None) -> Page:
    key = decode_cursor(cursor, (str, int))
    if f.places is not None:
        found = _claims_at_places(db, f, key, limit + 1)
    else:
        where, params = claim_where(f)
        if key:
            where.append(_KEYSET)
            params += key
        sql = _claims_sql(where) + " LIMIT ?"
        found = [claim_record(r) for r in db.execute(sql, (*params, limit + 1))]
    return keyset_page(found, limit, _claim_key)


def _claim_key(claim: dict[str, Any]) -> list[Any]:
    return [claim["date"] or "", claim["id"]]


def _claims_at_places(
    db: sqlite3.Connection, f: ClaimFilter, key: list[Any] | None, count: int
) -> list[dict[str, Any]]:
    """The first `count` claims at any of `f.places`, newest first: each place's keys are read
    in order from the (location, date) index, the short lists merged, and only the winners
    read whole. A region with its towns costs a few index walks, not a sort of its claims."""
    assert f.places is not None
    where, params = claim_where(f, with_places=False)
    where.append("c.location = ?")
    if key:
        where.append(_KEYSET)
    sql = (
        "SELECT coalesce(c.date, '') AS k, c.id FROM claims c INDEXED BY claims_web_location "
        f"WHERE {' AND '.join(where)} ORDER BY k DESC, c.id DESC LIMIT ?"
    )
    runs = [
        [(row[0], row[1]) for row in db.execute(sql, (*params, place, *(key or ()), count))]
        for place in f.places
    ]
    winners = [
        claim_id for _, claim_id in itertools.islice(heapq.merge(*runs, reverse=True), count)
    ]
    if not winners:
        return []
    marks = ", ".join("?" * len(winners))
    found = {
        row["id"]: claim_record(row)
        for row in db.execute(_claims_sql([f"c.id IN ({marks})"]), winners)
    }
    return [found[claim_id] for claim_id in winners]


def iter_claims(db: sqlite3.Connection, f: ClaimFilter, cursor: list[Any] | None) -> Any:
    """Matching claims one at a time from a keyset position (for filters SQL cannot apply)."""
    where, params = claim_where(f)
    if cursor:
        where.append(_KEYSET)
        params += cursor
    for row in db.execute(_claims_sql(where), params):
        yield claim_record(row)


def claim_record(row: sqlite3.Row) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": row["id"],
        "report_id": row["report_id"],
        "ordinal": row["ordinal"],
    }
    record.update(rows.claim_dict(row))
    record["source"] = row["report_source"]
    record["published"] = row["report_published"]
    return record


def claim_locations(db: sqlite3.Connection) -> list[str]:
    """Every place code that some claim has (one walk of the location index)."""
    sql = "SELECT DISTINCT location FROM claims WHERE location IS NOT NULL ORDER BY location"
    return [row[0] for row in db.execute(sql)]


@dataclass(frozen=True, slots=True)
class ReportFilter:
    since: str | None = None
    until: str | None = None
    source: str | None = None
    lang: str | None = None
    query: str | None = None  # words of a full-text search


def report_page(db: sqlite3.Connection, f: ReportFilter, limit: int, cursor: str | None) -> Page:
    where: list[str] = []
    params: list[Any] = []
    if f.since:
        where.append("coalesce(r.published, '') >= ?")
        params.append(f.since)
    if f.until:
        # Published times carry a time of day: everything before the next day's start.
        where.append("coalesce(r.published, '') < ?")
        # Every time on that day sorts before "<day>U" ("T" < "U"), whatever the day: no date
        # arithmetic that 9999-12-31 would overflow.
        params.append(f"{f.until}U")
    for column, value in (("r.source", f.source), ("r.lang", f.lang)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if f.query:
        where.append("r.rowid IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?)")
        params.append(fts_query(f.query))
    key = decode_cursor(cursor, (str, int))
    if key:
        where.append("(coalesce(r.published, ''), r.rowid) < (?, ?)")
        params += key
    sql = (
        "SELECT r.rowid AS row, r.id, r.version, r.source, r.published, r.lang, r.url, "
        "substr(r.text, 1, 280) AS excerpt, length(r.text) AS length, "
        "(SELECT count(*) FROM claims c WHERE c.report_id = r.id) AS claims FROM reports r"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + " ORDER BY coalesce(r.published, '') DESC, r.rowid DESC LIMIT ?"
    )
    found = [dict(r) for r in _run(db, sql, (*params, limit + 1))]
    page = keyset_page(found, limit, lambda r: [r["published"] or "", r["row"]])
    for item in page.items:
        del item["row"]
    return page


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query of quoted terms (all must match; `word*` a prefix), so
    that FTS5's own syntax (NEAR, column filters, quotes) never reaches the engine from a box."""
    terms = [f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"' for w in _WORD.findall(text)]
    if not terms:
        raise ApiError(400, "a search needs at least one word", {"query": text})
    return " ".join(terms)


def search(db: sqlite3.Connection, text: str, limit: int, offset: int) -> list[dict[str, Any]]:
    """Reports matching `text`, best first, each with a snippet as parts marked `match`."""
    sql = (
        "SELECT r.id, r.source, r.published, r.lang, "
        "snippet(reports_fts, 0, ?, ?, ' … ', 16) AS snippet, "
        "(SELECT count(*) FROM claims c WHERE c.report_id = r.id) AS claims "
        "FROM reports_fts JOIN reports r ON r.rowid = reports_fts.rowid "
        "WHERE reports_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"
    )
    found = _run(db, sql, (MATCH_OPEN, MATCH_CLOSE, fts_query(text), limit, offset))
    return [{**dict(r), "snippet": snippet_parts(r["snippet"] or "")} for r in found]


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """`a \x02b\x03 c` as [{text: "a ", match: false}, {text: "b", match: true}, ...]."""
    parts: list[dict[str, Any]] = []
    for index, piece in enumerate(re.split(f"[{MATCH_OPEN}{MATCH_CLOSE}]", snippet)):
        if piece:
            parts.append({"text": piece, "match": index % 2 == 1})
    return parts


def marker_page(
    db: sqlite3.Connection, kind: str | None, report_id: str | None, limit: int, cursor: str | None
) -> Page:
    return _child_page(db, "markers", {"m.kind": kind, "m.report_id": report_id}, limit, cursor)


def check_page(
    db: sqlite3.Connection,
    verdict: str | None,
    kind: str | None,
    report_id: str | None,
    limit: int,
    cursor: str | None,
) -> Page:
    filters = {"m.verdict": verdict, "m.kind": kind, "m.report_id": report_id}
    return _child_page(db, "checks", filters, limit, cursor)


def _child_page(
    db: sqlite3.Connection,
    table: str,
    filters: dict[str, str | None],
    limit: int,
    cursor: str | None,
) -> Page:
    where = [f"{column} = ?" for column, value in filters.items() if value]
    params: list[Any] = [value for value in filters.values() if value]
    key = decode_cursor(cursor, (int,))
    if key:
        where.append("m.id < ?")
        params.append(key[0])
    sql = (
        f"SELECT m.*, r.source AS source, r.published AS published FROM {table} m "
        "JOIN reports r ON r.id = m.report_id"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + " ORDER BY m.id DESC LIMIT ?"
    )
    found = [_child_record(r) for r in _run(db, sql, (*params, limit + 1))]
    return keyset_page(found, limit, lambda r: [r["id"]])


def _child_record(row: sqlite3.Row) -> dict[str, Any]:
    record = {k: v for k, v in dict(row).items() if not k.startswith("evidence_")}
    record["evidence"] = {
        "text": row["evidence_text"],
        "start": row["evidence_start"],
        "end": row["evidence_end"],
    }
    return record


def source_stats(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """Each distinct source with its numbers of reports and claims and first and last report."""
    sql = (
        "SELECT r.source AS source, count(DISTINCT r.id) AS reports, count(c.id) AS claims, "
        "min(r.published) AS first, max(r.published) AS last "
        "FROM reports r LEFT JOIN claims c ON c.report_id = r.id "
        "GROUP BY r.source ORDER BY reports DESC, r.source"
    )
    return [dict(r) for r in _run(db, sql, ())]


def report_meta(db: sqlite3.Connection, report_id: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT version, url, meta, ingested_at FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    if row is None:
        return None
    return {
        "version": row["version"],
        "url": row["url"],
        "meta": json.loads(row["meta"] or "{}"),
        "ingested_at": row["ingested_at"],
    }


def _run(db: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
    try:
        return list(db.execute(sql, params))
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "MATCH" in str(exc):
            raise ApiError(400, f"search query not understood: {exc}") from None
        raise
