"""The one incident filter, for the command line, the API and the exports.

Incidents are computed from the claims on demand, so they are filtered in memory, not in SQL.
`place` is a region-level code (an incident's place) or a prefix ending in "-" or ":";
`weapon` a weapon class (uav, missile, ...); `side` and `claimant`: some claim of the incident
has them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claimledger.incidents.assess import Incident

PREFIX_ENDS = ("-", ":")


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    since: str | None = None
    until: str | None = None
    place: str | None = None
    status: str | None = None
    weapon: str | None = None
    action: str | None = None
    side: str | None = None
    claimant: str | None = None
    attacker: str | None = None

    def matches(self, incident: Incident) -> bool:
        key = incident.key
        if not self.matches_summary(key.night, key.place, incident.status):
            return False
        if self.weapon and key.weapon != self.weapon:
            return False
        if self.attacker and key.attacker != self.attacker:
            return False
        return self._claims_match(incident)

    def matches_summary(self, night: str, place: str, status: str) -> bool:
        """What can be told from an incident's night, place and status alone (a review's
        snapshot of an incident that has changed since)."""
        if (self.since and night < self.since) or (self.until and night > self.until):
            return False
        if self.place and not place_matches(place, self.place):
            return False
        return not (self.status and status != self.status)

    def select(self, incidents: Iterable[Incident]) -> list[Incident]:
        """The matching incidents, in their order."""
        return [incident for incident in incidents if self.matches(incident)]

    def _claims_match(self, incident: Incident) -> bool:
        claims = [c.record.claim for c in incident.claims]
        if self.action and all(c.action != self.action for c in claims):
            return False
        if self.side and all(c.claimant_side != self.side for c in claims):
            return False
        wanted = self.claimant.casefold() if self.claimant else None
        return not wanted or any(wanted in (c.claimant or "").casefold() for c in claims)


def place_matches(place: str, wanted: str) -> bool:
    if wanted.endswith(PREFIX_ENDS):
        return place.startswith(wanted)
    return place == wanted
