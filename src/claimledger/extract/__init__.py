"""Extraction: a report's text in, claims, quotes, markers, checks and media mentions out.

Every language is read by the one extraction core (`pipeline.read_report`) with its lexicon
(`lexicon/<lang>.toml`); this module detects the language and hands the report over. The
languages are `model.LANGUAGES`: adding one is a name in that list and a lexicon table
(docs/extending.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimledger.errors import ClaimledgerError
from claimledger.extract.lang import SUPPORTED, detect_language
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
        if lang in (None, "auto"):
            lang = report.lang or detect_language(report.text)
        report.lang = lang
        if lang is None:
            return Extraction(report)
        from claimledger.extract.pipeline import read_report

        return read_report(report, self._language(lang), self.resources)

    def extract_many(
        self, reports: Iterable[Report], lang: str | None = "auto"
    ) -> Iterator[Extraction]:
        for report in reports:
            yield self.extract(report, lang)


def extract(report: Report, lang: str | None = "auto") -> Extraction:
    """Convenience: extract one report with the process-wide default resources."""
    return Extractor().extract(report, lang)
