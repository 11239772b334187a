"""Incidents as ACLED-like rows (docs/exports.md says how each column is derived).

One row per incident. ACLED's columns come first with ACLED's meanings where our data has
them; our own columns follow, prefixed `cl_`. ACLED has no sub-event type for interceptions:
incidents whose headline action is `intercepted` or `suppressed` get our own sub-event type
`Interception`.
"""

from __future__ import annotations

from typing import Any

from claimledger.export.incidents import (
    claimed_by,
    dumps,
    estimate,
    estimates,
    incident_place,
    night_inferred,
    publication_times,
    report_ids,
    sources,
)
from claimledger.export.located import ISO_NUMERIC, Located, PlaceSource
from claimledger.incidents import Incident

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "interaction",
    "iso",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
OWN_COLUMNS = (
    "cl_incident_id",
    "cl_place_code",
    "cl_action",
    "cl_weapon",
    "cl_attacker_side",
    "cl_status",
    "cl_claimed",
    "cl_low",
    "cl_best",
    "cl_high",
    "cl_estimates",
    "cl_origins",
    "cl_reports",
    "cl_report_ids",
    "cl_flags",
)
COLUMNS = ACLED_COLUMNS + OWN_COLUMNS

ACTORS = {"ru": "Military Forces of Russia (2000-)", "ua": "Military Forces of Ukraine (2019-)"}
# ACLED's interaction codes: 1 state forces acting in their own country, 8 external forces.
STATE_FORCES, EXTERNAL_FORCES = 1, 8
ISO3 = {"RU": "RUS", "UA": "UKR", "BY": "BLR"}
INTERCEPTION = "Interception"
_STOPPED = ("intercepted", "suppressed")
_MISSILE_CLASSES = ("missile", "rocket")
_GEO_PRECISION = {"city": 1, "city_region": 2, "district": 2, "region": 3, "country": 3, "sea": 3}
_DEFENDER = {"RU": "ru", "UA": "ua"}


def acled_row(incident: Incident, places: PlaceSource) -> dict[str, Any]:
    place = incident_place(incident, places)
    attacker = incident.key.attacker
    defender = _DEFENDER.get(place.country or "")
    actor2 = ACTORS.get(defender or "", "") if incident.action in _STOPPED else ""
    inter1 = _inter(attacker, place) if attacker in ACTORS else None
    inter2 = STATE_FORCES if actor2 else None
    main = estimate(incident, incident.action)
    killed = estimate(incident, "killed")
    times = publication_times(incident)
    return {
        "event_id_cnty": f"{ISO3.get(place.country or '', 'XXX')}:{incident.id}",
        "event_date": incident.key.night,
        "year": int(incident.key.night[:4]),
        "time_precision": 2 if night_inferred(incident) else 1,
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": sub_event_type(incident.action, incident.key.weapon),
        "actor1": ACTORS.get(attacker, ""),
        "inter1": inter1,
        "actor2": actor2,
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "iso": ISO_NUMERIC.get(place.country or ""),
        "country": place.country_name or "",
        "admin1": place.region_name or "",
        "location": place.name or "",
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": _GEO_PRECISION.get(place.level),
        "source": "; ".join(sources(incident)),
        "source_scale": source_scale(incident),
        "notes": notes(incident, place),
        "fatalities": killed["low"] if killed else 0,
        "tags": "; ".join(incident.markers),
        "timestamp": int(times[-1].timestamp()) if times else None,
        "cl_incident_id": incident.id,
        "cl_place_code": incident.key.place,
        "cl_action": incident.action,
        "cl_weapon": incident.key.weapon,
        "cl_attacker_side": attacker,
        "cl_status": incident.status,
        "cl_claimed": claimed_by(incident),
        "cl_low": main["low"] if main else None,
        "cl_best": main["best"] if main else None,
        "cl_high": main["high"] if main else None,
        "cl_estimates": dumps(estimates(incident)),
        "cl_origins": incident.origin_count,
        "cl_reports": incident.report_count,
        "cl_report_ids": "; ".join(report_ids(incident)),
        "cl_flags": "; ".join(incident.flags),
    }


def sub_event_type(action: str, weapon_class: str) -> str:
    """ACLED's sub-event type by weapon class; interceptions get our own."""
    if action in _STOPPED:
        return INTERCEPTION
    if weapon_class in _MISSILE_CLASSES:
        return "Shelling/artillery/missile attack"
    return "Air/drone strike"


def source_scale(incident: Incident) -> str:
    """National for the parties' own sources, International for third parties."""
    sides = {v.origin.side for values in incident.values.values() for v in values}
    scales = []
    if sides & {"ru", "ua"}:
        scales.append("National")
    if "other" in sides:
        scales.append("International")
    return "-".join(scales) or "Other"


def notes(incident: Incident, place: Located) -> str:
    where = place.name or incident.key.place
    said = claimed_by(incident) or "no numbers"
    return f"On the night to {incident.key.night}, {where}: {said}. Status: {incident.status}."


def _inter(side: str, place: Located) -> int:
    return STATE_FORCES if _DEFENDER.get(place.country or "") == side else EXTERNAL_FORCES


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    codes = sorted(code for code in (inter1, inter2) if code is not None)
    if not codes:
        return None
    return codes[0] * 10 + codes[1] if len(codes) == 2 else codes[0] * 10
