"""Rows of `[[markers]]` and `[[media]]` matched on a document's tokens, and the cheap look for
their words that spares a report without any of them the full analysis.

A row is the pattern layer's token tests in a row (grammar/patterns.py). Rows are tried in their
table's order at each token; the first that matches wins and its tokens are taken, so a longer
row written first ("не удалось установить, где снято видео") keeps a shorter one ("не удалось
установить") from cutting it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from claimledger.extract.document.tokens import Document, Sentence, Token, sentence_keys
from claimledger.extract.grammar.patterns import PatternMatcher, may_match, required_words
from claimledger.extract.lexicon import Cue, Lexicon

# A trigger stem is this many letters of a word at most: "подтв" finds "подтвердили" and
# "подтверждение" alike.
_STEM = 5


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue of the lexicon (a marker's or a media mention's words) at tokens [first, last)."""

    cue: Cue
    first: int  # token indexes, [first, last)
    last: int

    def start(self, doc: Document) -> int:
        return doc.tokens[self.first].start

    def end(self, doc: Document) -> int:
        return doc.tokens[self.last - 1].end


def find_cues(
    doc: Document,
    lex: Lexicon,
    cues: Sequence[Cue],
    sentences: Iterable[Sentence] | None = None,
    usable: Callable[[Cue, Sentence], bool] | None = None,
) -> list[CueMatch]:
    """Matches of `cues` in the sentences (every sentence by default), in text order, without
    overlaps; `usable` may rule a row out in a sentence."""
    if not cues:
        return []
    matcher = PatternMatcher(doc, lex.lang, lex.word_set, ())
    openers = _openers_of(lex, cues)
    found: list[CueMatch] = []
    for sentence in doc.sentences if sentences is None else sentences:
        keys = sentence_keys(doc, sentence)  # found for the patterns already
        if not openers.anywhere and keys.isdisjoint(openers.words):
            continue  # no word of the sentence opens a row (most sentences)
        index = sentence.first
        while index < sentence.last:
            end = None
            for cue in _candidates(openers, doc.tokens[index]):
                if usable is not None and not usable(cue, sentence):
                    continue
                if not may_match(openers.required[id(cue)], keys):
                    continue  # a word the row must read is not in the sentence: most rows
                end = matcher.match_at(cue.elements, index, sentence)
                if end is not None and end > index:
                    found.append(CueMatch(cue, index, end))
                    break
            index = end if end is not None and end > index else index + 1
    return found


@dataclass(frozen=True, slots=True)
class _Openers:
    """The rows by the words their first token may be, so that each token is tried against
    the few rows it can open; rows that may open on any token are tried everywhere."""

    by_word: dict[str, tuple[tuple[int, Cue], ...]]
    anywhere: tuple[tuple[int, Cue], ...]
    # id of a row -> the words of each of its literal elements (`patterns.required_words`)
    required: dict[int, tuple[frozenset[str], ...]]
    words: frozenset[str]  # the words of `by_word`


# ids of a lexicon and its table of rows -> (both, the table's openers): a table is asked
# for at every report, and hashing its rows each time cost more than the lookups it saves.
_OPENERS: dict[tuple[int, int], tuple[Lexicon, Sequence[Cue], _Openers]] = {}


def _openers_of(lex: Lexicon, cues: Sequence[Cue]) -> _Openers:
    key = (id(lex), id(cues))
    known = _OPENERS.get(key)
    if known is not None and known[0] is lex and known[1] is cues:
        return known[2]
    openers = _openers(lex, tuple(cues))
    if isinstance(cues, tuple):  # both kept, so their ids are not reused while a key
        _OPENERS[key] = (lex, cues, openers)
    return openers


@cache
def _openers(lex: Lexicon, cues: tuple[Cue, ...]) -> _Openers:
    by_word: dict[str, list[tuple[int, Cue]]] = {}
    anywhere: list[tuple[int, Cue]] = []
    for order, cue in enumerate(cues):
        words = _first_words(lex, cue.elements)
        if words is None:
            anywhere.append((order, cue))
            continue
        for word in words:
            by_word.setdefault(word, []).append((order, cue))
    required = {id(cue): required_words(lex.word_set, cue.elements) for cue in cues}
    rows = {w: tuple(found) for w, found in by_word.items()}
    return _Openers(rows, tuple(anywhere), required, frozenset(rows))


def _first_words(lex: Lexicon, elements: Sequence[str]) -> frozenset[str] | None:
    words: set[str] = set()
    for element in elements:
        if element.startswith("!") or element == "^":
            continue  # tests that take no token
        optional = element.endswith("?") and len(element) > 1
        words_of = _alternatives(lex, element.rstrip("?") if optional else element)
        if words_of is None:
            return None
        words |= words_of
        if not optional:
            return frozenset(words)
    return None


def _alternatives(lex: Lexicon, element: str) -> frozenset[str] | None:
    if element.startswith(("~", "#")):
        return None
    if element.startswith("@"):
        return lex.word_set(element[1:])
    return frozenset(element.split("|"))


def _candidates(openers: _Openers, token: Token) -> list[Cue]:
    """The rows that may open at a token, in their table's order."""
    by_word = openers.by_word
    if not (
        openers.anywhere or token.low in by_word or token.lemma in by_word or token.text in by_word
    ):
        return []  # most tokens open no row: asked of every token of every report
    found = [
        rows
        for form in (token.low, token.lemma, token.text)
        if (rows := openers.by_word.get(form)) is not None
    ]
    if not found and not openers.anywhere:
        return []  # most tokens open no row
    ordered = sorted({row for rows in found for row in rows} | set(openers.anywhere))
    return [cue for _, cue in ordered]


# Per row, per required element, the stems of its words: a text may match the row only when
# it holds a stem of every one.
Triggers = tuple[tuple[frozenset[str], ...], ...]


@cache
def trigger_stems(lex: Lexicon, cues: tuple[Cue, ...]) -> Triggers:
    """What a text must hold for any of `cues` to match: per row, a stem of each of the words of
    every element it cannot do without (the first letters of the forms and lemmas written in
    the row, so a row whose lemma shares no letters with its forms lists the forms too)."""
    rows: list[tuple[frozenset[str], ...]] = []
    for cue in cues:
        needed: list[frozenset[str]] = []
        for element in cue.elements:
            if element.endswith("?") or element.startswith(("!", "^")):
                continue
            words = _alternatives(lex, element)
            if words:
                needed.append(frozenset(_stem(word) for word in words))
        rows.append(tuple(needed))
    return tuple(rows)


def _stem(word: str) -> str:
    return word.lower().replace("ё", "е")[:_STEM]


def holds_any(low_text: str, triggers: Triggers) -> bool:
    """Whether the lower-cased text (ё as е) may match any row of `triggers`."""
    return any(all(any(stem in low_text for stem in stems) for stems in row) for row in triggers)
