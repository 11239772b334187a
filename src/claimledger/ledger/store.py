"""The ledger: an SQLite file of reports and everything read from them.

There is one way in, `Ledger.write`, and it writes whole reports: a report, its claims, quotes,
markers, checks and media mentions go in one transaction with the rest of their batch, so a
crash or a kill leaves either all of a report or none of it.

Versions: a report is keyed by its id. Writing a report whose id and text are stored already
(as the current or an earlier version) changes nothing. Writing one whose id is stored with a
different text (an edited post) makes the new text the current version in `reports` (version
n + 1, with its own claims) and moves the old one, with its extraction as JSON, to
`report_versions`. The latest text written is the current one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from claimledger.ledger import backend, rows
from claimledger.ledger.schema import LedgerError, connect, explain
from claimledger.model import Extraction, Report

DEFAULT_DB = Path("claimledger.db")
DEFAULT_BATCH = 500


@dataclass(slots=True)
class WriteStats:
    """What a write did: reports new, already stored (unchanged), stored as a new version."""

    new: int = 0
    unchanged: int = 0
    changed: int = 0
    claims: int = 0  # claim rows written

    def add(self, other: WriteStats) -> None:
        self.new += other.new
        self.unchanged += other.unchanged
        self.changed += other.changed
        self.claims += other.claims

    @property
    def reports(self) -> int:
        return self.new + self.unchanged + self.changed


class Ledger:
    """A ledger file, open. Use `Ledger.open(path)`, best as a context manager."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._db = connection
        self.path = path
        # Case-insensitive matching beyond ASCII (SQLite's lower() knows only A-Z).
        self._db.create_function("casefold", 1, _casefold, deterministic=True)

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, *, create: bool = True) -> Ledger:
        """Open (and with `create`, make) the ledger at `path`; raises LedgerError.

        A `postgresql://` URL opens a PostgreSQL ledger instead (ledger/backend.py)."""
        # -- backend dispatch (issue 10: PostgreSQL) -------------------------------------------
        if backend.is_database_url(path):
            return backend.open_postgres(str(path), create=create)
        # -- end of backend dispatch -----------------------------------------------------------
        return cls(connect(path, create=create), str(path))

    @property
    def connection(self) -> sqlite3.Connection:
        """The open SQLite connection, for read-only queries of other stages (web, exports).
        Writes go through `write` only."""
        return self._db

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Reports whose text matches an FTS5 query, best first: id, source, published and a
        snippet with the matches between [ and ]."""
        sql = (
            "SELECT r.id, r.source, r.published, "
            "snippet(reports_fts, 0, '[', ']', ' … ', 12) AS snippet "
            "FROM reports_fts JOIN reports r ON r.rowid = reports_fts.rowid "
            "WHERE reports_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        return [dict(row) for row in self._query(sql, (query, limit))]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------

    def write(
        self, extractions: Iterable[Extraction], batch_size: int = DEFAULT_BATCH
    ) -> WriteStats:
        """Store extractions, `batch_size` reports per transaction; a failed batch leaves no trace.

        Batches committed before a failure stay; the failure is raised (LedgerError for
        database errors) after its batch is rolled back.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        stats = WriteStats()
        for batch in _batches(extractions, batch_size):
            stats.add(self._write_batch(batch))
        return stats

    def stored(self, reports: Sequence[Report]) -> list[bool]:
        """For each report, whether its id and text are in the ledger already (any version)."""
        return [self._stored_version(r.id, rows.text_sha256(r.text)) is not None for r in reports]

    def _write_batch(self, batch: list[Extraction]) -> WriteStats:
        stats = WriteStats()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for extraction in batch:
                    self._write_one(extraction, now, stats)
                self._db.execute("COMMIT")
            except BaseException:
                # SQLite rolls back by itself on some errors (a full disk); then there is
                # nothing left to undo, and a second ROLLBACK would hide the first error.
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise LedgerError(explain(self.path, exc)) from exc
        return stats

    def _write_one(self, extraction: Extraction, now: str, stats: WriteStats) -> None:
        report = extraction.report
        sha = rows.text_sha256(report.text)
        current = self._db.execute(
            "SELECT version, text_sha256 FROM reports WHERE id = ?", (report.id,)
        ).fetchone()
        if current is None:
            self._db.execute(
                rows.insert_sql("reports", rows.REPORT_COLUMNS), rows.report_row(report, now)
            )
            stats.new += 1
        elif self._stored_version(report.id, sha) is not None:
            stats.unchanged += 1
            return
        else:
            self._supersede(report, current["version"], now)
            stats.changed += 1
        stats.claims += self._insert_children(extraction)

    def _supersede(self, report: Report, version: int, now: str) -> None:
        """Move the current version to report_versions and put `report` in its place."""
        old = self.report(report.id)
        assert old is not None  # the caller found its row inside this transaction
        self._db.execute(
            """INSERT INTO report_versions (report_id, version, source, published, lang, url, text,
                   text_sha256, meta, ingested_at, superseded_at, extraction)
               SELECT id, version, source, published, lang, url, text, text_sha256, meta,
                   ingested_at, ?, ? FROM reports WHERE id = ?""",
            (now, rows.dumps(old.to_dict()), report.id),
        )
        for table in rows.CHILD_TABLES:
            self._db.execute(f"DELETE FROM {table} WHERE report_id = ?", (report.id,))
        row = rows.report_row(report, now)
        assignments = ", ".join(f"{column} = ?" for column in rows.REPORT_COLUMNS[1:])
        self._db.execute(
            f"UPDATE reports SET version = ?, {assignments} WHERE id = ?",
            (version + 1, *row[1:], report.id),
        )

    def _insert_children(self, extraction: Extraction) -> int:
        children = rows.child_rows(extraction)
        for table, columns in rows.CHILD_TABLES.items():
            if children[table]:
                self._db.executemany(rows.insert_sql(table, columns), children[table])
        return len(children["claims"])

    def _stored_version(self, report_id: str, sha: str) -> int | None:
        row = self._db.execute(
            """SELECT version FROM reports WHERE id = ? AND text_sha256 = ?
               UNION ALL
               SELECT version FROM report_versions WHERE report_id = ? AND text_sha256 = ?
               LIMIT 1""",
            (report_id, sha, report_id, sha),
        ).fetchone()
        return None if row is None else int(row[0])

    # -- reading -----------------------------------------------------------------------------

    def claims(
        self,
        location: str | Sequence[str] | None = None,
        claimant: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        action: str | None = None,
        weapon: str | None = None,
        limit: int | None = None,
        report_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Claims of the current report versions, by date, each as Claim.to_dict() plus its
        report's id, source and publication time.

        `location`: an exact code ("RU-KLU"), a prefix ending in "-" or ":" ("RU-", "city:"), or
        a sequence of codes, any of which matches (`Gazetteer.place_filter("RU-KLU")` gives the
        region with its towns and districts).
        `claimant`: a case-insensitive part of the claimant's name. `since`/`until`: inclusive
        bounds on the claim's date (claims with no date are left out when either is given).
        `report_id`: the claims of one report.
        """
        return list(
            self.iter_claims(location, claimant, since, until, action, weapon, limit, report_id)
        )

    def iter_claims(
        self,
        location: str | Sequence[str] | None = None,
        claimant: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        action: str | None = None,
        weapon: str | None = None,
        limit: int | None = None,
        report_id: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """As `claims`, one at a time: for exports of the whole ledger."""
        where, params = _claim_filters(location, claimant, since, until, action, weapon)
        if report_id is not None:
            where.append("c.report_id = ?")
            params.append(report_id)
        sql = (
            "SELECT c.*, r.source AS report_source, r.published AS report_published "
            "FROM claims c JOIN reports r ON r.id = c.report_id"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + " ORDER BY c.date IS NULL, c.date, r.published, c.report_id, c.ordinal"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        try:
            for row in self._db.execute(sql, params):
                yield _claim_record(row)
        except sqlite3.Error as exc:
            raise LedgerError(explain(self.path, exc)) from exc

    def iter_claims_in_context(self) -> Iterator[dict[str, Any]]:
        """Every current claim with what the incidents stage needs of its report: the text
        (for near-duplicate detection), language, metadata (forwards) and marker kinds."""
        sql = (
            "SELECT c.*, r.source AS report_source, r.published AS report_published, "
            "r.text AS report_text, r.lang AS report_lang, r.meta AS report_meta, "
            "(SELECT group_concat(m.kind) FROM markers m WHERE m.report_id = c.report_id) "
            "AS marker_kinds "
            "FROM claims c JOIN reports r ON r.id = c.report_id "
            "ORDER BY r.published, c.report_id, c.ordinal"
        )
        try:
            for row in self._db.execute(sql):
                record = _claim_record(row)
                record["report_text"] = row["report_text"]
                record["report_lang"] = row["report_lang"]
                record["report_meta"] = json.loads(row["report_meta"] or "{}")
                kinds = row["marker_kinds"]
                record["marker_kinds"] = sorted(set(kinds.split(","))) if kinds else []
                yield record
        except sqlite3.Error as exc:
            raise LedgerError(explain(self.path, exc)) from exc

    def report(self, report_id: str) -> Extraction | None:
        """The current version of a report with everything read from it, or None."""
        row = self._query_one("SELECT * FROM reports WHERE id = ?", (report_id,))
        if row is None:
            return None
        return Extraction(
            report=rows.report_from_row(row),
            claims=[rows.claim_from_row(r) for r in self._children("claims", report_id)],
            quotes=[rows.quote_from_row(r) for r in self._children("quotes", report_id)],
            markers=[rows.marker_from_row(r) for r in self._children("markers", report_id)],
            checks=[rows.check_from_row(r) for r in self._children("checks", report_id)],
            media=[rows.media_from_row(r) for r in self._children("media_mentions", report_id)],
        )

    def report_ids(self, prefix: str, limit: int = 10) -> list[str]:
        """Ids of current reports starting with `prefix` (ids are long; users type the start)."""
        found = self._query(
            "SELECT id FROM reports WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?",
            (len(prefix), prefix, limit),
        )
        return [row[0] for row in found]

    def versions(self, report_id: str) -> list[dict[str, Any]]:
        """Earlier versions of a report, oldest first: version, text, times and the extraction
        (Extraction.to_dict() form) that was stored for it."""
        found = self._query(
            "SELECT * FROM report_versions WHERE report_id = ? ORDER BY version", (report_id,)
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
        row = self._query_one("SELECT version FROM reports WHERE id = ?", (report_id,))
        return None if row is None else int(row[0])

    def counts(self) -> dict[str, int]:
        """Rows per table: reports, report_versions, claims, quotes, markers, checks, media."""
        tables = ("reports", "report_versions", *rows.CHILD_TABLES)
        return {table: int(self._query_one(f"SELECT count(*) FROM {table}")[0]) for table in tables}

    def _children(self, table: str, report_id: str) -> list[sqlite3.Row]:
        return self._query(
            f"SELECT * FROM {table} WHERE report_id = ? ORDER BY ordinal", (report_id,)
        )

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            return list(self._db.execute(sql, params))
        except sqlite3.Error as exc:
            raise LedgerError(explain(self.path, exc)) from exc

    def _query_one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        found = self._query(sql, params)
        return found[0] if found else None


def _batches(items: Iterable[Extraction], size: int) -> Iterator[list[Extraction]]:
    # A batch is taken whole before its transaction opens, so producing extractions (the slow
    # part) never holds the write lock.
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _claim_filters(
    location: str | Sequence[str] | None,
    claimant: str | None,
    since: str | date | None,
    until: str | date | None,
    action: str | None,
    weapon: str | None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if isinstance(location, str) and location:
        if location.endswith(("-", ":")):
            # A range instead of LIKE: uses the index, and "_" or "%" in codes mean nothing.
            where.append("c.location >= ? AND c.location < ?")
            params += [location, location[:-1] + chr(ord(location[-1]) + 1)]
        else:
            where.append("c.location = ?")
            params.append(location)
    elif location is not None and not isinstance(location, str):
        # A region with its towns and districts (Gazetteer.place_filter); none: no claim.
        codes = list(location)
        where.append(f"c.location IN ({', '.join(['?'] * len(codes))})" if codes else "0 = 1")
        params += codes
    if claimant:
        where.append("instr(casefold(c.claimant), ?) > 0")
        params.append(claimant.casefold())
    for op, value in ((">=", since), ("<=", until)):
        if value:
            where.append(f"c.date {op} ?")
            params.append(_day(value))
    for column, value in (("c.action", action), ("c.weapon", weapon)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    return where, params


def _day(value: str | date) -> str:
    """YYYY-MM-DD, the form of claims.date, from a date, a date-time or ISO text."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value[:10]


def _claim_record(row: sqlite3.Row) -> dict[str, Any]:
    record = {"report_id": row["report_id"], "ordinal": row["ordinal"]}
    record.update(rows.claim_dict(row))
    record["source"] = row["report_source"]
    record["published"] = row["report_published"]
    return record


def _casefold(value: str | None) -> str | None:
    return value.casefold() if value is not None else None
