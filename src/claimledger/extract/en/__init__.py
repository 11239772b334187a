"""English: read by the extraction core (`claimledger.extract.pipeline`) with the English
lexicon (`extract/lexicon/en.toml`)."""

from __future__ import annotations

from claimledger.model import Extraction, Report
from claimledger.resources import Resources

__all__ = ["extract"]


def extract(report: Report, resources: Resources) -> Extraction:
    """The claims of one English report, with its quotes, markers, checks and media."""
    from claimledger.extract.pipeline import read_report

    return read_report(report, "en", resources)
