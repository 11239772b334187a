"""schema.org ClaimReview for incidents a person has reviewed, MediaReview for recycled media.

A ClaimReview is made only from a verdict recorded with `claimledger review`; the incident's
automatic status goes into the explanation, never into the rating. The reviewed Claim is the
incident's headline numbers as their origins stated them, with the reports that carried them
as appearances. Times are shown in each report's local zone, so every date is the local one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from claimledger.export.located import Located, PlaceSource, locate, narrowest
from claimledger.export.reviews import Review, latest_reviews
from claimledger.export.timing import local_iso, parse_time
from claimledger.incidents.filter import IncidentFilter
from claimledger.ledger import Ledger

if TYPE_CHECKING:
    from claimledger.incidents import Incident

CONTEXT = "https://schema.org"
DEFAULT_BASE_URL = "urn:claimledger:incident:"
# Graded verdicts on a 1-5 scale. `unproven` is not a grade: ClaimReview needs a value within
# the scale, so it takes the midpoint and says so by its name and explanation.
RATING_SCALE = {"true": 5, "mostly-true": 4, "mixed": 3, "mostly-false": 2, "false": 1}
UNPROVEN_VALUE = 3
RATING_NAMES = {
    "true": "True",
    "mostly-true": "Mostly true",
    "mixed": "Mixed",
    "mostly-false": "Mostly false",
    "false": "False",
    "unproven": "Unproven",
}
_PERSON_KINDS = ("official", "expert", "witness")
_ACTION_WORDS = {
    "launched": "launched",
    "intercepted": "shot down",
    "suppressed": "suppressed by electronic warfare",
    "hit": "hit their targets",
    "killed": "people killed",
    "injured": "people injured",
}
_WEAPON_WORDS = {
    "uav": "drones",
    "missile": "missiles",
    "guided_bomb": "guided bombs",
    "rocket": "rockets",
    "aircraft": "aircraft",
    "helicopter": "helicopters",
}
_QUALIFIERS = {"approx": "about ", "at_least": "at least ", "at_most": "up to "}


@dataclass(frozen=True, slots=True)
class ReportFacts:
    url: str | None
    published: str | None
    lang: str | None
    source: str | None


def report_facts(ledger: Ledger, ids: Iterable[str]) -> dict[str, ReportFacts]:
    return {
        report_id: ReportFacts(row["url"], row["published"], row["lang"], row["source"])
        for report_id, row in ledger.exports.report_facts(ids).items()
    }


@dataclass(slots=True)
class ReviewDocuments:
    """What `export --format claimreview` writes, with the counts that say why it is empty."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    reviewed: int = 0  # incidents with a verdict, before the filters
    claim_reviews: int = 0  # of which the filters kept
    media_reviews: int = 0


def review_documents(
    ledger: Ledger,
    current: Mapping[str, Incident],
    places: PlaceSource,
    base_url: str = DEFAULT_BASE_URL,
    since: str | None = None,
    until: str | None = None,
    location: str | None = None,
    status: str | None = None,
) -> ReviewDocuments:
    """ClaimReview for each reviewed incident the filters select, then MediaReview.

    `current` holds the incidents as they are now, by id: a reviewed incident is shown as it
    is now, one that no longer exists (its claims changed) as it was when reviewed."""
    found = []
    reviews = latest_reviews(ledger)
    selected = IncidentFilter(since, until, location, status)
    for review in reviews:
        incident = current.get(review.incident_id)
        data = incident.to_dict() if incident else review.incident
        if selected.matches_summary(data["date"], data["location"], data["status"]):
            found.append((review, data))
    facts = report_facts(ledger, [c["report_id"] for _, data in found for c in data["claims"]])
    media = media_reviews(ledger)
    documents = [claim_review(r, d, facts, places, base_url) for r, d in found] + media
    return ReviewDocuments(documents, len(reviews), len(found), len(media))


def claim_review(
    review: Review,
    incident: dict[str, Any],
    facts: dict[str, ReportFacts],
    places: PlaceSource,
    base_url: str = DEFAULT_BASE_URL,
) -> dict[str, Any]:
    """One ClaimReview (JSON-LD) of an incident (Incident.to_dict()) and its latest verdict."""
    place = _place(incident, places)
    appearances = _appearances(incident, facts)
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": _authors(incident),
        "temporalCoverage": incident["date"],
    }
    if appearances:
        first = appearances[0]
        item["datePublished"] = first.get("datePublished")
        if "url" in first:
            item["url"] = first["url"]
        item["firstAppearance"] = first
        item["appearance"] = appearances
    if place.latitude is not None:
        item["spatialCoverage"] = _place_node(place)
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": base_url + quote(incident["id"], safe=""),
        "datePublished": review.reviewed_at[:10],
        "author": {
            "@type": "Person" if review.reviewer else "Organization",
            "name": review.reviewer or "claimledger user",
        },
        "claimReviewed": claim_text(incident, place),
        "reviewRating": rating(review),
        "itemReviewed": item,
    }


