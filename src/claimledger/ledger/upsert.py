"""Inserts that meet an existing row: keep it, or replace its values (`INSERT ... ON CONFLICT`).

Both engines spell ON CONFLICT alike, but SQLAlchemy builds it with each dialect's own insert
construct; this module picks the construct for the connection.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection


def insert_or_ignore(connection: Connection, table: sa.Table) -> sa.Insert:
    """An INSERT that leaves a row conflicting with any unique index as it is."""
    return _insert(connection, table).on_conflict_do_nothing()


def insert_or_replace(
    connection: Connection, table: sa.Table, key: Sequence[str], values: Sequence[str]
) -> sa.Insert:
    """An INSERT that, on a row with the same `key` columns, sets its `values` columns."""
    statement = _insert(connection, table)
    return statement.on_conflict_do_update(
        index_elements=list(key),
        set_={name: statement.excluded[name] for name in values},
    )


def _insert(connection: Connection, table: sa.Table) -> postgresql.Insert | sqlite.Insert:
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
