"""The gazetteer: places of Russia and Ukraine (regions, towns, seas, countries) and their names.

`Gazetteer.default()` builds the tables once per install from packages (see
`claimledger.places.build`) and keeps them in a disk cache keyed by the versions of those
packages, so later processes load them in a fraction of a second (`claimledger.places.store`).

Matching is over lemmas: a Russian or Ukrainian word is looked up by every normal form pymorphy
gives it, so "Калужской", "над Брянском" and "у Харківській області" find the names written in
the dictionary form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimledger.places.cache import load_or_build
from claimledger.places.matcher import (
    ADJECTIVE,
    COMMON,
    KNOWN_PERSON,
    NOUN,
    PERSON,
    Matcher,
    mentions,
)
from claimledger.places.model import Place, PlaceMention
from claimledger.places.text import morph_form, normalize, surface_key
from claimledger.places.translit import latin_key

if TYPE_CHECKING:
    from claimledger.morph import Morphology
    from claimledger.places.store import Store

__all__ = ["Gazetteer", "Place", "PlaceMention"]

_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_KEY_CACHE_LIMIT = 300_000
# Words a caller may leave around a name given to `resolve` ("the Kaluga region").
_FILLER = frozenset({"the", "of", "над", "в", "у", "во", "по", "під", "in", "over"})

_WORD = re.compile(r"\w+")
# The nouns of an oblast or a krai, in every case of the singular (ru, uk), straight after a word.
_REGION_NOUN_AFTER = re.compile(
    r"[ \t]+(обл(?:асть|асти|астью|асті|астю|\.)|кра(?:й|я|ю|ем|ї|єм))(?!\w)", re.I)
_PLURAL_REGION = re.compile(r"\b(regions|oblasts|provinces|territories|republics)$", re.I)
_LIST_GLUE = re.compile(r"\s*(,|and|&|,\s*and)\s*", re.I)
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})

_DEFAULT: Gazetteer | None = None


def detect_lang(text: str) -> str:
    if _UK_LETTERS.search(text):
        return "uk"
    if _CYRILLIC.search(text):
        return "ru"
    return "en"


class Gazetteer:
    """Places with their names in English, Russian and Ukrainian, and a finder for texts."""

    def __init__(self, store: Store) -> None:
        self._tables = store
        self._morph: dict[str, Morphology] = {}
        self._keys: dict[tuple[str, str], frozenset[str]] = {}
        self._info: dict[tuple[str, str], int] = {}
        # resolve() answers, memoised: callers look up the same few hundred names all day.
        self._resolved: dict[tuple[str, str | None, str | None], tuple[Place | None, str]] = {}
        self._members: dict[str, tuple[str, ...]] | None = None

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer, built from packages or loaded from the disk cache."""
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = cls(load_or_build())
        return _DEFAULT

    # -- lookups ----------------------------------------------------------------------------

    @property
    def places(self) -> dict[str, Place]:
        """Places by code: every region of Russia and Ukraine, country and sea, and the other
        places (towns, villages, districts, regions elsewhere) `find`, `resolve` and `get`
        have met so far, each with its region. Look a code up with `get` to be sure."""
        return self._tables.places.made

    def get(self, code: str) -> Place | None:
        place = self._tables.places.get(code)
        if place is None and code in self._tables.aliases:
            place = self._tables.places.get(self._tables.aliases[code])
        return place

    def capital(self, region_code: str) -> Place | None:
        code = self._tables.capitals.get(region_code)
        return self.get(code) if code else None

    def within(self, code: str) -> tuple[str, ...]:
        """`code` and the codes of the towns and districts inside it, when it is a region.

        This is what a place filter on a region means everywhere (CLI, API, exports): a claim
        about `city:Kaluga` is a claim in RU-KLU, as incidents count it.
        """
        if self._members is None:
            members: dict[str, list[str]] = {}
            for member, place in self._tables.places.every().items():
                if place.region and place.region != member:
                    members.setdefault(place.region, []).append(member)
            self._members = {region: tuple(sorted(codes)) for region, codes in members.items()}
        return (code, *self._members.get(code, ()))

    def place_filter(self, location: str) -> str | tuple[str, ...]:
        """A place filter as `Ledger.claims(location=...)` takes it: a prefix ("RU-", "city:")
        as it is, a code as itself and the places inside it (`within`)."""
        if location.endswith(("-", ":")):
            return location
        return self.within(location)

    # -- text -------------------------------------------------------------------------------

    def find(self, text: str, lang: str, morph: Morphology | None = None,
             country: str | None = None, everywhere: bool = False) -> list[PlaceMention]:
        """Every place mention in `text`, non-overlapping, longest match first, in text order.

        `country` ("RU"/"UA") decides between towns of the same name in both countries.
        Towns and regions are those of the theatres of the air wars (Russia, Ukraine, their
        neighbours, Israel and its neighbours, Iran, Yemen: `data/countries.tsv`); elsewhere
        ("в Астане", "in Fort Bragg") they are where a report was written or a leader spoke,
        not where a claim is, and are found only with `everywhere`. Countries and seas are
        found everywhere.
        """
        if everywhere:
            return self._find(text, lang, morph, country, lenient=False)
        # namesakes outside the theatres give way before one is chosen (`choose`)
        theatres = self._tables.theatres
        found = self._find(text, lang, morph, country, lenient=False, within=theatres)
        return [m for m in found
                if m.place.kind in ("country", "sea") or m.place.country in theatres]

    def resolve(self, name: str, lang: str | None = None,
                country: str | None = None) -> tuple[Place | None, str]:
        """One name in any form and language -> (place, why), or (None, why not)."""
        key = (name, lang, country)
        cached = self._resolved.get(key)
        if cached is None:
            if len(self._resolved) > _KEY_CACHE_LIMIT:
                self._resolved.clear()
            cached = self._resolved[key] = self._resolve(name, lang, country)
        return cached

    def _resolve(self, name: str, lang: str | None,
                 country: str | None) -> tuple[Place | None, str]:
        if lang not in ("ru", "uk", "en"):
            # Guessed from the letters; a Cyrillic name without letters of its own ("Крим",
            # "Калузька область") may be either language: the other one is tried too.
            lang = detect_lang(name)
            tries = {"ru": ("ru", "uk"), "uk": ("uk", "ru")}.get(lang, (lang,))
        else:
            tries = (lang,)
        found: list[PlaceMention] = []
        best_key = (0, False)
        rest = ""
        for attempt in tries:
            here = self._find(name, attempt, None, country, lenient=True)
            if not here:
                continue
            # "Приморський край" read as Russian finds a village "Приморський"; as Ukrainian,
            # the region: the language whose longest mention covers more wins.
            key = max((m.end - m.start, m.explicit_region) for m in here)
            if key > best_key:
                found, best_key, lang = here, key, attempt
                rest = _leftover(name, here)
                if not rest:
                    break  # every word read: the other language cannot do better
        if not found:
            return None, f"no place named {name!r} ({'/'.join(tries)})"
        best = max(found, key=lambda m: (m.end - m.start, m.explicit_region))
        if rest:
            return best.place, f"{best.why}; ignored {rest!r}"
        return best.place, best.why

    def _find(self, text: str, lang: str, morph: Morphology | None, country: str | None,
              *, lenient: bool, within: frozenset[str] | None = None) -> list[PlaceMention]:
        if lang not in ("ru", "uk", "en"):
            raise ValueError(f"unsupported language {lang!r}")
        tables = self._tables.language(lang)
        keys: Callable[[str], frozenset[str]] = _english_keys
        info: Callable[[str], int] | None = None
        first: Callable[[str], str] | None = None
        if lang != "en":
            active = morph or self._default_morph(lang)
            keys = self._lemma_keys(lang, active)
            info = _WordInfo(active, self._info)
            first = _first_lemma(active)
        matcher = Matcher(tables.index, lang, keys, lenient=lenient, info=info, first_lemma=first,
                          districts=tables.districts, lower_prefixes=tables.prefixes)
        tokens, hits = matcher.hits(text)
        found = mentions(text, tokens, hits, self._tables.places.get, country, lang, within)
        if lang == "en":
            return self._english_region_lists(text, found)
        return [self._town_as_region(text, m) for m in found]

    def _town_as_region(self, text: str, mention: PlaceMention) -> PlaceMention:
        """"на Брянску область": a region's namesake town put straight before the region's
        noun is the region misspelt (the town's case ending for the adjective's), not the
        town."""
        place = mention.place
        noun = _REGION_NOUN_AFTER.match(text, mention.end)
        if place.kind != "city" or not place.region or noun is None:
            return mention
        region = self.get(place.region)
        if region is None or not region.name.startswith(place.name + " "):
            return mention
        why = f"{mention.why}, then {noun.group(1)!r} -> region {region.code}"
        return PlaceMention(region, mention.start, noun.end(), text[mention.start:noun.end()],
                            why, True)

    def _english_region_lists(self, text: str,
                              found: list[PlaceMention]) -> list[PlaceMention]:
        """"the Kursk, Bryansk and Belgorod regions": the towns listed before a plural region
        word name regions too."""
        out = list(found)
        for j in range(len(out) - 1, 0, -1):
            last = out[j]
            if last.place.kind != "region" or not _PLURAL_REGION.search(last.text):
                continue
            k = j - 1
            while k >= 0 and _LIST_GLUE.fullmatch(text[out[k].end:out[k + 1].start]):
                code = self._tables.aliases.get("en-stem:" + latin_key(out[k].text))
                region = self.get(code) if code else None
                if region is None:
                    break
                why = f"word '{out[k].text.lower()}' listed before '{last.text}' -> region {code}"
                out[k] = PlaceMention(region, out[k].start, out[k].end, out[k].text, why, True)
                k -= 1
        return out

    def _default_morph(self, lang: str) -> Morphology:
        if lang not in self._morph:
            from claimledger.morph import Morphology

            self._morph[lang] = Morphology(lang)
        return self._morph[lang]

    def _lemma_keys(self, lang: str, morph: Morphology) -> _LemmaKeys:
        if len(self._keys) > _KEY_CACHE_LIMIT:
            self._keys.clear()
            self._info.clear()
        return _LemmaKeys(lang, morph, self._keys)


