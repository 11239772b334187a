"""The current incidents stored in the ledger's `incidents` tables, for Datasette and SQL.

Incidents are computed from the claims on demand, so a stored copy goes stale when reports are
added: `export_state` records when it was made and over how many claims, and each run replaces
the whole copy in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from claimledger.export.incidents import dumps, estimate, estimates, incident_place
from claimledger.export.located import PlaceSource
from claimledger.incidents import Incident
from claimledger.ledger import LedgerError

INCIDENT_COLUMNS = (
    "id",
    "date",
    "location",
    "location_name",
    "latitude",
    "longitude",
    "action",
    "weapon",
    "attacker_side",
    "status",
    "reports",
    "origins",
    "low",
    "best",
    "high",
    "killed_best",
    "injured_best",
    "reasons",
    "flags",
    "markers",
    "estimates",
    "origin_values",
)
MEMBER_COLUMNS = ("incident_id", "report_id", "ordinal", "role", "status", "origin", "reason")


def incident_record(incident: Incident, places: PlaceSource) -> tuple[Any, ...]:
    place = incident_place(incident, places)
    main = estimate(incident, incident.action) or {}
    killed = estimate(incident, "killed") or {}
    injured = estimate(incident, "injured") or {}
    values = {
        action: [
            {
                "origin": v.origin.label,
                "side": v.origin.side,
                "quantity": v.quantity,
                "qualifier": v.qualifier,
                "reports": v.reports,
            }
            for v in vals
        ]
        for action, vals in incident.values.items()
    }
    return (
        incident.id,
        incident.key.night,
        incident.key.place,
        place.name,
        place.latitude,
        place.longitude,
        incident.action,
        incident.key.weapon,
        incident.key.attacker,
        incident.status,
        incident.report_count,
        incident.origin_count,
        main.get("low"),
        main.get("best"),
        main.get("high"),
        killed.get("best"),
        injured.get("best"),
        dumps(incident.reasons),
        dumps(incident.flags),
        dumps(incident.markers),
        dumps(estimates(incident)),
        dumps(values),
    )


def member_records(incident: Incident) -> list[tuple[Any, ...]]:
    rows: dict[tuple[str, int], tuple[Any, ...]] = {}
    for member in incident.claims:
        report_id, _, ordinal = member.record.claim_id.rpartition("#")
        rows.setdefault(
            (report_id, int(ordinal)),
            (
                incident.id,
                report_id,
                int(ordinal),
                member.role,
                member.status,
                member.origin.label,
                member.reason,
            ),
        )
    return list(rows.values())


def materialise(
    connection: sqlite3.Connection, incidents: Sequence[Incident], places: PlaceSource
) -> int:
    """Replace the stored incidents with `incidents`; returns how many were stored."""
    insert_incident = _insert("incidents", INCIDENT_COLUMNS)
    insert_member = _insert("incident_claims", MEMBER_COLUMNS)
    claims = sum(len(member_records(i)) for i in incidents)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute("DELETE FROM incident_claims")
            connection.execute("DELETE FROM incidents")
            for incident in incidents:
                connection.execute(insert_incident, incident_record(incident, places))
                connection.executemany(insert_member, member_records(incident))
            state = {"incidents_materialised_at": now, "incidents_claims": str(claims)}
            connection.executemany(
                "INSERT OR REPLACE INTO export_state (name, value) VALUES (?, ?)", state.items()
            )
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise LedgerError(f"cannot store incidents: {exc}") from exc
    return len(incidents)


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
