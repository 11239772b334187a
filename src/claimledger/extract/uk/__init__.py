"""Ukrainian claims: Air Force daily lists, overnight posts and relays, casualty reports.

`extract(report, resources)` reads one report with every pattern family of this package
(`airforce_daily`, `overnight`, `casualties`) over one shared `ReportContext`, then keeps each
claim once (ANNOTATION.md: the same claim repeated in a report is annotated once).
"""

from __future__ import annotations

from claimledger.extract.pipeline import add_outputs
from claimledger.extract.uk import airforce_daily, casualties, overnight
from claimledger.extract.uk.context import ReportContext
from claimledger.model import Claim, Extraction, Report
from claimledger.resources import Resources

__all__ = ["extract"]


def extract(report: Report, resources: Resources) -> Extraction:
    ctx = ReportContext(report, resources)
    # The daily lists go first: they mark their lines consumed for the prose grammar.
    claims = airforce_daily.find(ctx) + overnight.find(ctx) + casualties.find(ctx)
    # Quotes, markers, checks and media come from the language-neutral core (extract/outputs).
    return add_outputs(Extraction(report, claims=_unique(claims)), "uk", resources)


def _unique(claims: list[Claim]) -> list[Claim]:
    """Claims in text order, each once; two lines of a list that differ only in the model
    ("БПЛА «Мерлін-ВР»", "БПЛА «Орлан-10»") are two claims."""
    seen: set[tuple[object, ...]] = set()
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.evidence.start):
        key = (*claim.key(), claim.model)
        if key in seen:
            continue
        seen.add(key)
        kept.append(claim)
    return kept
