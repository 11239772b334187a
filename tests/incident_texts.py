"""Building incident records from report texts, as extraction would give them.

The incident stage reads cues from the words around each claim's number (cues.toml), so tests
that exercise updates, running totals, own sources and copies build reports with real text and
claims whose number span falls on it. Markers are given as kinds, as extraction stores them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from claimledger.incidents import ClaimRecord, records_from_extractions
from claimledger.model import Claim, Extraction, Marker, Report, Span

GOVERNOR = {"claimant": "Vladislav Shapsha", "claimant_side": "ru", "claimant_kind": "official"}
MINISTRY = {
    "claimant": "Russian Ministry of Defence",
    "claimant_side": "ru",
    "claimant_kind": "military",
}


def outlet(name: str, side: str = "ru") -> dict[str, Any]:
    return {"claimant": name, "claimant_side": side, "claimant_kind": "outlet"}


@dataclass
class Said:
    """One claim of a post: the words of its number in the text, and its fields."""

    number: str
    quantity: int
    who: dict[str, Any]
    fields: dict[str, Any] = field(default_factory=dict)


def post(
    rid: str,
    source: str,
    when: str,
    text: str,
    *said: Said,
    markers: tuple[str, ...] = (),
    lang: str = "ru",
    meta: dict[str, Any] | None = None,
) -> Extraction:
    """A report published at `when` (HH:MM, UTC, 22 November 2024) with its claims."""
    hour, minute = (int(part) for part in when.split(":"))
    report = Report(
        text=text,
        id=rid,
        source=source,
        published=datetime(2024, 11, 22, hour, minute, tzinfo=UTC),
        lang=lang,
        meta=meta or {},
    )
    claims = []
    searched = 0
    for s in said:
        start = text.index(s.number, searched)
        searched = start + len(s.number)
        span = Span.of(text, start, start + len(s.number))
        base: dict[str, Any] = {
            "action": "intercepted",
            "weapon": "uav",
            "attacker_side": "ua",
            "date": "2024-11-22",
            "location": "RU-KLU",
        }
        base.update(s.who)
        base.update(s.fields)
        claims.append(Claim(quantity=s.quantity, evidence=span, spans={"number": span}, **base))
    marks = [Marker(kind, Span.of(text, 0, 1)) for kind in markers]  # type: ignore[arg-type]
    return Extraction(report=report, claims=claims, markers=marks)


def records(*posts: Extraction) -> list[ClaimRecord]:
    return records_from_extractions(posts)
