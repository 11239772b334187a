"""The English extractor against the reference reading of the Kaluga report (shared/eval)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from claimledger.extract.pipeline import read_report
from claimledger.model import Extraction, Report
from claimledger.resources import Resources

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPORT = SHARED / "reference" / "kaluga-report.txt"
GOLD = SHARED / "eval" / "reference-gold.json"

pytestmark = pytest.mark.skipif(
    not GOLD.exists(), reason="../shared not present (a user's clone has none)"
)

CLAIM_FIELDS = (
    "action", "weapon", "model", "quantity", "qualifier", "location", "claimant",
    "claimant_side", "claimant_kind", "attacker_side", "date",
)


def _plain(text: str | None) -> str | None:
    """Typographic apostrophes as plain ones: the gold file writes "Russia's"."""
    return text.replace("’", "'") if text is not None else None


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def _extract(published: datetime | None = None) -> Extraction:
    report = Report(
        text=REPORT.read_text(encoding="utf-8"),
        id="kaluga-report",
        source=None,
        published=published,
        lang="en",
    )
    return read_report(report, "en", Resources())


@pytest.fixture(scope="module")
def reading() -> Extraction:
    return _extract()


def _claim_rows(claims: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted(tuple(str(c[f]) for f in CLAIM_FIELDS) for c in claims)


def test_claims(reading: Extraction, gold: dict[str, Any]) -> None:
    got = [c.to_dict() for c in reading.claims]
    assert _claim_rows(got) == _claim_rows(gold["claims"])


def test_claim_evidence_is_the_gold_wording(reading: Extraction, gold: dict[str, Any]) -> None:
    got = sorted(c.evidence.text for c in reading.claims)
    assert got == sorted(c["evidence"] for c in gold["claims"])


def test_every_span_is_an_exact_slice(reading: Extraction) -> None:
    text = reading.report.text
    spans = [c.evidence for c in reading.claims]
    spans += [s for c in reading.claims for s in c.spans.values()]
    spans += [s for q in reading.quotes for s in q.spans]
    spans += [m.evidence for m in reading.markers] + [c.evidence for c in reading.checks]
    spans += [m.evidence for m in reading.media]
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_claim_spans_name_their_parts(reading: Extraction) -> None:
    drones = next(c for c in reading.claims if c.action == "intercepted")
    assert {"number", "action", "weapon", "place", "claimant"} <= set(drones.spans)
    assert drones.spans["number"].text == "four"
    assert drones.spans["claimant"].text.endswith("Vladislav Shapsha")


def test_quotes(reading: Extraction, gold: dict[str, Any]) -> None:
    got = reading.quotes
    assert len(got) == len(gold["quotes"])
    for quote, expected in zip(got, gold["quotes"], strict=True):
        assert quote.speaker == expected["speaker"]
        assert quote.speaker_description == expected["speaker_description"]
        assert _plain(quote.text).startswith(expected["starts_with"])  # type: ignore[union-attr]
        if "ends_with" in expected:
            assert _plain(quote.text).endswith(expected["ends_with"])  # type: ignore[union-attr]


def test_a_quote_over_three_paragraphs_keeps_one_span_per_paragraph(reading: Extraction) -> None:
    petrova = next(q for q in reading.quotes if q.speaker == "Elena Petrova")
    assert len(petrova.spans) == 3


def test_markers(reading: Extraction, gold: dict[str, Any]) -> None:
    got = sorted((m.kind, m.evidence.text) for m in reading.markers)
    assert got == sorted((m["kind"], m["evidence"]) for m in gold["markers"])


def test_distance_check(reading: Extraction, gold: dict[str, Any]) -> None:
    (check,) = reading.checks
    (expected,) = gold["checks"]
    assert (check.kind, check.subject, check.reference) == (
        expected["kind"], expected["subject"], expected["reference"]
    )
    assert check.stated_km == expected["stated_km"]
    assert check.stated_direction == expected["stated_direction"]
    assert check.computed_km == pytest.approx(expected["computed_km_about"], abs=5)
    bearing = expected["computed_bearing_deg_about"]
    assert check.computed_bearing_deg == pytest.approx(bearing, abs=3)
    assert check.verdict == expected["verdict"]
    assert check.evidence.text == expected["evidence"]


def test_media(reading: Extraction, gold: dict[str, Any]) -> None:
    got = [(m.kind, m.claimant, m.provenance, m.evidence.text) for m in reading.media]
    assert got == [
        (m["kind"], m["claimant"], m["provenance"], m["evidence"]) for m in gold["media"]
    ]


def test_overnight_dates_the_claims_when_the_report_has_a_time() -> None:
    reading = _extract(datetime.fromisoformat("2024-11-22T06:00:00+00:00"))
    assert len(reading.claims) == 3
    assert {c.date for c in reading.claims} == {"2024-11-22"}
