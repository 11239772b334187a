"""The gazetteer tables in the form kept on disk, and the objects made from it on demand.

Loading must be fast: a whole `claimledger extract` run pays it once, and tens of thousands of
places and patterns made into objects at load would cost more than the run's first hundred
posts. So the disk form holds built-in types only (tuples, strings, frozensets: pickle reads
them at C speed), split into one part with the places and one part per language (a Russian
run never reads the English patterns), and a `Place` or `Pattern` is made the first time it is
asked for. Regions of Russia and Ukraine, countries and seas are made at load: callers look them
up by code without having found them in a text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimledger.places.model import Pattern, Place

if TYPE_CHECKING:
    from claimledger.places.builder import Tables

FORMAT = 2
LANGS = ("ru", "uk", "en")
# Place fields after the code, in `Place` order.
PlaceRow = tuple[str, str, float, float, str | None, str | None, int]
PatternRow = tuple[Any, ...]


def eager(place: Place) -> bool:
    """Places made at load: looked up by code (`RU-MOS`, `UA`) by callers that found nothing."""
    if place.kind in ("country", "sea"):
        return True
    return place.kind == "region" and place.country in ("RU", "UA")


def pack(tables: Tables) -> dict[str, dict[str, Any]]:
    """The tables as parts of built-in types: "core" (places) and one per language."""
    rows = {code: _place_row(p) for code, p in tables.places.items()}
    core = {
        "format": FORMAT,
        "eager": {code: rows[code] for code, p in tables.places.items() if eager(p)},
        "lazy": {code: rows[code] for code, p in tables.places.items() if not eager(p)},
        "aliases": dict(tables.aliases),
        "capitals": dict(tables.capitals),
    }
    parts: dict[str, dict[str, Any]] = {"core": core}
    for lang in LANGS:
        # One tuple per pattern, shared by every key it is filed under (pickle keeps the
        # sharing), so a pattern is read and made once.
        shared: dict[int, PatternRow] = {}
        index = {key: tuple(shared.setdefault(id(p), tuple(p)) for p in patterns)
                 for key, patterns in tables.index[lang].items()}
        parts[lang] = {
            "format": FORMAT,
            "index": index,
            "districts": {adj: tuple(codes)
                          for adj, codes in tables.district_adjectives[lang].items()},
            "prefixes": tables.lower_prefixes.get(lang, frozenset()),
        }
    return parts


def _place_row(p: Place) -> PlaceRow:
    return (p.name, p.kind, p.lat, p.lon, p.country, p.region, p.population)


class PlaceTable:
    """Places by code, made when first asked for; `made` is the dict of those made so far."""

    def __init__(self, eager_rows: dict[str, PlaceRow], lazy_rows: dict[str, PlaceRow]) -> None:
        self.made: dict[str, Place] = {code: Place(code, *row)
                                       for code, row in eager_rows.items()}
        self._lazy = lazy_rows

    def get(self, code: str) -> Place | None:
        place = self.made.get(code)
        if place is None:
            row = self._lazy.get(code)
            if row is None:
                return None
            place = self.made[code] = Place(code, *row)
            # Its region comes with it: callers read `Place.region` and look the code up in
            # `made` (extraction's "the region both towns lie in").
            if place.region and place.region != code:
                self.get(place.region)
        return place

    def every(self) -> dict[str, Place]:
        """All places, made now if they were not."""
        for code in self._lazy:
            if code not in self.made:
                self.get(code)
        return self.made

    def __len__(self) -> int:
        return len(self.made) + sum(1 for code in self._lazy if code not in self.made)


class PatternIndex:
    """Patterns by the key of their indexed word, made when a text first has that key."""

    def __init__(self, rows: dict[str, tuple[PatternRow, ...]]) -> None:
        self._rows = rows
        self._made: dict[str, Sequence[Pattern]] = {}
        self._patterns: dict[int, Pattern] = {}  # id of the shared row -> its one Pattern

    def get(self, key: str) -> Sequence[Pattern]:
        made = self._made.get(key)
        if made is None:
            rows = self._rows.get(key)
            if rows is None:
                return ()
            made = self._made[key] = [self._pattern(row) for row in rows]
        return made

    def _pattern(self, row: PatternRow) -> Pattern:
        pattern = self._patterns.get(id(row))
        if pattern is None:
            pattern = self._patterns[id(row)] = Pattern._make(row)
        return pattern

    def keys(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@dataclass(frozen=True, slots=True)
class Language:
    """What the matcher needs for one language."""

    index: PatternIndex
    districts: dict[str, tuple[str, ...]]
    prefixes: frozenset[str]


class Store:
    """The tables at run time: places made on demand, each language read on first use."""

    def __init__(self, core: dict[str, Any], read_part: Callable[[str], dict[str, Any]]) -> None:
        self.places = PlaceTable(core["eager"], core["lazy"])
        self.aliases: dict[str, str] = core["aliases"]
        self.capitals: dict[str, str] = core["capitals"]
        self._read_part = read_part
        self._languages: dict[str, Language] = {}

    @classmethod
    def of(cls, tables: Tables) -> Store:
        """A store straight from freshly built tables (through the same packed form)."""
        parts = pack(tables)
        return cls(parts["core"], parts.__getitem__)

    def language(self, lang: str) -> Language:
        found = self._languages.get(lang)
        if found is None:
            part = self._read_part(lang)
            found = self._languages[lang] = Language(
                PatternIndex(part["index"]), part["districts"], part["prefixes"])
        return found
