"""Cutting a line of text into sentences and a sentence into tokens, per writing convention.

Russian and Ukrainian go through razdel. English goes through the rules below: razdel cuts
"Ukraine's" and "U.S." into pieces and ends sentences after "Gen.", which English reports are
full of. Both return (start, stop) offsets into the string they are given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from razdel import sentenize

from claimledger.extract.document.razdel_tokens import razdel_tokens


class Splitter(Protocol):
    def sentences(self, text: str) -> Iterator[tuple[int, int]]: ...

    def tokens(self, text: str) -> Iterator[tuple[int, int]]: ...


# The longest sentence the grammars read whole. Real reports stay far below it (the longest in the
# corpora under shared/ runs near 1,100 characters); a longer "sentence" is text the splitter could
# not cut (a full stop before a small letter, repeated a thousand times) and is cut here, because
# the grammars compare a sentence's counts with its verbs and a longer one costs its square.
MAX_SENTENCE_CHARS = 2000
# Where an over-long sentence is cut, best first: after a full stop, question or exclamation mark
# or semicolon, then after a comma or colon, then at any space. Never inside a word.
_CUTS = (re.compile(r"[.!?;…]+[\"”’»')\]]*\s+"), re.compile(r"[,:]\s+"), re.compile(r"\s+"))


def bounded(
    text: str, pieces: Iterable[tuple[int, int]], limit: int = MAX_SENTENCE_CHARS
) -> Iterator[tuple[int, int]]:
    """The splitter's sentences of `text`, each longer than `limit` cut into pieces of at most
    `limit` characters at the best boundary (`_CUTS`) in the second half of the room; a run of
    `limit` characters with no space at all is cut where it reaches the limit."""
    for start, stop in pieces:
        while stop - start > limit:
            cut = _cut(text, start, start + limit)
            yield from _trimmed(text, start, cut)
            start = cut
        yield from _trimmed(text, start, stop)


def _cut(text: str, start: int, end: int) -> int:
    """Where to cut [start, end): the best boundary in its second half."""
    return last_boundary(text, _CUTS, start + (end - start) // 2, end)


def last_boundary(text: str, patterns: Iterable[re.Pattern[str]], low: int, high: int) -> int:
    """The end of the last match, in `text[low:high]`, of the first of `patterns` that matches
    there, else `high`: where to cut a piece of text that must end by `high`."""
    for pattern in patterns:
        end = None
        for match in pattern.finditer(text, low, high):
            end = match.end()
        if end is not None:
            return end
    return high


class RazdelSplitter:
    """razdel's sentences and tokens. With `apostrophes`, an apostrophe between two letters is
    part of the word, as in Ukrainian spelling ("дев'ять", "п'ятеро"), where razdel cuts it out."""

    def __init__(
        self,
        apostrophes: bool = False,
        abbreviations: frozenset[str] = frozenset(),
        dotted: frozenset[str] = frozenset(),
    ) -> None:
        self.apostrophes = apostrophes
        self.abbreviations = abbreviations
        self.dotted = dotted  # "и. о.", "т.в.о.": letters with full stops, one word (lexicon)

    def sentences(self, text: str) -> Iterator[tuple[int, int]]:
        pending: tuple[int, int] | None = None
        for piece in _model_breaks(text, sentenize(text)):
            piece_start = pending[0] if pending is not None else piece.start
            if self._abbreviated(text[piece.start : piece.stop]):
                pending = (piece_start, piece.stop)  # "у м. Харків": the sentence goes on
                continue
            pending = None
            yield piece_start, piece.stop
        if pending is not None:
            yield pending

    def _abbreviated(self, piece: str) -> bool:
        """A piece that ends with an abbreviation's full stop ("у м.", "у сел.")."""
        if not self.abbreviations or not piece.endswith("."):
            return False
        word = _last_word(piece[:-1])
        return word is not None and word.lower() in self.abbreviations

    def tokens(self, text: str) -> Iterator[tuple[int, int]]:
        pieces = razdel_tokens(text)  # razdel's tokens, read in one pass (razdel_tokens.py)
        if self.apostrophes:
            pieces = _join_apostrophes(text, pieces)
        if self.dotted and "." in text:
            pieces = _join_dotted(text, pieces, self.dotted)
        yield from pieces


