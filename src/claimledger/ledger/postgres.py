"""The ledger in a PostgreSQL database, for a team: the SQLite `Ledger`'s methods and answers.

`Ledger.open("postgresql://user@host/db")` returns a `PostgresLedger`. The schema is the
migrations in `ledger/migrations_pg/`, one twin per SQLite migration it covers, recorded by the
same names in the same `migrations` table. SQLite migrations without a twin (stages that read
the SQLite file directly) are not required here.

Concurrent writers (two `claimledger ingest --db postgresql://...` at once): every batch is one
READ COMMITTED transaction that first takes a transaction-scoped advisory lock on each of its
report ids, in sorted order. Two writers touching the same report therefore take turns on it
(the second sees the first's commit and finds the report stored, unchanged or as a new version),
writers on different reports never wait for each other, and the sorted order keeps two batches
with overlapping ids from deadlocking. Primary keys and UNIQUE (report_id, ordinal) stay as the
backstop: a bug there fails loudly instead of duplicating. A batch that still meets a deadlock
or serialization failure is retried whole.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.rows import dict_row

from claimledger.ledger import rows
from claimledger.ledger.backend import redact
from claimledger.ledger.schema import LedgerError, Migration
from claimledger.ledger.store import Ledger, WriteStats, _claim_record, _day
from claimledger.model import Extraction, Report

if TYPE_CHECKING:
    from claimledger.ledger.backend import LedgerStore

PgConnection = psycopg.Connection[dict[str, Any]]

# The indexed expression of migrations_pg/0005_search.sql; queries must spell it the same.
SEARCH_VECTOR = "to_tsvector('simple'::regconfig, r.text || ' ' || coalesce(r.source, ''))"
SEARCH_CONFIG = "simple"
_HEADLINE = "StartSel=[, StopSel=], MaxWords=12, MinWords=4, MaxFragments=1"
# Advisory lock key of schema changes: two first opens of an empty database take turns.
_MIGRATION_LOCK = 0x636C_6D67  # "clmg"
_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
)
_RETRIED = (pg_errors.DeadlockDetected, pg_errors.SerializationFailure)
BATCH_ATTEMPTS = 3
CONNECT_TIMEOUT_S = 10
# Rows a streaming read fetches per round trip.
STREAM_ROWS = 2000


class PostgresLedger(Ledger):
    """A ledger in a PostgreSQL database. Open it with `Ledger.open(url)`."""

    def __init__(self, connection: PgConnection, url: str) -> None:
        # Not Ledger.__init__: that one wraps an SQLite connection; every method using it is
        # overridden here (tests/test_pg_backend.py checks that none is left over).
        self._pg = connection
        self.path = redact(url)

    @classmethod
    def from_url(cls, url: str, *, create: bool = True) -> PostgresLedger:
        """Connect to `url`, bring its schema up to date (with `create`, make it); LedgerError
        when the server cannot be reached or the database is not a ledger."""
        where = redact(url)
        try:
            connection = psycopg.connect(
                url, autocommit=True, row_factory=dict_row, connect_timeout=CONNECT_TIMEOUT_S
            )
        except psycopg.Error as exc:
            raise LedgerError(f"{where}: cannot connect: {_first_line(exc)}") from None
        try:
            migrate(connection, where, create=create)
        except psycopg.Error as exc:
            connection.close()
            raise LedgerError(explain(where, exc)) from None
        except LedgerError:
            connection.close()
            raise
        return cls(connection, url)

    @property
    def connection(self) -> sqlite3.Connection:
        """SQLite only: stages that query the SQLite file directly cannot use this backend."""
        raise LedgerError(
            f"{self.path}: this command reads an SQLite ledger directly and does not support "
            "PostgreSQL yet; use an SQLite ledger file for it"
        )

    @property
    def pg(self) -> PgConnection:
        """The open psycopg connection (autocommit, dict rows), for read-only queries of other
        stages. Writes go through `write` only."""
        return self._pg

    def close(self) -> None:
        self._pg.close()

    # -- writing -----------------------------------------------------------------------------

    def stored(self, reports: Sequence[Report]) -> list[bool]:
        ids = [report.id for report in reports]
        found = self._query(
            "SELECT id, text_sha256 FROM reports WHERE id = ANY(%s) "
            "UNION ALL "
            "SELECT report_id, text_sha256 FROM report_versions WHERE report_id = ANY(%s)",
            (ids, ids),
        )
        known = {(row["id"], row["text_sha256"]) for row in found}
        return [(report.id, rows.text_sha256(report.text)) in known for report in reports]

    def _write_batch(self, batch: list[Extraction]) -> WriteStats:
        for attempt in range(1, BATCH_ATTEMPTS + 1):
            try:
                return self._write_batch_once(batch)
            except _RETRIED as exc:
                if attempt == BATCH_ATTEMPTS:
                    raise LedgerError(explain(self.path, exc)) from exc
            except psycopg.Error as exc:
                raise LedgerError(explain(self.path, exc)) from exc
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _write_batch_once(self, batch: list[Extraction]) -> WriteStats:
        stats = WriteStats()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._pg.transaction():
            self._lock_reports(batch)
            for extraction in batch:
                self._write_one(extraction, now, stats)
        return stats

    def _lock_reports(self, batch: list[Extraction]) -> None:
        keys = sorted({lock_key(extraction.report.id) for extraction in batch})
        self._pg.execute("SELECT pg_advisory_xact_lock(k) FROM unnest(%s::bigint[]) AS k", (keys,))

    def _write_one(self, extraction: Extraction, now: str, stats: WriteStats) -> None:
        report = extraction.report
        sha = rows.text_sha256(report.text)
        current = self._query_one("SELECT version FROM reports WHERE id = %s", (report.id,))
        if current is None:
            self._pg.execute(
                _insert_sql("reports", rows.REPORT_COLUMNS), rows.report_row(report, now)
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
        old = self.report(report.id)
        assert old is not None  # the caller found its row inside this transaction
        self._pg.execute(
            """INSERT INTO report_versions (report_id, version, source, published, lang, url, text,
                   text_sha256, meta, ingested_at, superseded_at, extraction)
               SELECT id, version, source, published, lang, url, text, text_sha256, meta,
                   ingested_at, %s, %s FROM reports WHERE id = %s""",
            (now, rows.dumps(old.to_dict()), report.id),
        )
        for table in rows.CHILD_TABLES:
            self._pg.execute(f"DELETE FROM {table} WHERE report_id = %s", (report.id,))
        row = rows.report_row(report, now)
        assignments = ", ".join(f"{column} = %s" for column in rows.REPORT_COLUMNS[1:])
        self._pg.execute(
            f"UPDATE reports SET version = %s, {assignments} WHERE id = %s",
            (version + 1, *row[1:], report.id),
        )

    def _insert_children(self, extraction: Extraction) -> int:
        children = rows.child_rows(extraction)
        with self._pg.cursor() as cursor:
            for table, columns in rows.CHILD_TABLES.items():
                if children[table]:
                    cursor.executemany(_insert_sql(table, columns), children[table])
        return len(children["claims"])

    def _stored_version(self, report_id: str, sha: str) -> int | None:
        row = self._query_one(
            """SELECT version FROM reports WHERE id = %s AND text_sha256 = %s
               UNION ALL
               SELECT version FROM report_versions WHERE report_id = %s AND text_sha256 = %s
               LIMIT 1""",
            (report_id, sha, report_id, sha),
        )
        return None if row is None else int(row["version"])

    # -- reading -----------------------------------------------------------------------------

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
        where, params = _claim_filters(location, claimant, since, until, action, weapon)
        if report_id is not None:
            where.append("c.report_id = %s")
            params.append(report_id)
        sql = (
            "SELECT c.*, r.source AS report_source, r.published AS report_published "
            "FROM claims c JOIN reports r ON r.id = c.report_id"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            # NULLS FIRST on published: SQLite's order, which puts NULL before any value.
            + " ORDER BY c.date IS NULL, c.date, r.published NULLS FIRST, c.report_id, c.ordinal"
        )
        if limit is not None:
            sql += " LIMIT %s"
            params.append(int(limit))
        for row in self._stream(sql, params):
            yield _claim_record(row)

    def iter_claims_in_context(self) -> Iterator[dict[str, Any]]:
        sql = (
            "SELECT c.*, r.source AS report_source, r.published AS report_published, "
            "r.text AS report_text, r.lang AS report_lang, r.meta AS report_meta, "
            "(SELECT string_agg(m.kind, ',') FROM markers m WHERE m.report_id = c.report_id) "
            "AS marker_kinds "
            "FROM claims c JOIN reports r ON r.id = c.report_id "
            "ORDER BY r.published NULLS FIRST, c.report_id, c.ordinal"
        )
        for row in self._stream(sql, []):
            record = _claim_record(row)
            record["report_text"] = row["report_text"]
            record["report_lang"] = row["report_lang"]
            record["report_meta"] = json.loads(row["report_meta"] or "{}")
            kinds = row["marker_kinds"]
            record["marker_kinds"] = sorted(set(kinds.split(","))) if kinds else []
            yield record

    def report(self, report_id: str) -> Extraction | None:
        row = self._query_one("SELECT * FROM reports WHERE id = %s", (report_id,))
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
        found = self._query(
            "SELECT id FROM reports WHERE starts_with(id, %s) ORDER BY id LIMIT %s",
            (prefix, limit),
        )
        return [row["id"] for row in found]

    def versions(self, report_id: str) -> list[dict[str, Any]]:
        found = self._query(
            "SELECT * FROM report_versions WHERE report_id = %s ORDER BY version", (report_id,)
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
        row = self._query_one("SELECT version FROM reports WHERE id = %s", (report_id,))
        return None if row is None else int(row["version"])

    def counts(self) -> dict[str, int]:
        tables = ("reports", "report_versions", *rows.CHILD_TABLES)
        found = {table: self._query_one(f"SELECT count(*) AS n FROM {table}") for table in tables}
        return {table: int(row["n"]) for table, row in found.items()}

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Reports matching a web-search style query ("two words", "a phrase", -not, or),
        best first: id, source, published and a snippet with the matches between [ and ]."""
        sql = (
            "SELECT r.id, r.source, r.published, "
            f"ts_headline('{SEARCH_CONFIG}', r.text, q, '{_HEADLINE}') AS snippet "
            f"FROM reports r, websearch_to_tsquery('{SEARCH_CONFIG}', %s) AS q "
            f"WHERE {SEARCH_VECTOR} @@ q "
            f"ORDER BY ts_rank({SEARCH_VECTOR}, q) DESC, r.id LIMIT %s"
        )
        return self._query(sql, (query, limit))

    def _children(self, table: str, report_id: str) -> list[Any]:
        return self._query(
            f"SELECT * FROM {table} WHERE report_id = %s ORDER BY ordinal", (report_id,)
        )

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """All rows, as dicts (typed Any: the row readers of rows.py take them by column name)."""
        try:
            return self._pg.execute(sql, params).fetchall()
        except psycopg.Error as exc:
            raise LedgerError(explain(self.path, exc)) from exc

    def _query_one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        found = self._query(sql, params)
        return found[0] if found else None

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[Any]:
        # A server-side cursor WITH HOLD: rows come in pages, and the connection stays free for
        # other queries while a caller walks a whole ledger (as SQLite's cursors allow).
        cursor = self._pg.cursor(name=f"claims_{id(self):x}_{next(_cursor_numbers)}", withhold=True)
        cursor.itersize = STREAM_ROWS
        try:
            cursor.execute(sql, params)
            yield from cursor
        except psycopg.Error as exc:
            raise LedgerError(explain(self.path, exc)) from exc
        finally:
            if not self._pg.closed:
                cursor.close()


