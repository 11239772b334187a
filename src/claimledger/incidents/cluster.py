"""Grouping claims into incidents: one night, one place, one weapon class, one attacker.

Claims are blocked by night first, so the cost grows with the number of claims, not with its
square, and two nights are never merged. A country-level total ("23 drones over three regions")
is the parent of the per-region breakdowns of the same statement, not an incident of its own;
claims without a weapon (casualties, mixed "air targets") join the incident of their place and
night when there is one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from claimledger.incidents.records import ClaimRecord

if TYPE_CHECKING:
    from claimledger.places.gazetteer import Gazetteer

WEAPON_CLASS: dict[str | None, str | None] = {
    "uav": "uav",
    "cruise_missile": "missile",
    "ballistic_missile": "missile",
    "missile": "missile",
    "guided_bomb": "guided_bomb",
    "rocket": "rocket",
    "aircraft": "aircraft",
    "helicopter": "helicopter",
    None: None,
}
COUNTRIES = frozenset({"RU", "UA"})
# Over a country's territory, absent a word in the text, the attack came from the other side.
_DEFENDER_TO_ATTACKER = {"RU": "ua", "UA": "ru"}


class PlaceLookup(Protocol):
    """What clustering needs from the gazetteer: a place's region and country by code."""

    def region_of(self, code: str) -> str | None: ...

    def country_of(self, code: str) -> str | None: ...


@dataclass(frozen=True, slots=True, order=True)
class IncidentKey:
    night: str
    place: str  # region-level code, a country code, a sea, or "unknown"
    weapon: str  # weapon class, or "any" for claims with none
    attacker: str  # "ru", "ua", "other" or "unknown"

    @property
    def id(self) -> str:
        return f"{self.night}/{self.place}/{self.weapon}/{self.attacker}"


@dataclass(frozen=True, slots=True)
class Member:
    record: ClaimRecord
    role: str  # "claim", or "total" for a country total shown beside its breakdowns


def place_of(code: str | None, places: PlaceLookup) -> str:
    """The region-level code a claim's place belongs to (a city counts under its region)."""
    if not code:
        return "unknown"
    if code.startswith(("city:", "district:")):
        return places.region_of(code) or code
    return code


def attacker_of(record: ClaimRecord, places: PlaceLookup) -> str:
    if record.claim.attacker_side:
        return record.claim.attacker_side
    country = places.country_of(record.claim.location) if record.claim.location else None
    return _DEFENDER_TO_ATTACKER.get(country or "", "unknown")


def key_of(record: ClaimRecord, places: PlaceLookup) -> IncidentKey | None:
    night = record.night
    if night is None:
        return None
    return IncidentKey(
        night,
        place_of(record.claim.location, places),
        WEAPON_CLASS.get(record.claim.weapon) or "any",
        attacker_of(record, places),
    )


def _statement(record: ClaimRecord, key: IncidentKey) -> tuple[str, str | None, str, str, str]:
    """Claims of one statement: the same report, claimant, action, weapon class and night."""
    return (record.report_id, record.claim.claimant, record.claim.action, key.weapon, key.night)


def cluster(records: Iterable[ClaimRecord], places: PlaceLookup) -> dict[IncidentKey, list[Member]]:
    keyed = [(r, k) for r in records if (k := key_of(r, places)) is not None]
    children: dict[tuple[str, str | None, str, str, str], list[IncidentKey]] = defaultdict(list)
    for record, key in keyed:
        if key.place not in COUNTRIES:
            children[_statement(record, key)].append(key)

    strikes = _named_strikes(keyed)
    totals = _totals_with_breakdowns(keyed, children)
    groups: dict[IncidentKey, list[Member]] = defaultdict(list)
    for record, key in keyed:
        breakdowns = None
        if key.place in COUNTRIES:
            breakdowns = children.get(_statement(record, key)) or totals.get(_total(record, key))
        if breakdowns:
            for child in dict.fromkeys(breakdowns):
                groups[child].append(Member(record, "total"))
            continue
        if key.place in COUNTRIES:
            key = strikes.get(_strike(record, key), key)
        groups[key].append(Member(record, "claim"))
    _attach_weaponless(groups)
    return dict(groups)


