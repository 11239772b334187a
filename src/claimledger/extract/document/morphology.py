"""What the analyzer says about a word form: lemma, part of speech, grammemes, number.

Russian and Ukrainian words are read by pymorphy3 (OpenCorpora tags: NOUN, VERB, PRTF, PRTS,
INFN, GRND, ADJF, PREP, ...); English words by `english.EnglishLexer`, which gives the same tags
from simplemma's lemmas and a few rules, so every grammar reads one tag set.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from claimledger.extract.document.tokens import Token

_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
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


def bare(low: str) -> WordInfo:
    """A word the analyzer knows nothing about: its own lemma, no tags."""
    return WordInfo(low, frozenset({low}), None, frozenset(), frozenset(), frozenset())


class Lexer(Protocol):
    """Looks words up; `info` takes the lower-cased form (ё folded to е). `retag` may revise
    the tags of a sentence's tokens from their neighbours (English needs it; Russian does not)."""

    def info(self, low: str) -> WordInfo: ...

    def retag(self, tokens: Sequence[Token]) -> None: ...


class PymorphyLexer:
    """Word analysis by a pymorphy3 analyzer (`claimledger.morph.Morphology`), cached."""

    def __init__(self, morph: Any) -> None:
        self._morph = morph
        self._cache: dict[str, WordInfo] = {}

    def info(self, low: str) -> WordInfo:
        cached = self._cache.get(low)
        if cached is None:
            cached = self._analyse(low)
            self._cache[low] = cached
        return cached

    def retag(self, tokens: Sequence[Token]) -> None:
        """Russian and Ukrainian forms say what they are by themselves."""

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
            return bare(low)
        parses = self._morph.parse(low)
        if not parses:
            return bare(low)
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


_LEXERS: weakref.WeakKeyDictionary[Any, PymorphyLexer] = weakref.WeakKeyDictionary()


def lexer_for(morph: Any) -> PymorphyLexer:
    """The cached lexer of a `claimledger.morph.Morphology` (or any object with `.parse`)."""
    lexer = _LEXERS.get(morph)
    if lexer is None:
        lexer = PymorphyLexer(morph)
        _LEXERS[morph] = lexer
    return lexer