class _LemmaKeys:
    """A word's keys: its surface form and every lemma pymorphy allows (memoised per word)."""

    def __init__(self, lang: str, morph: Morphology,
                 cache: dict[tuple[str, str], frozenset[str]]) -> None:
        self.lang = lang
        self.morph = morph
        self.cache = cache

    def __call__(self, word: str) -> frozenset[str]:
        key = (self.lang, word)
        found = self.cache.get(key)
        if found is None:
            lemmas = {normalize(lemma) for lemma in self.morph.lemmas(morph_form(word))}
            found = frozenset(lemmas | self._head_declined(word, lemmas) | {surface_key(word)})
            self.cache[key] = found
        return found


    def _head_declined(self, word: str, lemmas: set[str]) -> set[str]:
        """A hyphenated name whose first part declines too ("в Славянске-на-Кубани", "в
        Каменске-Шахтинском"): pymorphy declines only the last part, so its lemma keeps the
        first part's case; the keys with the first part's lemmas in its place."""
        head, sep, tail = word.partition("-")
        if not sep or len(head) < 3:
            return set()
        heads = {normalize(h) for h in self.morph.lemmas(morph_form(head))} - {normalize(head)}
        tails = {lemma.partition("-")[2] for lemma in lemmas if "-" in lemma}
        # an adjective-like name ("Каменск-Шахтинский") is keyed by its own forms' spellings
        return {h + "-" + t for h in heads for t in tails} | {
            surface_key(h + "-" + tail) for h in heads
        }


