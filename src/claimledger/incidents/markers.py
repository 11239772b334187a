"""The reports' own markers in an incident's reasons, whatever language marked them.

Extraction gives each report its markers as kinds (claimledger.model.MarkerKind): "has not been
independently verified", "не удалось независимо проверить" and "не вдалося незалежно
перевірити" are all `unverified`. The reasons name the kind and the reports' sources, never the
words, so that the same markers in three languages give the same reasons.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from claimledger.incidents.incident import IncidentClaim

# Kind -> what it means for the incident, in words (docs/verification.md, "Markers").
MEANING = {
    "denied": "carries a denial: the incident is disputed",
    "unverified": "notes that the claims have not been independently verified",
    "no_comment": "notes that a party declined to comment or has not commented",
    "hedged": "hedges the claims: an outlet's hedged own account corroborates nothing",
    "media_provenance_unclear": "shows footage whose origin is unclear",
}


def marker_reasons(claims: Sequence[IncidentClaim]) -> list[str]:
    """One reason per marker kind, naming the sources whose reports carry it."""
    sources: dict[str, dict[str, None]] = defaultdict(dict)
    for c in claims:
        for kind in c.record.markers:
            sources[kind][c.record.source or c.record.report_id] = None
    reasons = []
    for kind, meaning in MEANING.items():
        if kind in sources:
            who = ", ".join(sources[kind])
            count = len(sources[kind])
            reasons.append(f"{kind}: {count} source{'s' if count != 1 else ''} ({who}) {meaning}")
    return reasons
