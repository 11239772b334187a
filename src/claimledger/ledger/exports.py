"""The export stage's rows: human verdicts on incidents, and the incidents stored for SQL users.

Incidents are computed from the claims on demand; a stored copy (`replace_incidents`) goes
stale when reports are added, so `export_state` records when it was made and over how many
claims, and each store replaces the whole copy in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.ledger.database import Database
from claimledger.ledger.tables import export_state, incident_claims, incidents, reports, reviews
from claimledger.ledger.upsert import insert_or_replace

# Report ids per query when many are looked up (well under either engine's parameter limit).
_CHUNK = 500


class Exports:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add_review(self, review: dict[str, Any]) -> int:
        """Store a verdict (incident_id, rating, note, reviewer, reviewed_at, status, incident
        as JSON); its id."""
        statement = sa.insert(reviews).values(**review)

        def work(connection: Connection) -> int:
            key = connection.execute(statement).inserted_primary_key
            assert key is not None
            return int(key[0])

        return self._db.atomic(work)

    def latest_reviews(self) -> list[dict[str, Any]]:
        """The latest verdict on each reviewed incident, by incident id."""
        newer = reviews.alias("newer")
        latest = (
            sa.select(sa.func.max(newer.c.id))
            .where(newer.c.incident_id == reviews.c.incident_id)
            .scalar_subquery()
        )
        statement = sa.select(reviews).where(reviews.c.id == latest).order_by(reviews.c.incident_id)
        return [dict(row) for row in self._db.rows(statement)]

    def replace_incidents(
        self,
        stored: Sequence[dict[str, Any]],
        members: Sequence[dict[str, Any]],
        state: dict[str, str],
    ) -> int:
        """Replace the stored incidents and their claims; record `state` (when, over how many
        claims) in export_state. Returns how many incidents were stored."""

        def work(connection: Connection) -> int:
            connection.execute(sa.delete(incident_claims))
            connection.execute(sa.delete(incidents))
            if stored:
                connection.execute(sa.insert(incidents), list(stored))
            if members:
                connection.execute(sa.insert(incident_claims), list(members))
            upsert = insert_or_replace(connection, export_state, ["name"], ["value"])
            for name, value in state.items():
                connection.execute(upsert.values(name=name, value=value))
            return len(stored)

        return self._db.atomic(work)

    def stored_incidents(self) -> int:
        return int(self._db.scalar(sa.select(sa.func.count()).select_from(incidents)))

    def report_facts(self, ids: Iterable[str]) -> dict[str, dict[str, str | None]]:
        """url, published, lang and source of some reports, by id."""
        wanted = sorted(set(ids))
        found: dict[str, dict[str, str | None]] = {}
        columns = [reports.c[name] for name in ("url", "published", "lang", "source")]
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            statement = sa.select(reports.c.id, *columns).where(reports.c.id.in_(chunk))
            for row in self._db.rows(statement):
                found[row["id"]] = {column.name: row[column.name] for column in columns}
        return found
