"""Human verdicts on incidents (`claimledger review`), kept in the ledger's `reviews` table.

The automatic statuses (claimed, corroborated, confirmed, disputed) are evidence for a
reviewer, never a rating: only a verdict a person recorded here becomes a ClaimReview.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from claimledger.ledger import Ledger
from claimledger.ledger.tables import RATINGS

__all__ = ["RATINGS", "Review", "latest_reviews", "record_review"]


@dataclass(frozen=True, slots=True)
class Review:
    id: int
    incident_id: str
    rating: str
    note: str | None
    reviewer: str | None
    reviewed_at: str  # ISO 8601, UTC
    status: str | None  # the automatic status when reviewed, for the record
    incident: dict[str, Any]  # Incident.to_dict() when reviewed


def record_review(
    ledger: Ledger,
    incident: dict[str, Any],
    rating: str,
    note: str | None = None,
    reviewer: str | None = None,
    now: datetime | None = None,
) -> Review:
    """Store a verdict on an incident (given as Incident.to_dict()); returns it with its id."""
    if rating not in RATINGS:
        raise ValueError(f"rating must be one of {', '.join(RATINGS)}, not {rating!r}")
    when = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    snapshot = json.dumps(incident, ensure_ascii=False, sort_keys=True)
    review_id = ledger.exports.add_review(
        {
            "incident_id": incident["id"],
            "rating": rating,
            "note": note,
            "reviewer": reviewer,
            "reviewed_at": when,
            "status": incident.get("status"),
            "incident": snapshot,
        }
    )
    return Review(
        review_id, incident["id"], rating, note, reviewer, when, incident.get("status"), incident
    )


def latest_reviews(ledger: Ledger) -> list[Review]:
    """The latest verdict on each reviewed incident, by incident id."""
    return [
        Review(
            id=row["id"],
            incident_id=row["incident_id"],
            rating=row["rating"],
            note=row["note"],
            reviewer=row["reviewer"],
            reviewed_at=row["reviewed_at"],
            status=row["status"],
            incident=json.loads(row["incident"]),
        )
        for row in ledger.exports.latest_reviews()
    ]
