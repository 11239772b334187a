"""Reading reports back: whole extractions, versions, counts, and the claims in their context."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import RowMapping

from claimledger.ledger import query, rows
from claimledger.ledger.database import Database
from claimledger.ledger.tables import (
    CHILD_TABLES,
    claims,
    markers,
    report_versions,
    reports,
    web_sources,
)
from claimledger.model import Extraction


class Readers:
    """The ledger's reads of reports (a base of Ledger)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def report(self, report_id: str) -> Extraction | None:
        """The current version of a report with everything read from it, or None."""
        row = self._db.one(sa.select(reports).where(reports.c.id == report_id))
        if row is None:
            return None
        children = {name: self._children(name, report_id) for name in CHILD_TABLES}
        return Extraction(
            report=rows.report_from_row(row),
            claims=[rows.claim_from_row(r) for r in children["claims"]],
            quotes=[rows.quote_from_row(r) for r in children["quotes"]],
            markers=[rows.marker_from_row(r) for r in children["markers"]],
            checks=[rows.check_from_row(r) for r in children["checks"]],
            media=[rows.media_from_row(r) for r in children["media_mentions"]],
        )

    def _children(self, name: str, report_id: str) -> list[RowMapping]:
        table = CHILD_TABLES[name]
        return self._db.rows(
            sa.select(table).where(table.c.report_id == report_id).order_by(table.c.ordinal)
        )

    def report_ids(self, prefix: str, limit: int = 10) -> list[str]:
        """Ids of current reports starting with `prefix` (ids are long; users type the start)."""
        found = self._db.execute(
            sa.select(reports.c.id)
            .where(sa.func.substr(reports.c.id, 1, len(prefix)) == prefix)
            .order_by(reports.c.id)
            .limit(limit)
        )
        return list(found.scalars())

    def versions(self, report_id: str) -> list[dict[str, Any]]:
        """Earlier versions of a report, oldest first: version, text, times and the extraction
        (Extraction.to_dict() form) that was stored for it."""
        found = self._db.rows(
            sa.select(report_versions)
            .where(report_versions.c.report_id == report_id)
            .order_by(report_versions.c.version)
        )
        return [
            {
                "version": row["version"],
                "text": row["text"],
                "published": row["published"],
                "ingested_at": row["ingested_at"],
                "superseded_at": row["superseded_at"],
                "extraction": json.loads(row["extraction"]),
            }
            for row in found
        ]

    def version(self, report_id: str) -> int | None:
        """The current version number of a report (1 for never edited), or None."""
        found = self._db.scalar(sa.select(reports.c.version).where(reports.c.id == report_id))
        return None if found is None else int(found)

    def report_meta(self, report_id: str) -> dict[str, Any] | None:
        """What a report's page shows beside its extraction: version, url, metadata, when
        stored."""
        row = self._db.one(
            sa.select(
                reports.c.version, reports.c.url, reports.c.meta, reports.c.ingested_at
            ).where(reports.c.id == report_id)
        )
        if row is None:
            return None
        return {
            "version": row["version"],
            "url": row["url"],
            "meta": json.loads(row["meta"] or "{}"),
            "ingested_at": row["ingested_at"],
        }

    def counts(self) -> dict[str, int]:
        """Rows per table: reports, report_versions, claims, quotes, markers, checks, media."""
        tables = {"reports": reports, "report_versions": report_versions, **CHILD_TABLES}
        counted = sa.select(
            *(
                sa.select(sa.func.count()).select_from(table).scalar_subquery().label(name)
                for name, table in tables.items()
            )
        )
        row = self._db.one(counted)
        assert row is not None  # a select of counts has one row
        return {name: int(row[name]) for name in tables}

    def iter_claims_in_context(
        self, report_ids: list[str] | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every current claim with what the incidents stage needs of its report: the text
        (for near-duplicate detection), language, metadata (forwards), marker kinds and the
        report's version; only the claims of `report_ids` when given."""
        kinds = (
            sa.select(sa.func.aggregate_strings(markers.c.kind, ","))
            .where(markers.c.report_id == claims.c.report_id)
            .scalar_subquery()
        )
        statement = (
            query.claims_with_reports()
            .add_columns(
                reports.c.text.label("report_text"),
                reports.c.lang.label("report_lang"),
                reports.c.meta.label("report_meta"),
                kinds.label("marker_kinds"),
                reports.c.version.label("report_version"),
            )
            .order_by(reports.c.published.nulls_first(), claims.c.report_id, claims.c.ordinal)
        )
        if report_ids is not None:
            statement = statement.where(claims.c.report_id.in_(report_ids))
        for row in self._db.stream(statement):
            record = query.claim_record(row)
            record["report_text"] = row["report_text"]
            record["report_lang"] = row["report_lang"]
            record["report_meta"] = json.loads(row["report_meta"] or "{}")
            found = row["marker_kinds"]
            record["marker_kinds"] = sorted(set(found.split(","))) if found else []
            record["report_version"] = int(row["report_version"])
            yield record

    def report_totals(self) -> tuple[int, int]:
        """(current reports, superseded versions): both grow with every write of a report (a
        new one, an edited one), and reports are never deleted, so a reader holding a version
        of every report knows from these two counts whether it holds them all. Index counts,
        not a walk over the reports."""
        totals = sa.select(
            sa.select(sa.func.count()).select_from(reports).scalar_subquery().label("current"),
            sa.select(sa.func.count())
            .select_from(report_versions)
            .scalar_subquery()
            .label("superseded"),
        )
        row = self._db.one(totals)
        assert row is not None  # a select of counts has one row
        return int(row["current"]), int(row["superseded"])

    def reports_written_since(self, since: str | None) -> list[tuple[str, int, str]]:
        """(id, version, ingested_at) of the current reports written at or after `since` (an
        `ingested_at` time; every report when None): what a reader keeping results per report
        must look at again. Walks the `ingested_at` index, not the reports."""
        statement = sa.select(reports.c.id, reports.c.version, reports.c.ingested_at)
        if since is not None:
            statement = statement.where(reports.c.ingested_at >= since)
        found = self._db.rows(statement)
        return [(row["id"], int(row["version"]), str(row["ingested_at"])) for row in found]

    def report_languages(self) -> dict[str, str | None]:
        """The language of every current report, by id."""
        found = self._db.execute(sa.select(reports.c.id, reports.c.lang))
        return {row.id: row.lang for row in found}

    def report_links(self) -> dict[str, tuple[str | None, str | None]]:
        """(url, lang) of every current report, by id: one query, not one per claim."""
        found = self._db.execute(sa.select(reports.c.id, reports.c.url, reports.c.lang))
        return {row.id: (row.url, row.lang) for row in found}

    def iter_reports(self) -> Iterator[dict[str, Any]]:
        """Every current report without its extraction, by publication time and id."""
        statement = sa.select(
            *(reports.c[name] for name in ("id", "version", "source", "published", "lang")),
            *(reports.c[name] for name in ("url", "text", "meta", "ingested_at")),
        ).order_by(reports.c.published.nulls_first(), reports.c.id)
        for row in self._db.stream(statement):
            yield dict(row)

    def claim_locations(self) -> list[str]:
        """Every place code that some claim has (one walk of the location index)."""
        found = self._db.execute(
            sa.select(claims.c.location)
            .distinct()
            .where(claims.c.location.is_not(None))
            .order_by(claims.c.location)
        )
        return list(found.scalars())

    def state(self) -> tuple[Any, ...]:
        """Numbers that change with every write to the ledger's reports, claims or sources, so
        that a cache of results computed from the whole ledger knows when to drop them.

        Every write of a report sets its `ingested_at` to the time of the write (an edited one
        too), so the latest time, with the number of reports stored at that time, moves with
        each write; so do the largest claim and source ids. All four are index lookups, on
        both engines, however large the ledger: a count of every row would not be. (A clock
        set back between two writes could hide the second from this state.)"""
        latest = sa.select(sa.func.max(reports.c.ingested_at)).scalar_subquery()
        at_latest = (
            sa.select(sa.func.count())
            .select_from(reports)
            .where(reports.c.ingested_at == latest)
            .scalar_subquery()
        )
        state = sa.select(
            latest,
            at_latest,
            sa.select(sa.func.max(claims.c.id)).scalar_subquery(),
            sa.select(sa.func.max(web_sources.c.id)).scalar_subquery(),
        )
        row = self._db.execute(state).first()
        return tuple(row) if row is not None else ()
