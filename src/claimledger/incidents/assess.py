"""Values per origin, disagreements, arithmetic checks and verification status of incidents.

Statuses (the same rules for every party; docs/verification.md explains them):
- `claimed`: one origin stands behind the numbers;
- `corroborated`: two or more independent origins agree within the tolerance below;
- `disputed`: independent origins disagree, or a report carries a denial;
- `confirmed`: the attacking side's own origin acknowledges what the other side reports.
Exact counts agree when they differ by at most 10 % of the larger (rounded down): 9 and 10
agree, 7 and 9 do not. A qualified count ("more than 20", "about 30") agrees with any exact count
it admits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimledger.incidents.cluster import (
    IncidentKey,
    Member,
    PlaceLookup,
    cluster,
    main_action,
)
from claimledger.incidents.origins import Origin, Relay, assign_origins
from claimledger.incidents.records import ClaimRecord

STATUS_ORDER = ("disputed", "confirmed", "corroborated", "claimed")


@dataclass(slots=True)
class OriginValue:
    """What one origin says about one action in an incident."""

    origin: Origin
    action: str
    quantity: int
    qualifier: str
    reports: list[str]

    def admits(self, other: OriginValue) -> bool:
        return values_agree(self.quantity, self.qualifier, other.quantity, other.qualifier)


def values_agree(a: int, qa: str, b: int, qb: str) -> bool:
    if (qa == "at_least" and b >= a) or (qb == "at_least" and a >= b):
        return True
    if (qa == "at_most" and b <= a) or (qb == "at_most" and a <= b):
        return True
    if "approx" in (qa, qb):
        return abs(a - b) <= max(1, 0.2 * max(a, b))
    return abs(a - b) <= int(0.1 * max(a, b))


@dataclass(slots=True)
class IncidentClaim:
    record: ClaimRecord
    origin: Origin
    role: str
    status: str = "claimed"
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        claim = self.record.claim
        return {
            "claim_id": self.record.claim_id,
            "report_id": self.record.report_id,
            "source": self.record.source,
            "role": self.role,
            "action": claim.action,
            "weapon": claim.weapon,
            "model": claim.model,
            "location": claim.location,
            "claimant": claim.claimant,
            "claimant_side": claim.claimant_side,
            "claimant_kind": claim.claimant_kind,
            "quantity": claim.quantity,
            "qualifier": claim.qualifier,
            "date": claim.date,
            "origin": self.origin.label,
            "status": self.status,
            "reason": self.reason,
            "evidence": claim.evidence.to_dict(),
        }


@dataclass(slots=True)
class Incident:
    key: IncidentKey
    action: str
    claims: list[IncidentClaim]
    relays: list[Relay]
    values: dict[str, list[OriginValue]]
    flags: list[str] = field(default_factory=list)
    status: str = "claimed"
    reasons: list[str] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.key.id

    @property
    def report_count(self) -> int:
        return len({c.record.report_id for c in self.claims})

    @property
    def origin_count(self) -> int:
        return len({c.origin.key for c in self.claims if c.role == "claim"})

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.key.night,
            "location": self.key.place,
            "action": self.action,
            "weapon": self.key.weapon,
            "attacker_side": self.key.attacker,
            "status": self.status,
            "reasons": self.reasons,
            "reports": self.report_count,
            "origins": self.origin_count,
            "flags": self.flags,
            "markers": self.markers,
            "values": {
                action: [
                    {
                        "origin": v.origin.label,
                        "side": v.origin.side,
                        "quantity": v.quantity,
                        "qualifier": v.qualifier,
                        "reports": v.reports,
                    }
                    for v in values
                ]
                for action, values in self.values.items()
            },
            "estimates": {a: low_best_high(v) for a, v in self.values.items()},
            "relays": [
                {"report_id": r.report_id, "relayer": r.relayer, "origin": r.origin, "how": r.how}
                for r in self.relays
            ],
            "claims": [c.to_dict() for c in self.claims],
        }


def low_best_high(values: Sequence[OriginValue]) -> dict[str, int]:
    """UCDP-style estimates across origins: lowest, median (best) and highest value."""
    numbers = sorted(v.quantity for v in values)
    return {"low": numbers[0], "best": numbers[(len(numbers) - 1) // 2], "high": numbers[-1]}


def _origin_values(claims: Sequence[IncidentClaim]) -> dict[str, list[OriginValue]]:
    """Per action, one value per origin: the sum over a report's sub-places, the largest report.

    Within one report, "6 over Kaluga and 1 in the Dzerzhinsky district" add up; across reports
    the same origin is relayed or updated, so the largest report's sum stands.
    """
    sums: dict[tuple[str, str, str], int] = defaultdict(int)
    qualifiers: dict[tuple[str, str, str], str] = {}
    origins: dict[str, Origin] = {}
    for c in claims:
        if c.role != "claim":
            continue
        k = (c.record.claim.action, c.origin.key, c.record.report_id)
        sums[k] += c.record.claim.quantity
        qualifiers[k] = c.record.claim.qualifier if k not in qualifiers else "exact"
        origins[c.origin.key] = c.origin
    best: dict[tuple[str, str], OriginValue] = {}
    for (action, origin_key, report_id), quantity in sums.items():
        current = best.get((action, origin_key))
        if current is None or quantity > current.quantity:
            reports = current.reports if current else []
            best[(action, origin_key)] = OriginValue(
                origins[origin_key],
                action,
                quantity,
                qualifiers[(action, origin_key, report_id)],
                reports,
            )
        best[(action, origin_key)].reports.append(report_id)
    values: dict[str, list[OriginValue]] = defaultdict(list)
    for (action, _), value in sorted(best.items()):
        value.reports = sorted(set(value.reports))
        values[action].append(value)
    return dict(values)


def _side(origin: Origin) -> str:
    return origin.side or "unknown side"


def _say(value: OriginValue) -> str:
    qualifier = {"approx": "about ", "at_least": "at least ", "at_most": "up to "}.get(
        value.qualifier, ""
    )
    return f"{value.origin.label} ({_side(value.origin)}) says {qualifier}{value.quantity}"


def disagreements(values: Sequence[OriginValue]) -> list[str]:
    """Every pair of origins whose values for one action disagree, in words."""
    return [
        f"{_say(a)}, {_say(b)}"
        for i, a in enumerate(values)
        for b in values[i + 1 :]
        if not a.admits(b)
    ]


def differences(action: str, values: Sequence[OriginValue]) -> list[str]:
    """A flag for every pair of origins whose numbers differ; the status counts only those
    beyond the tolerance, but users see every difference."""
    flags = []
    for i, a in enumerate(values):
        for b in values[i + 1 :]:
            if a.quantity == b.quantity and a.qualifier == b.qualifier:
                continue
            within = " (within tolerance)" if a.admits(b) else ""
            flags.append(f"{action}: {_say(a)}, {_say(b)}{within}")
    return flags


def action_status(values: Sequence[OriginValue], denied: bool) -> tuple[str, str]:
    """The status of one action's numbers in an incident, with its reason in words."""
    action = values[0].action
    conflicts = disagreements(values)
    if conflicts:
        return "disputed", f"{action}: independent origins disagree: {'; '.join(conflicts)}"
    if denied:
        return "disputed", f"{action}: {_say(values[0])}, and a report carries a denial"
    if len(values) == 1:
        return "claimed", f"{action}: one origin only: {_say(values[0])}"
    sides = {v.origin.side for v in values}
    listing = "; ".join(_say(v) for v in values)
    if {"ru", "ua"} <= sides:
        return "confirmed", f"{action}: both parties agree: {listing}"
    return "corroborated", f"{action}: {len(values)} independent origins agree: {listing}"


