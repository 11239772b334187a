"""Claims, incidents and reports as Parquet datasets partitioned by day (Hive style).

`OUT/claims/day=2024-11-28/part-0.parquet` and the like. `day` is a local calendar date: a
claim's date (else its report's local date), an incident's night, a report's local publication
date. `published` is an instant (UTC timestamp); `published_local` keeps the report's local
time with its offset, whose date part is the one a reader there saw.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds

from claimledger.export.claims import within
from claimledger.export.incidents import claimed_by, estimates, incident_place, report_ids
from claimledger.export.located import PlaceSource
from claimledger.export.timing import local_day, local_iso, parse_time
from claimledger.incidents import Incident
from claimledger.ledger import Ledger

PARTITION = "day"
UTC_TIME = pa.timestamp("us", tz="UTC")

CLAIMS_SCHEMA = pa.schema(
    [
        ("claim_id", pa.string()),
        ("report_id", pa.string()),
        ("ordinal", pa.int32()),
        (PARTITION, pa.string()),
        ("date", pa.date32()),
        ("action", pa.string()),
        ("weapon", pa.string()),
        ("model", pa.string()),
        ("quantity", pa.int64()),
        ("qualifier", pa.string()),
        ("location", pa.string()),
        ("location_name", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("claimant", pa.string()),
        ("claimant_side", pa.string()),
        ("claimant_kind", pa.string()),
        ("attacker_side", pa.string()),
        ("evidence_text", pa.string()),
        ("evidence_start", pa.int32()),
        ("evidence_end", pa.int32()),
        ("spans", pa.string()),
        ("report_source", pa.string()),
        ("report_published", UTC_TIME),
        ("report_published_local", pa.string()),
        ("report_url", pa.string()),
        ("report_lang", pa.string()),
    ]
)
INCIDENTS_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        (PARTITION, pa.string()),
        ("date", pa.date32()),
        ("location", pa.string()),
        ("place_name", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("action", pa.string()),
        ("weapon", pa.string()),
        ("attacker_side", pa.string()),
        ("status", pa.string()),
        ("reports", pa.int32()),
        ("origins", pa.int32()),
        ("low", pa.int64()),
        ("best", pa.int64()),
        ("high", pa.int64()),
        ("claimed", pa.string()),
        ("estimates", pa.string()),
        ("reasons", pa.list_(pa.string())),
        ("flags", pa.list_(pa.string())),
        ("markers", pa.list_(pa.string())),
        ("report_ids", pa.list_(pa.string())),
        ("claim_ids", pa.list_(pa.string())),
    ]
)
REPORTS_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        (PARTITION, pa.string()),
        ("version", pa.int32()),
        ("source", pa.string()),
        ("published", UTC_TIME),
        ("published_local", pa.string()),
        ("lang", pa.string()),
        ("url", pa.string()),
        ("text", pa.string()),
        ("meta", pa.string()),
        ("ingested_at", UTC_TIME),
    ]
)


def write_parquet(
    out: Path,
    claim_rows: Iterable[dict[str, Any]],
    incidents: Sequence[Incident],
    ledger: Ledger,
    places: PlaceSource,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, int]:
    """Write `out/claims`, `out/incidents` and `out/reports`; rows written per table.

    Each table's folder is replaced whole, so no partition of an earlier export lingers."""
    claims = [_typed_claim(row) for row in claim_rows]
    tables = {
        "claims": pa.Table.from_pylist(claims, schema=CLAIMS_SCHEMA),
        "incidents": pa.Table.from_pylist(
            [incident_row(i, places) for i in incidents], schema=INCIDENTS_SCHEMA
        ),
        "reports": pa.Table.from_pylist(
            list(report_rows(ledger, since, until)), schema=REPORTS_SCHEMA
        ),
    }
    out.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        _write(table, out / name)
    return {name: table.num_rows for name, table in tables.items()}


def incident_row(incident: Incident, places: PlaceSource) -> dict[str, Any]:
    place = incident_place(incident, places)
    main = estimates(incident).get(incident.action, {})
    return {
        "id": incident.id,
        PARTITION: incident.key.night,
        "date": date.fromisoformat(incident.key.night),
        "location": incident.key.place,
        "place_name": place.name,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "action": incident.action,
        "weapon": incident.key.weapon,
        "attacker_side": incident.key.attacker,
        "status": incident.status,
        "reports": incident.report_count,
        "origins": incident.origin_count,
        "low": main.get("low"),
        "best": main.get("best"),
        "high": main.get("high"),
        "claimed": claimed_by(incident),
        "estimates": json.dumps(estimates(incident), sort_keys=True),
        "reasons": incident.reasons,
        "flags": incident.flags,
        "markers": incident.markers,
        "report_ids": report_ids(incident),
        "claim_ids": list(dict.fromkeys(c.record.claim_id for c in incident.claims)),
    }


def report_rows(ledger: Ledger, since: str | None, until: str | None) -> Iterable[dict[str, Any]]:
    for row in ledger.iter_reports():
        day = local_day(row["published"], row["lang"])
        if not within(day, since, until):
            continue
        yield {
            "id": row["id"],
            PARTITION: day,
            "version": row["version"],
            "source": row["source"],
            "published": parse_time(row["published"]),
            "published_local": local_iso(row["published"], row["lang"]),
            "lang": row["lang"],
            "url": row["url"],
            "text": row["text"],
            "meta": row["meta"],
            "ingested_at": parse_time(row["ingested_at"]),
        }


def _typed_claim(row: dict[str, Any]) -> dict[str, Any]:
    typed = dict(row)
    typed["date"] = date.fromisoformat(row["date"]) if row["date"] else None
    typed["report_published"] = parse_time(row["report_published"])
    return typed


def _write(table: pa.Table, folder: Path) -> None:
    _clear(folder)
    ds.write_dataset(
        table,
        folder,
        format="parquet",
        partitioning=ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive"),
        max_partitions=1_000_000,
        basename_template="part-{i}.parquet",
        existing_data_behavior="overwrite_or_ignore",
    )
    folder.mkdir(parents=True, exist_ok=True)  # an empty table writes no file


def _clear(folder: Path) -> None:
    """Remove an earlier export's partitions; refuse a folder holding anything else."""
    if not folder.exists():
        return
    strangers = (
        [p.name for p in folder.iterdir() if not p.name.startswith(f"{PARTITION}=")]
        if folder.is_dir()
        else [folder.name]
    )
    if strangers:
        raise FileExistsError(
            f"{folder} holds files that are not an earlier export ({', '.join(strangers[:3])}); "
            "choose another --out"
        )
    shutil.rmtree(folder)
