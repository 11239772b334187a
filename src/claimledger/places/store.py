"""The gazetteer tables in the form kept on disk, and the objects made from it on demand.

Loading must be fast: a whole `claimledger extract` run pays it once, and some fifty thousand
places and two hundred thousand patterns made into objects at load would cost more than the
run's first hundred posts. So the disk form is strings (one per place, one per key's patterns,
one per key set) in buckets of UTF-8 bytes, which pickle reads without decoding, split into one
part with the places and one part per language (a Russian run never reads the English
patterns), and a `Place` or `Pattern` is made the first time it is asked for. Regions of
Russia and Ukraine, countries and seas are made at load: callers look them up by code without
having found them in a text.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimledger.places.model import Pattern, Place

if TYPE_CHECKING:
    from claimledger.places.builder import Tables

FORMAT = 5
LANGS = ("ru", "uk", "en")
# Separators of the encoded rows: fields of a place or a pattern, patterns of one key, keys of
# one key set, entries of one bucket, a bucket entry's key from its value. Words never hold
# control characters.
_FIELD, _PATTERN, _KEY, _ENTRY = "\x1e", "\x1d", "\x1f", "\x1c"
_KEY_BYTES, _ENTRY_BYTES = _KEY.encode(), _ENTRY.encode()
# Entries per bucket: decoding a bucket costs a microsecond or two, once.
_PER_BUCKET = 8


class Buckets:
    """A large string -> string map kept as a few thousand UTF-8 byte strings, each holding the
    entries whose keys hash to it: reading it makes a few thousand objects, not a hundred
    thousand, and bytes, which pickle reads as they lie (decoding the same rows as str made
    the Russian part cost four times as much to load). A key is looked up by a search for it
    in its bucket (the callers keep what they made of each key, so a bucket is seldom searched
    twice for one key, and splitting a whole bucket into a dict for one key cost several times
    the search); only the value found is decoded."""

    def __init__(self, buckets: list[bytes]) -> None:
        self._buckets = buckets

    @staticmethod
    def pack(mapping: dict[str, str]) -> list[bytes]:
        size = max(1, len(mapping) // _PER_BUCKET)
        entries: list[list[str]] = [[] for _ in range(size)]
        for key, value in mapping.items():
            entries[_bucket(key.encode(), size)].append(f"{key}{_KEY}{value}")
        return [_ENTRY.join(bucket).encode() for bucket in entries]

    def get(self, key: str) -> str | None:
        raw = key.encode()
        bucket = self._buckets[_bucket(raw, len(self._buckets))]
        head = raw + _KEY_BYTES  # keys are unique in a bucket and hold no separator
        if bucket.startswith(head):
            start = len(head)
        else:
            found = bucket.find(_ENTRY_BYTES + head)
            if found < 0:
                return None
            start = found + 1 + len(head)
        end = bucket.find(_ENTRY_BYTES, start)
        return (bucket[start:] if end < 0 else bucket[start:end]).decode()

    def items(self) -> Iterator[tuple[str, str]]:
        for bucket in self._buckets:
            yield from _entries(bucket.decode()).items()


def _bucket(key: bytes, size: int) -> int:
    return zlib.crc32(key) % size  # not hash(): that changes from process to process


def _entries(bucket: str) -> dict[str, str]:
    if not bucket:
        return {}
    return dict(entry.split(_KEY, 1) for entry in bucket.split(_ENTRY))


def eager(place: Place) -> bool:
    """Places made at load: looked up by code (`RU-MOS`, `UA`) by callers that found nothing."""
    if place.kind in ("country", "sea"):
        return True
    return place.kind == "region" and place.country in ("RU", "UA")


def pack(tables: Tables) -> dict[str, dict[str, Any]]:
    """The tables as parts of strings: "core" (places) and one part per language.

    A place is one string ("name<FS>kind<FS>lat..."), the patterns found under a key are one
    string, a key set is one string, and these go into `Buckets`."""
    core = {
        "format": FORMAT,
        "eager": {code: _place_row(p) for code, p in tables.places.items() if eager(p)},
        "lazy": Buckets.pack({code: _FIELD.join(map(_text, _place_row(p)))
                              for code, p in tables.places.items() if not eager(p)}),
        "aliases": dict(tables.aliases),
        "capitals": dict(tables.capitals),
        "theatres": tables.theatres,
    }
    parts: dict[str, dict[str, Any]] = {"core": core}
    for lang in LANGS:
        keysets: dict[frozenset[str], int] = {}
        encoded: dict[int, str] = {}  # id(pattern) -> its string, once per pattern
        index: dict[str, str] = {}
        for key, patterns in tables.index[lang].items():
            index[key] = _PATTERN.join(
                encoded.get(id(p)) or encoded.setdefault(id(p), _encode(p, keysets))
                for p in patterns)
        districts = tables.district_adjectives[lang]
        parts[lang] = {
            "format": FORMAT,
            "index": Buckets.pack(index),
            "keysets": Buckets.pack({str(n): _KEY.join(sorted(keys))
                                     for keys, n in keysets.items()}),
            "districts": Buckets.pack({adj: _FIELD.join(codes)
                                       for adj, codes in districts.items()}),
            "prefixes": tables.lower_prefixes.get(lang, frozenset()),
        }
    return parts


def _place_row(p: Place) -> PlaceRow:
    return (p.name, p.kind, p.lat, p.lon, p.country, p.region, p.population)


def _text(value: object) -> str:
    return "" if value is None else repr(value) if isinstance(value, float) else str(value)


def _place(code: str, row: str) -> Place:
    name, kind, lat, lon, country, region, population = row.split(_FIELD)
    return Place(code, name, kind, float(lat), float(lon), country or None, region or None,
                 int(population))


def _encode(p: Pattern, keysets: dict[frozenset[str], int]) -> str:
    words = ",".join(str(keysets.setdefault(keys, len(keysets))) for keys in p.words)
    caps = "".join("1" if c else "0" for c in p.caps)
    fields = (p.code or "", p.guard, "1" if p.explicit else "0", str(p.rank), str(p.take),
              caps, str(p.lead), words)
    return _FIELD.join(fields)


PlaceRow = tuple[str, str, float, float, str | None, str | None, int]


class PlaceTable:
    """Places by code, made when first asked for; `made` is the dict of those made so far."""

    def __init__(self, eager_rows: dict[str, PlaceRow], lazy: list[bytes]) -> None:
        self.made: dict[str, Place] = {code: Place(code, *row)
                                       for code, row in eager_rows.items()}
        self._lazy = Buckets(lazy)

    def get(self, code: str) -> Place | None:
        place = self.made.get(code)
        if place is None:
            row = self._lazy.get(code)
            if row is None:
                return None
            place = self.made[code] = _place(code, row)
            # Its region comes with it: callers read `Place.region` and look the code up in
            # `made` (extraction's "the region both towns lie in").
            if place.region and place.region != code:
                self.get(place.region)
        return place

    def every(self) -> dict[str, Place]:
        """All places, made now if they were not."""
        for code, row in self._lazy.items():
            if code not in self.made:
                self.made[code] = _place(code, row)
        return self.made


class PatternIndex:
    """Patterns by the key of their indexed word, made when a text first has that key."""

    def __init__(self, rows: list[bytes], keysets: list[bytes]) -> None:
        self._rows = Buckets(rows)
        self._keysets = Buckets(keysets)
        self._sets: dict[str, frozenset[str]] = {}
        # Every key looked up, with its patterns or none: words recur from post to post.
        self._made: dict[str, Sequence[Pattern]] = {}
        self._patterns: dict[str, Pattern] = {}  # one Pattern per encoded pattern

    def get(self, key: str) -> Sequence[Pattern]:
        made = self._made.get(key)
        if made is None:
            row = self._rows.get(key)
            made = () if row is None else [self._pattern(enc) for enc in row.split(_PATTERN)]
            if len(self._made) > _MEMO_LIMIT:
                self._made.clear()
            self._made[key] = made
        return made

    def _pattern(self, enc: str) -> Pattern:
        pattern = self._patterns.get(enc)
        if pattern is None:
            code, guard, explicit, rank, take, caps, lead, words = enc.split(_FIELD)
            pattern = self._patterns[enc] = Pattern(
                tuple(self._keyset(n) for n in words.split(",")), code or None, guard,
                explicit == "1", int(rank), int(take), tuple(c == "1" for c in caps), int(lead))
        return pattern

    def _keyset(self, n: str) -> frozenset[str]:
        keys = self._sets.get(n)
        if keys is None:
            keys = self._sets[n] = frozenset((self._keysets.get(n) or "").split(_KEY))
        return keys


class Districts:
    """District adjective -> the districts it may name (`Buckets` of codes)."""

    def __init__(self, buckets: list[bytes]) -> None:
        self._buckets = Buckets(buckets)
        self._memo: dict[str, tuple[str, ...]] = {}
        self._any: dict[frozenset[str], bool] = {}

    def names_any(self, keys: frozenset[str]) -> bool:
        """Whether one of a word's keys is a district adjective: remembered per set of keys (a
        word's keys are one set, asked for at every post it stands in)."""
        found = self._any.get(keys)
        if found is None:
            found = any(self.get(key) for key in keys)
            if len(self._any) > _MEMO_LIMIT:
                self._any.clear()
            self._any[keys] = found
        return found

    def get(self, adjective: str) -> tuple[str, ...]:
        codes = self._memo.get(adjective)
        if codes is None:
            row = self._buckets.get(adjective)
            codes = tuple(row.split(_FIELD)) if row else ()
            if len(self._memo) > _MEMO_LIMIT:
                self._memo.clear()
            self._memo[adjective] = codes
        return codes


_MEMO_LIMIT = 300_000


@dataclass(frozen=True, slots=True)
class Language:
    """What the matcher needs for one language."""

    index: PatternIndex
    districts: Districts
    prefixes: frozenset[str]


class Store:
    """The tables at run time: places made on demand, each language read on first use."""

    def __init__(self, core: dict[str, Any], read_part: Callable[[str], dict[str, Any]]) -> None:
        self.places = PlaceTable(core["eager"], core["lazy"])
        self.aliases: dict[str, str] = core["aliases"]
        self.capitals: dict[str, str] = core["capitals"]
        self.theatres: frozenset[str] = core["theatres"]
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
                PatternIndex(part["index"], part["keysets"]), Districts(part["districts"]),
                part["prefixes"])
        return found
