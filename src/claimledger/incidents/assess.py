"""Values per origin, disagreements, arithmetic checks and verification status of incidents.

Statuses (the same rules for every party; docs/verification.md explains them):
- `claimed`: one independent origin stands behind the numbers;
- `corroborated`: two or more independent origins, with no relay link between them, agree
  within the tolerance;
- `disputed`: independent origins disagree, or a report carries a denial;
- `confirmed`: origins of both parties, independent of each other, agree.
Exact counts agree when they differ by at most 10 % of the larger (rounded down): 9 and 10
agree, 7 and 9 do not. A qualified count ("more than 20", "about 30") agrees with any exact count
it admits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from claimledger.incidents.accounts import build_account
from claimledger.incidents.cluster import IncidentKey, Member, PlaceLookup, cluster, main_action
from claimledger.incidents.incident import (
    STATUS_ORDER,
    Incident,
    IncidentClaim,
    OriginValue,
    low_best_high,
    values_agree,
)
from claimledger.incidents.markers import marker_reasons
from claimledger.incidents.origins import OWN_VOICE, UNNAMED, Link, Origin, assign_origins
from claimledger.incidents.records import ClaimRecord
from claimledger.incidents.relays import (
    fold_collective_origins,
    link_copied_sentences,
    link_probable_relays,
    possible_echoes,
)
from claimledger.incidents.timeline import relay_edges, timeline

__all__ = [
    "STATUS_ORDER",
    "Incident",
    "OriginValue",
    "build_incidents",
    "low_best_high",
    "values_agree",
]


def origin_values(claims: Sequence[IncidentClaim]) -> dict[str, list[OriginValue]]:
    """Per action, one value per origin: the latest value of its account (accounts.py)."""
    grouped: dict[tuple[str, str], list[IncidentClaim]] = defaultdict(list)
    echoed: dict[tuple[str, str], list[IncidentClaim]] = defaultdict(list)
    for c in claims:
        if c.counted:
            grouped[(c.record.claim.action, c.origin.key)].append(c)
        elif c.role != "total":
            echoed[(c.record.claim.action, c.origin.key)].append(c)
    # A relay or restatement only repeats its origin's numbers, unless it is all the incident
    # has of that origin's action (a governor's "no casualties" known from a relay alone).
    for key, members in echoed.items():
        grouped.setdefault(key, members)
    values: dict[str, list[OriginValue]] = defaultdict(list)
    for (action, _), members in sorted(grouped.items()):
        account = build_account(action, [m.record for m in members])
        values[action].append(
            OriginValue(
                members[0].origin,
                action,
                account.value,
                account.qualifier,
                account.reports,
                account.increments,
                _hedged(members),
            )
        )
    return dict(values)


def _hedged(members: Sequence[IncidentClaim]) -> bool:
    """An account the outlet itself only hedges ("reportedly"): every report of it, in the
    outlet's own voice or from its unnamed sources, carries a hedge. A relayer's hedge on a
    named claimant's words is the relayer's doubt; the claimant still asserts them."""
    own = [m for m in members if m.link.how in (OWN_VOICE, UNNAMED)]
    return bool(own) and len(own) == len(members) and all("hedged" in m.record.markers for m in own)


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


def _independent_groups(
    values: Sequence[OriginValue], linked: dict[frozenset[str], str]
) -> list[list[OriginValue]]:
    """Origins joined by a link (a possible echo) are one group: they corroborate nothing."""
    group = list(range(len(values)))

    def find(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    for i, a in enumerate(values):
        for j, b in enumerate(values[:i]):
            if frozenset({a.origin.key, b.origin.key}) in linked:
                group[find(i)] = find(j)
    found: dict[int, list[OriginValue]] = defaultdict(list)
    for i, value in enumerate(values):
        found[find(i)].append(value)
    return list(found.values())


def action_status(
    values: Sequence[OriginValue],
    denied: bool,
    linked: dict[frozenset[str], str] | None = None,
) -> tuple[str, str]:
    """The status of one action's numbers in an incident, with its reason in words."""
    action = values[0].action
    conflicts = disagreements(values)
    if conflicts:
        return "disputed", f"{action}: independent origins disagree: {'; '.join(conflicts)}"
    if denied:
        return "disputed", f"{action}: {_say(values[0])}, and a report carries a denial"
    if len(values) == 1:
        return "claimed", f"{action}: one origin only: {_say(values[0])}"
    listing = "; ".join(_say(v) for v in values)
    groups = _independent_groups(values, linked or {})
    asserted = [g for g in groups if any(not v.hedged for v in g)]
    if len(groups) < 2:
        return "claimed", f"{action}: origins agree but are not independent: {listing}"
    if len(asserted) < 2:
        return "claimed", f"{action}: origins agree, but only one asserts it unhedged: {listing}"
    sides = [{v.origin.side for v in g if not v.hedged} for g in asserted]
    if any("ru" in a and "ua" in b for a in sides for b in sides if a is not b):
        return "confirmed", f"{action}: both parties agree: {listing}"
    return "corroborated", f"{action}: {len(asserted)} independent origins agree: {listing}"


