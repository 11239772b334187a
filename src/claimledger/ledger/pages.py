"""The dashboard's lists: filtered, newest first, a page at a time from a keyset position.

Each method returns up to `count` rows after `key` (the sort key of the last row of the page
before, None for the first page); the web stage asks for one more than it shows, to know
whether there is a next page. Claims run by (coalesce(date, ''), id), reports by
(coalesce(published, ''), id), markers, checks and media by id; migrations 0010_web and
0200_store index exactly these orders.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from claimledger.ledger import query, search
from claimledger.ledger.database import Database
from claimledger.ledger.errors import LedgerError, SearchError
from claimledger.ledger.functions import indexed_by
from claimledger.ledger.query import CLAIM_DAY, REPORT_TIME, ClaimFilter, ReportFilter
from claimledger.ledger.tables import checks, claims, markers, reports

_CLAIM_COUNT = (
    sa.select(sa.func.count())
    .select_from(claims)
    .where(claims.c.report_id == reports.c.id)
    .scalar_subquery()
)


class Pages:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- claims ------------------------------------------------------------------------------

    def claims(
        self,
        f: ClaimFilter,
        key: Sequence[Any] | None,
        count: int,
        present: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """`present`: the place codes claims have (Readers.claim_locations), when the caller
        keeps them; a place filter reads them otherwise (a walk of the location index)."""
        if f.placed:
            known = self._locations() if present is None else present
            codes = [code for code in known if f.keeps_place(code)]
            return self._claims_at_places(f.without_place(), codes, key, count)
        where = query.claim_conditions(f)
        if key:
            where.append(sa.tuple_(CLAIM_DAY, claims.c.id) < sa.tuple_(*key))
        statement = query.claims_with_reports().where(*where)
        statement = statement.order_by(*query.NEWEST_FIRST).limit(count)
        return [query.claim_record(row, with_id=True) for row in self._db.rows(statement)]

    def iter_claims(self, f: ClaimFilter, key: Sequence[Any] | None) -> Iterator[dict[str, Any]]:
        """Matching claims one at a time from a keyset position (for filters SQL cannot
        apply: statuses, assessed in memory)."""
        where = query.claim_conditions(f)
        if key:
            where.append(sa.tuple_(CLAIM_DAY, claims.c.id) < sa.tuple_(*key))
        statement = query.claims_with_reports().where(*where).order_by(*query.NEWEST_FIRST)
        for row in self._db.stream(statement):
            yield query.claim_record(row, with_id=True)

    def _locations(self) -> list[str]:
        statement = (
            sa.select(claims.c.location)
            .distinct()
            .where(claims.c.location.is_not(None))
            .order_by(claims.c.location)
        )
        return list(self._db.execute(statement).scalars())

    def _claims_at_places(
        self, f: ClaimFilter, codes: list[str], key: Sequence[Any] | None, count: int
    ) -> list[dict[str, Any]]:
        """The first `count` claims at any of `codes`, newest first: each place's keys are read
        in order from the (location, date) index, the short lists merged, and only the winners
        read whole. A region with its towns costs a few index walks, not a sort of its claims."""
        walked = indexed_by(claims, "claims_web_location")
        day = query.claim_day(walked)
        # One statement for every place, the place a parameter: built and keyed once.
        where = [*query.claim_conditions(f, walked), walked.c.location == sa.bindparam("code")]
        if key:
            where.append(sa.tuple_(day, walked.c.id) < sa.tuple_(*key))
        statement = (
            sa.select(day.label("k"), walked.c.id)
            .select_from(walked)
            .where(*where)
            .order_by(day.desc(), walked.c.id.desc())
            .limit(count)
        )
        runs: list[list[Any]] = [
            list(self._db.execute(statement, {"code": code}).all()) for code in codes
        ]
        merged = itertools.islice(heapq.merge(*runs, reverse=True), count)
        winners = [walked_key[1] for walked_key in merged]
        if not winners:
            return []
        statement = query.claims_with_reports().where(claims.c.id.in_(winners))
        found = {
            row["id"]: query.claim_record(row, with_id=True) for row in self._db.rows(statement)
        }
        return [found[claim_id] for claim_id in winners]

    # -- reports and search -------------------------------------------------------------------

    def reports(
        self, f: ReportFilter, key: Sequence[Any] | None, count: int
    ) -> list[dict[str, Any]]:
        where = query.report_conditions(f, self._matching)
        if key:
            where.append(sa.tuple_(REPORT_TIME, reports.c.id) < sa.tuple_(*key))
        statement = (
            sa.select(
                *(reports.c[name] for name in ("id", "version", "source", "published", "lang")),
                reports.c.url,
                sa.func.substr(reports.c.text, 1, 280).label("excerpt"),
                sa.func.length(reports.c.text).label("length"),
                _CLAIM_COUNT.label("claims"),
            )
            .where(*where)
            .order_by(REPORT_TIME.desc(), reports.c.id.desc())
            .limit(count)
        )
        return [dict(row) for row in self._searching(statement)]

    def search(
        self, text: str, opening: str, closing: str, limit: int, offset: int
    ) -> list[dict[str, Any]]:
        """Reports matching a search box's words, best first, with a snippet whose matches are
        between `opening` and `closing`, and their numbers of claims."""
        words = self._words(text)
        ranked = search.ranked(self._db.dialect, words, opening, closing, 16)
        statement = ranked.add_columns(_CLAIM_COUNT.label("claims")).limit(limit).offset(offset)
        return [dict(row) for row in self._searching(statement)]

    def _matching(self, text: str) -> sa.ColumnElement[bool]:
        return search.matching(self._db.dialect, self._words(text))

    def _words(self, text: str) -> str:
        return search.words(self._db.dialect, text)

    def _searching(self, statement: sa.Select[Any]) -> list[Any]:
        try:
            return self._db.rows(statement)
        except LedgerError as exc:
            # The engine refused the query itself (FTS5 syntax): the searcher's words, not the
            # ledger, are at fault.
            if "fts5" in str(exc) or "MATCH" in str(exc) or "tsquery" in str(exc):
                raise SearchError(f"search query not understood: {exc.__cause__}") from None
            raise

    # -- markers, checks, sources ----------------------------------------------------------------

    def markers(
        self, kind: str | None, report_id: str | None, before: int | None, count: int
    ) -> list[dict[str, Any]]:
        return self._children(markers, {"kind": kind, "report_id": report_id}, before, count)

    def checks(
        self,
        verdict: str | None,
        kind: str | None,
        report_id: str | None,
        before: int | None,
        count: int,
    ) -> list[dict[str, Any]]:
        filters = {"verdict": verdict, "kind": kind, "report_id": report_id}
        return self._children(checks, filters, before, count)

    def _children(
        self, table: sa.Table, filters: dict[str, str | None], before: int | None, count: int
    ) -> list[dict[str, Any]]:
        where = [table.c[name] == value for name, value in filters.items() if value]
        if before is not None:
            where.append(table.c.id < before)
        statement = (
            sa.select(table, reports.c.source, reports.c.published)
            .select_from(table.join(reports, reports.c.id == table.c.report_id))
            .where(*where)
            .order_by(table.c.id.desc())
            .limit(count)
        )
        return [_child_record(row) for row in self._db.rows(statement)]

    def sources(self) -> list[dict[str, Any]]:
        """Each distinct source with its numbers of reports and claims, first and last report."""
        statement = (
            sa.select(
                reports.c.source,
                sa.func.count(sa.distinct(reports.c.id)).label("reports"),
                sa.func.count(claims.c.id).label("claims"),
                sa.func.min(reports.c.published).label("first"),
                sa.func.max(reports.c.published).label("last"),
            )
            .select_from(reports.outerjoin(claims, claims.c.report_id == reports.c.id))
            .group_by(reports.c.source)
            .order_by(sa.literal_column("reports").desc(), reports.c.source)
        )
        return [dict(row) for row in self._db.rows(statement)]


def _child_record(row: Any) -> dict[str, Any]:
    record = {k: v for k, v in row.items() if not k.startswith("evidence_")}
    record["evidence"] = {
        "text": row["evidence_text"],
        "start": row["evidence_start"],
        "end": row["evidence_end"],
    }
    return record
