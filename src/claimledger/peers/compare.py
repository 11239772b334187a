"""A peer's counts per night beside the claims the ledger read from the texts of that night.

Both sides are claims in the same ledger: the peer's, imported with `import-peer`, and ours,
extracted from reports. Ours are the Ukrainian Air Force's kind of claims: intercepted, by a
Ukrainian military claimant, over Ukraine (location UA or a Ukrainian region). Each claim goes
to the peer's column of its weapon and model (claimledger.peers.columns). Within a night the
peer's rows add up (one row per picture); so do our reports, except that reports with the very
same counts are one statement relayed, counted once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimledger.export.timing import claim_day
from claimledger.ledger import Ledger
from claimledger.peers.columns import destroyed_columns, peer_column
from claimledger.peers.tables import KINDS, SOURCES

UNMAPPED = "unmapped"


def _order(column: str) -> int:
    """A column's place in the peer table (unmapped last): the table's order, not ours."""
    order = [*destroyed_columns(), UNMAPPED]
    return order.index(column) if column in order else 999


@dataclass(slots=True)
class NightComparison:
    night: str
    peer: dict[str, int] = field(default_factory=dict)
    ours: dict[str, int] = field(default_factory=dict)
    peer_reports: list[str] = field(default_factory=list)
    our_reports: list[str] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        return sorted(set(self.peer) | set(self.ours), key=_order)

    @property
    def differences(self) -> dict[str, int]:
        """Ours minus the peer's, per column where they differ."""
        found = {c: self.ours.get(c, 0) - self.peer.get(c, 0) for c in self.columns}
        return {c: d for c, d in found.items() if d}

    @property
    def agrees(self) -> bool:
        return not self.differences

    def to_dict(self) -> dict[str, Any]:
        return {
            "night": self.night,
            "peer": self.peer,
            "ours": self.ours,
            "differences": self.differences,
            "peer_reports": self.peer_reports,
            "our_reports": self.our_reports,
        }


def compare_nights(
    ledger: Ledger,
    kind: str,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
) -> list[NightComparison]:
    """Nights the peer covers (within since/until), with both sides' counts per column.

    `source`, when given, keeps only our reports whose source contains it (case-insensitive).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown peer kind {kind!r}; use one of {', '.join(KINDS)}")
    peer_source = SOURCES[kind]
    peers = set(SOURCES.values())
    langs = ledger.report_languages()
    peer_side: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    our_side: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for claim in ledger.iter_claims(action="intercepted"):
        night = claim_day(claim["date"], claim["published"], langs.get(claim["report_id"]))
        if night is None:
            continue
        column = peer_column(claim["weapon"], claim["model"]) or UNMAPPED
        if claim["source"] == peer_source:
            peer_side[night][claim["report_id"]][column] += claim["quantity"]
        elif claim["source"] not in peers and _ours(claim, source):
            our_side[night][claim["report_id"]][column] += claim["quantity"]
    nights = sorted(n for n in peer_side if (not since or n >= since) and (not until or n <= until))
    return [
        NightComparison(
            night,
            peer=_total(peer_side[night].values(), relayed_once=False),
            ours=_total(our_side.get(night, {}).values(), relayed_once=True),
            peer_reports=sorted(peer_side[night]),
            our_reports=sorted(our_side.get(night, {})),
        )
        for night in nights
    ]


def summary(comparisons: Iterable[NightComparison]) -> dict[str, Any]:
    """Nights compared and agreeing, and totals per column on both sides."""
    nights = list(comparisons)
    peer_totals: Counter[str] = Counter()
    our_totals: Counter[str] = Counter()
    for night in nights:
        peer_totals.update(night.peer)
        our_totals.update(night.ours)
    columns = sorted(set(peer_totals) | set(our_totals), key=_order)
    agreeing = sum(1 for n in nights if n.agrees)
    return {
        "nights": len(nights),
        "agreeing": agreeing,
        "share": round(agreeing / len(nights), 4) if nights else None,
        "without_ours": sum(1 for n in nights if not n.our_reports),
        "totals": {c: {"peer": peer_totals[c], "ours": our_totals[c]} for c in columns},
    }


def _ours(claim: dict[str, Any], source: str | None) -> bool:
    location = claim["location"] or ""
    if claim["claimant_side"] != "ua" or claim["claimant_kind"] != "military":
        return False
    if location != "UA" and not location.startswith("UA-"):
        return False
    return source is None or source.casefold() in (claim["source"] or "").casefold()


def _total(reports: Iterable[Counter[str]], relayed_once: bool) -> dict[str, int]:
    total: Counter[str] = Counter()
    seen: set[tuple[tuple[str, int], ...]] = set()
    for counts in reports:
        key = tuple(sorted(counts.items()))
        if relayed_once and key in seen:
            continue
        seen.add(key)
        total.update(counts)
    return dict(sorted(total.items(), key=lambda item: _order(item[0])))
