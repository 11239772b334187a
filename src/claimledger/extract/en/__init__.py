"""English grammars: one module per claim pattern family, assembled in `extractor`.

The report's markers and distance checks come from the language-neutral core
(`extract/outputs`, rows of lexicon/en.toml); its quotes and media mentions still come from
`extractor`, whose English claimant reader names their speakers.
"""

from claimledger.extract.en.extractor import extract as _extract
from claimledger.model import Extraction, Report
from claimledger.resources import Resources

__all__ = ["extract"]


def extract(report: Report, resources: Resources) -> Extraction:
    """Read one English report (the `claimledger.extract` language entry point)."""
    from claimledger.extract.pipeline import add_outputs

    return add_outputs(_extract(report, resources), "en", resources, ("markers", "checks"))
