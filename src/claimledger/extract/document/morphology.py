"""What the analyzer says about a word form: lemma, part of speech, grammemes, number.

Russian and Ukrainian words are read by pymorphy3 (OpenCorpora tags: NOUN, VERB, PRTF, PRTS,
INFN, GRND, ADJF, PREP, ...); English words by `english.EnglishLexer`, which gives the same tags
from simplemma's lemmas and a few rules, so every grammar reads one tag set.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from claimledger.extract.document.tokens import Token

CYRILLIC_LETTER = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)  # a Russian or Ukrainian letter
_PROPER = frozenset({"Surn", "Name", "Patr"})
_GENDERS = frozenset({"masc", "femn", "neut"})
# What a participle may qualify when it comes right before it.
_NOMINALS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"})
# Indeclinable second halves of compounds: "дронов-камикадзе" inflects like "дронов".
INDECLINABLE_TAILS = ("-камикадзе", "-камікадзе", "-перехватчик")


class WordInfo(NamedTuple):
    """What the analyzer says about one word form, over all of its parses. A named tuple: a
    run makes one for each new word, and a tuple is made at a fraction of a frozen record's
    cost."""

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


_TagParts = tuple[str | None, frozenset[str], str | None]  # part of speech, grammemes, number


def _tag_parts(tag: Any) -> _TagParts:
    """A tag's part of speech, grammemes and number in the OpenCorpora convention (the Russian
    dictionary's own): read once per tag and lexer (`PymorphyLexer._known_tags`)."""
    # Plain strings: pymorphy's number is a str subclass whose comparisons and hashing run in
    # Python (it checks the other side is a number), and every `numbers` test would pay it.
    pos, number = tag.POS, tag.number
    return (str(pos) if pos else None), frozenset(tag.grammemes), (str(number) if number else None)


def _ukrainian_parts(tag: Any) -> _TagParts:
    """A tag of the Ukrainian dictionary (VESUM tags) put into the OpenCorpora convention that
    every grammar reads: the dictionary tags an infinitive as VERB with `infn`, a participle as
    ADJF with `pssv` or `actv`, the impersonal "збито" as VERB with `Impe`, and marks no
    singular at all (a singular form has a gender and no `plur`). In OpenCorpora these are INFN,
    PRTF, a neuter singular PRTS ("сбито") and `sing`."""
    found_pos, found_grams, number = _tag_parts(tag)
    grams = set(found_grams)
    pos = found_pos
    if pos == "VERB" and "infn" in grams:
        pos = "INFN"
    elif pos == "VERB" and "Impe" in grams:
        pos = "PRTS"
        grams |= {"neut", "sing"}
    elif pos == "ADJF" and grams & {"pssv", "actv"}:
        pos = "PRTF"
    if number is None and "plur" not in grams and grams & _GENDERS:
        number = "sing"
        grams.add("sing")
    if pos is not None:
        grams = (grams - {found_pos or ""}) | {pos}
    return pos, frozenset(grams), number


# What a word's readings say beside their lemmas: part of speech and grammemes of the first,
# grammemes of any, numbers, genitive numbers (`WordInfo`'s fields after `lemmas`).
_Shape = tuple[str | None, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


def _shape(parts: tuple[_TagParts, ...]) -> _Shape:
    """What the tags of a word's readings, the likeliest first, say over all of them, in one
    pass: a function of the tags alone, which many words share ("стали", "ракеты" and "цели"
    have readings of one kind)."""
    pos, grams, _ = parts[0]
    proper = not _PROPER.isdisjoint(grams)
    all_grams: set[str] = set()
    numbers: set[str] = set()
    gent_numbers: set[str] = set()
    for part_pos, part_grams, number in parts:
        all_grams.update(part_grams)
        if number and part_pos == pos:
            # A surname reading ("дронов") says nothing about the number of a common noun.
            if proper or _PROPER.isdisjoint(part_grams):
                numbers.add(number)
            if "gent" in part_grams:
                gent_numbers.add(number)
    return pos, grams, frozenset(all_grams), frozenset(numbers), frozenset(gent_numbers)


_MAX_SHAPES = 1 << 16  # each lexer's shapes: a stream of new ones stays bounded
_MAX_TAGS = 1 << 14  # each lexer's tags known by identity (some units make tags per word)


class PymorphyLexer(CachedLexer):
    """Word analysis by a pymorphy3 analyzer (`claimledger.morph.Morphology`), cached. Tags
    are read in the OpenCorpora convention whatever the dictionary (see `_ukrainian_parts`)."""

    def __init__(self, morph: Any, prepositions: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self._morph = morph
        self._prepositions = prepositions
        self._ukrainian = getattr(morph, "lang", None) == "uk"
        self._parts = _ukrainian_parts if self._ukrainian else _tag_parts
        # The tags of a word's readings -> `_shape` of them: a new word costs its readings
        # and a look-up here, where it cost sets and a pass over them.
        self._shapes: dict[tuple[_TagParts, ...], _Shape] = {}
        # id(tag) -> the tag and its `_parts`, worked out once per tag. A dictionary's readings
        # share its few thousand tag objects, so they are known by identity (a tag hashes and
        # compares by a tuple of its grammemes, made anew at each call; identity also keeps two
        # dictionaries' tags apart), and the look-up is made here, without a call.
        self._known_tags: dict[int, tuple[Any, _TagParts]] = {}

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
        readings = self._morph.readings(low)
        if not readings:
            return bare(low)
        known = self._known_tags
        parts: list[_TagParts] = []
        forms: list[str] = []
        for form, tag in readings:
            entry = known.get(id(tag))
            if entry is None or entry[0] is not tag:
                if len(known) >= _MAX_TAGS:
                    known.clear()
                entry = known[id(tag)] = (tag, self._parts(tag))
            parts.append(entry[1])
            forms.append(form.replace("ё", "е"))
        first = self._first(low, parts)
        if first:  # one reading moved to the front, the others in their order
            forms = forms[first : first + 1] + forms[:first] + forms[first + 1 :]
            parts = parts[first : first + 1] + parts[:first] + parts[first + 1 :]
        key = tuple(parts)
        shape = self._shapes.get(key)
        if shape is None:
            if len(self._shapes) >= _MAX_SHAPES:
                self._shapes.clear()
            shape = self._shapes[key] = _shape(key)
        pos, grams, all_grams, numbers, gent_numbers = shape
        return WordInfo(forms[0], frozenset(forms), pos, grams, all_grams, numbers, gent_numbers)

    def _first(self, low: str, parts: list[_TagParts]) -> int:
        """The reading that goes first where the dictionary's likeliest is not: a
        preposition's ("на Львів", "під Києвом"); in Ukrainian a number's, as the Russian
        dictionary puts it ("три" before the imperative of "терти", "сім" before "сей",
        "сорок" before "сорока"). 0 where the order stays."""
        if low in self._prepositions:
            wanted = "PREP"
        elif self._ukrainian:
            wanted = "NUMR"
        else:
            return 0
        for position, (pos, _, _) in enumerate(parts):
            if pos == wanted:
                return position
        return 0
