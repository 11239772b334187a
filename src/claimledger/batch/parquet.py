"""The batch directory: extractions as Parquet, one file per partition and table, a manifest.

    DIR/claimledger-batch.json     the manifest, written last: a directory without it is an
                                   unfinished run and is refused
    DIR/claims/part-00000.parquet  one row per claim, flat columns as in the ledger's `claims`
                                   table (report_id, ordinal, action, ..., spans as JSON)
    DIR/reports/part-00000.parquet one row per report: what `Report` holds (meta as JSON) plus
                                   its quotes, markers, checks and media as JSON (to_dict forms)

Claims are flat so that the directory can be queried as it is (DuckDB, pandas, Spark:
`DIR/claims/*.parquet`); the report rows carry the rest, so that `read_parquet_dir` gives back
the very Extraction objects that were written and `claimledger ingest DIR` stores them as a
direct ingest would.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from claimledger.errors import ClaimledgerError
from claimledger.model import (
    Check,
    Claim,
    Extraction,
    Marker,
    MediaMention,
    Quote,
    Report,
    Span,
)

MANIFEST = "claimledger-batch.json"
FORMAT = "claimledger-batch"
FORMAT_VERSION = 1
CLAIMS = "claims"
REPORTS = "reports"

_TEXT = pa.string()
CLAIM_SCHEMA = pa.schema(
    [
        ("report_id", _TEXT),
        ("ordinal", pa.int32()),
        ("action", _TEXT),
        ("weapon", _TEXT),
        ("model", _TEXT),
        ("quantity", pa.int64()),
        ("qualifier", _TEXT),
        ("location", _TEXT),
        ("claimant", _TEXT),
        ("claimant_side", _TEXT),
        ("claimant_kind", _TEXT),
        ("attacker_side", _TEXT),
        ("date", _TEXT),
        ("evidence_start", pa.int32()),
        ("evidence_end", pa.int32()),
        ("evidence_text", _TEXT),
        ("spans", _TEXT),
    ]
)
REPORT_SCHEMA = pa.schema(
    [
        ("id", _TEXT),
        ("source", _TEXT),
        # ISO 8601 text, not a Parquet timestamp: those keep no UTC offset, and the offset is
        # part of what the ledger stores (and of a report's identity in its JSON forms).
        ("published", _TEXT),
        ("lang", _TEXT),
        ("url", _TEXT),
        ("text", _TEXT),
        ("meta", _TEXT),
        ("quotes", _TEXT),
        ("markers", _TEXT),
        ("checks", _TEXT),
        ("media", _TEXT),
    ]
)


class BatchError(ClaimledgerError):
    """A batch directory that cannot be written or read, in words a user can act on."""


@dataclass(slots=True)
class Partition:
    """One partition's tables, made on a worker and written by the client."""

    reports: pa.Table
    claims: pa.Table
    failures: list[tuple[str, str]] = field(default_factory=list)  # (report id, message)

    @property
    def report_count(self) -> int:
        return int(self.reports.num_rows)

    @property
    def claim_count(self) -> int:
        return int(self.claims.num_rows)


def partition_tables(extractions: Iterable[Extraction]) -> tuple[pa.Table, pa.Table]:
    """(reports, claims) tables of some extractions, rows in their order."""
    report_rows: list[dict[str, Any]] = []
    claim_rows: list[dict[str, Any]] = []
    for extraction in extractions:
        report_rows.append(_report_row(extraction))
        rid = extraction.report.id
        claim_rows += [_claim_row(rid, n, claim) for n, claim in enumerate(extraction.claims)]
    return (
        pa.Table.from_pylist(report_rows, schema=REPORT_SCHEMA),
        pa.Table.from_pylist(claim_rows, schema=CLAIM_SCHEMA),
    )


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def write_partition(out_dir: Path, index: int, partition: Partition) -> dict[str, Any]:
    """Write a partition's two files; its manifest entry."""
    for table_name, table in ((REPORTS, partition.reports), (CLAIMS, partition.claims)):
        folder = out_dir / table_name
        folder.mkdir(exist_ok=True)
        pq.write_table(table, folder / part_name(index))
    return {
        "index": index,
        "reports": partition.report_count,
        "claims": partition.claim_count,
        "files": [f"{REPORTS}/{part_name(index)}", f"{CLAIMS}/{part_name(index)}"],
    }


def write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    """The manifest, written last and renamed into place: its presence means a finished run."""
    body = {"format": FORMAT, "version": FORMAT_VERSION, **manifest}
    partial = out_dir / f".{MANIFEST}.partial"
    partial.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    partial.replace(out_dir / MANIFEST)


def is_batch_dir(path: str | Path) -> bool:
    """Whether `path` is a directory written by `extract_to_parquet` (it has the manifest)."""
    return (Path(path) / MANIFEST).is_file()