def _total(record: ClaimRecord, key: IncidentKey) -> tuple[str | None, str, str, str, int]:
    c = record.claim
    return (c.claimant, c.action, key.weapon, key.night, c.quantity)


def _totals_with_breakdowns(
    keyed: list[tuple[ClaimRecord, IncidentKey]],
    children: dict[tuple[str, str | None, str, str, str], list[IncidentKey]],
) -> dict[tuple[str | None, str, str, str, int], list[IncidentKey]]:
    """Country totals that some report gives with their breakdown, by claimant and number.

    A digest relaying "the Ministry says 23 drones were shot down over three regions" without
    the per-region numbers is the same total as the post that has them: it is shown beside the
    same breakdowns, not as an incident of its own.
    """
    found: dict[tuple[str | None, str, str, str, int], list[IncidentKey]] = defaultdict(list)
    for record, key in keyed:
        if key.place in COUNTRIES and record.claim.claimant:
            found[_total(record, key)].extend(children.get(_statement(record, key), []))
    return {total: keys for total, keys in found.items() if keys}


def _strike(record: ClaimRecord, key: IncidentKey) -> tuple[str, str | None, str, str, str]:
    """A report's account of one named weapon model on one night."""
    return (record.report_id, record.claim.model, key.night, key.weapon, key.attacker)


def _named_strikes(
    keyed: list[tuple[ClaimRecord, IncidentKey]],
) -> dict[tuple[str, str | None, str, str, str], IncidentKey]:
    """The single region of each report's account of a named weapon model on one night.

    "Eight ATACMS were fired at Russian territory" in a report whose other claims put the same
    ATACMS strike in Bryansk Oblast is about that strike: a country-level claim joins the region
    when its report names the same model in exactly one region that night. Unnamed weapons are
    never moved: "42 drones over Russia" beside a governor's 5 over Kursk is not about Kursk.
    """
    regions: dict[tuple[str, str | None, str, str, str], set[IncidentKey]] = defaultdict(set)
    for record, key in keyed:
        if record.claim.model and key.place not in COUNTRIES:
            regions[_strike(record, key)].add(key)
    return {strike: next(iter(keys)) for strike, keys in regions.items() if len(keys) == 1}


def _attach_weaponless(groups: dict[IncidentKey, list[Member]]) -> None:
    """Move claims with no weapon into the largest incident of their night, place and attacker."""
    by_place: dict[tuple[str, str, str], list[IncidentKey]] = defaultdict(list)
    for key in groups:
        if key.weapon != "any":
            by_place[(key.night, key.place, key.attacker)].append(key)
    for key in [k for k in groups if k.weapon == "any"]:
        candidates = by_place.get((key.night, key.place, key.attacker))
        if candidates:
            target = max(candidates, key=lambda k: (len(groups[k]), k))
            groups[target].extend(groups.pop(key))


def main_action(members: Sequence[Member]) -> str:
    """The incident's headline action: the most frequent, interceptions first on ties."""
    priority = ("intercepted", "launched", "hit", "suppressed", "killed", "injured")
    counts = Counter(m.record.claim.action for m in members if m.role == "claim")
    if not counts:
        counts = Counter(m.record.claim.action for m in members)
    return max(counts, key=lambda a: (counts[a], -priority.index(a) if a in priority else -99))


class GazetteerPlaces:
    """`PlaceLookup` over the gazetteer: ISO codes carry their country, cities their region."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer

    def region_of(self, code: str) -> str | None:
        place = self._gazetteer.get(code)
        return place.region if place else None

    def country_of(self, code: str) -> str | None:
        if code[:3] in ("RU-", "UA-") or code in COUNTRIES:
            return code[:2]
        place = self._gazetteer.get(code)
        return place.country if place else None
