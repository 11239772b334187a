"""Opening a ledger file: making sure it is a ledger, bringing its schema up to date.

The schema is the ordered list of SQL files in `ledger/migrations/` (0001_initial.sql, ...). Each
applied file is recorded by name in the `migrations` table, so opening a ledger applies exactly
the files it lacks, and a ledger that records a file this version does not ship was written by
a newer claimledger and is refused rather than misread.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from claimledger.errors import ClaimledgerError

MEMORY = ":memory:"
# Seconds a writer waits for another one (a second `claimledger ingest`) before giving up.
BUSY_TIMEOUT_S = 30.0
_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
)


class LedgerError(ClaimledgerError):
    """A ledger that cannot be opened, read or written, said in words a user can act on."""


@dataclass(frozen=True, slots=True)
class Migration:
    name: str  # file name without .sql, e.g. "0001_initial"
    sql: str

    def statements(self) -> list[str]:
        """The file's statements one by one (executescript would commit our transaction)."""
        statements: list[str] = []
        pending = ""
        for line in self.sql.splitlines(keepends=True):
            pending += line
            if sqlite3.complete_statement(pending):
                statements.append(pending.strip())
                pending = ""
        if pending.strip() and not _only_comments(pending):
            raise LedgerError(f"migration {self.name}: unfinished statement at the end")
        return statements


def bundled_migrations() -> list[Migration]:
    """The migrations shipped with this version of claimledger, in the order they apply."""
    folder = resources.files("claimledger.ledger").joinpath("migrations")
    found = [
        Migration(entry.name.removesuffix(".sql"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    ]
    return sorted(found, key=lambda migration: migration.name)


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """An open, migrated connection in autocommit mode (transactions are explicit)."""
    _check_path(path, create=create)
    try:
        connection = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise LedgerError(f"{path}: cannot open: {exc}") from None
    try:
        connection.row_factory = sqlite3.Row
        _configure(connection)
        migrate(connection, str(path))
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise LedgerError(explain(path, exc)) from None
    except LedgerError:
        connection.close()
        raise
    return connection


def migrate(connection: sqlite3.Connection, where: str) -> list[str]:
    """Apply the bundled migrations the ledger lacks; the names of those applied."""
    known = bundled_migrations()
    applied = _applied(connection, where)
    _refuse_newer(applied, known, where)
    if all(migration.name in applied for migration in known):
        return []
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(_MIGRATIONS_TABLE)
        applied = _applied(connection, where)  # another process may have migrated meanwhile
        done = [_apply(connection, m) for m in known if m.name not in applied]
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return done


def explain(path: str | Path, exc: sqlite3.Error) -> str:
    """A user's sentence for an SQLite failure."""
    text = str(exc)
    if "file is not a database" in text or "malformed" in text:
        return f"{path}: not a claimledger ledger (not an SQLite database, or damaged): {text}"
    if "locked" in text or "busy" in text:
        return f"{path}: ledger is busy (another claimledger is writing to it?): {text}"
    if "readonly" in text or "read-only" in text:
        return f"{path}: ledger is read-only: {text}"
    if "disk" in text or "full" in text:
        return f"{path}: cannot write the ledger: {text}"
    return f"{path}: ledger error: {text}"


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


def _configure(connection: sqlite3.Connection) -> None:
    # WAL lets readers (claims, show) work during an ingest; NORMAL sync keeps every committed
    # batch across a killed process (only a power cut may lose the last ones).
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")


def _applied(connection: sqlite3.Connection, where: str) -> set[str]:
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if "migrations" not in tables:
        if tables:
            listed = ", ".join(sorted(tables)[:5])
            raise LedgerError(
                f"{where}: an SQLite database but not a claimledger ledger (tables: {listed})"
            )
        return set()
    return {row[0] for row in connection.execute("SELECT name FROM migrations")}


def _refuse_newer(applied: set[str], known: list[Migration], where: str) -> None:
    unknown = sorted(applied - {migration.name for migration in known})
    if unknown:
        raise LedgerError(
            f"{where}: written by a newer claimledger (schema {', '.join(unknown)} unknown to "
            "this version); upgrade claimledger to read it"
        )


def _apply(connection: sqlite3.Connection, migration: Migration) -> str:
    for statement in migration.statements():
        connection.execute(statement)
    connection.execute(
        "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
        (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
    )
    return migration.name


def _only_comments(sql: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in sql.splitlines())
