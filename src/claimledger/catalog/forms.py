"""The notation of names in the catalogue's tables, turned into regular expressions.

A name is written as it appears in text, with three marks (the tables' headers say the same):
`*` any further letters (an inflected ending), `+` at least one more letter, `-?` a hyphen that
may be missing, and a space for any run of white space. Each grammar reads the marks its own
way (what counts as a letter, whether a space may stand for a hyphen), so this module takes
those choices as arguments rather than fixing one reading for every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"-\?|[*+ ]|-")


@dataclass(frozen=True, slots=True)
class Reading:
    """How one grammar reads the marks of a name."""

    letters: str = r"\w"  # a letter of an inflected ending
    optional_hyphen: str = "-?"  # what `-?` becomes
    hyphen: str = "-"  # what a plain `-` becomes
    space: str = r"\s+"  # what a space becomes


PLAIN = Reading()


def pattern(name: str, reading: Reading = PLAIN) -> str:
    """The regular expression (without anchors or boundaries) of one name."""
    out: list[str] = []
    position = 0
    for mark in _MARK.finditer(name):
        out.append(re.escape(name[position : mark.start()]))
        token = mark.group()
        if token == "*":
            out.append(f"{reading.letters}*")
        elif token == "+":
            out.append(f"{reading.letters}+")
        elif token == "-?":
            out.append(reading.optional_hyphen)
        elif token == "-":
            out.append(reading.hyphen)
        else:
            out.append(reading.space)
        position = mark.end()
    out.append(re.escape(name[position:]))
    return "".join(out)


def head(name: str) -> str:
    """The letters a name's pattern opens with, before its first mark ("Калибр*" -> "Калибр",
    "Х-?101" -> "Х"): a text in which they do not stand, in this case, holds no match of it."""
    mark = _MARK.search(name)
    return name[: mark.start()] if mark is not None else name


def alternation(names: tuple[str, ...] | list[str], reading: Reading = PLAIN) -> str:
    """One group for several names, the longest written first so that a regular expression's
    first-match alternation still takes "Х-101/55" over "Х-101"."""
    ordered = sorted(names, key=len, reverse=True)
    return "(?:" + "|".join(pattern(name, reading) for name in ordered) + ")"


def literal(name: str) -> str:
    """The name with its marks taken away: the plain form it was written from ("Калибр*" ->
    "Калибр", "Х-?101" -> "Х-101")."""
    return name.replace("*", "").replace("+", "").replace("-?", "-")


def matches(name: str, text: str) -> bool:
    """Whether `text` is, as a whole and in any case, a form of `name`."""
    return re.fullmatch(pattern(name), text.strip(), re.IGNORECASE) is not None
