"""The current incidents as rows of the ledger's `incidents` tables, for Datasette and SQL.

Incidents are computed from the claims on demand, so a stored copy goes stale when reports are
added: `export_state` records when it was made and over how many claims, and each run replaces
the whole copy in one transaction (Ledger.exports.replace_incidents).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from claimledger.export.incidents import dumps, estimate, estimates, incident_place
from claimledger.export.located import PlaceSource
from claimledger.incidents import Incident
from claimledger.ledger import Ledger

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


def materialise(ledger: Ledger, incidents: Sequence[Incident], places: PlaceSource) -> int:
    """Replace the stored incidents with `incidents`; returns how many were stored."""
    stored = [
        dict(zip(INCIDENT_COLUMNS, incident_record(i, places), strict=True)) for i in incidents
    ]
    members = [
        dict(zip(MEMBER_COLUMNS, row, strict=True)) for i in incidents for row in member_records(i)
    ]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    state = {"incidents_materialised_at": now, "incidents_claims": str(len(members))}
    return ledger.exports.replace_incidents(stored, members, state)
