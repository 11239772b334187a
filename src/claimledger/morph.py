"""Morphology for Russian and Ukrainian: pymorphy3 analyzers behind a small cached interface.

Building an analyzer takes a fraction of a second and tens of megabytes, so a `Morphology` is
made once (see `claimledger.resources.Resources`) and passed to whatever needs lemmas.

Most words a report holds are in the analyzer's dictionary, and what the stages ask of them is a
normal form and a tag per reading (`readings`). `_Dictionary` reads those straight from the
dictionary's tables, in the order pymorphy3's `parse` gives them, without the parse records,
method stacks and scores it makes for each; any other word goes through `parse` itself.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import pymorphy3

# One reading of a word: its normal form and pymorphy3's tag (an OpencorporaTag).
Reading = tuple[str, Any]


class Morphology:
    """Lemmas and grammatical tags of single words in one language ("ru" or "uk")."""

    def __init__(self, lang: str, analyzer: Any | None = None) -> None:
        if lang not in ("ru", "uk"):
            raise ValueError(f"no morphology for language {lang!r}")
        self.lang = lang
        self._analyzer = analyzer or pymorphy3.MorphAnalyzer(_dictionary_path(lang), lang=lang)
        self._dictionary = _Dictionary.of(self._analyzer)
        # Per-instance caches: posts repeat the same few thousand words over and over.
        self.lemma: Callable[[str], str] = lru_cache(maxsize=200_000)(self._lemma)
        self.lemmas: Callable[[str], frozenset[str]] = lru_cache(maxsize=200_000)(self._lemmas)
        # Keyed by the lower-case form: the analyzer lower-cases every word anyway, and the
        # place reader asks for "Курской" where the word reader asked for "курской".
        self._parse_low: Callable[[str], tuple[Any, ...]] = lru_cache(maxsize=200_000)(
            self._parse
        )
        self._readings_low: Callable[[str], tuple[Reading, ...]] = lru_cache(maxsize=200_000)(
            self._readings
        )
        self._known_low: Callable[[str], bool] = lru_cache(maxsize=200_000)(
            self._analyzer.word_is_known
        )

    def parse(self, word: str) -> tuple[Any, ...]:
        """pymorphy3's parses of a word, likeliest first."""
        return self._parse_low(word.lower())

    def readings(self, word: str) -> tuple[Reading, ...]:
        """The normal form and tag of each of `parse(word)`, in its order."""
        return self._readings_low(word.lower())

    def is_known(self, word: str) -> bool:
        """Whether the dictionary holds the word (ё written as е too): what pymorphy3's
        `Parse.is_known` says of each of `parse(word)`, a fact of the word, not the reading."""
        return self._known_low(word.lower())

    def _parse(self, low: str) -> tuple[Any, ...]:
        return tuple(self._analyzer.parse(low))

    def _readings(self, low: str) -> tuple[Reading, ...]:
        found = self._dictionary.readings(low) if self._dictionary is not None else None
        if found is None:
            return tuple((p.normal_form, p.tag) for p in self._parse_low(low))
        return found

    def _lemma(self, word: str) -> str:
        """The most probable normal form, lower-cased, with ё folded to е."""
        readings = self.readings(word)
        form: str = readings[0][0] if readings else word.lower()
        return form.replace("ё", "е")

    def _lemmas(self, word: str) -> frozenset[str]:
        """Every normal form the analyzer allows, for matching that must not miss homographs."""
        return frozenset(form.replace("ё", "е") for form, _ in self.readings(word))


