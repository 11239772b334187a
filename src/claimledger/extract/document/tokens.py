"""Paragraphs, sentences and tokens with offsets and morphology, in any language.

`analyse(text, lexer, splitter)` reads one report: it cleans the text (see `clean`), cuts
paragraphs at blank lines, lines at newlines, sentences and tokens with the language's splitter
(a sentence longer than `split.MAX_SENTENCE_CHARS` cut at a boundary, so that no sentence's work
grows with the length of the text), and looks every word up once in the lexer's cache. Offsets
are offsets into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimledger.extract.document.clean import HOMOGLYPHS, clean, starts_with_bullet
from claimledger.extract.document.morphology import (
    CYRILLIC_LETTER,
    Lexer,
    Spelling,
    WordInfo,
    bare,
)
from claimledger.extract.document.split import RazdelSplitter, Splitter, bounded

_WORD = re.compile(r"[^\W\d_]", re.UNICODE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
_RAZDEL = RazdelSplitter()
_NO_INFO = bare("")
# Marks that open a quotation or a quoted name, and those that close one: "“" closes „…“ and
# opens “…”; the straight quote does both.
OPENING_QUOTES = frozenset("«„“\"")
CLOSING_QUOTES = frozenset("»“”\"")
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES
# Latin letters that look like Cyrillic ones (clean.HOMOGLYPHS) in the lookup form, lower case
# and ё as е, so with b, h, k, m, t from В, Н, К, М, Т ("ребëнок", "Cредства", "Ещë" as some
# channels type them): inside a word that has Cyrillic letters they are read as the Cyrillic
# letter, so that the word is looked up as the word it shows.
_LATIN_LETTER = re.compile(r"[a-zëï]")
_HOMOGLYPHS = str.maketrans(
    {latin.lower(): cyrillic.lower().replace("ё", "е") for latin, cyrillic in HOMOGLYPHS.items()}
)


@dataclass(slots=True)
class Token:
    """One token of a document: its text and character span, and what its spelling says."""

    text: str
    start: int
    end: int
    low: str  # lower case, ё folded to е
    index: int
    sentence: int
    info: WordInfo
    # Read hundreds of thousands of times a run, so found once (`Spelling`), not at every read; a
    # new analysis is given with `set_info`, which keeps the lemma in step.
    is_word: bool
    is_digits: bool
    lemma: str

    def set_info(self, info: WordInfo) -> None:
        """Another analysis of the word (a lexer's `retag`: "UAVs" a plural noun)."""
        self.info = info
        self.lemma = info.lemma or self.low


@dataclass(slots=True)
class Sentence:
    """One sentence: its character span, where it stands in the text, its tokens' range."""

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
    """A text cut into sentences and tokens, with the cleaned copy the stages read."""

    text: str  # the original text
    clean: str  # the same length, markup blanked
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # sentence index -> the forms, lemmas and texts of its tokens (grammar.patterns.sentence_keys
    # fills it: the patterns and each table of cues ask of the same sentences)
    keys: dict[int, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first : sentence.last]


def _lines(text: str, original: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph number) of every non-empty line; blank lines end paragraphs. A list
    item wrapped over several lines is one line (see `_continues`)."""
    out: list[tuple[int, int, int]] = []
    bounds = [0]
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.extend((match.start(), match.end()))
    bounds.append(len(text))
    for paragraph, (block_start, block_end) in enumerate(
        zip(bounds[::2], bounds[1::2], strict=True)
    ):
        offset = block_start
        item = False  # the line before opens a list item that has not ended
        open_line = False  # the line before breaks off inside a sentence (`_BROKEN_OFF`)
        for line in text[block_start:block_end].split("\n"):
            if line.strip():
                raw = original[offset : offset + len(line)]
                if (item or (open_line and _goes_on(line))) and out and not _opens_item(raw):
                    out[-1] = (out[-1][0], offset + len(line), paragraph)
                else:
                    out.append((offset, offset + len(line), paragraph))
                    item = _opens_item(raw)
                item = item and not _ENDED.search(line)
                open_line = bool(_BROKEN_OFF.search(line))
            offset += len(line) + 1
    return out


# A line ended by a full stop, a semicolon or a colon: the item it opened is over.
_ENDED = re.compile(r"[.;:!?]\s*$")
_NUMBER_LINE = re.compile(r"\s*\d+\s*$")


# A line hard-wrapped inside a sentence ("было выпущено не" / "менее пяти ракет."): it ends in a
# word or a comma, and the next line goes on in lower case. A headline ends in a word too, but
# the text under it opens with a capital.
_BROKEN_OFF = re.compile(r"[\w,]\s*$")


def _goes_on(line: str) -> bool:
    """A line that opens in lower case: the sentence of the line before goes on."""
    stripped = line.lstrip()
    return stripped[:1].islower()


def _opens_item(line: str) -> bool:
    """A line that opens a list item: a list mark ("- 18 крилатих ракет" wrapped onto the next
    line as "Х-101/Х-555, «Калібр»"), or a number alone, the count of what the lines below name
    (an infographic's "3" above "ударних БПЛА")."""
    stripped = line.lstrip()
    return starts_with_bullet(line) or stripped[:1] in "+-–—" or bool(_NUMBER_LINE.match(line))


def analyse(text: str, lexer: Lexer, splitter: Splitter = _RAZDEL) -> Document:
    """Cut a report into sentences and tokens with offsets into `text`, and analyse the words."""
    cleaned = clean(text)
    document = Document(text, cleaned)
    bullets: dict[int, bool] = {}
    for line_number, (start, end, paragraph) in enumerate(_lines(cleaned, text)):
        if paragraph not in bullets:
            bullets[paragraph] = starts_with_bullet(text[start:end])
        line = cleaned[start:end]
        for piece_start, piece_stop in bounded(line, splitter.sentences(line)):
            sentence = Sentence(
                index=len(document.sentences),
                start=start + piece_start,
                end=start + piece_stop,
                paragraph=paragraph,
                line=line_number,
                bullet=bullets[paragraph],
                first=len(document.tokens),
            )
            _add_tokens(document, sentence, cleaned[sentence.start : sentence.end], lexer, splitter)
            lexer.retag(document.tokens[sentence.first :])
            sentence.last = len(document.tokens)
            if sentence.last > sentence.first:
                document.sentences.append(sentence)
            else:
                document.tokens = document.tokens[: sentence.first]
    return document


def spelling(word: str, lexer: Lexer) -> Spelling:
    low = word.lower().replace("ё", "е").replace(" ", "")  # "и. о.": a dotted word, spaced
    if _LATIN_LETTER.search(low) and CYRILLIC_LETTER.search(low):
        low = _unmixed(low)
    is_word = bool(_WORD.match(word))
    info = lexer.info(low) if is_word else _NO_INFO
    # made by tuple.__new__ itself, not by the named tuple's own __new__ (a Python call)
    return _new(Spelling, (low, info, is_word, word.isdigit(), info.lemma or low))


_new = tuple.__new__


def _unmixed(low: str) -> str:
    """A word's parts (between hyphens) that mix Latin and Cyrillic letters with the Latin
    look-alikes read as Cyrillic; a compound of a Latin part and a Cyrillic one ("fpv-дрон")
    is two words and stays."""
    return "-".join(
        part.translate(_HOMOGLYPHS)
        if _LATIN_LETTER.search(part) and CYRILLIC_LETTER.search(part) else part
        for part in low.split("-")
    )


_MAX_SPELLINGS = 1 << 19  # each lexer's `spellings`: a stream of distinct ones stays bounded


def _add_tokens(
    document: Document, sentence: Sentence, text: str, lexer: Lexer, splitter: Splitter
) -> None:
    forms = lexer.spellings
    tokens = document.tokens
    offset, number = sentence.start, sentence.index
    for piece_start, piece_stop in splitter.tokens(text):
        word = text[piece_start:piece_stop]
        form = forms.get(word)
        if form is None:
            if len(forms) >= _MAX_SPELLINGS:
                forms.clear()
            form = forms[word] = spelling(word, lexer)
        tokens.append(
            Token(word, offset + piece_start, offset + piece_stop, form.low, len(tokens), number,
                  form.info, form.is_word, form.is_digits, form.lemma)
        )


def sentence_keys(doc: Document, sentence: Sentence) -> frozenset[str]:
    """Each form, lemma and surface text of the sentence's tokens: what a literal element of a
    pattern or cue may read there (grammar/patterns `_reads`). Found once per sentence for the
    patterns and every table of cues (the document keeps them)."""
    keys = doc.keys.get(sentence.index)
    if keys is None:
        tokens = doc.tokens[sentence.first : sentence.last]
        keys = doc.keys[sentence.index] = frozenset(
            [t.low for t in tokens] + [t.lemma for t in tokens] + [t.text for t in tokens]
        )
    return keys
