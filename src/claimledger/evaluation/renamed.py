"""Texts with the registry's people renamed: how much of the claimant the text alone gives.

Texts nobody tuned the rules to name officials the registry has never heard of. `renamed` gives
every registry person (governors, mayors, spokesmen, ministers, commanders, presidents) found in
a text a surname nobody holds (`Zarubov` for `Gladkov`; in Russian and Ukrainian `Заруб` plus the
surname's own last two letters, so that "Гладкова" becomes "Зарубова" and declines as before);
what the text says of the person stays. `score_renamed` scores the extraction of the original
and of the renamed texts against the same gold. Where a text names a person with no word of who
they are, the claimant cannot be told without the registry, and the renamed text may rightly
lose it. `bench/unknown_names.py` prints the figures; the eval gate holds floors on them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from claimledger.catalog.actors import Actor, actors
from claimledger.evaluation.gold import GoldText
from claimledger.evaluation.run import ClaimDicts, gold_report, read_claims
from claimledger.evaluation.score import Score, score_report
from claimledger.extract import Extractor
from claimledger.model import Language

# Stems no official of either country holds; one per person of a text, in order of appearance.
STEMS = {
    "en": ("Zarub", "Pelish", "Dorch", "Vakul"),
    "ru": ("Заруб", "Пелиш", "Дорч", "Вакул"),
    "uk": ("Заруб", "Пеліш", "Дорч", "Вакул"),
}


def _surnames(actor: Actor, lang: Language) -> list[str]:
    """The spellings of a person's surname in `lang`, as stems (a trailing `*` dropped), the
    English full name's last word among them."""
    names = [n.rstrip("*") for n in actor.names(lang) if " " not in n]
    if lang == "en" and actor.surname:
        names.append(actor.surname)
    return sorted({n for n in names if len(n) >= 3}, key=len, reverse=True)


@cache  # asked for each text: the registry and its patterns are the same for every one
def _people(lang: Language) -> tuple[tuple[tuple[str, re.Pattern[str]], ...], ...]:
    """Each registry person's surnames in `lang`, longest first, each with its pattern."""
    return tuple(
        tuple((surname, _pattern(surname, lang)) for surname in _surnames(a, lang))
        for a in actors()
        if a.person
    )


def renamed(text: str, lang: Language) -> tuple[str, list[str]]:
    """The text with each registry person's surname replaced, and the surnames replaced."""
    stems = iter(STEMS[lang])
    done: list[str] = []
    for surnames in _people(lang):
        # (the pattern opens with the capitalised surname: a text without it is not searched)
        hits = [
            (surname, pattern)
            for surname, pattern in surnames
            if _capitalised(surname) in text and pattern.search(text)
        ]
        if not hits:
            continue
        stem = next(stems, None)
        if stem is None:
            break
        for surname, pattern in hits:
            text = pattern.sub(_swapper(surname, stem), text)
        done.append(hits[0][0])
    return text, done


def _pattern(surname: str, lang: str) -> re.Pattern[str]:
    # a capitalised word that begins with the surname (Russian and Ukrainian decline it), at
    # most a short ending after it
    tail = r"[a-z']{0,2}" if lang == "en" else r"[а-яіїєґё]{0,3}"
    return re.compile(rf"(?<![\w-]){re.escape(_capitalised(surname))}{tail}(?!\w)")


def _capitalised(surname: str) -> str:
    return surname[:1].upper() + surname[1:]


def _swapper(surname: str, stem: str) -> Callable[[re.Match[str]], str]:
    """The surname's stem replaced, its own last two letters and the word's ending kept."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        return stem + surname[-2:] + word[len(surname) :]

    return swap


@dataclass
class Renamed:
    """The scores of the texts that name a registry person, as written and renamed."""

    before: Score = field(default_factory=Score)
    after: Score = field(default_factory=Score)
    texts: int = 0


# What a caller may look at for each renamed text: the gold, both readings, the surnames
# replaced and the renamed text.
Seen = Callable[[GoldText, ClaimDicts, ClaimDicts, list[str], str], None]


def score_renamed(
    texts: Iterable[GoldText], extractor: Extractor | None = None, seen: Seen | None = None
) -> Renamed:
    """Score each text that names a registry person, as written and renamed."""
    extractor = extractor or Extractor()
    out = Renamed()
    for gold in texts:
        original = gold_report(gold)
        text, done = renamed(original.text, gold.lang)
        if not done:
            continue
        out.texts += 1
        report = gold_report(gold)
        report.text = text
        first, second = read_claims(extractor, original), read_claims(extractor, report)
        score_report(out.before, gold.id, gold.claims, first)
        score_report(out.after, gold.id, gold.claims, second)
        if seen is not None:
            seen(gold, first, second, done, text)
    return out


