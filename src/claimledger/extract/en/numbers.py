"""Quantities in English: digits, number words, articles, with their qualifiers.

"more than 20" is `at_least`, "about 30" `approx`, "up to 12" `at_most`; "a", "an", "another"
and "no" count only right before a weapon or casualty noun, which the callers check (`article`).
Whether a quantity is a claim's number is decided by the claim grammar, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.numerals import compose, parse_digits
from claimledger.model import Qualifier

_QUALIFIERS: dict[Qualifier, tuple[str, ...]] = {
    "at_least": (
        "more than",
        "over",
        "at least",
        "no fewer than",
        "no less than",
        "upwards of",
        "in excess of",
        "a minimum of",
        "well over",
        "just over",
    ),
    "approx": (
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "nearly",
        "almost",
        "close to",
        "an estimated",
        "estimated",
        "approx.",
        "circa",
        "just under",
        "a little under",
    ),
    "at_most": (
        "up to",
        "as many as",
        "no more than",
        "fewer than",
        "less than",
        "at most",
        "a maximum of",
        "under",
    ),
}
_QUALIFIER_OF = {phrase: kind for kind, phrases in _QUALIFIERS.items() for phrase in phrases}
_QUALIFIER_RE = "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_QUALIFIER_OF, key=len, reverse=True)
)
_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
]
_WORD = rf"(?:{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
_WORDS = rf"{_WORD}(?:(?:\s*-\s*|\s+|\s+and\s+){_WORD})*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+"
# Fixed phrases: value, qualifier.
_PHRASES: dict[str, tuple[int, Qualifier]] = {
    "a dozen": (12, "approx"),
    "a couple of": (2, "approx"),
    "a pair of": (2, "exact"),
    "both": (2, "exact"),
    "a single": (1, "exact"),
    "single": (1, "exact"),
    "a hundred": (100, "approx"),
    "a thousand": (1000, "approx"),
}
_ARTICLES: dict[str, int] = {"a": 1, "an": 1, "another": 1, "no": 0}
_PHRASE_RE = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _PHRASES)
_QUANTITY = re.compile(
    rf"(?<![\w.,/-])(?<![Nn]o\s)(?:(?P<total>a\s+total\s+of|a\s+further|another|in\s+total)\s+)?"
    rf"(?:(?P<qual>{_QUALIFIER_RE})\s+)?"
    rf"(?:(?P<dozens>{_DIGITS}|{_WORD})\s+dozen|(?P<phrase>{_PHRASE_RE})|(?P<digits>{_DIGITS})"
    rf"|(?P<words>{_WORDS})"
    rf"|(?P<article>an?|another|no(?!\s+(?:one|longer|more|less)\b)))"
    r"(?![\w/]|[.,]\d|-(?!\s)(?!(?:and|or)\b))",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z]+|-")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: int
    qualifier: Qualifier
    start: int  # with the qualifier words
    end: int
    number_start: int  # the number itself
    article: bool  # "a", "an", "another", "no": a count only before a noun that is counted
    digits: bool


def quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity expression in text[start:end], in order."""
    end = len(text) if end is None else end
    out: list[Quantity] = []
    for match in _QUANTITY.finditer(text, start, end):
        quantity = _read(match)
        if quantity is not None:
            out.append(quantity)
    return out


def _qualifier(match: re.Match[str]) -> Qualifier:
    qual = match.group("qual")
    if not qual:
        return "exact"
    return _QUALIFIER_OF[" ".join(qual.lower().split())]


def _read(match: re.Match[str]) -> Quantity | None:
    qualifier = _qualifier(match)
    start = match.start("qual") if match.group("qual") else match.start()
    if match.group("total") and match.group("total").lower().startswith("another"):
        start = match.start("total")
    if match.group("dozens"):
        count = _read_count(match.group("dozens"))
        if count is None:
            return None
        return Quantity(
            count * 12,
            "approx" if qualifier == "exact" else qualifier,
            start,
            match.end(),
            match.start("dozens"),
            False,
            False,
        )
    if match.group("phrase"):
        value, phrase_qualifier = _PHRASES[" ".join(match.group("phrase").lower().split())]
        if qualifier == "exact":
            qualifier = phrase_qualifier
        return Quantity(value, qualifier, start, match.end(), match.start("phrase"), False, False)
    if match.group("digits"):
        digits = parse_digits(match.group("digits"))
        if digits is None:
            return None
        return Quantity(digits, qualifier, start, match.end(), match.start("digits"), False, True)
    if match.group("words"):
        return _read_words(match, qualifier, start)
    article = match.group("article").lower()
    return Quantity(
        _ARTICLES[article], qualifier, start, match.end(), match.start("article"), True, False
    )


def _read_count(raw: str) -> int | None:
    if raw[0].isdigit():
        return parse_digits(raw)
    composed = compose([raw.lower()], "en")
    return composed[0] if composed else None


def _read_words(match: re.Match[str], qualifier: Qualifier, start: int) -> Quantity | None:
    tokens = list(_TOKEN.finditer(match.group("words")))
    composed = compose([t.group().lower() for t in tokens], "en")
    if composed is None:
        return None
    value, used = composed
    end = match.start("words") + tokens[used - 1].end()
    return Quantity(value, qualifier, start, end, match.start("words"), False, False)
