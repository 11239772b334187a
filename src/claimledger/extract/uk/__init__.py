"""Ukrainian extraction: the one extraction core (`claimledger.extract.pipeline`) read with the
Ukrainian lexicon (`extract/lexicon/uk.toml`): Air Force daily lists, overnight posts and their
relays, casualty reports, news pages."""

from __future__ import annotations

from claimledger.extract.pipeline import read_claims
from claimledger.model import Extraction, Report
from claimledger.resources import Resources

__all__ = ["extract"]


def extract(report: Report, resources: Resources) -> Extraction:
    """The claims of one Ukrainian report."""
    return Extraction(report, claims=read_claims(report, "uk", resources))
