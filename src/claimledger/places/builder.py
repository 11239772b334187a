"""The pattern builder: names of places in three languages -> keyed patterns.

A name is stored as a sequence of key sets, one per word: for Russian and Ukrainian every lemma
pymorphy allows (or, for town names, the place-name readings only), for English the lower-cased
word. The matcher looks a text's words up by the same keys, so one pattern written in the
dictionary form finds every inflected form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from claimledger.places.declension import case_forms
from claimledger.places.model import GUARD_NONE, Pattern, Place
from claimledger.places.text import morph_form, normalize, surface_key, tokenize

LANGS = ("ru", "uk", "en")
DISTRICT_KEY = "@district"
DISTRICT_CODE = "@district"

# Pattern ranks: among matches of equal length, the higher rank wins.
RANK_BLOCK = 100
RANK_REGION = 50
RANK_EXTRA = 40
RANK_ELLIPTIC = 35  # "над Рязанской" is the oblast, not the Moscow borough "Рязанский"
RANK_CITY = 30

Parser = Callable[[str], Sequence[Any]]


@dataclass(slots=True)
class Tables:
    """Everything `Gazetteer` needs at run time, as the builder leaves it (see `store` for the
    compact form kept on disk)."""

    places: dict[str, Place] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    index: dict[str, dict[str, list[Pattern]]] = field(
        default_factory=lambda: {lang: {} for lang in LANGS}
    )
    # District adjective (a lemma, or a lower-cased English word) -> district codes. The
    # patterns "<adjective> район" etc. are shared: their first word is DISTRICT_KEY, a key
    # the matcher gives every word found here.
    district_adjectives: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: {lang: {} for lang in LANGS}
    )
    # Three-letter prefixes of the first words of patterns that may start with a small letter;
    # a small-letter word with another prefix is not lemmatized (see Matcher._may_start).
    lower_prefixes: dict[str, frozenset[str]] = field(default_factory=dict)
    # Countries of the air wars (`data/countries.tsv`): `find` reports towns and regions there.
    theatres: frozenset[str] = frozenset()


class Builder:
    """Collects places and patterns; `parsers` are pymorphy's analyses per language."""

    def __init__(self, parsers: dict[str, Parser]) -> None:
        # A small memo of our own: a name is parsed for its keys and then for its guard, and
        # tens of thousands of names must not keep their analyses alive all build long.
        self.parsers: dict[str, Parser] = {
            lang: _lowered(lru_cache(maxsize=8192)(parse)) for lang, parse in parsers.items()}
        self.tables = Tables()
        self._seen: set[tuple[str, tuple[frozenset[str], ...], str | None, int, int]] = set()
        self._interned: dict[frozenset[str], frozenset[str]] = {}
        self._keys: dict[tuple[str, str], frozenset[str]] = {}

    # -- keys -------------------------------------------------------------------------------

    def keys(self, word: str, lang: str) -> frozenset[str]:
        """Every lemma of a word: right for region words, whose readings all mean the region."""
        cached = self._keys.get((lang, word))
        if cached is None:
            cached = self._keys[(lang, word)] = self._intern(self._all_lemmas(word, lang))
        return cached

    def _all_lemmas(self, word: str, lang: str) -> frozenset[str]:
        if lang == "en":
            return frozenset({normalize(word)})
        parses = self.parsers[lang](morph_form(word))
        return frozenset({normalize(p.normal_form) for p in parses} | {surface_key(word)})

    def name_keys(self, word: str, lang: str) -> frozenset[str]:
        """The lemmas under which a town name is found, without its other readings.

        "Николаев" must not be found as "Николай" (its genitive plural), "Нове" not as "Новой".
        In order: the place-name (Geox) readings; a noun reading that is the name itself; for a
        Russian adjective-like name ("Северный") its own gender's forms only; else the
        nominative readings. The Ukrainian dictionary has no Geox tag and reads "Миколаїв" as a
        possessive adjective whose locative it takes for a plural, so there the name is its lemma.
        """
        cached = self._keys.get((lang + ":name", word))
        if cached is None:
            cached = self._intern(self._place_lemmas(word, lang))
            self._keys[(lang + ":name", word)] = cached
        return cached

    def foreign_keys(self, word: str, lang: str) -> frozenset[str]:
        """A foreign town's name: the name itself as a lemma (what pymorphy gives a form of a
        name it knows: "Праге" -> "прага") and its case forms as spellings (`declension`),
        for a name it would guess at. No analysis of the name itself: it would only add
        guesses, for some sixty thousand names."""
        forms = {surface_key(form) for form in case_forms(word, lang)}
        return self._intern(frozenset({normalize(word), surface_key(word)} | forms))

    def _place_lemmas(self, word: str, lang: str) -> frozenset[str]:
        if lang == "en":
            return frozenset({normalize(word)})
        surface = surface_key(word)
        name = normalize(word)
        parses = self.parsers[lang](morph_form(word))
        geox = {normalize(p.normal_form) for p in parses if "Geox" in str(p.tag)}
        if geox:
            return frozenset(geox | {surface})
        own = [p for p in parses if normalize(p.normal_form) == name]
        if any(str(p.tag).startswith("NOUN") for p in own):
            return frozenset({name, surface})
        adjective = next((p for p in own if str(p.tag).startswith("ADJF")), None)
        if adjective is not None and lang == "uk":
            return frozenset({name, surface})
        if adjective is not None:
            # The name's own gender in the singular, or the plural ("Набережные Челны").
            grammeme = adjective.tag.gender or "plur"
            number = "sing" if adjective.tag.gender else "plur"
            forms = {surface_key(f.word) for f in adjective.lexeme
                     if grammeme in f.tag and number in f.tag}
            return frozenset(forms | {surface})
        nominative = {normalize(p.normal_form) for p in parses if "nomn" in str(p.tag)}
        return frozenset(nominative | {surface})

    # -- patterns ---------------------------------------------------------------------------

    def add(
        self,
        lang: str,
        phrase: str,
        code: str | None,
        *,
        guard: str = GUARD_NONE,
        explicit: bool = False,
        rank: int = RANK_REGION,
        caps: bool = False,
        context: str = "",
        town: bool = False,
        foreign: bool = False,
        head: str | None = None,
        lead: str = "",
    ) -> None:
        """Register `phrase` (plus optional following `context` words) as naming `code`.

        A word of the form "район|округ" accepts any of its alternatives at that position.
        `town` keys a word by its place-name readings only (`name_keys`); `foreign` by the
        name and its case forms (`foreign_keys`). `head`, if given, is
        a first word keyed by itself, unparsed: a generated district adjective is already its
        own lemma, and parsing tens of thousands of guessed words would dominate the build.
        `lead` words come before the phrase and belong to the mention ("провинция" in
        "провинция Исфахан"); the pattern is indexed under the phrase's first word, so a
        lower-case lead word costs the matcher nothing where it is not followed by the name.
        """
        words = list(_positions(phrase))
        extra = list(_positions(context))
        before = list(_positions(lead))
        if head is not None:
            words.insert(0, (head,))
        if not words:
            return
        keying = self.foreign_keys if foreign else self.name_keys if town else self.keys
        keyed = tuple(self._intern(frozenset().union(*(keying(w, lang) for w in alternatives)))
                      for alternatives in words[head is not None:] + extra)
        if head is not None:
            keyed = (self._intern(frozenset({normalize(head)})), *keyed)
        keyed_before = tuple(
            self._intern(frozenset().union(*(self.keys(w, lang) for w in alternatives)))
            for alternatives in before)
        key = (lang, keyed_before + keyed, code, len(words), len(before))
        if key in self._seen:
            return
        self._seen.add(key)
        firsts = [alternatives[0] for alternatives in words + extra]
        need_caps = (False,) * len(before)
        need_caps += tuple(caps and w[:1].isupper() for w in firsts[:len(words)])
        need_caps += (False,) * len(extra)
        pattern = Pattern(keyed_before + keyed, code, guard, explicit, rank,
                          len(before) + len(words), need_caps, len(before))
        bucket = self.tables.index[lang]
        for first in keyed[0]:
            bucket.setdefault(first, []).append(pattern)

    def _intern(self, keys: frozenset[str]) -> frozenset[str]:
        """One object per distinct key set: patterns share "область", "район" and the like."""
        return self._interned.setdefault(keys, keys)

    # -- places -----------------------------------------------------------------------------

    def place(self, place: Place) -> None:
        self.tables.places[place.code] = place


def _lowered(parse: Parser) -> Parser:
    """pymorphy reads a word in small letters whatever its case: "Тегеран" and the lemma
    "тегеран" are one analysis, and one entry of the memo."""
    return lambda word: parse(word.lower())


@lru_cache(maxsize=4096)
def _positions(phrase: str) -> tuple[tuple[str, ...], ...]:
    """Words of a phrase, each with its alternatives: "городской округ|район" ->
    [["городской"], ["округ", "район"]]. Punctuation splits words as in texts ("г.о.")."""
    positions: list[tuple[str, ...]] = []
    for chunk in phrase.split():
        alternatives = [[tok.text for tok in tokenize(alt)] for alt in chunk.split("|")]
        if len(alternatives) == 1:
            positions.extend((word,) for word in alternatives[0])
        elif all(len(alt) == 1 for alt in alternatives):
            positions.append(tuple(alt[0] for alt in alternatives))
        else:
            raise ValueError(f"alternatives must be single words: {chunk!r}")
    return tuple(positions)
