"""Shared by the table tests of reports the rules were not tuned to (tests/test_ruuk_*.py): one
report per row, read through the Extractor as a RIA Novosti channel post of 14 March 2025, each
claim's evidence checked against the text."""

from __future__ import annotations

from datetime import datetime

from claimledger.extract import Extractor
from claimledger.model import Claim, Report
from claimledger.resources import Resources

Row = tuple[str, str | None, int, str | None]  # action, weapon, quantity, location


def read(resources: Resources, text: str, lang: str) -> list[Claim]:
    report = Report(
        text=text,
        lang=lang,
        published=datetime.fromisoformat("2025-03-14T07:40:00+00:00"),
        meta={"channel_id": "1001101170442"},
    )
    claims = Extractor(resources).extract(report, lang).claims
    for claim in claims:
        assert report.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    return claims


def rows(claims: list[Claim]) -> list[Row]:
    return sorted(
        ((c.action, c.weapon, c.quantity, c.location) for c in claims),
        key=lambda row: (row[0], str(row[1]), row[2], str(row[3])),
    )
