"""Denials of casualties: "пострадавших нет" gives killed 0 and injured 0, "раненых нет" injured
0 alone (the annotation guide's rule); "информации о пострадавших нет" gives nothing. The phrases
are the lexicon's `zero_casualties` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.derived import by_identity
from claimledger.extract.lexicon import Lexicon, ZeroCasualties


@dataclass(frozen=True, slots=True)
class ZeroMatch:
    """A denial of casualties at characters [start, end) and the casualty actions it denies."""

    start: int
    end: int
    actions: frozenset[str]


def find_zero_casualties(lex: Lexicon, text: str, start: int, end: int) -> list[ZeroMatch]:
    """Denials like "пострадавших нет" within [start, end) of the cleaned text."""
    zero = lex.zero_casualties
    union = _union(zero.patterns)
    if union is not None and union.search(text, start, end) is None:
        return []  # none of the patterns matches here (most sentences): one scan, not one each
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


# Every pattern is made "(?<![\w])(?:...)(?![\w])" (lexicon `_zero_casualties`).
_BEFORE, _AFTER = r"(?<![\w])", r"(?![\w])"


@by_identity(limit=256)  # a lexicon's tuple of patterns, asked of every sentence
def _union(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """All the patterns in one, their look-behind and look-ahead said once: it matches
    wherever one of them does (it tries each where that one would), so a range it finds
    nothing in holds no match of any, and seven scans of every sentence become one. None
    where the patterns do not share their flags and their ends, or refer to their groups."""
    union = None
    cores = [p.pattern[len(_BEFORE) : -len(_AFTER)] for p in patterns]
    if (
        patterns
        and len({p.flags for p in patterns}) == 1
        and all(p.pattern.startswith(_BEFORE) and p.pattern.endswith(_AFTER) for p in patterns)
        and not any(p.groups or "(?P=" in p.pattern for p in patterns)
    ):
        alternatives = "|".join(f"(?:{core})" for core in cores)
        try:
            union = re.compile(f"{_BEFORE}(?:{alternatives}){_AFTER}", patterns[0].flags)
        except re.error:  # a pattern's own global flags ("(?i)") may only open a pattern
            union = None
    return union


def _denied(zero: ZeroCasualties, phrase: str) -> frozenset[str]:
    words = set(re.findall(r"\w+", phrase.lower()))
    actions: set[str] = set()
    for word, denied in zero.words.items():
        if word in words:
            actions.update(denied)
    return frozenset(actions or zero.default)
