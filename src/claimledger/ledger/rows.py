"""The model's records as table rows and back: one pair of functions per table.

Rows to write are tuples in the order of their column list (REPORT_COLUMNS, CHILD_TABLES),
which bulk.py hands to the driver as they are; rows read are mappings by column name, from
either engine.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from claimledger.model import (
    CLAIM_FIELDS,
    Check,
    Claim,
    Extraction,
    Marker,
    MediaMention,
    Quote,
    Report,
    Span,
)

Row = tuple[Any, ...]
# A row read back, by column name.
Read = Mapping[Any, Any]

REPORT_COLUMNS = (
    "id",
    "source",
    "published",
    "lang",
    "url",
    "text",
    "text_sha256",
    "meta",
    "ingested_at",
)
CLAIM_COLUMNS = (
    "report_id",
    "ordinal",
    *CLAIM_FIELDS,
    "evidence_start",
    "evidence_end",
    "evidence_text",
    "spans",
)
QUOTE_COLUMNS = (
    "report_id",
    "ordinal",
    "speaker",
    "speaker_description",
    "text",
    "spans",
    "speaker_evidence",
)
MARKER_COLUMNS = ("report_id", "ordinal", "kind", "evidence_start", "evidence_end", "evidence_text")
CHECK_COLUMNS = (
    "report_id",
    "ordinal",
    "kind",
    "subject",
    "reference",
    "subject_code",
    "reference_code",
    "stated_km",
    "stated_direction",
    "computed_km",
    "computed_bearing_deg",
    "verdict",
    "reason",
    "evidence_start",
    "evidence_end",
    "evidence_text",
)
MEDIA_COLUMNS = (
    "report_id",
    "ordinal",
    "kind",
    "claimant",
    "provenance",
    "evidence_start",
    "evidence_end",
    "evidence_text",
)
# Tables holding what was read from a report, with their columns, in the order they are written.
CHILD_TABLES: dict[str, tuple[str, ...]] = {
    "claims": CLAIM_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "markers": MARKER_COLUMNS,
    "checks": CHECK_COLUMNS,
    "media_mentions": MEDIA_COLUMNS,
}


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def report_row(report: Report, ingested_at: str) -> Row:
    published = report.published.isoformat() if report.published else None
    return (
        report.id,
        report.source,
        published,
        report.lang,
        report.url,
        report.text,
        text_sha256(report.text),
        dumps(report.meta),
        ingested_at,
    )


def child_rows(extraction: Extraction) -> dict[str, list[Row]]:
    """Rows for every child table, numbered from 0 in the extraction's order."""
    rid = extraction.report.id
    return {
        "claims": [_claim_row(rid, n, c) for n, c in enumerate(extraction.claims)],
        "quotes": [_quote_row(rid, n, q) for n, q in enumerate(extraction.quotes)],
        "markers": [
            (rid, n, m.kind, *_evidence(m.evidence)) for n, m in enumerate(extraction.markers)
        ],
        "checks": [_check_row(rid, n, c) for n, c in enumerate(extraction.checks)],
        "media_mentions": [
            (rid, n, m.kind, m.claimant, m.provenance, *_evidence(m.evidence))
            for n, m in enumerate(extraction.media)
        ],
    }


def report_from_row(row: Read) -> Report:
    published = row["published"]
    return Report(
        text=row["text"],
        id=row["id"],
        source=row["source"],
        published=datetime.fromisoformat(published) if published else None,
        lang=row["lang"],
        url=row["url"],
        meta=json.loads(row["meta"]),
    )


def claim_from_row(row: Read) -> Claim:
    return Claim.from_dict(claim_dict(row))


def claim_dict(row: Read) -> dict[str, Any]:
    """A stored claim in Claim.to_dict() form."""
    data = {name: row[name] for name in CLAIM_FIELDS}
    data["evidence"] = _evidence_dict(row)
    data["spans"] = json.loads(row["spans"])
    return data


def quote_from_row(row: Read) -> Quote:
    speaker = row["speaker_evidence"]
    return Quote(
        speaker=row["speaker"],
        speaker_description=row["speaker_description"],
        text=row["text"],
        spans=[Span.from_dict(s) for s in json.loads(row["spans"])],
        speaker_span=Span.from_dict(json.loads(speaker)) if speaker else None,
    )


def marker_from_row(row: Read) -> Marker:
    return Marker(kind=row["kind"], evidence=_span(row))


def check_from_row(row: Read) -> Check:
    fields = {name: row[name] for name in CHECK_COLUMNS[2:13]}
    return Check(evidence=_span(row), **fields)


def media_from_row(row: Read) -> MediaMention:
    return MediaMention(
        kind=row["kind"],
        evidence=_span(row),
        claimant=row["claimant"],
        provenance=row["provenance"],
    )


def _claim_row(report_id: str, ordinal: int, claim: Claim) -> Row:
    spans = {key: span.to_dict() for key, span in claim.spans.items()}
    return (
        report_id,
        ordinal,
        claim.action,
        claim.weapon,
        claim.model,
        claim.quantity,
        claim.qualifier,
        claim.location,
        claim.claimant,
        claim.claimant_side,
        claim.claimant_kind,
        claim.attacker_side,
        claim.date,
        *_evidence(claim.evidence),
        dumps(spans),
    )


def _quote_row(report_id: str, ordinal: int, quote: Quote) -> Row:
    speaker = dumps(quote.speaker_span.to_dict()) if quote.speaker_span else None
    return (
        report_id,
        ordinal,
        quote.speaker,
        quote.speaker_description,
        quote.text,
        dumps([span.to_dict() for span in quote.spans]),
        speaker,
    )


def _check_row(report_id: str, ordinal: int, check: Check) -> Row:
    return (
        report_id,
        ordinal,
        check.kind,
        check.subject,
        check.reference,
        check.subject_code,
        check.reference_code,
        check.stated_km,
        check.stated_direction,
        check.computed_km,
        check.computed_bearing_deg,
        check.verdict,
        check.reason,
        *_evidence(check.evidence),
    )


def _evidence(span: Span) -> Row:
    return (span.start, span.end, span.text)


def _evidence_dict(row: Read) -> dict[str, Any]:
    return {
        "text": row["evidence_text"],
        "start": row["evidence_start"],
        "end": row["evidence_end"],
    }


def _span(row: Read) -> Span:
    return Span(row["evidence_start"], row["evidence_end"], row["evidence_text"])
