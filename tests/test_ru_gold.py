"""The Russian extractor against the hand-annotated dev set (shared/eval/gold-dev.jsonl).

Floors are pinned just under what the extractor reaches, so a change that loses claims, breaks
attribution or dates, or invents claims in posts that carry none, fails here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimledger.evaluation import Score, score
from claimledger.extract.pipeline import read_report
from claimledger.resources import default_resources
from claimledger.sources.read_jsonl import record_report

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "eval" / "gold-dev.jsonl"
POSTS = SHARED / "corpus" / "ru-telegram" / "posts.jsonl"

pytestmark = pytest.mark.skipif(
    not GOLD.exists() or not POSTS.exists(),
    reason="../shared not present (a user's clone has none)",
)


@pytest.fixture(scope="module")
def result() -> Score:
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    wanted = {row["id"] for row in gold}
    posts: dict[str, dict[str, Any]] = {}
    with POSTS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                posts[record["id"]] = record
    resources = default_resources()
    predicted: dict[str, list[dict[str, Any]]] = {}
    for row in gold:
        report = record_report(posts[row["id"]])
        report.lang = "ru"
        predicted[row["id"]] = [c.to_dict() for c in read_report(report, "ru", resources).claims]
    return score(gold, predicted)


def test_claims_f1(result: Score) -> None:
    assert result.f1 >= 0.97, result.summary()
    assert result.precision >= 0.97, result.summary()
    assert result.recall >= 0.965, result.summary()


def test_claimant_accuracy(result: Score) -> None:
    assert result.claimant_accuracy >= 0.99, result.summary()


def test_date_accuracy(result: Score) -> None:
    assert result.date_accuracy >= 0.99, result.summary()


def test_attacker_and_qualifier_accuracy(result: Score) -> None:
    assert result.attacker_accuracy >= 0.99, result.summary()
    assert result.qualifier_accuracy >= 0.99, result.summary()


def test_no_claims_invented_in_empty_posts(result: Score) -> None:
    assert result.empty_reports > 50
    assert result.false_per_1000 <= 5.0, [m.claim for m in result.extras]
