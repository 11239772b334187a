"""People killed or injured by an air attack: "погибла одна женщина", "еще десять человек были
ранены", "двое военнослужащих получили легкие ранения", "пострадавших нет".

A casualty counts only next to the air war: the sentence or one of the two before it must name a
weapon or an air-defence action, so a grenade or a road accident is no claim. "Пострадавших нет"
and its kin give killed 0 and injured 0; "информации о пострадавших нет" gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.ru.actions import ActionWord, Lexicon
from claimledger.extract.ru.quantities import VICTIM_NOUNS

KILLED = ActionWord("killed", 2)
INJURED = ActionWord("injured", 2)

LEXICON: Lexicon = {
    "погибнуть": KILLED,
    "погибший": KILLED,
    "гибель": KILLED,
    "убить": KILLED,
    "скончаться": KILLED,
    "ранить": INJURED,
    "раненый": INJURED,
    "ранение": INJURED,
    "пострадать": INJURED,
    "пострадавший": INJURED,
    "травмировать": INJURED,
    "госпитализировать": INJURED,
}
CASUALTY_ACTIONS = frozenset({"killed", "injured"})

# Singular nouns that name one person: "погибла женщина", "Ребёнок погиб", "пострадал местный
# житель". "человек" is left out: its form is also the genitive plural.
SINGLE_VICTIMS = VICTIM_NOUNS - {"человек", "люди", "дети", "мирный"}


@dataclass(frozen=True, slots=True)
class ZeroMatch:
    start: int
    end: int


_NONE_WORDS = r"(?:пострадавших|погибших|жертв|раненых)"
_DAMAGE = r"(?:разрушений|повреждений)"
_ZERO = re.compile(
    r"(?<![\w])(?:"
    rf"{_NONE_WORDS}(?:,?\s+(?:и\s+)?(?:{_NONE_WORDS}|{_DAMAGE}))*"
    r"(?:\s+на\s+(?:земле|месте))?\s+(?:—\s+)?нет"
    rf"|{_DAMAGE}(?:\s+и\s+{_NONE_WORDS})+\s+нет"
    rf"|(?:обошлось\s+)?без\s+{_NONE_WORDS}(?:\s+и\s+{_NONE_WORDS})*"
    r"|(?:никто|люди|жители|местные\s+жители|мирные\s+жители)\s+не\s+пострадал[иа]?"
    r")(?![\w])",
    re.IGNORECASE,
)
# "информации о пострадавших нет", "о жертвах не сообщается": absence of news, not of victims.
_NO_NEWS = re.compile(r"(?:информаци\w*|данных|сведений)\s+об?\s+(?:\w+\s+(?:и\s+)?)?$", re.I)


# "Других пострадавших нет": there was one, and no more.
_OTHER = re.compile(r"(?:других|иных|больше|более)\s+$", re.I)


def find_zero_casualties(text: str, start: int, end: int) -> list[ZeroMatch]:
    """Phrases like "пострадавших нет" within [start, end) of the blanked text."""
    found: list[ZeroMatch] = []
    for match in _ZERO.finditer(text, start, end):
        before = text[max(start, match.start() - 60) : match.start()]
        if _NO_NEWS.search(before) or _OTHER.search(before):
            continue
        found.append(ZeroMatch(match.start(), match.end()))
    return found