def _arithmetic_flags(values: dict[str, list[OriginValue]]) -> list[str]:
    flags: list[str] = []
    launched = {v.origin.key: v for v in values.get("launched", [])}
    stopped: dict[str, int] = defaultdict(int)
    more: dict[str, int] = defaultdict(int)
    for action in ("intercepted", "suppressed"):
        for v in values.get(action, []):
            stopped[v.origin.key] += v.quantity
            more[v.origin.key] += v.increments
    for key, count in stopped.items():
        # "Six launched, all shot down; three more were shot down too": the three more were
        # launched as well, so only the count without the "N more" is held against the six.
        if key in launched and count - more[key] > launched[key].quantity:
            flags.append(
                f"{launched[key].origin.label} reports {count} intercepted or suppressed, "
                f"more than the {launched[key].quantity} it says were launched"
            )
    for fired in values.get("launched", []):
        for downed in values.get("intercepted", []):
            parties = {downed.origin.side, fired.origin.side}
            if parties == {"ru", "ua"} and downed.quantity - downed.increments > fired.quantity:
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


def _link_reason(claims: Sequence[IncidentClaim], origins: int) -> str:
    """Which links made the origins: how many reports passed on an origin by each link."""
    hows: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.role != "total":
            hows[c.link.how].add(c.record.report_id)
    used = ", ".join(f"{how} {len(reports)}" for how, reports in sorted(hows.items()))
    return f"{origins} independent origin{'s' if origins != 1 else ''}; reports by link: {used}"


def _assess(
    key: IncidentKey, members: list[Member], origins: dict[str, tuple[Origin, Link]]
) -> Incident:
    claims = []
    for m in members:
        origin, link = origins[m.record.claim_id]
        claims.append(IncidentClaim(m.record, origin, m.role, link))
    fold_collective_origins(claims)
    link_probable_relays(claims)
    link_copied_sentences(claims)
    claims.sort(key=_published)
    values = origin_values(claims)
    linked = possible_echoes(claims)
    markers = sorted({kind for c in claims for kind in c.record.markers})
    relays = relay_edges(claims)
    sides = {c.origin.label: c.origin.side for c in claims}
    incident = Incident(
        key=key,
        action=main_action(members),
        claims=claims,
        relays=relays,
        values=values,
        markers=markers,
        timeline=timeline(relays, sides),
    )
    denied = "denied" in markers
    statuses = {action: action_status(vals, denied, linked) for action, vals in values.items()}
    for c in incident.claims:
        c.status, c.reason = statuses.get(
            c.record.claim.action, ("claimed", "a total shown beside its breakdown")
        )
    ranked = sorted(statuses.values(), key=lambda s: STATUS_ORDER.index(s[0]))
    incident.status = ranked[0][0] if ranked else "claimed"
    incident.reasons = [reason for _, reason in ranked]
    incident.reasons.append(_link_reason(claims, incident.origin_count))
    incident.reasons += [f"not counted as corroboration: {why}" for why in linked.values()]
    incident.reasons += marker_reasons(claims)
    incident.flags = [flag for action, vals in values.items() for flag in differences(action, vals)]
    incident.flags = list(dict.fromkeys(incident.flags + _arithmetic_flags(values)))
    return incident


def _published(c: IncidentClaim) -> tuple[bool, object, str]:
    return (c.record.published is None, c.record.published or 0, c.record.claim_id)


def build_incidents(
    records: Iterable[ClaimRecord],
    places: PlaceLookup,
    *,
    origins: dict[str, tuple[Origin, Link]] | None = None,
    nights: Collection[str] | None = None,
) -> list[Incident]:
    """Cluster claims into incidents and assess each; ordered by night, then place.

    Only the incidents of `nights` when given (claimledger.incidents.live): the records must
    then hold every claim of those nights and of every report with a claim on one of them
    (a total's breakdown is checked across its report's nights), and `origins` those that
    `assign_origins` gives over the whole ledger (a copy's origin is the earliest report of
    its near-identical texts, whichever night that is)."""
    records = list(records)
    if origins is None:
        origins = assign_origins(records)
    groups = cluster(records, places)
    breakdown = _breakdown_flags(groups)
    incidents = []
    for key in sorted(groups):
        if nights is not None and key.night not in nights:
            continue
        incident = _assess(key, groups[key], origins)
        incident.flags += breakdown.get(key, [])
        incidents.append(incident)
    return incidents
