"""What a ledger holds, in a form two ledgers can be compared by: its reports, claims and
incidents, without what only says when or where they were stored (ingest times, row ids).

Both engines must give the same answers; the corpus test and bench/store_bench.py compare a
ledger ingested into SQLite with the same input ingested into PostgreSQL this way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimledger.incidents import build_incidents, records_from_ledger
from claimledger.incidents.cluster import GazetteerPlaces
from claimledger.ledger import Ledger
from claimledger.resources import default_resources

_STORED_AT = ("ingested_at",)


@dataclass(slots=True)
class Contents:
    reports: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    incidents: list[dict[str, Any]] = field(default_factory=list)

    def differences(self, other: Contents, most: int = 5) -> list[str]:
        """The first differences with another ledger's contents, in words (none: the same)."""
        found: list[str] = []
        for name in ("reports", "claims", "incidents"):
            mine, theirs = getattr(self, name), getattr(other, name)
            if len(mine) != len(theirs):
                found.append(f"{name}: {len(mine):,} here, {len(theirs):,} there")
            for number, (a, b) in enumerate(zip(mine, theirs, strict=False)):
                if a != b and len(found) < most:
                    keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
                    found.append(f"{name}[{number}] differs in {', '.join(keys)}")
        return found


def contents(ledger: Ledger) -> Contents:
    """The ledger's reports (by publication time), claims (by date) and incidents (by id)."""
    reports = [
        {key: value for key, value in report.items() if key not in _STORED_AT}
        for report in ledger.iter_reports()
    ]
    claims = list(ledger.iter_claims())
    places = GazetteerPlaces(default_resources().gazetteer)
    incidents = sorted(
        (incident.to_dict() for incident in build_incidents(records_from_ledger(ledger), places)),
        key=lambda incident: str(incident["id"]),
    )
    return Contents(reports, claims, incidents)
