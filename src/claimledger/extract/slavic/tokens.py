"""Paragraphs, sentences and tokens with offsets and morphology (razdel + pymorphy3).

`analyse(text, morph)` reads one report: it blanks the markup (see `markup`), cuts paragraphs at
blank lines, lines at newlines, sentences with razdel, tokens with razdel, and looks every word up
once in a per-analyzer cache. Offsets are offsets into the original text.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from typing import Any

from razdel import sentenize, tokenize

from claimledger.extract.slavic.markup import blank_markup, starts_with_bullet

_WORD = re.compile(r"[^\W\d_]", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
_PROPER = frozenset({"Surn", "Name", "Patr"})
# Indeclinable second halves of compounds: "дронов-камикадзе" inflects like "дронов".
INDECLINABLE_TAILS = ("-камикадзе", "-камікадзе", "-перехватчик")


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What the analyzer says about one word form, over all of its parses."""

    lemma: str
    lemmas: frozenset[str]
    pos: str | None  # part of speech of the most probable parse
    grams: frozenset[str]  # grammemes of the most probable parse
    all_grams: frozenset[str]  # grammemes of any parse
    numbers: frozenset[str]  # "sing"/"plur" over parses of the same part of speech

    @property
    def is_noun(self) -> bool:
        return self.pos == "NOUN"

    @property
    def is_adjective(self) -> bool:
        return self.pos in ("ADJF", "PRTF")

    @property
    def is_predicate(self) -> bool:
        return self.pos in ("VERB", "PRTS", "INFN", "ADJS", "GRND")


_LATIN_INFO = WordInfo("", frozenset(), None, frozenset(), frozenset(), frozenset())


class Lexer:
    """Word analysis with a cache; one per morphological analyzer."""

    def __init__(self, morph: Any) -> None:
        self._morph = morph
        self._cache: dict[str, WordInfo] = {}

    def info(self, low: str) -> WordInfo:
        cached = self._cache.get(low)
        if cached is None:
            cached = self._analyse(low)
            self._cache[low] = cached
        return cached

    def _analyse(self, low: str) -> WordInfo:
        for tail in INDECLINABLE_TAILS:
            if low.endswith(tail) and len(low) > len(tail):
                head = self.info(low[: -len(tail)])
                return WordInfo(
                    head.lemma + tail,
                    frozenset(lemma + tail for lemma in head.lemmas),
                    head.pos,
                    head.grams,
                    head.all_grams,
                    head.numbers,
                )
        if not _CYRILLIC.search(low):
            return WordInfo(low, frozenset({low}), None, frozenset(), frozenset(), frozenset())
        parses = self._morph.parse(low)
        if not parses:
            return WordInfo(low, frozenset({low}), None, frozenset(), frozenset(), frozenset())
        first = parses[0]
        pos = first.tag.POS
        proper = bool(_PROPER & first.tag.grammemes)
        # A surname parse ("дронов") says nothing about the number of a common noun.
        numbers = frozenset(
            str(p.tag.number)
            for p in parses
            if pos == p.tag.POS and p.tag.number and (proper or not _PROPER & p.tag.grammemes)
        )
        all_grams: set[str] = set()
        for parse in parses:
            all_grams.update(parse.tag.grammemes)
        return WordInfo(
            lemma=first.normal_form.replace("ё", "е"),
            lemmas=frozenset(p.normal_form.replace("ё", "е") for p in parses),
            pos=str(pos) if pos else None,
            grams=frozenset(first.tag.grammemes),
            all_grams=frozenset(all_grams),
            numbers=numbers,
        )


_LEXERS: weakref.WeakKeyDictionary[Any, Lexer] = weakref.WeakKeyDictionary()


def lexer_for(morph: Any) -> Lexer:
    """The cached lexer of a `claimledger.morph.Morphology` (or any object with `.parse`)."""
    lexer = _LEXERS.get(morph)
    if lexer is None:
        lexer = Lexer(morph)
        _LEXERS[morph] = lexer
    return lexer


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    low: str  # lower case, ё folded to е
    index: int
    sentence: int
    info: WordInfo = _LATIN_INFO

    @property
    def is_word(self) -> bool:
        return bool(_WORD.match(self.text))

    @property
    def is_digits(self) -> bool:
        return self.text.isdigit()

    @property
    def lemma(self) -> str:
        return self.info.lemma or self.low


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    line: int
    bullet: bool  # the paragraph is an item of a bulleted list
    first: int = 0  # index of the first token in Document.tokens
    last: int = 0  # one past the last token


@dataclass(slots=True)
class Document:
    text: str  # the original text
    clean: str  # the same length, markup blanked
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first : sentence.last]


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph number) of every non-empty line; blank lines end paragraphs."""
    out: list[tuple[int, int, int]] = []
    bounds = [0]
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.extend((match.start(), match.end()))
    bounds.append(len(text))
    for paragraph, (block_start, block_end) in enumerate(
        zip(bounds[::2], bounds[1::2], strict=True)
    ):
        offset = block_start
        for line in text[block_start:block_end].split("\n"):
            if line.strip():
                out.append((offset, offset + len(line), paragraph))
            offset += len(line) + 1
    return out


def analyse(text: str, morph: Any) -> Document:
    """Cut a report into sentences and tokens with offsets into `text`, and analyse the words."""
    clean = blank_markup(text)
    document = Document(text, clean)
    lexer = lexer_for(morph)
    bullets: dict[int, bool] = {}
    for line_number, (start, end, paragraph) in enumerate(_lines(clean)):
        if paragraph not in bullets:
            bullets[paragraph] = starts_with_bullet(text[start:end])
        for piece in sentenize(clean[start:end]):
            sentence = Sentence(
                index=len(document.sentences),
                start=start + piece.start,
                end=start + piece.stop,
                paragraph=paragraph,
                line=line_number,
                bullet=bullets[paragraph],
                first=len(document.tokens),
            )
            _add_tokens(document, sentence, piece.text, lexer)
            sentence.last = len(document.tokens)
            if sentence.last > sentence.first:
                document.sentences.append(sentence)
            else:
                document.tokens = document.tokens[: sentence.first]
    return document


def _add_tokens(document: Document, sentence: Sentence, text: str, lexer: Lexer) -> None:
    for raw in tokenize(text):
        low = raw.text.lower().replace("ё", "е")
        token = Token(
            text=raw.text,
            start=sentence.start + raw.start,
            end=sentence.start + raw.stop,
            low=low,
            index=len(document.tokens),
            sentence=sentence.index,
        )
        if token.is_word:
            token.info = lexer.info(low)
        document.tokens.append(token)
