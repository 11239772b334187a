"""The claim model: plain typed records, every one pointing back to its text.

The fields and vocabularies follow the annotation guide (shared/eval/ANNOTATION.md), which is the
contract of this module: an extractor fills these records, the ledger stores them, and the JSON
forms below are what `claimledger extract` prints and what the scorer reads.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

# The languages claimledger reads: the one list every other module takes them from.
Language = Literal["en", "ru", "uk"]
Action = Literal["launched", "intercepted", "suppressed", "hit", "killed", "injured"]
Weapon = Literal[
    "uav",
    "cruise_missile",
    "ballistic_missile",
    "missile",
    "guided_bomb",
    "rocket",
    "aircraft",
    "helicopter",
]
Qualifier = Literal["exact", "approx", "at_least", "at_most"]
Side = Literal["ru", "ua", "other"]
ClaimantKind = Literal[
    "military", "official", "media", "expert", "witness", "anonymous", "outlet"
]
MarkerKind = Literal["unverified", "no_comment", "media_provenance_unclear", "denied", "hedged"]
Verdict = Literal["consistent", "inconsistent", "unknown"]
MediaKind = Literal["video", "photo"]

LANGUAGES: tuple[Language, ...] = get_args(Language)
ACTIONS: tuple[str, ...] = get_args(Action)
WEAPONS: tuple[str, ...] = get_args(Weapon)
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
SIDES: tuple[str, ...] = get_args(Side)
CLAIMANT_KINDS: tuple[str, ...] = get_args(ClaimantKind)
MARKER_KINDS: tuple[str, ...] = get_args(MarkerKind)
MISSILE_KINDS: frozenset[str] = frozenset({"missile", "cruise_missile", "ballistic_missile"})


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) of a report's text, with the text it covers."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


def report_id(source: str | None, text: str) -> str:
    """Stable id of a report that came without one: a hash of its source and its text."""
    # surrogatepass: a lone surrogate from a JSON escape must not make the id raise (readers
    # replace them, and make the id again from the clean text).
    digest = hashlib.sha256(f"{source or ''}\x00{text}".encode("utf-8", "surrogatepass"))
    return f"sha256:{digest.hexdigest()[:24]}"


@dataclass(slots=True)
class Report:
    """One published text: a Telegram post, an article, a feed item, a file."""

    text: str
    id: str = ""
    source: str | None = None  # channel, site or file the report came from
    published: datetime | None = None
    lang: str | None = None  # "en", "ru", "uk"; None until detected
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = report_id(self.source, self.text)


# A claim's own fields, as Claim.to_dict() names them (no evidence or spans), in the order exports,
# drafts and the ledger's columns list them.
CLAIM_FIELDS: tuple[str, ...] = (
    "action",
    "weapon",
    "model",
    "quantity",
    "qualifier",
    "location",
    "claimant",
    "claimant_side",
    "claimant_kind",
    "attacker_side",
    "date",
)


@dataclass(slots=True)
class Claim:
    """One quantified statement about the air war, attributed to somebody (ANNOTATION.md)."""

    action: Action
    quantity: int
    evidence: Span
    weapon: Weapon | None = None
    model: str | None = None
    qualifier: Qualifier = "exact"
    location: str | None = None
    claimant: str | None = None
    claimant_side: Side | None = None
    claimant_kind: ClaimantKind | None = None
    attacker_side: Side | None = None
    date: str | None = None  # YYYY-MM-DD, local date of the night's morning
    # Evidence of single fields: keys among "number", "action", "weapon", "place", "claimant",
    # "date". The place's wording is kept here even when the code is neutral (UA-43 for Crimea).
    spans: dict[str, Span] = field(default_factory=dict)

    def key(self) -> tuple[Any, ...]:
        """Identity of a claim within one report: the same claim repeated is annotated once."""
        return (
            self.action,
            self.weapon,
            self.quantity,
            self.location,
            self.claimant,
            self.date,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "weapon": self.weapon,
            "model": self.model,
            "quantity": self.quantity,
            "qualifier": self.qualifier,
            "location": self.location,
            "claimant": self.claimant,
            "claimant_side": self.claimant_side,
            "claimant_kind": self.claimant_kind,
            "attacker_side": self.attacker_side,
            "date": self.date,
            "evidence": self.evidence.to_dict(),
            "spans": {k: v.to_dict() for k, v in sorted(self.spans.items())},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(
            action=data["action"],
            quantity=int(data["quantity"]),
            evidence=Span.from_dict(data["evidence"]),
            weapon=data.get("weapon"),
            model=data.get("model"),
            qualifier=data.get("qualifier") or "exact",
            location=data.get("location"),
            claimant=data.get("claimant"),
            claimant_side=data.get("claimant_side"),
            claimant_kind=data.get("claimant_kind"),
            attacker_side=data.get("attacker_side"),
            date=data.get("date"),
            spans={k: Span.from_dict(v) for k, v in (data.get("spans") or {}).items()},
        )


@dataclass(slots=True)
class Quote:
    """Direct speech; one quote may run over several paragraphs, hence several spans."""

    speaker: str | None
    speaker_description: str | None
    text: str
    spans: list[Span]
    speaker_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_description": self.speaker_description,
            "text": self.text,
            "spans": [s.to_dict() for s in self.spans],
            "speaker_evidence": self.speaker_span.to_dict() if self.speaker_span else None,
        }


@dataclass(slots=True)
class Marker:
    """A phrase that qualifies the report's claims: unverified, no comment, unclear footage..."""

    kind: MarkerKind
    evidence: Span

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "evidence": self.evidence.to_dict()}


@dataclass(slots=True)
class Check:
    """A statement the system can check, with the stated and the computed value and a verdict."""

    kind: str  # "distance"
    subject: str
    reference: str
    evidence: Span
    stated_km: float | None = None
    stated_direction: str | None = None  # compass point: N, NE, ..., NNW
    computed_km: float | None = None
    computed_bearing_deg: float | None = None
    verdict: Verdict = "unknown"
    reason: str = ""
    subject_code: str | None = None
    reference_code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "reference": self.reference,
            "subject_code": self.subject_code,
            "reference_code": self.reference_code,
            "stated_km": self.stated_km,
            "stated_direction": self.stated_direction,
            "computed_km": self.computed_km,
            "computed_bearing_deg": self.computed_bearing_deg,
            "verdict": self.verdict,
            "reason": self.reason,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(slots=True)
class MediaMention:
    """A photo or video that the report says accompanies a claim."""

    kind: MediaKind
    evidence: Span
    claimant: str | None = None
    provenance: Literal["unclear"] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "claimant": self.claimant,
            "provenance": self.provenance,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(slots=True)
class Extraction:
    """Everything read from one report."""

    report: Report
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    media: list[MediaMention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The full form (`--format json`), shaped like shared/eval/reference-gold.json."""
        published = self.report.published
        return {
            "id": self.report.id,
            "lang": self.report.lang,
            "published": published.isoformat() if published else None,
            "source": self.report.source,
            "claims": [c.to_dict() for c in self.claims],
            "quotes": [q.to_dict() for q in self.quotes],
            "markers": [m.to_dict() for m in self.markers],
            "checks": [c.to_dict() for c in self.checks],
            "media": [m.to_dict() for m in self.media],
        }

    def to_scored_dict(self) -> dict[str, Any]:
        """The scored form (`--format jsonl`): the report's id and its claims."""
        return {"id": self.report.id, "claims": [c.to_dict() for c in self.claims]}
