"""Words before a number that make it approximate, a lower or an upper bound.

"около 40 БПЛА" is approx, "более 50 дронов" / "понад 50" at_least, "до десятка" at_most. The
tables are sequences of lower-case words (ё folded); the longest sequence ending right before the
number wins, so "не менее" beats "менее".
"""

from __future__ import annotations

from collections.abc import Sequence

QUALIFIER_WORDS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "ru": (
        (("около",), "approx"),
        (("примерно",), "approx"),
        (("приблизительно",), "approx"),
        (("порядка",), "approx"),
        (("почти",), "approx"),
        (("более",), "at_least"),
        (("больше",), "at_least"),
        (("свыше",), "at_least"),
        (("не", "менее"), "at_least"),
        (("не", "меньше"), "at_least"),
        (("по", "меньшей", "мере"), "at_least"),
        (("как", "минимум"), "at_least"),
        (("минимум",), "at_least"),
        (("до",), "at_most"),
        (("не", "более"), "at_most"),
        (("не", "больше"), "at_most"),
        (("менее",), "at_most"),
    ),
    "uk": (
        (("близько",), "approx"),
        (("приблизно",), "approx"),
        (("орієнтовно",), "approx"),
        (("майже",), "approx"),
        (("понад",), "at_least"),
        (("більше",), "at_least"),
        (("більш", "ніж"), "at_least"),
        (("щонайменше",), "at_least"),
        (("не", "менше"), "at_least"),
        (("принаймні",), "at_least"),
        (("до",), "at_most"),
        (("не", "більше"), "at_most"),
        (("менше",), "at_most"),
    ),
}

# Words that may stand between a qualifier and its number ("более чем 50", "около еще 10").
_FILLERS: dict[str, frozenset[str]] = {
    "ru": frozenset({"чем", "еще"}),
    "uk": frozenset({"ніж", "ще"}),
}


def qualifier_before(words: Sequence[str], lang: str) -> tuple[str, int]:
    """The qualifier that `words` (lower case, in text order) end with, and how many words it takes.

    `words` are the words right before a number; ("exact", 0) when none applies.
    """
    fillers = _FILLERS.get(lang, frozenset())
    skip = 0
    while skip < len(words) and words[len(words) - 1 - skip] in fillers:
        skip += 1
    body = words[: len(words) - skip]
    best: tuple[str, int] = ("exact", 0)
    for sequence, qualifier in QUALIFIER_WORDS.get(lang, ()):
        size = len(sequence)
        if size > best[1] and size <= len(body) and tuple(body[-size:]) == sequence:
            best = (qualifier, size)
    if best[1]:
        return best[0], best[1] + skip
    return best
