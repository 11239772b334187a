"""`claimledger extract` and `claimledger evaluate` at the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main

SHARED = Path(__file__).resolve().parents[2] / "shared"
REFERENCE = SHARED / "reference" / "kaluga-report.txt"
GOLD = SHARED / "eval" / "reference-gold.json"


@pytest.mark.skipif(
    not REFERENCE.exists(), reason="../shared not present (a user's clone has none)"
)
def test_extract_json_reads_the_reference_report_as_the_gold_says() -> None:
    result = CliRunner().invoke(main, ["extract", str(REFERENCE), "--format", "json"])
    assert result.exit_code == 0, result.output
    (reading,) = json.loads(result.output)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    text = REFERENCE.read_text(encoding="utf-8")
    assert set(reading) >= {
        "id",
        "lang",
        "published",
        "claims",
        "quotes",
        "markers",
        "checks",
        "media",
    }
    fields = (
        "action",
        "weapon",
        "quantity",
        "location",
        "claimant",
        "claimant_side",
        "claimant_kind",
    )
    assert [[c[f] for f in fields] for c in reading["claims"]] == [
        [c[f] for f in fields] for c in gold["claims"]
    ]
    assert len(reading["quotes"]) == len(gold["quotes"])
    assert sorted(m["kind"] for m in reading["markers"]) == sorted(
        m["kind"] for m in gold["markers"]
    )
    (check,) = reading["checks"]
    assert check["verdict"] == "consistent" and round(check["computed_km"]) in range(155, 166)
    for item in [*reading["claims"], *reading["markers"], *reading["checks"], *reading["media"]]:
        span = item["evidence"]
        assert text[span["start"] : span["end"]] == span["text"]


def test_extract_jsonl_gives_one_scored_object_per_report(tmp_path: Path) -> None:
    corpus = tmp_path / "posts.jsonl"
    rows = [
        {
            "id": "a",
            "text": "Air defences shot down four Ukrainian drones over the Kaluga region "
            "overnight, the governor said.",
            "published": "2024-11-22T06:00:00+00:00",
            "lang": "en",
        },
        {"id": "b", "text": "The city opened a new library on Friday.", "lang": "en"},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows) + "{broken\n")
    result = CliRunner().invoke(main, ["extract", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 1  # the broken line is reported, the good lines are still read
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert [c["quantity"] for c in lines[0]["claims"]] == [4] and lines[1]["claims"] == []
    assert f"{corpus}:3" in result.stderr
