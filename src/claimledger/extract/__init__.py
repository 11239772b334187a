"""Extraction: a report's text in, claims, quotes, markers, checks and media mentions out.

Every language is read by the one extraction core (`pipeline.read_report`) with its lexicon
(`lexicon/<lang>.toml`); this module detects the language and hands the report over. The
languages are `model.LANGUAGES`: adding one is a name in that list and a lexicon table
(docs/extending.md). A text longer than `MAX_EXTRACT_CHARS` is read in windows (`windows`),
each on its own, with every span put back at its offset in the whole text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimledger.errors import ClaimledgerError
from claimledger.extract.lang import SUPPORTED, detect_language
from claimledger.extract.windows import MAX_EXTRACT_CHARS as MAX_EXTRACT_CHARS
from claimledger.extract.windows import read_in_windows
from claimledger.model import Extraction, Language, Report
from claimledger.resources import Resources, default_resources


class UnsupportedLanguage(ClaimledgerError, ValueError):
    """A language claimledger has no grammar for."""


class Extractor:
    """Extracts reports with one set of shared resources (morphology, gazetteer, registry)."""

    def __init__(self, resources: Resources | None = None) -> None:
        self.resources = resources or default_resources()

    @staticmethod
    def _language(lang: str) -> Language:
        if lang not in SUPPORTED:
            raise UnsupportedLanguage(f"unsupported language {lang!r}; use one of {SUPPORTED}")
        return lang  # one of LANGUAGES, checked above

    def extract(self, report: Report, lang: str | None = "auto") -> Extraction:
        """Read one report. `lang` "auto" (or None) keeps the report's own or detects it."""
        from claimledger.extract.fastpath import may_hold_claims

        if lang in (None, "auto"):
            lang = report.lang or detect_language(report.text)
        report.lang = lang
        if lang is None:
            return Extraction(report)
        language = self._language(lang)
        if len(report.text) <= MAX_EXTRACT_CHARS and not may_hold_claims(report.text, language):
            # what read_report gives a text its fast path rejects, without loading the pipeline
            # (a run of rejected posts never needs it) or passing through the windows
            return Extraction(report)
        from claimledger.extract.pipeline import read_report

        # A text over MAX_EXTRACT_CHARS is read in windows (extract/windows.py): bounded work.
        return read_in_windows(report, lambda part: read_report(part, language, self.resources))

    def extract_many(
        self, reports: Iterable[Report], lang: str | None = "auto"
    ) -> Iterator[Extraction]:
        for report in reports:
            yield self.extract(report, lang)


def extract(report: Report, lang: str | None = "auto") -> Extraction:
    """Convenience: extract one report with the process-wide default resources."""
    return Extractor().extract(report, lang)
