"""Incidents of a ledger, computed now from its current claims, and the filters over them.

Incidents are not stored (only `export --format sqlite-incidents` writes a snapshot): every
reader clusters and assesses the ledger's claims when it asks, with the gazetteer to put towns
under their regions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from claimledger.incidents.assess import Incident, build_incidents
from claimledger.incidents.cluster import GazetteerPlaces
from claimledger.incidents.filter import IncidentFilter
from claimledger.incidents.records import records_from_ledger

if TYPE_CHECKING:
    from claimledger.places.gazetteer import Gazetteer


def load_incidents(db_path: str | Path, gazetteer: Gazetteer | None = None) -> list[Incident]:
    """Every incident of the ledger at `db_path` (a file or a PostgreSQL URL)."""
    # Imported here: clustering extractions in memory needs neither a ledger nor the gazetteer.
    from claimledger.ledger import Ledger
    from claimledger.progress import step
    from claimledger.resources import default_resources

    places = gazetteer or default_resources().gazetteer
    # Clustering a ledger of thousands of claims takes seconds.
    with step("computing incidents from the ledger's claims"):
        with Ledger.open(db_path, create=False) as ledger:
            records = records_from_ledger(ledger)
        return build_incidents(records, GazetteerPlaces(places))


def select_incidents(
    incidents: list[Incident],
    since: str | None = None,
    until: str | None = None,
    location: str | None = None,
    status: str | None = None,
) -> list[Incident]:
    """Incidents within [since, until] (ISO dates), at a place code or prefix, of a status.

    An incident's place is a region already (a town's claims count under it), so a region
    code finds the incidents of its towns too. (The one incident filter: filter.py.)"""
    return IncidentFilter(since, until, location, status).select(incidents)
