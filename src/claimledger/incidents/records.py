"""Claims with the facts about their report that clustering and independence need."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from claimledger.extract.dates import local_date
from claimledger.incidents.cues import NO_CUES, Cues, read_cues
from claimledger.model import Claim, Extraction

if TYPE_CHECKING:
    from claimledger.ledger.store import Ledger

# The ids of the bundled sample reports (their front matter sets them), so that the demo's
# invented reports are told apart from real ones wherever they show.
SAMPLE_PREFIX = "sample:"


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """One claim of one report, as the incident stage sees it."""

    claim_id: str  # "<report id>#<ordinal>"
    report_id: str
    source: str | None  # the channel or site that published the report
    published: datetime | None
    claim: Claim
    fingerprint: int  # SimHash of the report's text
    forwarded_from: str | None = None  # a Telegram forward's origin channel
    markers: tuple[str, ...] = ()  # kinds of the report's markers ("unverified", "denied", ...)
    lang: str | None = None
    cues: Cues = NO_CUES  # what the words around the number say (claimledger.incidents.cues)

    @property
    def sample(self) -> bool:
        """A sample report bundled with claimledger (`claimledger demo`), not a real one."""
        return self.report_id.startswith(SAMPLE_PREFIX)

    def __post_init__(self) -> None:
        # Readers store UTC; a ledger written before they did may hold a time without offset,
        # which must not make every comparison of times raise.
        object.__setattr__(self, "published", aware(self.published))

    @property
    def night(self) -> str | None:
        """The claim's date, or the report's local date when the claim carries none."""
        if self.claim.date:
            return self.claim.date
        day = local_date(self.published, self.lang)
        return day.isoformat() if day else None


def aware(value: datetime | None) -> datetime | None:
    """`value` with an offset: a time without one is taken as UTC."""
    if value is not None and value.utcoffset() is None:
        return value.replace(tzinfo=UTC)
    return value


def stored_time(value: object) -> datetime | None:
    """A publication time as a ledger holds it (ISO text, or a datetime from PostgreSQL);
    None for none, or for text that is no time."""
    if isinstance(value, datetime):
        return aware(value)
    if not isinstance(value, str) or not value:
        return None
    try:
        return aware(datetime.fromisoformat(value))
    except ValueError:
        return None


def records_from_extractions(extractions: Iterable[Extraction]) -> list[ClaimRecord]:
    from claimledger.incidents.simhash import simhash

    records: list[ClaimRecord] = []
    for extraction in extractions:
        if not extraction.claims:
            continue
        report = extraction.report
        fingerprint = simhash(report.text)
        markers = tuple(sorted({m.kind for m in extraction.markers}))
        forwarded = report.meta.get("forwarded_from")
        for ordinal, claim in enumerate(extraction.claims):
            records.append(
                ClaimRecord(
                    claim_id=f"{report.id}#{ordinal}",
                    report_id=report.id,
                    source=report.source,
                    published=report.published,
                    claim=claim,
                    fingerprint=fingerprint,
                    forwarded_from=str(forwarded) if forwarded else None,
                    markers=markers,
                    lang=report.lang,
                    cues=read_cues(report.text, claim, report.source, extraction.claims),
                )
            )
    return records


def records_from_ledger(ledger: Ledger) -> list[ClaimRecord]:
    """Claim records of every current claim in a ledger, fingerprinting each report once."""
    records: list[ClaimRecord] = []
    for rows in claim_rows_by_report(ledger.iter_claims_in_context()):
        records += report_records(rows)
    return records


def claim_rows_by_report(found: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Rows of Ledger.iter_claims_in_context, one report's at a time (they come in order)."""
    rows: list[dict[str, Any]] = []
    for row in found:
        if rows and row["report_id"] != rows[0]["report_id"]:
            yield rows
            rows = []
        rows.append(row)
    if rows:
        yield rows


def report_records(rows: list[dict[str, Any]]) -> list[ClaimRecord]:
    """The records of one report's claims (rows of Ledger.iter_claims_in_context)."""
    from claimledger.incidents.simhash import simhash

    first = rows[0]
    report_id, published = first["report_id"], first["published"]
    fingerprint = simhash(first["report_text"])
    forwarded = first["report_meta"].get("forwarded_from")
    claims = [Claim.from_dict(row) for row in rows]
    return [
        ClaimRecord(
            claim_id=f"{report_id}#{row['ordinal']}",
            report_id=report_id,
            source=row["source"],
            published=stored_time(published),
            claim=claim,
            fingerprint=fingerprint,
            forwarded_from=str(forwarded) if forwarded else None,
            markers=tuple(row["marker_kinds"]),
            lang=row["report_lang"],
            cues=read_cues(row["report_text"], claim, row["source"], claims),
        )
        for row, claim in zip(rows, claims, strict=True)
    ]
