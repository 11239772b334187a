"""Where a claim or an incident is, for tables and maps: coordinates, names and precision.

Region coordinates are those of the region's capital and country coordinates those of the
capital (docs/places.md), so a point says "somewhere in", never "exactly here": the precision
codes of ACLED and UCDP carry that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from claimledger.places.model import Place

COUNTRY_NAMES = {"RU": "Russia", "UA": "Ukraine", "BY": "Belarus"}
# ISO 3166-1 numeric (ACLED's `iso`) and Gleditsch-Ward numbers (UCDP's `country_id`).
ISO_NUMERIC = {"RU": 643, "UA": 804, "BY": 112}
GW_NUMBERS = {"RU": 365, "UA": 369, "BY": 370}


class PlaceSource(Protocol):
    def get(self, code: str) -> Place | None: ...


@dataclass(frozen=True, slots=True)
class Located:
    """A place code resolved: `level` is city, district, city_region, region, country, sea or
    unknown (a city that is a region itself, like Moscow or Kyiv, is `city_region`)."""

    code: str | None
    name: str | None
    level: str
    latitude: float | None
    longitude: float | None
    country: str | None  # ISO 3166-1 alpha-2
    region: str | None  # ISO 3166-2 code of the first-level region
    region_name: str | None

    @property
    def country_name(self) -> str | None:
        return COUNTRY_NAMES.get(self.country or "", self.country)


UNKNOWN = Located(None, None, "unknown", None, None, None, None, None)


def locate(code: str | None, places: PlaceSource) -> Located:
    """The place of a code ("RU-KLU", "city:Kaluga", "UA", "sea:black"), or UNKNOWN."""
    if not code or code == "unknown":
        return UNKNOWN
    place = places.get(code)
    if place is None:
        country = code[:2] if code[:3] in ("RU-", "UA-") else None
        return Located(code, None, "unknown", None, None, country, None, None)
    region = place.region if place.kind in ("city", "district", "region") else None
    region_place = places.get(region) if region else None
    return Located(
        code=code,
        name=place.name,
        level=_level(place),
        latitude=round(place.lat, 6),
        longitude=round(place.lon, 6),
        country=place.country,
        region=region,
        region_name=region_place.name if region_place else None,
    )


def _level(place: Place) -> str:
    if place.kind == "region" and place.population > 0:
        return "city_region"
    if place.kind in ("city", "district", "region", "country", "sea"):
        return place.kind
    return "unknown"


def narrowest(codes: Iterable[str | None], fallback: str, places: PlaceSource) -> Located:
    """The one place all `codes` name, when they name one; else the incident's own place.

    An incident is keyed at region level; when every claim in it names the same town, the town
    is the better point (and the finer precision code)."""
    distinct = {code for code in codes if code}
    if len(distinct) == 1:
        only = locate(distinct.pop(), places)
        if only.level != "unknown":
            return only
    return locate(fallback, places)
