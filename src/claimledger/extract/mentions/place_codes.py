"""The codes of claim places: what one mention gives a claim, and how several combine (places
of one region give the region, regions of several the country, a town abroad its country)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from claimledger.extract.mentions.types import PlaceRef
from claimledger.places.model import Place

TOWN_KINDS = frozenset({"city", "district"})
# A city whose approaches lie in another region: drones flying at Moscow fall in Moscow Oblast.
APPROACHES: dict[str, str] = {"RU-MOW": "RU-MOS", "city:Moscow": "RU-MOS"}
# Towns of these regions are claimed for the region: posts name them as the capital's suburbs
# ("в Балашихе", "в Раменском"), and the annotation guide codes them as Moscow Oblast.
# A town of these is coded as its region: Moscow Oblast's towns (ANNOTATION.md), and the
# quarters and suburbs of the cities that are regions themselves ("Дарниця" is Kyiv, UA-30).
SUBURBAN_REGIONS = frozenset({"RU-MOS", "RU-MOW", "RU-SPE", "UA-30", "UA-40"})
# The countries of the two sides of the war, by side; their towns are claim places of their own,
# a town elsewhere stands for its country (the annotation guide codes the air wars abroad by
# country, sea or subdivision).
SIDE_COUNTRIES: dict[str, str] = {"ua": "UA", "ru": "RU"}
HOME_COUNTRIES = frozenset(SIDE_COUNTRIES.values())
SIDE_OF_COUNTRY: dict[str, str] = {country: side for side, country in SIDE_COUNTRIES.items()}
# Regions of Ukraine whose air defence Russian reports speak for: attacks there are Ukrainian.
HELD_BY_RU = frozenset({"UA-43", "UA-40", "UA-14", "UA-09"})


# The capitals that stand for their states ("Киеву удалось сбить ...", "у столиці Росії").
STATE_CAPITALS: dict[str, str] = {"UA-30": "UA", "RU-MOW": "RU"}
# Towns smaller than this share their names with others all over the map.
SMALL_TOWN = 30_000
T = TypeVar("T")


def held_side(region: str | None, country: str | None) -> str | None:
    """Whose authorities speak for a place of `region` in `country`: Russian for Russia and the
    regions of Ukraine it holds."""
    if region in HELD_BY_RU:
        return "ru"
    return SIDE_OF_COUNTRY.get(country or "")


def code_of(ref: PlaceRef) -> str:
    """The code one mention gives a claim on its own."""
    place = ref.place
    if (ref.destination and not ref.bare_approach) or ref.near:
        approach = APPROACHES.get(place.code)
        if approach is not None:
            return approach
    if place.kind in TOWN_KINDS and place.country and place.country not in HOME_COUNTRIES:
        return place.country  # the wars abroad are told by country: "in Sderot" is Israel
    if ref.destination and not (ref.aimed and place.kind in TOWN_KINDS):
        return place.region or place.code  # a heading: somewhere on the way, in the region;
        # a town attacked ("launched at Kharkiv", "пытавшихся атаковать Харьков") is the town,
        # as "запущенные по Харькову" is
    if (
        place.kind in TOWN_KINDS
        and place.region
        and (ref.near or place.region in SUBURBAN_REGIONS or place.kind == "district")
    ):
        return place.region
    return place.code


def region_of_code(code: str, places: dict[str, Place]) -> str | None:
    place = places.get(code)
    if place is None:
        return code if code.startswith(("RU-", "UA-")) else None
    if place.kind in TOWN_KINDS:
        return place.region
    if place.kind == "region":
        return place.code
    return None


def country_of_code(code: str, places: dict[str, Place]) -> str | None:
    place = places.get(code)
    if place is not None:
        return place.country
    if code.startswith(("RU", "UA")):
        return code[:2]
    return None


def combine(refs: Iterable[PlaceRef], places: dict[str, Place]) -> str | None:
    """One location for a count said of several places."""
    kept = list(refs)
    named = {code_of(r) for r in kept if code_of(r).startswith(("RU-", "UA-"))}
    if named:
        # "в деревне Становое под Раменским": a village named next to a region of its own is
        # that region's village, whatever homonym elsewhere the gazetteer chose.
        kept = [r for r in kept if not _stray_village(r, named)]
    codes = [code_of(r) for r in kept]
    abroad = [
        r
        for r in kept
        if r.place.kind in TOWN_KINDS
        and code_of(r) == r.place.country
        and r.place.region not in codes  # "near Beersheba, in the Southern District": IL-D
    ]
    countries = _unique(country_of_code(c, places) for c in codes)
    if abroad and len(_unique(codes)) > 1 and len(countries) == 1:
        # "sirens in Tel Aviv, Jerusalem and the Southern District": a town abroad is coded as
        # its country, yet it is a place beside the region (of another), not the country
        # around it
        return countries[0]
    return combine_codes(codes, places)


def _stray_village(ref: PlaceRef, regions: set[str]) -> bool:
    place = ref.place
    return (
        place.kind == "city"
        and place.population < SMALL_TOWN
        and place.region is not None
        and place.region not in regions
    )


def combine_codes(codes: Iterable[str], places: dict[str, Place]) -> str | None:
    """One location for several codes: land before sea, the narrowest common area."""
    kept: list[str] = _unique(codes)
    if not kept:
        return None
    land = [c for c in kept if not c.startswith("sea:")]
    if land:
        kept = land
    specific = [c for c in kept if places.get(c) is None or places[c].kind != "country"]
    if specific:
        kept = specific
    if len(kept) == 1:
        return kept[0]
    regions = _unique(region_of_code(c, places) for c in kept)
    if len(regions) == 1 and regions[0] is not None:
        return regions[0]
    countries = _unique(country_of_code(c, places) for c in kept)
    if "RU" in countries:
        return "RU"
    return countries[0] if len(countries) == 1 else None


def enclosing_country(codes: Iterable[str], places: dict[str, Place]) -> str | None:
    """The country among several codes that holds all the others, if one is named."""
    kept = _unique(codes)
    named = [c for c in kept if places.get(c) is not None and places[c].kind == "country"]
    if len(named) != 1 or len(kept) < 2:
        return None
    country = named[0]
    return country if all(country_of_code(c, places) == country for c in kept) else None


def _unique(values: Iterable[T]) -> list[T]:
    out: list[T] = []
    for value in values:
        if value not in out:
            out.append(value)
    return out


def widen_to_named_region(
    code: str, sentence_refs: list[PlaceRef], places: dict[str, Place]
) -> str:
    """A town whose region the same sentence names is coded as the region."""
    place = places.get(code)
    if place is None or place.kind not in TOWN_KINDS or not place.region:
        return code
    for ref in sentence_refs:
        if ref.place.code == place.region:
            return place.region
    return code


def mayor_for(region: str | None) -> str | None:
    """A mayor speaking of a region: the mayor of the city whose approaches it is."""
    for city, approach in APPROACHES.items():
        if approach == region and city.startswith("RU-"):
            return city
    return region
