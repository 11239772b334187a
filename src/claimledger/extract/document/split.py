"""Cutting a line of text into sentences and a sentence into tokens, per writing convention.

Russian and Ukrainian go through razdel. English goes through the rules below: razdel cuts
"Ukraine's" and "U.S." into pieces and ends sentences after "Gen.", which English reports are
full of. Both return (start, stop) offsets into the string they are given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from razdel import sentenize, tokenize


class Splitter(Protocol):
    def sentences(self, text: str) -> Iterator[tuple[int, int]]: ...

    def tokens(self, text: str) -> Iterator[tuple[int, int]]: ...


class RazdelSplitter:
    def sentences(self, text: str) -> Iterator[tuple[int, int]]:
        for piece in sentenize(text):
            yield piece.start, piece.stop

    def tokens(self, text: str) -> Iterator[tuple[int, int]]:
        for piece in tokenize(text):
            yield piece.start, piece.stop


# A full stop, question or exclamation mark, optionally closed by quotes or brackets, then space
# and something that can open a sentence.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9\-–—•])")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col sgt maj capt st no gov sen rep jan feb mar apr jun jul aug sep sept "
    "oct nov dec approx vs u.s u.k a.m p.m e.g i.e adm prof jr sr inc co corp lt.gen est".split()
)
_ENGLISH_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., a.m.
    r"|\d+(?:[.,]\d{3})+(?!\d)"  # 1,200 and 1.200
    r"|\d+(?:\.\d+)?"
    r"|[^\W\d_]+(?:[-'][^\W_]+)*(?=['’]s\b)"  # "Ukraine" of "Ukraine's"
    r"|['’]s\b"
    r"|[^\W_]+(?:[-'][^\W_]+)*"  # Shahed-136, Kh-101, weren't
    r"|[^\w\s]"
)


def _is_abbreviation(text: str, end: int) -> bool:
    """Does the full stop at `end` close an abbreviation ("Mr.", "U.S.") or an initial ("J.")?"""
    if text[end] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, end - 24), end)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and text[match.start(1)].isupper()


class EnglishSplitter:
    def sentences(self, text: str) -> Iterator[tuple[int, int]]:
        start = 0
        for match in _SENTENCE_END.finditer(text):
            if _is_abbreviation(text, match.start()):
                continue
            yield from _trimmed(text, start, match.end())
            start = match.end()
        yield from _trimmed(text, start, len(text))

    def tokens(self, text: str) -> Iterator[tuple[int, int]]:
        for match in _ENGLISH_TOKEN.finditer(text):
            yield match.start(), match.end()


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end
