"""The ledger's schema history: one list of migrations, rendered for whichever engine opens it.

Each migration names the tables, indexes and views of tables.py / views.py it creates (or, for
full-text search, asks search.py for its engine's statements), and is recorded by name in the
`migrations` table when applied. Opening a ledger applies exactly the migrations it lacks, in
order, in one transaction; a ledger recording a name this version does not know was written by
a newer claimledger and is refused rather than misread. The names are those of the SQL files
that made earlier ledgers, so ledgers of both engines made by older versions upgrade in place.

A table changed later needs a new migration that alters it: the definitions in tables.py are
the latest state, and a migration that creates a table creates it as it is defined now.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.schema import CreateIndex, CreateTable

from claimledger.ledger import search, transactions, views
from claimledger.ledger.errors import LedgerError
from claimledger.ledger.tables import metadata, migrations_table

Step = Callable[[Connection], None]


@dataclass(frozen=True, slots=True)
class Migration:
    name: str  # e.g. "0001_initial"
    steps: tuple[Step, ...]

    def apply(self, connection: Connection) -> None:
        for step in self.steps:
            step(connection)


def _tables(*names: str) -> Step:
    def create(connection: Connection) -> None:
        for name in names:
            # Without its indexes: each index is made by the migration that introduced it.
            connection.execute(CreateTable(metadata.tables[name]))

    return create


def _indexes(*names: str) -> Step:
    def create(connection: Connection) -> None:
        for name in names:
            connection.execute(CreateIndex(index(name)))

    return create


def _views(*names: str) -> Step:
    def create(connection: Connection) -> None:
        for name in names:
            views.create_view(connection, name)

    return create


def _sql(statement: str) -> Step:
    """A statement the same on both engines, for what tables.py no longer defines."""

    def run(connection: Connection) -> None:
        connection.exec_driver_sql(statement)

    return run


# 0010_web's index on the publication time alone, made redundant by 0200_store's.
_RETIRED = "reports_web_published"


def _search(connection: Connection) -> None:
    for statement in search.ddl(connection.dialect.name):
        connection.exec_driver_sql(statement)


def index(name: str) -> sa.Index:
    """The index of tables.py with this name."""
    for table in metadata.tables.values():
        for candidate in table.indexes:
            if candidate.name == name:
                return candidate
    raise KeyError(name)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_initial",
        (
            _tables("reports", "report_versions", "claims", "quotes", "markers", "checks"),
            _tables("media_mentions"),
            _indexes("report_versions_text", "claims_date", "claims_location", "claims_claimant"),
        ),
    ),
    Migration("0005_search", (_search,)),
    Migration(
        "0010_web",
        (
            _tables("web_tokens", "web_sources"),
            _indexes("claims_web_date", "claims_web_location", "claims_web_action"),
            _indexes("claims_web_weapon", "claims_web_side"),
            _sql(f"CREATE INDEX {_RETIRED} ON reports (coalesce(published, ''))"),
            _indexes("reports_web_source", "markers_web_kind", "checks_web_verdict"),
        ),
    ),
    Migration(
        "0020_exports",
        (
            _tables("reviews", "incidents", "incident_claims", "export_state"),
            _indexes("reviews_incident", "incidents_date", "incidents_location"),
            _indexes("incidents_status", "incidents_action", "incident_claims_claim"),
            _indexes("reports_published", "reports_lang"),
            _views(*views.VIEWS),
        ),
    ),
    Migration(
        "0100_media",
        (
            _tables("media", "media_appearances", "media_hashes", "media_matches"),
            _indexes("media_appearances_once", "media_appearances_report", "media_matches_media"),
        ),
    ),
    Migration(
        "0200_store",
        (
            _indexes("reports_web_published_id", "reports_ingested"),
            _sql(f"DROP INDEX {_RETIRED}"),
        ),
    ),
)


def bundled() -> list[Migration]:
    """The migrations of this version of claimledger, in the order they apply."""
    return list(MIGRATIONS)


def migrate(connection: Connection, where: str, *, create: bool = True) -> list[str]:
    """Apply the migrations the ledger lacks, all in one transaction; the names applied."""
    known = bundled()
    applied = _applied(connection, where)
    if applied is None and not create and connection.dialect.name == "postgresql":
        raise LedgerError(f"no ledger in {where}; make one with `claimledger ingest --db URL`")
    _refuse_newer(applied or set(), known, where)
    if applied is not None and all(migration.name in applied for migration in known):
        return []
    transactions.begin(connection, [transactions.MIGRATION_KEY])
    try:
        connection.execute(CreateTable(migrations_table, if_not_exists=True))
        applied = _applied(connection, where) or set()  # another process may have migrated
        done = [_apply(connection, m) for m in known if m.name not in applied]
        transactions.commit(connection)
    except BaseException:
        transactions.rollback(connection)
        raise
    return done


def _applied(connection: Connection, where: str) -> set[str] | None:
    """Names of the applied migrations; None for an empty database (no tables at all)."""
    tables = set(sa.inspect(connection).get_table_names())
    if "migrations" not in tables:
        if tables:
            listed = ", ".join(sorted(tables)[:5])
            engine = "a PostgreSQL" if connection.dialect.name == "postgresql" else "an SQLite"
            raise LedgerError(
                f"{where}: {engine} database but not a claimledger ledger (tables: {listed})"
            )
        return None
    return set(connection.execute(sa.select(migrations_table.c.name)).scalars())


def _refuse_newer(applied: set[str], known: list[Migration], where: str) -> None:
    unknown = sorted(applied - {migration.name for migration in known})
    if unknown:
        raise LedgerError(
            f"{where}: written by a newer claimledger (schema {', '.join(unknown)} unknown to "
            "this version); upgrade claimledger to read it"
        )


def _apply(connection: Connection, migration: Migration) -> str:
    migration.apply(connection)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    connection.execute(sa.insert(migrations_table).values(name=migration.name, applied_at=now))
    return migration.name
