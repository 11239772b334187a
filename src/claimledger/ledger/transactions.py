"""How a write transaction begins and ends on each engine.

Connections run in autocommit: every read sees the latest commit, and a write is a transaction
opened here explicitly.
* SQLite: BEGIN IMMEDIATE takes the database's write lock at once, so a second writer waits
  (busy timeout) instead of failing halfway through its batch.
* PostgreSQL: BEGIN (READ COMMITTED), then a transaction-scoped advisory lock per key (a report
  id, say), all in sorted order. Two writers on the same report take turns on it; writers on
  different reports never wait for each other; the sorted order keeps two batches from locking
  each other. Keys are 64-bit hashes of the names.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

# The key schema changes take: two first opens of an empty database take turns.
MIGRATION_KEY = "claimledger:migrations"


def lock_key(name: str) -> int:
    """A signed 64-bit advisory lock key for a name (a report id)."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def begin(connection: Connection, keys: Iterable[str] = ()) -> None:
    if connection.dialect.name != "postgresql":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        return
    connection.exec_driver_sql("BEGIN")
    ordered = sorted({lock_key(key) for key in keys})
    if ordered:
        connection.execute(
            sa.text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[])) AS k"),
            {"keys": ordered},
        )


def commit(connection: Connection) -> None:
    connection.exec_driver_sql("COMMIT")


def rollback(connection: Connection) -> None:
    """Roll back what is open. An engine may have rolled back by itself (SQLite on a full
    disk); a second ROLLBACK then would only hide the first error."""
    if in_transaction(connection):
        connection.exec_driver_sql("ROLLBACK")


def in_transaction(connection: Connection) -> bool:
    raw = connection.connection.dbapi_connection
    if connection.dialect.name == "postgresql":
        return int(raw.info.transaction_status) != 0  # type: ignore[union-attr]  # 0: IDLE
    return bool(raw.in_transaction)  # type: ignore[union-attr]
