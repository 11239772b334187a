"""Morphology for Russian and Ukrainian: pymorphy3 analyzers behind a small cached interface.

Building an analyzer takes a fraction of a second and tens of megabytes, so a `Morphology` is
made once (see `claimledger.resources.Resources`) and passed to whatever needs lemmas.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pymorphy3


class Morphology:
    """Lemmas and grammatical tags of single words in one language ("ru" or "uk")."""

    def __init__(self, lang: str, analyzer: Any | None = None) -> None:
        if lang not in ("ru", "uk"):
            raise ValueError(f"no morphology for language {lang!r}")
        self.lang = lang
        self._analyzer = analyzer or pymorphy3.MorphAnalyzer(lang=lang)
        # Per-instance caches: posts repeat the same few thousand words over and over.
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)
        self.lemmas = lru_cache(maxsize=200_000)(self._lemmas)
        # Keyed by the lower-case form: the analyzer lower-cases every word anyway, and the
        # place reader asks for "Курской" where the word reader asked for "курской".
        self._parse_low = lru_cache(maxsize=200_000)(self._parse)

    def parse(self, word: str) -> tuple[Any, ...]:
        """pymorphy3's parses of a word, likeliest first."""
        return self._parse_low(word.lower())

    def _parse(self, low: str) -> tuple[Any, ...]:
        return tuple(self._analyzer.parse(low))

    def _lemma(self, word: str) -> str:
        """The most probable normal form, lower-cased, with ё folded to е."""
        parses = self.parse(word)
        form: str = parses[0].normal_form if parses else word.lower()
        return form.replace("ё", "е")

    def _lemmas(self, word: str) -> frozenset[str]:
        """Every normal form the analyzer allows, for matching that must not miss homographs."""
        return frozenset(p.normal_form.replace("ё", "е") for p in self.parse(word))
