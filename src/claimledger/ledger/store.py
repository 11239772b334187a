"""The ledger: reports and everything read from them, in an SQLite file or a PostgreSQL database.

There is one way in for reports, `Ledger.write`, and it writes whole reports: a report, its
claims, quotes, markers, checks and media mentions go in one transaction with the rest of their
batch, so a crash or a kill leaves either all of a report or none of it. The other stages write
through the ledger's other parts (`tokens`, `sources`, `reviews`, `incidents`, `media`), each
write one transaction; nothing outside this package touches the database.

Versions: a report is keyed by its id. Writing a report whose id and text are stored already
(as the current or an earlier version) changes nothing. Writing one whose id is stored with a
different text (an edited post) makes the new text the current version in `reports` (version
n + 1, with its own claims) and moves the old one, with its extraction as JSON, to
`report_versions`. The latest text written is the current one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Self, Unpack

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.ledger import query, rows, search
from claimledger.ledger.bulk import insert_rows
from claimledger.ledger.database import Connector, Database
from claimledger.ledger.exports import Exports
from claimledger.ledger.media import MediaTables
from claimledger.ledger.pages import Pages
from claimledger.ledger.readers import Readers
from claimledger.ledger.records import WebTables
from claimledger.ledger.tables import CHILD_TABLES, report_versions, reports
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


class Ledger(Readers):
    """A ledger, open. Use `Ledger.open(path or URL)`, best as a context manager."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self.path = database.where
        web = WebTables(database)
        self.tokens = web.tokens
        self.sources = web.sources
        self.media = MediaTables(database)
        self.exports = Exports(database)
        self.pages = Pages(database)

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, *, create: bool = True) -> Ledger:
        """Open (and with `create`, make) the ledger at a path or `postgresql://` URL; raises
        LedgerError in words a user can act on."""
        return cls(Database.open(path, create=create))

    @classmethod
    def connect(cls, connector: Connector, *, create: bool = False) -> Ledger:
        """Open the ledger a kept Connector reaches (the dashboard's requests share one)."""
        return cls(connector.open(create=create))

    @property
    def engine(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self._db.dialect

    @property
    def file(self) -> Path | None:
        """The SQLite file (None for PostgreSQL or an in-memory ledger)."""
        return self._db.file

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
        known = self._known_texts(self._db.connection, [report.id for report in reports])
        return [(r.id, rows.text_sha256(r.text)) in known for r in reports]

    def _write_batch(self, batch: list[Extraction]) -> WriteStats:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        keys = [extraction.report.id for extraction in batch]
        return self._db.atomic(lambda connection: self._write_in(connection, batch, now), keys)

    def _write_in(self, connection: Connection, batch: list[Extraction], now: str) -> WriteStats:
        # Whole batches of rows per statement: the per-statement cost, not the rows, is what
        # a batch of small reports spends its time on.
        stats = WriteStats()
        ids = sorted({extraction.report.id for extraction in batch})
        current, known = self._current(connection, ids)
        pending = _Pending()
        for extraction in batch:
            report = extraction.report
            sha = rows.text_sha256(report.text)
            version = current.get(report.id)
            if version is None:
                pending.reports.append(rows.report_row(report, now))
                current[report.id] = 1
                stats.new += 1
            elif (report.id, sha) in known:
                stats.unchanged += 1
                continue
            else:
                pending.flush(connection)  # the version superseded may be among them
                self._supersede(connection, report, version, now)
                current[report.id] = version + 1
                stats.changed += 1
            known.add((report.id, sha))
            pending.add_children(extraction)
            stats.claims += len(extraction.claims)
        pending.flush(connection)
        return stats

    def _current(
        self, connection: Connection, ids: list[str]
    ) -> tuple[dict[str, int], set[tuple[str, str]]]:
        """The current version of each of these reports that is stored, and (id, text hash) of
        every version stored. Earlier versions are looked up only for reports stored already:
        a batch of new reports costs one query."""
        found = connection.execute(
            sa.select(reports.c.id, reports.c.version, reports.c.text_sha256).where(
                reports.c.id.in_(ids)
            )
        )
        current = {}
        known = set()
        for row in found:
            current[row.id] = int(row.version)
            known.add((row.id, row.text_sha256))
        if current:
            known |= self._known_texts(connection, sorted(current))
        return current, known

    def _known_texts(self, connection: Connection, ids: list[str]) -> set[tuple[str, str]]:
        """(id, text hash) of every stored version of these reports."""
        if not ids:
            return set()
        current = sa.select(reports.c.id, reports.c.text_sha256).where(reports.c.id.in_(ids))
        older = sa.select(report_versions.c.report_id, report_versions.c.text_sha256).where(
            report_versions.c.report_id.in_(ids)
        )
        found = connection.execute(sa.union_all(current, older))
        return {(row[0], row[1]) for row in found}

    def _supersede(self, connection: Connection, report: Report, version: int, now: str) -> None:
        """Move the current version to report_versions and put `report` in its place."""
        old = self.report(report.id)
        assert old is not None  # the caller found its row inside this transaction
        copied = [c.name for c in report_versions.columns if c.name not in ("report_id",)]
        copied = [name for name in copied if name not in ("superseded_at", "extraction")]
        source = sa.select(
            reports.c.id,
            *(reports.c[name] for name in copied),
            sa.literal(now, sa.Text),
            sa.literal(rows.dumps(old.to_dict()), sa.Text),
        ).where(reports.c.id == report.id)
        connection.execute(
            sa.insert(report_versions).from_select(
                ["report_id", *copied, "superseded_at", "extraction"], source
            )
        )
        for table in CHILD_TABLES.values():
            connection.execute(sa.delete(table).where(table.c.report_id == report.id))
        values = dict(zip(rows.REPORT_COLUMNS, rows.report_row(report, now), strict=True))
        del values["id"]
        update = sa.update(reports).where(reports.c.id == report.id)
        connection.execute(update.values(version=version + 1, **values))

    # -- reading -----------------------------------------------------------------------------

    def claims(
        self, limit: int | None = None, **fields: Unpack[query.ClaimFields]
    ) -> list[dict[str, Any]]:
        """Claims of the current report versions, by date, each as Claim.to_dict() plus its
        report's id, source and publication time (the filters: query.ClaimFilter)."""
        return list(self.select_claims(query.ClaimFilter.of(**fields), limit))

    def iter_claims(
        self, limit: int | None = None, **fields: Unpack[query.ClaimFields]
    ) -> Iterator[dict[str, Any]]:
        """As `claims`, one at a time: for exports of the whole ledger."""
        return self.select_claims(query.ClaimFilter.of(**fields), limit)

    def select_claims(
        self, flt: query.ClaimFilter, limit: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """Claims matching a filter, by date, one at a time."""
        statement = query.claims_with_reports().where(*query.claim_conditions(flt))
        statement = statement.order_by(*query.BY_DATE).limit(limit)
        for row in self._db.stream(statement):
            yield query.claim_record(row)

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Reports matching a query in the engine's own syntax (FTS5's on SQLite, web-search
        style on PostgreSQL), best first: id, source, published and a snippet with the
        matches between [ and ]."""
        statement = search.ranked(self._db.dialect, text, "[", "]", 12, typed=True).limit(limit)
        found = self._db.rows(statement)
        return [{k: row[k] for k in ("id", "source", "published", "snippet")} for row in found]


@dataclass(slots=True)
class _Pending:
    """Rows of a batch not written yet, per table, in the order they are to be written."""

    reports: list[rows.Row] = field(default_factory=list)
    children: dict[str, list[rows.Row]] = field(
        default_factory=lambda: {table: [] for table in CHILD_TABLES}
    )

    def add_children(self, extraction: Extraction) -> None:
        for table, found in rows.child_rows(extraction).items():
            self.children[table] += found

    def flush(self, connection: Connection) -> None:
        insert_rows(connection, reports, rows.REPORT_COLUMNS, self.reports)
        self.reports = []
        for name, table in CHILD_TABLES.items():
            insert_rows(connection, table, rows.CHILD_TABLES[name], self.children[name])
            self.children[name] = []


def _batches(items: Iterable[Extraction], size: int) -> Iterator[list[Extraction]]:
    # A batch is taken whole before its transaction opens, so producing extractions (the slow
    # part) never holds the write lock.
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
