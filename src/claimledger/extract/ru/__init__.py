"""Russian: read by the extraction core (`claimledger.extract.pipeline`) with the Russian
lexicon (`lexicon/ru.toml`); reports the fast path rejects hold no claim."""

from __future__ import annotations

from claimledger.extract.fastpath import may_hold_claims
from claimledger.model import Extraction, Report
from claimledger.resources import Resources


def extract(report: Report, resources: Resources) -> Extraction:
    """The claims of one Russian report."""
    if not may_hold_claims(report.text, "ru"):
        return Extraction(report)
    from claimledger.extract.pipeline import read_claims

    return Extraction(report, claims=read_claims(report, "ru", resources))
