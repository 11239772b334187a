"""Incidents for the dashboard: filtering, the map's regions and the timeline's nights.

Numbers on the map and the timeline are incident estimates, not sums of claims: a figure relayed
by ten channels counts once, and a country total shown beside its regional breakdown is not
added to it. Per incident and action, an origin's value is the one `claimledger.incidents`
settles on, and the best estimate across origins (the median) is what is added up.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from claimledger.incidents import Incident
from claimledger.incidents.assess import STATUS_ORDER, OriginValue, low_best_high
from claimledger.incidents.filter import IncidentFilter
from claimledger.ledger import Ledger
from claimledger.places.gazetteer import Gazetteer

__all__ = ["IncidentFilter"]  # the web's filter is the incidents stage's

SIDES = ("ru", "ua", "other", "unknown")
TIMELINE_ACTIONS = ("launched", "intercepted")


@dataclass(slots=True)
class IncidentIndex:
    """Incidents of one state of the ledger, with lookups by id and by report."""

    incidents: list[Incident]
    by_id: dict[str, Incident] = field(default_factory=dict)
    by_report: dict[str, list[Incident]] = field(default_factory=dict)

    @classmethod
    def build(cls, incidents: list[Incident]) -> IncidentIndex:
        index = cls(incidents, {i.id: i for i in incidents})
        for incident in incidents:
            for report_id in dict.fromkeys(c.record.report_id for c in incident.claims):
                index.by_report.setdefault(report_id, []).append(incident)
        return index


def load_index(ledger: Ledger, gazetteer: Gazetteer) -> IncidentIndex:
    from claimledger.incidents import build_incidents, records_from_ledger
    from claimledger.incidents.cluster import GazetteerPlaces

    return IncidentIndex.build(
        build_incidents(records_from_ledger(ledger), GazetteerPlaces(gazetteer))
    )


def select(index: IncidentIndex, flt: IncidentFilter) -> list[Incident]:
    """Matching incidents, latest night first."""
    found = [i for i in index.incidents if flt.matches(i)]
    return sorted(found, key=lambda i: (i.key.night, i.key.place), reverse=True)


def incident_summary(incident: Incident) -> dict[str, Any]:
    """An incident in a list: its key, status and headline numbers, not every claim."""
    data = incident.to_dict()
    del data["claims"], data["relays"], data["values"], data["timeline"]
    data["claims"] = len(incident.claims)
    estimate = data["estimates"].get(incident.action)
    data["best"] = estimate["best"] if estimate else None
    return data


def side_best(values: list[OriginValue], side: str | None) -> int | None:
    """The best estimate of an action across origins, of one side's origins when `side`."""
    if side:
        values = [v for v in values if (v.origin.side or "unknown") == side]
    return low_best_high(values)["best"] if values else None


@dataclass(slots=True)
class RegionMark:
    """One circle of the map: a place with its incidents under the current filters."""

    code: str
    name: str
    lat: float
    lon: float
    kind: str
    quantity: int = 0
    incidents: int = 0
    claims: int = 0
    statuses: Counter[str] = field(default_factory=Counter)

    @property
    def status(self) -> str:
        """The status that leads, ranked as an incident ranks its actions (disputed first)."""
        present = [s for s in STATUS_ORDER if self.statuses[s]]
        return present[0] if present else "claimed"

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "kind": self.kind,
            "quantity": self.quantity,
            "incidents": self.incidents,
            "claims": self.claims,
            "status": self.status,
            "statuses": dict(self.statuses),
        }


def region_marks(
    incidents: list[Incident], flt: IncidentFilter, gazetteer: Gazetteer
) -> tuple[list[RegionMark], list[str]]:
    """Map circles of the incidents (already filtered), largest first, and the places that
    have no coordinates (unknown places)."""
    marks: dict[str, RegionMark] = {}
    unplaced: set[str] = set()
    for incident in incidents:
        code = incident.key.place
        place = gazetteer.get(code)
        if place is None:
            unplaced.add(code)
            continue
        mark = marks.get(code)
        if mark is None:
            mark = marks[code] = RegionMark(code, place.name, place.lat, place.lon, place.kind)
        action = flt.action or incident.action
        best = side_best(incident.values.get(action, []), flt.side)
        mark.quantity += best or 0
        mark.incidents += 1
        mark.claims += sum(1 for c in incident.claims if c.role == "claim")
        mark.statuses[incident.status] += 1
    ordered = sorted(marks.values(), key=lambda m: (-m.quantity, m.code))
    return ordered, sorted(unplaced)


@dataclass(slots=True)
class Night:
    """One night of the timeline: per claimant side, launched and intercepted."""

    night: str
    values: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    incidents: int = 0

    def get(self, side: str, action: str) -> int:
        return self.values.get((side, action), 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "night": self.night,
            "incidents": self.incidents,
            "sides": {
                side: {action: self.get(side, action) for action in TIMELINE_ACTIONS}
                for side in SIDES
            },
        }


def timeline(incidents: list[Incident]) -> list[Night]:
    """Nights, oldest first, with each side's launched and intercepted estimates summed."""
    nights: dict[str, Night] = {}
    for incident in incidents:
        night = nights.setdefault(incident.key.night, Night(incident.key.night))
        night.incidents += 1
        for action in TIMELINE_ACTIONS:
            values = incident.values.get(action, [])
            for side in {v.origin.side or "unknown" for v in values}:
                night.values[(side, action)] += side_best(values, side) or 0
    return [nights[n] for n in sorted(nights)]


def timeline_totals(nights: list[Night]) -> dict[tuple[str, str], int]:
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for night in nights:
        for key, value in night.values.items():
            totals[key] += value
    return dict(totals)