# razdel takes a capital after a hyphen or digit and a full stop for an initial ("Іскандер-М.
# Знешкоджено", "Х-59М. Сбито"); a model's suffix ends its sentence when a word follows. The
# full stop comes first and the suffix is looked behind from after it: a pattern that opens with
# a look-behind is tried at every character, one that opens with "." only at full stops.
_MODEL_END = re.compile(r"\.(?:(?<=[-\d][A-ZА-ЯЁІЇЄҐ]\.)|(?<=[-\d][A-ZА-ЯЁІЇЄҐ]{2}\.))\s+"
                        r"(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’ʼ]+)")


class _Piece:
    """A sentence span as razdel gives it."""

    def __init__(self, start: int, stop: int) -> None:
        self.start, self.stop = start, stop


def _model_breaks(text: str, pieces: Iterable[Any]) -> Iterator[_Piece]:
    """razdel's sentences, cut after a model's suffix that ends one ("Іскандер-М.")."""
    for piece in pieces:
        start = piece.start
        for match in _MODEL_END.finditer(text, piece.start, piece.stop):
            yield _Piece(start, match.start() + 1)
            start = match.end()
        yield _Piece(start, piece.stop)


_APOSTROPHES = frozenset("'ʼ’")
# A run of letters: read backwards from a piece's end, its last word.
_LETTERS = re.compile(r"[^\W\d_]+")


def _last_word(piece: str) -> str | None:
    """The letters that end `piece`, unless a hyphen stands before them: a letter after a
    hyphen is a model's suffix ("Іскандер-М."), no abbreviation, and its full stop ends the
    sentence. (The pattern "(?<![^\\W\\d_]|-)[^\\W\\d_]+$", searched from the front, tried
    every character of the sentence; the run is matched here on the reversed piece.)"""
    if piece.endswith("\n"):  # as "$" matched: at the end, or before a newline that ends it
        piece = piece[:-1]
    run = _LETTERS.match(piece[::-1])
    if run is None:
        return None
    start = len(piece) - run.end()
    return None if start > 0 and piece[start - 1] == "-" else piece[start:]


def _join_apostrophes(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Letters, an apostrophe and letters with nothing between them are one word."""
    out: list[tuple[int, int]] = []
    index = 0
    while index < len(pieces):
        start, stop = pieces[index]
        while (
            index + 2 < len(pieces)
            and text[pieces[index + 1][0] : pieces[index + 1][1]] in _APOSTROPHES
            and pieces[index + 1][0] == stop
            and pieces[index + 2][0] == pieces[index + 1][1]
            and text[stop - 1].isalpha()
            and text[pieces[index + 2][0]].isalpha()
        ):
            stop = pieces[index + 2][1]
            index += 2
        out.append((start, stop))
        index += 1
    return out


def _join_dotted(
    text: str, pieces: list[tuple[int, int]], dotted: frozenset[str]
) -> list[tuple[int, int]]:
    """Single letters each with its full stop ("и. о.", "т.в.о."), spaced or not, that spell
    one of `dotted`: one word, where razdel cuts them into letters and stops."""
    out: list[tuple[int, int]] = []
    index = 0
    while index < len(pieces):
        end = index
        while (
            end + 1 < len(pieces)
            and pieces[end][1] - pieces[end][0] == 1
            and text[pieces[end][0]].isalpha()
            and text[pieces[end + 1][0] : pieces[end + 1][1]] == "."
        ):
            end += 2
        spelled = "".join(text[a:b] for a, b in pieces[index:end])
        # not a person's initials ("В. О. Петренко"), which are capitals
        if end > index + 2 and spelled.lower() in dotted and not spelled.isupper():
            out.append((pieces[index][0], pieces[end - 1][1]))
            index = end
            continue
        out.append(pieces[index])
        index += 1
    return out


# A full stop, question or exclamation mark, optionally closed by quotes or brackets, then space
# and something that can open a sentence.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9\-–—•])")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col sgt maj capt st no gov sen rep jan feb mar apr jun jul aug sep sept "
    "oct nov dec approx vs u.s u.k a.m p.m e.g i.e adm prof jr sr inc co corp lt.gen est".split()
)
_ENGLISH_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?:-[^\W\d_]+)+|"  # "U.S.-made", "U.K.-supplied": one adjective, no dash
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