class _WordInfo:
    """What else a word can be, from its pymorphy readings (flags from `matcher`), memoised."""

    def __init__(self, morph: Morphology, cache: dict[tuple[str, str], int]) -> None:
        self.morph = morph
        self.cache = cache

    def __call__(self, word: str) -> int:
        key = ("info:" + self.morph.lang, word)
        flags = self.cache.get(key)
        if flags is None:
            flags = 0
            form = morph_form(word)
            known = self.morph.is_known(form)
            for n, (_, tag) in enumerate(self.morph.readings(form)):
                grammemes = set(str(tag).replace(" ", ",").split(","))
                if grammemes & _PERSON_TAGS:
                    flags |= PERSON
                    if known:
                        flags |= KNOWN_PERSON
                elif known and "Geox" not in grammemes:
                    flags |= COMMON
                    if "ADJF" in grammemes:
                        flags |= ADJECTIVE
                    if "NOUN" in grammemes and n == 0:
                        flags |= NOUN  # the likeliest reading only: "и" is not the letter
            self.cache[key] = flags
        return flags


def _first_lemma(morph: Morphology) -> Callable[[str], str]:
    """The likeliest lemma of a word, as a pattern key (`normalize`d)."""
    return lambda word: normalize(morph.lemma(morph_form(word)))


def _english_keys(word: str) -> frozenset[str]:
    low = normalize(word)
    if low.endswith("'s"):
        return frozenset({low, low[:-2]})
    return frozenset({low})


def _leftover(name: str, found: list[PlaceMention]) -> str:
    rest = name
    for m in sorted(found, key=lambda m: -m.start):
        rest = rest[:m.start] + " " + rest[m.end:]
    words = [w for w in _WORD.findall(rest) if w.lower() not in _FILLER]
    return " ".join(words)
