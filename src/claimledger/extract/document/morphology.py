"""What the analyzer says about a word form: lemma, part of speech, grammemes, number.

Russian and Ukrainian words are read by pymorphy3 (OpenCorpora tags: NOUN, VERB, PRTF, PRTS,
INFN, GRND, ADJF, PREP, ...); English words by `english.EnglishLexer`, which gives the same tags
from simplemma's lemmas and a few rules, so every grammar reads one tag set.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from claimledger.extract.derived import by_identity

if TYPE_CHECKING:
    from claimledger.extract.document.tokens import Token
    from claimledger.morph import Reading

CYRILLIC_LETTER = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)  # a Russian or Ukrainian letter
_PROPER = frozenset({"Surn", "Name", "Patr"})
_GENDERS = frozenset({"masc", "femn", "neut"})
# What a participle may qualify when it comes right before it.
_NOMINALS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"})
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
    # the numbers of its genitive parses: "ракеты" is genitive singular only (its plural
    # parses are nominative and accusative), one weapon after an event noun ("о перехвате ракеты")
    gent_numbers: frozenset[str] = frozenset()

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


class Spelling(NamedTuple):
    """What a token's text alone decides, worked out once per spelling and lexer
    (`tokens.spelling`)."""

    low: str
    info: WordInfo
    is_word: bool
    is_digits: bool
    lemma: str


class Lexer(Protocol):
    """Looks words up; `info` takes the lower-cased form (ё folded to е). `retag` may revise
    the tags of a sentence's tokens from their neighbours (English needs it; Russian does not).
    `spellings` keeps the document stage's reading of each spelling the lexer has looked up:
    a lexer's analysis of a word never changes (a `retag` gives a token, not the word, another
    analysis), and posts repeat their words."""

    spellings: dict[str, Spelling]

    def info(self, low: str) -> WordInfo: ...

    def retag(self, tokens: Sequence[Token]) -> None: ...


class CachedLexer:
    """A lexer that analyses each form once: `info` memoises `_analyse` (a report repeats its
    words, and every language's analysis is a pure function of the form)."""

    def __init__(self) -> None:
        self._cache: dict[str, WordInfo] = {}
        self.spellings: dict[str, Spelling] = {}

    def info(self, low: str) -> WordInfo:
        cached = self._cache.get(low)
        if cached is None:
            cached = self._analyse(low)
            self._cache[low] = cached
        return cached

    def _analyse(self, low: str) -> WordInfo:
        raise NotImplementedError


class PlainLexer(CachedLexer):
    """A language with no morphology yet (`morphology = "plain"`): each form its own lemma,
    no tags; the lexicon then lists the forms its roles hear."""

    def _analyse(self, low: str) -> WordInfo:
        return bare(low)

    def retag(self, tokens: Sequence[Token]) -> None:
        return None


class _Parse(NamedTuple):
    """One parse in the OpenCorpora convention: lemma, part of speech, grammemes, number (a
    tuple: made for every parse of every new word, where a frozen dataclass is slow to make)."""

    lemma: str
    pos: str | None
    grams: frozenset[str]
    number: str | None


def _opencorpora(reading: Reading) -> _Parse:
    """A reading of the Russian dictionary as it is (OpenCorpora tags)."""
    form, tag = reading
    pos, grams, number = _tag_parts(tag)
    return _new(_Parse, (form.replace("ё", "е"), pos, grams, number))


# A named tuple made by tuple.__new__ itself, not by its class's own __new__ (a Python call for
# every parse of every new word)
_new = tuple.__new__

_TagParts = tuple[str | None, frozenset[str], str | None]


# (at most 1 << 14: some analyzer units make tags for single words)
@by_identity(limit=1 << 14)
def _tag_parts(tag: Any) -> _TagParts:
    """A tag's part of speech, grammemes and number: read once per tag. A dictionary's parses
    share its few thousand tag objects, so they are known by identity (a tag hashes and compares
    by a tuple of its grammemes, made anew at each call; identity also keeps two dictionaries'
    tags apart)."""
    # Plain strings: pymorphy's number is a str subclass whose comparisons and hashing run in
    # Python (it checks the other side is a number), and every `numbers` test would pay it.
    pos, number = tag.POS, tag.number
    return (str(pos) if pos else None), frozenset(tag.grammemes), (str(number) if number else None)


def _ukrainian(reading: Reading) -> _Parse:
    """A reading of the Ukrainian dictionary (VESUM tags) put into the OpenCorpora convention that
    every grammar reads: the dictionary tags an infinitive as VERB with `infn`, a participle as
    ADJF with `pssv` or `actv`, the impersonal "збито" as VERB with `Impe`, and marks no
    singular at all (a singular form has a gender and no `plur`). In OpenCorpora these are INFN,
    PRTF, a neuter singular PRTS ("сбито") and `sing`."""
    found = _opencorpora(reading)
    grams = set(found.grams)
    pos = found.pos
    if pos == "VERB" and "infn" in grams:
        pos = "INFN"
    elif pos == "VERB" and "Impe" in grams:
        pos = "PRTS"
        grams |= {"neut", "sing"}
    elif pos == "ADJF" and grams & {"pssv", "actv"}:
        pos = "PRTF"
    number = found.number
    if number is None and "plur" not in grams and grams & _GENDERS:
        number = "sing"
        grams.add("sing")
    if pos is not None:
        grams = (grams - {found.pos or ""}) | {pos}
    return _Parse(found.lemma, pos, frozenset(grams), number)


class PymorphyLexer(CachedLexer):
    """Word analysis by a pymorphy3 analyzer (`claimledger.morph.Morphology`), cached. Parses
    are read in the OpenCorpora convention whatever the dictionary (see `_ukrainian`)."""

    def __init__(self, morph: Any, prepositions: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self._morph = morph
        self._prepositions = prepositions
        self._ukrainian = getattr(morph, "lang", None) == "uk"
        self._convert = _ukrainian if self._ukrainian else _opencorpora

    def retag(self, tokens: Sequence[Token]) -> None:
        """Russian forms say what they are by themselves. Ukrainian has no short participle: a
        full one in the nominative stands as the predicate ("усі три збиті", "ще 30 локаційно
        втрачені") where no nominal follows it and no comma opens it ("дрони, збиті над ..."),
        and reads then as the short participle (PRTS) Russian would write."""
        if not self._ukrainian:
            return
        for position, token in enumerate(tokens):
            info = token.info
            if info.pos != "PRTF" or "nomn" not in info.grams:
                continue
            before = tokens[position - 1] if position > 0 else None
            after = tokens[position + 1] if position + 1 < len(tokens) else None
            if before is not None and before.text == ",":
                continue
            if after is not None and after.info.pos in _NOMINALS and "nomn" in after.info.all_grams:
                continue
            token.set_info(
                WordInfo(
                    info.lemma,
                    info.lemmas,
                    "PRTS",
                    (info.grams - {"PRTF"}) | {"PRTS"},
                    info.all_grams | {"PRTS"},
                    info.numbers,
                    info.gent_numbers,
                )
            )

    def _analyse(self, low: str) -> WordInfo:
        tails = INDECLINABLE_TAILS if low.endswith(INDECLINABLE_TAILS) else ()  # most words
        for tail in tails:
            if low.endswith(tail) and len(low) > len(tail):
                head = self.info(low[: -len(tail)])
                return WordInfo(
                    head.lemma + tail,
                    frozenset(lemma + tail for lemma in head.lemmas),
                    head.pos,
                    head.grams,
                    head.all_grams,
                    head.numbers,
                    head.gent_numbers,
                )
        if not CYRILLIC_LETTER.search(low):
            return bare(low)
        parses = [self._convert(r) for r in self._morph.readings(low)]
        if not parses:
            return bare(low)
        if low in self._prepositions:  # the preposition's parse first: "на Львів", "під Києвом"
            parses.sort(key=lambda p: p.pos != "PREP")
        elif self._ukrainian and parses[0].pos != "NUMR" and any(p.pos == "NUMR" for p in parses):
            # the number first, as the Russian dictionary puts it: "три" before the imperative
            # of "терти", "сім" before "сей", "сорок" before "сорока"
            parses.sort(key=lambda p: p.pos != "NUMR")
        first = parses[0]
        if len(parses) == 1:  # a third of the words: what the loops below make of one parse
            numbers = frozenset((first.number,)) if first.number else frozenset()
            lemmas = frozenset((first.lemma,))
            gent = numbers if "gent" in first.grams else frozenset()
            return WordInfo(
                first.lemma, lemmas, first.pos, first.grams, first.grams, numbers, gent
            )
        return _over_parses(parses)


def _over_parses(parses: list[_Parse]) -> WordInfo:
    """A word of several parses, the likeliest first: its lemmas, grammemes and numbers over
    all of them, in one pass (a new word of the run costs its analysis, and three passes with
    generators cost a fifth of what ours adds to pymorphy's)."""
    first = parses[0]
    pos = first.pos
    proper = not _PROPER.isdisjoint(first.grams)
    lemmas: set[str] = set()
    all_grams: set[str] = set()
    numbers: set[str] = set()
    gent_numbers: set[str] = set()
    for lemma, parse_pos, grams, number in parses:
        lemmas.add(lemma)
        all_grams.update(grams)
        if number and parse_pos == pos:
            # A surname parse ("дронов") says nothing about the number of a common noun.
            if proper or _PROPER.isdisjoint(grams):
                numbers.add(number)
            if "gent" in grams:
                gent_numbers.add(number)
    return WordInfo(
        lemma=first.lemma,
        lemmas=frozenset(lemmas),
        pos=pos,
        grams=first.grams,
        all_grams=frozenset(all_grams),
        numbers=frozenset(numbers),
        gent_numbers=frozenset(gent_numbers),
    )