# Server-side cursors need names unique within the connection.
_cursor_numbers = itertools.count(1)


if TYPE_CHECKING:
    # Both backends offer the storage interface; mypy checks it here.
    _SQLITE_STORE: type[LedgerStore] = Ledger
    _POSTGRES_STORE: type[LedgerStore] = PostgresLedger


# -- schema ----------------------------------------------------------------------------------


def pg_migrations() -> list[Migration]:
    """The PostgreSQL migrations shipped with this version, in the order they apply."""
    folder = resources.files("claimledger.ledger").joinpath("migrations_pg")
    found = [
        Migration(entry.name.removesuffix(".sql"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    ]
    return sorted(found, key=lambda migration: migration.name)


def migrate(connection: PgConnection, where: str, *, create: bool = True) -> list[str]:
    """Apply the migrations the database lacks, in one transaction; the names applied."""
    known = pg_migrations()
    applied = _applied(connection, where)
    if applied is None and not create:
        raise LedgerError(f"no ledger in {where}; make one with `claimledger ingest --db URL`")
    _refuse_newer(applied or set(), known, where)
    if applied is not None and all(migration.name in applied for migration in known):
        return []
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        connection.execute(_MIGRATIONS_TABLE)
        applied = _applied(connection, where) or set()  # another process may have migrated
        return [_apply(connection, m) for m in known if m.name not in applied]


def _applied(connection: PgConnection, where: str) -> set[str] | None:
    """Names of the applied migrations; None for an empty database (no tables at all)."""
    tables = {
        row["table_name"]
        for row in connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
    }
    if "migrations" not in tables:
        if tables:
            listed = ", ".join(sorted(tables)[:5])
            raise LedgerError(
                f"{where}: a PostgreSQL database but not a claimledger ledger (tables: {listed})"
            )
        return None
    return {row["name"] for row in connection.execute("SELECT name FROM migrations")}


def _refuse_newer(applied: set[str], known: list[Migration], where: str) -> None:
    unknown = sorted(applied - {migration.name for migration in known})
    if unknown:
        raise LedgerError(
            f"{where}: written by a newer claimledger (schema {', '.join(unknown)} unknown to "
            "this version); upgrade claimledger to read it"
        )


def _apply(connection: PgConnection, migration: Migration) -> str:
    # Without parameters psycopg sends the whole file at once (simple query protocol).
    connection.execute(migration.sql.encode("utf-8"))
    connection.execute(
        "INSERT INTO migrations (name, applied_at) VALUES (%s, %s)",
        (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
    )
    return migration.name


# -- helpers ---------------------------------------------------------------------------------


def lock_key(report_id: str) -> int:
    """A signed 64-bit advisory lock key for a report id."""
    digest = hashlib.sha256(report_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def explain(where: str, exc: psycopg.Error) -> str:
    """A user's sentence for a PostgreSQL failure, worded like schema.explain for SQLite."""
    message = _first_line(exc)
    if isinstance(exc, pg_errors.NotNullViolation):
        column = exc.diag.column_name or "?"
        table = exc.diag.table_name or "?"
        return f"{where}: NOT NULL constraint failed: {table}.{column} ({message})"
    if isinstance(exc, pg_errors.IntegrityError):
        return f"{where}: constraint failed: {message}"
    if isinstance(exc, (*_RETRIED, pg_errors.LockNotAvailable)):
        return f"{where}: ledger is busy (another claimledger is writing to it?): {message}"
    if isinstance(exc, pg_errors.InsufficientPrivilege | pg_errors.ReadOnlySqlTransaction):
        return f"{where}: ledger is read-only for this user: {message}"
    if isinstance(exc, pg_errors.DiskFull):
        return f"{where}: cannot write the ledger: {message}"
    if isinstance(exc, psycopg.OperationalError):
        return f"{where}: lost the database connection: {message}"
    return f"{where}: ledger error: {message}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"


def _claim_filters(
    location: str | Sequence[str] | None,
    claimant: str | None,
    since: str | date | None,
    until: str | date | None,
    action: str | None,
    weapon: str | None,
) -> tuple[list[str], list[Any]]:
    """store._claim_filters in PostgreSQL's words; the columns are COLLATE "C", so the ranges
    compare bytes as SQLite does."""
    where: list[str] = []
    params: list[Any] = []
    if isinstance(location, str) and location:
        if location.endswith(("-", ":")):
            where.append("c.location >= %s AND c.location < %s")
            params += [location, location[:-1] + chr(ord(location[-1]) + 1)]
        else:
            where.append("c.location = %s")
            params.append(location)
    elif location is not None and not isinstance(location, str):
        # A region with its towns and districts (Gazetteer.place_filter); none: no claim.
        codes = list(location)
        where.append(f"c.location IN ({', '.join(['%s'] * len(codes))})" if codes else "0 = 1")
        params += codes
    if claimant:
        where.append("strpos(lower(c.claimant), %s) > 0")
        params.append(claimant.lower())
    for op, value in ((">=", since), ("<=", until)):
        if value:
            where.append(f"c.date {op} %s")
            params.append(_day(value))
    for column, value in (("c.action", action), ("c.weapon", weapon)):
        if value:
            where.append(f"{column} = %s")
            params.append(value)
    return where, params
