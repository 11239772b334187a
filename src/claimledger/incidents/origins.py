"""Independence: which reports relay the same origin.

A claim's origin is who first asserted it. Reports count as one origin when they relay the same
named claimant ("according to the Ministry"), when one forwards another, or when their texts are
near-identical (a channel copying another's post in its own voice). The rules look only at
attribution and text, never at which side a source is on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.incidents.records import ClaimRecord
from claimledger.incidents.simhash import near_duplicate_groups


@dataclass(frozen=True, slots=True)
class Origin:
    key: str  # stable identity used for counting independent origins
    label: str  # who, in words
    side: str | None


@dataclass(frozen=True, slots=True)
class Relay:
    """One edge of the relay graph: a report's publisher passing on an origin's claim."""

    report_id: str
    relayer: str
    origin: str
    how: str  # "own voice", "attribution", "forward", "near-identical text"


def _claimant_origin(record: ClaimRecord) -> Origin:
    claim = record.claim
    name = claim.claimant or record.source or "unknown"
    if claim.claimant_kind == "anonymous":
        # Unnamed sources of two outlets are two origins: nothing says they are the same people.
        where = record.source or "unknown outlet"
        return Origin(
            f"anonymous:{name.casefold()}@{where.casefold()}",
            f"{name} (via {where})",
            claim.claimant_side,
        )
    if claim.claimant_kind == "outlet" and record.forwarded_from:
        return Origin(
            f"outlet:{record.forwarded_from.casefold()}", record.forwarded_from, claim.claimant_side
        )
    kind = "outlet" if claim.claimant_kind == "outlet" else "claimant"
    return Origin(f"{kind}:{name.casefold()}", name, claim.claimant_side)


def assign_origins(records: Sequence[ClaimRecord]) -> tuple[dict[str, Origin], list[Relay]]:
    """The origin of every claim (by claim id) and the relay graph."""
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

    origins: dict[str, Origin] = {}
    relays: dict[tuple[str, str], Relay] = {}
    for record in records:
        first = first_of[record.report_id]
        copied = first.report_id != record.report_id and record.claim.claimant_kind == "outlet"
        if copied:
            origin = _claimant_origin(_with_claimant_of(record, first))
            how = "near-identical text"
        else:
            origin = _claimant_origin(record)
            how = _how(record)
        origins[record.claim_id] = origin
        relayer = record.source or "unknown"
        relays.setdefault(
            (record.report_id, origin.key), Relay(record.report_id, relayer, origin.label, how)
        )
    return origins, list(relays.values())


def _how(record: ClaimRecord) -> str:
    if record.forwarded_from:
        return "forward"
    return "own voice" if record.claim.claimant_kind == "outlet" else "attribution"


def _with_claimant_of(record: ClaimRecord, first: ClaimRecord) -> ClaimRecord:
    """The record as if it spoke with the voice of the post it copies."""
    from dataclasses import replace

    claim = replace(
        record.claim,
        claimant=first.claim.claimant if first.claim.claimant_kind == "outlet" else first.source,
        claimant_side=first.claim.claimant_side,
    )
    return replace(record, claim=claim, source=first.source, forwarded_from=first.forwarded_from)