def rating(review: Review) -> dict[str, Any]:
    value = RATING_SCALE.get(review.rating, UNPROVEN_VALUE)
    sentences = []
    if review.rating == "unproven":
        sentences.append("Not rated on the true-false scale.")
    if review.note:
        sentences.append(review.note.strip().rstrip(".") + ".")
    if review.status:
        sentences.append(f"Automatic status when reviewed: {review.status}.")
    return {
        "@type": "Rating",
        "ratingValue": value,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": RATING_NAMES[review.rating],
        "ratingExplanation": " ".join(sentences),
    }


def claim_text(incident: dict[str, Any], place: Located) -> str:
    """The reviewed claim in words: each origin's headline number."""
    action = incident["action"]
    weapon = _WEAPON_WORDS.get(incident["weapon"], "")
    what = " ".join(w for w in (weapon, _ACTION_WORDS.get(action, action)) if w)
    where = place.name or incident["location"]
    parts = [
        f"{v['origin']}: {_QUALIFIERS.get(v['qualifier'], '')}{v['quantity']} {what}"
        for v in incident["values"].get(action, [])
    ]
    said = "; ".join(parts) or what
    return f"{said}, {where}, night to {incident['date']}"


def media_reviews(ledger: Ledger) -> list[dict[str, Any]]:
    """MediaReview (JSON-LD) for each stored match of media recycled from an earlier report."""
    return [_media_review(row) for row in ledger.media.recycling()]


def _media_review(row: dict[str, Any]) -> dict[str, Any]:
    kind = "VideoObject" if row["kind"] == "video" else "ImageObject"
    appearance: dict[str, Any] = {
        "@type": kind,
        "sha256": row["sha256"],
        "encodingFormat": row["mime"],
        "uploadDate": row["first_seen"],
    }
    if row["report_url"]:
        appearance["url"] = row["report_url"]
    places = ", ".join(json.loads(row["place_codes"] or "[]")) or "no place"
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "MediaReview",
        "datePublished": row["found_at"][:10],
        "author": {"@type": "Organization", "name": "claimledger (automatic PDQ match)"},
        "mediaAuthenticityCategory": row["suggested_review"] or "DecontextualizedContent",
        "originalMediaContextDescription": (
            f"First seen {row['earliest_date']} in report {row['earliest_report_id']} "
            f"({row['earliest_source'] or 'unknown source'}), about {places}; "
            f"PDQ distance {row['distance']}. Suggested automatically, not reviewed by a person."
        ),
        "itemReviewed": {"@type": "MediaReviewItem", "mediaItemAppearance": [appearance]},
    }
    if row["earliest_url"]:
        review["originalMediaLink"] = row["earliest_url"]
    return review


def _place(incident: dict[str, Any], places: PlaceSource) -> Located:
    codes = [c["location"] for c in incident["claims"] if c["role"] == "claim"]
    return (
        narrowest(codes, incident["location"], places)
        if codes
        else locate(incident["location"], places)
    )


def _place_node(place: Located) -> dict[str, Any]:
    return {
        "@type": "Place",
        "name": place.name,
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": place.latitude,
            "longitude": place.longitude,
        },
    }


def _authors(incident: dict[str, Any]) -> dict[str, Any] | list[dict[str, Any]]:
    kinds = {c["origin"]: c["claimant_kind"] for c in incident["claims"]}
    names = [v["origin"] for v in incident["values"].get(incident["action"], [])]
    names = list(dict.fromkeys(names or [c["origin"] for c in incident["claims"]]))
    authors = [
        {"@type": "Person" if kinds.get(n) in _PERSON_KINDS else "Organization", "name": n}
        for n in names
    ]
    return authors[0] if len(authors) == 1 else authors


def _appearances(incident: dict[str, Any], facts: dict[str, ReportFacts]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for report_id in dict.fromkeys(c["report_id"] for c in incident["claims"]):
        fact = facts.get(report_id)
        node: dict[str, Any] = {"@type": "CreativeWork", "identifier": report_id}
        if fact is not None:
            if fact.url:
                node["url"] = fact.url
            published = local_iso(fact.published, fact.lang)
            if published:
                node["datePublished"] = published
            if fact.source:
                node["publisher"] = {"@type": "Organization", "name": fact.source}
        found.append(node)
    # By instant, not by text: local times of two zones do not sort as strings.
    return sorted(found, key=_instant)


def _instant(node: dict[str, Any]) -> tuple[bool, float]:
    moment = parse_time(node.get("datePublished"))
    return (moment is None, moment.timestamp() if moment else 0.0)
