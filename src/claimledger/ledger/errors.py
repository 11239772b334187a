"""The ledger's errors, and a user's sentence for each engine's failures.

SQLite reports its failures as text (sqlite3 has few exception classes); psycopg has a class per
SQLSTATE. Both are turned into one LedgerError worded alike, so that a user reads "ledger is
busy" or "read-only" whichever engine the ledger is in.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc

from claimledger.errors import ClaimledgerError


class LedgerError(ClaimledgerError):
    """A ledger that cannot be opened, read or written, said in words a user can act on."""


class SearchError(LedgerError):
    """A search the engine cannot run: no words, or a query its syntax refuses."""


# SQLSTATE classes of failures a whole batch may be retried after: serialization failure,
# deadlock (PostgreSQL only: SQLite writers queue on its lock instead).
RETRIED_STATES = frozenset({"40001", "40P01"})


def driver_error(exc: BaseException) -> BaseException:
    """The DB-API exception behind an SQLAlchemy one (or the exception itself)."""
    if isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None:
        return exc.orig
    return exc


def is_retried(exc: BaseException) -> bool:
    return getattr(driver_error(exc), "sqlstate", None) in RETRIED_STATES


def explain(where: str, exc: BaseException) -> str:
    """A user's sentence for a database failure of either engine."""
    error = driver_error(exc)
    if isinstance(error, sqlite3.Error):
        return _explain_sqlite(where, error)
    if hasattr(error, "sqlstate"):
        return _explain_postgres(where, error)
    return f"{where}: ledger error: {first_line(error)}"


def _explain_sqlite(where: str, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "file is not a database" in text or "malformed" in text:
        return f"{where}: not a claimledger ledger (not an SQLite database, or damaged): {text}"
    if "locked" in text or "busy" in text:
        return f"{where}: ledger is busy (another claimledger is writing to it?): {text}"
    if "readonly" in text or "read-only" in text:
        return f"{where}: ledger is read-only: {text}"
    if "disk" in text or "full" in text:
        return f"{where}: cannot write the ledger: {text}"
    return f"{where}: ledger error: {text}"


def _explain_postgres(where: str, exc: BaseException) -> str:
    state = str(getattr(exc, "sqlstate", "") or "")
    message = first_line(exc)
    if state == "23502":  # not_null_violation
        diag = getattr(exc, "diag", None)
        table = getattr(diag, "table_name", None) or "?"
        column = getattr(diag, "column_name", None) or "?"
        return f"{where}: NOT NULL constraint failed: {table}.{column} ({message})"
    if state.startswith("23"):
        return f"{where}: constraint failed: {message}"
    if state in RETRIED_STATES or state == "55P03":  # lock_not_available
        return f"{where}: ledger is busy (another claimledger is writing to it?): {message}"
    if state in ("42501", "25006"):  # insufficient_privilege, read_only_sql_transaction
        return f"{where}: ledger is read-only for this user: {message}"
    if state == "53100":  # disk_full
        return f"{where}: cannot write the ledger: {message}"
    lost = any(kind.__name__ == "OperationalError" for kind in type(exc).__mro__)
    if state.startswith("08") or (lost and not state):  # connection exceptions
        return f"{where}: lost the database connection: {message}"
    return f"{where}: ledger error: {message}"


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
