"""Extraction: a report's text in, claims, quotes, markers, checks and media mentions out.

Each language has its own package (`en`, `ru`, `uk`) exposing
`extract(report: Report, resources: Resources) -> Extraction`; this module detects the language
and dispatches. A text longer than `MAX_EXTRACT_CHARS` is read in windows (`windows`), each on
its own, with every span put back at its offset in the whole text. Grammars live one file per
claim pattern family inside each language package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import import_module

from claimledger.errors import ClaimledgerError
from claimledger.extract.lang import SUPPORTED, detect_language
from claimledger.extract.windows import MAX_EXTRACT_CHARS as MAX_EXTRACT_CHARS
from claimledger.extract.windows import read_in_windows
from claimledger.model import Extraction, Report
from claimledger.resources import Resources, default_resources

LanguageExtractor = Callable[[Report, Resources], Extraction]


class UnsupportedLanguage(ClaimledgerError, ValueError):
    """A language claimledger has no grammar for."""


class Extractor:
    """Extracts reports with one set of shared resources (morphology, gazetteer, registry)."""

    def __init__(self, resources: Resources | None = None) -> None:
        self.resources = resources or default_resources()
        self._languages: dict[str, LanguageExtractor] = {}

    def _language(self, lang: str) -> LanguageExtractor:
        if lang not in SUPPORTED:
            raise UnsupportedLanguage(f"unsupported language {lang!r}; use one of {SUPPORTED}")
        if lang not in self._languages:
            module = import_module(f"claimledger.extract.{lang}")
            self._languages[lang] = module.extract
        return self._languages[lang]

    def extract(self, report: Report, lang: str | None = "auto") -> Extraction:
        """Read one report. `lang` "auto" (or None) keeps the report's own or detects it."""
        if lang in (None, "auto"):
            lang = report.lang or detect_language(report.text)
        report.lang = lang
        if lang is None:
            return Extraction(report)
        read = self._language(lang)
        # A text over MAX_EXTRACT_CHARS is read in windows (extract/windows.py): bounded work.
        return read_in_windows(report, lambda part: read(part, self.resources))

    def extract_many(
        self, reports: Iterable[Report], lang: str | None = "auto"
    ) -> Iterator[Extraction]:
        for report in reports:
            yield self.extract(report, lang)


def extract(report: Report, lang: str | None = "auto") -> Extraction:
    """Convenience: extract one report with the process-wide default resources."""
    return Extractor().extract(report, lang)
