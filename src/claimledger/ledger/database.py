"""Opening a ledger on either engine: an SQLite file (the default) or a PostgreSQL database.

`Database.open(target)` takes a path or a `postgresql://` URL (libpq's form: every libpq setting
may go in its query), connects, and brings the schema up to date (migrations.py). It holds one
connection in autocommit; writes are explicit transactions (`atomic`), each all or nothing.
PostgreSQL needs the optional `scale` extra (psycopg 3), imported only when a URL is opened.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, CursorResult, Engine, RowMapping
from sqlalchemy.pool import NullPool

from claimledger.errors import require_extra
from claimledger.ledger import migrations, transactions
from claimledger.ledger.errors import LedgerError, explain, first_line, is_retried
from claimledger.ledger.functions import python_casefold

T = TypeVar("T")
MEMORY = ":memory:"
URL_SCHEMES = ("postgresql://", "postgres://")
# Seconds an SQLite writer waits for another one (a second `claimledger ingest`).
BUSY_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_S = 10
# Rows a streaming read fetches at a time (a server-side cursor's page on PostgreSQL).
STREAM_ROWS = 2000
# Tries of a transaction that meets a deadlock or serialization failure (PostgreSQL).
ATTEMPTS = 3
_RETRY_PAUSE_S = 0.05
# Connections a pooled PostgreSQL engine keeps open for the dashboard's requests.
POOL_SIZE = 4


def is_database_url(target: str | Path) -> bool:
    """Whether `target` names a PostgreSQL database rather than an SQLite file."""
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def ledger_target(value: str | Path) -> str | Path:
    """What a user typed for `--db` or CLAIMLEDGER_DB: a URL stays text, anything else is a
    path (a URL made into a Path would lose one of its slashes)."""
    return value if is_database_url(value) else Path(value)


def redact(url: str) -> str:
    """The URL without its password, for messages and `Ledger.path`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host += f":{parts.port}"
    netloc = f"{parts.username or ''}:***@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class Connector:
    """The way to one ledger: its engine, made once, and whether its schema was checked.

    A process that opens the same ledger again and again (the dashboard, once per request)
    keeps one: its openings share the engine (and on PostgreSQL, with `pooled`, a pool of
    connections) and the schema is brought up to date on the first only.
    """

    def __init__(self, target: str | Path, *, pooled: bool = False) -> None:
        self.target = target
        if is_database_url(target):
            self.where, self.file = redact(str(target)), None
            self.engine = _postgres_engine(str(target), pooled)
        else:
            self.where = str(target)
            self.file = None if str(target) == MEMORY else Path(target)
            self.engine = _sqlite_engine(str(target))
        self._checked = False
        self._lock = threading.Lock()

    def open(self, *, create: bool = True, owned: bool = False) -> Database:
        """Connect (and the first time, migrate); LedgerError in a user's words. An `owned`
        database disposes of the engine when it closes."""
        if not is_database_url(self.target):
            _check_path(self.target, create=create)
        try:
            connection = self.engine.connect()
        except sa_exc.DBAPIError as exc:
            if owned:
                self.engine.dispose()
            raise LedgerError(_connect_error(self.where, exc)) from None
        database = Database(self.engine, connection, self.where, self.file, owned)
        try:
            with self._lock:
                if not self._checked:
                    migrations.migrate(connection, self.where, create=create)
                    self._checked = True
        except sa_exc.DBAPIError as exc:
            database.close()
            raise LedgerError(explain(self.where, exc)) from None
        except LedgerError:
            database.close()
            raise
        return database

    def dispose(self) -> None:
        self.engine.dispose()