def _arithmetic_flags(values: dict[str, list[OriginValue]]) -> list[str]:
    flags: list[str] = []
    launched = {v.origin.key: v for v in values.get("launched", [])}
    stopped: dict[str, int] = defaultdict(int)
    for action in ("intercepted", "suppressed"):
        for v in values.get(action, []):
            stopped[v.origin.key] += v.quantity
    for key, count in stopped.items():
        if key in launched and count > launched[key].quantity:
            flags.append(
                f"{launched[key].origin.label} reports {count} intercepted or suppressed, "
                f"more than the {launched[key].quantity} it says were launched"
            )
    for fired in values.get("launched", []):
        for downed in values.get("intercepted", []):
            parties = {downed.origin.side, fired.origin.side}
            if parties == {"ru", "ua"} and downed.quantity > fired.quantity:
                flags.append(
                    f"{downed.origin.label} ({_side(downed.origin)}) claims {downed.quantity} "
                    f"intercepted, more than the {fired.quantity} that {fired.origin.label} "
                    f"({_side(fired.origin)}) says were launched"
                )
    return flags


def _breakdown_flags(groups: dict[IncidentKey, list[Member]]) -> dict[IncidentKey, list[str]]:
    """Totals whose per-region breakdowns, in the same statement, do not add up."""
    totals: dict[tuple[str, str | None, str, str], tuple[ClaimRecord, list[IncidentKey]]] = {}
    sums: dict[tuple[str, str | None, str, str], int] = defaultdict(int)
    for key, members in groups.items():
        for m in members:
            c = m.record.claim
            statement = (m.record.report_id, c.claimant, str(c.action), key.weapon)
            if m.role == "total":
                totals.setdefault(statement, (m.record, []))[1].append(key)
            elif key.place not in ("RU", "UA"):
                sums[statement] += c.quantity
    flags: dict[IncidentKey, list[str]] = defaultdict(list)
    for statement, (record, keys) in totals.items():
        if statement not in sums:
            continue  # a relayed total whose breakdown is in another report
        total, parts = record.claim.quantity, sums[statement]
        if parts != total and record.claim.qualifier == "exact":
            text = (
                f"{record.claim.claimant}'s breakdown by region adds up to {parts}, "
                f"not the stated total of {total} (report {record.report_id})"
            )
            for key in keys:
                flags[key].append(text)
    return flags


