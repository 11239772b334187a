"""The relay graph and the timeline of an incident: who said it first, and who echoed whom.

One relay edge per report and origin: the report's publisher passes on the origin's claims, by
the link its claims show (claimledger.incidents.origins). An edge that does not name the report
it echoes (an attribution, a forward) echoes the origin's first report in the incident. The
timeline lists, in time order, the first report, each origin's first appearance and every
later relay, with the minutes since the report it echoes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from claimledger.incidents.incident import IncidentClaim
from claimledger.incidents.origins import (
    ATTRIBUTION,
    COPY,
    FORWARD,
    OWN_CHANNEL,
    OWN_VOICE,
    PROBABLE,
    RESTATEMENT,
    UNNAMED,
    Relay,
    minutes_between,
)

# A report passing on one origin by several claims shows its strongest link: the governor
# named in a report that also restates him as "regional governors" is an attribution.
_STRENGTH = (OWN_CHANNEL, FORWARD, ATTRIBUTION, UNNAMED, OWN_VOICE, COPY, PROBABLE, RESTATEMENT)


def _rank(how: str) -> int:
    return _STRENGTH.index(how) if how in _STRENGTH else len(_STRENGTH)


def _order(c: IncidentClaim) -> tuple[bool, datetime | int, str, int, str]:
    record = c.record
    return (
        record.published is None,
        record.published or 0,
        record.report_id,
        _rank(c.link.how),
        record.claim_id,
    )


def relay_edges(claims: Sequence[IncidentClaim]) -> list[Relay]:
    """One edge per report and origin, in time order."""
    first_of: dict[str, IncidentClaim] = {}
    sources: dict[str, str | None] = {}
    edges: dict[tuple[str, str], Relay] = {}
    # A country total shown beside the incident's breakdown is relayed like any claim, but
    # only an origin with a claim of its own here appears in the incident's timeline.
    present = {c.origin.key for c in claims if c.role != "total"}
    for c in sorted(claims, key=_order):
        record = c.record
        sources.setdefault(record.report_id, record.source)
        if c.origin.key not in present:
            continue
        first = first_of.setdefault(c.origin.key, c).record
        echoes, minutes = c.link.echoes, c.link.minutes
        if echoes is None and first.report_id != record.report_id:
            echoes, minutes = first.report_id, minutes_between(record.published, first.published)
        edges.setdefault(
            (record.report_id, c.origin.key),
            Relay(
                record.report_id,
                record.source or "unknown",
                c.origin.label,
                c.link.how,
                record.published,
                echoes,
                None,
                minutes,
            ),
        )
    return [
        Relay(
            r.report_id,
            r.relayer,
            r.origin,
            r.how,
            r.published,
            r.echoes,
            sources.get(r.echoes) if r.echoes else None,
            r.minutes,
        )
        for r in edges.values()
    ]


def timeline(relays: Sequence[Relay], sides: dict[str, str | None]) -> list[dict[str, Any]]:
    """The incident in time order: its first report, each origin's first appearance, then
    every relay with whom it echoes and how many minutes later."""
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    start = relays[0].published if relays else None
    for relay in relays:
        if not entries:
            event = "first report"
        elif relay.origin not in seen:
            event = "origin"
        else:
            event = "relay"
        seen.add(relay.origin)
        entries.append(
            {
                "event": event,
                "published": relay.published.isoformat() if relay.published else None,
                "since_first": _round(minutes_between(relay.published, start)),
                "report_id": relay.report_id,
                "source": relay.relayer,
                "origin": relay.origin,
                "side": sides.get(relay.origin),
                "how": relay.how,
                "echoes": relay.echoes,
                "echoes_source": relay.echoes_source,
                "minutes": _round(relay.minutes),
            }
        )
    return entries


def _round(minutes: float | None) -> int | None:
    return None if minutes is None else round(minutes)
