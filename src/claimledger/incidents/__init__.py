"""Incidents: claims about one night, one place and one kind of attack, side by side.

The stage runs in small steps, one module each: `records` (claims with where they came from
and the `cues` of the words around their numbers), `origins` (the origin each report shows,
names resolved through the actor registry by `identity`), `cluster` (grouping by night, place,
weapon class and attacker, totals as parents of their breakdowns), `relays` (the links only the
whole incident shows: collective descriptions, probable relays, copied sentences, possible
echoes), `accounts` (an origin's running totals and updates as one account) and `assess`
(values per origin, disagreements, arithmetic checks, the status with its reasons, `markers`
in them, and the `timeline`). `incident` holds what readers see; `query` gives the incidents of
a ledger and filters them. docs/verification.md is the rulebook.
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
