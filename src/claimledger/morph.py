"""Morphology for Russian and Ukrainian: pymorphy3 analyzers behind a small cached interface.

Building an analyzer takes a fraction of a second and tens of megabytes, so a `Morphology` is
made once (see `claimledger.resources.Resources`) and passed to whatever needs lemmas.
"""

from __future__ import annotations

import importlib
import os
from functools import lru_cache
from typing import Any

import pymorphy3


class Morphology:
    """Lemmas and grammatical tags of single words in one language ("ru" or "uk")."""

    def __init__(self, lang: str, analyzer: Any | None = None) -> None:
        if lang not in ("ru", "uk"):
            raise ValueError(f"no morphology for language {lang!r}")
        self.lang = lang
        self._analyzer = analyzer or pymorphy3.MorphAnalyzer(_dictionary_path(lang), lang=lang)
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


def _dictionary_path(lang: str) -> str | None:
    """The folder of the language's dictionary package, or None to let pymorphy3 find it.

    pymorphy3 finds a dictionary by scanning the entry points of every installed distribution,
    which costs a run some 30 ms per language; the package it finds for "ru" or "uk" is
    `pymorphy3_dicts_<lang>`, asked here directly. Its own variable for another folder wins."""
    if pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE in os.environ:
        return None
    try:
        package = importlib.import_module(f"pymorphy3_dicts_{lang}")
    except ImportError:
        return None
    path: str = package.get_path()
    return path
