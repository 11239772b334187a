"""Ukrainian: read by the extraction core (`claimledger.extract.pipeline`) with the Ukrainian
lexicon (`extract/lexicon/uk.toml`): Air Force daily lists, overnight posts and their relays,
casualty reports, news pages."""

from __future__ import annotations

from claimledger.model import Extraction, Report
from claimledger.resources import Resources

__all__ = ["extract"]


def extract(report: Report, resources: Resources) -> Extraction:
    """The claims of one Ukrainian report, with its quotes, markers, checks and media."""
    from claimledger.extract.pipeline import read_report

    return read_report(report, "uk", resources)