class _Dictionary:
    """pymorphy3's dictionary step (`DictionaryAnalyzer.parse` and the probability order of
    `MorphAnalyzer.parse`), read from the dictionary's tables: a word's paradigm entries, each
    entry's tag and normal form. Only where the analyzer's first, terminal group of units is the
    dictionary and units that find nothing in the word: then its parses are the dictionary's.
    `tests/test_morph.py` holds the readings to `parse` word for word."""

    def __init__(self, analyzer: Any, others: list[Any]) -> None:
        dictionary = analyzer.dictionary
        self._words = dictionary.words
        self._paradigms: list[Any] = dictionary.paradigms
        self._suffixes: list[str] = dictionary.suffixes
        self._prefixes: list[str] = dictionary.paradigm_prefixes
        self._tags: list[Any] = dictionary.gramtab
        # id -> str of the tags met: a tag is one of the dictionary's own (alive as long as it
        # is), and its str, a Python method, was a call per reading of every new word
        self._tag_names: dict[int, str] = {}
        self._substitutes = analyzer.char_substitutes
        estimator = analyzer.prob_estimator
        self._probabilities = None if estimator is None else estimator.p_t_given_w
        # The group's other units, which read some words themselves: the initials units read
        # a word that is one of their letters (a set look-up here, where asking each cost
        # every new word two calls), any other unit is asked.
        self._letters, self._others = _initials(others)

    @classmethod
    def of(cls, analyzer: Any) -> _Dictionary | None:
        """The analyzer's dictionary step, or None where its units are not laid out as
        pymorphy3's own languages lay them out (a custom analyzer: `parse` reads every word)."""
        from pymorphy3.units import DictionaryAnalyzer

        try:
            group: list[Any] = []
            for unit in analyzer._units:
                group.append(unit.analyzer)
                if unit.is_terminal:
                    break
            if not group or type(group[0]) is not DictionaryAnalyzer:
                return None
            return cls(analyzer, group[1:])
        except (AttributeError, ImportError):  # another pymorphy3 than the one this reads
            return None

    def readings(self, low: str) -> tuple[Reading, ...] | None:
        """The readings of a word the dictionary holds, or None to ask `parse`."""
        items = self._words.similar_items(low, self._substitutes)
        if not items:
            return None
        if low in self._letters:
            return None
        for unit in self._others:
            if unit.parse(low, low, set()):
                return None
        found: list[Reading] = []
        for fixed, entries in items:
            for paradigm_id, index in entries:
                found.append(self._reading(fixed, paradigm_id, index))
        if len(found) > 1 and self._probabilities is not None:
            return self._likeliest_first(low, found, self._probabilities)
        return tuple(found)

    def _reading(self, fixed: str, paradigm_id: int, index: int) -> Reading:
        paradigm = self._paradigms[paradigm_id]
        size = len(paradigm) // 3
        tag = self._tags[paradigm[size + index]]
        if index == 0:  # the normal form itself
            return fixed, tag
        prefix = self._prefixes[paradigm[2 * size + index]]
        suffix = self._suffixes[paradigm[index]]
        stem = fixed[len(prefix) : len(fixed) - len(suffix)]
        return self._prefixes[paradigm[2 * size]] + stem + self._suffixes[paradigm[0]], tag

    def _likeliest_first(self, low: str, found: list[Reading], table: Any) -> tuple[Reading, ...]:
        """pymorphy3's order: by P(tag | word) in `table`, likeliest first, ties as found (a
        stable sort); where the table knows none of them, as found."""
        names = self._tag_names
        weights: list[int] = []
        for _, tag in found:
            name = names.get(id(tag))
            if name is None:
                name = names[id(tag)] = str(tag)
            weights.append(table.get(f"{low}:{name}", 0))
        if not any(weights):
            return tuple(found)
        order = sorted(range(len(found)), key=weights.__getitem__, reverse=True)
        return tuple(found[i] for i in order)


def _initials(units: list[Any]) -> tuple[frozenset[str], list[Any]]:
    """The letters the initials units among `units` read (pymorphy3's `_InitialsAnalyzer`,
    whose `parse` reads a word only where it is one of them), and the other units."""
    from pymorphy3.units.abbreviations import _InitialsAnalyzer

    letters: set[str] = set()
    others: list[Any] = []
    for unit in units:
        if isinstance(unit, _InitialsAnalyzer) and type(unit).parse is _InitialsAnalyzer.parse:
            letters.update(unit._letters_set)
        else:
            others.append(unit)
    return frozenset(letters), others


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
