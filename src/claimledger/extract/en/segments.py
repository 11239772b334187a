"""Paragraphs, sentences and clauses of an English report, as character ranges of its text.

Every later step works on offsets into the original text, so spans stay exact slices. Clauses
matter for attribution: "the ministry said six were fired, while a US official said eight" holds
two claimants, one per clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n")
# A full stop, question or exclamation mark, optionally closed by quotes or brackets, then space
# and something that can open a sentence.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9\-–—•])")
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "sgt",
        "maj",
        "capt",
        "st",
        "no",
        "gov",
        "sen",
        "rep",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "vs",
        "u.s",
        "u.k",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "adm",
        "prof",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "lt.gen",
        "est",
    }
)
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_CLAUSE_BREAK = re.compile(
    r";\s*|,\s*(?=(?:while|whereas|but|although|though|however)\b)|\s+(?=(?:while|whereas)\s)"
)
# A first paragraph with no closing punctuation in a multi-paragraph report is a headline.
_HEADLINE_MAX = 200
_TERMINAL = re.compile(r"[.!?:;\"”]\s*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int
    headline: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Blocks separated by blank lines, without their surrounding whitespace."""
    out: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _add_trimmed(text, position, match.start(), out)
        position = match.end()
    _add_trimmed(text, position, len(text), out)
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def _is_abbreviation(text: str, end: int) -> bool:
    """Does the full stop at `end` close an abbreviation ("Mr.", "U.S.") or an initial ("J.")?"""
    if text[end] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, end - 24), end)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and text[match.start(1)].isupper()


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, match.start()):
            continue
        _add_trimmed(text, position, match.end(), out)
        position = match.end()
    _add_trimmed(text, position, end, out)
    return out


def sentences(text: str) -> list[Sentence]:
    """Sentences in text order; single line breaks end a sentence too (Telegram lists)."""
    blocks = paragraphs(text)
    out: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(blocks):
        headline = number == 0 and len(blocks) > 2 and _looks_like_headline(text[p_start:p_end])
        line_start = p_start
        for line in [*_LINE_BREAK.finditer(text, p_start, p_end), None]:
            line_end = line.start() if line else p_end
            for s_start, s_end in _split_line(text, line_start, line_end):
                out.append(Sentence(s_start, s_end, number, len(out), headline))
            if line:
                line_start = line.end()
    return out


def _looks_like_headline(block: str) -> bool:
    return len(block) <= _HEADLINE_MAX and "\n" not in block and not _TERMINAL.search(block)


def clauses(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The sentence cut at semicolons and contrastive links ("..., while ...", "..., but ...")."""
    out: list[tuple[int, int]] = []
    position = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if match.start() > position:
            out.append((position, match.start()))
        position = match.end()
    if position < sentence.end:
        out.append((position, sentence.end))
    return out or [(sentence.start, sentence.end)]


def clause_of(clause_list: list[tuple[int, int]], position: int) -> tuple[int, int]:
    """The clause holding `position` (the last one before it when it falls in a gap)."""
    best = clause_list[0]
    for clause in clause_list:
        if clause[0] <= position:
            best = clause
    return best


def keyword_windows(text: str, keywords: tuple[str, ...], reach: int) -> list[tuple[int, int]]:
    """Merged stretches of `reach` characters around each keyword (lower-case substrings).

    Plain substring search is far faster than running a large pattern over a whole article, so
    grammars with distinctive words run only where one of those words occurs.
    """
    low = text.lower()
    hits: list[int] = []
    for keyword in keywords:
        position = low.find(keyword)
        while position >= 0:
            hits.append(position)
            position = low.find(keyword, position + 1)
    windows: list[tuple[int, int]] = []
    for position in sorted(hits):
        start, end = max(0, position - reach), min(len(text), position + reach)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows
