"""Independence, first step: the origin of every claim as its own report shows it.

A claim's origin is who first asserted it. What one report shows: a named claimant ("according
to the Ministry"), a Telegram forward, the channel of the claimant itself, unnamed sources, the
outlet's own voice, or a text near-identical to an earlier report's. Names are resolved through
the actor registry (claimledger.incidents.identity), so a forward from "Минобороны России" and
a relay of "Russian Ministry of Defence" are one origin. The links that need the whole incident
(probable relays, collective descriptions) are made later (claimledger.incidents.relays). The
rules look only at attribution and text, never at which side a source is on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from claimledger.incidents.identity import actor_named, identity
from claimledger.incidents.records import ClaimRecord
from claimledger.incidents.simhash import near_duplicate_groups

# How a report passes on its origin, strongest evidence first (docs/verification.md).
OWN_CHANNEL = "own channel"  # the claimant's own channel (a handle of the registry)
FORWARD = "forward"  # Telegram's record of a forwarded post
ATTRIBUTION = "attribution"  # the report names who says it
COPY = "near-identical text"  # SimHash within 6 of 64 bits of an earlier report
RESTATEMENT = "restatement"  # a collective description folded into the one official named
PROBABLE = "probable relay"  # own voice repeating an attributed number published earlier
UNNAMED = "unnamed sources"  # "sources of SHOT": an origin per outlet
OWN_VOICE = "own voice"  # the outlet's own account: an origin of its own
# Links through which a report repeats somebody else: its origin is not its publisher.
RELAYED = frozenset({FORWARD, ATTRIBUTION, COPY, RESTATEMENT, PROBABLE})


@dataclass(frozen=True, slots=True)
class Origin:
    key: str  # stable identity used for counting independent origins
    label: str  # who, in words
    side: str | None


@dataclass(frozen=True, slots=True)
class Link:
    """How one report passes on its origin, with the earlier report it echoes when known."""

    how: str
    echoes: str | None = None  # report id
    minutes: float | None = None  # after the report it echoes


@dataclass(frozen=True, slots=True)
class Relay:
    """One edge of the relay graph: a report's publisher passing on an origin's claim."""

    report_id: str
    relayer: str
    origin: str
    how: str
    published: datetime | None = None
    echoes: str | None = None
    echoes_source: str | None = None
    minutes: float | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "report_id": self.report_id,
            "relayer": self.relayer,
            "origin": self.origin,
            "how": self.how,
            "published": self.published.isoformat() if self.published else None,
            "echoes": self.echoes,
            "echoes_source": self.echoes_source,
            "minutes": None if self.minutes is None else round(self.minutes),
        }


def minutes_between(later: datetime | None, earlier: datetime | None) -> float | None:
    if later is None or earlier is None:
        return None
    return (later - earlier).total_seconds() / 60


def claimant_origin(record: ClaimRecord) -> tuple[Origin, str]:
    """The origin a report names for one claim, and how it names it."""
    claim = record.claim
    name = claim.claimant or record.source or "unknown"
    if claim.claimant_kind == "anonymous":
        # Unnamed sources of two outlets are two origins: nothing says they are the same people.
        where = record.source or "unknown outlet"
        key = f"anonymous:{name.casefold()}@{where.casefold()}"
        return Origin(key, f"{name} (via {where})", claim.claimant_side), UNNAMED
    if claim.claimant_kind == "outlet" and record.forwarded_from:
        key, label, side = identity(record.forwarded_from, claim.claimant_side)
        return Origin(key, label, side), FORWARD
    key, label, side = identity(name, claim.claimant_side)
    if claim.claimant_kind == "outlet":
        return Origin(key, label, side), OWN_VOICE
    channel = actor_named(record.source)
    own = channel is not None and key in (f"actor:{channel.id}", f"actor:{channel.id}@{side}")
    return Origin(key, label, side), OWN_CHANNEL if own else ATTRIBUTION


def assign_origins(records: Sequence[ClaimRecord]) -> dict[str, tuple[Origin, Link]]:
    """The origin of every claim (by claim id), with the link its report shows."""
    # Near-identical texts: group per report, earliest report first, so a copy inherits the
    # origin of the post it copies.
    reports: dict[str, ClaimRecord] = {}
    for record in sorted(
        records, key=lambda r: (r.published is None, r.published or 0, r.report_id)
    ):
        reports.setdefault(record.report_id, record)
    report_list = list(reports.values())
    groups = near_duplicate_groups([r.fingerprint for r in report_list])
    first_of = {r.report_id: report_list[g] for r, g in zip(report_list, groups, strict=True)}

    found: dict[str, tuple[Origin, Link]] = {}
    for record in records:
        first = first_of[record.report_id]
        if first.report_id != record.report_id and record.claim.claimant_kind == "outlet":
            origin, _ = claimant_origin(_with_voice_of(record, first))
            gap = minutes_between(record.published, first.published)
            found[record.claim_id] = (origin, Link(COPY, first.report_id, gap))
        else:
            origin, how = claimant_origin(record)
            found[record.claim_id] = (origin, Link(how))
    return found


def _with_voice_of(record: ClaimRecord, first: ClaimRecord) -> ClaimRecord:
    """The record as if it spoke with the voice of the post it copies."""
    claim = replace(
        record.claim,
        claimant=first.claim.claimant if first.claim.claimant_kind == "outlet" else first.source,
        claimant_side=first.claim.claimant_side,
    )
    return replace(record, claim=claim, source=first.source, forwarded_from=first.forwarded_from)
