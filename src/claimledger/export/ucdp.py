"""Incidents as UCDP GED-like rows: low/best/high, date and place precision.

UCDP's `best`, `low` and `high` count deaths; here they are the killed estimates across
origins (0 where nobody claims a death), and the headline action's estimates sit beside them
as `cl_low`, `cl_best`, `cl_high`. docs/exports.md lists every column.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from claimledger.export.incidents import (
    claimed_by,
    dumps,
    estimate,
    estimates,
    incident_place,
    night_inferred,
    publication_days,
    report_ids,
    sources,
)
from claimledger.export.located import GW_NUMBERS, PlaceSource
from claimledger.incidents import Incident

UCDP_COLUMNS = (
    "id",
    "year",
    "type_of_violence",
    "conflict_name",
    "dyad_name",
    "side_a",
    "side_b",
    "number_of_sources",
    "source_office",
    "source_date",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "latitude",
    "longitude",
    "geom_wkt",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
)
OWN_COLUMNS = (
    "cl_action",
    "cl_weapon",
    "cl_status",
    "cl_low",
    "cl_best",
    "cl_high",
    "cl_estimates",
    "cl_claimed",
    "cl_origins",
    "cl_report_ids",
)
COLUMNS = UCDP_COLUMNS + OWN_COLUMNS

GOVERNMENTS = {"ru": "Government of Russia", "ua": "Government of Ukraine"}
_GW_OF_SIDE = {"ru": GW_NUMBERS["RU"], "ua": GW_NUMBERS["UA"]}
_OTHER_PARTY = {"ru": "ua", "ua": "ru"}
# UCDP where_prec: 1 exact place, 2 within 25 km of a town, 3 second-order admin area, 4
# first-order admin area, 6 country, 7 waters or airspace.
_WHERE_PREC = {"city": 2, "city_region": 2, "district": 3, "region": 4, "country": 6, "sea": 7}
EXACT_DAY, WITHIN_DAYS = 1, 2


def ucdp_row(incident: Incident, places: PlaceSource) -> dict[str, Any]:
    place = incident_place(incident, places)
    attacker = incident.key.attacker
    target = _OTHER_PARTY.get(attacker)
    killed = estimate(incident, "killed") or {"low": 0, "best": 0, "high": 0}
    main = estimate(incident, incident.action)
    start, end, precision = date_range(incident)
    point = None
    if place.latitude is not None and place.longitude is not None:
        point = f"POINT ({place.longitude} {place.latitude})"
    side_a, side_b = GOVERNMENTS.get(attacker, ""), GOVERNMENTS.get(target or "", "")
    return {
        "id": incident.id,
        "year": int(incident.key.night[:4]),
        "type_of_violence": 1,
        "conflict_name": "Russia - Ukraine",
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else "",
        "side_a": side_a,
        "side_b": side_b,
        "number_of_sources": incident.report_count,
        "source_office": "; ".join(sources(incident)),
        "source_date": "; ".join(publication_days(incident)),
        "where_prec": _WHERE_PREC.get(place.level),
        "where_coordinates": place.name or "",
        "where_description": incident.key.place,
        "adm_1": place.region_name or "",
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geom_wkt": point or "",
        "country": place.country_name or "",
        "country_id": GW_NUMBERS.get(place.country or ""),
        "region": "Europe" if place.country else "",
        "event_clarity": 2 if incident.status == "disputed" or place.level == "country" else 1,
        "date_prec": precision,
        "date_start": start,
        "date_end": end,
        "deaths_a": 0,
        "deaths_b": 0,
        "deaths_civilians": 0,
        "deaths_unknown": killed["best"],
        "best": killed["best"],
        "high": killed["high"],
        "low": killed["low"],
        "gwnoa": _GW_OF_SIDE.get(attacker),
        "gwnob": _GW_OF_SIDE.get(target or ""),
        "cl_action": incident.action,
        "cl_weapon": incident.key.weapon,
        "cl_status": incident.status,
        "cl_low": main["low"] if main else None,
        "cl_best": main["best"] if main else None,
        "cl_high": main["high"] if main else None,
        "cl_estimates": dumps(estimates(incident)),
        "cl_claimed": claimed_by(incident),
        "cl_origins": incident.origin_count,
        "cl_report_ids": "; ".join(report_ids(incident)),
    }


def date_range(incident: Incident) -> tuple[str, str, int]:
    """date_start, date_end and date_prec. A night dated by its claims is one day (the
    morning's date); a night taken from a report's publication date may be the evening before,
    so it spans both days."""
    night = incident.key.night
    if not night_inferred(incident):
        return night, night, EXACT_DAY
    before = (date.fromisoformat(night) - timedelta(days=1)).isoformat()
    return before, night, WITHIN_DAYS
