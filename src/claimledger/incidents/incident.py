"""The incident as readers see it: its claims with their origins, values, status and timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from claimledger.incidents.cluster import IncidentKey
from claimledger.incidents.origins import OWN_VOICE, PROBABLE, Link, Origin, Relay
from claimledger.incidents.records import ClaimRecord

STATUS_ORDER = ("disputed", "confirmed", "corroborated", "claimed")
OWN = Link(OWN_VOICE)


def values_agree(a: int, qa: str, b: int, qb: str) -> bool:
    """Two counts agree within the tolerance of docs/verification.md."""
    if (qa == "at_least" and b >= a) or (qb == "at_least" and a >= b):
        return True
    if (qa == "at_most" and b <= a) or (qb == "at_most" and a <= b):
        return True
    if "approx" in (qa, qb):
        return abs(a - b) <= max(1, 0.2 * max(a, b))
    return abs(a - b) <= int(0.1 * max(a, b))


@dataclass(slots=True)
class OriginValue:
    """What one origin says about one action in an incident: its account's latest value."""

    origin: Origin
    action: str
    quantity: int
    qualifier: str
    reports: list[str]
    increments: int = 0  # of the quantity, the part stated as "N more"
    hedged: bool = False  # every report of it hedges ("reportedly", "предположительно")

    def admits(self, other: OriginValue) -> bool:
        return values_agree(self.quantity, self.qualifier, other.quantity, other.qualifier)


def low_best_high(values: Sequence[OriginValue]) -> dict[str, int]:
    """UCDP-style estimates across origins: lowest, median (best) and highest value."""
    numbers = sorted(v.quantity for v in values)
    return {"low": numbers[0], "best": numbers[(len(numbers) - 1) // 2], "high": numbers[-1]}


@dataclass(slots=True)
class IncidentClaim:
    record: ClaimRecord
    origin: Origin
    role: str  # "claim", "total" (a country total beside its breakdown) or "restatement"
    link: Link = OWN
    status: str = "claimed"
    reason: str = ""

    @property
    def counted(self) -> bool:
        """Whether its number enters its origin's account: a probable relay only echoes a
        number the account has already, and a restatement or a total is shown beside it."""
        return self.role == "claim" and self.link.how != PROBABLE

    def to_dict(self) -> dict[str, Any]:
        claim = self.record.claim
        return {
            "claim_id": self.record.claim_id,
            "report_id": self.record.report_id,
            "source": self.record.source,
            "published": self.record.published.isoformat() if self.record.published else None,
            "sample": self.record.sample,
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
            "update": self.record.cues.update or None,
            "date": claim.date,
            "origin": self.origin.label,
            "how": self.link.how,
            "echoes": self.link.echoes,
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
    timeline: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.key.id

    @property
    def report_count(self) -> int:
        return len({c.record.report_id for c in self.claims})

    @property
    def origin_count(self) -> int:
        return len({c.origin.key for c in self.claims if c.role != "total"})

    @property
    def samples(self) -> list[str]:
        """Its reports that are bundled samples, not real reports."""
        return sorted({c.record.report_id for c in self.claims if c.record.sample})

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
            "samples": self.samples,
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
            "relays": [r.to_dict() for r in self.relays],
            "timeline": self.timeline,
            "claims": [c.to_dict() for c in self.claims],
        }
