"""Denials of casualties: "пострадавших нет" gives killed 0 and injured 0, "раненых нет" injured
0 alone (the annotation guide's rule); "информации о пострадавших нет" gives nothing. The phrases
are the lexicon's `zero_casualties` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.lexicon import Lexicon, ZeroCasualties


@dataclass(frozen=True, slots=True)
class ZeroMatch:
    start: int
    end: int
    actions: frozenset[str]


def find_zero_casualties(lex: Lexicon, text: str, start: int, end: int) -> list[ZeroMatch]:
    """Denials like "пострадавших нет" within [start, end) of the cleaned text."""
    zero = lex.zero_casualties
    found: list[ZeroMatch] = []
    for pattern in zero.patterns:
        for match in pattern.finditer(text, start, end):
            before = text[max(start, match.start() - 60) : match.start()]
            if any(p is not None and p.search(before) for p in (zero.no_news, zero.other)):
                continue
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            found.append(ZeroMatch(match.start(), match.end(), _denied(zero, match.group())))
    return sorted(found, key=lambda m: m.start)


def _denied(zero: ZeroCasualties, phrase: str) -> frozenset[str]:
    words = set(re.findall(r"\w+", phrase.lower()))
    actions: set[str] = set()
    for word, denied in zero.words.items():
        if word in words:
            actions.update(denied)
    return frozenset(actions or zero.default)
