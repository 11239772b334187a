"""Many rows into a table through the driver's own executemany.

SQLAlchemy turns each row of an executemany into parameters one by one (bind processing, type
checks), which costs about a fifth of the ledger's write time for batches of small reports.
The rows written here are plain text, integers and reals that need no conversion, so the
INSERT is rendered once per table from its definition (tables.py) and the row tuples go to the
driver as they are, in the placeholder style of the engine's driver.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection


def insert_rows(
    connection: Connection,
    table: sa.Table,
    columns: tuple[str, ...],
    rows: Sequence[tuple[Any, ...]],
) -> None:
    """INSERT `rows` (tuples in the order of `columns`) into `table`."""
    if rows:
        connection.exec_driver_sql(_statement(table, columns, connection.dialect.paramstyle), rows)


@cache
def _statement(table: sa.Table, columns: tuple[str, ...], paramstyle: str) -> str:
    for name in columns:
        table.c[name]  # a column the table does not define fails here, not in the database
    marker = "?" if paramstyle == "qmark" else "%s"
    return (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join([marker] * len(columns))})"
    )
