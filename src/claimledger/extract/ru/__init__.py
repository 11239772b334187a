"""Russian: read by the extraction core (`claimledger.extract.pipeline`) with the Russian
lexicon (`lexicon/ru.toml`)."""

from __future__ import annotations

from claimledger.model import Extraction, Report
from claimledger.resources import Resources


def extract(report: Report, resources: Resources) -> Extraction:
    """The claims of one Russian report, with its quotes, markers, checks and media."""
    from claimledger.extract.pipeline import read_report

    return read_report(report, "ru", resources)
