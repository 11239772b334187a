"""Language detection for reports, from the letters used: each language's lexicon says which
script it writes (`[detect]`), how much a letter of that script weighs against another's, and
the letters and frequent words only it writes among the languages of its script.

Counting letters costs microseconds: the script with the heavier count wins (Cyrillic posts
carry Latin links and weapon names, so a Cyrillic letter weighs two Latin ones); among the
languages of that script, the one with the most letters of its own, else of its own words,
else the first of `model.LANGUAGES`.
"""

from __future__ import annotations

import re
from functools import cache

from claimledger.extract.lexicon import Detect, lexicon
from claimledger.model import LANGUAGES, Language

# The alphabets, by Unicode block (a property of writing, not of any language).
_SCRIPTS = {"latin": re.compile(r"[A-Za-z]"), "cyrillic": re.compile(r"[\u0400-\u04ff]")}
_WORDS = {"latin": re.compile(r"[A-Za-z']+"), "cyrillic": re.compile(r"[\u0400-\u04ff']+")}
# Text under this many letters carries too little evidence either way.
_MIN_LETTERS = 3

SUPPORTED = LANGUAGES


@cache
def _detects() -> tuple[tuple[tuple[Language, Detect], ...], dict[str, int]]:
    """Each language's `[detect]`, and each script's weight (its heaviest language's)."""
    detects = tuple((lang, lexicon(lang).detect) for lang in LANGUAGES)
    weights: dict[str, int] = {}
    for _, d in detects:
        weights[d.script] = max(weights.get(d.script, 0), d.weight)
    return detects, weights


def detect_language(text: str) -> str | None:
    """One of `model.LANGUAGES`; None for text with too few letters of their scripts."""
    detects, weights = _detects()
    counts = {script: len(_SCRIPTS[script].findall(text)) for script in _SCRIPTS}
    if sum(counts.values()) < _MIN_LETTERS:
        return None
    script = max(weights, key=lambda s: (counts[s] * weights[s], weights[s]))
    candidates = [(lang, d) for lang, d in detects if d.script == script]
    if len(candidates) == 1:
        return candidates[0][0]
    own = [sum(text.count(letter) for letter in d.letters) for _, d in candidates]
    if len(set(own)) == 1:
        words = [w.lower() for w in _WORDS[script].findall(text)]
        own = [sum(w in d.words for w in words) for _, d in candidates]
    best = max(own)
    return next(lang for (lang, _), n in zip(candidates, own, strict=True) if n == best)
