"""RFC 7946 FeatureCollections of incidents or claims: [longitude, latitude] points.

A feature whose place has no coordinates (an unknown place) keeps its properties with a null
geometry, as RFC 7946 allows, so a map and a table of the same export count the same rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from claimledger.export.incidents import (
    claimed_by,
    estimates,
    incident_place,
    report_ids,
    sources,
)
from claimledger.export.located import PlaceSource
from claimledger.incidents import Incident

_CLAIM_PROPERTY_SKIP = ("latitude", "longitude", "evidence_text", "evidence_start", "evidence_end")


def point(longitude: float | None, latitude: float | None) -> dict[str, Any] | None:
    if longitude is None or latitude is None:
        return None
    return {"type": "Point", "coordinates": [longitude, latitude]}


def feature_collection(features: Iterable[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(features)}


def incident_feature(incident: Incident, places: PlaceSource) -> dict[str, Any]:
    place = incident_place(incident, places)
    properties = {
        "id": incident.id,
        "date": incident.key.night,
        "location": incident.key.place,
        "place_code": place.code,
        "place_name": place.name,
        "place_level": place.level,
        "country": place.country,
        "action": incident.action,
        "weapon": incident.key.weapon,
        "attacker_side": incident.key.attacker,
        "status": incident.status,
        "reasons": incident.reasons,
        "flags": incident.flags,
        "markers": incident.markers,
        "estimates": estimates(incident),
        "claimed": claimed_by(incident),
        "origins": incident.origin_count,
        "reports": incident.report_count,
        "report_ids": report_ids(incident),
        "sources": sources(incident),
    }
    return {
        "type": "Feature",
        "id": incident.id,
        "geometry": point(place.longitude, place.latitude),
        "properties": properties,
    }


def claim_feature(row: dict[str, Any]) -> dict[str, Any]:
    """A feature from a claims-export row (claimledger.export.claims.claim_row)."""
    properties = {k: v for k, v in row.items() if k not in _CLAIM_PROPERTY_SKIP}
    properties["spans"] = json.loads(row["spans"]) if row.get("spans") else {}
    properties["evidence"] = {
        "text": row["evidence_text"],
        "start": row["evidence_start"],
        "end": row["evidence_end"],
    }
    return {
        "type": "Feature",
        "id": row["claim_id"],
        "geometry": point(row["longitude"], row["latitude"]),
        "properties": properties,
    }
