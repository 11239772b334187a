"""Full-text search, the one place where the engines differ most: FTS5 on SQLite, tsvector on
PostgreSQL.

SQLite keeps an external-content FTS5 table `reports_fts` in step with `reports` by triggers;
PostgreSQL has a GIN expression index and nothing to keep in step. Both lowercase and neither
stems, so a word finds the same reports on both ("калужской" finds "Калужской", not
"Калужская"). Queries typed by a user (`Ledger.search`) use each engine's own syntax (FTS5's;
web-search style on PostgreSQL); words from a search box (`words`) are reduced to plain terms,
all of which must match, `word*` a prefix, so that no query syntax reaches the engine.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from claimledger.ledger.errors import SearchError
from claimledger.ledger.tables import reports

_WORD = re.compile(r"\w+\*?")
# The indexed expression of the PostgreSQL index: queries must spell it exactly like this.
PG_VECTOR = "to_tsvector('simple'::regconfig, reports.text || ' ' || coalesce(reports.source, ''))"
_PG_INDEX = "to_tsvector('simple'::regconfig, text || ' ' || coalesce(source, ''))"


def ddl(dialect: str) -> list[str]:
    """The statements of migration 0005_search for an engine."""
    if dialect == "postgresql":
        return [f"CREATE INDEX reports_search ON reports USING GIN ({_PG_INDEX})"]
    # unicode61 folds case beyond ASCII and strips diacritics: "Калуга" finds "КАЛУГА".
    # Ledgers made before the migration hold reports already: `rebuild` indexes them once.
    return [
        "CREATE VIRTUAL TABLE reports_fts USING fts5(text, source, content='reports', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
        "CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN "
        "INSERT INTO reports_fts(rowid, text, source) VALUES (new.rowid, new.text, new.source); "
        "END",
        "CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN "
        "INSERT INTO reports_fts(reports_fts, rowid, text, source) "
        "VALUES ('delete', old.rowid, old.text, old.source); END",
        "CREATE TRIGGER reports_fts_update AFTER UPDATE OF text, source ON reports BEGIN "
        "INSERT INTO reports_fts(reports_fts, rowid, text, source) "
        "VALUES ('delete', old.rowid, old.text, old.source); "
        "INSERT INTO reports_fts(rowid, text, source) VALUES (new.rowid, new.text, new.source); "
        "END",
        "INSERT INTO reports_fts(reports_fts) VALUES ('rebuild')",
    ]


def words(dialect: str, text: str) -> str:
    """A search box's words as the engine's query of plain terms; SearchError for none."""
    found = _WORD.findall(text)
    if not found:
        raise SearchError("a search needs at least one word")
    if dialect == "postgresql":
        # Terms in quotes are taken literally by to_tsquery; `:*` marks a prefix.
        return " & ".join(f"'{w[:-1]}':*" if w.endswith("*") else f"'{w}'" for w in found)
    return " ".join(f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"' for w in found)


def matching(dialect: str, query: str, *, typed: bool = False) -> sa.ColumnElement[bool]:
    """A condition on `reports`: the report matches `query` (from `words`, or as a user typed
    it when `typed`)."""
    if dialect == "postgresql":
        return sa.literal_column(PG_VECTOR).op("@@")(_pg_query(query, typed))
    ids = sa.text("SELECT rowid FROM reports_fts WHERE reports_fts MATCH :fts_query")
    subquery = ids.bindparams(fts_query=query).columns(sa.column("rowid"))
    return sa.literal_column("reports.rowid").in_(subquery)


def ranked(
    dialect: str, query: str, opening: str, closing: str, words_around: int, *, typed: bool = False
) -> sa.Select[tuple[object, ...]]:
    """Matching reports, best first (ties by id): id, source, published, lang and a snippet of
    the text with the matches between `opening` and `closing`."""
    columns = (reports.c.id, reports.c.source, reports.c.published, reports.c.lang)
    if dialect == "postgresql":
        tsquery = _pg_query(query, typed)
        options = (
            f"StartSel={opening}, StopSel={closing}, MaxWords={words_around}, "
            'MinWords=4, MaxFragments=1, FragmentDelimiter=" … "'
        )
        snippet = sa.func.ts_headline(
            sa.literal_column("'simple'::regconfig"), reports.c.text, tsquery, options
        )
        rank = sa.func.ts_rank(sa.literal_column(PG_VECTOR), tsquery)
        return (
            sa.select(*columns, snippet.label("snippet"))
            .where(matching(dialect, query, typed=typed))
            .order_by(rank.desc(), reports.c.id)
        )
    fts = sa.table("reports_fts", sa.column("rowid"))
    snippet = sa.func.snippet(
        sa.literal_column("reports_fts"), 0, opening, closing, " … ", words_around
    )
    return (
        sa.select(*columns, snippet.label("snippet"))
        .select_from(fts.join(reports, sa.literal_column("reports.rowid") == fts.c.rowid))
        .where(sa.literal_column("reports_fts").op("MATCH")(query))
        .order_by(sa.literal_column("rank"), reports.c.id)
    )


def _pg_query(query: str, typed: bool) -> sa.ColumnElement[object]:
    function = sa.func.websearch_to_tsquery if typed else sa.func.to_tsquery
    return function(sa.literal_column("'simple'::regconfig"), query)