def read_manifest(path: str | Path) -> dict[str, Any]:
    folder = Path(path)
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        if folder.is_dir() and (folder / CLAIMS).is_dir():
            raise BatchError(f"{folder}: unfinished batch run (no {MANIFEST}); run it again")
        raise BatchError(f"{folder}: not a claimledger batch directory (no {MANIFEST})")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BatchError(f"{manifest_path}: unreadable manifest: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BatchError(f"{manifest_path}: not a claimledger batch manifest")
    if manifest.get("version") != FORMAT_VERSION:
        raise BatchError(
            f"{manifest_path}: batch format version {manifest.get('version')!r}; this "
            f"claimledger reads version {FORMAT_VERSION}"
        )
    return manifest


def read_parquet_dir(path: str | Path) -> Iterator[Extraction]:
    """The extractions of a batch directory, in input order, one partition in memory at a time;
    BatchError for a directory that is not a finished batch run."""
    folder = Path(path)
    manifest = read_manifest(folder)
    for entry in sorted(manifest["partitions"], key=lambda part: int(part["index"])):
        yield from _read_partition(folder, int(entry["index"]))


def _read_partition(folder: Path, index: int) -> Iterator[Extraction]:
    try:
        reports = pq.read_table(folder / REPORTS / part_name(index), schema=REPORT_SCHEMA)
        claims = pq.read_table(folder / CLAIMS / part_name(index), schema=CLAIM_SCHEMA)
    except (OSError, pa.ArrowException) as exc:
        raise BatchError(f"{folder}: partition {index} unreadable: {exc}") from None
    by_report: dict[str, list[Claim]] = defaultdict(list)
    for row in sorted(claims.to_pylist(), key=lambda row: (row["report_id"], row["ordinal"])):
        by_report[row["report_id"]].append(_claim_from_row(row))
    for row in reports.to_pylist():
        yield _extraction_from_row(row, by_report.pop(row["id"], []))


# -- rows ------------------------------------------------------------------------------------


def _report_row(extraction: Extraction) -> dict[str, Any]:
    report = extraction.report
    return {
        "id": report.id,
        "source": report.source,
        "published": report.published.isoformat() if report.published else None,
        "lang": report.lang,
        "url": report.url,
        "text": report.text,
        "meta": _dumps(report.meta),
        "quotes": _dumps([quote.to_dict() for quote in extraction.quotes]),
        "markers": _dumps([marker.to_dict() for marker in extraction.markers]),
        "checks": _dumps([check.to_dict() for check in extraction.checks]),
        "media": _dumps([media.to_dict() for media in extraction.media]),
    }


def _claim_row(report_id: str, ordinal: int, claim: Claim) -> dict[str, Any]:
    data = claim.to_dict()
    evidence = data.pop("evidence")
    data["spans"] = _dumps(data["spans"])
    return {
        "report_id": report_id,
        "ordinal": ordinal,
        **data,
        "evidence_start": evidence["start"],
        "evidence_end": evidence["end"],
        "evidence_text": evidence["text"],
    }


def _claim_from_row(row: dict[str, Any]) -> Claim:
    data = dict(row)
    data["evidence"] = {
        "start": row["evidence_start"],
        "end": row["evidence_end"],
        "text": row["evidence_text"],
    }
    data["spans"] = json.loads(row["spans"])
    return Claim.from_dict(data)


def _extraction_from_row(row: dict[str, Any], claims: list[Claim]) -> Extraction:
    published = row["published"]
    report = Report(
        text=row["text"],
        id=row["id"],
        source=row["source"],
        published=datetime.fromisoformat(published) if published else None,
        lang=row["lang"],
        url=row["url"],
        meta=json.loads(row["meta"]),
    )
    return Extraction(
        report=report,
        claims=claims,
        quotes=[_quote(data) for data in _list(row, "quotes")],
        markers=[_marker(data) for data in _list(row, "markers")],
        checks=[_check(data) for data in _list(row, "checks")],
        media=[_media(data) for data in _list(row, "media")],
    )


def _list(row: dict[str, Any], column: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(row[column])
    return found


def _quote(data: dict[str, Any]) -> Quote:
    speaker = data.get("speaker_evidence")
    return Quote(
        speaker=data["speaker"],
        speaker_description=data["speaker_description"],
        text=data["text"],
        spans=[Span.from_dict(span) for span in data["spans"]],
        speaker_span=Span.from_dict(speaker) if speaker else None,
    )


def _marker(data: dict[str, Any]) -> Marker:
    return Marker(kind=data["kind"], evidence=Span.from_dict(data["evidence"]))


def _check(data: dict[str, Any]) -> Check:
    fields = {key: value for key, value in data.items() if key != "evidence"}
    return Check(evidence=Span.from_dict(data["evidence"]), **fields)


def _media(data: dict[str, Any]) -> MediaMention:
    return MediaMention(
        kind=data["kind"],
        evidence=Span.from_dict(data["evidence"]),
        claimant=data.get("claimant"),
        provenance=data.get("provenance"),
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
