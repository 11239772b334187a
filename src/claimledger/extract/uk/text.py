"""Ukrainian report text as tokens with offsets, sentences and comma segments.

Everything works on a folded copy of the text that has exactly the original's length, so an
offset found in the copy is an offset in the report: evidence spans stay exact slices. Folding
makes typographic apostrophes plain ("дев’ять"), turns Latin look-alike letters inside Cyrillic
words into Cyrillic (machine transcriptions write "Повітрянi" with a Latin i) and blanks out
links and Telegram markup, whose digits are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "ʹ": "'"})
_DASHES = str.maketrans({"‑": "-", "‐": "-", "–": "-", "—": "-", "−": "-"})
# Latin letters that look Cyrillic; only swapped inside words that are mostly Cyrillic.
_LATIN_TO_CYRILLIC = str.maketrans("aceiopxyABCEHIKMOPTXy", "асеіорхуАВСЕНІКМОРТХу")
_CYRILLIC = re.compile(r"[а-яіїєґА-ЯІЇЄҐ]")
_LATIN = re.compile(r"[A-Za-z]")
_MIXED_WORD = re.compile(r"[^\W\d_]+")
_MASKED = re.compile(r"https?://\S+|www\.\S+|\bt\.me/\S+|@\w+|\]\([^)\s]*\)|\*\*|__|~~|\|\|")

WORD = "word"
NUMBER = "number"
PUNCT = "punct"

_TOKEN = re.compile(
    r"(?P<number>\d+)"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*(?:-[^\W\d_]+(?:'[^\W\d_]+)*)*)"
    r"|(?P<punct>[^\w\s])"
)
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s+[\"«„(]?[A-ZА-ЯІЇЄҐ0-9-])|[.!?…;]*\s*\n\s*")
_SEGMENT_END = re.compile(r"[,:;()]")
# Words whose full stop does not end a sentence ("м. Київ", "Київської обл.", "2024 р.").
_ABBREVIATIONS = frozenset({"м", "обл", "р", "рр", "вул", "с", "смт", "ім", "т", "д", "пп", "див"})


def fold(text: str) -> str:
    """Same-length folded copy: plain apostrophes and dashes, Cyrillic look-alikes, no links."""
    out = text.translate(_APOSTROPHES).translate(_DASHES)
    out = _MASKED.sub(lambda m: " " * len(m.group()), out)
    return _MIXED_WORD.sub(_fold_word, out)


def _fold_word(match: re.Match[str]) -> str:
    word = match.group()
    if _LATIN.search(word) and len(_CYRILLIC.findall(word)) > len(_LATIN.findall(word)):
        return word.translate(_LATIN_TO_CYRILLIC)
    return word


@dataclass(frozen=True, slots=True)
class Token:
    """A word, a run of digits or one punctuation mark, at [start, end) of the report."""

    text: str  # the folded form (same length as the original slice)
    kind: str
    start: int
    end: int
    index: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    first: int  # index of the first token
    last: int  # index after the last token


class Document:
    """The report's text, its folded copy, tokens and sentences."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.tokens = [
            Token(m.group(), m.lastgroup or PUNCT, m.start(), m.end(), i)
            for i, m in enumerate(_TOKEN.finditer(self.folded))
        ]

    @cached_property
    def sentences(self) -> list[Sentence]:
        bounds: list[tuple[int, int]] = []
        start = 0
        for match in _SENTENCE_END.finditer(self.folded):
            if self._after_abbreviation(match.start()):
                continue
            end = match.start() + len(match.group().rstrip())
            if end > start:
                bounds.append((start, end))
            start = match.end()
        if start < len(self.folded):
            bounds.append((start, len(self.folded)))
        return [self._sentence(a, b) for a, b in bounds if self.folded[a:b].strip()]

    def _after_abbreviation(self, offset: int) -> bool:
        if self.folded[offset : offset + 1] != ".":
            return False
        word = re.search(r"([^\W\d_]+)$", self.folded[max(0, offset - 8) : offset])
        return bool(word and word.group(1).lower() in _ABBREVIATIONS)

    def _sentence(self, start: int, end: int) -> Sentence:
        first = self.token_at_or_after(start)
        last = self.token_at_or_after(end)
        return Sentence(start, end, first, last)

    def token_at_or_after(self, offset: int) -> int:
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].start < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def segment_breaks(self, sentence: Sentence) -> list[int]:
        """Token indexes of commas, colons, semicolons and brackets inside a sentence."""
        return [
            t.index
            for t in self.tokens[sentence.first : sentence.last]
            if t.kind == PUNCT and _SEGMENT_END.fullmatch(t.text)
        ]

    def gap(self, left: Token, right: Token) -> str:
        """The folded text between two tokens."""
        return self.folded[left.end : right.start]


def same_segment(a: int, b: int, breaks: list[int]) -> bool:
    """Whether no break (a token index from `Document.segment_breaks`) lies between a and b."""
    low, high = min(a, b), max(a, b)
    return not any(low < k < high for k in breaks)