def _fold_collective_origins(claims: list[IncidentClaim]) -> None:
    """A collective description ("regional governors", "local authorities": lower-case by the
    annotation convention) in a report that names one official of the same kind and side in
    this incident is that official speaking: one origin, not two, and its numbers are a
    restatement of the official's own, shown but not added."""
    named: dict[tuple[str, str | None, str | None], set[str]] = defaultdict(set)
    by_key: dict[str, Origin] = {}
    for c in claims:
        claim = c.record.claim
        if claim.claimant and claim.claimant[:1].isupper():
            slot = (c.record.report_id, claim.claimant_kind, claim.claimant_side)
            named[slot].add(c.origin.key)
            by_key[c.origin.key] = c.origin
    for c in claims:
        claim = c.record.claim
        if not claim.claimant or claim.claimant[:1].isupper() or claim.claimant_kind != "official":
            continue
        candidates = named.get(
            (c.record.report_id, claim.claimant_kind, claim.claimant_side), set()
        )
        if len(candidates) == 1:
            # The official's own numbers are in the same report: counting the collective
            # restatement too would add the same drones twice.
            c.origin = by_key[next(iter(candidates))]
            c.role = "restatement"


def _incident_relays(claims: list[IncidentClaim], relays: dict[str, list[Relay]]) -> list[Relay]:
    """The relay edges of this incident's reports that pass on this incident's origins."""
    labels = {c.origin.label for c in claims}
    reports = dict.fromkeys(c.record.report_id for c in claims)
    return [r for rid in reports for r in relays.get(rid, []) if r.origin in labels]


def _assess(
    key: IncidentKey,
    members: list[Member],
    origins: dict[str, Origin],
    relays: dict[str, list[Relay]],
) -> Incident:
    claims = [IncidentClaim(m.record, origins[m.record.claim_id], m.role) for m in members]
    _fold_collective_origins(claims)
    values = _origin_values(claims)
    markers = sorted({kind for c in claims for kind in c.record.markers})
    incident = Incident(
        key=key,
        action=main_action(members),
        claims=sorted(
            claims,
            key=lambda c: (c.record.published is None, c.record.published or 0, c.record.claim_id),
        ),
        relays=_incident_relays(claims, relays),
        values=values,
        markers=markers,
    )
    statuses: dict[str, tuple[str, str]] = {
        action: action_status(vals, "denied" in markers) for action, vals in values.items()
    }
    for c in incident.claims:
        c.status, c.reason = statuses.get(
            c.record.claim.action, ("claimed", "a total shown beside its breakdown")
        )
    ranked = sorted(statuses.values(), key=lambda s: STATUS_ORDER.index(s[0]))
    incident.status = ranked[0][0] if ranked else "claimed"
    incident.reasons = [reason for _, reason in ranked]
    incident.flags = [flag for action, vals in values.items() for flag in differences(action, vals)]
    incident.flags = list(dict.fromkeys(incident.flags + _arithmetic_flags(values)))
    if "unverified" in markers:
        incident.reasons.append("a report notes that the claim has not been independently verified")
    if "no_comment" in markers:
        incident.reasons.append("a party declined to comment or has not commented")
    return incident


def build_incidents(records: Iterable[ClaimRecord], places: PlaceLookup) -> list[Incident]:
    """Cluster claims into incidents and assess each; ordered by night, then place."""
    records = list(records)
    origins, relay_list = assign_origins(records)
    relays: dict[str, list[Relay]] = defaultdict(list)
    for relay in relay_list:
        relays[relay.report_id].append(relay)
    groups = cluster(records, places)
    breakdown = _breakdown_flags(groups)
    incidents = []
    for key in sorted(groups):
        incident = _assess(key, groups[key], origins, relays)
        incident.flags += breakdown.get(key, [])
        incidents.append(incident)
    return incidents
