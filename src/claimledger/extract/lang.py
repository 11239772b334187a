"""Language detection for reports: English, Russian or Ukrainian, from the letters used.

Reports here are in one of three languages with distinct alphabets, so counting letters is
enough and costs microseconds: Latin vs Cyrillic, then the letters and words only Ukrainian has
(і ї є ґ, "що", "та") against those only Russian has (ы э ъ ё, "что").
"""

from __future__ import annotations

import re

from claimledger.model import LANGUAGES

_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_UK_ONLY = re.compile(r"[ІіЇїЄєҐґ]")
_RU_ONLY = re.compile(r"[ЫыЭэЪъЁё]")
# Frequent words written only one way or the other, for texts without the telling letters
# (the Air Force's "ЗНИЩЕНО:" lists have none of і ї є ґ).
_UK_WORDS = frozenset(
    "та що як або від це знищено збито ракет крилатих вертоліт вертольоти штурмовик "
    "області областю ворог противник атакував ночі".split()
)
_RU_WORDS = frozenset("что это как или от уничтожено сбито ночью над области был были".split())
_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ']+")
# Text under this many letters carries too little evidence either way.
_MIN_LETTERS = 3

SUPPORTED = LANGUAGES


def detect_language(text: str) -> str | None:
    """ "en", "ru" or "uk"; None for text with no letters of these alphabets."""
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if cyrillic + latin < _MIN_LETTERS:
        return None
    # Cyrillic posts carry Latin links and weapon names, so Cyrillic wins at a third.
    if cyrillic * 2 < latin:
        return "en"
    uk = len(_UK_ONLY.findall(text))
    ru = len(_RU_ONLY.findall(text))
    if uk == ru:
        words = [w.lower() for w in _WORD.findall(text)]
        uk = sum(w in _UK_WORDS for w in words)
        ru = sum(w in _RU_WORDS for w in words)
    return "uk" if uk > ru else "ru"
