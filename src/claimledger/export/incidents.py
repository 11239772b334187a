"""What every incident table needs of an incident: place, sources, estimates, claimants.

The incident stage (claimledger.incidents) decides what an incident is and its status; the
functions here only read an Incident and say it in the words of exported columns.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from claimledger.export.located import Located, PlaceSource, narrowest
from claimledger.export.timing import local_day
from claimledger.incidents import Incident
from claimledger.incidents.assess import low_best_high

QUALIFIER_WORDS = {"approx": "about ", "at_least": "at least ", "at_most": "up to "}


def incident_place(incident: Incident, places: PlaceSource) -> Located:
    codes = [c.record.claim.location for c in incident.claims if c.role == "claim"]
    return narrowest(codes, incident.key.place, places)


def sources(incident: Incident) -> list[str]:
    """Distinct publishers of the incident's reports, in publication order; the demo's
    invented reports say so ("Example Wire (sample)"), as their `sample:` ids do."""
    return list(dict.fromkeys(_source(c.record.source, c.record.sample) for c in incident.claims))


def _source(name: str | None, sample: bool) -> str:
    return f"{name or 'unknown'} (sample)" if sample else name or "unknown"


def report_ids(incident: Incident) -> list[str]:
    return list(dict.fromkeys(c.record.report_id for c in incident.claims))


def publication_times(incident: Incident) -> list[datetime]:
    return sorted({c.record.published for c in incident.claims if c.record.published})


def publication_days(incident: Incident) -> list[str]:
    """Local publication dates of the incident's reports, earliest first."""
    moments = sorted(
        {(c.record.published, c.record.lang) for c in incident.claims if c.record.published},
        key=lambda pair: pair[0],
    )
    return list(dict.fromkeys(d for m, lang in moments if (d := local_day(m, lang))))


def night_inferred(incident: Incident) -> bool:
    """True when some claim carried no date, so its night is its report's publication date."""
    return any(c.record.claim.date is None for c in incident.claims)


def estimate(incident: Incident, action: str) -> dict[str, int] | None:
    values = incident.values.get(action)
    return low_best_high(values) if values else None


def estimates(incident: Incident) -> dict[str, dict[str, int]]:
    return {action: low_best_high(values) for action, values in incident.values.items()}


def claimed_by(incident: Incident) -> str:
    """Each origin's numbers: "Russian Ministry of Defence (ru): intercepted 14; ..."."""
    parts = []
    for action, values in incident.values.items():
        for value in values:
            qualifier = QUALIFIER_WORDS.get(value.qualifier, "")
            side = value.origin.side or "unknown side"
            parts.append(f"{value.origin.label} ({side}): {action} {qualifier}{value.quantity}")
    return "; ".join(parts)


def origin_values(incident: Incident) -> dict[str, list[dict[str, Any]]]:
    values: dict[str, list[dict[str, Any]]] = incident.to_dict()["values"]
    return values


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