class Database:
    """One open ledger database; `where` names it in messages (a path, or the redacted URL),
    `file` is the SQLite file (None in PostgreSQL or in memory)."""

    def __init__(
        self,
        engine: Engine,
        connection: Connection,
        where: str,
        file: Path | None,
        owned: bool = True,
    ) -> None:
        self.engine = engine
        self.connection = connection
        self.where = where
        self.file = file
        self.dialect = engine.dialect.name
        self._owned = owned

    @classmethod
    def open(cls, target: str | Path, *, create: bool = True) -> Database:
        """Connect and migrate; LedgerError when that fails, in a user's words."""
        return Connector(target).open(create=create, owned=True)

    # -- reading ---------------------------------------------------------------------------------

    def execute(
        self,
        statement: sa.Executable,
        params: Mapping[str, Any] | list[dict[str, Any]] | None = None,
    ) -> CursorResult[Any]:
        try:
            return self.connection.execute(statement, params)
        except sa_exc.DBAPIError as exc:
            raise LedgerError(explain(self.where, exc)) from exc

    def rows(self, statement: sa.Executable) -> list[RowMapping]:
        return list(self.execute(statement).mappings())

    def one(self, statement: sa.Executable) -> RowMapping | None:
        return self.execute(statement).mappings().first()

    def scalar(self, statement: sa.Executable) -> Any:
        return self.execute(statement).scalar()

    def stream(self, statement: sa.Executable) -> Iterator[RowMapping]:
        """Rows a page at a time, for walks over a whole ledger; the connection stays free for
        other queries meanwhile (SQLite's cursors allow that; on PostgreSQL a second
        connection holds the server-side cursor)."""
        # Options per execution: Connection.execution_options() would change the connection
        # for every later statement too.
        paged = {"yield_per": STREAM_ROWS}
        try:
            if self.dialect != "postgresql":
                yield from self.connection.execute(statement, execution_options=paged).mappings()
                return
            with self.engine.connect() as reader:
                transactions.begin(reader)  # a server-side cursor lives in a transaction
                yield from reader.execute(statement, execution_options=paged).mappings()
                transactions.commit(reader)
        except sa_exc.DBAPIError as exc:
            raise LedgerError(explain(self.where, exc)) from exc

    # -- writing ---------------------------------------------------------------------------------

    def atomic(self, work: Callable[[Connection], T], keys: list[str] | None = None) -> T:
        """Run `work` in one transaction, locking `keys` first (transactions.py); committed
        whole or rolled back whole. A PostgreSQL deadlock or serialization failure reruns it."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return self._once(work, keys or [])
            except sa_exc.DBAPIError as exc:
                if attempt < ATTEMPTS and is_retried(exc):
                    time.sleep(_RETRY_PAUSE_S * attempt)
                    continue
                raise LedgerError(explain(self.where, exc)) from exc
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _once(self, work: Callable[[Connection], T], keys: list[str]) -> T:
        transactions.begin(self.connection, keys)
        try:
            result = work(self.connection)
            transactions.commit(self.connection)
        except BaseException:
            transactions.rollback(self.connection)
            raise
        return result

    def close(self) -> None:
        try:
            self.connection.close()
        finally:
            if self._owned:
                self.engine.dispose()


def _sqlite_engine(path: str) -> Engine:
    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        connection.create_function("casefold", 1, python_casefold, deterministic=True)
        # WAL lets readers (claims, show, the dashboard) work during an ingest; NORMAL sync
        # keeps every committed batch across a killed process.
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        return connection

    return sa.create_engine(
        "sqlite://", creator=connect, poolclass=NullPool, isolation_level="AUTOCOMMIT"
    )


def _connect_error(where: str, exc: sa_exc.DBAPIError) -> str:
    if isinstance(exc.orig, sqlite3.Error):
        if "unable to open" in str(exc.orig):
            return f"{where}: cannot open: {exc.orig}"
        return explain(where, exc)
    return f"{where}: cannot connect: {first_line(exc.orig or exc)}"


def _postgres_engine(url: str, pooled: bool) -> Engine:
    require_extra("scale", "a PostgreSQL ledger", "psycopg")
    try:
        import psycopg
    except ImportError as exc:  # installed, but cannot load (no libpq, say)
        raise LedgerError(f"{redact(url)}: psycopg cannot be loaded: {exc}") from None

    def connect() -> Any:
        # libpq reads the URL itself, so every libpq setting works as documented.
        return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)

    if not pooled:
        return sa.create_engine(
            "postgresql+psycopg://",
            creator=connect,
            poolclass=NullPool,
            isolation_level="AUTOCOMMIT",
        )
    # pre_ping: a connection kept in the pool across a server restart is replaced, not used.
    return sa.create_engine(
        "postgresql+psycopg://",
        creator=connect,
        pool_size=POOL_SIZE,
        max_overflow=2 * POOL_SIZE,
        pool_pre_ping=True,
        isolation_level="AUTOCOMMIT",
    )


def _check_path(path: str | Path, *, create: bool) -> None:
    if str(path) == MEMORY:
        return
    target = Path(path)
    if target.is_dir():
        raise LedgerError(f"{target} is a directory, not a ledger file")
    if target.exists():
        return
    if not create:
        raise LedgerError(f"no ledger at {target}; make one with `claimledger ingest`")
    if not target.parent.is_dir():
        raise LedgerError(f"cannot create {target}: folder {target.parent} does not exist")
