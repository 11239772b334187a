"""Incident clustering measured against a gold grouping derived from the dev gold.

The gold groups claims with the same date, place, action and weapon. Clustering runs on the gold
claims themselves (with their posts' times and texts), so this measures clustering alone, not
extraction. An incident holds several actions, so our label of a claim is its incident and its
action; a country total shown beside its breakdowns is labelled by its own country-level key.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from claimledger.incidents import ClaimRecord, build_incidents
from claimledger.incidents.bcubed import bcubed
from claimledger.incidents.cluster import GazetteerPlaces, key_of
from claimledger.incidents.simhash import simhash
from claimledger.model import Claim, Span
from claimledger.resources import default_resources

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "eval" / "gold-dev.jsonl"
POSTS = SHARED / "corpus" / "ru-telegram" / "posts.jsonl"
needs_shared = pytest.mark.skipif(
    not GOLD.exists(), reason="../shared not present (a user's clone has none)"
)
BCUBED_F1_FLOOR = 0.95


def test_bcubed_on_small_cases() -> None:
    assert bcubed({"a": 1, "b": 1}, {"a": "x", "b": "x"}) == (1.0, 1.0, 1.0)
    p, r, f = bcubed({"a": 1, "b": 1}, {"a": "x", "b": "y"})
    assert (p, r) == (0.5, 1.0) and f == pytest.approx(2 / 3)
    p, r, _ = bcubed({"a": 1, "b": 2}, {"a": "x", "b": "x"})
    assert (p, r) == (1.0, 0.5)


def gold_records() -> tuple[list[ClaimRecord], dict[str, Any]]:
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    wanted = {row["id"] for row in rows}
    texts: dict[str, str] = {}
    with POSTS.open(encoding="utf-8") as handle:
        for line in handle:
            post = json.loads(line)
            if post["id"] in wanted:
                texts[post["id"]] = post["text"]
    records: list[ClaimRecord] = []
    reference: dict[str, Any] = {}
    for row in rows:
        for ordinal, fields in enumerate(row["claims"]):
            data = {**fields, "evidence": {"text": fields["evidence"], "start": 0, "end": 0}}
            claim = Claim.from_dict(data)
            claim.evidence = Span(0, len(fields["evidence"]), fields["evidence"])
            record = ClaimRecord(
                claim_id=f"{row['id']}#{ordinal}",
                report_id=row["id"],
                source=row["id"].split(":")[1],
                published=datetime.fromisoformat(row["published"]),
                claim=claim,
                fingerprint=simhash(texts.get(row["id"], row["id"])),
                lang=row["lang"],
            )
            records.append(record)
            reference[record.claim_id] = (
                claim.date,
                claim.location,
                claim.action,
                claim.weapon,
            )
    return records, reference


@needs_shared
def test_clustering_matches_the_gold_grouping() -> None:
    records, reference = gold_records()
    places = GazetteerPlaces(default_resources().gazetteer)
    predicted: dict[str, Any] = {}
    for incident in build_incidents(records, places):
        for member in incident.claims:
            rid, action = member.record.claim_id, member.record.claim.action
            if member.role == "claim":
                predicted[rid] = (incident.id, action)
            else:
                predicted.setdefault(rid, (key_of(member.record, places), action))
    assert set(predicted) == set(reference)
    precision, recall, f1 = bcubed(predicted, reference)
    print(f"B-cubed on gold-dev: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= BCUBED_F1_FLOOR
