"""The views of migration 0020_exports (for Datasette and SQL users), defined once as queries.

Each renders to its engine's SQL when the migration runs; claimledger's own code reads tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.ledger.tables import claims, incident_claims, incidents, reports, reviews


def _claim_id(table: sa.Table) -> sa.ColumnElement[str]:
    return (table.c.report_id + "#" + sa.cast(table.c.ordinal, sa.Text)).label("claim_id")


def _latest_reviews() -> sa.Select[tuple[object, ...]]:
    newer = reviews.alias("newer")
    latest = (
        sa.select(sa.func.max(newer.c.id))
        .where(newer.c.incident_id == reviews.c.incident_id)
        .scalar_subquery()
    )
    return sa.select(reviews).where(reviews.c.id == latest)


def _claims_with_reports() -> sa.Select[tuple[object, ...]]:
    c, r = claims, reports
    return sa.select(
        _claim_id(c),
        *(c.c[name] for name in ("report_id", "ordinal", "date", "action", "weapon", "model")),
        *(c.c[name] for name in ("quantity", "qualifier", "location", "claimant")),
        *(c.c[name] for name in ("claimant_side", "claimant_kind", "attacker_side")),
        c.c.evidence_text,
        c.c.evidence_start,
        c.c.evidence_end,
        r.c.source.label("report_source"),
        r.c.published.label("report_published"),
        r.c.lang.label("report_lang"),
        r.c.url.label("report_url"),
    ).select_from(c.join(r, r.c.id == c.c.report_id))


def _incident_claims_with_reports() -> sa.Select[tuple[object, ...]]:
    i, ic, c, r = incidents, incident_claims, claims, reports
    return sa.select(
        i.c.id.label("incident_id"),
        i.c.date.label("incident_date"),
        i.c.location.label("incident_location"),
        i.c.status.label("incident_status"),
        ic.c.role,
        ic.c.status.label("claim_status"),
        ic.c.origin,
        _claim_id(c),
        *(c.c[name] for name in ("action", "weapon", "model", "quantity", "qualifier")),
        *(c.c[name] for name in ("location", "claimant", "claimant_side", "claimant_kind")),
        c.c.date,
        c.c.evidence_text,
        r.c.id.label("report_id"),
        r.c.source.label("report_source"),
        r.c.published.label("report_published"),
        r.c.url.label("report_url"),
    ).select_from(
        ic.join(i, i.c.id == ic.c.incident_id)
        .join(c, sa.and_(c.c.report_id == ic.c.report_id, c.c.ordinal == ic.c.ordinal))
        .join(r, r.c.id == c.c.report_id)
    )


def _incidents_with_reviews() -> sa.Select[tuple[object, ...]]:
    latest = sa.table(
        "latest_reviews",
        *(sa.column(name) for name in ("incident_id", "rating", "note", "reviewer")),
        sa.column("reviewed_at"),
    ).alias("lr")
    return sa.select(
        incidents,
        latest.c.rating.label("review_rating"),
        latest.c.note.label("review_note"),
        latest.c.reviewer,
        latest.c.reviewed_at,
    ).select_from(incidents.outerjoin(latest, latest.c.incident_id == incidents.c.id))


# In the order they are made: incidents_with_reviews reads latest_reviews.
VIEWS = {
    "latest_reviews": _latest_reviews,
    "claims_with_reports": _claims_with_reports,
    "incident_claims_with_reports": _incident_claims_with_reports,
    "incidents_with_reviews": _incidents_with_reviews,
}


def create_view(connection: Connection, name: str) -> None:
    query = VIEWS[name]().compile(
        dialect=connection.dialect, compile_kwargs={"literal_binds": True}
    )
    connection.exec_driver_sql(f"CREATE VIEW {name} AS {query}")
