"""The one query layer of claims and reports: their filters and orders, for every caller.

The command line, the API and the exports build a `ClaimFilter` or `ReportFilter` and hand it
to the ledger; the conditions below are the only place a filter becomes SQL, on both engines.

Places: `location` is a code ("RU-KLU"), a prefix ending in "-" or ":" ("RU-", "city:"), or
a sequence of codes, any of which matches: `Gazetteer.place_filter("RU-KLU")` gives a region
with the towns and districts inside it, so that "RU-KLU" finds "city:Kaluga".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, TypedDict, Unpack

import sqlalchemy as sa

from claimledger.ledger import rows
from claimledger.ledger.functions import contains_folded
from claimledger.ledger.tables import claims, reports

PREFIX_ENDS = ("-", ":")
_EMPTY: sa.ColumnElement[str] = sa.literal_column("''", sa.Text)


def claim_day(table: sa.FromClause = claims) -> sa.ColumnElement[str]:
    """The sort key of the dashboard's claim lists (indexed by migration 0010_web)."""
    return sa.func.coalesce(table.c.date, _EMPTY)


CLAIM_DAY = claim_day()
REPORT_TIME = sa.func.coalesce(reports.c.published, _EMPTY)


def day(value: str | date | None) -> str | None:
    """YYYY-MM-DD, the form of claims.date, from a date, a date-time or ISO text."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value[:10]


class ClaimFields(TypedDict, total=False):
    """A claim filter's fields as callers pass them (ClaimFilter.of, Ledger.claims)."""

    location: str | Sequence[str] | None
    claimant: str | None
    since: str | date | None
    until: str | date | None
    side: str | None
    action: str | None
    weapon: str | None
    report_id: str | None


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims: every field that is set must hold. `since`/`until` are inclusive bounds
    on the claim's date (claims without a date are left out when either is set); `claimant` is
    a part of the name in any case; `side` the claimant's side. `location` is a code or a
    prefix, `codes` the codes a place stands for (none of them: no claim matches)."""

    location: str | None = None
    codes: tuple[str, ...] | None = None
    claimant: str | None = None
    since: str | None = None
    until: str | None = None
    side: str | None = None
    action: str | None = None
    weapon: str | None = None
    report_id: str | None = None

    @classmethod
    def of(cls, **fields: Unpack[ClaimFields]) -> ClaimFilter:
        """A filter from a caller's values: dates and date-times as days, empty as unset."""
        place = fields.get("location")
        return cls(
            location=(place or None) if isinstance(place, str) else None,
            codes=None if place is None or isinstance(place, str) else tuple(place),
            claimant=fields.get("claimant") or None,
            since=day(fields.get("since")),
            until=day(fields.get("until")),
            side=fields.get("side") or None,
            action=fields.get("action") or None,
            weapon=fields.get("weapon") or None,
            report_id=fields.get("report_id"),
        )

    @property
    def placed(self) -> bool:
        """Whether there is a place filter at all."""
        return bool(self.location) or self.codes is not None

    def places(self) -> tuple[str, ...] | None:
        """The exact codes the place filter stands for; None for a prefix or no filter."""
        if self.codes is not None:
            return self.codes
        if not self.location or self.location.endswith(PREFIX_ENDS):
            return None
        return (self.location,)

    def keeps_place(self, code: str | None) -> bool:
        if not self.placed:
            return True
        if code is None:
            return False
        places = self.places()
        return code in places if places is not None else code.startswith(self.location or "")

    def without_place(self) -> ClaimFilter:
        return replace(self, location=None, codes=None)


def claim_conditions(f: ClaimFilter, table: sa.FromClause = claims) -> list[sa.ColumnElement[bool]]:
    """The filter on `table`: the claims table, or the same named with an index to walk."""
    where: list[sa.ColumnElement[bool]] = []
    places = f.places()
    c = table.c
    if f.location and places is None:
        # A range rather than LIKE: it walks the index, and "_" or "%" in codes mean nothing.
        upper = f.location[:-1] + chr(ord(f.location[-1]) + 1)
        where += [c.location >= f.location, c.location < upper]
    elif places is not None:
        where.append(c.location.in_(places))
    if f.since or f.until:
        # Not BETWEEN: PostgreSQL's grammar takes no COLLATE on its bounds.
        where += [claim_day(table) >= (f.since or "0"), claim_day(table) <= (f.until or "9")]
    if f.claimant:
        where.append(contains_folded(c.claimant, f.claimant))
    for column, value in (
        (c.claimant_side, f.side),
        (c.action, f.action),
        (c.weapon, f.weapon),
        (c.report_id, f.report_id),
    ):
        if value:
            where.append(column == value)
    return where


def claims_with_reports(table: sa.FromClause = claims) -> sa.Select[tuple[Any, ...]]:
    """Claims beside their report's source and publication time."""
    return sa.select(
        table,
        reports.c.source.label("report_source"),
        reports.c.published.label("report_published"),
    ).select_from(table.join(reports, reports.c.id == table.c.report_id))


# By date, oldest first (the command line and the exports); claims without a date last.
BY_DATE = (
    claims.c.date.is_(None),
    claims.c.date,
    reports.c.published.nulls_first(),
    claims.c.report_id,
    claims.c.ordinal,
)
# Newest first (the dashboard), paged by (CLAIM_DAY, id).
NEWEST_FIRST = (CLAIM_DAY.desc(), claims.c.id.desc())


def claim_record(row: rows.Read, *, with_id: bool = False) -> dict[str, Any]:
    """A claim as the callers see it: Claim.to_dict() plus its report's id, source and time
    (and the row id, which the dashboard pages by)."""
    record: dict[str, Any] = {"id": row["id"]} if with_id else {}
    record["report_id"] = row["report_id"]
    record["ordinal"] = row["ordinal"]
    record.update(rows.claim_dict(row))
    record["source"] = row["report_source"]
    record["published"] = row["report_published"]
    return record


@dataclass(frozen=True, slots=True)
class ReportFilter:
    since: str | None = None  # first publication day, YYYY-MM-DD
    until: str | None = None  # last publication day
    source: str | None = None
    lang: str | None = None
    query: str | None = None  # words of a full-text search


def report_conditions(
    f: ReportFilter, matching: Callable[[str], sa.ColumnElement[bool]]
) -> list[sa.ColumnElement[bool]]:
    """`matching` turns the search words into the engine's full-text condition."""
    where: list[sa.ColumnElement[bool]] = []
    if f.since:
        where.append(f.since <= REPORT_TIME)
    if f.until:
        # Published times carry a time of day: every time on that day sorts before "<day>U"
        # ("T" < "U"), with no date arithmetic that 9999-12-31 would overflow.
        where.append(f"{f.until}U" > REPORT_TIME)
    for column, value in ((reports.c.source, f.source), (reports.c.lang, f.lang)):
        if value:
            where.append(column == value)
    if f.query:
        where.append(matching(f.query))
    return where
