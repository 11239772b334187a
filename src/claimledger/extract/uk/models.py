"""Named weapon types in Ukrainian reports, written in Latin letters whatever the text's script.

The names are the weapon catalogue's (`uk` names of models and families); this module reads
them the Ukrainian way, over folded lower-case text: an ending is any letters, a hyphen may be
missing or a space, and a mention is the leftmost-longest name. Three kinds of names need more
than a list, and their shapes stay here: the Shahed family with its variant numbers
("Shahed-136/131"), the Kh family with its numbers and lists ("Х-101/Х-555/Х-55"), and the
numbered aircraft and helicopters ("Су-30 СМ", "Ка-52"), whose prefixes are matched with their
Latin look-alike letters ("Cу-34" typed with a Latin C).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from claimledger.catalog import forms
from claimledger.catalog.weapons import Family, Model, weapons

Builder = Callable[[re.Match[str]], tuple[tuple[str, ...], str]]

_L = r"(?<![^\W\d_])"  # no letter before
_R = r"(?![^\W\d_])"  # no letter after
_END = r"(?![^\W_])"  # no letter or digit after a listed name ("с-300" is not "с-3000")
_READING = forms.Reading(
    letters=r"[^\W\d_]", optional_hyphen=r"-?\s?", hyphen=r"-\s?", space=r"\s+"
)
# Suffix letters of a model number, Cyrillic or Latin, in the ledger's Latin capitals.
_CYR_SUFFIX = str.maketrans(
    {
        "м": "M",
        "с": "S",
        "п": "P",
        "д": "D",
        "к": "K",
        "а": "A",
        "m": "M",
        "s": "S",
        "p": "P",
        "d": "D",
        "k": "K",
        "a": "A",
        "c": "S",
        "е": "E",
        "e": "E",
        "т": "T",
        "t": "T",
        "р": "R",
    }
)
# Cyrillic letters with a Latin twin that mixed-script words carry ("Cу-34", "Mi-8").
_LOOKALIKES = {"а": "a", "с": "c", "у": "y", "т": "t", "м": "m", "і": "i", "к": "k", "г": "g"}
# The number each numbered family takes after its prefix, and the hyphen before it: a Ka or Mi
# needs its hyphen ("а 50" is a conjunction and a count) and one of the types in service.
_NUMBERED: dict[str, tuple[str, str]] = {
    "su": (r"-?\s?", r"(?P<v>\d{2}(?:\s?(?:см|cm|сm)\d?|[мсmc](?:[сcs])?)?)"),
    "tu": (r"-?\s?", r"(?P<v>\d{2,3}(?:[мmсcs]{1,2}\d?)?)"),
    "mig": (r"-?\s?", r"(?P<v>\d{2})"),
    "il": (r"-?\s?", r"(?P<v>\d{2})"),
    "ka": (r"-\s?", r"(?P<v>52|50|27|29|31)(?!\d)"),
    "mi": (r"-\s?", r"(?P<v>8|24|28|35|26)(?!\d)"),
}


@dataclass(frozen=True, slots=True)
class ModelMention:
    """A named type in the text: [start, end), its Latin names and its weapon class."""

    start: int
    end: int
    names: tuple[str, ...]
    weapon: str


def find_models(folded: str) -> list[ModelMention]:
    """Every named model in a folded text, leftmost-longest, without overlaps."""
    found: list[ModelMention] = []
    for pattern, build in _patterns():
        for m in pattern.finditer(folded):
            names, weapon = build(m)
            found.append(ModelMention(m.start(), m.end(), names, weapon))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[ModelMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], Builder], ...]:
    catalog = weapons()
    built: list[tuple[re.Pattern[str], Builder]] = []
    for family in catalog.families:
        if not family.names("uk"):
            continue
        if family.id == "shahed":
            built.append((_shahed_pattern(family), _shahed))
        elif family.id == "kh":
            built.append((_kh_pattern(family), _kh))
        elif family.id in _NUMBERED:
            built.append(_numbered(family))
    for model in catalog.models:
        if model.names("uk"):
            pattern = _L + forms.alternation(model.names("uk"), _READING) + _END
            built.append((re.compile(pattern, re.I), _fixed(model)))
    return tuple(built)


def _prefixes(family: Family, lookalike: bool = False) -> str:
    names = family.names("uk")
    if lookalike:
        return "(?:" + "|".join("".join(_twin(ch) for ch in name) for name in names) + ")"
    return "(?:" + "|".join(re.escape(name) for name in names) + ")"


def _twin(ch: str) -> str:
    latin = _LOOKALIKES.get(ch)
    return f"[{ch}{latin}]" if latin else re.escape(ch)


def _fixed(model: Model) -> Builder:
    return lambda m: ((model.name,), model.weapon)


def _shahed_pattern(family: Family) -> re.Pattern[str]:
    return re.compile(
        _L + _prefixes(family) + r"[^\W\d_]*(?:[- ]?(?P<v>\d{2,3})(?:/\d{2,3})*)?", re.I
    )


def _shahed(m: re.Match[str]) -> tuple[tuple[str, ...], str]:
    """A variant by its number ("Shahed-238"); the family's default when none is named or the
    default's number is among several ("136/131": the ledger writes the family as 136)."""
    catalog = weapons()
    family = catalog.family("shahed")
    default = catalog.default("shahed")
    assert default is not None  # the table's check: the family names its default
    variant = catalog.member("shahed", m.group("v")) if m.group("v") else None
    number = default.name.rsplit("-", 1)[-1]
    if variant is None or (variant is not default and number in m.group()):
        variant = default
    return (variant.name,), family.weapon if variant is default else variant.weapon


def _kh_pattern(family: Family) -> re.Pattern[str]:
    prefix = _prefixes(family)
    return re.compile(
        _L + prefix + r"(?:-\s?)?\d{2,3}(?:[а-яa-z]{1,2}\d?)?"
        r"(?:\s?/\s?(?:" + prefix + r"-?\s?)?\d{2,3}(?:[а-яa-z]{1,2}\d?)?)*" + _R,
        re.I,
    )


def _kh(m: re.Match[str]) -> tuple[tuple[str, ...], str]:
    """Each number of a list is a model ("Х-59/69" is Kh-59 and Kh-69), of its listed class
    (a number the catalogue does not list is a missile); a listed model with a name of its own
    is written by it (Х-47 is Kinzhal)."""
    catalog = weapons()
    family = catalog.family("kh")
    names: list[str] = []
    classes: set[str] = set()
    for number, suffix in re.findall(r"(\d{2,3})([^\W\d_]*\d?)", m.group()):
        member = catalog.member("kh", number)
        if member is not None and not member.name.startswith(f"{family.name}-"):
            names.append(member.name)
        else:
            names.append(f"{family.name}-{number}{suffix.lower().translate(_CYR_SUFFIX).upper()}")
        classes.add(member.weapon if member is not None else family.weapon)
    weapon = classes.pop() if len(classes) == 1 else family.weapon
    return tuple(dict.fromkeys(names)), weapon


def _numbered(family: Family) -> tuple[re.Pattern[str], Builder]:
    hyphen, number = _NUMBERED[family.id]
    pattern = re.compile(_L + _prefixes(family, lookalike=True) + hyphen + number + _R, re.I)

    def build(m: re.Match[str]) -> tuple[tuple[str, ...], str]:
        variant = m.group("v").lower().translate(_CYR_SUFFIX).upper().replace(" ", "")
        return (f"{family.name}-{variant}",), family.weapon

    return pattern, build
