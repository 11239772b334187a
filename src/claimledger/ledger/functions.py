"""SQL spelled differently by the two engines, as SQLAlchemy elements that render per dialect.

* `casefold(x)`: case folding beyond ASCII. SQLite's lower() knows only A-Z, so SQLite gets a
  Python function registered on each connection (database.py); PostgreSQL's lower() folds by
  the database's UTF-8 locale.
* `instr(haystack, needle)`: the position of a text in another (0: absent); PostgreSQL calls
  it strpos().
* `indexed_by(table, index)`: SQLite's INDEXED BY hint where its planner would pick a worse
  index; PostgreSQL plans without hints and gets the plain table.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.sql.visitors import InternalTraversal


class casefold(GenericFunction[str]):
    type = sa.Text()
    inherit_cache = True


@compiles(casefold, "postgresql")
def _casefold_postgresql(element: casefold, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


class instr(GenericFunction[int]):
    type = sa.Integer()
    inherit_cache = True


@compiles(instr, "postgresql")
def _instr_postgresql(element: instr, compiler: SQLCompiler, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


def contains_folded(column: sa.ColumnElement[str], text: str) -> sa.ColumnElement[bool]:
    """`text` occurs in `column`, in any case (both folded by the same SQL function)."""
    return instr(casefold(column), casefold(sa.literal(text, sa.Text))) > 0


def python_casefold(value: str | None) -> str | None:
    """The function SQLite calls as casefold()."""
    return value.casefold() if value is not None else None


class IndexedBy(sa.sql.expression.TableClause):
    """A table named with the index SQLite must walk."""

    # The index is part of the cache key: statements compile once, as any other.
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy reads it from the class)
        *sa.sql.expression.TableClause._traverse_internals,
        ("index", InternalTraversal.dp_string),
    ]
    inherit_cache = True

    def __init__(self, table: sa.Table, index: str) -> None:
        super().__init__(table.name, *(sa.column(c.name) for c in table.columns))
        self.index = index


@compiles(IndexedBy)
def _indexed_by_plain(element: IndexedBy, compiler: SQLCompiler, **kw: Any) -> str:
    return element.name


@compiles(IndexedBy, "sqlite")
def _indexed_by_sqlite(element: IndexedBy, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{element.name} INDEXED BY {element.index}"


def indexed_by(table: sa.Table, index: str) -> IndexedBy:
    return IndexedBy(table, index)
