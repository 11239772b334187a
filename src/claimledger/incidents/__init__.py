"""Incidents: claims about one night, one place and one kind of attack, side by side.

The stage runs in four small steps, one module each: `records` (claims with where they came
from), `origins` (which reports relay the same origin), `cluster` (grouping by night, place,
weapon class and attacker, totals as parents of their breakdowns) and `assess` (values per
origin, disagreements, arithmetic checks and the verification status with its reasons).
`query` gives the incidents of a ledger and filters them.
"""

from claimledger.incidents.assess import Incident, build_incidents
from claimledger.incidents.query import load_incidents, select_incidents
from claimledger.incidents.records import (
    ClaimRecord,
    records_from_extractions,
    records_from_ledger,
)

__all__ = [
    "ClaimRecord",
    "Incident",
    "build_incidents",
    "load_incidents",
    "records_from_extractions",
    "records_from_ledger",
    "select_incidents",
]
