"""Small ledgers for the export and peer tests (helpers, no tests), written through Ledger.write.

The texts are this project's own sentences; names, numbers and places are reused facts.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from claimledger.cli.export import EXPORT_COMMANDS
from claimledger.cli.peers import PEER_COMMANDS
from claimledger.ledger import Ledger
from claimledger.model import Claim, Extraction, Report, Span

MOD = {
    "claimant": "Russian Ministry of Defence",
    "claimant_side": "ru",
    "claimant_kind": "military",
}
GOVERNOR = {"claimant": "Vladislav Shapsha", "claimant_side": "ru", "claimant_kind": "official"}
AIR_FORCE = {"claimant": "Ukrainian Air Force", "claimant_side": "ua", "claimant_kind": "military"}
NIGHT = "2024-11-22"


def cli() -> click.Group:
    """The export and peer commands in a group of their own, as `claimledger` mounts them."""
    commands = [*EXPORT_COMMANDS, *PEER_COMMANDS]
    return click.Group("claimledger", commands={c.name or "": c for c in commands})


def extraction(
    rid: str,
    text: str,
    claims: list[dict[str, Any]],
    *,
    source: str,
    lang: str = "ru",
    published: datetime | None = None,
    url: str | None = None,
) -> Extraction:
    report = Report(
        text=text,
        id=rid,
        source=source,
        lang=lang,
        url=url,
        published=published or datetime(2024, 11, 22, 5, 0, tzinfo=UTC),
    )
    made = []
    for fields in claims:
        fields = dict(fields)
        evidence = fields.pop("evidence")
        start = text.index(evidence)
        number = fields.pop("number", None)
        spans = {}
        if number is not None:
            at = text.index(number, start)
            spans["number"] = Span.of(text, at, at + len(number))
        base = {"action": "intercepted", "weapon": "uav", "attacker_side": "ua", "date": NIGHT}
        made.append(
            Claim(
                evidence=Span.of(text, start, start + len(evidence)), spans=spans, **(base | fields)
            )
        )
    return Extraction(report, claims=made)


KALUGA_MOD_TEXT = (
    "Минобороны сообщило: за ночь сбиты 23 беспилотника, из них 12 над Брянской областью "
    "и 9 над Калужской областью."
)
KALUGA_GOV_TEXT = "Губернатор: 6 дронов сбиты на подлёте к Калуге, пострадавших нет."
SUMY_TEXT = "Повітряні сили: над Сумщиною знищено 11 ударних БпЛА."


def kaluga_night() -> list[Extraction]:
    return [
        extraction(
            "mod:1",
            KALUGA_MOD_TEXT,
            [
                {"quantity": 23, "location": "RU", "evidence": "сбиты 23 беспилотника", **MOD},
                {"quantity": 12, "location": "RU-BRY", "evidence": "12 над Брянской", **MOD},
                {
                    "quantity": 9,
                    "location": "RU-KLU",
                    "evidence": "9 над Калужской",
                    "number": "9",
                    **MOD,
                },
            ],
            source="Минобороны России",
            url="https://example.org/mod/1",
        ),
        extraction(
            "gov:7",
            KALUGA_GOV_TEXT,
            [{"quantity": 6, "location": "city:Kaluga", "evidence": "6 дронов сбиты", **GOVERNOR}],
            source="Владислав Шапша",
            published=datetime(2024, 11, 22, 6, 30, tzinfo=UTC),
            url="https://example.org/gov/7",
        ),
        extraction(
            "af:3",
            SUMY_TEXT,
            [
                {
                    "quantity": 11,
                    "location": "UA-59",
                    "evidence": "знищено 11 ударних БпЛА",
                    "attacker_side": "ru",
                    **AIR_FORCE,
                },
            ],
            source="Повітряні сили ЗСУ",
            lang="uk",
            published=datetime(2024, 11, 22, 7, 15, tzinfo=UTC),
            url="https://example.org/af/3",
        ),
    ]


def write_ledger(path: str | Path, extractions: list[Extraction]) -> str | Path:
    with Ledger.open(path) as ledger:
        ledger.write(extractions)
    return path
