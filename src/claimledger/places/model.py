"""The value types of the places layer: a place, a mention of it, and a name pattern."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class Place:
    """A country, first-level region, town, district or sea.

    `code` is an ISO 3166-1/3166-2 code ("RU", "RU-KLU", "UA-43"), "sea:<name>",
    "city:<English name>" or "district:<English name>". Region coordinates are those of the
    region's capital (see docs/places.md).
    """

    code: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str | None
    region: str | None = None
    population: int = 0


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text, with exact character offsets and the reason for the match."""

    place: Place
    start: int
    end: int
    text: str
    why: str
    explicit_region: bool


# Guards a pattern puts on the text before it may match.
GUARD_NONE = ""
GUARD_CITY = "city"  # capitalised
GUARD_CITY_NOUN = "city_noun"  # capitalised, and not sentence-initial unless a trigger precedes
GUARD_CITY_PERSON = "city_person"  # capitalised and preceded by a trigger word ("в Энгельсе")
GUARD_ADJ_F = "adj_f"  # capitalised feminine adjective alone: "над Калужской"
GUARD_ADJ_M = "adj_m"  # capitalised masculine adjective alone: "над Краснодарским"
GUARD_ADJ_N = "adj_n"  # capitalised neuter adjective alone: "над Азовским"
GUARD_COUNTRY = "country"  # capitalised; a common word ("Того") not sentence-initial, no name
GUARD_UPPER = "upper"  # written in capitals as the name is: "US", not "Us"
GUARD_VILLAGE = "village"  # a village: after a settlement word, or with its region in the text
GUARD_VILLAGE_STRICT = "village_strict"  # a village named like a word or person: settlement word
VILLAGE_GUARDS = frozenset({GUARD_VILLAGE, GUARD_VILLAGE_STRICT})


class Pattern(NamedTuple):
    """A sequence of word keys (lemmas or lower-cased words) that names one place.

    `code` None marks a blocked phrase ("киевский режим"): matched, then dropped. `take` is how
    many of the words belong to the mention; the rest are context that must follow.
    `caps[i]` says that word i must start with a capital letter in the text. The first `lead`
    words come before the word the pattern is indexed under ("провинция" in "провинция
    Исфахан"). A tuple, so that the disk cache stores patterns as plain tuples (`store`).
    """

    words: tuple[frozenset[str], ...]
    code: str | None
    guard: str
    explicit: bool
    rank: int
    take: int
    caps: tuple[bool, ...]
    lead: int = 0

    def describe(self, lang: str) -> str:
        """The words of the pattern as lemmas, for explanations: "lemma 'калужский' + 'область'"."""
        shown = " + ".join(f"'{_shown(keys)}'" for keys in self.words)
        return f"{'word' if lang == 'en' else 'lemma'} {shown}"


def _shown(keys: frozenset[str]) -> str:
    """A lemma if the key set has one, else the spelling (keys "=form" are spellings)."""
    lemmas = sorted(k for k in keys if not k.startswith("="))
    if lemmas:
        return min(lemmas, key=len)
    return min(keys, key=len).lstrip("=")
