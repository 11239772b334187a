"""One row per claim: every field of the claim, its evidence, its place and its report."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from claimledger.export.located import PlaceSource, locate
from claimledger.export.timing import claim_day, local_iso
from claimledger.ledger import Ledger
from claimledger.model import CLAIM_FIELDS, Claim

COLUMNS = (
    "claim_id",
    "report_id",
    "ordinal",
    "day",
    "date",
    "action",
    "weapon",
    "model",
    "quantity",
    "qualifier",
    "location",
    "location_name",
    "latitude",
    "longitude",
    "claimant",
    "claimant_side",
    "claimant_kind",
    "attacker_side",
    "evidence_text",
    "evidence_start",
    "evidence_end",
    "spans",
    "report_source",
    "report_published",
    "report_published_local",
    "report_url",
    "report_lang",
)
# Columns that hold a Claim's own fields (Claim.to_dict() keys), for reading exports back.


def claim_rows(
    ledger: Ledger,
    places: PlaceSource,
    since: str | None = None,
    until: str | None = None,
    location: str | Sequence[str] | None = None,
    keep: set[str] | None = None,
) -> Iterator[dict[str, Any]]:
    """Claims of the current reports, by date. `since`/`until` bound the claim's day (its
    date, else its report's local date, as incidents count nights); `location` is what
    `Ledger.claims` takes (`Gazetteer.place_filter` gives a region with its towns); `keep`, when
    given, is the set of claim ids ("<report id>#<ordinal>") to export (claims of incidents of a
    status)."""
    reports = ledger.report_links()
    for record in ledger.iter_claims(location=location):
        claim_id = f"{record['report_id']}#{record['ordinal']}"
        if keep is not None and claim_id not in keep:
            continue
        row = claim_row(record, reports.get(record["report_id"], (None, None)), places)
        if within(row["day"], since, until):
            yield row


def within(day: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if day is None:
        return False
    return not ((since and day < since) or (until and day > until))


def claim_row(
    record: dict[str, Any], report: tuple[str | None, str | None], places: PlaceSource
) -> dict[str, Any]:
    """A row from an `iter_claims` record and its report's (url, lang)."""
    url, lang = report
    place = locate(record["location"], places)
    evidence = record["evidence"]
    row: dict[str, Any] = {
        "claim_id": f"{record['report_id']}#{record['ordinal']}",
        "report_id": record["report_id"],
        "ordinal": record["ordinal"],
        "day": claim_day(record["date"], record["published"], lang),
    }
    row.update({name: record[name] for name in CLAIM_FIELDS})
    row.update(
        {
            "location_name": place.name,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "evidence_text": evidence["text"],
            "evidence_start": evidence["start"],
            "evidence_end": evidence["end"],
            "spans": json.dumps(record["spans"], ensure_ascii=False, sort_keys=True),
            "report_source": record["source"],
            "report_published": record["published"],
            "report_published_local": local_iso(record["published"], lang),
            "report_url": url,
            "report_lang": lang,
        }
    )
    return row


def claim_from_row(row: dict[str, Any]) -> Claim:
    """The Claim a row was made from (exports read back give the claims that went in)."""
    data = {name: row.get(name) for name in CLAIM_FIELDS}
    data["evidence"] = {
        "text": row["evidence_text"],
        "start": row["evidence_start"],
        "end": row["evidence_end"],
    }
    spans = row.get("spans")
    data["spans"] = json.loads(spans) if isinstance(spans, str) and spans else {}
    return Claim.from_dict(data)
