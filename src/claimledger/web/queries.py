"""The dashboard's lists as pages: a cursor in, the ledger's keyset lists out, the next cursor.

The filters and the SQL are the ledger's (claimledger.ledger.query and .pages, the same for the
command line and the exports); this module only pages: a cursor holds the sort key of the last
item shown, checked against the shape of the list's keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimledger.ledger import ClaimFilter, Ledger, ReportFilter, SearchError
from claimledger.web.errors import ApiError
from claimledger.web.paging import Page, decode_cursor, keyset_page

__all__ = ["ClaimFilter", "ReportFilter"]

# Snippet delimiters: control characters, which report text shown on a page never needs.
MATCH_OPEN = "\x02"
MATCH_CLOSE = "\x03"


def claim_page(
    ledger: Ledger,
    f: ClaimFilter,
    limit: int,
    cursor: str | None,
    present: list[str] | None = None,
) -> Page:
    """`present`: the place codes claims have, when the caller keeps them (WebState)."""
    key = decode_cursor(cursor, (str, int))
    found = ledger.pages.claims(f, key, limit + 1, present)
    return keyset_page(found, limit, claim_key)


def claim_key(claim: dict[str, Any]) -> list[Any]:
    return [claim["date"] or "", claim["id"]]


def iter_claims(ledger: Ledger, f: ClaimFilter, key: list[Any] | None) -> Iterator[dict[str, Any]]:
    """Matching claims one at a time from a keyset position (for filters SQL cannot apply)."""
    return ledger.pages.iter_claims(f, key)


def report_page(ledger: Ledger, f: ReportFilter, limit: int, cursor: str | None) -> Page:
    key = decode_cursor(cursor, (str, str))
    try:
        found = ledger.pages.reports(f, key, limit + 1)
    except SearchError as exc:
        raise ApiError(400, str(exc), {"query": f.query}) from None
    return keyset_page(found, limit, lambda r: [r["published"] or "", r["id"]])


def search(ledger: Ledger, text: str, limit: int, offset: int) -> list[dict[str, Any]]:
    """Reports matching `text`, best first, each with a snippet as parts marked `match`."""
    try:
        found = ledger.pages.search(text, MATCH_OPEN, MATCH_CLOSE, limit, offset)
    except SearchError as exc:
        raise ApiError(400, str(exc), {"query": text}) from None
    return [{**row, "snippet": snippet_parts(row["snippet"] or "")} for row in found]


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """`a \x02b\x03 c` as [{text: "a ", match: false}, {text: "b", match: true}, ...]."""
    parts: list[dict[str, Any]] = []
    for index, piece in enumerate(re.split(f"[{MATCH_OPEN}{MATCH_CLOSE}]", snippet)):
        if piece:
            parts.append({"text": piece, "match": index % 2 == 1})
    return parts


def marker_page(
    ledger: Ledger, kind: str | None, report_id: str | None, limit: int, cursor: str | None
) -> Page:
    before = _before(cursor)
    found = ledger.pages.markers(kind, report_id, before, limit + 1)
    return keyset_page(found, limit, lambda r: [r["id"]])


def check_page(
    ledger: Ledger,
    verdict: str | None,
    kind: str | None,
    report_id: str | None,
    limit: int,
    cursor: str | None,
) -> Page:
    found = ledger.pages.checks(verdict, kind, report_id, _before(cursor), limit + 1)
    return keyset_page(found, limit, lambda r: [r["id"]])


def media_page(ledger: Ledger, report_id: str | None, limit: int, cursor: str | None) -> Page:
    found = ledger.media.page(report_id, _before(cursor), limit + 1)
    return keyset_page(found, limit, lambda r: [r["id"]])


def _before(cursor: str | None) -> int | None:
    key = decode_cursor(cursor, (int,))
    return int(key[0]) if key else None
